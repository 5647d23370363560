# Exports van klantenlijsten (CSV, XLSX).
title-export = Export
exports-control-heading = Deze lijst exporteren
exports-format-label = Exporteren als
exports-button = Exporteren
exports-staff-may-export = Medewerkers mogen klantenlijsten naar CSV en Excel exporteren (beheerders en eigenaren mogen dat altijd)
export-format-csv = CSV
export-format-xlsx = Excel (XLSX)
export-heading = Export van klanten
export-state-running = Het bestand wordt geschreven: tot nu toe { $rows } records. Deze pagina vernieuwt zichzelf.
export-state-ready = Het bestand is klaar: { $rows } records.
export-state-downloaded = Het bestand is gedownload en wordt niet meer bewaard.
export-state-expired = Het bestand is niet op tijd gedownload en is verwijderd.
export-state-failed = Het bestand kon niet worden geschreven. Exporteer de lijst opnieuw.
export-format = Formaat
export-rows = Records
export-expires = Verwijderd als het niet is gedownload vóór
export-download = { $name } downloaden
export-once = Het bestand kan één keer worden gedownload, alleen door u; het wordt verwijderd zodra het is gedownload.
audit-target-export = export { $id }
export-back = Terug naar de klanten

# Een weigering, gevonden via de Engelse woorden (zie src/i18n/faults.rs).
fault-this-organisation-s-admins-have-switched-exports-off-for-staff-an-admin-or-owner-can-export-or-switch-it-on-again-in-the-organisation-s-settings = de beheerders van deze organisatie hebben exports voor medewerkers uitgeschakeld; een beheerder of eigenaar kan exporteren, of ze weer inschakelen in de instellingen van de organisatie

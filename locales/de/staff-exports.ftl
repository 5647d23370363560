# Exporte von Kundenlisten (CSV, XLSX).
title-export = Export
exports-control-heading = Diese Liste exportieren
exports-format-label = Exportieren als
exports-button = Exportieren
exports-staff-may-export = Mitarbeitende dürfen Kundenlisten als CSV und Excel exportieren (Admins und Inhaber dürfen es immer)
export-format-csv = CSV
export-format-xlsx = Excel (XLSX)
export-heading = Export von Kunden
export-state-running = Die Datei wird geschrieben: bisher { $rows } Datensätze. Diese Seite aktualisiert sich selbst.
export-state-ready = Die Datei ist bereit: { $rows } Datensätze.
export-state-downloaded = Die Datei wurde heruntergeladen und wird nicht mehr aufbewahrt.
export-state-expired = Die Datei wurde nicht rechtzeitig heruntergeladen und ist gelöscht.
export-state-failed = Die Datei konnte nicht geschrieben werden. Bitte exportieren Sie die Liste erneut.
export-format = Format
export-rows = Datensätze
export-expires = Gelöscht, wenn nicht heruntergeladen bis
export-download = { $name } herunterladen
export-once = Die Datei kann einmal heruntergeladen werden, nur von Ihnen; danach wird sie sofort gelöscht.
audit-target-export = Export { $id }
export-back = Zurück zu den Kunden

# Eine Ablehnung, gefunden über ihren englischen Wortlaut (siehe src/i18n/faults.rs).
fault-this-organisation-s-admins-have-switched-exports-off-for-staff-an-admin-or-owner-can-export-or-switch-it-on-again-in-the-organisation-s-settings = die Admins dieser Organisation haben Exporte für Mitarbeitende ausgeschaltet; ein Admin oder Inhaber kann exportieren oder sie in den Einstellungen der Organisation wieder einschalten

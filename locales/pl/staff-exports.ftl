# Eksport list klientów (CSV, XLSX).
title-export = Eksport
exports-control-heading = Eksportuj tę listę
exports-format-label = Eksportuj jako
exports-button = Eksportuj
exports-staff-may-export = Pracownicy mogą eksportować listy klientów do CSV i Excela (administratorzy i właściciele mogą zawsze)
export-format-csv = CSV
export-format-xlsx = Excel (XLSX)
export-heading = Eksport klientów
export-state-running = Plik jest zapisywany: dotąd { $rows } rekordów. Ta strona odświeża się sama.
export-state-ready = Plik jest gotowy: { $rows } rekordów.
export-state-downloaded = Plik został pobrany i nie jest już przechowywany.
export-state-expired = Plik nie został pobrany na czas i został usunięty.
export-state-failed = Nie udało się zapisać pliku. Wyeksportuj listę ponownie.
export-format = Format
export-rows = Rekordy
export-expires = Usunięty, jeśli nie zostanie pobrany do
export-download = Pobierz { $name }
export-once = Plik można pobrać tylko raz i tylko przez Ciebie; jest usuwany zaraz po pobraniu.
audit-target-export = eksport { $id }
export-back = Wróć do klientów

# Odmowa, odnajdywana po angielskich słowach (zob. src/i18n/faults.rs).
fault-this-organisation-s-admins-have-switched-exports-off-for-staff-an-admin-or-owner-can-export-or-switch-it-on-again-in-the-organisation-s-settings = administratorzy tej organizacji wyłączyli eksport dla pracowników; administrator lub właściciel może eksportować albo włączyć go ponownie w ustawieniach organizacji

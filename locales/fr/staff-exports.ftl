# Exports des listes de clients (CSV, XLSX).
title-export = Export
exports-control-heading = Exporter cette liste
exports-format-label = Exporter en
exports-button = Exporter
exports-staff-may-export = Le personnel peut exporter les listes de clients en CSV et Excel (les administrateurs et propriétaires le peuvent toujours)
export-format-csv = CSV
export-format-xlsx = Excel (XLSX)
export-heading = Export de clients
export-state-running = Le fichier est en cours d’écriture : { $rows } fiches pour l’instant. Cette page s’actualise d’elle-même.
export-state-ready = Le fichier est prêt : { $rows } fiches.
export-state-downloaded = Le fichier a été téléchargé et n’est plus conservé.
export-state-expired = Le fichier n’a pas été téléchargé à temps et a été supprimé.
export-state-failed = Le fichier n’a pas pu être écrit. Veuillez exporter la liste à nouveau.
export-format = Format
export-rows = Fiches
export-expires = Supprimé s’il n’est pas téléchargé avant le
export-download = Télécharger { $name }
export-once = Le fichier peut être téléchargé une seule fois, par vous ; il est supprimé dès qu’il est téléchargé.
audit-target-export = export { $id }
export-back = Retour aux clients

# Un refus, retrouvé par ses mots anglais (voir src/i18n/faults.rs).
fault-this-organisation-s-admins-have-switched-exports-off-for-staff-an-admin-or-owner-can-export-or-switch-it-on-again-in-the-organisation-s-settings = les administrateurs de cette organisation ont désactivé les exports pour le personnel ; un administrateur ou propriétaire peut exporter, ou les réactiver dans les paramètres de l’organisation

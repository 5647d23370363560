# Esportazioni degli elenchi di clienti (CSV, XLSX).
title-export = Esportazione
exports-control-heading = Esporta questo elenco
exports-format-label = Esporta come
exports-button = Esporta
exports-staff-may-export = Il personale può esportare gli elenchi di clienti in CSV ed Excel (amministratori e proprietari possono sempre)
export-format-csv = CSV
export-format-xlsx = Excel (XLSX)
export-heading = Esportazione di clienti
export-state-running = Il file è in scrittura: finora { $rows } schede. Questa pagina si aggiorna da sola.
export-state-ready = Il file è pronto: { $rows } schede.
export-state-downloaded = Il file è stato scaricato e non viene più conservato.
export-state-expired = Il file non è stato scaricato in tempo ed è stato eliminato.
export-state-failed = Non è stato possibile scrivere il file. Esporta di nuovo l’elenco.
export-format = Formato
export-rows = Schede
export-expires = Eliminato se non scaricato entro il
export-download = Scarica { $name }
export-once = Il file può essere scaricato una sola volta, solo da te; viene eliminato appena scaricato.
audit-target-export = esportazione { $id }
export-back = Torna ai clienti

# Un rifiuto, trovato dalle sue parole inglesi (vedi src/i18n/faults.rs).
fault-this-organisation-s-admins-have-switched-exports-off-for-staff-an-admin-or-owner-can-export-or-switch-it-on-again-in-the-organisation-s-settings = gli amministratori di questa organizzazione hanno disattivato le esportazioni per il personale; un amministratore o proprietario può esportare, o riattivarle nelle impostazioni dell’organizzazione

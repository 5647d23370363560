# Saved views, each user's columns and actions on ticked records of the
# customers list.

title-views = Viste salvate
title-bulk = Schede spuntate
title-bulk-done = Schede spuntate
customers-col-pick = Spunta
customers-pick = Spunta { $name }
customers-col-phone = Telefono
customers-col-created = Creata
customers-col-updated = Modificata
columns-summary = Colonne
columns-legend = Colonne da mostrare oltre al nome
columns-button = Mostra queste colonne
flash-columns-chosen = Le tue colonne sono salvate.
views-nav = Viste salvate
views-shared-badge = condivisa
views-manage = Gestisci le viste
views-save-summary = Salva questa vista
views-name-label = Nome della vista
views-save-hint = Tiene i filtri e l’ordine mostrati, mai le parole cercate.
views-with-columns = Con le mie colonne
views-share = Condividi con il team
views-save-button = Salva la vista
views-query-label = Filtri dell’elenco
flash-view-saved = Vista salvata.
flash-view-changed = Vista modificata.
flash-view-deleted = Vista eliminata.
views-heading = Viste salvate
views-intro = Una vista tiene sotto un nome i filtri e l’ordine dell’elenco clienti. Le tue le vedi solo tu; quelle condivise tutta l’organizzazione, e solo gli admin le condividono, rinominano o eliminano.
views-caption = Viste salvate
views-col-name = Nome
views-col-who = Visibile a
views-col-change = Modifica
views-shared = Tutti
views-yours = Tu
views-rename-label = Nuovo nome per { $name }
views-rename-button = Salva
views-delete-button = Elimina
views-delete-label = Elimina la vista { $name }
views-none = Ancora nessuna vista salvata: scegli dei filtri nell’elenco clienti, poi «Salva questa vista».
views-back = Torna ai clienti
bulk-legend = Con le schede spuntate
bulk-action-label = Azione
bulk-action-complete = Completa
bulk-action-reopen = Riapri
bulk-action-note = Aggiungi una nota
bulk-action-set_field = Imposta un campo
bulk-body-label = Nota
bulk-body-hint = Per «Aggiungi una nota».
bulk-set-label = Campo e valore
bulk-set-none = Nessuno
bulk-set-hint = Per «Imposta un campo».
bulk-apply = Applica alle schede spuntate
bulk-export = Esporta le schede spuntate
bulk-heading = { $count ->
    [one] Applica a { $count } scheda spuntata
   *[other] Applica a { $count } schede spuntate
}
bulk-ids-label = Schede spuntate
bulk-back = Torna ai clienti
bulk-done-heading = Schede spuntate
bulk-done-complete = { $count ->
    [one] { $count } completata
   *[other] { $count } completate
}
bulk-done-reopen = { $count ->
    [one] { $count } riaperta
   *[other] { $count } riaperte
}
bulk-done-note = { $count ->
    [one] Nota aggiunta a { $count } scheda
   *[other] Nota aggiunta a { $count } schede
}
bulk-done-set_field = { $count ->
    [one] Campo impostato su { $count } scheda
   *[other] Campo impostato su { $count } schede
}
bulk-not = { $count } no:
bulk-no-name = Una scheda senza nome
bulk-why-restricted = il suo trattamento è limitato
bulk-why-anonymized = è anonimizzata
bulk-why-state-complete = non è attiva
bulk-why-state-reopen = non è completata
bulk-why-gone = non esiste più
audit-event-user-columns_set = Colonne dell’elenco scelte
audit-event-view-saved = Vista salvata
audit-event-view-changed = Vista modificata
audit-event-view-deleted = Vista eliminata
fault-is-the-name-of-another-view-already = è già il nome di un’altra vista
fault-tick-at-least-one-record = spunta almeno una scheda
fault-tick-at-most-n-records-at-once = spunta al massimo { $n1 } schede alla volta
fault-choose-a-custom-field-of-this-organisation = scegli un campo personalizzato di questa organizzazione
fault-only-a-choice-or-yes-no-field-is-set-on-many-records-at-once = solo un campo a scelta o sì/no si imposta su molte schede alla volta
fault-must-be-complete-reopen-note-or-set-field = deve essere complete, reopen, note o set_field
fault-must-be-at-most-n-columns = deve avere al massimo { $n1 } colonne
fault-only-admins-and-owners-share-views-with-everyone-save-it-as-your-own = solo admin e proprietari condividono viste con tutti; salvala come tua
fault-only-admins-and-owners-change-or-delete-a-view-shared-with-everyone = solo admin e proprietari modificano o eliminano una vista condivisa con tutti
fault-you-keep-n-views-already-delete-one-first = hai già { $n1 } viste; eliminane prima una
fault-export-either-the-ticked-records-or-a-list-view-state-q-not-both = esporta le schede spuntate oppure una vista dell’elenco (state, q), non entrambe
audit-target-view = vista { $id }

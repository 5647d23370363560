# Probabili duplicati e unione di due schede.

title-duplicates = Probabili duplicati
title-merge = Unisci due schede
flash-customer-merged = Le schede sono state unite; l’altra scheda è stata distrutta.
merged-open-survivor = Apri la scheda in cui è stata unita

## duplicates.html and the notices that point to it

dupes-link = Probabili duplicati
dupes-heading = Probabili duplicati
dupes-intro = Coppie di schede che hanno in comune un indirizzo e-mail, un numero di telefono, o un nome e un’azienda. Potrebbero essere la stessa persona: confrontale e uniscile se lo sono.
dupes-caption = Coppie di schede che probabilmente riguardano la stessa persona
dupes-col-first = Scheda
dupes-col-second = Probabilmente la stessa persona di
dupes-col-shared = In comune
dupes-col-action = Azione
dupes-unnamed = (senza nome)
dupes-compare = Confronta e unisci
dupes-more = Altre coppie
dupes-none = Nessun probabile duplicato.
dupes-back = Torna ai clienti
dupes-reason-email = indirizzo e-mail
dupes-reason-phone = numero di telefono
dupes-reason-name_company = nome e azienda
dupes-likely-heading = Probabili duplicati
dupes-likely-text = Altre schede hanno in comune con questa l’indirizzo e-mail, il numero di telefono, o il nome e l’azienda. Potrebbe essere la stessa persona.
dupes-open-record = Scheda { $id }

## merge.html

merge-heading = Unisci due schede
merge-warning = L’unione conserva questa scheda e distrugge «{ $other }»: la sua chiave dei dati viene distrutta e non può essere ripristinata.
merge-moves = Spostati in questa scheda: { $notes } note, { $consents } decisioni di consenso e { $requests } richieste.
merge-consent-rule = Gli storici del consenso vengono combinati in ordine cronologico. Se una delle due schede ha rifiutato o revocato il consenso per una finalità, la scheda unita conserva il rifiuto.
merge-caption = Scegli, per ogni campo, quale valore conservare
merge-col-field = Campo
merge-col-this = Questa scheda: { $name }
merge-col-other = Altra scheda: { $name }
merge-empty = (vuoto)
merge-submit = Unisci e distruggi l’altra scheda
merge-cancel = Annulla
merge-field-name = Nome
merge-field-email = E-mail
merge-field-phone = Telefono
merge-field-company = Azienda
merge-field-address = Indirizzo
merge-field-language = Lingua preferita
merge-into-summary = Unisci un’altra scheda a questa
merge-with-label = ID dell’altra scheda
merge-with-hint = I suoi dati vengono combinati con quelli di questa scheda, poi viene distrutta.

## Refusals

fault-this-record-is-on-legal-hold-and-must-not-be-erased = questa scheda è sotto vincolo legale e non deve essere cancellata
fault-the-other-record-is-on-legal-hold-and-must-not-be-erased = l’altra scheda è sotto vincolo legale e non deve essere cancellata
fault-release-the-hold-before-merging = rimuovi il vincolo prima di unire
fault-processing-of-this-record-is-restricted-art-n = il trattamento di questa scheda è limitato (art. { $n1 })
fault-processing-of-the-other-record-is-restricted-art-n = il trattamento dell’altra scheda è limitato (art. { $n1 })
fault-lift-the-restriction-before-merging = rimuovi la limitazione prima di unire
fault-is-this-record-itself = è questa stessa scheda
fault-give-the-id-of-the-other-record = indica l’ID dell’altra scheda
fault-is-not-a-field-of-a-customer-record = non è un campo di una scheda cliente
fault-must-be-this-or-from = deve essere this o from
fault-is-a-required-field-keep-the-record-that-has-a-value = è un campo obbligatorio: conserva la scheda che ha un valore

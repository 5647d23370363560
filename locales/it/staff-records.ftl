# Le pagine per il personale relative alle schede cliente: l'elenco, una
# scheda, il relativo modulo e la cancellazione di una scheda o delle schede
# selezionate nell'elenco.
#
# «Shred» è qui «distruggere» (la chiave della scheda viene eliminata, i
# dati sono illeggibili anche nei backup), «anonymize» è «anonimizzare»;
# entrambe sono cancellazioni. «Legal hold» è il «vincolo legale», che
# impedisce la cancellazione (nella copia: conservazione per motivi legali).

## customers.html

customers-heading = Clienti
customers-new = Nuovo cliente
customers-search-label = Cerca
customers-search-form = Cerca e filtra i clienti
customers-search-expired = Questa ricerca è scaduta: le ricerche durano alcune ore, terminano quando esci e appartengono a chi le ha avviate. Cerca di nuovo qui sotto.
customers-search-hint = Un indirizzo email, un numero di telefono o l'inizio delle parole del nome o dell'azienda (in cinese, giapponese, coreano o thai basta un carattere)
customers-show = Mostra
customers-search-button = Cerca
# Seguito da un link che annulla la ricerca.
customers-search-showing = Vengono mostrate le schede corrispondenti alla ricerca.
customers-search-clear = Annulla la ricerca
customers-caption = Schede cliente
customers-col-tick = Seleziona per cancellare
customers-col-name = Nome
customers-col-email = Email
customers-col-company = Azienda
customers-col-state = Stato
customers-col-expires = Scadenza
# L'etichetta della casella di controllo di una riga, per i lettori di schermo.
customers-tick = Seleziona { $name } per la cancellazione
customers-badge-restricted = limitata
customers-badge-hold = vincolo legale
customers-erase-ticked = Cancella le schede selezionate…
customers-none-match = Nessuna scheda corrispondente.
customers-none-yet = Non ci sono ancora schede.
customers-next-page = Pagina successiva
customers-filter-form = Filtra e ordina l’elenco
customers-filter-within = Scade entro (giorni)
customers-filter-within-hint = Con «in scadenza»: quanti giorni avanti; vuoto per il valore abituale
customers-filter-consent = Consenso dato per
customers-filter-any = Qualsiasi
customers-filter-true = Sì
customers-filter-false = No
customers-filter-only = Solo schede
customers-filter-restricted = con trattamento limitato
customers-filter-hold = con blocco legale
customers-filter-request = con una richiesta dell’interessato aperta
customers-filter-button = Applica
customers-filter-clear = Togli i filtri
customers-sort = Ordina per
customers-sort-added = Ordine di inserimento
customers-sort-newest = Più recenti prima
customers-sort-name = Nome, dalla A alla Z
customers-sort-name-desc = Nome, dalla Z alla A
customers-sort-updated-desc = Modificate di recente prima
customers-sort-updated = Invariate da più tempo prima
customers-sort-state = Stato
customers-sort-state-desc = Stato, al contrario
customers-sort-expires = Fine conservazione, la più vicina prima
customers-sort-expires-desc = Fine conservazione, la più lontana prima
customers-total = { $count ->
    [one] { $shown } scheda
   *[other] { $shown } schede
}
customers-total-about = circa { $shown } schede
customers-pages = Pagine
customers-prev-page = Pagina precedente
customers-page-n = Pagina { $n }

## customer.html

customer-badge-expired = scaduta
customer-badge-restricted = trattamento limitato
customer-badge-hold = vincolo legale
customer-details = Dettagli
customer-email = Email
customer-phone = Telefono
customer-company = Azienda
customer-address = Indirizzo
customer-language = Lingua preferita
customer-language-default = Lingua predefinita dell'organizzazione
customer-created = Data di creazione
customer-completed = Data di completamento
customer-expires = Scadenza
customer-restriction-reason = Motivo della limitazione
customer-hold-reason = Motivo del vincolo legale
customer-edit = Modifica
customer-actions = Azioni
customer-complete = Segna come completata
customer-reopen = Riapri
customer-download-pdf = Scarica la copia in PDF
customer-download-json = Scarica l'esportazione JSON
customer-erase = Distruggi o anonimizza…
customer-restriction-lift-summary = Rimuovi la limitazione
customer-restriction-set-summary = Limita il trattamento (art. 18 del GDPR)
# L'etichetta del motivo richiesto quando si limita una scheda o le si
# applica un vincolo legale.
customer-why = Motivo
customer-restriction-lift = Rimuovi limitazione
customer-restriction-set = Limita
customer-hold-release-summary = Rimuovi il vincolo legale
customer-hold-set-summary = Applica un vincolo legale
customer-hold-release = Rimuovi vincolo
customer-hold-set = Applica vincolo
customer-anonymized = Questa scheda è anonimizzata: non contiene più dati personali su cui intervenire.
customer-read-only = Con il suo ruolo può consultare questa scheda, ma non modificarla.
customer-notes = Note
# { $at } è una data con ora; { $by } chi ha scritto la nota («Lei», «un
# operatore», …).
customer-note-by = { $at }, autore: { $by }
customer-notes-none = Non ci sono ancora note.
customer-note-new = Nuova nota
customer-note-add = Aggiungi nota
customer-consent = Consenso
# La decisione attuale per una finalità, e una decisione nella cronologia.
customer-consent-granted = prestato
customer-consent-withdrawn = revocato
customer-consent-none = Nessuna decisione sul consenso registrata.
# Un'etichetta e l'intestazione della colonna della cronologia.
customer-purpose = Finalità
# La legenda della scelta e l'intestazione della colonna della cronologia.
customer-decision = Decisione
customer-decision-granted = Prestato
customer-decision-withdrawn = Revocato
customer-basis-label = Base giuridica
# Le basi giuridiche dell'art. 6, par. 1, del GDPR; le chiavi terminano con
# il valore inviato.
customer-basis-consent = Consenso
customer-basis-contract = Contratto
customer-basis-legal_obligation = Obbligo legale
customer-basis-vital_interests = Interessi vitali
customer-basis-public_task = Compito di interesse pubblico
customer-basis-legitimate_interests = Legittimo interesse
customer-evidence-label = Prova (come è stato espresso)
customer-consent-record = Registra la decisione
customer-history = Cronologia
customer-col-when = Quando
customer-col-basis = Base giuridica
customer-col-source = Origine
customer-col-by = Autore
customer-col-evidence = Prova
customer-trail = Traccia di audit
customer-col-what = Azione
customer-trail-latest = { $count ->
    [one] La voce più recente relativa a questa scheda.
   *[other] Le { $count } voci più recenti relative a questa scheda.
}

## customer_form.html

customer-form-name = Nome
customer-form-email = Email
customer-form-phone = Telefono
customer-form-phone-hint = Con il prefisso internazionale, ad esempio +39 06 1234567
customer-form-company = Azienda
customer-form-address = Indirizzo
customer-form-language = Lingua preferita
customer-form-language-hint = Le copie dei dati del cliente vengono redatte in questa lingua.
customer-form-language-default = Lingua predefinita dell'organizzazione
# Dopo l'etichetta di un campo obbligatorio, per i lettori di schermo.
customer-form-required = (obbligatorio)
customer-form-save = Salva
customer-form-cancel = Annulla

## erase.html

erase-heading = Cancella { $name }
erase-on-hold = Questa scheda è soggetta a vincolo legale: non può essere cancellata finché il vincolo non viene rimosso.
# In grassetto, all'inizio della frase che erase-shredding-text completa.
erase-shredding = La distruzione
erase-shredding-text = elimina la chiave della scheda: i suoi dati vengono cancellati definitivamente, anche dai backup.
# In grassetto, all'inizio della frase che erase-anonymizing-text completa.
erase-anonymizing = L'anonimizzazione
erase-anonymizing-text = rimuove i dati personali e conserva le date e i campi non personali a fini statistici.
erase-final = Nessuna delle due operazioni può essere annullata.
erase-what = Che cosa deve accadere?
erase-kind-shred = Distruggi: cancella tutto
erase-kind-anonymize = Anonimizza: conserva i dati non personali
# L'etichetta della conferma: inizio, il nome del cliente in grassetto, fine.
erase-confirm-start = Digiti il nome del cliente,
erase-confirm-end = , per confermare
erase-submit = Cancella definitivamente
erase-cancel = Annulla

## bulk_erase.html

bulk-erase-heading = { $count ->
    [one] Cancella { $count } scheda
   *[other] Cancella { $count } schede
}
# In grassetto, all'inizio della frase che bulk-erase-shredding-text completa.
bulk-erase-shredding = La distruzione
bulk-erase-shredding-text = elimina la chiave di ciascuna scheda: i suoi dati vengono cancellati definitivamente, anche dai backup.
# In grassetto, all'inizio della frase che bulk-erase-anonymizing-text completa.
bulk-erase-anonymizing = L'anonimizzazione
bulk-erase-anonymizing-text = rimuove i dati personali e conserva le date e i campi non personali a fini statistici.
bulk-erase-final = Nessuna delle due operazioni può essere annullata.
bulk-erase-held = Le schede soggette a vincolo legale restano invariate.
bulk-erase-ticked = { $count ->
    [one] La scheda che ha selezionato
   *[other] Le schede che ha selezionato
}
bulk-erase-no-name = Una scheda senza nome (anonimizzata o non più presente)
bulk-erase-what = Che cosa deve accadere?
bulk-erase-kind-shred = Distruggi: cancella tutto
bulk-erase-kind-anonymize = Anonimizza: conserva i dati non personali
# L'etichetta della conferma: inizio, il numero di schede in grassetto, fine.
bulk-erase-confirm-start = Digiti il numero delle schede,
bulk-erase-confirm-end = , per confermare
bulk-erase-submit = { $count ->
    [one] Cancella definitivamente { $count } scheda
   *[other] Cancella definitivamente { $count } schede
}
bulk-erase-cancel = Annulla

## bulk_erased.html

bulk-erased-heading-anonymized = { $count ->
    [one] Schede anonimizzate: { $erased } su { $count }
   *[other] Schede anonimizzate: { $erased } su { $count }
}
bulk-erased-heading-shredded = { $count ->
    [one] Schede distrutte: { $erased } su { $count }
   *[other] Schede distrutte: { $erased } su { $count }
}
# { $count } è il numero di schede selezionate.
bulk-erased-all-anonymized = { $count ->
    [one] La scheda selezionata è stata anonimizzata: i suoi dati personali sono cancellati definitivamente.
   *[other] Tutte le schede selezionate sono state anonimizzate: i loro dati personali sono cancellati definitivamente.
}
bulk-erased-all-shredded = { $count ->
    [one] La scheda selezionata è stata distrutta: i suoi dati sono cancellati definitivamente, backup compresi.
   *[other] Tutte le schede selezionate sono state distrutte: i loro dati sono cancellati definitivamente, backup compresi.
}
# { $count } è il numero di schede rimaste invariate.
bulk-erased-left = { $count ->
    [one] { $count } scheda è rimasta invariata; la tabella ne indica il motivo.
   *[other] { $count } schede sono rimaste invariate; la tabella ne indica i motivi.
}
bulk-erased-receipt = Per ogni cancellazione è presente una ricevuta nel registro di audit.
bulk-erased-caption = Esito per ciascuna scheda
bulk-erased-col-record = Scheda
bulk-erased-col-outcome = Esito
bulk-erased-no-name = Una scheda senza nome
bulk-erased-shredded = Distrutta
bulk-erased-anonymized = Anonimizzata
# Un'etichetta, seguita da bulk-erased-on-hold.
bulk-erased-unchanged = Invariata
bulk-erased-on-hold = È soggetta a vincolo legale; rimuova prima il vincolo.
bulk-erased-already-shredded = Già distrutta in precedenza
bulk-erased-already-anonymized = Già anonimizzata in precedenza
# Un'etichetta, seguita da bulk-erased-not-found-text.
bulk-erased-not-found = Non trovata
bulk-erased-not-found-text = In questa organizzazione non esiste una scheda con questo identificativo.
bulk-erased-back = Torna ai clienti
customer-purpose-add = Aggiungi una finalità del consenso
customer-purposes-none = Questa organizzazione non ha ancora finalità del consenso, quindi qui non si può registrare alcuna decisione.
customer-objected-marketing-since = Opposizione al marketing diretto dal { $date }
customer-fresh-consent = La persona ha dato un nuovo consenso esplicito
customer-fresh-consent-hint = Solo allora si può registrare un consenso al marketing; indica nella prova come è stato dato.

# Pagine per il personale: impostazioni di conservazione, campi
# personalizzati e integrazioni. Le chiavi iniziano con il nome del modello
# a cui appartengono.
#
# Ci si rivolge al lettore con il Lei. Termini: periodo di conservazione,
# regola di conservazione (policy), scheda completata, distruggere (shred),
# chiave di firma (signing secret), istantanea dei consensi (consent
# snapshot), consegna (delivery), sistema ricevente (receiver). Ruoli come
# in staff.ftl: visualizzatore, operatore, amministratore, proprietario.

## retention.html

retention-heading = Conservazione
retention-intro = Una scheda contrassegnata come completata viene conservata per il periodo indicato qui sotto; trascorso tale periodo, Steward interviene come stabilito.
# { $date } è una data con ora.
retention-last-changed = Ultima modifica: { $date }.
# La frase di anteprima è divisa attorno ai suoi due valori evidenziati:
# retention-preview-period, poi il periodo inserito (P90D), poi
# retention-preview-expires, poi una data con ora, poi retention-preview-end.
retention-preview-period = Con un periodo di
retention-preview-expires = , le schede completate oggi scadranno il giorno
retention-preview-end = .
# { $count } schede risulterebbero già oltre il periodo.
retention-preview-past = { $count ->
    [one] { $count } scheda completata avrebbe già superato il periodo.
   *[other] { $count } schede completate avrebbero già superato il periodo.
}
# Come retention-preview-past; { $newly } di esse non sono ancora scadute in
# base alla regola in vigore (qui sempre più di 0).
retention-preview-past-newly = { $count ->
    [one] { $count } scheda completata avrebbe già superato il periodo, ma in base alla regola attuale non è ancora scaduta.
   *[other] { $count } schede completate avrebbero già superato il periodo, di cui { $newly ->
        [one] { $newly } non ancora scaduta
       *[other] { $newly } non ancora scadute
    } in base alla regola attuale.
}
retention-expire-after = Conserva le schede completate per
retention-expire-after-hint = Scegli un numero e un'unità. Una settimana conta 7 giorni, un mese 31 giorni e un anno 366 giorni, così un periodo non finisce mai prima della stessa data del calendario; al massimo 36.500 giorni (circa 100 anni).
retention-action = Al termine del periodo
retention-action-notify = Inviare un avviso, ripetuto finché qualcuno non interviene
retention-action-anonymize = Anonimizzare la scheda
retention-action-shred = Distruggere la scheda
retention-remind-every = Ripeti il promemoria ogni
retention-remind-every-hint = Ogni quanto i record scaduti vengono riproposti finché qualcuno non interviene. Mesi e anni contano come sopra; se vuoto, una settimana.
retention-email-to = Invia i riepiloghi a
retention-email-to-hint = Un indirizzo per riga; se il campo è vuoto, i riepiloghi vengono inviati agli amministratori e ai proprietari
retention-webhook = Comunica la scadenza anche agli strumenti collegati tramite webhook
retention-save = Salva
retention-preview = Anteprima senza salvare

## fields.html

fields-heading = Campi personalizzati
fields-col-label = Etichetta
fields-col-key = Chiave
fields-col-type = Tipo
fields-col-visible-to = Visibile a
fields-col-rules = Regole
# { $role } è il ruolo più basso che vede il campo, come memorizzato
# (viewer, staff, admin, owner); la variante «other» copre ogni altro valore.
fields-visible-to = { $role ->
    [viewer] Visualizzatori e ruoli superiori
    [staff] Operatori e ruoli superiori
    [admin] Amministratori e proprietari
    [owner] Solo proprietari
   *[other] { $role } e ruoli superiori
}
fields-rule-required = obbligatorio
fields-rule-personal = dato personale
fields-none = Non ci sono ancora campi personalizzati.
fields-new = Nuovo campo
fields-key = Chiave
fields-key-hint = Il nome del campo nell'API: a–z, 0–9 e _, ad es. loyalty_tier; non può essere modificato in seguito
fields-kind = Tipo
fields-add = Aggiungi campo

## field.html

# { $label } è l'etichetta del campo.
field-heading = Campo personalizzato «{ $label }»
field-all = Tutti i campi
# Seguito dalla chiave del campo, poi dal suo tipo.
field-key = chiave
field-fixed = (nessuno dei due può essere modificato)
field-save = Salva
field-delete-heading = Elimina
field-delete-values = I suoi valori vengono rimossi immediatamente da tutte le schede.
field-delete-final = L'operazione non può essere annullata.
field-delete = Elimina il campo

## field_form.html

field-form-label = Etichetta
field-form-label-hint = Il testo che gli utenti vedono accanto al valore
field-form-options = Opzioni (una per riga)
field-form-options-hint = Solo per un campo con scelta da un elenco
# { $n } è il numero di riga dell'opzione; { $error } il problema rilevato.
field-form-option-error = Opzione { $n }: { $error }
field-form-visible-to = Visibile a
field-form-visible-viewer = Tutti (visualizzatori e ruoli superiori)
field-form-visible-staff = Operatori e ruoli superiori
field-form-visible-admin = Amministratori e proprietari
field-form-visible-owner = Solo proprietari
field-form-required = Obbligatorio: ogni scheda deve avere un valore
field-form-personal = Dato personale: può identificare una persona, quindi viene rimosso con l'anonimizzazione

## integrations.html

integrations-heading = Integrazioni
# Seguito dall'indirizzo di ricezione, /hooks/marketing/{id}, e da un punto.
integrations-intro = Strumenti di marketing e altri programmi che vengono informati delle modifiche ai consensi e delle cancellazioni tramite webhook firmati e che comunicano a Steward le revoche dell'iscrizione (opt-out) all'indirizzo
integrations-created = L'integrazione è stata creata.
# Seguito dal segreto.
integrations-created-secret = Comunichi ora al sistema ricevente questa chiave di firma; non verrà più mostrata:
integrations-open = Apri l'integrazione
integrations-col-receiver = Sistema ricevente
integrations-col-events = Eventi
integrations-col-status = Stato
integrations-col-pending = In attesa
integrations-col-dead = Abbandonate
integrations-on = attiva
integrations-off = disattivata
integrations-none = Non ci sono ancora integrazioni.
integrations-new = Nuova integrazione
integrations-url = URL del sistema ricevente
integrations-url-hint = https://… — l'indirizzo a cui Steward invia i webhook firmati
integrations-purpose = Finalità del consenso da mantenere sincronizzata
integrations-purpose-hint = La finalità del consenso le cui decisioni vengono sincronizzate.
integrations-snapshot-every = Invia un'istantanea completa dei consensi ogni
integrations-snapshot-every-hint = Almeno 1 ora e al massimo 31 giorni (un mese conta 31 giorni); se vuoto, 1 giorno.
integrations-enabled = Attiva: inizia subito l'invio
integrations-add = Aggiungi integrazione

## integration.html

integration-heading = Integrazione
integration-all = Tutte le integrazioni
# Seguito dal segreto.
integration-new-secret = La nuova chiave di firma — la comunichi ora al sistema ricevente; non verrà più mostrata:
# { $until } è una data con ora.
integration-rotating-until = Fino al giorno { $until } i messaggi vengono firmati sia con la vecchia sia con la nuova chiave.
integration-receiver = Sistema ricevente
integration-status = Stato
integration-on = attiva
integration-off = disattivata
integration-purpose = Finalità del consenso
integration-inbound = Indirizzo di ricezione
integration-pending = In attesa
integration-dead = Abbandonate
integration-next-snapshot = Prossima istantanea
integration-settings = Impostazioni
integration-url = URL del sistema ricevente
integration-snapshot-every = Invia un'istantanea completa dei consensi ogni
integration-enabled = Attiva
integration-save = Salva
integration-snapshot-now = Invia ora un'istantanea
integration-grace = Mantieni valida la vecchia chiave per
integration-grace-hint = Per quanto tempo il vecchio segreto continua a firmare accanto al nuovo: al massimo 7 giorni; 0 ore lo ferma subito.
integration-rotate = Nuova chiave
integration-delete = Elimina
integration-refused = «{ $action }» non è stato eseguito: { $reason }
integration-deliveries = Consegne
integration-filter-all = Tutte
integration-filter-pending = In attesa
integration-filter-delivered = Consegnate
integration-filter-dead = Abbandonate
integration-col-made = Creata
integration-col-event = Evento
integration-col-state = Stato
integration-col-attempts = Tentativi
integration-col-answer = Ultima risposta
integration-col-action = Azione
# Dopo lo stato di una consegna; { $at } è una data con ora.
integration-next-try = prossimo tentativo: { $at }
# { $status } è il codice di stato HTTP con cui ha risposto il sistema ricevente.
integration-http-status = HTTP { $status }
integration-retry = Riprova
integration-older = Consegne meno recenti
integration-none = Nessuna consegna.
integration-none-in-state = Nessuna consegna in questo stato.

## event_choices.html

event-choices-legend = Eventi ricevuti
purposes-heading = Finalità del consenso
purposes-intro = Ciò a cui i clienti possono acconsentire, ad esempio una newsletter. Il personale sceglie una finalità dalla sua etichetta quando registra una decisione; i clienti vedono l'etichetta nella loro copia e nel portale.
purposes-none = Ancora nessuna finalità. Aggiungi la prima qui sotto.
purposes-col-label = Etichetta
purposes-col-key = Chiave per i programmi
purposes-new-heading = Aggiungi una finalità
purposes-label = Etichetta
purposes-label-hint = Nella lingua di queste pagine, come lo leggeranno clienti e personale, ad es. Newsletter via e-mail
purposes-description = Descrizione
purposes-description-hint = Facoltativo: a cosa acconsente il cliente, in una o due frasi
purposes-key = Chiave per i programmi
purposes-key-hint = Facoltativo: se lasciata vuota, viene ricavata dall'etichetta (Newsletter via e-mail diventa newsletter_via_e_mail). La usano i programmi e l'API; non si può cambiare in seguito.
purposes-add = Aggiungi la finalità
integrations-purpose-default = La finalità predefinita (marketing_email)
event-type-consent-updated = Consenso dato o revocato
event-type-consent-snapshot = Istantanea completa dei consensi
event-type-contact-forget = Contatto da cancellare
event-type-customer-expired = Periodo di conservazione di un record scaduto
event-type-customer-shredded = Record distrutto
event-type-customer-anonymized = Record anonimizzato
event-type-customer-merged = Due record uniti
event-type-request-received = Richiesta di un cliente ricevuta
fields-rule-correctable = rettificabile
field-form-correctable = Rettificabile: la persona può chiedere tramite il portale che questo valore venga corretto (rettifica, art. 16 GDPR)

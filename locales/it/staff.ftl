# Le pagine per il personale: struttura, titoli delle pagine, pagine di
# errore, ruoli e messaggi mostrati dopo un'azione. Le parole di ciascuna
# pagina sono negli altri file staff-*.ftl.
#
# Ci si rivolge al lettore con il Lei. Termini: scheda (record), scheda
# cliente, distruggere (shred: la scheda e le sue chiavi, backup compresi),
# anonimizzare, vincolo legale (legal hold: blocca la cancellazione),
# periodo di conservazione, regola di conservazione (policy), evadere una
# richiesta (fulfil), avviso (notice), registro di audit.

## La struttura di ogni pagina dopo l'accesso

layout-skip = Vai al contenuto
layout-menu = Menu principale
layout-customers = Clienti
layout-inbox = Avvisi
layout-requests = Richieste
layout-retention = Conservazione
layout-request-settings = Verifica dell'identità
layout-fields = Campi
layout-users = Utenti
layout-tokens = Token API
layout-integrations = Integrazioni
layout-recipients = Destinatari
layout-audit = Registro di audit
layout-organisation = Organizzazione
layout-sign-out = Esci
layout-search-form = Cerca ovunque
layout-search-label = Cerca clienti
layout-search-placeholder = Cerca (tasto /)
layout-search-button = Cerca
layout-cancelled = L'account di questa organizzazione è stato chiuso: fino all'eliminazione definitiva dei dati tutto è in sola lettura, tranne ciò a cui i clienti hanno diritto — il consenso può ancora essere revocato ed è ancora possibile rispondere alle loro richieste, comprese quelle di cancellazione.
field-required = (obbligatorio)

## Ruoli

role-viewer = Visualizzatore
role-staff = Operatore
role-admin = Amministratore
role-owner = Proprietario

## Titoli delle pagine

title-audit = Registro di audit
title-sign-in = Accesso
title-account = Il suo account
title-tokens = Token API
title-fields = Campi personalizzati
title-field = Campo personalizzato
title-inbox = Avvisi
title-recipients = Destinatari
title-requests = Richieste
title-request-settings = Verifica dell'identità
title-retention = Conservazione
title-integrations = Integrazioni
title-integration = Integrazione
title-organisation = Organizzazione
title-users = Utenti
title-customers = Clienti
title-customer = Scheda cliente
title-edit-customer = Modifica cliente
title-new-customer = Nuovo cliente
title-erase = Cancella una scheda cliente
title-bulk-erase = Cancella schede
title-bulk-erased = Schede cancellate

## Pagine di errore

title-error-forbidden = Operazione non consentita
title-error-not-found = Non trovato
title-error-conflict = Operazione non possibile al momento
title-error-gone = Non più disponibile
title-error-too-many = Troppi tentativi
title-error-busy = Sistema momentaneamente occupato
title-error-internal = Si è verificato un errore
title-error-invalid = C'è qualcosa che non va
error-back = Torna ai clienti

## La lingua delle proprie pagine, nella pagina dell'account

language-picker-heading = Lingua
language-picker-label = Lingua delle pagine
language-picker-hint = Le lingue in cui le pagine di Steward sono interamente disponibili. Finché non effettua una scelta, vale la lingua predefinita della sua organizzazione.
language-picker-default = Lingua predefinita dell'organizzazione ({ $language })
language-picker-save = Salva

## Messaggi dopo un'azione

flash-session-ended = La sessione è stata chiusa dopo un periodo di inattività. Acceda di nuovo per continuare.
flash-totp-required = La sua organizzazione richiede agli amministratori l'autenticazione a due fattori. La configuri per continuare.
flash-signed-in = Accesso effettuato.
flash-signed-out = Disconnessione effettuata.
flash-session-revoked = La sessione è stata chiusa.
flash-totp-on = L'autenticazione a due fattori è attiva: d'ora in poi, all'accesso verrà richiesto un codice.
flash-totp-off = L'autenticazione a due fattori è disattivata.
flash-time-zone-set = Gli orari vengono ora mostrati nel fuso orario { $zone }.
flash-language-set = Le pagine vengono ora mostrate in { $language }.
flash-password-changed = { $count ->
    [one] La password è stata modificata; { $count } altra sessione è stata chiusa.
   *[other] La password è stata modificata; { $count } altre sessioni sono state chiuse.
}
flash-token-revoked = Il token è stato revocato.
flash-retention-saved = La regola di conservazione è stata salvata.
flash-customer-created = La scheda cliente è stata salvata.
flash-customer-saved = Le modifiche sono state salvate.
flash-note-added = La nota è stata aggiunta.
flash-consent-recorded = La decisione sul consenso è stata registrata.
flash-record-completed = La scheda è stata completata; il suo periodo di conservazione è iniziato.
flash-record-reopened = La scheda è di nuovo aperta; non ha più una scadenza.
flash-record-restricted = Il trattamento della scheda è stato limitato.
flash-record-unrestricted = La limitazione del trattamento è stata rimossa.
flash-record-held = La scheda è soggetta a vincolo legale: non sarà cancellata.
flash-record-released = Il vincolo legale è stato rimosso.
flash-record-shredded = La scheda è stata distrutta: i suoi dati sono cancellati definitivamente, backup compresi.
flash-record-anonymized = La scheda è stata anonimizzata: i suoi dati personali sono cancellati definitivamente.
flash-notice-acknowledged = Presa visione confermata; i promemoria per questo avviso si interrompono.
flash-request-fulfilled = La richiesta è stata evasa.
flash-request-rejected = La richiesta è stata respinta; la persona viene informata del motivo.
flash-request-extended = Il termine è stato prorogato; la persona viene informata del motivo.
flash-request-identity-confirmed = Identità confermata; la richiesta è in coda.
flash-request-identity-refused = Identità non confermata; la richiesta è stata respinta e la persona viene informata del motivo.
flash-request-settings-saved = Le impostazioni di verifica dell'identità sono state salvate.
flash-integration-saved = L'integrazione è stata salvata.
flash-integration-snapshot = Con la prossima esecuzione verrà inviata un'istantanea dei consensi.
flash-integration-deleted = L'integrazione è stata eliminata, insieme a tutto ciò che era ancora in attesa di invio.
flash-delivery-retried = La consegna viene ora ritentata.
flash-organisation-saved = Le impostazioni sono state salvate.
flash-organisation-cancelled = L'account è stato chiuso. Ora tutto è in sola lettura; scarichi l'esportazione prima dell'eliminazione definitiva dei dati.
flash-logo-saved = Il logo è stato salvato.
flash-logo-removed = Il logo è stato rimosso.
flash-field-added = Il campo { $key } è stato aggiunto.
flash-field-saved = Il campo è stato salvato.
flash-field-deleted = Il campo è stato eliminato; i suoi valori sono stati rimossi da tutte le schede.
flash-recipient-added = La voce è stata aggiunta al registro.
flash-recipient-saved = La voce del registro è stata salvata.
flash-recipient-removed = La voce è stata rimossa dal registro.
flash-user-role-changed = Il ruolo è stato modificato.
flash-user-disabled = L'account è stato disattivato; le sue sessioni e i suoi token non funzionano più.
flash-user-enabled = L'account è stato riattivato.
flash-user-totp-reset = L'autenticazione a due fattori è stata reimpostata; l'utente può configurarla di nuovo.

## Rifiuti nella pagina di accesso

sign-in-code-needed = Inserisca il codice attuale della sua app di autenticazione.
sign-in-refused = Accesso non riuscito: organizzazione, email o password non corrette.
sign-in-throttled = Troppi tentativi non riusciti; riprovi tra { $seconds } secondi.

## Filtri sopra gli elenchi (le chiavi sono il valore del filtro)

filter-all = Tutte le schede
filter-active = Aperte
filter-complete = Completate
filter-expiring = In scadenza
filter-expired = Scadute
filter-anonymized = Anonimizzate
tab-open = Aperte
tab-identity = Identità da confermare
tab-unverified = Non confermate
tab-fulfilled = Evase
tab-rejected = Respinte
tab-all = Tutte

## L'oggetto di un avviso e i tipi di richiesta

notice-expired = Periodo di conservazione terminato: cancellare o conservare questa scheda
notice-anonymized = Scheda anonimizzata in base alla regola di conservazione
notice-shredded = Scheda distrutta in base alla regola di conservazione
notice-returned = Una scheda ripristinata da un backup è stata di nuovo cancellata
notice-request-received = Una nuova richiesta dell'interessato è stata confermata e attende risposta
notice-request-identity = Una nuova richiesta dell'interessato è stata confermata; prima di rispondere occorre confermare l'identità del richiedente
notice-request-due-soon = Una richiesta dell'interessato è in scadenza
notice-request-overdue = Il termine di una richiesta dell'interessato è scaduto
notice-integration-disabled = Uno strumento di marketing è stato disattivato
request-kind-copy = Copia dei dati
request-kind-erasure = Cancellazione
request-kind-withdraw-consent = Revoca del consenso
request-kind-portability = Dati da portare altrove

## Chi ha fatto qualcosa e su che cosa, nel registro di audit

audit-actor-user = utente { $id }
audit-actor-token = token { $id }
audit-actor-system = sistema
audit-actor-anonymous = anonimo
audit-actor-integration = integrazione { $id }
audit-target-customer = cliente { $id }
audit-target-user = utente { $id }
audit-target-api_token = token API { $id }
audit-target-field = campo { $id }
audit-target-import = importazione { $id }
audit-target-integration = integrazione { $id }
audit-target-notification = avviso { $id }
audit-target-purpose = finalità { $id }
audit-target-recipient = destinatario { $id }
audit-target-request = richiesta { $id }
audit-target-session = sessione { $id }
audit-target-tenant = organizzazione { $id }
audit-actor-other = { $kind } { $id }
audit-target-other = { $kind } { $id }

## I tipi di campo personalizzato

field-kind-text = Testo
field-kind-number = Numero
field-kind-date = Data
field-kind-bool = Sì o no
field-kind-select = Scelta da un elenco

## Valori memorizzati, come le pagine li mostrano

customer-state-active = aperta
customer-state-complete = completata
customer-state-anonymized = anonimizzata
customer-source-staff = personale
customer-source-portal = portale
customer-source-sync = strumento di marketing
customer-source-import = importazione
# Dopo «autore:» nelle note e nella colonna «Autore».
actor-you = Lei
actor-user = un operatore
actor-token = un token API
actor-integration = uno strumento collegato
actor-customer = il cliente
actor-steward = Steward
field-yes = sì
field-no = no
notice-closed-acknowledged = presa visione
notice-closed-reopened = scheda riaperta
notice-closed-held = vincolo legale applicato
notice-closed-rescheduled = scadenza ricalcolata
notice-closed-closed = richiesta chiusa
notice-closed-shredded = scheda distrutta
notice-closed-anonymized = scheda anonimizzata
request-state-unverified = non confermata
request-state-identity = identità da confermare
request-state-open = aperta
request-state-fulfilling = in lavorazione
request-state-fulfilled = evasa
request-state-rejected = respinta
request-outcome-copy_sent = copia inviata
request-outcome-no_data = nessun dato
request-outcome-erased = dati cancellati
request-outcome-erased_partly = dati cancellati in parte
request-outcome-refused_hold = respinta: vincolo legale
request-outcome-withdrawn = consenso revocato
request-outcome-rejected = respinta
# Dopo «questa richiesta di …».
request-kind-copy-lower = copia dei dati
request-kind-erasure-lower = cancellazione
request-kind-withdraw-consent-lower = revoca del consenso
request-kind-portability-lower = dati da portare altrove
safeguard-short-adequacy = Decisione di adeguatezza (art. 45 del GDPR)
safeguard-short-scc = Clausole tipo di protezione dei dati (art. 46, par. 2, lett. c), del GDPR)
safeguard-short-bcr = Norme vincolanti d'impresa (art. 47 del GDPR)
safeguard-short-derogation = Deroga in una situazione specifica (art. 49 del GDPR)
recipients-sent-consent = indirizzo email e decisioni sul consenso relative a { $purpose }
recipients-sent-erasure = indirizzo email quando i dati della persona vengono cancellati
recipients-sent-record-events = ID della scheda quando la scheda scade o viene cancellata

## Rifiuti che le pagine spiegano da sé

erase-refused-name = Per confermare, digiti il nome del cliente esattamente come indicato.
bulk-erase-refused-count = Per confermare, digiti il numero delle schede: { $count }. Non è stato cancellato nulla.
customer-form-conflict = Qualcun altro ha modificato questa scheda mentre lei la stava modificando. Il modulo contiene ancora le sue modifiche; controlli la scheda, quindi salvi di nuovo per sovrascrivere le modifiche dell'altra persona.

## The inbox: the count in the menu (read after "Inbox"), acknowledging several
layout-inbox-open =
{ $count ->
    [one] un avviso aperto
   *[other] { $count } avvisi aperti
}
flash-notices-acknowledged =
{ $count ->
    [one] Presa visione di un avviso; i promemoria si fermano.
   *[other] Presa visione di { $count } avvisi; i promemoria si fermano.
}
flash-notices-none-ticked = Seleziona almeno un avviso.
field-fault-predicate = «{ $label }» { $reason }.
field-fault = «{ $label }»: { $reason }
form-fix-fields =
    { $count ->
        [one] Correggi questo campo:
       *[other] Correggi questi { $count } campi:
    }
form-other-field = Un altro campo (vedi il modulo qui sotto)
period-amount = Quantità
period-unit = Unità
period-unit-seconds = secondi
period-unit-minutes = minuti
period-unit-hours = ore
period-unit-days = giorni
period-unit-weeks = settimane
period-unit-months = mesi
period-unit-years = anni
period-stored-as = Salvato come { $period }
layout-purposes = Finalità del consenso
title-purposes = Finalità del consenso
flash-purpose-added = La finalità è stata aggiunta; il personale ora può sceglierla.

request-kind-objection = Opposizione
request-kind-objection-lower = opposizione
request-outcome-objected = marketing interrotto
request-outcome-processing_stopped = trattamento interrotto

# Rectification requests (Art. 16).
request-kind-rectification = Rettifica
request-kind-rectification-lower = rettifica
request-outcome-rectified = dati rettificati
request-outcome-rectification_declined = rettifica respinta
requests-rectification-review = Esamina le correzioni
requests-rectification-review-skip = chieste in questa richiesta
flash-request-rectified = Decisioni salvate; la persona è stata informata.
title-rectification = Rettifica
rectification-heading = Correzioni richieste
rectification-back = Torna alla richiesta
rectification-intro = La persona indica che questi dati sono errati. Decida su ciascuno: accettare corregge ogni scheda collegata; respingere richiede un motivo comunicato alla persona.
rectification-note = Spiegazione della persona
rectification-caption = Valori attuali in { $count } schede collegate accanto ai valori richiesti
rectification-col-detail = Dato
rectification-col-record = Scheda { $n }
rectification-col-proposed = Richiesto
rectification-col-decision = Decisione
rectification-empty = nessun valore
rectification-decide = Decisione su { $detail }
rectification-accept = Accetta
rectification-decline = Respingi
rectification-reason = Motivo del rifiuto (comunicato alla persona)
rectification-accepted = Accettato
rectification-declined = Respinto
rectification-submit = Salva le decisioni e informa la persona
request-kind-restriction = Limitazione
request-kind-restriction-lower = limitazione
request-outcome-restricted = trattamento limitato
requests-stop-processing = Interrompere il trattamento
requests-uphold = Mantenere — indicare i motivi cogenti
requests-uphold-button = Mantenere il trattamento
requests-restrict-now = Limitare subito le schede, mentre si decide
requests-restricted-meanwhile = Le schede sono limitate mentre si decide; prima della revoca la persona viene informata.
flash-request-restricted = Le schede sono limitate mentre si decide la richiesta.

# Pagine per il personale: accesso, il proprio account, token API, utenti e
# registro di audit. Le chiavi iniziano con il nome del loro modello.
#
# Ci si rivolge al lettore con il Lei. Ruoli come in staff.ftl:
# visualizzatore, operatore, amministratore, proprietario.

## login.html

# Il titolo della scheda del browser nella pagina di accesso.
login-page-title = Accesso · Steward
login-heading = Accedi a Steward
login-organisation = Organizzazione
login-email = Email
login-password = Password
login-totp = Codice della sua app di autenticazione
login-submit = Accedi

## account.html

account-heading = Il suo account
account-totp-heading = Autenticazione a due fattori
account-totp-on = Attiva: all'accesso viene richiesto un codice della sua app di autenticazione.
account-totp-disable-code-label = Un codice attuale, per disattivarla
account-totp-disable = Disattiva
account-totp-enrol-intro = Aggiunga questo account alla sua app di autenticazione con la chiave riportata qui sotto (oppure apra il link sul telefono su cui è installata l'app), quindi inserisca il codice visualizzato.
account-totp-key = Chiave
account-totp-link = Link
account-totp-pending = La configurazione è stata avviata: inserisca il codice visualizzato dalla sua app di autenticazione per attivare l'autenticazione a due fattori.
account-totp-confirm-code-label = Codice dell'app
account-totp-confirm = Attiva
account-totp-restart = Ricomincia con una nuova chiave
# Seguito da account-totp-off-explained nello stesso paragrafo.
account-totp-off = Disattivata.
account-totp-off-explained = Se è attiva, per accedere occorre, oltre alla password, un codice generato da un'app, ad esempio un'app di autenticazione sul suo telefono.
account-totp-set-up = Configura l'autenticazione a due fattori
account-zone-heading = Fuso orario
# L'etichetta dell'elenco dei fusi orari.
account-zone-label = Mostra gli orari nel fuso orario
account-zone-save = Salva
account-password-heading = Password
account-password-current-label = Password attuale
account-password-new-label = Nuova password
account-password-new-hint = Almeno 12 caratteri
account-password-change = Cambia password
account-password-ends-sessions = Se cambia la password, le sue altre sessioni verranno chiuse.
account-sessions-heading = Dove ha effettuato l'accesso
# Intestazioni delle colonne della tabella delle sessioni; «Provenienza» è
# l'indirizzo IP.
account-sessions-signed-in = Accesso effettuato
account-sessions-last-used = Ultimo utilizzo
account-sessions-from = Provenienza
account-sessions-browser = Browser
account-sessions-action = Azione
account-sessions-this = questa sessione
account-sessions-end = Chiudi

## tokens.html

tokens-heading = Token API
# Seguito dall'intestazione (tokens-intro-header, mostrata come codice) e da
# un punto.
tokens-intro-sent-as = I programmi accedono con un token, inviato come
# L'intestazione HTTP stessa: uguale in tutte le lingue.
tokens-intro-header = Authorization: Bearer stw_…
tokens-intro-role = Un token agisce con i permessi del suo ruolo, mai superiori a quelli di cui dispone lei.
tokens-created = Il token «{ $name }» è stato creato.
# Seguito dal segreto del token.
tokens-created-copy = Lo copi ora; non verrà più mostrato:
tokens-name = Nome
tokens-role = Ruolo
tokens-made = Creato
tokens-last-used = Ultimo utilizzo
tokens-status = Stato
tokens-never-used = mai
tokens-revoked = revocato in data { $date }
# Il pulsante; i lettori di schermo leggono poi il nome del token.
tokens-revoke = Revoca
tokens-none = Non ci sono ancora token.
tokens-new-heading = Nuovo token
tokens-new-name-label = A che cosa serve
tokens-new-name-hint = ad es. il sistema di fatturazione
tokens-new-submit = Crea token

## users.html

users-heading = Utenti
users-created = { $email } può ora accedere.
# Seguito dalla password generata, poi da users-created-password-after.
users-created-password = La password di questo utente è
users-created-password-after = — gliela comunichi in modo sicuro; non verrà più mostrata.
users-caption = Utenti di questa organizzazione
users-name = Nome
users-email = Email
users-role = Ruolo
users-status = Stato
users-change = Modifica
# Dopo il nome della persona che sta guardando la pagina.
users-you = (Lei)
users-refused = Nulla è stato modificato per { $name }: { $reason }
users-disabled = disattivato
users-active = attivo
users-totp = due fattori
users-role-of = Ruolo di { $name }
users-set-role = Imposta ruolo
# Solo per i lettori di schermo, dopo users-set-role.
users-set-role-of = di { $name }
# I pulsanti; i lettori di schermo leggono poi il nome dell'utente.
users-enable = Attiva
users-disable = Disattiva
users-reset-totp = Reimposta l'autenticazione a due fattori
# Solo per i lettori di schermo, dopo users-reset-totp.
users-reset-totp-of = di { $name }
users-new-heading = Nuovo utente
users-password = Password
users-password-hint = Almeno 12 caratteri; lasci vuoto per generarne una automaticamente
users-new-submit = Aggiungi utente
users-roles-explained = I visualizzatori consultano le schede; gli operatori possono anche modificarle e rispondere alle richieste; gli amministratori possono anche cancellare e gestire la conservazione, gli utenti, i token e le integrazioni; i proprietari possono anche nominare altri proprietari.

## audit.html

audit-heading = Registro di audit
audit-intro = Chi ha fatto che cosa, quando e da dove — mai i dati personali di qualcuno.
audit-intro-chain = Ogni voce è concatenata alla precedente tramite un hash, perciò una voce modificata o rimossa viene rilevata.
audit-check-ok = { $count ->
    [one] La catena è integra: { $count } voce verificata.
   *[other] La catena è integra: { $count } voci verificate.
}
# { $reason } è il motivo, a parole, fornito dalla verifica.
audit-check-broken = La catena è interrotta alla voce { $seq }: { $reason }
audit-check = Verifica la catena
audit-caption = Voci del registro di audit, dalla più recente
audit-when = Quando
audit-what = Che cosa
audit-who = Chi
audit-about = Oggetto
# L'indirizzo IP da cui proviene un'azione.
audit-from = Provenienza
audit-older = Voci meno recenti
audit-newest = Voci più recenti

## audit.html: the filter, the export, names
audit-filter-heading = Filtra
audit-filter-actor = Chi
audit-filter-actor-any = Chiunque
audit-filter-actor-system = Steward stesso (attività, riga di comando)
audit-filter-action = Che cosa è successo
audit-filter-action-any = Qualsiasi evento
audit-filter-record = ID della scheda o dell’elemento
audit-filter-from = Dal
audit-filter-to = Al (incluso)
audit-filter-dates-hint = I giorni vanno da mezzanotte a mezzanotte UTC.
audit-filter-apply = Mostra
audit-filter-clear = Mostra tutte le voci
audit-export = Esporta queste voci (CSV)
audit-export-hint = Il file contiene tutte le voci che corrispondono al filtro, non solo questa pagina; l’esportazione stessa viene registrata.
audit-none = Nessuna voce corrisponde al filtro.
audit-token = token API

## Audit events in words (the code shows beside them)
audit-event-auth-login = Accesso
audit-event-auth-login_failed = Accesso non riuscito
audit-event-auth-logout = Uscita
audit-event-auth-password_changed = Password modificata
audit-event-auth-session_revoked = Sessione chiusa manualmente
audit-event-auth-totp_enrol_started = Configurazione a due fattori avviata
audit-event-auth-totp_enabled = Accesso a due fattori attivato
audit-event-auth-totp_disabled = Accesso a due fattori disattivato
audit-event-customer-created = Scheda creata
audit-event-customer-bulk_created = Schede create in blocco
audit-event-customer-updated = Scheda modificata
audit-event-customer-read = Scheda aperta
audit-event-customer-listed = Schede mostrate in un elenco
audit-event-customer-notes_read = Note lette
audit-event-customer-note_added = Nota aggiunta
audit-event-customer-consent_read = Consensi letti
audit-event-customer-consent_changed = Consenso modificato
audit-event-customer-objected_to_marketing = Opposizione al marketing diretto
audit-event-customer-processing_stopped = Trattamento interrotto dopo un’opposizione
audit-event-customer-completed = Scheda completata
audit-event-customer-reopened = Scheda riaperta
audit-event-customer-restricted = Trattamento limitato
audit-event-customer-restriction_lifted = Limitazione revocata
audit-event-customer-hold_placed = Blocco legale applicato
audit-event-customer-hold_released = Blocco legale rimosso
audit-event-customer-copied = Copia preparata per la persona
audit-event-customer-merged = Schede unite
audit-event-customer-history_read = Cronologia dei campi letta
audit-event-customer-task_added = Attività aggiunta
audit-event-customer-task_done = Attività completata
audit-event-customer-tasks_read = Attività lette
audit-event-customer-shredded = Scheda distrutta
audit-event-customer-anonymized = Scheda anonimizzata
audit-event-customers-exported = Elenco clienti esportato
audit-event-export-downloaded = Esportazione scaricata
audit-event-field-created = Campo personalizzato aggiunto
audit-event-field-updated = Campo personalizzato modificato
audit-event-field-deleted = Campo personalizzato rimosso
audit-event-import-uploaded = File di importazione caricato
audit-event-import-mapped = Colonne di importazione scelte
audit-event-import-started = Importazione avviata
audit-event-import-finished = Importazione completata
audit-event-import-failed = Importazione non riuscita
audit-event-import-cancelled = Importazione annullata
audit-event-import-expired = Importazione scaduta senza uso
audit-event-import-refused_read = Righe rifiutate scaricate
audit-event-integration-created = Integrazione aggiunta
audit-event-integration-updated = Integrazione modificata
audit-event-integration-deleted = Integrazione rimossa
audit-event-integration-disabled = Integrazione disattivata
audit-event-integration-secret_rotated = Segreto dell’integrazione rinnovato
audit-event-integration-delivery_retried = Invio ripetuto
audit-event-integration-hook_received = Messaggio ricevuto da uno strumento
audit-event-integration-snapshot_requested = Elenco completo dei consensi richiesto
audit-event-notification-acknowledged = Presa visione dell’avviso
audit-event-purpose-labelled = Finalità denominata
audit-event-purpose-unlabelled = Nome della finalità rimosso
audit-event-recipient-created = Destinatario aggiunto
audit-event-recipient-changed = Destinatario modificato
audit-event-recipient-deleted = Destinatario rimosso
audit-event-request-received = Richiesta ricevuta
audit-event-request-verified = Richiesta confermata via email
audit-event-request-fulfilled = Richiesta evasa
audit-event-request-rejected = Richiesta respinta
audit-event-request-extended = Termine della richiesta prorogato
audit-event-request-restricted = Schede limitate mentre si decide una richiesta
audit-event-request-lift_announced = Revoca della limitazione di una richiesta annunciata alla persona
audit-event-request-restriction_lifted = Limitazione concessa su richiesta revocata
audit-event-request-downloaded = Copia scaricata dalla persona
audit-event-request-identity_document_uploaded = Documento d'identità caricato dalla persona
audit-event-request-identity_confirmed = Identità del richiedente confermata
audit-event-request-identity_refused = Identità del richiedente non confermata; richiesta respinta
audit-event-retention-changed = Regola di conservazione modificata
audit-event-retention-expired = Periodi di conservazione scaduti
audit-event-retention-reminded = Promemoria inviati
audit-event-retention-anonymized = Schede anonimizzate dalla regola
audit-event-retention-shredded = Schede distrutte dalla regola
audit-event-tenant-created = Organizzazione creata
audit-event-tenant-settings_changed = Impostazioni dell’organizzazione modificate
audit-event-tenant-logo_set = Logo impostato
audit-event-tenant-logo_removed = Logo rimosso
audit-event-tenant-exported = Organizzazione esportata
audit-event-tenant-cancelled = Organizzazione disdetta
audit-event-tenant-purge_warned = Avviso prima della cancellazione definitiva
audit-event-token-created = Token API creato
audit-event-token-revoked = Token API revocato
audit-event-user-created = Utente aggiunto
audit-event-user-updated = Utente modificato
audit-event-user-language_set = Lingua delle pagine scelta
audit-event-user-time_zone_set = Fuso orario scelto
audit-event-audit-exported = Registro di audit esportato
audit-event-request-viewed = Dettagli di una richiesta letti
audit-event-request-rectified = Rettifica decisa (campi indicati)

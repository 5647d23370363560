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

# Pagine per il personale: gli avvisi, le richieste degli interessati, il
# registro dei destinatari e le impostazioni dell'organizzazione. Le chiavi
# iniziano con il nome del loro modello.
#
# La distruzione di una scheda («shred») la cancella definitivamente, backup
# compresi; l'anonimizzazione rimuove solo i dati personali. Un vincolo
# legale («legal hold») impedisce qualsiasi cancellazione.

## notifications.html

notifications-heading = Avvisi
# Link che passano dagli avvisi aperti a quelli chiusi.
notifications-show-open = Aperti
notifications-show-closed = Chiusi
# Dopo l'ora dell'avviso: quante volte è stato inviato un promemoria.
notifications-reminded = { $count ->
    [one] promemoria inviato { $count } volta
   *[other] promemoria inviato { $count } volte
}
notifications-record-gone = Scheda non più conservata
notifications-see-request = Vai alla richiesta
notifications-integration-back-on = Riattivi l'integrazione nelle sue impostazioni non appena lo strumento accetterà di nuovo le consegne.
# Pulsanti di un avviso il cui periodo di conservazione è terminato; i
# lettori di schermo leggono poi il nome del cliente.
notifications-shred = Distruggi…
notifications-anonymize = Anonimizza…
notifications-reopen = Riapri
# Il motivo richiesto prima di applicare un vincolo legale alla scheda.
notifications-hold-reason = Motivo del vincolo legale
notifications-hold = Applica vincolo legale
notifications-acknowledge = Conferma presa visione
notifications-none-closed = Non ci sono ancora avvisi chiusi.
notifications-none-open = Nulla richiede la sua attenzione.
notifications-more = Mostra altri

## requests.html

requests-heading = Richieste
requests-caption = Richieste degli interessati, dalla scadenza più vicina
# Intestazioni delle colonne.
requests-col-request = Richiesta
requests-col-received = Ricevuta
requests-col-due = Scadenza
requests-col-state = Stato
requests-col-records = Schede
requests-col-answer = Risposta
# Etichette accanto alla data di scadenza.
requests-overdue = termine scaduto
requests-extended = prorogata
# requests-fulfil-erasure apre la conferma; i lettori di schermo leggono poi
# requests-fulfil-erasure-skip.
requests-fulfil-erasure = Evadi…
requests-fulfil-erasure-skip = questa richiesta di cancellazione
requests-shred-warning = { $count ->
    [one] Questa operazione distrugge definitivamente la scheda trovata, backup compresi, a meno che non sia soggetta a vincolo legale.
   *[other] Questa operazione distrugge definitivamente le { $count } schede trovate, backup compresi, tranne quelle soggette a vincolo legale.
}
requests-shred-and-answer = Distruggi e rispondi
requests-erasure-admin-only = Le richieste di cancellazione vengono evase da un amministratore.
# Il pulsante; i lettori di schermo leggono poi requests-fulfil-skip, con il
# tipo di richiesta in minuscolo («copia dei dati»).
requests-fulfil = Evadi
requests-fulfil-skip = questa richiesta di { $kind }
requests-reject = Respingi
# L'etichetta del motivo indicato quando si respinge o si proroga.
requests-reason-label = Motivo (verrà comunicato alla persona)
requests-extend = Proroga
# L'etichetta della scelta dei mesi di proroga del termine.
requests-extend-by = Proroga di
requests-months = { $count ->
    [one] { $count } mese
   *[other] { $count } mesi
}
requests-none = Nessuna richiesta.
requests-due-rule = (un mese dal ricevimento)
requests-identity-waiting = Confermi l'identità del richiedente prima di rispondere; nel frattempo il termine continua a decorrere.
requests-identity-document = Visualizza il documento d'identità
requests-identity-confirm = Identità confermata
requests-identity-refuse = Identità non confermata
requests-identity-how = Come è stata confermata l'identità (conservato sigillato; la persona non ne viene informata)
requests-identity-why = Perché no (la persona ne viene informata)
request-settings-heading = Identità dei richiedenti
request-settings-intro = Le richieste dei tipi selezionati attendono finché il personale conferma che il richiedente è la persona a cui si riferiscono i dati (GDPR art. 12, paragrafi 2 e 6); altrimenti basta l'indirizzo email confermato.
request-settings-never = La revoca del consenso e l'opposizione al marketing diretto non attendono mai: devono restare semplici quanto lo è stato prestare il consenso (GDPR art. 7, paragrafo 3, e art. 21, paragrafo 3).
request-settings-kinds = Tipi che richiedono la conferma dell'identità
request-settings-objection = al trattamento basato sul legittimo interesse
request-settings-documents = Le persone possono caricare un documento d'identità
request-settings-documents-hint = Un JPEG, PNG o PDF di al massimo 5 MB per richiesta, conservato sigillato; cancellato quando il personale decide e al più tardi 14 giorni dopo il caricamento. Mai incluso in una copia o in un'esportazione.
request-settings-due = Il termine di un mese decorre dal ricevimento (GDPR art. 12, paragrafo 3); l'attesa della conferma dell'identità non lo sospende.
request-settings-save = Salva

## recipients.html

recipients-heading = Destinatari
recipients-intro = Il registro dei destinatari e dei responsabili del trattamento: chi riceve i dati dei suoi clienti, quali dati, per quale finalità, dove e per quanto tempo.
# L'indirizzo della pagina pubblica del registro si trova tra questi due.
recipients-intro-shown-before = Le copie dei dati dei clienti e la pagina pubblica
recipients-intro-shown-after = ne riportano il contenuto.
recipients-intro-integrations = Sono elencate anche tutte le integrazioni; una voce può descriverne una con i relativi dettagli.
# Intestazioni delle colonne del registro.
recipients-col-name = Nome
recipients-col-receives = Dati ricevuti
recipients-col-purpose = Finalità
recipients-col-country = Paese
recipients-col-safeguard = Garanzia
recipients-col-kept = Durata della conservazione
recipients-col-source = Origine
# La provenienza di una riga: una delle integrazioni o una voce del registro.
recipients-source-integration = integrazione
recipients-no-entry = (nessuna voce nel registro)
recipients-source-register = registro
recipients-integration-deleted = la relativa integrazione è stata eliminata
recipients-none = Nessun destinatario: nessuno riceve i dati dei suoi clienti.
recipients-form-change = Modifica la voce
recipients-form-new = Nuova voce
recipients-name-label = Nome
recipients-name-hint = La società o il servizio, ad es. Example Hosting S.r.l.
recipients-receives-label = Che cosa riceve
recipients-receives-hint = ad es. tutte le schede cliente, in qualità di nostro fornitore di hosting
recipients-purpose-label = Finalità
recipients-purpose-hint = Per quale motivo riceve i dati
recipients-country-label = Paese
recipients-country-choose = Scelga…
recipients-safeguard-label = Garanzia per il trasferimento al di fuori del SEE
recipients-safeguard-hint = Obbligatoria al di fuori dell'UE, dell'Islanda, del Liechtenstein e della Norvegia; all'interno di questi paesi lasci vuoto il campo.
recipients-safeguard-none = Nessuna (all'interno del SEE)
recipients-retention-label = Per quanto tempo conserva i dati
recipients-retention-hint = Facoltativo, ad es. 30 giorni dopo la cessazione del contratto
recipients-integration-label = Integrazione descritta
recipients-integration-none = Nessuna: riceve i dati di tutti i clienti
recipients-save = Salva
recipients-add = Aggiungi voce
recipients-back-to-new = Torna a una nuova voce
recipients-remove-heading = Rimuovi
recipients-remove-explained = Le copie smettono subito di menzionare il destinatario; un'integrazione descritta dalla voce resta elencata con il nome del suo host.
recipients-remove = Rimuovi la voce

## organisation.html

organisation-heading = Organizzazione
organisation-cancelled = Questo account è stato chiuso.
# { $until } e { $purge } sono date con ora.
organisation-cancelled-until = Tutti possono ancora accedere, consultare ed esportare i dati fino al giorno { $until }; il giorno { $purge } tutte le schede, gli utenti e le voci del registro di audit verranno distrutti insieme alle chiavi con cui sono stati sigillati.
organisation-slug = Nome breve (per l'accesso)
organisation-portal = Portale clienti
organisation-settings-heading = Impostazioni
organisation-name-label = Nome
organisation-contact-email-label = Email di contatto
organisation-contact-email-hint = L'indirizzo a cui Steward scrive per questioni relative all'account stesso
organisation-language-label = Lingua per i clienti
organisation-language-hint = Il portale, le email e le copie la utilizzano quando la lingua della persona non è nota
organisation-require-totp = Amministratori e proprietari devono usare l'autenticazione a due fattori
organisation-suppress-erased = Mantieni una lista di soppressione degli indirizzi cancellati (disattivandola, la lista viene svuotata)
organisation-identity-heading = Identità dell'organizzazione, per le persone presenti nelle sue schede
organisation-identity-intro = Il portale, le email alle persone e la prima pagina di ogni copia mostrano queste informazioni.
organisation-legal-name-label = Ragione sociale (se diversa dal nome)
organisation-postal-address-label = Indirizzo postale
organisation-privacy-email-label = Email per domande sulla privacy
organisation-privacy-email-hint = Viene mostrata alle persone per domande sui loro dati; in sua assenza si usa l'email di contatto
organisation-privacy-notice-label = Informativa sulla privacy (indirizzo web)
organisation-dpo-name-label = Responsabile della protezione dei dati
organisation-dpo-name-hint = Lasci vuoto se non è stato designato
organisation-dpo-contact-label = Recapito del responsabile della protezione dei dati
organisation-authority-label = Autorità di controllo
organisation-authority-hint = L'autorità a cui le persone possono proporre reclamo. Non è in elenco (ad es. l'autorità di un Land tedesco)? Non ne selezioni nessuna e indichi qui sotto il nome e l'indirizzo web.
organisation-authority-none = Nessuna selezionata
organisation-authority-name-label = Oppure un'altra autorità: nome
organisation-authority-url-label = Indirizzo web dell'autorità
organisation-automated-label = Decisioni automatizzate relative alle persone
organisation-automated-hint = Descriva ogni decisione basata unicamente sul trattamento automatizzato, compresa la profilazione (art. 22 del GDPR); lasci vuoto se non ce ne sono
organisation-accent-label = Colore di accento
organisation-accent-hint = Nel formato #rrggbb; un testo bianco su questo colore deve restare leggibile (contrasto di almeno 4,5:1)
organisation-save = Salva
organisation-logo-heading = Logo
# Il testo alternativo del logo.
organisation-logo-current = Il logo attuale
organisation-logo-replace = Sostituisci il logo
organisation-logo-upload-label = Carica un logo
organisation-logo-hint = PNG o JPEG, fino a 512 KB; viene ridimensionato per rientrare in 600 × 200 pixel
organisation-logo-upload = Carica
organisation-logo-remove = Rimuovi il logo
organisation-export-heading = Esporta tutto
organisation-export-contents = Tutti i clienti con note, cronologia dei consensi e campi personalizzati, oltre a utenti, definizioni dei campi, regola di conservazione e registro di audit, in un unico file NDJSON.
# L'ultima riga dell'esportazione, mostrata come codice, si trova tra questi due.
organisation-export-last-line-before = Il download inizia subito e viene trasmesso progressivamente; l'ultima riga,
organisation-export-last-line-after = , indica che è completo.
organisation-export-download = Scarica l'esportazione
organisation-cancel-heading = Chiudi l'account
organisation-cancel-read-only = Con la chiusura tutto diventa di sola lettura.
organisation-cancel-window = { $count ->
    [one] Tutti possono ancora accedere, consultare ed esportare i dati per { $count } giorno; poi tutti i dati vengono distrutti definitivamente.
   *[other] Tutti possono ancora accedere, consultare ed esportare i dati per { $count } giorni; poi tutti i dati vengono distrutti definitivamente.
}
organisation-cancel-emails = I proprietari ricevono un'email subito, poi 7 giorni e 1 giorno prima della distruzione dei dati.
# Il nome breve, in grassetto, si trova tra questi due.
organisation-cancel-confirm-before = Digiti il nome breve,
organisation-cancel-confirm-after = , per confermare
organisation-cancel-confirm-label = Nome breve per confermare
organisation-cancel-confirm-wrong = «{ $label }» deve essere il nome breve { $slug }, per confermare che tutte le schede saranno distrutte. Non è stato chiuso nulla.
organisation-cancel = Chiudi l'account

## notifications.html: the record in a heading, selecting, why a notice closed
notifications-record-anonymized = Scheda anonimizzata
notifications-tick = Seleziona
notifications-acknowledge-ticked = Prendi visione dei selezionati
notice-done-acknowledged = Presa visione il { $at }.
notice-done-acknowledged-by = Presa visione da { $who } il { $at }.
notice-done-reopened = Chiusa il { $at } perché la scheda è stata riaperta.
notice-done-held = Chiusa il { $at } perché la scheda è stata sottoposta a blocco legale.
notice-done-rescheduled = Chiusa il { $at } perché la data a cui si riferiva è cambiata.
notice-done-answered = Chiusa il { $at } perché la richiesta ha ricevuto risposta.
notice-done-shredded = Chiusa il { $at } perché la scheda è stata distrutta.
notice-done-anonymized = Chiusa il { $at } perché la scheda è stata anonimizzata.
notice-done-other = Chiusa il { $at }.

# One request on its own page.
title-request = Richiesta
request-back-to-queue = ← Tutte le richieste
request-reference = Riferimento
request-confirmed = Confermata dalla persona
request-extension-reason = Motivo della proroga
request-objection-to = Opposizione a
request-objection-marketing = marketing diretto
request-objection-legitimate-interests = trattamento basato su interessi legittimi
request-answered = Evasa
request-reason-told = Motivo comunicato alla persona
request-details-heading = Che cosa ha scritto la persona
request-records-heading = Schede della persona
request-record-hold = conservazione per legge
request-record-restricted = limitata
request-record-gone = Una scheda non più conservata (cancellata o anonimizzata)
request-records-none = L’indirizzo non corrisponde ad alcuna scheda: la risposta comunica alla persona che non sono conservati dati che la riguardano.
request-preview-heading = Che cosa fa la risposta
request-preview-unverified = La persona non ha ancora seguito il link inviato. Non si può rispondere finché non conferma la richiesta.
request-preview-no-data = Ora non è conservata alcuna scheda per questo indirizzo: evadere la richiesta comunica alla persona che non sono conservati dati che la riguardano.
request-preview-copy = { $count ->
    [one] Evadere la richiesta invia alla persona un link monouso per scaricare la sua scheda in questi file:
   *[other] Evadere la richiesta invia alla persona un link monouso per scaricare ciascuna delle sue { $count } schede in questi file:
}
request-preview-portability = { $count ->
    [one] Evadere la richiesta invia alla persona un link monouso per scaricare i dati che ha fornito, in questi file:
   *[other] Evadere la richiesta invia alla persona un link monouso per scaricare i dati che ha fornito in ciascuna delle sue { $count } schede, in questi file:
}
request-preview-erasure = { $count ->
    [one] Evadere la richiesta distrugge per sempre la scheda qui sopra, copie di sicurezza comprese, e lo comunica alla persona.
   *[other] Evadere la richiesta distrugge per sempre le { $count } schede qui sopra, copie di sicurezza comprese, e lo comunica alla persona.
}
request-preview-erasure-held = Una scheda qui sopra è in conservazione per legge: evadere la richiesta rifiuta la cancellazione e ne comunica il motivo alla persona.
request-preview-objection = Interrompere il trattamento limita le schede qui sopra e lo comunica alla persona. Per proseguire il trattamento, respingete la richiesta indicando i motivi legittimi cogenti; la persona li riceverà.
request-answer-heading = Rispondere
request-history-heading = Cronologia
request-step-by-person = la persona
request-step-by-system = Steward
request-step-by-other = uno strumento collegato
request-state-unverified-long = In attesa che la persona la confermi con il link inviato
request-state-open-long = In attesa della vostra risposta
request-state-fulfilling-long = In corso: le schede vengono cancellate
request-state-fulfilled-long = Evasa
request-state-rejected-long = Respinta, con il motivo comunicato alla persona
requests-filter-reference = Riferimento
requests-find-form = Trovare una richiesta dal suo riferimento
requests-find = Trova
request-preview-rectification = Esaminate le rettifiche proposte accanto ai valori attuali, accettatele o respingetele una per una con un motivo; quelle accettate sono applicate alle schede qui sopra e la persona saprà che cosa è cambiato e perché no.
request-preview-restriction = Evadere la richiesta limita le schede qui sopra — conservate ma non altrimenti utilizzate — e lo comunica alla persona; la limitazione si revoca solo da questa richiesta, dopo averla informata.
request-state-identity-long = In attesa che confermiate l’identità della persona
request-preview-identity = Confermate prima l’identità della persona (il modo resta sigillato) o rifiutate con un motivo che le sarà comunicato; un documento d’identità caricato viene cancellato in ogni caso.

# Le parole di Steward per le persone presenti nelle schede: il portale, le
# email a loro indirizzate e la loro copia dei dati. Un file per lingua, in
# locales/<tag>/; ogni messaggio del file inglese deve essere presente in
# ciascuno degli altri file.
#
# I valori passati ai messaggi sono tra { parentesi graffe }; plurali e altre
# scelte usano i selettori di Fluent. Il tono resta semplice, cortese e
# giuridicamente accurato; ci si rivolge al lettore con il Lei.

## La lingua

# Il nome della lingua nella lingua stessa, mostrato nel selettore di lingua.
language-name = Italiano
language-de = Tedesco
language-en = Inglese
language-es = Spagnolo
language-fr = Francese
language-it = Italiano
language-nl = Olandese
language-pl = Polacco

## Date, orari e numeri

# { $day } e { $year } sono numeri; { $month } è un messaggio month-N.
format-date = { $day } { $month } { $year }
format-datetime = { $date } alle ore { $time } { $zone }
format-group-separator = .
format-decimal-separator = ,
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
unit-days = { $n ->
    [one] { $n } giorno
   *[other] { $n } giorni
}
unit-hours = { $n ->
    [one] { $n } ora
   *[other] { $n } ore
}
unit-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minuti
}
unit-seconds = { $n ->
    [one] { $n } secondo
   *[other] { $n } secondi
}
yes = Sì
no = No

## Che cosa si può chiedere

kind-copy = una copia dei suoi dati personali in possesso di { $controller }
kind-erasure = cancellazione dei suoi dati personali in possesso di { $controller }
kind-withdraw_consent = revoca del suo consenso
kind-portability = i suoi dati personali in possesso di { $controller }, in file che può portare a un’altra organizzazione

## Il portale

portal-language = Lingua
portal-skip = Vai al contenuto
portal-form-title = I suoi dati
portal-form-intro = Da questa pagina può presentare a { $controller } una richiesta relativa ai dati personali che la riguardano. Per verificare che la richiesta provenga da lei, le invieremo un link di conferma al suo indirizzo email.
portal-form-closing = { $controller } sta chiudendo il proprio account su questo servizio. Tutti i dati che la riguardano saranno cancellati in data { $date }. Fino ad allora può ancora chiedere la cancellazione dei suoi dati o revocare il suo consenso; non è invece più possibile inviare copie dei dati.
portal-form-email = Il suo indirizzo email
portal-form-what = Che cosa desidera?
portal-form-kind-copy = Una copia dei miei dati (PDF e JSON)
portal-form-kind-erasure = La cancellazione dei miei dati
portal-form-kind-withdraw_consent = La revoca del mio consenso: non voglio più ricevere comunicazioni di marketing
portal-form-kind-portability = I miei dati in file da portare altrove (JSON e CSV)
portal-form-send = Invia la richiesta
portal-form-deadline = { $controller } deve rispondere a una richiesta di copia o di cancellazione entro un mese.
portal-sent-title = Controlli la sua casella email
portal-sent-text = { $hours ->
    [one] Se l'indirizzo che ha indicato può ricevere email, è in arrivo un messaggio con un link di conferma. Apra il link contenuto nel messaggio per confermare la richiesta: il link può essere utilizzato una sola volta ed è valido per un'ora.
   *[other] Se l'indirizzo che ha indicato può ricevere email, è in arrivo un messaggio con un link di conferma. Apra il link contenuto nel messaggio per confermare la richiesta: il link può essere utilizzato una sola volta ed è valido per { $hours } ore.
}
portal-sent-none = Non ha ricevuto il messaggio? Controlli la cartella della posta indesiderata (spam) oppure ripresenti la richiesta più tardi.
portal-confirm-title = Confermi la sua richiesta
portal-confirm-text = La preghiamo di confermare la sua richiesta di { $what }.
portal-confirm-button = Conferma
portal-verified-title = Richiesta confermata
portal-verified-withdrawn = Operazione completata: gli eventuali consensi che aveva prestato a { $controller } sono stati revocati. Le abbiamo inviato un'email con il riepilogo delle modifiche.
portal-verified-queued = Grazie. { $controller } ha ricevuto la sua richiesta di { $what } e le risponderà entro il giorno { $date }. Le abbiamo inviato per email il codice di riferimento della richiesta.
portal-already-title = Richiesta già confermata
portal-already-text = Questa richiesta è già stata confermata; non occorre fare altro con questo link.
portal-already-state = Stato della richiesta: { $state ->
    [identity] in attesa che { $controller } confermi la sua identità; risponderà entro il giorno { $date }.
    [open] in corso di trattazione da parte di { $controller }, che risponderà entro il giorno { $date }.
    [fulfilling] in corso di trattazione da parte di { $controller }, che risponderà entro il giorno { $date }.
    [fulfilled] conclusa. Ha già ricevuto, o riceverà a breve, un'email con la risposta.
    [rejected] respinta. Ha ricevuto un'email con la motivazione.
   *[other] ricevuta.
}
portal-download-title = La sua copia
portal-download-text = Ecco la copia dei suoi dati personali in possesso di { $controller }. Ogni file può essere scaricato una sola volta, fino al giorno { $until }.
portal-download-pdf = I suoi dati in un documento PDF
portal-download-json = I suoi dati in un file JSON (leggibile da dispositivo automatico)
portal-download-data-json = I suoi dati in un file JSON
portal-download-data-csv = I suoi dati in un file CSV (si apre in un foglio di calcolo)
portal-download-schema = La descrizione del file JSON (JSON Schema)
portal-download-record = Scheda { $n }: { $file }
portal-download-done = { $file } (già scaricato)
portal-problem-title = Si è verificato un problema
portal-problem-back = Torna al modulo di richiesta
portal-problem-link-used = Questo link è scaduto o è già stato utilizzato. Se necessario, ripresenti la richiesta.
portal-problem-download-gone = Questo link per il download è scaduto oppure tutti i file sono già stati scaricati. Per ottenere una nuova copia, presenti una nuova richiesta di copia dei suoi dati.
portal-problem-file-done = Questo file è già stato scaricato. Ogni file può essere scaricato una sola volta; per ottenere una nuova copia, presenti una nuova richiesta di copia dei suoi dati.
portal-problem-record-gone = Questa scheda non esiste più, quindi non è disponibile alcuna copia da scaricare.
portal-problem-closed = Questa richiesta è stata chiusa prima di essere confermata. Se necessario, ripresenti la richiesta.
portal-problem-closing = { $controller } sta chiudendo il proprio account su questo servizio, pertanto non è più possibile inviare copie dei dati. Può comunque chiedere la cancellazione dei suoi dati o revocare il suo consenso.
portal-problem-throttled = Sono state inviate troppe richieste da questa rete o per questo indirizzo email. La preghiamo di attendere qualche tempo e riprovare.
portal-problem-email = Inserisca un indirizzo email valido, ad esempio nome@example.com.
portal-problem-kind = Indichi che cosa desidera.
portal-problem-form = Il modulo è stato inviato da una pagina non più aggiornata. Torni indietro, ricarichi la pagina e invii di nuovo il modulo.
portal-problem-unknown = A questo indirizzo non è presente alcuna pagina di richiesta. Controlli il link che le è stato fornito.
portal-problem-other = Non è stato possibile elaborare la richiesta. La preghiamo di riprovare più tardi.
portal-identity-title = Confermi chi è
portal-identity-waiting = Prima di rispondere, { $controller } deve confermare che lei è la persona a cui si riferiscono i dati; a tal fine potrebbe contattarla.
portal-identity-upload-link = Carica un documento d'identità
portal-identity-intro = Può caricare una foto o una scansione di un documento d'identità (JPEG, PNG o PDF, al massimo 5 MB) affinché { $controller } possa confermare chi è. Può oscurare ciò che non serve a tale scopo, ad esempio il numero del documento.
portal-identity-deleted = Il documento viene cancellato non appena { $controller } ha deciso e al più tardi 14 giorni dopo il caricamento. Non fa mai parte di una copia o di un'esportazione dei suoi dati.
portal-identity-waiting-document = Il suo documento del { $date } è in attesa di esame; sarà cancellato al più tardi il { $until }.
portal-identity-received = Grazie: il suo documento è arrivato.
portal-identity-file = Il suo documento (JPEG, PNG o PDF, al massimo 5 MB)
portal-identity-send = Carica
portal-identity-replace = Un nuovo caricamento sostituisce il documento inviato in precedenza.
portal-identity-not-taken = { $controller } non accetta documenti d'identità qui; la contatterà per confermare chi è.
portal-identity-closed = Questa richiesta non è più in attesa della conferma della sua identità; non c'è nulla da caricare.
portal-problem-too-large = Il file supera i 5 MB. La preghiamo di caricare una foto o una scansione più piccola.
portal-problem-type = Il file deve essere un'immagine JPEG o PNG oppure un PDF. Non è stato conservato nulla.
portal-problem-no-file = Scelga un file da caricare.
portal-footer = { $controller } · le richieste sono gestite tramite Steward
portal-privacy-notice = Informativa sulla privacy
portal-contact = Domande sui suoi dati: { $email }

## Email alle persone che hanno presentato una richiesta

mail-greeting = Buongiorno,
mail-footer = Questo messaggio è stato inviato da Steward per conto di { $controller }.
mail-reference = Codice di riferimento: { $id }.
mail-complain = Se non è d'accordo, può proporre reclamo a un'autorità di controllo per la protezione dei dati.
mail-verify-subject = Confermi la sua richiesta a { $controller }
mail-verify-text = Qualcuno, presumibilmente lei, ha inviato a { $controller } una richiesta di { $what }, indicando questo indirizzo email.
mail-verify-action = Per confermare la richiesta, apra questo link:
mail-verify-button = Conferma la richiesta
mail-verify-until = Il link può essere utilizzato una sola volta, fino al giorno { $until }. Se non ha presentato lei questa richiesta, ignori questo messaggio: non succederà nulla.
mail-received-subject = { $controller } ha ricevuto la sua richiesta
mail-received-text = { $controller } ha ricevuto la sua richiesta di { $what }, da lei confermata. Il codice di riferimento è { $id }.
mail-received-due = Per legge { $controller } ha un mese di tempo per rispondere: riceverà una risposta entro il giorno { $date }.
mail-withdrawn-subject = Il suo consenso a { $controller }
mail-withdrawn-done = Il suo consenso è stato revocato per le seguenti finalità: { $purposes }. { $controller } non utilizzerà i suoi dati per queste finalità, marketing compreso, a meno che lei non presti nuovamente il consenso.
mail-withdrawn-nothing = { $controller } non aveva ricevuto da lei alcun consenso da revocare, quindi non è stato necessario modificare nulla. I suoi dati non saranno utilizzati per finalità di marketing, a meno che lei non presti il consenso.
mail-withdrawn-unknown = { $controller } non ha alcuna scheda cliente associata a questo indirizzo email, pertanto non dispone di alcun consenso da lei prestato che possa essere revocato.
mail-copy_ready-subject = { $controller }: la copia dei suoi dati è pronta
mail-copy_ready-text = La copia dei suoi dati personali in possesso di { $controller } è pronta: un documento PDF di facile lettura e un file JSON leggibile da dispositivo automatico.
mail-copy_ready-action = Può scaricarla qui:
mail-copy_ready-button = Scarica la copia
mail-copy_ready-until = Ogni file può essere scaricato una sola volta, fino al giorno { $until }. Se il link è scaduto, presenti una nuova richiesta di copia dalla stessa pagina.
mail-data_ready-subject = { $controller }: i suoi dati sono pronti da portare con sé
mail-data_ready-text = I dati personali che lei ha fornito a { $controller } sono pronti in file leggibili da dispositivo automatico: JSON con la sua descrizione, e CSV. Può consegnarli a un’altra organizzazione.
mail-data_ready-action = Può scaricarli qui:
mail-data_ready-button = Scarica i suoi dati
mail-data_ready-until = Ogni file può essere scaricato una sola volta, fino al giorno { $until }. Se il link è scaduto, presenti una nuova richiesta dalla stessa pagina.
mail-no_data-subject = { $controller } non detiene dati che la riguardano
mail-no_data-text = Lei ha inviato a { $controller } una richiesta di { $what }. { $controller } non ha alcuna scheda cliente associata a questo indirizzo email, pertanto non detiene dati che la riguardano.
mail-erased-subject = { $controller } ha cancellato i suoi dati
mail-erased-text = Lei ha chiesto a { $controller } di cancellare i dati personali che la riguardano. I dati sono stati cancellati: le schede sono state eliminate e sono state distrutte le chiavi che avrebbero permesso di leggerne qualsiasi copia, comprese le copie di backup.
mail-erased_partly-subject = { $controller } ha cancellato la maggior parte dei suoi dati
mail-erased_partly-text = Lei ha chiesto a { $controller } di cancellare i dati personali che la riguardano. Le sue schede sono state cancellate, ad eccezione di una o più schede che devono essere conservate perché necessarie per l'accertamento, l'esercizio o la difesa di un diritto in sede giudiziaria (art. 17, par. 3, lett. e), del GDPR); tali schede sono conservate esclusivamente per questa finalità.
mail-refused_hold-subject = { $controller } non può ancora cancellare i suoi dati
mail-refused_hold-text = Lei ha chiesto a { $controller } di cancellare i dati personali che la riguardano. Per il momento { $controller } deve conservare la sua scheda, perché è necessaria per l'accertamento, l'esercizio o la difesa di un diritto in sede giudiziaria (art. 17, par. 3, lett. e), del GDPR); non può quindi ancora cancellarla. I dati sono conservati esclusivamente per questa finalità.
mail-rejected-subject = { $controller } ha respinto la sua richiesta
mail-rejected-text = { $controller } ha respinto la sua richiesta di { $what } per il seguente motivo:
mail-rejected-remedy = Può proporre reclamo a un'autorità di controllo per la protezione dei dati oppure proporre ricorso all'autorità giudiziaria.
mail-extended-subject = { $controller } ha bisogno di più tempo per rispondere alla sua richiesta
mail-extended-text = { $controller } ha bisogno di più tempo per rispondere alla sua richiesta di { $what }, per il seguente motivo:
mail-extended-due = Riceverà una risposta entro il giorno { $date }.

## La copia (PDF e JSON)

copy-title = I suoi dati personali in possesso di { $controller }
copy-intro = Questo documento è una copia di tutti i dati personali che la riguardano contenuti nelle schede cliente di { $controller }, insieme alle informazioni sul loro trattamento a cui lei ha diritto (art. 15 del GDPR).
copy-header = Copia dei dati personali in possesso di { $controller }
copy-footer = Pagina { $page } di { $pages }
copy-subject = Copia dei dati personali che la riguardano (art. 15 del GDPR)
copy-unsupported-title = Caratteri che non è stato possibile visualizzare
copy-unsupported-text = Per questi caratteri presenti nei suoi dati non è disponibile alcun tipo di carattere; ciascuno compare nella copia come punto di codice tra parentesi quadre:
copy-controller = Titolare del trattamento
copy-contact = Contatti
copy-postal-address = Indirizzo postale
copy-dpo = Responsabile della protezione dei dati
copy-authority = Autorità di controllo
copy-customer-id = Codice cliente
copy-made-on = Data di emissione
copy-request = La sua richiesta
copy-language = Lingua
copy-overview = Questa prima parte indica chi tratta i suoi dati, per quale scopo e per quanto tempo, e quali sono i suoi diritti. Nelle pagine seguenti sono riportati i suoi dati, lo stato della sua scheda, le sue decisioni sul consenso e tutte le note che la riguardano.
copy-details = I suoi dati
copy-name = Nome
copy-name-removed = (rimosso)
copy-email = Email
copy-phone = Telefono
copy-company = Azienda
copy-address = Indirizzo
copy-field-removed = Campo non più in uso
copy-record = La sua scheda
copy-state = Stato
copy-state-active = aperta
copy-state-complete = completata
copy-state-anonymized = anonimizzata
copy-created = Data di creazione
copy-changed = Ultima modifica
copy-completed = Data di completamento
copy-kept-until = Termine di conservazione
copy-restricted = Limitazione del trattamento
copy-restricted-text = Il trattamento è limitato (art. 18 del GDPR): i dati sono conservati ma non vengono utilizzati in altro modo.
copy-held = Conservazione per motivi legali
copy-held-text = La scheda deve essere conservata per l'accertamento, l'esercizio o la difesa di un diritto in sede giudiziaria e non sarà cancellata finché tale vincolo non sarà venuto meno.
copy-reason = Motivo: { $reason }
copy-consent = Consenso
copy-consent-state = { $purpose }: { $granted ->
    [yes] consenso prestato
   *[no] consenso non prestato
}
copy-consent-decision = { $granted ->
    [yes] Prestato
   *[no] Revocato
} (base giuridica: { $basis }; registrato { $source })
copy-consent-none = Non risulta registrata alcuna decisione sul consenso.
copy-notes = { $count ->
    [one] Note (1)
   *[other] Note ({ $count })
}
copy-notes-none = Non ci sono note che la riguardano.
basis-consent = il suo consenso
basis-contract = un contratto con lei
basis-legal_obligation = un obbligo legale
basis-vital_interests = la salvaguardia di interessi vitali
basis-public_task = l'esecuzione di un compito di interesse pubblico
basis-legitimate_interests = il legittimo interesse
source-staff = dal personale
source-portal = tramite la pagina delle richieste
source-sync = da un servizio di marketing
source-import = tramite un'importazione di dati

## La copia: le informazioni richieste dall'art. 15 del GDPR

info-who = Chi detiene i suoi dati
info-who-text = I dati contenuti in questa copia sono detenuti da { $controller }, che decide per quali finalità vengono utilizzati (titolare del trattamento).
info-who-contact = Per qualsiasi domanda relativa a questa copia può contattare il titolare al seguente recapito: { $contact }.
info-why = Per quali finalità sono trattati
info-why-text = Per gestire il rapporto tra { $controller } e lei: restare in contatto, fornirle ciò che ha richiesto e conservare traccia di quanto concordato.
info-why-purposes = Con il suo consenso, o come indicato più avanti, anche per le seguenti finalità: { $purposes }.
info-what = Quali categorie di dati
info-what-text = Questa copia contiene { $categories }.
category-identity = il suo nome
category-contact = i suoi dati di contatto
category-employer = l'azienda per cui lavora
category-custom = altre informazioni registrate che la riguardano
category-notes = le note che la riguardano
category-consent = le sue decisioni sul consenso e il relativo storico
category-record = le date e lo stato della sua scheda
info-basis = Su quale base giuridica
info-basis-text = La gestione del rapporto si basa sul contratto stipulato con lei o sul legittimo interesse di { $controller } (art. 6, par. 1, lett. b) e f), del GDPR). Le attività di marketing si basano sul suo consenso (art. 6, par. 1, lett. a), del GDPR); la base giuridica di ciascuna decisione sul consenso è indicata accanto alla decisione stessa.
info-recipients = Destinatari dei dati
info-recipients-intro = { $count ->
    [one] { $controller } comunica dati che la riguardano a un destinatario, un servizio che utilizza per il marketing:
   *[other] { $controller } comunica dati che la riguardano ai seguenti destinatari, servizi che utilizza per il marketing:
}
info-recipient = { $name }, per la finalità «{ $purpose }», riceve { $receives }.
info-recipients-none = I suoi dati non vengono comunicati a nessun altro soggetto.
receives-consent = il suo indirizzo email e le sue decisioni sul consenso per tale finalità
receives-erasure = il suo indirizzo email in caso di cancellazione dei suoi dati, affinché cancelli a sua volta la propria copia
receives-record_events = l'identificativo della sua scheda quando la scheda giunge a scadenza o viene cancellata
info-retention = Per quanto tempo vengono conservati
info-retention-text = { $action ->
    [notify] La sua scheda viene conservata per { $period } dal momento in cui è contrassegnata come completata; trascorso tale periodo, { $controller } riceve un promemoria per cancellarla.
    [anonymize] La sua scheda viene conservata per { $period } dal momento in cui è contrassegnata come completata; trascorso tale periodo, viene ridotta a dati statistici anonimi.
   *[other] La sua scheda viene conservata per { $period } dal momento in cui è contrassegnata come completata; trascorso tale periodo, viene cancellata.
}
info-retention-date = Per la sua scheda, tale periodo termina il giorno { $date }.
info-retention-open = La sua scheda non è ancora completata, quindi non è stata ancora fissata alcuna data.
info-source = Da dove provengono
info-source-text = Da lei, oppure dal personale di { $controller } nel corso dei rapporti con lei.
info-rights = I suoi diritti
info-rights-text = Può chiedere a { $controller } di correggere i dati inesatti (rettifica), di cancellarli (cancellazione) o di sospenderne l'utilizzo finché una questione non sia stata chiarita (limitazione del trattamento); può inoltre opporsi al loro trattamento e, in qualsiasi momento, al trattamento a fini di marketing. Può richiedere nuovamente questa copia e chiedere di ricevere i dati in un formato leggibile da dispositivo automatico.
info-complain = Se desidera proporre reclamo
info-complain-text = Ha il diritto di proporre reclamo a un'autorità di controllo per la protezione dei dati, in particolare nel paese in cui vive o lavora oppure in quello in cui ritiene che sia avvenuta la violazione.
info-who-address = Indirizzo postale del titolare: { $address }.
info-who-dpo = Il responsabile della protezione dei dati è { $name }, che può contattare al seguente recapito: { $contact }.
info-who-notice = Informativa sulla privacy del titolare: { $url }
info-transfers = Trasferimenti fuori dall'Europa
info-transfer = { $name } ha sede al di fuori dello Spazio economico europeo (paese: { $country }). Il trasferimento avviene sulla base di { $safeguard }.
info-transfers-none = I suoi dati non vengono trasferiti al di fuori dello Spazio economico europeo.
safeguard-adequacy = una decisione della Commissione europea secondo cui il paese garantisce un livello di protezione adeguato dei dati personali (decisione di adeguatezza, art. 45 del GDPR)
safeguard-scc = clausole tipo di protezione dei dati adottate dalla Commissione europea (art. 46, par. 2, lett. c), del GDPR)
safeguard-bcr = norme vincolanti d'impresa (art. 47 del GDPR)
safeguard-derogation = una deroga prevista per situazioni specifiche (art. 49 del GDPR)
info-automated = Decisioni automatizzate
info-automated-none = { $controller } non adotta decisioni che la riguardano basate unicamente sul trattamento automatizzato, compresa la profilazione (art. 22 del GDPR).
info-automated-text = { $controller } adotta decisioni che la riguardano mediante trattamento automatizzato, come segue: { $description }
info-complain-authority = Autorità di controllo competente per { $controller }: { $authority }, { $url }
info-recipient-full = { $name } ({ $country }), per la finalità «{ $purpose }»: riceve { $receives } e conserva questi dati per { $retention }.
info-recipients-listed = { $count ->
    [one] { $controller } comunica dati che la riguardano a un destinatario:
   *[other] { $controller } comunica dati che la riguardano ai seguenti destinatari:
}
info-recipient-where = { $name } ({ $country }), per la finalità «{ $purpose }»: riceve { $receives }.

## Il registro dei destinatari, sul portale

portal-recipients-title = Destinatari dei dati personali
portal-recipients-intro = { $controller } comunica dati personali ai seguenti destinatari e fornitori di servizi:
portal-recipients-none = { $controller } non comunica dati personali a nessun altro soggetto.
portal-recipient-name = Destinatario
portal-recipient-receives = Dati ricevuti
portal-recipient-purpose = Finalità
portal-recipient-country = Paese
portal-recipient-safeguard = Garanzie per i trasferimenti fuori dall'Europa
portal-recipient-retention = Durata della conservazione
portal-recipient-in-eea = non necessarie (all'interno dello Spazio economico europeo)
portal-recipient-marketing-service = Un servizio di marketing
portal-dpo = Responsabile della protezione dei dati: { $name }, { $contact }
portal-authority = Può proporre reclamo alla seguente autorità di controllo: { $authority }, { $url }

## Paesi (codici ISO 3166-1)

country-AT = Austria
country-BE = Belgio
country-BG = Bulgaria
country-HR = Croazia
country-CY = Cipro
country-CZ = Repubblica Ceca
country-DK = Danimarca
country-EE = Estonia
country-FI = Finlandia
country-FR = Francia
country-DE = Germania
country-GR = Grecia
country-HU = Ungheria
country-IE = Irlanda
country-IT = Italia
country-LV = Lettonia
country-LT = Lituania
country-LU = Lussemburgo
country-MT = Malta
country-NL = Paesi Bassi
country-PL = Polonia
country-PT = Portogallo
country-RO = Romania
country-SK = Slovacchia
country-SI = Slovenia
country-ES = Spagna
country-SE = Svezia
country-IS = Islanda
country-LI = Liechtenstein
country-NO = Norvegia
country-GB = Regno Unito
country-CH = Svizzera
country-US = Stati Uniti
country-CA = Canada
country-AU = Australia
country-NZ = Nuova Zelanda
country-JP = Giappone
country-KR = Corea del Sud
country-IN = India
country-SG = Singapore
country-BR = Brasile
country-AR = Argentina
country-UY = Uruguay
country-IL = Israele
country-CN = Cina

# Objection requests (Art. 21).
kind-objection = la sua opposizione
portal-form-kind-objection = Oppormi: al marketing diretto o a un altro trattamento dei miei dati
portal-objection-what = A che cosa si oppone?
portal-objection-marketing = Marketing diretto: non inviarmi più marketing
portal-objection-legitimate = Un altro trattamento basato sui legittimi interessi dell'organizzazione
portal-objection-grounds = I suoi motivi (per un altro trattamento): perché si oppone
portal-verified-objected = Fatto: { $controller } non userà più i suoi dati per il marketing diretto. Le abbiamo inviato un'e-mail di conferma.
mail-objected-subject = La sua opposizione al marketing diretto di { $controller }
mail-objected-done = La sua opposizione è registrata: ogni consenso al marketing è revocato e { $controller } non userà più i suoi dati per il marketing diretto, salvo un suo nuovo consenso esplicito.
mail-processing_stopped-subject = La sua opposizione presso { $controller }
mail-processing_stopped-text = { $controller } ha esaminato la sua opposizione e ha interrotto il trattamento contestato; i suoi dati restano limitati.

# Richieste di rettifica (art. 16).
kind-rectification = la rettifica dei dati personali che { $controller } conserva su di lei
portal-form-kind-rectification = Correggere i miei dati: alcuni dati che mi riguardano sono errati
portal-rectify-what = Quali dati sono errati?
portal-rectify-intro = Inserisca il valore corretto di ogni dato che { $controller } conserva in modo errato. Lasci vuoti i dati corretti.
portal-rectify-note = Cosa dovrebbe sapere { $controller } (facoltativo)
rect-field-name = Nome
rect-field-email = Indirizzo e-mail
rect-field-phone = Numero di telefono
rect-field-address = Indirizzo postale
rect-field-company = Azienda
mail-rectified-subject = La sua richiesta di rettifica dei suoi dati presso { $controller }
mail-rectified-text = { $controller } ha deciso sulle correzioni da lei richieste.
mail-rectified-accepted = Corretto come richiesto:
mail-rectified-declined = Non corretto, e perché:
kind-restriction = la limitazione del trattamento dei tuoi dati personali da parte di { $controller }
portal-form-kind-restriction = Limitare: conservare i miei dati ma sospenderne il trattamento per ora
portal-restriction-what = Perché chiedi la limitazione?
portal-restriction-contests_accuracy = Contesto l’esattezza dei miei dati, finché viene verificata
portal-restriction-unlawful = Il trattamento è illecito, ma preferisco la limitazione alla cancellazione
portal-restriction-legal_claims = L’organizzazione non ha più bisogno dei miei dati, ma a me servono per un’azione legale
portal-restriction-objected = Mi sono opposto/a al trattamento, finché si verifica quali motivi prevalgono
portal-restriction-details = Ciò che vuoi aggiungere (facoltativo)
mail-restricted-subject = { $controller } ha limitato il trattamento dei tuoi dati
mail-restricted-text = { $controller } ha accolto la tua richiesta: i tuoi dati sono conservati ma non più trattati, salvo la conservazione, fino a nuovo avviso. Sarai informato/a prima che la limitazione venga revocata.
mail-lift_notice-subject = { $controller } revocherà la limitazione dei tuoi dati
mail-lift_notice-text = { $controller } revocherà la limitazione del trattamento dei tuoi dati che avevi chiesto, per questo motivo:
mail-lift_notice-date = La limitazione sarà revocata il { $date }. Se non sei d’accordo, contatta { $controller } prima di quella data.

# Email al personale di un'organizzazione, nella sua lingua predefinita: il
# riepilogo delle richieste degli interessati, il rapporto sulla
# conservazione, un'integrazione disattivata e le fasi della chiusura di un
# account. Le chiavi iniziano con il nome del modello a cui appartengono
# (templates/email/<nome>.subject.txt, .txt e .html).
#
# Le email in testo semplice mantengono righe brevi (al massimo circa 78
# caratteri): un messaggio usato in un modello .txt va a capo dove deve
# andare a capo l'email di testo. Nell'email HTML questi ritorni a capo sono
# solo spazi.
#
# Termini come nelle pagine per il personale: richiesta dell'interessato,
# periodo di conservazione, regola di conservazione (policy), scheda cliente,
# distruggere (shred), anonimizzare, vincolo legale (legal hold), avvisi
# (notifications), istantanea dei consensi (consent snapshot), sistema
# ricevente (receiver), registro di audit.

## requests_digest

# { $count } è il numero di richieste elencate; { $overdue } è yes quando
# per almeno una di esse il termine è scaduto.
requests-digest-subject = { $tenant }: { $count ->
    [one] { $count } richiesta dell'interessato
   *[other] { $count } richieste degli interessati
} { $overdue ->
    [yes] con termine scaduto
    [new] nuova/e
   *[other] in scadenza
}
requests-digest-title = Richieste degli interessati rivolte a { $tenant }
# L'email di testo aggiunge un punto.
requests-digest-heading = Richieste degli interessati rivolte a { $tenant } in attesa di risposta
requests-digest-overdue = Termine scaduto
requests-digest-overdue-explained = È trascorso il termine di un mese (art. 12, par. 3, del GDPR).
requests-digest-overdue-text = Termine scaduto — è trascorso il termine di un mese (art. 12, par. 3, GDPR):
# L'email di testo aggiunge i due punti.
requests-digest-received = Nuove — confermate, in attesa di risposta
requests-digest-due-soon = In scadenza entro 7 giorni
# Una richiesta nell'elenco: questo testo, poi il suo ID, una virgola e
# requests-digest-due. { $kind } è il tipo di richiesta come memorizzato:
# copy, erasure o withdraw_consent.
requests-digest-kind = { $kind ->
    [copy] Richiesta di copia dei dati
    [erasure] Richiesta di cancellazione
    [withdraw_consent] Richiesta di revoca del consenso
   *[other] Richiesta ({ $kind })
}
# { $date } è la data di scadenza.
requests-digest-due = scadenza: { $date }
# La frase è divisa attorno al link all'elenco delle richieste.
requests-digest-act-before = Può evadere o respingere ciascuna richiesta, oppure (entro il primo mese) prorogarne il termine, nella
requests-digest-act-link = pagina delle richieste
requests-digest-act-after = .
# L'email di testo, seguita dall'indirizzo dell'elenco delle richieste.
requests-digest-act-text = Può evadere o respingere ciascuna richiesta, oppure (entro il primo mese)
    prorogarne il termine, nella pagina delle richieste:
requests-digest-footer = Questo messaggio riporta solo gli identificativi delle richieste; non
    contiene mai dati personali.

## retention_digest

# { $count } è il numero di schede scadute in attesa di una decisione.
retention-digest-subject-waiting = { $tenant }: { $count ->
    [one] { $count } scheda cliente scaduta attende una sua decisione
   *[other] { $count } schede cliente scadute attendono una sua decisione
}
# Quando nulla è in attesa: le schede sono state cancellate; { $shredded } è
# yes se sono state distrutte, no se sono state anonimizzate.
retention-digest-subject-erased = { $tenant }: le schede cliente scadute sono state { $shredded ->
    [yes] distrutte
   *[other] anonimizzate
} automaticamente
retention-digest-title = Rapporto sulla conservazione per { $tenant }
# Divisa attorno al periodo di conservazione, in grassetto («90 giorni»).
retention-digest-policy-before = In base alla sua regola di conservazione, una scheda cliente viene conservata per
retention-digest-policy-after = dopo essere stata contrassegnata come completata.
retention-digest-policy-text = In base alla sua regola di conservazione, una scheda cliente viene
    conservata per { $period } dopo essere stata contrassegnata come completata.
# { $date } è la data e l'ora dell'esecuzione.
retention-digest-report-of = Rapporto generato in data { $date }.
# Dopo l'elenco delle schede di una sezione, quando elenca solo le prime;
# { $count } indica quante altre. Divisa attorno al link agli avvisi.
retention-digest-more-before = … { $count ->
    [one] e un'altra
   *[other] e altre { $count }
}: consulti
retention-digest-more-link = la pagina Avvisi
retention-digest-more-after = .
retention-digest-more-text = … { $count ->
    [one] e un'altra
   *[other] e altre { $count }
}: consulti { $url }
# In grassetto; segue retention-digest-todo.
retention-digest-todo-label = Che cosa fare:
retention-digest-todo = apra ciascuna scheda e la distrugga o la anonimizzi; la riapra
    se il cliente è di nuovo attivo, oppure applichi un vincolo legale se deve
    conservarla.
# Divisa attorno al link agli avvisi.
retention-digest-acknowledge-before = La conferma di presa visione dell'avviso
retention-digest-acknowledge-link = nella pagina Avvisi
retention-digest-acknowledge-after = interromperà i promemoria.
retention-digest-acknowledge-text = La conferma di presa visione dell'avviso all'indirizzo
    { $url } interromperà i promemoria.
# { $period } è una durata («7 giorni»).
retention-digest-remind-every = Fino ad allora riceverà un promemoria a intervalli di { $period }.
retention-digest-footer = Questo messaggio riporta solo gli identificativi delle schede; non contiene
    mai nomi di clienti né altri dati personali.
# Seguito dall'indirizzo di Steward tra parentesi.
retention-digest-contact = Lo riceve in quanto
    referente per la conservazione di { $tenant } in Steward
# L'intestazione e la spiegazione di ciascuna sezione del rapporto, per il
# codice che compone le sezioni (src/retention/digest.rs). { $count } è il
# numero di schede della sezione.
retention-digest-section-expired = { $count ->
    [one] { $count } scheda scaduta
   *[other] { $count } schede scadute
}
retention-digest-section-expired-explained = Il loro periodo di conservazione è terminato. Per ciascuna occorre una decisione.
retention-digest-section-reminded = { $count ->
    [one] { $count } scheda ancora in attesa di una decisione
   *[other] { $count } schede ancora in attesa di una decisione
}
retention-digest-section-reminded-explained = Sono scadute in precedenza e finora nessuno è intervenuto.
retention-digest-section-anonymized = { $count ->
    [one] { $count } scheda anonimizzata
   *[other] { $count } schede anonimizzate
}
retention-digest-section-anonymized-explained = Come previsto dalla sua regola, i dati personali sono stati distrutti; a fini statistici resta una struttura priva di dati personali.
retention-digest-section-shredded = { $count ->
    [one] { $count } scheda distrutta
   *[other] { $count } schede distrutte
}
retention-digest-section-shredded-explained = Come previsto dalla sua regola, queste schede sono state cancellate insieme a ogni copia, backup compresi. Resta solo una ricevuta che non identifica nessuno.

## integration_disabled

integration-disabled-subject = Steward: un'integrazione è stata disattivata perché il suo sistema ricevente non esiste più
integration-disabled-title = Integrazione disattivata
integration-disabled-heading = Un'integrazione è stata disattivata
# Divisa attorno al nome host del sistema ricevente, in grassetto e tra
# parentesi.
integration-disabled-gone-before = Il sistema ricevente di una delle sue integrazioni
integration-disabled-gone-after = ha risposto «410 Gone», cioè non desidera ricevere altri messaggi.
integration-disabled-gone-text = Il sistema ricevente di una delle sue integrazioni ({ $host }) ha risposto
    «410 Gone», cioè non desidera ricevere altri messaggi.
integration-disabled-switched-off = Steward ha disattivato
    l'integrazione, quindi il consenso al marketing non viene più sincronizzato
    con quello strumento.
# Seguito dall'ID dell'integrazione.
integration-disabled-integration = Integrazione:
# Seguito dall'indirizzo delle impostazioni dell'integrazione.
integration-disabled-fix = Se lo strumento ha cambiato indirizzo, modifichi l'indirizzo dell'integrazione e la riattivi; se non lo utilizza più, elimini l'integrazione:
integration-disabled-fix-text = Se lo strumento ha cambiato indirizzo, modifichi l'indirizzo
    dell'integrazione e la riattivi; se non lo utilizza più, elimini
    l'integrazione:
integration-disabled-waiting = Ciò che era in attesa viene conservato e inviato non appena l'integrazione
    sarà di nuovo attiva; in quel momento verrà inviata anche una nuova
    istantanea dei consensi, così che lo strumento possa aggiornarsi.
integration-disabled-footer = Inviato da Steward ({ $url }) agli amministratori della sua organizzazione.

## tenant_purge

# { $date } è una data con ora.
tenant-purge-subject-cancelled = { $tenant }: il suo account Steward è stato chiuso; esporti i suoi dati entro il giorno { $date }
tenant-purge-subject-purged = { $tenant }: i suoi dati in Steward sono stati distrutti
tenant-purge-subject-warning = { $tenant }: i suoi dati in Steward saranno distrutti il giorno { $date }
tenant-purge-cancelled = L'account Steward di { $tenant } è stato chiuso in data { $date }.
# Divisa attorno alla data (in grassetto) e al link all'esportazione:
# before, data, middle, link, after.
tenant-purge-until-before = Fino al giorno
tenant-purge-until-middle = tutti gli utenti della sua organizzazione possono ancora accedere, consultare tutti i dati (senza poter modificare nulla) e
tenant-purge-until-link = scaricare un'esportazione completa
tenant-purge-until-after = .
# Seguito dall'indirizzo dell'esportazione.
tenant-purge-until-text = Fino al giorno { $date } tutti gli utenti della
    sua organizzazione possono ancora accedere, consultare tutti i dati (senza
    poter modificare nulla) e scaricare un'esportazione completa:
tenant-purge-after-date = Dopo tale data, tutte le schede cliente, le note, i consensi, gli utenti e le
    voci del registro di audit di { $tenant } verranno distrutti insieme alle
    chiavi con cui sono stati sigillati, in modo che nessuna copia (backup
    compresi) possa più essere letta.
tenant-purge-purged = Come annunciato, tutte le schede cliente, le note, i consensi, gli utenti e
    le voci del registro di audit di { $tenant } sono stati distrutti
    in data { $date }, insieme alle chiavi con cui erano
    stati sigillati.
tenant-purge-purged-no-copy = Nessuna copia, backup compresi, potrà più essere letta.
tenant-purge-contact = Steward conserva soltanto questo indirizzo di contatto, per rispondere a
    domande sull'account, fino al giorno { $date };
    dopodiché verrà cancellato anch'esso.
# Divisa attorno alla data di distruzione, in grassetto. { $remaining } è il
# tempo che manca («tra 7 giorni»).
tenant-purge-reminder-before = Promemoria: l'account Steward di { $tenant } è stato chiuso e tutti i suoi dati verranno distrutti il giorno
tenant-purge-reminder-after = ({ $remaining }).
tenant-purge-reminder-text = Promemoria: l'account Steward di { $tenant } è stato chiuso e
    tutti i suoi dati verranno distrutti il giorno { $date }
    ({ $remaining }).
# Il link all'esportazione, poi il resto della frase.
tenant-purge-export-link = Scarichi un'esportazione completa
tenant-purge-export-after = prima di tale data.
# Seguito dall'indirizzo dell'esportazione.
tenant-purge-export-text = Scarichi un'esportazione completa prima di tale data:
tenant-purge-footer = Inviato da Steward ({ $url }) al proprietario di { $tenant }.
# Il tempo che manca alla distruzione dei dati, per il codice che fornisce
# { $remaining } (src/tenants/offboarding.rs). { $count } è un numero di
# giorni (2 o più) o di ore (da 2 a 47).
tenant-purge-remaining-days = { $count ->
    [one] tra { $count } giorno
   *[other] tra { $count } giorni
}
tenant-purge-remaining-hours = { $count ->
    [one] tra { $count } ora
   *[other] tra { $count } ore
}
tenant-purge-remaining-soon = entro un'ora

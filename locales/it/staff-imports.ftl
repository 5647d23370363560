# La procedura guidata di importazione (/customers/import): portare clienti
# da un file CSV o Excel, in quattro passi.

## Titoli e messaggi dopo un’azione

title-import = Importa clienti
title-import-check = Verifica l’importazione
title-import-running = Importazione in corso…
title-import-done = Importazione completata
title-import-ended = Importazione interrotta
flash-import-read = Il file è stato letto. Verifica dove va ogni colonna, poi importa.
flash-import-checked = Verificato di nuovo con le tue scelte.
flash-import-changed = Hai cambiato la destinazione di alcune colonne, quindi non è ancora stato importato nulla: verifica i nuovi numeri, poi importa.
flash-import-started = L’importazione è iniziata.
flash-import-cancelled = L’importazione è annullata; il suo file è eliminato.
customers-import = Importa clienti

## import_steps.html

import-steps = Passi dell’importazione
import-step-1 = Scegli un file
import-step-2 = Abbina le colonne
import-step-3 = Verifica
import-step-4 = Importa

## import.html (passo 1)

import-heading = Importa clienti
import-intro = Porta clienti da un foglio di calcolo: un file CSV o una cartella di lavoro Excel (.xlsx) con una riga di intestazione. Nulla viene salvato come cliente finché non hai verificato cosa succederà e premuto Importa.
import-file-label = File
import-file-hint = CSV o Excel (.xlsx), fino a { $mb } MB. La prima riga deve indicare i nomi delle colonne.
import-options = Opzioni del file
import-options-hint = Steward capisce da solo come è scritto il file. Cambia queste opzioni solo se nella verifica i nomi appaiono storpiati o se tutte le colonne finiscono in una sola.
import-encoding-label = Codifica dei caratteri
import-find-out = Ricava dal file
import-encoding-utf-8 = UTF-8 (la maggior parte dei programmi di oggi)
import-encoding-utf-16le = UTF-16 little-endian («Testo Unicode» di Excel)
import-encoding-utf-16be = UTF-16 big-endian
import-encoding-windows-1252 = Windows-1252 (Excel meno recente in Europa occidentale)
import-encoding-iso-8859-1 = ISO-8859-1 (Latin-1)
import-encoding-windows-1250 = Windows-1250 (Excel meno recente in Europa centrale)
import-encoding-iso-8859-2 = ISO-8859-2 (Latin-2)
import-delimiter-label = Le celle sono separate da
import-delimiter-comma = virgole
import-delimiter-semicolon = punti e virgola
import-delimiter-tab = tabulazioni
import-upload = Leggi il file
import-nothing-yet = Vuoi provare prima?
import-sample = Scarica un file di esempio (12 clienti)
import-recent-heading = Importazioni recenti
import-recent-none = Ancora nessuna importazione.
import-col-when = Iniziata
import-col-state = Stato
import-col-new = Nuovi
import-col-updated = Aggiornati
import-col-refused = Rifiutati
import-state-previewed = in attesa di importazione
import-state-running = in corso
import-state-done = completata
import-state-cancelled = annullata
import-state-failed = non riuscita

## import_run.html (passi da 2 a 4)

import-read-as-csv = Letto come file CSV in { $encoding }, celle separate da { $delimiter }.
import-read-as-xlsx = Letto come cartella di lavoro Excel (il suo primo foglio).
import-kept-until = Il file è conservato, cifrato, al più tardi fino al { $when }.
import-map-heading = Dove va ogni colonna
import-map-suggested = Steward ha proposto una destinazione per ogni colonna in base al suo nome. Cambia quelle sbagliate; le colonne impostate su «Non importare» vengono tralasciate.
import-map-chosen = Queste sono le tue scelte. Cambia ciò che vuoi, poi verifica di nuovo.
import-col-column = Colonna del tuo file
import-col-goes-to = Va in
import-suggested = proposto
import-basis-label = Base giuridica delle colonne di consenso
import-basis-hint = Registrata con ogni decisione di consenso portata dal file.
import-check-again = Verifica di nuovo
import-check-heading = Cosa farà l’importazione
import-check-intro = Tutte le { $count } righe sono state lette e verificate; non è ancora stato salvato nulla.
import-would-create = { $count ->
    [one] 1 nuovo cliente
   *[other] { $count } nuovi clienti
}
import-would-update = { $count ->
    [one] 1 aggiornamento di un cliente esistente (stessa email o telefono)
   *[other] { $count } aggiornamenti di clienti esistenti (stessa email o telefono)
}
import-would-duplicate = { $count ->
    [one] 1 riga doppia saltata (la stessa persona compare prima nel file)
   *[other] { $count } righe doppie saltate (la stessa persona compare prima nel file)
}
import-would-suppressed = { $count ->
    [one] 1 riga saltata: la persona ha chiesto la cancellazione
   *[other] { $count } righe saltate: le persone hanno chiesto la cancellazione
}
import-would-refused = { $count ->
    [one] 1 riga rifiutata (motivo sotto)
   *[other] { $count } righe rifiutate (motivi sotto)
}
import-did-create = { $count ->
    [one] 1 nuovo cliente
   *[other] { $count } nuovi clienti
}
import-did-update = { $count ->
    [one] 1 cliente aggiornato
   *[other] { $count } clienti aggiornati
}
import-did-duplicate = { $count ->
    [one] 1 riga doppia saltata
   *[other] { $count } righe doppie saltate
}
import-did-suppressed = { $count ->
    [one] 1 riga saltata: la persona ha chiesto la cancellazione
   *[other] { $count } righe saltate: le persone hanno chiesto la cancellazione
}
import-did-refused = { $count ->
    [one] 1 riga rifiutata
   *[other] { $count } righe rifiutate
}
import-refused-heading = Righe che saranno rifiutate
import-col-line = Riga
import-col-reason = Motivo
import-refused-more = { $count ->
    [one] … e 1 altra.
   *[other] … e altre { $count }.
}
import-refused-after = Dopo l’importazione potrai scaricare tutte le righe rifiutate con il loro motivo in un file CSV, correggerle e importarle di nuovo.
import-run = { $count ->
    [one] Importa 1 cliente
   *[other] Importa { $count } clienti
}
import-nothing-to-write = Con queste scelte non verrebbe importata nessuna riga.
import-cancel = Annulla l’importazione
import-running-intro = Le righe vengono salvate a gruppi. Puoi lasciare questa pagina: l’importazione continua e la ritrovi in Importa clienti.
import-progress = { $done } righe su { $total } completate
import-so-far-heading = Finora
import-refreshes = Questa pagina si aggiorna da sola ogni 2 secondi.
import-stop = Interrompi l’importazione
import-done-intro = { $count ->
    [one] Fatto: l’unica riga del file è stata elaborata.
   *[other] Fatto: tutte le { $count } righe del file sono state elaborate.
}
import-failed-why = L’importazione si è interrotta:
import-cancelled-why = L’importazione è stata annullata:
import-cancelled-by-person = L’importazione è stata annullata. Il suo file è eliminato.
import-result-heading = Risultato
import-rows-kept = { $done } righe su { $total } erano completate prima dell’interruzione; restano salvate.
import-download-refused = Scarica le righe rifiutate (CSV)
import-refused-kept-until = Ogni riga rifiutata compare con il suo numero e il motivo. Il file si può scaricare fino al { $when }.
import-refused-gone = Le righe rifiutate non sono più conservate.
import-go-to-customers = Vai ai clienti
import-another = Importa un altro file
import-start-new = Inizia una nuova importazione

## Dove può andare una colonna (gli elenchi del passo 2)

import-group-skip = Tralascia
import-group-record = Dati del cliente
import-group-fields = Campi personalizzati
import-group-consent = Consenso
import-target-ignore = Non importare
import-target-name = Nome (completo)
import-target-first_name = Nome di battesimo
import-target-last_name = Cognome
import-target-email = Email
import-target-phone = Telefono
import-target-company = Azienda
import-target-address = Indirizzo
import-target-language = Lingua preferita
import-target-note = Nota
import-target-consent = Consenso: { $purpose }
import-target-evidence = Prova per: { $purpose }
import-column-n = colonna { $n }

## Perché un abbinamento di colonne è rifiutato

import-fault-twice = «{ $column }» va già lì; scegli un’altra destinazione o «Non importare».
import-fault-evidence-alone = Una prova richiede una colonna con la decisione di consenso della stessa finalità.
import-fault-gone = Questo campo o questa finalità non esiste più; scegli un’altra destinazione.
import-fault-no-name = Nessuna colonna va al nome: scegline una per Nome, oppure per Nome di battesimo e/o Cognome.

## Perché un file o una riga è rifiutato

fault-is-larger-than-n-bytes = supera { $n1 } byte
fault-the-file-is-empty = il file è vuoto
fault-the-file-has-no-header-row = il file non ha una riga di intestazione
fault-the-header-row-does-not-end-within-n-mb = la riga di intestazione non finisce entro { $n1 } MB
fault-a-quote-may-never-be-closed = forse delle virgolette non vengono mai chiuse
fault-the-spreadsheet-has-no-worksheet = la cartella di lavoro non ha alcun foglio
fault-the-first-worksheet-of-the-spreadsheet-is-empty = il primo foglio della cartella di lavoro è vuoto
fault-the-spreadsheet-cannot-be-read = la cartella di lavoro non si può leggere
fault-it-may-be-damaged-or-not-an-xlsx-file = forse è danneggiata o non è un file XLSX
fault-the-spreadsheet-unpacks-to-more-than-n-mb = la cartella di lavoro decompressa supera { $n1 } MB
fault-save-it-as-csv-or-split-it = salvala come CSV o dividila
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-pdf = il file non è un CSV né un XLSX (sembra un PDF)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-image = il file non è un CSV né un XLSX (sembra un’immagine)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-zip-archive = il file non è un CSV né un XLSX (sembra un archivio ZIP)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-compressed-gzip-file = il file non è un CSV né un XLSX (sembra un file compresso (gzip))
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-presentation = il file non è un CSV né un XLSX (sembra una presentazione)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-text-document = il file non è un CSV né un XLSX (sembra un documento di testo)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-rich-text-rtf-document = il file non è un CSV né un XLSX (sembra un documento RTF)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-binary-data-not-text = il file non è un CSV né un XLSX (sembrano dati binari, non testo)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-excel-n-n-xls-file-or-a-password-protected-workbook = il file non è un CSV né un XLSX (sembra un file .xls di Excel { $n1 }–{ $n2 } o una cartella di lavoro protetta da password
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-opendocument-spreadsheet = il file non è un CSV né un XLSX (sembra un foglio di calcolo OpenDocument
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-web-page-html = il file non è un CSV né un XLSX (sembra una pagina web (HTML)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-xml-file = il file non è un CSV né un XLSX (sembra un file XML
fault-open-it-in-a-spreadsheet-program-and-save-it-as-xlsx-or-csv = aprilo in un foglio di calcolo e salvalo come .xlsx o CSV)
fault-save-it-as-xlsx-or-csv = salvalo come .xlsx o CSV)
fault-has-n-cells-where-the-header-has-n = ha { $n1 } celle mentre l’intestazione ne ha { $n2 }
fault-has-n-cell-where-the-header-has-n = ha { $n1 } cella mentre l’intestazione ne ha { $n2 }
fault-has-n-cells-where-the-file-has-n-columns = ha { $n1 } celle mentre il file ha { $n2 } colonne
fault-is-longer-than-steward-reads-n-mb-or-n-cells = è più lunga di quanto Steward legga ({ $n1 } MB o { $n2 } celle)
fault-a-quote-may-never-be-closed-so-the-rest-of-the-file-is-not-read = forse delle virgolette non vengono mai chiuse, quindi il resto del file non viene letto
fault-not-run-within-n-hours-of-its-upload = non avviata entro { $n1 } ore dal caricamento
fault-did-not-finish-within-n-hours-of-its-upload = non terminata entro { $n1 } ore dal caricamento
fault-an-internal-error-stopped-the-run = un errore interno ha interrotto l’importazione
fault-the-rows-done-so-far-are-kept = le righe completate finora restano salvate
fault-choose-one-of-the-encodings = scegli una delle codifiche
fault-choose-one-of-the-delimiters = scegli uno dei separatori
fault-choose-where-each-column-goes = scegli dove va ogni colonna
fault-is-neither-yes-nor-no-write-yes-or-no-ja-or-nein-oui-or-non-s-or-no-s-or-no-ja-or-nee-tak-or-nie-n-or-n-x-for-yes-or-leave-it-blank-for-no-decision = non è né sì né no (scrivi sì o no, yes o no, ja o nein, oui o non, sí o no, ja o nee, tak o nie, { $n1 } o { $n2 }, x per sì, oppure lascia vuoto per nessuna decisione)

import-group-new-field = Nuovo campo personalizzato (creato al nuovo controllo)
import-target-new-text = Nuovo campo di testo con il nome della colonna
import-target-new-number = Nuovo campo numerico con il nome della colonna
import-target-new-date = Nuovo campo data con il nome della colonna
import-target-new-bool = Nuovo campo sì/no con il nome della colonna
import-alike-heading = Righe simili a clienti che avete già
import-alike-intro = { $count ->
    [one] Una nuova riga ha il nome e l’azienda di un cliente che avete già. Viene importata come nuova scheda: confrontatele e unitele se si tratta della stessa persona.
   *[other] { $count } nuove righe hanno il nome e l’azienda di un cliente che avete già. Vengono importate come nuove schede: confrontatele e unite quelle che riguardano la stessa persona.
}
import-alike-line = Riga { $line }:
import-alike-link = cliente { $n }

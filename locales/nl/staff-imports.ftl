# De importwizard (/customers/import): klanten overnemen uit een CSV- of
# Excel-bestand, in vier stappen.

## Titels en meldingen na een actie

title-import = Klanten importeren
title-import-check = Import controleren
title-import-running = Bezig met importeren…
title-import-done = Import voltooid
title-import-ended = Import gestopt
flash-import-read = Het bestand is gelezen. Controleer waar elke kolom heen gaat en importeer dan.
flash-import-checked = Opnieuw gecontroleerd met uw keuzes.
flash-import-changed = U hebt gewijzigd waar kolommen heen gaan, dus er is nog niets geïmporteerd: controleer de nieuwe aantallen en importeer dan.
flash-import-started = De import is begonnen.
flash-import-cancelled = De import is geannuleerd; het bestand is verwijderd.
customers-import = Klanten importeren

## import_steps.html

import-steps = Stappen van de import
import-step-1 = Bestand kiezen
import-step-2 = Kolommen koppelen
import-step-3 = Controleren
import-step-4 = Importeren

## import.html (stap 1)

import-heading = Klanten importeren
import-intro = Neem klanten over uit een spreadsheet: een CSV-bestand of een Excel-werkmap (.xlsx) met een kopregel. Er wordt niets als klant opgeslagen voordat u hebt gecontroleerd wat er gaat gebeuren en op Importeren hebt geklikt.
import-file-label = Bestand
import-file-hint = CSV of Excel (.xlsx), tot { $mb } MB. De eerste regel moet de kolommen benoemen.
import-options = Bestandsopties
import-options-hint = Steward zoekt zelf uit hoe het bestand geschreven is. Wijzig dit alleen als de namen bij de controle verminkt lijken of als alle kolommen in één belanden.
import-encoding-label = Tekencodering
import-find-out = Uit het bestand afleiden
import-encoding-utf-8 = UTF-8 (de meeste programma’s van nu)
import-encoding-utf-16le = UTF-16 little-endian („Unicode-tekst” van Excel)
import-encoding-utf-16be = UTF-16 big-endian
import-encoding-windows-1252 = Windows-1252 (ouder Excel in West-Europa)
import-encoding-iso-8859-1 = ISO-8859-1 (Latin-1)
import-encoding-windows-1250 = Windows-1250 (ouder Excel in Centraal-Europa)
import-encoding-iso-8859-2 = ISO-8859-2 (Latin-2)
import-delimiter-label = Cellen zijn gescheiden door
import-delimiter-comma = komma’s
import-delimiter-semicolon = puntkomma’s
import-delimiter-tab = tabs
import-upload = Bestand lezen
import-nothing-yet = Eerst proberen?
import-sample = Een voorbeeldbestand downloaden (12 klanten)
import-recent-heading = Recente imports
import-recent-none = Nog geen imports.
import-col-when = Gestart
import-col-state = Stand
import-col-new = Nieuw
import-col-updated = Bijgewerkt
import-col-refused = Geweigerd
import-state-previewed = wacht op import
import-state-running = bezig
import-state-done = voltooid
import-state-cancelled = geannuleerd
import-state-failed = mislukt

## import_run.html (stappen 2 tot 4)

import-read-as-csv = Gelezen als CSV-bestand in { $encoding }, cellen gescheiden door { $delimiter }.
import-read-as-xlsx = Gelezen als Excel-werkmap (het eerste blad).
import-kept-until = Het bestand wordt versleuteld bewaard, uiterlijk tot { $when }.
import-map-heading = Waar elke kolom heen gaat
import-map-suggested = Steward heeft voor elke kolom een plek voorgesteld op basis van de naam. Wijzig wat niet klopt; kolommen op „Niet importeren” worden overgeslagen.
import-map-chosen = Dit zijn uw keuzes. Wijzig wat u wilt en controleer opnieuw.
import-col-column = Kolom in uw bestand
import-col-goes-to = Gaat naar
import-suggested = voorgesteld
import-basis-label = Rechtsgrond voor de toestemmingskolommen
import-basis-hint = Vastgelegd bij elke toestemmingsbeslissing uit het bestand.
import-check-again = Opnieuw controleren
import-check-heading = Wat de import gaat doen
import-check-intro = Alle { $count } regels zijn gelezen en gecontroleerd; er is nog niets opgeslagen.
import-would-create = { $count ->
    [one] 1 nieuwe klant
   *[other] { $count } nieuwe klanten
}
import-would-update = { $count ->
    [one] 1 bijwerking van een bestaande klant (zelfde e-mail of telefoon)
   *[other] { $count } bijwerkingen van bestaande klanten (zelfde e-mail of telefoon)
}
import-would-duplicate = { $count ->
    [one] 1 dubbele regel overgeslagen (dezelfde persoon staat eerder in het bestand)
   *[other] { $count } dubbele regels overgeslagen (dezelfde persoon staat eerder in het bestand)
}
import-would-suppressed = { $count ->
    [one] 1 regel overgeslagen: de persoon heeft om wissing gevraagd
   *[other] { $count } regels overgeslagen: de personen hebben om wissing gevraagd
}
import-would-refused = { $count ->
    [one] 1 regel geweigerd (reden hieronder)
   *[other] { $count } regels geweigerd (redenen hieronder)
}
import-did-create = { $count ->
    [one] 1 nieuwe klant
   *[other] { $count } nieuwe klanten
}
import-did-update = { $count ->
    [one] 1 klant bijgewerkt
   *[other] { $count } klanten bijgewerkt
}
import-did-duplicate = { $count ->
    [one] 1 dubbele regel overgeslagen
   *[other] { $count } dubbele regels overgeslagen
}
import-did-suppressed = { $count ->
    [one] 1 regel overgeslagen: de persoon heeft om wissing gevraagd
   *[other] { $count } regels overgeslagen: de personen hebben om wissing gevraagd
}
import-did-refused = { $count ->
    [one] 1 regel geweigerd
   *[other] { $count } regels geweigerd
}
import-refused-heading = Regels die geweigerd worden
import-col-line = Regel
import-col-reason = Reden
import-refused-more = { $count ->
    [one] … en nog 1.
   *[other] … en nog { $count }.
}
import-refused-after = Na de import kunt u alle geweigerde regels met hun reden als CSV-bestand downloaden, verbeteren en opnieuw importeren.
import-run = { $count ->
    [one] 1 klant importeren
   *[other] { $count } klanten importeren
}
import-nothing-to-write = Met deze keuzes zou geen enkele regel worden geïmporteerd.
import-cancel = Import annuleren
import-running-intro = De regels worden in porties opgeslagen. U kunt deze pagina verlaten: de import gaat door en u vindt hem terug onder Klanten importeren.
import-progress = { $done } van { $total } regels klaar
import-so-far-heading = Tot nu toe
import-refreshes = Deze pagina ververst zichzelf elke 2 seconden.
import-stop = Import stoppen
import-done-intro = { $count ->
    [one] Klaar: de enige regel van het bestand is verwerkt.
   *[other] Klaar: alle { $count } regels van het bestand zijn verwerkt.
}
import-failed-why = De import is gestopt:
import-cancelled-why = De import is geannuleerd:
import-cancelled-by-person = De import is geannuleerd. Het bestand is verwijderd.
import-result-heading = Resultaat
import-rows-kept = { $done } van { $total } regels waren klaar voordat hij stopte; die blijven bewaard.
import-download-refused = Geweigerde regels downloaden (CSV)
import-refused-kept-until = Elke geweigerde regel staat erin met zijn regelnummer en de reden. Het bestand kan tot { $when } worden gedownload.
import-refused-gone = De geweigerde regels worden niet meer bewaard.
import-go-to-customers = Naar de klanten
import-another = Nog een bestand importeren
import-start-new = Een nieuwe import beginnen

## Waar een kolom heen kan (de lijsten van stap 2)

import-group-skip = Overslaan
import-group-record = Klantgegevens
import-group-fields = Eigen velden
import-group-consent = Toestemming
import-target-ignore = Niet importeren
import-target-name = Naam (volledig)
import-target-first_name = Voornaam
import-target-last_name = Achternaam
import-target-email = E-mail
import-target-phone = Telefoon
import-target-company = Bedrijf
import-target-address = Adres
import-target-language = Voorkeurstaal
import-target-note = Notitie
import-target-consent = Toestemming: { $purpose }
import-target-evidence = Bewijs voor: { $purpose }
import-column-n = kolom { $n }

## Waarom een koppeling van kolommen geweigerd wordt

import-fault-twice = „{ $column }” gaat daar al heen; kies een andere plek of „Niet importeren”.
import-fault-evidence-alone = Bewijs heeft een kolom nodig met de toestemmingsbeslissing voor hetzelfde doel.
import-fault-gone = Dit veld of doel bestaat niet meer; kies een andere plek.
import-fault-no-name = Geen kolom gaat naar de naam: kies er een voor Naam, of voor Voornaam en/of Achternaam.

## Waarom een bestand of regel geweigerd wordt

fault-is-larger-than-n-bytes = is groter dan { $n1 } bytes
fault-the-file-is-empty = het bestand is leeg
fault-the-file-has-no-header-row = het bestand heeft geen kopregel
fault-the-header-row-does-not-end-within-n-mb = de kopregel eindigt niet binnen { $n1 } MB
fault-a-quote-may-never-be-closed = misschien wordt een aanhalingsteken nooit gesloten
fault-the-spreadsheet-has-no-worksheet = de werkmap heeft geen werkblad
fault-the-first-worksheet-of-the-spreadsheet-is-empty = het eerste werkblad van de werkmap is leeg
fault-the-spreadsheet-cannot-be-read = de werkmap kan niet worden gelezen
fault-it-may-be-damaged-or-not-an-xlsx-file = misschien is hij beschadigd of geen XLSX-bestand
fault-the-spreadsheet-unpacks-to-more-than-n-mb = de werkmap is uitgepakt groter dan { $n1 } MB
fault-save-it-as-csv-or-split-it = sla hem op als CSV of splits hem
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-pdf = het bestand is geen CSV- of XLSX-bestand (het lijkt een pdf)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-image = het bestand is geen CSV- of XLSX-bestand (het lijkt een afbeelding)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-zip-archive = het bestand is geen CSV- of XLSX-bestand (het lijkt een ZIP-archief)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-compressed-gzip-file = het bestand is geen CSV- of XLSX-bestand (het lijkt een gecomprimeerd (gzip-)bestand)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-presentation = het bestand is geen CSV- of XLSX-bestand (het lijkt een presentatie)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-text-document = het bestand is geen CSV- of XLSX-bestand (het lijkt een tekstdocument)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-rich-text-rtf-document = het bestand is geen CSV- of XLSX-bestand (het lijkt een RTF-document)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-binary-data-not-text = het bestand is geen CSV- of XLSX-bestand (het lijken binaire gegevens, geen tekst)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-excel-n-n-xls-file-or-a-password-protected-workbook = het bestand is geen CSV- of XLSX-bestand (het lijkt een .xls-bestand van Excel { $n1 }–{ $n2 } of een met een wachtwoord beveiligde werkmap
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-opendocument-spreadsheet = het bestand is geen CSV- of XLSX-bestand (het lijkt een OpenDocument-spreadsheet
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-web-page-html = het bestand is geen CSV- of XLSX-bestand (het lijkt een webpagina (HTML)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-xml-file = het bestand is geen CSV- of XLSX-bestand (het lijkt een XML-bestand
fault-open-it-in-a-spreadsheet-program-and-save-it-as-xlsx-or-csv = open het in een spreadsheetprogramma en sla het op als .xlsx of CSV)
fault-save-it-as-xlsx-or-csv = sla het op als .xlsx of CSV)
fault-has-n-cells-where-the-header-has-n = heeft { $n1 } cellen terwijl de kopregel er { $n2 } heeft
fault-has-n-cell-where-the-header-has-n = heeft { $n1 } cel terwijl de kopregel er { $n2 } heeft
fault-has-n-cells-where-the-file-has-n-columns = heeft { $n1 } cellen terwijl het bestand { $n2 } kolommen heeft
fault-is-longer-than-steward-reads-n-mb-or-n-cells = is langer dan Steward leest ({ $n1 } MB of { $n2 } cellen)
fault-a-quote-may-never-be-closed-so-the-rest-of-the-file-is-not-read = misschien wordt een aanhalingsteken nooit gesloten, dus de rest van het bestand wordt niet gelezen
fault-not-run-within-n-hours-of-its-upload = niet gestart binnen { $n1 } uur na het uploaden
fault-did-not-finish-within-n-hours-of-its-upload = niet klaar binnen { $n1 } uur na het uploaden
fault-an-internal-error-stopped-the-run = een interne fout heeft de import gestopt
fault-the-rows-done-so-far-are-kept = de tot nu toe verwerkte regels blijven bewaard
fault-choose-one-of-the-encodings = kies een van de coderingen
fault-choose-one-of-the-delimiters = kies een van de scheidingstekens
fault-choose-where-each-column-goes = kies waar elke kolom heen gaat
fault-is-neither-yes-nor-no-write-yes-or-no-ja-or-nein-oui-or-non-s-or-no-s-or-no-ja-or-nee-tak-or-nie-n-or-n-x-for-yes-or-leave-it-blank-for-no-decision = is ja noch nee (schrijf ja of nee, yes of no, ja of nein, oui of non, sí of no, sì of no, tak of nie, { $n1 } of { $n2 }, x voor ja, of laat het leeg voor geen beslissing)

import-group-new-field = Nieuw eigen veld (aangemaakt bij opnieuw controleren)
import-target-new-text = Nieuw tekstveld met de naam van de kolom
import-target-new-number = Nieuw getalveld met de naam van de kolom
import-target-new-date = Nieuw datumveld met de naam van de kolom
import-target-new-bool = Nieuw ja/nee-veld met de naam van de kolom
import-alike-heading = Rijen die lijken op klanten die u al hebt
import-alike-intro = { $count ->
    [one] Eén nieuwe rij heeft de naam en het bedrijf van een klant die u al hebt. Die wordt als nieuw dossier geïmporteerd: vergelijk beide en voeg ze samen als het dezelfde persoon is.
   *[other] { $count } nieuwe rijen hebben de naam en het bedrijf van een klant die u al hebt. Ze worden als nieuwe dossiers geïmporteerd: vergelijk ze en voeg samen wat dezelfde persoon is.
}
import-alike-line = Regel { $line }:
import-alike-link = klant { $n }

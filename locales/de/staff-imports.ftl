# Der Import-Assistent (/customers/import): Kunden aus einer CSV- oder
# Excel-Datei übernehmen, in vier Schritten.

## Titel und Meldungen nach einer Aktion

title-import = Kunden importieren
title-import-check = Import prüfen
title-import-running = Wird importiert …
title-import-done = Import abgeschlossen
title-import-ended = Import beendet
flash-import-read = Die Datei ist gelesen. Prüfen Sie, wohin jede Spalte gehört, und importieren Sie dann.
flash-import-checked = Mit Ihrer Auswahl erneut geprüft.
flash-import-changed = Sie haben die Zuordnung geändert, daher wurde noch nichts importiert: Prüfen Sie die neuen Zahlen und importieren Sie dann.
flash-import-started = Der Import läuft.
flash-import-cancelled = Der Import ist abgebrochen; seine Datei ist gelöscht.
customers-import = Kunden importieren

## import_steps.html

import-steps = Schritte des Imports
import-step-1 = Datei wählen
import-step-2 = Spalten zuordnen
import-step-3 = Prüfen
import-step-4 = Importieren

## import.html (Schritt 1)

import-heading = Kunden importieren
import-intro = Übernehmen Sie Kunden aus einer Tabelle: einer CSV-Datei oder einer Excel-Arbeitsmappe (.xlsx) mit Kopfzeile. Nichts wird als Kunde gespeichert, bevor Sie geprüft haben, was geschehen wird, und auf Importieren geklickt haben.
import-file-label = Datei
import-file-hint = CSV oder Excel (.xlsx), höchstens { $mb } MB. Die erste Zeile muss die Spalten benennen.
import-options = Dateioptionen
import-options-hint = Steward erkennt selbst, wie die Datei geschrieben ist. Ändern Sie dies nur, wenn die Namen bei der Prüfung verstümmelt aussehen oder alle Spalten in einer landen.
import-encoding-label = Zeichenkodierung
import-find-out = Aus der Datei erkennen
import-encoding-utf-8 = UTF-8 (heute die meisten Programme)
import-encoding-utf-16le = UTF-16 Little Endian (Excels „Unicode-Text“)
import-encoding-utf-16be = UTF-16 Big Endian
import-encoding-windows-1252 = Windows-1252 (älteres Excel in Westeuropa)
import-encoding-iso-8859-1 = ISO-8859-1 (Latin-1)
import-encoding-windows-1250 = Windows-1250 (älteres Excel in Mitteleuropa)
import-encoding-iso-8859-2 = ISO-8859-2 (Latin-2)
import-delimiter-label = Zellen sind getrennt durch
import-delimiter-comma = Kommas
import-delimiter-semicolon = Semikolons
import-delimiter-tab = Tabulatoren
import-upload = Datei lesen
import-nothing-yet = Erst einmal ausprobieren?
import-sample = Beispieldatei herunterladen (12 Kunden)
import-recent-heading = Letzte Importe
import-recent-none = Noch keine Importe.
import-col-when = Begonnen
import-col-state = Stand
import-col-new = Neu
import-col-updated = Aktualisiert
import-col-refused = Abgelehnt
import-state-previewed = wartet auf den Import
import-state-running = wird importiert
import-state-done = abgeschlossen
import-state-cancelled = abgebrochen
import-state-failed = fehlgeschlagen

## import_run.html (Schritte 2 bis 4)

import-read-as-csv = Gelesen als CSV-Datei in { $encoding }, Zellen getrennt durch { $delimiter }.
import-read-as-xlsx = Gelesen als Excel-Arbeitsmappe (ihr erstes Blatt).
import-kept-until = Die Datei wird verschlüsselt aufbewahrt, längstens bis { $when }.
import-map-heading = Wohin jede Spalte gehört
import-map-suggested = Steward hat für jede Spalte anhand ihres Namens einen Platz vorgeschlagen. Ändern Sie, was nicht stimmt; Spalten mit „Nicht importieren“ werden ausgelassen.
import-map-chosen = Das ist Ihre Auswahl. Ändern Sie, was Sie möchten, und prüfen Sie erneut.
import-col-column = Spalte in Ihrer Datei
import-col-goes-to = Gehört zu
import-suggested = vorgeschlagen
import-basis-label = Rechtsgrundlage für die Einwilligungsspalten
import-basis-hint = Wird mit jeder Einwilligungsentscheidung aus der Datei gespeichert.
import-check-again = Erneut prüfen
import-check-heading = Was der Import tun wird
import-check-intro = Alle { $count } Zeilen wurden gelesen und geprüft; noch ist nichts gespeichert.
import-would-create = { $count ->
    [one] 1 neuer Kunde
   *[other] { $count } neue Kunden
}
import-would-update = { $count ->
    [one] 1 Aktualisierung eines vorhandenen Kunden (gleiche E-Mail oder Telefonnummer)
   *[other] { $count } Aktualisierungen vorhandener Kunden (gleiche E-Mail oder Telefonnummer)
}
import-would-duplicate = { $count ->
    [one] 1 doppelte Zeile übersprungen (dieselbe Person steht weiter oben in der Datei)
   *[other] { $count } doppelte Zeilen übersprungen (dieselbe Person steht weiter oben in der Datei)
}
import-would-suppressed = { $count ->
    [one] 1 Zeile übersprungen: Die Person hat ihre Löschung verlangt
   *[other] { $count } Zeilen übersprungen: Die Personen haben ihre Löschung verlangt
}
import-would-refused = { $count ->
    [one] 1 Zeile abgelehnt (Grund siehe unten)
   *[other] { $count } Zeilen abgelehnt (Gründe siehe unten)
}
import-did-create = { $count ->
    [one] 1 neuer Kunde
   *[other] { $count } neue Kunden
}
import-did-update = { $count ->
    [one] 1 Kunde aktualisiert
   *[other] { $count } Kunden aktualisiert
}
import-did-duplicate = { $count ->
    [one] 1 doppelte Zeile übersprungen
   *[other] { $count } doppelte Zeilen übersprungen
}
import-did-suppressed = { $count ->
    [one] 1 Zeile übersprungen: Die Person hat ihre Löschung verlangt
   *[other] { $count } Zeilen übersprungen: Die Personen haben ihre Löschung verlangt
}
import-did-refused = { $count ->
    [one] 1 Zeile abgelehnt
   *[other] { $count } Zeilen abgelehnt
}
import-refused-heading = Zeilen, die abgelehnt werden
import-col-line = Zeile
import-col-reason = Grund
import-refused-more = { $count ->
    [one] … und 1 weitere.
   *[other] … und { $count } weitere.
}
import-refused-after = Nach dem Import können Sie alle abgelehnten Zeilen mit ihrem Grund als CSV-Datei herunterladen, korrigieren und erneut importieren.
import-run = { $count ->
    [one] 1 Kunden importieren
   *[other] { $count } Kunden importieren
}
import-nothing-to-write = Mit dieser Auswahl würde keine Zeile importiert.
import-cancel = Import abbrechen
import-running-intro = Die Zeilen werden in Stapeln gespeichert. Sie können diese Seite verlassen: Der Import läuft weiter, und Sie finden ihn unter Kunden importieren wieder.
import-progress = { $done } von { $total } Zeilen erledigt
import-so-far-heading = Bisher
import-refreshes = Diese Seite aktualisiert sich alle 2 Sekunden selbst.
import-stop = Import anhalten
import-done-intro = { $count ->
    [one] Fertig: Die eine Zeile der Datei ist verarbeitet.
   *[other] Fertig: Alle { $count } Zeilen der Datei sind verarbeitet.
}
import-failed-why = Der Import wurde angehalten:
import-cancelled-why = Der Import wurde abgebrochen:
import-cancelled-by-person = Der Import wurde abgebrochen. Seine Datei ist gelöscht.
import-result-heading = Ergebnis
import-rows-kept = { $done } von { $total } Zeilen waren erledigt, bevor er endete; sie bleiben erhalten.
import-download-refused = Abgelehnte Zeilen herunterladen (CSV)
import-refused-kept-until = Jede abgelehnte Zeile steht mit ihrer Zeilennummer und dem Grund darin. Die Datei kann bis { $when } heruntergeladen werden.
import-refused-gone = Die abgelehnten Zeilen werden nicht mehr aufbewahrt.
import-go-to-customers = Zu den Kunden
import-another = Eine weitere Datei importieren
import-start-new = Neuen Import beginnen

## Wohin eine Spalte gehören kann (die Listen in Schritt 2)

import-group-skip = Auslassen
import-group-record = Kundendaten
import-group-fields = Eigene Felder
import-group-consent = Einwilligung
import-target-ignore = Nicht importieren
import-target-name = Name (vollständig)
import-target-first_name = Vorname
import-target-last_name = Nachname
import-target-email = E-Mail
import-target-phone = Telefon
import-target-company = Firma
import-target-address = Anschrift
import-target-language = Bevorzugte Sprache
import-target-note = Notiz
import-target-consent = Einwilligung: { $purpose }
import-target-evidence = Nachweis für: { $purpose }
import-column-n = Spalte { $n }

## Warum eine Zuordnung abgelehnt wird

import-fault-twice = „{ $column }“ gehört schon dorthin; wählen Sie einen anderen Platz oder „Nicht importieren“.
import-fault-evidence-alone = Ein Nachweis braucht eine Spalte mit der Einwilligungsentscheidung desselben Zwecks.
import-fault-gone = Dieses Feld oder dieser Zweck existiert nicht mehr; wählen Sie einen anderen Platz.
import-fault-no-name = Keine Spalte gehört zum Namen: Wählen Sie eine für Name oder für Vorname und/oder Nachname.

## Warum eine Datei oder Zeile abgelehnt wird

fault-is-larger-than-n-bytes = ist größer als { $n1 } Bytes
fault-the-file-is-empty = die Datei ist leer
fault-the-file-has-no-header-row = die Datei hat keine Kopfzeile
fault-the-header-row-does-not-end-within-n-mb = die Kopfzeile endet nicht innerhalb von { $n1 } MB
fault-a-quote-may-never-be-closed = vielleicht wird ein Anführungszeichen nie geschlossen
fault-the-spreadsheet-has-no-worksheet = die Arbeitsmappe hat kein Tabellenblatt
fault-the-first-worksheet-of-the-spreadsheet-is-empty = das erste Tabellenblatt der Arbeitsmappe ist leer
fault-the-spreadsheet-cannot-be-read = die Arbeitsmappe kann nicht gelesen werden
fault-it-may-be-damaged-or-not-an-xlsx-file = sie ist vielleicht beschädigt oder keine XLSX-Datei
fault-the-spreadsheet-unpacks-to-more-than-n-mb = die Arbeitsmappe wird entpackt größer als { $n1 } MB
fault-save-it-as-csv-or-split-it = speichern Sie sie als CSV oder teilen Sie sie auf
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-pdf = die Datei ist keine CSV- oder XLSX-Datei (sie sieht aus wie ein PDF)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-image = die Datei ist keine CSV- oder XLSX-Datei (sie sieht aus wie ein Bild)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-zip-archive = die Datei ist keine CSV- oder XLSX-Datei (sie sieht aus wie ein ZIP-Archiv)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-compressed-gzip-file = die Datei ist keine CSV- oder XLSX-Datei (sie sieht aus wie eine komprimierte (gzip-)Datei)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-presentation = die Datei ist keine CSV- oder XLSX-Datei (sie sieht aus wie eine Präsentation)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-text-document = die Datei ist keine CSV- oder XLSX-Datei (sie sieht aus wie ein Textdokument)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-rich-text-rtf-document = die Datei ist keine CSV- oder XLSX-Datei (sie sieht aus wie ein RTF-Dokument)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-binary-data-not-text = die Datei ist keine CSV- oder XLSX-Datei (sie sieht aus wie Binärdaten, nicht wie Text)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-excel-n-n-xls-file-or-a-password-protected-workbook = die Datei ist keine CSV- oder XLSX-Datei (sie sieht aus wie eine .xls-Datei aus Excel { $n1 }–{ $n2 } oder eine passwortgeschützte Arbeitsmappe
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-opendocument-spreadsheet = die Datei ist keine CSV- oder XLSX-Datei (sie sieht aus wie eine OpenDocument-Tabelle
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-web-page-html = die Datei ist keine CSV- oder XLSX-Datei (sie sieht aus wie eine Webseite (HTML)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-xml-file = die Datei ist keine CSV- oder XLSX-Datei (sie sieht aus wie eine XML-Datei
fault-open-it-in-a-spreadsheet-program-and-save-it-as-xlsx-or-csv = öffnen Sie sie in einer Tabellenkalkulation und speichern Sie sie als .xlsx oder CSV)
fault-save-it-as-xlsx-or-csv = speichern Sie sie als .xlsx oder CSV)
fault-has-n-cells-where-the-header-has-n = hat { $n1 } Zellen, die Kopfzeile aber { $n2 }
fault-has-n-cell-where-the-header-has-n = hat { $n1 } Zelle, die Kopfzeile aber { $n2 }
fault-has-n-cells-where-the-file-has-n-columns = hat { $n1 } Zellen, die Datei aber { $n2 } Spalten
fault-is-longer-than-steward-reads-n-mb-or-n-cells = ist länger, als Steward liest ({ $n1 } MB oder { $n2 } Zellen)
fault-a-quote-may-never-be-closed-so-the-rest-of-the-file-is-not-read = vielleicht wird ein Anführungszeichen nie geschlossen, daher wird der Rest der Datei nicht gelesen
fault-not-run-within-n-hours-of-its-upload = nicht innerhalb von { $n1 } Stunden nach dem Hochladen gestartet
fault-did-not-finish-within-n-hours-of-its-upload = nicht innerhalb von { $n1 } Stunden nach dem Hochladen fertig geworden
fault-an-internal-error-stopped-the-run = ein interner Fehler hat den Import angehalten
fault-the-rows-done-so-far-are-kept = die bisher erledigten Zeilen bleiben erhalten
fault-choose-one-of-the-encodings = wählen Sie eine der Kodierungen
fault-choose-one-of-the-delimiters = wählen Sie eines der Trennzeichen
fault-choose-where-each-column-goes = wählen Sie, wohin jede Spalte gehört
fault-is-neither-yes-nor-no-write-yes-or-no-ja-or-nein-oui-or-non-s-or-no-s-or-no-ja-or-nee-tak-or-nie-n-or-n-x-for-yes-or-leave-it-blank-for-no-decision = ist weder Ja noch Nein (schreiben Sie ja oder nein, yes oder no, oui oder non, sí oder no, sì oder no, ja oder nee, tak oder nie, { $n1 } oder { $n2 }, x für ja, oder lassen Sie das Feld leer für keine Entscheidung)

import-group-new-field = Neues eigenes Feld (wird beim erneuten Prüfen angelegt)
import-target-new-text = Neues Textfeld mit dem Namen der Spalte
import-target-new-number = Neues Zahlenfeld mit dem Namen der Spalte
import-target-new-date = Neues Datumsfeld mit dem Namen der Spalte
import-target-new-bool = Neues Ja/Nein-Feld mit dem Namen der Spalte
import-alike-heading = Zeilen, die bestehenden Kunden gleichen
import-alike-intro = { $count ->
    [one] Eine neue Zeile hat den Namen und die Firma eines Kunden, den Sie schon haben. Sie wird als neuer Datensatz importiert: Vergleichen Sie beide und führen Sie sie zusammen, wenn es dieselbe Person ist.
   *[other] { $count } neue Zeilen haben den Namen und die Firma eines Kunden, den Sie schon haben. Sie werden als neue Datensätze importiert: Vergleichen Sie sie und führen Sie zusammen, was dieselbe Person ist.
}
import-alike-line = Zeile { $line }:
import-alike-link = Kunde { $n }

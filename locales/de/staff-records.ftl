# Die Mitarbeiterseiten zu Kundendatensätzen: die Liste, ein Datensatz, sein
# Formular und das Löschen eines Datensatzes oder der in der Liste
# ausgewählten Datensätze.
#
# „Shred“ heißt hier „vernichten“ (der Schlüssel des Datensatzes wird
# zerstört), „anonymize“ „anonymisieren“; beides ist eine Löschung. „Legal
# hold“ ist wie in der Kopie die „Löschsperre“.

## customers.html

customers-heading = Kunden
customers-new = Neuer Kunde
customers-search-label = Suche
customers-search-form = Kunden suchen und filtern
customers-search-expired = Diese Suche ist abgelaufen: Suchen gelten einige Stunden, enden mit der Abmeldung und gehören der Person, die sie gestartet hat. Suchen Sie unten erneut.
customers-search-hint = Eine E-Mail-Adresse, eine Telefonnummer oder die Anfänge der Wörter eines Namens oder einer Firma (auf Chinesisch, Japanisch, Koreanisch oder Thai genügt ein Zeichen)
customers-show = Anzeigen
customers-search-button = Suchen
# Danach folgt ein Link, der die Suche zurücksetzt.
customers-search-showing = Angezeigt werden die Datensätze, die zu Ihrer Suche passen.
customers-search-clear = Suche zurücksetzen
customers-caption = Kundendatensätze
customers-col-tick = Zum Löschen auswählen
customers-col-name = Name
customers-col-email = E-Mail
customers-col-company = Unternehmen
customers-col-state = Status
customers-col-expires = Ablaufdatum
# Beschriftung des Kontrollkästchens einer Zeile, für Screenreader.
customers-tick = { $name } zum Löschen auswählen
customers-badge-restricted = eingeschränkt
customers-badge-hold = Löschsperre
customers-erase-ticked = Ausgewählte Datensätze löschen…
customers-none-match = Keine passenden Datensätze.
customers-none-yet = Noch keine Datensätze.
customers-next-page = Nächste Seite
customers-filter-form = Liste filtern und sortieren
customers-filter-within = Läuft ab innerhalb von (Tagen)
customers-filter-within-hint = Bei „läuft bald ab“: wie viele Tage im Voraus; leer für den üblichen Wert
customers-filter-consent = Einwilligung erteilt für
customers-filter-any = Alle
customers-filter-true = Ja
customers-filter-false = Nein
customers-filter-only = Nur Datensätze
customers-filter-restricted = mit eingeschränkter Verarbeitung
customers-filter-hold = mit Löschsperre
customers-filter-request = mit offener Betroffenenanfrage
customers-filter-button = Anwenden
customers-filter-clear = Filter zurücksetzen
customers-sort = Sortieren nach
customers-sort-added = Reihenfolge der Erfassung
customers-sort-newest = Neueste zuerst
customers-sort-name = Name, A bis Z
customers-sort-name-desc = Name, Z bis A
customers-sort-updated-desc = Zuletzt geändert zuerst
customers-sort-updated = Am längsten unverändert zuerst
customers-sort-state = Status
customers-sort-state-desc = Status, umgekehrt
customers-sort-expires = Aufbewahrung endet, früheste zuerst
customers-sort-expires-desc = Aufbewahrung endet, späteste zuerst
customers-total = { $count ->
    [one] { $shown } Datensatz
   *[other] { $shown } Datensätze
}
customers-total-about = etwa { $shown } Datensätze
customers-pages = Seiten
customers-prev-page = Vorherige Seite
customers-page-n = Seite { $n }

## customer.html

customer-badge-expired = abgelaufen
customer-badge-restricted = Verarbeitung eingeschränkt
customer-badge-hold = Löschsperre
customer-details = Angaben
customer-email = E-Mail
customer-phone = Telefon
customer-company = Unternehmen
customer-address = Anschrift
customer-language = Bevorzugte Sprache
customer-language-default = Standardsprache der Organisation
customer-created = Angelegt
customer-completed = Abgeschlossen
customer-expires = Ablaufdatum
customer-restriction-reason = Grund der Einschränkung
customer-hold-reason = Grund der Löschsperre
customer-edit = Bearbeiten
customer-actions = Aktionen
customer-complete = Als abgeschlossen markieren
customer-reopen = Wieder öffnen
customer-download-pdf = Kopie als PDF herunterladen
customer-download-json = Export als JSON herunterladen
customer-erase = Vernichten oder anonymisieren…
customer-restriction-lift-summary = Einschränkung aufheben
customer-restriction-set-summary = Verarbeitung einschränken (Art. 18 DSGVO)
# Beschriftung des Feldes für den Grund einer Einschränkung oder Löschsperre.
customer-why = Grund
customer-restriction-lift = Einschränkung aufheben
customer-restriction-set = Einschränken
customer-hold-release-summary = Löschsperre aufheben
customer-hold-set-summary = Löschsperre setzen
customer-hold-release = Sperre aufheben
customer-hold-set = Sperren
customer-anonymized = Dieser Datensatz ist anonymisiert: Er enthält keine personenbezogenen Daten mehr, die bearbeitet werden könnten.
customer-read-only = Mit Ihrer Rolle können Sie diesen Datensatz lesen, aber nicht ändern.
customer-notes = Notizen
# { $by } folgt auf „von“ (Dativ), z. B. „Ihnen“, „einem Teammitglied“.
customer-note-by = { $at }, von { $by }
customer-notes-none = Noch keine Notizen.
customer-note-new = Neue Notiz
customer-note-add = Notiz hinzufügen
customer-consent = Einwilligungen
customer-consent-granted = erteilt
customer-consent-withdrawn = widerrufen
customer-consent-none = Es ist keine Einwilligungsentscheidung erfasst.
customer-purpose = Zweck
customer-decision = Entscheidung
customer-decision-granted = Erteilt
customer-decision-withdrawn = Widerrufen
customer-basis-label = Rechtsgrundlage
# Die Rechtsgrundlagen nach Art. 6 Abs. 1 DSGVO.
customer-basis-consent = Einwilligung
customer-basis-contract = Vertrag
customer-basis-legal_obligation = Rechtliche Verpflichtung
customer-basis-vital_interests = Lebenswichtige Interessen
customer-basis-public_task = Aufgabe im öffentlichen Interesse
customer-basis-legitimate_interests = Berechtigte Interessen
customer-evidence-label = Nachweis (wie die Erklärung abgegeben wurde)
customer-consent-record = Entscheidung erfassen
customer-history = Verlauf
customer-col-when = Zeitpunkt
customer-col-basis = Rechtsgrundlage
customer-col-source = Quelle
# Spaltenüberschrift; die Einträge stehen im Dativ („Ihnen“, „einem Teammitglied“).
customer-col-by = Von
customer-col-evidence = Nachweis
customer-trail = Audit-Protokoll
customer-col-what = Aktion
customer-trail-latest = { $count ->
    [one] Der neueste Eintrag zu diesem Datensatz.
   *[other] Die neuesten { $count } Einträge zu diesem Datensatz.
}

## customer_form.html

customer-form-name = Name
customer-form-email = E-Mail
customer-form-phone = Telefon
customer-form-phone-hint = Mit Ländervorwahl, zum Beispiel +49 30 1234567
customer-form-company = Unternehmen
customer-form-address = Anschrift
customer-form-language = Bevorzugte Sprache
customer-form-language-hint = In dieser Sprache werden Kopien der Daten des Kunden erstellt.
customer-form-language-default = Standardsprache der Organisation
# Nach der Beschriftung eines Pflichtfeldes, für Screenreader.
customer-form-required = (Pflichtfeld)
customer-form-save = Speichern
customer-form-cancel = Abbrechen

## erase.html

erase-heading = { $name } löschen
erase-on-hold = Für diesen Datensatz besteht eine Löschsperre: Er kann erst gelöscht werden, wenn die Sperre aufgehoben ist.
# Fett gedruckt; erase-shredding-text setzt den Satz fort.
erase-shredding = Beim Vernichten
erase-shredding-text = wird der Schlüssel des Datensatzes zerstört: Seine Daten sind endgültig gelöscht, auch in den Sicherungskopien.
# Fett gedruckt; erase-anonymizing-text setzt den Satz fort.
erase-anonymizing = Beim Anonymisieren
erase-anonymizing-text = werden die personenbezogenen Daten entfernt; die Zeitangaben und die nicht personenbezogenen Felder bleiben für Statistiken erhalten.
erase-final = Keines von beiden lässt sich rückgängig machen.
erase-what = Was soll geschehen?
erase-kind-shred = Vernichten: alles löschen
erase-kind-anonymize = Anonymisieren: nicht personenbezogene Angaben behalten
# Beschriftung der Bestätigung: Anfang, der Name des Kunden (fett), Ende.
erase-confirm-start = Geben Sie den Namen des Kunden,
erase-confirm-end = , zur Bestätigung ein
erase-submit = Endgültig löschen
erase-cancel = Abbrechen

## bulk_erase.html

bulk-erase-heading = { $count ->
    [one] { $count } Datensatz löschen
   *[other] { $count } Datensätze löschen
}
# Fett gedruckt; bulk-erase-shredding-text setzt den Satz fort.
bulk-erase-shredding = Beim Vernichten
bulk-erase-shredding-text = wird der Schlüssel jedes Datensatzes zerstört: Seine Daten sind endgültig gelöscht, auch in den Sicherungskopien.
# Fett gedruckt; bulk-erase-anonymizing-text setzt den Satz fort.
bulk-erase-anonymizing = Beim Anonymisieren
bulk-erase-anonymizing-text = werden die personenbezogenen Daten entfernt; die Zeitangaben und die nicht personenbezogenen Felder bleiben für Statistiken erhalten.
bulk-erase-final = Keines von beiden lässt sich rückgängig machen.
bulk-erase-held = Datensätze mit Löschsperre bleiben unverändert.
bulk-erase-ticked = { $count ->
    [one] Der von Ihnen ausgewählte Datensatz
   *[other] Die von Ihnen ausgewählten Datensätze
}
bulk-erase-no-name = Ein Datensatz ohne Namen (anonymisiert oder nicht mehr vorhanden)
bulk-erase-what = Was soll geschehen?
bulk-erase-kind-shred = Vernichten: alles löschen
bulk-erase-kind-anonymize = Anonymisieren: nicht personenbezogene Angaben behalten
# Beschriftung der Bestätigung: Anfang, die Anzahl (fett), Ende.
bulk-erase-confirm-start = Geben Sie die Anzahl der Datensätze,
bulk-erase-confirm-end = , zur Bestätigung ein
bulk-erase-submit = { $count } endgültig löschen
bulk-erase-cancel = Abbrechen

## bulk_erased.html

bulk-erased-heading-anonymized = { $count ->
    [one] { $erased } von { $count } Datensatz anonymisiert
   *[other] { $erased } von { $count } Datensätzen anonymisiert
}
bulk-erased-heading-shredded = { $count ->
    [one] { $erased } von { $count } Datensatz vernichtet
   *[other] { $erased } von { $count } Datensätzen vernichtet
}
bulk-erased-all-anonymized = { $count ->
    [one] Der ausgewählte Datensatz ist anonymisiert: Seine personenbezogenen Daten sind endgültig gelöscht.
   *[other] Alle ausgewählten Datensätze sind anonymisiert: Ihre personenbezogenen Daten sind endgültig gelöscht.
}
bulk-erased-all-shredded = { $count ->
    [one] Der ausgewählte Datensatz ist vernichtet: Seine Daten sind endgültig gelöscht, auch in den Sicherungskopien.
   *[other] Alle ausgewählten Datensätze sind vernichtet: Ihre Daten sind endgültig gelöscht, auch in den Sicherungskopien.
}
bulk-erased-left = { $count ->
    [one] { $count } Datensatz ist unverändert geblieben; den Grund finden Sie in der Tabelle.
   *[other] { $count } Datensätze sind unverändert geblieben; die Gründe finden Sie in der Tabelle.
}
bulk-erased-receipt = Für jede Löschung gibt es einen Beleg im Audit-Protokoll.
bulk-erased-caption = Ergebnis für jeden Datensatz
bulk-erased-col-record = Datensatz
bulk-erased-col-outcome = Ergebnis
bulk-erased-no-name = Ein Datensatz ohne Namen
bulk-erased-shredded = Vernichtet
bulk-erased-anonymized = Anonymisiert
# Ein Kennzeichen, gefolgt von bulk-erased-on-hold.
bulk-erased-unchanged = Unverändert
bulk-erased-on-hold = Für ihn besteht eine Löschsperre; heben Sie zuerst die Sperre auf.
bulk-erased-already-shredded = Bereits zuvor vernichtet
bulk-erased-already-anonymized = Bereits zuvor anonymisiert
# Ein Kennzeichen, gefolgt von bulk-erased-not-found-text.
bulk-erased-not-found = Nicht gefunden
bulk-erased-not-found-text = In dieser Organisation gibt es keinen solchen Datensatz.
bulk-erased-back = Zurück zu den Kunden
customer-purpose-add = Einwilligungszweck hinzufügen
customer-purposes-none = Diese Organisation hat noch keine Einwilligungszwecke, daher kann hier keine Entscheidung erfasst werden.
customer-objected-marketing-since = Widerspruch gegen Direktwerbung seit { $date }
customer-fresh-consent = Die Person hat neu und ausdrücklich eingewilligt
customer-fresh-consent-hint = Nur dann kann eine Werbeeinwilligung erfasst werden; geben Sie im Nachweis an, wie sie erteilt wurde.

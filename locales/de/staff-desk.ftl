# Seiten für Mitarbeitende: Posteingang der Hinweise, Anfragen, Verzeichnis
# der Empfänger und Einstellungen der Organisation. Die Schlüssel beginnen
# mit dem Namen ihrer Vorlage.
#
# Eine Datensatzvernichtung („shred“) löscht endgültig, einschließlich der
# Sicherungskopien; eine Anonymisierung entfernt nur die personenbezogenen
# Daten. Eine Löschsperre („legal hold“) verhindert jede Löschung.

## notifications.html

notifications-heading = Posteingang
notifications-show-open = Offen
notifications-show-closed = Erledigt
notifications-reminded = { $count ->
    [one] einmal erinnert
   *[other] { $count }-mal erinnert
}
notifications-record-gone = Datensatz nicht mehr vorhanden
notifications-see-request = Zur Anfrage
notifications-integration-back-on = Schalten Sie die Integration in ihren Einstellungen wieder ein, sobald der Dienst wieder Zustellungen annimmt.
notifications-shred = Vernichten…
notifications-anonymize = Anonymisieren…
notifications-reopen = Wieder öffnen
notifications-hold-reason = Löschsperre setzen, weil
notifications-hold = Löschsperre setzen
notifications-acknowledge = Zur Kenntnis nehmen
notifications-none-closed = Noch nichts erledigt.
notifications-none-open = Derzeit erfordert nichts Ihre Aufmerksamkeit.
notifications-more = Weitere anzeigen

## requests.html

requests-heading = Anfragen
requests-caption = Betroffenenanfragen, nach Fälligkeit sortiert (früheste zuerst)
requests-col-request = Anfrage
requests-col-received = Eingegangen
requests-col-due = Fällig
requests-col-state = Status
requests-col-records = Datensätze
requests-col-answer = Antwort
requests-overdue = überfällig
requests-extended = verlängert
requests-fulfil-erasure = Erfüllen…
requests-fulfil-erasure-skip = diese Löschanfrage
requests-shred-warning = { $count ->
    [one] Damit wird der gefundene Datensatz endgültig vernichtet, einschließlich der Sicherungskopien – außer er unterliegt einer Löschsperre.
   *[other] Damit werden die { $count } gefundenen Datensätze endgültig vernichtet, einschließlich der Sicherungskopien – außer Datensätzen mit Löschsperre.
}
requests-shred-and-answer = Vernichten und beantworten
requests-erasure-admin-only = Löschanfragen werden von Administratoren beantwortet.
requests-fulfil = Erfüllen
requests-fulfil-skip = diese Anfrage ({ $kind })
requests-reject = Ablehnen
requests-reason-label = Begründung (wird der Person mitgeteilt)
requests-extend = Verlängern
requests-extend-by = Verlängern um
requests-months = { $count ->
    [one] { $count } Monat
   *[other] { $count } Monate
}
requests-none = Hier gibt es keine Anfragen.
requests-due-rule = (ein Monat ab Eingang)
requests-identity-waiting = Bestätigen Sie vor der Antwort die Identität der antragstellenden Person; die Frist läuft währenddessen weiter.
requests-identity-document = Ausweisdokument ansehen
requests-identity-confirm = Identität bestätigt
requests-identity-refuse = Identität nicht bestätigt
requests-identity-how = Wie die Identität bestätigt wurde (versiegelt gespeichert; die Person erfährt es nicht)
requests-identity-why = Warum nicht (die Person erfährt es)
request-settings-heading = Identität der antragstellenden Personen
request-settings-intro = Anträge der angekreuzten Arten warten, bis das Team bestätigt, dass die antragstellende Person die ist, um deren Daten es geht (DSGVO Art. 12 Abs. 2 und 6); sonst genügt die bestätigte E-Mail-Adresse.
request-settings-never = Der Widerruf einer Einwilligung und der Widerspruch gegen Direktwerbung warten nie: Sie müssen so einfach bleiben wie die Einwilligung selbst (DSGVO Art. 7 Abs. 3 und Art. 21 Abs. 3).
request-settings-kinds = Arten, die eine Identitätsbestätigung brauchen
request-settings-objection = gegen eine Verarbeitung aufgrund berechtigter Interessen
request-settings-documents = Personen dürfen ein Ausweisdokument hochladen
request-settings-documents-hint = Ein JPEG, PNG oder PDF von höchstens 5 MB je Antrag, versiegelt gespeichert; gelöscht, sobald das Team entschieden hat, spätestens 14 Tage nach dem Hochladen. Nie Teil einer Kopie oder eines Exports.
request-settings-due = Die Monatsfrist zählt ab Eingang (DSGVO Art. 12 Abs. 3); das Warten auf die Identitätsbestätigung hält sie nicht an.
request-settings-save = Speichern

## recipients.html

recipients-heading = Empfänger
recipients-intro = Das Verzeichnis der Empfänger und Auftragsverarbeiter: wer die Daten Ihrer Kunden erhält, welche Daten, wozu, wo und wie lange.
recipients-intro-shown-before = Kopien von Kundendaten und die öffentliche Seite
recipients-intro-shown-after = führen es auf.
recipients-intro-integrations = Auch jede Integration ist aufgeführt; ein Eintrag kann eine davon mit ihren Angaben beschreiben.
recipients-col-name = Name
recipients-col-receives = Übermittelte Daten
recipients-col-purpose = Zweck
recipients-col-country = Land
recipients-col-safeguard = Garantie
recipients-col-kept = Speicherdauer
recipients-col-source = Herkunft
recipients-source-integration = Integration
recipients-no-entry = (kein Verzeichniseintrag)
recipients-source-register = Verzeichnis
recipients-integration-deleted = zugehörige Integration gelöscht
recipients-none = Noch keine Empfänger: Niemand erhält die Daten Ihrer Kunden.
recipients-form-change = Eintrag ändern
recipients-form-new = Neuer Eintrag
recipients-name-label = Name
recipients-name-hint = Das Unternehmen oder der Dienst, z. B. Example Hosting GmbH
recipients-receives-label = Welche Daten er erhält
recipients-receives-hint = z. B. alle Kundendatensätze, als unser Hosting-Anbieter
recipients-purpose-label = Zweck
recipients-purpose-hint = Wozu er die Daten erhält
recipients-country-label = Land
recipients-country-choose = Bitte wählen…
recipients-safeguard-label = Garantie für eine Übermittlung außerhalb des EWR
recipients-safeguard-hint = Erforderlich außerhalb der EU, Islands, Liechtensteins und Norwegens; innerhalb dieser Länder leer lassen.
recipients-safeguard-none = Keine (innerhalb des EWR)
recipients-retention-label = Wie lange er die Daten speichert
recipients-retention-hint = Optional, z. B. 30 Tage nach Vertragsende
recipients-integration-label = Beschriebene Integration
recipients-integration-none = Keine: Er erhält die Daten aller Kunden
recipients-save = Speichern
recipients-add = Eintrag hinzufügen
recipients-back-to-new = Zurück zu einem neuen Eintrag
recipients-remove-heading = Entfernen
recipients-remove-explained = Kopien nennen den Empfänger ab sofort nicht mehr; eine Integration, die der Eintrag beschreibt, bleibt mit ihrem Hostnamen aufgeführt.
recipients-remove = Eintrag entfernen

## organisation.html

organisation-heading = Organisation
organisation-cancelled = Dieses Konto ist gekündigt.
organisation-cancelled-until = Alle können sich bis zum { $until } weiterhin anmelden, Daten lesen und exportieren; am { $purge } werden alle Datensätze, Benutzer und Audit-Einträge zusammen mit den Schlüsseln, mit denen sie versiegelt wurden, vernichtet.
organisation-slug = Kurzname (für die Anmeldung)
organisation-portal = Kundenportal
organisation-settings-heading = Einstellungen
organisation-name-label = Name
organisation-contact-email-label = Kontakt-E-Mail-Adresse
organisation-contact-email-hint = An diese Adresse schreibt Steward in Angelegenheiten des Kontos selbst
organisation-language-label = Sprache für Kunden
organisation-language-hint = Das Portal, E-Mails und Kopien verwenden diese Sprache, wenn die Sprache der Person nicht bekannt ist
organisation-require-totp = Administratoren und Inhaber müssen die Zwei-Faktor-Anmeldung verwenden
organisation-suppress-erased = Sperrliste gelöschter Adressen führen (beim Ausschalten wird die Liste geleert)
organisation-identity-heading = Wer Sie sind – Angaben für die Personen in Ihren Datensätzen
organisation-identity-intro = Das Portal, die E-Mails an Personen und die erste Seite jeder Kopie zeigen diese Angaben.
organisation-legal-name-label = Offizieller Name (falls er vom Namen abweicht)
organisation-postal-address-label = Postanschrift
organisation-privacy-email-label = E-Mail-Adresse für Datenschutzfragen
organisation-privacy-email-hint = Wird Personen zu Fragen über ihre Daten angezeigt; andernfalls die Kontakt-E-Mail-Adresse
organisation-privacy-notice-label = Datenschutzhinweise (Webadresse)
organisation-dpo-name-label = Datenschutzbeauftragter
organisation-dpo-name-hint = Leer lassen, wenn kein Datenschutzbeauftragter benannt ist
organisation-dpo-contact-label = Kontakt des Datenschutzbeauftragten
organisation-authority-label = Aufsichtsbehörde
organisation-authority-hint = Hier können sich Personen beschweren. Nicht aufgeführt (z. B. die Behörde eines Bundeslandes)? Wählen Sie keine aus und geben Sie unten deren Namen und Webadresse an.
organisation-authority-none = Keine ausgewählt
organisation-authority-name-label = Oder eine andere Behörde: ihr Name
organisation-authority-url-label = Ihre Webadresse
organisation-automated-label = Automatisierte Entscheidungen über Personen
organisation-automated-hint = Beschreiben Sie jede ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhende Entscheidung (Art. 22 DSGVO); leer lassen, wenn es keine gibt
organisation-accent-label = Akzentfarbe
organisation-accent-hint = Als #rrggbb; weißer Text darauf muss gut lesbar bleiben (Kontrast von mindestens 4,5:1)
organisation-save = Speichern
organisation-logo-heading = Logo
organisation-logo-current = Das aktuelle Logo
organisation-logo-replace = Logo ersetzen
organisation-logo-upload-label = Logo hochladen
organisation-logo-hint = PNG oder JPEG, bis zu 512 KB; es wird passend auf 600 × 200 Pixel skaliert
organisation-logo-upload = Hochladen
organisation-logo-remove = Logo entfernen
organisation-export-heading = Alles exportieren
organisation-export-contents = Alle Kunden mit Notizen, Einwilligungsverlauf und benutzerdefinierten Feldern, dazu Benutzer, Felddefinitionen, die Aufbewahrungsrichtlinie und das Audit-Protokoll, als eine NDJSON-Datei.
organisation-export-last-line-before = Der Download beginnt sofort und wird fortlaufend übertragen; seine letzte Zeile,
organisation-export-last-line-after = , zeigt an, dass er vollständig ist.
organisation-export-download = Export herunterladen
organisation-cancel-heading = Konto kündigen
organisation-cancel-read-only = Nach der Kündigung ist alles schreibgeschützt.
organisation-cancel-window = { $count ->
    [one] Alle können sich noch { $count } Tag lang anmelden, Daten lesen und exportieren; danach werden alle Daten endgültig vernichtet.
   *[other] Alle können sich noch { $count } Tage lang anmelden, Daten lesen und exportieren; danach werden alle Daten endgültig vernichtet.
}
organisation-cancel-emails = Die Inhaber werden sofort sowie 7 Tage und 1 Tag vor der Vernichtung per E-Mail benachrichtigt.
organisation-cancel-confirm-before = Geben Sie den Kurznamen,
organisation-cancel-confirm-after = , zur Bestätigung ein
organisation-cancel-confirm-label = Kurzname zur Bestätigung
organisation-cancel-confirm-wrong = „{ $label }“ muss der Kurzname { $slug } sein, um zu bestätigen, dass alle Datensätze vernichtet werden. Es wurde nichts gekündigt.
organisation-cancel = Konto kündigen

## notifications.html: the record in a heading, selecting, why a notice closed
notifications-record-anonymized = Anonymisierter Datensatz
notifications-tick = Auswählen
notifications-acknowledge-ticked = Ausgewählte zur Kenntnis nehmen
notice-done-acknowledged = Am { $at } zur Kenntnis genommen.
notice-done-acknowledged-by = Am { $at } von { $who } zur Kenntnis genommen.
notice-done-reopened = Am { $at } erledigt, weil der Datensatz wieder geöffnet wurde.
notice-done-held = Am { $at } erledigt, weil für den Datensatz eine Löschsperre gesetzt wurde.
notice-done-rescheduled = Am { $at } erledigt, weil sich das betreffende Datum geändert hat.
notice-done-answered = Am { $at } erledigt, weil die Anfrage beantwortet wurde.
notice-done-shredded = Am { $at } erledigt, weil der Datensatz vernichtet wurde.
notice-done-anonymized = Am { $at } erledigt, weil der Datensatz anonymisiert wurde.
notice-done-other = Am { $at } erledigt.

# One request on its own page.
title-request = Anfrage
request-back-to-queue = ← Alle Anfragen
request-reference = Aktenzeichen
request-confirmed = Von der Person bestätigt
request-extension-reason = Grund der Verlängerung
request-objection-to = Widerspruch gegen
request-objection-marketing = Direktwerbung
request-objection-legitimate-interests = Verarbeitung auf Grundlage berechtigter Interessen
request-answered = Beantwortet
request-reason-told = Der Person mitgeteilter Grund
request-details-heading = Was die Person geschrieben hat
request-records-heading = Datensätze der Person
request-record-hold = gesetzliche Aufbewahrung
request-record-restricted = eingeschränkt
request-record-gone = Ein nicht mehr vorhandener Datensatz (gelöscht oder anonymisiert)
request-records-none = Die Adresse passte zu keinem Datensatz: Die Antwort teilt der Person mit, dass keine Daten über sie gespeichert sind.
request-preview-heading = Was die Antwort bewirkt
request-preview-unverified = Die Person hat dem zugesandten Link noch nicht gefolgt. Erst wenn sie die Anfrage bestätigt, kann sie beantwortet werden.
request-preview-no-data = Zu dieser Adresse ist jetzt kein Datensatz gespeichert: Das Erfüllen teilt der Person mit, dass keine Daten über sie gespeichert sind.
request-preview-copy = { $count ->
    [one] Das Erfüllen sendet der Person einen einmal gültigen Link, um ihren Datensatz als diese Dateien herunterzuladen:
   *[other] Das Erfüllen sendet der Person einen einmal gültigen Link, um jeden ihrer { $count } Datensätze als diese Dateien herunterzuladen:
}
request-preview-portability = { $count ->
    [one] Das Erfüllen sendet der Person einen einmal gültigen Link, um die von ihr bereitgestellten Daten als diese Dateien herunterzuladen:
   *[other] Das Erfüllen sendet der Person einen einmal gültigen Link, um die von ihr bereitgestellten Daten in jedem ihrer { $count } Datensätze als diese Dateien herunterzuladen:
}
request-preview-erasure = { $count ->
    [one] Das Erfüllen vernichtet den Datensatz oben endgültig, Sicherungen eingeschlossen, und teilt es der Person mit.
   *[other] Das Erfüllen vernichtet die { $count } Datensätze oben endgültig, Sicherungen eingeschlossen, und teilt es der Person mit.
}
request-preview-erasure-held = Ein Datensatz oben unterliegt einer gesetzlichen Aufbewahrung: Das Erfüllen lehnt die Löschung ab und teilt der Person den Grund mit.
request-preview-objection = Das Einstellen der Verarbeitung schränkt die Datensätze oben ein und teilt es der Person mit. Um die Verarbeitung fortzusetzen, lehnen Sie die Anfrage mit den zwingenden schutzwürdigen Gründen ab; die Person erfährt sie.
request-answer-heading = Antworten
request-history-heading = Verlauf
request-step-by-person = die Person
request-step-by-system = Steward
request-step-by-other = ein verbundenes Werkzeug
request-state-unverified-long = Wartet darauf, dass die Person sie über den zugesandten Link bestätigt
request-state-open-long = Wartet auf Ihre Antwort
request-state-fulfilling-long = Wird ausgeführt: Die Datensätze werden gelöscht
request-state-fulfilled-long = Beantwortet
request-state-rejected-long = Abgelehnt, der Grund wurde der Person mitgeteilt
requests-filter-reference = Aktenzeichen
requests-find-form = Eine Anfrage nach ihrem Aktenzeichen suchen
requests-find = Suchen
request-preview-rectification = Prüfen Sie die vorgeschlagenen Berichtigungen neben den aktuellen Werten und nehmen Sie jede an oder lehnen Sie sie mit Grund ab; angenommene werden auf die Datensätze oben angewandt, und die Person erfährt, was geändert wurde und warum nicht.
request-preview-restriction = Das Erfüllen schränkt die Datensätze oben ein — sie bleiben gespeichert, werden aber sonst nicht genutzt — und teilt es der Person mit; aufgehoben wird die Einschränkung nur über diese Anfrage, nachdem die Person informiert wurde.
request-state-identity-long = Wartet darauf, dass Sie die Identität der Person bestätigen
request-preview-identity = Bestätigen Sie zuerst die Identität der Person (wie, bleibt versiegelt) oder lehnen Sie mit einem Grund ab, den die Person erfährt; ein hochgeladenes Ausweisdokument wird in beiden Fällen gelöscht.

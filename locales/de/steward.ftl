# Steward's words for the people in the records: the portal, the emails to
# them and their copy. One file per language, under locales/<tag>/; every
# message of the English file must be in each other file.
#
# Values given to messages are in { $braces }; plural and other choices use
# Fluent selectors. Keep the wording plain, polite and legally careful.
#
# German: readers are addressed with "Sie". A request is an "Antrag"; the
# kind-* phrases are written to follow "Antrag auf …" (accusative) and carry
# no relative clause, so they fit anywhere in a sentence.

## The language itself

# The language's name in itself, shown in the language switch.
language-name = Deutsch
language-de = Deutsch
language-en = Englisch
language-es = Spanisch
language-fr = Französisch
language-it = Italienisch
language-nl = Niederländisch
language-pl = Polnisch

## Dates, times and numbers

# { $day } and { $year } are numbers; { $month } is a month-N message.
format-date = { $day }. { $month } { $year }
format-datetime = { $date }, { $time } Uhr { $zone }
format-group-separator = .
format-decimal-separator = ,
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
unit-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
unit-hours = { $n ->
    [one] { $n } Stunde
   *[other] { $n } Stunden
}
unit-minutes = { $n ->
    [one] { $n } Minute
   *[other] { $n } Minuten
}
unit-seconds = { $n ->
    [one] { $n } Sekunde
   *[other] { $n } Sekunden
}
yes = Ja
no = Nein

## What a person can ask for

# Inserted after "Antrag auf" (accusative) in every host sentence.
kind-copy = eine Kopie Ihrer bei { $controller } gespeicherten personenbezogenen Daten
kind-erasure = Löschung Ihrer bei { $controller } gespeicherten personenbezogenen Daten
kind-withdraw_consent = Widerruf Ihrer Einwilligung
kind-portability = Ihre bei { $controller } gespeicherten personenbezogenen Daten in Dateien, die Sie zu einer anderen Organisation mitnehmen können

## The portal

portal-language = Sprache
portal-skip = Zum Inhalt springen
portal-form-title = Ihre Daten
portal-form-intro = Hier können Sie bei { $controller } einen Antrag zu den personenbezogenen Daten stellen, die dort über Sie gespeichert sind. Damit sichergestellt ist, dass der Antrag von Ihnen stammt, senden wir Ihnen einen Bestätigungslink an Ihre E-Mail-Adresse.
portal-form-closing = { $controller } beendet die Nutzung dieses Dienstes. Alle hier über Sie gespeicherten Daten werden am { $date } gelöscht. Bis dahin können Sie noch die Löschung Ihrer Daten beantragen oder Ihre Einwilligung widerrufen; Kopien von Daten können jedoch nicht mehr versandt werden.
portal-form-email = Ihre E-Mail-Adresse
portal-form-what = Was möchten Sie tun?
portal-form-kind-copy = Eine Kopie meiner Daten anfordern (PDF und JSON)
portal-form-kind-erasure = Meine Daten löschen lassen
portal-form-kind-withdraw_consent = Meine Einwilligung widerrufen: keine Werbung mehr erhalten
portal-form-kind-portability = Meine Daten in Dateien zum Mitnehmen (JSON und CSV)
portal-form-send = Antrag absenden
portal-form-deadline = { $controller } muss einen Antrag auf eine Kopie oder auf Löschung innerhalb eines Monats beantworten.
portal-sent-title = Bitte prüfen Sie Ihr E-Mail-Postfach
portal-sent-text = { $hours ->
    [one] Sofern unter der angegebenen Adresse E-Mails empfangen werden können, ist eine Nachricht mit einem Bestätigungslink an Sie unterwegs. Öffnen Sie den Link, um Ihren Antrag zu bestätigen; er kann einmal verwendet werden und ist eine Stunde lang gültig.
   *[other] Sofern unter der angegebenen Adresse E-Mails empfangen werden können, ist eine Nachricht mit einem Bestätigungslink an Sie unterwegs. Öffnen Sie den Link, um Ihren Antrag zu bestätigen; er kann einmal verwendet werden und ist { $hours } Stunden lang gültig.
}
portal-sent-none = Keine Nachricht erhalten? Bitte prüfen Sie Ihren Spam-Ordner oder stellen Sie den Antrag später erneut.
portal-confirm-title = Antrag bestätigen
portal-confirm-text = Bitte bestätigen Sie Ihren Antrag auf { $what }.
portal-confirm-button = Bestätigen
portal-verified-title = Antrag bestätigt
portal-verified-withdrawn = Erledigt: Alle Einwilligungen, die Sie gegenüber { $controller } erteilt hatten, sind widerrufen. Was sich geändert hat, haben wir Ihnen per E-Mail mitgeteilt.
portal-verified-queued = Vielen Dank. { $controller } hat Ihren Antrag auf { $what } erhalten und wird ihn bis zum { $date } beantworten. Die Vorgangsnummer haben wir Ihnen per E-Mail zugeschickt.
portal-already-title = Bereits bestätigt
portal-already-text = Dieser Antrag wurde bereits bestätigt; mit diesem Link ist nichts weiter zu tun.
portal-already-state = Aktueller Stand: { $state ->
    [identity] wartet darauf, dass { $controller } Ihre Identität bestätigt; die Antwort kommt bis zum { $date }.
    [open] { $controller } bearbeitet den Antrag und antwortet bis zum { $date }.
    [fulfilling] { $controller } bearbeitet den Antrag und antwortet bis zum { $date }.
    [fulfilled] beantwortet. Sie haben die Antwort per E-Mail erhalten oder erhalten sie in Kürze.
    [rejected] abgelehnt. Sie haben eine E-Mail mit der Begründung erhalten.
   *[other] eingegangen.
}
portal-download-title = Ihre Kopie
portal-download-text = Ihre Kopie der personenbezogenen Daten, die { $controller } über Sie gespeichert hat. Jede Datei kann bis zum { $until } einmal heruntergeladen werden.
portal-download-pdf = Ihre Daten als PDF-Dokument
portal-download-json = Ihre Daten als JSON-Datei (maschinenlesbar)
portal-download-data-json = Ihre Daten als JSON-Datei
portal-download-data-csv = Ihre Daten als CSV-Datei (öffnet in einer Tabellenkalkulation)
portal-download-schema = Die Beschreibung der JSON-Datei (JSON Schema)
portal-download-record = Datensatz { $n }: { $file }
portal-download-done = { $file } (heruntergeladen)
portal-problem-title = Es ist ein Problem aufgetreten
portal-problem-back = Zurück zum Antragsformular
portal-problem-link-used = Dieser Link ist abgelaufen oder wurde bereits verwendet. Falls nötig, stellen Sie den Antrag bitte erneut.
portal-problem-download-gone = Dieser Download-Link ist abgelaufen, oder alle Dateien wurden bereits heruntergeladen. Wenn Sie eine neue Kopie benötigen, beantragen Sie bitte erneut eine Kopie Ihrer Daten.
portal-problem-file-done = Diese Datei wurde bereits heruntergeladen. Jede Datei kann nur einmal heruntergeladen werden; wenn Sie eine neue Kopie benötigen, beantragen Sie bitte erneut eine Kopie Ihrer Daten.
portal-problem-record-gone = Dieser Datensatz existiert nicht mehr; daher kann keine Kopie davon heruntergeladen werden.
portal-problem-closed = Dieser Antrag wurde geschlossen, bevor er bestätigt wurde. Falls nötig, stellen Sie den Antrag bitte erneut.
portal-problem-closing = { $controller } beendet die Nutzung dieses Dienstes; daher können keine Kopien von Daten mehr versandt werden. Sie können jedoch weiterhin die Löschung Ihrer Daten beantragen oder Ihre Einwilligung widerrufen.
portal-problem-throttled = Von hier aus oder für diese Adresse sind zu viele Anträge eingegangen. Bitte warten Sie eine Weile und versuchen Sie es dann erneut.
portal-problem-email = Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.
portal-problem-kind = Bitte wählen Sie aus, was Sie tun möchten.
portal-problem-form = Das Formular wurde von einer veralteten Seite gesendet. Bitte gehen Sie zurück, laden Sie die Seite neu und senden Sie das Formular erneut.
portal-problem-unknown = Unter dieser Adresse gibt es keine Antragsseite. Bitte prüfen Sie den Link, den Sie erhalten haben.
portal-problem-other = Der Antrag konnte nicht bearbeitet werden. Bitte versuchen Sie es später erneut.
portal-identity-title = Bestätigen Sie, wer Sie sind
portal-identity-waiting = Vor der Antwort muss { $controller } bestätigen, dass Sie die Person sind, um deren Daten es geht; dazu kann man sich bei Ihnen melden.
portal-identity-upload-link = Ausweisdokument hochladen
portal-identity-intro = Sie können ein Foto oder einen Scan eines Ausweisdokuments hochladen (JPEG, PNG oder PDF, höchstens 5 MB), damit { $controller } bestätigen kann, wer Sie sind. Was dafür nicht nötig ist, etwa die Ausweisnummer, dürfen Sie schwärzen.
portal-identity-deleted = Das Dokument wird gelöscht, sobald { $controller } entschieden hat, spätestens 14 Tage nach dem Hochladen. Es ist nie Teil einer Kopie oder eines Exports Ihrer Daten.
portal-identity-waiting-document = Ihr Dokument vom { $date } wartet auf Prüfung; es wird spätestens am { $until } gelöscht.
portal-identity-received = Vielen Dank: Ihr Dokument ist angekommen.
portal-identity-file = Ihr Dokument (JPEG, PNG oder PDF, höchstens 5 MB)
portal-identity-send = Hochladen
portal-identity-replace = Ein neues Dokument ersetzt das zuvor gesendete.
portal-identity-not-taken = { $controller } nimmt hier keine Ausweisdokumente an; man wird sich bei Ihnen melden, um Ihre Identität zu bestätigen.
portal-identity-closed = Dieser Antrag wartet nicht mehr auf die Bestätigung Ihrer Identität; es muss nichts hochgeladen werden.
portal-problem-too-large = Die Datei ist größer als 5 MB. Bitte laden Sie ein kleineres Foto oder einen kleineren Scan hoch.
portal-problem-type = Die Datei muss ein JPEG- oder PNG-Bild oder ein PDF sein. Es wurde nichts gespeichert.
portal-problem-no-file = Bitte wählen Sie eine Datei zum Hochladen.
portal-footer = { $controller } · Anträge werden mit Steward bearbeitet
portal-privacy-notice = Datenschutzhinweise
portal-contact = Fragen zu Ihren Daten: { $email }

## Emails to people who made a request

mail-greeting = Guten Tag,
mail-footer = Diese Nachricht wurde von Steward im Auftrag von { $controller } versandt.
mail-reference = Vorgangsnummer: { $id }.
mail-complain = Wenn Sie damit nicht einverstanden sind, können Sie sich bei einer Datenschutz-Aufsichtsbehörde beschweren.
mail-verify-subject = Bitte bestätigen Sie Ihren Antrag an { $controller }
mail-verify-text = Jemand – hoffentlich Sie – hat unter Angabe dieser E-Mail-Adresse an { $controller } einen Antrag auf { $what } gestellt.
mail-verify-action = Um den Antrag zu bestätigen, öffnen Sie bitte diesen Link:
mail-verify-button = Antrag bestätigen
mail-verify-until = Der Link kann einmal verwendet werden und ist bis zum { $until } gültig. Falls Sie keinen Antrag gestellt haben, ignorieren Sie diese Nachricht bitte; es geschieht dann nichts.
mail-received-subject = { $controller } hat Ihren Antrag erhalten
mail-received-text = { $controller } hat Ihren bestätigten Antrag auf { $what } erhalten. Die Vorgangsnummer lautet { $id }.
mail-received-due = Nach dem Gesetz hat { $controller } für die Beantwortung einen Monat Zeit: Sie erhalten bis zum { $date } eine Antwort.
mail-withdrawn-subject = Ihre Einwilligung gegenüber { $controller }
mail-withdrawn-done = Ihre Einwilligung ist für folgende Zwecke widerrufen: { $purposes }. { $controller } wird Ihre Daten für diese Zwecke, einschließlich Werbung, nicht mehr verwenden, es sei denn, Sie erteilen Ihre Einwilligung erneut.
mail-withdrawn-nothing = Sie hatten gegenüber { $controller } keine Einwilligung erteilt, die widerrufen werden könnte; daher war keine Änderung nötig. { $controller } wird Ihre Daten nicht für Werbung verwenden, solange Sie nicht einwilligen.
mail-withdrawn-unknown = { $controller } führt zu dieser E-Mail-Adresse keinen Kundendatensatz; es liegt daher keine Einwilligung von Ihnen vor, die widerrufen werden könnte.
mail-copy_ready-subject = Ihre Kopie von { $controller } steht bereit
mail-copy_ready-text = Ihre Kopie der personenbezogenen Daten, die { $controller } über Sie gespeichert hat, steht bereit: ein PDF-Dokument zum Lesen und eine maschinenlesbare JSON-Datei.
mail-copy_ready-action = Hier können Sie sie herunterladen:
mail-copy_ready-button = Ihre Kopie herunterladen
mail-copy_ready-until = Jede Datei kann bis zum { $until } einmal heruntergeladen werden. Ist der Link abgelaufen, können Sie auf derselben Seite erneut eine Kopie beantragen.
mail-data_ready-subject = Ihre Daten von { $controller } stehen zum Mitnehmen bereit
mail-data_ready-text = Die personenbezogenen Daten, die Sie { $controller } bereitgestellt haben, stehen in maschinenlesbaren Dateien bereit: JSON mit seiner Beschreibung und CSV. Sie können sie einer anderen Organisation übergeben.
mail-data_ready-action = Hier können Sie sie herunterladen:
mail-data_ready-button = Ihre Daten herunterladen
mail-data_ready-until = Jede Datei kann bis zum { $until } einmal heruntergeladen werden. Ist der Link abgelaufen, stellen Sie auf derselben Seite einen neuen Antrag.
mail-no_data-subject = { $controller } hat keine Daten über Sie gespeichert
mail-no_data-text = Sie haben an { $controller } einen Antrag auf { $what } gestellt. { $controller } führt zu dieser E-Mail-Adresse keinen Kundendatensatz und hat daher keine Daten über Sie gespeichert.
mail-erased-subject = { $controller } hat Ihre Daten gelöscht
mail-erased-text = Sie haben die Löschung Ihrer bei { $controller } gespeicherten personenbezogenen Daten beantragt. Ihre Daten wurden gelöscht: Die Datensätze sind entfernt, und die Schlüssel, mit denen sich etwaige Kopien davon einschließlich Sicherungskopien öffnen ließen, wurden vernichtet.
mail-erased_partly-subject = { $controller } hat den Großteil Ihrer Daten gelöscht
mail-erased_partly-text = Sie haben die Löschung Ihrer bei { $controller } gespeicherten personenbezogenen Daten beantragt. { $controller } hat Ihre Datensätze gelöscht, mit Ausnahme eines oder mehrerer Datensätze, die aufbewahrt werden müssen, weil sie zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen erforderlich sind (Art. 17 Abs. 3 lit. e DSGVO); diese werden ausschließlich zu diesem Zweck aufbewahrt.
mail-refused_hold-subject = { $controller } kann Ihre Daten noch nicht löschen
mail-refused_hold-text = Sie haben die Löschung Ihrer bei { $controller } gespeicherten personenbezogenen Daten beantragt. { $controller } muss Ihren Datensatz vorerst aufbewahren, weil er zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen erforderlich ist (Art. 17 Abs. 3 lit. e DSGVO), und kann ihn daher noch nicht löschen. Die Daten werden ausschließlich zu diesem Zweck aufbewahrt.
mail-rejected-subject = { $controller } hat Ihren Antrag abgelehnt
mail-rejected-text = { $controller } hat Ihren Antrag auf { $what } aus folgendem Grund abgelehnt:
mail-rejected-remedy = Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren oder einen gerichtlichen Rechtsbehelf einlegen.
mail-extended-subject = { $controller } benötigt mehr Zeit für Ihren Antrag
mail-extended-text = { $controller } benötigt aus folgendem Grund mehr Zeit, um Ihren Antrag auf { $what } zu beantworten:
mail-extended-due = Sie erhalten bis zum { $date } eine Antwort.

## The copy (PDF and JSON)

copy-title = Ihre bei { $controller } gespeicherten personenbezogenen Daten
copy-intro = Dieses Dokument ist eine Kopie aller personenbezogenen Daten, die { $controller } in der Kundenverwaltung über Sie gespeichert hat, ergänzt um die Informationen über ihre Verwendung, die Ihnen zustehen (Art. 15 DSGVO).
copy-header = Kopie der bei { $controller } gespeicherten personenbezogenen Daten
copy-footer = Seite { $page } von { $pages }
copy-subject = Kopie der über Sie gespeicherten personenbezogenen Daten (Art. 15 DSGVO)
copy-unsupported-title = Zeichen, die nicht dargestellt werden konnten
copy-unsupported-text = Für diese Zeichen in Ihren Daten ist hier keine Schrift vorhanden; jedes erscheint in der Kopie als Codepunkt in eckigen Klammern:
copy-controller = Verantwortlicher
copy-contact = Kontakt
copy-postal-address = Postanschrift
copy-dpo = Beauftragter für den Datenschutz
copy-authority = Aufsichtsbehörde
copy-customer-id = Kunden-ID
copy-made-on = Erstellt am
copy-request = Ihr Antrag
copy-language = Sprache
copy-overview = Dieser erste Teil sagt, wer Ihre Daten verarbeitet, wozu und wie lange, und welche Rechte Sie haben. Auf den folgenden Seiten finden Sie Ihre Angaben, den Stand Ihres Datensatzes, Ihre Einwilligungsentscheidungen und alle Notizen, die über Sie verfasst wurden.
copy-details = Ihre Angaben
copy-name = Name
copy-name-removed = (entfernt)
copy-email = E-Mail
copy-phone = Telefon
copy-company = Unternehmen
copy-address = Anschrift
copy-field-removed = Feld wird nicht mehr verwendet
copy-record = Ihr Datensatz
copy-state = Status
copy-state-active = offen
copy-state-complete = abgeschlossen
copy-state-anonymized = anonymisiert
copy-created = Angelegt
copy-changed = Zuletzt geändert
copy-completed = Abgeschlossen
copy-kept-until = Aufbewahrt bis
copy-restricted = Verarbeitung eingeschränkt
copy-restricted-text = Die Verarbeitung ist eingeschränkt (Art. 18 DSGVO): Die Daten werden gespeichert, aber nicht anderweitig verarbeitet.
copy-held = Löschsperre
copy-held-text = Der Datensatz muss zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen aufbewahrt werden und wird erst nach Aufhebung der Sperre gelöscht.
copy-reason = Grund: { $reason }
copy-consent = Einwilligungen
copy-consent-state = { $purpose }: { $granted ->
    [yes] erteilt
   *[no] nicht erteilt
}
copy-consent-decision = { $granted ->
    [yes] Erteilt
   *[no] Widerrufen
} (Rechtsgrundlage: { $basis }; erfasst { $source })
copy-consent-none = Es sind keine Einwilligungsentscheidungen erfasst.
copy-notes = { $count ->
    [one] Notizen (1)
   *[other] Notizen ({ $count })
}
copy-notes-none = Es gibt keine Notizen über Sie.
# basis-* follow "Rechtsgrundlage:"; source-* follow "erfasst".
basis-consent = Ihre Einwilligung
basis-contract = Vertrag mit Ihnen
basis-legal_obligation = rechtliche Verpflichtung
basis-vital_interests = lebenswichtige Interessen
basis-public_task = Aufgabe im öffentlichen Interesse
basis-legitimate_interests = berechtigte Interessen
source-staff = durch Mitarbeitende
source-portal = über die Antragsseite
source-sync = durch einen Marketingdienst
source-import = durch einen Import

## The copy: what GDPR Art. 15 requires to be told

info-who = Wer Ihre Daten speichert
info-who-text = Die Daten in dieser Kopie werden von { $controller } gespeichert. { $controller } entscheidet, wofür sie verwendet werden, und ist damit Verantwortlicher im Sinne der DSGVO.
info-who-contact = Bei Fragen zum Inhalt dieser Kopie erreichen Sie den Verantwortlichen unter { $contact }.
info-why = Warum Ihre Daten gespeichert werden
info-why-text = Zur Verwaltung der Geschäftsbeziehung zwischen { $controller } und Ihnen: um mit Ihnen in Kontakt zu bleiben, um Ihnen bereitzustellen, was Sie angefordert haben, und um festzuhalten, was vereinbart wurde.
info-why-purposes = Außerdem – mit Ihrer Einwilligung oder wie unten angegeben – für folgende Zwecke: { $purposes }.
info-what = Welche Kategorien von Daten
# category-* are listed (joined with commas) after "Diese Kopie enthält" (accusative).
info-what-text = Diese Kopie enthält { $categories }.
category-identity = Ihren Namen
category-contact = Ihre Kontaktdaten
category-employer = das Unternehmen, für das Sie tätig sind
category-custom = weitere über Sie erfasste Angaben
category-notes = Notizen über Sie
category-consent = Ihre Einwilligungsentscheidungen und deren Verlauf
category-record = die Zeitangaben und den Status Ihres Datensatzes
info-basis = Auf welcher Rechtsgrundlage
info-basis-text = Die Verwaltung der Geschäftsbeziehung beruht auf dem Vertrag mit Ihnen oder auf den berechtigten Interessen von { $controller } (Art. 6 Abs. 1 lit. b und f DSGVO). Werbung beruht auf Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO); die Rechtsgrundlage jeder einzelnen Einwilligungsentscheidung ist bei dieser angegeben.
info-recipients = Wer Ihre Daten erhält
info-recipients-intro = { $count ->
    [one] { $controller } gibt Daten über Sie an einen Empfänger weiter. Es handelt sich um einen Dienst, den { $controller } für Marketingzwecke nutzt:
   *[other] { $controller } gibt Daten über Sie an die folgenden Empfänger weiter. Es handelt sich um Dienste, die { $controller } für Marketingzwecke nutzt:
}
info-recipient = { $name } erhält für den Zweck { $purpose } Folgendes: { $receives }.
info-recipients-none = Ihre Daten werden nicht an andere Empfänger weitergegeben.
# receives-* follow "erhält … Folgendes:" and are joined with semicolons.
receives-consent = Ihre E-Mail-Adresse und Ihre Einwilligungsentscheidungen für diesen Zweck
receives-erasure = Ihre E-Mail-Adresse, falls Ihre Daten gelöscht werden, damit der Empfänger seine Kopie ebenfalls löscht
receives-record_events = die Kennung Ihres Datensatzes, wenn dessen Aufbewahrungsfrist abläuft oder er gelöscht wird
info-retention = Wie lange Ihre Daten gespeichert werden
info-retention-text = { $action ->
    [notify] Ihr Datensatz wird nach seinem Abschluss noch { $period } lang aufbewahrt; danach wird { $controller } daran erinnert, ihn zu löschen.
    [anonymize] Ihr Datensatz wird nach seinem Abschluss noch { $period } lang aufbewahrt; danach wird er auf anonyme statistische Angaben reduziert.
   *[other] Ihr Datensatz wird nach seinem Abschluss noch { $period } lang aufbewahrt; danach wird er gelöscht.
}
info-retention-date = Für Ihren Datensatz ist dies der { $date }.
info-retention-open = Ihr Datensatz ist noch nicht abgeschlossen; daher steht noch kein Datum fest.
info-source = Woher Ihre Daten stammen
info-source-text = Von Ihnen selbst oder von Mitarbeitenden bei { $controller } im Rahmen des Kontakts mit Ihnen.
info-rights = Ihre Rechte
info-rights-text = Sie können von { $controller } verlangen, unrichtige Daten zu korrigieren (Berichtigung), Ihre Daten zu löschen (Löschung) und ihre Verwendung auszusetzen, solange eine offene Frage geklärt wird (Einschränkung der Verarbeitung). Außerdem können Sie der Verwendung Ihrer Daten widersprechen; der Verwendung für Werbung können Sie jederzeit widersprechen. Sie können diese Kopie erneut anfordern und Ihre Daten in einem maschinenlesbaren Format verlangen.
info-complain = Wenn Sie sich beschweren möchten
info-complain-text = Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren, insbesondere in dem Land, in dem Sie wohnen oder arbeiten, oder in dem Land, in dem Ihrer Ansicht nach gegen das Datenschutzrecht verstoßen wurde.
info-who-address = Postanschrift des Verantwortlichen: { $address }.
info-who-dpo = Kontakt zum Datenschutzbeauftragten: { $name }, erreichbar unter { $contact }.
info-who-notice = Datenschutzhinweise des Verantwortlichen: { $url }
info-transfers = Übermittlungen außerhalb Europas
# Country names and safeguard-* stand after a colon, so they need no article.
info-transfer = { $name } ist in einem Land außerhalb des Europäischen Wirtschaftsraums ansässig: { $country }. Grundlage der Übermittlung: { $safeguard }.
info-transfers-none = Ihre Daten werden nicht in Länder außerhalb des Europäischen Wirtschaftsraums übermittelt.
safeguard-adequacy = Beschluss der Europäischen Kommission, dass das Land ein angemessenes Schutzniveau für personenbezogene Daten bietet (Angemessenheitsbeschluss, Art. 45 DSGVO)
safeguard-scc = Standarddatenschutzklauseln der Europäischen Kommission (Art. 46 Abs. 2 lit. c DSGVO)
safeguard-bcr = verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)
safeguard-derogation = Ausnahme für bestimmte Fälle (Art. 49 DSGVO)
info-automated = Automatisierte Entscheidungen
info-automated-none = { $controller } trifft keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen über Sie (Art. 22 DSGVO).
info-automated-text = { $controller } trifft auf automatisiertem Weg Entscheidungen über Sie, und zwar wie folgt: { $description }
info-complain-authority = Für { $controller } ist folgende Aufsichtsbehörde zuständig: { $authority }, { $url }
info-recipient-full = { $name } ({ $country }), für den Zweck { $purpose }: erhält { $receives }; Speicherdauer: { $retention }.
info-recipients-listed = { $count ->
    [one] { $controller } gibt Daten über Sie an einen Empfänger weiter:
   *[other] { $controller } gibt Daten über Sie an die folgenden Empfänger weiter:
}
info-recipient-where = { $name } ({ $country }), für den Zweck { $purpose }: erhält { $receives }.

## The recipients register, on the portal

portal-recipients-title = Wer personenbezogene Daten erhält
portal-recipients-intro = { $controller } gibt personenbezogene Daten an folgende Empfänger und Dienstleister weiter:
portal-recipients-none = { $controller } gibt keine personenbezogenen Daten an andere Empfänger weiter.
portal-recipient-name = Empfänger
portal-recipient-receives = Übermittelte Daten
portal-recipient-purpose = Zweck
portal-recipient-country = Land
portal-recipient-safeguard = Schutz außerhalb Europas
portal-recipient-retention = Speicherdauer
portal-recipient-in-eea = nicht erforderlich (innerhalb des Europäischen Wirtschaftsraums)
portal-recipient-marketing-service = Ein Marketingdienst
portal-dpo = Kontakt zum Datenschutzbeauftragten: { $name }, { $contact }
portal-authority = Sie können sich bei folgender Aufsichtsbehörde beschweren: { $authority }, { $url }

## Countries (ISO 3166-1 codes)

country-AT = Österreich
country-BE = Belgien
country-BG = Bulgarien
country-HR = Kroatien
country-CY = Zypern
country-CZ = Tschechien
country-DK = Dänemark
country-EE = Estland
country-FI = Finnland
country-FR = Frankreich
country-DE = Deutschland
country-GR = Griechenland
country-HU = Ungarn
country-IE = Irland
country-IT = Italien
country-LV = Lettland
country-LT = Litauen
country-LU = Luxemburg
country-MT = Malta
country-NL = Niederlande
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-SK = Slowakei
country-SI = Slowenien
country-ES = Spanien
country-SE = Schweden
country-IS = Island
country-LI = Liechtenstein
country-NO = Norwegen
country-GB = Vereinigtes Königreich
country-CH = Schweiz
country-US = Vereinigte Staaten
country-CA = Kanada
country-AU = Australien
country-NZ = Neuseeland
country-JP = Japan
country-KR = Südkorea
country-IN = Indien
country-SG = Singapur
country-BR = Brasilien
country-AR = Argentinien
country-UY = Uruguay
country-IL = Israel
country-CN = China

# Objection requests (Art. 21).
kind-objection = Ihr Widerspruch
portal-form-kind-objection = Widerspruch: gegen Direktwerbung oder eine andere Verarbeitung meiner Daten
portal-objection-what = Wogegen widersprechen Sie?
portal-objection-marketing = Direktwerbung: keine Werbung mehr an mich
portal-objection-legitimate = Andere Verarbeitung auf Grundlage berechtigter Interessen der Organisation
portal-objection-grounds = Ihre Gründe (bei anderer Verarbeitung): warum Sie widersprechen
portal-verified-objected = Erledigt: { $controller } verwendet Ihre Daten nicht mehr für Direktwerbung. Wir haben Ihnen eine Bestätigung per E-Mail gesendet.
mail-objected-subject = Ihr Widerspruch gegen Direktwerbung durch { $controller }
mail-objected-done = Ihr Widerspruch ist erfasst: Jede Einwilligung zu Werbung ist widerrufen, und { $controller } verwendet Ihre Daten nicht mehr für Direktwerbung, es sei denn, Sie willigen selbst erneut ausdrücklich ein.
mail-processing_stopped-subject = Ihr Widerspruch an { $controller }
mail-processing_stopped-text = { $controller } hat Ihren Widerspruch geprüft und die Verarbeitung, der Sie widersprochen haben, beendet; Ihre Daten bleiben eingeschränkt.

# Anträge auf Berichtigung (Art. 16).
kind-rectification = Berichtigung Ihrer bei { $controller } gespeicherten personenbezogenen Daten
portal-form-kind-rectification = Meine Daten berichtigen: Einige über mich gespeicherte Angaben sind falsch
portal-rectify-what = Welche Angaben sind falsch?
portal-rectify-intro = Tragen Sie für jede Angabe, die { $controller } falsch gespeichert hat, den richtigen Wert ein. Lassen Sie richtige Angaben leer.
portal-rectify-note = Was { $controller } noch wissen sollte (freiwillig)
rect-field-name = Name
rect-field-email = E-Mail-Adresse
rect-field-phone = Telefonnummer
rect-field-address = Postanschrift
rect-field-company = Firma
mail-rectified-subject = Ihr Antrag auf Berichtigung Ihrer Daten bei { $controller }
mail-rectified-text = { $controller } hat über die von Ihnen beantragten Berichtigungen entschieden.
mail-rectified-accepted = Wie beantragt berichtigt:
mail-rectified-declined = Nicht berichtigt, mit Begründung:
kind-restriction = Einschränkung der Verarbeitung Ihrer personenbezogenen Daten durch { $controller }
portal-form-kind-restriction = Einschränken: meine Daten aufbewahren, aber vorerst nicht weiter verarbeiten
portal-restriction-what = Warum verlangen Sie die Einschränkung?
portal-restriction-contests_accuracy = Ich bestreite die Richtigkeit meiner Daten, solange sie geprüft wird
portal-restriction-unlawful = Die Verarbeitung ist unrechtmäßig, aber ich möchte statt der Löschung eine Einschränkung
portal-restriction-legal_claims = Die Organisation braucht meine Daten nicht mehr, ich aber für Rechtsansprüche
portal-restriction-objected = Ich habe der Verarbeitung widersprochen, solange geprüft wird, wessen Gründe überwiegen
portal-restriction-details = Was Sie noch hinzufügen möchten (freiwillig)
mail-restricted-subject = { $controller } hat die Verarbeitung Ihrer Daten eingeschränkt
mail-restricted-text = { $controller } hat Ihrem Antrag stattgegeben: Ihre Daten werden aufbewahrt, aber außer der Speicherung nicht mehr verarbeitet, bis Sie etwas anderes hören. Bevor die Einschränkung aufgehoben wird, werden Sie benachrichtigt.
mail-lift_notice-subject = { $controller } hebt die Einschränkung Ihrer Daten auf
mail-lift_notice-text = { $controller } wird die von Ihnen verlangte Einschränkung der Verarbeitung Ihrer Daten aus folgendem Grund aufheben:
mail-lift_notice-date = Die Einschränkung wird am { $date } aufgehoben. Wenn Sie nicht einverstanden sind, wenden Sie sich vorher an { $controller }.

# Wahrscheinliche Dubletten und das Zusammenführen zweier Datensätze.

title-duplicates = Wahrscheinliche Dubletten
title-merge = Zwei Datensätze zusammenführen
flash-customer-merged = Die Datensätze wurden zusammengeführt; der andere Datensatz ist vernichtet.
merged-open-survivor = Den Datensatz öffnen, in den er zusammengeführt wurde

## duplicates.html and the notices that point to it

dupes-link = Wahrscheinliche Dubletten
dupes-heading = Wahrscheinliche Dubletten
dupes-intro = Paare von Datensätzen mit derselben E-Mail-Adresse, derselben Telefonnummer oder demselben Namen und Unternehmen. Sie könnten dieselbe Person sein: Vergleichen Sie sie und führen Sie sie zusammen, wenn das so ist.
dupes-caption = Paare von Datensätzen, die wahrscheinlich dieselbe Person sind
dupes-col-first = Datensatz
dupes-col-second = Wahrscheinlich dieselbe Person wie
dupes-col-shared = Gemeinsam
dupes-col-action = Aktion
dupes-unnamed = (ohne Namen)
dupes-compare = Vergleichen und zusammenführen
dupes-more = Weitere Paare
dupes-none = Keine wahrscheinlichen Dubletten.
dupes-back = Zurück zu den Kunden
dupes-reason-email = E-Mail-Adresse
dupes-reason-phone = Telefonnummer
dupes-reason-name_company = Name und Unternehmen
dupes-likely-heading = Wahrscheinliche Dubletten
dupes-likely-text = Andere Datensätze haben dieselbe E-Mail-Adresse, dieselbe Telefonnummer oder denselben Namen und dasselbe Unternehmen wie dieser. Es könnte dieselbe Person sein.
dupes-open-record = Datensatz { $id }

## merge.html

merge-heading = Zwei Datensätze zusammenführen
merge-warning = Beim Zusammenführen bleibt dieser Datensatz erhalten und „{ $other }“ wird vernichtet: Sein Datenschlüssel wird zerstört, er lässt sich nicht wiederherstellen.
merge-moves = Zu diesem Datensatz verschoben: { $notes } Notizen, { $consents } Einwilligungsentscheidungen und { $requests } Anfragen.
merge-consent-rule = Die Einwilligungsverläufe werden in zeitlicher Reihenfolge zusammengeführt. Hat einer der Datensätze die Einwilligung für einen Zweck verweigert oder widerrufen, behält der zusammengeführte Datensatz die Verweigerung.
merge-caption = Wählen Sie für jedes Feld, welcher Wert erhalten bleibt
merge-col-field = Feld
merge-col-this = Dieser Datensatz: { $name }
merge-col-other = Anderer Datensatz: { $name }
merge-empty = (leer)
merge-submit = Zusammenführen und den anderen Datensatz vernichten
merge-cancel = Abbrechen
merge-field-name = Name
merge-field-email = E-Mail
merge-field-phone = Telefon
merge-field-company = Unternehmen
merge-field-address = Adresse
merge-field-language = Bevorzugte Sprache
merge-into-summary = Einen anderen Datensatz in diesen zusammenführen
merge-with-label = ID des anderen Datensatzes
merge-with-hint = Seine Daten werden mit denen dieses Datensatzes zusammengeführt, danach wird er vernichtet.

## Refusals

fault-this-record-is-on-legal-hold-and-must-not-be-erased = dieser Datensatz hat eine Löschsperre und darf nicht gelöscht werden
fault-the-other-record-is-on-legal-hold-and-must-not-be-erased = der andere Datensatz hat eine Löschsperre und darf nicht gelöscht werden
fault-release-the-hold-before-merging = heben Sie die Löschsperre vor dem Zusammenführen auf
fault-processing-of-this-record-is-restricted-art-n = die Verarbeitung dieses Datensatzes ist eingeschränkt (Art. { $n1 })
fault-processing-of-the-other-record-is-restricted-art-n = die Verarbeitung des anderen Datensatzes ist eingeschränkt (Art. { $n1 })
fault-lift-the-restriction-before-merging = heben Sie die Einschränkung vor dem Zusammenführen auf
fault-is-this-record-itself = ist dieser Datensatz selbst
fault-give-the-id-of-the-other-record = geben Sie die ID des anderen Datensatzes an
fault-is-not-a-field-of-a-customer-record = ist kein Feld eines Kundendatensatzes
fault-must-be-this-or-from = muss this oder from sein
fault-is-a-required-field-keep-the-record-that-has-a-value = ist ein Pflichtfeld: behalten Sie den Datensatz, der einen Wert hat

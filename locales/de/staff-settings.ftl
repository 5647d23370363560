# Staff pages: settings for retention, custom fields and integrations.
# Keys start with the name of the template they belong to.
#
# German: staff are addressed with "Sie". Terms: Aufbewahrungsfrist,
# Aufbewahrungsregel (policy), abgeschlossener Datensatz, vernichten (shred),
# Signaturschlüssel (signing secret), Abgleich (consent snapshot, as in
# staff.ftl), Zustellung (delivery), Empfänger (receiver). Roles as in
# staff-account.ftl: Betrachter, Mitarbeiter, Administrator, Inhaber.

## retention.html

retention-heading = Aufbewahrung
retention-intro = Ein als abgeschlossen markierter Datensatz wird für die unten angegebene Frist aufbewahrt; danach verfährt Steward damit wie festgelegt.
# { $date } is a date and time.
retention-last-changed = Zuletzt geändert am { $date }.
# The preview sentence is split around its two highlighted values:
# retention-preview-period, then the period typed (P90D), then
# retention-preview-expires, then a date and time, then retention-preview-end.
retention-preview-period = Gilt eine Aufbewahrungsfrist von
retention-preview-expires = , endet sie für heute abgeschlossene Datensätze am
retention-preview-end = .
retention-preview-past = { $count ->
    [one] Ein abgeschlossener Datensatz hätte die Frist bereits jetzt überschritten.
   *[other] { $count } abgeschlossene Datensätze hätten die Frist bereits jetzt überschritten.
}
retention-preview-past-newly = { $count ->
    [one] Ein abgeschlossener Datensatz hätte die Frist bereits jetzt überschritten; nach der derzeitigen Aufbewahrungsregel ist er noch nicht abgelaufen.
   *[other] { $count } abgeschlossene Datensätze hätten die Frist bereits jetzt überschritten, davon { $newly } nach der derzeitigen Aufbewahrungsregel noch nicht abgelaufen.
}
retention-expire-after = Abgeschlossene Datensätze aufbewahren für
retention-expire-after-hint = Wählen Sie eine Zahl und eine Einheit. Eine Woche zählt 7 Tage, ein Monat 31 Tage und ein Jahr 366 Tage, damit ein Zeitraum nie vor dem gleichen Kalenderdatum endet; höchstens 36.500 Tage (etwa 100 Jahre).
retention-action = Nach Ablauf der Frist
retention-action-notify = Uns benachrichtigen – wiederholt, bis jemand tätig wird
retention-action-anonymize = Datensatz anonymisieren
retention-action-shred = Datensatz vernichten
retention-remind-every = Erneut erinnern im Abstand von
retention-remind-every-hint = Wie oft abgelaufene Datensätze erneut vorgelegt werden, bis jemand handelt. Monate und Jahre zählen wie oben; leer bleibt es bei einer Woche.
retention-email-to = Berichte senden an
retention-email-to-hint = Eine Adresse pro Zeile; bleibt das Feld leer, gehen die Berichte an die Administratoren und Inhaber
retention-webhook = Den Ablauf der Frist außerdem per Webhook an angebundene Programme melden
retention-save = Speichern
retention-preview = Vorschau ohne Speichern

## fields.html

fields-heading = Eigene Felder
fields-col-label = Bezeichnung
fields-col-key = Schlüssel
fields-col-type = Typ
fields-col-visible-to = Sichtbar für
fields-col-rules = Regeln
# { $role } is a role's code as stored; the other variant covers any other value.
fields-visible-to = { $role ->
    [viewer] Betrachter und höhere Rollen
    [staff] Mitarbeiter und höhere Rollen
    [admin] Administratoren und Inhaber
    [owner] Nur Inhaber
   *[other] { $role } und höhere Rollen
}
fields-rule-required = Pflichtfeld
fields-rule-personal = personenbezogen
fields-none = Noch keine eigenen Felder.
fields-new = Neues Feld
fields-key = Schlüssel
fields-key-hint = Name des Feldes in der API: a–z, 0–9 und _, z. B. loyalty_tier; kann später nicht mehr geändert werden
fields-kind = Typ
fields-add = Feld hinzufügen

## field.html

field-heading = Eigenes Feld „{ $label }“
field-all = Alle Felder
field-key = Schlüssel
field-fixed = (beides kann nicht geändert werden)
field-save = Speichern
field-delete-heading = Löschen
field-delete-values = Die Werte dieses Feldes werden sofort aus allen Datensätzen entfernt.
field-delete-final = Dies kann nicht rückgängig gemacht werden.
field-delete = Feld löschen

## field_form.html

field-form-label = Bezeichnung
field-form-label-hint = Wird neben dem Wert angezeigt
field-form-options = Optionen (eine pro Zeile)
field-form-options-hint = Nur für ein Feld mit Auswahl aus einer Liste
field-form-option-error = Option { $n }: { $error }
field-form-visible-to = Sichtbar für
field-form-visible-viewer = Alle (Betrachter und höhere Rollen)
field-form-visible-staff = Mitarbeiter und höhere Rollen
field-form-visible-admin = Administratoren und Inhaber
field-form-visible-owner = Nur Inhaber
field-form-required = Pflichtfeld: Jeder Datensatz muss einen Wert haben
field-form-personal = Personenbezogen: Der Wert kann eine Person identifizierbar machen und wird daher beim Anonymisieren entfernt

## integrations.html

integrations-heading = Integrationen
integrations-intro = Marketing-Werkzeuge und andere Programme, die über signierte Webhooks von Änderungen an Einwilligungen und von Löschungen erfahren und Steward Abmeldungen melden, und zwar an
integrations-created = Die Integration ist angelegt.
integrations-created-secret = Geben Sie diesen Signaturschlüssel jetzt an den Empfänger weiter; er wird nicht noch einmal angezeigt:
integrations-open = Integration öffnen
integrations-col-receiver = Empfänger
integrations-col-events = Ereignisse
integrations-col-status = Status
integrations-col-pending = Ausstehend
integrations-col-dead = Aufgegeben
integrations-on = aktiv
integrations-off = inaktiv
integrations-none = Noch keine Integrationen.
integrations-new = Neue Integration
integrations-url = Empfänger-URL
integrations-url-hint = https://… – Adresse, an die Steward signierte Webhooks sendet
integrations-purpose = Einwilligungszweck, der abgeglichen wird
integrations-purpose-hint = Der Einwilligungszweck, dessen Entscheidungen abgeglichen werden.
integrations-snapshot-every = Vollständigen Abgleich aller Einwilligungen senden im Abstand von
integrations-snapshot-every-hint = Mindestens 1 Stunde und höchstens 31 Tage (ein Monat zählt 31 Tage); leer bedeutet 1 Tag.
integrations-enabled = Aktiv: sofort mit dem Senden beginnen
integrations-add = Integration hinzufügen

## integration.html

integration-heading = Integration
integration-all = Alle Integrationen
integration-new-secret = Der neue Signaturschlüssel – geben Sie ihn jetzt an den Empfänger weiter; er wird nicht noch einmal angezeigt:
integration-rotating-until = Bis zum { $until } werden Nachrichten sowohl mit dem alten als auch mit dem neuen Signaturschlüssel signiert.
integration-receiver = Empfänger
integration-status = Status
integration-on = aktiv
integration-off = inaktiv
integration-purpose = Einwilligungszweck
integration-inbound = Eingangsadresse
integration-pending = Ausstehend
integration-dead = Aufgegeben
integration-next-snapshot = Nächster Abgleich
integration-settings = Einstellungen
integration-url = Empfänger-URL
integration-snapshot-every = Vollständigen Abgleich aller Einwilligungen senden im Abstand von
integration-enabled = Aktiv
integration-save = Speichern
integration-snapshot-now = Abgleich jetzt senden
integration-grace = Alten Signaturschlüssel weiter gelten lassen für
integration-grace-hint = Wie lange das alte Geheimnis neben dem neuen weiter signiert: höchstens 7 Tage; 0 Stunden beendet es sofort.
integration-rotate = Neuer Signaturschlüssel
integration-delete = Löschen
integration-refused = „{ $action }“ wurde nicht ausgeführt: { $reason }
integration-deliveries = Zustellungen
integration-filter-all = Alle
integration-filter-pending = Ausstehend
integration-filter-delivered = Zugestellt
integration-filter-dead = Aufgegeben
integration-col-made = Erstellt
integration-col-event = Ereignis
integration-col-state = Status
integration-col-attempts = Versuche
integration-col-answer = Letzte Antwort
integration-col-action = Aktion
integration-next-try = nächster Versuch am { $at }
integration-http-status = HTTP { $status }
integration-retry = Erneut senden
integration-older = Ältere Zustellungen
integration-none = Keine Zustellungen.
integration-none-in-state = Keine Zustellungen mit diesem Status.

## event_choices.html

event-choices-legend = Empfangene Ereignisse
purposes-heading = Einwilligungszwecke
purposes-intro = Wozu Kundinnen und Kunden einwilligen können, etwa zu einem Newsletter. Das Team wählt einen Zweck über seine Bezeichnung, wenn es eine Entscheidung erfasst; Kundinnen und Kunden sehen die Bezeichnung in ihrer Auskunft und im Portal.
purposes-none = Noch keine Zwecke. Legen Sie unten den ersten an.
purposes-col-label = Bezeichnung
purposes-col-key = Schlüssel für Programme
purposes-new-heading = Zweck hinzufügen
purposes-label = Bezeichnung
purposes-label-hint = In der Sprache dieser Seiten, so wie Kundschaft und Team sie lesen, z. B. Newsletter per E-Mail
purposes-description = Beschreibung
purposes-description-hint = Optional: wozu die Kundin oder der Kunde einwilligt, in ein bis zwei Sätzen
purposes-key = Schlüssel für Programme
purposes-key-hint = Optional: Leer gelassen, wird er aus der Bezeichnung gebildet (aus Newsletter per E-Mail wird newsletter_per_e_mail). Programme und die API verwenden ihn; er lässt sich später nicht ändern.
purposes-add = Zweck hinzufügen
integrations-purpose-default = Der Standardzweck (marketing_email)
event-type-consent-updated = Einwilligung erteilt oder widerrufen
event-type-consent-snapshot = Vollständiger Einwilligungsstand
event-type-contact-forget = Kontakt ist zu löschen
event-type-customer-expired = Aufbewahrungsfrist eines Datensatzes abgelaufen
event-type-customer-shredded = Datensatz vernichtet
event-type-customer-anonymized = Datensatz anonymisiert
event-type-customer-merged = Zwei Datensätze zusammengeführt
event-type-request-received = Anfrage einer Kundin oder eines Kunden eingegangen
fields-rule-correctable = berichtigbar
field-form-correctable = Berichtigbar: Die Person kann über das Portal verlangen, diesen Wert zu berichtigen (Berichtigung, Art. 16 DSGVO)

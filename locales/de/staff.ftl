# Die Seiten für Mitarbeitende: Rahmen, Seitentitel, Fehlerseiten, Rollen
# und die Meldungen nach einer Aktion.

## Der Rahmen jeder Seite nach der Anmeldung

layout-skip = Zum Inhalt springen
layout-menu = Hauptmenü
layout-customers = Kunden
layout-inbox = Posteingang
layout-requests = Anfragen
layout-retention = Aufbewahrung
layout-request-settings = Identitätsprüfung
layout-fields = Felder
layout-users = Benutzer
layout-tokens = API-Tokens
layout-integrations = Integrationen
layout-recipients = Empfänger
layout-audit = Audit-Protokoll
layout-organisation = Organisation
layout-sign-out = Abmelden
layout-search-form = Überall suchen
layout-search-label = Kunden suchen
layout-search-placeholder = Suchen (Taste /)
layout-search-button = Suchen
layout-cancelled = Das Konto dieser Organisation ist gekündigt: Bis zur Löschung ihrer Daten ist alles schreibgeschützt – außer dem, worauf Kunden ein Recht haben: Einwilligungen können weiterhin widerrufen und ihre Anfragen (auch auf Löschung) beantwortet werden.
field-required = (Pflichtfeld)

## Rollen

role-viewer = Betrachter
role-staff = Mitarbeiter
role-admin = Administrator
role-owner = Inhaber

## Seitentitel

title-audit = Audit-Protokoll
title-sign-in = Anmelden
title-account = Ihr Konto
title-tokens = API-Tokens
title-fields = Eigene Felder
title-field = Eigenes Feld
title-inbox = Posteingang
title-recipients = Empfänger
title-requests = Anfragen
title-request-settings = Identitätsprüfung
title-retention = Aufbewahrung
title-integrations = Integrationen
title-integration = Integration
title-organisation = Organisation
title-users = Benutzer
title-customers = Kunden
title-customer = Kundendatensatz
title-edit-customer = Kunde bearbeiten
title-new-customer = Neuer Kunde
title-erase = Kundendatensatz löschen
title-bulk-erase = Datensätze löschen
title-bulk-erased = Datensätze gelöscht

## Fehlerseiten

title-error-forbidden = Nicht erlaubt
title-error-not-found = Nicht gefunden
title-error-conflict = Gerade nicht möglich
title-error-gone = Endgültig gelöscht
title-error-too-many = Zu viele Versuche
title-error-busy = Gerade ausgelastet
title-error-internal = Etwas ist schiefgegangen
title-error-invalid = Etwas stimmt nicht
error-back = Zurück zu den Kunden

## Die Sprache der eigenen Seiten, auf der Kontoseite

language-picker-heading = Sprache
language-picker-label = Seiten anzeigen auf
language-picker-hint = Die Sprachen, in denen die Seiten von Steward vollständig vorliegen. Bis Sie wählen, gilt die Voreinstellung Ihrer Organisation.
language-picker-default = Voreinstellung der Organisation ({ $language })
language-picker-save = Speichern

## Meldungen nach einer Aktion

flash-session-ended = Ihre Sitzung wurde nach längerer Inaktivität beendet. Bitte melden Sie sich erneut an.
flash-totp-required = Ihre Organisation verlangt von Administratoren die Zwei-Faktor-Anmeldung. Bitte richten Sie sie ein, um fortzufahren.
flash-signed-in = Sie sind angemeldet.
flash-signed-out = Sie sind abgemeldet.
flash-session-revoked = Diese Sitzung ist beendet.
flash-totp-on = Die Zwei-Faktor-Anmeldung ist aktiviert: Ab jetzt wird bei der Anmeldung ein Code abgefragt.
flash-totp-off = Die Zwei-Faktor-Anmeldung ist deaktiviert.
flash-time-zone-set = Zeiten werden jetzt in { $zone } angezeigt.
flash-language-set = Die Seiten werden jetzt auf { $language } angezeigt.
flash-password-changed = { $count ->
    [one] Ihr Passwort ist geändert; 1 andere Sitzung wurde beendet.
   *[other] Ihr Passwort ist geändert; { $count } andere Sitzungen wurden beendet.
}
flash-token-revoked = Das Token ist widerrufen.
flash-retention-saved = Die Aufbewahrungsregel ist gespeichert.
flash-customer-created = Der Kundendatensatz ist gespeichert.
flash-customer-saved = Ihre Änderungen sind gespeichert.
flash-note-added = Die Notiz ist hinzugefügt.
flash-consent-recorded = Die Entscheidung zur Einwilligung ist festgehalten.
flash-record-completed = Der Datensatz ist abgeschlossen; seine Aufbewahrungsfrist läuft.
flash-record-reopened = Der Datensatz ist wieder aktiv; er läuft nicht mehr ab.
flash-record-restricted = Die Verarbeitung des Datensatzes ist eingeschränkt.
flash-record-unrestricted = Die Einschränkung ist aufgehoben.
flash-record-held = Der Datensatz unterliegt einer Löschsperre: Er wird nicht gelöscht.
flash-record-released = Die Löschsperre ist aufgehoben.
flash-record-shredded = Der Datensatz ist vernichtet: Seine Daten sind endgültig gelöscht, auch in Sicherungen.
flash-record-anonymized = Der Datensatz ist anonymisiert: Seine personenbezogenen Daten sind endgültig gelöscht.
flash-notice-acknowledged = Der Hinweis ist bestätigt; Erinnerungen daran hören auf.
flash-request-fulfilled = Die Anfrage ist beantwortet.
flash-request-rejected = Die Anfrage ist abgelehnt; die Person erfährt den Grund.
flash-request-extended = Die Frist ist verlängert; die Person erfährt den Grund.
flash-request-identity-confirmed = Identität bestätigt; der Antrag steht in der Warteschlange.
flash-request-identity-refused = Identität nicht bestätigt; der Antrag ist abgelehnt und die Person erfährt den Grund.
flash-request-settings-saved = Die Einstellungen zur Identitätsprüfung sind gespeichert.
flash-integration-saved = Die Integration ist gespeichert.
flash-integration-snapshot = Mit dem nächsten Lauf wird ein Abgleich aller Einwilligungen gesendet.
flash-integration-deleted = Die Integration ist gelöscht, mit allem, was noch für sie wartete.
flash-delivery-retried = Die Zustellung wird jetzt erneut gesendet.
flash-organisation-saved = Die Einstellungen sind gespeichert.
flash-organisation-cancelled = Das Konto ist gekündigt. Alles ist jetzt schreibgeschützt; laden Sie den Export vor der Löschung herunter.
flash-logo-saved = Das Logo ist gespeichert.
flash-logo-removed = Das Logo ist entfernt.
flash-field-added = Das Feld { $key } ist hinzugefügt.
flash-field-saved = Das Feld ist gespeichert.
flash-field-deleted = Das Feld ist gelöscht; seine Werte sind aus allen Datensätzen entfernt.
flash-recipient-added = Der Eintrag ist dem Verzeichnis hinzugefügt.
flash-recipient-saved = Der Verzeichniseintrag ist gespeichert.
flash-recipient-removed = Der Eintrag ist aus dem Verzeichnis entfernt.
flash-user-role-changed = Die Rolle ist geändert.
flash-user-disabled = Das Konto ist deaktiviert; seine Sitzungen und Tokens funktionieren nicht mehr.
flash-user-enabled = Das Konto ist wieder aktiviert.
flash-user-totp-reset = Die Zwei-Faktor-Anmeldung ist zurückgesetzt; der Benutzer kann sie neu einrichten.

## Ablehnungen auf der Anmeldeseite

sign-in-code-needed = Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.
sign-in-refused = Nicht angemeldet: Organisation, E-Mail-Adresse oder Passwort stimmen nicht.
sign-in-throttled = Zu viele fehlgeschlagene Versuche; versuchen Sie es in { $seconds } Sekunden erneut.

## Filter über Listen

filter-all = Alle Datensätze
filter-active = Aktiv
filter-complete = Abgeschlossen
filter-expiring = Läuft bald ab
filter-expired = Abgelaufen
filter-anonymized = Anonymisiert
tab-open = Offen
tab-identity = Identität zu bestätigen
tab-unverified = Unbestätigt
tab-fulfilled = Erledigt
tab-rejected = Abgelehnt
tab-all = Alle

## Worum es in einem Hinweis geht, und die Arten von Anfragen

notice-expired = Aufbewahrungsfrist abgelaufen: Datensatz löschen oder behalten
notice-anonymized = Datensatz durch die Aufbewahrungsregel anonymisiert
notice-shredded = Datensatz durch die Aufbewahrungsregel vernichtet
notice-returned = Ein aus einer Sicherung wiederhergestellter Datensatz wurde erneut gelöscht
notice-request-received = Eine neue Betroffenenanfrage wurde bestätigt und wartet auf Antwort
notice-request-identity = Eine neue Betroffenenanfrage wurde bestätigt; vor der Antwort muss die Identität der antragstellenden Person bestätigt werden
notice-request-due-soon = Eine Betroffenenanfrage ist bald fällig
notice-request-overdue = Eine Betroffenenanfrage ist überfällig
notice-integration-disabled = Ein Marketing-Werkzeug wurde abgeschaltet
request-kind-copy = Kopie der Daten
request-kind-erasure = Löschung
request-kind-withdraw-consent = Widerruf der Einwilligung
request-kind-portability = Daten zum Mitnehmen

## Wer etwas getan hat und worum es ging, im Audit-Protokoll

audit-actor-user = Benutzer { $id }
audit-actor-token = Token { $id }
audit-actor-system = System
audit-actor-anonymous = anonym
audit-actor-integration = Integration { $id }
audit-target-customer = Kunde { $id }
audit-target-user = Benutzer { $id }
audit-target-api_token = API-Token { $id }
audit-target-field = Feld { $id }
audit-target-import = Import { $id }
audit-target-integration = Integration { $id }
audit-target-notification = Hinweis { $id }
audit-target-purpose = Zweck { $id }
audit-target-recipient = Empfänger { $id }
audit-target-request = Anfrage { $id }
audit-target-session = Sitzung { $id }
audit-target-tenant = Organisation { $id }
audit-actor-other = { $kind } { $id }
audit-target-other = { $kind } { $id }

## Die Arten eigener Felder

field-kind-text = Text
field-kind-number = Zahl
field-kind-date = Datum
field-kind-bool = Ja oder nein
field-kind-select = Auswahl aus einer Liste

## Gespeicherte Werte, wie die Seiten sie zeigen

customer-state-active = aktiv
customer-state-complete = abgeschlossen
customer-state-anonymized = anonymisiert
customer-source-staff = Mitarbeiter
customer-source-portal = Portal
customer-source-sync = Marketing-Werkzeug
customer-source-import = Import
actor-you = Ihnen
actor-user = einem Mitarbeiter
actor-token = einem API-Token
actor-integration = einem verbundenen Werkzeug
actor-customer = dem Kunden
actor-steward = Steward
field-yes = ja
field-no = nein
notice-closed-acknowledged = zur Kenntnis genommen
notice-closed-reopened = Datensatz wieder geöffnet
notice-closed-held = Löschsperre gesetzt
notice-closed-rescheduled = Frist neu berechnet
notice-closed-closed = Anfrage abgeschlossen
notice-closed-shredded = Datensatz vernichtet
notice-closed-anonymized = Datensatz anonymisiert
request-state-unverified = unbestätigt
request-state-identity = Identität zu bestätigen
request-state-open = offen
request-state-fulfilling = in Bearbeitung
request-state-fulfilled = erfüllt
request-state-rejected = abgelehnt
request-outcome-copy_sent = Kopie versandt
request-outcome-no_data = keine Daten
request-outcome-erased = gelöscht
request-outcome-erased_partly = teilweise gelöscht
request-outcome-refused_hold = abgelehnt: Löschsperre
request-outcome-withdrawn = Einwilligung widerrufen
request-outcome-rejected = abgelehnt
request-kind-copy-lower = Kopie der Daten
request-kind-erasure-lower = Löschung
request-kind-withdraw-consent-lower = Widerruf der Einwilligung
request-kind-portability-lower = Daten zum Mitnehmen
safeguard-short-adequacy = Angemessenheitsbeschluss (Art. 45 DSGVO)
safeguard-short-scc = Standarddatenschutzklauseln (Art. 46 Abs. 2 lit. c DSGVO)
safeguard-short-bcr = Verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)
safeguard-short-derogation = Ausnahme für bestimmte Fälle (Art. 49 DSGVO)
recipients-sent-consent = E-Mail-Adresse und Einwilligungsentscheidungen für { $purpose }
recipients-sent-erasure = E-Mail-Adresse, wenn die Person gelöscht wird
recipients-sent-record-events = Datensatz-ID, wenn die Aufbewahrungsfrist abläuft oder der Datensatz gelöscht wird

## Ablehnungen, die die Seiten selbst erklären

erase-refused-name = Geben Sie zur Bestätigung den Namen des Kunden genau wie angezeigt ein.
bulk-erase-refused-count = Geben Sie zur Bestätigung die Anzahl der Datensätze ein: { $count }. Es wurde nichts gelöscht.
customer-form-conflict = Jemand anderes hat diesen Datensatz geändert, während Sie ihn bearbeitet haben. Das Formular enthält weiterhin Ihre Änderungen; prüfen Sie den Datensatz und speichern Sie dann erneut, um die andere Änderung zu überschreiben.

## The inbox: the count in the menu (read after "Inbox"), acknowledging several
layout-inbox-open =
{ $count ->
    [one] ein offener Hinweis
   *[other] { $count } offene Hinweise
}
flash-notices-acknowledged =
{ $count ->
    [one] Ein Hinweis wurde zur Kenntnis genommen; seine Erinnerungen enden.
   *[other] { $count } Hinweise wurden zur Kenntnis genommen; ihre Erinnerungen enden.
}
flash-notices-none-ticked = Wählen Sie mindestens einen Hinweis aus.
field-fault-predicate = „{ $label }“ { $reason }.
field-fault = „{ $label }“: { $reason }
form-fix-fields =
    { $count ->
        [one] Bitte korrigieren Sie dieses Feld:
       *[other] Bitte korrigieren Sie diese { $count } Felder:
    }
form-other-field = Ein weiteres Feld (siehe Formular unten)
period-amount = Anzahl
period-unit = Einheit
period-unit-seconds = Sekunden
period-unit-minutes = Minuten
period-unit-hours = Stunden
period-unit-days = Tage
period-unit-weeks = Wochen
period-unit-months = Monate
period-unit-years = Jahre
period-stored-as = Gespeichert als { $period }
layout-purposes = Einwilligungszwecke
title-purposes = Einwilligungszwecke
flash-purpose-added = Der Zweck ist angelegt; das Team kann ihn jetzt auswählen.

request-kind-objection = Widerspruch
request-kind-objection-lower = Widerspruch
request-outcome-objected = Werbung beendet
request-outcome-processing_stopped = Verarbeitung beendet

# Rectification requests (Art. 16).
request-kind-rectification = Berichtigung
request-kind-rectification-lower = Berichtigung
request-outcome-rectified = Angaben berichtigt
request-outcome-rectification_declined = Berichtigung abgelehnt
requests-rectification-review = Berichtigungen prüfen
requests-rectification-review-skip = die in diesem Antrag verlangt werden
flash-request-rectified = Entscheidungen gespeichert; die Person wurde benachrichtigt.
title-rectification = Berichtigung
rectification-heading = Verlangte Berichtigungen
rectification-back = Zurück zum Antrag
rectification-intro = Die Person gibt an, dass diese Angaben falsch sind. Entscheiden Sie über jede: Annehmen berichtigt jeden zugeordneten Datensatz, Ablehnen braucht eine Begründung, die der Person mitgeteilt wird.
rectification-note = Erläuterung der Person
rectification-caption = Aktuelle Werte in { $count } zugeordneten Datensätzen neben den verlangten Werten
rectification-col-detail = Angabe
rectification-col-record = Datensatz { $n }
rectification-col-proposed = Verlangt
rectification-col-decision = Entscheidung
rectification-empty = kein Wert
rectification-decide = Entscheidung über { $detail }
rectification-accept = Annehmen
rectification-decline = Ablehnen
rectification-reason = Begründung der Ablehnung (wird der Person mitgeteilt)
rectification-accepted = Angenommen
rectification-declined = Abgelehnt
rectification-submit = Entscheidungen speichern und die Person benachrichtigen
request-kind-restriction = Einschränkung
request-kind-restriction-lower = Einschränkung
request-outcome-restricted = Verarbeitung eingeschränkt
requests-stop-processing = Verarbeitung einstellen
requests-uphold = Aufrechterhalten – zwingende Gründe nennen
requests-uphold-button = Verarbeitung aufrechterhalten
requests-restrict-now = Datensätze jetzt einschränken, bis entschieden ist
requests-restricted-meanwhile = Die Datensätze sind eingeschränkt, bis entschieden ist; vor der Aufhebung wird die Person benachrichtigt.
flash-request-restricted = Die Datensätze sind eingeschränkt, bis über die Anfrage entschieden ist.

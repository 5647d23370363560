# Seiten für Mitarbeitende: Anmeldung, eigenes Konto, API-Tokens, Benutzer
# und Audit-Protokoll. Die Schlüssel beginnen mit dem Namen ihrer Vorlage.
#
# Die Leserinnen und Leser werden mit „Sie“ angesprochen. Rollennamen wie
# in users-roles-explained: Betrachter, Mitarbeiter, Administrator, Inhaber.

## login.html

login-page-title = Anmelden · Steward
login-heading = Bei Steward anmelden
login-organisation = Organisation
login-email = E-Mail
login-password = Passwort
login-totp = Code aus Ihrer Authenticator-App
login-submit = Anmelden

## account.html

account-heading = Ihr Konto
account-totp-heading = Zwei-Faktor-Anmeldung
account-totp-on = Aktiviert: Bei der Anmeldung wird ein Code aus Ihrer Authenticator-App abgefragt.
account-totp-disable-code-label = Aktueller Code, um sie zu deaktivieren
account-totp-disable = Deaktivieren
account-totp-enrol-intro = Fügen Sie dieses Konto mit dem unten stehenden Schlüssel zu Ihrer Authenticator-App hinzu (oder öffnen Sie den Link auf dem Smartphone, auf dem die App installiert ist), und geben Sie dann den angezeigten Code ein.
account-totp-key = Schlüssel
account-totp-link = Link
account-totp-pending = Die Einrichtung wurde begonnen: Geben Sie den Code ein, den Ihre Authenticator-App anzeigt, um die Zwei-Faktor-Anmeldung zu aktivieren.
account-totp-confirm-code-label = Code aus der App
account-totp-confirm = Aktivieren
account-totp-restart = Mit einem neuen Schlüssel neu beginnen
account-totp-off = Deaktiviert.
account-totp-off-explained = Ist sie aktiviert, benötigen Sie zur Anmeldung neben Ihrem Passwort auch einen Code aus einer App, etwa einer Authenticator-App auf Ihrem Smartphone.
account-totp-set-up = Zwei-Faktor-Anmeldung einrichten
account-zone-heading = Zeitzone
account-zone-label = Zeiten anzeigen in
account-zone-save = Speichern
account-password-heading = Passwort
account-password-current-label = Aktuelles Passwort
account-password-new-label = Neues Passwort
account-password-new-hint = Mindestens 12 Zeichen
account-password-change = Passwort ändern
account-password-ends-sessions = Wenn Sie das Passwort ändern, werden Ihre anderen Sitzungen beendet.
account-sessions-heading = Wo Sie angemeldet sind
account-sessions-signed-in = Angemeldet
account-sessions-last-used = Zuletzt aktiv
account-sessions-from = Von wo
account-sessions-browser = Browser
account-sessions-action = Aktion
account-sessions-this = diese Sitzung
account-sessions-end = Beenden

## tokens.html

tokens-heading = API-Tokens
tokens-intro-sent-as = Programme melden sich mit einem Token an, übermittelt als
tokens-intro-header = Authorization: Bearer stw_…
tokens-intro-role = Ein Token hat die Rechte seiner Rolle, niemals mehr als Sie selbst.
tokens-created = Das Token „{ $name }“ wurde erstellt.
tokens-created-copy = Kopieren Sie es jetzt; es wird nicht erneut angezeigt:
tokens-name = Name
tokens-role = Rolle
tokens-made = Erstellt
tokens-last-used = Zuletzt verwendet
tokens-status = Status
tokens-never-used = nie
tokens-revoked = widerrufen am { $date }
tokens-revoke = Widerrufen
tokens-none = Es gibt noch keine Tokens.
tokens-new-heading = Neues Token
tokens-new-name-label = Verwendungszweck
tokens-new-name-hint = z. B. das Abrechnungssystem
tokens-new-submit = Token erstellen

## users.html

users-heading = Benutzer
users-created = { $email } kann sich jetzt anmelden.
users-created-password = Das Passwort lautet
users-created-password-after = – geben Sie es auf sicherem Weg weiter; es wird nicht erneut angezeigt.
users-caption = Benutzer dieser Organisation
users-name = Name
users-email = E-Mail
users-role = Rolle
users-status = Status
users-change = Ändern
users-you = (Sie)
users-refused = Für { $name } wurde nichts geändert: { $reason }
users-disabled = deaktiviert
users-active = aktiv
users-totp = Zwei-Faktor
users-role-of = Rolle von { $name }
users-set-role = Rolle festlegen
users-set-role-of = für { $name }
users-enable = Aktivieren
users-disable = Deaktivieren
users-reset-totp = Zwei-Faktor-Anmeldung zurücksetzen
users-reset-totp-of = für { $name }
users-new-heading = Neuer Benutzer
users-password = Passwort
users-password-hint = Mindestens 12 Zeichen; leer lassen, um eines erzeugen zu lassen
users-new-submit = Benutzer hinzufügen
users-roles-explained = Betrachter lesen Datensätze; Mitarbeiter können sie außerdem ändern und Betroffenenanfragen beantworten; Administratoren können außerdem löschen sowie Aufbewahrungsfristen, Benutzer, Tokens und Integrationen verwalten; Inhaber können außerdem weitere Inhaber ernennen.

## audit.html

audit-heading = Audit-Protokoll
audit-intro = Wer wann was von wo aus getan hat – aber niemals personenbezogene Daten.
audit-intro-chain = Jeder Eintrag ist über einen Hashwert mit dem vorherigen verkettet, sodass ein geänderter oder entfernter Eintrag auffällt.
audit-check-ok = { $count ->
    [one] Die Kette ist intakt: { $count } Eintrag geprüft.
   *[other] Die Kette ist intakt: { $count } Einträge geprüft.
}
audit-check-broken = Die Kette ist bei Eintrag { $seq } unterbrochen: { $reason }
audit-check = Kette prüfen
audit-caption = Audit-Einträge, neueste zuerst
audit-when = Wann
audit-what = Was
audit-who = Wer
audit-about = Betrifft
audit-from = Von wo
audit-older = Ältere Einträge
audit-newest = Neueste Einträge

## audit.html: the filter, the export, names
audit-filter-heading = Filtern
audit-filter-actor = Wer
audit-filter-actor-any = Alle
audit-filter-actor-system = Steward selbst (Aufträge, Befehlszeile)
audit-filter-action = Was geschah
audit-filter-action-any = Alle Ereignisse
audit-filter-record = ID des Datensatzes oder Eintrags
audit-filter-from = Von
audit-filter-to = Bis (einschließlich)
audit-filter-dates-hint = Tage zählen von Mitternacht bis Mitternacht UTC.
audit-filter-apply = Anzeigen
audit-filter-clear = Alle Einträge anzeigen
audit-export = Diese Einträge exportieren (CSV)
audit-export-hint = Die Datei enthält alle Einträge, auf die der Filter passt, nicht nur diese Seite; der Export wird selbst protokolliert.
audit-none = Keine Einträge passen auf den Filter.
audit-token = API-Token

## Audit events in words (the code shows beside them)
audit-event-auth-login = Angemeldet
audit-event-auth-login_failed = Anmeldung fehlgeschlagen
audit-event-auth-logout = Abgemeldet
audit-event-auth-password_changed = Passwort geändert
audit-event-auth-session_revoked = Sitzung beendet
audit-event-auth-totp_enrol_started = Einrichtung der Zwei-Faktor-Anmeldung begonnen
audit-event-auth-totp_enabled = Zwei-Faktor-Anmeldung eingeschaltet
audit-event-auth-totp_disabled = Zwei-Faktor-Anmeldung ausgeschaltet
audit-event-customer-created = Datensatz angelegt
audit-event-customer-bulk_created = Datensätze gesammelt angelegt
audit-event-customer-updated = Datensatz geändert
audit-event-customer-read = Datensatz geöffnet
audit-event-customer-listed = Datensätze in einer Liste angezeigt
audit-event-customer-notes_read = Notizen gelesen
audit-event-customer-note_added = Notiz hinzugefügt
audit-event-customer-consent_read = Einwilligungen gelesen
audit-event-customer-consent_changed = Einwilligung geändert
audit-event-customer-objected_to_marketing = Widerspruch gegen Direktwerbung
audit-event-customer-processing_stopped = Verarbeitung nach Widerspruch eingestellt
audit-event-customer-completed = Datensatz abgeschlossen
audit-event-customer-reopened = Datensatz wieder geöffnet
audit-event-customer-restricted = Verarbeitung eingeschränkt
audit-event-customer-restriction_lifted = Einschränkung aufgehoben
audit-event-customer-hold_placed = Löschsperre gesetzt
audit-event-customer-hold_released = Löschsperre aufgehoben
audit-event-customer-copied = Kopie für die Person erstellt
audit-event-customer-merged = Datensätze zusammengeführt
audit-event-customer-history_read = Feldverlauf gelesen
audit-event-customer-task_added = Aufgabe angelegt
audit-event-customer-task_done = Aufgabe erledigt
audit-event-customer-tasks_read = Aufgaben gelesen
audit-event-customer-shredded = Datensatz vernichtet
audit-event-customer-anonymized = Datensatz anonymisiert
audit-event-customers-exported = Kundenliste exportiert
audit-event-export-downloaded = Export heruntergeladen
audit-event-field-created = Eigenes Feld angelegt
audit-event-field-updated = Eigenes Feld geändert
audit-event-field-deleted = Eigenes Feld entfernt
audit-event-import-uploaded = Importdatei hochgeladen
audit-event-import-mapped = Importspalten zugeordnet
audit-event-import-started = Import gestartet
audit-event-import-finished = Import abgeschlossen
audit-event-import-failed = Import fehlgeschlagen
audit-event-import-cancelled = Import abgebrochen
audit-event-import-expired = Import ungenutzt verfallen
audit-event-import-refused_read = Abgelehnte Importzeilen heruntergeladen
audit-event-integration-created = Integration hinzugefügt
audit-event-integration-updated = Integration geändert
audit-event-integration-deleted = Integration entfernt
audit-event-integration-disabled = Integration ausgeschaltet
audit-event-integration-secret_rotated = Geheimnis der Integration erneuert
audit-event-integration-delivery_retried = Zustellung erneut gesendet
audit-event-integration-hook_received = Nachricht eines Dienstes empfangen
audit-event-integration-snapshot_requested = Vollständige Einwilligungsliste angefordert
audit-event-notification-acknowledged = Hinweis zur Kenntnis genommen
audit-event-purpose-labelled = Zweck benannt
audit-event-purpose-unlabelled = Name des Zwecks entfernt
audit-event-recipient-created = Empfänger hinzugefügt
audit-event-recipient-changed = Empfänger geändert
audit-event-recipient-deleted = Empfänger entfernt
audit-event-request-received = Datenanfrage eingegangen
audit-event-request-verified = Datenanfrage per E-Mail bestätigt
audit-event-request-fulfilled = Datenanfrage erfüllt
audit-event-request-rejected = Datenanfrage abgelehnt
audit-event-request-extended = Frist der Datenanfrage verlängert
audit-event-request-restricted = Datensätze eingeschränkt, während über eine Datenanfrage entschieden wird
audit-event-request-lift_announced = Aufhebung der Einschränkung einer Anfrage der Person angekündigt
audit-event-request-restriction_lifted = Auf eine Datenanfrage gewährte Einschränkung aufgehoben
audit-event-request-downloaded = Kopie von der Person heruntergeladen
audit-event-request-identity_document_uploaded = Ausweisdokument von der Person hochgeladen
audit-event-request-identity_confirmed = Identität der antragstellenden Person bestätigt
audit-event-request-identity_refused = Identität der antragstellenden Person nicht bestätigt; Antrag abgelehnt
audit-event-retention-changed = Aufbewahrungsregel geändert
audit-event-retention-expired = Aufbewahrungsfristen abgelaufen
audit-event-retention-reminded = Erinnerungen gesendet
audit-event-retention-anonymized = Datensätze durch die Regel anonymisiert
audit-event-retention-shredded = Datensätze durch die Regel vernichtet
audit-event-tenant-created = Organisation angelegt
audit-event-tenant-settings_changed = Einstellungen der Organisation geändert
audit-event-tenant-logo_set = Logo festgelegt
audit-event-tenant-logo_removed = Logo entfernt
audit-event-tenant-exported = Organisation exportiert
audit-event-tenant-cancelled = Organisation gekündigt
audit-event-tenant-purge_warned = Vor der endgültigen Löschung gewarnt
audit-event-token-created = API-Token erstellt
audit-event-token-revoked = API-Token widerrufen
audit-event-user-created = Benutzer angelegt
audit-event-user-updated = Benutzer geändert
audit-event-user-language_set = Sprache der Seiten gewählt
audit-event-user-time_zone_set = Zeitzone gewählt
audit-event-audit-exported = Protokoll exportiert
audit-event-request-viewed = Angaben einer Datenanfrage gelesen
audit-event-request-rectified = Über Berichtigung entschieden (Felder genannt)

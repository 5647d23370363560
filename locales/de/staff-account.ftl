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

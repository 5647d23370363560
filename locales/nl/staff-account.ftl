# Pagina's voor medewerkers: inloggen, het eigen account, API-tokens,
# gebruikers en het auditlog. De sleutels beginnen met de naam van hun
# sjabloon.
#
# De lezer wordt met „u” aangesproken. Rolnamen zoals in
# users-roles-explained: lezer, medewerker, beheerder, eigenaar.

## login.html

# De titel van het browsertabblad van de inlogpagina.
login-page-title = Inloggen · Steward
login-heading = Inloggen bij Steward
login-organisation = Organisatie
login-email = E-mailadres
login-password = Wachtwoord
login-totp = Code uit uw authenticator-app
login-submit = Inloggen

## account.html

account-heading = Uw account
account-totp-heading = Tweestapsverificatie
account-totp-on = Aan: bij het inloggen wordt om een code uit uw authenticator-app gevraagd.
account-totp-disable-code-label = Een actuele code, om deze uit te schakelen
account-totp-disable = Uitschakelen
account-totp-enrol-intro = Voeg dit account met de sleutel hieronder toe aan uw authenticator-app (of open de link op de telefoon waarop de app staat) en typ daarna de code die de app toont.
account-totp-key = Sleutel
account-totp-link = Link
account-totp-pending = Het instellen is begonnen: typ de code die uw authenticator-app toont om tweestapsverificatie in te schakelen.
account-totp-confirm-code-label = Code uit de app
account-totp-confirm = Inschakelen
account-totp-restart = Opnieuw beginnen met een nieuwe sleutel
# Gevolgd door account-totp-off-explained in dezelfde alinea.
account-totp-off = Uit.
account-totp-off-explained = Als deze aan staat, hebt u bij het inloggen naast uw wachtwoord ook een code nodig uit een app, zoals een authenticator-app op uw telefoon.
account-totp-set-up = Tweestapsverificatie instellen
account-zone-heading = Tijdzone
# Het label van de lijst met tijdzonenamen.
account-zone-label = Tijden weergeven in
account-zone-save = Opslaan
account-password-heading = Wachtwoord
account-password-current-label = Huidig wachtwoord
account-password-new-label = Nieuw wachtwoord
account-password-new-hint = Minimaal 12 tekens
account-password-change = Wachtwoord wijzigen
account-password-ends-sessions = Als u het wijzigt, worden uw andere sessies beëindigd.
account-sessions-heading = Waar u bent ingelogd
# Kolomkoppen van de tabel met sessies; „Vanaf” is het IP-adres.
account-sessions-signed-in = Ingelogd
account-sessions-last-used = Laatst gebruikt
account-sessions-from = Vanaf
account-sessions-browser = Browser
account-sessions-action = Actie
account-sessions-this = deze sessie
account-sessions-end = Beëindigen

## tokens.html

tokens-heading = API-tokens
# Gevolgd door de header (tokens-intro-header, als code) en een punt.
tokens-intro-sent-as = Programma's loggen in met een token, meegestuurd als
# De HTTP-header zelf: in elke taal hetzelfde.
tokens-intro-header = Authorization: Bearer stw_…
tokens-intro-role = Een token handelt met de rechten van zijn rol, nooit met meer dan de uwe.
tokens-created = Het token “{ $name }” is aangemaakt.
# Gevolgd door de geheime waarde van het token.
tokens-created-copy = Kopieer het nu; het wordt niet opnieuw getoond:
tokens-name = Naam
tokens-role = Rol
tokens-made = Aangemaakt
tokens-last-used = Laatst gebruikt
tokens-status = Status
tokens-never-used = nooit
tokens-revoked = ingetrokken op { $date }
# De knop; schermlezers horen daarna de naam van het token.
tokens-revoke = Intrekken
tokens-none = Nog geen tokens.
tokens-new-heading = Nieuw token
tokens-new-name-label = Waarvoor het dient
tokens-new-name-hint = bijv. het facturatiesysteem
tokens-new-submit = Token aanmaken

## users.html

users-heading = Gebruikers
users-created = { $email } kan nu inloggen.
# Gevolgd door het aangemaakte wachtwoord, dan users-created-password-after.
users-created-password = Het wachtwoord is
users-created-password-after = – geef het op een veilige manier door; het wordt niet opnieuw getoond.
users-caption = Gebruikers van deze organisatie
users-name = Naam
users-email = E-mailadres
users-role = Rol
users-status = Status
users-change = Wijzigen
# Na de naam van degene die de pagina bekijkt.
users-you = (u)
users-disabled = uitgeschakeld
users-active = actief
users-totp = tweestapsverificatie
users-role-of = Rol van { $name }
users-set-role = Rol instellen
# Alleen voor schermlezers, na users-set-role.
users-set-role-of = voor { $name }
# De knoppen; schermlezers horen daarna de naam van de gebruiker.
users-enable = Inschakelen
users-disable = Uitschakelen
users-reset-totp = Tweestapsverificatie resetten
# Alleen voor schermlezers, na users-reset-totp.
users-reset-totp-of = voor { $name }
users-new-heading = Nieuwe gebruiker
users-password = Wachtwoord
users-password-hint = Minimaal 12 tekens; laat leeg om er een te laten aanmaken
users-new-submit = Gebruiker toevoegen
users-roles-explained = Lezers kunnen dossiers inzien; medewerkers kunnen ze ook wijzigen en verzoeken van betrokkenen beantwoorden; beheerders kunnen daarnaast wissen en het bewaarbeleid, gebruikers, tokens en koppelingen beheren; eigenaren kunnen bovendien andere eigenaren aanwijzen.

## audit.html

audit-heading = Auditlog
audit-intro = Wie wat heeft gedaan, wanneer en vanaf waar – maar nooit iemands persoonsgegevens.
audit-intro-chain = Elke vermelding is via een hash aan de vorige gekoppeld, zodat een gewijzigde of verwijderde vermelding opvalt.
audit-check-ok = { $count ->
    [one] De keten is intact: { $count } vermelding gecontroleerd.
   *[other] De keten is intact: { $count } vermeldingen gecontroleerd.
}
# { $reason } is de reden, in woorden, uit de controle.
audit-check-broken = De keten is verbroken bij vermelding { $seq }: { $reason }
audit-check = Keten controleren
audit-caption = Auditvermeldingen, nieuwste eerst
audit-when = Wanneer
audit-what = Wat
audit-who = Wie
audit-about = Betreft
# Het IP-adres waarvandaan een actie kwam.
audit-from = Vanaf
audit-older = Oudere vermeldingen
audit-newest = Nieuwste vermeldingen

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
users-refused = Er is niets gewijzigd voor { $name }: { $reason }
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

## audit.html: the filter, the export, names
audit-filter-heading = Filteren
audit-filter-actor = Wie
audit-filter-actor-any = Iedereen
audit-filter-actor-system = Steward zelf (taken, opdrachtregel)
audit-filter-action = Wat er gebeurde
audit-filter-action-any = Elke gebeurtenis
audit-filter-record = ID van de gegevens of het item
audit-filter-from = Van
audit-filter-to = Tot en met
audit-filter-dates-hint = Dagen lopen van middernacht tot middernacht UTC.
audit-filter-apply = Tonen
audit-filter-clear = Alle vermeldingen tonen
audit-export = Deze vermeldingen exporteren (CSV)
audit-export-hint = Het bestand bevat alle vermeldingen die aan het filter voldoen, niet alleen deze pagina; de export wordt zelf ook vastgelegd.
audit-none = Geen vermeldingen voldoen aan het filter.
audit-token = API-token

## Audit events in words (the code shows beside them)
audit-event-auth-login = Aangemeld
audit-event-auth-login_failed = Aanmelden mislukt
audit-event-auth-logout = Afgemeld
audit-event-auth-password_changed = Wachtwoord gewijzigd
audit-event-auth-session_revoked = Sessie handmatig beëindigd
audit-event-auth-totp_enrol_started = Instellen tweestapsverificatie gestart
audit-event-auth-totp_enabled = Tweestapsverificatie ingeschakeld
audit-event-auth-totp_disabled = Tweestapsverificatie uitgeschakeld
audit-event-customer-created = Gegevens aangemaakt
audit-event-customer-bulk_created = Gegevens in bulk aangemaakt
audit-event-customer-updated = Gegevens gewijzigd
audit-event-customer-read = Gegevens geopend
audit-event-customer-listed = Gegevens in een lijst getoond
audit-event-customer-notes_read = Notities gelezen
audit-event-customer-note_added = Notitie toegevoegd
audit-event-customer-consent_read = Toestemmingen gelezen
audit-event-customer-consent_changed = Toestemming gewijzigd
audit-event-customer-objected_to_marketing = Bezwaar tegen direct marketing
audit-event-customer-processing_stopped = Verwerking gestopt na bezwaar
audit-event-customer-completed = Gegevens afgerond
audit-event-customer-reopened = Gegevens heropend
audit-event-customer-restricted = Verwerking beperkt
audit-event-customer-restriction_lifted = Beperking opgeheven
audit-event-customer-hold_placed = Juridische bewaarplicht ingesteld
audit-event-customer-hold_released = Juridische bewaarplicht opgeheven
audit-event-customer-copied = Kopie voor de persoon gemaakt
audit-event-customer-merged = Gegevens samengevoegd
audit-event-customer-history_read = Veldgeschiedenis gelezen
audit-event-customer-task_added = Taak toegevoegd
audit-event-customer-task_done = Taak afgerond
audit-event-customer-tasks_read = Taken gelezen
audit-event-customer-shredded = Gegevens vernietigd
audit-event-customer-anonymized = Gegevens geanonimiseerd
audit-event-customers-exported = Klantenlijst geëxporteerd
audit-event-export-downloaded = Export gedownload
audit-event-field-created = Eigen veld toegevoegd
audit-event-field-updated = Eigen veld gewijzigd
audit-event-field-deleted = Eigen veld verwijderd
audit-event-import-uploaded = Importbestand geüpload
audit-event-import-mapped = Importkolommen gekozen
audit-event-import-started = Import gestart
audit-event-import-finished = Import voltooid
audit-event-import-failed = Import mislukt
audit-event-import-cancelled = Import geannuleerd
audit-event-import-expired = Import ongebruikt verlopen
audit-event-import-refused_read = Geweigerde importregels gedownload
audit-event-integration-created = Koppeling toegevoegd
audit-event-integration-updated = Koppeling gewijzigd
audit-event-integration-deleted = Koppeling verwijderd
audit-event-integration-disabled = Koppeling uitgeschakeld
audit-event-integration-secret_rotated = Geheim van de koppeling vernieuwd
audit-event-integration-delivery_retried = Levering opnieuw verstuurd
audit-event-integration-hook_received = Bericht van een tool ontvangen
audit-event-integration-snapshot_requested = Volledige toestemmingslijst opgevraagd
audit-event-notification-acknowledged = Melding gezien
audit-event-purpose-labelled = Doel benoemd
audit-event-purpose-unlabelled = Naam van het doel verwijderd
audit-event-recipient-created = Ontvanger toegevoegd
audit-event-recipient-changed = Ontvanger gewijzigd
audit-event-recipient-deleted = Ontvanger verwijderd
audit-event-request-received = Verzoek ontvangen
audit-event-request-verified = Verzoek per e-mail bevestigd
audit-event-request-fulfilled = Verzoek uitgevoerd
audit-event-request-rejected = Verzoek afgewezen
audit-event-request-extended = Termijn van het verzoek verlengd
audit-event-request-restricted = Dossiers beperkt terwijl over een verzoek wordt beslist
audit-event-request-lift_announced = Opheffing van de beperking van een verzoek aan de persoon aangekondigd
audit-event-request-restriction_lifted = Op verzoek toegekende beperking opgeheven
audit-event-request-downloaded = Kopie door de persoon gedownload
audit-event-request-identity_document_uploaded = Identiteitsbewijs door de persoon geüpload
audit-event-request-identity_confirmed = Identiteit van de verzoeker bevestigd
audit-event-request-identity_refused = Identiteit van de verzoeker niet bevestigd; verzoek afgewezen
audit-event-retention-changed = Bewaarbeleid gewijzigd
audit-event-retention-expired = Bewaartermijnen verstreken
audit-event-retention-reminded = Herinneringen verstuurd
audit-event-retention-anonymized = Gegevens geanonimiseerd door het beleid
audit-event-retention-shredded = Gegevens vernietigd door het beleid
audit-event-tenant-created = Organisatie aangemaakt
audit-event-tenant-settings_changed = Instellingen van de organisatie gewijzigd
audit-event-tenant-logo_set = Logo ingesteld
audit-event-tenant-logo_removed = Logo verwijderd
audit-event-tenant-exported = Organisatie geëxporteerd
audit-event-tenant-cancelled = Organisatie opgezegd
audit-event-tenant-purge_warned = Gewaarschuwd vóór de definitieve verwijdering
audit-event-token-created = API-token aangemaakt
audit-event-token-revoked = API-token ingetrokken
audit-event-user-created = Gebruiker toegevoegd
audit-event-user-updated = Gebruiker gewijzigd
audit-event-user-language_set = Taal van de pagina’s gekozen
audit-event-user-time_zone_set = Tijdzone gekozen
audit-event-audit-exported = Auditlog geëxporteerd
audit-event-request-viewed = Gegevens van een verzoek gelezen
audit-event-request-rectified = Over rectificatie besloten (velden genoemd)

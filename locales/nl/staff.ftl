# De pagina's voor medewerkers: de opmaak rondom elke pagina, paginatitels,
# foutpagina's, rollen en de meldingen na een actie. De woorden van de
# afzonderlijke pagina's staan in de andere staff-*.ftl-bestanden.
#
# Medewerkers worden met „u” aangesproken. Vaste termen: klant,
# (klant)dossier (record), verzoek (van een betrokkene), toestemming,
# wissen (erase), vernietigen (shred), anonimiseren (anonymize),
# wisblokkade (legal hold), bewaartermijn en bewaarbeleid (retention),
# koppeling (integration), ontvanger (recipient), auditlog (audit log).
# Rollen: lezer, medewerker, beheerder, eigenaar.

## De opmaak rondom elke pagina na het inloggen

layout-skip = Direct naar de inhoud
layout-menu = Hoofdmenu
layout-customers = Klanten
layout-inbox = Inbox
layout-requests = Verzoeken
layout-retention = Bewaarbeleid
layout-request-settings = Identiteitscontrole
layout-fields = Velden
layout-users = Gebruikers
layout-tokens = API-tokens
layout-integrations = Koppelingen
layout-recipients = Ontvangers
layout-audit = Auditlog
layout-organisation = Organisatie
layout-sign-out = Uitloggen
layout-search-form = Overal zoeken
layout-search-label = Klanten zoeken
layout-search-placeholder = Zoeken (toets /)
layout-search-button = Zoeken
layout-cancelled = Het account van deze organisatie is opgezegd. Tot de gegevens definitief worden verwijderd, is alles alleen-lezen, behalve waar klanten recht op hebben: toestemming kan nog worden ingetrokken en hun verzoeken (ook om wissing) kunnen nog worden beantwoord.
field-required = (verplicht)

## Rollen

role-viewer = lezer
role-staff = medewerker
role-admin = beheerder
role-owner = eigenaar

## Paginatitels

title-audit = Auditlog
title-sign-in = Inloggen
title-account = Uw account
title-tokens = API-tokens
title-fields = Eigen velden
title-field = Eigen veld
title-inbox = Inbox
title-recipients = Ontvangers
title-requests = Verzoeken
title-request-settings = Identiteitscontrole
title-retention = Bewaarbeleid
title-integrations = Koppelingen
title-integration = Koppeling
title-organisation = Organisatie
title-users = Gebruikers
title-customers = Klanten
title-customer = Klantdossier
title-edit-customer = Klant bewerken
title-new-customer = Nieuwe klant
title-erase = Een klantdossier wissen
title-bulk-erase = Dossiers wissen
title-bulk-erased = Dossiers gewist

## Foutpagina's

title-error-forbidden = Niet toegestaan
title-error-not-found = Niet gevonden
title-error-conflict = Nu niet mogelijk
title-error-gone = Definitief verwijderd
title-error-too-many = Te veel pogingen
title-error-busy = Het is nu te druk
title-error-internal = Er is iets misgegaan
title-error-invalid = Er klopt iets niet
error-back = Terug naar de klanten

## De taal van de eigen pagina's, op de accountpagina

language-picker-heading = Taal
language-picker-label = Pagina's weergeven in
language-picker-hint = De talen waarin de pagina's van Steward volledig beschikbaar zijn. Zolang u niets kiest, geldt de standaardtaal van uw organisatie.
language-picker-default = Standaardtaal van de organisatie ({ $language })
language-picker-save = Opslaan

## Meldingen na een actie

flash-session-ended = Uw sessie is beëindigd omdat u een tijd niet actief was. Log opnieuw in om verder te gaan.
flash-totp-required = Uw organisatie verplicht beheerders om tweestapsverificatie te gebruiken. Stel deze in om verder te gaan.
flash-signed-in = U bent ingelogd.
flash-signed-out = U bent uitgelogd.
flash-session-revoked = Die sessie is beëindigd.
flash-totp-on = Tweestapsverificatie staat aan: vanaf nu wordt bij het inloggen om een code gevraagd.
flash-totp-off = Tweestapsverificatie staat uit.
flash-time-zone-set = Tijden worden nu weergegeven in de tijdzone { $zone }.
flash-language-set = De pagina's worden nu in het { $language } weergegeven.
flash-password-changed = { $count ->
    [one] Uw wachtwoord is gewijzigd; { $count } andere sessie is beëindigd.
   *[other] Uw wachtwoord is gewijzigd; { $count } andere sessies zijn beëindigd.
}
flash-token-revoked = Het token is ingetrokken.
flash-retention-saved = Het bewaarbeleid is opgeslagen.
flash-customer-created = Het klantdossier is opgeslagen.
flash-customer-saved = Uw wijzigingen zijn opgeslagen.
flash-note-added = De notitie is toegevoegd.
flash-consent-recorded = De toestemmingskeuze is vastgelegd.
flash-record-completed = Het dossier is afgerond; de bewaartermijn is ingegaan.
flash-record-reopened = Het dossier is weer actief; het verloopt niet meer.
flash-record-restricted = De verwerking van het dossier is beperkt.
flash-record-unrestricted = De beperking is opgeheven.
flash-record-held = Het dossier heeft een wisblokkade: het wordt niet gewist.
flash-record-released = De wisblokkade is opgeheven.
flash-record-shredded = Het dossier is vernietigd: de gegevens zijn definitief weg, ook uit back-ups.
flash-record-anonymized = Het dossier is geanonimiseerd: de persoonsgegevens zijn definitief weg.
flash-notice-acknowledged = De melding is voor kennisgeving aangenomen; de herinneringen stoppen.
flash-request-fulfilled = Het verzoek is beantwoord.
flash-request-rejected = Het verzoek is afgewezen; de persoon krijgt de reden te horen.
flash-request-extended = De termijn is verlengd; de persoon krijgt de reden te horen.
flash-request-identity-confirmed = Identiteit bevestigd; het verzoek staat in de wachtrij.
flash-request-identity-refused = Identiteit niet bevestigd; het verzoek is afgewezen en de persoon krijgt de reden te horen.
flash-request-settings-saved = De instellingen voor identiteitscontrole zijn opgeslagen.
flash-integration-saved = De koppeling is opgeslagen.
flash-integration-snapshot = Bij de volgende verzending gaat er een momentopname van alle toestemmingen mee.
flash-integration-deleted = De koppeling is verwijderd, samen met alles wat er nog voor klaarstond.
flash-delivery-retried = De aflevering wordt nu opnieuw verstuurd.
flash-organisation-saved = De instellingen zijn opgeslagen.
flash-organisation-cancelled = Het account is opgezegd. Alles is nu alleen-lezen; download de export vóór de definitieve verwijdering.
flash-logo-saved = Het logo is opgeslagen.
flash-logo-removed = Het logo is verwijderd.
flash-field-added = Het veld { $key } is toegevoegd.
flash-field-saved = Het veld is opgeslagen.
flash-field-deleted = Het veld is verwijderd; de waarden ervan zijn uit alle dossiers verdwenen.
flash-recipient-added = De vermelding is aan het register toegevoegd.
flash-recipient-saved = De registervermelding is opgeslagen.
flash-recipient-removed = De vermelding is uit het register verwijderd.
flash-user-role-changed = De rol is gewijzigd.
flash-user-disabled = Het account is uitgeschakeld; de sessies en tokens ervan werken niet meer.
flash-user-enabled = Het account is weer ingeschakeld.
flash-user-totp-reset = De tweestapsverificatie is gereset; de gebruiker kan deze opnieuw instellen.

## Weigeringen op de inlogpagina

sign-in-code-needed = Voer de actuele code uit uw authenticator-app in.
sign-in-refused = Niet ingelogd: de organisatie, het e-mailadres of het wachtwoord klopt niet.
sign-in-throttled = Te veel mislukte pogingen; probeer het over { $seconds } seconden opnieuw.

## Filters boven lijsten (de sleutels zijn de waarde van het filter)

filter-all = Alle dossiers
filter-active = Actief
filter-complete = Afgerond
filter-expiring = Verloopt binnenkort
filter-expired = Verlopen
filter-anonymized = Geanonimiseerd
tab-open = Open
tab-identity = Identiteit te bevestigen
tab-unverified = Onbevestigd
tab-fulfilled = Afgehandeld
tab-rejected = Afgewezen
tab-all = Alle

## Waar een melding over gaat, en de soorten verzoeken

notice-expired = Bewaartermijn verstreken: dit dossier wissen of bewaren
notice-anonymized = Dossier geanonimiseerd volgens het bewaarbeleid
notice-shredded = Dossier vernietigd volgens het bewaarbeleid
notice-returned = Een uit een back-up teruggezet dossier is opnieuw gewist
notice-request-received = Een nieuw verzoek van een betrokkene is bevestigd en wacht op antwoord
notice-request-identity = Een nieuw verzoek van een betrokkene is bevestigd; vóór het antwoord moet de identiteit van de verzoeker worden bevestigd
notice-request-due-soon = De termijn van een verzoek van een betrokkene verloopt binnenkort
notice-request-overdue = De termijn van een verzoek van een betrokkene is verstreken
notice-integration-disabled = Een marketingtool is uitgeschakeld
request-kind-copy = Kopie van gegevens
request-kind-erasure = Wissing
request-kind-withdraw-consent = Intrekking van toestemming
request-kind-portability = Gegevens om mee te nemen

## Wie iets heeft gedaan en waar het over ging, in het auditlog

audit-actor-user = gebruiker { $id }
audit-actor-token = token { $id }
audit-actor-system = systeem
audit-actor-anonymous = anoniem
audit-actor-integration = koppeling { $id }
audit-target-customer = klant { $id }
audit-target-user = gebruiker { $id }
audit-target-api_token = API-token { $id }
audit-target-field = veld { $id }
audit-target-import = import { $id }
audit-target-integration = koppeling { $id }
audit-target-notification = melding { $id }
audit-target-purpose = doel { $id }
audit-target-recipient = ontvanger { $id }
audit-target-request = verzoek { $id }
audit-target-session = sessie { $id }
audit-target-tenant = organisatie { $id }
audit-actor-other = { $kind } { $id }
audit-target-other = { $kind } { $id }

## De soorten eigen velden

field-kind-text = Tekst
field-kind-number = Getal
field-kind-date = Datum
field-kind-bool = Ja of nee
field-kind-select = Keuze uit een lijst

## Opgeslagen waarden zoals de pagina's ze tonen

customer-state-active = actief
customer-state-complete = afgerond
customer-state-anonymized = geanonimiseerd
customer-source-staff = medewerker
customer-source-portal = portaal
customer-source-sync = marketingtool
customer-source-import = import
# Na „door” (customer-note-by) en onder de kolomkop „Door”.
actor-you = u
actor-user = een medewerker
actor-token = een API-token
actor-integration = een gekoppelde tool
actor-customer = de klant
actor-steward = Steward
field-yes = ja
field-no = nee
notice-closed-acknowledged = voor kennisgeving aangenomen
notice-closed-reopened = dossier heropend
notice-closed-held = wisblokkade ingesteld
notice-closed-rescheduled = termijn opnieuw berekend
notice-closed-closed = verzoek afgesloten
notice-closed-shredded = dossier vernietigd
notice-closed-anonymized = dossier geanonimiseerd
request-state-unverified = onbevestigd
request-state-identity = identiteit te bevestigen
request-state-open = open
request-state-fulfilling = in behandeling
request-state-fulfilled = afgehandeld
request-state-rejected = afgewezen
request-outcome-copy_sent = kopie verstuurd
request-outcome-no_data = geen gegevens
request-outcome-erased = gewist
request-outcome-erased_partly = gedeeltelijk gewist
request-outcome-refused_hold = geweigerd: wisblokkade
request-outcome-withdrawn = toestemming ingetrokken
request-outcome-rejected = afgewezen
# Na „dit verzoek om” (requests-fulfil-skip).
request-kind-copy-lower = kopie van gegevens
request-kind-erasure-lower = wissing
request-kind-withdraw-consent-lower = intrekking van toestemming
request-kind-portability-lower = gegevens om mee te nemen
safeguard-short-adequacy = Adequaatheidsbesluit (art. 45 AVG)
safeguard-short-scc = Standaardbepalingen inzake gegevensbescherming (art. 46 lid 2 sub c AVG)
safeguard-short-bcr = Bindende bedrijfsvoorschriften (art. 47 AVG)
safeguard-short-derogation = Uitzondering voor een specifieke situatie (art. 49 AVG)
recipients-sent-consent = e-mailadres en toestemmingskeuzes voor { $purpose }
recipients-sent-erasure = e-mailadres wanneer de gegevens van de persoon worden gewist
recipients-sent-record-events = kenmerk van het dossier wanneer de bewaartermijn afloopt of het dossier wordt gewist

## Weigeringen die de pagina's zelf uitleggen

erase-refused-name = Typ ter bevestiging de naam van de klant, precies zoals die wordt getoond.
bulk-erase-refused-count = Typ ter bevestiging het aantal dossiers: { $count }. Er is niets gewist.
customer-form-conflict = Iemand anders heeft dit dossier gewijzigd terwijl u het aan het bewerken was. Uw wijzigingen staan nog in het formulier; controleer het dossier en sla daarna opnieuw op om de wijzigingen van de ander te overschrijven.

## The inbox: the count in the menu (read after "Inbox"), acknowledging several
layout-inbox-open =
{ $count ->
    [one] één openstaande melding
   *[other] { $count } openstaande meldingen
}
flash-notices-acknowledged =
{ $count ->
    [one] Eén melding is afgehandeld als gezien; de herinneringen stoppen.
   *[other] { $count } meldingen zijn afgehandeld als gezien; de herinneringen stoppen.
}
flash-notices-none-ticked = Selecteer ten minste één melding.
field-fault-predicate = ‘{ $label }’ { $reason }.
field-fault = ‘{ $label }’: { $reason }
form-fix-fields =
    { $count ->
        [one] Corrigeer dit veld:
       *[other] Corrigeer deze { $count } velden:
    }
form-other-field = Een ander veld (zie het formulier hieronder)
period-amount = Aantal
period-unit = Eenheid
period-unit-seconds = seconden
period-unit-minutes = minuten
period-unit-hours = uren
period-unit-days = dagen
period-unit-weeks = weken
period-unit-months = maanden
period-unit-years = jaren
period-stored-as = Opgeslagen als { $period }
layout-purposes = Toestemmingsdoelen
title-purposes = Toestemmingsdoelen
flash-purpose-added = Het doel is toegevoegd; medewerkers kunnen het nu kiezen.

request-kind-objection = Bezwaar
request-kind-objection-lower = bezwaar
request-outcome-objected = marketing gestopt
request-outcome-processing_stopped = verwerking gestopt

# Rectification requests (Art. 16).
request-kind-rectification = Rectificatie
request-kind-rectification-lower = rectificatie
request-outcome-rectified = gegevens gecorrigeerd
request-outcome-rectification_declined = correctie afgewezen
requests-rectification-review = Correcties beoordelen
requests-rectification-review-skip = gevraagd in dit verzoek
flash-request-rectified = Besluiten opgeslagen; de persoon is geïnformeerd.
title-rectification = Rectificatie
rectification-heading = Gevraagde correcties
rectification-back = Terug naar het verzoek
rectification-intro = De persoon geeft aan dat deze gegevens niet kloppen. Besluit over elk gegeven: accepteren corrigeert elk gekoppeld dossier; afwijzen vraagt om een reden die de persoon te horen krijgt.
rectification-note = Toelichting van de persoon
rectification-caption = Huidige waarden in { $count } gekoppelde dossiers naast de gevraagde waarden
rectification-col-detail = Gegeven
rectification-col-record = Dossier { $n }
rectification-col-proposed = Gevraagd
rectification-col-decision = Besluit
rectification-empty = geen waarde
rectification-decide = Besluit over { $detail }
rectification-accept = Accepteren
rectification-decline = Afwijzen
rectification-reason = Reden van afwijzing (de persoon krijgt die te horen)
rectification-accepted = Geaccepteerd
rectification-declined = Afgewezen
rectification-submit = Besluiten opslaan en de persoon informeren
request-kind-restriction = Beperking
request-kind-restriction-lower = beperking
request-outcome-restricted = verwerking beperkt
requests-stop-processing = Verwerking stoppen
requests-uphold = Handhaven — dwingende gronden vermelden
requests-uphold-button = Verwerking handhaven
requests-restrict-now = Dossiers nu beperken, zolang wordt beslist
requests-restricted-meanwhile = De dossiers zijn beperkt zolang wordt beslist; voor opheffing hoort de persoon het eerst.
flash-request-restricted = De dossiers zijn beperkt zolang over het verzoek wordt beslist.

# Pagina's voor medewerkers: de inbox met meldingen, de verzoeken, het
# register van ontvangers en de instellingen van de organisatie. De
# sleutels beginnen met de naam van hun sjabloon.
#
# Vernietigen („shred”) wist een dossier definitief, ook in back-ups;
# anonimiseren verwijdert alleen de persoonsgegevens. Een wisblokkade
# („legal hold”) verhindert elke wissing.

## notifications.html

notifications-heading = Inbox
# Links om te wisselen tussen open en gesloten meldingen.
notifications-show-open = Open
notifications-show-closed = Gesloten
# Na het tijdstip van de melding: hoe vaak er een herinnering over is verstuurd.
notifications-reminded = { $count ->
    [one] { $count } keer herinnerd
   *[other] { $count } keer herinnerd
}
notifications-record-gone = Gegevens niet meer bewaard
notifications-see-request = Naar het verzoek
notifications-integration-back-on = Schakel de koppeling in haar instellingen weer in zodra de tool weer afleveringen accepteert.
# Knoppen bij een melding over een verstreken bewaartermijn; schermlezers
# horen daarna de naam van de klant.
notifications-shred = Vernietigen…
notifications-anonymize = Anonimiseren…
notifications-reopen = Heropenen
# De reden die wordt gevraagd voordat het dossier een wisblokkade krijgt.
notifications-hold-reason = Wisblokkade, omdat
notifications-hold = Wisblokkade instellen
notifications-acknowledge = Voor kennisgeving aannemen
notifications-none-closed = Nog niets gesloten.
notifications-none-open = Er is niets dat uw aandacht vraagt.
notifications-more = Meer

## requests.html

requests-heading = Verzoeken
requests-caption = Verzoeken van betrokkenen, met de vroegste uiterste datum eerst
# Kolomkoppen van de lijst.
requests-col-request = Verzoek
requests-col-received = Ontvangen
requests-col-due = Uiterste datum
requests-col-state = Status
requests-col-records = Dossiers
requests-col-answer = Antwoord
# Labels naast de uiterste datum.
requests-overdue = te laat
requests-extended = verlengd
# requests-fulfil-erasure opent de bevestiging; schermlezers horen daarna
# requests-fulfil-erasure-skip.
requests-fulfil-erasure = Uitvoeren…
requests-fulfil-erasure-skip = dit verzoek om wissing
requests-shred-warning = { $count ->
    [one] Hiermee wordt het gevonden dossier definitief vernietigd, ook in back-ups, tenzij het een wisblokkade heeft.
   *[other] Hiermee worden de { $count } gevonden dossiers definitief vernietigd, ook in back-ups, behalve dossiers met een wisblokkade.
}
requests-shred-and-answer = Vernietigen en beantwoorden
requests-erasure-admin-only = Verzoeken om wissing worden door een beheerder beantwoord.
# De knop; schermlezers horen daarna requests-fulfil-skip, met de soort
# verzoek uit request-kind-*-lower („kopie van gegevens”).
requests-fulfil = Uitvoeren
requests-fulfil-skip = dit verzoek om { $kind }
requests-reject = Afwijzen
# Het label van de reden bij afwijzen of verlengen.
requests-reason-label = Reden (wordt aan de persoon meegedeeld)
requests-extend = Verlengen
# Het label van de keuze met hoeveel maanden de termijn wordt verlengd.
requests-extend-by = Verlengen met
requests-months = { $count ->
    [one] { $count } maand
   *[other] { $count } maanden
}
requests-none = Hier zijn geen verzoeken.
requests-due-rule = (een maand na ontvangst)
requests-identity-waiting = Bevestig de identiteit van de verzoeker voordat u antwoordt; de termijn loopt intussen door.
requests-identity-document = Het identiteitsbewijs bekijken
requests-identity-confirm = Identiteit bevestigd
requests-identity-refuse = Identiteit niet bevestigd
requests-identity-how = Hoe de identiteit is bevestigd (verzegeld bewaard; de persoon krijgt dit niet te horen)
requests-identity-why = Waarom niet (de persoon krijgt dit te horen)
request-settings-heading = Identiteit van verzoekers
request-settings-intro = Verzoeken van de aangevinkte soorten wachten tot het team bevestigt dat de verzoeker de persoon is om wiens gegevens het gaat (AVG art. 12, leden 2 en 6); anders volstaat het bevestigde e-mailadres.
request-settings-never = Toestemming intrekken en bezwaar maken tegen direct marketing wachten nooit: ze moeten even eenvoudig blijven als het geven van toestemming (AVG art. 7, lid 3, en art. 21, lid 3).
request-settings-kinds = Soorten waarvoor de identiteit bevestigd moet worden
request-settings-objection = tegen verwerking op grond van gerechtvaardigd belang
request-settings-documents = Personen mogen een identiteitsbewijs uploaden
request-settings-documents-hint = Eén JPEG, PNG of pdf van hoogstens 5 MB per verzoek, verzegeld bewaard; verwijderd zodra het team heeft beslist en uiterlijk 14 dagen na het uploaden. Nooit onderdeel van een kopie of een export.
request-settings-due = De termijn van een maand loopt vanaf de ontvangst (AVG art. 12, lid 3); wachten op de identiteitsbevestiging schort hem niet op.
request-settings-save = Opslaan

## recipients.html

recipients-heading = Ontvangers
recipients-intro = Het register van ontvangers en verwerkers: wie de gegevens van uw klanten ontvangt, welke gegevens, waarom, waar en hoe lang.
# Het adres van de openbare pagina van het register staat tussen deze twee.
recipients-intro-shown-before = Kopieën van klantgegevens en de openbare pagina
recipients-intro-shown-after = vermelden dit register.
recipients-intro-integrations = Ook elke koppeling staat erin; een vermelding kan een koppeling met haar details beschrijven.
# Kolomkoppen van het register.
recipients-col-name = Naam
recipients-col-receives = Ontvangt
recipients-col-purpose = Doel
recipients-col-country = Land
recipients-col-safeguard = Waarborg
recipients-col-kept = Bewaartermijn
recipients-col-source = Bron
# Waar een rij vandaan komt: een van de koppelingen, of een vermelding in het register.
recipients-source-integration = koppeling
recipients-no-entry = (geen registervermelding)
recipients-source-register = register
recipients-integration-deleted = de koppeling is verwijderd
recipients-none = Nog geen ontvangers: niemand ontvangt de gegevens van uw klanten.
recipients-form-change = De vermelding wijzigen
recipients-form-new = Nieuwe vermelding
recipients-name-label = Naam
recipients-name-hint = Het bedrijf of de dienst, bijv. Example Hosting B.V.
recipients-receives-label = Wat de ontvanger krijgt
recipients-receives-hint = bijv. alle klantdossiers, als onze hostingprovider
recipients-purpose-label = Doel
recipients-purpose-hint = Waarom de ontvanger de gegevens krijgt
recipients-country-label = Land
recipients-country-choose = Kies…
recipients-safeguard-label = Waarborg bij doorgifte buiten de EER
recipients-safeguard-hint = Verplicht buiten de EU, IJsland, Liechtenstein en Noorwegen; daarbinnen leeg laten.
recipients-safeguard-none = Geen (binnen de EER)
recipients-retention-label = Hoe lang de ontvanger de gegevens bewaart
recipients-retention-hint = Optioneel, bijv. 30 dagen na het einde van de overeenkomst
recipients-integration-label = Koppeling die de vermelding beschrijft
recipients-integration-none = Geen: de ontvanger krijgt de gegevens van alle klanten
recipients-save = Opslaan
recipients-add = Vermelding toevoegen
recipients-back-to-new = Terug naar een nieuwe vermelding
recipients-remove-heading = Verwijderen
recipients-remove-explained = Kopieën noemen de ontvanger meteen niet meer; een koppeling die de vermelding beschrijft, blijft vermeld met haar hostnaam.
recipients-remove = De vermelding verwijderen

## organisation.html

organisation-heading = Organisatie
organisation-cancelled = Dit account is opgezegd.
# { $until } en { $purge } zijn datums met tijden.
organisation-cancelled-until = Iedereen kan tot { $until } nog inloggen, gegevens inzien en exporteren; op { $purge } worden alle dossiers, gebruikers en auditvermeldingen vernietigd, samen met de sleutels waarmee ze zijn verzegeld.
organisation-slug = Korte naam (om in te loggen)
organisation-portal = Klantportaal
organisation-settings-heading = Instellingen
organisation-name-label = Naam
organisation-contact-email-label = Contact-e-mailadres
organisation-contact-email-hint = Het adres waar Steward naartoe schrijft over het account zelf
organisation-language-label = Taal voor klanten
organisation-language-hint = Het portaal, de e-mails en de kopieën gebruiken deze taal als de eigen taal van de persoon niet bekend is
organisation-require-totp = Beheerders en eigenaren moeten tweestapsverificatie gebruiken
organisation-suppress-erased = Een blokkeerlijst van gewiste adressen bijhouden (uitschakelen maakt de lijst leeg)
organisation-identity-heading = Wie u bent, voor de personen in uw dossiers
organisation-identity-intro = Het portaal, de e-mails aan personen en de eerste pagina van elke kopie tonen deze gegevens.
organisation-legal-name-label = Statutaire naam (als die afwijkt van de naam)
organisation-postal-address-label = Postadres
organisation-privacy-email-label = E-mailadres voor privacyvragen
organisation-privacy-email-hint = Wordt getoond aan personen met vragen over hun gegevens; anders het contact-e-mailadres
organisation-privacy-notice-label = Privacyverklaring (webadres)
organisation-dpo-name-label = Functionaris voor gegevensbescherming
organisation-dpo-name-hint = Leeg laten als er geen is aangesteld
organisation-dpo-contact-label = Contactgegevens van de functionaris voor gegevensbescherming
organisation-authority-label = Toezichthoudende autoriteit
organisation-authority-hint = Waar personen een klacht kunnen indienen. Staat de autoriteit er niet bij (bijv. die van een Duitse deelstaat)? Kies dan geen en vul hieronder de naam en het webadres in.
organisation-authority-none = Geen gekozen
organisation-authority-name-label = Of een andere autoriteit: de naam
organisation-authority-url-label = Het webadres
organisation-automated-label = Geautomatiseerde besluiten over personen
organisation-automated-hint = Beschrijf elk besluit dat uitsluitend op geautomatiseerde verwerking berust, waaronder profilering (art. 22 AVG); leeg laten als die er niet zijn
organisation-accent-label = Accentkleur
organisation-accent-hint = Als #rrggbb; witte tekst erop moet goed leesbaar blijven (contrast van minimaal 4,5:1)
organisation-save = Opslaan
organisation-logo-heading = Logo
# De alternatieve tekst van het logo.
organisation-logo-current = Het huidige logo
organisation-logo-replace = Het logo vervangen
organisation-logo-upload-label = Een logo uploaden
organisation-logo-hint = PNG of JPEG, maximaal 512 KB; het wordt geschaald tot het binnen 600 × 200 pixels past
organisation-logo-upload = Uploaden
organisation-logo-remove = Het logo verwijderen
organisation-export-heading = Alles exporteren
organisation-export-contents = Alle klanten met notities, toestemmingsgeschiedenis en eigen velden, plus gebruikers, velddefinities, het bewaarbeleid en het auditlog, in één NDJSON-bestand.
# De laatste regel van de export, als code, staat tussen deze twee.
organisation-export-last-line-before = De download begint direct en wordt gestreamd; aan de laatste regel,
organisation-export-last-line-after = , ziet u dat de download volledig is.
organisation-export-download = De export downloaden
organisation-cancel-heading = Het account opzeggen
organisation-cancel-read-only = Na het opzeggen is alles alleen-lezen.
organisation-cancel-window = { $count ->
    [one] Iedereen kan dan nog { $count } dag inloggen, gegevens inzien en exporteren; daarna worden alle gegevens definitief vernietigd.
   *[other] Iedereen kan dan nog { $count } dagen inloggen, gegevens inzien en exporteren; daarna worden alle gegevens definitief vernietigd.
}
organisation-cancel-emails = De eigenaren krijgen nu een e-mail, en nogmaals 7 dagen en 1 dag van tevoren.
# De korte naam, vetgedrukt, staat tussen deze twee.
organisation-cancel-confirm-before = Typ de korte naam,
organisation-cancel-confirm-after = , om te bevestigen
organisation-cancel-confirm-label = Korte naam ter bevestiging
organisation-cancel-confirm-wrong = ‘{ $label }’ moet de korte naam { $slug } zijn, om te bevestigen dat alle dossiers worden vernietigd. Er is niets opgezegd.
organisation-cancel = Het account opzeggen

## notifications.html: the record in a heading, selecting, why a notice closed
notifications-record-anonymized = Geanonimiseerde gegevens
notifications-tick = Selecteren
notifications-acknowledge-ticked = Geselecteerde afhandelen als gezien
notice-done-acknowledged = Gezien op { $at }.
notice-done-acknowledged-by = Gezien door { $who } op { $at }.
notice-done-reopened = Gesloten op { $at } omdat de gegevens zijn heropend.
notice-done-held = Gesloten op { $at } omdat de gegevens onder juridische bewaarplicht zijn geplaatst.
notice-done-rescheduled = Gesloten op { $at } omdat de datum waar het om ging is gewijzigd.
notice-done-answered = Gesloten op { $at } omdat het verzoek is beantwoord.
notice-done-shredded = Gesloten op { $at } omdat de gegevens zijn vernietigd.
notice-done-anonymized = Gesloten op { $at } omdat de gegevens zijn geanonimiseerd.
notice-done-other = Gesloten op { $at }.

# One request on its own page.
title-request = Verzoek
request-back-to-queue = ← Alle verzoeken
request-reference = Kenmerk
request-confirmed = Bevestigd door de persoon
request-extension-reason = Reden van de verlenging
request-objection-to = Bezwaar tegen
request-objection-marketing = direct marketing
request-objection-legitimate-interests = verwerking op grond van gerechtvaardigde belangen
request-answered = Beantwoord
request-reason-told = Reden die de persoon is meegedeeld
request-details-heading = Wat de persoon schreef
request-records-heading = Dossiers van de persoon
request-record-hold = wettelijke bewaring
request-record-restricted = beperkt
request-record-gone = Een dossier dat niet meer wordt bewaard (gewist of geanonimiseerd)
request-records-none = Het adres kwam met geen enkel dossier overeen: het antwoord meldt de persoon dat er geen gegevens over hem of haar zijn.
request-preview-heading = Wat het antwoord doet
request-preview-unverified = De persoon heeft de toegezonden link nog niet gevolgd. Er kan pas worden geantwoord als het verzoek is bevestigd.
request-preview-no-data = Er is nu geen dossier met dit adres: uitvoeren meldt de persoon dat er geen gegevens over hem of haar zijn.
request-preview-copy = { $count ->
    [one] Uitvoeren mailt de persoon een eenmalige link om het dossier als deze bestanden te downloaden:
   *[other] Uitvoeren mailt de persoon een eenmalige link om elk van de { $count } dossiers als deze bestanden te downloaden:
}
request-preview-portability = { $count ->
    [one] Uitvoeren mailt de persoon een eenmalige link om de verstrekte gegevens als deze bestanden te downloaden:
   *[other] Uitvoeren mailt de persoon een eenmalige link om de verstrekte gegevens uit elk van de { $count } dossiers als deze bestanden te downloaden:
}
request-preview-erasure = { $count ->
    [one] Uitvoeren vernietigt het dossier hierboven definitief, back-ups inbegrepen, en meldt het de persoon.
   *[other] Uitvoeren vernietigt de { $count } dossiers hierboven definitief, back-ups inbegrepen, en meldt het de persoon.
}
request-preview-erasure-held = Een dossier hierboven valt onder wettelijke bewaring: uitvoeren weigert het wissen en meldt de persoon waarom.
request-preview-objection = De verwerking stoppen beperkt de dossiers hierboven en meldt het de persoon. Om de verwerking voort te zetten, wijst u het verzoek af met de dwingende gerechtvaardigde gronden; de persoon krijgt ze te horen.
request-answer-heading = Beantwoorden
request-history-heading = Geschiedenis
request-step-by-person = de persoon
request-step-by-system = Steward
request-step-by-other = een gekoppeld hulpmiddel
request-state-unverified-long = Wacht tot de persoon het bevestigt met de toegezonden link
request-state-open-long = Wacht op uw antwoord
request-state-fulfilling-long = Wordt uitgevoerd: de dossiers worden gewist
request-state-fulfilled-long = Beantwoord
request-state-rejected-long = Afgewezen, met de reden meegedeeld aan de persoon
requests-filter-reference = Kenmerk
requests-find-form = Een verzoek zoeken op kenmerk
requests-find = Zoeken
request-preview-rectification = Bekijk de voorgestelde correcties naast de huidige waarden en aanvaard of weiger elk met een reden; aanvaarde worden op de dossiers hierboven toegepast en de persoon hoort wat er veranderde en waarom niet.
request-preview-restriction = Uitvoeren beperkt de dossiers hierboven — bewaard, maar verder niet gebruikt — en meldt het de persoon; de beperking wordt alleen vanuit dit verzoek opgeheven, nadat de persoon is ingelicht.
request-state-identity-long = Wacht tot u de identiteit van de persoon bevestigt
request-preview-identity = Bevestig eerst de identiteit van de persoon (hoe blijft verzegeld) of weiger met een reden die de persoon hoort; een geüpload identiteitsbewijs wordt in beide gevallen gewist.

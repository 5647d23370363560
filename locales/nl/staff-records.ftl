# De pagina's voor medewerkers over klantdossiers: de lijst, één dossier,
# het formulier, en het wissen van één dossier of van de dossiers die in de
# lijst zijn aangevinkt.
#
# „Shred” is hier „vernietigen” (de sleutel van het dossier wordt
# vernietigd, ook back-ups zijn daarna onleesbaar), „anonymize” is
# „anonimiseren” (een kaal dossier zonder persoonsgegevens blijft over);
# beide zijn een vorm van wissen. „Legal hold” is de „wisblokkade”: het
# dossier moet worden bewaard (bijv. voor een rechtsvordering) en kan niet
# worden gewist.

## customers.html

customers-heading = Klanten
customers-new = Nieuwe klant
customers-search-label = Zoeken
customers-search-form = Klanten zoeken en filteren
customers-search-expired = Deze zoekopdracht is verlopen: zoekopdrachten gelden een paar uur, eindigen bij het uitloggen en horen bij wie ze maakte. Zoek hieronder opnieuw.
customers-search-hint = Een e-mailadres, een telefoonnummer of het begin van woorden uit een naam of bedrijf (in het Chinees, Japans, Koreaans of Thai is één teken genoeg)
customers-show = Tonen
customers-search-button = Zoeken
# Gevolgd door een link die de zoekopdracht opheft.
customers-search-showing = U ziet de dossiers die bij uw zoekopdracht passen.
customers-search-clear = Zoekopdracht opheffen
customers-caption = Klantdossiers
customers-col-tick = Aanvinken om te wissen
customers-col-name = Naam
customers-col-email = E-mailadres
customers-col-company = Bedrijf
customers-col-state = Status
customers-col-expires = Verloopt
# Het label van het selectievakje van een rij, voor schermlezers.
customers-tick = { $name } aanvinken om te wissen
customers-badge-restricted = beperkt
customers-badge-hold = wisblokkade
customers-erase-ticked = Aangevinkte dossiers wissen…
customers-none-match = Geen dossiers gevonden.
customers-none-yet = Nog geen dossiers.
customers-next-page = Volgende pagina
customers-filter-form = Lijst filteren en sorteren
customers-filter-within = Verloopt binnen (dagen)
customers-filter-within-hint = Bij ‘verloopt binnenkort’: hoeveel dagen vooruit; leeg voor de gebruikelijke waarde
customers-filter-consent = Toestemming gegeven voor
customers-filter-any = Alle
customers-filter-true = Ja
customers-filter-false = Nee
customers-filter-only = Alleen dossiers
customers-filter-restricted = waarvan de verwerking beperkt is
customers-filter-hold = met bewaarplicht
customers-filter-request = met een open verzoek van de betrokkene
customers-filter-button = Toepassen
customers-filter-clear = Filters wissen
customers-sort = Sorteren op
customers-sort-added = Volgorde van toevoegen
customers-sort-newest = Nieuwste eerst
customers-sort-name = Naam, A tot Z
customers-sort-name-desc = Naam, Z tot A
customers-sort-updated-desc = Recent gewijzigd eerst
customers-sort-updated = Langst ongewijzigd eerst
customers-sort-state = Status
customers-sort-state-desc = Status, omgekeerd
customers-sort-expires = Einde bewaartermijn, eerstvolgende eerst
customers-sort-expires-desc = Einde bewaartermijn, laatste eerst
customers-total = { $count ->
    [one] { $shown } dossier
   *[other] { $shown } dossiers
}
customers-total-about = ongeveer { $shown } dossiers
customers-pages = Pagina’s
customers-prev-page = Vorige pagina
customers-page-n = Pagina { $n }

## customer.html

customer-badge-expired = verlopen
customer-badge-restricted = verwerking beperkt
customer-badge-hold = wisblokkade
customer-details = Gegevens
customer-email = E-mailadres
customer-phone = Telefoon
customer-company = Bedrijf
customer-address = Adres
customer-language = Voorkeurstaal
customer-language-default = Standaardtaal van de organisatie
customer-created = Aangemaakt
customer-completed = Afgerond
customer-expires = Verloopt
customer-restriction-reason = Reden van de beperking
customer-hold-reason = Reden van de wisblokkade
customer-edit = Bewerken
customer-actions = Acties
customer-complete = Als afgerond markeren
customer-reopen = Heropenen
customer-download-pdf = Kopie downloaden als pdf
customer-download-json = Export downloaden als JSON
customer-erase = Vernietigen of anonimiseren…
customer-restriction-lift-summary = De beperking opheffen
customer-restriction-set-summary = Verwerking beperken (art. 18 AVG)
# Het label van de reden die wordt gevraagd bij het beperken of blokkeren.
customer-why = Reden
customer-restriction-lift = Beperking opheffen
customer-restriction-set = Beperken
customer-hold-release-summary = De wisblokkade opheffen
customer-hold-set-summary = Een wisblokkade instellen
customer-hold-release = Blokkade opheffen
customer-hold-set = Blokkeren
customer-anonymized = Dit dossier is geanonimiseerd: er zijn geen persoonsgegevens meer om iets mee te doen.
customer-read-only = Met uw rol kunt u dit dossier inzien, maar niet wijzigen.
customer-notes = Notities
# { $at } is een datum en tijd; { $by } wie de notitie schreef („u”, „een medewerker”, …).
customer-note-by = { $at }, door { $by }
customer-notes-none = Nog geen notities.
customer-note-new = Nieuwe notitie
customer-note-add = Notitie toevoegen
customer-consent = Toestemming
# De huidige keuze voor een doel, en een keuze in de geschiedenis.
customer-consent-granted = gegeven
customer-consent-withdrawn = ingetrokken
customer-consent-none = Er is geen toestemmingskeuze vastgelegd.
# Een label, en de kop van de kolom in de geschiedenis.
customer-purpose = Doel
# De legenda van de keuze, en de kop van de kolom in de geschiedenis.
customer-decision = Keuze
customer-decision-granted = Gegeven
customer-decision-withdrawn = Ingetrokken
customer-basis-label = Rechtsgrond
# De rechtsgronden van art. 6 lid 1 AVG; de sleutels eindigen op de verstuurde waarde.
customer-basis-consent = Toestemming
customer-basis-contract = Overeenkomst
customer-basis-legal_obligation = Wettelijke verplichting
customer-basis-vital_interests = Vitale belangen
customer-basis-public_task = Taak van algemeen belang
customer-basis-legitimate_interests = Gerechtvaardigde belangen
customer-evidence-label = Bewijs (hoe de keuze kenbaar is gemaakt)
customer-consent-record = Keuze vastleggen
customer-history = Geschiedenis
customer-col-when = Wanneer
customer-col-basis = Rechtsgrond
customer-col-source = Bron
# Kolomkop; de cellen zijn actor-*: „u”, „een medewerker”, …
customer-col-by = Door
customer-col-evidence = Bewijs
customer-trail = Auditlog
customer-col-what = Wat
customer-trail-latest = { $count ->
    [one] De meest recente vermelding over dit dossier.
   *[other] De { $count } meest recente vermeldingen over dit dossier.
}

## customer_form.html

customer-form-name = Naam
customer-form-email = E-mailadres
customer-form-phone = Telefoon
customer-form-phone-hint = Met het landnummer, zoals in +31 20 1234567
customer-form-company = Bedrijf
customer-form-address = Adres
customer-form-language = Voorkeurstaal
customer-form-language-hint = Kopieën van de gegevens van deze persoon worden in deze taal opgesteld.
customer-form-language-default = Standaardtaal van de organisatie
# Na het label van een verplicht veld, voor schermlezers.
customer-form-required = (verplicht)
customer-form-save = Opslaan
customer-form-cancel = Annuleren

## erase.html

erase-heading = { $name } wissen
erase-on-hold = Dit dossier heeft een wisblokkade: het kan pas worden gewist als de blokkade is opgeheven.
# Vetgedrukt, aan het begin van de zin die erase-shredding-text afmaakt.
erase-shredding = Vernietigen
erase-shredding-text = wist de sleutel van het dossier: de gegevens zijn daarmee definitief weg, ook uit back-ups.
# Vetgedrukt, aan het begin van de zin die erase-anonymizing-text afmaakt.
erase-anonymizing = Anonimiseren
erase-anonymizing-text = verwijdert de persoonsgegevens en bewaart de datums en de niet-persoonlijke velden voor statistieken.
erase-final = Geen van beide kan ongedaan worden gemaakt.
erase-what = Wat moet er gebeuren?
erase-kind-shred = Vernietigen: alles verwijderen
erase-kind-anonymize = Anonimiseren: niet-persoonlijke gegevens bewaren
# Het label van de bevestiging: begin, de naam van de klant vetgedrukt, einde.
erase-confirm-start = Typ de naam van de klant,
erase-confirm-end = , om te bevestigen
erase-submit = Definitief wissen
erase-cancel = Annuleren

## bulk_erase.html

bulk-erase-heading = { $count ->
    [one] { $count } dossier wissen
   *[other] { $count } dossiers wissen
}
# Vetgedrukt, aan het begin van de zin die bulk-erase-shredding-text afmaakt.
bulk-erase-shredding = Vernietigen
bulk-erase-shredding-text = wist de sleutel van elk dossier: de gegevens zijn daarmee definitief weg, ook uit back-ups.
# Vetgedrukt, aan het begin van de zin die bulk-erase-anonymizing-text afmaakt.
bulk-erase-anonymizing = Anonimiseren
bulk-erase-anonymizing-text = verwijdert de persoonsgegevens en bewaart de datums en de niet-persoonlijke velden voor statistieken.
bulk-erase-final = Geen van beide kan ongedaan worden gemaakt.
bulk-erase-held = Dossiers met een wisblokkade blijven zoals ze zijn.
bulk-erase-ticked = { $count ->
    [one] Het dossier dat u hebt aangevinkt
   *[other] De dossiers die u hebt aangevinkt
}
bulk-erase-no-name = Een dossier zonder naam (geanonimiseerd of niet meer aanwezig)
bulk-erase-what = Wat moet er gebeuren?
bulk-erase-kind-shred = Vernietigen: alles verwijderen
bulk-erase-kind-anonymize = Anonimiseren: niet-persoonlijke gegevens bewaren
# Het label van de bevestiging: begin, het aantal dossiers vetgedrukt, einde.
bulk-erase-confirm-start = Typ het aantal dossiers,
bulk-erase-confirm-end = , om te bevestigen
bulk-erase-submit = { $count } definitief wissen
bulk-erase-cancel = Annuleren

## bulk_erased.html

bulk-erased-heading-anonymized = { $count ->
    [one] { $erased } van { $count } dossier geanonimiseerd
   *[other] { $erased } van { $count } dossiers geanonimiseerd
}
bulk-erased-heading-shredded = { $count ->
    [one] { $erased } van { $count } dossier vernietigd
   *[other] { $erased } van { $count } dossiers vernietigd
}
# { $count } is het aantal aangevinkte dossiers.
bulk-erased-all-anonymized = { $count ->
    [one] Het dossier dat u hebt aangevinkt, is geanonimiseerd: de persoonsgegevens zijn definitief weg.
   *[other] Alle dossiers die u hebt aangevinkt, zijn geanonimiseerd: de persoonsgegevens zijn definitief weg.
}
bulk-erased-all-shredded = { $count ->
    [one] Het dossier dat u hebt aangevinkt, is vernietigd: de gegevens zijn definitief weg, ook uit back-ups.
   *[other] Alle dossiers die u hebt aangevinkt, zijn vernietigd: de gegevens zijn definitief weg, ook uit back-ups.
}
# { $count } is het aantal dossiers dat ongewijzigd is gebleven.
bulk-erased-left = { $count ->
    [one] { $count } dossier is ongewijzigd gebleven; in de tabel staat waarom.
   *[other] { $count } dossiers zijn ongewijzigd gebleven; in de tabel staat waarom.
}
bulk-erased-receipt = Van elke wissing staat een bewijs in het auditlog.
bulk-erased-caption = Wat er met elk dossier is gebeurd
bulk-erased-col-record = Dossier
bulk-erased-col-outcome = Resultaat
bulk-erased-no-name = Een dossier zonder naam
bulk-erased-shredded = Vernietigd
bulk-erased-anonymized = Geanonimiseerd
# Een label, gevolgd door bulk-erased-on-hold.
bulk-erased-unchanged = Ongewijzigd
bulk-erased-on-hold = Er geldt een wisblokkade; hef die eerst op.
bulk-erased-already-shredded = Was al eerder vernietigd
bulk-erased-already-anonymized = Was al eerder geanonimiseerd
# Een label, gevolgd door bulk-erased-not-found-text.
bulk-erased-not-found = Niet gevonden
bulk-erased-not-found-text = Dit dossier bestaat niet in deze organisatie.
bulk-erased-back = Terug naar de klanten
customer-purpose-add = Een toestemmingsdoel toevoegen
customer-purposes-none = Deze organisatie heeft nog geen toestemmingsdoelen, dus hier kan geen beslissing worden vastgelegd.
customer-objected-marketing-since = Bezwaar tegen direct marketing sinds { $date }
customer-fresh-consent = De persoon heeft opnieuw uitdrukkelijk toestemming gegeven
customer-fresh-consent-hint = Alleen dan kan een marketingtoestemming worden vastgelegd; vermeld in het bewijs hoe die is gegeven.

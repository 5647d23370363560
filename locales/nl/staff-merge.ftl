# Waarschijnlijke dubbele dossiers en het samenvoegen van twee dossiers.

title-duplicates = Waarschijnlijke dubbele dossiers
title-merge = Twee dossiers samenvoegen
flash-customer-merged = De dossiers zijn samengevoegd; het andere dossier is vernietigd.
merged-open-survivor = Het dossier openen waarin het is samengevoegd

## duplicates.html and the notices that point to it

dupes-link = Waarschijnlijke dubbele dossiers
dupes-heading = Waarschijnlijke dubbele dossiers
dupes-intro = Paren van dossiers met hetzelfde e-mailadres, hetzelfde telefoonnummer, of dezelfde naam en hetzelfde bedrijf. Het kan om één persoon gaan: vergelijk ze en voeg ze samen als dat zo is.
dupes-caption = Paren van dossiers die waarschijnlijk één persoon betreffen
dupes-col-first = Dossier
dupes-col-second = Waarschijnlijk dezelfde persoon als
dupes-col-shared = Gemeenschappelijk
dupes-col-action = Actie
dupes-unnamed = (zonder naam)
dupes-compare = Vergelijken en samenvoegen
dupes-more = Meer paren
dupes-none = Geen waarschijnlijke dubbele dossiers.
dupes-back = Terug naar de klanten
dupes-reason-email = e-mailadres
dupes-reason-phone = telefoonnummer
dupes-reason-name_company = naam en bedrijf
dupes-likely-heading = Waarschijnlijke dubbele dossiers
dupes-likely-text = Andere dossiers hebben hetzelfde e-mailadres, hetzelfde telefoonnummer, of dezelfde naam en hetzelfde bedrijf als dit dossier. Het kan om dezelfde persoon gaan.
dupes-open-record = Dossier { $id }

## merge.html

merge-heading = Twee dossiers samenvoegen
merge-warning = Bij het samenvoegen blijft dit dossier bestaan en wordt ‘{ $other }’ vernietigd: de gegevenssleutel ervan wordt vernietigd en het kan niet worden hersteld.
merge-moves = Naar dit dossier verplaatst: { $notes } notities, { $consents } toestemmingsbeslissingen en { $requests } verzoeken.
merge-consent-rule = De toestemmingsgeschiedenissen worden in tijdsvolgorde samengevoegd. Heeft een van beide dossiers toestemming voor een doel geweigerd of ingetrokken, dan houdt het samengevoegde dossier de weigering.
merge-caption = Kies per veld welke waarde blijft
merge-col-field = Veld
merge-col-this = Dit dossier: { $name }
merge-col-other = Ander dossier: { $name }
merge-empty = (leeg)
merge-submit = Samenvoegen en het andere dossier vernietigen
merge-cancel = Annuleren
merge-field-name = Naam
merge-field-email = E-mail
merge-field-phone = Telefoon
merge-field-company = Bedrijf
merge-field-address = Adres
merge-field-language = Voorkeurstaal
merge-into-summary = Een ander dossier in dit dossier samenvoegen
merge-with-label = ID van het andere dossier
merge-with-hint = De gegevens ervan worden met die van dit dossier samengevoegd, daarna wordt het vernietigd.

## Refusals

fault-this-record-is-on-legal-hold-and-must-not-be-erased = dit dossier heeft een wisblokkade en mag niet worden gewist
fault-the-other-record-is-on-legal-hold-and-must-not-be-erased = het andere dossier heeft een wisblokkade en mag niet worden gewist
fault-release-the-hold-before-merging = hef de wisblokkade op voor het samenvoegen
fault-processing-of-this-record-is-restricted-art-n = de verwerking van dit dossier is beperkt (art. { $n1 })
fault-processing-of-the-other-record-is-restricted-art-n = de verwerking van het andere dossier is beperkt (art. { $n1 })
fault-lift-the-restriction-before-merging = hef de beperking op voor het samenvoegen
fault-is-this-record-itself = is dit dossier zelf
fault-give-the-id-of-the-other-record = geef de ID van het andere dossier
fault-is-not-a-field-of-a-customer-record = is geen veld van een klantdossier
fault-must-be-this-or-from = moet this of from zijn
fault-is-a-required-field-keep-the-record-that-has-a-value = is een verplicht veld: houd het dossier dat een waarde heeft

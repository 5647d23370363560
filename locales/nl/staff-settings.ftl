# Pagina's voor medewerkers: instellingen voor bewaring, eigen velden en
# koppelingen. De sleutels beginnen met de naam van hun sjabloon.
#
# Medewerkers worden met „u” aangesproken. Termen: bewaartermijn,
# bewaarbeleid (policy), afgerond dossier, vernietigen (shred),
# ondertekeningssleutel (signing secret), momentopname van de toestemmingen
# (consent snapshot), aflevering (delivery), ontvanger (receiver),
# koppeling (integration). Rollen zoals in staff.ftl: lezer, medewerker,
# beheerder, eigenaar.

## retention.html

retention-heading = Bewaarbeleid
retention-intro = Een dossier dat als afgerond is gemarkeerd, wordt gedurende de termijn hieronder bewaard; daarna handelt Steward het af zoals hier is ingesteld.
# { $date } is een datum en tijd.
retention-last-changed = Laatst gewijzigd op { $date }.
# De voorbeeldzin is gesplitst rond de twee vetgedrukte waarden:
# retention-preview-period, de ingevulde termijn (P90D),
# retention-preview-expires, een datum en tijd, retention-preview-end.
retention-preview-period = Geldt er een termijn van
retention-preview-expires = , dan verlopen dossiers die vandaag worden afgerond op
retention-preview-end = .
# { $count } dossiers zouden nu al over de termijn heen zijn.
retention-preview-past = { $count ->
    [one] Met deze termijn zou nu al { $count } afgerond dossier verlopen zijn.
   *[other] Met deze termijn zouden nu al { $count } afgeronde dossiers verlopen zijn.
}
# Zoals retention-preview-past; voor { $newly } daarvan is de termijn
# volgens het huidige beleid nog niet verstreken (hier altijd meer dan 0).
retention-preview-past-newly = { $count ->
    [one] Met deze termijn zou nu al { $count } afgerond dossier verlopen zijn; voor { $newly } daarvan is de termijn volgens het huidige bewaarbeleid nog niet verstreken.
   *[other] Met deze termijn zouden nu al { $count } afgeronde dossiers verlopen zijn; voor { $newly } daarvan is de termijn volgens het huidige bewaarbeleid nog niet verstreken.
}
retention-expire-after = Afgeronde dossiers bewaren gedurende
retention-expire-after-hint = Kies een getal en een eenheid. Een week telt als 7 dagen, een maand als 31 dagen en een jaar als 366 dagen, zodat een periode nooit eindigt vóór dezelfde datum op de kalender; maximaal 36.500 dagen (ongeveer 100 jaar).
retention-action = Na afloop van de termijn
retention-action-notify = Ons een melding sturen, herhaaldelijk tot iemand actie onderneemt
retention-action-anonymize = Het dossier anonimiseren
retention-action-shred = Het dossier vernietigen
retention-remind-every = Interval voor herinneringen
retention-remind-every-hint = Hoe vaak verlopen records opnieuw worden voorgelegd tot iemand actie onderneemt. Maanden en jaren tellen als hierboven; leeg betekent één week.
retention-email-to = Overzichten sturen naar
retention-email-to-hint = Eén adres per regel; laat u dit leeg, dan gaan de overzichten naar de beheerders en eigenaren
retention-webhook = Het verlopen van dossiers ook via een webhook aan gekoppelde tools melden
retention-save = Opslaan
retention-preview = Voorbeeld bekijken zonder op te slaan

## fields.html

fields-heading = Eigen velden
fields-col-label = Label
fields-col-key = Sleutel
fields-col-type = Type
fields-col-visible-to = Zichtbaar voor
fields-col-rules = Regels
# { $role } is de opgeslagen code van de laagste rol die het veld ziet:
# viewer, staff, admin of owner; de laatste variant dekt elke andere waarde.
fields-visible-to = { $role ->
    [viewer] Lezers en hoger
    [staff] Medewerkers en hoger
    [admin] Beheerders en eigenaren
    [owner] Alleen eigenaren
   *[other] { $role } en hoger
}
fields-rule-required = verplicht
fields-rule-personal = persoonsgegeven
fields-none = Nog geen eigen velden.
fields-new = Nieuw veld
fields-key = Sleutel
fields-key-hint = Hoe de API het veld noemt: a–z, 0–9 en _, bijv. loyalty_tier; dit kan later niet meer worden gewijzigd
fields-kind = Type
fields-add = Veld toevoegen

## field.html

# { $label } is het label van het veld.
field-heading = Eigen veld “{ $label }”
field-all = Alle velden
# Gevolgd door de sleutel van het veld, en dan het type.
field-key = sleutel
field-fixed = (beide kunnen niet worden gewijzigd)
field-save = Opslaan
field-delete-heading = Verwijderen
field-delete-values = De waarden van dit veld verdwijnen direct uit alle dossiers.
field-delete-final = Dit kan niet ongedaan worden gemaakt.
field-delete = Het veld verwijderen

## field_form.html

field-form-label = Label
field-form-label-hint = Wat gebruikers naast de waarde zien
field-form-options = Opties (één per regel)
field-form-options-hint = Alleen voor een veld met een keuze uit een lijst
# { $n } is het regelnummer van de optie; { $error } wat er mis mee is.
field-form-option-error = Optie { $n }: { $error }
field-form-visible-to = Zichtbaar voor
field-form-visible-viewer = Iedereen (lezers en hoger)
field-form-visible-staff = Medewerkers en hoger
field-form-visible-admin = Beheerders en eigenaren
field-form-visible-owner = Alleen eigenaren
field-form-required = Verplicht: elk dossier moet een waarde hebben
field-form-personal = Persoonsgegeven: de waarde kan iemand identificeren en wordt daarom bij anonimiseren verwijderd

## integrations.html

integrations-heading = Koppelingen
# Gevolgd door het inkomende adres, /hooks/marketing/{id}, en een punt.
integrations-intro = Marketingtools en andere programma's die via ondertekende webhooks horen van wijzigingen in toestemming en van wissingen, en die afmeldingen aan Steward doorgeven op
integrations-created = De koppeling is aangemaakt.
# Gevolgd door de ondertekeningssleutel.
integrations-created-secret = Geef de ontvanger nu deze ondertekeningssleutel; hij wordt niet opnieuw getoond:
integrations-open = De koppeling openen
integrations-col-receiver = Ontvanger
integrations-col-events = Gebeurtenissen
integrations-col-status = Status
integrations-col-pending = Wachtend
integrations-col-dead = Opgegeven
integrations-on = aan
integrations-off = uit
integrations-none = Nog geen koppelingen.
integrations-new = Nieuwe koppeling
integrations-url = URL van de ontvanger
integrations-url-hint = https://… – waar Steward ondertekende webhooks naartoe stuurt
integrations-purpose = Toestemmingsdoel dat wordt gesynchroniseerd
integrations-purpose-hint = Het toestemmingsdoel waarvan de beslissingen gesynchroniseerd blijven.
integrations-snapshot-every = Interval voor een volledige momentopname van de toestemmingen
integrations-snapshot-every-hint = Minimaal 1 uur en maximaal 31 dagen (een maand telt als 31 dagen); leeg betekent 1 dag.
integrations-enabled = Aan: direct beginnen met versturen
integrations-add = Koppeling toevoegen

## integration.html

integration-heading = Koppeling
integration-all = Alle koppelingen
# Gevolgd door de ondertekeningssleutel.
integration-new-secret = De nieuwe ondertekeningssleutel – geef hem nu aan de ontvanger; hij wordt niet opnieuw getoond:
# { $until } is een datum en tijd.
integration-rotating-until = Tot { $until } worden berichten ondertekend met zowel de oude als de nieuwe sleutel.
integration-receiver = Ontvanger
integration-status = Status
integration-on = aan
integration-off = uit
integration-purpose = Toestemmingsdoel
integration-inbound = Inkomend adres
integration-pending = Wachtend
integration-dead = Opgegeven
integration-next-snapshot = Volgende momentopname
integration-settings = Instellingen
integration-url = URL van de ontvanger
integration-snapshot-every = Interval voor een volledige momentopname van de toestemmingen
integration-enabled = Aan
integration-save = Opslaan
integration-snapshot-now = Nu een momentopname sturen
integration-grace = De oude sleutel geldig houden gedurende
integration-grace-hint = Hoe lang het oude geheim naast het nieuwe blijft ondertekenen: maximaal 7 dagen; 0 uur stopt het meteen.
integration-rotate = Nieuwe sleutel
integration-delete = Verwijderen
integration-refused = ‘{ $action }’ is niet uitgevoerd: { $reason }
integration-deliveries = Afleveringen
integration-filter-all = Alle
integration-filter-pending = Wachtend
integration-filter-delivered = Afgeleverd
integration-filter-dead = Opgegeven
integration-col-made = Aangemaakt
integration-col-event = Gebeurtenis
integration-col-state = Status
integration-col-attempts = Pogingen
integration-col-answer = Laatste antwoord
integration-col-action = Actie
# Na de status van een aflevering; { $at } is een datum en tijd.
integration-next-try = volgende poging op { $at }
# { $status } is de HTTP-statuscode waarmee de ontvanger antwoordde.
integration-http-status = HTTP { $status }
integration-retry = Opnieuw proberen
integration-older = Oudere afleveringen
integration-none = Geen afleveringen.
integration-none-in-state = Geen afleveringen met deze status.

## event_choices.html

event-choices-legend = Gebeurtenissen die de koppeling ontvangt
purposes-heading = Toestemmingsdoelen
purposes-intro = Waarvoor klanten toestemming kunnen geven, zoals een nieuwsbrief. Medewerkers kiezen een doel aan de hand van de naam wanneer ze een beslissing vastleggen; klanten zien die naam in hun kopie en op het portaal.
purposes-none = Nog geen doelen. Voeg hieronder het eerste toe.
purposes-col-label = Naam
purposes-col-key = Sleutel voor programma's
purposes-new-heading = Een doel toevoegen
purposes-label = Naam
purposes-label-hint = In de taal van deze pagina's, zoals klanten en medewerkers het lezen, bijv. Nieuwsbrief per e-mail
purposes-description = Beschrijving
purposes-description-hint = Optioneel: waarvoor de klant toestemming geeft, in een of twee zinnen
purposes-key = Sleutel voor programma's
purposes-key-hint = Optioneel: leeg gelaten wordt hij uit de naam gemaakt (Nieuwsbrief per e-mail wordt nieuwsbrief_per_e_mail). Programma's en de API gebruiken hem; hij kan later niet worden gewijzigd.
purposes-add = Doel toevoegen
integrations-purpose-default = Het standaarddoel (marketing_email)
event-type-consent-updated = Toestemming gegeven of ingetrokken
event-type-consent-snapshot = Volledig overzicht van toestemmingen
event-type-contact-forget = Contact moet worden verwijderd
event-type-customer-expired = Bewaartermijn van een record verstreken
event-type-customer-shredded = Record vernietigd
event-type-customer-anonymized = Record geanonimiseerd
event-type-customer-merged = Twee records samengevoegd
event-type-request-received = Verzoek van een klant ontvangen
fields-rule-correctable = corrigeerbaar
field-form-correctable = Corrigeerbaar: de persoon kan via het portaal vragen deze waarde te corrigeren (rectificatie, art. 16 AVG)

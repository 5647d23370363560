# De teksten van Steward voor de personen in de dossiers: het portaal, de
# e-mails aan hen en hun kopie. Eén bestand per taal, onder locales/<tag>/;
# elk bericht uit het Engelse bestand moet in elk ander bestand staan.
#
# Waarden die aan berichten worden meegegeven staan tussen { $accolades };
# meervoud en andere keuzes gebruiken Fluent-selectors. Houd de tekst
# eenvoudig, beleefd en juridisch zorgvuldig.

## De taal zelf

# De naam van de taal in de taal zelf, getoond in de taalkeuze.
language-name = Nederlands
language-de = Duits
language-en = Engels
language-es = Spaans
language-fr = Frans
language-it = Italiaans
language-nl = Nederlands
language-pl = Pools

## Datums, tijden en getallen

# { $day } en { $year } zijn getallen; { $month } is een month-N-bericht.
format-date = { $day } { $month } { $year }
format-datetime = { $date } om { $time } uur { $zone }
format-group-separator = .
format-decimal-separator = ,
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
unit-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dagen
}
unit-hours = { $n ->
    [one] { $n } uur
   *[other] { $n } uur
}
unit-minutes = { $n ->
    [one] { $n } minuut
   *[other] { $n } minuten
}
unit-seconds = { $n ->
    [one] { $n } seconde
   *[other] { $n } seconden
}
yes = Ja
no = Nee

## Waar iemand om kan vragen

kind-copy = een kopie van uw persoonsgegevens bij { $controller }
kind-erasure = wissing van uw persoonsgegevens bij { $controller }
kind-withdraw_consent = intrekking van uw toestemming
kind-portability = uw persoonsgegevens bij { $controller } in bestanden die u naar een andere organisatie kunt meenemen

## Het portaal

portal-language = Taal
portal-skip = Direct naar de inhoud
portal-form-title = Uw gegevens
portal-form-intro = Hier kunt u bij { $controller } een verzoek indienen over uw persoonsgegevens. We sturen een link naar uw e-mailadres, zodat u kunt bevestigen dat het verzoek van u komt.
portal-form-closing = Het account van { $controller } bij deze dienst wordt opgeheven. Alles wat hier over u is vastgelegd, wordt op { $date } verwijderd. Tot die datum kunt u nog om wissing vragen of uw toestemming intrekken; kopieën van gegevens kunnen niet meer worden verstuurd.
portal-form-email = Uw e-mailadres
portal-form-what = Wat wilt u aanvragen?
portal-form-kind-copy = Een kopie van mijn gegevens (pdf en JSON)
portal-form-kind-erasure = Mijn gegevens wissen
portal-form-kind-withdraw_consent = Mijn toestemming intrekken: ik wil geen marketing meer ontvangen
portal-form-kind-portability = Mijn gegevens in bestanden om mee te nemen (JSON en CSV)
portal-form-send = Verzoek versturen
portal-form-deadline = { $controller } moet een verzoek om een kopie of om wissing binnen één maand beantwoorden.
portal-sent-title = Controleer uw e-mail
portal-sent-text = { $hours ->
    [one] Als het opgegeven adres e-mail kan ontvangen, is er een bericht met een bevestigingslink naar u onderweg. Open dat bericht om uw verzoek te bevestigen; de link werkt één keer en is één uur geldig.
   *[other] Als het opgegeven adres e-mail kan ontvangen, is er een bericht met een bevestigingslink naar u onderweg. Open dat bericht om uw verzoek te bevestigen; de link werkt één keer en is { $hours } uur geldig.
}
portal-sent-none = Geen bericht ontvangen? Kijk in uw map met ongewenste e-mail (spam), of dien het verzoek later opnieuw in.
portal-confirm-title = Bevestig uw verzoek
portal-confirm-text = Bevestig uw verzoek om { $what }.
portal-confirm-button = Bevestigen
portal-verified-title = Verzoek bevestigd
portal-verified-withdrawn = Afgehandeld: alle toestemming die u aan { $controller } had gegeven, is ingetrokken. We hebben u per e-mail laten weten wat er is veranderd.
portal-verified-queued = Dank u wel. { $controller } heeft uw verzoek om { $what } ontvangen en antwoordt uiterlijk op { $date }. Het kenmerk van uw verzoek hebben we u per e-mail gestuurd.
portal-already-title = Al bevestigd
portal-already-text = Dit verzoek is al bevestigd; met deze link hoeft u verder niets te doen.
portal-already-state = Status: { $state ->
    [identity] wacht tot { $controller } uw identiteit heeft bevestigd; het antwoord volgt uiterlijk op { $date }.
    [open] in behandeling. { $controller } antwoordt uiterlijk op { $date }.
    [fulfilling] in behandeling. { $controller } antwoordt uiterlijk op { $date }.
    [fulfilled] afgehandeld. U hebt een e-mail met het antwoord ontvangen, of ontvangt die binnenkort.
    [rejected] afgewezen. U hebt een e-mail ontvangen waarin de reden staat.
   *[other] ontvangen.
}
portal-download-title = Uw kopie
portal-download-text = Uw kopie van de persoonsgegevens die { $controller } over u verwerkt. Elk bestand kunt u één keer downloaden, tot { $until }.
portal-download-pdf = Uw gegevens als pdf-document
portal-download-json = Uw gegevens als JSON-bestand (machineleesbaar)
portal-download-data-json = Uw gegevens als JSON-bestand
portal-download-data-csv = Uw gegevens als CSV-bestand (opent in een spreadsheet)
portal-download-schema = De beschrijving van het JSON-bestand (JSON Schema)
portal-download-record = Dossier { $n }: { $file }
portal-download-done = { $file } (gedownload)
portal-problem-title = Er klopt iets niet
portal-problem-back = Terug naar het verzoekformulier
portal-problem-link-used = Deze link is verlopen of al gebruikt. Dien het verzoek zo nodig opnieuw in.
portal-problem-download-gone = Deze downloadlink is verlopen, of alle bestanden zijn al gedownload. Wilt u een nieuwe kopie? Dien dan een nieuw verzoek in om een kopie van uw gegevens.
portal-problem-file-done = Dit bestand is al gedownload. Elk bestand kan één keer worden gedownload; voor een nieuwe kopie dient u een nieuw verzoek in om een kopie van uw gegevens.
portal-problem-record-gone = Dit dossier bestaat niet meer. Er is dus geen kopie van te downloaden.
portal-problem-closed = Dit verzoek is afgesloten voordat het werd bevestigd. Dien het verzoek zo nodig opnieuw in.
portal-problem-closing = Het account van { $controller } bij deze dienst wordt opgeheven. Kopieën van gegevens kunnen daarom niet meer worden verstuurd. U kunt nog wel om wissing vragen of uw toestemming intrekken.
portal-problem-throttled = Er zijn te veel verzoeken gedaan vanaf deze verbinding of voor dit e-mailadres. Wacht even en probeer het daarna opnieuw.
portal-problem-email = Vul een geldig e-mailadres in, bijvoorbeeld naam@example.com.
portal-problem-kind = Kies wat u wilt aanvragen.
portal-problem-form = Het formulier is verstuurd vanaf een verouderde pagina. Ga terug, laad de pagina opnieuw en verstuur het formulier nogmaals.
portal-problem-unknown = Op dit adres is geen verzoekpagina te vinden. Controleer de link die u hebt gekregen.
portal-problem-other = Het verzoek kon niet worden afgehandeld. Probeer het later opnieuw.
portal-identity-title = Bevestig wie u bent
portal-identity-waiting = Voordat { $controller } antwoordt, moet worden bevestigd dat u de persoon bent om wiens gegevens het gaat; daarvoor kan contact met u worden opgenomen.
portal-identity-upload-link = Een identiteitsbewijs uploaden
portal-identity-intro = U kunt één foto of scan van een identiteitsbewijs uploaden (JPEG, PNG of pdf, hoogstens 5 MB), zodat { $controller } kan bevestigen wie u bent. Wat daarvoor niet nodig is, zoals het documentnummer, mag u afschermen.
portal-identity-deleted = Het document wordt verwijderd zodra { $controller } heeft beslist, en uiterlijk 14 dagen na het uploaden. Het maakt nooit deel uit van een kopie of een export van uw gegevens.
portal-identity-waiting-document = Uw document van { $date } wacht op beoordeling; het wordt uiterlijk op { $until } verwijderd.
portal-identity-received = Dank u wel: uw document is aangekomen.
portal-identity-file = Uw document (JPEG, PNG of pdf, hoogstens 5 MB)
portal-identity-send = Uploaden
portal-identity-replace = Een nieuwe upload vervangt het document dat u eerder stuurde.
portal-identity-not-taken = { $controller } neemt hier geen identiteitsbewijzen aan; er wordt contact met u opgenomen om te bevestigen wie u bent.
portal-identity-closed = Dit verzoek wacht niet meer op de bevestiging van uw identiteit; er hoeft niets te worden geüpload.
portal-problem-too-large = Het bestand is groter dan 5 MB. Upload een kleinere foto of scan.
portal-problem-type = Het bestand moet een JPEG- of PNG-afbeelding of een pdf zijn. Er is niets bewaard.
portal-problem-no-file = Kies een bestand om te uploaden.
portal-footer = { $controller } · verzoeken worden afgehandeld met Steward
portal-privacy-notice = Privacyverklaring
portal-contact = Vragen over uw gegevens: { $email }

## E-mails aan personen die een verzoek hebben gedaan

mail-greeting = Geachte heer/mevrouw,
mail-footer = Dit bericht is namens { $controller } verstuurd door Steward.
mail-reference = Kenmerk: { $id }.
mail-complain = Bent u het hier niet mee eens? Dan kunt u een klacht indienen bij een toezichthoudende autoriteit voor gegevensbescherming.
mail-verify-subject = Bevestig uw verzoek aan { $controller }
mail-verify-text = Iemand, hopelijk u, heeft met opgave van dit e-mailadres { $controller } gevraagd om { $what }.
mail-verify-action = Open deze link om het verzoek te bevestigen:
mail-verify-button = Verzoek bevestigen
mail-verify-until = De link werkt één keer, tot { $until }. Hebt u niets aangevraagd? Dan kunt u dit bericht negeren: er gebeurt dan niets.
mail-received-subject = { $controller } heeft uw verzoek ontvangen
mail-received-text = { $controller } heeft uw bevestigde verzoek om { $what } ontvangen. Het kenmerk van uw verzoek is { $id }.
mail-received-due = De wet geeft { $controller } één maand om te antwoorden: u krijgt uiterlijk op { $date } antwoord.
mail-withdrawn-subject = Uw toestemming bij { $controller }
mail-withdrawn-done = Uw toestemming is ingetrokken voor: { $purposes }. { $controller } gebruikt uw gegevens niet meer voor deze doeleinden, waaronder marketing, tenzij u opnieuw toestemming geeft.
mail-withdrawn-nothing = { $controller } had geen toestemming van u die kon worden ingetrokken. Er hoefde dus niets te veranderen. Zonder uw toestemming worden uw gegevens niet voor marketing gebruikt.
mail-withdrawn-unknown = { $controller } heeft geen klantdossier met dit e-mailadres en heeft dus ook geen toestemming van u die kan worden ingetrokken.
mail-copy_ready-subject = Uw kopie van { $controller } staat klaar
mail-copy_ready-text = Uw kopie van de persoonsgegevens die { $controller } over u verwerkt, staat klaar: een leesbaar pdf-bestand en een machineleesbaar JSON-bestand.
mail-copy_ready-action = Download uw kopie hier:
mail-copy_ready-button = Uw kopie downloaden
mail-copy_ready-until = Elk bestand kan één keer worden gedownload, tot { $until }. Is de link verlopen? Dan kunt u op dezelfde pagina opnieuw om een kopie vragen.
mail-data_ready-subject = Uw gegevens van { $controller } staan klaar om mee te nemen
mail-data_ready-text = De persoonsgegevens die u aan { $controller } hebt verstrekt, staan klaar in machineleesbare bestanden: JSON met de beschrijving ervan, en CSV. U kunt ze aan een andere organisatie geven.
mail-data_ready-action = Download ze hier:
mail-data_ready-button = Uw gegevens downloaden
mail-data_ready-until = Elk bestand kan één keer worden gedownload, tot { $until }. Is de link verlopen? Dien dan op dezelfde pagina een nieuw verzoek in.
mail-no_data-subject = { $controller } heeft geen gegevens over u
mail-no_data-text = U hebt { $controller } gevraagd om { $what }. { $controller } heeft geen klantdossier met dit e-mailadres en heeft dus geen gegevens over u.
mail-erased-subject = { $controller } heeft uw gegevens gewist
mail-erased-text = U hebt { $controller } gevraagd uw persoonsgegevens te wissen. Uw gegevens zijn gewist: de dossiers zijn verwijderd en de sleutels waarmee kopieën ervan geopend konden worden, ook die in back-ups, zijn vernietigd.
mail-erased_partly-subject = { $controller } heeft het grootste deel van uw gegevens gewist
mail-erased_partly-text = U hebt { $controller } gevraagd uw persoonsgegevens te wissen. Uw dossiers zijn gewist, met uitzondering van een of meer dossiers die moeten worden bewaard omdat ze nodig zijn voor een rechtsvordering (art. 17 lid 3 sub e AVG). Die dossiers worden alleen voor dat doel bewaard.
mail-refused_hold-subject = { $controller } kan uw gegevens nog niet wissen
mail-refused_hold-text = U hebt { $controller } gevraagd uw persoonsgegevens te wissen. { $controller } moet uw dossier voorlopig bewaren omdat het nodig is voor een rechtsvordering (art. 17 lid 3 sub e AVG), en kan het daarom nog niet wissen. De gegevens worden alleen voor dat doel bewaard.
mail-rejected-subject = { $controller } heeft uw verzoek afgewezen
mail-rejected-text = { $controller } heeft uw verzoek om { $what } afgewezen. De reden hiervoor is:
mail-rejected-remedy = U kunt een klacht indienen bij een toezichthoudende autoriteit voor gegevensbescherming, of u tot de rechter wenden.
mail-extended-subject = { $controller } heeft meer tijd nodig voor uw verzoek
mail-extended-text = { $controller } heeft meer tijd nodig om uw verzoek om { $what } te beantwoorden. De reden hiervoor is:
mail-extended-due = U krijgt uiterlijk op { $date } antwoord.

## De kopie (pdf en JSON)

copy-title = Uw persoonsgegevens bij { $controller }
copy-intro = Dit document is een kopie van alle persoonsgegevens die in de klantadministratie van { $controller } over u zijn vastgelegd, met de informatie waarop u recht hebt over het gebruik ervan (art. 15 AVG).
copy-header = Kopie van de persoonsgegevens bij { $controller }
copy-footer = Pagina { $page } van { $pages }
copy-subject = Kopie van de persoonsgegevens die over u worden bewaard (art. 15 AVG)
copy-unsupported-title = Tekens die niet konden worden weergegeven
copy-unsupported-text = Voor deze tekens in uw gegevens is hier geen lettertype beschikbaar; elk teken staat in de kopie als codepunt tussen vierkante haken:
copy-controller = Verwerkingsverantwoordelijke
copy-contact = Contact
copy-postal-address = Postadres
copy-dpo = Functionaris voor gegevensbescherming
copy-authority = Toezichthoudende autoriteit
copy-customer-id = Klantnummer
copy-made-on = Opgesteld op
copy-request = Uw verzoek
copy-language = Taal
copy-overview = Dit eerste deel vertelt wie uw gegevens bewaart, waarvoor en hoe lang, en welke rechten u hebt. Op de volgende pagina's vindt u uw gegevens, de status van uw dossier, uw toestemmingskeuzes en alle notities die over u zijn geschreven.
copy-details = Uw gegevens
copy-name = Naam
copy-name-removed = (verwijderd)
copy-email = E-mail
copy-phone = Telefoon
copy-company = Bedrijf
copy-address = Adres
copy-field-removed = Veld niet meer in gebruik
copy-record = Uw dossier
copy-state = Status
copy-state-active = open
copy-state-complete = afgerond
copy-state-anonymized = geanonimiseerd
copy-created = Aangemaakt
copy-changed = Laatst gewijzigd
copy-completed = Afgerond
copy-kept-until = Bewaard tot
copy-restricted = Verwerking beperkt
copy-restricted-text = De verwerking is beperkt (art. 18 AVG): de gegevens worden opgeslagen, maar verder niet gebruikt.
copy-held = Bewaring voor een rechtsvordering
copy-held-text = Het dossier moet worden bewaard voor een rechtsvordering en wordt pas verwijderd als die bewaring afloopt.
copy-reason = Reden: { $reason }
copy-consent = Toestemming
copy-consent-state = { $purpose }: { $granted ->
    [yes] gegeven
   *[no] niet gegeven
}
copy-consent-decision = { $granted ->
    [yes] Gegeven
   *[no] Ingetrokken
} (rechtsgrond: { $basis }; vastgelegd { $source })
copy-consent-none = Er zijn geen toestemmingskeuzes vastgelegd.
copy-notes = { $count ->
    [one] Notities (1)
   *[other] Notities ({ $count })
}
copy-notes-none = Er zijn geen notities over u.
basis-consent = uw toestemming
basis-contract = een overeenkomst met u
basis-legal_obligation = een wettelijke verplichting
basis-vital_interests = vitale belangen
basis-public_task = een taak van algemeen belang
basis-legitimate_interests = gerechtvaardigde belangen
source-staff = door een medewerker
source-portal = via de verzoekpagina
source-sync = door een marketingdienst
source-import = via een import

## De kopie: wat u volgens art. 15 AVG moet worden meegedeeld

info-who = Wie uw gegevens verwerkt
info-who-text = De gegevens in deze kopie worden verwerkt door { $controller }, die bepaalt waarvoor ze worden gebruikt (de verwerkingsverantwoordelijke).
info-who-contact = Voor vragen over deze kopie kunt u contact opnemen via { $contact }.
info-why = Waarom uw gegevens worden verwerkt
info-why-text = Voor het beheer van de relatie tussen { $controller } en u: contact met u onderhouden, leveren waar u om hebt gevraagd en vastleggen wat er is afgesproken.
info-why-purposes = Met uw toestemming, of zoals hieronder vastgelegd, ook voor: { $purposes }.
info-what = Welke soorten gegevens
info-what-text = Deze kopie bevat { $categories }.
category-identity = uw naam
category-contact = uw contactgegevens
category-employer = het bedrijf waar u werkt
category-custom = overige gegevens die over u zijn vastgelegd
category-notes = notities die over u zijn geschreven
category-consent = uw toestemmingskeuzes en de geschiedenis daarvan
category-record = de datums en de status van uw dossier
info-basis = Op welke rechtsgrond
info-basis-text = Het beheer van de relatie is gebaseerd op de overeenkomst met u of op de gerechtvaardigde belangen van { $controller } (art. 6 lid 1 sub b en f AVG). Marketing is gebaseerd op uw toestemming (art. 6 lid 1 sub a AVG); bij elke toestemmingskeuze staat de rechtsgrond vermeld.
info-recipients = Wie uw gegevens ontvangt
info-recipients-intro = { $count ->
    [one] { $controller } verstrekt gegevens over u aan één ontvanger, een dienst die voor marketing wordt gebruikt:
   *[other] { $controller } verstrekt gegevens over u aan de volgende ontvangers, diensten die voor marketing worden gebruikt:
}
info-recipient = { $name } ontvangt voor het doel { $purpose }: { $receives }.
info-recipients-none = Uw gegevens worden niet aan anderen verstrekt.
receives-consent = uw e-mailadres en uw toestemmingskeuzes voor dat doel
receives-erasure = uw e-mailadres als uw gegevens worden gewist, zodat ook daar de kopie wordt verwijderd
receives-record_events = het kenmerk van uw dossier wanneer de bewaartermijn van het dossier afloopt of het dossier wordt gewist
info-retention = Hoe lang uw gegevens worden bewaard
info-retention-text = { $action ->
    [notify] Uw dossier wordt bewaard tot { $period } nadat het als afgerond is gemarkeerd; daarna krijgt { $controller } een herinnering om het te verwijderen.
    [anonymize] Uw dossier wordt bewaard tot { $period } nadat het als afgerond is gemarkeerd; daarna blijven er alleen anonieme statistische gegevens van over.
   *[other] Uw dossier wordt bewaard tot { $period } nadat het als afgerond is gemarkeerd; daarna wordt het verwijderd.
}
info-retention-date = Voor uw dossier is die datum { $date }.
info-retention-open = Uw dossier is nog niet afgerond. Er is dus nog geen datum vastgesteld.
info-source = Waar uw gegevens vandaan komen
info-source-text = Van uzelf, of van medewerkers van { $controller } in hun contact met u.
info-rights = Uw rechten
info-rights-text = U kunt { $controller } vragen om onjuiste gegevens te verbeteren (rectificatie), om ze te wissen (gegevenswissing) en om het gebruik ervan te beperken zolang een vraag daarover nog niet is opgelost (beperking van de verwerking). Ook kunt u bezwaar maken tegen het gebruik van uw gegevens; tegen gebruik voor marketing kan dat altijd. U kunt opnieuw om deze kopie vragen, en om uw gegevens in een machineleesbare vorm.
info-complain = Als u een klacht wilt indienen
info-complain-text = U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit voor gegevensbescherming, met name in het land waar u woont of werkt, of waar volgens u de wet is overtreden.
info-who-address = Postadres: { $address }.
info-who-dpo = De functionaris voor gegevensbescherming is { $name }, bereikbaar via { $contact }.
info-who-notice = Privacyverklaring: { $url }
info-transfers = Doorgifte buiten Europa
info-transfer = { $name } is gevestigd in een land buiten de Europese Economische Ruimte: { $country }. De doorgifte is gebaseerd op { $safeguard }.
info-transfers-none = Uw gegevens worden niet doorgegeven naar landen buiten de Europese Economische Ruimte.
safeguard-adequacy = een besluit van de Europese Commissie dat het land een passend beschermingsniveau voor persoonsgegevens waarborgt (adequaatheidsbesluit, art. 45 AVG)
safeguard-scc = de door de Europese Commissie vastgestelde standaardbepalingen inzake gegevensbescherming (art. 46 lid 2 sub c AVG)
safeguard-bcr = bindende bedrijfsvoorschriften (art. 47 AVG)
safeguard-derogation = een uitzondering voor specifieke situaties (art. 49 AVG)
info-automated = Geautomatiseerde besluitvorming
info-automated-none = { $controller } neemt geen besluiten over u die uitsluitend zijn gebaseerd op geautomatiseerde verwerking, waaronder profilering (art. 22 AVG).
info-automated-text = { $controller } neemt op geautomatiseerde wijze besluiten over u, en wel als volgt: { $description }
info-complain-authority = De toezichthoudende autoriteit die bevoegd is voor { $controller }, is { $authority }: { $url }
info-recipient-full = { $name } ({ $country }), voor { $purpose }: ontvangt { $receives }; bewaart dit { $retention }.
info-recipients-listed = { $count ->
    [one] { $controller } verstrekt gegevens over u aan één ontvanger:
   *[other] { $controller } verstrekt gegevens over u aan de volgende ontvangers:
}
info-recipient-where = { $name } ({ $country }), voor { $purpose }: ontvangt { $receives }.

## Het register van ontvangers, in het portaal

portal-recipients-title = Wie persoonsgegevens ontvangt
portal-recipients-intro = { $controller } verstrekt persoonsgegevens aan de volgende ontvangers en dienstverleners:
portal-recipients-none = { $controller } verstrekt geen persoonsgegevens aan anderen.
portal-recipient-name = Ontvanger
portal-recipient-receives = Welke gegevens
portal-recipient-purpose = Doel
portal-recipient-country = Land
portal-recipient-safeguard = Bescherming buiten Europa
portal-recipient-retention = Bewaartermijn
portal-recipient-in-eea = niet nodig (binnen de Europese Economische Ruimte)
portal-recipient-marketing-service = Een marketingdienst
portal-dpo = Functionaris voor gegevensbescherming: { $name }, { $contact }
portal-authority = U kunt een klacht indienen bij { $authority }: { $url }

## Landen (ISO 3166-1-codes)

country-AT = Oostenrijk
country-BE = België
country-BG = Bulgarije
country-HR = Kroatië
country-CY = Cyprus
country-CZ = Tsjechië
country-DK = Denemarken
country-EE = Estland
country-FI = Finland
country-FR = Frankrijk
country-DE = Duitsland
country-GR = Griekenland
country-HU = Hongarije
country-IE = Ierland
country-IT = Italië
country-LV = Letland
country-LT = Litouwen
country-LU = Luxemburg
country-MT = Malta
country-NL = Nederland
country-PL = Polen
country-PT = Portugal
country-RO = Roemenië
country-SK = Slowakije
country-SI = Slovenië
country-ES = Spanje
country-SE = Zweden
country-IS = IJsland
country-LI = Liechtenstein
country-NO = Noorwegen
country-GB = Verenigd Koninkrijk
country-CH = Zwitserland
country-US = Verenigde Staten
country-CA = Canada
country-AU = Australië
country-NZ = Nieuw-Zeeland
country-JP = Japan
country-KR = Zuid-Korea
country-IN = India
country-SG = Singapore
country-BR = Brazilië
country-AR = Argentinië
country-UY = Uruguay
country-IL = Israël
country-CN = China

# Objection requests (Art. 21).
kind-objection = uw bezwaar
portal-form-kind-objection = Bezwaar maken: tegen direct marketing of een andere verwerking van mijn gegevens
portal-objection-what = Waartegen maakt u bezwaar?
portal-objection-marketing = Direct marketing: stuur mij geen marketing meer
portal-objection-legitimate = Een andere verwerking op grond van gerechtvaardigde belangen van de organisatie
portal-objection-grounds = Uw redenen (bij een andere verwerking): waarom u bezwaar maakt
portal-verified-objected = Gedaan: { $controller } gebruikt uw gegevens niet meer voor direct marketing. We hebben u een bevestiging gemaild.
mail-objected-subject = Uw bezwaar tegen direct marketing door { $controller }
mail-objected-done = Uw bezwaar is vastgelegd: elke toestemming voor marketing is ingetrokken en { $controller } gebruikt uw gegevens niet meer voor direct marketing, tenzij u zelf opnieuw uitdrukkelijk toestemming geeft.
mail-processing_stopped-subject = Uw bezwaar bij { $controller }
mail-processing_stopped-text = { $controller } heeft uw bezwaar bekeken en de verwerking waartegen u bezwaar maakte gestopt; uw gegevens blijven beperkt.

# Verzoeken om rectificatie (art. 16).
kind-rectification = rectificatie van de persoonsgegevens die { $controller } over u bewaart
portal-form-kind-rectification = Mijn gegevens corrigeren: sommige gegevens over mij kloppen niet
portal-rectify-what = Welke gegevens kloppen niet?
portal-rectify-intro = Vul voor elk gegeven dat { $controller } onjuist bewaart de juiste waarde in. Laat gegevens die kloppen leeg.
portal-rectify-note = Wat { $controller } verder moet weten (optioneel)
rect-field-name = Naam
rect-field-email = E-mailadres
rect-field-phone = Telefoonnummer
rect-field-address = Postadres
rect-field-company = Bedrijf
mail-rectified-subject = Uw verzoek om correctie van uw gegevens bij { $controller }
mail-rectified-text = { $controller } heeft besloten over de correcties waarom u vroeg.
mail-rectified-accepted = Gecorrigeerd zoals gevraagd:
mail-rectified-declined = Niet gecorrigeerd, en waarom:
kind-restriction = beperking van de verwerking van uw persoonsgegevens door { $controller }
portal-form-kind-restriction = Beperken: mijn gegevens bewaren maar voorlopig niet meer verwerken
portal-restriction-what = Waarom vraagt u om beperking?
portal-restriction-contests_accuracy = Ik betwist de juistheid van mijn gegevens, zolang die wordt gecontroleerd
portal-restriction-unlawful = De verwerking is onrechtmatig, maar ik wil beperking in plaats van wissing
portal-restriction-legal_claims = De organisatie heeft mijn gegevens niet meer nodig, maar ik wel voor een rechtsvordering
portal-restriction-objected = Ik heb bezwaar gemaakt tegen de verwerking, zolang wordt nagegaan wiens gronden zwaarder wegen
portal-restriction-details = Wat u nog wilt toevoegen (optioneel)
mail-restricted-subject = { $controller } heeft de verwerking van uw gegevens beperkt
mail-restricted-text = { $controller } heeft uw verzoek ingewilligd: uw gegevens worden bewaard maar niet meer verwerkt, behalve opgeslagen, tot u anders hoort. U hoort het voordat de beperking wordt opgeheven.
mail-lift_notice-subject = { $controller } heft de beperking van uw gegevens op
mail-lift_notice-text = { $controller } heft de door u gevraagde beperking van de verwerking van uw gegevens op, om deze reden:
mail-lift_notice-date = De beperking wordt op { $date } opgeheven. Bent u het er niet mee eens, neem dan vóór die datum contact op met { $controller }.

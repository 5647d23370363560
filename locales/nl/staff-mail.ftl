# E-mails aan de medewerkers van een organisatie, in de standaardtaal van de
# organisatie: het overzicht van verzoeken van betrokkenen, het
# bewaarrapport, een uitgeschakelde koppeling en de fasen van het opheffen
# van een account. De sleutels beginnen met de naam van hun sjabloon
# (templates/email/<naam>.subject.txt, .txt en .html).
#
# De e-mails in platte tekst houden hun regels kort: een bericht dat in een
# .txt-sjabloon staat, breekt zijn regels af waar de tekstmail dat moet doen
# (hooguit ongeveer 78 tekens). In de HTML-mail zijn die regeleinden alleen
# spaties.
#
# Termen zoals op de pagina's voor medewerkers: verzoek van een betrokkene,
# bewaartermijn, bewaarbeleid (policy), klantdossier, vernietigen (shred),
# anonimiseren, wisblokkade (legal hold), inbox (notifications),
# momentopname van de toestemmingen (consent snapshot), ontvanger
# (receiver), koppeling (integration), auditvermelding (audit entry).

## requests_digest

# { $count } is het aantal vermelde verzoeken; { $overdue } is yes als de
# termijn van minstens één ervan is verstreken.
requests-digest-subject = { $tenant }: { $count ->
    [one] { $count } verzoek van een betrokkene
   *[other] { $count } verzoeken van betrokkenen
} – { $overdue ->
    [yes] termijn verstreken
    [new] nieuw ontvangen
   *[other] termijn verloopt binnenkort
}
requests-digest-title = Verzoeken van betrokkenen aan { $tenant }
# De tekstmail voegt een punt toe.
requests-digest-heading = Verzoeken van betrokkenen aan { $tenant } die nog moeten worden beantwoord
requests-digest-overdue = Te laat
requests-digest-overdue-explained = De termijn van één maand (art. 12 lid 3 AVG) is verstreken.
requests-digest-overdue-text = Te laat – de termijn van één maand (art. 12 lid 3 AVG) is verstreken:
# De tekstmail voegt een dubbele punt toe.
requests-digest-received = Nieuw — bevestigd, wacht op antwoord
requests-digest-due-soon = Uiterste datum binnen 7 dagen
# Een verzoek in de lijst: dit, dan het ID, een komma en requests-digest-due.
# { $kind } is de soort verzoek zoals opgeslagen: copy, erasure of withdraw_consent.
requests-digest-kind = { $kind ->
    [copy] Verzoek om een kopie van gegevens
    [erasure] Verzoek om wissing
    [withdraw_consent] Intrekking van toestemming
   *[other] Verzoek ({ $kind })
}
# { $date } is de uiterste datum.
requests-digest-due = uiterlijk { $date }
# De zin is gesplitst rond de link naar de lijst met verzoeken.
requests-digest-act-before = U kunt elk verzoek uitvoeren, afwijzen of (binnen de eerste maand) de termijn ervan verlengen in
requests-digest-act-link = de lijst met verzoeken
requests-digest-act-after = .
# De tekstmail, gevolgd door het adres van de lijst met verzoeken.
requests-digest-act-text = U kunt elk verzoek uitvoeren, afwijzen of (binnen de eerste maand) de
    termijn ervan verlengen in de lijst met verzoeken:
requests-digest-footer = Dit bericht vermeldt alleen de kenmerken van verzoeken; het bevat nooit
    persoonsgegevens.

## retention_digest

# { $count } is het aantal verlopen dossiers dat op een beslissing wacht.
retention-digest-subject-waiting = { $tenant }: { $count ->
    [one] { $count } verlopen klantdossier wacht op uw beslissing
   *[other] { $count } verlopen klantdossiers wachten op uw beslissing
}
# Als niets wacht: de dossiers zijn gewist; { $shredded } is yes als ze zijn
# vernietigd, no als ze zijn geanonimiseerd.
retention-digest-subject-erased = { $tenant }: verlopen klantdossiers zijn automatisch { $shredded ->
    [yes] vernietigd
   *[other] geanonimiseerd
}
retention-digest-title = Bewaarrapport voor { $tenant }
# Gesplitst rond de bewaartermijn, vetgedrukt („90 dagen”).
retention-digest-policy-before = Volgens uw bewaarbeleid wordt een klantdossier, nadat het als afgerond is gemarkeerd, nog
retention-digest-policy-after = bewaard.
retention-digest-policy-text = Volgens uw bewaarbeleid wordt een klantdossier, nadat het als afgerond is
    gemarkeerd, nog { $period } bewaard.
# { $date } is de datum en tijd van de run.
retention-digest-report-of = Rapport van { $date }.
# Na de lijst met dossiers van een onderdeel, als alleen de eerste worden
# vermeld; { $count } is hoeveel er nog meer zijn. Gesplitst rond de link
# naar de meldingen.
retention-digest-more-before = { $count ->
    [one] … en nog { $count } dossier: zie
   *[other] … en nog { $count } dossiers: zie
}
retention-digest-more-link = uw inbox
retention-digest-more-after = .
retention-digest-more-text = { $count ->
    [one] … en nog { $count } dossier: zie { $url }
   *[other] … en nog { $count } dossiers: zie { $url }
}
# Vetgedrukt; retention-digest-todo volgt.
retention-digest-todo-label = Wat te doen:
retention-digest-todo = open elk dossier en vernietig of anonimiseer het, heropen het
    als de klant weer actief is, of stel een wisblokkade in als u het moet
    bewaren.
# Gesplitst rond de link naar de meldingen.
retention-digest-acknowledge-before = Als u de melding in
retention-digest-acknowledge-link = uw inbox
retention-digest-acknowledge-after = voor kennisgeving aanneemt, stoppen de herinneringen.
retention-digest-acknowledge-text = Als u de melding op { $url }
    voor kennisgeving aanneemt, stoppen de herinneringen.
# { $period } is een tijdsduur („7 dagen”).
retention-digest-remind-every = Tot die tijd krijgt u telkens na { $period } opnieuw een herinnering.
retention-digest-footer = Dit bericht vermeldt alleen de kenmerken van dossiers; namen van klanten of
    andere persoonsgegevens bevat het nooit.
# Gevolgd door het adres van Steward tussen haakjes.
retention-digest-contact = U ontvangt dit
    bericht als contactpersoon voor het bewaarbeleid van { $tenant }
    in Steward
# De kop en uitleg van elk onderdeel van het rapport, voor de code die de
# onderdelen opbouwt (src/retention/digest.rs). { $count } is het aantal
# dossiers in het onderdeel.
retention-digest-section-expired = { $count ->
    [one] { $count } dossier verlopen
   *[other] { $count } dossiers verlopen
}
retention-digest-section-expired-explained = De bewaartermijn is verstreken. Over elk dossier moet een beslissing worden genomen.
retention-digest-section-reminded = { $count ->
    [one] { $count } dossier wacht nog op een beslissing
   *[other] { $count } dossiers wachten nog op een beslissing
}
retention-digest-section-reminded-explained = Deze dossiers zijn al eerder verlopen en niemand heeft er nog iets mee gedaan.
retention-digest-section-anonymized = { $count ->
    [one] { $count } dossier geanonimiseerd
   *[other] { $count } dossiers geanonimiseerd
}
retention-digest-section-anonymized-explained = Zoals uw bewaarbeleid bepaalt, zijn de persoonsgegevens vernietigd; voor statistieken blijft alleen een kaal dossier zonder persoonsgegevens over.
retention-digest-section-shredded = { $count ->
    [one] { $count } dossier vernietigd
   *[other] { $count } dossiers vernietigd
}
retention-digest-section-shredded-explained = Zoals uw bewaarbeleid bepaalt, zijn deze dossiers gewist met elke kopie, ook in back-ups. Er blijft alleen een bewijs over waarin niemand wordt genoemd.

## integration_disabled

integration-disabled-subject = Steward: een koppeling is uitgeschakeld omdat de ontvanger niet meer bestaat
integration-disabled-title = Koppeling uitgeschakeld
integration-disabled-heading = Er is een koppeling uitgeschakeld
# Gesplitst rond de hostnaam van de ontvanger, vetgedrukt en tussen haakjes.
integration-disabled-gone-before = De ontvanger van een van uw koppelingen
integration-disabled-gone-after = heeft geantwoord met “410 Gone”: hij wil geen berichten meer ontvangen.
integration-disabled-gone-text = De ontvanger van een van uw koppelingen ({ $host }) heeft geantwoord met
    "410 Gone": hij wil geen berichten meer ontvangen.
integration-disabled-switched-off = Steward heeft de koppeling
    uitgeschakeld; de toestemmingen voor marketing worden daarom niet meer met
    die tool gesynchroniseerd.
# Gevolgd door het ID van de koppeling.
integration-disabled-integration = Koppeling:
# Gevolgd door het adres van de instellingen van de koppelingen.
integration-disabled-fix = Is de tool verhuisd, wijzig dan het adres van de koppeling en schakel haar weer in; gebruikt u de tool niet meer, verwijder dan de koppeling:
integration-disabled-fix-text = Is de tool verhuisd, wijzig dan het adres van de koppeling en schakel haar
    weer in; gebruikt u de tool niet meer, verwijder dan de koppeling:
integration-disabled-waiting = Wat nog wachtte, blijft bewaard en wordt verstuurd zodra de koppeling weer
    aan staat; dan gaat er ook een nieuwe momentopname van de toestemmingen uit,
    zodat de tool weer helemaal bij is.
integration-disabled-footer = Verstuurd door Steward ({ $url }) aan de beheerders van uw organisatie.

## tenant_purge

# { $date } is een datum en tijd.
tenant-purge-subject-cancelled = { $tenant }: uw Steward-account is opgezegd; exporteer uw gegevens uiterlijk op { $date }
tenant-purge-subject-purged = { $tenant }: uw gegevens in Steward zijn vernietigd
tenant-purge-subject-warning = { $tenant }: uw gegevens in Steward worden op { $date } vernietigd
tenant-purge-cancelled = Het Steward-account van { $tenant } is op { $date } opgezegd.
# Gesplitst rond de datum (vetgedrukt) en de link naar de export:
# before, datum, middle, link, after.
tenant-purge-until-before = Tot
tenant-purge-until-middle = kunnen u en uw collega's nog inloggen, alles inzien (er kan niets worden gewijzigd) en
tenant-purge-until-link = een volledige export downloaden
tenant-purge-until-after = .
# Gevolgd door het adres van de export.
tenant-purge-until-text = Tot { $date } kunnen u en uw collega's nog inloggen, alles
    inzien (er kan niets worden gewijzigd) en een volledige export downloaden:
tenant-purge-after-date = Na die datum worden alle klantdossiers, notities, toestemmingen, gebruikers
    en auditvermeldingen van { $tenant } vernietigd, samen met de sleutels
    waarmee ze zijn verzegeld, zodat geen enkele kopie (ook niet in back-ups)
    ooit nog leesbaar is.
tenant-purge-purged = Zoals aangekondigd zijn alle klantdossiers, notities, toestemmingen,
    gebruikers en auditvermeldingen van { $tenant } op { $date }
    vernietigd, samen met de sleutels waarmee ze waren verzegeld.
tenant-purge-purged-no-copy = Geen enkele kopie, ook niet in back-ups, is nog leesbaar.
tenant-purge-contact = Steward bewaart alleen dit contactadres, om vragen over het account te
    beantwoorden, tot { $date }; daarna wordt ook dit adres
    verwijderd.
# Gesplitst rond de datum van vernietiging, vetgedrukt. { $remaining } is
# hoe lang het nog duurt („over 7 dagen”).
tenant-purge-reminder-before = Herinnering: het Steward-account van { $tenant } is opgezegd en alle gegevens ervan worden vernietigd op
tenant-purge-reminder-after = ({ $remaining }).
tenant-purge-reminder-text = Herinnering: het Steward-account van { $tenant } is opgezegd en alle
    gegevens ervan worden vernietigd op { $date } ({ $remaining }).
# De link naar de export, dan de rest van de zin.
tenant-purge-export-link = Download een volledige export
tenant-purge-export-after = voordat het zover is.
# Gevolgd door het adres van de export.
tenant-purge-export-text = Download een volledige export voordat het zover is:
tenant-purge-footer = Verstuurd door Steward ({ $url }) aan de eigenaar van { $tenant }.
# Hoe lang het nog duurt tot de gegevens worden vernietigd, voor de code
# die { $remaining } geeft (src/tenants/offboarding.rs). { $count } is een
# aantal dagen (2 of meer) of uren (2 tot 47).
tenant-purge-remaining-days = { $count ->
    [one] over { $count } dag
   *[other] over { $count } dagen
}
tenant-purge-remaining-hours = { $count ->
    [one] over { $count } uur
   *[other] over { $count } uur
}
tenant-purge-remaining-soon = binnen het uur

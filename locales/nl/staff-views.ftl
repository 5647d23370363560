# Saved views, each user's columns and actions on ticked records of the
# customers list.

title-views = Opgeslagen weergaven
title-bulk = Aangevinkte dossiers
title-bulk-done = Aangevinkte dossiers
customers-col-pick = Aanvinken
customers-pick = { $name } aanvinken
customers-col-phone = Telefoon
customers-col-created = Aangemaakt
customers-col-updated = Gewijzigd
columns-summary = Kolommen
columns-legend = Kolommen naast de naam
columns-button = Deze kolommen tonen
flash-columns-chosen = Uw kolommen zijn opgeslagen.
views-nav = Opgeslagen weergaven
views-shared-badge = gedeeld
views-manage = Weergaven beheren
views-save-summary = Deze weergave opslaan
views-name-label = Naam van de weergave
views-save-hint = Bewaart de getoonde filters en volgorde, nooit de zoekwoorden.
views-with-columns = Met mijn kolommen
views-share = Delen met het team
views-save-button = Weergave opslaan
views-query-label = Filters van de lijst
flash-view-saved = Weergave opgeslagen.
flash-view-changed = Weergave gewijzigd.
flash-view-deleted = Weergave verwijderd.
views-heading = Opgeslagen weergaven
views-intro = Een weergave bewaart de filters en volgorde van de klantenlijst onder een naam. Uw eigen weergaven ziet alleen u; gedeelde ziet de hele organisatie, en alleen beheerders delen, hernoemen of verwijderen ze.
views-caption = Opgeslagen weergaven
views-col-name = Naam
views-col-who = Zichtbaar voor
views-col-change = Wijzigen
views-shared = Iedereen
views-yours = U
views-rename-label = Nieuwe naam voor { $name }
views-rename-button = Opslaan
views-delete-button = Verwijderen
views-delete-label = Weergave { $name } verwijderen
views-none = Nog geen opgeslagen weergaven: kies filters in de klantenlijst en dan ‘Deze weergave opslaan’.
views-back = Terug naar de klanten
bulk-legend = Met de aangevinkte dossiers
bulk-action-label = Actie
bulk-action-complete = Afronden
bulk-action-reopen = Heropenen
bulk-action-note = Notitie toevoegen
bulk-action-set_field = Veld instellen
bulk-body-label = Notitie
bulk-body-hint = Voor ‘Notitie toevoegen’.
bulk-set-label = Veld en waarde
bulk-set-none = Geen
bulk-set-hint = Voor ‘Veld instellen’.
bulk-apply = Toepassen op de aangevinkte dossiers
bulk-export = Aangevinkte dossiers exporteren
bulk-heading = { $count ->
    [one] Toepassen op { $count } aangevinkt dossier
   *[other] Toepassen op { $count } aangevinkte dossiers
}
bulk-ids-label = Aangevinkte dossiers
bulk-back = Terug naar de klanten
bulk-done-heading = Aangevinkte dossiers
bulk-done-complete = { $count ->
    [one] { $count } afgerond
   *[other] { $count } afgerond
}
bulk-done-reopen = { $count ->
    [one] { $count } heropend
   *[other] { $count } heropend
}
bulk-done-note = { $count ->
    [one] Notitie toegevoegd aan { $count } dossier
   *[other] Notitie toegevoegd aan { $count } dossiers
}
bulk-done-set_field = { $count ->
    [one] Veld ingesteld bij { $count } dossier
   *[other] Veld ingesteld bij { $count } dossiers
}
bulk-not = { $count } niet:
bulk-no-name = Een dossier zonder naam
bulk-why-restricted = de verwerking is beperkt
bulk-why-anonymized = het is geanonimiseerd
bulk-why-state-complete = het is niet actief
bulk-why-state-reopen = het is niet afgerond
bulk-why-gone = het bestaat niet meer
audit-event-user-columns_set = Kolommen van de lijst gekozen
audit-event-view-saved = Weergave opgeslagen
audit-event-view-changed = Weergave gewijzigd
audit-event-view-deleted = Weergave verwijderd
fault-is-the-name-of-another-view-already = is al de naam van een andere weergave
fault-tick-at-least-one-record = vink minstens één dossier aan
fault-tick-at-most-n-records-at-once = vink hoogstens { $n1 } dossiers tegelijk aan
fault-choose-a-custom-field-of-this-organisation = kies een eigen veld van deze organisatie
fault-only-a-choice-or-yes-no-field-is-set-on-many-records-at-once = alleen een keuze- of ja/nee-veld wordt bij veel dossiers tegelijk ingesteld
fault-must-be-complete-reopen-note-or-set-field = moet complete, reopen, note of set_field zijn
fault-must-be-at-most-n-columns = mag hoogstens { $n1 } kolommen hebben
fault-only-admins-and-owners-share-views-with-everyone-save-it-as-your-own = alleen beheerders en eigenaren delen weergaven met iedereen; sla hem op als uw eigen
fault-only-admins-and-owners-change-or-delete-a-view-shared-with-everyone = alleen beheerders en eigenaren wijzigen of verwijderen een met iedereen gedeelde weergave
fault-you-keep-n-views-already-delete-one-first = u hebt al { $n1 } weergaven; verwijder er eerst een
fault-export-either-the-ticked-records-or-a-list-view-state-q-not-both = exporteer de aangevinkte dossiers of een weergave van de lijst (state, q), niet allebei
audit-target-view = weergave { $id }

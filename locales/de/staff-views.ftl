# Saved views, each user's columns and actions on ticked records of the
# customers list.

title-views = Gespeicherte Ansichten
title-bulk = Angehakte Datensätze
title-bulk-done = Angehakte Datensätze
customers-col-pick = Anhaken
customers-pick = { $name } anhaken
customers-col-phone = Telefon
customers-col-created = Angelegt
customers-col-updated = Geändert
columns-summary = Spalten
columns-legend = Spalten neben dem Namen
columns-button = Diese Spalten zeigen
flash-columns-chosen = Ihre Spalten sind gespeichert.
views-nav = Gespeicherte Ansichten
views-shared-badge = geteilt
views-manage = Ansichten verwalten
views-save-summary = Diese Ansicht speichern
views-name-label = Name der Ansicht
views-save-hint = Behält die gezeigten Filter und die Reihenfolge, nie die Suchwörter.
views-with-columns = Mit meinen Spalten
views-share = Mit dem Team teilen
views-save-button = Ansicht speichern
views-query-label = Filter der Liste
flash-view-saved = Ansicht gespeichert.
flash-view-changed = Ansicht geändert.
flash-view-deleted = Ansicht gelöscht.
views-heading = Gespeicherte Ansichten
views-intro = Eine Ansicht behält die Filter und die Reihenfolge der Kundenliste unter einem Namen. Ihre eigenen sehen nur Sie; geteilte sieht die ganze Organisation, und nur Admins teilen, benennen oder löschen sie.
views-caption = Gespeicherte Ansichten
views-col-name = Name
views-col-who = Sichtbar für
views-col-change = Ändern
views-shared = Alle
views-yours = Sie
views-rename-label = Neuer Name für { $name }
views-rename-button = Speichern
views-delete-button = Löschen
views-delete-label = Ansicht { $name } löschen
views-none = Noch keine gespeicherten Ansichten: Wählen Sie Filter in der Kundenliste, dann „Diese Ansicht speichern“.
views-back = Zurück zu den Kunden
bulk-legend = Mit den angehakten Datensätzen
bulk-action-label = Aktion
bulk-action-complete = Abschließen
bulk-action-reopen = Wieder öffnen
bulk-action-note = Notiz hinzufügen
bulk-action-set_field = Feld setzen
bulk-body-label = Notiz
bulk-body-hint = Für „Notiz hinzufügen“.
bulk-set-label = Feld und Wert
bulk-set-none = Keins
bulk-set-hint = Für „Feld setzen“.
bulk-apply = Auf die angehakten Datensätze anwenden
bulk-export = Angehakte Datensätze exportieren
bulk-heading = { $count ->
    [one] Auf { $count } angehakten Datensatz anwenden
   *[other] Auf { $count } angehakte Datensätze anwenden
}
bulk-ids-label = Angehakte Datensätze
bulk-back = Zurück zu den Kunden
bulk-done-heading = Angehakte Datensätze
bulk-done-complete = { $count ->
    [one] { $count } abgeschlossen
   *[other] { $count } abgeschlossen
}
bulk-done-reopen = { $count ->
    [one] { $count } wieder geöffnet
   *[other] { $count } wieder geöffnet
}
bulk-done-note = { $count ->
    [one] Notiz zu { $count } Datensatz hinzugefügt
   *[other] Notiz zu { $count } Datensätzen hinzugefügt
}
bulk-done-set_field = { $count ->
    [one] Feld bei { $count } Datensatz gesetzt
   *[other] Feld bei { $count } Datensätzen gesetzt
}
bulk-not = { $count } nicht:
bulk-no-name = Ein Datensatz ohne Namen
bulk-why-restricted = seine Verarbeitung ist eingeschränkt
bulk-why-anonymized = er ist anonymisiert
bulk-why-state-complete = er ist nicht aktiv
bulk-why-state-reopen = er ist nicht abgeschlossen
bulk-why-gone = er ist nicht mehr da
audit-event-user-columns_set = Spalten der Liste gewählt
audit-event-view-saved = Ansicht gespeichert
audit-event-view-changed = Ansicht geändert
audit-event-view-deleted = Ansicht gelöscht
fault-is-the-name-of-another-view-already = ist schon der Name einer anderen Ansicht
fault-tick-at-least-one-record = haken Sie mindestens einen Datensatz an
fault-tick-at-most-n-records-at-once = haken Sie höchstens { $n1 } Datensätze auf einmal an
fault-choose-a-custom-field-of-this-organisation = wählen Sie ein eigenes Feld dieser Organisation
fault-only-a-choice-or-yes-no-field-is-set-on-many-records-at-once = nur ein Auswahl- oder Ja/Nein-Feld wird bei vielen Datensätzen auf einmal gesetzt
fault-must-be-complete-reopen-note-or-set-field = muss complete, reopen, note oder set_field sein
fault-must-be-at-most-n-columns = darf höchstens { $n1 } Spalten haben
fault-only-admins-and-owners-share-views-with-everyone-save-it-as-your-own = nur Admins und Inhaber teilen Ansichten mit allen; speichern Sie sie als Ihre eigene
fault-only-admins-and-owners-change-or-delete-a-view-shared-with-everyone = nur Admins und Inhaber ändern oder löschen eine mit allen geteilte Ansicht
fault-you-keep-n-views-already-delete-one-first = Sie haben schon { $n1 } Ansichten; löschen Sie zuerst eine
fault-export-either-the-ticked-records-or-a-list-view-state-q-not-both = exportieren Sie entweder die angehakten Datensätze oder eine Listenansicht (state, q), nicht beides
audit-target-view = Ansicht { $id }

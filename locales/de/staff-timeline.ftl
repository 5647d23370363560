# Die Geschichte eines Datensatzes: Zeitleiste, Aufgaben und die
# zusammengefassten Aufrufe im Prüfprotokoll.

notice-task-due = Eine Aufgabe zu einem Datensatz ist fällig

## The timeline

timeline-heading = Zeitleiste
timeline-none = Mit diesem Datensatz ist noch nichts geschehen.
timeline-show-more = Die ganze Zeitleiste zeigen
timeline-changed-from-to = { $field } geändert von „{ $before }“ zu „{ $after }“
timeline-changed = { $field } geändert
timeline-empty = leer
timeline-note = Notiz
timeline-consent-granted = Einwilligung erteilt für { $purpose }
timeline-consent-withdrawn = Einwilligung widerrufen für { $purpose }
timeline-request-open = Anfrage öffnen
timeline-field-name = Name
timeline-field-email = E-Mail
timeline-field-phone = Telefon
timeline-field-company = Firma
timeline-field-address = Anschrift
timeline-field-language = Bevorzugte Sprache

## Tasks

tasks-heading = Aufgaben
tasks-none = Keine Aufgaben.
tasks-text = Was zu tun ist
tasks-due = Fällig am
tasks-assignee = Für
tasks-add = Aufgabe hinzufügen
tasks-due-for = fällig { $due }, für { $who }
tasks-overdue = überfällig
tasks-mark-done = Als erledigt markieren
tasks-done-at = erledigt { $at }
flash-task-added = Die Aufgabe ist hinzugefügt.
flash-task-done = Die Aufgabe ist als erledigt markiert.

## The audit trail's reads

trail-reads-summary = { $times ->
    [one] Einmal
   *[other] { $times }-mal
} aufgerufen von { $people ->
    [one] einer Person
   *[other] { $people } Personen
}, zuletzt { $last }.
trail-reads-show = Auch die Aufrufe zeigen
trail-reads-hide = Die Aufrufe ausblenden

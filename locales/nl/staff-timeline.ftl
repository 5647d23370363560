# Het verhaal van een dossier: tijdlijn, taken en de samengevatte
# weergaven in het auditlogboek.

notice-task-due = Een taak bij een dossier vervalt

## The timeline

timeline-heading = Tijdlijn
timeline-none = Er is nog niets met dit dossier gebeurd.
timeline-show-more = De hele tijdlijn tonen
timeline-changed-from-to = { $field } gewijzigd van ‘{ $before }’ in ‘{ $after }’
timeline-changed = { $field } gewijzigd
timeline-empty = leeg
timeline-note = Notitie
timeline-consent-granted = Toestemming gegeven voor { $purpose }
timeline-consent-withdrawn = Toestemming ingetrokken voor { $purpose }
timeline-request-open = het verzoek openen
timeline-field-name = Naam
timeline-field-email = E-mail
timeline-field-phone = Telefoon
timeline-field-company = Bedrijf
timeline-field-address = Adres
timeline-field-language = Voorkeurstaal

## Tasks

tasks-heading = Taken
tasks-none = Geen taken.
tasks-text = Wat te doen
tasks-due = Vervalt op
tasks-assignee = Voor
tasks-add = Taak toevoegen
tasks-due-for = vervalt { $due }, voor { $who }
tasks-overdue = te laat
tasks-mark-done = Als gedaan markeren
tasks-done-at = gedaan { $at }
flash-task-added = De taak is toegevoegd.
flash-task-done = De taak is als gedaan gemarkeerd.

## The audit trail's reads

trail-reads-summary = { $times ->
    [one] Eén keer
   *[other] { $times } keer
} bekeken door { $people ->
    [one] één persoon
   *[other] { $people } personen
}, laatst { $last }.
trail-reads-show = Ook de weergaven tonen
trail-reads-hide = De weergaven verbergen

# La storia di una scheda: cronologia, attività e le consultazioni
# riassunte nel suo registro di controllo.

notice-task-due = Un'attività su una scheda è in scadenza

## The timeline

timeline-heading = Cronologia
timeline-none = Su questa scheda non è ancora successo nulla.
timeline-show-more = Mostra tutta la cronologia
timeline-changed-from-to = { $field } cambiato da «{ $before }» a «{ $after }»
timeline-changed = { $field } cambiato
timeline-empty = vuoto
timeline-note = Nota
timeline-consent-granted = Consenso dato per { $purpose }
timeline-consent-withdrawn = Consenso revocato per { $purpose }
timeline-request-open = apri la richiesta
timeline-field-name = Nome
timeline-field-email = E-mail
timeline-field-phone = Telefono
timeline-field-company = Azienda
timeline-field-address = Indirizzo
timeline-field-language = Lingua preferita

## Tasks

tasks-heading = Attività
tasks-none = Nessuna attività.
tasks-text = Cosa fare
tasks-due = Scadenza il
tasks-assignee = Per
tasks-add = Aggiungi attività
tasks-due-for = scade { $due }, per { $who }
tasks-overdue = scaduta
tasks-mark-done = Segna come svolta
tasks-done-at = svolta { $at }
flash-task-added = L'attività è stata aggiunta.
flash-task-done = L'attività è segnata come svolta.

## The audit trail's reads

trail-reads-summary = Consultata { $times ->
    [one] una volta
   *[other] { $times } volte
} da { $people ->
    [one] una persona
   *[other] { $people } persone
}, l'ultima { $last }.
trail-reads-show = Mostra anche le consultazioni
trail-reads-hide = Nascondi le consultazioni

# Historia rekordu: oś czasu, zadania i podsumowane wyświetlenia
# w jego dzienniku audytu.

notice-task-due = Mija termin zadania przy rekordzie

## The timeline

timeline-heading = Oś czasu
timeline-none = Z tym rekordem jeszcze nic się nie działo.
timeline-show-more = Pokaż całą oś czasu
timeline-changed-from-to = { $field }: zmiana z „{ $before }” na „{ $after }”
timeline-changed = { $field }: zmiana
timeline-empty = puste
timeline-note = Notatka
timeline-consent-granted = Zgoda udzielona na { $purpose }
timeline-consent-withdrawn = Zgoda wycofana na { $purpose }
timeline-request-open = otwórz żądanie
timeline-field-name = Imię i nazwisko
timeline-field-email = E-mail
timeline-field-phone = Telefon
timeline-field-company = Firma
timeline-field-address = Adres
timeline-field-language = Preferowany język

## Tasks

tasks-heading = Zadania
tasks-none = Brak zadań.
tasks-text = Co zrobić
tasks-due = Termin
tasks-assignee = Dla
tasks-add = Dodaj zadanie
tasks-due-for = termin { $due }, dla: { $who }
tasks-overdue = po terminie
tasks-mark-done = Oznacz jako wykonane
tasks-done-at = wykonane { $at }
flash-task-added = Zadanie zostało dodane.
flash-task-done = Zadanie oznaczono jako wykonane.

## The audit trail's reads

trail-reads-summary = Wyświetlony { $times ->
    [one] raz
   *[other] { $times } razy
} przez { $people ->
    [one] jedną osobę
    [few] { $people } osoby
   *[other] { $people } osób
}, ostatnio { $last }.
trail-reads-show = Pokaż też wyświetlenia
trail-reads-hide = Ukryj wyświetlenia

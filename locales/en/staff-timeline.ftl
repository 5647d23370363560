# The record page's story: its timeline (changes, notes, consent, what was
# done), its tasks, and the reads summed up on its audit trail.

notice-task-due = A task on a record is due

## The timeline

timeline-heading = Timeline
timeline-none = Nothing has happened to this record yet.
timeline-show-more = Show the whole timeline
# { $field } is a field's name; { $before } and { $after } its values.
timeline-changed-from-to = { $field } changed from “{ $before }” to “{ $after }”
# Said to a role that may not see the field's values.
timeline-changed = { $field } changed
timeline-empty = empty
timeline-note = Note
timeline-consent-granted = Consent given for { $purpose }
timeline-consent-withdrawn = Consent withdrawn for { $purpose }
timeline-request-open = open the request
timeline-field-name = Name
timeline-field-email = Email
timeline-field-phone = Phone
timeline-field-company = Company
timeline-field-address = Address
timeline-field-language = Preferred language

## Tasks

tasks-heading = Tasks
tasks-none = No tasks.
tasks-text = What to do
tasks-due = Due on
tasks-assignee = For
tasks-add = Add task
# { $due } is a date and time; { $who } the person the task is for.
tasks-due-for = due { $due }, for { $who }
tasks-overdue = overdue
tasks-mark-done = Mark done
tasks-done-at = done { $at }
flash-task-added = The task is added.
flash-task-done = The task is marked done.

## The audit trail's reads

# { $times } reads by { $people } people; { $last } the date and time of the latest.
trail-reads-summary = Viewed { $times ->
    [one] once
   *[other] { $times } times
} by { $people ->
    [one] one person
   *[other] { $people } people
}, last { $last }.
trail-reads-show = Show the views too
trail-reads-hide = Hide the views

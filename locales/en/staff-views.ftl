# Saved views, each user's columns and actions on ticked records of the
# customers list.

title-views = Saved views
title-bulk = Ticked records
title-bulk-done = Ticked records
customers-col-pick = Tick
customers-pick = Tick { $name }
customers-col-phone = Phone
customers-col-created = Created
customers-col-updated = Changed
columns-summary = Columns
columns-legend = Columns to show besides the name
columns-button = Show these columns
flash-columns-chosen = Your columns are saved.
views-nav = Saved views
views-shared-badge = shared
views-manage = Manage views
views-save-summary = Save this view
views-name-label = Name of the view
views-save-hint = Keeps the filters and the order shown, never the search words.
views-with-columns = With my columns
views-share = Share with the team
views-save-button = Save the view
views-query-label = Filters of the list
flash-view-saved = View saved.
flash-view-changed = View changed.
flash-view-deleted = View deleted.
views-heading = Saved views
views-intro = A view keeps the customers list's filters and order under a name. Yours are seen by you alone; shared ones by everyone of the organisation, and only admins share, rename or delete them.
views-caption = Saved views
views-col-name = Name
views-col-who = Seen by
views-col-change = Change
views-shared = Everyone
views-yours = You
views-rename-label = New name for { $name }
views-rename-button = Save
views-delete-button = Delete
views-delete-label = Delete the view { $name }
views-none = No saved views yet: choose filters on the customers list, then “Save this view”.
views-back = Back to the customers
bulk-legend = With the ticked records
bulk-action-label = Action
bulk-action-complete = Complete
bulk-action-reopen = Reopen
bulk-action-note = Add a note
bulk-action-set_field = Set a field
bulk-body-label = Note
bulk-body-hint = For “Add a note”.
bulk-set-label = Field and value
bulk-set-none = None
bulk-set-hint = For “Set a field”.
bulk-apply = Apply to the ticked records
bulk-export = Export the ticked records
bulk-heading = { $count ->
    [one] Apply to { $count } ticked record
   *[other] Apply to { $count } ticked records
}
bulk-ids-label = Ticked records
bulk-back = Back to the customers
bulk-done-heading = Ticked records
bulk-done-complete = { $count ->
    [one] { $count } completed
   *[other] { $count } completed
}
bulk-done-reopen = { $count ->
    [one] { $count } reopened
   *[other] { $count } reopened
}
bulk-done-note = { $count ->
    [one] Note added to { $count } record
   *[other] Note added to { $count } records
}
bulk-done-set_field = { $count ->
    [one] Field set on { $count } record
   *[other] Field set on { $count } records
}
bulk-not = { $count } not:
bulk-no-name = A record without a name
bulk-why-restricted = its processing is restricted
bulk-why-anonymized = it is anonymized
bulk-why-state-complete = it is not active
bulk-why-state-reopen = it is not complete
bulk-why-gone = it is no longer here
audit-event-user-columns_set = List columns chosen
audit-event-view-saved = View saved
audit-event-view-changed = View changed
audit-event-view-deleted = View deleted
fault-is-the-name-of-another-view-already = is the name of another view already
fault-tick-at-least-one-record = tick at least one record
fault-tick-at-most-n-records-at-once = tick at most { $n1 } records at once
fault-choose-a-custom-field-of-this-organisation = choose a custom field of this organisation
fault-only-a-choice-or-yes-no-field-is-set-on-many-records-at-once = only a choice or yes/no field is set on many records at once
fault-must-be-complete-reopen-note-or-set-field = must be complete, reopen, note or set_field
fault-must-be-at-most-n-columns = must be at most { $n1 } columns
fault-only-admins-and-owners-share-views-with-everyone-save-it-as-your-own = only admins and owners share views with everyone; save it as your own
fault-only-admins-and-owners-change-or-delete-a-view-shared-with-everyone = only admins and owners change or delete a view shared with everyone
fault-you-keep-n-views-already-delete-one-first = you keep { $n1 } views already; delete one first
fault-export-either-the-ticked-records-or-a-list-view-state-q-not-both = export either the ticked records or a list view (state, q), not both
audit-target-view = view { $id }

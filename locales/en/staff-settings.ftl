# Staff pages: settings for retention, custom fields and integrations.
# Keys start with the name of the template they belong to.

## retention.html

retention-heading = Retention
retention-intro = A record marked complete is kept for the period below, then Steward acts on it.
# { $date } is a date and time.
retention-last-changed = Last changed { $date }.
# The preview sentence is split around its two highlighted values:
# retention-preview-period, then the period typed (P90D), then
# retention-preview-expires, then a date and time, then retention-preview-end.
retention-preview-period = With a period of
retention-preview-expires = , records completed today will expire on
retention-preview-end = .
# { $count } records would be past the period now.
retention-preview-past = { $count ->
    [one] { $count } complete record would be past the period now.
   *[other] { $count } complete records would be past the period now.
}
# As retention-preview-past; { $newly } of them have not expired under the
# policy in force (always more than 0 here).
retention-preview-past-newly = { $count ->
    [one] { $count } complete record would be past the period now, { $newly } of them not yet expired under the current policy.
   *[other] { $count } complete records would be past the period now, { $newly } of them not yet expired under the current policy.
}
retention-expire-after = Keep complete records for
retention-expire-after-hint = Pick a number and a unit. A week counts as 7 days, a month as 31 days and a year as 366 days, so a period never ends before the same date on the calendar; at most 36,500 days (about 100 years).
retention-action = When the period is over
retention-action-notify = Tell us, again until someone acts
retention-action-anonymize = Anonymize the record
retention-action-shred = Shred the record
retention-remind-every = Remind again every
retention-remind-every-hint = How often expired records are brought up again until someone acts. Months and years count as above; empty keeps one week.
retention-email-to = Send digests to
retention-email-to-hint = One address per line; empty sends them to the admins and owners
retention-webhook = Also announce expiry to connected tools by webhook
retention-save = Save
retention-preview = Preview without saving

## fields.html

fields-heading = Custom fields
fields-col-label = Label
fields-col-key = Key
fields-col-type = Type
fields-col-visible-to = Who sees it
fields-col-rules = Rules
# { $role } is the lowest role that sees the field: viewer, staff, admin or owner.
fields-visible-to = { $role } and up
fields-rule-required = required
fields-rule-personal = personal
fields-none = No custom fields yet.
fields-new = New field
fields-key = Key
fields-key-hint = How the API names it: a–z, 0–9 and _, e.g. loyalty_tier; it cannot change later
fields-kind = Type
fields-add = Add field

## field.html

# { $label } is the field's label.
field-heading = Custom field “{ $label }”
field-all = All fields
# Followed by the field's key, then its type.
field-key = key
field-fixed = (neither can change)
field-save = Save
field-delete-heading = Delete
field-delete-values = Its values disappear from every record at once.
field-delete-final = This cannot be undone.
field-delete = Delete the field

## field_form.html

field-form-label = Label
field-form-label-hint = What people see next to the value
field-form-options = Options (one per line)
field-form-options-hint = Only for a field that is one of a list
# { $n } is the option's line number; { $error } what is wrong with it.
field-form-option-error = Option { $n }: { $error }
field-form-visible-to = Who sees it
field-form-visible-viewer = Everyone (viewers and up)
field-form-visible-staff = Staff and up
field-form-visible-admin = Admins and owners
field-form-visible-owner = Owners only
field-form-required = Required: every record must have a value
field-form-personal = Personal: it can identify someone, so anonymizing removes it

## integrations.html

integrations-heading = Integrations
# Followed by the inbound address, /hooks/marketing/{id}, and a full stop.
integrations-intro = Marketing tools and other programs that hear of consent changes and erasures through signed webhooks, and tell Steward of opt-outs at
integrations-created = The integration is made.
# Followed by the secret.
integrations-created-secret = Give its receiver this signing secret now; it is not shown again:
integrations-open = Open the integration
integrations-col-receiver = Receiver
integrations-col-events = Events
integrations-col-status = Status
integrations-col-pending = Waiting
integrations-col-dead = Given up
integrations-on = on
integrations-off = off
integrations-none = No integrations yet.
integrations-new = New integration
integrations-url = Receiver URL
integrations-url-hint = https://… — where Steward sends signed webhooks
integrations-purpose = Consent purpose it keeps in sync
integrations-purpose-hint = The consent purpose whose decisions it keeps in sync.
integrations-snapshot-every = Send a full consent snapshot every
integrations-snapshot-every-hint = At least 1 hour and at most 31 days (a month counts as 31 days); empty means 1 day.
integrations-enabled = On: start sending at once
integrations-add = Add integration

## integration.html

integration-heading = Integration
integration-all = All integrations
# Followed by the secret.
integration-new-secret = The new signing secret — give it to the receiver now; it is not shown again:
# { $until } is a date and time.
integration-rotating-until = Until { $until } messages are signed with both the old and the new secret.
integration-receiver = Receiver
integration-status = Status
integration-on = on
integration-off = off
integration-purpose = Consent purpose
integration-inbound = Inbound address
integration-pending = Waiting
integration-dead = Given up
integration-next-snapshot = Next snapshot
integration-settings = Settings
integration-url = Receiver URL
integration-snapshot-every = Send a full consent snapshot every
integration-enabled = On
integration-save = Save
integration-snapshot-now = Send a snapshot now
integration-grace = Keep the old secret working for
integration-grace-hint = How long the old secret keeps signing beside the new one: at most 7 days; 0 hours stops it at once.
integration-rotate = New secret
integration-delete = Delete
integration-refused = “{ $action }” was not done: { $reason }
integration-deliveries = Deliveries
integration-filter-all = All
integration-filter-pending = Waiting
integration-filter-delivered = Delivered
integration-filter-dead = Given up
integration-col-made = Made
integration-col-event = Event
integration-col-state = State
integration-col-attempts = Attempts
integration-col-answer = Last answer
integration-col-action = Action
# After a delivery's state; { $at } is a date and time.
integration-next-try = next try { $at }
# { $status } is the HTTP status code the receiver answered with.
integration-http-status = HTTP { $status }
integration-retry = Retry
integration-older = Older deliveries
integration-none = No deliveries.
integration-none-in-state = No deliveries in this state.

## event_choices.html

event-choices-legend = Events it receives
purposes-heading = Consent purposes
purposes-intro = What customers can agree to, such as a newsletter. Staff pick a purpose by its label when they record a decision; customers see the label in their copy and on the portal.
purposes-none = No purposes yet. Add the first one below.
purposes-col-label = Label
purposes-col-key = Key for programs
purposes-new-heading = Add a purpose
purposes-label = Label
purposes-label-hint = In the language of these pages, as customers and staff will read it, e.g. Newsletter by email
purposes-description = Description
purposes-description-hint = Optional: what the customer agrees to, in a sentence or two
purposes-key = Key for programs
purposes-key-hint = Optional: left empty, it is made from the label (Newsletter by email becomes newsletter_by_email). Programs and the API use it; it cannot be changed later.
purposes-add = Add the purpose
integrations-purpose-default = The default purpose (marketing_email)
event-type-consent-updated = Consent given or withdrawn
event-type-consent-snapshot = Full consent snapshot
event-type-contact-forget = Contact to be deleted
event-type-customer-expired = Record's retention period over
event-type-customer-shredded = Record shredded
event-type-customer-anonymized = Record anonymized
event-type-customer-merged = Two records merged
event-type-request-received = Request from a customer received
fields-rule-correctable = correctable
field-form-correctable = Correctable: the person may ask through the portal to have this value corrected (rectification, Art. 16 GDPR)

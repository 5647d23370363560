# The staff pages: the layout, page titles, error pages, roles and the
# messages shown after an action (flash messages). The words of each page
# are in the other staff-*.ftl files. The staff pages are complete in the
# languages listed in src/i18n (STAFF); the others fall back to English
# message by message.

## The layout around every signed-in page

layout-skip = Skip to content
layout-menu = Main
layout-customers = Customers
layout-inbox = Inbox
layout-requests = Requests
layout-retention = Retention
layout-request-settings = Identity checks
layout-fields = Fields
layout-users = Users
layout-tokens = API tokens
layout-integrations = Integrations
layout-recipients = Recipients
layout-audit = Audit log
layout-organisation = Organisation
layout-sign-out = Sign out
layout-search-form = Search everywhere
layout-search-label = Search customers
layout-search-placeholder = Search (press /)
layout-search-button = Search
layout-cancelled = This organisation's account is cancelled: everything is read-only until its data is purged, except what customers have a right to — consent can still be withdrawn and their requests (erasure included) answered.
field-required = (required)

## Roles

role-viewer = viewer
role-staff = staff
role-admin = admin
role-owner = owner

## Page titles

title-audit = Audit log
title-sign-in = Sign in
title-account = Your account
title-tokens = API tokens
title-fields = Custom fields
title-field = Custom field
title-inbox = Inbox
title-recipients = Recipients
title-requests = Requests
title-request-settings = Identity checks
title-retention = Retention
title-integrations = Integrations
title-integration = Integration
title-organisation = Organisation
title-users = Users
title-customers = Customers
title-customer = Customer record
title-edit-customer = Edit customer
title-new-customer = New customer
title-erase = Erase a customer record
title-bulk-erase = Erase records
title-bulk-erased = Records erased

## Error pages

title-error-forbidden = Not allowed
title-error-not-found = Not found
title-error-conflict = Not possible right now
title-error-gone = Gone for good
title-error-too-many = Too many attempts
title-error-busy = Busy right now
title-error-internal = Something went wrong
title-error-invalid = Something is not right
error-back = Back to customers

## The language of one's pages, on the account page

language-picker-heading = Language
language-picker-label = Show pages in
language-picker-hint = The languages Steward's pages are fully written in. Your organisation's default applies until you choose.
language-picker-default = The organisation's default ({ $language })
language-picker-save = Save

## Messages after an action

flash-session-ended = Your session ended after a while without use. Sign in again to go on.
flash-totp-required = Your organisation asks admins to use two-factor sign-in. Set it up to go on.
flash-signed-in = You are signed in.
flash-signed-out = You are signed out.
flash-session-revoked = That session is ended.
flash-totp-on = Two-factor sign-in is on: from now on, sign-in asks for a code.
flash-totp-off = Two-factor sign-in is off.
flash-time-zone-set = Times are shown in { $zone } now.
flash-language-set = The pages are shown in { $language } now.
flash-password-changed = { $count ->
    [one] Your password is changed; 1 other session ended.
   *[other] Your password is changed; { $count } other sessions ended.
}
flash-token-revoked = The token is revoked.
flash-retention-saved = The retention policy is saved.
flash-customer-created = The customer record is saved.
flash-customer-saved = Your changes are saved.
flash-note-added = The note is added.
flash-consent-recorded = The consent decision is recorded.
flash-record-completed = The record is complete; its retention period has started.
flash-record-reopened = The record is active again; it no longer expires.
flash-record-restricted = Processing of the record is restricted.
flash-record-unrestricted = The restriction is lifted.
flash-record-held = The record is on legal hold: it will not be erased.
flash-record-released = The legal hold is released.
flash-record-shredded = The record is shredded: its data is gone for good, backups included.
flash-record-anonymized = The record is anonymized: its personal data is gone for good.
flash-notice-acknowledged = The notice is acknowledged; its reminders stop.
flash-request-fulfilled = The request is answered.
flash-request-rejected = The request is rejected; the person is told why.
flash-request-extended = The deadline is extended; the person is told why.
flash-request-identity-confirmed = Identity confirmed; the request is in the queue.
flash-request-identity-refused = Identity not confirmed; the request is rejected and the person is told why.
flash-request-settings-saved = The identity settings are saved.
flash-integration-saved = The integration is saved.
flash-integration-snapshot = A consent snapshot goes out with the next run.
flash-integration-deleted = The integration is deleted, with everything still waiting for it.
flash-delivery-retried = The delivery is sent again now.
flash-organisation-saved = The settings are saved.
flash-organisation-cancelled = The account is cancelled. Everything is read-only now; download the export before the purge.
flash-logo-saved = The logo is saved.
flash-logo-removed = The logo is removed.
flash-field-added = The field { $key } is added.
flash-field-saved = The field is saved.
flash-field-deleted = The field is deleted; its values are gone from every record.
flash-recipient-added = The entry is added to the register.
flash-recipient-saved = The register entry is saved.
flash-recipient-removed = The entry is removed from the register.
flash-user-role-changed = The role is changed.
flash-user-disabled = The account is switched off; its sessions and tokens stop working.
flash-user-enabled = The account is switched on again.
flash-user-totp-reset = Two-factor sign-in is reset; the user can set it up again.

## Refusals on the sign-in page

sign-in-code-needed = Enter the current code from your authenticator app.
sign-in-refused = Not signed in: the tenant, email or password is not right.
sign-in-throttled = Too many failed attempts; try again in { $seconds } seconds.

## Filters above lists (keys are the filter's value)

filter-all = All records
filter-active = Active
filter-complete = Complete
filter-expiring = Expiring soon
filter-expired = Expired
filter-anonymized = Anonymized
tab-open = Open
tab-identity = Identity to confirm
tab-unverified = Unverified
tab-fulfilled = Fulfilled
tab-rejected = Rejected
tab-all = All

## What a notice is about, and the kinds of request

notice-expired = Retention period over: delete or keep this record
notice-anonymized = Record anonymized by the retention policy
notice-shredded = Record shredded by the retention policy
notice-returned = A record restored from a backup was erased again
notice-request-received = A new data request was verified and waits for an answer
notice-request-identity = A new data request was verified; the requester's identity must be confirmed before it is answered
notice-request-due-soon = A data request is due soon
notice-request-overdue = A data request is overdue
notice-integration-disabled = A marketing tool was switched off
request-kind-copy = Copy of data
request-kind-erasure = Erasure
request-kind-withdraw-consent = Withdraw consent
request-kind-portability = Data to take elsewhere

## Who did something, and what it was about, in the audit log

audit-actor-user = user { $id }
audit-actor-token = token { $id }
audit-actor-system = system
audit-actor-anonymous = anonymous
audit-actor-integration = integration { $id }
audit-target-customer = customer { $id }
audit-target-user = user { $id }
audit-target-api_token = api_token { $id }
audit-target-field = field { $id }
audit-target-import = import { $id }
audit-target-integration = integration { $id }
audit-target-notification = notification { $id }
audit-target-purpose = purpose { $id }
audit-target-recipient = recipient { $id }
audit-target-request = request { $id }
audit-target-session = session { $id }
audit-target-tenant = tenant { $id }
audit-actor-other = { $kind } { $id }
audit-target-other = { $kind } { $id }

## The kinds of custom field

field-kind-text = Text
field-kind-number = Number
field-kind-date = Date
field-kind-bool = Yes or no
field-kind-select = One of a list

## Stored words as pages show them

customer-state-active = active
customer-state-complete = complete
customer-state-anonymized = anonymized
customer-source-staff = staff
customer-source-portal = portal
customer-source-sync = marketing tool
customer-source-import = import
actor-you = you
actor-user = a staff user
actor-token = an API token
actor-integration = a connected tool
actor-customer = the customer
actor-steward = Steward
field-yes = yes
field-no = no
notice-closed-acknowledged = acknowledged
notice-closed-reopened = reopened
notice-closed-held = held
notice-closed-rescheduled = rescheduled
notice-closed-closed = closed
notice-closed-shredded = shredded
notice-closed-anonymized = anonymized
request-state-unverified = unverified
request-state-identity = identity to confirm
request-state-open = open
request-state-fulfilling = fulfilling
request-state-fulfilled = fulfilled
request-state-rejected = rejected
request-outcome-copy_sent = copy sent
request-outcome-no_data = no data
request-outcome-erased = erased
request-outcome-erased_partly = partly erased
request-outcome-refused_hold = refused: legal hold
request-outcome-withdrawn = consent withdrawn
request-outcome-rejected = rejected
request-kind-copy-lower = copy of data
request-kind-erasure-lower = erasure
request-kind-withdraw-consent-lower = withdraw consent
request-kind-portability-lower = data to take elsewhere
safeguard-short-adequacy = Adequacy decision (Art. 45)
safeguard-short-scc = Standard contractual clauses (Art. 46(2)(c))
safeguard-short-bcr = Binding corporate rules (Art. 47)
safeguard-short-derogation = Derogation for a specific situation (Art. 49)
recipients-sent-consent = email address and consent decisions for { $purpose }
recipients-sent-erasure = email address when the person is erased
recipients-sent-record-events = record ID when the record expires or is erased

## Refusals the pages explain themselves

erase-refused-name = Type the customer's name exactly as shown to confirm.
bulk-erase-refused-count = Type the number of records, { $count }, to confirm. Nothing was erased.
customer-form-conflict = Someone else changed this record while you were editing it. The form still holds your changes; check the record, then save again to overwrite theirs.

## The inbox: the count in the menu (read after "Inbox"), acknowledging several
layout-inbox-open =
{ $count ->
    [one] one open notice
   *[other] { $count } open notices
}
flash-notices-acknowledged =
{ $count ->
    [one] One notice is acknowledged; its reminders stop.
   *[other] { $count } notices are acknowledged; their reminders stop.
}
flash-notices-none-ticked = Select at least one notice to acknowledge.
field-fault-predicate = “{ $label }” { $reason }.
field-fault = “{ $label }”: { $reason }
form-fix-fields =
    { $count ->
        [one] Please correct this field:
       *[other] Please correct these { $count } fields:
    }
form-other-field = Another field (see the form below)
period-amount = Number
period-unit = Unit
period-unit-seconds = seconds
period-unit-minutes = minutes
period-unit-hours = hours
period-unit-days = days
period-unit-weeks = weeks
period-unit-months = months
period-unit-years = years
period-stored-as = Stored as { $period }
layout-purposes = Consent purposes
title-purposes = Consent purposes
flash-purpose-added = The purpose is added; staff can now pick it.

request-kind-objection = Objection
request-kind-objection-lower = objection
request-outcome-objected = marketing stopped
request-outcome-processing_stopped = processing stopped

# Rectification requests (Art. 16).
request-kind-rectification = Rectification
request-kind-rectification-lower = rectification
request-outcome-rectified = details corrected
request-outcome-rectification_declined = corrections declined
requests-rectification-review = Review the corrections
requests-rectification-review-skip = asked for in this request
flash-request-rectified = Decisions saved; the person has been told.
title-rectification = Rectification
rectification-heading = Corrections asked for
rectification-back = Back to the request
rectification-intro = The person says these details are wrong. Decide each one: accept to correct every matched record, or decline with a reason the person is told.
rectification-note = The person's explanation
rectification-caption = Current values in { $count } matched records beside the values asked for
rectification-col-detail = Detail
rectification-col-record = Record { $n }
rectification-col-proposed = Asked for
rectification-col-decision = Decision
rectification-empty = no value
rectification-decide = Decision on { $detail }
rectification-accept = Accept
rectification-decline = Decline
rectification-reason = Reason for declining (the person is told)
rectification-accepted = Accepted
rectification-declined = Declined
rectification-submit = Save the decisions and tell the person
request-kind-restriction = Restriction
request-kind-restriction-lower = restriction
request-outcome-restricted = processing restricted
requests-stop-processing = Stop the processing
requests-uphold = Uphold — state the compelling grounds
requests-uphold-button = Uphold the processing
requests-restrict-now = Restrict the records now, while deciding
requests-restricted-meanwhile = The records are restricted while this is decided; lifting it tells the person first.
flash-request-restricted = The records are restricted while the request is decided.

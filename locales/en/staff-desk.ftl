# Staff pages: the inbox of notices, the requests queue, the register of
# recipients and the organisation's settings. Keys start with the name of
# their template.

## notifications.html

notifications-heading = Inbox
# Links that switch between open and closed notices.
notifications-show-open = Open
notifications-show-closed = Closed
# After the notice's time: how often a reminder about it went out.
notifications-reminded = { $count ->
    [one] reminded { $count } time
   *[other] reminded { $count } times
}
notifications-record-gone = Record no longer held
notifications-see-request = See the request
notifications-integration-back-on = Turn it back on under the integration's settings once the tool accepts deliveries again.
# Buttons on a notice whose retention period is over; the customer's name
# follows for screen readers.
notifications-shred = Shred…
notifications-anonymize = Anonymize…
notifications-reopen = Reopen
# The reason asked for before putting the record on legal hold.
notifications-hold-reason = Hold, because
notifications-hold = Hold
notifications-acknowledge = Acknowledge
notifications-none-closed = Nothing closed yet.
notifications-none-open = Nothing needs your attention.
notifications-more = More

## requests.html

requests-heading = Requests
requests-caption = Data-subject requests, the soonest due first
# Column headings of the queue.
requests-col-request = Request
requests-col-received = Received
requests-col-due = Due
requests-col-state = State
requests-col-records = Records
requests-col-answer = Answer
# Badges next to the due date.
requests-overdue = overdue
requests-extended = extended
# requests-fulfil-erasure opens the confirmation; screen readers hear
# requests-fulfil-erasure-skip after it.
requests-fulfil-erasure = Fulfil…
requests-fulfil-erasure-skip = this erasure request
requests-shred-warning = { $count ->
    [one] This shreds the { $count } matched record for good, backups included, unless one is on legal hold.
   *[other] This shreds the { $count } matched records for good, backups included, unless one is on legal hold.
}
requests-shred-and-answer = Shred and answer
requests-erasure-admin-only = An admin answers erasure requests.
# The button; screen readers hear requests-fulfil-skip after it, with the
# kind of request in lower case ("copy of data").
requests-fulfil = Fulfil
requests-fulfil-skip = this { $kind } request
requests-reject = Reject
# The label of the reason given when rejecting or extending.
requests-reason-label = Why (the person is told)
requests-extend = Extend
# The label of the choice of how many months the deadline is extended by.
requests-extend-by = By
requests-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
requests-none = No requests here.
requests-due-rule = (a month from receipt)
requests-identity-waiting = Confirm the requester's identity before answering; the deadline runs meanwhile.
requests-identity-document = View the identity document
requests-identity-confirm = Identity confirmed
requests-identity-refuse = Identity not confirmed
requests-identity-how = How identity was confirmed (kept sealed; the person is not told)
requests-identity-why = Why not (the person is told)
request-settings-heading = Identity of requesters
request-settings-intro = Requests of the kinds ticked wait until staff confirm that the requester is the person the data is about (GDPR Art. 12(2) and 12(6)); otherwise the confirmed email address is enough.
request-settings-never = Withdrawing consent and objecting to direct marketing never wait: they must stay as easy as giving consent was (GDPR Art. 7(3) and 21(3)).
request-settings-kinds = Kinds that need identity confirmed
request-settings-objection = to processing based on legitimate interests
request-settings-documents = People may upload an identity document
request-settings-documents-hint = One JPEG, PNG or PDF of at most 5 MB per request, kept sealed; deleted when staff decide, and 14 days after the upload at the latest. Never part of a copy or an export.
request-settings-due = The one-month deadline counts from receipt (GDPR Art. 12(3)); waiting for identity does not pause it.
request-settings-save = Save

## recipients.html

recipients-heading = Recipients
recipients-intro = The register of recipients and processors: who receives your customers' data, what, why, where and for how long.
# The address of the public page of the register stands between these two.
recipients-intro-shown-before = Copies of customers' data and the public page
recipients-intro-shown-after = list it.
recipients-intro-integrations = Every integration is listed too; an entry can describe one with its details.
# Column headings of the register.
recipients-col-name = Name
recipients-col-receives = Receives
recipients-col-purpose = Purpose
recipients-col-country = Country
recipients-col-safeguard = Safeguard
recipients-col-kept = Kept
recipients-col-source = Source
# Where a row comes from: one of the integrations, or an entry of the register.
recipients-source-integration = integration
recipients-no-entry = (no register entry)
recipients-source-register = register
recipients-integration-deleted = its integration is deleted
recipients-none = No recipients yet: nobody receives your customers' data.
recipients-form-change = Change the entry
recipients-form-new = New entry
recipients-name-label = Name
recipients-name-hint = The company or service, e.g. Example Hosting GmbH
recipients-receives-label = What it receives
recipients-receives-hint = e.g. all customer records, as our hosting provider
recipients-purpose-label = Purpose
recipients-purpose-hint = Why it receives the data
recipients-country-label = Country
recipients-country-choose = Choose…
recipients-safeguard-label = Safeguard of a transfer outside the EEA
recipients-safeguard-hint = Required outside the EU, Iceland, Liechtenstein and Norway; leave it empty inside them.
recipients-safeguard-none = None (within the EEA)
recipients-retention-label = How long it keeps the data
recipients-retention-hint = Optional, e.g. 30 days after the contract ends
recipients-integration-label = Integration it describes
recipients-integration-none = None: it receives every customer's data
recipients-save = Save
recipients-add = Add entry
recipients-back-to-new = Back to a new entry
recipients-remove-heading = Remove
recipients-remove-explained = Copies stop naming it at once; an integration it describes stays listed with its host name.
recipients-remove = Remove the entry

## organisation.html

organisation-heading = Organisation
organisation-cancelled = This account is cancelled.
# { $until } and { $purge } are dates with times.
organisation-cancelled-until = Everyone can still sign in, read and export until { $until }; at { $purge } every record, user and audit entry is destroyed with the keys that sealed them.
organisation-slug = Short name (for signing in)
organisation-portal = Customer portal
organisation-settings-heading = Settings
organisation-name-label = Name
organisation-contact-email-label = Contact email
organisation-contact-email-hint = Where Steward writes about the account itself
organisation-language-label = Language for customers
organisation-language-hint = The portal, emails and copies use it when the person's own language is not known
organisation-require-totp = Admins and owners must use two-factor sign-in
organisation-suppress-erased = Keep a suppression list of erased addresses (turning it off empties the list)
organisation-identity-heading = Who you are, for the people in your records
organisation-identity-intro = The portal, the emails to people and the first page of every copy show these.
organisation-legal-name-label = Legal name (if it differs from the name)
organisation-postal-address-label = Postal address
organisation-privacy-email-label = Email for privacy questions
organisation-privacy-email-hint = Shown to people about their data; the contact email otherwise
organisation-privacy-notice-label = Privacy notice (web address)
organisation-dpo-name-label = Data protection officer
organisation-dpo-name-hint = Leave empty if none is appointed
organisation-dpo-contact-label = Data protection officer's contact
organisation-authority-label = Supervisory authority
organisation-authority-hint = Where people can complain. Not listed (e.g. a German state's authority)? Choose none and give its name and web address below.
organisation-authority-none = None chosen
organisation-authority-name-label = Or another authority: its name
organisation-authority-url-label = Its web address
organisation-automated-label = Automated decisions about people
organisation-automated-hint = Describe any decision made solely by automated means, including profiling (GDPR Art. 22); leave empty if there is none
organisation-accent-label = Accent colour
organisation-accent-hint = As #rrggbb; white text on it must stay readable (contrast of at least 4.5:1)
organisation-save = Save
organisation-logo-heading = Logo
# The logo's alternative text.
organisation-logo-current = The current logo
organisation-logo-replace = Replace the logo
organisation-logo-upload-label = Upload a logo
organisation-logo-hint = PNG or JPEG, up to 512 KB; it is scaled to fit 600 × 200 pixels
organisation-logo-upload = Upload
organisation-logo-remove = Remove the logo
organisation-export-heading = Export everything
organisation-export-contents = Every customer with notes, consent history and custom fields, plus users, field definitions, the retention policy and the audit log, as one NDJSON file.
# The export's last line, shown as code, stands between these two.
organisation-export-last-line-before = The download starts at once and streams; its last line,
organisation-export-last-line-after = , shows it is complete.
organisation-export-download = Download the export
organisation-cancel-heading = Cancel the account
organisation-cancel-read-only = Cancelling makes everything read-only.
organisation-cancel-window = { $count ->
    [one] Everyone can still sign in, read and export for { $count } day; then all data is destroyed for good.
   *[other] Everyone can still sign in, read and export for { $count } days; then all data is destroyed for good.
}
organisation-cancel-emails = The owners are emailed now, 7 days and 1 day before.
# The short name, in bold, stands between these two.
organisation-cancel-confirm-before = Type the short name,
organisation-cancel-confirm-after = , to confirm
organisation-cancel-confirm-label = Short name to confirm
organisation-cancel-confirm-wrong = “{ $label }” must be the short name { $slug }, to confirm that every record will be destroyed. Nothing was cancelled.
organisation-cancel = Cancel the account

## notifications.html: the record in a heading, selecting, why a notice closed
notifications-record-anonymized = Anonymized record
notifications-tick = Select
notifications-acknowledge-ticked = Acknowledge selected
notice-done-acknowledged = Acknowledged on { $at }.
notice-done-acknowledged-by = Acknowledged by { $who } on { $at }.
notice-done-reopened = Closed on { $at } because the record was reopened.
notice-done-held = Closed on { $at } because the record was put on legal hold.
notice-done-rescheduled = Closed on { $at } because the date it was about changed.
notice-done-answered = Closed on { $at } because the request was answered.
notice-done-shredded = Closed on { $at } because the record was shredded.
notice-done-anonymized = Closed on { $at } because the record was anonymized.
notice-done-other = Closed on { $at }.

# One request on its own page.
title-request = Request
request-back-to-queue = ← All requests
request-reference = Reference
request-confirmed = Confirmed by the person
request-extension-reason = Why it was extended
request-objection-to = Objects to
request-objection-marketing = direct marketing
request-objection-legitimate-interests = processing based on legitimate interests
request-answered = Answered
request-reason-told = Reason the person was told
request-details-heading = What the person wrote
request-records-heading = Records of the person
request-record-hold = on legal hold
request-record-restricted = restricted
request-record-gone = A record no longer held (erased or anonymized)
request-records-none = The address matched no record: the answer tells the person that no data is held about them.
request-preview-heading = What answering does
request-preview-unverified = The person has not followed the emailed link yet. Nothing can be answered until they confirm the request.
request-preview-no-data = No record is held for this address now: fulfilling tells the person that no data is held about them.
request-preview-copy = { $count ->
    [one] Fulfilling emails the person a single-use link to download their record as these files:
   *[other] Fulfilling emails the person a single-use link to download each of their { $count } records as these files:
}
request-preview-portability = { $count ->
    [one] Fulfilling emails the person a single-use link to download the data they provided, as these files:
   *[other] Fulfilling emails the person a single-use link to download the data they provided in each of their { $count } records, as these files:
}
request-preview-erasure = { $count ->
    [one] Fulfilling shreds the record above for good, backups included, and tells the person it was done.
   *[other] Fulfilling shreds the { $count } records above for good, backups included, and tells the person it was done.
}
request-preview-erasure-held = A record above is on legal hold: fulfilling refuses the erasure and tells the person why.
request-preview-objection = Stopping the processing restricts the records above and tells the person. To uphold the processing, reject the request stating the compelling legitimate grounds; the person is told them.
request-answer-heading = Answer
request-history-heading = History
request-step-by-person = the person
request-step-by-system = Steward
request-step-by-other = a connected tool
request-state-unverified-long = Waiting for the person to confirm it by the emailed link
request-state-open-long = Waiting for your answer
request-state-fulfilling-long = Being carried out: the records are being erased
request-state-fulfilled-long = Answered
request-state-rejected-long = Refused, with the reason told to the person
requests-filter-reference = Reference
requests-find-form = Find a request by its reference
requests-find = Find
request-preview-rectification = Review the proposed corrections beside the current values, accept or decline each with a reason; accepted ones are applied to the records above and the person is told what changed and why not.
request-preview-restriction = Fulfilling restricts the records above — kept, but not otherwise used — and tells the person; the restriction is lifted only from this request, after the person is told.
request-state-identity-long = Waiting for you to confirm who the person is
request-preview-identity = Confirm the person’s identity first (how you did is kept sealed), or refuse with the reason they are told; an uploaded identity document is deleted either way.

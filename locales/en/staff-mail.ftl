# Emails to the staff of an organisation, in its default language: the
# digest of data-subject requests, the retention report, an integration
# switched off and the stages of closing an account. Keys start with the
# name of the template they belong to (templates/email/<name>.subject.txt,
# .txt and .html).
#
# The plain-text emails keep their lines short: a message used in a .txt
# template breaks its lines where the text email should. In the HTML email
# those breaks are only spaces.

## requests_digest

# { $count } is the number of requests listed; { $overdue } is yes when at
# least one of them is overdue, new when all of them are newly received.
requests-digest-subject = { $tenant }: { $count ->
    [one] { $count } data-subject request
   *[other] { $count } data-subject requests
} { $overdue ->
    [yes] overdue
    [new] new
   *[other] due soon
}
requests-digest-title = Data-subject requests of { $tenant }
# The text email adds a full stop.
requests-digest-heading = Data-subject requests of { $tenant } that need an answer
requests-digest-overdue = Overdue
requests-digest-overdue-explained = The one-month deadline (GDPR Art. 12(3)) has passed.
requests-digest-overdue-text = Overdue — the one-month deadline (GDPR Art. 12(3)) has passed:
# The text email adds a colon.
requests-digest-received = New — verified, waiting for an answer
requests-digest-due-soon = Due within 7 days
# A request in the list: this, then its ID, a comma and requests-digest-due.
# { $kind } is the request's kind as stored: copy, erasure or withdraw_consent.
requests-digest-kind = { $kind ->
    [copy] Copy request
    [erasure] Erasure request
    [withdraw_consent] Consent withdrawal request
   *[other] { $kind } request
}
# { $date } is the due date.
requests-digest-due = due { $date }
# The sentence is split around its link to the requests queue.
requests-digest-act-before = Fulfil, reject or (within the first month) extend each one in
requests-digest-act-link = the requests queue
requests-digest-act-after = .
# The text email, followed by the address of the requests queue.
requests-digest-act-text = Fulfil, reject or (within the first month) extend each one in the requests queue:
requests-digest-footer = This message lists request IDs only; it never carries personal data.

## retention_digest

# { $count } is the number of expired records waiting for a decision.
retention-digest-subject-waiting = { $tenant }: { $count ->
    [one] { $count } expired customer record awaits your decision
   *[other] { $count } expired customer records await your decision
}
# When nothing waits: the records were erased; { $shredded } is yes when
# they were shredded, no when they were anonymized.
retention-digest-subject-erased = { $tenant }: expired customer records were { $shredded ->
    [yes] shredded
   *[other] anonymized
} automatically
retention-digest-title = Retention report for { $tenant }
# Split around the retention period, shown in bold ("90 days").
retention-digest-policy-before = Your retention policy keeps a customer record for
retention-digest-policy-after = after it is marked complete.
retention-digest-policy-text = Your retention policy keeps a customer record for { $period } after it is marked complete.
# { $date } is the date and time of the run.
retention-digest-report-of = Report of { $date }.
# After a section's list of records, when it lists only the first ones;
# { $count } is how many more. Split around the link to the notifications.
retention-digest-more-before = … and { $count } more: see
retention-digest-more-link = your notifications
retention-digest-more-after = .
retention-digest-more-text = … and { $count } more: see { $url }
# Shown in bold; retention-digest-todo follows.
retention-digest-todo-label = What to do:
retention-digest-todo = open each record and shred it, anonymize it, reopen it if the
    customer is active again, or place it on legal hold if you must keep it.
# Split around the link to the notifications.
retention-digest-acknowledge-before = Acknowledging the notice in
retention-digest-acknowledge-link = your notifications
retention-digest-acknowledge-after = stops the reminders.
retention-digest-acknowledge-text = Acknowledging the notice at { $url } stops the reminders.
# { $period } is a length of time ("7 days").
retention-digest-remind-every = Until then you will be reminded every { $period }.
retention-digest-footer = This message lists record IDs only; it never carries customers' names or
    other personal data.
# Followed by Steward's address in brackets.
retention-digest-contact = You receive it as a retention contact of { $tenant }
    in Steward
# The heading and explanation of each section of the report, for the code
# that builds the sections (src/retention/digest.rs). { $count } is the
# number of records in the section.
retention-digest-section-expired = { $count ->
    [one] { $count } record expired
   *[other] { $count } records expired
}
retention-digest-section-expired-explained = Their retention period is over. Each needs a decision.
retention-digest-section-reminded = { $count ->
    [one] { $count } record still waiting for a decision
   *[other] { $count } records still waiting for a decision
}
retention-digest-section-reminded-explained = These expired earlier and nobody has acted on them yet.
retention-digest-section-anonymized = { $count ->
    [one] { $count } record anonymized
   *[other] { $count } records anonymized
}
retention-digest-section-anonymized-explained = As your policy says, their personal data was destroyed; a skeleton without personal data stays for statistics.
retention-digest-section-shredded = { $count ->
    [one] { $count } record shredded
   *[other] { $count } records shredded
}
retention-digest-section-shredded-explained = As your policy says, these records were erased with every copy, backups included. Only a receipt naming no one remains.

## integration_disabled

integration-disabled-subject = Steward: an integration was switched off because its receiver is gone
integration-disabled-title = Integration switched off
integration-disabled-heading = An integration was switched off
# Split around the receiver's host name, shown in bold and in brackets.
integration-disabled-gone-before = The receiver of one of your integrations
integration-disabled-gone-after = answered “410 Gone”, which means it wants no more messages.
integration-disabled-gone-text = The receiver of one of your integrations ({ $host }) answered "410 Gone",
    which means it wants no more messages.
integration-disabled-switched-off = Steward switched the integration off,
    so marketing consent is no longer kept in sync with that tool.
# Followed by the integration's ID.
integration-disabled-integration = Integration:
# Followed by the address of the integrations' settings.
integration-disabled-fix = If the tool moved, change the integration’s address and switch it on again; if you no longer use it, delete the integration:
integration-disabled-fix-text = If the tool moved, change the integration's address and switch it on again;
    if you no longer use it, delete the integration:
integration-disabled-waiting = What was waiting is kept and sent once the integration is on again, and a
    fresh consent snapshot goes out then so the tool can catch up.
integration-disabled-footer = Sent by Steward ({ $url }) to the admins of your organisation.

## tenant_purge

# { $date } is a date and time.
tenant-purge-subject-cancelled = { $tenant }: your Steward account is cancelled; export your data by { $date }
tenant-purge-subject-purged = { $tenant }: your data in Steward has been destroyed
tenant-purge-subject-warning = { $tenant }: your data in Steward will be destroyed on { $date }
tenant-purge-cancelled = The Steward account of { $tenant } was cancelled on { $date }.
# Split around the date (in bold) and the link to the export:
# before, date, middle, link, after.
tenant-purge-until-before = Until
tenant-purge-until-middle = you and your colleagues can still sign in, read everything (nothing can be changed) and
tenant-purge-until-link = download a complete export
tenant-purge-until-after = .
# Followed by the address of the export.
tenant-purge-until-text = Until { $date } you and your colleagues can still sign in, read
    everything (nothing can be changed) and download a complete export:
tenant-purge-after-date = After that date every customer record, note, consent, user and audit entry
    of { $tenant } is destroyed, with the keys that sealed them, so that no
    copy (backups included) can be read again.
tenant-purge-purged = As announced, every customer record, note, consent, user and audit entry of
    { $tenant } was destroyed on { $date }, with the keys that sealed
    them.
tenant-purge-purged-no-copy = No copy, backups included, can be read again.
tenant-purge-contact = Steward keeps only this contact address, to answer questions about the
    account, until { $date }; then it is deleted too.
# Split around the date of destruction, shown in bold. { $remaining } is how
# long until then ("in 7 days").
tenant-purge-reminder-before = Reminder: the Steward account of { $tenant } is cancelled, and all of its data will be destroyed on
tenant-purge-reminder-after = ({ $remaining }).
tenant-purge-reminder-text = Reminder: the Steward account of { $tenant } is cancelled, and all of
    its data will be destroyed on { $date } ({ $remaining }).
# The link to the export, then the rest of the sentence.
tenant-purge-export-link = Download a complete export
tenant-purge-export-after = before then.
# Followed by the address of the export.
tenant-purge-export-text = Download a complete export before then:
tenant-purge-footer = Sent by Steward ({ $url }) to the owner of { $tenant }.
# How long until the data is destroyed, for the code that gives
# { $remaining } (src/tenants/offboarding.rs). { $count } is a number of
# days (2 or more) or hours (2 to 47).
tenant-purge-remaining-days = { $count ->
    [one] in { $count } day
   *[other] in { $count } days
}
tenant-purge-remaining-hours = { $count ->
    [one] in { $count } hour
   *[other] in { $count } hours
}
tenant-purge-remaining-soon = within the hour

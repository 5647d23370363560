# The staff pages about customer records: the list, one record, its form,
# and erasing one record or the records ticked on the list.

## customers.html

customers-heading = Customers
customers-new = New customer
customers-search-label = Search
customers-search-form = Search and filter customers
customers-search-expired = This search has ended: searches last a few hours and end when you sign out, and each belongs to the person who made it. Search again below.
customers-search-hint = An email address, a phone number, or the start of words of a name or company (one character is enough in Chinese, Japanese, Korean or Thai)
customers-show = Show
customers-search-button = Search
# Followed by a link that clears the search.
customers-search-showing = Showing records matching your search.
customers-search-clear = Clear the search
customers-caption = Customer records
customers-col-tick = Tick to erase
customers-col-name = Name
customers-col-email = Email
customers-col-company = Company
customers-col-state = State
customers-col-expires = Expires
# The label of a row's checkbox, read by screen readers.
customers-tick = Tick { $name } to erase
customers-badge-restricted = restricted
customers-badge-hold = on hold
customers-erase-ticked = Erase the ticked records…
customers-none-match = No records match.
customers-none-yet = No records yet.
customers-next-page = Next page
customers-filter-form = Filter and sort the list
customers-filter-within = Expiring within (days)
customers-filter-within-hint = With “expiring”: how many days ahead; empty for the usual
customers-filter-consent = Consent given for
customers-filter-any = Any
customers-filter-true = Yes
customers-filter-false = No
customers-filter-only = Only records
customers-filter-restricted = whose processing is restricted
customers-filter-hold = on legal hold
customers-filter-request = with an open data-subject request
customers-filter-button = Apply
customers-filter-clear = Clear the filters
customers-sort = Sort by
customers-sort-added = Order added
customers-sort-newest = Newest first
customers-sort-name = Name, A to Z
customers-sort-name-desc = Name, Z to A
customers-sort-updated-desc = Recently changed first
customers-sort-updated = Longest unchanged first
customers-sort-state = State
customers-sort-state-desc = State, reversed
customers-sort-expires = Retention ends, soonest first
customers-sort-expires-desc = Retention ends, latest first
customers-total = { $count ->
    [one] { $shown } record
   *[other] { $shown } records
}
customers-total-about = about { $shown } records
customers-pages = Pages
customers-prev-page = Previous page
customers-page-n = Page { $n }

## customer.html

customer-badge-expired = expired
customer-badge-restricted = processing restricted
customer-badge-hold = on legal hold
customer-details = Details
customer-email = Email
customer-phone = Phone
customer-company = Company
customer-address = Address
customer-language = Preferred language
customer-language-default = The organisation's default
customer-created = Created
customer-completed = Completed
customer-expires = Expires
customer-restriction-reason = Why restricted
customer-hold-reason = Why on hold
customer-edit = Edit
customer-actions = Actions
customer-complete = Mark complete
customer-reopen = Reopen
customer-download-pdf = Download PDF copy
customer-download-json = Download JSON export
customer-erase = Shred or anonymize…
customer-restriction-lift-summary = Lift the restriction
customer-restriction-set-summary = Restrict processing (Art. 18)
# The label of the reason asked for when restricting or holding a record.
customer-why = Why
customer-restriction-lift = Lift restriction
customer-restriction-set = Restrict
customer-hold-release-summary = Release the legal hold
customer-hold-set-summary = Put on legal hold
customer-hold-release = Release hold
customer-hold-set = Hold
customer-anonymized = This record is anonymized: nothing personal is left to act on.
customer-read-only = Your role can read this record but not change it.
customer-notes = Notes
# { $at } is a date and time; { $by } who wrote the note ("you", "a staff user", …).
customer-note-by = { $at }, by { $by }
customer-notes-none = No notes yet.
customer-note-new = New note
customer-note-add = Add note
customer-consent = Consent
# The current decision for a purpose, and a decision in the history.
customer-consent-granted = granted
customer-consent-withdrawn = withdrawn
customer-consent-none = No consent decision recorded.
# A label, and the heading of the history's column.
customer-purpose = Purpose
# The legend of the choice, and the heading of the history's column.
customer-decision = Decision
customer-decision-granted = Granted
customer-decision-withdrawn = Withdrawn
customer-basis-label = Lawful basis
# The lawful bases of GDPR Art. 6(1); the keys end in the value sent.
customer-basis-consent = Consent
customer-basis-contract = Contract
customer-basis-legal_obligation = Legal obligation
customer-basis-vital_interests = Vital interests
customer-basis-public_task = Public task
customer-basis-legitimate_interests = Legitimate interests
customer-evidence-label = Evidence (how it was given)
customer-consent-record = Record decision
customer-history = History
customer-col-when = When
customer-col-basis = Basis
customer-col-source = Source
customer-col-by = By
customer-col-evidence = Evidence
customer-trail = Audit trail
customer-col-what = What
customer-trail-latest = { $count ->
    [one] The latest entry about this record.
   *[other] The latest { $count } entries about this record.
}

## customer_form.html

customer-form-name = Name
customer-form-email = Email
customer-form-phone = Phone
customer-form-phone-hint = With the country code, as in +49 30 1234567
customer-form-company = Company
customer-form-address = Address
customer-form-language = Preferred language
customer-form-language-hint = Copies of their data are written in this language.
customer-form-language-default = The organisation's default
# After a required field's label, for screen readers.
customer-form-required = (required)
customer-form-save = Save
customer-form-cancel = Cancel

## erase.html

erase-heading = Erase { $name }
erase-on-hold = This record is on legal hold: it cannot be erased until the hold is released.
# Shown in bold, starting the sentence erase-shredding-text ends.
erase-shredding = Shredding
erase-shredding-text = destroys the record's key: its data is gone for good, from backups too.
# Shown in bold, starting the sentence erase-anonymizing-text ends.
erase-anonymizing = Anonymizing
erase-anonymizing-text = removes the personal data and keeps the dates and non-personal fields for statistics.
erase-final = Neither can be undone.
erase-what = What should happen
erase-kind-shred = Shred: delete everything
erase-kind-anonymize = Anonymize: keep non-personal facts
# The label of the confirmation: start, the customer's name in bold, end.
erase-confirm-start = Type the customer's name,
erase-confirm-end = , to confirm
erase-submit = Erase for good
erase-cancel = Cancel

## bulk_erase.html

bulk-erase-heading = { $count ->
    [one] Erase { $count } record
   *[other] Erase { $count } records
}
# Shown in bold, starting the sentence bulk-erase-shredding-text ends.
bulk-erase-shredding = Shredding
bulk-erase-shredding-text = destroys each record's key: its data is gone for good, from backups too.
# Shown in bold, starting the sentence bulk-erase-anonymizing-text ends.
bulk-erase-anonymizing = Anonymizing
bulk-erase-anonymizing-text = removes the personal data and keeps the dates and non-personal fields for statistics.
bulk-erase-final = Neither can be undone.
bulk-erase-held = Records on legal hold are left as they are.
bulk-erase-ticked = { $count ->
    [one] The record you ticked
   *[other] The records you ticked
}
bulk-erase-no-name = A record without a name (anonymized, or no longer here)
bulk-erase-what = What should happen
bulk-erase-kind-shred = Shred: delete everything
bulk-erase-kind-anonymize = Anonymize: keep non-personal facts
# The label of the confirmation: start, the number of records in bold, end.
bulk-erase-confirm-start = Type the number of records,
bulk-erase-confirm-end = , to confirm
bulk-erase-submit = Erase { $count } for good
bulk-erase-cancel = Cancel

## bulk_erased.html

bulk-erased-heading-anonymized = { $count ->
    [one] Anonymized { $erased } of { $count } record
   *[other] Anonymized { $erased } of { $count } records
}
bulk-erased-heading-shredded = { $count ->
    [one] Shredded { $erased } of { $count } record
   *[other] Shredded { $erased } of { $count } records
}
# { $count } is the number of records ticked (English says the same for one).
bulk-erased-all-anonymized = { $count ->
    [one] Every record you ticked is anonymized: its personal data is gone for good.
   *[other] Every record you ticked is anonymized: its personal data is gone for good.
}
bulk-erased-all-shredded = { $count ->
    [one] Every record you ticked is shredded: its data is gone for good, backups included.
   *[other] Every record you ticked is shredded: its data is gone for good, backups included.
}
# { $count } is the number of records left as they were.
bulk-erased-left = { $count ->
    [one] { $count } record was left as it was; the table says why.
   *[other] { $count } records were left as they were; the table says why.
}
bulk-erased-receipt = Each erasure has a receipt in the audit log.
bulk-erased-caption = What became of each record
bulk-erased-col-record = Record
bulk-erased-col-outcome = Outcome
bulk-erased-no-name = A record without a name
bulk-erased-shredded = Shredded
bulk-erased-anonymized = Anonymized
# A badge, followed by bulk-erased-on-hold.
bulk-erased-unchanged = Left as it was
bulk-erased-on-hold = It is on legal hold; release the hold first.
bulk-erased-already-shredded = Already shredded before
bulk-erased-already-anonymized = Already anonymized before
# A badge, followed by bulk-erased-not-found-text.
bulk-erased-not-found = Not found
bulk-erased-not-found-text = No such record in this organisation.
bulk-erased-back = Back to the customers
customer-purpose-add = Add a consent purpose
customer-purposes-none = This organisation has no consent purposes yet, so no decision can be recorded here.
customer-objected-marketing-since = Objected to direct marketing since { $date }
customer-fresh-consent = The person gave fresh, explicit consent
customer-fresh-consent-hint = Only then can a marketing consent be recorded; say in the evidence how they gave it.

# Likely duplicates and merging two records.

title-duplicates = Likely duplicates
title-merge = Merge two records
flash-customer-merged = The records were merged; the other record is destroyed.
merged-open-survivor = Open the record it was merged into

## duplicates.html and the notices that point to it

dupes-link = Likely duplicates
dupes-heading = Likely duplicates
dupes-intro = Pairs of records that share an email address, a phone number, or a name and company. They may be one person: compare them, and merge them if they are.
dupes-caption = Pairs of records that are likely one person
dupes-col-first = Record
dupes-col-second = Likely the same as
dupes-col-shared = What they share
dupes-col-action = Action
dupes-unnamed = (no name)
dupes-compare = Compare and merge
dupes-more = More pairs
dupes-none = No likely duplicates.
dupes-back = Back to customers
dupes-reason-email = email address
dupes-reason-phone = phone number
dupes-reason-name_company = name and company
dupes-likely-heading = Likely duplicates
dupes-likely-text = Other records share this one's email address, phone number, or name and company. They may be the same person.
dupes-open-record = Record { $id }

## merge.html

merge-heading = Merge two records
merge-warning = Merging keeps this record and destroys “{ $other }”: its data key is destroyed and it cannot be restored.
merge-moves = Moved to this record: { $notes } notes, { $consents } consent decisions and { $requests } requests.
merge-consent-rule = Consent histories are combined in time order. Where either record has refused or withdrawn consent for a purpose, the merged record keeps the refusal.
merge-caption = Choose, for each field, which value is kept
merge-col-field = Field
merge-col-this = This record: { $name }
merge-col-other = Other record: { $name }
merge-empty = (empty)
merge-submit = Merge and destroy the other record
merge-cancel = Cancel
merge-field-name = Name
merge-field-email = Email
merge-field-phone = Phone
merge-field-company = Company
merge-field-address = Address
merge-field-language = Preferred language
merge-into-summary = Merge another record into this one
merge-with-label = The other record's ID
merge-with-hint = Its data is combined with this record's, then it is destroyed.

## Refusals

fault-this-record-is-on-legal-hold-and-must-not-be-erased = this record is on legal hold and must not be erased
fault-the-other-record-is-on-legal-hold-and-must-not-be-erased = the other record is on legal hold and must not be erased
fault-release-the-hold-before-merging = release the hold before merging
fault-processing-of-this-record-is-restricted-art-n = processing of this record is restricted (Art. { $n1 })
fault-processing-of-the-other-record-is-restricted-art-n = processing of the other record is restricted (Art. { $n1 })
fault-lift-the-restriction-before-merging = lift the restriction before merging
fault-is-this-record-itself = is this record itself
fault-give-the-id-of-the-other-record = give the ID of the other record
fault-is-not-a-field-of-a-customer-record = is not a field of a customer record
fault-must-be-this-or-from = must be this or from
fault-is-a-required-field-keep-the-record-that-has-a-value = is a required field: keep the record that has a value

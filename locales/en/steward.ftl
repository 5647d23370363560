# Steward's words for the people in the records: the portal, the emails to
# them and their copy. One file per language, under locales/<tag>/; every
# message of the English file must be in each other file.
#
# Values given to messages are in { $braces }; plural and other choices use
# Fluent selectors. Keep the wording plain, polite and legally careful.

## The language itself

# The language's name in itself, shown in the language switch.
language-name = English
language-de = German
language-en = English
language-es = Spanish
language-fr = French
language-it = Italian
language-nl = Dutch
language-pl = Polish

## Dates, times and numbers

# { $day } and { $year } are numbers; { $month } is a month-N message.
format-date = { $day } { $month } { $year }
format-datetime = { $date }, { $time } { $zone }
format-group-separator = ,
format-decimal-separator = .
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
unit-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
unit-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
unit-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
unit-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
yes = Yes
no = No

## What a person can ask for

kind-copy = a copy of the personal data { $controller } holds about you
kind-erasure = erasure of the personal data { $controller } holds about you
kind-withdraw_consent = withdrawal of your consent
kind-portability = your personal data { $controller } holds, in files you can take to another organisation

## The portal

portal-language = Language
portal-skip = Skip to the content
portal-form-title = Your data
portal-form-intro = Ask { $controller } about the personal data it holds about you. We will send a link to your email address to confirm that the request is yours.
portal-form-closing = { $controller } is closing its account here. Everything it holds about you will be deleted on { $date }. Until then you can still ask for erasure or withdraw your consent; copies of data can no longer be sent.
portal-form-email = Your email address
portal-form-what = What would you like?
portal-form-kind-copy = A copy of my data (PDF and JSON)
portal-form-kind-erasure = Erase my data
portal-form-kind-withdraw_consent = Withdraw my consent: stop marketing to me
portal-form-kind-portability = My data in files I can take elsewhere (JSON and CSV)
portal-form-send = Send request
portal-form-deadline = { $controller } must answer a request for a copy or for erasure within one month.
portal-sent-title = Check your email
portal-sent-text = { $hours ->
    [one] If the address you gave can receive email, a message with a confirmation link is on its way. Open it to confirm your request; the link works once, for one hour.
   *[other] If the address you gave can receive email, a message with a confirmation link is on its way. Open it to confirm your request; the link works once, for { $hours } hours.
}
portal-sent-none = No message? Check your spam folder, or make the request again later.
portal-confirm-title = Confirm your request
portal-confirm-text = Please confirm your request for { $what }.
portal-confirm-button = Confirm
portal-verified-title = Request confirmed
portal-verified-withdrawn = Done: any consent you had given { $controller } is withdrawn. We have sent you an email saying what changed.
portal-verified-queued = Thank you. { $controller } has your request for { $what } and will answer by { $date }. We have emailed you its reference.
portal-already-title = Already confirmed
portal-already-text = This request was already confirmed; there is nothing more to do with this link.
portal-already-state = Its status: { $state ->
    [identity] waiting for { $controller } to confirm who you are; it will answer by { $date }.
    [open] { $controller } is dealing with it and will answer by { $date }.
    [fulfilling] { $controller } is dealing with it and will answer by { $date }.
    [fulfilled] answered. You have had, or will shortly have, an email with the answer.
    [rejected] declined. You have had an email saying why.
   *[other] received.
}
portal-download-title = Your copy
portal-download-text = Your copy of the personal data { $controller } holds about you. Each file downloads once, until { $until }.
portal-download-pdf = Your data as a PDF document
portal-download-json = Your data as a JSON file (machine-readable)
portal-download-data-json = Your data as a JSON file
portal-download-data-csv = Your data as a CSV file (opens in a spreadsheet)
portal-download-schema = The description of the JSON file (JSON Schema)
portal-download-record = Record { $n }: { $file }
portal-download-done = { $file } (downloaded)
portal-problem-title = Something is not right
portal-problem-back = Back to the request form
portal-problem-link-used = This link has expired or was already used. If you still need to, make the request again.
portal-problem-download-gone = This download link has expired or was used. To get a new copy of your data, make a new request for a copy.
portal-problem-file-done = This file was already downloaded. Each file can be downloaded once; to get a new copy, make a new request for a copy of your data.
portal-problem-record-gone = This record no longer exists, so there is no copy of it to download.
portal-problem-closed = This request was closed before it was confirmed. Make the request again if you need to.
portal-problem-closing = { $controller } is closing its account here, so copies of data can no longer be sent. You can still ask for erasure or withdraw your consent.
portal-problem-throttled = Too many requests have come from here or for this address. Please wait a while and try again.
portal-problem-email = Please give a valid email address, such as name@example.com.
portal-problem-kind = Please choose what you would like.
portal-problem-form = The form was sent from an old page. Please go back, reload the page and send it again.
portal-problem-unknown = There is no request page at this address. Check the link you were given.
portal-problem-other = The request could not be handled. Please try again later.
portal-identity-title = Confirm who you are
portal-identity-waiting = Before answering, { $controller } must confirm that you are the person the data is about; it may contact you about it.
portal-identity-upload-link = Upload an identity document
portal-identity-intro = You may upload one photo or scan of an identity document (JPEG, PNG or PDF, at most 5 MB) so that { $controller } can confirm who you are. You may black out what is not needed for that, such as the document number.
portal-identity-deleted = The document is deleted as soon as { $controller } has decided, and 14 days after you uploaded it at the latest. It is never part of a copy or an export of your data.
portal-identity-waiting-document = Your document of { $date } is waiting to be looked at; it will be deleted by { $until } at the latest.
portal-identity-received = Thank you: your document has arrived.
portal-identity-file = Your document (JPEG, PNG or PDF, at most 5 MB)
portal-identity-send = Upload
portal-identity-replace = A new upload replaces the document you sent before.
portal-identity-not-taken = { $controller } does not take identity documents here; it will contact you to confirm who you are.
portal-identity-closed = This request is no longer waiting for your identity to be confirmed; there is nothing to upload.
portal-problem-too-large = The file is larger than 5 MB. Please upload a smaller photo or scan.
portal-problem-type = The file must be a JPEG or PNG image or a PDF. Nothing was kept.
portal-problem-no-file = Please choose a file to upload.
portal-footer = { $controller } · requests are handled with Steward
portal-privacy-notice = Privacy notice
portal-contact = Questions about your data: { $email }

## Emails to people who made a request

mail-greeting = Hello,
mail-footer = This message was sent by Steward on behalf of { $controller }.
mail-reference = Reference: { $id }.
mail-complain = You may complain to a data protection supervisory authority if you disagree.
mail-verify-subject = Please confirm your request to { $controller }
mail-verify-text = Someone, hopefully you, asked { $controller } for { $what }, giving this email address.
mail-verify-action = To confirm the request, open this link:
mail-verify-button = Confirm the request
mail-verify-until = The link works once, until { $until }. If you did not ask, ignore this message: nothing will happen.
mail-received-subject = { $controller } has received your request
mail-received-text = { $controller } has your confirmed request for { $what }. Its reference is { $id }.
mail-received-due = The law gives { $controller } one month to answer: you will hear by { $date }.
mail-withdrawn-subject = Your consent with { $controller }
mail-withdrawn-done = Your consent is withdrawn for: { $purposes }. { $controller } will not use your data for these purposes, marketing included, unless you give consent again.
mail-withdrawn-nothing = { $controller } had no consent from you to withdraw, so nothing needed to change. It will not use your data for marketing unless you give consent.
mail-withdrawn-unknown = { $controller } holds no customer record with this email address, so it has no consent of yours to withdraw.
mail-copy_ready-subject = Your copy from { $controller } is ready
mail-copy_ready-text = Your copy of the personal data { $controller } holds about you is ready: a readable PDF and a machine-readable JSON file.
mail-copy_ready-action = Download it here:
mail-copy_ready-button = Download your copy
mail-copy_ready-until = Each file can be downloaded once, until { $until }. If the link has expired, make a new request for a copy on the same page.
mail-data_ready-subject = Your data from { $controller } is ready to take with you
mail-data_ready-text = The personal data you provided to { $controller } is ready in machine-readable files: JSON with its description, and CSV. You can give them to another organisation.
mail-data_ready-action = Download them here:
mail-data_ready-button = Download your data
mail-data_ready-until = Each file can be downloaded once, until { $until }. If the link has expired, make a new request on the same page.
mail-no_data-subject = { $controller } holds no data about you
mail-no_data-text = You asked { $controller } for { $what }. { $controller } holds no customer record with this email address, so it holds no data about you.
mail-erased-subject = { $controller } has erased your data
mail-erased-text = You asked { $controller } for erasure of the personal data it holds about you. It has been erased: the records are deleted and the keys that could open any copy of them, backups included, are destroyed.
mail-erased_partly-subject = { $controller } has erased most of your data
mail-erased_partly-text = You asked { $controller } for erasure of the personal data it holds about you. It has erased your records except one or more that must be kept because they are needed for a legal claim (GDPR Art. 17(3)(e)); those are kept only for that purpose.
mail-refused_hold-subject = { $controller } cannot erase your data yet
mail-refused_hold-text = You asked { $controller } for erasure of the personal data it holds about you. { $controller } must keep your record for now because it is needed for a legal claim (GDPR Art. 17(3)(e)), so it cannot erase it yet. The data is kept only for that purpose.
mail-rejected-subject = { $controller } has declined your request
mail-rejected-text = { $controller } has declined your request for { $what }, for this reason:
mail-rejected-remedy = You may complain to a data protection supervisory authority, or seek a remedy in court.
mail-extended-subject = { $controller } needs more time for your request
mail-extended-text = { $controller } needs more time to answer your request for { $what }, for this reason:
mail-extended-due = You will hear by { $date }.

## The copy (PDF and JSON)

copy-title = Your personal data held by { $controller }
copy-intro = This document is a copy of all the personal data { $controller } holds about you in its customer records, with the information you are entitled to about how it is used (GDPR Art. 15).
copy-header = Copy of personal data held by { $controller }
copy-footer = Page { $page } of { $pages }
copy-subject = A copy of the personal data held about you (GDPR Art. 15)
copy-unsupported-title = Characters that could not be shown
copy-unsupported-text = These characters in your data have no font here; each appears in the copy as its code point in brackets:
copy-controller = Controller
copy-contact = Contact
copy-postal-address = Postal address
copy-dpo = Data protection officer
copy-authority = Supervisory authority
copy-customer-id = Customer ID
copy-made-on = Made on
copy-request = Your request
copy-language = Language
copy-overview = This first part says who holds your data, why and for how long, and what your rights are. The pages after it show your details, the state of your record, your consent decisions and every note written about you.
copy-details = Your details
copy-name = Name
copy-name-removed = (removed)
copy-email = Email
copy-phone = Phone
copy-company = Company
copy-address = Address
copy-field-removed = Field no longer in use
copy-record = Your record
copy-state = State
copy-state-active = open
copy-state-complete = complete
copy-state-anonymized = anonymized
copy-created = Created
copy-changed = Last changed
copy-completed = Completed
copy-kept-until = Kept until
copy-restricted = Restricted
copy-restricted-text = Processing is restricted (GDPR Art. 18): the data is stored but not otherwise used.
copy-held = Legal hold
copy-held-text = The record must be kept for a legal claim and is not deleted until the hold ends.
copy-reason = Reason: { $reason }
copy-consent = Consent
copy-consent-state = { $purpose }: { $granted ->
    [yes] given
   *[no] not given
}
copy-consent-decision = { $granted ->
    [yes] Given
   *[no] Withdrawn
} ({ $basis }, recorded { $source })
copy-consent-none = No consent decisions are recorded.
copy-notes = { $count ->
    [one] Notes (1)
   *[other] Notes ({ $count })
}
copy-notes-none = There are no notes about you.
basis-consent = your consent
basis-contract = a contract with you
basis-legal_obligation = a legal obligation
basis-vital_interests = vital interests
basis-public_task = a task in the public interest
basis-legitimate_interests = legitimate interests
source-staff = by staff
source-portal = through the request page
source-sync = by a marketing service
source-import = by an import

## The copy: what GDPR Art. 15 requires to be told

info-who = Who holds your data
info-who-text = The data in this copy is held by { $controller }, who decides what it is used for (the controller).
info-who-contact = You can reach them at { $contact } about anything in this copy.
info-why = Why it is held
info-why-text = To manage { $controller }'s relationship with you: keeping in touch, providing what you asked for, and keeping a record of what was agreed.
info-why-purposes = With your consent, or as recorded below, also for: { $purposes }.
info-what = What kinds of data
info-what-text = This copy holds { $categories }.
category-identity = your name
category-contact = your contact details
category-employer = the company you work for
category-custom = further details recorded about you
category-notes = notes written about you
category-consent = your consent decisions and their history
category-record = the dates and state of your record
info-basis = On what legal basis
info-basis-text = Managing the relationship rests on the contract with you or on { $controller }'s legitimate interests (GDPR Art. 6(1)(b) and (f)). Marketing rests on your consent (Art. 6(1)(a)); the basis of each consent decision is listed with it.
info-recipients = Who receives it
info-recipients-intro = { $count ->
    [one] { $controller } passes data about you to one recipient, a service it uses for marketing:
   *[other] { $controller } passes data about you to these recipients, services it uses for marketing:
}
info-recipient = { $name }, for the purpose { $purpose }, receives { $receives }.
info-recipients-none = Your data is not passed to anyone else.
receives-consent = your email address and your consent decisions for that purpose
receives-erasure = your email address if your data is erased, so that it deletes its copy too
receives-record_events = the identifier of your record when the record expires or is erased
info-retention = How long it is kept
info-retention-text = { $action ->
    [notify] Your record is kept until { $period } after it is marked complete; then { $controller } is reminded to delete it.
    [anonymize] Your record is kept until { $period } after it is marked complete; then it is reduced to anonymous statistics.
   *[other] Your record is kept until { $period } after it is marked complete; then it is deleted.
}
info-retention-date = For your record, that date is { $date }.
info-retention-open = Your record is not complete yet, so no date is set.
info-source = Where it came from
info-source-text = From you, or from staff of { $controller } while dealing with you.
info-rights = Your rights
info-rights-text = You can ask { $controller } to correct data that is wrong (rectification), to delete it (erasure), to stop using it while a question is settled (restriction), and you can object to its use, at any time to its use for marketing. You can ask for this copy again, and for the data in a machine-readable form.
info-complain = If you want to complain
info-complain-text = You have the right to complain to a data protection supervisory authority, in particular in the country where you live or work, or where you think the law was broken.
info-who-address = Their postal address: { $address }.
info-who-dpo = Their data protection officer is { $name }, whom you can reach at { $contact }.
info-who-notice = Their privacy notice: { $url }
info-transfers = Transfers outside Europe
info-transfer = { $name } is in { $country }, outside the European Economic Area. The transfer is protected by { $safeguard }.
info-transfers-none = Your data is not transferred outside the European Economic Area.
safeguard-adequacy = a decision of the European Commission that the country protects personal data adequately (GDPR Art. 45)
safeguard-scc = the European Commission's standard contractual clauses (GDPR Art. 46(2)(c))
safeguard-bcr = binding corporate rules (GDPR Art. 47)
safeguard-derogation = an exception for specific situations (GDPR Art. 49)
info-automated = Automated decisions
info-automated-none = { $controller } makes no decisions about you based solely on automated processing, including profiling (GDPR Art. 22).
info-automated-text = { $controller } makes decisions about you by automated means, as follows: { $description }
info-complain-authority = The supervisory authority responsible for { $controller } is { $authority }: { $url }
info-recipient-full = { $name } ({ $country }), for { $purpose }: receives { $receives }; keeps it { $retention }.
info-recipients-listed = { $count ->
    [one] { $controller } passes data about you to one recipient:
   *[other] { $controller } passes data about you to these recipients:
}
info-recipient-where = { $name } ({ $country }), for { $purpose }: receives { $receives }.

## The recipients register, on the portal

portal-recipients-title = Who receives personal data
portal-recipients-intro = { $controller } passes personal data to these recipients and service providers:
portal-recipients-none = { $controller } passes personal data to no one else.
portal-recipient-name = Recipient
portal-recipient-receives = What it receives
portal-recipient-purpose = Purpose
portal-recipient-country = Country
portal-recipient-safeguard = Protection outside Europe
portal-recipient-retention = How long it keeps it
portal-recipient-in-eea = not needed (within the European Economic Area)
portal-recipient-marketing-service = A marketing service
portal-dpo = Data protection officer: { $name }, { $contact }
portal-authority = You can complain to { $authority }: { $url }

## Countries (ISO 3166-1 codes)

country-AT = Austria
country-BE = Belgium
country-BG = Bulgaria
country-HR = Croatia
country-CY = Cyprus
country-CZ = Czechia
country-DK = Denmark
country-EE = Estonia
country-FI = Finland
country-FR = France
country-DE = Germany
country-GR = Greece
country-HU = Hungary
country-IE = Ireland
country-IT = Italy
country-LV = Latvia
country-LT = Lithuania
country-LU = Luxembourg
country-MT = Malta
country-NL = Netherlands
country-PL = Poland
country-PT = Portugal
country-RO = Romania
country-SK = Slovakia
country-SI = Slovenia
country-ES = Spain
country-SE = Sweden
country-IS = Iceland
country-LI = Liechtenstein
country-NO = Norway
country-GB = United Kingdom
country-CH = Switzerland
country-US = United States
country-CA = Canada
country-AU = Australia
country-NZ = New Zealand
country-JP = Japan
country-KR = South Korea
country-IN = India
country-SG = Singapore
country-BR = Brazil
country-AR = Argentina
country-UY = Uruguay
country-IL = Israel
country-CN = China

# Objection requests (Art. 21).
kind-objection = your objection
portal-form-kind-objection = Object: to direct marketing, or to other processing of my data
portal-objection-what = What do you object to?
portal-objection-marketing = Direct marketing: stop all marketing to me
portal-objection-legitimate = Other processing based on the organisation's legitimate interests
portal-objection-grounds = Your grounds (for other processing): why you object
portal-verified-objected = Done: { $controller } will no longer use your data for direct marketing. We have sent you an email confirming it.
mail-objected-subject = Your objection to direct marketing by { $controller }
mail-objected-done = Your objection is recorded: every marketing consent is withdrawn and { $controller } will not use your data for direct marketing again unless you yourself give fresh, explicit consent.
mail-processing_stopped-subject = Your objection to { $controller }
mail-processing_stopped-text = { $controller } has considered your objection and stopped the processing you objected to; your data is kept restricted.

# Rectification requests (Art. 16).
kind-rectification = correction of the personal data { $controller } holds about you
portal-form-kind-rectification = Correct my data: some details held about me are wrong
portal-rectify-what = Which details are wrong?
portal-rectify-intro = Enter the right value of each detail { $controller } holds wrongly. Leave a detail blank if it is right.
portal-rectify-note = Anything { $controller } should know (optional)
rect-field-name = Name
rect-field-email = Email address
rect-field-phone = Phone number
rect-field-address = Postal address
rect-field-company = Company
mail-rectified-subject = Your request to correct your data held by { $controller }
mail-rectified-text = { $controller } has decided on the corrections you asked for.
mail-rectified-accepted = Corrected as you asked:
mail-rectified-declined = Not corrected, and why:
kind-restriction = restriction of the processing of your personal data by { $controller }
portal-form-kind-restriction = Restrict: keep my data but stop processing it for now
portal-restriction-what = Why do you ask for restriction?
portal-restriction-contests_accuracy = I contest the accuracy of my data, while it is checked
portal-restriction-unlawful = The processing is unlawful, but I want my data restricted rather than erased
portal-restriction-legal_claims = The organisation no longer needs my data, but I need it for a legal claim
portal-restriction-objected = I have objected to the processing, while it is checked whose grounds override
portal-restriction-details = Anything you want to add (optional)
mail-restricted-subject = { $controller } has restricted the processing of your data
mail-restricted-text = { $controller } has granted your request: your data is kept but no longer processed, apart from storing it, until you are told otherwise. You will be told before the restriction is lifted.
mail-lift_notice-subject = { $controller } will lift the restriction of your data
mail-lift_notice-text = { $controller } will lift the restriction of the processing of your data that you asked for, for this reason:
mail-lift_notice-date = The restriction will be lifted on { $date }. If you disagree, contact { $controller } before then.

# Why a form was refused. The services explain refusals in English; the
# staff pages look each explanation up here by its words: the key is
# `fault-` and the English text's words in lower case, joined by hyphens,
# each number written as `n` and given as $n1, $n2, … (a test checks that
# every key matches its English text).

fault-invalid-value-for = invalid value for { $fields }
fault-is-empty = is empty
fault-is-required = is required
fault-is-required-and-cannot-be-cleared = is required and cannot be cleared
fault-is-required-when-turning-this-on = is required when turning this on
fault-must-not-be-empty = must not be empty
fault-must-not-be-only-spaces = must not be only spaces
fault-must-not-contain-control-characters = must not contain control characters
fault-must-be-one-line-without-control-characters = must be one line, without control characters
fault-must-be-at-most-n-characters = must be at most { $n1 } characters
fault-must-be-at-least-n-characters = must be at least { $n1 } characters
fault-must-be-n-to-n-characters = must be { $n1 } to { $n2 } characters
fault-is-longer-than-n-characters = is longer than { $n1 } characters
fault-is-not-an-email-address-no = is not an email address (no @)
fault-is-not-an-email-address-the-part-before-must-be-n-to-n-characters = is not an email address (the part before @ must be { $n1 } to { $n2 } characters)
fault-is-not-an-email-address-it-contains-spaces-control-characters-or-a-second = is not an email address (it contains spaces, control characters or a second @)
fault-is-not-an-email-address-misplaced-dot-before = is not an email address (misplaced dot before @)
fault-is-not-an-email-address-the-domain-after-is-not-valid = is not an email address (the domain after @ is not valid)
fault-must-start-with-and-the-country-code-as-in-n-n-n = must start with + and the country code, as in +{ $n1 } { $n2 } { $n3 }
fault-must-have-n-to-n-digits-including-the-country-code = must have { $n1 } to { $n2 } digits including the country code
fault-the-country-code-cannot-start-with-n = the country code cannot start with { $n1 }
fault-must-start-with-a-letter-and-not-end-with-or-repeat-a-hyphen = must start with a letter, and not end with or repeat a hyphen
fault-is-not-a-custom-field-of-this-tenant = is not a custom field of this tenant
fault-must-be-a-number-not-text = must be a number, not text
fault-must-be-text-not-a-number = must be text, not a number
fault-must-be-true-or-false-not-text = must be true or false, not text
fault-must-be-a-date-written-yyyy-mm-dd-in-the-years-n-to-n = must be a date written YYYY-MM-DD, in the years { $n1 } to { $n2 }
fault-is-not-the-current-code-of-your-authenticator-app = is not the current code of your authenticator app
fault-is-not-your-current-password = is not your current password
fault-is-not-a-time-zone-name-such-as-europe-berlin = is not a time zone name such as Europe/Berlin
fault-choose-viewer-staff-admin-or-owner = choose viewer, staff, admin or owner
fault-choose-granted-or-withdrawn = choose granted or withdrawn
fault-choose-shred-or-anonymize = choose shred or anonymize
fault-choose-one-of-the-types = choose one of the types
fault-choose-one-of-the-integrations = choose one of the integrations
fault-choose-what-happens-at-expiry-notify-anonymize-or-shred = choose what happens at expiry: notify, anonymize or shred
fault-is-not-a-lawful-basis-steward-knows = is not a lawful basis Steward knows
fault-must-be-n-or-n = must be { $n1 } or { $n2 }
fault-a-select-field-needs-at-least-one-option = a select field needs at least one option
fault-only-a-select-field-has-options = only a select field has options
fault-must-not-start-with = must not start with #
fault-must-be-a-web-address-starting-with-https = must be a web address starting with https://
fault-must-start-with-https-or-http = must start with https:// (or http://)
fault-must-name-a-host = must name a host
fault-must-be-a-colour-as-rrggbb-e-g-nd-ned-n = must be a colour as #rrggbb, e.g. #{ $n1 }d{ $n2 }ed{ $n3 }
fault-is-not-a-png-or-jpeg-image = is not a PNG or JPEG image
fault-a-user-with-this-email-already-exists-in-this-tenant = a user with this email already exists in this tenant
fault-a-ticked-record-is-not-a-customer-id = a ticked record is not a customer ID
fault-a-record-is-ticked-more-than-once = a record is ticked more than once
fault-tick-at-least-one-record-on-the-customers-list-to-erase = tick at least one record on the customers list to erase
fault-must-be-given-up-to-n-characters = must be given, up to { $n1 } characters
fault-the-record-is-anonymized-nothing-personal-is-left-to-change = the record is anonymized: nothing personal is left to change
fault-the-request-was-already-extended = the request was already extended
fault-the-form-lacks-the-record-s-version = the form lacks the record's version
fault-must-be-one-of-the-supported-languages = must be one of the supported languages: { $tags }
fault-must-be-one-of-the-staff-languages = must be one of the languages the staff pages are written in: { $tags }
fault-the-receiver-answered-n-gone = the receiver answered { $n1 } Gone
fault-must-be-a-whole-number-such-as-n = must be a whole number, such as { $n1 }
fault-must-be-counted-in-hours-days-weeks-months-or-years = must be counted in hours, days, weeks, months or years
fault-is-longer-than-n-days-about-n-years = is longer than { $n1 } days (about { $n2 } years)

# The import wizard (/customers/import): moving customers in from a CSV or
# Excel file in four steps — the file, its columns, the check, the run.

## Titles and messages after an action

title-import = Import customers
title-import-check = Check the import
title-import-running = Importing…
title-import-done = Import finished
title-import-ended = Import stopped
flash-import-read = The file is read. Check where each column goes, then import.
flash-import-checked = Checked again with your choices.
flash-import-changed = You changed where columns go, so nothing was imported yet: check the new counts, then import.
flash-import-started = The import has started.
flash-import-cancelled = The import is cancelled; its file is deleted.
# The button on the customers list.
customers-import = Import customers

## import_steps.html

import-steps = Steps of the import
import-step-1 = Choose a file
import-step-2 = Match the columns
import-step-3 = Check
import-step-4 = Import

## import.html (step 1)

import-heading = Import customers
import-intro = Bring in customers from a spreadsheet: a CSV file or an Excel workbook (.xlsx) with a header row. Nothing is saved as a customer until you have checked what will happen and pressed Import.
import-file-label = File
import-file-hint = CSV or Excel (.xlsx), up to { $mb } MB. The first row must name the columns.
import-options = File options
import-options-hint = Steward finds out how the file is written. Change this only if the names in the check look garbled or all columns land in one.
import-encoding-label = Character encoding
import-find-out = Find out from the file
import-encoding-utf-8 = UTF-8 (most programs today)
import-encoding-utf-16le = UTF-16 little-endian (Excel’s “Unicode text”)
import-encoding-utf-16be = UTF-16 big-endian
import-encoding-windows-1252 = Windows-1252 (older Excel in Western Europe)
import-encoding-iso-8859-1 = ISO-8859-1 (Latin-1)
import-encoding-windows-1250 = Windows-1250 (older Excel in Central Europe)
import-encoding-iso-8859-2 = ISO-8859-2 (Latin-2)
import-delimiter-label = Cells are separated by
import-delimiter-comma = commas
import-delimiter-semicolon = semicolons
import-delimiter-tab = tabs
import-upload = Read the file
# Followed by a link to the sample file.
import-nothing-yet = Want to try it first?
import-sample = Download a sample file (12 customers)
import-recent-heading = Recent imports
import-recent-none = No imports yet.
import-col-when = Started
import-col-state = State
import-col-new = New
import-col-updated = Updated
import-col-refused = Refused
import-state-previewed = waiting to be imported
import-state-running = importing
import-state-done = finished
import-state-cancelled = cancelled
import-state-failed = failed

## import_run.html (steps 2 to 4)

import-read-as-csv = Read as a CSV file in { $encoding }, cells separated by { $delimiter }.
import-read-as-xlsx = Read as an Excel workbook (its first sheet).
import-kept-until = The file is kept, encrypted, until { $when } at the latest.
import-map-heading = Where each column goes
import-map-suggested = Steward has suggested a place for each column from its name. Change any that are wrong; columns set to “Do not import” are left out.
import-map-chosen = These are your choices. Change any, then check again.
import-col-column = Column in your file
import-col-goes-to = Goes to
import-suggested = suggested
import-basis-label = Lawful basis for the consent columns
import-basis-hint = Recorded with each consent decision the file brings.
import-check-again = Check again
import-check-heading = What the import will do
import-check-intro = Every one of the { $count } rows was read and checked; nothing is saved yet.
import-would-create = { $count ->
    [one] 1 new customer
   *[other] { $count } new customers
}
import-would-update = { $count ->
    [one] 1 update of a customer you have (same email or phone)
   *[other] { $count } updates of customers you have (same email or phone)
}
import-would-duplicate = { $count ->
    [one] 1 duplicate row skipped (the same person appears earlier in the file)
   *[other] { $count } duplicate rows skipped (the same person appears earlier in the file)
}
import-would-suppressed = { $count ->
    [one] 1 row skipped: the person asked to be erased
   *[other] { $count } rows skipped: the people asked to be erased
}
import-would-refused = { $count ->
    [one] 1 row refused (see why below)
   *[other] { $count } rows refused (see why below)
}
import-did-create = { $count ->
    [one] 1 new customer
   *[other] { $count } new customers
}
import-did-update = { $count ->
    [one] 1 customer updated
   *[other] { $count } customers updated
}
import-did-duplicate = { $count ->
    [one] 1 duplicate row skipped
   *[other] { $count } duplicate rows skipped
}
import-did-suppressed = { $count ->
    [one] 1 row skipped: the person asked to be erased
   *[other] { $count } rows skipped: the people asked to be erased
}
import-did-refused = { $count ->
    [one] 1 row refused
   *[other] { $count } rows refused
}
import-refused-heading = Rows that will be refused
import-col-line = Line
import-col-reason = Why
import-refused-more = { $count ->
    [one] …and 1 more.
   *[other] …and { $count } more.
}
import-refused-after = After the import you can download every refused row with its reason as a CSV file, correct it and import it again.
import-run = { $count ->
    [one] Import 1 customer
   *[other] Import { $count } customers
}
import-nothing-to-write = With these choices no row would be imported.
import-cancel = Cancel the import
import-running-intro = The rows are being saved in batches. You can leave this page: the import goes on, and you find it again under Import customers.
import-progress = { $done } of { $total } rows done
import-so-far-heading = So far
import-refreshes = This page refreshes itself every 2 seconds.
import-stop = Stop the import
import-done-intro = { $count ->
    [one] Done: the 1 row of the file has been processed.
   *[other] Done: all { $count } rows of the file have been processed.
}
import-failed-why = The import stopped:
import-cancelled-why = The import was cancelled:
import-cancelled-by-person = The import was cancelled. Its file is deleted.
import-result-heading = Result
import-rows-kept = { $done } of { $total } rows were done before it stopped; they are kept.
import-download-refused = Download the refused rows (CSV)
import-refused-kept-until = Each refused row comes with its line and the reason. The file can be downloaded until { $when }.
import-refused-gone = The refused rows are no longer kept.
import-go-to-customers = Go to customers
import-another = Import another file
import-start-new = Start a new import

## Where a column can go (the lists of step 2)

import-group-skip = Leave out
import-group-record = Customer details
import-group-fields = Custom fields
import-group-consent = Consent
import-target-ignore = Do not import
import-target-name = Name (full name)
import-target-first_name = First name
import-target-last_name = Last name
import-target-email = Email
import-target-phone = Phone
import-target-company = Company
import-target-address = Address
import-target-language = Preferred language
import-target-note = Note
import-target-consent = Consent: { $purpose }
import-target-evidence = Evidence for: { $purpose }
# A column whose header cell is empty.
import-column-n = column { $n }

## Why a choice of columns is refused

import-fault-twice = “{ $column }” goes there already; choose another place or “Do not import”.
import-fault-evidence-alone = Evidence needs a column with the consent decision of the same purpose.
import-fault-gone = This field or purpose no longer exists; choose another place.
import-fault-no-name = No column goes to the name: choose one for Name, or for First name and/or Last name.

## Why a file or a row is refused (looked up by their English words, see staff-faults.ftl)

fault-is-larger-than-n-bytes = is larger than { $n1 } bytes
fault-the-file-is-empty = the file is empty
fault-the-file-has-no-header-row = the file has no header row
fault-the-header-row-does-not-end-within-n-mb = the header row does not end within { $n1 } MB
fault-a-quote-may-never-be-closed = a quote may never be closed
fault-the-spreadsheet-has-no-worksheet = the spreadsheet has no worksheet
fault-the-first-worksheet-of-the-spreadsheet-is-empty = the first worksheet of the spreadsheet is empty
fault-the-spreadsheet-cannot-be-read = the spreadsheet cannot be read
fault-it-may-be-damaged-or-not-an-xlsx-file = it may be damaged or not an XLSX file
fault-the-spreadsheet-unpacks-to-more-than-n-mb = the spreadsheet unpacks to more than { $n1 } MB
fault-save-it-as-csv-or-split-it = save it as CSV or split it
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-pdf = the file is not a CSV or XLSX file (it looks like a PDF)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-image = the file is not a CSV or XLSX file (it looks like an image)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-zip-archive = the file is not a CSV or XLSX file (it looks like a ZIP archive)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-compressed-gzip-file = the file is not a CSV or XLSX file (it looks like a compressed (gzip) file)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-presentation = the file is not a CSV or XLSX file (it looks like a presentation)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-text-document = the file is not a CSV or XLSX file (it looks like a text document)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-rich-text-rtf-document = the file is not a CSV or XLSX file (it looks like a rich-text (RTF) document)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-binary-data-not-text = the file is not a CSV or XLSX file (it looks like binary data, not text)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-excel-n-n-xls-file-or-a-password-protected-workbook = the file is not a CSV or XLSX file (it looks like an Excel { $n1 }-{ $n2 } .xls file or a password-protected workbook
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-opendocument-spreadsheet = the file is not a CSV or XLSX file (it looks like an OpenDocument spreadsheet
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-web-page-html = the file is not a CSV or XLSX file (it looks like a web page (HTML)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-xml-file = the file is not a CSV or XLSX file (it looks like an XML file
fault-open-it-in-a-spreadsheet-program-and-save-it-as-xlsx-or-csv = open it in a spreadsheet program and save it as .xlsx or CSV)
fault-save-it-as-xlsx-or-csv = save it as .xlsx or CSV)
fault-has-n-cells-where-the-header-has-n = has { $n1 } cells where the header has { $n2 }
fault-has-n-cell-where-the-header-has-n = has { $n1 } cell where the header has { $n2 }
fault-has-n-cells-where-the-file-has-n-columns = has { $n1 } cells where the file has { $n2 } columns
fault-is-longer-than-steward-reads-n-mb-or-n-cells = is longer than Steward reads ({ $n1 } MB or { $n2 } cells)
fault-a-quote-may-never-be-closed-so-the-rest-of-the-file-is-not-read = a quote may never be closed, so the rest of the file is not read
fault-not-run-within-n-hours-of-its-upload = not run within { $n1 } hours of its upload
fault-did-not-finish-within-n-hours-of-its-upload = did not finish within { $n1 } hours of its upload
fault-an-internal-error-stopped-the-run = an internal error stopped the run
fault-the-rows-done-so-far-are-kept = the rows done so far are kept
fault-choose-one-of-the-encodings = choose one of the encodings
fault-choose-one-of-the-delimiters = choose one of the delimiters
fault-choose-where-each-column-goes = choose where each column goes
fault-is-neither-yes-nor-no-write-yes-or-no-ja-or-nein-oui-or-non-s-or-no-s-or-no-ja-or-nee-tak-or-nie-n-or-n-x-for-yes-or-leave-it-blank-for-no-decision = is neither yes nor no (write yes or no, ja or nein, oui or non, sí or no, sì or no, ja or nee, tak or nie, { $n1 } or { $n2 }, x for yes, or leave it blank for no decision)

import-group-new-field = New custom field (made when you check again)
import-target-new-text = New text field named after the column
import-target-new-number = New number field named after the column
import-target-new-date = New date field named after the column
import-target-new-bool = New yes/no field named after the column
import-alike-heading = Rows like customers you have
import-alike-intro = { $count ->
    [one] One new row has the name and company of a customer you already have. It is imported as a new record: compare the two and merge them if they are the same person.
   *[other] { $count } new rows have the name and company of a customer you already have. They are imported as new records: compare them and merge those that are the same person.
}
import-alike-line = Line { $line }:
import-alike-link = customer { $n }

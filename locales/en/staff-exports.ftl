# Exports of customer list views (CSV, XLSX).
title-export = Export
exports-control-heading = Export this list
exports-format-label = Export as
exports-button = Export
exports-staff-may-export = Staff may export customer lists to CSV and Excel (admins and owners always may)
export-format-csv = CSV
export-format-xlsx = Excel (XLSX)
export-heading = Export of customers
export-state-running = The file is being written: { $rows } records so far. This page refreshes itself.
export-state-ready = The file is ready: { $rows } records.
export-state-downloaded = The file was downloaded and is no longer kept.
export-state-expired = The file was not downloaded in time and has been deleted.
export-state-failed = The file could not be written. Please export the list again.
export-format = Format
export-rows = Records
export-expires = Deleted if not downloaded by
export-download = Download { $name }
export-once = The file can be downloaded once, by you; it is deleted as soon as it is downloaded.
audit-target-export = export { $id }
export-back = Back to the customers

# A refusal, found by its English words (see src/i18n/faults.rs).
fault-this-organisation-s-admins-have-switched-exports-off-for-staff-an-admin-or-owner-can-export-or-switch-it-on-again-in-the-organisation-s-settings = this organisation's admins have switched exports off for staff; an admin or owner can export, or switch it on again in the organisation's settings

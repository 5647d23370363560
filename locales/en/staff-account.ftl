# Staff pages: signing in, one's own account, API tokens, users and the
# audit log. Keys start with the name of their template.

## login.html

# The browser tab's title of the sign-in page.
login-page-title = Sign in · Steward
login-heading = Sign in to Steward
login-organisation = Organisation
login-email = Email
login-password = Password
login-totp = Code from your authenticator app
login-submit = Sign in

## account.html

account-heading = Your account
account-totp-heading = Two-factor sign-in
account-totp-on = On: signing in asks for a code from your authenticator app.
account-totp-disable-code-label = A current code, to turn it off
account-totp-disable = Turn off
account-totp-enrol-intro = Add this account to your authenticator app with the key below (or open the link on the phone that has the app), then type the code it shows.
account-totp-key = Key
account-totp-link = Link
account-totp-pending = Set-up is started: type the code your authenticator app shows to turn two-factor sign-in on.
account-totp-confirm-code-label = Code from the app
account-totp-confirm = Turn on
account-totp-restart = Start again with a new key
# Followed by account-totp-off-explained in the same paragraph.
account-totp-off = Off.
account-totp-off-explained = With it on, signing in needs a code from an app such as an authenticator on your phone as well as your password.
account-totp-set-up = Set up two-factor sign-in
account-zone-heading = Time zone
# The label of the list of time zone names.
account-zone-label = Show times in
account-zone-save = Save
account-password-heading = Password
account-password-current-label = Current password
account-password-new-label = New password
account-password-new-hint = At least 12 characters
account-password-change = Change password
account-password-ends-sessions = Changing it ends your other sessions.
account-sessions-heading = Where you are signed in
# Column headings of the sessions table; "From" is the IP address.
account-sessions-signed-in = Signed in
account-sessions-last-used = Last used
account-sessions-from = From
account-sessions-browser = Browser
account-sessions-action = Action
account-sessions-this = this session
account-sessions-end = End

## tokens.html

tokens-heading = API tokens
# Followed by the header (tokens-intro-header, shown as code) and a full stop.
tokens-intro-sent-as = Programs sign in with a token, sent as
# The HTTP header itself: the same in every language.
tokens-intro-header = Authorization: Bearer stw_…
tokens-intro-role = A token acts with its role, never more than yours.
tokens-created = The token “{ $name }” is made.
# Followed by the token's secret.
tokens-created-copy = Copy it now; it is not shown again:
tokens-name = Name
tokens-role = Role
tokens-made = Made
tokens-last-used = Last used
tokens-status = Status
tokens-never-used = never
tokens-revoked = revoked { $date }
# The button; screen readers hear the token's name after it.
tokens-revoke = Revoke
tokens-none = No tokens yet.
tokens-new-heading = New token
tokens-new-name-label = What it is for
tokens-new-name-hint = e.g. the billing system
tokens-new-submit = Make token

## users.html

users-heading = Users
users-created = { $email } can sign in now.
# Followed by the generated password, then users-created-password-after.
users-created-password = Their password is
users-created-password-after = — give it to them safely; it is not shown again.
users-caption = Users of this organisation
users-name = Name
users-email = Email
users-role = Role
users-status = Status
users-change = Change
# After the name of the person looking at the page.
users-you = (you)
users-refused = Nothing was changed for { $name }: { $reason }
users-disabled = switched off
users-active = active
users-totp = two-factor
users-role-of = Role of { $name }
users-set-role = Set role
# Heard by screen readers only, after users-set-role.
users-set-role-of = of { $name }
# The buttons; screen readers hear the user's name after them.
users-enable = Switch on
users-disable = Switch off
users-reset-totp = Reset two-factor
# Heard by screen readers only, after users-reset-totp.
users-reset-totp-of = of { $name }
users-new-heading = New user
users-password = Password
users-password-hint = At least 12 characters; leave empty to have one made
users-new-submit = Add user
users-roles-explained = Viewers read records; staff also change them and answer requests; admins also erase, and set retention, users, tokens and integrations; owners also make owners.

## audit.html

audit-heading = Audit log
audit-intro = Who did what, when and from where — never anyone's personal data.
audit-intro-chain = Each entry is chained to the one before by a hash, so a changed or removed entry shows.
audit-check-ok = { $count ->
    [one] The chain is intact: { $count } entry checked.
   *[other] The chain is intact: { $count } entries checked.
}
# { $reason } is why, in words, from the check.
audit-check-broken = The chain is broken at entry { $seq }: { $reason }
audit-check = Check the chain
audit-caption = Audit entries, newest first
audit-when = When
audit-what = What
audit-who = Who
audit-about = About
# The IP address an action came from.
audit-from = From
audit-older = Older entries
audit-newest = Newest entries

## audit.html: the filter, the export, names
audit-filter-heading = Filter
audit-filter-actor = Who
audit-filter-actor-any = Anyone
audit-filter-actor-system = Steward itself (jobs, command line)
audit-filter-action = What happened
audit-filter-action-any = Any event
audit-filter-record = Record or item ID
audit-filter-from = From
audit-filter-to = Until (inclusive)
audit-filter-dates-hint = Days run from midnight to midnight UTC.
audit-filter-apply = Show
audit-filter-clear = Show all entries
audit-export = Export these entries (CSV)
audit-export-hint = The file holds every entry the filter matches, not only this page; the export is itself recorded in the log.
audit-none = No entries match the filter.
audit-token = API token

## Audit events in words (the code shows beside them)
audit-event-auth-login = Signed in
audit-event-auth-login_failed = Sign-in failed
audit-event-auth-logout = Signed out
audit-event-auth-password_changed = Password changed
audit-event-auth-session_revoked = Session ended by hand
audit-event-auth-totp_enrol_started = Two-factor set-up started
audit-event-auth-totp_enabled = Two-factor sign-in turned on
audit-event-auth-totp_disabled = Two-factor sign-in turned off
audit-event-customer-created = Record created
audit-event-customer-bulk_created = Records created in bulk
audit-event-customer-updated = Record changed
audit-event-customer-read = Record opened
audit-event-customer-listed = Records shown in a list
audit-event-customer-notes_read = Notes read
audit-event-customer-note_added = Note added
audit-event-customer-consent_read = Consent read
audit-event-customer-consent_changed = Consent changed
audit-event-customer-objected_to_marketing = Objected to direct marketing
audit-event-customer-processing_stopped = Processing stopped after an objection
audit-event-customer-completed = Record completed
audit-event-customer-reopened = Record reopened
audit-event-customer-restricted = Processing restricted
audit-event-customer-restriction_lifted = Restriction lifted
audit-event-customer-hold_placed = Legal hold placed
audit-event-customer-hold_released = Legal hold released
audit-event-customer-copied = Copy made for the person
audit-event-customer-merged = Records merged
audit-event-customer-history_read = Field history read
audit-event-customer-task_added = Task added
audit-event-customer-task_done = Task done
audit-event-customer-tasks_read = Tasks read
audit-event-customer-shredded = Record shredded
audit-event-customer-anonymized = Record anonymized
audit-event-customers-exported = Customer list exported
audit-event-export-downloaded = Export downloaded
audit-event-field-created = Custom field added
audit-event-field-updated = Custom field changed
audit-event-field-deleted = Custom field removed
audit-event-import-uploaded = Import file uploaded
audit-event-import-mapped = Import columns chosen
audit-event-import-started = Import started
audit-event-import-finished = Import finished
audit-event-import-failed = Import failed
audit-event-import-cancelled = Import cancelled
audit-event-import-expired = Import expired unused
audit-event-import-refused_read = Refused import rows downloaded
audit-event-integration-created = Integration added
audit-event-integration-updated = Integration changed
audit-event-integration-deleted = Integration removed
audit-event-integration-disabled = Integration switched off
audit-event-integration-secret_rotated = Integration secret renewed
audit-event-integration-delivery_retried = Delivery sent again
audit-event-integration-hook_received = Message received from a tool
audit-event-integration-snapshot_requested = Full consent list requested
audit-event-notification-acknowledged = Notice acknowledged
audit-event-purpose-labelled = Purpose named
audit-event-purpose-unlabelled = Purpose name removed
audit-event-recipient-created = Recipient added
audit-event-recipient-changed = Recipient changed
audit-event-recipient-deleted = Recipient removed
audit-event-request-received = Data request received
audit-event-request-verified = Data request confirmed by email
audit-event-request-fulfilled = Data request fulfilled
audit-event-request-rejected = Data request rejected
audit-event-request-extended = Data request deadline extended
audit-event-request-restricted = Records restricted while a data request is decided
audit-event-request-lift_announced = Lift of a request's restriction announced to the person
audit-event-request-restriction_lifted = Restriction granted on a data request lifted
audit-event-request-downloaded = Copy downloaded by the person
audit-event-request-identity_document_uploaded = Identity document uploaded by the person
audit-event-request-identity_confirmed = Requester's identity confirmed
audit-event-request-identity_refused = Requester's identity not confirmed; request rejected
audit-event-retention-changed = Retention policy changed
audit-event-retention-expired = Retention periods ended
audit-event-retention-reminded = Reminders sent
audit-event-retention-anonymized = Records anonymized by the policy
audit-event-retention-shredded = Records shredded by the policy
audit-event-tenant-created = Organisation created
audit-event-tenant-settings_changed = Organisation settings changed
audit-event-tenant-logo_set = Logo set
audit-event-tenant-logo_removed = Logo removed
audit-event-tenant-exported = Organisation exported
audit-event-tenant-cancelled = Organisation cancelled
audit-event-tenant-purge_warned = Warned before the final deletion
audit-event-token-created = API token created
audit-event-token-revoked = API token revoked
audit-event-user-created = User added
audit-event-user-updated = User changed
audit-event-user-language_set = Page language chosen
audit-event-user-time_zone_set = Time zone chosen
audit-event-audit-exported = Audit log exported
audit-event-request-viewed = Data request details read
audit-event-request-rectified = Rectification decided (fields named)

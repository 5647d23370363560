//! The events the audit log records, as words: each code (`customer.updated`)
//! has the catalogue message `audit-event-customer-updated`, so the log page
//! and its export say what happened, with the code beside it.

/// Every event code a release writes, in the order the filter offers them.
pub const CODES: &[&str] = &[
    "auth.login",
    "auth.login_failed",
    "auth.logout",
    "auth.password_changed",
    "auth.session_revoked",
    "auth.totp_enrol_started",
    "auth.totp_enabled",
    "auth.totp_disabled",
    "customer.created",
    "customer.bulk_created",
    "customer.updated",
    "customer.read",
    "customer.listed",
    "customer.notes_read",
    "customer.note_added",
    "customer.consent_read",
    "customer.consent_changed",
    "customer.objected_to_marketing",
    "customer.processing_stopped",
    "customer.completed",
    "customer.reopened",
    "customer.restricted",
    "customer.restriction_lifted",
    "customer.hold_placed",
    "customer.hold_released",
    "customer.copied",
    "customer.merged",
    "customer.history_read",
    "customer.tasks_read",
    "customer.task_added",
    "customer.task_done",
    "customer.shredded",
    "customer.anonymized",
    "customers.exported",
    "export.downloaded",
    "field.created",
    "field.updated",
    "field.deleted",
    "import.uploaded",
    "import.mapped",
    "import.started",
    "import.finished",
    "import.failed",
    "import.cancelled",
    "import.expired",
    "import.refused_read",
    "integration.created",
    "integration.updated",
    "integration.deleted",
    "integration.disabled",
    "integration.secret_rotated",
    "integration.delivery_retried",
    "integration.hook_received",
    "integration.snapshot_requested",
    "notification.acknowledged",
    "purpose.labelled",
    "purpose.unlabelled",
    "recipient.created",
    "recipient.changed",
    "recipient.deleted",
    "request.received",
    "request.verified",
    "request.fulfilled",
    "request.rejected",
    "request.extended",
    "request.rectified",
    "request.restricted",
    "request.lift_announced",
    "request.restriction_lifted",
    "request.downloaded",
    "request.viewed",
    "request.identity_document_uploaded",
    "request.identity_confirmed",
    "request.identity_refused",
    "retention.changed",
    "retention.expired",
    "retention.reminded",
    "retention.anonymized",
    "retention.shredded",
    "tenant.created",
    "tenant.settings_changed",
    "tenant.logo_set",
    "tenant.logo_removed",
    "tenant.exported",
    "tenant.cancelled",
    "tenant.purge_warned",
    "token.created",
    "token.revoked",
    "user.created",
    "user.updated",
    "user.language_set",
    "user.time_zone_set",
    "user.columns_set",
    "view.saved",
    "view.changed",
    "view.deleted",
    "audit.exported",
];

/// The catalogue key naming event `code` (Fluent keys have no dots).
pub fn key(code: &str) -> String {
    format!("audit-event-{}", code.replace('.', "-"))
}

/// The catalogue key of an event's words, if a release named it.
pub fn words(code: &str) -> Option<String> {
    Some(key(code)).filter(|k| crate::i18n::has_message(crate::i18n::ENGLISH, k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_words_in_english() {
        for code in CODES {
            assert!(
                crate::i18n::has_message(crate::i18n::ENGLISH, &key(code)),
                "{code}"
            );
        }
    }
}

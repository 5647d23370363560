use sea_orm::entity::prelude::*;

use crate::ids::{CustomerId, TenantId};

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// `customer.expired`, `customer.anonymized`, `customer.shredded`, …
    pub kind: Kind,
    pub customer_id: Option<CustomerId>,
    /// The data-subject request a notice is about.
    pub request_id: Option<Uuid>,
    /// The integration a notice is about (disabled by its receiver).
    pub integration_id: Option<Uuid>,
    /// The task a notice is about (a task came due).
    pub task_id: Option<Uuid>,
    /// The user a notice is for (a task's assignee); none: the whole team.
    pub assignee_id: Option<crate::ids::UserId>,
    pub created_at: ChronoDateTimeUtc,
    /// How many times it has been brought up again.
    pub reminders: i32,
    pub last_reminded_at: Option<ChronoDateTimeUtc>,
    /// When the next reminder is due; null when none will be.
    pub next_remind_at: Option<ChronoDateTimeUtc>,
    pub acked_at: Option<ChronoDateTimeUtc>,
    pub acked_by: Option<Uuid>,
    /// Set when someone acted (ack, reopen, hold, shred, …): the notice is closed.
    pub closed_at: Option<ChronoDateTimeUtc>,
    pub closed_reason: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::stored_words! {
    /// What a notice is about.
    pub enum Kind {
        /// A completed record's retention period is over; someone must decide.
        Expired = "customer.expired",
        /// The retention policy anonymized an expired record.
        Anonymized = "customer.anonymized",
        /// The retention policy shredded an expired record.
        Shredded = "customer.shredded",
        /// The email address of a customer erased on request came back (the
        /// tenant keeps a suppression list).
        Returned = "customer.returned",
        /// A portal request was verified and waits for staff.
        RequestReceived = "request.received",
        /// A portal request was verified and waits for staff to confirm the
        /// requester's identity before it is answered.
        RequestIdentity = "request.identity",
        /// A data-subject request is due within a week.
        RequestDueSoon = "request.due_soon",
        /// A data-subject request is past its due date.
        RequestOverdue = "request.overdue",
        /// An integration's receiver answered 410 Gone; Steward disabled it.
        IntegrationDisabled = "integration.disabled",
        /// A task on a record came due; the notice is for its assignee.
        TaskDue = "task.due",
    }
}

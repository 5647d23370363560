//! What the parts of delivery share: the delivery states, the summary of
//! a run, and which events carry a personal part.

use serde::Serialize;

use crate::outbox::EventType;
pub use entity::delivery::State as DeliveryState;

#[derive(Debug, Default, Serialize)]
pub struct DeliverySummary {
    /// Deliveries created from queued events.
    pub queued: u64,
    /// Pages of consent snapshots queued.
    pub snapshot_pages: u64,
    pub delivered: u64,
    /// Failed attempts that will be tried again.
    pub retrying: u64,
    /// Deliveries given up.
    pub dead: u64,
    /// Integrations disabled because their receiver answered 410.
    pub integrations_disabled: u64,
}

/// The event types whose body carries a personal part.
pub(super) fn carries_personal_data(event_type: EventType) -> bool {
    matches!(
        event_type,
        EventType::ConsentUpdated | EventType::ContactForget | EventType::ConsentSnapshot
    )
}

/// What one attempt came to.
pub(super) enum Attempt {
    Delivered(u16),
    /// 410 Gone: the receiver wants no more.
    Gone,
    Failed {
        status: Option<u16>,
        error: String,
        retry_after: Option<i64>,
    },
    /// Its integration was switched off since it was claimed.
    Paused,
}

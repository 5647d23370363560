//! The one source of "now". Tests move it forward to cross expiry windows
//! without sleeping.

use std::sync::{
    Arc,
    atomic::{AtomicI64, Ordering},
};

use chrono::{DateTime, SubsecRound, TimeDelta, Utc};

#[derive(Clone, Default, Debug)]
pub struct Clock {
    offset_ms: Arc<AtomicI64>,
}

impl Clock {
    /// Wall-clock time plus any offset, truncated to microseconds so that what
    /// is stored compares equal on every database.
    pub fn now(&self) -> DateTime<Utc> {
        let offset = TimeDelta::milliseconds(self.offset_ms.load(Ordering::Relaxed));
        (Utc::now() + offset).trunc_subsecs(6)
    }

    /// Moves this clock (and every clone of it) forward.
    pub fn advance(&self, by: TimeDelta) {
        self.offset_ms
            .fetch_add(by.num_milliseconds(), Ordering::Relaxed);
    }
}

//! How many requests wait for an answer, by due date: for the menu of every
//! page and the overview. Counts over the index of requests by tenant,
//! state and due date, nothing opened; a leaf, so the layout can call it
//! without importing the service.

use chrono::{DateTime, TimeDelta, Utc};
use entity::data_request::{self, State};
use entity::ids::TenantId;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde::Serialize;

use crate::error::Result;

/// Days ahead in which an open request counts as due soon.
pub const SOON_DAYS: i64 = 7;

/// Where an open request's due date stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Due {
    /// Past its due date.
    Overdue,
    /// Due within [`SOON_DAYS`] days.
    Soon,
    /// Due later than that.
    Later,
}

impl Due {
    pub const ALL: [Due; 3] = [Due::Overdue, Due::Soon, Due::Later];

    pub fn as_str(self) -> &'static str {
        match self {
            Due::Overdue => "overdue",
            Due::Soon => "soon",
            Due::Later => "later",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == word)
    }

    /// The requests whose due date stands so at `now`.
    pub fn condition(self, now: DateTime<Utc>) -> Condition {
        let soon = now + TimeDelta::days(SOON_DAYS);
        let due = data_request::Column::DueAt;
        match self {
            Due::Overdue => Condition::all().add(due.lte(now)),
            Due::Soon => Condition::all().add(due.gt(now)).add(due.lte(soon)),
            Due::Later => Condition::all().add(due.gt(soon)),
        }
    }
}

/// The tenant's open requests (with those waiting for staff to confirm
/// identity: their clock runs too) whose due date stands as `due` at `now`
/// (all of them without `due`).
pub async fn open<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    due: Option<Due>,
    now: DateTime<Utc>,
) -> Result<u64> {
    let mut q = data_request::Entity::find()
        .filter(data_request::Column::TenantId.eq(tenant_id))
        .filter(data_request::Column::State.is_in([State::Open, State::Identity]));
    if let Some(due) = due {
        q = q.filter(due.condition(now));
    }
    Ok(q.count(conn).await?)
}

/// What the menu says of the requests: how many are open, how many of
/// them overdue.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct Waiting {
    pub open: u64,
    pub overdue: u64,
}

/// The menu's count of the tenant's open requests at `now`.
pub async fn waiting<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    now: DateTime<Utc>,
) -> Result<Waiting> {
    let open = open(conn, tenant_id, None, now).await?;
    let overdue = match open {
        0 => 0,
        _ => self::open(conn, tenant_id, Some(Due::Overdue), now).await?,
    };
    Ok(Waiting { open, overdue })
}

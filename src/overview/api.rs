//! `/api/v1/overview`: the overview's counts, as the page at `/` shows them.

use std::collections::BTreeMap;

use poem::web::Data;
use poem_openapi::{Object, OpenApi, payload::Json};

use super::service::{self, Counts};
use crate::{
    auth::extract::Auth,
    http::{ApiTags, problem::ApiResult},
    requests::count::Due,
    state::AppState,
};

/// Open notices.
#[derive(Object)]
struct NoticeCounts {
    open: u64,
    /// Open notices of each kind (every kind, 0 when none); the kinds are
    /// those of `GET /notifications`.
    by_kind: BTreeMap<String, u64>,
}

/// Open data-subject requests by due date.
#[derive(Object)]
struct RequestCounts {
    open: u64,
    /// Past the due date (`/requests?due=overdue`).
    overdue: u64,
    /// Due within 7 days (`due=soon`).
    due_soon: u64,
    /// Due later than that (`due=later`).
    due_later: u64,
}

/// Completed records whose retention period is over or nearly.
#[derive(Object)]
struct RecordCounts {
    /// Expired and still held, waiting for a decision (`state=expired`).
    expired: u64,
    /// Expiring within 7 days (`state=expiring&within=7`).
    expiring_within_7_days: u64,
    /// Expiring within 30 days, the 7 included (`state=expiring&within=30`).
    expiring_within_30_days: u64,
}

/// What waits for someone in the organisation.
#[derive(Object)]
struct Overview {
    notices: NoticeCounts,
    /// Staff and up; absent for viewers.
    #[oai(skip_serializing_if_is_none)]
    requests: Option<RequestCounts>,
    records: RecordCounts,
}

impl From<Counts> for Overview {
    fn from(c: Counts) -> Self {
        let of = |by_due: &[(Due, u64)], due: Due| {
            by_due
                .iter()
                .find(|(d, _)| *d == due)
                .map_or(0, |(_, n)| *n)
        };
        Self {
            notices: NoticeCounts {
                open: c.open_notices(),
                by_kind: c
                    .notices
                    .iter()
                    .map(|(kind, n)| (kind.as_str().to_owned(), *n))
                    .collect(),
            },
            requests: c.requests.as_deref().map(|r| RequestCounts {
                open: r.iter().map(|(_, n)| n).sum(),
                overdue: of(r, Due::Overdue),
                due_soon: of(r, Due::Soon),
                due_later: of(r, Due::Later),
            }),
            records: RecordCounts {
                expired: c.records.expired,
                expiring_within_7_days: c.records.within[0],
                expiring_within_30_days: c.records.within[1],
            },
        }
    }
}

pub struct OverviewApi;

#[OpenApi(prefix_path = "/overview", tag = "ApiTags::Overview")]
impl OverviewApi {
    /// What waits for someone
    ///
    /// Viewer. Open notices by kind, open requests by due date (staff and
    /// up) and completed records expired or expiring within 7 and 30 days:
    /// the counts of the overview page, each matching the list it links to.
    #[oai(path = "/", method = "get", operation_id = "get_overview")]
    async fn get(&self, state: Data<&AppState>, auth: Auth) -> ApiResult<Json<Overview>> {
        Ok(Json(service::counts(&state, auth.scope()).await?.into()))
    }
}

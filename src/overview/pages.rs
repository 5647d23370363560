//! The overview page at `/`: each count a link into the list it counts,
//! and the signed-in person's latest entries of the audit log in words.

use poem::{Response, Route, get, handler, http::StatusCode, web::Data};
use serde::Serialize;

use super::service::{self, Counts, EXPIRING_WITHIN};
use crate::{
    audit::pages::{EntryRow, entry_row, names_in},
    error::Result,
    http::page::{self, Viewer},
    notifications::{pages::what, service::NoticeKind},
    requests::count::Due,
    state::AppState,
};

/// How many of the person's own audit entries the overview lists.
const ACTIVITY: u64 = 10;

pub fn routes(r: Route) -> Route {
    r.at("/", get(overview))
}

/// One count, linked to the list of what it counts.
#[derive(Serialize)]
struct Tile {
    /// Names the count on the page (`id="count-…"`), as the API does.
    key: String,
    /// The catalogue key of what is counted.
    label: &'static str,
    count: u64,
    /// The list it opens: a path of Steward's own and the filter's query.
    path: &'static str,
    query: String,
    /// Something is late: shown in words and marked.
    bad: bool,
}

/// The overview.
#[derive(Serialize)]
struct OverviewPage {
    title: &'static str,
    section: &'static str,
    /// Kinds of notice that have open ones.
    notices: Vec<Tile>,
    notices_open: u64,
    /// Open requests by due date, overdue first (staff and up).
    requests: Option<Vec<Tile>>,
    requests_open: u64,
    records: Vec<Tile>,
    activity: Vec<EntryRow>,
    /// The person's ID, to link their own entries of the audit log for
    /// admins, who may open it.
    activity_actor: Option<String>,
}

fn notice_tiles(counts: &Counts) -> Vec<Tile> {
    counts
        .notices
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(kind, n)| Tile {
            key: format!("notices-{}", kind.as_str().replace(['.', '_'], "-")),
            label: what(*kind),
            count: *n,
            path: "/notifications",
            query: format!("kind={}", kind.as_str()),
            bad: matches!(kind, NoticeKind::Expired | NoticeKind::RequestOverdue),
        })
        .collect()
}

fn request_tiles(by_due: &[(Due, u64)]) -> Vec<Tile> {
    by_due
        .iter()
        .map(|(due, n)| Tile {
            key: format!("requests-{}", due.as_str()),
            label: match due {
                Due::Overdue => "requests-due-overdue",
                Due::Soon => "requests-due-soon",
                Due::Later => "requests-due-later",
            },
            count: *n,
            path: "/requests",
            query: format!("due={}", due.as_str()),
            bad: *due == Due::Overdue && *n > 0,
        })
        .collect()
}

fn record_tiles(counts: &Counts) -> Vec<Tile> {
    let r = &counts.records;
    let mut tiles = vec![Tile {
        key: "records-expired".into(),
        label: "overview-records-expired",
        count: r.expired,
        path: "/customers",
        query: "state=expired".into(),
        bad: r.expired > 0,
    }];
    tiles.extend(EXPIRING_WITHIN.iter().zip(r.within).map(|(days, n)| Tile {
        key: format!("records-expiring-{days}"),
        label: match *days {
            7 => "overview-records-expiring-7",
            _ => "overview-records-expiring-30",
        },
        count: n,
        path: "/customers",
        query: format!("state=expiring&within={days}"),
        bad: false,
    }));
    tiles
}

#[handler]
async fn overview(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    let counts = service::counts(&state, &viewer.scope).await?;
    let tenant_id = viewer.scope.tenant_id();
    let rows =
        service::recent_activity(&state.db.main, tenant_id, viewer.user.id, ACTIVITY).await?;
    let names = names_in(&state, &viewer, &rows).await?;
    let admin = viewer.scope.role() >= crate::auth::Role::Admin;
    Ok(page::render(
        &viewer,
        "web/overview.html",
        StatusCode::OK,
        OverviewPage {
            title: "title-overview",
            section: "overview",
            notices: notice_tiles(&counts),
            notices_open: counts.open_notices(),
            requests: counts.requests.as_deref().map(request_tiles),
            requests_open: counts.open_requests().unwrap_or(0),
            records: record_tiles(&counts),
            activity: rows.iter().map(|r| entry_row(r, &names)).collect(),
            activity_actor: admin.then(|| viewer.user.id.to_string()),
        },
    ))
}

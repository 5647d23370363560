//! The export pages: the list's Export control posts here (search words
//! in the body, never a URL), and the export's own page shows its progress
//! (refreshing itself while the file is written) and the download.

use poem::{
    Response, Route, get, handler,
    http::StatusCode,
    post,
    web::{Data, Path},
};
use serde::Serialize;
use uuid::Uuid;

use super::{
    api::{file_name, format_of},
    service::{self, Ask},
};
use crate::audit::Origin;
use crate::customers::bulk_actions;
use crate::{
    error::Result,
    http::page::{self, Posted, Viewer, time},
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/exports", post(start)).at("/exports/:id", get(show))
}

/// Starts an export of the list view the form carries; on to its page.
#[handler]
async fn start(state: Data<&AppState>, meta: Origin, posted: Posted) -> Response {
    let Posted { viewer, form } = posted;
    let started = async {
        let ask = Ask {
            format: format_of(form.text("format"))?,
            state: form.non_blank("state"),
            view: form.non_blank("view"),
            q: form.non_blank("q"),
            ids: match form.all("ids") {
                ids if ids.is_empty() => Vec::new(),
                ids => bulk_actions::ids_of(&ids)?,
            },
        };
        service::create(&state, &viewer.scope, &meta, ask).await
    };
    match started.await {
        Ok(shown) => page::redirect(&format!("/exports/{}", shown.row.id)),
        Err(e) => page::error(Some(&viewer), &e),
    }
}

/// An export as its page shows it.
#[derive(Serialize)]
struct ExportPage {
    title: &'static str,
    section: &'static str,
    state: entity::export::State,
    format: entity::export::Format,
    rows: i64,
    file_name: String,
    expires_at: String,
    /// The page reloads itself while the file is written.
    refresh: bool,
    /// The one download's link, while the file waits for it.
    download: Option<String>,
}

#[handler]
async fn show(state: Data<&AppState>, viewer: Viewer, id: Path<Uuid>) -> Result<Response> {
    let shown = service::get(&state, &viewer.scope, id.0).await?;
    let row = &shown.row;
    let download = shown
        .token
        .as_ref()
        .map(|t| format!("/api/v1/exports/{}/download?token={t}", row.id));
    Ok(page::render(
        &viewer,
        "web/export.html",
        StatusCode::OK,
        ExportPage {
            title: "title-export",
            section: "customers",
            state: row.state,
            format: row.format,
            rows: row.rows,
            file_name: file_name(row),
            expires_at: time(row.expires_at),
            refresh: row.state == entity::export::State::Running,
            download,
        },
    ))
}

//! One action on the records ticked on the list (complete, reopen, a note,
//! a field set): what became of each, named for the viewer on the page
//! only; a refused action shown again with what was chosen.

use poem::{Response, handler, http::StatusCode, web::Data};
use serde::Serialize;
use serde_json::Value;

use super::views::{SetGroup, list_url, set_groups};
use crate::customers::bulk_actions::{self, Asked, Why};
use crate::state::AppState;
use crate::{
    audit::Origin,
    auth::Role,
    error::{Error, Result},
    fields::Defs,
    http::page::{self, Form, Posted},
};

/// A record left as it was, as the viewer reads it.
#[derive(Serialize)]
struct RefusedRow {
    /// None for a record with no name to show (gone, anonymized).
    name: Option<String>,
    /// `restricted`, `anonymized`, `state`, `gone` or `other`.
    why: &'static str,
    /// The refusal's English words, for `other`.
    detail: String,
}

/// What became of the ticked records.
#[derive(Serialize)]
struct DonePage {
    title: &'static str,
    section: &'static str,
    action: String,
    done: usize,
    refused: Vec<RefusedRow>,
    back: String,
}

/// The action refused before anything changed, shown again.
#[derive(Serialize)]
struct AskPage {
    title: &'static str,
    section: &'static str,
    ids: Vec<String>,
    set_groups: Vec<SetGroup>,
    list_query: String,
    #[serde(flatten)]
    form: Form,
}

#[handler]
pub(super) async fn apply(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    viewer.scope.require(Role::Staff)?;
    let ids = form.all("ids");
    let action = form.text("action").to_owned();
    // A field and its value come as one choice: `<field key>=<value>`.
    let set = form.get("set").and_then(|s| s.split_once('='));
    let value = set.map(|(_, v)| Value::String(v.to_owned()));
    let asked = Asked {
        action: &action,
        ids: &ids,
        body: form.get("body"),
        field: set.map(|(k, _)| k),
        value: value.as_ref(),
    };
    let back = list_url(form.text("list_query"));
    let outcome = match bulk_actions::apply(&state, &viewer.scope, &meta, asked).await {
        Ok(outcome) => outcome,
        Err(e @ Error::Invalid(_)) => {
            let mut refused = Form::new(form.values(), Some(&e));
            // The field and its value are one control on the page.
            for name in ["field", "value"] {
                if let Some(why) = refused.errors.remove(name) {
                    refused.errors.entry("set".into()).or_insert(why);
                }
            }
            let defs = Defs::load(&state.db.main, viewer.scope.tenant_id()).await?;
            let page = AskPage {
                title: "title-bulk",
                section: "customers",
                set_groups: set_groups(&defs, viewer.scope.role()),
                list_query: form.text("list_query").to_owned(),
                ids,
                form: refused,
            };
            return Ok(page::render(
                &viewer,
                "web/bulk.html",
                StatusCode::UNPROCESSABLE_ENTITY,
                page,
            ));
        }
        Err(e) => return Err(e),
    };
    // Names for the viewer, on this page only: read (and audited) as a
    // list's are.
    let refused_ids = outcome.refused.iter().map(|r| r.id).collect();
    let names = crate::customers::read::names(&state, &viewer.scope, &meta, refused_ids).await?;
    let refused = outcome
        .refused
        .into_iter()
        .map(|r| RefusedRow {
            name: names.get(&r.id).cloned(),
            why: match (r.why, action.as_str()) {
                (Why::State, "reopen") => "state-reopen",
                (Why::State, _) => "state-complete",
                (why, _) => why.as_str(),
            },
            detail: r.detail,
        })
        .collect();
    Ok(page::render(
        &viewer,
        "web/bulk_done.html",
        StatusCode::OK,
        DonePage {
            title: "title-bulk-done",
            section: "customers",
            action,
            done: outcome.done.len(),
            refused,
            back,
        },
    ))
}

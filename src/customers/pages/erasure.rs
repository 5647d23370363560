//! Erasure from the pages: one record with its confirmation, and the
//! ticked records of the list.

use entity::ids::CustomerId;
use poem::{
    Response, handler,
    http::StatusCode,
    web::{Data, Path, Query},
};
use serde::{Deserialize, Serialize};

use crate::{
    audit::Origin,
    auth::Role,
    erasure,
    error::{Error, Result},
    http::page::{self, Fields, Posted, Refusal, Viewer},
    i18n::say::Say,
    state::AppState,
};

/// How the erase page is shown: after a refusal it keeps the choice made.
pub(super) struct EraseShown<'a> {
    status: StatusCode,
    back: &'a str,
    kind: &'a str,
    error: Option<String>,
}

pub(super) async fn erase_page(
    state: &AppState,
    meta: &Origin,
    viewer: &Viewer,
    id: CustomerId,
    shown: EraseShown<'_>,
) -> Result<Response> {
    viewer.scope.require_for_a_right(Role::Admin)?;
    let c = crate::customers::read::get(state, &viewer.scope, meta, id).await?;
    Ok(page::render(
        viewer,
        "web/erase.html",
        shown.status,
        ErasePage {
            title: "title-erase",
            section: "customers",
            c: Record {
                id,
                name: c.personal.name.clone(),
                legal_hold: c.row.legal_hold,
                state: c.row.state,
            },
            error: shown.error,
            back: shown.back,
            kind: shown.kind,
        },
    ))
}

/// The choice between shredding and anonymizing one record.
#[derive(Serialize)]
struct ErasePage<'a> {
    title: &'static str,
    section: &'static str,
    c: Record,
    error: Option<String>,
    back: &'a str,
    kind: &'a str,
}

/// The record about to be erased.
#[derive(Serialize)]
struct Record {
    id: CustomerId,
    name: String,
    legal_hold: bool,
    state: entity::customer::State,
}

/// The confirmation of a bulk erasure: the records ticked, by name.
#[derive(Serialize)]
struct BulkPage {
    title: &'static str,
    section: &'static str,
    records: Vec<Ticked>,
    count: usize,
    kind: &'static str,
    error: Option<String>,
}

/// A record ticked for erasure, named while it still can be.
#[derive(Serialize)]
struct Ticked {
    id: CustomerId,
    name: Option<String>,
}

/// What became of each record of a bulk erasure.
#[derive(Serialize)]
struct BulkDonePage {
    title: &'static str,
    section: &'static str,
    outcomes: Vec<Done>,
    count: usize,
    erased: usize,
    kind: &'static str,
}

/// What became of one record.
#[derive(Serialize)]
struct Done {
    id: CustomerId,
    name: Option<String>,
    outcome: &'static str,
}

#[derive(Deserialize)]
pub(super) struct EraseQuery {
    back: Option<String>,
    /// Which choice the form starts with: `shred` (default) or `anonymize`.
    kind: Option<String>,
}

#[handler]
pub(super) async fn erase_form(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    Path(id): Path<CustomerId>,
    Query(q): Query<EraseQuery>,
) -> Result<Response> {
    // Only a path on this site is kept as where to go afterwards.
    let back = page::local_path_or(q.back.as_deref(), "/customers".into());
    let kind = match q.kind.as_deref() {
        Some("anonymize") => "anonymize",
        _ => "shred",
    };
    let shown = EraseShown {
        status: StatusCode::OK,
        back: &back,
        kind,
        error: None,
    };
    erase_page(&state, &meta, &viewer, id, shown).await
}

/// The erasure chosen on a form: shred or anonymize.
pub(super) fn kind_of(form: &Fields) -> Result<erasure::Kind> {
    match form.text("kind") {
        "shred" => Ok(erasure::Kind::Shred),
        "anonymize" => Ok(erasure::Kind::Anonymize),
        _ => Err(Error::invalid("kind", "choose shred or anonymize")),
    }
}

/// Compares a typed name with the record's, ignoring case and spacing.
pub(super) fn same_name(typed: &str, name: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    let norm = |s: &str| {
        s.nfc()
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    !typed.trim().is_empty() && norm(typed) == norm(name)
}

#[handler]
pub(super) async fn erase(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<CustomerId>,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    viewer.scope.require_for_a_right(Role::Admin)?;
    let kind = kind_of(&form)?;
    let c = crate::customers::read::get(&state, &viewer.scope, &meta, id).await?;
    if !same_name(form.text("confirm"), &c.personal.name) {
        let back = form.back_or("/customers".into());
        let shown = EraseShown {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            back: &back,
            kind: kind.as_str(),
            error: Some(viewer.say(&Say::new("erase-refused-name"))),
        };
        return erase_page(&state, &meta, &viewer, id, shown).await;
    }
    let erased = erasure::queue::erase_one(
        &state,
        &state.erasures,
        &viewer.scope,
        &meta,
        id,
        kind,
        &id.to_string(),
    )
    .await;
    // Refused (a hold placed meanwhile, say): the form again, with why.
    if let Err(e) = erased {
        let Some((status, refused)) = Refusal::of("erase", &e) else {
            return Err(e);
        };
        let back = form.back_or("/customers".into());
        let shown = EraseShown {
            status,
            back: &back,
            kind: kind.as_str(),
            error: Some(crate::i18n::faults::reason(viewer.lang, &refused.why)),
        };
        return erase_page(&state, &meta, &viewer, id, shown).await;
    }
    let message = match kind {
        erasure::Kind::Shred => Say::new("flash-record-shredded"),
        erasure::Kind::Anonymize => Say::new("flash-record-anonymized"),
    };
    Ok(match kind {
        erasure::Kind::Shred => page::redirect_with(&form.back_or("/customers".into()), message),
        erasure::Kind::Anonymize => page::redirect_with(&format!("/customers/{id}"), message),
    })
}

/// The records ticked on a form, each a customer ID.
pub(super) fn ticked(form: &Fields) -> Result<Vec<CustomerId>> {
    let ids: Vec<CustomerId> = form
        .all("ids")
        .iter()
        .map(|v| {
            v.trim()
                .parse::<CustomerId>()
                .map_err(|_| Error::invalid("ids", "a ticked record is not a customer ID"))
        })
        .collect::<Result<_>>()?;
    if ids.is_empty() {
        return Err(Error::invalid(
            "ids",
            "tick at least one record on the customers list to erase",
        ));
    }
    let most = erasure::service::MAX_BULK;
    if ids.len() > most {
        return Err(Error::invalid(
            "ids",
            format!("tick at most {most} records at once"),
        ));
    }
    let mut seen = std::collections::HashSet::with_capacity(ids.len());
    if !ids.iter().all(|id| seen.insert(*id)) {
        return Err(Error::invalid("ids", "a record is ticked more than once"));
    }
    Ok(ids)
}

/// The records ticked on the customers list: `confirm` absent asks for the
/// count to be typed; the right count erases them all and shows what became
/// of each; a wrong one asks again and changes nothing.
#[handler]
pub(super) async fn bulk_erase(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    viewer.scope.require_for_a_right(Role::Admin)?;
    let ids = ticked(&form)?;
    // The list's button asks for no choice yet; the confirmation must.
    let kind = match (form.get("kind"), form.get("confirm")) {
        (None, None) => erasure::Kind::Shred,
        _ => kind_of(&form)?,
    };
    // The names are read before the erasure: afterwards there are none.
    let names = crate::customers::read::names(&state, &viewer.scope, &meta, ids.clone()).await?;
    let name_of = |id: &CustomerId| names.get(id).cloned();
    let typed = form.get("confirm").map(str::trim);
    let count = ids.len();
    if typed.and_then(|t| t.parse::<usize>().ok()) != Some(count) {
        let error =
            typed.map(|_| viewer.say(&Say::new("bulk-erase-refused-count").with("count", count)));
        let records = ids
            .iter()
            .map(|id| Ticked {
                id: *id,
                name: name_of(id),
            })
            .collect();
        let status = match error {
            Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
            None => StatusCode::OK,
        };
        return Ok(page::render(
            &viewer,
            "web/bulk_erase.html",
            status,
            BulkPage {
                title: "title-bulk-erase",
                section: "customers",
                records,
                count,
                kind: kind.as_str(),
                error,
            },
        ));
    }
    let done = erasure::service::erase_many(&state, &viewer.scope, &meta, &ids, kind, count as u64)
        .await?;
    let erased = done
        .iter()
        .filter(|(_, o, _)| matches!(o, erasure::service::Outcome::Erased(_)))
        .count();
    let outcomes = done
        .iter()
        .map(|(id, outcome, _)| Done {
            id: *id,
            name: name_of(id),
            outcome: outcome.as_str(),
        })
        .collect();
    Ok(page::render(
        &viewer,
        "web/bulk_erased.html",
        StatusCode::OK,
        BulkDonePage {
            title: "title-bulk-erased",
            section: "customers",
            outcomes,
            count,
            erased,
            kind: kind.as_str(),
        },
    ))
}

//! Likely duplicates and merging from the pages: the tenant's pairs by
//! name, and two records side by side with a choice per field.

use std::collections::BTreeMap;

use entity::ids::CustomerId;
use poem::{
    Response, handler,
    http::StatusCode,
    web::{Data, Path, Query},
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use crate::customers::{
    duplicates,
    merge::{self, Ask, BUILT_IN},
    service::Customer,
};
use crate::{
    audit::Origin,
    auth::Role,
    error::{Error, Result},
    http::page::{self, Posted, Viewer},
    i18n::say::Say,
    state::AppState,
};

#[derive(Deserialize)]
pub(super) struct PageQuery {
    cursor: Option<String>,
}

/// The tenant's likely duplicates, by name.
#[derive(Serialize)]
struct DuplicatesPage {
    title: &'static str,
    section: &'static str,
    pairs: Vec<PairRow>,
    next_cursor: Option<String>,
}

#[derive(Serialize)]
struct PairRow {
    a: CustomerId,
    a_name: Option<String>,
    b: CustomerId,
    b_name: Option<String>,
    /// `dupes-reason-email`, … as catalogue keys.
    reasons: Vec<String>,
}

#[handler]
pub(super) async fn list(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    Query(q): Query<PageQuery>,
) -> Result<Response> {
    let (pairs, next_cursor) =
        duplicates::pairs(&state, &viewer.scope, q.cursor.as_deref(), None).await?;
    let mut ids: Vec<CustomerId> = pairs.iter().flat_map(|p| [p.a, p.b]).collect();
    ids.sort();
    ids.dedup();
    // Reading the names is a read of the records: audited as the list is.
    let names = crate::customers::read::names(&state, &viewer.scope, &meta, ids).await?;
    let rows = pairs
        .into_iter()
        .map(|p| PairRow {
            a: p.a,
            a_name: names.get(&p.a).cloned(),
            b: p.b,
            b_name: names.get(&p.b).cloned(),
            reasons: p
                .reasons
                .iter()
                .map(|r| format!("dupes-reason-{}", r.as_str()))
                .collect(),
        })
        .collect();
    Ok(page::render(
        &viewer,
        "web/duplicates.html",
        StatusCode::OK,
        DuplicatesPage {
            title: "title-duplicates",
            section: "customers",
            pairs: rows,
            next_cursor,
        },
    ))
}

#[derive(Deserialize)]
pub(super) struct MergeQuery {
    with: Option<String>,
}

/// Two records side by side, a choice per field.
#[derive(Serialize)]
struct MergePage {
    title: &'static str,
    section: &'static str,
    this: Side,
    other: Side,
    rows: Vec<Row>,
    error: Option<String>,
    errors: BTreeMap<String, String>,
}

/// One record of the two.
#[derive(Serialize)]
struct Side {
    id: CustomerId,
    name: String,
    version: i64,
    notes: usize,
    consents: usize,
    requests: u64,
}

/// One field: both values and which survives unless changed.
#[derive(Serialize)]
struct Row {
    /// The form's name for the choice: `keep.<field>`.
    field: String,
    /// A catalogue key (built-in fields) or the field's own label.
    label_key: Option<String>,
    label: Option<String>,
    this: String,
    other: String,
    /// `this` or `from`: the survivor's value, unless only the other has one.
    chosen: &'static str,
}

fn shown(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

fn builtin(c: &Customer, field: &str) -> String {
    let p = &c.personal;
    match field {
        "name" => p.name.clone(),
        "email" => p.email_text().unwrap_or_default(),
        "phone" => p.phone_text().unwrap_or_default(),
        "company" => p.company.clone().unwrap_or_default(),
        "address" => p.address.clone().unwrap_or_default(),
        "language" => p.language.clone().unwrap_or_default(),
        _ => String::new(),
    }
}

fn with_of(with: Option<&str>) -> Result<CustomerId> {
    with.and_then(|w| Uuid::try_parse(w.trim()).ok())
        .map(CustomerId::from)
        .ok_or_else(|| Error::invalid("with", "give the ID of the other record"))
}

async fn side(
    state: &AppState,
    meta: &Origin,
    viewer: &Viewer,
    id: CustomerId,
) -> Result<(Customer, Side)> {
    let c = crate::customers::read::get(state, &viewer.scope, meta, id).await?;
    let notes = crate::customers::notes::list(state, &viewer.scope, meta, id).await?;
    let consents = crate::consent::service::history(state, &viewer.scope, meta, id).await?;
    let requests =
        crate::requests::service::count_naming(&state.db.main, c.row.tenant_id, id).await?;
    let s = Side {
        id,
        name: c.personal.name.clone(),
        version: c.row.version,
        notes: notes.len(),
        consents: consents.len(),
        requests,
    };
    Ok((c, s))
}

async fn merge_page(
    state: &AppState,
    meta: &Origin,
    viewer: &Viewer,
    id: CustomerId,
    with: CustomerId,
    status: StatusCode,
    refused: Option<&Error>,
) -> Result<Response> {
    viewer.scope.require(Role::Admin)?;
    if id == with {
        return Err(Error::invalid(
            "with",
            "is this record itself; give the ID of the other record",
        ));
    }
    let (this, this_side) = side(state, meta, viewer, id).await?;
    let (other, other_side) = side(state, meta, viewer, with).await?;
    let mut rows: Vec<Row> = BUILT_IN
        .iter()
        .map(|f| {
            let (a, b) = (builtin(&this, f), builtin(&other, f));
            Row {
                field: format!("keep.{f}"),
                label_key: Some(format!("merge-field-{f}")),
                label: None,
                chosen: if a.is_empty() && !b.is_empty() {
                    "from"
                } else {
                    "this"
                },
                this: a,
                other: b,
            }
        })
        .collect();
    for d in super::record::visible_defs(state, viewer).await? {
        let (a, b) = (
            shown(this.fields.get(&d.key)),
            shown(other.fields.get(&d.key)),
        );
        rows.push(Row {
            field: format!("keep.fields.{}", d.key),
            label_key: None,
            label: Some(d.label.clone()),
            chosen: if a.is_empty() && !b.is_empty() {
                "from"
            } else {
                "this"
            },
            this: a,
            other: b,
        });
    }
    let (errors, error) = match refused {
        Some(e) => {
            let (_, errors, detail) = page::faults(e);
            (errors, Some(detail))
        }
        None => (BTreeMap::new(), None),
    };
    Ok(page::render(
        viewer,
        "web/merge.html",
        status,
        MergePage {
            title: "title-merge",
            section: "customers",
            this: this_side,
            other: other_side,
            rows,
            error,
            errors,
        },
    ))
}

#[handler]
pub(super) async fn compare(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    Path(id): Path<CustomerId>,
    Query(q): Query<MergeQuery>,
) -> Result<Response> {
    viewer.scope.require(Role::Admin)?;
    let with = with_of(q.with.as_deref())?;
    merge_page(&state, &meta, &viewer, id, with, StatusCode::OK, None).await
}

#[handler]
pub(super) async fn submit(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<CustomerId>,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    viewer.scope.require(Role::Admin)?;
    let with = with_of(form.get("with"))?;
    let version = |name: &str| form.get(name).and_then(|v| v.parse::<i64>().ok());
    let keep: BTreeMap<String, String> = form
        .values()
        .into_iter()
        .filter_map(|(k, v)| {
            let field = k.strip_prefix("keep.")?.to_owned();
            Some((field, v.as_str()?.to_owned()))
        })
        .collect();
    let ask = Ask {
        from: with,
        version: version("version"),
        other_version: version("other_version"),
        keep,
    };
    match merge::merge(&state, &viewer.scope, &meta, id, ask).await {
        Ok(_) => Ok(page::redirect_with(
            &format!("/customers/{id}"),
            Say::new("flash-customer-merged"),
        )),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            let (status, _, _) = page::faults(&e);
            merge_page(&state, &meta, &viewer, id, with, status, Some(&e)).await
        }
        Err(e) => Err(e),
    }
}

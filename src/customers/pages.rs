//! Customer pages: the list with search and filters, a new record, and one
//! record with its notes, consent, lifecycle, copies, erasure and audit trail.
//! Search terms are posted, never put in a URL.

use poem::{
    Response, Route, get, handler,
    http::StatusCode,
    post,
    web::{Data, Path, Query},
};
use poem_openapi::types::ParseFromJSON;
use serde::Deserialize;
use serde_json::{Value, json};
use uuid::Uuid;

use super::{
    lifecycle::{Flag, Step},
    notes,
    service::{Change, Customer, Filter, NewCustomer, Patch, State},
};
use crate::audit::Origin;
use crate::{
    audit,
    auth::Role,
    consent::service::{self as consent, Basis, Source},
    erasure,
    error::{Error, Result},
    fields::{self, FieldDef},
    http::page::{self, Fields, Posted, Viewer, time},
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/customers", get(list).post(search))
        .at("/customers/new", get(new_form).post(create))
        .at("/customers/:id", get(show))
        .at("/customers/:id/edit", get(edit_form).post(edit))
        .at("/customers/:id/notes", post(add_note))
        .at("/customers/:id/consent", post(set_consent))
        .at("/customers/:id/complete", post(complete))
        .at("/customers/:id/reopen", post(reopen))
        .at("/customers/:id/restriction", post(restriction))
        .at("/customers/:id/hold", post(hold))
        .at("/customers/:id/erase", get(erase_form).post(erase))
        .at("/customers/erase", post(bulk_erase))
}

const FILTERS: [(&str, &str); 6] = [
    ("", "All records"),
    ("active", "Active"),
    ("complete", "Complete"),
    ("expiring", "Expiring soon"),
    ("expired", "Expired"),
    ("anonymized", "Anonymized"),
];

fn filter_of(state: &AppState, word: &str) -> Result<Option<Filter>> {
    let now = state.clock.now();
    Ok(match word {
        "" => None,
        "active" => Some(Filter::State(State::Active)),
        "complete" => Some(Filter::State(State::Complete)),
        "anonymized" => Some(Filter::State(State::Anonymized)),
        "expired" => Some(Filter::Expiring {
            after: None,
            until: now,
        }),
        "expiring" => Some(Filter::Expiring {
            after: Some(now),
            until: now + state.config.web.expiring_within.as_chrono(),
        }),
        _ => {
            return Err(Error::invalid(
                "state",
                "must be one of active, complete, expiring, expired or anonymized",
            ));
        }
    })
}

fn row_of(c: &Customer) -> Value {
    json!({
        "id": c.row.id, "name": c.personal.name, "email": c.personal.email,
        "company": c.personal.company, "state": c.row.state,
        "expires_at": c.row.expires_at.map(time), "restricted": c.row.restricted,
        "legal_hold": c.row.legal_hold,
    })
}

#[derive(Deserialize)]
struct ListQuery {
    state: Option<String>,
    cursor: Option<String>,
}

async fn list_page(
    state: &AppState,
    viewer: &Viewer,
    meta: &Origin,
    word: &str,
    q: Option<&str>,
    cursor: Option<&str>,
) -> Result<Response> {
    let filter = filter_of(state, word)?;
    let (customers, next) =
        super::read::list(state, &viewer.scope, meta, filter, q, cursor, Some(50)).await?;
    let rows: Vec<Value> = customers.iter().map(row_of).collect();
    let filters: Vec<Value> = FILTERS
        .iter()
        .map(|(value, label)| json!({ "value": value, "label": label, "on": *value == word }))
        .collect();
    Ok(page::render(
        viewer,
        "web/customers.html",
        StatusCode::OK,
        json!({
            "title": "Customers", "section": "customers", "rows": rows, "next": next,
            "state": word, "q": q, "filters": filters, "paged": cursor.is_some(),
        }),
    ))
}

#[handler]
async fn list(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    Query(query): Query<ListQuery>,
) -> Result<Response> {
    let word = query.state.unwrap_or_default();
    list_page(
        &state,
        &viewer,
        &meta,
        &word,
        None,
        query.cursor.as_deref().filter(|c| !c.is_empty()),
    )
    .await
}

/// A search: posted, so the words never reach a URL or a log line.
#[handler]
async fn search(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let q = form.non_blank("q");
    list_page(
        &state,
        &viewer,
        &meta,
        form.text("state"),
        q.as_deref(),
        form.non_blank("cursor").as_deref(),
    )
    .await
}

/// The custom fields the viewer may see, for a form.
async fn visible_defs(state: &AppState, viewer: &Viewer) -> Result<Vec<FieldDef>> {
    let role = viewer.scope.role();
    Ok(fields::Defs::load(&state.db.main, viewer.scope.tenant_id())
        .await?
        .all()
        .iter()
        .filter(|d| role >= d.visible_to)
        .cloned()
        .collect())
}

fn defs_view(defs: &[FieldDef]) -> Vec<Value> {
    defs.iter()
        .map(|d| {
            json!({
                "key": d.key, "label": d.label, "kind": d.kind.as_str(),
                "options": d.options, "required": d.required,
            })
        })
        .collect()
}

/// A custom field's form value as the service takes it: `None` when the
/// field was left empty.
fn field_value(def: &FieldDef, form: &Fields) -> Option<Value> {
    let name = format!("field.{}", def.key);
    match def.kind {
        fields::Kind::Bool => Some(Value::Bool(form.checked(&name))),
        fields::Kind::Number => form.non_blank(&name).map(|v| match v.parse::<f64>() {
            Ok(n) => json!(n),
            // Let the service name the fault.
            Err(_) => Value::String(v),
        }),
        _ => form.non_blank(&name).map(Value::String),
    }
}

fn form_values_of(c: &Customer) -> Value {
    let mut values = serde_json::Map::new();
    values.insert("name".into(), json!(c.personal.name));
    values.insert("email".into(), json!(c.personal.email));
    values.insert("phone".into(), json!(c.personal.phone));
    values.insert("company".into(), json!(c.personal.company));
    values.insert("address".into(), json!(c.personal.address));
    values.insert("version".into(), json!(c.row.version));
    for (k, v) in &c.fields {
        let shown = match v {
            Value::String(s) => Value::String(s.clone()),
            Value::Bool(b) => Value::String(if *b { "on".into() } else { String::new() }),
            other => Value::String(other.to_string()),
        };
        values.insert(format!("field.{k}"), shown);
    }
    Value::Object(values)
}

async fn record_form(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    customer: Option<Uuid>,
    values: Value,
    e: Option<&Error>,
) -> Result<Response> {
    let defs = visible_defs(state, viewer).await?;
    let (errors, detail) = page::form_faults(e);
    let title = match customer {
        Some(_) => "Edit customer",
        None => "New customer",
    };
    Ok(page::render(
        viewer,
        "web/customer_form.html",
        status,
        json!({
            "title": title, "section": "customers", "id": customer, "values": values,
            "errors": errors, "detail": detail, "defs": defs_view(&defs),
        }),
    ))
}

#[handler]
async fn new_form(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    match viewer.scope.require(Role::Staff) {
        Ok(()) => record_form(&state, &viewer, StatusCode::OK, None, json!({}), None).await,
        Err(e) => Err(e),
    }
}

fn optional(form: &Fields, name: &str) -> Option<String> {
    form.non_blank(name)
}

#[handler]
async fn create(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let defs = visible_defs(&state, &viewer).await?;
    let input = NewCustomer {
        name: form.text("name").to_owned(),
        email: optional(&form, "email"),
        phone: optional(&form, "phone"),
        company: optional(&form, "company"),
        address: optional(&form, "address"),
        fields: defs
            .iter()
            .filter_map(|d| field_value(d, &form).map(|v| (d.key.clone(), v)))
            .collect(),
    };
    match super::write::create(&state, &viewer.scope, &meta, input).await {
        Ok(c) => Ok(page::redirect_with(
            &format!("/customers/{}", c.row.id),
            "The customer record is saved.",
        )),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            let (status, _, _) = page::faults(&e);
            let values = Value::Object(form.values());
            record_form(&state, &viewer, status, None, values, Some(&e)).await
        }
        Err(e) => Err(e),
    }
}

fn actor_label(kind: &str, id: Option<Uuid>, me: Uuid) -> String {
    match (kind, id) {
        ("user", Some(id)) if id == me => "you".into(),
        ("user", _) => "a staff user".into(),
        ("token", _) => "an API token".into(),
        ("integration", _) => "a connected tool".into(),
        ("customer", _) | ("portal", _) => "the customer".into(),
        _ => "Steward".into(),
    }
}

#[handler]
async fn show(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let c = super::read::get(&state, &viewer.scope, &meta, id).await?;
    let note_list = notes::list(&state, &viewer.scope, &meta, id).await?;
    let history = consent::history(&state, &viewer.scope, &meta, id).await?;
    // The audit log is for admins, here as in the API.
    let trail = match viewer.scope.role() >= Role::Admin {
        true => {
            audit::for_target(
                &state.db.main,
                &viewer.scope,
                "customer",
                &id.to_string(),
                50,
            )
            .await?
        }
        false => Vec::new(),
    };
    let defs = visible_defs(&state, &viewer).await?;
    let me = viewer.user.id;
    let fields: Vec<Value> = defs
        .iter()
        .filter_map(|d| {
            c.fields.get(&d.key).map(|v| {
                let shown = match v {
                    Value::String(s) => s.clone(),
                    Value::Bool(true) => "yes".into(),
                    Value::Bool(false) => "no".into(),
                    other => other.to_string(),
                };
                json!({ "label": d.label, "value": shown })
            })
        })
        .collect();
    let notes: Vec<Value> = note_list
        .iter()
        .map(|n| {
            json!({
                "body": n.body, "at": time(n.created_at),
                "by": actor_label(&n.author_kind, Some(n.author_id), me),
            })
        })
        .collect();
    let consent: Vec<Value> = c
        .consent
        .iter()
        .map(|(purpose, granted)| json!({ "purpose": purpose, "granted": granted }))
        .collect();
    let history: Vec<Value> = history
        .iter()
        .rev()
        .map(|d| {
            json!({
                "purpose": d.purpose, "granted": d.granted,
                "basis": name_of(&d.basis), "source": name_of(&d.source),
                "evidence": d.evidence, "at": time(d.at),
                "by": actor_label(&d.actor_kind, d.actor_id, me),
            })
        })
        .collect();
    let trail: Vec<Value> = trail
        .iter()
        .map(|a| {
            json!({
                "action": a.action, "at": time(a.at),
                "by": actor_label(&a.actor_kind, a.actor_id, me),
            })
        })
        .collect();
    let p = &c.personal;
    Ok(page::render(
        &viewer,
        "web/customer.html",
        StatusCode::OK,
        json!({
            "title": "Customer record", "section": "customers",
            "c": {
                "id": c.row.id, "name": p.name, "email": p.email, "phone": p.phone,
                "company": p.company, "address": p.address, "state": c.row.state,
                "completed_at": c.row.completed_at.map(time),
                "expires_at": c.row.expires_at.map(time),
                "expired": c.row.expires_at.is_some_and(|e| e <= state.clock.now()),
                "restricted": c.row.restricted, "restriction_reason": p.restriction_reason,
                "legal_hold": c.row.legal_hold, "hold_reason": p.hold_reason,
                "version": c.row.version, "created_at": time(c.row.created_at),
                "updated_at": time(c.row.updated_at),
            },
            "fields": fields, "notes": notes, "consent": consent, "history": history,
            "trail": trail,
        }),
    ))
}

fn name_of<T: poem_openapi::types::ToJSON>(v: &T) -> String {
    match v.to_json() {
        Some(Value::String(s)) => s,
        _ => String::new(),
    }
}

#[handler]
async fn edit_form(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    viewer.scope.require(Role::Staff)?;
    let c = super::read::get(&state, &viewer.scope, &meta, id).await?;
    record_form(
        &state,
        &viewer,
        StatusCode::OK,
        Some(id),
        form_values_of(&c),
        None,
    )
    .await
}

/// An optional field of the edit form: blank clears it.
fn patch_of(form: &Fields, name: &str) -> Patch {
    match form.get(name) {
        None => Patch::Keep,
        Some(v) if v.trim().is_empty() => Patch::Clear,
        Some(v) => Patch::Set(v.to_owned()),
    }
}

#[handler]
async fn edit(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let defs = visible_defs(&state, &viewer).await?;
    let version = form
        .text("version")
        .parse::<i64>()
        .map_err(|_| Error::BadRequest("the form lacks the record's version".into()))?;
    let change = Change {
        version,
        name: Some(form.text("name").to_owned()),
        email: patch_of(&form, "email"),
        phone: patch_of(&form, "phone"),
        company: patch_of(&form, "company"),
        address: patch_of(&form, "address"),
        fields: defs
            .iter()
            .map(|d| (d.key.clone(), field_value(d, &form).unwrap_or(Value::Null)))
            .collect(),
    };
    match super::write::update(&state, &viewer.scope, &meta, id, change).await {
        Ok(_) => Ok(page::redirect_with(
            &format!("/customers/{id}"),
            "Your changes are saved.",
        )),
        Err(e @ Error::Conflict(_)) => {
            // Someone changed the record meanwhile: show theirs, keep ours.
            let current = super::read::get(&state, &viewer.scope, &meta, id).await?;
            let mut values = form.values();
            values.insert("version".into(), json!(current.row.version));
            let conflict = Error::Conflict(format!(
                "{e} Someone else changed this record while you were editing it. \
                 The form still holds your changes; check the record, then save again to overwrite theirs."
            ));
            record_form(
                &state,
                &viewer,
                StatusCode::CONFLICT,
                Some(id),
                Value::Object(values),
                Some(&conflict),
            )
            .await
        }
        Err(e @ Error::Invalid(_)) => {
            let values = Value::Object(form.values());
            record_form(
                &state,
                &viewer,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(id),
                values,
                Some(&e),
            )
            .await
        }
        Err(e) => Err(e),
    }
}

/// After an action on the record: back to it with `message`, or the refusal.
fn back(viewer: &Viewer, form: &Fields, id: Uuid, result: Result<()>, message: &str) -> Response {
    page::after(
        viewer,
        result,
        &form.back_or(format!("/customers/{id}")),
        message,
    )
}

#[handler]
async fn add_note(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    let Posted { viewer, form } = posted;
    let result = notes::add(&state, &viewer.scope, &meta, id, form.text("body"))
        .await
        .map(drop);
    back(&viewer, &form, id, result, "The note is added.")
}

#[handler]
async fn set_consent(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    let Posted { viewer, form } = posted;
    let result = async {
        let granted = match form.text("decision") {
            "granted" => true,
            "withdrawn" => false,
            _ => return Err(Error::invalid("decision", "choose granted or withdrawn")),
        };
        let basis = Basis::parse_from_json(Some(Value::String(
            form.get("basis").unwrap_or("consent").to_owned(),
        )))
        .map_err(|_| Error::invalid("basis", "is not a lawful basis Steward knows"))?;
        consent::record(
            &state,
            &viewer.scope,
            &meta,
            id,
            consent::Change {
                purpose: form.text("purpose").to_owned(),
                granted,
                basis,
                source: Source::Staff,
                evidence: form.non_blank("evidence"),
            },
        )
        .await
        .map(drop)
    }
    .await;
    back(
        &viewer,
        &form,
        id,
        result,
        "The consent decision is recorded.",
    )
}

async fn step_to(
    state: &AppState,
    meta: &Origin,
    posted: Posted,
    id: Uuid,
    step: Step,
) -> Response {
    let Posted { viewer, form } = posted;
    let result = super::lifecycle::step(state, &viewer.scope, meta, id, step)
        .await
        .map(drop);
    let message = match step {
        Step::Complete => "The record is complete; its retention period has started.",
        Step::Reopen => "The record is active again; it no longer expires.",
    };
    back(&viewer, &form, id, result, message)
}

#[handler]
async fn complete(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    step_to(&state, &meta, posted, id, Step::Complete).await
}

#[handler]
async fn reopen(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    step_to(&state, &meta, posted, id, Step::Reopen).await
}

async fn flag(state: &AppState, meta: &Origin, posted: Posted, id: Uuid, flag: Flag) -> Response {
    let Posted { viewer, form } = posted;
    let on = form.text("on") == "true";
    let reason = form.non_blank("reason");
    let result =
        super::lifecycle::set_flag(state, &viewer.scope, meta, id, flag, on, reason.as_deref())
            .await
            .map(drop);
    let message = match (flag, on) {
        (Flag::Restricted, true) => "Processing of the record is restricted.",
        (Flag::Restricted, false) => "The restriction is lifted.",
        (Flag::LegalHold, true) => "The record is on legal hold: it will not be erased.",
        (Flag::LegalHold, false) => "The legal hold is released.",
    };
    back(&viewer, &form, id, result, message)
}

#[handler]
async fn restriction(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    flag(&state, &meta, posted, id, Flag::Restricted).await
}

#[handler]
async fn hold(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    flag(&state, &meta, posted, id, Flag::LegalHold).await
}

/// How the erase page is shown: after a refusal it keeps the choice made.
struct EraseShown<'a> {
    status: StatusCode,
    back: &'a str,
    kind: &'a str,
    error: Option<String>,
}

async fn erase_page(
    state: &AppState,
    meta: &Origin,
    viewer: &Viewer,
    id: Uuid,
    shown: EraseShown<'_>,
) -> Result<Response> {
    viewer.scope.require_for_a_right(Role::Admin)?;
    let c = super::read::get(state, &viewer.scope, meta, id).await?;
    Ok(page::render(
        viewer,
        "web/erase.html",
        shown.status,
        json!({
            "title": "Erase a customer record", "section": "customers",
            "c": { "id": id, "name": c.personal.name, "legal_hold": c.row.legal_hold,
                   "state": c.row.state },
            "error": shown.error, "back": shown.back, "kind": shown.kind,
        }),
    ))
}

#[derive(Deserialize)]
struct EraseQuery {
    back: Option<String>,
    /// Which choice the form starts with: `shred` (default) or `anonymize`.
    kind: Option<String>,
}

#[handler]
async fn erase_form(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    Path(id): Path<Uuid>,
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
fn kind_of(form: &Fields) -> Result<erasure::Kind> {
    match form.text("kind") {
        "shred" => Ok(erasure::Kind::Shred),
        "anonymize" => Ok(erasure::Kind::Anonymize),
        _ => Err(Error::invalid("kind", "choose shred or anonymize")),
    }
}

/// Compares a typed name with the record's, ignoring case and spacing.
fn same_name(typed: &str, name: &str) -> bool {
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
async fn erase(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    viewer.scope.require_for_a_right(Role::Admin)?;
    let kind = kind_of(&form)?;
    let c = super::read::get(&state, &viewer.scope, &meta, id).await?;
    if !same_name(form.text("confirm"), &c.personal.name) {
        let back = form.back_or("/customers".into());
        let shown = EraseShown {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            back: &back,
            kind: kind.as_str(),
            error: Some("Type the customer's name exactly as shown to confirm.".into()),
        };
        return erase_page(&state, &meta, &viewer, id, shown).await;
    }
    erasure::queue::erase_one(
        &state,
        &state.erasures,
        &viewer.scope,
        &meta,
        id,
        kind,
        &id.to_string(),
    )
    .await?;
    let message = match kind {
        erasure::Kind::Shred => {
            "The record is shredded: its data is gone for good, backups included."
        }
        erasure::Kind::Anonymize => "The record is anonymized: its personal data is gone for good.",
    };
    Ok(match kind {
        erasure::Kind::Shred => page::redirect_with(&form.back_or("/customers".into()), message),
        erasure::Kind::Anonymize => page::redirect_with(&format!("/customers/{id}"), message),
    })
}

/// The records ticked on a form, each a customer ID.
fn ticked(form: &Fields) -> Result<Vec<Uuid>> {
    let ids: Vec<Uuid> = form
        .all("ids")
        .iter()
        .map(|v| {
            Uuid::parse_str(v.trim())
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
async fn bulk_erase(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    viewer.scope.require_for_a_right(Role::Admin)?;
    let ids = ticked(&form)?;
    // The list's button asks for no choice yet; the confirmation must.
    let kind = match (form.get("kind"), form.get("confirm")) {
        (None, None) => erasure::Kind::Shred,
        _ => kind_of(&form)?,
    };
    // The names are read before the erasure: afterwards there are none.
    let names = super::read::names(&state, &viewer.scope, &meta, ids.clone()).await?;
    let name_of = |id: &Uuid| names.get(id).cloned();
    let typed = form.get("confirm").map(str::trim);
    let count = ids.len();
    if typed.and_then(|t| t.parse::<usize>().ok()) != Some(count) {
        let error = typed.map(|_| {
            format!("Type the number of records, {count}, to confirm. Nothing was erased.")
        });
        let records: Vec<Value> = ids
            .iter()
            .map(|id| json!({ "id": id, "name": name_of(id) }))
            .collect();
        let status = match error {
            Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
            None => StatusCode::OK,
        };
        return Ok(page::render(
            &viewer,
            "web/bulk_erase.html",
            status,
            json!({
                "title": "Erase records", "section": "customers", "records": records,
                "count": count, "kind": kind.as_str(), "error": error,
            }),
        ));
    }
    let done = erasure::service::erase_many(&state, &viewer.scope, &meta, &ids, kind, count as u64)
        .await?;
    let erased = done
        .iter()
        .filter(|(_, o, _)| matches!(o, erasure::service::Outcome::Erased(_)))
        .count();
    let outcomes: Vec<Value> = done
        .iter()
        .map(|(id, outcome, _)| {
            json!({ "id": id, "name": name_of(id), "outcome": outcome.as_str() })
        })
        .collect();
    Ok(page::render(
        &viewer,
        "web/bulk_erased.html",
        StatusCode::OK,
        json!({
            "title": "Records erased", "section": "customers", "outcomes": outcomes,
            "count": count, "erased": erased, "kind": kind.as_str(),
        }),
    ))
}

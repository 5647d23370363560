//! One record: the page, the new and edit forms.

use poem::{
    Response, handler,
    http::StatusCode,
    web::{Data, Path},
};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::customers::{
    notes,
    service::{Change, Customer, NewCustomer, Patch},
};
use crate::{
    audit,
    audit::Origin,
    auth::Role,
    consent::service::{self as consent},
    error::{Error, Result},
    fields::{self, FieldDef},
    http::page::{self, Fields, Posted, Viewer, time},
    state::AppState,
};

/// The custom fields the viewer may see, for a form.
pub(super) async fn visible_defs(state: &AppState, viewer: &Viewer) -> Result<Vec<FieldDef>> {
    let role = viewer.scope.role();
    Ok(fields::Defs::load(&state.db.main, viewer.scope.tenant_id())
        .await?
        .all()
        .iter()
        .filter(|d| role >= d.visible_to)
        .cloned()
        .collect())
}

pub(super) fn defs_view(defs: &[FieldDef]) -> Vec<Value> {
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
pub(super) fn field_value(def: &FieldDef, form: &Fields) -> Option<Value> {
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

pub(super) fn form_values_of(c: &Customer) -> Value {
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

pub(super) async fn record_form(
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
pub(super) async fn new_form(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    match viewer.scope.require(Role::Staff) {
        Ok(()) => record_form(&state, &viewer, StatusCode::OK, None, json!({}), None).await,
        Err(e) => Err(e),
    }
}

pub(super) fn optional(form: &Fields, name: &str) -> Option<String> {
    form.non_blank(name)
}

#[handler]
pub(super) async fn create(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
) -> Result<Response> {
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
    match crate::customers::write::create(&state, &viewer.scope, &meta, input).await {
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

pub(super) fn actor_label(kind: &str, id: Option<Uuid>, me: Uuid) -> String {
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
pub(super) async fn show(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let c = crate::customers::read::get(&state, &viewer.scope, &meta, id).await?;
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

pub(super) fn name_of<T: poem_openapi::types::ToJSON>(v: &T) -> String {
    match v.to_json() {
        Some(Value::String(s)) => s,
        _ => String::new(),
    }
}

#[handler]
pub(super) async fn edit_form(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    viewer.scope.require(Role::Staff)?;
    let c = crate::customers::read::get(&state, &viewer.scope, &meta, id).await?;
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
pub(super) fn patch_of(form: &Fields, name: &str) -> Patch {
    match form.get(name) {
        None => Patch::Keep,
        Some(v) if v.trim().is_empty() => Patch::Clear,
        Some(v) => Patch::Set(v.to_owned()),
    }
}

#[handler]
pub(super) async fn edit(
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
    match crate::customers::write::update(&state, &viewer.scope, &meta, id, change).await {
        Ok(_) => Ok(page::redirect_with(
            &format!("/customers/{id}"),
            "Your changes are saved.",
        )),
        Err(e @ Error::Conflict(_)) => {
            // Someone changed the record meanwhile: show theirs, keep ours.
            let current = crate::customers::read::get(&state, &viewer.scope, &meta, id).await?;
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

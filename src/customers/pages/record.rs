//! One record: the page, the new and edit forms.

use entity::ids::{CustomerId, UserId};
use poem::{
    Response, handler,
    http::StatusCode,
    web::{Data, Path, Query},
};
use serde::Deserialize;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;

use super::timeline::{self, actor_label};
use crate::customers::{
    notes,
    service::{Change, Customer, NewCustomer, Patch, State},
};
use crate::{
    audit::Origin,
    auth::Role,
    consent::service::{self as consent},
    error::{Error, Result},
    fields::{self, FieldDef},
    http::page::{self, Fields, Form, Posted, Refusal, Viewer, time},
    i18n::say::Say,
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

/// A custom field as a form's input.
#[derive(Serialize)]
pub(super) struct FieldInput<'a> {
    key: &'a str,
    label: &'a str,
    kind: &'static str,
    options: &'a [String],
    required: bool,
}

pub(super) fn defs_view(defs: &[FieldDef]) -> Vec<FieldInput<'_>> {
    defs.iter()
        .map(|d| FieldInput {
            key: &d.key,
            label: &d.label,
            kind: d.kind.as_str(),
            options: &d.options,
            required: d.required,
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

/// A record's stored values as the edit form's fields hold them.
#[derive(Serialize)]
pub(super) struct RecordValues {
    name: String,
    email: Option<String>,
    phone: Option<String>,
    company: Option<String>,
    address: Option<String>,
    language: Option<String>,
    version: i64,
    /// Custom field values, as `field.<key>` inputs hold them.
    #[serde(flatten)]
    fields: BTreeMap<String, String>,
}

pub(super) fn form_values_of(c: &Customer) -> RecordValues {
    let p = &c.personal;
    RecordValues {
        name: p.name.clone(),
        email: p.email_text(),
        phone: p.phone_text(),
        company: p.company.clone(),
        address: p.address.clone(),
        language: p.language.clone(),
        version: c.row.version,
        fields: c
            .fields
            .iter()
            .map(|(k, v)| {
                let shown = match v {
                    Value::String(s) => s.clone(),
                    Value::Bool(b) => if *b { "on" } else { "" }.to_owned(),
                    other => other.to_string(),
                };
                (format!("field.{k}"), shown)
            })
            .collect(),
    }
}

/// The new and edit forms of a record.
#[derive(Serialize)]
struct RecordFormPage<'a> {
    title: &'static str,
    section: &'static str,
    /// The record edited; none for a new one.
    id: Option<Uuid>,
    #[serde(flatten)]
    form: Form,
    defs: Vec<FieldInput<'a>>,
}

pub(super) async fn record_form(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    customer: Option<CustomerId>,
    form: Form,
) -> Result<Response> {
    let defs = visible_defs(state, viewer).await?;
    let title = match customer {
        Some(_) => "title-edit-customer",
        None => "title-new-customer",
    };
    Ok(page::render(
        viewer,
        "web/customer_form.html",
        status,
        RecordFormPage {
            title,
            section: "customers",
            id: customer.map(Into::into),
            form,
            defs: defs_view(&defs),
        },
    ))
}

#[handler]
pub(super) async fn new_form(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    match viewer.scope.require(Role::Staff) {
        Ok(()) => record_form(&state, &viewer, StatusCode::OK, None, Form::default()).await,
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
        language: optional(&form, "language"),
        fields: defs
            .iter()
            .filter_map(|d| field_value(d, &form).map(|v| (d.key.clone(), v)))
            .collect(),
    };
    match crate::customers::write::create(&state, &viewer.scope, &meta, input).await {
        Ok(c) => Ok(page::redirect_with(
            &format!("/customers/{}", c.row.id),
            Say::new("flash-customer-created"),
        )),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            let (status, _, _) = page::faults(&e);
            let refused = Form::new(form.values(), Some(&e));
            record_form(&state, &viewer, status, None, refused).await
        }
        Err(e) => Err(e),
    }
}

/// What the record page shows beyond its first screen.
#[derive(Deserialize, Default)]
pub(super) struct ShowQuery {
    /// `show`: the audit trail lists reads too.
    reads: Option<String>,
    /// `all`: the whole timeline, not only its latest moments.
    timeline: Option<String>,
}

#[handler]
pub(super) async fn show(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    Path(id): Path<CustomerId>,
    Query(query): Query<ShowQuery>,
) -> Result<Response> {
    let view = View {
        reads: query.reads.as_deref() == Some("show"),
        whole: query.timeline.as_deref() == Some("all"),
    };
    record_page(
        &state,
        &meta,
        &viewer,
        id,
        view,
        StatusCode::OK,
        Forms::default(),
    )
    .await
}

/// How much of the record's story the page shows.
#[derive(Clone, Copy, Default)]
pub(super) struct View {
    /// The audit trail lists reads too.
    pub reads: bool,
    /// The whole timeline, not only its latest moments.
    pub whole: bool,
}

/// The forms on a record's page: empty, or one refused and shown again
/// with what was entered and its faults.
#[derive(Default)]
pub(super) struct Forms {
    pub note: Form,
    pub consent: Form,
    pub restrict: Form,
    pub hold: Form,
    pub task: Form,
    /// A button's post on the record refused, shown by its actions.
    pub refused: Option<Refusal>,
}

/// A record's page, with its forms as `forms` holds them.
pub(super) async fn record_page(
    state: &AppState,
    meta: &Origin,
    viewer: &Viewer,
    id: CustomerId,
    view: View,
    status: StatusCode,
    forms: Forms,
) -> Result<Response> {
    let c = crate::customers::read::get(state, &viewer.scope, meta, id).await?;
    let purposes = crate::consent::purposes::choices(state, &viewer.scope, viewer.lang).await?;
    let label_of = |key: &str| {
        purposes
            .iter()
            .find(|(k, _)| k == key)
            .map_or_else(|| key.replace('_', " "), |(_, label)| label.clone())
    };
    let note_list = notes::list(state, &viewer.scope, meta, id).await?;
    let history = consent::history(state, &viewer.scope, meta, id).await?;
    let me = viewer.user.id;
    let with_reads = view.reads;
    // The audit log is for admins, here as in the API.
    let (mut trail, reads) = match viewer.scope.role() >= Role::Admin {
        true => {
            let (t, r) = timeline::trail(state, &viewer.scope, id, me, with_reads).await?;
            (t, Some(r))
        }
        false => (Vec::new(), None),
    };
    let whole = view.whole;
    let cap = if whole {
        timeline::LONG
    } else {
        timeline::SHORT
    };
    let sources = (note_list.as_slice(), history.as_slice());
    let (mut moments, more) = timeline::moments(state, &viewer.scope, id, me, sources, cap).await?;
    let (tasks, assignable) = timeline::task_lines(state, &viewer.scope, id).await?;
    let defs = visible_defs(state, viewer).await?;
    let names = crate::users::names::Names::load(
        &state.db.main,
        viewer.scope.tenant_id(),
        note_list
            .iter()
            .map(|n| n.author_id)
            .chain(history.iter().filter_map(|d| d.actor_id))
            .chain(trail.iter().filter_map(|a| a.actor_id))
            .chain(moments.iter().filter_map(|m| m.actor_id)),
    )
    .await?;
    for entry in &mut trail {
        entry.name = names.of(&entry.actor_kind, entry.actor_id);
    }
    for moment in &mut moments {
        moment.name = names.of(&moment.actor_kind, moment.actor_id);
    }
    // IDs only: the notice names no one, so it reads nothing more.
    let likely = match viewer.scope.role() >= Role::Staff {
        true => {
            crate::customers::duplicates::likely_of(&state.db.main, viewer.scope.tenant_id(), id)
                .await?
                .into_iter()
                .map(|l| l.id)
                .collect()
        }
        false => Vec::new(),
    };
    Ok(page::render(
        viewer,
        "web/customer.html",
        status,
        RecordPage {
            title: "title-customer",
            section: "customers",
            fields: fields_shown(&defs, &c),
            notes: note_list
                .iter()
                .map(|n| NoteView {
                    body: n.body.clone(),
                    at: time(n.created_at),
                    by: actor_label(&n.author_kind, Some(n.author_id), me),
                    name: names.of(&n.author_kind, Some(n.author_id)),
                })
                .collect(),
            consent: c
                .consent
                .iter()
                .map(|(purpose, granted)| Consent {
                    purpose: label_of(purpose),
                    granted: *granted,
                })
                .collect(),
            history: history
                .iter()
                .rev()
                .map(|d| Decided {
                    purpose: label_of(&d.purpose),
                    granted: d.granted,
                    basis: name_of(&d.basis),
                    source: name_of(&d.source),
                    evidence: d.evidence.clone(),
                    at: time(d.at),
                    by: actor_label(&d.actor_kind, d.actor_id, me),
                    name: names.of(&d.actor_kind, d.actor_id),
                })
                .collect(),
            trail,
            reads,
            with_reads,
            timeline: moments,
            timeline_more: more && !whole,
            tasks,
            assignable: assignable
                .into_iter()
                .map(|(id, name)| Assignable {
                    id,
                    name,
                    me: id == me,
                })
                .collect(),
            c: RecordView::of(&c, state.clock.now()),
            likely,
            purposes: purposes
                .iter()
                .map(|(key, label)| Choice {
                    key: key.clone(),
                    label: label.clone(),
                })
                .collect(),
            note_form: forms.note,
            consent_form: forms.consent,
            restrict_form: forms.restrict,
            hold_form: forms.hold,
            task_form: forms.task,
            refused: forms.refused,
        },
    ))
}

/// Someone a task may be given to.
#[derive(Serialize)]
struct Assignable {
    id: UserId,
    name: String,
    me: bool,
}

/// A record's page: its details, custom fields, timeline, tasks, notes,
/// consent and (for admins) its audit trail.
#[derive(Serialize)]
struct RecordPage {
    title: &'static str,
    section: &'static str,
    c: RecordView,
    fields: Vec<Shown>,
    notes: Vec<NoteView>,
    consent: Vec<Consent>,
    history: Vec<Decided>,
    trail: Vec<timeline::TrailEntry>,
    /// The record's reads, summed up (admins).
    reads: Option<timeline::Reads>,
    /// Whether the trail lists reads.
    with_reads: bool,
    timeline: Vec<timeline::Moment>,
    /// More moments than shown.
    timeline_more: bool,
    tasks: Vec<timeline::TaskLine>,
    assignable: Vec<Assignable>,
    /// Records that are likely the same person (staff and up).
    likely: Vec<CustomerId>,
    /// The tenant's consent purposes, by label, to pick from.
    purposes: Vec<Choice>,
    note_form: Form,
    consent_form: Form,
    restrict_form: Form,
    hold_form: Form,
    /// The new task's form, refused.
    task_form: Form,
    /// A button's post refused (complete, reopen, restrict, hold, a task
    /// done), shown by the record's actions.
    refused: Option<Refusal>,
}

/// A consent purpose to pick: its key and its label.
#[derive(Serialize)]
struct Choice {
    key: String,
    label: String,
}

/// The record's details.
#[derive(Serialize)]
struct RecordView {
    id: CustomerId,
    name: String,
    email: Option<String>,
    phone: Option<String>,
    company: Option<String>,
    address: Option<String>,
    language: Option<String>,
    state: State,
    completed_at: Option<String>,
    expires_at: Option<String>,
    expired: bool,
    restricted: bool,
    restriction_reason: Option<String>,
    legal_hold: bool,
    hold_reason: Option<String>,
    /// Since when the person objects to direct marketing (Art. 21(2)).
    objects_to_marketing_at: Option<String>,
    version: i64,
    created_at: String,
    updated_at: String,
}

impl RecordView {
    fn of(c: &Customer, now: DateTime<Utc>) -> Self {
        let p = &c.personal;
        Self {
            id: c.row.id,
            name: p.name.clone(),
            email: p.email_text(),
            phone: p.phone_text(),
            company: p.company.clone(),
            address: p.address.clone(),
            language: p.language.clone(),
            state: c.row.state,
            completed_at: c.row.completed_at.map(time),
            expires_at: c.row.expires_at.map(time),
            expired: c.row.expires_at.is_some_and(|e| e <= now),
            restricted: c.row.restricted,
            restriction_reason: p.restriction_reason.clone(),
            legal_hold: c.row.legal_hold,
            hold_reason: p.hold_reason.clone(),
            objects_to_marketing_at: c.row.objects_to_marketing_at.map(time),
            version: c.row.version,
            created_at: time(c.row.created_at),
            updated_at: time(c.row.updated_at),
        }
    }
}

/// A custom field's value, in words.
#[derive(Serialize)]
struct Shown {
    label: String,
    value: String,
    /// A yes-or-no field's value, shown in words.
    flag: Option<bool>,
}

/// A note: what, when, by whom.
#[derive(Serialize)]
struct NoteView {
    body: String,
    at: String,
    /// Who, as a catalogue key.
    by: &'static str,
    /// Who, by name, when a staff user or API token did it.
    name: Option<String>,
}

/// The current decision for a purpose.
#[derive(Serialize)]
struct Consent {
    purpose: String,
    granted: bool,
}

/// One decision of the consent history.
#[derive(Serialize)]
struct Decided {
    purpose: String,
    granted: bool,
    basis: String,
    source: String,
    evidence: Option<String>,
    at: String,
    /// Who, as a catalogue key.
    by: &'static str,
    /// Who, by name, when a staff user or API token did it.
    name: Option<String>,
}

/// The custom fields the viewer may see that the record has a value for.
fn fields_shown(defs: &[FieldDef], c: &Customer) -> Vec<Shown> {
    defs.iter()
        .filter_map(|d| {
            c.fields.get(&d.key).map(|v| Shown {
                label: d.label.clone(),
                value: match v {
                    Value::String(s) => s.clone(),
                    Value::Bool(_) => String::new(),
                    other => other.to_string(),
                },
                flag: v.as_bool(),
            })
        })
        .collect()
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
    Path(id): Path<CustomerId>,
) -> Result<Response> {
    viewer.scope.require(Role::Staff)?;
    let c = crate::customers::read::get(&state, &viewer.scope, &meta, id).await?;
    let form = Form::new(form_values_of(&c), None);
    record_form(&state, &viewer, StatusCode::OK, Some(id), form).await
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
    Path(id): Path<CustomerId>,
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
        language: patch_of(&form, "language"),
        fields: defs
            .iter()
            .map(|d| (d.key.clone(), field_value(d, &form).unwrap_or(Value::Null)))
            .collect(),
    };
    match crate::customers::write::update(&state, &viewer.scope, &meta, id, change).await {
        Ok(_) => Ok(page::redirect_with(
            &format!("/customers/{id}"),
            Say::new("flash-customer-saved"),
        )),
        Err(Error::Conflict(_)) => {
            // Someone changed the record meanwhile: show theirs, keep ours.
            let current = crate::customers::read::get(&state, &viewer.scope, &meta, id).await?;
            // The page says what happened in the reader's words; the
            // versions of the service's explanation mean nothing here.
            let conflict = Error::Conflict(viewer.say(&Say::new("customer-form-conflict")));
            let mut refused = Form::new(form.values(), Some(&conflict));
            refused.set("version", current.row.version);
            let status = StatusCode::CONFLICT;
            record_form(&state, &viewer, status, Some(id), refused).await
        }
        Err(e @ Error::Invalid(_)) => {
            let refused = Form::new(form.values(), Some(&e));
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            record_form(&state, &viewer, status, Some(id), refused).await
        }
        Err(e) => Err(e),
    }
}

//! The record page's story: one timeline, newest first, of field changes
//! (values only for roles that may see the field), notes, consent decisions,
//! the steps of the data-subject requests that matched the record, and what
//! was done to it (holds, restrictions, erasure, tasks); its reads summed up
//! instead of listed; and its tasks, as the page lists them.

use chrono::{DateTime, Utc};
use entity::audit_log;
use entity::ids::{CustomerId, UserId};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeSet;
use uuid::Uuid;

use crate::customers::{history, notes::Note, tasks};
use crate::{
    auth::Scope, consent::service::Decision, context::Services, error::Result, http::page::time,
};

/// The catalogue key naming who did something, as a record's page says it.
pub(super) fn actor_label(kind: &str, id: Option<Uuid>, me: UserId) -> &'static str {
    match (kind, id) {
        ("user", Some(id)) if id == me.uuid() => "actor-you",
        ("user", _) => "actor-user",
        ("token", _) => "actor-token",
        ("integration", _) => "actor-integration",
        // The portal's visitor, through a link only they were sent.
        ("customer", _) | ("portal", _) | ("anonymous", _) => "actor-customer",
        _ => "actor-steward",
    }
}

/// How many moments the timeline shows, and how many after "show more".
pub(super) const SHORT: usize = 30;
pub(super) const LONG: usize = 500;

/// One changed field on the timeline.
#[derive(Serialize)]
pub(super) struct FieldLine {
    /// A built-in field's name, as a catalogue key; none for a custom field.
    key: Option<String>,
    /// A custom field's label.
    label: Option<String>,
    shown: bool,
    before: String,
    after: String,
}

/// A moment of the record's story.
#[derive(Serialize)]
pub(super) struct Moment {
    #[serde(skip)]
    when: DateTime<Utc>,
    at: String,
    /// `change`, `note`, `consent`, `request` or `event`.
    kind: &'static str,
    /// Who, as a catalogue key.
    by: &'static str,
    /// Who, by name, when a staff user or API token did it (the page
    /// fills it in with the names of everyone it shows).
    pub name: Option<String>,
    #[serde(skip)]
    pub actor_kind: String,
    #[serde(skip)]
    pub actor_id: Option<Uuid>,
    fields: Vec<FieldLine>,
    /// A note's words.
    text: Option<String>,
    /// A consent decision's purpose and outcome.
    purpose: Option<String>,
    granted: Option<bool>,
    /// What was done, as the catalogue key of its words
    /// (`audit-event-…`), when a release named it.
    event: Option<String>,
    /// The event's code, shown when it has no words.
    code: Option<String>,
    /// A data-subject request's kind (a catalogue key), what became of it
    /// (`request-outcome-` and its outcome) and its ID.
    request: Option<String>,
    outcome: Option<String>,
    request_id: Option<Uuid>,
}

impl Moment {
    fn new(
        when: DateTime<Utc>,
        kind: &'static str,
        actor_kind: &str,
        actor_id: Option<Uuid>,
        me: UserId,
    ) -> Self {
        Self {
            when,
            at: time(when),
            kind,
            by: actor_label(actor_kind, actor_id, me),
            name: None,
            actor_kind: actor_kind.to_owned(),
            actor_id,
            fields: Vec::new(),
            text: None,
            purpose: None,
            granted: None,
            event: None,
            code: None,
            request: None,
            outcome: None,
            request_id: None,
        }
    }

    /// What was done, in words (its code when it has none).
    fn event(mut self, code: &str) -> Self {
        self.event = crate::audit::events::words(code);
        self.code = Some(code.to_owned());
        self
    }
}

fn shown_value(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Whether an audit action is a read.
fn is_read(action: &str) -> bool {
    action == "customer.read" || action.ends_with("_read")
}

/// What the timeline tells from the audit trail: everything but reads and
/// what it shows from its own sources (changes, notes, consent).
fn told_elsewhere(action: &str) -> bool {
    is_read(action)
        || matches!(
            action,
            "customer.updated" | "customer.note_added" | "customer.consent_changed"
        )
}

/// The record's moments, newest first, at most `cap`.
pub(super) async fn moments(
    state: &Services,
    scope: &Scope,
    id: CustomerId,
    me: UserId,
    (notes, decisions): (&[Note], &[Decision]),
    cap: usize,
) -> Result<(Vec<Moment>, bool)> {
    let mut out = Vec::new();
    let changes = history::page_of(state, scope, id, None, Some(200)).await?;
    for c in changes.items {
        let mut m = Moment::new(c.at, "change", &c.actor_kind, Some(c.actor_id), me);
        m.fields =
            c.fields
                .into_iter()
                .map(|f| FieldLine {
                    key: f.label.is_none().then(|| {
                        format!("timeline-field-{}", f.field.trim_start_matches("fields."))
                    }),
                    label: f.label,
                    shown: f.shown,
                    before: shown_value(&f.before),
                    after: shown_value(&f.after),
                })
                .collect();
        out.push(m);
    }
    for n in notes {
        let mut m = Moment::new(n.created_at, "note", &n.author_kind, Some(n.author_id), me);
        m.text = Some(n.body.clone());
        out.push(m);
    }
    for d in decisions {
        let mut m = Moment::new(d.at, "consent", &d.actor_kind, d.actor_id, me);
        m.purpose = Some(d.purpose.clone());
        m.granted = Some(d.granted);
        out.push(m);
    }
    let events = audit_log::Entity::find()
        .filter(audit_log::Column::TenantId.eq(scope.tenant_id()))
        .filter(audit_log::Column::TargetKind.eq("customer"))
        .filter(audit_log::Column::TargetId.eq(id.to_string()))
        .filter(audit_log::Column::Action.not_like("%read"))
        .order_by_desc(audit_log::Column::Seq)
        .limit(LONG as u64)
        .all(&state.db.main)
        .await?;
    for e in events.into_iter().filter(|e| !told_elsewhere(&e.action)) {
        out.push(Moment::new(e.at, "event", &e.actor_kind, e.actor_id, me).event(&e.action));
    }
    out.extend(request_moments(state, scope, id, me).await?);
    out.sort_by_key(|m| std::cmp::Reverse(m.when));
    let more = out.len() > cap;
    out.truncate(cap);
    Ok((out, more))
}

/// The steps of the data-subject requests that matched the record
/// (received, confirmed, extended, fulfilled or rejected, a copy
/// downloaded), from their audit entries, each with the request's kind and,
/// once it closed, what became of it.
async fn request_moments(
    state: &Services,
    scope: &Scope,
    id: CustomerId,
    me: UserId,
) -> Result<Vec<Moment>> {
    let requests = crate::requests::service::naming(&state.db.main, scope.tenant_id(), id).await?;
    if requests.is_empty() {
        return Ok(Vec::new());
    }
    let of = |target: &Option<String>| {
        requests
            .iter()
            .find(|r| target.as_deref() == Some(r.id.to_string().as_str()))
    };
    let steps = audit_log::Entity::find()
        .filter(audit_log::Column::TenantId.eq(scope.tenant_id()))
        .filter(audit_log::Column::TargetKind.eq("request"))
        .filter(audit_log::Column::TargetId.is_in(requests.iter().map(|r| r.id.to_string())))
        .filter(audit_log::Column::Action.not_like("%read"))
        .order_by_desc(audit_log::Column::Seq)
        .limit(LONG as u64)
        .all(&state.db.main)
        .await?;
    Ok(steps
        .into_iter()
        .filter_map(|e| {
            let r = of(&e.target_id)?;
            let mut m =
                Moment::new(e.at, "request", &e.actor_kind, e.actor_id, me).event(&e.action);
            m.request = Some(format!(
                "request-kind-{}-lower",
                r.kind.as_str().replace('_', "-")
            ));
            if e.action == "request.fulfilled" {
                m.outcome = r.outcome.clone();
            }
            m.request_id = Some(r.id);
            Some(m)
        })
        .collect())
}

/// The record's reads, summed up: "viewed 12 times by 3 people, last …".
#[derive(Serialize)]
pub(super) struct Reads {
    times: usize,
    people: usize,
    last: Option<String>,
}

/// An entry of the audit trail (admins).
#[derive(Serialize)]
pub(super) struct TrailEntry {
    action: String,
    at: String,
    /// Who, as a catalogue key.
    by: &'static str,
    /// Who, by name, when a staff user or API token did it (the page
    /// fills it in with the names of everyone it shows).
    pub name: Option<String>,
    #[serde(skip)]
    pub actor_kind: String,
    #[serde(skip)]
    pub actor_id: Option<Uuid>,
    /// The catalogue key of the event's words, if it has them.
    event: Option<String>,
    read: bool,
}

/// The audit trail of the record, newest first (50): with its reads or
/// without them, and the reads summed up.
pub(super) async fn trail(
    state: &Services,
    scope: &Scope,
    id: CustomerId,
    me: UserId,
    with_reads: bool,
) -> Result<(Vec<TrailEntry>, Reads)> {
    let about = audit_log::Entity::find()
        .filter(audit_log::Column::TenantId.eq(scope.tenant_id()))
        .filter(audit_log::Column::TargetKind.eq("customer"))
        .filter(audit_log::Column::TargetId.eq(id.to_string()));
    let reads: Vec<(String, String, Option<Uuid>, DateTime<Utc>)> = about
        .clone()
        .select_only()
        .column(audit_log::Column::Action)
        .column(audit_log::Column::ActorKind)
        .column(audit_log::Column::ActorId)
        .column(audit_log::Column::At)
        .filter(audit_log::Column::Action.like("%read"))
        .into_tuple()
        .all(&state.db.main)
        .await?;
    let people: BTreeSet<(&str, Option<Uuid>)> =
        reads.iter().map(|(_, k, a, _)| (k.as_str(), *a)).collect();
    // A view of the page reads the record, its notes and its consent: the
    // record's own reads count the views.
    let summary = Reads {
        times: reads.iter().filter(|r| r.0 == "customer.read").count(),
        people: people.len(),
        last: reads.iter().map(|r| r.3).max().map(time),
    };
    let mut query = about.order_by_desc(audit_log::Column::Seq).limit(50);
    if !with_reads {
        query = query.filter(audit_log::Column::Action.not_like("%read"));
    }
    let entries = query
        .all(&state.db.main)
        .await?
        .into_iter()
        .map(|a| TrailEntry {
            read: is_read(&a.action),
            at: time(a.at),
            by: actor_label(&a.actor_kind, a.actor_id, me),
            name: None,
            actor_kind: a.actor_kind,
            actor_id: a.actor_id,
            event: crate::audit::events::words(&a.action),
            action: a.action,
        })
        .collect();
    Ok((entries, summary))
}

/// A task on the page.
#[derive(Serialize)]
pub(super) struct TaskLine {
    id: Uuid,
    text: String,
    due: String,
    overdue: bool,
    assignee: String,
    done: bool,
    done_at: Option<String>,
}

/// The record's tasks and whom a new one may be given to.
pub(super) async fn task_lines(
    state: &Services,
    scope: &Scope,
    id: CustomerId,
) -> Result<(Vec<TaskLine>, Vec<(UserId, String)>)> {
    let users = tasks::assignable(&state.db.main, scope.tenant_id()).await?;
    let now = state.clock.now();
    let records = tasks::of_record(state, scope, id).await?;
    // A task stays with a user who was disabled since: named all the same.
    let others = records
        .iter()
        .map(|t| t.assignee_id)
        .filter(|a| !users.iter().any(|(id, _)| id == a))
        .map(UserId::uuid);
    let others = crate::users::names::of(&state.db.main, scope.tenant_id(), others).await?;
    let name_of = |u: UserId| {
        users
            .iter()
            .find(|(id, _)| *id == u)
            .map(|(_, n)| n.clone())
            .or_else(|| others.get(&u.uuid()).map(|n| n.name.clone()))
            .unwrap_or_default()
    };
    let lines = records
        .into_iter()
        .map(|t| TaskLine {
            id: t.id,
            overdue: t.done_at.is_none() && t.due_at <= now,
            due: time(t.due_at),
            assignee: name_of(t.assignee_id),
            text: t.text,
            done: t.done_at.is_some(),
            done_at: t.done_at.map(time),
        })
        .collect();
    Ok((lines, users))
}

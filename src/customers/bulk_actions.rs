//! Actions on the records ticked on the customers list: complete, reopen,
//! add a note, set a select or yes/no field. Everything asked is checked
//! before anything changes; then each record goes through the one-record
//! path (`lifecycle::step`, `notes::add`, `write::change_in`) with its own
//! rules (restriction, state), version, audit entry and events, and what
//! became of each is answered: done, or refused and why. At most [`MAX`]
//! records at once.

use std::collections::{BTreeMap, HashSet};

use entity::customer;
use entity::ids::{CustomerId, TenantId};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;

use super::{
    lifecycle::{self, Step},
    notes,
    service::{Change, Customer, RESTRICTED, open_many, present_for},
    write,
};
use crate::{
    audit::Origin,
    auth::{Role, Scope},
    context::Services,
    db::begin_write,
    error::{Error, Result},
    fields::{Defs, Kind, value},
    http::problem::problem_of,
};

/// The most records one action takes.
pub const MAX: usize = 200;

/// What to do to each ticked record, checked.
pub enum Action {
    Complete,
    Reopen,
    /// A note with these (checked) words.
    Note(String),
    /// Field `key` set to a (checked) value.
    SetField {
        key: String,
        value: Value,
    },
}

/// What was asked, as given.
pub struct Asked<'a> {
    pub action: &'a str,
    pub ids: &'a [String],
    pub body: Option<&'a str>,
    pub field: Option<&'a str>,
    pub value: Option<&'a Value>,
}

/// Why a record was left as it was, in a word the pages put in the
/// reader's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// Its processing is restricted (Art. 18).
    Restricted,
    /// Anonymized: nothing personal left to change.
    Anonymized,
    /// Not in the state the action starts from.
    State,
    /// Not found, shredded or merged.
    Gone,
    /// Anything else: the detail says.
    Other,
}

impl Why {
    pub fn as_str(self) -> &'static str {
        match self {
            Why::Restricted => "restricted",
            Why::Anonymized => "anonymized",
            Why::State => "state",
            Why::Gone => "gone",
            Why::Other => "other",
        }
    }
}

/// A record left as it was.
pub struct Refusal {
    pub id: CustomerId,
    /// The HTTP status the one-record action answers.
    pub status: u16,
    /// Why, in English words without personal data (the API's).
    pub detail: String,
    pub why: Why,
}

/// What became of the ticked records, in the order given.
#[derive(Default)]
pub struct Outcome {
    pub done: Vec<CustomerId>,
    pub refused: Vec<Refusal>,
}

/// The ticked records as customer IDs: 1 to [`MAX`], each once.
pub fn ids_of(given: &[String]) -> Result<Vec<CustomerId>> {
    let ids: Vec<CustomerId> = given
        .iter()
        .map(|v| {
            v.trim()
                .parse::<CustomerId>()
                .map_err(|_| Error::invalid("ids", "a ticked record is not a customer ID"))
        })
        .collect::<Result<_>>()?;
    check_ids(&ids)?;
    Ok(ids)
}

/// Refuses no records, more than [`MAX`], or one given twice.
pub fn check_ids(ids: &[CustomerId]) -> Result<()> {
    if ids.is_empty() {
        return Err(Error::invalid("ids", "tick at least one record"));
    }
    if ids.len() > MAX {
        return Err(Error::invalid(
            "ids",
            format!("tick at most {MAX} records at once"),
        ));
    }
    let mut seen = HashSet::with_capacity(ids.len());
    if !ids.iter().all(|id| seen.insert(*id)) {
        return Err(Error::invalid("ids", "a record is ticked more than once"));
    }
    Ok(())
}

/// A yes/no value as a form or the API gives it.
fn as_bool(v: &Value) -> Value {
    match v.as_str() {
        Some("true") => Value::Bool(true),
        Some("false") => Value::Bool(false),
        _ => v.clone(),
    }
}

/// The action asked, checked for `role` against the tenant's fields
/// `defs`: an unknown action, a field that is not a select or yes/no field
/// the role may see, a value the field does not take, or a note's words
/// that do not fit are refused, naming what is wrong.
pub fn check(defs: &Defs, role: Role, asked: &Asked<'_>) -> Result<Action> {
    Ok(match asked.action {
        "complete" => Action::Complete,
        "reopen" => Action::Reopen,
        "note" => {
            let body = notes::check_body(asked.body.unwrap_or_default())
                .map_err(|why| Error::invalid("body", why))?;
            Action::Note(body)
        }
        "set_field" => {
            let key = asked.field.unwrap_or_default();
            let def = defs
                .all()
                .iter()
                .find(|d| d.key == key && role >= d.visible_to)
                .ok_or_else(|| {
                    Error::invalid("field", "choose a custom field of this organisation")
                })?;
            if !matches!(def.kind, Kind::Select | Kind::Bool) {
                return Err(Error::invalid(
                    "field",
                    "only a choice or yes/no field is set on many records at once",
                ));
            }
            let raw = asked
                .value
                .ok_or_else(|| Error::invalid("value", "is required"))?;
            let raw = match def.kind {
                Kind::Bool => as_bool(raw),
                _ => raw.clone(),
            };
            let stored = value::parse(def, &raw).map_err(|why| Error::invalid("value", why))?;
            Action::SetField {
                key: def.key.clone(),
                value: stored.to_json(),
            }
        }
        _ => {
            return Err(Error::invalid(
                "action",
                "must be complete, reopen, note or set_field",
            ));
        }
    })
}

/// Why a one-record action refused, in a word.
fn why_of(action: &Action, e: &Error) -> Why {
    match e {
        Error::NotFound(_) | Error::Gone(_) | Error::Merged { .. } => Why::Gone,
        Error::Conflict(m) if m == RESTRICTED => Why::Restricted,
        Error::Conflict(m) if m.starts_with("the record is anonymized") => Why::Anonymized,
        Error::Conflict(_) if matches!(action, Action::Complete | Action::Reopen) => Why::State,
        _ => Why::Other,
    }
}

/// Checks everything asked (staff and up), then does it to each record on
/// its own; a record the one-record action refuses is named in
/// `refused` with its status and why, and the rest go on. A failure inside
/// Steward stops the run: the records before it stay done.
pub async fn apply(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    asked: Asked<'_>,
) -> Result<Outcome> {
    scope.require(Role::Staff)?;
    let defs = Defs::load(&state.db.main, scope.tenant_id()).await?;
    let action = check(&defs, scope.role(), &asked)?;
    let ids = ids_of(asked.ids)?;
    let mut outcome = Outcome::default();
    for id in ids {
        let result = match &action {
            Action::Complete => lifecycle::step(state, scope, meta, id, Step::Complete)
                .await
                .map(drop),
            Action::Reopen => lifecycle::step(state, scope, meta, id, Step::Reopen)
                .await
                .map(drop),
            Action::Note(body) => notes::add(state, scope, meta, id, body).await.map(drop),
            Action::SetField { key, value } => {
                set_field(state, scope, meta, &defs, id, key, value).await
            }
        };
        match result {
            Ok(()) => outcome.done.push(id),
            Err(
                e @ (Error::Db(_)
                | Error::Keys(_)
                | Error::Internal { .. }
                | Error::Busy { .. }
                | Error::StorageFull { .. }),
            ) => return Err(e),
            Err(e) => {
                let (problem, _) = problem_of(&e);
                outcome.refused.push(Refusal {
                    id,
                    status: problem.status().as_u16(),
                    detail: problem.detail,
                    why: why_of(&action, &e),
                });
            }
        }
    }
    Ok(outcome)
}

/// Sets one field of record `id` through the one way a record is changed,
/// in a transaction of its own.
async fn set_field(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    defs: &Defs,
    id: CustomerId,
    key: &str,
    value: &Value,
) -> Result<()> {
    let change = Change {
        fields: BTreeMap::from([(key.to_owned(), value.clone())]),
        ..Change::default()
    };
    let txn = begin_write(&state.db.writer).await?;
    write::change_in(&txn, state, scope, meta, defs, id, &change, None).await?;
    txn.commit().await?;
    Ok(())
}

/// Records `ids` of the tenant as `role` may see them, in the order given
/// (any gone since are left out): an export of ticked records. The caller
/// audits the read.
pub async fn opened(
    state: &Services,
    tenant_id: TenantId,
    role: Role,
    defs: &Defs,
    ids: &[CustomerId],
) -> Result<Vec<Customer>> {
    let rows = customer::Entity::find()
        .filter(customer::Column::TenantId.eq(tenant_id))
        .filter(customer::Column::Id.is_in(ids.iter().copied()))
        .all(&state.db.main)
        .await?;
    let mut opened = open_many(state, tenant_id, rows).await?;
    opened.sort_by_key(|c| ids.iter().position(|id| *id == c.row.id));
    present_for(state, tenant_id, role, defs, opened).await
}

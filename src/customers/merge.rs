//! Merging two records of one person into one (GDPR Art. 5(1)(d):
//! accurate, not kept twice). Staff pick, field by field, which value
//! survives; notes and consent histories are combined in time order,
//! requests follow, and the other record is shredded as `shred` does —
//! its data key destroyed — leaving a receipt that points to the survivor.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::customer;
use entity::ids::{CustomerId, TenantId};
use sea_orm::EntityTrait;
use serde_json::json;

use super::service::{Customer, State, lock_row, present_one_with};
use super::{Personal, notes, write};
use crate::{
    audit::{self, Actor, Entry, Origin},
    auth::{Role, Scope},
    consent::{
        merge::{Sides, combine},
        service::Author,
    },
    context::Services,
    crypto::Key,
    db::begin_write,
    erasure::{self, Kind},
    error::{Checks, Error, Result},
    fields::{Defs, StoredField},
    outbox::EventType,
};

/// Which record's value survives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The surviving record's own value.
    This,
    /// The value of the record merged into it.
    From,
}

impl Side {
    fn parse(word: &str) -> std::result::Result<Self, &'static str> {
        match word {
            "this" => Ok(Side::This),
            "from" => Ok(Side::From),
            _ => Err("must be this or from"),
        }
    }
}

/// The built-in fields a merge chooses between.
pub const BUILT_IN: [&str; 6] = ["name", "email", "phone", "company", "address", "language"];

/// A merge as asked for.
pub struct Ask {
    /// The record merged into the survivor and then shredded.
    pub from: CustomerId,
    /// The survivor's version as the caller read it, if given.
    pub version: Option<i64>,
    /// The other record's version as the caller read it, if given.
    pub other_version: Option<i64>,
    /// Field (`name`, `email`, …, `fields.<key>`) → `this` or `from`.
    pub keep: BTreeMap<String, String>,
}

/// What a merge did.
pub struct Merged {
    pub survivor: Customer,
    pub merged_id: CustomerId,
    pub at: DateTime<Utc>,
    pub notes: u64,
    pub consents: u64,
    pub requests: u64,
    /// Purposes for which an opt-out of either record was kept by writing
    /// a refusal.
    pub refusals_kept: Vec<String>,
    pub key_destroyed_at: Option<DateTime<Utc>>,
}

/// The choices of `keep`, checked: every name a field of a record that
/// `role` may see, every value `this` or `from`.
fn check_keep(
    defs: &Defs,
    role: Role,
    keep: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, Side>> {
    let mut checks = Checks::new();
    let mut out = BTreeMap::new();
    for (field, word) in keep {
        let at = format!("keep.{field}");
        let known = BUILT_IN.contains(&field.as_str())
            || field.strip_prefix("fields.").is_some_and(|key| {
                defs.all()
                    .iter()
                    .any(|d| d.key == key && role >= d.visible_to)
            });
        if !known {
            checks.fail(&at, "is not a field of a customer record");
            continue;
        }
        if let Some(side) = checks.take(&at, Side::parse(word)) {
            out.insert(field.clone(), side);
        }
    }
    checks.finish()?;
    Ok(out)
}

/// The fields taken from each side, by name (never values), for the audit.
#[derive(Default)]
struct Taken {
    this: Vec<String>,
    from: Vec<String>,
}

impl Taken {
    /// The value of `field` that survives: the side chosen, or — when none
    /// was — the survivor's, unless only the other record has one.
    fn pick<T: Clone>(
        &mut self,
        field: &str,
        choice: Option<Side>,
        this: &Option<T>,
        from: &Option<T>,
    ) -> Option<T> {
        if this.is_none() && from.is_none() {
            return None;
        }
        let side = choice.unwrap_or(match this {
            Some(_) => Side::This,
            None => Side::From,
        });
        match side {
            Side::This => {
                self.this.push(field.to_owned());
                this.clone()
            }
            Side::From => {
                self.from.push(field.to_owned());
                from.clone()
            }
        }
    }
}

/// The survivor's personal data after the merge, and which fields came
/// from where. A required custom field left without a value is refused.
fn combine_personal(
    defs: &Defs,
    choices: &BTreeMap<String, Side>,
    this: &Personal,
    from: &Personal,
) -> Result<(Personal, Taken)> {
    let mut taken = Taken::default();
    let choice = |f: &str| choices.get(f).copied();
    let mut out = this.clone();
    out.name = taken
        .pick(
            "name",
            choice("name"),
            &Some(this.name.clone()),
            &Some(from.name.clone()),
        )
        .unwrap_or_default();
    out.email = taken.pick("email", choice("email"), &this.email, &from.email);
    out.phone = taken.pick("phone", choice("phone"), &this.phone, &from.phone);
    out.company = taken.pick("company", choice("company"), &this.company, &from.company);
    out.address = taken.pick("address", choice("address"), &this.address, &from.address);
    out.language = taken.pick(
        "language",
        choice("language"),
        &this.language,
        &from.language,
    );
    let mut checks = Checks::new();
    let value = |p: &Personal, id: &str| {
        p.fields
            .iter()
            .find(|v| v.field == id)
            .map(|v| v.value.clone())
    };
    let mut fields = Vec::new();
    for d in defs.all() {
        let id = d.id.to_string();
        let name = format!("fields.{}", d.key);
        let kept = taken.pick(&name, choice(&name), &value(this, &id), &value(from, &id));
        match kept {
            Some(value) => fields.push(StoredField { field: id, value }),
            None if d.required && (value(this, &id).is_some() || value(from, &id).is_some()) => {
                checks.fail(
                    &format!("keep.{name}"),
                    "is a required field: keep the record that has a value",
                );
            }
            None => {}
        }
    }
    checks.finish()?;
    out.fields = fields;
    Ok((out, taken))
}

/// Why a record may not be merged now, if it may not.
fn refusal(row: &customer::Model, which: &str) -> Option<String> {
    if row.legal_hold {
        return Some(format!(
            "{which} is on legal hold and must not be erased; release the hold before merging"
        ));
    }
    if row.restricted {
        return Some(format!(
            "processing of {which} is restricted (Art. 18); lift the restriction before merging"
        ));
    }
    None
}

/// Both records, locked in ID order (so two merges over the same records
/// queue instead of deadlocking): `(survivor, other)`.
async fn lock_both<C: sea_orm::ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    survivor: CustomerId,
    other: CustomerId,
) -> Result<(customer::Model, customer::Model)> {
    let tenant_id = scope.tenant_id();
    let seen = |e| super::service::as_seen_by(scope, e);
    let (first, second) = match survivor < other {
        true => (survivor, other),
        false => (other, survivor),
    };
    let a = lock_row(conn, tenant_id, first).await.map_err(seen)?;
    let b = lock_row(conn, tenant_id, second).await.map_err(seen)?;
    Ok(match a.id == survivor {
        true => (a, b),
        false => (b, a),
    })
}

fn check_version(row: &customer::Model, asked: Option<i64>, which: &str) -> Result<()> {
    match asked {
        Some(v) if v != row.version => Err(Error::Conflict(format!(
            "{which} changed since you read it: you sent version {v}, it is now at version {}; reload and choose again",
            row.version
        ))),
        _ => Ok(()),
    }
}

/// Merges record `ask.from` into record `id` (admin: the other record is
/// shredded). Both must be records of the caller's tenant holding personal
/// data, neither restricted nor on legal hold. In one transaction: the
/// survivor's fields as chosen (a new version, its blind index rewritten);
/// the other's notes and consent history moved to it (see
/// [`crate::consent::merge::combine`]); requests naming the other name the
/// survivor; the other record shredded with a receipt pointing to the
/// survivor; one `customer.merged` audit entry and one `customer.merged`
/// event. Then the other record's key is destroyed.
pub async fn merge(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: CustomerId,
    ask: Ask,
) -> Result<Merged> {
    scope.require(Role::Admin)?;
    if ask.from == id {
        return Err(Error::invalid(
            "from",
            "is this record itself; give the ID of the other record",
        ));
    }
    let tenant_id = scope.tenant_id();
    let defs = Defs::load(&state.db.main, tenant_id).await?;
    let choices = check_keep(&defs, scope.role(), &ask.keep)?;
    let outbox_key = crate::outbox::key_of(state, tenant_id).await?;
    let now = state.clock.now();
    let actor = Actor::from(scope);

    let txn = begin_write(&state.db.writer).await?;
    let (survivor, lost) = lock_both(&txn, scope, id, ask.from).await?;
    check_version(&survivor, ask.version, "this record")?;
    check_version(&lost, ask.other_version, "the other record")?;
    if let Some(why) =
        refusal(&survivor, "this record").or_else(|| refusal(&lost, "the other record"))
    {
        return Err(Error::Conflict(why));
    }
    let survivor_key = state.keys.customer_key(tenant_id, survivor.id).await?;
    let lost_key = state.keys.customer_key(tenant_id, lost.id).await?;
    let this = Personal::open(&survivor.sealed, &survivor_key, tenant_id, survivor.id)?;
    let from = Personal::open(&lost.sealed, &lost_key, tenant_id, lost.id)?;
    let (personal, taken) = combine_personal(&defs, &choices, &this, &from)?;

    let stored = write::store(&txn, state, &survivor, &survivor_key, &personal, true, now).await?;
    let moved = Moved::run(
        &txn,
        state,
        &outbox_key,
        (&lost, &lost_key),
        (&stored, &survivor_key),
        personal.email.as_ref().map(|e| e.as_str()),
        actor,
        now,
    )
    .await?;
    shred_lost(&txn, tenant_id, &lost, survivor.id, actor, now).await?;

    let mut entries = moved.consent_entries;
    entries.push(
        Entry::new("customer.merged")
            .target("customer", survivor.id)
            .detail(json!({
                "merged_id": lost.id,
                "from_this": taken.this,
                "from_other": taken.from,
                "notes": moved.notes,
                "consents": moved.consents,
                "requests": moved.requests,
                "refusals_kept": moved.refusals_kept,
                "version": stored.version,
            })),
    );
    for entry in entries {
        audit::append(&txn, tenant_id, actor, meta, now, entry).await?;
    }
    // Folded once the key is gone, or by the next job run.
    state.db.owe_fold();
    txn.commit().await?;
    if let Err(e) = erasure::service::finish_erased(state).await {
        tracing::warn!(customer = %lost.id, error = %crate::error::report(&e), "a merged record's key is left to the job runner");
    }
    let key_destroyed_at = erasure::receipts::receipt_row(&state.db.main, tenant_id, lost.id)
        .await?
        .and_then(|r| r.done_at);
    let survivor =
        present_one_with(state, scope, &defs, Customer::opened(stored, personal)).await?;
    Ok(Merged {
        survivor,
        merged_id: lost.id,
        at: now,
        notes: moved.notes,
        consents: moved.consents,
        requests: moved.requests,
        refusals_kept: moved.refusals_kept,
        key_destroyed_at,
    })
}

/// What moved from the lost record to the survivor.
struct Moved {
    notes: u64,
    consents: u64,
    requests: u64,
    refusals_kept: Vec<String>,
    consent_entries: Vec<Entry>,
}

impl Moved {
    #[allow(clippy::too_many_arguments)]
    async fn run<C: sea_orm::ConnectionTrait>(
        txn: &C,
        state: &Services,
        outbox_key: &Key,
        lost: (&customer::Model, &Key),
        survivor: (&customer::Model, &Key),
        email: Option<&str>,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<Self> {
        let tenant_id = survivor.0.tenant_id;
        let notes = notes::move_to(
            txn,
            tenant_id,
            (lost.0.id, lost.1),
            (survivor.0.id, survivor.1),
        )
        .await?;
        let consent = combine(
            txn,
            &state.keys,
            outbox_key,
            Sides { lost, survivor },
            email,
            Author::Staff(actor),
            now,
        )
        .await?;
        let requests =
            crate::requests::service::repoint(txn, tenant_id, lost.0.id, survivor.0.id).await?;
        Ok(Self {
            notes,
            consents: consent.moved,
            requests,
            refusals_kept: consent.refusals_kept,
            consent_entries: consent.entries,
        })
    }
}

/// Shreds the lost record as `shred` does (every erasure target forgets
/// it, the row goes, a pending erasure is recorded for its key), marks the
/// receipt as a merge into `survivor`, and queues `customer.merged`.
async fn shred_lost<C: sea_orm::ConnectionTrait>(
    txn: &C,
    tenant_id: TenantId,
    lost: &customer::Model,
    survivor: CustomerId,
    actor: Actor,
    now: DateTime<Utc>,
) -> Result<()> {
    debug_assert!(lost.state != State::Anonymized);
    erasure::erase_rows(
        txn,
        tenant_id,
        std::slice::from_ref(lost),
        Kind::Shred,
        |_| actor,
        now,
        Default::default(),
    )
    .await?;
    erasure::receipts::mark_merged(txn, tenant_id, lost.id, survivor).await?;
    let event = crate::outbox::event(
        tenant_id,
        EventType::CustomerMerged,
        survivor,
        json!({ "survivor_id": survivor, "merged_id": lost.id, "at": now }),
        now,
    );
    entity::outbox_event::Entity::insert(event)
        .exec_without_returning(txn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Email;

    fn person(name: &str, email: Option<&str>, company: Option<&str>) -> Personal {
        let mut p = Personal::default();
        p.name = name.into();
        p.email = email.map(|e| Email::parse(e).unwrap());
        p.company = company.map(Into::into);
        p
    }

    #[test]
    fn unnamed_fields_keep_the_survivors_value_unless_only_the_other_has_one() {
        let defs = Defs::default();
        let this = person("Ann Smith", Some("ann@one.test"), None);
        let from = person("Ann Smyth", Some("ann@two.test"), Some("Acme"));
        let choices = BTreeMap::from([("name".to_owned(), Side::From)]);
        let (p, taken) = combine_personal(&defs, &choices, &this, &from).unwrap();
        assert_eq!(p.name, "Ann Smyth");
        assert_eq!(p.email_text().as_deref(), Some("ann@one.test"));
        assert_eq!(p.company.as_deref(), Some("Acme"));
        assert_eq!(taken.this, ["email"]);
        assert_eq!(taken.from, ["name", "company"]);
    }

    #[test]
    fn a_choice_must_name_a_field_and_a_side() {
        let defs = Defs::default();
        let keep = BTreeMap::from([
            ("nickname".to_owned(), "this".to_owned()),
            ("email".to_owned(), "both".to_owned()),
        ]);
        let Err(Error::Invalid(errors)) = check_keep(&defs, Role::Admin, &keep) else {
            panic!("refused")
        };
        assert!(errors.contains_key("keep.nickname"));
        assert!(errors.contains_key("keep.email"));
    }
}

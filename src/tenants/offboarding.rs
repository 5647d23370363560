//! Offboarding. A cancelled tenant stays readable — sign in, read, export —
//! for `tenants.export_window`; its owners are warned 7 days and 1 day
//! before the end. Then the runner purges it: every row of the tenant goes,
//! then the tenant key and every customer key, so no copy anywhere (backups
//! included) can be read again. Only a contact record of the client stays,
//! for `tenants.contact_retention`.

use entity::ids::{CustomerId, TenantId};
use std::collections::HashMap;

use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};
use entity::{
    audit_log, consent, customer,
    keystore::{customer_key, export_key, import_key, tenant_key},
    note, tenant, tenant_contact, user,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect, Set,
    sea_query::{Expr, LockBehavior, LockType},
};
use serde::Serialize;
use serde_json::{Value, json};
use tokio::io::{AsyncWrite, AsyncWriteExt, DuplexStream};

use fluent_templates::fluent_bundle::FluentValue;

use crate::{
    audit::Origin,
    audit::{self, Entry},
    auth::{Role, Scope},
    consent::purposes,
    context::Services,
    customers::{notes, service::open_many},
    db::begin_write,
    error::{Error, Result},
    fields::Defs,
    i18n::{self, Lang},
    mail::{self, Outgoing},
    recipients::service as recipients,
    retention::service::policy_of,
};

use entity::tenant::State as TenantState;

/// Cancels the caller's tenant; `confirm` must be its slug.
pub async fn cancel(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    confirm: &str,
) -> Result<tenant::Model> {
    scope.require(Role::Owner)?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let current = tenant::Entity::find_by_id(scope.tenant_id())
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(Error::NotFound("tenant"))?;
    if current.state != TenantState::Active {
        return Err(Error::Conflict(format!(
            "the tenant is already {}; its data is purged at {}",
            current.state,
            when(current.purge_at)
        )));
    }
    if confirm.trim() != current.slug {
        return Err(Error::invalid(
            "confirm",
            format!(
                "type the tenant's slug, {}, to confirm that every record will be destroyed",
                current.slug
            ),
        ));
    }
    let purge_at = now + state.config.tenants.export_window.as_chrono();
    let mut am = current.clone().into_active_model();
    am.state = Set(TenantState::Cancelled);
    am.cancelled_at = Set(Some(now));
    am.export_until = Set(Some(purge_at));
    am.purge_at = Set(Some(purge_at));
    am.purge_warnings = Set(0);
    let cancelled = am.update(&txn).await?;
    let entry = Entry::new("tenant.cancelled")
        .target("tenant", cancelled.id)
        .detail(json!({ "export_until": purge_at, "purge_at": purge_at }));
    audit::append(&txn, cancelled.id, scope.into(), meta, now, entry).await?;
    let owners = owner_emails(&txn, cancelled.id).await?;
    mail::queue(
        &txn,
        now,
        stage_mail(state, &cancelled, "cancelled", owners, now)?,
    )
    .await?;
    txn.commit().await?;
    Ok(cancelled)
}

fn when(t: Option<DateTime<Utc>>) -> String {
    t.map_or_else(
        || "an unknown time".into(),
        |t| t.to_rfc3339_opts(SecondsFormat::Secs, true),
    )
}

async fn owner_emails<C: ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<Vec<String>> {
    crate::users::service::emails_of(conn, tenant_id, &[Role::Owner]).await
}

/// The email of one stage: `cancelled`, `warning` or `purged`.
fn stage_mail(
    state: &Services,
    t: &tenant::Model,
    stage: &str,
    recipients: Vec<String>,
    now: DateTime<Utc>,
) -> Result<Outgoing> {
    let base = state.config.public_url();
    let remaining = t.purge_at.map(|p| p - now).unwrap_or_default();
    // To the organisation's owners: in its default language.
    let lang = Lang::for_staff(None, &t.default_language);
    let at = |t: Option<DateTime<Utc>>| t.map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true));
    let context = json!({
        "lang": lang,
        "stage": stage,
        "tenant": { "name": t.name, "slug": t.slug },
        "public_url": base,
        "export_url": format!("{base}/api/v1/tenant/export"),
        "cancelled_at": at(t.cancelled_at),
        "purge_at": at(t.purge_at),
        "purged_at": at(Some(now)),
        "contact_until": at(Some(now + state.config.tenants.contact_retention.as_chrono())),
        "remaining": in_words(remaining, lang),
    });
    Outgoing::render("tenant.offboarding", "tenant_purge", recipients, context)
}

/// How long until the purge, in `lang`: days, hours, or within the hour.
fn in_words(d: TimeDelta, lang: Lang) -> String {
    let hours = d.num_hours().max(0);
    let (key, count) = match hours {
        h if h >= 48 => ("tenant-purge-remaining-days", h / 24),
        h if h >= 2 => ("tenant-purge-remaining-hours", h),
        _ => ("tenant-purge-remaining-soon", 0),
    };
    i18n::text(lang, key, &[("count", FluentValue::from(count))])
}

/// What one offboarding pass did.
#[derive(Debug, Default, Serialize)]
pub struct OffboardingSummary {
    /// Warnings emailed to owners before a purge.
    pub warnings: u64,
    /// Tenants whose data was purged.
    pub purged: u64,
    /// Tenants whose keys were destroyed (including a purge a stopped run left half-done).
    pub keys_destroyed: u64,
    /// Contact records deleted after their own period.
    pub contacts_deleted: u64,
}

pub async fn run(state: &Services) -> Result<OffboardingSummary> {
    let now = state.clock.now();
    let mut summary = OffboardingSummary::default();
    let soon = tenant::Entity::find()
        .filter(tenant::Column::State.eq(TenantState::Cancelled))
        .filter(tenant::Column::PurgeAt.lte(now + TimeDelta::days(7)))
        .all(&state.db.main)
        .await?;
    for t in soon {
        let purge_at = t.purge_at.unwrap_or(now);
        if purge_at <= now {
            if purge(state, t.id, now).await? {
                summary.purged += 1;
            }
        } else if warn(state, &t, purge_at, now).await? {
            summary.warnings += 1;
        }
    }
    summary.keys_destroyed = destroy_purged_keys(state).await?;
    summary.contacts_deleted = tenant_contact::Entity::delete_many()
        .filter(tenant_contact::Column::DeleteAfter.lte(now))
        .filter(tenant_contact::Column::KeysDestroyedAt.is_not_null())
        .exec(&state.db.writer)
        .await?
        .rows_affected;
    Ok(summary)
}

/// Sends the 7-day or the 1-day warning if it is due and not yet sent.
async fn warn(
    state: &Services,
    t: &tenant::Model,
    purge_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let left = purge_at - now;
    let due = match t.purge_warnings {
        0 if left <= TimeDelta::days(1) => 2,
        0 => 1,
        1 if left <= TimeDelta::days(1) => 2,
        _ => return Ok(false),
    };
    let txn = begin_write(&state.db.writer).await?;
    // Only one instance sends it: the update counts only if nobody did yet.
    let claimed = tenant::Entity::update_many()
        .col_expr(tenant::Column::PurgeWarnings, Expr::value(due))
        .filter(tenant::Column::Id.eq(t.id))
        .filter(tenant::Column::PurgeWarnings.eq(t.purge_warnings))
        .exec(&txn)
        .await?
        .rows_affected;
    if claimed == 0 {
        return Ok(false);
    }
    let owners = owner_emails(&txn, t.id).await?;
    if !owners.is_empty() {
        mail::queue(&txn, now, stage_mail(state, t, "warning", owners, now)?).await?;
    }
    let entry = Entry::new("tenant.purge_warned")
        .target("tenant", t.id)
        .detail(json!({ "purge_at": purge_at, "warning": due }));
    audit::append(
        &txn,
        t.id,
        audit::Actor::System,
        &Origin::system(),
        now,
        entry,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// Deletes every row of the tenant and leaves its contact record; the keys
/// follow in [`destroy_purged_keys`]. `false` if another instance holds it.
async fn purge(state: &Services, tenant_id: TenantId, now: DateTime<Utc>) -> Result<bool> {
    let txn = begin_write(&state.db.writer).await?;
    let Some(t) = tenant::Entity::find_by_id(tenant_id)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .one(&txn)
        .await?
    else {
        return Ok(false);
    };
    if t.state != TenantState::Cancelled {
        return Ok(false);
    }
    let owners = owner_emails(&txn, tenant_id).await?;
    tenant_contact::ActiveModel {
        tenant_id: Set(tenant_id),
        slug: Set(t.slug.clone()),
        name: Set(t.name.clone()),
        emails: Set(serde_json::to_string(&owners).expect("strings serialise")),
        cancelled_at: Set(t.cancelled_at),
        purged_at: Set(now),
        keys_destroyed_at: Set(None),
        delete_after: Set(now + state.config.tenants.contact_retention.as_chrono()),
    }
    .insert(&txn)
    .await?;
    if !owners.is_empty() {
        mail::queue(&txn, now, stage_mail(state, &t, "purged", owners, now)?).await?;
    }
    // Files of messages to its customers go with it (the file transport).
    mail::mark_forgotten(&txn, tenant_id, None).await?;
    // Every tenant-owned table refers to the tenant with ON DELETE CASCADE.
    tenant::Entity::delete_by_id(tenant_id).exec(&txn).await?;
    state.faults.check("offboarding.before_commit")?;
    txn.commit().await?;
    tracing::info!(tenant = %tenant_id, "tenant purged");
    Ok(true)
}

/// Destroys the tenant key and every customer key of each purged tenant
/// whose keys still exist, and marks it so.
async fn destroy_purged_keys(state: &Services) -> Result<u64> {
    let pending = tenant_contact::Entity::find()
        .filter(tenant_contact::Column::KeysDestroyedAt.is_null())
        .all(&state.db.main)
        .await?;
    for contact in &pending {
        state.faults.check("offboarding.before_keys")?;
        customer_key::Entity::delete_many()
            .filter(customer_key::Column::TenantId.eq(contact.tenant_id))
            .exec(state.keys.writer())
            .await?;
        import_key::Entity::delete_many()
            .filter(import_key::Column::TenantId.eq(contact.tenant_id))
            .exec(state.keys.writer())
            .await?;
        export_key::Entity::delete_many()
            .filter(export_key::Column::TenantId.eq(contact.tenant_id))
            .exec(state.keys.writer())
            .await?;
        tenant_key::Entity::delete_by_id(contact.tenant_id)
            .exec(state.keys.writer())
            .await?;
        state.keys.forget_tenant(contact.tenant_id);
        tenant_contact::Entity::update_many()
            .col_expr(
                tenant_contact::Column::KeysDestroyedAt,
                Expr::value(Some(state.clock.now())),
            )
            .filter(tenant_contact::Column::TenantId.eq(contact.tenant_id))
            .exec(&state.db.writer)
            .await?;
    }
    Ok(pending.len() as u64)
}

/// The format version of the export; see `docs/tenant-export.md`.
pub const EXPORT_SCHEMA_VERSION: u32 = 1;
/// Customers opened at a time while exporting.
const EXPORT_PAGE: u64 = 500;

/// Starts a complete export of the tenant as NDJSON (one JSON object per
/// line, each with a `type`), written in the background into a bounded pipe
/// so memory stays flat whatever the size; returns the reading end. The last
/// line is `{"type":"end", …}` with counts: an export without it is
/// incomplete.
pub async fn export(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
) -> Result<(tenant::Model, DuplexStream)> {
    scope.require(Role::Owner)?;
    let t = tenant::Entity::find_by_id(scope.tenant_id())
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("tenant"))?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let entry = Entry::new("tenant.exported").target("tenant", t.id);
    audit::append(&txn, t.id, scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    let (reader, mut writer) = tokio::io::duplex(64 * 1024);
    let (state, tenant) = (state.clone(), t.clone());
    tokio::spawn(async move {
        if let Err(e) = write_export(&state, &tenant, now, &mut writer).await {
            tracing::error!(tenant = %tenant.id, error = %crate::error::report(&e), "tenant export failed");
            let _ = line(
                &mut writer,
                json!({ "type": "error", "detail": "the export stopped before the end; ask for it again" }),
            )
            .await;
        }
        let _ = writer.shutdown().await;
    });
    Ok((t, reader))
}

async fn line(w: &mut (impl AsyncWrite + Unpin), v: Value) -> Result<()> {
    let mut bytes = serde_json::to_vec(&v).expect("JSON values serialise");
    bytes.push(b'\n');
    w.write_all(&bytes)
        .await
        .map_err(|e| Error::internal_from("export", e))
}

async fn write_export(
    state: &Services,
    t: &tenant::Model,
    now: DateTime<Utc>,
    w: &mut (impl AsyncWrite + Unpin),
) -> Result<()> {
    let mut counts: Counts = HashMap::new();
    let defs = write_settings(state, t, now, w, &mut counts).await?;
    write_customers(state, t, &defs, w, &mut counts).await?;
    write_audit(state, t, w, &mut counts).await?;
    // A purge that ran meanwhile would have cut the pages short.
    if tenant::Entity::find_by_id(t.id)
        .one(&state.db.main)
        .await?
        .is_none()
    {
        return Err(Error::internal("the tenant was purged during the export"));
    }
    line(w, json!({ "type": "end", "counts": counts })).await
}

/// How many lines of each type an export holds.
type Counts = HashMap<&'static str, u64>;

/// The export's header, then the tenant's users, fields and retention
/// policy; returns the fields, which the customer lines use.
async fn write_settings(
    state: &Services,
    t: &tenant::Model,
    now: DateTime<Utc>,
    w: &mut (impl AsyncWrite + Unpin),
    counts: &mut Counts,
) -> Result<Defs> {
    let db = &state.db.main;
    line(
        w,
        json!({
            "type": "export",
            "schema_version": EXPORT_SCHEMA_VERSION,
            "generated_at": now,
            "tenant": {
                "id": t.id, "slug": t.slug, "name": t.name, "state": t.state,
                "contact_email": t.contact_email, "created_at": t.created_at,
                "cancelled_at": t.cancelled_at, "export_until": t.export_until,
                "default_language": t.default_language, "legal_name": t.legal_name,
                "postal_address": t.postal_address, "privacy_email": t.privacy_email,
                "dpo_name": t.dpo_name, "dpo_contact": t.dpo_contact,
                "authority": t.authority, "authority_name": t.authority_name,
                "authority_url": t.authority_url, "privacy_notice_url": t.privacy_notice_url,
                "automated_decisions": t.automated_decisions, "accent_colour": t.accent_colour,
            },
        }),
    )
    .await?;
    if let Some(logo) = crate::tenants::logo::of(state, t.id).await? {
        let data = STANDARD.encode(&logo.bytes);
        let logo = json!({ "type": "logo", "content_type": logo.content_type, "data": data });
        line(w, logo).await?;
        *counts.entry("logos").or_default() += 1;
    }
    let users = user::Entity::find()
        .filter(user::Column::TenantId.eq(t.id))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?;
    for u in users {
        line(
            w,
            json!({
                "type": "user", "id": u.id, "email": u.email, "name": u.name, "role": u.role,
                "disabled": u.disabled, "totp_enabled": u.totp_enabled, "created_at": u.created_at,
            }),
        )
        .await?;
        *counts.entry("users").or_default() += 1;
    }
    let defs = Defs::load(db, t.id).await?;
    for d in defs.all() {
        line(
            w,
            json!({
                "type": "field", "id": d.id, "key": d.key, "label": d.label,
                "field_type": d.kind.as_str(), "options": d.options, "required": d.required,
                "visible_to": d.visible_to.as_str(), "personal": d.personal,
            }),
        )
        .await?;
    }
    for (key, labels) in purposes::labels(db, t.id).await? {
        line(
            w,
            json!({ "type": "purpose", "key": key, "labels": labels }),
        )
        .await?;
        *counts.entry("purposes").or_default() += 1;
    }
    for r in recipients::entries(db, t.id).await? {
        let entry = json!({
            "type": "recipient", "id": r.id, "integration_id": r.integration_id,
            "name": r.name, "receives": r.receives, "purpose": r.purpose,
            "country": r.country, "safeguard": r.safeguard.map(|s| s.as_str()),
            "retention": r.retention, "created_at": r.created_at,
        });
        line(w, entry).await?;
        *counts.entry("recipients").or_default() += 1;
    }
    let policy = policy_of(db, t.id).await?;
    line(
        w,
        json!({
            "type": "retention", "expire_after": policy.expire_after.to_string(),
            "action": policy.action.as_str(), "remind_every": policy.remind_every.to_string(),
            "email_to": policy.email_to, "webhook": policy.webhook,
        }),
    )
    .await?;
    Ok(defs)
}

/// Every customer with their notes and consent history, a page at a time.
async fn write_customers(
    state: &Services,
    t: &tenant::Model,
    defs: &Defs,
    w: &mut (impl AsyncWrite + Unpin),
    counts: &mut Counts,
) -> Result<()> {
    let db = &state.db.main;
    let mut after: Option<CustomerId> = None;
    loop {
        let mut rows = customer::Entity::find().filter(customer::Column::TenantId.eq(t.id));
        if let Some(after) = after {
            rows = rows.filter(customer::Column::Id.gt(after));
        }
        let rows = rows
            .order_by_asc(customer::Column::Id)
            .limit(EXPORT_PAGE)
            .all(db)
            .await?;
        let Some(last) = rows.last() else {
            return Ok(());
        };
        after = Some(last.id);
        let ids: Vec<CustomerId> = rows.iter().map(|r| r.id).collect();
        let keys = state.keys.customer_keys(t.id, &ids).await?;
        let mut notes_of = notes_by_customer(db, t.id, &ids, &keys).await?;
        let mut consents_of = consents_by_customer(db, t.id, &ids, &keys).await?;
        for c in open_many(state, t.id, rows).await? {
            let p = &c.personal;
            let (notes, consents) = (
                notes_of.remove(&c.row.id).unwrap_or_default(),
                consents_of.remove(&c.row.id).unwrap_or_default(),
            );
            *counts.entry("notes").or_default() += notes.len() as u64;
            *counts.entry("consents").or_default() += consents.len() as u64;
            *counts.entry("customers").or_default() += 1;
            line(
                w,
                json!({
                    "type": "customer", "id": c.row.id, "state": c.row.state,
                    "name": p.name, "email": p.email, "phone": p.phone, "company": p.company,
                    "address": p.address, "fields": defs.shown(Role::Owner, &p.fields),
                    "restricted": c.row.restricted, "restriction_reason": p.restriction_reason,
                    "legal_hold": c.row.legal_hold, "hold_reason": p.hold_reason,
                    "completed_at": c.row.completed_at, "expires_at": c.row.expires_at,
                    "created_at": c.row.created_at, "updated_at": c.row.updated_at,
                    "version": c.row.version, "notes": notes, "consents": consents,
                }),
            )
            .await?;
        }
    }
}

/// The notes of `ids`, opened, by customer.
async fn notes_by_customer<C: ConnectionTrait>(
    db: &C,
    tenant_id: TenantId,
    ids: &[CustomerId],
    keys: &HashMap<CustomerId, crate::crypto::Key>,
) -> Result<HashMap<CustomerId, Vec<Value>>> {
    let mut notes_of: HashMap<CustomerId, Vec<Value>> = HashMap::new();
    for n in note::Entity::find()
        .filter(note::Column::TenantId.eq(tenant_id))
        .filter(note::Column::CustomerId.is_in(ids.iter().copied()))
        .order_by_asc(note::Column::Id)
        .all(db)
        .await?
    {
        let Some(key) = keys.get(&n.customer_id) else {
            continue;
        };
        let n = notes::open(n, key)?;
        notes_of.entry(n.customer_id).or_default().push(json!({
            "id": n.id, "body": n.body, "author_kind": n.author_kind,
            "author_id": n.author_id, "created_at": n.created_at,
        }));
    }
    Ok(notes_of)
}

/// The consent history of `ids`, evidence opened, by customer.
async fn consents_by_customer<C: ConnectionTrait>(
    db: &C,
    tenant_id: TenantId,
    ids: &[CustomerId],
    keys: &HashMap<CustomerId, crate::crypto::Key>,
) -> Result<HashMap<CustomerId, Vec<Value>>> {
    let mut consents_of: HashMap<CustomerId, Vec<Value>> = HashMap::new();
    for c in consent::Entity::find()
        .filter(consent::Column::TenantId.eq(tenant_id))
        .filter(consent::Column::CustomerId.is_in(ids.iter().copied()))
        .order_by_asc(consent::Column::Id)
        .all(db)
        .await?
    {
        let evidence = match keys.get(&c.customer_id) {
            Some(key) => crate::consent::service::open_evidence(&c, key)?,
            None => None,
        };
        consents_of.entry(c.customer_id).or_default().push(json!({
            "id": c.id, "purpose": c.purpose, "granted": c.granted, "basis": c.basis,
            "source": c.source, "actor_kind": c.actor_kind, "actor_id": c.actor_id,
            "evidence": evidence, "at": c.at,
        }));
    }
    Ok(consents_of)
}

/// The tenant's audit chain, in order, a page at a time.
async fn write_audit(
    state: &Services,
    t: &tenant::Model,
    w: &mut (impl AsyncWrite + Unpin),
    counts: &mut Counts,
) -> Result<()> {
    let mut seq = 0;
    loop {
        let entries = audit_log::Entity::find()
            .filter(audit_log::Column::TenantId.eq(t.id))
            .filter(audit_log::Column::Seq.gt(seq))
            .order_by_asc(audit_log::Column::Seq)
            .limit(EXPORT_PAGE)
            .all(&state.db.main)
            .await?;
        let Some(last) = entries.last() else {
            return Ok(());
        };
        seq = last.seq;
        for e in entries {
            let detail: Value = serde_json::from_str(&e.detail).unwrap_or(Value::Null);
            line(
                w,
                json!({
                    "type": "audit", "seq": e.seq, "at": e.at, "actor_kind": e.actor_kind,
                    "actor_id": e.actor_id, "action": e.action, "target_kind": e.target_kind,
                    "target_id": e.target_id, "ip": e.ip, "request_id": e.request_id,
                    "detail": detail, "prev_hash": e.prev_hash, "hash": e.hash,
                }),
            )
            .await?;
            *counts.entry("audit").or_default() += 1;
        }
    }
}

//! The digest a retention run mails to the tenant: what expired, was
//! reminded of, anonymized or shredded, and the audit entries that
//! record the run.

use chrono::{DateTime, SecondsFormat, Utc};
use entity::ids::{CustomerId, TenantId};
use entity::tenant;
use sea_orm::ConnectionTrait;
use serde::Serialize;
use serde_json::{Value, json};

use super::service::Policy;
use fluent_templates::fluent_bundle::FluentValue;

use crate::{
    audit::Origin,
    audit::{self, Actor, Entry},
    context::Services,
    duration::IsoDuration,
    error::Result,
    i18n::{self, Lang, format},
};

/// The most IDs a digest lists per section; the rest are counted.
pub(super) const DIGEST_LIST_MAX: usize = 200;

/// Customer IDs per audit entry of a run.
pub(super) const AUDIT_IDS_PER_ENTRY: usize = 1000;

/// What one tenant's run has to report.
#[derive(Default)]
pub(super) struct Digest {
    pub(super) expired: Vec<CustomerId>,
    pub(super) reminded: Vec<CustomerId>,
    pub(super) anonymized: Vec<CustomerId>,
    pub(super) shredded: Vec<CustomerId>,
}

#[derive(Serialize)]
pub(super) struct Section {
    heading: String,
    explanation: String,
    items: Vec<Item>,
    more: usize,
}

#[derive(Serialize)]
pub(super) struct Item {
    pub(super) id: CustomerId,
    pub(super) url: String,
}

#[derive(Serialize)]
pub(super) struct Count {
    count: usize,
}

impl Digest {
    pub(super) fn is_empty(&self) -> bool {
        self.expired.is_empty()
            && self.reminded.is_empty()
            && self.anonymized.is_empty()
            && self.shredded.is_empty()
    }

    /// The email's template context: the tenant, the policy in force, how
    /// many records each kind of news concerns, and a section listing each.
    pub(super) fn context(
        &self,
        state: &Services,
        tenant: &tenant::Model,
        policy: &Policy,
        now: DateTime<Utc>,
    ) -> Value {
        let base = state.config.public_url();
        // Digests go to the organisation's team: in its default language.
        let lang = Lang::for_staff(None, &tenant.default_language);
        let sections = self.sections(&base, lang);
        let period = |d: IsoDuration| format::duration(lang, d.as_std().as_secs());
        json!({
            "lang": lang,
            "tenant": { "name": tenant.name, "slug": tenant.slug },
            "public_url": base,
            "notifications_url": format!("{base}/notifications"),
            "run_at": now.to_rfc3339_opts(SecondsFormat::Secs, true),
            "policy": {
                "expire_after": period(policy.expire_after),
                "remind_every": period(policy.remind_every),
                "action": policy.action.as_str(),
            },
            "expired": Count { count: self.expired.len() },
            "reminders": Count { count: self.reminded.len() },
            "anonymized": Count { count: self.anonymized.len() },
            "shredded": Count { count: self.shredded.len() },
            "sections": sections,
        })
    }

    /// One section per kind of news that has records, in the order expired,
    /// still waiting, anonymized, shredded.
    fn sections(&self, base: &str, lang: Lang) -> Vec<Section> {
        // Each kind of news, its catalogue key, and whether its records
        // can still be opened.
        [
            (&self.expired, "expired", true),
            (&self.reminded, "reminded", true),
            (&self.anonymized, "anonymized", true),
            (&self.shredded, "shredded", false),
        ]
        .into_iter()
        .filter(|(ids, _, _)| !ids.is_empty())
        .map(|(ids, what, link)| section(base, ids, what, link, lang))
        .collect()
    }

    /// One audit entry per kind of news (per thousand records), by the system.
    pub(super) async fn audit<C: ConnectionTrait>(
        &self,
        conn: &C,
        tenant_id: TenantId,
        now: DateTime<Utc>,
    ) -> Result<()> {
        for (action, ids) in [
            ("retention.expired", &self.expired),
            ("retention.reminded", &self.reminded),
            ("retention.anonymized", &self.anonymized),
            ("retention.shredded", &self.shredded),
        ] {
            for chunk in ids.chunks(AUDIT_IDS_PER_ENTRY) {
                let entry =
                    Entry::new(action).detail(json!({ "customers": chunk, "count": chunk.len() }));
                audit::append(
                    conn,
                    tenant_id,
                    Actor::System,
                    &Origin::system(),
                    now,
                    entry,
                )
                .await?;
            }
        }
        Ok(())
    }
}

/// A digest section: a heading with the count, the first records listed
/// (each linked to its record, or to the notifications page when `link` is
/// false because the record is gone), and how many more were left out.
fn section(base: &str, ids: &[CustomerId], what: &str, link: bool, lang: Lang) -> Section {
    let shown = &ids[..ids.len().min(DIGEST_LIST_MAX)];
    let key = format!("retention-digest-section-{what}");
    let count = [("count", FluentValue::from(ids.len()))];
    Section {
        heading: i18n::text(lang, &key, &count),
        explanation: i18n::text(lang, &format!("{key}-explained"), &[]),
        items: shown
            .iter()
            .map(|id| Item {
                id: *id,
                url: if link {
                    format!("{base}/customers/{id}")
                } else {
                    format!("{base}/notifications")
                },
            })
            .collect(),
        more: ids.len() - shown.len(),
    }
}

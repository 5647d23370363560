//! The tenant's consent purposes in people's words. A purpose's key
//! (`marketing_email`) is what programs and the consent history use; each
//! purpose may have, per language, a label ("Newsletter by email") and a
//! description that the copy, the portal and the emails show instead of the
//! key. Where a language has no label, the tenant's default language's is
//! used, then English, then the key with its underscores as spaces.

use std::collections::{BTreeMap, HashMap};

use entity::{ids::TenantId, purpose};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set, sea_query::OnConflict,
};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::{
    audit::{self, Entry, Origin},
    auth::{Role, Scope},
    context::Services,
    db::begin_write,
    error::{Checks, Error, Result},
    i18n::Lang,
    values::{display_name, free_text},
};

/// A purpose's words in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Label {
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A purpose and its words by language tag.
#[derive(Debug, Clone, Serialize)]
pub struct Purpose {
    pub key: String,
    pub labels: BTreeMap<String, Label>,
}

fn of_row(row: purpose::Model) -> Purpose {
    Purpose {
        labels: serde_json::from_str(&row.labels).unwrap_or_default(),
        key: row.key,
    }
}

/// The tenant's purposes, by key.
pub async fn list(state: &Services, scope: &Scope) -> Result<Vec<Purpose>> {
    scope.require(Role::Staff)?;
    Ok(all(&state.db.main, scope.tenant_id())
        .await?
        .into_values()
        .collect())
}

/// The words of each purpose of tenant `tenant_id` (for its export), by
/// key: each language's label and description.
pub async fn labels<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
) -> Result<Vec<(String, serde_json::Value)>> {
    Ok(all(conn, tenant_id)
        .await?
        .into_iter()
        .map(|(key, p)| (key, serde_json::to_value(p.labels).unwrap_or_default()))
        .collect())
}

/// Every purpose key of tenant `tenant_id`: its own purposes', and any
/// its records have decisions for (an export's columns, the list's
/// consent filter).
pub async fn keys_in_use<C: ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<Vec<String>> {
    use entity::consent;
    use sea_orm::QuerySelect;
    let mut keys: Vec<String> = all(conn, tenant_id).await?.into_keys().collect();
    let decided: Vec<String> = consent::Entity::find()
        .select_only()
        .column(consent::Column::Purpose)
        .distinct()
        .filter(consent::Column::TenantId.eq(tenant_id))
        .into_tuple()
        .all(conn)
        .await?;
    keys.extend(decided);
    keys.sort();
    keys.dedup();
    Ok(keys)
}

async fn all<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
) -> Result<BTreeMap<String, Purpose>> {
    Ok(purpose::Entity::find()
        .filter(purpose::Column::TenantId.eq(tenant_id))
        .order_by_asc(purpose::Column::Key)
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.key.clone(), of_row(r)))
        .collect())
}

/// The tenant's purposes as staff pick them and every role reads them:
/// each key with its label in `lang` (falling back as [`Words::of`] does),
/// in the order of the labels.
pub async fn choices(state: &Services, scope: &Scope, lang: Lang) -> Result<Vec<(String, String)>> {
    scope.require(Role::Viewer)?;
    let words = Words::load(&state.db.main, scope.tenant_id(), None).await?;
    let mut out: Vec<(String, String)> = words
        .purposes
        .keys()
        .map(|key| (key.clone(), words.of(key, lang).label))
        .collect();
    out.sort_by_key(|(_, label)| label.to_lowercase());
    Ok(out)
}

/// A purpose's key made from its label: lower-case ASCII letters and
/// digits, other characters as one underscore (`Newsletter by email` →
/// `newsletter_by_email`); `None` when the label has no such letters.
pub fn key_from_label(label: &str) -> Option<String> {
    let mut key = String::new();
    for c in label.trim().chars() {
        match c.to_ascii_lowercase() {
            c @ ('a'..='z' | '0'..='9') => key.push(c),
            _ if !key.is_empty() && !key.ends_with('_') => key.push('_'),
            _ => {}
        }
    }
    let key: String = key.trim_end_matches('_').chars().take(64).collect();
    let key = key
        .trim_end_matches('_')
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '_');
    super::service::parse_purpose(key).ok()
}

/// Sets the words of purpose `key` (admin), replacing those it had.
pub async fn put(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    key: &str,
    labels: BTreeMap<String, Label>,
) -> Result<Purpose> {
    scope.require(Role::Admin)?;
    let mut checks = Checks::new();
    let key = checks.take("key", super::service::parse_purpose(key));
    if labels.is_empty() {
        checks.fail(
            "labels",
            "give the purpose's label in at least one language",
        );
    }
    let mut clean = BTreeMap::new();
    for (tag, words) in labels {
        let Some(lang) = checks.take(&format!("labels.{tag}"), Lang::checked(&tag)) else {
            continue;
        };
        let label = checks.take(
            &format!("labels.{tag}.label"),
            display_name(&words.label, 100),
        );
        let description = words
            .description
            .as_deref()
            .filter(|d| !d.trim().is_empty())
            .and_then(|d| checks.take(&format!("labels.{tag}.description"), free_text(d, 500)));
        if let Some(label) = label {
            clean.insert(lang.tag().to_owned(), Label { label, description });
        }
    }
    checks.finish()?;
    let key = key.expect("checked");
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let am = purpose::ActiveModel {
        tenant_id: Set(scope.tenant_id()),
        key: Set(key.clone()),
        labels: Set(serde_json::to_string(&clean).expect("labels serialise")),
        created_at: Set(now),
        updated_at: Set(now),
    };
    purpose::Entity::insert(am)
        .on_conflict(
            OnConflict::columns([purpose::Column::TenantId, purpose::Column::Key])
                .update_columns([purpose::Column::Labels, purpose::Column::UpdatedAt])
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    let languages: Vec<&String> = clean.keys().collect();
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("purpose.labelled")
            .target("purpose", scope.tenant_id())
            .detail(json!({ "purpose": key, "languages": languages })),
    )
    .await?;
    txn.commit().await?;
    Ok(Purpose { key, labels: clean })
}

/// Removes the words of purpose `key` (admin); consent decisions stay.
pub async fn remove(state: &Services, scope: &Scope, meta: &Origin, key: &str) -> Result<()> {
    scope.require(Role::Admin)?;
    let txn = begin_write(&state.db.writer).await?;
    let gone = purpose::Entity::delete_by_id((scope.tenant_id(), key.to_owned()))
        .exec(&txn)
        .await?
        .rows_affected;
    if gone == 0 {
        return Err(Error::NotFound("purpose"));
    }
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        state.clock.now(),
        Entry::new("purpose.unlabelled")
            .target("purpose", scope.tenant_id())
            .detail(json!({ "purpose": key })),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The tenant's purposes' words, to show them in a language.
pub struct Words {
    purposes: HashMap<String, BTreeMap<String, Label>>,
    fallback: Option<Lang>,
}

impl Words {
    pub async fn load<C: ConnectionTrait>(
        conn: &C,
        tenant_id: TenantId,
        fallback: Option<Lang>,
    ) -> Result<Self> {
        Ok(Self {
            purposes: all(conn, tenant_id)
                .await?
                .into_iter()
                .map(|(k, p)| (k, p.labels))
                .collect(),
            fallback,
        })
    }

    /// Purpose `key` in `lang`: its label and description, falling back to
    /// the tenant's language, English, then the key in plain words.
    pub fn of(&self, key: &str, lang: Lang) -> Label {
        let labels = self.purposes.get(key);
        [Some(lang), self.fallback, Some(crate::i18n::ENGLISH)]
            .into_iter()
            .flatten()
            .find_map(|l| labels.and_then(|m| m.get(l.tag())))
            .cloned()
            .unwrap_or_else(|| Label {
                label: key.replace('_', " "),
                description: None,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_made_from_a_label() {
        assert_eq!(
            key_from_label("Newsletter by e-mail!").as_deref(),
            Some("newsletter_by_e_mail")
        );
        assert_eq!(key_from_label("  2 Events  ").as_deref(), Some("events"));
        assert_eq!(key_from_label("Рассылка"), None);
    }

    #[test]
    fn a_purpose_reads_in_the_best_language_it_has() {
        let label = |s: &str| Label {
            label: s.into(),
            description: None,
        };
        let words = Words {
            purposes: HashMap::from([(
                "newsletter".to_owned(),
                BTreeMap::from([
                    ("de".to_owned(), label("Rundbrief")),
                    ("en".to_owned(), label("Newsletter")),
                ]),
            )]),
            fallback: Lang::parse("de"),
        };
        let lang = |t: &str| Lang::parse(t).unwrap();
        assert_eq!(words.of("newsletter", lang("de")).label, "Rundbrief");
        assert_eq!(words.of("newsletter", lang("fr")).label, "Rundbrief");
        assert_eq!(
            words.of("marketing_email", lang("fr")).label,
            "marketing email"
        );
    }
}

//! The customers list's parameters, shared by the page (`/customers`), the
//! API (`GET /api/v1/customers`) and an export of the list: which records
//! (state, expiring within N days, restricted, on hold, with an open
//! data-subject request, consent granted for a purpose, select and bool
//! custom field values — all at once) and in which order. None of them is
//! personal data: they name states, the tenant's purposes and field
//! options, never search words, so they may stand in a URL.
//!
//! Custom field values are sealed in the record; a select or bool value is
//! found through the blind index instead, as the token of
//! `field:<field id>:<value>` under the tenant's search key (see
//! [`field_token`]), written with the record's other tokens and shredded
//! with them.

use std::collections::HashSet;

use chrono::{DateTime, TimeDelta, Utc};
use entity::ids::{CustomerId, TenantId};
use entity::{consent, customer, data_request, search_token};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter, QuerySelect,
    sea_query::{Alias, Expr, Query},
};
use uuid::Uuid;

use super::service::Filter;
use super::sort::Sort;
use crate::{
    auth::Role,
    context::Services,
    crypto::Key,
    error::{Error, Result},
    fields::{Defs, Stored, StoredField, def::Kind},
};

/// The longest "expiring within" the list takes, in days (ten years).
pub const WITHIN_MAX: u32 = 3660;

/// A custom field value the list is filtered by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldIs {
    /// The field's key, as the URL names it.
    pub key: String,
    pub id: Uuid,
    /// The option, or `true`/`false`.
    pub value: String,
}

/// Which records the list shows, and in what order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// `active`, `complete`, `anonymized`, `expiring`, `expired`; empty for all.
    pub state: String,
    /// With `expiring`: how many days ahead (the configured default if none).
    pub within: Option<u32>,
    pub restricted: bool,
    pub hold: bool,
    /// Only records with an open data-subject request.
    pub open_request: bool,
    /// Only records whose current decision for this purpose is "granted".
    pub consent: Option<String>,
    pub fields: Vec<FieldIs>,
    pub sort: Option<Sort>,
}

/// What the parameters are checked against: the tenant's purposes and the
/// custom fields the reader's role may see.
pub struct Known<'a> {
    pub purposes: &'a [String],
    pub defs: &'a Defs,
    pub role: Role,
}

/// A parameter that is not right: a 400 naming it (`sort: must be …`).
pub fn bad(name: &str, why: impl std::fmt::Display) -> Error {
    Error::BadRequest(format!("{name}: {why}"))
}

/// A refused parameter as a form's fault (422, under its name), for the
/// forms that carry the list's parameters (the search, an export).
pub fn as_field_fault(e: Error) -> Error {
    match e {
        Error::BadRequest(m) => match m.split_once(": ") {
            Some((name, why)) => Error::invalid(name, why),
            None => Error::BadRequest(m),
        },
        e => e,
    }
}

fn flag(name: &str, value: &str) -> Result<bool> {
    match value {
        "1" | "true" => Ok(true),
        "" | "0" | "false" => Ok(false),
        _ => Err(bad(name, "must be 1 (or left out)")),
    }
}

/// The field `key` names, for a filter: a select or bool field `role` may see.
fn field_is(known: &Known<'_>, key: &str, value: &str) -> Result<FieldIs> {
    let name = format!("field.{key}");
    let def = known
        .defs
        .all()
        .iter()
        .find(|d| d.key == key && known.role >= d.visible_to)
        .ok_or_else(|| bad(&name, "names no custom field of this organisation"))?;
    let ok = match def.kind {
        Kind::Bool => value == "true" || value == "false",
        Kind::Select => def.options.iter().any(|o| o == value),
        _ => {
            return Err(bad(
                &name,
                format!(
                    "names the field \"{}\", which holds {}: only select and true/false fields filter the list",
                    def.label,
                    def.kind.as_str()
                ),
            ));
        }
    };
    if !ok {
        let allowed = match def.kind {
            Kind::Bool => "true, false".to_owned(),
            _ => def.options.join(", "),
        };
        return Err(bad(&name, format!("must be one of: {allowed}")));
    }
    Ok(FieldIs {
        key: key.to_owned(),
        id: def.id,
        value: value.to_owned(),
    })
}

impl View {
    /// Reads the list's parameters from `pairs` (a query string's), checked
    /// against `known`. Other parameters (`s`, `page`, `q`, `cursor`,
    /// `limit`, and any the caller has) are left to the caller.
    pub fn parse(pairs: &[(String, String)], known: &Known<'_>) -> Result<Self> {
        let mut view = View::default();
        for (name, value) in pairs {
            let value = value.trim();
            match name.as_str() {
                "state" => {
                    Filter::of_word(value, Utc::now(), TimeDelta::zero())
                        .map_err(|_| bad("state", "must be one of active, complete, expiring, expired or anonymized"))?;
                    view.state = value.to_owned();
                }
                "within" if value.is_empty() => {}
                "within" => {
                    let days: u32 = value
                        .parse()
                        .ok()
                        .filter(|d| (1..=WITHIN_MAX).contains(d))
                        .ok_or_else(|| bad("within", format!("must be a number of days from 1 to {WITHIN_MAX}")))?;
                    view.within = Some(days);
                }
                "restricted" => view.restricted = flag("restricted", value)?,
                "hold" => view.hold = flag("hold", value)?,
                "request" => {
                    view.open_request = match value {
                        "open" => true,
                        "" => false,
                        _ => return Err(bad("request", "must be open (or left out)")),
                    }
                }
                "consent" if value.is_empty() => {}
                "consent" => {
                    if !known.purposes.iter().any(|p| p == value) {
                        return Err(bad("consent", "names no consent purpose of this organisation"));
                    }
                    view.consent = Some(value.to_owned());
                }
                "sort" if value.is_empty() => {}
                "sort" => {
                    view.sort = Some(Sort::parse(value).map_err(|_| {
                        bad("sort", "must be one of name, created, updated, state or expires_at, with - before it for descending")
                    })?)
                }
                other => {
                    if let Some(key) = other.strip_prefix("field.") {
                        if value.is_empty() {
                            continue;
                        }
                        let is = field_is(known, key, value)?;
                        view.fields.retain(|f| f.key != is.key);
                        view.fields.push(is);
                    }
                }
            }
        }
        if view.within.is_some() && view.state != "expiring" {
            return Err(bad("within", "goes only with state=expiring"));
        }
        Ok(view)
    }

    /// The parameters as a query string (without `?`), in a fixed order:
    /// for page links, the search's redirect and an export.
    pub fn query_string(&self) -> String {
        let mut out = url::form_urlencoded::Serializer::new(String::new());
        if !self.state.is_empty() {
            out.append_pair("state", &self.state);
        }
        if let Some(days) = self.within {
            out.append_pair("within", &days.to_string());
        }
        if self.restricted {
            out.append_pair("restricted", "1");
        }
        if self.hold {
            out.append_pair("hold", "1");
        }
        if self.open_request {
            out.append_pair("request", "open");
        }
        if let Some(p) = &self.consent {
            out.append_pair("consent", p);
        }
        for f in &self.fields {
            out.append_pair(&format!("field.{}", f.key), &f.value);
        }
        if let Some(sort) = self.sort {
            out.append_pair("sort", &sort.word());
        }
        out.finish()
    }

    /// Whether any filter is set (the order aside).
    pub fn filtered(&self) -> bool {
        !self.state.is_empty()
            || self.restricted
            || self.hold
            || self.open_request
            || self.consent.is_some()
            || !self.fields.is_empty()
    }

    /// The state filter as of `now`; "expiring" looks `within` days ahead,
    /// or `default_within`.
    pub fn state_filter(
        &self,
        now: DateTime<Utc>,
        default_within: TimeDelta,
    ) -> Result<Option<Filter>> {
        let within = self
            .within
            .map_or(default_within, |d| TimeDelta::days(d.into()));
        Filter::of_word(&self.state, now, within)
    }

    /// The SQL condition on `customers` that selects the view's records of
    /// tenant `tenant_id`, as of `now`.
    pub async fn condition(
        &self,
        state: &Services,
        tenant_id: TenantId,
        now: DateTime<Utc>,
    ) -> Result<Condition> {
        let mut c = Condition::all();
        if let Some(f) = self.state_filter(now, state.config.web.expiring_within.as_chrono())? {
            c = c.add(f.condition());
        }
        if self.restricted {
            c = c.add(customer::Column::Restricted.eq(true));
        }
        if self.hold {
            c = c.add(customer::Column::LegalHold.eq(true));
        }
        if self.open_request {
            let ids = with_open_request(&state.db.main, tenant_id).await?;
            c = c.add(customer::Column::Id.is_in(ids));
        }
        if let Some(purpose) = &self.consent {
            c = c.add(customer::Column::Id.in_subquery(granted(tenant_id, purpose)));
        }
        if !self.fields.is_empty() {
            let key = super::search::search_key(&state.keys.tenant_key(tenant_id).await?);
            for f in &self.fields {
                let holders = Query::select()
                    .column(search_token::Column::CustomerId)
                    .from(search_token::Entity)
                    .and_where(search_token::Column::TenantId.eq(tenant_id))
                    .and_where(search_token::Column::Token.eq(field_token(&key, f.id, &f.value)))
                    .to_owned();
                c = c.add(customer::Column::Id.in_subquery(holders));
            }
        }
        Ok(c)
    }
}

/// The blind-index token of custom field `id` holding `value` (an option,
/// or `true`/`false`).
pub fn field_token(key: &Key, id: Uuid, value: &str) -> Vec<u8> {
    super::search::token(key, "field", &format!("{id}:{value}"))
}

/// The tokens of a record's filterable values: those of its select and
/// bool fields.
pub fn field_tokens(key: &Key, defs: &Defs, values: &[StoredField]) -> Vec<Vec<u8>> {
    let filterable: HashSet<String> = defs
        .all()
        .iter()
        .filter(|d| matches!(d.kind, Kind::Select | Kind::Bool))
        .map(|d| d.id.to_string())
        .collect();
    values
        .iter()
        .filter(|v| filterable.contains(&v.field))
        .filter_map(|v| {
            let id = Uuid::try_parse(&v.field).ok()?;
            let value = match &v.value {
                Stored::Bool(b) => b.to_string(),
                Stored::Text(t) => t.clone(),
                Stored::Number(_) => return None,
            };
            Some(field_token(key, id, &value))
        })
        .collect()
}

/// The records named by the tenant's open data-subject requests (verified
/// and waiting, or an erasure under way). Open requests are few.
async fn with_open_request<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
) -> Result<Vec<CustomerId>> {
    use data_request::State as S;
    let named: Vec<Option<String>> = data_request::Entity::find()
        .select_only()
        .column(data_request::Column::CustomerIds)
        .filter(data_request::Column::TenantId.eq(tenant_id))
        .filter(data_request::Column::State.is_in([S::Open, S::Fulfilling]))
        .into_tuple()
        .all(conn)
        .await?;
    let mut ids: Vec<CustomerId> = named
        .iter()
        .flatten()
        .filter_map(|json| serde_json::from_str::<Vec<CustomerId>>(json).ok())
        .flatten()
        .collect();
    ids.sort();
    ids.dedup();
    Ok(ids)
}

/// The records whose latest consent decision for `purpose` is "granted":
/// a granted row with no later row for the same record and purpose.
fn granted(tenant_id: TenantId, purpose: &str) -> sea_orm::sea_query::SelectStatement {
    let (c, d) = (Alias::new("c"), Alias::new("d"));
    let later = Query::select()
        .expr(Expr::val(1))
        .from_as(consent::Entity, d.clone())
        .and_where(
            Expr::col((d.clone(), consent::Column::TenantId))
                .equals((c.clone(), consent::Column::TenantId)),
        )
        .and_where(
            Expr::col((d.clone(), consent::Column::CustomerId))
                .equals((c.clone(), consent::Column::CustomerId)),
        )
        .and_where(
            Expr::col((d.clone(), consent::Column::Purpose))
                .equals((c.clone(), consent::Column::Purpose)),
        )
        .and_where(
            Expr::col((d, consent::Column::Id)).gt(Expr::col((c.clone(), consent::Column::Id))),
        )
        .to_owned();
    Query::select()
        .column((c.clone(), consent::Column::CustomerId))
        .from_as(consent::Entity, c.clone())
        .and_where(Expr::col((c.clone(), consent::Column::TenantId)).eq(tenant_id))
        .and_where(Expr::col((c.clone(), consent::Column::Purpose)).eq(purpose))
        .and_where(Expr::col((c, consent::Column::Granted)).eq(true))
        .and_where(Expr::exists(later).not())
        .to_owned()
}

/// The pairs of a query string (without `?`).
pub fn pairs(query: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

/// Reads and checks the list's parameters in `pairs` for a reader of
/// tenant `tenant_id` with `role`.
pub async fn load(
    state: &Services,
    tenant_id: TenantId,
    role: Role,
    pairs: &[(String, String)],
) -> Result<View> {
    // Purposes and fields are read only when a parameter names one.
    let asks = |f: &dyn Fn(&str) -> bool| pairs.iter().any(|(k, v)| f(k) && !v.trim().is_empty());
    let purposes = match asks(&|k| k == "consent") {
        true => crate::consent::purposes::keys_in_use(&state.db.main, tenant_id).await?,
        false => Vec::new(),
    };
    let defs = match asks(&|k| k.starts_with("field.")) {
        true => Defs::load(&state.db.main, tenant_id).await?,
        false => Defs::default(),
    };
    let known = Known {
        purposes: &purposes,
        defs: &defs,
        role,
    };
    View::parse(pairs, &known)
}

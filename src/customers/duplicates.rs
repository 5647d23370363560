//! Likely duplicates: records that share an email address, a telephone
//! number, or a name and company. Found through match keys — blind like
//! the search tokens, under the same tenant search key, but one row per
//! kind — so pairs come from SQL over the keys, never from reading records.
//! A likely duplicate is pointed out (on create, on the record's page, on
//! the duplicates list), never refused: staff decide, and may merge.

use std::collections::{BTreeMap, HashMap};

use entity::ids::{CustomerId, TenantId};
use entity::{match_key, search_token};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter, QueryOrder, Set,
    sea_query::{Alias, Expr, JoinType, Order, Query},
};
use uuid::Uuid;

use super::{Personal, search};
use crate::{
    auth::{Role, Scope},
    context::Services,
    crypto::Key,
    db::{ROWS_PER_STATEMENT, insert_chunked},
    error::{Error, Result},
    pagination,
};

pub use entity::match_key::Kind;

/// The most likely duplicates named for one record.
pub const LIKELY_MAX: u64 = 20;

/// The match keys of a record, under the tenant's search key
/// ([`search::search_key`]): its email and its phone (the same HMACs as
/// their search tokens), and — when it has a company — its name and
/// company together, each folded as search folds words (case, accents and
/// punctuation aside; the name's words in any order), so "Łukasz Nowak" at
/// "ACME GmbH" and "nowak, lukasz" at "Acme GmbH." share a key. A record
/// without a company has no name key: a name alone is too common to call
/// two records one person.
///
/// Needs no database; an import's preview calls it for each row and looks
/// the keys up with [`holders`].
pub fn match_keys(search_key: &Key, p: &Personal) -> Vec<(Kind, Vec<u8>)> {
    let mut out = Vec::with_capacity(3);
    if let Some(email) = &p.email {
        out.push((Kind::Email, search::email_token(search_key, email.as_str())));
    }
    if let Some(phone) = &p.phone {
        out.push((Kind::Phone, search::phone_token(search_key, phone.as_str())));
    }
    if let Some(both) = name_and_company(&p.name, p.company.as_deref()) {
        out.push((
            Kind::NameCompany,
            search::token(search_key, "name_company", &both),
        ));
    }
    out
}

/// A name and company as one normalised value: folded words, the name's
/// sorted; `None` unless both have a word.
fn name_and_company(name: &str, company: Option<&str>) -> Option<String> {
    let mut name = search::words(name);
    let company = search::words(company?);
    if name.is_empty() || company.is_empty() {
        return None;
    }
    name.sort();
    Some(format!("{}\u{0}{}", name.join(" "), company.join(" ")))
}

/// A record's rows in the blind index: search tokens and match keys.
pub(super) struct IndexRows {
    pub tokens: Vec<search_token::ActiveModel>,
    pub keys: Vec<match_key::ActiveModel>,
}

/// The blind-index rows of record `id`: what every way of writing a record
/// (one, an update, the bulk path, the backfill) stores — the search
/// tokens, the tokens of its select and bool field values (`defs` says
/// which fields those are), and the match keys.
pub(super) fn index_rows(
    search_key: &Key,
    tenant_id: TenantId,
    id: CustomerId,
    p: &Personal,
    defs: &crate::fields::Defs,
) -> IndexRows {
    let mut tokens = search::tokens_for(search_key, p);
    tokens.extend(super::view::field_tokens(search_key, defs, &p.fields));
    tokens.sort();
    tokens.dedup();
    let tokens = tokens
        .into_iter()
        .map(|token| search_token::ActiveModel {
            tenant_id: Set(tenant_id),
            token: Set(token),
            customer_id: Set(id),
        })
        .collect();
    let keys = match_keys(search_key, p)
        .into_iter()
        .map(|(kind, key)| match_key::ActiveModel {
            tenant_id: Set(tenant_id),
            key: Set(key),
            customer_id: Set(id),
            kind: Set(kind),
        })
        .collect();
    IndexRows { tokens, keys }
}

impl IndexRows {
    pub(super) fn extend(&mut self, other: IndexRows) {
        self.tokens.extend(other.tokens);
        self.keys.extend(other.keys);
    }

    /// Orders the rows by their key: a batch's inserts then descend the
    /// index in order, each page of it visited once.
    pub(super) fn sort(&mut self) {
        self.tokens
            .sort_by(|a, b| a.token.try_as_ref().cmp(&b.token.try_as_ref()));
        self.keys
            .sort_by(|a, b| a.key.try_as_ref().cmp(&b.key.try_as_ref()));
    }

    pub(super) fn empty() -> Self {
        Self {
            tokens: Vec::new(),
            keys: Vec::new(),
        }
    }

    /// Inserts the rows in the caller's transaction.
    pub(super) async fn insert<C: ConnectionTrait>(self, conn: &C) -> Result<()> {
        insert_chunked::<search_token::Entity, _>(conn, self.tokens).await?;
        insert_chunked::<match_key::Entity, _>(conn, self.keys).await?;
        Ok(())
    }
}

/// Writes record `customer_id`'s blind index — search tokens and match
/// keys — replacing what it had when `replace`.
pub(super) async fn write_index<C: ConnectionTrait>(
    state: &Services,
    conn: &C,
    tenant_id: TenantId,
    customer_id: CustomerId,
    personal: &Personal,
    replace: bool,
) -> Result<()> {
    let key = search::search_key(&state.keys.tenant_key(tenant_id).await?);
    if replace {
        search_token::Entity::delete_many()
            .filter(search_token::Column::TenantId.eq(tenant_id))
            .filter(search_token::Column::CustomerId.eq(customer_id))
            .exec(conn)
            .await?;
        forget(conn, tenant_id, &[customer_id]).await?;
    }
    let defs = crate::fields::Defs::load(conn, tenant_id).await?;
    index_rows(&key, tenant_id, customer_id, personal, &defs)
        .insert(conn)
        .await
}

/// Erasure: deletes the match keys of `ids`, counted per customer.
pub async fn forget<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: &[CustomerId],
) -> Result<crate::db::PerCustomer> {
    let delete = match_key::Entity::delete_many()
        .filter(match_key::Column::TenantId.eq(tenant_id))
        .filter(match_key::Column::CustomerId.is_in(ids.iter().copied()));
    Ok(crate::db::delete_counting(conn, delete, match_key::Column::CustomerId).await?)
}

/// A record that is likely the same person, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Likely {
    pub id: CustomerId,
    /// What the two have in common, in the order of [`Kind::ALL`].
    pub reasons: Vec<Kind>,
}

/// The records of tenant `tenant_id` holding each of `keys` (match keys
/// from [`match_keys`]), by key: for an import's preview, which looks up a
/// batch of rows at once. Keys no record holds are absent.
pub async fn holders<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    keys: &[Vec<u8>],
) -> Result<HashMap<Vec<u8>, Vec<CustomerId>>> {
    let mut out: HashMap<Vec<u8>, Vec<CustomerId>> = HashMap::new();
    for chunk in keys.chunks(ROWS_PER_STATEMENT) {
        let rows = match_key::Entity::find()
            .filter(match_key::Column::TenantId.eq(tenant_id))
            .filter(match_key::Column::Key.is_in(chunk.iter().cloned()))
            .order_by_asc(match_key::Column::CustomerId)
            .all(conn)
            .await?;
        for r in rows {
            out.entry(r.key).or_default().push(r.customer_id);
        }
    }
    Ok(out)
}

/// The records other than `id` that share a match key with it, oldest
/// first, at most [`LIKELY_MAX`]. IDs and reasons only: nothing is opened.
pub async fn likely_of<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    id: CustomerId,
) -> Result<Vec<Likely>> {
    let (mine, theirs) = (Alias::new("mine"), Alias::new("theirs"));
    let col = |t: &Alias, c: match_key::Column| Expr::col((t.clone(), c));
    let mut q = Query::select();
    q.expr_as(
        col(&theirs, match_key::Column::CustomerId),
        Alias::new("other"),
    )
    .expr_as(col(&mine, match_key::Column::Kind), Alias::new("kind"))
    .from_as(match_key::Entity, mine.clone())
    .join_as(
        JoinType::InnerJoin,
        match_key::Entity,
        theirs.clone(),
        Condition::all()
            .add(
                col(&theirs, match_key::Column::TenantId)
                    .equals((mine.clone(), match_key::Column::TenantId)),
            )
            .add(
                col(&theirs, match_key::Column::Key).equals((mine.clone(), match_key::Column::Key)),
            )
            .add(col(&theirs, match_key::Column::CustomerId).ne(id)),
    )
    .and_where(col(&mine, match_key::Column::TenantId).eq(tenant_id))
    .and_where(col(&mine, match_key::Column::CustomerId).eq(id))
    .order_by((theirs.clone(), match_key::Column::CustomerId), Order::Asc)
    .limit(LIKELY_MAX * Kind::ALL.len() as u64);
    let mut found: BTreeMap<CustomerId, Vec<Kind>> = BTreeMap::new();
    for row in conn.query_all(&q).await? {
        let other: CustomerId = row.try_get("", "other")?;
        let kind: Kind = row.try_get("", "kind")?;
        found.entry(other).or_default().push(kind);
    }
    Ok(found
        .into_iter()
        .take(LIKELY_MAX as usize)
        .map(|(id, reasons)| Likely {
            id,
            reasons: in_order(reasons),
        })
        .collect())
}

fn in_order(mut reasons: Vec<Kind>) -> Vec<Kind> {
    reasons.sort_by_key(|k| Kind::ALL.iter().position(|a| a == k));
    reasons.dedup();
    reasons
}

/// Two records of the tenant that are likely one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    /// The older record (the lower ID).
    pub a: CustomerId,
    pub b: CustomerId,
    pub reasons: Vec<Kind>,
}

/// The tenant's likely duplicates: every pair of records sharing a match
/// key, in ID order, `limit` pairs a page (1–200, default 50). Found by
/// SQL over the keys alone, confined to the tenant; staff and up.
pub async fn pairs(
    state: &Services,
    scope: &Scope,
    cursor: Option<&str>,
    limit: Option<u64>,
) -> Result<(Vec<Pair>, Option<String>)> {
    scope.require(Role::Staff)?;
    let limit = pagination::limit(limit)?;
    let after = cursor.map(parse_cursor).transpose()?;
    let (a, b) = (Alias::new("a"), Alias::new("b"));
    let col = |t: &Alias, c: match_key::Column| Expr::col((t.clone(), c));
    let mut q = Query::select();
    q.expr_as(col(&a, match_key::Column::CustomerId), Alias::new("first"))
        .expr_as(col(&b, match_key::Column::CustomerId), Alias::new("second"))
        .expr_as(col(&a, match_key::Column::Kind), Alias::new("kind"))
        .from_as(match_key::Entity, a.clone())
        .join_as(
            JoinType::InnerJoin,
            match_key::Entity,
            b.clone(),
            Condition::all()
                .add(
                    col(&b, match_key::Column::TenantId)
                        .equals((a.clone(), match_key::Column::TenantId)),
                )
                .add(col(&b, match_key::Column::Key).equals((a.clone(), match_key::Column::Key)))
                .add(
                    col(&b, match_key::Column::CustomerId)
                        .gt(col(&a, match_key::Column::CustomerId)),
                ),
        )
        .and_where(col(&a, match_key::Column::TenantId).eq(scope.tenant_id()));
    if let Some((first, second)) = after {
        q.cond_where(
            Condition::any()
                .add(col(&a, match_key::Column::CustomerId).gt(first))
                .add(
                    Condition::all()
                        .add(col(&a, match_key::Column::CustomerId).eq(first))
                        .add(col(&b, match_key::Column::CustomerId).gt(second)),
                ),
        );
    }
    // A pair shares at most one key of each kind: this many rows hold
    // `limit` whole pairs and the start of one more, if there is one.
    let rows = (limit + 1) * Kind::ALL.len() as u64;
    q.order_by((a.clone(), match_key::Column::CustomerId), Order::Asc)
        .order_by((b.clone(), match_key::Column::CustomerId), Order::Asc)
        .limit(rows);
    let mut found: Vec<Pair> = Vec::new();
    for row in state.db.main.query_all(&q).await? {
        let first: CustomerId = row.try_get("", "first")?;
        let second: CustomerId = row.try_get("", "second")?;
        let kind: Kind = row.try_get("", "kind")?;
        match found.last_mut() {
            Some(p) if p.a == first && p.b == second => p.reasons.push(kind),
            _ => found.push(Pair {
                a: first,
                b: second,
                reasons: vec![kind],
            }),
        }
    }
    let more = found.len() as u64 > limit;
    found.truncate(limit as usize);
    for p in &mut found {
        p.reasons = in_order(std::mem::take(&mut p.reasons));
    }
    let next = found
        .last()
        .filter(|_| more)
        .map(|p| pagination::encode("duplicates", &format!("{}/{}", p.a, p.b)));
    Ok((found, next))
}

fn parse_cursor(cursor: &str) -> Result<(CustomerId, CustomerId)> {
    let bad = || Error::invalid("cursor", "is not a cursor this list gave out");
    let text = pagination::decode("duplicates", cursor)?;
    let (a, b) = text.split_once('/').ok_or_else(bad)?;
    let id = |s: &str| Uuid::try_parse(s).map(CustomerId::from).map_err(|_| bad());
    Ok((id(a)?, id(b)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::{Email, Phone};

    fn person(name: &str, company: Option<&str>) -> Personal {
        let mut p = Personal::default();
        p.name = name.into();
        p.company = company.map(Into::into);
        p
    }

    fn key_of(key: &Key, p: &Personal, kind: Kind) -> Option<Vec<u8>> {
        match_keys(key, p)
            .into_iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, v)| v)
    }

    #[test]
    fn name_and_company_match_whatever_the_case_accents_order_and_punctuation() {
        let key = Key::generate();
        let a = person("Łukasz Nowak", Some("ACME GmbH"));
        let b = person("nowak, lukasz", Some("Acme  GmbH."));
        let other = person("Łukasz Nowak", Some("Acme AG"));
        let ka = key_of(&key, &a, Kind::NameCompany).unwrap();
        assert_eq!(Some(ka.clone()), key_of(&key, &b, Kind::NameCompany));
        assert_ne!(Some(ka), key_of(&key, &other, Kind::NameCompany));
        assert_eq!(key_of(&key, &person("Ann", None), Kind::NameCompany), None);
    }

    #[test]
    fn email_and_phone_keys_are_their_search_tokens_and_differ_per_tenant() {
        let (k1, k2) = (Key::generate(), Key::generate());
        let mut p = person("Ann", None);
        p.email = Some(Email::parse("ann@example.test").unwrap());
        p.phone = Some(Phone::parse("+49 30 1234567").unwrap());
        let keys = match_keys(&k1, &p);
        assert_eq!(keys.len(), 2);
        assert_eq!(
            keys[0],
            (Kind::Email, search::email_token(&k1, "ann@example.test"))
        );
        assert_eq!(keys[1].0, Kind::Phone);
        assert_ne!(match_keys(&k2, &p), keys);
    }
}

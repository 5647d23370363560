//! Search without plaintext: a blind index of truncated HMAC-SHA256 tokens,
//! under a search key derived from the tenant key, over the normalised email,
//! the phone, and each name word's prefixes. Equal data in two tenants gives
//! different tokens. Candidates found by token are opened and checked again,
//! so a truncation collision never returns a wrong record.

use entity::ids::{CustomerId, TenantId};
use entity::{customer, search_token};
use hmac::{Hmac, Mac};
use sea_orm::{
    ColumnTrait, EntityTrait, ExprTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, Func},
};
use sha2::Sha256;
use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

use super::{
    Personal,
    service::{Customer, Filter, open_many},
};
use crate::{
    context::Services,
    crypto::Key,
    error::{Error, Result},
    values::{Email, Phone},
};

pub const TOKEN_LEN: usize = 16;

/// Erasure: deletes the blind-index tokens of `ids`, counted per customer.
/// Anything found through them (their mail) must be forgotten first.
pub async fn forget<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: &[CustomerId],
) -> Result<crate::db::PerCustomer> {
    use entity::search_token;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let delete = search_token::Entity::delete_many()
        .filter(search_token::Column::TenantId.eq(tenant_id))
        .filter(search_token::Column::CustomerId.is_in(ids.iter().copied()));
    Ok(crate::db::delete_counting(conn, delete, search_token::Column::CustomerId).await?)
}
/// Prefixes start at this many letters; shorter words are indexed whole.
pub const MIN_PREFIX: usize = 3;
/// Longer words are indexed up to this many letters.
const MAX_WORD: usize = 32;

/// The tenant's search key.
pub fn search_key(tenant_key: &Key) -> Key {
    tenant_key.derive(b"steward search index v1")
}

pub(super) fn token(key: &Key, kind: &str, value: &str) -> Vec<u8> {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes any key length");
    mac.update(kind.as_bytes());
    mac.update(&[0]);
    mac.update(value.as_bytes());
    mac.finalize().into_bytes()[..TOKEN_LEN].to_vec()
}

/// The token an address has in the blind index (as a record's email).
pub fn email_token(key: &Key, email: &str) -> Vec<u8> {
    token(key, "email", email)
}

/// The token a phone number (as kept) has in the blind index.
pub fn phone_token(key: &Key, phone: &str) -> Vec<u8> {
    token(key, "phone", phone)
}

/// Case- and accent-folded: `Łukasz` and `lukasz` are the same word.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        match c {
            'ł' => out.push('l'),
            'ø' => out.push('o'),
            'đ' | 'ð' => out.push('d'),
            'ı' => out.push('i'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'þ' => out.push_str("th"),
            c => out.push(c),
        }
    }
    out
}

/// The folded words of a name.
pub fn words(name: &str) -> Vec<String> {
    fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn clip(word: &str) -> String {
    word.chars().take(MAX_WORD).collect()
}

/// Every token a record is found by.
pub fn tokens_for(key: &Key, p: &Personal) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    if let Some(email) = &p.email {
        out.push(token(key, "email", email.as_str()));
    }
    if let Some(phone) = &p.phone {
        out.push(token(key, "phone", phone.as_str()));
    }
    for word in words(&p.name) {
        let chars: Vec<char> = clip(&word).chars().collect();
        let shortest = MIN_PREFIX.min(chars.len());
        for len in shortest..=chars.len() {
            out.push(token(key, "name", &chars[..len].iter().collect::<String>()));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// What a search string asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Query {
    Email(String),
    Phone(String),
    /// Every word must begin a word of the name.
    Name(Vec<String>),
}

impl Query {
    pub fn parse(q: &str) -> Result<Self> {
        let q = q.trim();
        let bad = |why: &str| Error::invalid("q", why);
        if q.contains('@') {
            return Email::parse(q)
                .map(|e| Query::Email(e.as_str().to_owned()))
                .map_err(|e| bad(&e.to_string()));
        }
        if q.starts_with('+')
            || (q.starts_with("00")
                && q.chars()
                    .all(|c| c.is_ascii_digit() || " -./()".contains(c)))
        {
            return Phone::parse(q)
                .map(|p| Query::Phone(p.as_str().to_owned()))
                .map_err(|e| bad(&e.to_string()));
        }
        let words: Vec<String> = words(q).iter().map(|w| clip(w)).collect();
        if words.is_empty() {
            return Err(bad(
                "give an email address, a phone number with country code, or the start of a name",
            ));
        }
        if words.len() > 8 {
            return Err(bad("give at most 8 words"));
        }
        Ok(Query::Name(words))
    }

    pub fn tokens(&self, key: &Key) -> Vec<Vec<u8>> {
        let mut out: Vec<Vec<u8>> = match self {
            Query::Email(e) => vec![token(key, "email", e)],
            Query::Phone(p) => vec![token(key, "phone", p)],
            Query::Name(words) => words.iter().map(|w| token(key, "name", w)).collect(),
        };
        out.sort();
        out.dedup();
        out
    }

    /// The check on the opened record that makes the index's answer exact.
    pub fn matches(&self, p: &Personal) -> bool {
        match self {
            Query::Email(e) => p.email.as_ref().map(Email::as_str) == Some(e),
            Query::Phone(ph) => p.phone.as_ref().map(Phone::as_str) == Some(ph),
            Query::Name(query) => {
                let name: Vec<String> = words(&p.name).iter().map(|w| clip(w)).collect();
                query.iter().all(|q| {
                    name.iter().any(|w| {
                        if q.chars().count() < MIN_PREFIX {
                            w == q
                        } else {
                            w.starts_with(q.as_str())
                        }
                    })
                })
            }
        }
    }
}

/// The IDs of every record of tenant `tenant_id` whose email is `email`
/// (already normalised), found by blind index: at most `limit`.
pub async fn ids_by_email(
    state: &Services,
    tenant_id: TenantId,
    email: &str,
    limit: usize,
) -> Result<Vec<CustomerId>> {
    let query = Query::Email(email.to_owned());
    let found = search(state, tenant_id, &query, None, None, limit).await?;
    Ok(found.iter().map(|c| c.row.id).collect())
}

/// How many records the index offers for `query`: every match, and the
/// rare record a truncated token collides into.
pub async fn candidates(state: &Services, tenant_id: TenantId, query: &Query) -> Result<u64> {
    let key = search_key(&state.keys.tenant_key(tenant_id).await?);
    let tokens = query.tokens(&key);
    let ids: Vec<CustomerId> = holding_all(tenant_id, &tokens)
        .into_tuple()
        .all(&state.db.main)
        .await?;
    Ok(ids.len() as u64)
}

/// The IDs of the tenant's records that have every one of `tokens`.
fn holding_all(tenant_id: TenantId, tokens: &[Vec<u8>]) -> sea_orm::Select<search_token::Entity> {
    search_token::Entity::find()
        .select_only()
        .column(search_token::Column::CustomerId)
        .filter(search_token::Column::TenantId.eq(tenant_id))
        .filter(search_token::Column::Token.is_in(tokens.iter().cloned()))
        .group_by(search_token::Column::CustomerId)
        .having(ExprTrait::eq(
            Expr::expr(Func::count(Expr::col(search_token::Column::Token))),
            tokens.len() as i64,
        ))
}

/// Records matching `query`, in ID order after `after`: found by token, then
/// opened and checked, so the page holds exact matches only.
pub(super) async fn search(
    state: &Services,
    tenant_id: TenantId,
    query: &Query,
    filter: Option<Filter>,
    mut after: Option<CustomerId>,
    wanted: usize,
) -> Result<Vec<Customer>> {
    const BATCH: u64 = 200;
    let key = search_key(&state.keys.tenant_key(tenant_id).await?);
    let tokens = query.tokens(&key);
    let mut found = Vec::new();
    // A candidate is nearly always a match (the tokens are 128 bits), so the
    // first batch asks for about what is wanted: every candidate fetched is
    // opened, and opening a record costs a key unwrap and a decryption.
    let mut batch = (wanted as u64).clamp(8, BATCH);
    loop {
        let mut candidates = holding_all(tenant_id, &tokens);
        if let Some(after) = after {
            candidates = candidates.filter(search_token::Column::CustomerId.gt(after));
        }
        let ids: Vec<CustomerId> = candidates
            .order_by_asc(search_token::Column::CustomerId)
            .limit(batch)
            .into_tuple()
            .all(&state.db.main)
            .await?;
        let Some(last) = ids.last().copied() else {
            break;
        };
        after = Some(last);
        let mut rows = customer::Entity::find()
            .filter(customer::Column::TenantId.eq(tenant_id))
            .filter(customer::Column::Id.is_in(ids.iter().copied()));
        if let Some(f) = filter {
            rows = rows.filter(f.condition());
        }
        let rows = rows
            .order_by_asc(customer::Column::Id)
            .all(&state.db.main)
            .await?;
        for c in open_many(state, tenant_id, rows).await? {
            if query.matches(&c.personal) {
                found.push(c);
            }
        }
        if found.len() >= wanted || (ids.len() as u64) < batch {
            break;
        }
        // Filters (state, say) turned some away: look further in larger steps.
        batch = BATCH;
    }
    found.truncate(wanted);
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Personal {
        let mut p = Personal::default();
        p.name = name.into();
        p
    }

    #[test]
    fn folding_removes_case_and_accents_and_maps_letters_that_do_not_decompose() {
        assert_eq!(words("Zoë Łukasz-Ødegård"), ["zoe", "lukasz", "odegard"]);
        assert_eq!(words("Dvořák"), ["dvorak"]);
        assert_eq!(words("Ağça"), ["agca"]);
        assert_eq!(words("王秀英"), ["王秀英"]);
        assert_eq!(words("Straße"), ["strasse"]);
    }

    #[test]
    fn a_prefix_finds_a_name_and_the_recheck_keeps_it_exact() {
        let key = Key::generate();
        let p = person("Zoë Łukasz-Ødegård");
        let tokens = tokens_for(&key, &p);
        for q in ["lukas", "ØDEG", "zoe luk", "Zoë"] {
            let query = Query::parse(q).unwrap();
            assert!(query.tokens(&key).iter().all(|t| tokens.contains(t)), "{q}");
            assert!(query.matches(&p), "{q}");
        }
        for q in ["lukasx", "zoe smith", "uka"] {
            assert!(!Query::parse(q).unwrap().matches(&p), "{q}");
        }
    }

    #[test]
    fn equal_values_in_two_tenants_give_different_tokens() {
        let (a, b) = (search_key(&Key::generate()), search_key(&Key::generate()));
        let q = Query::parse("ann@example.com").unwrap();
        assert_ne!(q.tokens(&a), q.tokens(&b));
        assert_eq!(q.tokens(&a)[0].len(), TOKEN_LEN);
    }

    #[test]
    fn queries_are_read_as_email_phone_or_name() {
        assert_eq!(
            Query::parse(" Ann@Example.com ").unwrap(),
            Query::Email("ann@example.com".into())
        );
        assert_eq!(
            Query::parse("+49 30 1234567").unwrap(),
            Query::Phone("+49301234567".into())
        );
        assert_eq!(
            Query::parse("Dvo").unwrap(),
            Query::Name(vec!["dvo".into()])
        );
        assert!(Query::parse("  ").is_err());
        assert!(Query::parse("+49 abc").is_err());
        assert!(Query::parse("a@").is_err());
    }
}

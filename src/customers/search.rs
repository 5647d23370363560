//! Search without plaintext: a blind index of truncated HMAC-SHA256 tokens,
//! under a search key derived from the tenant key, over the normalised email,
//! the phone, each name and company word's prefixes, and each character of
//! scripts written without spaces (Han, Kana, Hangul, Thai), so `李` finds
//! `李伟`. Equal data in two tenants gives different tokens. Candidates found
//! by token are opened and checked again, so a truncation collision never
//! returns a wrong record.

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
    service::{Customer, open_many},
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
    // NFKD splits a Hangul syllable into its letters; a syllable is what a
    // reader types and what the index holds.
    if out.chars().any(|c| ('\u{1100}'..='\u{11FF}').contains(&c)) {
        out = out.nfc().collect();
    }
    out
}

/// A character of a script written without spaces between words (Han,
/// Kana, Hangul, Thai): indexed one by one, and a query word holding one
/// matches anywhere inside a word rather than at its start.
pub fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0E7F         // Thai
        | 0x1100..=0x11FF       // Hangul letters
        | 0x3040..=0x30FF       // Hiragana, Katakana
        | 0x3130..=0x318F       // Hangul compatibility letters
        | 0x31F0..=0x31FF       // Katakana extensions
        | 0x3400..=0x4DBF       // CJK extension A
        | 0x4E00..=0x9FFF       // CJK unified ideographs
        | 0xAC00..=0xD7AF       // Hangul syllables
        | 0xF900..=0xFAFF       // CJK compatibility ideographs
        | 0x20000..=0x3FFFF) // CJK extensions B and after
}

fn char_token(key: &Key, c: char) -> Vec<u8> {
    token(key, "char", c.encode_utf8(&mut [0; 4]))
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

/// The words a record is found by: its name's and its company's, clipped.
fn record_words(p: &Personal) -> Vec<String> {
    let mut out = words(&p.name);
    if let Some(company) = &p.company {
        out.extend(words(company));
    }
    out.iter().map(|w| clip(w)).collect()
}

/// Whether query word `q` finds record word `w`: inside it for a word of
/// an unspaced script, whole for a short word, else at its start.
fn word_finds(q: &str, w: &str) -> bool {
    if q.chars().any(is_unspaced) {
        w.contains(q)
    } else if q.chars().count() < MIN_PREFIX {
        w == q
    } else {
        w.starts_with(q)
    }
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
    for word in record_words(p) {
        let chars: Vec<char> = word.chars().collect();
        let shortest = MIN_PREFIX.min(chars.len());
        for len in shortest..=chars.len() {
            out.push(token(key, "name", &chars[..len].iter().collect::<String>()));
        }
        out.extend(
            chars
                .iter()
                .filter(|c| is_unspaced(**c))
                .map(|c| char_token(key, *c)),
        );
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
    /// Every word must begin a word of the name or the company (or lie
    /// inside one, for a word of an unspaced script).
    Words(Vec<String>),
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
                "give an email address, a phone number with country code, or the start of a name or company",
            ));
        }
        if words.len() > 8 {
            return Err(bad("give at most 8 words"));
        }
        Ok(Query::Words(words))
    }

    pub fn tokens(&self, key: &Key) -> Vec<Vec<u8>> {
        let mut out: Vec<Vec<u8>> = match self {
            Query::Email(e) => vec![token(key, "email", e)],
            Query::Phone(p) => vec![token(key, "phone", p)],
            Query::Words(words) => words
                .iter()
                .flat_map(|w| {
                    if w.chars().any(is_unspaced) {
                        w.chars()
                            .filter(|c| is_unspaced(*c))
                            .map(|c| char_token(key, c))
                            .collect()
                    } else {
                        vec![token(key, "name", w)]
                    }
                })
                .collect(),
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
            Query::Words(query) => {
                let record = record_words(p);
                query
                    .iter()
                    .all(|q| record.iter().any(|w| word_finds(q, w)))
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
/// The query's tokens under the tenant's search key.
pub(super) async fn tokens_of(
    state: &Services,
    tenant_id: TenantId,
    query: &Query,
) -> Result<Vec<Vec<u8>>> {
    Ok(query.tokens(&search_key(&state.keys.tenant_key(tenant_id).await?)))
}

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
pub(super) fn holding_all(
    tenant_id: TenantId,
    tokens: &[Vec<u8>],
) -> sea_orm::Select<search_token::Entity> {
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
    filter: Option<sea_orm::Condition>,
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
        if let Some(f) = &filter {
            rows = rows.filter(f.clone());
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
    fn one_character_of_an_unspaced_script_finds_the_names_holding_it() {
        let key = Key::generate();
        let li_wei = person("李伟");
        let tokens = tokens_for(&key, &li_wei);
        for q in ["李", "伟", "李伟"] {
            let query = Query::parse(q).unwrap();
            assert!(query.tokens(&key).iter().all(|t| tokens.contains(t)), "{q}");
            assert!(query.matches(&li_wei), "{q}");
        }
        assert!(!Query::parse("伟李").unwrap().matches(&li_wei));
        assert!(!Query::parse("王").unwrap().matches(&li_wei));
        for (name, q) in [("김민준", "김"), ("สมชาย ใจดี", "ส"), ("さくら", "く")]
        {
            let p = person(name);
            let query = Query::parse(q).unwrap();
            assert!(
                query
                    .tokens(&key)
                    .iter()
                    .all(|t| tokens_for(&key, &p).contains(t)),
                "{q}"
            );
            assert!(query.matches(&p), "{name} {q}");
        }
    }

    #[test]
    fn company_words_are_found_by_prefix_alone_and_with_the_name() {
        let key = Key::generate();
        let mut p = person("Ann Smith");
        p.company = Some("Globex Ltd".into());
        for q in ["glob", "ann globex", "smi glo"] {
            let query = Query::parse(q).unwrap();
            assert!(
                query
                    .tokens(&key)
                    .iter()
                    .all(|t| tokens_for(&key, &p).contains(t)),
                "{q}"
            );
            assert!(query.matches(&p), "{q}");
        }
        assert!(!Query::parse("ann initech").unwrap().matches(&p));
    }

    #[test]
    fn a_latin_name_gets_no_character_tokens() {
        let key = Key::generate();
        // "lukas" gives luk, luka, lukas; "meyer" mey, meye, meyer.
        assert_eq!(tokens_for(&key, &person("Lukas Meyer")).len(), 6);
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
            Query::Words(vec!["dvo".into()])
        );
        assert!(Query::parse("  ").is_err());
        assert!(Query::parse("+49 abc").is_err());
        assert!(Query::parse("a@").is_err());
    }
}

//! The list's orders. Dates and states sort in SQL; names are sealed, so
//! each record keeps an order-preserving *name bucket* in the clear: the
//! first letter of its name, case- and accent-folded, one bucket per Latin
//! letter `a`–`z`, one for digits and symbols, and one per other script
//! (Greek, Cyrillic, Hebrew, Arabic, Han, Kana, Hangul, Thai, …) — so a
//! Han or Cyrillic name gives away its script, never its first character.
//! SQL orders by bucket; the rows of the bucket(s) a page falls in are
//! opened and sorted by their folded name, ties by ID.
//!
//! What the bucket tells someone holding the database: which of about 40
//! groups each name starts in (4–5 bits, far less for a script bucket), and
//! nothing else about the name, which stays sealed under the record's key.

use std::cmp::Ordering;

use entity::customer;

use super::search::fold;
use crate::error::{Error, Result};

/// Names that start with a digit or symbol, or hold no letter at all.
pub const SYMBOLS: i16 = 0;
/// `a` is bucket 1, `z` is 26.
const LATIN_A: i16 = 1;
/// A Latin letter that folds to no `a`–`z` (`ŋ`, `ə`).
const LATIN_OTHER: i16 = 27;

/// The other scripts, in the order their buckets sort, by code point ranges.
const SCRIPTS: [(i16, &[(u32, u32)]); 14] = [
    (30, &[(0x0370, 0x03FF), (0x1F00, 0x1FFF)]), // Greek
    (31, &[(0x0400, 0x052F), (0x1C80, 0x1C8F)]), // Cyrillic
    (32, &[(0x0530, 0x058F)]),                   // Armenian
    (33, &[(0x0590, 0x05FF)]),                   // Hebrew
    (34, &[(0x0600, 0x06FF), (0x0750, 0x077F)]), // Arabic
    (35, &[(0x0900, 0x0DFF)]),                   // Indic scripts
    (36, &[(0x0E00, 0x0E7F)]),                   // Thai
    (37, &[(0x10A0, 0x10FF)]),                   // Georgian
    (38, &[(0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)]), // Hangul
    (39, &[(0x3040, 0x30FF), (0x31F0, 0x31FF)]), // Kana
    (
        40,
        &[
            (0x3400, 0x4DBF),
            (0x4E00, 0x9FFF),
            (0xF900, 0xFAFF),
            (0x20000, 0x3FFFF),
        ],
    ), // Han
    (41, &[(0x0E80, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF)]), // Lao, Myanmar, Khmer
    (42, &[(0x0700, 0x074F), (0x0780, 0x07BF)]), // Syriac, Thaana
    (43, &[(0x1200, 0x139F)]),                   // Ethiopic
];
/// A letter of a script not named above.
const OTHER_SCRIPT: i16 = 50;

/// The bucket of a name: see the module's comment.
pub fn name_bucket(name: &str) -> i16 {
    let folded = fold(name);
    let Some(c) = folded.chars().find(|c| c.is_alphanumeric()) else {
        return SYMBOLS;
    };
    if c.is_ascii_lowercase() {
        return LATIN_A + (c as u8 - b'a') as i16;
    }
    if !c.is_alphabetic() {
        return SYMBOLS;
    }
    let cp = c as u32;
    if cp < 0x0250 || (0x1E00..=0x1EFF).contains(&cp) {
        return LATIN_OTHER;
    }
    SCRIPTS
        .iter()
        .find(|(_, ranges)| ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&cp)))
        .map_or(OTHER_SCRIPT, |(b, _)| *b)
}

/// What the list is ordered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Name,
    Created,
    Updated,
    State,
    ExpiresAt,
}

/// An order of the list: a key, ascending or descending. The default
/// (none) is creation order, by ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub key: Key,
    pub desc: bool,
}

const KEYS: [(&str, Key); 5] = [
    ("name", Key::Name),
    ("created", Key::Created),
    ("updated", Key::Updated),
    ("state", Key::State),
    ("expires_at", Key::ExpiresAt),
];

impl Sort {
    /// `name`, `created`, `updated`, `state` or `expires_at`, `-` before
    /// it for descending.
    pub fn parse(word: &str) -> Result<Self> {
        let (desc, name) = match word.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, word),
        };
        KEYS.iter()
            .find(|(w, _)| *w == name)
            .map(|(_, key)| Sort { key: *key, desc })
            .ok_or_else(|| {
                Error::invalid(
                    "sort",
                    "must be one of name, created, updated, state or expires_at, with - before it for descending",
                )
            })
    }

    /// The word that names this order in a URL.
    pub fn word(self) -> String {
        let name = KEYS
            .iter()
            .find(|(_, k)| *k == self.key)
            .map_or("", |(w, _)| *w);
        format!("{}{name}", if self.desc { "-" } else { "" })
    }

    /// The column SQL orders by (`None` for the name, which is sorted in
    /// memory within its buckets).
    pub fn column(self) -> Option<customer::Column> {
        match self.key {
            Key::Name => None,
            Key::Created => Some(customer::Column::CreatedAt),
            Key::Updated => Some(customer::Column::UpdatedAt),
            Key::State => Some(customer::Column::State),
            Key::ExpiresAt => Some(customer::Column::ExpiresAt),
        }
    }
}

/// A record's place in the name order: its bucket (none last), its folded
/// name, its ID.
pub fn by_name(a: &super::service::Customer, b: &super::service::Customer) -> Ordering {
    let bucket = |c: &super::service::Customer| c.row.name_bucket.unwrap_or(i16::MAX);
    bucket(a)
        .cmp(&bucket(b))
        .then_with(|| fold(&a.personal.name).cmp(&fold(&b.personal.name)))
        .then_with(|| a.row.id.cmp(&b.row.id))
}

/// A record's place in order `key` (ascending), for a list sorted in
/// memory (a search's matches); ties by ID, as SQL breaks them.
pub fn compare(key: Key, a: &super::service::Customer, b: &super::service::Customer) -> Ordering {
    let (x, y) = (&a.row, &b.row);
    let first = match key {
        Key::Name => return by_name(a, b),
        Key::Created => x.created_at.cmp(&y.created_at),
        Key::Updated => x.updated_at.cmp(&y.updated_at),
        Key::State => x.state.as_str().cmp(y.state.as_str()),
        // SQL puts nulls first ascending on SQLite and last on PostgreSQL;
        // the list asks both to put them last (see `read`).
        Key::ExpiresAt => match (x.expires_at, y.expires_at) {
            (Some(p), Some(q)) => p.cmp(&q),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        },
    };
    first.then_with(|| x.id.cmp(&y.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_letters_fold_into_their_bucket() {
        assert_eq!(name_bucket("Ängel"), name_bucket("anna"));
        assert_eq!(name_bucket("Łukasz"), name_bucket("Lena"));
        assert_eq!(name_bucket("Zoë"), 26);
        assert_eq!(name_bucket("'Ann"), 1);
        assert_eq!(name_bucket("42 Ltd"), SYMBOLS);
        assert_eq!(name_bucket(""), SYMBOLS);
    }

    #[test]
    fn another_script_is_one_bucket_that_sorts_after_latin() {
        assert_eq!(name_bucket("李伟"), name_bucket("王秀英"));
        assert_eq!(name_bucket("Иван"), name_bucket("Борис"));
        assert_eq!(name_bucket("김민준"), name_bucket("이서연"));
        assert_ne!(name_bucket("李伟"), name_bucket("さくら"));
        assert!(name_bucket("李伟") > name_bucket("Zoë"));
        assert!(name_bucket("Ωmega") > name_bucket("Zoë"));
    }

    #[test]
    fn sort_words_read_back() {
        for w in [
            "name",
            "-name",
            "created",
            "-updated",
            "state",
            "-expires_at",
        ] {
            assert_eq!(Sort::parse(w).unwrap().word(), w);
        }
        assert!(Sort::parse("email").is_err());
        assert!(Sort::parse("--name").is_err());
    }
}

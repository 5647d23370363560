//! Languages. Every word the public sees — the portal, the emails to the
//! people in the records and their copies — comes from the message
//! catalogue: Project Fluent files under `locales/<tag>/`, built into the
//! binary. The languages Steward speaks are the folders there, so adding
//! one is adding a folder with its file; a key missing from a language
//! falls back to English (a test keeps the shipped ones complete).
//!
//! The staff pages take their words from the same catalogue (the
//! `staff*.ftl` files); [`Lang::staff`] are the languages those are complete
//! in, which a staff member can pick.
//!
//! [`Lang`] is a supported language; [`negotiate`] picks one from a
//! browser's `Accept-Language`; [`text`] looks a message up; `format`
//! writes dates, times and numbers in a language's own way.

mod catalogue;
pub mod faults;
pub mod format;
pub mod say;

use std::sync::OnceLock;

use serde::{Serialize, Serializer};

use catalogue::Args;

/// Message `key` in `lang` (English where `lang` lacks it), or `None` when
/// no language has it.
pub fn message(lang: Lang, key: &str, args: &Args<'_>) -> Option<String> {
    catalogue::lookup(lang.tag(), key, args)
}

/// Message `key` in `lang`; the key itself if the catalogue lacks it (a
/// test keeps every key the templates use in the catalogue).
pub fn text(lang: Lang, key: &str, args: &Args<'_>) -> String {
    message(lang, key, args).unwrap_or_else(|| key.to_owned())
}

/// Whether `lang`'s own file has message `key`, without falling back.
pub fn has_message(lang: Lang, key: &str) -> bool {
    catalogue::has(lang.tag(), key)
}

/// A language of the catalogue, by its BCP 47 tag (`en`, `de`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang(&'static str);

/// The languages whose staff files (`locales/<tag>/staff*.ftl`) are
/// complete.
const STAFF: &[&str] = &["de", "en", "es", "fr", "it", "nl", "pl"];

/// English: the language every other one falls back to.
pub const ENGLISH: Lang = Lang(catalogue::FALLBACK);

impl Lang {
    /// Every language of the catalogue, by tag.
    pub fn all() -> &'static [Lang] {
        static ALL: OnceLock<Vec<Lang>> = OnceLock::new();
        ALL.get_or_init(|| {
            let mut tags: Vec<&'static str> = catalogue::tags()
                .into_iter()
                .map(|t| &*Box::leak(t.into_boxed_str()))
                .collect();
            tags.sort_unstable();
            tags.into_iter().map(Lang).collect()
        })
    }

    /// The supported language with tag `tag` (any letter case), if any.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        Self::all()
            .iter()
            .copied()
            .find(|l| l.0.eq_ignore_ascii_case(tag))
    }

    /// The language a person wrote: its tag (`de`, `de-AT`), or its name in
    /// any of the catalogue's languages ("Deutsch", "German", "allemand",
    /// "niemiecki"), in any letter case.
    pub fn from_name(written: &str) -> Option<Lang> {
        let written = written.trim();
        let region_dropped = written.split(['-', '_']).next().unwrap_or(written);
        Self::parse(written)
            .or_else(|| Self::parse(region_dropped))
            .or_else(|| {
                let wanted = written.to_lowercase();
                Self::all().iter().copied().find(|lang| {
                    Self::all()
                        .iter()
                        .any(|reader| lang.name_in(*reader).to_lowercase() == wanted)
                })
            })
    }

    /// Like [`Lang::parse`], with the reason in words when it fails, for
    /// validation messages.
    pub fn checked(tag: &str) -> Result<Lang, String> {
        Self::parse(tag).ok_or_else(|| {
            format!(
                "must be one of the supported languages: {}",
                Self::all()
                    .iter()
                    .map(|l| l.tag())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
    }

    /// The languages the staff pages are complete in, which a staff member
    /// can pick; a test keeps them complete and lists what the others lack.
    pub fn staff() -> Vec<Lang> {
        STAFF.iter().filter_map(|t| Lang::parse(t)).collect()
    }

    /// The language of a staff member's pages and emails: their own
    /// choice `own`, else the organisation's `default` when the staff pages
    /// are written in it, else English.
    pub fn for_staff(own: Option<&str>, default: &str) -> Lang {
        [own, Some(default)]
            .into_iter()
            .flatten()
            .filter_map(Lang::parse)
            .find(|l| l.is_staff())
            .unwrap_or(ENGLISH)
    }

    /// Whether the staff pages are complete in this language.
    pub fn is_staff(self) -> bool {
        STAFF.contains(&self.0)
    }

    /// Like [`Lang::checked`], for a staff member's own language.
    pub fn checked_for_staff(tag: &str) -> Result<Lang, String> {
        Self::parse(tag).filter(|l| l.is_staff()).ok_or_else(|| {
            format!(
                "must be one of the languages the staff pages are written in: {}",
                STAFF.join(", ")
            )
        })
    }

    pub fn tag(self) -> &'static str {
        self.0
    }

    /// The language's name in itself ("Deutsch"), for a language switch.
    pub fn own_name(self) -> String {
        text(self, "language-name", &[])
    }

    /// The language's name in `reader`'s language ("German" for an English
    /// reader), or its own name when `reader`'s catalogue has none.
    pub fn name_in(self, reader: Lang) -> String {
        let key = format!("language-{}", self.0);
        match has_message(reader, &key) {
            true => text(reader, &key, &[]),
            false => self.own_name(),
        }
    }
}

impl Default for Lang {
    fn default() -> Self {
        ENGLISH
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

/// The language to answer a browser in, from its `Accept-Language` header
/// (RFC 9110: tags with optional `q` weights; `de-AT` matches `de`), or
/// `None` when it names none Steward speaks.
pub fn negotiate(accept_language: &str) -> Option<Lang> {
    negotiate_among(accept_language, Lang::all())
}

/// Like [`negotiate`], choosing only among `among`.
pub fn negotiate_among(accept_language: &str, among: &[Lang]) -> Option<Lang> {
    let parse = |tag: &str| Lang::parse(tag).filter(|l| among.contains(l));
    let mut wanted: Vec<(f32, usize, &str)> = accept_language
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut bits = part.split(';');
            let tag = bits.next()?.trim();
            let q = bits
                .filter_map(|b| b.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (!tag.is_empty() && q > 0.0).then_some((q, i, tag))
        })
        .collect();
    wanted.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    wanted
        .into_iter()
        .find_map(|(_, _, tag)| parse(tag).or_else(|| parse(tag.split('-').next().unwrap_or(tag))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_launch_languages_are_supported() {
        let tags: Vec<&str> = Lang::all().iter().map(|l| l.tag()).collect();
        for t in ["de", "en", "es", "fr", "it", "nl", "pl"] {
            assert!(tags.contains(&t), "{t} in {tags:?}");
        }
        assert_eq!(Lang::parse("DE"), Lang::parse("de"));
        assert!(Lang::parse("xx").is_none());
        assert!(Lang::checked("de-AT").unwrap_err().contains("en, es"));
    }

    #[test]
    fn accept_language_picks_the_best_supported_tag() {
        let tag = |h: &str| negotiate(h).map(Lang::tag);
        assert_eq!(tag("de-AT,de;q=0.9,en;q=0.5"), Some("de"));
        assert_eq!(tag("ja, fr;q=0.2, es;q=0.8"), Some("es"));
        assert_eq!(tag("pt-BR, *;q=0.1"), None);
        assert_eq!(tag("nl;q=0, it"), Some("it"));
        assert_eq!(tag(""), None);
    }

    #[test]
    fn a_language_is_known_by_its_tag_or_its_name_in_any_language() {
        let tag = |w: &str| Lang::from_name(w).map(Lang::tag);
        assert_eq!(tag("de-AT"), Some("de"));
        assert_eq!(tag("Deutsch"), Some("de"));
        assert_eq!(tag("german"), Some("de"));
        assert_eq!(tag("Allemand"), Some("de"));
        assert_eq!(tag("niemiecki"), Some("de"));
        assert_eq!(tag("Français"), Some("fr"));
        assert_eq!(tag("Klingon"), None);
    }

    #[test]
    fn languages_have_names_in_themselves_and_in_english() {
        let de = Lang::parse("de").unwrap();
        assert_eq!(de.own_name(), "Deutsch");
        assert_eq!(de.name_in(ENGLISH), "German");
    }
}

//! The message catalogue: `locales/<tag>/*.ftl`, read at build time.

use std::{borrow::Cow, collections::HashMap};

use fluent_templates::{LanguageIdentifier, Loader, fluent_bundle::FluentValue, static_loader};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Emails and PDFs are plain text: no invisible isolation marks
        // around the values put into messages.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The language every other falls back to.
pub const FALLBACK: &str = "en";

/// The values a message is given, by name.
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

fn id_of(tag: &str) -> LanguageIdentifier {
    tag.parse()
        .expect("catalogue tags are language identifiers")
}

/// The tags of the catalogue's languages.
pub fn tags() -> Vec<String> {
    LOCALES.locales().map(|l| l.to_string()).collect()
}

fn to_map(args: &Args<'_>) -> HashMap<Cow<'static, str>, FluentValue<'static>> {
    args.iter()
        .map(|(k, v)| (Cow::Owned((*k).to_owned()), v.clone().into_owned()))
        .collect()
}

/// Message `key` in the language `tag` (English where it lacks the key),
/// or `None` when no language has it.
pub fn lookup(tag: &str, key: &str, args: &Args<'_>) -> Option<String> {
    let map = to_map(args);
    let args = (!map.is_empty()).then_some(&map);
    LOCALES
        .try_lookup_complete(&id_of(tag), key, args)
        .or_else(|| LOCALES.try_lookup_complete(&id_of(FALLBACK), key, args))
}

/// Whether the language `tag`'s own file has message `key` (no fallback).
pub fn has(tag: &str, key: &str) -> bool {
    // A message that needs values fails to format without them, but is
    // there all the same; only a failed retrieval means it is missing
    // (the crate does not export its error type, so its variant is read
    // from the debug form).
    match LOCALES.lookup_single_language::<&str>(&id_of(tag), key, None) {
        Ok(_) => true,
        Err(e) => format!("{e:?}").starts_with("FluentError"),
    }
}

#[cfg(test)]
mod tests {
    //! The catalogue is complete: every shipped language has every message
    //! of the English file, each one formats, and the public templates
    //! take every word from it.

    use std::{collections::BTreeSet, path::Path};

    use super::*;
    use crate::i18n::Lang;

    fn root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    /// The public surfaces' file (portal, emails to customers, copies):
    /// complete in every shipped language.
    const PUBLIC: &str = "steward.ftl";

    /// The message IDs of a language's files (those `which` accepts by file
    /// name), and the variables each uses.
    fn messages_in(tag: &str, which: impl Fn(&str) -> bool) -> Vec<(String, BTreeSet<String>)> {
        let mut out: Vec<(String, BTreeSet<String>)> = Vec::new();
        let dir = root().join("locales").join(tag);
        for file in std::fs::read_dir(&dir)
            .expect("a language folder")
            .flatten()
            .filter(|f| which(&f.file_name().to_string_lossy()))
        {
            let text = std::fs::read_to_string(file.path()).expect("a catalogue file");
            for line in text.lines() {
                let starts_message = line.split_once(" =").is_some_and(|(id, _)| {
                    !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                });
                if starts_message {
                    let (id, _) = line.split_once(" =").expect("checked");
                    out.push((id.to_owned(), BTreeSet::new()));
                }
                if let Some((_, vars)) = out.last_mut().filter(|_| !line.starts_with('#')) {
                    vars.extend(line.split('$').skip(1).map(|v| {
                        v.chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                            .collect::<String>()
                    }));
                }
            }
        }
        out
    }

    /// Every message of a language, public and staff.
    fn messages(tag: &str) -> Vec<(String, BTreeSet<String>)> {
        messages_in(tag, |_| true)
    }

    fn ids(tag: &str, which: impl Fn(&str) -> bool) -> BTreeSet<String> {
        messages_in(tag, which)
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    }

    #[test]
    fn every_shipped_language_has_every_public_message() {
        let public = |f: &str| f == PUBLIC;
        let english = ids("en", public);
        assert!(english.len() > 100, "the English catalogue is read");
        let mut faults = Vec::new();
        for lang in Lang::all() {
            let own = ids(lang.tag(), public);
            for id in english.difference(&own) {
                faults.push(format!("{lang}: missing {id}"));
            }
            for id in own.difference(&english) {
                faults.push(format!("{lang}: {id} is not in the English file"));
            }
        }
        assert!(faults.is_empty(), "{}", faults.join("\n"));
    }

    /// The staff pages are complete in the languages a staff member can
    /// pick; every other language falls back to English message by
    /// message, and this lists what each one lacks.
    #[test]
    fn staff_pages_are_complete_in_the_languages_offered_and_gaps_are_listed() {
        let staff = |f: &str| f != PUBLIC;
        let english = ids("en", staff);
        assert!(english.len() > 200, "the staff files are read");
        let mut faults = Vec::new();
        let mut gaps = Vec::new();
        for lang in Lang::all() {
            let own = ids(lang.tag(), staff);
            let missing: Vec<&String> = english.difference(&own).collect();
            for id in own.difference(&english) {
                faults.push(format!("{lang}: {id} is not in the English files"));
            }
            match (lang.is_staff(), missing.is_empty()) {
                (true, false) => faults.push(format!("{lang} is offered but lacks {missing:?}")),
                (false, false) => gaps.push(format!(
                    "{lang}: {} of {} staff messages fall back to English: {}",
                    missing.len(),
                    english.len(),
                    missing
                        .iter()
                        .map(|m| m.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
                (false, true) => faults.push(format!(
                    "{lang}'s staff pages are complete: offer it (STAFF in src/i18n)"
                )),
                (true, true) => {}
            }
        }
        eprintln!("{}", gaps.join("\n"));
        assert!(faults.is_empty(), "{}", faults.join("\n"));
        for tag in ["en", "de"] {
            assert!(
                Lang::parse(tag).is_some_and(Lang::is_staff),
                "{tag} is offered"
            );
        }
    }

    #[test]
    fn every_message_formats_in_every_language() {
        let numbers = ["n", "count", "hours", "page", "pages", "day", "year"];
        let mut faults = Vec::new();
        for (id, vars) in messages("en") {
            let args: HashMap<&str, FluentValue> = vars
                .iter()
                .map(|v| match numbers.contains(&v.as_str()) {
                    true => (v.as_str(), FluentValue::from(2)),
                    false => (v.as_str(), FluentValue::from("x")),
                })
                .collect();
            // A staff message a language lacks falls back to English.
            for lang in Lang::all().iter().filter(|l| has(l.tag(), &id)) {
                match LOCALES.lookup_single_language(&id_of(lang.tag()), &id, Some(&args)) {
                    Ok(text) if !text.is_empty() => {}
                    Ok(_) => faults.push(format!("{lang}: {id} is empty")),
                    Err(e) => faults.push(format!("{lang}: {id}: {e:?}")),
                }
            }
        }
        assert!(faults.is_empty(), "{}", faults.join("\n"));
    }

    /// What a template shows that is not from the catalogue: its text with
    /// template tags, HTML tags, entities and the copy's line markup taken
    /// out. Letters left over are words outside the catalogue.
    fn words_outside(template: &str) -> String {
        // The product's name stays as it is in every language.
        let mut rest = template.replace("Steward", " ");
        for (open, close) in [("{#", "#}"), ("{%", "%}"), ("{{", "}}"), ("<", ">")] {
            while let Some(start) = rest.find(open) {
                let end = rest[start..]
                    .find(close)
                    .map_or(rest.len(), |e| start + e + close.len());
                rest.replace_range(start..end, " ");
            }
        }
        rest.split(['&', ';'])
            .filter(|piece| !piece.chars().all(|c| c.is_ascii_alphanumeric() || c == '#'))
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect()
    }

    /// String literals inside template tags that read as words (with a
    /// space, or a capital first letter): a label given to a macro, say.
    fn words_in_tags(template: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = template;
        while let Some(start) = rest.find(['{']) {
            let after = &rest[start + 1..];
            let close = match after.chars().next() {
                Some('{') => "}}",
                Some('%') => "%}",
                _ => {
                    rest = after;
                    continue;
                }
            };
            let end = after.find(close).unwrap_or(after.len());
            let tag = &after[1..end];
            for literal in tag.split('"').skip(1).step_by(2) {
                let mut chars = literal.trim().chars();
                let spaced = literal.trim().contains(char::is_whitespace);
                let capital = chars.next().is_some_and(char::is_uppercase)
                    && chars.next().is_some_and(char::is_lowercase);
                if spaced || capital {
                    out.push(literal.to_owned());
                }
            }
            rest = &after[end..];
        }
        out
    }

    /// Every template a person reads, by path under `templates/`.
    fn templates() -> Vec<String> {
        let mut out = Vec::new();
        for dir in ["web", "portal", "email", "copy"] {
            for file in std::fs::read_dir(root().join("templates").join(dir))
                .unwrap()
                .flatten()
            {
                let name = file.file_name().to_string_lossy().into_owned();
                out.push(format!("{dir}/{name}"));
            }
        }
        out.sort();
        out
    }

    #[test]
    fn templates_take_every_word_from_the_catalogue() {
        let english: BTreeSet<String> = messages("en").into_iter().map(|(id, _)| id).collect();
        let names = templates();
        assert!(names.len() > 30, "{names:?}");
        for name in names {
            let text = std::fs::read_to_string(root().join("templates").join(&name)).unwrap();
            assert_eq!(
                words_outside(&text),
                "",
                "{name} has words outside the catalogue"
            );
            assert_eq!(
                words_in_tags(&text),
                Vec::<String>::new(),
                "{name} has words in its tags"
            );
            for (at, _) in text.match_indices("t(\"") {
                let before = text[..at].chars().next_back().unwrap_or(' ');
                let used = &text[at + 3..];
                let id = used.split('"').next().unwrap_or_default();
                let whole = !used[id.len()..].starts_with("\" ~");
                let call = !(before.is_alphanumeric() || before == '_');
                assert!(
                    !call || !whole || english.contains(id),
                    "{name} uses {id}, which the catalogue lacks"
                );
            }
        }
        assert_eq!(words_outside("<p>{{ t(\"x\") }}</p> &amp; Hello"), "Hello");
        assert_eq!(
            words_in_tags(r#"{{ field("code", "A code", {}, hint=t("k")) }} {% if x == "on" %}"#),
            vec!["A code".to_owned()]
        );
    }

    /// A refusal is found by its English words: each `fault-` key is the
    /// key of its English text.
    #[test]
    fn every_refusal_key_is_made_from_its_english_words() {
        let en = LOCALES
            .locales()
            .find(|l| l.to_string() == FALLBACK)
            .cloned();
        let en = en.expect("English");
        let mut checked = 0;
        // Refusals of one capability may sit in its own file.
        for (id, vars) in messages_in("en", |f| f != PUBLIC) {
            // Those ending in a list are found by their first words.
            if !id.starts_with("fault-") || vars.iter().any(|v| !v.starts_with('n')) {
                continue;
            }
            let args: HashMap<String, FluentValue> = vars
                .iter()
                .map(|v| (v.clone(), FluentValue::from("0")))
                .collect();
            let text = LOCALES
                .lookup_single_language(&en, &id, Some(&args))
                .expect("formats");
            assert_eq!(crate::i18n::faults::key_of(&text).0, id, "{text}");
            checked += 1;
        }
        assert!(checked > 40, "{checked}");
    }

    /// The keys the code gives pages (titles, messages after an action,
    /// filters, notice and request kinds) are all in the catalogue.
    #[test]
    fn the_code_uses_only_keys_the_catalogue_has() {
        let english: BTreeSet<String> = messages("en").into_iter().map(|(id, _)| id).collect();
        let prefixes = [
            "title-",
            "flash-",
            "filter-",
            "tab-",
            "notice-",
            "request-kind-",
            "sign-in-",
            "field-kind-",
            "actor-",
            "safeguard-short-",
            "recipients-sent-",
            "erase-refused-",
            "bulk-erase-refused-",
            "customer-form-conflict",
            "import-",
        ];
        let mut used = Vec::new();
        let mut dirs = vec![root().join("src")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                // What an audit entry is about shows as `audit-target-<kind>`.
                for (at, _) in text.match_indices(".target(\"") {
                    let kind = text[at + 9..].split('"').next().unwrap_or_default();
                    used.push((path.display().to_string(), format!("audit-target-{kind}")));
                }
                for literal in text.split('"').skip(1).step_by(2) {
                    let keyish = literal.chars().all(|c| c.is_ascii_lowercase() || c == '-');
                    let known = |p: &&str| match p.ends_with('-') {
                        true => literal.starts_with(p) && literal.len() > p.len(),
                        false => literal == *p,
                    };
                    if keyish && prefixes.iter().any(known) {
                        used.push((path.display().to_string(), literal.to_owned()));
                    }
                }
            }
        }
        assert!(used.len() > 50, "{used:?}");
        let unknown: Vec<_> = used.iter().filter(|(_, k)| !english.contains(k)).collect();
        assert!(unknown.is_empty(), "keys the catalogue lacks: {unknown:?}");
    }
}

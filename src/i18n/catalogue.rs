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
    LOCALES
        .lookup_single_language::<&str>(&id_of(tag), key, None)
        .is_ok()
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

    /// The message IDs of a language's files, and the variables each uses.
    fn messages(tag: &str) -> Vec<(String, BTreeSet<String>)> {
        let mut out: Vec<(String, BTreeSet<String>)> = Vec::new();
        let dir = root().join("locales").join(tag);
        for file in std::fs::read_dir(&dir)
            .expect("a language folder")
            .flatten()
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

    #[test]
    fn every_shipped_language_has_every_message() {
        let english: BTreeSet<String> = messages("en").into_iter().map(|(id, _)| id).collect();
        assert!(english.len() > 100, "the English catalogue is read");
        let mut faults = Vec::new();
        for lang in Lang::all() {
            let own: BTreeSet<String> =
                messages(lang.tag()).into_iter().map(|(id, _)| id).collect();
            for id in english.difference(&own) {
                faults.push(format!("{lang}: missing {id}"));
            }
            for id in own.difference(&english) {
                faults.push(format!("{lang}: {id} is not in the English file"));
            }
        }
        assert!(faults.is_empty(), "{}", faults.join("\n"));
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
            for lang in Lang::all() {
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
        let mut rest = template.to_owned();
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

    #[test]
    fn public_templates_take_every_word_from_the_catalogue() {
        let public = [
            "portal/page.html",
            "email/layout.html",
            "email/portal_message.txt",
            "email/portal_message.html",
            "email/portal_message.subject.txt",
            "copy/document.txt",
            "copy/information.txt",
            "copy/header.txt",
            "copy/footer.txt",
        ];
        let english: BTreeSet<String> = messages("en").into_iter().map(|(id, _)| id).collect();
        for name in public {
            let text = std::fs::read_to_string(root().join("templates").join(name)).unwrap();
            assert_eq!(
                words_outside(&text),
                "",
                "{name} has words outside the catalogue"
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
    }
}

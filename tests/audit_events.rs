//! Every audit event a release writes has words: each code written as
//! `Entry::new("…")` anywhere in `src/` is in `audit::events::CODES`, whose
//! own test checks its words. A new event without them fails here.

use std::path::Path;

fn written(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            written(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for (at, _) in text.match_indices("Entry::new(\"") {
                let rest = &text[at + "Entry::new(\"".len()..];
                let code = &rest[..rest.find('"').unwrap()];
                out.push((code.to_owned(), path.display().to_string()));
            }
        }
    }
}

#[test]
fn every_event_written_is_listed_with_words() {
    let mut found = Vec::new();
    written(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    assert!(found.len() > 50, "too few events found: {}", found.len());
    let missing: Vec<_> = found
        .iter()
        .filter(|(code, _)| !steward::audit::events::CODES.contains(&code.as_str()))
        .collect();
    assert!(missing.is_empty(), "events without words: {missing:?}");
}

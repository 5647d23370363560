//! The PDF copy shows names and notes in any script: Chinese, Japanese,
//! Korean, Arabic and Hebrew (right to left), Devanagari, Thai, Greek and
//! Cyrillic come out of a PDF reader's text as they were written, in fonts
//! made for them; a character no font has is shown as its code point.
//! Text is read with poppler's `pdftotext`, which honours the copy's
//! actual-text spans as readers do (Debian: poppler-utils).

use serde_json::json;
use steward::auth::Role;

use crate::helpers::{Session, expect, expect_status, spawn_app};

/// Creates a customer from `body`, with a note for each of `notes`.
async fn customer_with_notes(s: &Session, body: serde_json::Value, notes: &[&str]) -> String {
    let id = s.create_customer(body).await;
    for note in notes {
        let resp = s
            .post(
                &format!("/api/v1/customers/{id}/notes"),
                json!({ "body": note }),
            )
            .await;
        expect(resp, 201).await;
    }
    id
}

async fn pdf_of(s: &Session, id: &str) -> Vec<u8> {
    let resp = s.get(&format!("/api/v1/customers/{id}/copy.pdf")).await;
    let resp = expect_status(resp, 200).await;
    resp.bytes().await.unwrap().to_vec()
}

/// The text `pdftotext` reads from each page, whitespace collapsed. Fails,
/// never skips, when pdftotext is missing.
fn pdftotext_pages(pdf: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect(
            "pdftotext must be installed to read the copy (Debian: apt-get install poppler-utils)",
        );
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("pdftotext writes UTF-8")
        .split('\u{c}')
        .map(|page| page.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|page| !page.is_empty())
        .collect()
}

#[tokio::test]
async fn names_and_notes_in_every_script_are_in_the_copy_in_fonts_made_for_them() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let east = customer_with_notes(
        &staff,
        json!({ "name": "李伟", "company": "山田太郎" }),
        &["김민준", "محمد عبد الله", "שרה כהן"],
    )
    .await;
    let south = customer_with_notes(
        &staff,
        json!({ "name": "अमित शर्मा", "company": "สมชาย" }),
        &["Ψαράς Ζωή", "Дмитрий"],
    )
    .await;
    for (id, names, fonts) in [
        (
            &east,
            &["李伟", "山田太郎", "김민준", "محمد عبد الله", "שרה כהן"][..],
            &["DroidSansFallback", "NotoSansArabic", "NotoSansHebrew"][..],
        ),
        (
            &south,
            &["अमित शर्मा", "สมชาย", "Ψαράς Ζωή", "Дмитрий"][..],
            &["NotoSansDevanagari", "NotoSansThai"][..],
        ),
    ] {
        let pdf = pdf_of(&staff, id).await;
        let text = pdftotext_pages(&pdf).join(" ");
        for name in names {
            assert!(
                text.contains(name),
                "{name} is not in the copy's text: {text}"
            );
        }
        // The fonts are embedded (by name in the font dictionaries), only
        // those the copy uses, and no character went missing.
        let bytes = String::from_utf8_lossy(&pdf);
        for font in fonts {
            assert!(bytes.contains(font), "the copy does not embed {font}");
        }
        assert!(!text.contains("[U+"), "a character went missing: {text}");
        assert!(pdf.len() < 200_000, "the copy is {} bytes", pdf.len());
    }
    // A copy in Latin letters only embeds DejaVu Sans alone, as before.
    let latin = customer_with_notes(&staff, json!({ "name": "Zoë Dvořák" }), &["Called"]).await;
    let pdf = pdf_of(&staff, &latin).await;
    let bytes = String::from_utf8_lossy(&pdf);
    assert!(!bytes.contains("Noto") && !bytes.contains("Droid"));
}

#[tokio::test]
async fn a_character_no_font_has_shows_as_its_code_point_and_is_listed_at_the_end() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let id = customer_with_notes(
        &staff,
        json!({ "name": "Mara Linear" }),
        &["Signed 𐀀 and drew 𓀀", "李伟 𓀀"],
    )
    .await;
    let pages = pdftotext_pages(&pdf_of(&staff, &id).await);
    let text = pages.join(" ");
    assert!(
        text.contains("Signed [U+10000] and drew [U+13000]"),
        "{text}"
    );
    assert!(text.contains("李伟 [U+13000]"), "{text}");
    let last = pages.last().unwrap();
    let list = last
        .split("Characters that could not be shown")
        .nth(1)
        .unwrap_or_else(|| panic!("no closing list on the last page: {last}"));
    assert!(list.contains("code point in brackets"), "{list}");
    assert!(list.contains("U+10000 ×1"), "{list}");
    assert!(list.contains("U+13000 ×2"), "{list}");
}

#[tokio::test]
async fn a_date_field_reads_as_the_copys_language_writes_dates() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let field = json!({ "key": "since", "label": "Kunde seit", "type": "date" });
    expect(admin.post("/api/v1/fields", field).await, 201).await;
    let person =
        json!({ "name": "Jürgen Müller", "language": "de", "fields": { "since": "2019-04-30" } });
    let id = admin.create_customer(person).await;
    let text = pdftotext_pages(&pdf_of(&admin, &id).await).join(" ");
    assert!(text.contains("Kunde seit 30. April 2019"), "{text}");
    // The export keeps the value as stored.
    let export = admin
        .json(&format!("/api/v1/customers/{id}/export.json"))
        .await;
    assert_eq!(export["fields"][0]["value"], "2019-04-30", "{export}");
}

//! A customer's copy: the JSON export (Art. 20) with everything held about
//! them and the Art. 15 information, valid against its published schema.

use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{Session, expect, expect_status, problem, spawn_app, spawn_app_with};

const NAME: &str = "Zoë Łukasz-Ødegård";

/// A completed customer with every kind of data: fields (one only admins
/// see), notes, and a consent given then withdrawn.
async fn full_customer(admin: &Session) -> String {
    for body in [
        json!({ "key": "segment", "label": "Segment", "type": "text", "personal": false }),
        json!({ "key": "vat_id", "label": "VAT ID", "type": "text", "visible_to": "admin" }),
        json!({ "key": "visits", "label": "Visits", "type": "number" }),
        json!({ "key": "vip", "label": "VIP", "type": "bool" }),
        json!({ "key": "since", "label": "Customer since", "type": "date" }),
        json!({ "key": "tier", "label": "Tier", "type": "select", "options": ["bronze", "gold"] }),
    ] {
        let resp = admin.post("/api/v1/fields", body).await;
        expect(resp, 201).await;
    }
    let resp = admin
        .post(
            "/api/v1/customers",
            json!({
                "name": NAME, "email": "zoe@people.test", "phone": "+47 22 33 44 55",
                "company": "Dvořák & Co", "address": "Storgata 1, Oslo",
                "fields": {
                    "segment": "retail", "vat_id": "NO999888777", "visits": 12.5,
                    "vip": true, "since": "2019-04-30", "tier": "gold",
                },
            }),
        )
        .await;
    let resp = expect_status(resp, 201).await;
    let id = resp.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for body in [
        "First call about the order",
        "Second call: wants a catalogue",
    ] {
        let resp = admin
            .post(
                &format!("/api/v1/customers/{id}/notes"),
                json!({ "body": body }),
            )
            .await;
        expect(resp, 201).await;
    }
    for (granted, evidence) in [(true, "web form 17"), (false, "phone call")] {
        let resp = admin
            .send(
                reqwest::Method::PUT,
                &format!("/api/v1/customers/{id}/consent/marketing_email"),
                Some(json!({ "granted": granted, "basis": "consent", "evidence": evidence })),
            )
            .await;
        assert!(resp.status().is_success());
    }
    let resp = admin
        .post(&format!("/api/v1/customers/{id}/complete"), json!({}))
        .await;
    expect(resp, 200).await;
    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/hold"),
            json!({ "on": true, "reason": "Disputed invoice 42" }),
        )
        .await;
    expect(resp, 200).await;
    id
}

fn schema() -> jsonschema::Validator {
    crate::helpers::published_schema("customer-export.v1.json").1
}

fn section<'a>(copy: &'a Value, heading: &str) -> &'a str {
    copy["information"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["heading"] == heading)
        .unwrap_or_else(|| panic!("no section {heading:?}"))["text"]
        .as_str()
        .unwrap()
}

/// Staff download the JSON export as an attachment kept out of caches; it
/// matches the published schema. The copy.
async fn the_export_downloads_and_matches_its_schema(staff: &Session, id: &str) -> Value {
    let resp = staff
        .get(&format!("/api/v1/customers/{id}/export.json"))
        .await;
    let resp = expect_status(resp, 200).await;
    let headers = resp.headers().clone();
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    assert_eq!(
        headers["content-disposition"],
        format!("attachment; filename=\"customer-{id}.json\"").as_str()
    );
    assert_eq!(headers["cache-control"], "no-store");
    let copy: Value = resp.json().await.unwrap();
    let validator = schema();
    let errors: Vec<String> = validator
        .iter_errors(&copy)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    copy
}

/// The copy holds the controller, the record, every personal detail and field, the notes and the consent history.
fn the_export_holds_everything(copy: &Value, id: &str) {
    assert_eq!(copy["schema_version"], 1);
    assert_eq!(copy["controller"]["name"], "acme Ltd");
    assert_eq!(copy["controller"]["contact_email"], "privacy@acme.test");
    assert_eq!(copy["record"]["customer_id"], id);
    assert_eq!(copy["record"]["state"], "complete");
    assert!(copy["record"]["expires_at"].is_string());
    assert_eq!(
        copy["personal"],
        json!({
            "name": NAME, "email": "zoe@people.test", "phone": "+4722334455",
            "company": "Dvořák & Co", "address": "Storgata 1, Oslo",
        })
    );
    // The copy is not limited by the staff member's own field visibility.
    assert_eq!(
        copy["fields"],
        json!([
            { "key": "segment", "label": "Segment", "value": "retail" },
            { "key": "vat_id", "label": "VAT ID", "value": "NO999888777" },
            { "key": "visits", "label": "Visits", "value": 12.5 },
            { "key": "vip", "label": "VIP", "value": true },
            { "key": "since", "label": "Customer since", "value": "2019-04-30" },
            { "key": "tier", "label": "Tier", "value": "gold" },
        ])
    );
    let notes: Vec<&str> = copy["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["body"].as_str().unwrap())
        .collect();
    assert_eq!(
        notes,
        vec![
            "First call about the order",
            "Second call: wants a catalogue"
        ]
    );
    let consent = &copy["consent"][0];
    assert_eq!(consent["purpose"], "marketing_email");
    assert_eq!(consent["granted"], false);
    let history = consent["history"].as_array().unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0]["granted"], true);
    assert_eq!(history[0]["evidence"], "web form 17");
    assert_eq!(history[1]["source"], "staff");
}

/// The Art. 15 information, in words.
fn the_export_explains_art_15_in_words(copy: &Value) {
    assert!(section(copy, "Who holds your data").contains("privacy@acme.test"));
    assert!(section(copy, "Why it is held").contains("marketing email"));
    let kept = section(copy, "How long it is kept");
    assert!(
        kept.contains("until 365 days after it is marked complete"),
        "{kept}"
    );
    assert!(kept.contains("For your record, that date is"), "{kept}");
    let rights = section(copy, "Your rights");
    for right in ["correct", "delete", "restriction", "object"] {
        assert!(rights.contains(right), "{right}: {rights}");
    }
    assert!(section(copy, "If you want to complain").contains("supervisory authority"));
    assert!(section(copy, "Who receives it").contains("not passed to anyone"));
    let kinds = section(copy, "What kinds of data");
    for kind in ["your name", "contact details", "notes", "consent"] {
        assert!(kinds.contains(kind), "{kind}: {kinds}");
    }
}

/// The copy is audited, with nothing personal.
async fn the_copy_is_audited_without_personal_data(owner: &Session, id: &str) {
    let audit = owner.json("/api/v1/audit").await;
    let entry = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "customer.copied")
        .expect("an audit entry")
        .clone();
    assert_eq!(entry["target_id"], id);
    assert_eq!(entry["detail"]["format"], "json");
    assert!(!audit.to_string().contains("people.test"));
}

#[tokio::test]
async fn the_json_export_holds_everything_and_matches_its_schema() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let resp = admin
        .patch(
            "/api/v1/tenant",
            json!({ "contact_email": "privacy@acme.test" }),
        )
        .await;
    expect(resp, 200).await;
    let id = full_customer(&admin).await;

    let copy = the_export_downloads_and_matches_its_schema(&staff, &id).await;
    the_export_holds_everything(&copy, &id);
    the_export_explains_art_15_in_words(&copy);
    the_copy_is_audited_without_personal_data(&app.login_owner(&t).await, &id).await;
}

#[tokio::test]
async fn copies_are_refused_to_viewers_other_tenants_and_for_shredded_records() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let other = app.create_tenant("globex").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let viewer = app.login_as(&t, Role::Viewer).await;
    let intruder = app.login_as(&other, Role::Admin).await;
    let id = full_customer(&admin).await;
    let unknown = uuid::Uuid::now_v7();
    let before = app.fingerprint().await;
    for file in ["export.json", "copy.pdf"] {
        let path = format!("/api/v1/customers/{id}/{file}");
        problem(viewer.get(&path).await, 403).await;
        problem(intruder.get(&path).await, 404).await;
        problem(
            admin
                .get(&format!("/api/v1/customers/{unknown}/{file}"))
                .await,
            404,
        )
        .await;
        let p = problem(
            admin
                .get(&format!("/api/v1/customers/not-an-id/{file}"))
                .await,
            400,
        )
        .await;
        assert!(p.to_string().contains("id"), "{p}");
    }
    assert_eq!(app.fingerprint().await, before, "refusals change nothing");

    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/hold"),
            json!({ "on": false }),
        )
        .await;
    expect(resp, 200).await;
    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/shred"),
            json!({ "confirm": id }),
        )
        .await;
    expect(resp, 200).await;
    for file in ["export.json", "copy.pdf"] {
        let p = problem(
            admin.get(&format!("/api/v1/customers/{id}/{file}")).await,
            410,
        )
        .await;
        assert!(p["detail"].as_str().unwrap().contains("/api/v1/erasures/"));
    }
}

/// The text of each page of a PDF, as a reader extracts it.
fn pdf_pages(bytes: &[u8]) -> Vec<Vec<String>> {
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    let mut warnings = Vec::new();
    printpdf::PdfDocument::parse(bytes, &printpdf::PdfParseOptions::default(), &mut warnings)
        .expect("the PDF parses")
        .extract_text()
}

/// All of a PDF's text as one line, whitespace collapsed.
fn flat(pages: &[Vec<String>]) -> String {
    pages
        .iter()
        .flatten()
        .flat_map(|s| s.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ")
}

async fn pdf_of(s: &Session, id: &str) -> Vec<u8> {
    let resp = s.get(&format!("/api/v1/customers/{id}/copy.pdf")).await;
    let resp = expect_status(resp, 200).await;
    assert_eq!(resp.headers()["content-type"], "application/pdf");
    assert_eq!(
        resp.headers()["content-disposition"],
        format!("attachment; filename=\"customer-{id}.pdf\"").as_str()
    );
    assert_eq!(resp.headers()["cache-control"], "no-store");
    resp.bytes().await.unwrap().to_vec()
}

#[tokio::test]
async fn the_pdf_copy_holds_the_same_data_as_the_export_in_a_readable_font() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let id = full_customer(&admin).await;
    let pages = pdf_pages(&pdf_of(&staff, &id).await);
    let text = flat(&pages);
    let copy: Value = staff
        .get(&format!("/api/v1/customers/{id}/export.json"))
        .await
        .json()
        .await
        .unwrap();

    // Every value of the export is in the PDF.
    for (_, v) in copy["personal"].as_object().unwrap() {
        assert!(text.contains(v.as_str().unwrap()), "{v} missing");
    }
    assert!(text.contains(NAME) && text.contains("Dvořák"));
    assert_eq!(copy["fields"].as_array().unwrap().len(), 6);
    for f in copy["fields"].as_array().unwrap() {
        let value = match &f["value"] {
            Value::Bool(true) => "Yes".to_owned(),
            Value::Bool(false) => "No".to_owned(),
            // A date reads as the copy's language writes dates.
            Value::String(s) if s == "2019-04-30" => "30 April 2019".to_owned(),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let row = format!("{} {value}", f["label"].as_str().unwrap());
        assert!(text.contains(&row), "{row:?} missing");
    }
    assert!(text.contains("Visits 12.5") && text.contains("VIP Yes"));
    for n in copy["notes"].as_array().unwrap() {
        assert!(text.contains(n["body"].as_str().unwrap()), "{n}");
    }
    for c in copy["consent"].as_array().unwrap() {
        assert!(text.contains(c["label"].as_str().unwrap()), "{c}");
        for d in c["history"].as_array().unwrap() {
            assert!(text.contains(d["evidence"].as_str().unwrap()), "{d}");
        }
    }
    // Each decision: its time, what it was, the basis and the source, in words.
    for d in copy["consent"][0]["history"].as_array().unwrap() {
        let at = chrono::DateTime::parse_from_rfc3339(d["at"].as_str().unwrap()).unwrap();
        assert_eq!(
            (&d["basis"], &d["source"]),
            (&json!("consent"), &json!("staff"))
        );
        let row = format!(
            "{} {} ({}, recorded {}): {}",
            at.format("%-d %B %Y, %H:%M UTC"),
            if d["granted"] == true {
                "Given"
            } else {
                "Withdrawn"
            },
            "your consent",
            "by staff",
            d["evidence"].as_str().unwrap(),
        );
        assert!(text.contains(&row), "{row:?} missing from {text}");
    }
    assert!(text.contains("marketing email: not given"));
    // The record: its state, dates and the hold with its reason.
    assert_eq!(copy["record"]["state"], "complete");
    assert_eq!(copy["record"]["hold_reason"], "Disputed invoice 42");
    assert!(text.contains("State complete"));
    let expires =
        chrono::DateTime::parse_from_rfc3339(copy["record"]["expires_at"].as_str().unwrap())
            .unwrap();
    assert!(text.contains(&format!("Kept until {}", expires.format("%-d %B %Y"))));
    assert!(text.contains("Reason: Disputed invoice 42"));
    assert!(text.contains(&id));
    for s in copy["information"].as_array().unwrap() {
        assert!(text.contains(s["heading"].as_str().unwrap()), "{s}");
        for sentence in s["text"].as_str().unwrap().split(". ") {
            let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(text.contains(&sentence), "{sentence:?} missing");
        }
    }
    assert!(text.contains("kept until 365 days after it is marked complete"));
    assert!(text.contains("supervisory authority"));
    assert!(text.contains("Page 1 of"));

    // Audited as a copy, in PDF.
    let audit = app.login_owner(&t).await.json("/api/v1/audit").await;
    assert!(
        audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "customer.copied" && e["detail"]["format"] == "pdf")
    );
}

#[tokio::test]
async fn a_long_copy_runs_over_numbered_pages_and_long_words_wrap() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let resp = admin
        .post("/api/v1/customers", json!({ "name": "Antonín Dvořák" }))
        .await;
    let id = resp.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let word = "W".repeat(5_000);
    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/notes"),
            json!({ "body": format!("Before {word} after") }),
        )
        .await;
    expect(resp, 201).await;
    for i in 1..=299 {
        let resp = admin
            .post(
                &format!("/api/v1/customers/{id}/notes"),
                json!({ "body": format!("Note number {i}: called about the delivery\nand wrote it down") }),
            )
            .await;
        expect(resp, 201).await;
    }
    let pages = pdf_pages(&pdf_of(&admin, &id).await);
    let total = pages.len();
    assert!(total > 5, "{total} pages");
    for (i, page) in pages.iter().enumerate() {
        let joined = page.join(" ");
        assert!(
            joined.contains(&format!("Page {} of {total}", i + 1)),
            "page {}: {joined}",
            i + 1
        );
        assert!(joined.contains("Copy of personal data held by acme Ltd"));
        // Nothing runs past the margins: a line of the page holds at most
        // 48 of the widest letter, W, at this size; the long word is broken.
        for line in page {
            let ws = line.matches('W').count();
            assert!(ws <= 48, "a line with {ws} W");
        }
    }
    let text = flat(&pages);
    let long: usize = text
        .split_whitespace()
        .filter(|w| w.chars().all(|c| c == 'W'))
        .map(str::len)
        .sum();
    assert_eq!(long, 5_000, "the long word, whole, over many lines");
    for i in [1, 150, 299] {
        assert!(text.contains(&format!("Note number {i}: called about the delivery")));
    }
    assert!(text.contains("Notes (300)"));
}

#[tokio::test]
async fn a_long_controller_name_is_cut_to_fit_the_running_header() {
    let app = spawn_app().await;
    let name = "Ŵ".repeat(200);
    steward::tenants::service::create(
        &app.state,
        "longname",
        &name,
        "owner@longname.test",
        Some(crate::helpers::PASSWORD),
    )
    .await
    .expect("tenant is created");
    let owner = app
        .login("longname", "owner@longname.test", crate::helpers::PASSWORD)
        .await;
    let resp = owner
        .post("/api/v1/customers", json!({ "name": "Ada" }))
        .await;
    let id = resp.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let pages = pdf_pages(&pdf_of(&owner, &id).await);
    for page in &pages {
        // The header line is cut with an ellipsis, well short of 200 letters.
        let header = page
            .iter()
            .find(|l| l.starts_with("Copy of personal data held by"))
            .expect("a running header");
        assert!(header.ends_with('…'), "{header}");
        assert!(header.matches('Ŵ').count() < 60, "{header}");
    }
    // The full name is still in the body, wrapped.
    let text: String = flat(&pages).split_whitespace().collect();
    assert!(text.contains(&name));
}

/// Creates an integration sending `events` to `url` for `purpose`.
async fn integration(admin: &Session, url: &str, events: &[&str], purpose: &str) {
    let body = json!({ "kind": "webhook", "url": url, "events": events, "purpose": purpose });
    expect(admin.post("/api/v1/integrations", body).await, 201).await;
}

async fn export_of(s: &Session, id: &str) -> Value {
    s.json(&format!("/api/v1/customers/{id}/export.json")).await
}

#[tokio::test]
async fn a_copy_names_each_integration_that_receives_the_customers_data() {
    let app = spawn_app_with("integrations.allow_private = true\n").await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let mail_tool = ["consent.updated", "contact.forget"];
    integration(
        &admin,
        "http://127.0.0.1:9/mail-tool",
        &mail_tool,
        "marketing_email",
    )
    .await;
    integration(
        &admin,
        "http://localhost:9/sms",
        &["consent.updated"],
        "sms_offers",
    )
    .await;

    let subscriber = full_customer(&admin).await; // has a marketing_email decision
    let quiet = admin.create_customer(json!({ "name": "Nora Quiet" })).await;

    // The mail tool gets the subscriber's address and decisions, and is
    // told to forget them at erasure; the SMS tool keeps another purpose.
    let copy = export_of(&admin, &subscriber).await;
    let who = section(&copy, "Who receives it");
    assert!(
        who.contains("127.0.0.1, for the purpose marketing email"),
        "{who}"
    );
    assert!(
        who.contains("your email address and your consent decisions"),
        "{who}"
    );
    assert!(who.contains("if your data is erased"), "{who}");
    assert!(!who.contains("localhost"), "{who}");
    assert!(!who.contains("not passed"), "{who}");
    assert!(schema().is_valid(&copy));
    let pdf = flat(&pdf_pages(&pdf_of(&admin, &subscriber).await));
    assert!(
        pdf.contains("127.0.0.1, for the purpose marketing email"),
        "{pdf}"
    );

    // Someone without a consent decision reaches no marketing tool...
    let who = export_of(&admin, &quiet).await;
    assert!(section(&who, "Who receives it").contains("not passed to anyone"));

    // ...until one hears of every record's expiry.
    integration(
        &admin,
        "http://localhost:9/crm-archive",
        &["customer.expired"],
        "marketing_email",
    )
    .await;
    let copy = export_of(&admin, &quiet).await;
    let who = section(&copy, "Who receives it");
    assert!(
        who.contains("localhost, for the purpose marketing email"),
        "{who}"
    );
    assert!(who.contains("the identifier of your record"), "{who}");
    assert!(!who.contains("127.0.0.1"), "{who}");
}

/// A reader's document properties name the organisation that made the copy
/// and when it was made (not 1970), as the export does.
#[tokio::test]
async fn the_pdf_properties_name_the_controller_and_the_day_it_was_made() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let id = full_customer(&admin).await;
    let export = export_of(&admin, &id).await;
    let bytes = pdf_of(&admin, &id).await;
    let mut warnings = Vec::new();
    let doc =
        printpdf::PdfDocument::parse(&bytes, &printpdf::PdfParseOptions::default(), &mut warnings)
            .expect("the PDF parses");
    let info = &doc.metadata.info;
    assert_eq!(info.author, export["controller"]["name"].as_str().unwrap());
    let made = app.clock.now().timestamp();
    let created = info.creation_date.unix_timestamp();
    assert!(
        (created - made).abs() < 60,
        "created at {created}, the copy was made at {made}"
    );
    assert!(info.subject.contains("Art. 15"), "{}", info.subject);
}

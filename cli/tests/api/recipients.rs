//! The register of recipients and processors: admins keep it, staff read
//! it, integrations appear in it on their own, and a customer's copy (JSON
//! and PDF) and the public portal tell who receives the data and where.

use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{
    Session, TestApp, expect, expect_status, expect_text, problem, spawn_app, spawn_app_with,
    submit,
};

fn hosting() -> Value {
    json!({
        "name": "Example Hosting GmbH",
        "receives": "every customer record, as our hosting provider",
        "purpose": "running our systems",
        "country": "de",
        "retention": "until the contract ends",
    })
}

fn mail_tool_in_us(integration_id: Option<&str>) -> Value {
    json!({
        "name": "Mailer Inc",
        "receives": "names and email addresses",
        "purpose": "sending our newsletter",
        "country": "US",
        "safeguard": "scc",
        "integration_id": integration_id,
    })
}

async fn register(s: &Session) -> Vec<Value> {
    s.json("/api/v1/recipients")
        .await
        .as_array()
        .unwrap()
        .clone()
}

/// Connects a marketing tool that hears of consent changes; its ID.
async fn integration(admin: &Session) -> String {
    let body = json!({
        "kind": "webhook", "url": "http://127.0.0.1:9/mail-tool",
        "events": ["consent.updated", "contact.forget"], "purpose": "marketing_email",
    });
    let created = expect(admin.post("/api/v1/integrations", body).await, 201).await;
    created["id"].as_str().unwrap().to_owned()
}

/// A customer who said yes to marketing email; their ID.
async fn subscriber(admin: &Session) -> String {
    let id = admin.customer("Ada Lovelace", "ada@people.test").await;
    admin.consent(&id, "marketing_email", true).await;
    id
}

async fn export_of(s: &Session, id: &str) -> Value {
    s.json(&format!("/api/v1/customers/{id}/export.json")).await
}

/// The PDF copy's text, whitespace collapsed.
async fn pdf_text(s: &Session, id: &str) -> String {
    let resp = s.get(&format!("/api/v1/customers/{id}/copy.pdf")).await;
    let bytes = expect_status(resp, 200).await.bytes().await.unwrap();
    let mut warnings = Vec::new();
    printpdf::PdfDocument::parse(&bytes, &printpdf::PdfParseOptions::default(), &mut warnings)
        .expect("the PDF parses")
        .extract_text()
        .iter()
        .flatten()
        .flat_map(|s| s.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ")
}

fn matches_schema(copy: &Value) -> bool {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../schemas/customer-export.v1.json"
    ))
    .unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::validator_for(&schema).unwrap().is_valid(copy)
}

#[tokio::test]
async fn an_admin_keeps_the_register_and_every_change_is_audited() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;

    let created = expect(admin.post("/api/v1/recipients", hosting()).await, 201).await;
    assert_eq!(created["source"], "register");
    assert_eq!(created["country"], "DE");
    assert!(created.get("safeguard").is_none(), "{created}");
    let id = created["id"].as_str().unwrap().to_owned();
    let us = expect(
        admin
            .post("/api/v1/recipients", mail_tool_in_us(None))
            .await,
        201,
    )
    .await;
    assert_eq!(us["safeguard"], "scc");

    let path = format!("/api/v1/recipients/{id}");
    let body = json!({ "purpose": "hosting our database", "retention": null });
    let changed = expect(admin.patch(&path, body).await, 200).await;
    assert_eq!(changed["purpose"], "hosting our database");
    assert_eq!(changed["name"], "Example Hosting GmbH");
    assert!(changed.get("retention").is_none(), "{changed}");

    let listed = register(&admin).await;
    let names: Vec<&str> = listed.iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Example Hosting GmbH", "Mailer Inc"]);

    // Moving it into the EEA needs the safeguard cleared with it.
    let us_path = format!("/api/v1/recipients/{}", us["id"].as_str().unwrap());
    let refused = problem(admin.patch(&us_path, json!({ "country": "IE" })).await, 422).await;
    assert!(refused["errors"]["safeguard"].is_string(), "{refused}");
    let body = json!({ "country": "IE", "safeguard": null });
    let moved = expect(admin.patch(&us_path, body).await, 200).await;
    assert!(moved.get("safeguard").is_none(), "{moved}");

    expect(admin.delete(&path).await, 204).await;
    problem(admin.delete(&path).await, 404).await;
    assert_eq!(register(&admin).await.len(), 1);

    let audit = admin.json("/api/v1/audit").await;
    let items = audit["items"].as_array().unwrap();
    for action in [
        "recipient.created",
        "recipient.changed",
        "recipient.deleted",
    ] {
        let entry = items
            .iter()
            .find(|e| e["action"] == action && e["target_id"] == id.as_str());
        assert!(entry.is_some(), "{action}: {audit}");
    }
    let changed = items
        .iter()
        .find(|e| e["action"] == "recipient.changed" && e["target_id"] == id.as_str())
        .unwrap();
    assert!(changed["detail"]["changed"].to_string().contains("purpose"));
    assert!(!audit.to_string().contains("Example Hosting"), "{audit}");
}

#[tokio::test]
async fn staff_read_the_register_but_cannot_change_it() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let created = expect(admin.post("/api/v1/recipients", hosting()).await, 201).await;
    let path = format!("/api/v1/recipients/{}", created["id"].as_str().unwrap());

    assert_eq!(register(&staff).await.len(), 1);
    let page = expect_text(staff.get("/settings/recipients").await, 200).await;
    assert!(page.contains("Example Hosting GmbH"), "{page}");
    assert!(!page.contains("Add entry"), "staff see no form");

    problem(staff.post("/api/v1/recipients", hosting()).await, 403).await;
    problem(staff.patch(&path, json!({ "name": "Other" })).await, 403).await;
    problem(staff.delete(&path).await, 403).await;
    let viewer = app.login_as(&t, Role::Viewer).await;
    problem(viewer.get("/api/v1/recipients").await, 403).await;
    assert_eq!(register(&admin).await[0]["name"], "Example Hosting GmbH");
}

#[tokio::test]
async fn bad_entries_are_refused_naming_each_field_and_nothing_changes() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let before = app.fingerprint().await;

    let body = json!({
        "name": " ", "receives": "x".repeat(501), "purpose": "",
        "country": "XX", "safeguard": "trust-us", "retention": "y".repeat(201),
        "integration_id": uuid::Uuid::now_v7(),
    });
    let refused = problem(admin.post("/api/v1/recipients", body).await, 422).await;
    for field in [
        "name",
        "receives",
        "purpose",
        "country",
        "safeguard",
        "retention",
        "integration_id",
    ] {
        assert!(refused["errors"][field].is_string(), "{field}: {refused}");
    }

    // Outside the EEA a safeguard is required; inside it, refused.
    let mut unsafe_transfer = mail_tool_in_us(None);
    unsafe_transfer["safeguard"] = Value::Null;
    let refused = problem(admin.post("/api/v1/recipients", unsafe_transfer).await, 422).await;
    assert!(
        refused["errors"]["safeguard"]
            .as_str()
            .unwrap()
            .contains("required")
    );
    let mut needless = hosting();
    needless["safeguard"] = json!("scc");
    let refused = problem(admin.post("/api/v1/recipients", needless).await, 422).await;
    assert_eq!(refused["errors"].as_object().unwrap().len(), 1, "{refused}");

    assert_eq!(app.fingerprint().await, before);
    assert!(register(&admin).await.is_empty());
}

/// A customer with consent, an integration and a register entry in the US.
async fn acme_with_integration(app: &TestApp) -> (Session, String, String) {
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let integration_id = integration(&admin).await;
    (admin.clone(), integration_id, subscriber(&admin).await)
}

#[tokio::test]
async fn integrations_are_listed_and_the_copy_names_them() {
    let app = spawn_app_with("integrations.allow_private = true\n").await;
    let (admin, integration_id, customer) = acme_with_integration(&app).await;

    let listed = register(&admin).await;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["source"], "integration");
    assert_eq!(listed[0]["integration_id"], integration_id.as_str());
    assert_eq!(listed[0]["name"], "127.0.0.1");
    assert_eq!(listed[0]["purpose"], "marketing_email");
    assert!(listed[0].get("id").is_none());
    assert!(
        listed[0]["receives"]
            .as_str()
            .unwrap()
            .contains("consent decisions")
    );

    let copy = export_of(&admin, &customer).await;
    assert!(matches_schema(&copy), "{copy}");
    assert_eq!(copy["recipients"][0]["name"], "127.0.0.1");
    assert_eq!(copy["recipients"][0]["source"], "integration");
    assert_eq!(copy["transfers"], json!([]));
    let pdf = pdf_text(&admin, &customer).await;
    assert!(
        pdf.contains("127.0.0.1, for the purpose marketing email"),
        "{pdf}"
    );

    // An entry describing it lends it its details, in the register and the copy.
    let entry = mail_tool_in_us(Some(&integration_id));
    expect(admin.post("/api/v1/recipients", entry).await, 201).await;
    let listed = register(&admin).await;
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0]["source"], "integration");
    assert_eq!(listed[0]["name"], "Mailer Inc");
    let copy = export_of(&admin, &customer).await;
    assert!(matches_schema(&copy), "{copy}");
    assert_eq!(copy["recipients"][0]["name"], "Mailer Inc");
    assert_eq!(copy["recipients"][0]["country"], "US");
    let transfers = &copy["transfers"];
    assert_eq!(
        transfers,
        &json!([{ "name": "Mailer Inc", "country": "US", "safeguard": "scc" }])
    );

    // A second entry for the same integration is refused.
    let again = mail_tool_in_us(Some(&integration_id));
    let refused = problem(admin.post("/api/v1/recipients", again).await, 422).await;
    assert!(refused["errors"]["integration_id"].is_string(), "{refused}");
}

#[tokio::test]
async fn without_recipients_the_copy_says_nobody_receives_the_data() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let customer = subscriber(&admin).await;

    let copy = export_of(&admin, &customer).await;
    assert!(matches_schema(&copy), "{copy}");
    assert_eq!(copy["recipients"], json!([]));
    assert_eq!(copy["transfers"], json!([]));
    let pdf = pdf_text(&admin, &customer).await;
    assert!(
        pdf.contains("Your data is not passed to anyone else"),
        "{pdf}"
    );
    assert!(
        pdf.contains("not transferred outside the European Economic Area"),
        "{pdf}"
    );
}

#[tokio::test]
async fn a_transfer_to_the_us_is_told_with_its_safeguard() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    expect(admin.post("/api/v1/recipients", hosting()).await, 201).await;
    expect(
        admin
            .post("/api/v1/recipients", mail_tool_in_us(None))
            .await,
        201,
    )
    .await;
    let customer = subscriber(&admin).await;

    let copy = export_of(&admin, &customer).await;
    assert!(matches_schema(&copy), "{copy}");
    let names: Vec<&str> = copy["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Example Hosting GmbH", "Mailer Inc"]);
    assert_eq!(
        copy["recipients"][0]["retention"],
        "until the contract ends"
    );
    let transfers = &copy["transfers"];
    assert_eq!(
        transfers,
        &json!([{ "name": "Mailer Inc", "country": "US", "safeguard": "scc" }])
    );

    let pdf = pdf_text(&admin, &customer).await;
    assert!(pdf.contains("Example Hosting GmbH (Germany)"), "{pdf}");
    assert!(pdf.contains("keeps it until the contract ends"), "{pdf}");
    assert!(pdf.contains("Transfers outside Europe"), "{pdf}");
    assert!(pdf.contains("Mailer Inc is in United States"), "{pdf}");
    assert!(pdf.contains("standard contractual clauses"), "{pdf}");
    assert!(
        !pdf.contains("Your data is not passed to anyone else"),
        "{pdf}"
    );
}

#[tokio::test]
async fn the_portal_shows_the_register_in_the_readers_language() {
    let app = spawn_app_with("integrations.allow_private = true\n").await;
    let (admin, _, _) = acme_with_integration(&app).await;
    expect(admin.post("/api/v1/recipients", hosting()).await, 201).await;
    expect(
        admin
            .post("/api/v1/recipients", mail_tool_in_us(None))
            .await,
        201,
    )
    .await;
    let public = app.anonymous();

    let page = expect_text(public.get("/portal/acme/recipients").await, 200).await;
    assert!(page.contains("Who receives personal data"), "{page}");
    for shown in [
        "Example Hosting GmbH",
        "Germany",
        "not needed (within the European Economic Area)",
        "Mailer Inc",
        "United States",
        "standard contractual clauses",
        "A marketing service",
        "your email address and your consent decisions",
    ] {
        assert!(page.contains(shown), "{shown}: {page}");
    }
    // An integration the register does not describe is not named by its address.
    assert!(!page.contains("127.0.0.1"), "{page}");
    let german = expect_text(public.get("/portal/acme/recipients?lang=de").await, 200).await;
    assert!(
        german.contains("Wer personenbezogene Daten erhält"),
        "{german}"
    );
    assert!(german.contains("Vereinigte Staaten"), "{german}");

    let nobody = app.create_tenant("empty").await;
    let page = expect_text(
        app.anonymous()
            .get(&format!("/portal/{}/recipients", nobody.slug))
            .await,
        200,
    )
    .await;
    assert!(
        page.contains("passes personal data to no one else"),
        "{page}"
    );
}

#[tokio::test]
async fn an_admin_keeps_the_register_on_its_settings_page() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let page = expect_text(admin.get("/settings/recipients").await, 200).await;
    assert!(page.contains("No recipients yet") && page.contains("United States (US)"));
    assert!(page.contains("href=\"/settings/recipients\" aria-current=\"page\""));

    // A transfer to the US without a safeguard is shown again with the fault.
    let mut fields = vec![
        ("name", "Mailer Inc"),
        ("receives", "names and email addresses"),
        ("purpose", "sending our newsletter"),
        ("country", "US"),
        ("safeguard", ""),
    ];
    let refused = expect_text(submit(&admin, "/settings/recipients", &fields).await, 422).await;
    assert!(
        refused.contains("is required for a country outside the EEA"),
        "{refused}"
    );
    assert!(refused.contains("value=\"Mailer Inc\""), "{refused}");

    fields[4] = ("safeguard", "scc");
    expect_status(submit(&admin, "/settings/recipients", &fields).await, 303).await;
    let id = register(&admin).await[0]["id"].as_str().unwrap().to_owned();
    let edit = expect_text(admin.get(&format!("/settings/recipients/{id}")).await, 200).await;
    assert!(edit.contains("Change the entry") && edit.contains("value=\"scc\" selected"));

    fields[0] = ("name", "Mailer Corp");
    let path = format!("/settings/recipients/{id}");
    expect_status(submit(&admin, &path, &fields).await, 303).await;
    assert_eq!(register(&admin).await[0]["name"], "Mailer Corp");
    let path = format!("/settings/recipients/{id}/delete");
    expect_status(submit(&admin, &path, &[]).await, 303).await;
    assert!(register(&admin).await.is_empty());
}

//! The controller's identity and brand: legal name, address, privacy
//! contact, data protection officer, supervisory authority, privacy notice,
//! automated decisions, accent colour and logo — validated, audited, and
//! shown on the portal, in emails and on the copy.

use reqwest::Method;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{Session, expect, expect_status, expect_text, png, problem, spawn_app};

fn identity() -> Value {
    json!({
        "legal_name": "Acme Trading GmbH",
        "postal_address": "Hauptstraße 1, 10115 Berlin",
        "privacy_email": "privacy@acme.test",
        "dpo_name": "Dana Schutz",
        "dpo_contact": "dpo@acme.test",
        "authority": "de",
        "privacy_notice_url": "https://acme.test/privacy",
        "accent_colour": "#7c2d12",
    })
}

async fn upload(admin: &Session, bytes: Vec<u8>) -> reqwest::Response {
    admin
        .raw(Method::PUT, "/api/v1/tenant/logo", "image/png", bytes)
        .await
}

#[tokio::test]
async fn bad_settings_are_refused_field_by_field_and_change_nothing() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let before = admin.json("/api/v1/tenant").await;
    let bad = json!({
        "legal_name": "Acme Trading GmbH",
        "privacy_email": "not an address",
        "authority": "US",
        "accent_colour": "#ffeb3b",
        "privacy_notice_url": "javascript:alert(1)",
    });
    let p = problem(admin.patch("/api/v1/tenant", bad).await, 422).await;
    for field in [
        "privacy_email",
        "authority",
        "accent_colour",
        "privacy_notice_url",
    ] {
        assert!(p["errors"][field].is_string(), "{field} named in {p}");
    }
    assert!(
        p["errors"]["accent_colour"]
            .as_str()
            .unwrap()
            .contains("4.5:1")
    );
    assert_eq!(admin.json("/api/v1/tenant").await, before);
    // Staff may not change them at all.
    let staff = app.login_as(&t, Role::Staff).await;
    problem(staff.patch("/api/v1/tenant", identity()).await, 403).await;
    // A good change is kept, audited by field name only, and can be cleared.
    let saved = expect(admin.patch("/api/v1/tenant", identity()).await, 200).await;
    assert_eq!(
        (&saved["authority"], &saved["accent_colour"]),
        (&json!("DE"), &json!("#7c2d12"))
    );
    let audit = admin.json("/api/v1/audit").await.to_string();
    assert!(audit.contains("identity_changed") && audit.contains("dpo_name"));
    assert!(!audit.contains("Dana Schutz") && !audit.contains("Hauptstraße"));
    let cleared = admin
        .patch(
            "/api/v1/tenant",
            json!({ "dpo_name": null, "dpo_contact": null }),
        )
        .await;
    assert!(expect(cleared, 200).await.get("dpo_name").is_none());
    // Half a pair would show nowhere: refused, naming the other half.
    let half = problem(
        admin
            .patch("/api/v1/tenant", json!({ "dpo_name": "Dana" }))
            .await,
        422,
    )
    .await;
    assert!(
        half["errors"]["dpo_contact"]
            .as_str()
            .unwrap()
            .contains("dpo_name"),
        "{half}"
    );
    let authorities = admin.json("/api/v1/tenant/authorities").await;
    assert!(authorities.as_array().unwrap().len() >= 31);
}

#[tokio::test]
async fn a_logo_is_checked_re_encoded_served_and_removed() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let kept = expect(upload(&admin, png(1200, 400)).await, 200).await;
    assert_eq!(
        (&kept["width"], &kept["height"]),
        (&json!(600), &json!(200))
    );
    let served = expect_status(app.anonymous().get("/portal/acme/logo").await, 200).await;
    assert_eq!(served.headers()["content-type"], "image/png");
    let first = served.bytes().await.unwrap();
    assert!(first.starts_with(b"\x89PNG"));
    // Too large, not an image, too small: 422 naming the logo; the old one stays.
    let big = problem(upload(&admin, vec![0; 600 * 1024]).await, 422).await;
    assert!(
        big["errors"]["logo"].as_str().unwrap().contains("512 KB"),
        "{big}"
    );
    let text = problem(upload(&admin, b"hello, not a picture".to_vec()).await, 422).await;
    assert!(
        text["errors"]["logo"]
            .as_str()
            .unwrap()
            .contains("not a PNG or JPEG")
    );
    let tiny = problem(upload(&admin, png(4, 4)).await, 422).await;
    assert!(
        tiny["errors"]["logo"]
            .as_str()
            .unwrap()
            .contains("at least 16")
    );
    let again = app.anonymous().get("/portal/acme/logo").await;
    assert_eq!(
        expect_status(again, 200).await.bytes().await.unwrap(),
        first
    );
    let staff = app.login_as(&t, Role::Staff).await;
    problem(upload(&staff, png(40, 40)).await, 403).await;
    expect_status(admin.delete("/api/v1/tenant/logo").await, 204).await;
    problem(app.anonymous().get("/portal/acme/logo").await, 404).await;
    let audit = admin.json("/api/v1/audit").await.to_string();
    assert!(audit.contains("tenant.logo_set") && audit.contains("tenant.logo_removed"));
}

#[tokio::test]
async fn the_portal_and_the_copy_name_the_controller_its_officer_and_authority() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    expect(admin.patch("/api/v1/tenant", identity()).await, 200).await;
    expect(upload(&admin, png(300, 100)).await, 200).await;
    let portal = expect_text(app.anonymous().get("/portal/acme").await, 200).await;
    for shown in [
        "Acme Trading GmbH",
        "Dana Schutz",
        "Bundesbeauftragte",
        "bfdi.bund.de",
        "acme.test&#x2f;privacy\">Privacy notice</a>",
        "privacy@acme.test",
        "/portal/acme/brand.css",
        "class=\"portal-logo\"",
        "recipients\">Who receives personal data</a>",
    ] {
        assert!(portal.contains(shown), "{shown} on the portal");
    }
    let css = expect_text(app.anonymous().get("/portal/acme/brand.css").await, 200).await;
    assert!(css.contains("--accent: #7c2d12"), "{css}");
    // An error page says whose portal it is.
    let spent = expect_text(
        app.anonymous().get("/portal/acme/verify/nothing").await,
        410,
    )
    .await;
    assert!(spent.contains("Acme Trading GmbH"), "{spent}");
    // The copy's first page and its information.
    let id = admin.create_customer(json!({ "name": "Zoë" })).await;
    let export = admin
        .json(&format!("/api/v1/customers/{id}/export.json"))
        .await;
    assert_eq!(export["controller"]["dpo"]["name"], "Dana Schutz");
    assert_eq!(export["controller"]["contact_email"], "privacy@acme.test");
    let pdf = admin.get(&format!("/api/v1/customers/{id}/copy.pdf")).await;
    let bytes = expect_status(pdf, 200).await.bytes().await.unwrap();
    // The logo is drawn on the pages: an image the PDF carries.
    assert!(
        bytes.windows(6).any(|w| w == b"/Image"),
        "the copy carries the logo"
    );
    let text = crate::languages::pdf_text(&bytes);
    for shown in [
        "Acme Trading GmbH",
        "Hauptstraße 1, 10115 Berlin",
        "Dana Schutz",
        "Bundesbeauftragte",
        "makes no decisions about you based solely on automated processing",
    ] {
        assert!(text.contains(shown), "{shown} in the copy: {text}");
    }
    let decided =
        json!({ "automated_decisions": "A credit score decides the payment terms offered." });
    expect(admin.patch("/api/v1/tenant", decided).await, 200).await;
    let pdf = admin.get(&format!("/api/v1/customers/{id}/copy.pdf")).await;
    let text = crate::languages::pdf_text(&expect_status(pdf, 200).await.bytes().await.unwrap());
    assert!(
        text.contains("A credit score decides the payment terms offered."),
        "{text}"
    );
}

#[tokio::test]
async fn the_organisation_page_uploads_a_logo_and_shows_a_refusal_beside_it() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let send = |bytes: Vec<u8>, csrf: String| {
        let form = reqwest::multipart::Form::new().text("csrf", csrf).part(
            "logo",
            reqwest::multipart::Part::bytes(bytes).file_name("logo.png"),
        );
        admin
            .client
            .post(format!("{}/settings/organisation/logo", admin.base))
            .multipart(form)
            .send()
    };
    let csrf = admin.csrf.clone().unwrap();
    let refused = send(b"GIF89a".to_vec(), csrf.clone()).await.unwrap();
    let html = expect_text(refused, 422).await;
    assert!(
        html.contains("id=\"f-logo-error\"") && html.contains("not a PNG or JPEG"),
        "{html}"
    );
    let forged = send(png(40, 40), "forged".into()).await.unwrap();
    expect_status(forged, 403).await;
    let saved = send(png(40, 40), csrf).await.unwrap();
    assert_eq!(
        expect_status(saved, 303).await.headers()["location"],
        "/settings/organisation"
    );
    assert_eq!(admin.json("/api/v1/tenant").await["has_logo"], true);
}

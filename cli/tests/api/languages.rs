//! Languages: the portal answers in the browser's language, switches on
//! request and remembers it; a request's emails are in the language it was
//! made in; a copy is in the person's preferred language; the customer's
//! language and the tenant's default are validated; a confirmation link
//! clicked twice says the request is already confirmed.

use reqwest::header::{ACCEPT_LANGUAGE, COOKIE};
use serde_json::json;
use steward::auth::Role;

use crate::{
    helpers::{TestApp, client, expect, expect_status, expect_text, problem},
    requests::{app_with_smtp, link_in, mail_to},
};

/// The text of a portal page fetched with `headers`.
async fn portal(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut req = client().get(app.url(path));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.send().await.unwrap()
}

/// All of a PDF's text, as a reader extracts it.
pub(crate) fn pdf_text(bytes: &[u8]) -> String {
    let mut warnings = Vec::new();
    printpdf::PdfDocument::parse(bytes, &printpdf::PdfParseOptions::default(), &mut warnings)
        .expect("the PDF parses")
        .extract_text()
        .concat()
        .join(" ")
}

#[tokio::test]
async fn the_portal_speaks_the_browsers_language_and_keeps_a_chosen_one() {
    let app = crate::helpers::spawn_app().await;
    app.create_tenant("acme").await;
    let german = portal(
        &app,
        "/portal/acme",
        &[("accept-language", "de-AT,de;q=0.9,en;q=0.5")],
    )
    .await;
    assert_eq!(german.headers()["content-language"], "de");
    let german = expect_text(german, 200).await;
    assert!(
        german.contains("<html lang=\"de\">") && german.contains("Ihre Daten"),
        "{german}"
    );
    // Every language is offered by its own name.
    for name in [
        "English",
        "Deutsch",
        "Français",
        "Español",
        "Italiano",
        "Nederlands",
        "Polski",
    ] {
        assert!(german.contains(name), "{name} offered");
    }
    // Switching sets a cookie; the choice then beats Accept-Language.
    let switched = portal(
        &app,
        "/portal/acme?lang=fr",
        &[(ACCEPT_LANGUAGE.as_str(), "de")],
    )
    .await;
    let cookie = switched
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("steward_lang="))
        .expect("the choice is remembered");
    assert!(
        cookie.starts_with("steward_lang=fr") && cookie.contains("Path=/portal"),
        "{cookie}"
    );
    assert!(
        expect_text(switched, 200)
            .await
            .contains("<html lang=\"fr\">")
    );
    let pair = cookie.split(';').next().unwrap();
    let kept = portal(
        &app,
        "/portal/acme/sent",
        &[(ACCEPT_LANGUAGE.as_str(), "de"), (COOKIE.as_str(), pair)],
    )
    .await;
    let kept = expect_text(kept, 200).await;
    assert!(kept.contains("<html lang=\"fr\">"), "{kept}");
    // An unknown language, or none, falls back to the tenant's default.
    let none = expect_text(
        portal(&app, "/portal/acme?lang=xx", &[("accept-language", "ja")]).await,
        200,
    )
    .await;
    assert!(none.contains("<html lang=\"en\">"));
    // A page for an unknown portal is in the browser's language too.
    let missing = portal(&app, "/portal/nobody", &[("accept-language", "es")]).await;
    assert!(
        expect_text(missing, 404)
            .await
            .contains("<html lang=\"es\">")
    );
}

#[tokio::test]
async fn the_tenants_default_language_is_validated_and_used() {
    let app = crate::helpers::spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let bad = admin
        .patch("/api/v1/tenant", json!({ "default_language": "xx" }))
        .await;
    let p = problem(bad, 422).await;
    assert!(
        p["errors"]["default_language"]
            .as_str()
            .unwrap()
            .contains("en, es"),
        "{p}"
    );
    assert_eq!(admin.json("/api/v1/tenant").await["default_language"], "en");
    let ok = admin
        .patch("/api/v1/tenant", json!({ "default_language": "nl" }))
        .await;
    assert_eq!(expect(ok, 200).await["default_language"], "nl");
    let page = expect_text(portal(&app, "/portal/acme", &[]).await, 200).await;
    assert!(page.contains("<html lang=\"nl\">"), "{page}");
    let audit = admin.json("/api/v1/audit").await;
    assert!(
        audit
            .to_string()
            .contains("\"default_language\":{\"from\":\"en\",\"to\":\"nl\"}")
    );
}

#[tokio::test]
async fn a_customers_language_is_validated_kept_and_cleared() {
    let app = crate::helpers::spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let bad = staff
        .post(
            "/api/v1/customers",
            json!({ "name": "Ana", "language": "klingon" }),
        )
        .await;
    let p = problem(bad, 422).await;
    assert!(
        p["errors"]["language"]
            .as_str()
            .unwrap()
            .contains("supported languages"),
        "{p}"
    );
    assert_eq!(staff.json("/api/v1/customers").await["items"], json!([]));
    let id = staff
        .create_customer(json!({ "name": "Ana", "language": "ES" }))
        .await;
    let c = staff.json(&format!("/api/v1/customers/{id}")).await;
    assert_eq!(c["language"], "es");
    let cleared = staff
        .patch(
            &format!("/api/v1/customers/{id}"),
            json!({ "version": c["version"], "language": null }),
        )
        .await;
    assert!(expect(cleared, 200).await.get("language").is_none());
    // The staff copy: the language asked for, else the person's, else the tenant's.
    let pdf = staff
        .get(&format!("/api/v1/customers/{id}/copy.pdf?lang=de"))
        .await;
    let text = pdf_text(&expect_status(pdf, 200).await.bytes().await.unwrap());
    assert!(
        text.contains("Ihre Rechte") && text.contains("Sprache Deutsch"),
        "{text}"
    );
    problem(
        staff
            .get(&format!("/api/v1/customers/{id}/export.json?lang=zz"))
            .await,
        422,
    )
    .await;
    let export = staff
        .json(&format!("/api/v1/customers/{id}/export.json"))
        .await;
    assert_eq!(export["language"], "en");
}

#[tokio::test]
async fn a_requests_emails_use_its_language_and_the_copy_the_persons() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    staff
        .create_customer(json!({ "name": "Zoë", "email": "zoe@people.test", "language": "es" }))
        .await;
    // Asked for in French (the switch's cookie).
    let browser = client();
    browser
        .get(app.url("/portal/acme?lang=fr"))
        .send()
        .await
        .unwrap();
    let asked = browser
        .post(app.url("/portal/acme/requests"))
        .json(&json!({ "email": "zoe@people.test", "kind": "copy" }))
        .send()
        .await
        .unwrap();
    expect_status(asked, 202).await;
    let mails = mail_to(&app, &sink, "zoe@people.test").await;
    let verify = mails.last().unwrap();
    assert!(
        verify.subject().contains("Veuillez confirmer"),
        "{}",
        verify.subject()
    );
    assert!(verify.html().contains("<html lang=\"fr\">") && verify.text().contains("Bonjour"));
    assert!(verify.sender().contains("acme Ltd"), "{}", verify.sender());
    let path = link_in(&mails, "/portal/acme/verify/");
    let token = path.rsplit('/').next().unwrap();
    let verified = app
        .anonymous()
        .post("/portal/acme/verify", json!({ "token": token }))
        .await;
    let request_id = expect(verified, 200).await["request_id"]
        .as_str()
        .unwrap()
        .to_owned();
    // A second click: already confirmed, with where the request stands.
    let again = expect_text(portal(&app, &path, &[("accept-language", "en")]).await, 200).await;
    assert!(
        again.contains("Already confirmed") && again.contains("is dealing with it"),
        "{again}"
    );
    let received = mail_to(&app, &sink, "zoe@people.test").await;
    // The email quotes the request's short reference, not its long ID.
    let year = app.clock.now().format("%Y").to_string();
    let text = received.last().unwrap().text();
    assert!(text.contains(&format!("R-{year}-0001")), "{text}");
    assert!(!text.contains(&request_id));
    assert!(received.last().unwrap().subject().contains("a bien reçu"));
    let done = staff
        .post(&format!("/api/v1/requests/{request_id}/fulfil"), json!({}))
        .await;
    expect(done, 200).await;
    let mails = mail_to(&app, &sink, "zoe@people.test").await;
    let ready = mails.last().unwrap();
    assert!(
        ready.html().contains("<html lang=\"fr\">"),
        "{}",
        ready.html()
    );
    let page = link_in(&mails, "/portal/acme/download/");
    let pdf = app.anonymous().get(&format!("{page}/1/copy.pdf")).await;
    let text = pdf_text(&expect_status(pdf, 200).await.bytes().await.unwrap());
    assert!(
        text.contains("Sus derechos") && text.contains("Sus datos"),
        "{text}"
    );
}

#[tokio::test]
async fn portal_problems_name_the_organisation_and_say_what_to_do() {
    let app = crate::helpers::spawn_app().await;
    app.create_tenant("acme").await;
    let used = portal(
        &app,
        "/portal/acme/verify/not-a-real-token",
        &[("accept-language", "de")],
    )
    .await;
    let used = expect_text(used, 410).await;
    assert!(
        used.contains("acme") && used.contains("<html lang=\"de\">"),
        "{used}"
    );
    // A refusal may answer a post: its language switch leads to the form.
    assert!(
        used.contains("href=\"&#x2f;portal&#x2f;acme?lang=fr\""),
        "{used}"
    );
    let gone = expect_text(portal(&app, "/portal/acme/download/spent", &[]).await, 410).await;
    assert!(gone.contains("make a new request for a copy"), "{gone}");
}

#[tokio::test]
async fn consent_purposes_read_in_the_tenants_words_per_language() {
    let app = crate::helpers::spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let words = json!({ "labels": {
        "en": { "label": "Newsletter by email", "description": "A monthly letter about new products." },
        "de": { "label": "Newsletter per E-Mail" },
    } });
    let bad = json!({ "labels": { "xx": { "label": "?" } } });
    let p = problem(
        admin
            .send(
                reqwest::Method::PUT,
                "/api/v1/purposes/marketing_email",
                Some(bad),
            )
            .await,
        422,
    )
    .await;
    assert!(p["errors"]["labels.xx"].is_string(), "{p}");
    let p = problem(
        admin
            .send(
                reqwest::Method::PUT,
                "/api/v1/purposes/Bad%20Key",
                Some(words.clone()),
            )
            .await,
        422,
    )
    .await;
    assert!(p["errors"]["key"].is_string(), "{p}");
    let staff = app.login_as(&t, Role::Staff).await;
    problem(
        staff
            .send(
                reqwest::Method::PUT,
                "/api/v1/purposes/marketing_email",
                Some(words.clone()),
            )
            .await,
        403,
    )
    .await;
    assert_eq!(staff.json("/api/v1/purposes").await, json!([]));
    let saved = admin
        .send(
            reqwest::Method::PUT,
            "/api/v1/purposes/marketing_email",
            Some(words),
        )
        .await;
    assert_eq!(
        expect(saved, 200).await["labels"]["de"]["label"],
        "Newsletter per E-Mail"
    );
    let id = staff
        .create_customer(json!({ "name": "Ana", "language": "de" }))
        .await;
    staff.consent(&id, "marketing_email", true).await;
    staff.consent(&id, "events", true).await;
    let export = staff
        .json(&format!("/api/v1/customers/{id}/export.json"))
        .await;
    let labels: Vec<&str> = export["consent"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["events", "Newsletter per E-Mail"]);
    let pdf = staff
        .get(&format!("/api/v1/customers/{id}/copy.pdf?lang=en"))
        .await;
    let text = pdf_text(&expect_status(pdf, 200).await.bytes().await.unwrap());
    assert!(
        text.contains("Newsletter by email: given")
            && text.contains("A monthly letter about new products."),
        "{text}"
    );
    assert!(!text.contains("marketing_email"), "{text}");
    expect_status(admin.delete("/api/v1/purposes/marketing_email").await, 204).await;
    problem(admin.delete("/api/v1/purposes/marketing_email").await, 404).await;
}

//! The staff pages speak the language each person picks on the account
//! page (or through `PATCH /auth/me`), else the organisation's default when
//! the staff pages are written in it, else English; the sign-in page
//! follows the browser.

use serde_json::json;

use crate::helpers::{count, expect, expect_text, problem, spawn_app, submit};

#[tokio::test]
async fn the_pages_follow_the_language_a_person_picks() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let s = app.login_owner(&t).await;
    let html = expect_text(s.get("/customers").await, 200).await;
    assert!(html.contains(r#"<html lang="en">"#) && html.contains(">Customers</a>"));

    // A language the staff pages are not written in is refused on the
    // form, next to the field, and nothing changes.
    let html = expect_text(
        submit(&s, "/account/language", &[("language", "pt")]).await,
        422,
    )
    .await;
    assert!(html.contains(r#"id="f-language-error""#), "{html}");
    assert!(html.contains(
        "must be one of the languages the staff pages are written in: de, en, es, fr, it, nl, pl"
    ));
    let html = expect_text(s.get("/customers").await, 200).await;
    assert!(html.contains(r#"<html lang="en">"#));

    // German: the menu, the page title, the message after the change.
    expect(
        submit(&s, "/account/language", &[("language", "de")]).await,
        303,
    )
    .await;
    let html = expect_text(s.get("/account").await, 200).await;
    assert!(html.contains(r#"<html lang="de">"#), "{html}");
    assert!(html.contains("<title>Ihr Konto · Steward</title>"));
    assert!(html.contains(">Kunden</a>") && html.contains(">Abmelden</button>"));
    assert!(html.contains("Die Seiten werden jetzt auf Deutsch angezeigt."));
    assert!(
        html.contains(r#"<option value="de" lang="de" selected>Deutsch</option>"#),
        "{html}"
    );
    let html = expect_text(
        s.get(&format!("/customers/{}", uuid::Uuid::now_v7())).await,
        404,
    )
    .await;
    assert!(html.contains("<h1>Nicht gefunden</h1>"), "{html}");
    // Why a form was refused is said in German too, next to the field.
    let html = expect_text(
        submit(&s, "/account/time_zone", &[("time_zone", "Mars/Olympus")]).await,
        422,
    )
    .await;
    assert!(
        html.contains("ist kein Zeitzonenname wie Europe&#x2f;Berlin"),
        "{html}"
    );

    // Each change is audited, without anything personal.
    let n = count(
        &app.state.db.main,
        "SELECT COUNT(*) FROM audit_log WHERE action = 'user.language_set'",
    )
    .await;
    assert_eq!(n, 1);

    // The API: refused values name the field; "" goes back to the default.
    let p = problem(
        s.patch("/api/v1/auth/me", json!({ "language": "xx" }))
            .await,
        422,
    )
    .await;
    assert!(
        p["errors"]["language"].as_str().unwrap().contains("de, en"),
        "{p}"
    );
    // A good language beside a bad time zone: nothing changes.
    let both = json!({ "language": "fr", "time_zone": "Mars/Olympus" });
    let p = problem(s.patch("/api/v1/auth/me", both).await, 422).await;
    assert!(p["errors"]["time_zone"].is_string(), "{p}");
    assert_eq!(s.json("/api/v1/auth/me").await["language"], "de");
    // The same value again writes nothing.
    expect(
        s.patch("/api/v1/auth/me", json!({ "language": "de" }))
            .await,
        200,
    )
    .await;
    let sql = "SELECT COUNT(*) FROM audit_log WHERE action = 'user.language_set'";
    assert_eq!(count(&app.state.db.main, sql).await, 1);
    let me = expect(
        s.patch(
            "/api/v1/auth/me",
            json!({ "language": "", "time_zone": "Europe/Berlin" }),
        )
        .await,
        200,
    )
    .await;
    assert!(me.get("language").is_none(), "{me}");
    assert_eq!(me["time_zone"], "Europe/Berlin");
    // One's settings are one's own: the list of users does not show them.
    let users = s.json("/api/v1/users").await;
    assert!(users.to_string().contains("owner@"), "{users}");
    assert!(!users.to_string().contains("Europe/Berlin"), "{users}");
    let html = expect_text(s.get("/customers").await, 200).await;
    assert!(html.contains(r#"<html lang="en">"#));
}

/// The language a page is written in, from its `<html lang>`.
async fn page_lang(resp: reqwest::Response) -> String {
    let html = expect_text(resp, 200).await;
    let at = html.find("<html lang=\"").expect("a page") + 12;
    html[at..at + 2].to_owned()
}

#[tokio::test]
async fn the_organisations_default_and_the_browser_set_the_language_otherwise() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let s = app.login_owner(&t).await;
    let change = |path: &'static str, body| {
        let s = &s;
        async move { expect(s.patch(path, body).await, 200).await }
    };

    // Pages follow the organisation's default until a person picks one.
    change("/api/v1/tenant", json!({ "default_language": "fr" })).await;
    let html = expect_text(s.get("/customers").await, 200).await;
    assert!(html.contains(r#"<html lang="fr">"#) && html.contains(">Clients</a>"));
    change("/api/v1/tenant", json!({ "default_language": "de" })).await;
    assert_eq!(page_lang(s.get("/customers").await).await, "de");
    let html = expect_text(s.get("/account").await, 200).await;
    assert!(
        html.contains("Voreinstellung der Organisation (Deutsch)"),
        "{html}"
    );
    change("/api/v1/auth/me", json!({ "language": "en" })).await;
    assert_eq!(page_lang(s.get("/customers").await).await, "en");

    // Before signing in, the browser's language, among the staff ones.
    let sign_in = |accept: &'static str| {
        let req = app.anonymous().client.get(app.url("/login"));
        req.header("accept-language", accept).send()
    };
    let resp = sign_in("de-CH, fr;q=0.8").await.unwrap();
    let html = expect_text(resp, 200).await;
    assert!(html.contains("<title>Anmelden · Steward</title>"), "{html}");
    assert_eq!(page_lang(sign_in("pl").await.unwrap()).await, "pl");
    assert_eq!(page_lang(sign_in("pt-BR").await.unwrap()).await, "en");
}

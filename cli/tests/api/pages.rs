//! The server-rendered pages: every page for every role, forms with their
//! CSRF token, post/redirect/get, faults next to their fields, escaping, and
//! the headers that keep pages out of caches and frames.

use chrono::TimeDelta;
use reqwest::StatusCode;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{
    Session, Tenant, TestApp, count, expect, expect_status, expect_text, form_token, spawn_app,
    spawn_app_with, submit,
};

const EVIL: &str = "<script>alert(1)</script> Zoë";

/// A page's status and HTML, checking the headers every page carries.
pub async fn page(s: &Session, path: &str) -> (StatusCode, String) {
    let resp = s
        .client
        .get(format!("{}{}", s.base, path))
        .send()
        .await
        .unwrap();
    let status = resp.status();
    if status != StatusCode::SEE_OTHER {
        let h = resp.headers();
        assert_eq!(
            h["content-security-policy"], "default-src 'self'; frame-ancestors 'none'",
            "{path}"
        );
        assert_eq!(h["cache-control"], "no-store", "{path}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
        assert!(h["content-type"].to_str().unwrap().starts_with("text/html"));
    }
    let html = resp.text().await.unwrap();
    assert!(status.as_u16() < 500, "{path}: {html}");
    (status, html)
}

fn location(resp: &reqwest::Response) -> String {
    resp.headers()["location"].to_str().unwrap().to_owned()
}

/// The pages every role is checked against, for customer `id`.
fn all_pages(id: &str) -> Vec<String> {
    [
        "/",
        "/customers",
        "/customers/new",
        "/customers/import",
        &format!("/customers/{id}"),
        &format!("/customers/{id}/edit"),
        &format!("/customers/{id}/erase"),
        "/customers?state=expired",
        "/customers?state=expiring",
        "/customers/views",
        "/notifications",
        "/notifications?show=closed",
        "/requests",
        "/requests?state=all",
        "/settings/retention",
        "/settings/users",
        "/settings/tokens",
        "/settings/audit",
        "/settings/integrations",
        "/settings/fields",
        "/settings/fields/tier",
        "/settings/organisation",
        "/account",
    ]
    .map(str::to_owned)
    .to_vec()
}

/// A select field with markup in its label and options, and a record named EVIL with a note; its ID.
async fn seed_markup_record(owner: &Session) -> String {
    let resp = owner
        .post(
            "/api/v1/fields",
            json!({ "key": "tier", "label": "<i>Tier</i>", "type": "select", "options": ["gold", "<b>lead</b>"] }),
        )
        .await;
    expect(resp, 201).await;
    let id = owner.customer(EVIL, "zoe@people.test").await;
    let resp = owner
        .post(
            &format!("/api/v1/customers/{id}/notes"),
            json!({ "body": "<b>bold</b> claim" }),
        )
        .await;
    expect(resp, 201).await;
    id
}

/// Each role opens what it may, gets 403 pages for the rest, and sees names escaped.
async fn each_role_sees_its_pages_escaped(
    app: &TestApp,
    t: &Tenant,
    owner: &Session,
    id: &str,
    pages: &[String],
) {
    // What each role may open; the rest are 403 pages, never template errors.
    let allowed = |role: Role, path: &str| -> bool {
        let admin_only = path.ends_with("/erase") || path.starts_with("/settings");
        let staff_only = path.ends_with("/new")
            || path.ends_with("/edit")
            || path.ends_with("/import")
            || path.starts_with("/requests");
        match role {
            Role::Viewer => !admin_only && !staff_only,
            Role::Staff => !admin_only,
            Role::Admin | Role::Owner => true,
        }
    };
    for role in [Role::Viewer, Role::Staff, Role::Admin, Role::Owner] {
        let s = match role {
            Role::Owner => owner.clone(),
            _ => app.login_as(t, role).await,
        };
        for path in pages.iter().map(String::as_str) {
            let (status, html) = page(&s, path).await;
            let expected = if allowed(role, path) {
                StatusCode::OK
            } else {
                StatusCode::FORBIDDEN
            };
            assert_eq!(status, expected, "{role} {path}: {html}");
            assert!(html.contains("<h1>"), "{role} {path}");
            assert!(!html.contains("<script>"), "{role} {path} is escaped");
            if path.contains(id) && status == StatusCode::OK {
                assert!(html.contains("&lt;script&gt;alert(1)&lt;"), "{html}");
                assert!(html.contains("script&gt; Zoë"));
            }
        }
        // The navigation shows only what the role may use.
        let (_, html) = page(&s, "/customers").await;
        assert_eq!(
            html.contains("href=\"/settings/retention\""),
            role >= Role::Admin
        );
        assert!(html.contains(&format!("({role})")));
    }
}

/// The audit trail on a record is for admins; notes are escaped.
async fn the_audit_trail_shows_to_admins_only(
    app: &TestApp,
    t: &Tenant,
    owner: &Session,
    id: &str,
) {
    let viewer = app.login_as(t, Role::Viewer).await;
    let (_, html) = page(&viewer, &format!("/customers/{id}")).await;
    assert!(!html.contains("Audit trail"), "the audit log is for admins");
    let (_, html) = page(owner, &format!("/customers/{id}")).await;
    assert!(
        html.contains("&lt;b&gt;bold&lt;&#x2f;b&gt; claim"),
        "{html}"
    );
    assert!(
        html.contains("customer.note_added"),
        "the audit trail shows"
    );
}

/// Signed out, every page sends you to sign in; the sign-in page and stylesheet open.
async fn signed_out_pages_send_you_to_sign_in(app: &TestApp, pages: &[String]) {
    let anon = app.anonymous();
    for path in pages.iter().map(String::as_str) {
        let resp = anon.get(path).await;
        let resp = expect_status(resp, 303).await;
        assert_eq!(location(&resp), "/login");
    }
    let (status, html) = page(&anon, "/login").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<label for=\"password\">"));
    // The stylesheet is Steward's own and may be cached.
    let css = anon.get("/assets/steward.css").await;
    let css = expect_status(css, 200).await;
    assert!(
        css.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(css.text().await.unwrap().contains(":focus-visible"));
}

/// A record of another tenant is not found, not shown.
async fn another_tenant_cannot_see_the_record(app: &TestApp, id: &str) {
    let other = app.create_tenant("other").await;
    let stranger = app.login_owner(&other).await;
    let (status, html) = page(&stranger, &format!("/customers/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!html.contains("Zoë"));
}

#[tokio::test]
async fn every_page_renders_for_each_role_with_names_escaped() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let id = seed_markup_record(&owner).await;
    let pages = all_pages(&id);

    each_role_sees_its_pages_escaped(&app, &t, &owner, &id, &pages).await;
    the_audit_trail_shows_to_admins_only(&app, &t, &owner, &id).await;
    signed_out_pages_send_you_to_sign_in(&app, &pages).await;
    another_tenant_cannot_see_the_record(&app, &id).await;
}

/// Signs in through the page: a form token is needed, a wrong password is told; the signed-in session.
async fn staff_sign_in_through_the_page(app: &TestApp, staff_email: &str) -> Session {
    let browser = app.anonymous();
    let (_, html) = page(&browser, "/login").await;
    let token = form_token(&html);
    let mut s = Session {
        csrf: Some(token.clone()),
        ..browser.clone()
    };
    let resp = submit(
        &Session {
            csrf: Some("forged".into()),
            ..s.clone()
        },
        "/login",
        &[
            ("tenant", "acme"),
            ("email", staff_email),
            ("password", "x"),
        ],
    )
    .await;
    expect(resp, 403).await;
    let resp = submit(
        &s,
        "/login",
        &[
            ("tenant", "acme"),
            ("email", staff_email),
            ("password", "wrong"),
        ],
    )
    .await;
    let html = expect_text(resp, 401).await;
    assert!(html.contains("role=\"alert\"") && html.contains("sam@acme.test"));
    let resp = submit(
        &s,
        "/login",
        &[
            ("tenant", "acme"),
            ("email", staff_email),
            ("password", crate::helpers::PASSWORD),
        ],
    )
    .await;
    let resp = expect_status(resp, 303).await;
    assert_eq!(location(&resp), "/", "signing in opens the overview");
    let (_, html) = page(&s, "/").await;
    assert!(html.contains("You are signed in."), "the flash shows once");
    s.csrf = Some(form_token(&html));
    let (_, html) = page(&s, "/customers").await;
    assert!(!html.contains("You are signed in."));
    s
}

/// A bad email is named next to its field, a form without its token is refused, and nothing is saved.
async fn a_refused_new_record_saves_nothing(app: &TestApp, s: &Session) {
    let before = app.fingerprint().await;
    let resp = submit(
        s,
        "/customers/new",
        &[("name", "Zoë Łukasz-Ødegård"), ("email", "not-an-address")],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(html.contains("id=\"f-email-error\""), "{html}");
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(
        html.contains("value=\"Zoë Łukasz-Ødegård\""),
        "the form keeps what was typed"
    );
    // Without the CSRF token nothing happens either.
    let resp = submit(
        &Session {
            csrf: None,
            ..s.clone()
        },
        "/customers/new",
        &[("name", "Forged")],
    )
    .await;
    expect(resp, 403).await;
    assert_eq!(
        app.fingerprint().await,
        before,
        "refused forms change nothing"
    );
}

/// A new record through the form; its page path and ID.
async fn a_new_record_is_saved(s: &Session) -> (String, String) {
    let resp = submit(
        s,
        "/customers/new",
        &[
            ("name", "Zoë Łukasz-Ødegård"),
            ("email", "zoe@people.test"),
            ("phone", ""),
        ],
    )
    .await;
    let resp = expect_status(resp, 303).await;
    let record = location(&resp);
    let id = record.rsplit('/').next().unwrap().to_owned();
    let (_, html) = page(s, &record).await;
    assert!(html.contains("The customer record is saved."));
    assert!(html.contains("<h1>Zoë Łukasz-Ødegård</h1>"));
    (record, id)
}

/// A note, then complete.
async fn a_note_then_complete(s: &Session, record: &str) {
    let resp = submit(
        s,
        &format!("{record}/notes"),
        &[("body", "Called about the invoice")],
    )
    .await;
    expect(resp, 303).await;
    let resp = submit(s, &format!("{record}/complete"), &[]).await;
    expect(resp, 303).await;
    let (_, html) = page(s, record).await;
    assert!(html.contains("Called about the invoice"));
    assert!(html.contains("retention period has started"));
    assert!(html.contains(">complete</span>"));
}

/// Editing from a stale version: a conflict that keeps the typed values.
async fn a_stale_edit_is_a_conflict(
    app: &TestApp,
    t: &Tenant,
    s: &Session,
    record: &str,
    id: &str,
) {
    let (_, form) = page(s, &format!("{record}/edit")).await;
    assert!(form.contains("name=\"version\" value=\""));
    let owner = app.login_owner(t).await;
    let current: Value = owner.json(&format!("/api/v1/customers/{id}")).await;
    let stale = current["version"].as_i64().unwrap().to_string();
    let resp = owner
        .patch(
            &format!("/api/v1/customers/{id}"),
            json!({ "version": current["version"], "company": "Someone Else Ltd" }),
        )
        .await;
    expect(resp, 200).await;
    let resp = submit(
        s,
        &format!("{record}/edit"),
        &[
            ("version", &stale),
            ("name", "Zoë Ødegård"),
            ("email", "zoe@people.test"),
            ("company", "Mine Ltd"),
        ],
    )
    .await;
    let html = expect_text(resp, 409).await;
    assert!(html.contains("Someone else changed this record"), "{html}");
    assert!(html.contains("value=\"Mine Ltd\""));
    let fresh: Value = owner.json(&format!("/api/v1/customers/{id}")).await;
    assert_eq!(fresh["company"], "Someone Else Ltd", "nothing overwritten");
}

/// Search is posted and answered 303 to a handle: the words never appear in
/// a URL, and the results can be fetched again (Back, reload).
async fn search_is_posted(s: &Session, id: &str) {
    let resp = submit(s, "/customers", &[("q", "Łukasz"), ("state", "")]).await;
    let to = location(&expect_status(resp, 303).await);
    assert!(to.starts_with("/customers?s="), "{to}");
    assert!(!to.contains("ukasz") && !to.contains("%C5"), "{to}");
    for _ in 0..2 {
        let (status, html) = page(s, &to).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains(&format!("href=\"/customers/{id}\"")));
    }
    let resp = submit(s, "/customers", &[("q", "nobody"), ("state", "")]).await;
    let to = location(&expect_status(resp, 303).await);
    let (_, html) = page(s, &to).await;
    assert!(html.contains("No records match"));
    let resp = submit(s, "/customers", &[("q", "Zoë"), ("state", "nonsense")]).await;
    expect(resp, 422).await;
}

/// Staff cannot shred; the page says why.
async fn staff_cannot_shred(s: &Session, record: &str) {
    let resp = submit(
        s,
        &format!("{record}/erase"),
        &[("kind", "shred"), ("confirm", "Zoë Łukasz-Ødegård")],
    )
    .await;
    expect(resp, 403).await;
}

/// A session left alone ends, with a clear message at sign-in.
async fn an_idle_session_ends(app: &TestApp, s: &Session) {
    app.clock.advance(TimeDelta::hours(1));
    let resp = s.get("/customers").await;
    let resp = expect_status(resp, 303).await;
    assert_eq!(location(&resp), "/login");
    let (_, html) = page(s, "/login").await;
    assert!(html.contains("Your session ended"), "{html}");
}

#[tokio::test]
async fn staff_sign_in_and_work_a_record_through_forms() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff_email = {
        let owner = app.login_owner(&t).await;
        let resp = owner
            .post(
                "/api/v1/users",
                json!({ "email": "sam@acme.test", "name": "Sam", "role": "staff", "password": crate::helpers::PASSWORD }),
            )
            .await;
        expect(resp, 201).await;
        "sam@acme.test"
    };

    let s = staff_sign_in_through_the_page(&app, staff_email).await;
    a_refused_new_record_saves_nothing(&app, &s).await;
    let (record, id) = a_new_record_is_saved(&s).await;
    a_note_then_complete(&s, &record).await;
    a_stale_edit_is_a_conflict(&app, &t, &s, &record, &id).await;
    search_is_posted(&s, &id).await;
    staff_cannot_shred(&s, &record).await;
    an_idle_session_ends(&app, &s).await;
}

/// The preview tells what a period means before it is saved, and saves nothing.
async fn the_retention_preview_saves_nothing(admin: &Session) {
    let resp = submit(
        admin,
        "/settings/retention",
        &[
            ("expire_after", "PT1H"),
            ("action", "notify"),
            ("preview", "1"),
        ],
    )
    .await;
    let html = expect_text(resp, 200).await;
    assert!(
        html.contains("records completed today will expire on"),
        "{html}"
    );
    assert!(html.contains("1 complete record would be past the period now"));
    let policy: Value = admin.json("/api/v1/retention").await;
    assert_ne!(policy["expire_after"], "PT1H", "a preview saves nothing");
}

/// A bad period is named next to its field; a good one is saved and the jobs run.
async fn a_retention_period_is_saved(app: &TestApp, admin: &Session) {
    let resp = submit(
        admin,
        "/settings/retention",
        &[("expire_after", "one hour"), ("action", "notify")],
    )
    .await;
    let resp = expect_status(resp, 422).await;
    assert!(
        resp.text()
            .await
            .unwrap()
            .contains("id=\"f-expire_after-error\"")
    );

    let resp = submit(
        admin,
        "/settings/retention",
        &[
            ("expire_after", "PT1H"),
            ("action", "notify"),
            ("remind_every", "P1D"),
            ("email_to", ""),
        ],
    )
    .await;
    expect(resp, 303).await;
    let policy: Value = admin.json("/api/v1/retention").await;
    assert_eq!(policy["expire_after"], "PT1H");
    crate::helpers::run_jobs(&app.state).await;
}

/// The inbox names the record and offers the actions in place; `back` stays local.
async fn the_inbox_offers_the_actions(admin: &Session, id: &str) {
    let (_, html) = page(admin, "/notifications").await;
    assert!(html.contains("Retention period over"), "{html}");
    assert!(html.contains("Ada Expiring"));
    assert!(html.contains(&format!(
        "/customers/{id}/erase?kind=anonymize&amp;back=/notifications"
    )));
    // "Anonymize…" opens the form with anonymize chosen, not shred.
    let (_, html) = page(
        admin,
        &format!("/customers/{id}/erase?kind=anonymize&back=/notifications"),
    )
    .await;
    assert!(html.contains("value=\"anonymize\" checked"), "{html}");
    assert!(!html.contains("value=\"shred\" checked"));
    // A `back` that a browser would read as another site is never kept.
    for sneaky in [
        "/%09/evil.example",
        "//evil.example",
        "/x?next=//evil",
        "/%5Cevil",
    ] {
        let (_, html) = page(admin, &format!("/customers/{id}/erase?back={sneaky}")).await;
        assert!(!html.contains("evil"), "{sneaky}: {html}");
    }
    let (_, html) = page(admin, "/customers?state=expired").await;
    assert!(html.contains("Ada Expiring"));
}

/// Shredding wants the name typed; a wrong one changes nothing, the right one closes the notice.
async fn shredding_from_the_inbox_wants_the_name(app: &TestApp, admin: &Session, id: &str) {
    let resp = submit(
        admin,
        &format!("/customers/{id}/erase"),
        &[
            ("kind", "shred"),
            ("confirm", "Ada"),
            ("back", "/notifications"),
        ],
    )
    .await;
    expect(resp, 422).await;
    assert_eq!(app.customer_keys(id).await, 1);
    let resp = submit(
        admin,
        &format!("/customers/{id}/erase"),
        &[
            ("kind", "shred"),
            ("confirm", "ada  expiring"),
            ("back", "/\t/evil.example"),
        ],
    )
    .await;
    let resp = expect_status(resp, 303).await;
    assert_eq!(
        location(&resp),
        "/customers",
        "only local paths are followed"
    );
    assert_eq!(app.customer_keys(id).await, 0, "the key is destroyed");
    let (_, html) = page(admin, "/notifications").await;
    assert!(
        html.contains("needs your attention"),
        "the notice closed: {html}"
    );
    let audit = count(
        &app.state.db.main,
        "SELECT COUNT(*) FROM audit_log WHERE action = 'customer.shredded'",
    )
    .await;
    assert_eq!(audit, 1);
}

/// Viewers see no admin page, whatever they type.
async fn viewers_cannot_set_retention(app: &TestApp, t: &Tenant, admin: &Session) {
    let viewer = app.login_as(t, Role::Viewer).await;
    let (status, html) = page(&viewer, "/settings/retention").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // The refusal is a page in their own layout, not a bare one.
    assert!(html.contains("Sign out"), "{html}");
    let resp = submit(
        &viewer,
        "/settings/retention",
        &[("expire_after", "PT1S"), ("action", "shred")],
    )
    .await;
    expect(resp, 403).await;
    let policy: Value = admin.json("/api/v1/retention").await;
    assert_eq!(policy["action"], "notify");
}

#[tokio::test]
async fn admins_set_retention_with_a_preview_and_act_from_the_inbox() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let id = admin.customer("Ada Expiring", "zoe@people.test").await;
    let resp = admin
        .post(&format!("/api/v1/customers/{id}/complete"), json!({}))
        .await;
    assert!(resp.status().is_success());
    app.clock.advance(TimeDelta::hours(2));
    // Sessions end after 30 idle minutes: sign in again.
    let admin = app.login_as(&t, Role::Admin).await;

    the_retention_preview_saves_nothing(&admin).await;
    a_retention_period_is_saved(&app, &admin).await;
    the_inbox_offers_the_actions(&admin, &id).await;
    shredding_from_the_inbox_wants_the_name(&app, &admin, &id).await;
    viewers_cannot_set_retention(&app, &t, &admin).await;
}

/// Admins get a tick box per row and the erase button; staff tick rows
/// for the other actions, but get no erase button and cannot erase.
async fn only_admins_get_tick_boxes(app: &TestApp, t: &Tenant, admin: &Session, a: &str) {
    let (_, html) = page(admin, "/customers").await;
    assert!(
        html.contains(&format!("name=\"ids\" value=\"{a}\"")),
        "{html}"
    );
    assert!(html.contains("formaction=\"/customers/erase\""));
    let staff = app.login_as(t, Role::Staff).await;
    let (_, html) = page(&staff, "/customers").await;
    assert!(html.contains("name=\"ids\""));
    assert!(!html.contains("/customers/erase"));
    let resp = submit(&staff, "/customers/erase", &[("ids", a), ("confirm", "1")]).await;
    expect(resp, 403).await;
}

/// First the confirmation: the count and the names, nothing erased.
async fn the_confirmation_names_the_ticked(admin: &Session, ticked: &[(&str, &str)]) {
    let resp = submit(admin, "/customers/erase", ticked).await;
    let html = expect_text(resp, 200).await;
    assert!(html.contains("<h1>Erase 3 records</h1>"), "{html}");
    for name in ["Ada Ticked", "Bo Ticked", "Cy Held"] {
        assert!(html.contains(name), "{name}");
    }
    assert!(!html.contains("Di Unticked"));
}

/// A wrong count, no tick, a forged ID or a bad choice changes nothing.
async fn bad_erase_forms_change_nothing(
    app: &TestApp,
    admin: &Session,
    ticked: &[(&str, &str)],
    a: &str,
    all: &[&String],
) {
    let mut wrong = ticked.to_vec();
    wrong.extend([("kind", "shred"), ("confirm", "2")]);
    let resp = submit(admin, "/customers/erase", &wrong).await;
    let resp = expect_status(resp, 422).await;
    assert!(
        resp.text()
            .await
            .unwrap()
            .contains("Type the number of records, 3")
    );
    let resp = submit(admin, "/customers/erase", &[("confirm", "0")]).await;
    let resp = expect_status(resp, 422).await;
    assert!(
        resp.text()
            .await
            .unwrap()
            .contains("tick at least one record")
    );
    let resp = submit(
        admin,
        "/customers/erase",
        &[("ids", "not-an-id"), ("confirm", "1")],
    )
    .await;
    let resp = expect_status(resp, 422).await;
    assert!(resp.text().await.unwrap().contains("not a customer ID"));
    let mut bad_kind = ticked.to_vec();
    bad_kind.extend([("kind", "burn"), ("confirm", "3")]);
    let resp = submit(admin, "/customers/erase", &bad_kind).await;
    let resp = expect_status(resp, 422).await;
    assert!(
        resp.text()
            .await
            .unwrap()
            .contains("choose shred or anonymize")
    );
    let mut no_kind = ticked.to_vec();
    no_kind.push(("confirm", "3"));
    let resp = submit(admin, "/customers/erase", &no_kind).await;
    assert_eq!(
        resp.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "confirming needs a choice"
    );
    let twice = [("ids", a), ("ids", a)];
    let resp = submit(admin, "/customers/erase", &twice).await;
    let resp = expect_status(resp, 422).await;
    assert!(resp.text().await.unwrap().contains("ticked more than once"));
    let many: Vec<String> = (0..10_001)
        .map(|_| uuid::Uuid::now_v7().to_string())
        .collect();
    let too_many: Vec<(&str, &str)> = many.iter().map(|id| ("ids", id.as_str())).collect();
    let resp = submit(admin, "/customers/erase", &too_many).await;
    let resp = expect_status(resp, 422).await;
    assert!(resp.text().await.unwrap().contains("at most 10000 records"));
    for id in all {
        assert_eq!(app.customer_keys(id).await, 1, "nothing erased yet");
    }
}

#[tokio::test]
async fn admins_erase_ticked_records_after_typing_the_count() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let a = admin.customer("Ada Ticked", "zoe@people.test").await;
    let b = admin.customer("Bo Ticked", "zoe@people.test").await;
    let held = admin.customer("Cy Held", "zoe@people.test").await;
    let kept = admin.customer("Di Unticked", "zoe@people.test").await;
    let resp = admin
        .post(
            &format!("/api/v1/customers/{held}/hold"),
            json!({ "on": true, "reason": "Disputed invoice" }),
        )
        .await;
    assert!(resp.status().is_success());

    only_admins_get_tick_boxes(&app, &t, &admin, &a).await;
    let ticked = [("ids", a.as_str()), ("ids", &b), ("ids", &held)];
    the_confirmation_names_the_ticked(&admin, &ticked).await;
    bad_erase_forms_change_nothing(&app, &admin, &ticked, &a, &[&a, &b, &held, &kept]).await;

    // The right count erases; the result names what became of each.
    let mut right = ticked.to_vec();
    right.extend([("kind", "shred"), ("confirm", " 3 ")]);
    let resp = submit(&admin, "/customers/erase", &right).await;
    let html = expect_text(resp, 200).await;
    assert!(html.contains("<h1>Shredded 2 of 3 records</h1>"), "{html}");
    assert!(html.contains("1 record was left as it was"));
    assert!(html.contains("Cy Held"));
    assert!(html.contains("on legal hold"));
    assert_eq!(app.customer_keys(&a).await, 0);
    assert_eq!(app.customer_keys(&b).await, 0);
    assert_eq!(app.customer_keys(&held).await, 1, "the hold is kept");
    assert_eq!(app.customer_keys(&kept).await, 1, "unticked stays");
    let shredded = count(
        &app.state.db.main,
        "SELECT COUNT(*) FROM audit_log WHERE action = 'customer.shredded'",
    )
    .await;
    assert_eq!(shredded, 2);
    let (_, html) = page(&admin, "/customers").await;
    assert!(!html.contains("Ada Ticked") && html.contains("Di Unticked"));
}

#[tokio::test]
async fn the_account_page_sets_up_two_factor_and_ends_other_sessions() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let s = app.login_owner(&t).await;
    let other = app.login_owner(&t).await;
    let (_, html) = page(&s, "/account").await;
    assert!(html.contains("this session"));
    assert_eq!(
        html.matches("/revoke\"").count(),
        1,
        "the other session can be ended"
    );

    let resp = submit(&s, "/account/totp/enrol", &[]).await;
    let html = expect_text(resp, 200).await;
    let secret = html
        .split("<code>")
        .nth(1)
        .and_then(|r| r.split("</code>").next())
        .expect("the key is shown")
        .to_owned();
    let resp = submit(&s, "/account/totp/confirm", &[("code", "000000")]).await;
    let resp = expect_status(resp, 422).await;
    assert!(resp.text().await.unwrap().contains("id=\"f-code-error\""));
    let code = app.totp_code(&secret);
    let resp = submit(&s, "/account/totp/confirm", &[("code", &code)]).await;
    expect(resp, 303).await;
    let (_, html) = page(&s, "/account").await;
    assert!(html.contains("Two-factor sign-in is on"));

    // Signing in now asks for the code.
    let browser = app.anonymous();
    let (_, html) = page(&browser, "/login").await;
    let b = Session {
        csrf: Some(form_token(&html)),
        ..browser
    };
    let creds = [
        ("tenant", "acme"),
        ("email", t.owner_email.as_str()),
        ("password", crate::helpers::PASSWORD),
    ];
    let resp = submit(&b, "/login", &creds).await;
    let html = expect_text(resp, 401).await;
    assert!(html.contains("id=\"totp\""), "{html}");

    // Times show in the zone the user picks.
    let resp = submit(&s, "/account/time_zone", &[("time_zone", "Mars/Olympus")]).await;
    let resp = expect_status(resp, 422).await;
    assert!(
        resp.text()
            .await
            .unwrap()
            .contains("id=\"f-time_zone-error\"")
    );
    let (_, html) = page(&s, "/account").await;
    assert!(html.contains(" UTC</td>"), "UTC until chosen");
    let resp = submit(&s, "/account/time_zone", &[("time_zone", "Asia/Tokyo")]).await;
    expect(resp, 303).await;
    let (_, html) = page(&s, "/account").await;
    assert!(
        html.contains("<option selected>Asia&#x2f;Tokyo</option>"),
        "{html}"
    );
    assert!(html.contains(" JST</td>") && !html.contains(" UTC</td>"));

    // Ending the other session stops it at once.
    let other_id = {
        let (_, html) = page(&s, "/account").await;
        let at = html.find("/account/sessions/").unwrap() + "/account/sessions/".len();
        html[at..].split('/').next().unwrap().to_owned()
    };
    let resp = submit(&s, &format!("/account/sessions/{other_id}/revoke"), &[]).await;
    expect(resp, 303).await;
    let resp = other.get("/customers").await;
    expect(resp, 303).await;
}

/// A bad address is named without echoing the typed password; an admin cannot make an owner.
async fn bad_user_forms_are_refused(admin: &Session) {
    let resp = submit(
        admin,
        "/settings/users",
        &[
            ("name", "Nia New"),
            ("email", "not-an-address"),
            ("role", "staff"),
            ("password", "secret typed password"),
        ],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(html.contains("id=\"f-email-error\""));
    assert!(!html.contains("secret typed password"));
    // An admin cannot make an owner.
    let resp = submit(
        admin,
        "/settings/users",
        &[
            ("name", "Nia New"),
            ("email", "nia@acme.test"),
            ("role", "owner"),
        ],
    )
    .await;
    expect(resp, 403).await;
}

/// A new viewer gets a generated password shown once, and signs in with it; the session.
async fn a_new_user_signs_in_with_the_shown_password(app: &TestApp, admin: &Session) -> Session {
    let resp = submit(
        admin,
        "/settings/users",
        &[
            ("name", "Nia New"),
            ("email", "nia@acme.test"),
            ("role", "viewer"),
        ],
    )
    .await;
    let html = expect_text(resp, 200).await;
    assert!(html.contains("nia@acme.test can sign in now"));
    let password = html
        .split("Their password is <code>")
        .nth(1)
        .and_then(|r| r.split("</code>").next())
        .expect("a generated password is shown once")
        .to_owned();
    let nia = app.login("acme", "nia@acme.test", &password).await;
    let (status, _) = page(&nia, "/settings/users").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    nia
}

/// A role change applies at once; disabling signs the user out.
async fn a_role_change_and_disabling_apply_at_once(admin: &Session, nia: &Session) {
    let users: Value = admin.json("/api/v1/users").await;
    let nia_id = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == "nia@acme.test")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let resp = submit(
        admin,
        &format!("/settings/users/{nia_id}"),
        &[("action", "role"), ("role", "staff")],
    )
    .await;
    expect(resp, 303).await;
    let (status, _) = page(nia, "/requests").await;
    assert_eq!(status, StatusCode::OK, "the new role applies at once");
    let resp = submit(
        admin,
        &format!("/settings/users/{nia_id}"),
        &[("action", "disable")],
    )
    .await;
    expect(resp, 303).await;
    assert_eq!(nia.get("/customers").await.status(), StatusCode::SEE_OTHER);
}

/// A token is shown once and works; revoked, it stops.
async fn a_token_is_shown_once_and_revoked(app: &TestApp, admin: &Session) {
    let resp = submit(
        admin,
        "/settings/tokens",
        &[("name", "billing"), ("role", "viewer")],
    )
    .await;
    let html = expect_text(resp, 201).await;
    let secret = html
        .split("<p><code>")
        .nth(1)
        .and_then(|r| r.split("</code>").next())
        .unwrap()
        .to_owned();
    assert!(secret.starts_with("stw_"));
    let (_, html) = page(admin, "/settings/tokens").await;
    assert!(!html.contains(&secret), "the secret is not shown again");
    let program = reqwest::Client::new();
    let me = program
        .get(app.url("/api/v1/customers"))
        .bearer_auth(&secret)
        .send()
        .await
        .unwrap();
    expect(me, 200).await;
    let at = html.find("/settings/tokens/").unwrap() + "/settings/tokens/".len();
    let token_id = html[at..].split('/').next().unwrap().to_owned();
    let resp = submit(admin, &format!("/settings/tokens/{token_id}/revoke"), &[]).await;
    expect(resp, 303).await;
    let me = program
        .get(app.url("/api/v1/customers"))
        .bearer_auth(&secret)
        .send()
        .await
        .unwrap();
    expect(me, 401).await;
}

/// The audit log lists what happened and checks its chain; staff see none of these pages.
async fn the_audit_log_checks_its_chain(app: &TestApp, t: &Tenant, admin: &Session) {
    let (_, html) = page(admin, "/settings/audit").await;
    assert!(html.contains("user.created") && html.contains("token.revoked"));
    let resp = submit(admin, "/settings/audit", &[]).await;
    let resp = expect_status(resp, 200).await;
    assert!(resp.text().await.unwrap().contains("The chain is intact"));
    let staff = app.login_as(t, Role::Staff).await;
    for path in ["/settings/users", "/settings/tokens", "/settings/audit"] {
        let (status, _) = page(&staff, path).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
    }
}

#[tokio::test]
async fn admins_manage_users_tokens_and_check_the_audit_chain() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;

    bad_user_forms_are_refused(&admin).await;
    let nia = a_new_user_signs_in_with_the_shown_password(&app, &admin).await;
    a_role_change_and_disabling_apply_at_once(&admin, &nia).await;
    a_token_is_shown_once_and_revoked(&app, &admin).await;
    the_audit_log_checks_its_chain(&app, &t, &admin).await;
}

/// Integrations: a bad URL is named; a good one shows its secret once; its ID.
async fn an_integration_is_added_with_its_secret_shown_once(admin: &Session) -> String {
    let resp = submit(
        admin,
        "/settings/integrations",
        &[
            ("url", "ftp://tool.example"),
            ("events", "consent.updated"),
            ("enabled", "on"),
        ],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(html.contains("id=\"f-url-error\""), "{html}");
    assert!(
        html.contains("value=\"consent.updated\" checked"),
        "ticks are kept"
    );
    let resp = submit(
        admin,
        "/settings/integrations",
        &[
            ("url", "http://127.0.0.1:9/hooks"),
            ("events", "consent.updated"),
            ("events", "contact.forget"),
            ("enabled", "on"),
        ],
    )
    .await;
    let html = expect_text(resp, 201).await;
    assert!(html.contains("<code>whsec_"), "the secret is shown once");
    let list: Value = admin.json("/api/v1/integrations").await;
    let iid = list[0]["id"].as_str().unwrap().to_owned();
    assert_eq!(
        list[0]["events"],
        json!(["consent.updated", "contact.forget"])
    );
    let (_, html) = page(admin, &format!("/settings/integrations/{iid}")).await;
    assert!(!html.contains("whsec_"));
    assert!(html.contains("No deliveries"));
    iid
}

/// Switched off through the form (a bad schedule named), its secret rotated, then deleted.
async fn an_integration_is_switched_off_rotated_and_deleted(admin: &Session, iid: &str) {
    let resp = submit(
        admin,
        &format!("/settings/integrations/{iid}"),
        &[
            ("url", "http://127.0.0.1:9/hooks"),
            ("events", "consent.updated"),
            ("snapshot_every", "P90D"),
        ],
    )
    .await;
    let resp = expect_status(resp, 422).await;
    assert!(
        resp.text()
            .await
            .unwrap()
            .contains("id=\"f-snapshot_every-error\"")
    );
    let resp = submit(
        admin,
        &format!("/settings/integrations/{iid}"),
        &[
            ("url", "http://127.0.0.1:9/hooks"),
            ("events", "consent.updated"),
        ],
    )
    .await;
    expect(resp, 303).await;
    let one: Value = admin.json(&format!("/api/v1/integrations/{iid}")).await;
    assert_eq!(one["enabled"], false);
    let resp = submit(
        admin,
        &format!("/settings/integrations/{iid}/rotate"),
        &[("grace", "P9D")],
    )
    .await;
    expect(resp, 422).await;
    let resp = submit(
        admin,
        &format!("/settings/integrations/{iid}/rotate"),
        &[("grace", "PT1H")],
    )
    .await;
    let resp = expect_status(resp, 200).await;
    assert!(resp.text().await.unwrap().contains("<code>whsec_"));
    let resp = submit(admin, &format!("/settings/integrations/{iid}/delete"), &[]).await;
    expect(resp, 303).await;
    let (status, _) = page(admin, &format!("/settings/integrations/{iid}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// Custom fields: a select with options, offered on the new-customer form.
async fn a_select_field_is_added(admin: &Session) {
    let resp = submit(
        admin,
        "/settings/fields",
        &[
            ("key", "Bad Key"),
            ("label", "Tier"),
            ("kind", "text"),
            ("visible_to", "viewer"),
        ],
    )
    .await;
    let resp = expect_status(resp, 422).await;
    assert!(resp.text().await.unwrap().contains("id=\"f-key-error\""));
    let resp = submit(
        admin,
        "/settings/fields",
        &[
            ("key", "tier"),
            ("label", "Tier"),
            ("kind", "select"),
            ("options", "gold\nsilver\n"),
            ("visible_to", "staff"),
            ("personal", "on"),
        ],
    )
    .await;
    expect(resp, 303).await;
    let defs: Value = admin.json("/api/v1/fields").await;
    assert_eq!(defs[0]["options"], json!(["gold", "silver"]));
    assert_eq!(defs[0]["visible_to"], "staff");
    // The new-customer form offers it, as a list.
    let (_, html) = page(admin, "/customers/new").await;
    assert!(html.contains("name=\"field.tier\"") && html.contains("<option>silver</option>"));
}

/// The field relabelled and given an option, used on a record, then deleted.
async fn the_field_is_relabelled_used_and_deleted(admin: &Session) {
    let resp = submit(
        admin,
        "/settings/fields/tier",
        &[
            ("label", "Loyalty tier"),
            ("options", "gold\nsilver\nbronze"),
            ("visible_to", "staff"),
        ],
    )
    .await;
    expect(resp, 303).await;
    let resp = submit(
        admin,
        "/customers/new",
        &[("name", "Tia Tiered"), ("field.tier", "bronze")],
    )
    .await;
    let resp = expect_status(resp, 303).await;
    let (_, html) = page(admin, &location(&resp)).await;
    assert!(
        html.contains("<dt>Loyalty tier</dt><dd>bronze</dd>"),
        "{html}"
    );
    let resp = submit(admin, "/settings/fields/tier/delete", &[]).await;
    expect(resp, 303).await;
    let defs: Value = admin.json("/api/v1/fields").await;
    assert_eq!(defs, json!([]));
}

/// The organisation's settings are for admins; cancelling is not.
async fn admins_set_the_organisation_but_cannot_cancel(admin: &Session) {
    let resp = submit(
        admin,
        "/settings/organisation",
        &[("name", "Acme Holdings"), ("contact_email", "nope")],
    )
    .await;
    expect(resp, 422).await;
    let resp = submit(
        admin,
        "/settings/organisation",
        &[
            ("name", "Acme Holdings"),
            ("contact_email", "dpo@acme.test"),
            ("require_totp_for_admins", ""),
        ],
    )
    .await;
    expect(resp, 303).await;
    let (_, html) = page(admin, "/customers").await;
    assert!(html.contains("Steward · Acme Holdings"));
    let resp = submit(
        admin,
        "/settings/organisation/cancel",
        &[("confirm", "acme")],
    )
    .await;
    expect(resp, 403).await;
}

/// The owner cancels by typing the name; the account is then read-only but can be exported.
async fn the_owner_cancels_by_typing_the_name(app: &TestApp, t: &Tenant) {
    let owner = app.login_owner(t).await;
    let (_, html) = page(&owner, "/settings/organisation").await;
    assert!(html.contains("href=\"/api/v1/tenant/export\""));
    let resp = submit(
        &owner,
        "/settings/organisation/cancel",
        &[("confirm", "acm")],
    )
    .await;
    expect(resp, 422).await;
    let resp = submit(
        &owner,
        "/settings/organisation/cancel",
        &[("confirm", "acme")],
    )
    .await;
    expect(resp, 303).await;
    let (_, html) = page(&owner, "/customers").await;
    assert!(html.contains("account is cancelled"), "every page says so");
    // Read-only now: a change is refused with the reason.
    let resp = submit(&owner, "/customers/new", &[("name", "Too Late")]).await;
    expect(resp, 409).await;
    let export = owner.get("/api/v1/tenant/export").await;
    expect(export, 200).await;
}

#[tokio::test]
async fn admins_manage_integrations_fields_and_the_organisation() {
    let app = spawn_app_with("[integrations]\nallow_private = true\n").await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;

    let iid = an_integration_is_added_with_its_secret_shown_once(&admin).await;
    an_integration_is_switched_off_rotated_and_deleted(&admin, &iid).await;
    a_select_field_is_added(&admin).await;
    the_field_is_relabelled_used_and_deleted(&admin).await;
    admins_set_the_organisation_but_cannot_cancel(&admin).await;
    the_owner_cancels_by_typing_the_name(&app, &t).await;
}

//! No dead ends on the settings pages: a refused post shows its page again
//! with what was entered and the fault next to the control, in a sentence
//! naming the field's label (never "invalid value for …"), with a 4xx
//! status, and changes nothing. A password typed is never shown again.

use serde_json::json;
use steward::auth::Role;

use crate::helpers::{Session, expect, expect_text, run_jobs, spawn_app, spawn_app_with, submit};

/// A mistyped short name shows the organisation's page again with what was
/// typed and why under the field; the organisation is not cancelled.
#[tokio::test]
async fn a_refused_cancellation_keeps_what_was_typed_and_cancels_nothing() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let before = app.fingerprint().await;
    let resp = submit(
        &owner,
        "/settings/organisation/cancel",
        &[("confirm", "acme-typo")],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(html.contains(r#"value="acme-typo""#), "{html}");
    assert!(html.contains(
        r#"<p class="field-error" id="f-confirm-error">“Short name to confirm” must be the short name acme, to confirm that every record will be destroyed. Nothing was cancelled.</p>"#
    ), "{html}");
    assert!(html.contains(r#"aria-describedby="f-confirm-error""#));
    // The page itself, not an error page.
    assert!(html.contains(r#"action="/settings/organisation/cancel""#));
    assert_eq!(app.fingerprint().await, before, "nothing was cancelled");
    let tenant = owner.json("/api/v1/tenant").await;
    assert_eq!(tenant["state"], "active", "{tenant}");
}

/// The organisation's settings name a refused field by its label, in the
/// reader's language, keeping what was typed.
#[tokio::test]
async fn refused_organisation_settings_name_the_field_by_its_label() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let before = app.fingerprint().await;
    let fields = [
        ("name", "Acme Renamed"),
        ("contact_email", "ops-at-acme"),
        ("default_language", "en"),
    ];
    let html = expect_text(submit(&admin, "/settings/organisation", &fields).await, 422).await;
    assert!(!html.contains("invalid value for"), "{html}");
    assert!(html.contains("Please correct this field:"), "{html}");
    assert!(html.contains(r##"<a href="#f-contact_email">Contact email</a>"##));
    assert!(html.contains(
        r#"id="f-contact_email-error">“Contact email” is not an email address (no @).</p>"#
    ));
    assert!(html.contains(r#"value="Acme Renamed""#));
    assert_eq!(app.fingerprint().await, before);

    in_german(&admin).await;
    let html = expect_text(submit(&admin, "/settings/organisation", &fields).await, 422).await;
    assert!(
        html.contains("Bitte korrigieren Sie dieses Feld:"),
        "{html}"
    );
    assert!(html.contains("ist keine E-Mail-Adresse"), "{html}");
}

/// Asking a snapshot of an integration that does not send them, or a retry
/// while it is switched off, shows its page again with why next to the
/// button; nothing is asked or sent.
#[tokio::test]
async fn refused_integration_buttons_say_why_next_to_them() {
    let app = spawn_app_with("[integrations]\nallow_private = true\n").await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let created = expect(
        admin
            .post(
                "/api/v1/integrations",
                json!({ "kind": "webhook", "url": "http://127.0.0.1:9/hooks", "events": ["consent.updated"] }),
            )
            .await,
        201,
    )
    .await;
    let iid = created["id"].as_str().unwrap().to_owned();
    let page = format!("/settings/integrations/{iid}");

    let before = app.fingerprint().await;
    let html = expect_text(submit(&admin, &format!("{page}/snapshot"), &[]).await, 409).await;
    assert!(html.contains(
        r#"<p class="field-error" id="snapshot-error" role="alert">“Send a snapshot now” was not done: this integration does not receive consent.snapshot; add it to its events first</p>"#
    ), "{html}");
    assert!(html.contains(r#"aria-describedby="snapshot-error""#));
    assert_eq!(app.fingerprint().await, before, "no snapshot was asked");

    // A delivery waiting, then the integration switched off.
    let ann = admin.customer("Ann", "ann@people.test").await;
    admin.consent(&ann, "marketing_email", true).await;
    run_jobs(&app.state).await;
    let log = admin
        .json(&format!("/api/v1/integrations/{iid}/deliveries"))
        .await;
    let delivery = log["items"][0]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{log}"))
        .to_owned();
    let off = admin
        .patch(
            &format!("/api/v1/integrations/{iid}"),
            json!({ "enabled": false }),
        )
        .await;
    expect(off, 200).await;
    let before = app.fingerprint().await;
    let resp = submit(&admin, &format!("{page}/deliveries/{delivery}/retry"), &[]).await;
    let html = expect_text(resp, 409).await;
    assert!(html.contains(&format!(
        r#"<p class="field-error" id="retry-{delivery}-error" role="alert">“Retry” was not done: this integration is disabled; enable it first</p>"#
    )), "{html}");
    assert_eq!(app.fingerprint().await, before, "nothing was sent again");

    // In German, in German words.
    in_german(&admin).await;
    let html = expect_text(submit(&admin, &format!("{page}/snapshot"), &[]).await, 409).await;
    assert!(
        html.contains("diese Integration empfängt consent.snapshot nicht"),
        "{html}"
    );
}

/// A new user refused: the fields to put right by their labels, each fault
/// under its field naming it, what was typed kept but the password; an
/// address taken is a fault of the email field. Demoting the last owner is
/// refused on their row.
#[tokio::test]
async fn refused_user_forms_name_their_fields_and_never_show_a_password() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let before = app.fingerprint().await;
    let password = "a long enough password 42";
    let new = [
        ("name", "Grace Hopper"),
        ("email", "grace-at-acme"),
        ("role", "staff"),
        ("password", password),
    ];
    let html = expect_text(submit(&owner, "/settings/users", &new).await, 422).await;
    assert!(!html.contains("invalid value for"), "{html}");
    assert!(html.contains("Please correct this field:"), "{html}");
    assert!(html.contains(r##"<a href="#f-email">Email</a>"##));
    assert!(html.contains(r#"id="f-email-error">“Email” is not an email address (no @).</p>"#));
    assert!(html.contains(r#"value="Grace Hopper""#));
    assert!(html.contains(r#"value="grace-at-acme""#));
    assert!(!html.contains(password), "a password is never shown again");

    let taken = [
        ("name", "Grace Hopper"),
        ("email", t.owner_email.as_str()),
        ("role", "staff"),
        ("password", password),
    ];
    let html = expect_text(submit(&owner, "/settings/users", &taken).await, 409).await;
    assert!(
        html.contains(r#"id="f-email-error">“Email”: a user with this email already exists in this tenant</p>"#),
        "{html}"
    );
    assert!(!html.contains(password));
    assert_eq!(app.fingerprint().await, before);

    let me = owner.user_id;
    let resp = submit(
        &owner,
        &format!("/settings/users/{me}"),
        &[("action", "role"), ("role", "admin")],
    )
    .await;
    let html = expect_text(resp, 409).await;
    assert!(
        html.contains(&format!(
            r#"<p class="field-error" role="alert" id="user-{me}-error">Nothing was changed for "#
        )),
        "{html}"
    );
    assert!(html.contains(
        "this is the last owner: make someone else an owner before demoting or disabling them"
    ));
    assert_eq!(app.fingerprint().await, before, "still the owner");
}

/// API tokens, custom fields and recipients: each refused field named by
/// its label in a sentence, under it, with what was typed kept.
#[tokio::test]
async fn refused_tokens_fields_and_recipients_name_their_labels() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let before = app.fingerprint().await;

    let resp = submit(
        &admin,
        "/settings/tokens",
        &[("name", "   "), ("role", "viewer")],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(!html.contains("invalid value for"), "{html}");
    assert!(
        html.contains(r##"<a href="#f-name">What it is for</a>"##),
        "{html}"
    );
    assert!(
        html.contains(r#"id="f-name-error">“What it is for” must not be empty.</p>"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<option value="viewer" selected>"#),
        "{html}"
    );

    let resp = submit(
        &admin,
        "/settings/fields",
        &[
            ("key", "1 bad key"),
            ("kind", "text"),
            ("label", ""),
            ("visible_to", "viewer"),
        ],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(!html.contains("invalid value for"), "{html}");
    assert!(html.contains("Please correct these 2 fields:"), "{html}");
    assert!(html.contains(r##"<a href="#f-key">Key</a>"##));
    assert!(html.contains(r##"<a href="#f-label">Label</a>"##));
    assert!(html.contains(r#"id="f-key-error">“Key”"#), "{html}");
    assert!(html.contains(r#"id="f-label-error">“Label”"#), "{html}");
    assert!(html.contains(r#"value="1 bad key""#));

    let resp = submit(
        &admin,
        "/settings/recipients",
        &[
            ("name", ""),
            ("receives", "Invoices"),
            ("purpose", "Bookkeeping"),
            ("country", ""),
        ],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(!html.contains("invalid value for"), "{html}");
    assert!(html.contains(r##"<a href="#f-name">Name</a>"##), "{html}");
    assert!(
        html.contains(r##"<a href="#f-country">Country</a>"##),
        "{html}"
    );
    assert!(html.contains(r#"id="f-name-error">“Name”"#), "{html}");
    assert!(html.contains(r#"id="f-country-error">“Country”"#), "{html}");
    assert!(html.contains(r#"value="Invoices""#));
    assert_eq!(app.fingerprint().await, before);
}

/// One's own password: a wrong current password is named by its label, and
/// neither password typed is shown again.
#[tokio::test]
async fn a_refused_password_change_names_the_field_and_shows_no_password() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let (wrong, new) = ("not my password at all", "a brand new long password");
    let before = app.fingerprint().await;
    let resp = submit(
        &staff,
        "/account/password",
        &[("current_password", wrong), ("new_password", new)],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(!html.contains("invalid value for"), "{html}");
    assert!(
        html.contains(r##"<a href="#f-current_password">Current password</a>"##),
        "{html}"
    );
    assert!(html.contains(
        r#"id="f-current_password-error">“Current password” is not your current password.</p>"#
    ));
    assert!(!html.contains(wrong) && !html.contains(new));
    assert_eq!(app.fingerprint().await, before, "the password is unchanged");
}

/// On a record's page: a refused task comes back with what was typed and
/// the fault under its field; a button refused by how the record stands now
/// (completed twice, a task done twice, erasing a record on hold) shows the
/// page again with why, and changes nothing.
#[tokio::test]
async fn refused_record_forms_and_buttons_come_back_with_why() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let id = admin.customer("Ines Duarte", "ines@people.test").await;
    let page = format!("/customers/{id}");
    let tasks = format!("/api/v1/customers/{id}/tasks");
    let me = admin.user_id.to_string();

    let bad = [
        ("text", "Send the brochure"),
        ("due", "2020-01-01"),
        ("assignee", me.as_str()),
    ];
    let html = expect_text(submit(&admin, &format!("{page}/tasks"), &bad).await, 422).await;
    assert!(html.contains(r#"value="Send the brochure""#), "{html}");
    assert!(html.contains(r#"value="2020-01-01""#));
    assert!(html.contains(
        r#"<p class="field-error" id="task-due-error" role="alert">“Due on” must not be in the past.</p>"#
    ), "{html}");
    assert_eq!(admin.json(&tasks).await, json!([]), "no task was added");

    expect(submit(&admin, &format!("{page}/complete"), &[]).await, 303).await;
    let html = expect_text(submit(&admin, &format!("{page}/complete"), &[]).await, 409).await;
    assert!(html.contains(
        r#"<p class="problem" role="alert" id="actions-refused">the record is complete; only an active record can be completed</p>"#
    ), "{html}");

    admin.hold(&id, "a dispute").await;
    let erase = [("kind", "shred"), ("confirm", "Ines Duarte")];
    let html = expect_text(submit(&admin, &format!("{page}/erase"), &erase).await, 409).await;
    assert!(
        html.contains("the record is on legal hold and must not be erased; release the hold first"),
        "{html}"
    );
    let record = admin.json(&format!("/api/v1/customers/{id}")).await;
    assert_eq!(record["state"], "complete", "not erased: {record}");

    // In German, in German words.
    in_german(&admin).await;
    let html = expect_text(submit(&admin, &format!("{page}/complete"), &[]).await, 409).await;
    assert!(
        html.contains(
            "der Datensatz ist abgeschlossen; nur ein aktiver Datensatz kann abgeschlossen werden"
        ),
        "{html}"
    );
}

/// `s` reads the staff pages in German from now on.
async fn in_german(s: &Session) {
    let resp = submit(s, "/account/language", &[("language", "de")]).await;
    expect(resp, 303).await;
}

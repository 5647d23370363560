//! Staff pages in plain words: periods picked as a number and a unit and
//! stored as ISO 8601, consent purposes picked by their labels, refused
//! forms shown again with what was entered and each fault under its field
//! in a sentence naming the field's label.

use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{expect, expect_status, expect_text, spawn_app, submit};

/// 6 years picked is saved as the ISO period the API then shows, and the
/// page reads it back as 6 years with the ISO value beside it.
#[tokio::test]
async fn a_period_picked_in_years_is_stored_as_its_iso_period() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;

    let resp = submit(
        &admin,
        "/settings/retention",
        &[
            ("expire_after_amount", "6"),
            ("expire_after_unit", "years"),
            ("action", "notify"),
            ("remind_every_amount", "2"),
            ("remind_every_unit", "weeks"),
            ("email_to", ""),
        ],
    )
    .await;
    expect(resp, 303).await;
    let policy: Value = admin.json("/api/v1/retention").await;
    assert_eq!(policy["expire_after"], "P2196D");
    assert_eq!(policy["remind_every"], "P14D");

    let html = expect_text(admin.get("/settings/retention").await, 200).await;
    assert!(
        html.contains(r#"name="expire_after_amount" value="6""#),
        "{html}"
    );
    assert!(html.contains(r#"<option value="years" selected>years</option>"#));
    assert!(
        html.contains("Stored as 2196 days (<code>P2196D</code>)"),
        "{html}"
    );
    assert!(html.contains(r#"<option value="weeks" selected>weeks</option>"#));
    // The hint states the rule the server applied.
    assert!(html.contains("a year as 366 days"));

    // The API still takes ISO 8601 as it did, and refuses years in it.
    let resp = admin
        .send(
            reqwest::Method::PUT,
            "/api/v1/retention",
            Some(json!({ "expire_after": "P6Y", "action": "notify" })),
        )
        .await;
    expect_status(resp, 422).await;
}

/// A refused pick shows the form again with what was entered and the fault
/// under the period, naming its label; nothing is saved.
#[tokio::test]
async fn a_refused_period_keeps_the_form_and_changes_nothing() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let before: Value = admin.json("/api/v1/retention").await;

    let resp = submit(
        &admin,
        "/settings/retention",
        &[
            ("expire_after_amount", "101"),
            ("expire_after_unit", "years"),
            ("action", "shred"),
            ("remind_every_amount", "three"),
            ("remind_every_unit", "days"),
            ("email_to", "ops@acme.test"),
        ],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(
        html.contains(r#"name="expire_after_amount" value="101""#),
        "{html}"
    );
    assert!(html.contains(r#"value="shred" checked"#));
    assert!(html.contains("ops@acme.test"));
    assert!(html.contains(
        r#"<p class="field-error" id="f-expire_after-error">“Keep complete records for” is longer than 36500 days (about 100 years).</p>"#
    ), "{html}");
    assert!(html.contains("“Remind again every” must be a whole number, such as 30."));
    // The summary lists the fields by their labels, not their names.
    assert!(html.contains("Please correct these 2 fields:"));
    assert!(html.contains(r##"<a href="#f-expire_after">Keep complete records for</a>"##));
    assert!(!html.contains("invalid value for"));
    assert_eq!(admin.json("/api/v1/retention").await, before);
}

//! Staff pages in plain words: periods picked as a number and a unit and
//! stored as ISO 8601, consent purposes picked by their labels, refused
//! forms shown again with what was entered and each fault under its field
//! in a sentence naming the field's label.

use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{expect, expect_status, expect_text, spawn_app, spawn_app_with, submit};

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

/// An admin adds a purpose by its label; staff pick it by that label, and a
/// purpose the organisation does not have shows the form again with the
/// fault under it and what was entered kept, recording nothing.
#[tokio::test]
async fn consent_purposes_are_picked_by_label_and_a_refusal_keeps_the_form() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let id = staff.customer("Ada Lovelace", "ada@acme.test").await;
    let record = format!("/customers/{id}");

    // No purposes yet: the record says so instead of asking for a key.
    let html = expect_text(staff.get(&record).await, 200).await;
    assert!(html.contains("no consent purposes yet"), "{html}");
    assert!(!html.contains(r#"name="purpose""#));

    let resp = submit(&admin, "/settings/purposes", &[("label", "  ")]).await;
    let html = expect_text(resp, 422).await;
    assert!(html.contains(r#"id="f-label-error""#), "{html}");
    let resp = submit(
        &admin,
        "/settings/purposes",
        &[
            ("label", "Newsletter by email"),
            ("description", "Monthly news"),
        ],
    )
    .await;
    expect(resp, 303).await;
    let purposes: Value = admin.json("/api/v1/purposes").await;
    assert_eq!(
        purposes[0]["labels"]["en"]["label"], "Newsletter by email",
        "{purposes}"
    );
    assert_eq!(purposes[0]["key"], "newsletter_by_email");
    // The same key again is refused, not a silent rewording.
    let resp = submit(
        &admin,
        "/settings/purposes",
        &[
            ("label", "Email newsletter"),
            ("key", "newsletter_by_email"),
        ],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(html.contains("is the key of a purpose already"), "{html}");

    let html = expect_text(staff.get(&record).await, 200).await;
    assert!(
        html.contains(r#"<option value="newsletter_by_email">Newsletter by email</option>"#),
        "{html}"
    );

    let before = staff.json(&format!("/api/v1/customers/{id}/consent")).await;
    let resp = submit(
        &staff,
        &format!("/customers/{id}/consent"),
        &[
            ("purpose", "marketing_calls"),
            ("decision", "granted"),
            ("basis", "contract"),
            ("evidence", "signed form 12"),
        ],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(
        html.contains("“Purpose”: choose one of the organisation&#x27;s consent purposes"),
        "{html}"
    );
    assert!(html.contains(r#"value="signed form 12""#));
    assert!(html.contains(r#"value="granted" checked"#));
    assert!(html.contains(r#"<option value="contract" selected>"#));
    assert_eq!(
        staff.json(&format!("/api/v1/customers/{id}/consent")).await,
        before
    );

    let resp = submit(
        &staff,
        &format!("/customers/{id}/consent"),
        &[
            ("purpose", "newsletter_by_email"),
            ("decision", "granted"),
            ("basis", "consent"),
        ],
    )
    .await;
    expect(resp, 303).await;
    let record_json = staff.json(&format!("/api/v1/customers/{id}")).await;
    assert_eq!(
        record_json["consent"],
        json!({ "newsletter_by_email": true })
    );
    // The record shows the label, not the key.
    let html = expect_text(staff.get(&record).await, 200).await;
    assert!(html.contains("<li>Newsletter by email: <strong>"), "{html}");
}

/// A refused note shows the record again with the note as typed.
#[tokio::test]
async fn a_refused_note_keeps_what_was_typed() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let id = staff.customer("Ada Lovelace", "ada@acme.test").await;
    let long = "x".repeat(10_001);
    let resp = submit(
        &staff,
        &format!("/customers/{id}/notes"),
        &[("body", long.as_str())],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(
        html.contains(&format!(">{long}</textarea>")),
        "the note is kept"
    );
    assert!(html.contains(r#"id="note-body-error""#), "{html}");
    let notes: Value = staff.json(&format!("/api/v1/customers/{id}/notes")).await;
    assert!(!notes.to_string().contains("xxxx"), "{notes}");
}

/// An integration's schedule and secret rotation are picked as periods;
/// event types and the purpose read as words; a refused rotation shows the
/// page again with the fault under the period, rotating nothing.
#[tokio::test]
async fn integration_periods_are_picked_and_events_read_as_words() {
    let app = spawn_app_with("[integrations]\nallow_private = true\n").await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let html = expect_text(admin.get("/settings/integrations").await, 200).await;
    assert!(
        html.contains("Consent given or withdrawn <code class=\"muted\">consent.updated</code>"),
        "{html}"
    );

    let resp = submit(
        &admin,
        "/settings/integrations",
        &[
            ("url", "http://127.0.0.1:9/hooks"),
            ("events", "consent.updated"),
            ("snapshot_every_amount", "5"),
            ("snapshot_every_unit", "weeks"),
            ("enabled", "on"),
        ],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(html.contains("must be at most 31 days (P31D)."), "{html}");
    assert!(html.contains(r#"name="snapshot_every_amount" value="5""#));

    let resp = submit(
        &admin,
        "/settings/integrations",
        &[
            ("url", "http://127.0.0.1:9/hooks"),
            ("events", "consent.updated"),
            ("snapshot_every_amount", "2"),
            ("snapshot_every_unit", "weeks"),
        ],
    )
    .await;
    let html = expect_text(resp, 201).await;
    let list: Value = admin.json("/api/v1/integrations").await;
    let one = list
        .as_array()
        .or(list["items"].as_array())
        .and_then(|a| a.first().cloned())
        .expect("one integration");
    assert_eq!(one["snapshot_every"], "P14D", "{one}");
    assert!(html.contains("whsec_"));
    let iid = one["id"].as_str().unwrap().to_owned();
    let page = format!("/settings/integrations/{iid}");
    let html = expect_text(admin.get(&page).await, 200).await;
    assert!(
        html.contains("marketing email <code class=\"muted\">marketing_email</code>"),
        "{html}"
    );
    assert!(html.contains(r#"name="grace_amount" value="1""#));

    let resp = submit(
        &admin,
        &format!("{page}/rotate"),
        &[("grace_amount", "2"), ("grace_unit", "weeks")],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(html.contains(r#"id="f-grace-error""#), "{html}");
    assert!(html.contains("must be at most 7 days (P7D)."));
    assert!(html.contains(r#"name="grace_amount" value="2""#));
    assert!(!html.contains("whsec_"), "nothing was rotated");
    let after: Value = admin.json(&format!("/api/v1/integrations/{iid}")).await;
    assert!(after["rotating_until"].is_null(), "{after}");
}

/// A refused new record lists the fields to put right by their labels (a
/// custom field's too), each fault under its field in a sentence naming it,
/// never "invalid value for email, fields.credit_limit, phone".
#[tokio::test]
async fn a_refused_record_names_its_fields_by_label() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let resp = admin
        .post(
            "/api/v1/fields",
            json!({ "key": "credit_limit", "label": "Credit limit", "type": "number", "personal": false }),
        )
        .await;
    expect(resp, 201).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let before = staff.json("/api/v1/customers").await;
    let resp = submit(
        &staff,
        "/customers/new",
        &[
            ("name", "Ada Lovelace"),
            ("email", "ada-at-example.com"),
            ("phone", "12"),
            ("field.credit_limit", "lots"),
        ],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(!html.contains("invalid value for"), "{html}");
    assert!(html.contains("Please correct these 3 fields:"), "{html}");
    assert!(html.contains(r##"<a href="#f-email">Email</a>"##));
    assert!(html.contains(r##"<a href="#f-phone">Phone</a>"##));
    assert!(html.contains(r##"<a href="#f-field.credit_limit">Credit limit</a>"##));
    assert!(html.contains(r#"id="f-email-error">“Email” is not an email address (no @).</p>"#));
    assert!(
        html.contains(r#"id="f-field.credit_limit-error">“Credit limit” must be a number"#),
        "{html}"
    );
    assert!(
        html.contains(r#"value="ada-at-example.com""#),
        "what was typed is kept"
    );
    assert_eq!(staff.json("/api/v1/customers").await, before);

    // In German, the same faults read in German with the German labels.
    expect(
        submit(&staff, "/account/language", &[("language", "de")]).await,
        303,
    )
    .await;
    let resp = submit(&staff, "/customers/new", &[("name", "Ada"), ("email", "a")]).await;
    let html = expect_text(resp, 422).await;
    assert!(
        html.contains("Bitte korrigieren Sie dieses Feld:"),
        "{html}"
    );
    assert!(html.contains("„E-Mail“ ist keine E-Mail-Adresse"), "{html}");
}

/// A refused reason for legal hold shows the record again with the reason
/// as typed and the fault under it; the record is not held.
#[tokio::test]
async fn a_refused_hold_reason_keeps_the_form() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let id = admin.customer("Ada Lovelace", "ada@acme.test").await;
    let long = "r".repeat(501);
    let resp = submit(
        &admin,
        &format!("/customers/{id}/hold"),
        &[("on", "true"), ("reason", long.as_str())],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(html.contains(r#"id="hold-reason-error""#), "{html}");
    assert!(html.contains(&format!(r#"value="{long}""#)));
    let record = admin.json(&format!("/api/v1/customers/{id}")).await;
    assert_eq!(record["legal_hold"], false, "{record}");
}

/// A record's notes, consent history and trail name the staff user who
/// acted, not "a staff user".
#[tokio::test]
async fn a_record_names_who_wrote_its_notes() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let admin = app.login_as(&t, Role::Admin).await;
    let id = staff.customer("Ada Lovelace", "ada@acme.test").await;
    let resp = staff
        .post(
            &format!("/api/v1/customers/{id}/notes"),
            json!({ "body": "called back" }),
        )
        .await;
    expect(resp, 201).await;
    let html = expect_text(admin.get(&format!("/customers/{id}")).await, 200).await;
    assert!(html.contains("by A staff"), "{html}");
    assert!(!html.contains("a staff user"), "{html}");
}

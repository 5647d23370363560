//! Customer records: sealed personal fields, optimistic concurrency,
//! validation, audit and tenancy.

use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};
use serde_json::{Value, json};
use steward::{
    audit::Origin,
    auth::{Role, Scope},
    customers::{service::NewCustomer, write::create_in},
};

use crate::helpers::{Session, Tenant, TestApp, expect, expect_status, problem, spawn_app};

async fn create(s: &Session, body: Value) -> Value {
    let resp = s.post("/api/v1/customers", body).await;
    let resp = expect_status(resp, 201).await;
    resp.json().await.unwrap()
}

#[tokio::test]
async fn unicode_names_round_trip_through_create_get_and_list() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let names = ["Zoë Łukasz-Ødegård", "Dvořák", "王秀英", "Ağça"];
    let mut ids = Vec::new();
    for name in names {
        let c = create(&staff, json!({ "name": name })).await;
        assert_eq!(c["name"], name);
        assert_eq!(c["state"], "active");
        assert_eq!(c["version"], 1);
        ids.push(c["id"].as_str().unwrap().to_owned());
    }
    for (id, name) in ids.iter().zip(names) {
        assert_eq!(
            staff.json(&format!("/api/v1/customers/{id}")).await["name"],
            name
        );
    }
    let page = staff.json("/api/v1/customers?limit=3").await;
    let first: Vec<&str> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(first, &names[..3]);
    let rest = staff
        .json(&format!(
            "/api/v1/customers?limit=3&cursor={}",
            page["next_cursor"].as_str().unwrap()
        ))
        .await;
    assert_eq!(rest["items"][0]["name"], names[3]);
    assert!(rest.get("next_cursor").is_none());
}

#[tokio::test]
async fn contact_details_are_normalised_and_every_bad_field_is_named() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let c = create(
        &staff,
        json!({ "name": "Ann Example", "email": " Ann@Example.COM ", "phone": "+49 (30) 1234-5678", "company": "Example GmbH", "address": "Hauptstraße 1\n10115 Berlin" }),
    )
    .await;
    assert_eq!(c["email"], "ann@example.com");
    assert_eq!(c["phone"], "+493012345678");
    assert_eq!(c["address"], "Hauptstraße 1\n10115 Berlin");

    let before = app.fingerprint().await;
    let body = problem(
        staff
            .post(
                "/api/v1/customers",
                json!({ "name": "  ", "email": "not-an-email", "phone": "030 1234567" }),
            )
            .await,
        422,
    )
    .await;
    for field in ["name", "email", "phone"] {
        assert!(
            body["errors"][field].is_string(),
            "{field} not named: {body}"
        );
    }
    let body = problem(
        staff
            .post(
                "/api/v1/customers",
                json!({ "name": "X", "phone": 4930123 }),
            )
            .await,
        422,
    )
    .await;
    assert!(body["errors"]["phone"].as_str().unwrap().contains("string"));
    assert_eq!(app.fingerprint().await, before);
}

#[tokio::test]
async fn a_stale_version_is_a_conflict_and_changes_nothing() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let c = create(
        &staff,
        json!({ "name": "Ann", "email": "ann@example.com", "phone": "+4930123456" }),
    )
    .await;
    let path = format!("/api/v1/customers/{}", c["id"].as_str().unwrap());

    let resp = staff
        .patch(
            &path,
            json!({ "version": 1, "name": "Ann Smith", "email": null }),
        )
        .await;
    let updated = expect(resp, 200).await;
    assert_eq!(updated["version"], 2);
    assert_eq!(updated["name"], "Ann Smith");
    assert!(updated.get("email").is_none(), "null clears: {updated}");
    assert_eq!(updated["phone"], "+4930123456", "fields left out stay");

    // Someone else saved meanwhile: a change based on version 1 is refused.
    let body = problem(
        staff
            .patch(&path, json!({ "version": 1, "name": "Ann Jones" }))
            .await,
        409,
    )
    .await;
    assert!(
        body["detail"].as_str().unwrap().contains("version 2"),
        "{body}"
    );
    assert_eq!(staff.json(&path).await["name"], "Ann Smith");

    // The audit names the fields that changed, never their values.
    let owner = app.login_owner(&t).await;
    let audit = owner.json("/api/v1/audit").await;
    let entry = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "customer.updated")
        .unwrap()
        .clone();
    assert_eq!(entry["detail"]["fields"], json!(["name", "email"]));
    assert!(
        !audit.to_string().contains("Ann"),
        "no personal data in the audit log"
    );
    let reads = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "customer.read")
        .count();
    assert_eq!(reads, 1, "the full read of the record is audited");
}

#[tokio::test]
async fn viewers_read_but_do_not_write() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let viewer = app.login_as(&t, Role::Viewer).await;
    let c = create(&staff, json!({ "name": "Ann" })).await;
    let path = format!("/api/v1/customers/{}", c["id"].as_str().unwrap());
    assert_eq!(viewer.json(&path).await["name"], "Ann");
    let before = app.fingerprint().await;
    problem(
        viewer
            .post("/api/v1/customers", json!({ "name": "Bob" }))
            .await,
        403,
    )
    .await;
    problem(
        viewer
            .patch(&path, json!({ "version": 1, "name": "Bob" }))
            .await,
        403,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);
}

#[tokio::test]
async fn tenant_a_cannot_reach_tenant_b_customers() {
    let app = spawn_app().await;
    let a = app.create_tenant("alpha").await;
    let b = app.create_tenant("bravo").await;
    let b_staff = app.login_as(&b, Role::Staff).await;
    let theirs = create(
        &b_staff,
        json!({ "name": "Same Person", "email": "same@example.com" }),
    )
    .await;
    let id = theirs["id"].as_str().unwrap();
    let a_owner = app.login_owner(&a).await;
    create(
        &a_owner,
        json!({ "name": "Same Person", "email": "same@example.com" }),
    )
    .await;

    let unknown = uuid::Uuid::now_v7();
    for path in [
        format!("/api/v1/customers/{id}"),
        format!("/api/v1/customers/{unknown}"),
    ] {
        problem(a_owner.get(&path).await, 404).await;
        problem(
            a_owner
                .patch(&path, json!({ "version": 1, "name": "Taken" }))
                .await,
            404,
        )
        .await;
    }
    let list = a_owner.json("/api/v1/customers").await;
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    assert!(!list.to_string().contains(id));
    assert_eq!(
        b_staff.json(&format!("/api/v1/customers/{id}")).await["name"],
        "Same Person"
    );
}

/// Every personal value a test stored, and its case-folded form, must be absent.
fn assert_absent(haystack: &[u8], markers: &[String], what: &str) {
    let lower = String::from_utf8_lossy(haystack).to_lowercase();
    for m in markers {
        let needle = m.as_bytes();
        assert!(
            !haystack.windows(needle.len()).any(|w| w == needle),
            "{m} found in {what}"
        );
        assert!(
            !lower.contains(&m.to_lowercase()),
            "{m} (case-folded) found in {what}"
        );
    }
}

async fn all_rows_as_text(app: &TestApp, db: &sea_orm::DatabaseConnection) -> String {
    let tables = db
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
        ))
        .await
        .unwrap();
    let mut out = String::new();
    for t in tables {
        let table: String = t.try_get("", "tablename").unwrap();
        let rows = db
            .query_all_raw(Statement::from_string(
                DbBackend::Postgres,
                format!("SELECT row_to_json(t)::text AS j FROM \"{table}\" t"),
            ))
            .await
            .unwrap();
        for r in rows {
            out.push_str(&r.try_get::<String>("", "j").unwrap());
        }
    }
    let _ = app;
    out
}

#[tokio::test]
async fn nothing_personal_is_stored_in_plaintext() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let resp = app
        .login_owner(&t)
        .await
        .post(
            "/api/v1/fields",
            json!({ "key": "nickname", "label": "Nickname", "type": "text" }),
        )
        .await;
    expect(resp, 201).await;
    let mut markers = Vec::new();
    for i in 0..20 {
        let m = |field: &str| format!("Mk{field}{i}Zq");
        let body = json!({
            "name": format!("{} Ödön", m("Name")),
            "email": format!("{}@example.com", m("mail").to_lowercase()),
            "phone": format!("+49301234{i:04}"),
            "company": m("Company"),
            "address": format!("{}\nBerlin", m("Street")),
            "fields": { "nickname": m("Custom") },
        });
        markers.extend([
            m("Custom"),
            m("Name"),
            m("mail").to_lowercase(),
            m("Company"),
            m("Street"),
            format!("301234{i:04}"),
        ]);
        let c = create(&staff, body).await;
        let path = format!("/api/v1/customers/{}", c["id"].as_str().unwrap());
        let renamed = format!("{} Renamed", m("Name"));
        let resp = staff
            .patch(&path, json!({ "version": 1, "name": renamed }))
            .await;
        expect(resp, 200).await;
        let note = staff
            .post(
                &format!("{path}/notes"),
                json!({ "body": format!("{} said hello", m("Note")) }),
            )
            .await;
        expect(note, 201).await;
        let reason = json!({ "on": true, "reason": format!("{} disputes", m("Reason")) });
        assert_eq!(
            staff
                .post(&format!("{path}/restrict"), reason)
                .await
                .status(),
            StatusCode::OK
        );
        markers.extend([m("Note"), m("Reason")]);
        staff.get(&path).await;
        staff.get(&format!("{path}/notes")).await;
    }
    staff.get("/api/v1/customers?limit=200").await;

    if app.database_url.starts_with("sqlite") {
        // Every byte of every file: databases, write-ahead logs, the key store.
        let mut files = 0;
        for entry in std::fs::read_dir(app.dir.path()).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                assert_absent(
                    &std::fs::read(&path).unwrap(),
                    &markers,
                    &path.display().to_string(),
                );
                files += 1;
            }
        }
        assert!(
            files >= 4,
            "main database, key store and their WALs were read ({files} files)"
        );
    } else {
        // Every row of every table of both databases, as text.
        assert_absent(
            all_rows_as_text(&app, &app.state.db.main).await.as_bytes(),
            &markers,
            "the main database",
        );
        assert_absent(
            all_rows_as_text(&app, &app.state.db.keys).await.as_bytes(),
            &markers,
            "the key store",
        );
    }
}

#[tokio::test]
async fn a_restricted_record_is_readable_but_refuses_edits_and_notes_until_lifted() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let c = create(&staff, json!({ "name": "Ann" })).await;
    let path = format!("/api/v1/customers/{}", c["id"].as_str().unwrap());

    restrict_with_a_reason_once(&staff, &path).await;
    edits_and_notes_are_refused_while_restricted(&app, &staff, &path).await;
    lifting_the_restriction_allows_edits_again(&staff, &path).await;
    the_audit_log_names_both_but_not_the_reason(&app, &t).await;
}

/// A restriction needs a reason, is recorded with it, and cannot be placed twice.
async fn restrict_with_a_reason_once(staff: &Session, path: &str) {
    let body = problem(
        staff
            .post(&format!("{path}/restrict"), json!({ "on": true }))
            .await,
        422,
    )
    .await;
    assert!(
        body["errors"]["reason"].is_string(),
        "a reason is needed: {body}"
    );
    let resp = staff
        .post(
            &format!("{path}/restrict"),
            json!({ "on": true, "reason": "accuracy contested by the customer" }),
        )
        .await;
    let restricted = expect(resp, 200).await;
    assert_eq!(restricted["restricted"], true);
    assert_eq!(
        restricted["restriction_reason"],
        "accuracy contested by the customer"
    );
    assert_eq!(restricted["version"], 2);
    problem(
        staff
            .post(
                &format!("{path}/restrict"),
                json!({ "on": true, "reason": "again" }),
            )
            .await,
        409,
    )
    .await;
}

/// While restricted, an edit and a new note are refused and nothing is
/// written, but the record can still be read.
async fn edits_and_notes_are_refused_while_restricted(app: &TestApp, staff: &Session, path: &str) {
    let before = app.fingerprint().await;
    let body = problem(
        staff
            .patch(path, json!({ "version": 2, "name": "Changed" }))
            .await,
        409,
    )
    .await;
    assert!(
        body["detail"].as_str().unwrap().contains("restricted"),
        "{body}"
    );
    let body = problem(
        staff
            .post(&format!("{path}/notes"), json!({ "body": "called today" }))
            .await,
        409,
    )
    .await;
    assert!(
        body["detail"].as_str().unwrap().contains("restricted"),
        "{body}"
    );
    assert_eq!(
        app.fingerprint().await,
        before,
        "nothing changed while restricted"
    );
    assert_eq!(staff.json(path).await["name"], "Ann", "still readable");
}

/// Lifting the restriction drops its reason, and edits work again.
async fn lifting_the_restriction_allows_edits_again(staff: &Session, path: &str) {
    let resp = staff
        .post(&format!("{path}/restrict"), json!({ "on": false }))
        .await;
    let lifted: Value = resp.json().await.unwrap();
    assert_eq!(lifted["restricted"], false);
    assert!(lifted.get("restriction_reason").is_none());
    assert_eq!(
        staff
            .patch(path, json!({ "version": 3, "name": "Ann Smith" }))
            .await
            .status(),
        StatusCode::OK
    );
}

/// The audit log records placing and lifting, without the reason given.
async fn the_audit_log_names_both_but_not_the_reason(app: &TestApp, t: &Tenant) {
    let audit = app.login_owner(t).await.json("/api/v1/audit").await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"customer.restricted")
            && actions.contains(&"customer.restriction_lifted"),
        "{actions:?}"
    );
    assert!(
        !audit.to_string().contains("contested"),
        "the reason is not in the audit log"
    );
}

#[tokio::test]
async fn only_admins_place_a_legal_hold() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let admin = app.login_as(&t, Role::Admin).await;
    let c = create(&staff, json!({ "name": "Ann" })).await;
    let path = format!("/api/v1/customers/{}/hold", c["id"].as_str().unwrap());
    problem(
        staff
            .post(&path, json!({ "on": true, "reason": "litigation 2026-17" }))
            .await,
        403,
    )
    .await;
    let held: Value = admin
        .post(&path, json!({ "on": true, "reason": "litigation 2026-17" }))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(held["legal_hold"], true);
    assert_eq!(held["hold_reason"], "litigation 2026-17");
    let released: Value = admin
        .post(&path, json!({ "on": false, "reason": "case closed" }))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(released["legal_hold"], false);
    assert!(released.get("hold_reason").is_none());
}

#[tokio::test]
async fn notes_keep_author_and_time_and_their_reading_is_audited() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let viewer = app.login_as(&t, Role::Viewer).await;
    let c = create(&staff, json!({ "name": "Ann" })).await;
    let path = format!("/api/v1/customers/{}/notes", c["id"].as_str().unwrap());
    for body in [
        "Rief an wegen Rechnung №17 — möchte Ratenzahlung.",
        "Second note\nwith two lines",
    ] {
        let resp = staff.post(&path, json!({ "body": body })).await;
        let note = expect(resp, 201).await;
        assert_eq!(note["body"], body);
        assert_eq!(note["author_id"], json!(staff.user_id));
        assert_eq!(note["author_kind"], "user");
    }
    let notes = viewer.json(&path).await;
    let bodies: Vec<&str> = notes
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["body"].as_str().unwrap())
        .collect();
    assert_eq!(
        bodies,
        [
            "Rief an wegen Rechnung №17 — möchte Ratenzahlung.",
            "Second note\nwith two lines"
        ]
    );
    problem(viewer.post(&path, json!({ "body": "x" })).await, 403).await;
    problem(staff.post(&path, json!({ "body": "   " })).await, 422).await;
    let audit = app.login_owner(&t).await.json("/api/v1/audit").await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions
            .iter()
            .filter(|a| **a == "customer.note_added")
            .count(),
        2
    );
    assert!(actions.contains(&"customer.notes_read"));
    assert!(!audit.to_string().contains("Ratenzahlung"));
}

#[tokio::test]
async fn notes_restriction_and_hold_of_another_tenant_are_not_found() {
    let app = spawn_app().await;
    let a = app.create_tenant("alpha").await;
    let b = app.create_tenant("bravo").await;
    let b_staff = app.login_as(&b, Role::Staff).await;
    let theirs = create(&b_staff, json!({ "name": "Ann" })).await;
    let id = theirs["id"].as_str().unwrap();
    b_staff
        .post(
            &format!("/api/v1/customers/{id}/notes"),
            json!({ "body": "private" }),
        )
        .await;
    let a_owner = app.login_owner(&a).await;
    let before = app.fingerprint().await;
    problem(
        a_owner.get(&format!("/api/v1/customers/{id}/notes")).await,
        404,
    )
    .await;
    problem(
        a_owner
            .post(
                &format!("/api/v1/customers/{id}/notes"),
                json!({ "body": "x" }),
            )
            .await,
        404,
    )
    .await;
    problem(
        a_owner
            .post(
                &format!("/api/v1/customers/{id}/restrict"),
                json!({ "on": true, "reason": "x" }),
            )
            .await,
        404,
    )
    .await;
    problem(
        a_owner
            .post(
                &format!("/api/v1/customers/{id}/hold"),
                json!({ "on": true, "reason": "x" }),
            )
            .await,
        404,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);
}

/// A new record made inside a caller's transaction (as an import makes many)
/// commits or rolls back with it, with its index and audit entry, and is
/// checked by the same validation as a single create.
#[tokio::test]
async fn records_made_in_a_callers_transaction_commit_or_roll_back_with_it() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.token(&t, Role::Staff).await;
    let scope = steward::auth::sessions::authenticate_token(
        &app.state,
        staff.bearer.as_deref().unwrap(),
        true,
    )
    .await
    .unwrap();

    a_rolled_back_transaction_leaves_nothing(&app, &scope, &staff).await;
    a_committed_transaction_keeps_records_audit_and_index(&app, &t, &scope, &staff).await;
    bad_input_in_a_transaction_is_refused_naming_the_field(&app, &scope, &staff).await;
}

/// The two records every transaction step makes.
const IN_TXN: [(&str, &str); 2] = [
    ("Ada Lovelace", "ada@example.com"),
    ("Grace Hopper", "grace@example.com"),
];

/// A new record with just a name and an address.
fn new_customer(name: &str, email: &str) -> NewCustomer {
    NewCustomer {
        name: name.into(),
        email: Some(email.into()),
        phone: None,
        company: None,
        address: None,
        language: None,
        fields: Default::default(),
    }
}

/// How many records the customer list shows.
async fn listed(staff: &Session) -> usize {
    staff.json("/api/v1/customers").await["items"]
        .as_array()
        .unwrap()
        .len()
}

/// Rolled back: nothing stays, not even an audit entry.
async fn a_rolled_back_transaction_leaves_nothing(app: &TestApp, scope: &Scope, staff: &Session) {
    let txn = app.state.db.writer.begin().await.unwrap();
    for (name, email) in IN_TXN {
        create_in(
            &txn,
            &app.state,
            scope,
            &Origin::system(),
            &new_customer(name, email),
        )
        .await
        .unwrap();
    }
    txn.rollback().await.unwrap();
    assert_eq!(listed(staff).await, 0);
}

/// Committed: both are there, each with its audit entry, and found by address.
async fn a_committed_transaction_keeps_records_audit_and_index(
    app: &TestApp,
    t: &Tenant,
    scope: &Scope,
    staff: &Session,
) {
    let txn = app.state.db.writer.begin().await.unwrap();
    let mut ids = Vec::new();
    for (name, email) in IN_TXN {
        let (row, valid) = create_in(
            &txn,
            &app.state,
            scope,
            &Origin::system(),
            &new_customer(name, email),
        )
        .await
        .unwrap();
        assert_eq!(valid.personal.name, name);
        ids.push(row.id.to_string());
    }
    txn.commit().await.unwrap();
    assert_eq!(listed(staff).await, 2);
    let admin = app.login_as(t, Role::Admin).await;
    let audit = admin.json("/api/v1/audit?limit=100").await;
    let created: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "customer.created")
        .map(|e| e["target_id"].as_str().unwrap())
        .collect();
    for id in &ids {
        assert!(
            created.contains(&id.as_str()),
            "no audit entry for {id}: {audit}"
        );
    }
    let found = staff.json("/api/v1/customers?q=grace%40example.com").await;
    assert_eq!(
        found["items"][0]["name"], "Grace Hopper",
        "the blind index is written too"
    );
}

/// Bad input is refused by the same validation as a single create, naming the field.
async fn bad_input_in_a_transaction_is_refused_naming_the_field(
    app: &TestApp,
    scope: &Scope,
    staff: &Session,
) {
    let txn = app.state.db.writer.begin().await.unwrap();
    let made = create_in(
        &txn,
        &app.state,
        scope,
        &Origin::system(),
        &new_customer("Ada Again", "not an address"),
    )
    .await;
    let Err(refused) = made else {
        panic!("an address that is not one was accepted");
    };
    let (status, errors, _) = steward::http::page::faults(&refused);
    assert_eq!(status.as_u16(), 422);
    assert!(errors.contains_key("email"), "{errors:?}");
    txn.rollback().await.unwrap();
    assert_eq!(listed(staff).await, 2);
}

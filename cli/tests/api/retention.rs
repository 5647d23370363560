//! Retention policy and the lifecycle it governs: complete sets the expiry
//! from the policy, reopen clears it, and a new period reschedules every
//! completed record.

use chrono::{DateTime, TimeDelta, Utc};
use reqwest::Method;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{Session, expect, problem, spawn_app};

fn time(v: &Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(v.as_str().unwrap_or_else(|| panic!("not a time: {v}")))
        .unwrap()
        .with_timezone(&Utc)
}

async fn put(s: &Session, body: Value) -> reqwest::Response {
    s.send(Method::PUT, "/api/v1/retention", Some(body)).await
}

#[tokio::test]
async fn the_policy_has_a_default_and_is_set_checked_and_audited() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let default = admin.json("/api/v1/retention").await;
    assert_eq!(default["expire_after"], "P365D");
    assert_eq!(default["action"], "notify");
    assert_eq!(default["remind_every"], "P7D");
    assert_eq!(default["is_default"], true);

    let resp = put(
        &admin,
        json!({ "expire_after": "P30D", "action": "shred", "remind_every": "PT12H",
                "email_to": ["DPO@Acme.test", "dpo@acme.test", "legal@acme.test"], "webhook": true }),
    )
    .await;
    let set = expect(resp, 200).await;
    assert_eq!(set["expire_after"], "P30D");
    assert_eq!(set["action"], "shred");
    assert_eq!(set["remind_every"], "PT12H");
    assert_eq!(
        set["email_to"],
        json!(["dpo@acme.test", "legal@acme.test"]),
        "normalised, without repeats"
    );
    assert_eq!(set["webhook"], true);
    assert_eq!(set["is_default"], false);
    assert_eq!(admin.json("/api/v1/retention").await, set);

    let minimal: Value = put(
        &admin,
        json!({ "expire_after": "PT2S", "action": "notify" }),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(minimal["expire_after"], "PT2S");
    assert_eq!(minimal["remind_every"], "P7D");
    assert_eq!(minimal["email_to"], json!([]));
    assert_eq!(minimal["webhook"], false);

    let audit = app.login_owner(&t).await.json("/api/v1/audit").await;
    let changes: Vec<&Value> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "retention.changed")
        .collect();
    assert_eq!(changes.len(), 2);
    let last = &changes[0]["detail"];
    assert_eq!(last["old"]["expire_after"], "P30D");
    assert_eq!(last["new"]["expire_after"], "PT2S");
    assert_eq!(last["old"]["recipients"], 2);
    assert!(
        !audit.to_string().contains("dpo@acme.test"),
        "addresses stay out of the audit log"
    );
}

#[tokio::test]
async fn bad_policies_are_refused_naming_the_field_and_change_nothing() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let others = [
        app.login_as(&t, Role::Viewer).await,
        app.login_as(&t, Role::Staff).await,
    ];
    let before = app.fingerprint().await;
    let many: Vec<String> = (0..21).map(|i| format!("a{i}@acme.test")).collect();
    for (body, field, message) in [
        (
            json!({ "expire_after": "-P1D", "action": "notify" }),
            "expire_after",
            "cannot be negative",
        ),
        (
            json!({ "expire_after": "P1M", "action": "notify" }),
            "expire_after",
            "use days",
        ),
        (
            json!({ "expire_after": "P40000D", "action": "notify" }),
            "expire_after",
            "longer than 36500 days",
        ),
        (
            json!({ "expire_after": "PT0S", "action": "notify" }),
            "expire_after",
            "at least 1 second",
        ),
        (
            json!({ "expire_after": "soon", "action": "notify" }),
            "expire_after",
            "not an ISO 8601 duration",
        ),
        (
            json!({ "expire_after": "P1D", "action": "notify", "remind_every": "P1.5D" }),
            "remind_every",
            "fractions",
        ),
        (
            json!({ "expire_after": "P1D", "action": "delete" }),
            "action",
            "one of",
        ),
        (
            json!({ "expire_after": "P1D", "action": "notify", "email_to": ["not an address"] }),
            "email_to[0]",
            "",
        ),
        (
            json!({ "expire_after": "P1D", "action": "notify", "email_to": many }),
            "email_to",
            "at most 20",
        ),
        (json!({ "action": "notify" }), "expire_after", "required"),
    ] {
        let p = problem(put(&admin, body.clone()).await, 422).await;
        let got = p["errors"][field].as_str().unwrap_or_default();
        assert!(
            !got.is_empty() && got.contains(message),
            "{body}: {field} should say {message:?}: {p}"
        );
    }
    for who in others {
        problem(who.get("/api/v1/retention").await, 403).await;
        problem(
            put(&who, json!({ "expire_after": "P1D", "action": "notify" })).await,
            403,
        )
        .await;
    }
    assert_eq!(app.fingerprint().await, before, "nothing was written");
}

#[tokio::test]
async fn completing_starts_the_period_and_reopening_ends_it() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    put(
        &admin,
        json!({ "expire_after": "PT2S", "action": "notify" }),
    )
    .await;
    let staff = app.login_as(&t, Role::Staff).await;
    let id = staff.create_customer(json!({ "name": "Ann" })).await;
    let path = format!("/api/v1/customers/{id}");

    let resp = staff.post(&format!("{path}/complete"), json!({})).await;
    let done = expect(resp, 200).await;
    assert_eq!(done["state"], "complete");
    assert_eq!(done["version"], 2);
    assert_eq!(
        time(&done["expires_at"]) - time(&done["completed_at"]),
        TimeDelta::seconds(2)
    );
    let listed = staff.json("/api/v1/customers?state=complete").await;
    assert_eq!(listed["items"][0]["id"], id.as_str());

    let p = problem(
        staff.post(&format!("{path}/complete"), json!({})).await,
        409,
    )
    .await;
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("only an active record")
    );

    let open: Value = staff
        .post(&format!("{path}/reopen"), json!({}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(open["state"], "active");
    assert!(open.get("completed_at").is_none() && open.get("expires_at").is_none());
    problem(staff.post(&format!("{path}/reopen"), json!({})).await, 409).await;

    // A restricted record is not moved on.
    staff
        .post(
            &format!("{path}/restrict"),
            json!({ "on": true, "reason": "disputed" }),
        )
        .await;
    let p = problem(
        staff.post(&format!("{path}/complete"), json!({})).await,
        409,
    )
    .await;
    assert!(p["detail"].as_str().unwrap().contains("restricted"));

    let viewer = app.login_as(&t, Role::Viewer).await;
    problem(
        viewer.post(&format!("{path}/complete"), json!({})).await,
        403,
    )
    .await;
    let other = app.create_tenant("bravo").await;
    let stranger = app.login_as(&other, Role::Owner).await;
    for step in ["complete", "reopen"] {
        problem(
            stranger.post(&format!("{path}/{step}"), json!({})).await,
            404,
        )
        .await;
    }

    let audit = app.login_owner(&t).await.json("/api/v1/audit").await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"customer.completed") && actions.contains(&"customer.reopened"));
}

#[tokio::test]
async fn a_new_period_reschedules_every_completed_record() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let mut completed = Vec::new();
    for (i, name) in ["Ann", "Bo", "Cy"].iter().enumerate() {
        let id = admin.create_customer(json!({ "name": name })).await;
        let c: Value = admin
            .post(&format!("/api/v1/customers/{id}/complete"), json!({}))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            time(&c["expires_at"]) - time(&c["completed_at"]),
            TimeDelta::days(365),
            "the default period"
        );
        completed.push((id, time(&c["completed_at"])));
        // Less than the session's idle timeout, so the admin stays signed in.
        app.clock.advance(TimeDelta::minutes(5 * (i as i64 + 1)));
    }
    let active = admin.create_customer(json!({ "name": "Di" })).await;
    let other = app.create_tenant("bravo").await;
    let b_admin = app.login_as(&other, Role::Admin).await;
    let b_id = b_admin.create_customer(json!({ "name": "Eve" })).await;
    b_admin
        .post(&format!("/api/v1/customers/{b_id}/complete"), json!({}))
        .await;

    let resp = put(
        &admin,
        json!({ "expire_after": "P30D", "action": "notify" }),
    )
    .await;
    expect(resp, 200).await;
    for (id, completed_at) in &completed {
        let c = admin.json(&format!("/api/v1/customers/{id}")).await;
        assert_eq!(time(&c["completed_at"]), *completed_at, "completion stays");
        let drift = time(&c["expires_at"]) - (*completed_at + TimeDelta::days(30));
        assert!(
            drift.abs() < TimeDelta::milliseconds(1),
            "{id}: expires {} for completion {completed_at}",
            c["expires_at"]
        );
    }
    let untouched = admin.json(&format!("/api/v1/customers/{active}")).await;
    assert!(untouched.get("expires_at").is_none());
    let theirs = b_admin.json(&format!("/api/v1/customers/{b_id}")).await;
    assert_eq!(
        time(&theirs["expires_at"]) - time(&theirs["completed_at"]),
        TimeDelta::days(365),
        "another tenant's records keep their own policy"
    );
    let audit = app.login_owner(&t).await.json("/api/v1/audit").await;
    let change = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "retention.changed")
        .unwrap();
    assert_eq!(change["detail"]["records_rescheduled"], 3);
}

use reqwest::StatusCode;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{problem, spawn_app};

#[tokio::test]
async fn the_audit_log_records_who_did_what_from_where_and_pages_newest_first() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    for i in 0..5 {
        owner
            .post(
                "/api/v1/tokens",
                json!({ "name": format!("t{i}"), "role": "viewer" }),
            )
            .await;
    }
    let first = owner.json("/api/v1/audit?limit=3").await;
    let items = first["items"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    let seqs: Vec<i64> = items.iter().map(|e| e["seq"].as_i64().unwrap()).collect();
    assert!(
        seqs.windows(2).all(|w| w[0] == w[1] + 1),
        "newest first: {seqs:?}"
    );
    assert_eq!(items[0]["action"], "token.created");
    assert_eq!(items[0]["actor_kind"], "user");
    assert_eq!(items[0]["actor_id"], json!(owner.user_id));
    assert_eq!(items[0]["ip"], "127.0.0.1");
    assert!(items[0]["request_id"].is_string());
    assert_eq!(items[0]["detail"]["role"], "viewer");

    let mut seen = seqs.clone();
    let mut cursor = first["next_cursor"].as_str().map(str::to_owned);
    while let Some(c) = cursor {
        let page = owner
            .json(&format!("/api/v1/audit?limit=3&cursor={c}"))
            .await;
        seen.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["seq"].as_i64().unwrap()),
        );
        cursor = page["next_cursor"].as_str().map(str::to_owned);
    }
    let expected: Vec<i64> = (1..=seen[0]).rev().collect();
    assert_eq!(seen, expected, "pages cover the whole log once");
    // Absent values are left out rather than sent as null, as the spec says.
    let last = owner.json("/api/v1/audit?limit=200").await;
    assert!(last.get("next_cursor").is_none());
    let system = last["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["actor_kind"] == "system")
        .unwrap();
    assert!(
        system.get("actor_id").is_none() && system.get("ip").is_none(),
        "{system}"
    );
}

#[tokio::test]
async fn the_audit_chain_verifies_and_detects_a_row_altered_in_the_database() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    app.login_as(&t, Role::Staff).await;
    let ok = owner.json("/api/v1/audit/verify").await;
    assert_eq!(ok["ok"], true);
    let checked = ok["checked"].as_u64().unwrap();
    assert!(checked >= 4, "{ok}");

    // Someone with database access rewrites history: row 2 now says something else.
    app.sql(&format!(
        "UPDATE audit_log SET action = 'user.deleted' WHERE tenant_id = {} AND seq = 2",
        app.uuid_sql(t.id.uuid())
    ))
    .await;
    let broken = owner.json("/api/v1/audit/verify").await;
    assert_eq!(broken["ok"], false);
    assert_eq!(broken["broken_at_seq"], 2);
    assert!(broken["reason"].as_str().unwrap().contains("hash"));
}

#[tokio::test]
async fn the_audit_chain_detects_a_deleted_row_and_a_truncated_tail() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    app.login_as(&t, Role::Staff).await;
    let head: Value = owner.json("/api/v1/audit?limit=1").await;
    let last = head["items"][0]["seq"].as_i64().unwrap();

    app.sql(&format!(
        "DELETE FROM audit_log WHERE tenant_id = {} AND seq = {last}",
        app.uuid_sql(t.id.uuid())
    ))
    .await;
    let broken = owner.json("/api/v1/audit/verify").await;
    assert_eq!(
        broken["ok"], false,
        "removing the newest row is detected: {broken}"
    );

    app.sql(&format!(
        "DELETE FROM audit_log WHERE tenant_id = {} AND seq = 3",
        app.uuid_sql(t.id.uuid())
    ))
    .await;
    let broken = owner.json("/api/v1/audit/verify").await;
    assert_eq!(broken["ok"], false);
    assert_eq!(broken["broken_at_seq"], 3);
}

#[tokio::test]
async fn audit_cursors_and_limits_are_checked() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    for bad in [
        "cursor=not-a-cursor",
        "cursor=%FF",
        "limit=0",
        "limit=1000",
        "limit=abc",
        "cursor=dXNlcnM6MQ",
    ] {
        let resp = owner.get(&format!("/api/v1/audit?{bad}")).await;
        let status = resp.status().as_u16();
        assert!(status == 400 || status == 422, "{bad}: {status}");
        problem(resp, status).await;
    }
    assert_eq!(
        owner.get("/api/v1/audit?limit=200").await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_audit_chain_detects_a_forged_row_outside_it_and_a_deleted_head() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let tenant = app.uuid_sql(t.id.uuid());
    // A row slipped in at position 0 shows in the log; the chain must not call itself whole.
    app.sql(&format!(
        "INSERT INTO audit_log (tenant_id, id, seq, at, actor_kind, action, detail, prev_hash, hash) \
         SELECT tenant_id, {}, 0, at, actor_kind, 'user.deleted', detail, prev_hash, hash FROM audit_log WHERE tenant_id = {tenant} AND seq = 1",
        app.uuid_sql(uuid::Uuid::now_v7())
    ))
    .await;
    let broken = owner.json("/api/v1/audit/verify").await;
    assert_eq!(broken["ok"], false, "{broken}");
    app.sql(&format!(
        "DELETE FROM audit_log WHERE tenant_id = {tenant} AND seq = 0"
    ))
    .await;
    assert_eq!(owner.json("/api/v1/audit/verify").await["ok"], true);

    // Removing the tail together with the head that counts it is detected too.
    app.sql(&format!(
        "DELETE FROM audit_heads WHERE tenant_id = {tenant}"
    ))
    .await;
    let broken = owner.json("/api/v1/audit/verify").await;
    assert_eq!(broken["ok"], false);
    assert!(
        broken["reason"].as_str().unwrap().contains("head"),
        "{broken}"
    );
}

#[tokio::test]
async fn reads_at_once_in_two_tenants_each_leave_a_row_and_both_chains_verify() {
    let app = spawn_app().await;
    let mut sessions = Vec::new();
    for slug in ["acme", "globex"] {
        let t = app.create_tenant(slug).await;
        let owner = app.login_owner(&t).await;
        let made = owner
            .post("/api/v1/customers", json!({ "name": "Read Often" }))
            .await;
        assert_eq!(made.status(), StatusCode::CREATED);
        let id = made.json::<Value>().await.unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
        sessions.push((owner, id));
    }
    // Forty reads in flight together: each answered only once its row is in.
    let mut reads = tokio::task::JoinSet::new();
    for i in 0..40 {
        let (s, id) = sessions[i % 2].clone();
        reads.spawn(async move { s.get(&format!("/api/v1/customers/{id}")).await.status() });
    }
    while let Some(status) = reads.join_next().await {
        assert_eq!(status.unwrap(), StatusCode::OK);
    }
    for (s, id) in &sessions {
        let log = s.json("/api/v1/audit?limit=100").await;
        let read = log["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["action"] == "customer.read" && r["target_id"] == id.as_str())
            .count();
        assert_eq!(read, 20, "{log}");
        let verified = s.json("/api/v1/audit/verify").await;
        assert_eq!(verified["ok"], true, "{verified}");
    }
}

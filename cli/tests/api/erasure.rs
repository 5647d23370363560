//! Erasure on request: shred and anonymize by an admin, with a receipt that
//! names no one, 410 Gone afterwards, and no copy left in any file.

use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{Session, Tenant, TestApp, count, expect, expect_status, problem, spawn_app};

pub(crate) async fn customer_with_history(s: &Session, name: &str, email: &str) -> String {
    let resp = s
        .post("/api/v1/customers", json!({ "name": name, "email": email }))
        .await;
    let resp = expect_status(resp, 201).await;
    let id = resp.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for body in ["Asked about the winter catalogue", "Moved to Tromsø"] {
        let resp = s
            .post(
                &format!("/api/v1/customers/{id}/notes"),
                json!({ "body": body }),
            )
            .await;
        expect(resp, 201).await;
    }
    let resp = s
        .send(
            reqwest::Method::PUT,
            &format!("/api/v1/customers/{id}/consent/marketing_email"),
            Some(json!({ "granted": true, "basis": "consent" })),
        )
        .await;
    assert!(resp.status().is_success());
    id
}

/// The bytes of a customer's sealed row and wrapped key, as stored.
async fn stored_bytes(app: &TestApp, id: &str) -> (Vec<u8>, Vec<u8>) {
    let id: uuid::Uuid = id.parse().unwrap();
    let main = &app.state.db.main;
    let sealed = main
        .query_one_raw(Statement::from_string(
            main.get_database_backend(),
            format!(
                "SELECT sealed FROM customers WHERE id = {}",
                app.uuid_sql(id)
            ),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index::<Vec<u8>>(0)
        .unwrap();
    let keys = &app.state.db.keys;
    let wrapped = keys
        .query_one_raw(Statement::from_string(
            keys.get_database_backend(),
            format!(
                "SELECT wrapped FROM customer_keys WHERE customer_id = {}",
                app.uuid_sql(id)
            ),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index::<Vec<u8>>(0)
        .unwrap();
    (sealed, wrapped)
}

pub(crate) fn files_containing(dir: &std::path::Path, needle: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files_containing(&path, needle));
        } else if let Ok(bytes) = std::fs::read(&path)
            && bytes.windows(needle.len()).any(|w| w == needle)
        {
            found.push(path.display().to_string());
        }
    }
    found
}

/// Every stored trace of the person: the sealed record, the sealed notes,
/// the blind-index tokens, the wrapped key (their first bytes).
async fn stored_traces(app: &TestApp, id: &str) -> Vec<Vec<u8>> {
    let (sealed, wrapped) = stored_bytes(app, id).await;
    let mut traces = vec![sealed[..32].to_vec(), wrapped[..32].to_vec()];
    let main = &app.state.db.main;
    for sql in [
        "SELECT sealed FROM notes WHERE customer_id = ",
        "SELECT token FROM search_tokens WHERE customer_id = ",
    ] {
        let rows = main
            .query_all_raw(Statement::from_string(
                main.get_database_backend(),
                format!("{sql}{}", app.uuid_sql(id.parse().unwrap())),
            ))
            .await
            .unwrap();
        assert!(!rows.is_empty(), "{sql}");
        for row in rows {
            let bytes: Vec<u8> = row.try_get_by_index(0).unwrap();
            traces.push(bytes[..bytes.len().min(32)].to_vec());
        }
    }
    traces
}

/// SQL counting the rows of `table` held for customer `id`.
fn held_in(app: &TestApp, table: &str, id: &str) -> String {
    format!(
        "SELECT COUNT(*) FROM {table} WHERE customer_id = {}",
        app.uuid_sql(id.parse().unwrap())
    )
}

/// Shreds `id`; the receipt counts exactly what was held of this person, and only their tokens go.
async fn shred_and_check_the_receipt(app: &TestApp, admin: &Session, id: &str) -> Value {
    let main = &app.state.db.main;
    let tokens = count(main, held_in(app, "search_tokens", id)).await;
    let events = count(main, held_in(app, "outbox_events", id)).await;
    assert!(
        tokens >= 2 && events >= 1,
        "{tokens} tokens, {events} events"
    );
    let others = count(main, "SELECT COUNT(*) FROM search_tokens").await - tokens;

    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/shred"),
            json!({ "confirm": id }),
        )
        .await;
    let receipt = expect(resp, 200).await;
    assert_eq!(receipt["removed"]["tokens"], tokens);
    assert_eq!(receipt["removed"]["events"], events);
    assert_eq!(count(main, held_in(app, "search_tokens", id)).await, 0);
    assert_eq!(
        count(main, "SELECT COUNT(*) FROM search_tokens").await,
        others,
        "only this person's tokens go"
    );
    assert_eq!(receipt["customer_id"], id);
    assert_eq!(receipt["kind"], "shred");
    assert!(receipt["shredded_at"].is_string());
    assert!(receipt["key_destroyed_at"].is_string());
    assert_eq!(receipt["by"]["kind"], "user");
    assert_eq!(receipt["by"]["id"], admin.user_id.to_string());
    assert_eq!(receipt["removed"]["notes"], 2);
    assert_eq!(receipt["removed"]["consents"], 1);
    assert!(!receipt.to_string().contains("Ingeborg"));
    receipt
}

/// Gone for good, everywhere: 410 naming the receipt; the other record is kept.
async fn the_shredded_record_is_gone_everywhere(
    admin: &Session,
    id: &str,
    other: &str,
    receipt: &Value,
) {
    let p = problem(admin.get(&format!("/api/v1/customers/{id}")).await, 410).await;
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains(&format!("/api/v1/erasures/{id}")),
        "{p}"
    );
    problem(
        admin.get(&format!("/api/v1/customers/{id}/notes")).await,
        410,
    )
    .await;
    problem(
        admin
            .patch(
                &format!("/api/v1/customers/{id}"),
                json!({ "version": 1, "name": "Back" }),
            )
            .await,
        410,
    )
    .await;
    problem(
        admin
            .post(
                &format!("/api/v1/customers/{id}/shred"),
                json!({ "confirm": id }),
            )
            .await,
        410,
    )
    .await;
    assert!(
        admin.json("/api/v1/customers?q=ingeborg@people.test").await["items"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        &admin.json(&format!("/api/v1/erasures/{id}")).await,
        receipt
    );
    assert_eq!(
        admin.json(&format!("/api/v1/customers/{other}")).await["name"],
        "Kept Person"
    );
}

/// The audit log names the shred by ID and holds no name or address.
async fn the_audit_names_no_one(app: &TestApp, t: &Tenant, id: &str) {
    let audit = app.login_owner(t).await.json("/api/v1/audit").await;
    let entry = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "customer.shredded")
        .unwrap()
        .clone();
    assert_eq!(entry["target_id"], id);
    assert!(!audit.to_string().contains("Ingeborg") && !audit.to_string().contains("people.test"));
}

#[tokio::test]
async fn shredding_leaves_a_receipt_a_410_and_no_copy_in_any_file() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let id = customer_with_history(&admin, "Ingeborg Shredded", "ingeborg@people.test").await;
    let other = customer_with_history(&admin, "Kept Person", "kept@people.test").await;
    let traces = stored_traces(&app, &id).await;
    let sqlite = app.database_url.starts_with("sqlite");
    if sqlite {
        // Before: every trace is on disk (in a database or its log).
        app.state.db.fold_logs().await.unwrap();
        for trace in &traces {
            assert!(!files_containing(app.dir.path(), trace).is_empty());
        }
    }

    let receipt = shred_and_check_the_receipt(&app, &admin, &id).await;
    the_shredded_record_is_gone_everywhere(&admin, &id, &other, &receipt).await;
    the_audit_names_no_one(&app, &t, &id).await;

    if sqlite {
        // After: no trace is in any file under the data directory —
        // databases and logs alike.
        for trace in &traces {
            assert_eq!(
                files_containing(app.dir.path(), trace),
                Vec::<String>::new()
            );
        }
    }
}

#[tokio::test]
async fn erasure_is_refused_on_hold_without_confirmation_or_role_and_changes_nothing() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let id = customer_with_history(&admin, "Held Person", "held@people.test").await;
    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/hold"),
            json!({ "on": true, "reason": "litigation" }),
        )
        .await;
    expect(resp, 200).await;
    let before = app.fingerprint().await;
    for kind in ["shred", "anonymize"] {
        let path = format!("/api/v1/customers/{id}/{kind}");
        let p = problem(admin.post(&path, json!({ "confirm": id })).await, 409).await;
        assert!(p["detail"].as_str().unwrap().contains("legal hold"), "{p}");
        let p = problem(admin.post(&path, json!({ "confirm": "yes" })).await, 422).await;
        assert!(p["errors"]["confirm"].is_string(), "{p}");
        problem(admin.post(&path, json!({})).await, 422).await;
        problem(staff.post(&path, json!({ "confirm": id })).await, 403).await;
        let unknown = uuid::Uuid::now_v7().to_string();
        problem(
            admin
                .post(
                    &format!("/api/v1/customers/{unknown}/{kind}"),
                    json!({ "confirm": unknown }),
                )
                .await,
            404,
        )
        .await;
    }
    problem(admin.get(&format!("/api/v1/erasures/{id}")).await, 404).await;
    assert_eq!(app.fingerprint().await, before, "nothing changed");
}

#[tokio::test]
async fn anonymizing_on_request_keeps_a_skeleton_and_a_receipt() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let resp = admin
        .post(
            "/api/v1/fields",
            json!({ "key": "segment", "label": "Segment", "type": "text", "personal": false }),
        )
        .await;
    expect(resp, 201).await;
    let resp = admin
        .post("/api/v1/customers", json!({ "name": "Anon Ymous", "email": "anon@people.test", "fields": { "segment": "retail" } }))
        .await;
    let id = resp.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/anonymize"),
            json!({ "confirm": id }),
        )
        .await;
    let receipt = expect(resp, 200).await;
    assert_eq!(receipt["kind"], "anonymize");
    assert!(receipt["anonymized_at"].is_string());
    let c = admin.json(&format!("/api/v1/customers/{id}")).await;
    assert_eq!(c["state"], "anonymized");
    assert_eq!(c["fields"], json!({ "segment": "retail" }));
    assert!(!c.to_string().contains("Anon Ymous"));
    problem(
        admin
            .post(
                &format!("/api/v1/customers/{id}/anonymize"),
                json!({ "confirm": id }),
            )
            .await,
        409,
    )
    .await;
    // News of the anonymization names no one: shredding the skeleton
    // leaves it queued and does not count it as removed.
    let news = format!(
        "SELECT COUNT(*) FROM outbox_events WHERE kind = 'customer.anonymized' AND customer_id = {}",
        app.uuid_sql(id.parse().unwrap())
    );
    let main = &app.state.db.main;
    assert_eq!(count(main, news.as_str()).await, 1);
    // The skeleton can still be shredded; the receipt then says so.
    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/shred"),
            json!({ "confirm": id }),
        )
        .await;
    let receipt = expect(resp, 200).await;
    assert_eq!(receipt["kind"], "shred");
    assert_eq!(receipt["removed"]["events"], 0, "{receipt}");
    assert_eq!(count(main, news.as_str()).await, 1);
    problem(admin.get(&format!("/api/v1/customers/{id}")).await, 410).await;
}

/// Every `customer.shredded` entry of the tenant's audit log.
async fn shredded_entries(owner: &Session) -> Vec<Value> {
    let mut entries = Vec::new();
    let mut path = "/api/v1/audit?limit=200".to_owned();
    loop {
        let page = owner.json(&path).await;
        entries.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["action"] == "customer.shredded")
                .cloned(),
        );
        match page["next_cursor"].as_str() {
            Some(c) => path = format!("/api/v1/audit?limit=200&cursor={c}"),
            None => return entries,
        }
    }
}

/// Shreds `id` as `s`: the status, the request's ID and the answer.
async fn shred_as(s: &Session, id: &str) -> (StatusCode, String, Value) {
    let resp = s
        .post(
            &format!("/api/v1/customers/{id}/shred"),
            json!({ "confirm": id }),
        )
        .await;
    let request_id = resp.headers()["x-request-id"].to_str().unwrap().to_owned();
    (
        resp.status(),
        request_id,
        resp.json().await.unwrap_or(Value::Null),
    )
}

/// Who shreds what: two admins of one tenant (`first`, `second`) and one of
/// another, a held record among them, and one record asked for twice; the
/// asks, the held ID and the twice-asked ID.
async fn shreds_to_ask_for(
    first: &Session,
    second: &Session,
    theirs: &Session,
) -> (Vec<(Session, String)>, String, String) {
    let mut asks: Vec<(Session, String)> = Vec::new();
    for i in 0..12 {
        let by = if i % 2 == 0 { first } else { second };
        let id = customer_with_history(
            by,
            &format!("Many Person{i}"),
            &format!("many{i}@people.test"),
        )
        .await;
        asks.push((by.clone(), id));
    }
    for i in 0..4 {
        let id = customer_with_history(
            theirs,
            &format!("Their Person{i}"),
            &format!("their{i}@people.test"),
        )
        .await;
        asks.push((theirs.clone(), id));
    }
    let held = customer_with_history(first, "Held Person", "held@people.test").await;
    first.hold(&held, "litigation").await;
    asks.push((first.clone(), held.clone()));
    let twice = asks[0].1.clone();
    asks.push((second.clone(), twice.clone()));
    (asks, held, twice)
}

/// All are handed in before the worker starts a round, so they share
/// one; the first transaction of the round fails, so its records are
/// then erased one by one. The answers, in the order asked.
async fn shred_all_in_one_failing_round(
    app: &TestApp,
    asks: &[(Session, String)],
) -> Vec<(usize, StatusCode, String, Value)> {
    let held_back = app.state.erasures.hold().await;
    let queued = app.state.erasures.queued();
    let mut running = tokio::task::JoinSet::new();
    for (i, (by, id)) in asks.iter().cloned().enumerate() {
        running.spawn(async move {
            let (status, request_id, body) = shred_as(&by, &id).await;
            (i, status, request_id, body)
        });
    }
    while app.state.erasures.queued() < queued + asks.len() {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    app.state.faults.arm("erasure.before_commit");
    drop(held_back);
    let mut answers = running.join_all().await;
    answers.sort_by_key(|a| a.0);
    assert!(
        app.state.faults.check("erasure.before_commit").is_ok(),
        "the round's first transaction was stopped"
    );
    answers
}

/// Each is shredded once, except the held record; the twice-asked one is then gone.
async fn each_shred_is_answered_on_its_own(
    app: &TestApp,
    first: &Session,
    asks: &[(Session, String)],
    answers: &[(usize, StatusCode, String, Value)],
    held: &str,
    twice: &str,
) {
    let held_at = asks.len() - 2;
    let mut twice_statuses = Vec::new();
    for (i, status, _, body) in answers {
        let id = &asks[*i].1;
        if *i == held_at {
            assert_eq!(*status, StatusCode::CONFLICT, "{body}");
        } else if *id == twice {
            twice_statuses.push(status.as_u16());
        } else {
            assert_eq!(*status, StatusCode::OK, "{id}: {body}");
            assert_eq!(body["kind"], "shred");
            assert!(body["key_destroyed_at"].is_string(), "{body}");
            assert_eq!(app.customer_keys(id).await, 0);
        }
    }
    twice_statuses.sort();
    assert_eq!(twice_statuses, vec![200, 410], "one shred, then gone");
    assert_eq!(app.customer_keys(held).await, 1, "the held record stays");
    assert_eq!(
        first.json(&format!("/api/v1/customers/{held}")).await["name"],
        "Held Person"
    );
}

/// Each shred is in its own tenant's log, by whoever asked, under the
/// request that asked.
async fn each_shred_is_audited_under_its_request(
    app: &TestApp,
    tenants: [(&Tenant, usize); 2],
    asks: &[(Session, String)],
    answers: &[(usize, StatusCode, String, Value)],
) {
    for (tenant, shredded) in tenants {
        let owner = app.login_owner(tenant).await;
        let entries = shredded_entries(&owner).await;
        assert_eq!(entries.len(), shredded, "{entries:?}");
        for e in &entries {
            let id = e["target_id"].as_str().unwrap();
            let (i, (by, _)) = asks
                .iter()
                .enumerate()
                .find(|(i, (_, asked))| asked == id && answers[*i].1 == StatusCode::OK)
                .expect("a shred that was asked for");
            assert_eq!(e["actor_id"], json!(by.user_id), "{e}");
            assert_eq!(e["request_id"], answers[i].2.as_str(), "{e}");
        }
        assert_eq!(owner.json("/api/v1/audit/verify").await["ok"], true);
    }
}

#[tokio::test]
async fn shreds_asked_for_at_once_are_each_done_and_audited_as_their_own() {
    let app = spawn_app().await;
    let acme = app.create_tenant("acme").await;
    let globex = app.create_tenant("globex").await;
    let first = app.login_as(&acme, Role::Admin).await;
    let second = app.login_as(&acme, Role::Admin).await;
    let theirs = app.login_as(&globex, Role::Admin).await;

    let (asks, held, twice) = shreds_to_ask_for(&first, &second, &theirs).await;
    let answers = shred_all_in_one_failing_round(&app, &asks).await;
    each_shred_is_answered_on_its_own(&app, &first, &asks, &answers, &held, &twice).await;
    each_shred_is_audited_under_its_request(&app, [(&acme, 12), (&globex, 4)], &asks, &answers)
        .await;
}

#[tokio::test]
async fn data_keys_that_belong_to_no_record_are_swept_after_a_grace_period() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let kept = customer_with_history(&admin, "Kept Person", "kept@people.test").await;
    // A key stored for a record whose insert never happened.
    let orphan = app.orphan_keys(t.id, 1).await[0];
    let later = customer_with_history(&admin, "Later Person", "later@people.test").await;
    // A key newer than every record: perhaps of records this database does
    // not have yet (restored from a copy), so it is left alone.
    let newest = app.orphan_keys(t.id, 1).await[0];
    let summary = crate::helpers::run_jobs(&app.state).await;
    assert_eq!(
        summary["orphan_keys_destroyed"], 0,
        "too young to tell: {summary}"
    );
    assert_eq!(app.customer_keys(&orphan.to_string()).await, 1);

    app.clock.advance(chrono::TimeDelta::hours(2));
    let summary = crate::helpers::run_jobs(&app.state).await;
    assert_eq!(summary["orphan_keys_destroyed"], 1, "{summary}");
    assert_eq!(app.customer_keys(&orphan.to_string()).await, 0);
    assert_eq!(app.customer_keys(&newest.to_string()).await, 1);
    assert_eq!(app.customer_keys(&kept).await, 1, "a record's key stays");
    assert_eq!(app.customer_keys(&later).await, 1);
    let admin = app.login_as(&t, Role::Admin).await;
    assert_eq!(
        admin.json(&format!("/api/v1/customers/{kept}")).await["name"],
        "Kept Person"
    );
}

#[tokio::test]
async fn the_orphan_key_sweep_runs_apart_from_the_tick_and_looks_at_sweep_keys_a_run() {
    let app = crate::helpers::spawn_app_with("[jobs]\nsweep_keys = 2500\n").await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    // 6,000 keys of records that were never written, then a real record.
    app.orphan_keys(t.id, 6000).await;
    let kept = customer_with_history(&admin, "Kept Person", "kept@people.test").await;
    app.clock.advance(chrono::TimeDelta::hours(2));
    let keys = || count(&app.state.db.keys, "SELECT COUNT(*) FROM customer_keys");
    let before = keys().await;
    assert!(before >= 6001, "{before}");

    // The server's tick leaves them to the sweep.
    steward::jobs::tick(&app.state).await.unwrap();
    assert_eq!(keys().await, before);
    // Each sweep looks at `jobs.sweep_keys` keys (pages of 1,000 and one
    // of 500); the third reaches the end.
    assert_eq!(steward::jobs::sweep(&app.state).await.unwrap(), 2500);
    assert_eq!(keys().await, before - 2500);
    assert_eq!(steward::jobs::sweep(&app.state).await.unwrap(), 2500);
    assert_eq!(steward::jobs::sweep(&app.state).await.unwrap(), 1000);
    assert_eq!(keys().await, before - 6000);
    assert_eq!(app.customer_keys(&kept).await, 1, "a record's key stays");
    // The next starts again from the first key, and finds nothing to do.
    assert_eq!(steward::jobs::sweep(&app.state).await.unwrap(), 0);
    let admin = app.login_as(&t, Role::Admin).await;
    assert_eq!(
        admin.json(&format!("/api/v1/customers/{kept}")).await["name"],
        "Kept Person"
    );
}

#[tokio::test]
async fn a_sweep_that_ends_on_the_last_key_starts_the_next_from_the_first() {
    let app = crate::helpers::spawn_app_with("[jobs]\nsweep_keys = 1000\n").await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    // 2,000 keys, two whole pages: a record, 1,998 orphans, a record.
    let first = customer_with_history(&admin, "First Person", "first@people.test").await;
    app.orphan_keys(t.id, 1998).await;
    let last = customer_with_history(&admin, "Last Person", "last@people.test").await;
    let keys = || count(&app.state.db.keys, "SELECT COUNT(*) FROM customer_keys");
    assert_eq!(keys().await, 2000);
    app.clock.advance(chrono::TimeDelta::hours(2));

    assert_eq!(steward::jobs::sweep(&app.state).await.unwrap(), 999);
    // The first record's row goes behind Steward's back, leaving its key
    // an orphan in the page already swept.
    let first_id = app.uuid_sql(first.parse().unwrap());
    app.sql(&format!("DELETE FROM customers WHERE id = {first_id}"))
        .await;
    // The second page holds the last key: the run knows it reached the end.
    assert_eq!(steward::jobs::sweep(&app.state).await.unwrap(), 999);
    // So the next run starts from the first key rather than finding nothing.
    assert_eq!(steward::jobs::sweep(&app.state).await.unwrap(), 1);
    assert_eq!(app.customer_keys(&first).await, 0);
    assert_eq!(app.customer_keys(&last).await, 1, "a record's key stays");
    assert_eq!(keys().await, 1);
}

/// The ids a bulk shred is asked for, as it names them.
struct BulkAsk {
    shred: Vec<String>,
    held: String,
    before: String,
    theirs: String,
    unknown: String,
}

/// Three records to shred, one held, one shredded before, one of another
/// tenant (with that tenant's admin) and one unknown.
async fn records_for_a_bulk_shred(
    app: &TestApp,
    admin: &Session,
    other_tenant: &Tenant,
) -> (BulkAsk, Session) {
    let mut shred = Vec::new();
    for i in 0..3 {
        shred.push(
            customer_with_history(
                admin,
                &format!("Bulk Person{i}"),
                &format!("bulk{i}@people.test"),
            )
            .await,
        );
    }
    let held = customer_with_history(admin, "Held Person", "held@people.test").await;
    admin.hold(&held, "litigation").await;
    let before = customer_with_history(admin, "Earlier Person", "earlier@people.test").await;
    let resp = admin
        .post(
            &format!("/api/v1/customers/{before}/shred"),
            json!({ "confirm": before }),
        )
        .await;
    expect(resp, 200).await;
    let globex_admin = app.login_as(other_tenant, Role::Admin).await;
    let theirs = customer_with_history(&globex_admin, "Their Person", "their@people.test").await;
    let unknown = uuid::Uuid::now_v7().to_string();
    let ask = BulkAsk {
        shred,
        held,
        before,
        theirs,
        unknown,
    };
    (ask, globex_admin)
}

/// The bulk shred answers for each ID in the order given; the body.
async fn the_bulk_shred_answers_each_id(admin: &Session, ask: &BulkAsk) -> Value {
    let BulkAsk {
        shred,
        held,
        before,
        theirs,
        unknown,
    } = ask;
    let mut ids = shred.clone();
    ids.extend([
        held.clone(),
        before.clone(),
        theirs.clone(),
        unknown.clone(),
    ]);
    let resp = admin
        .post(
            "/api/v1/customers/shred",
            json!({ "ids": ids, "confirm": ids.len() }),
        )
        .await;
    let result = expect(resp, 200).await;
    assert_eq!(result["requested"], 7);
    assert_eq!(result["erased"], 3);
    assert_eq!(result["refused"], 4);
    let items = result["items"].as_array().unwrap();
    let outcomes: Vec<(&str, &str)> = items
        .iter()
        .map(|i| (i["id"].as_str().unwrap(), i["outcome"].as_str().unwrap()))
        .collect();
    assert_eq!(
        outcomes,
        vec![
            (shred[0].as_str(), "shredded"),
            (shred[1].as_str(), "shredded"),
            (shred[2].as_str(), "shredded"),
            (held.as_str(), "on_hold"),
            (before.as_str(), "already_shredded"),
            (theirs.as_str(), "not_found"),
            (unknown.as_str(), "not_found"),
        ],
        "in the order given"
    );
    result
}

/// Each shredded record has its receipt and is gone; each refusal says why.
async fn each_bulk_item_has_its_receipt_or_reason(
    app: &TestApp,
    admin: &Session,
    result: &Value,
    before: &str,
) {
    let items = result["items"].as_array().unwrap();
    for item in &items[..3] {
        let id = item["id"].as_str().unwrap();
        let receipt = &item["receipt"];
        assert_eq!(receipt["customer_id"], id);
        assert_eq!(receipt["removed"]["notes"], 2);
        assert_eq!(receipt["removed"]["consents"], 1);
        assert!(receipt["key_destroyed_at"].is_string());
        assert!(item.get("detail").is_none());
        assert_eq!(
            &admin.json(&format!("/api/v1/erasures/{id}")).await,
            receipt
        );
        problem(admin.get(&format!("/api/v1/customers/{id}")).await, 410).await;
        assert_eq!(app.customer_keys(id).await, 0);
    }
    assert!(items[3]["detail"].as_str().unwrap().contains("legal hold"));
    assert!(items[3].get("receipt").is_none());
    assert!(
        items[4]["detail"]
            .as_str()
            .unwrap()
            .contains(&format!("/api/v1/erasures/{before}"))
    );
    assert!(!result.to_string().contains("people.test"));
}

/// What was refused is untouched, the other tenant's record included.
async fn what_was_refused_is_untouched(
    app: &TestApp,
    admin: &Session,
    globex_admin: &Session,
    ask: &BulkAsk,
) {
    let (held, theirs) = (&ask.held, &ask.theirs);
    assert_eq!(
        admin.json(&format!("/api/v1/customers/{held}")).await["name"],
        "Held Person"
    );
    assert_eq!(
        globex_admin
            .json(&format!("/api/v1/customers/{theirs}"))
            .await["name"],
        "Their Person"
    );
    assert_eq!(app.customer_keys(theirs).await, 1);
}

/// One audit row per shredded record, naming it and nothing personal;
/// the chain still verifies.
async fn one_audit_row_per_shredded_record(app: &TestApp, t: &Tenant, shred: &[String]) {
    let owner = app.login_owner(t).await;
    let audit = owner.json("/api/v1/audit?limit=200").await;
    let shredded: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "customer.shredded")
        .map(|e| e["target_id"].as_str().unwrap())
        .collect();
    assert_eq!(shredded.len(), 4, "three now and one before");
    for id in shred {
        assert!(shredded.contains(&id.as_str()));
    }
    assert!(!audit.to_string().contains("people.test"));
    assert_eq!(owner.json("/api/v1/audit/verify").await["ok"], true);
}

/// Every recipient is told, with IDs only.
async fn recipients_are_told_with_ids_only(app: &TestApp) {
    let events = crate::helpers::count(
        &app.state.db.main,
        "SELECT COUNT(*) FROM outbox_events WHERE kind = 'customer.shredded'",
    )
    .await;
    assert_eq!(events, 4);
    let main = &app.state.db.main;
    let rows = main
        .query_all_raw(Statement::from_string(
            main.get_database_backend(),
            "SELECT data FROM outbox_events WHERE kind <> 'consent.updated'".to_owned(),
        ))
        .await
        .unwrap();
    for row in rows {
        let data: String = row.try_get_by_index(0).unwrap();
        let data: Value = serde_json::from_str(&data).unwrap();
        assert_eq!(data["reason"], "request");
        assert!(!data.to_string().contains("people.test"), "{data}");
    }
}

#[tokio::test]
async fn bulk_shred_handles_each_id_on_its_own_with_a_receipt_each() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let other_tenant = app.create_tenant("globex").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let (ask, globex_admin) = records_for_a_bulk_shred(&app, &admin, &other_tenant).await;

    let result = the_bulk_shred_answers_each_id(&admin, &ask).await;
    each_bulk_item_has_its_receipt_or_reason(&app, &admin, &result, &ask.before).await;
    what_was_refused_is_untouched(&app, &admin, &globex_admin, &ask).await;
    one_audit_row_per_shredded_record(&app, &t, &ask.shred).await;
    recipients_are_told_with_ids_only(&app).await;
}

#[tokio::test]
async fn bulk_erasure_refuses_a_bad_list_and_changes_nothing() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let a = customer_with_history(&admin, "First Person", "first@people.test").await;
    let b = customer_with_history(&admin, "Second Person", "second@people.test").await;
    let before = app.fingerprint().await;
    for path in ["/api/v1/customers/shred", "/api/v1/customers/anonymize"] {
        let p = problem(
            admin
                .post(path, json!({ "ids": [a, b], "confirm": 3 }))
                .await,
            422,
        )
        .await;
        assert!(
            p["errors"]["confirm"].as_str().unwrap().contains("(2)"),
            "{p}"
        );
        let p = problem(
            admin
                .post(path, json!({ "ids": [a, a], "confirm": 2 }))
                .await,
            422,
        )
        .await;
        assert!(p["errors"]["ids"].as_str().unwrap().contains(&a), "{p}");
        let p = problem(
            admin.post(path, json!({ "ids": [], "confirm": 0 })).await,
            422,
        )
        .await;
        assert!(p["errors"]["ids"].is_string(), "{p}");
        let many: Vec<String> = (0..10_001)
            .map(|_| uuid::Uuid::now_v7().to_string())
            .collect();
        let p = problem(
            admin
                .post(path, json!({ "ids": many, "confirm": 10_001 }))
                .await,
            422,
        )
        .await;
        assert!(
            p["errors"]["ids"].as_str().unwrap().contains("10000"),
            "{p}"
        );
        let p = problem(
            admin
                .post(path, json!({ "ids": ["not-an-id"], "confirm": 1 }))
                .await,
            422,
        )
        .await;
        assert!(p.to_string().contains("ids"), "{p}");
        problem(
            staff
                .post(path, json!({ "ids": [a, b], "confirm": 2 }))
                .await,
            403,
        )
        .await;
    }
    assert_eq!(app.fingerprint().await, before, "nothing changed");
}

#[tokio::test]
async fn bulk_anonymize_keeps_skeletons_and_refuses_what_already_is() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let a = customer_with_history(&admin, "First Person", "first@people.test").await;
    let b = customer_with_history(&admin, "Second Person", "second@people.test").await;
    let resp = admin
        .post(
            &format!("/api/v1/customers/{a}/anonymize"),
            json!({ "confirm": a }),
        )
        .await;
    expect(resp, 200).await;
    let result = admin
        .post(
            "/api/v1/customers/anonymize",
            json!({ "ids": [a, b], "confirm": 2 }),
        )
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(result["items"][0]["outcome"], "already_anonymized");
    assert_eq!(result["items"][1]["outcome"], "anonymized");
    assert_eq!(result["items"][1]["receipt"]["kind"], "anonymize");
    for id in [&a, &b] {
        let c = admin.json(&format!("/api/v1/customers/{id}")).await;
        assert_eq!(c["state"], "anonymized");
        assert!(!c.to_string().contains("Person"));
        assert_eq!(app.customer_keys(id).await, 0);
    }
    // A skeleton can be shredded in bulk too.
    let result = admin
        .post(
            "/api/v1/customers/shred",
            json!({ "ids": [a, b], "confirm": 2 }),
        )
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(result["erased"], 2, "{result}");
    problem(admin.get(&format!("/api/v1/customers/{a}")).await, 410).await;
}

#[tokio::test]
async fn a_shredded_id_is_gone_everywhere_and_other_tenants_cannot_shred() {
    let app = spawn_app().await;
    let acme = app.create_tenant("acme").await;
    let globex = app.create_tenant("globex").await;
    let admin = app.login_as(&acme, Role::Admin).await;
    let staff = app.login_as(&acme, Role::Staff).await;
    let viewer = app.login_as(&acme, Role::Viewer).await;
    let intruder = app.login_as(&globex, Role::Admin).await;
    let id = customer_with_history(&admin, "Gone Person", "gone@people.test").await;

    // Another tenant's admin cannot even tell it exists.
    for kind in ["shred", "anonymize"] {
        for (who, status) in [(&intruder, 404), (&viewer, 403), (&staff, 403)] {
            let path = format!("/api/v1/customers/{id}/{kind}");
            problem(who.post(&path, json!({ "confirm": id })).await, status).await;
        }
    }
    assert_eq!(
        admin.json(&format!("/api/v1/customers/{id}")).await["name"],
        "Gone Person"
    );

    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/shred"),
            json!({ "confirm": id }),
        )
        .await;
    expect_status(resp, 200).await;
    problem(intruder.get(&format!("/api/v1/erasures/{id}")).await, 404).await;
    problem(intruder.get(&format!("/api/v1/customers/{id}")).await, 404).await;
    let gone = [
        admin.get(&format!("/api/v1/customers/{id}")).await,
        staff.get(&format!("/api/v1/customers/{id}")).await,
        admin
            .patch(
                &format!("/api/v1/customers/{id}"),
                json!({ "version": 1, "name": "Again" }),
            )
            .await,
        admin.get(&format!("/api/v1/customers/{id}/notes")).await,
        admin
            .post(
                &format!("/api/v1/customers/{id}/notes"),
                json!({ "body": "Back again" }),
            )
            .await,
        admin.get(&format!("/api/v1/customers/{id}/consent")).await,
        admin
            .send(
                reqwest::Method::PUT,
                &format!("/api/v1/customers/{id}/consent/marketing_email"),
                Some(json!({ "granted": true, "basis": "consent" })),
            )
            .await,
        admin
            .post(&format!("/api/v1/customers/{id}/complete"), json!({}))
            .await,
        admin
            .post(
                &format!("/api/v1/customers/{id}/hold"),
                json!({ "on": true, "reason": "late" }),
            )
            .await,
        admin
            .post(
                &format!("/api/v1/customers/{id}/anonymize"),
                json!({ "confirm": id }),
            )
            .await,
    ];
    for resp in gone {
        let url = resp.url().path().to_owned();
        let p = problem(resp, 410).await;
        assert!(
            p["detail"].as_str().unwrap().contains("/api/v1/erasures/"),
            "{url}: {p}"
        );
    }
}

#[tokio::test]
async fn a_shred_stopped_at_any_step_is_finished_by_the_next_job_run() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let id = customer_with_history(&admin, "Crash Person", "crash@people.test").await;
    let path = format!("/api/v1/customers/{id}/shred");
    let shred = || admin.post(&path, json!({ "confirm": id }));

    // Stopped before the rows' transaction commits: nothing happened.
    let before = app.fingerprint().await;
    app.state.faults.arm("erasure.before_commit");
    assert_eq!(shred().await.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(app.fingerprint().await, before);
    assert_eq!(
        admin.json(&format!("/api/v1/customers/{id}")).await["name"],
        "Crash Person"
    );

    // Stopped after the rows went, before the key: the shred has happened,
    // so it is answered as done, with the key still pending; readers see
    // 410; the next run destroys the key.
    app.state.faults.arm("erasure.before_keys");
    let resp = shred().await;
    let resp = expect_status(resp, 200).await;
    assert!(
        resp.json::<Value>()
            .await
            .unwrap()
            .get("key_destroyed_at")
            .is_none()
    );
    problem(admin.get(&format!("/api/v1/customers/{id}")).await, 410).await;
    assert_eq!(app.customer_keys(&id).await, 1);
    assert!(admin.json(&format!("/api/v1/erasures/{id}")).await["key_destroyed_at"].is_null());
    let summary = crate::helpers::run_jobs(&app.state).await;
    assert_eq!(summary["erasures_finished"], 1, "{summary}");
    assert_eq!(app.customer_keys(&id).await, 0);
    assert!(admin.json(&format!("/api/v1/erasures/{id}")).await["key_destroyed_at"].is_string());

    // Stopped after the key went, before it was marked done.
    let second = customer_with_history(&admin, "Second Crash", "crash2@people.test").await;
    app.state.faults.arm("erasure.before_done");
    let resp = admin
        .post(
            &format!("/api/v1/customers/{second}/shred"),
            json!({ "confirm": second }),
        )
        .await;
    let resp = expect_status(resp, 200).await;
    assert!(
        resp.json::<Value>()
            .await
            .unwrap()
            .get("key_destroyed_at")
            .is_none()
    );
    assert_eq!(app.customer_keys(&second).await, 0);
    let summary = crate::helpers::run_jobs(&app.state).await;
    assert_eq!(summary["erasures_finished"], 1, "{summary}");
    assert!(
        admin.json(&format!("/api/v1/erasures/{second}")).await["key_destroyed_at"].is_string()
    );
    let pending = crate::helpers::count(
        &app.state.db.main,
        "SELECT COUNT(*) FROM erasures WHERE done_at IS NULL",
    )
    .await;
    assert_eq!(pending, 0);
}

/// The records with an open `customer.returned` notice, oldest notice first.
async fn returned_notices(s: &Session) -> Vec<String> {
    s.json("/api/v1/notifications?state=open").await["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "customer.returned")
        .map(|n| n["customer_id"].as_str().unwrap().to_owned())
        .collect()
}

/// Shreds `id` as `s`, which must succeed.
async fn shred_ok(s: &Session, id: &str) {
    let resp = s
        .post(
            &format!("/api/v1/customers/{id}/shred"),
            json!({ "confirm": id }),
        )
        .await;
    expect(resp, 200).await;
}

/// How many entries the suppression list holds.
async fn suppressions(app: &TestApp) -> i64 {
    count(&app.state.db.main, "SELECT COUNT(*) FROM suppressions").await
}

/// Off by default an erasure leaves nothing behind; switched on, it keeps a keyed digest, not the address.
async fn the_list_is_off_by_default_and_holds_digests(app: &TestApp, admin: &Session) {
    let first = customer_with_history(admin, "Not Listed", "unlisted@people.test").await;
    shred_ok(admin, &first).await;
    assert_eq!(suppressions(app).await, 0);

    let tenant = admin
        .patch("/api/v1/tenant", json!({ "suppress_erased": true }))
        .await;
    let tenant = expect_status(tenant, 200).await;
    assert_eq!(
        tenant.json::<Value>().await.unwrap()["suppress_erased"],
        true
    );
    let gone = customer_with_history(admin, "Asked To Go", "asked.to.go@people.test").await;
    shred_ok(admin, &gone).await;
    assert_eq!(suppressions(app).await, 1);
    // The list holds a keyed digest, not the address.
    let main = &app.state.db.main;
    let digest = main
        .query_one_raw(Statement::from_string(
            main.get_database_backend(),
            "SELECT digest FROM suppressions".to_owned(),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index::<Vec<u8>>(0)
        .unwrap();
    assert_eq!(digest.len(), 32);
    assert!(!String::from_utf8_lossy(&digest).contains("people.test"));
}

/// The same address, typed differently, comes back on a new record or a
/// changed one: staff are told, once per record.
async fn a_returning_address_is_flagged_once_per_record(admin: &Session) {
    let resp = admin
        .post(
            "/api/v1/customers",
            json!({ "name": "New Name", "email": "Asked.To.Go@People.test" }),
        )
        .await;
    let resp = expect_status(resp, 201).await;
    let returned = resp.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let other = admin
        .post(
            "/api/v1/customers",
            json!({ "name": "Someone Else", "email": "someone@people.test" }),
        )
        .await
        .json::<Value>()
        .await
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(returned_notices(admin).await, vec![returned.clone()]);
    // Changing an address to an erased one is flagged too.
    let resp = admin
        .patch(
            &format!("/api/v1/customers/{other}"),
            json!({ "version": 1, "email": "asked.to.go@people.test" }),
        )
        .await;
    expect(resp, 200).await;
    assert_eq!(
        returned_notices(admin).await,
        vec![returned.clone(), other.clone()]
    );
    // Moving on to another erased address while the notice is open: still
    // one notice for the record.
    let third = customer_with_history(admin, "Also Gone", "also.gone@people.test").await;
    shred_ok(admin, &third).await;
    let resp = admin
        .patch(
            &format!("/api/v1/customers/{other}"),
            json!({ "version": 2, "email": "also.gone@people.test" }),
        )
        .await;
    expect(resp, 200).await;
    assert_eq!(
        returned_notices(admin).await,
        vec![returned.clone(), other.clone()]
    );
}

/// The audit marks the create and both changes, naming no address.
async fn the_audit_marks_each_return(app: &TestApp, t: &Tenant) {
    let audit = app
        .login_owner(t)
        .await
        .json("/api/v1/audit?limit=200")
        .await;
    let marked = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["detail"]["erased_address_returned"] == true)
        .count();
    assert_eq!(marked, 3, "the create and both changes");
    assert!(!audit.to_string().contains("people.test"));
}

/// Turning the list off empties it; only admins may switch it, with a boolean.
async fn turning_the_list_off_empties_it(app: &TestApp, t: &Tenant, admin: &Session) {
    let resp = admin
        .patch("/api/v1/tenant", json!({ "suppress_erased": false }))
        .await;
    expect(resp, 200).await;
    assert_eq!(suppressions(app).await, 0);
    let staff = app.login_as(t, Role::Staff).await;
    problem(
        staff
            .patch("/api/v1/tenant", json!({ "suppress_erased": true }))
            .await,
        403,
    )
    .await;
    problem(
        admin
            .patch("/api/v1/tenant", json!({ "suppress_erased": "yes" }))
            .await,
        422,
    )
    .await;
}

#[tokio::test]
async fn a_tenant_with_a_suppression_list_is_told_when_an_erased_address_returns() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;

    the_list_is_off_by_default_and_holds_digests(&app, &admin).await;
    a_returning_address_is_flagged_once_per_record(&admin).await;
    the_audit_marks_each_return(&app, &t).await;
    turning_the_list_off_empties_it(&app, &t, &admin).await;
}

#[tokio::test]
async fn bulk_shred_of_more_than_one_transaction_keeps_the_audit_chain_whole() {
    let app = spawn_app().await;
    let report = steward_bench::seed::run(&app.state, 1, 1_150)
        .await
        .unwrap();
    let tenant = &report.tenants[0];
    let owner = app
        .login(
            &tenant.slug,
            &format!("owner@{}.test", tenant.slug),
            report.owner_password.as_deref().unwrap(),
        )
        .await;
    let main = &app.state.db.main;
    let ids: Vec<String> = main
        .query_all_raw(Statement::from_string(
            main.get_database_backend(),
            "SELECT id FROM customers ORDER BY id".to_owned(),
        ))
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.try_get_by_index::<uuid::Uuid>(0).unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 1_150);
    // Hold one in the second transaction; it alone is refused.
    owner.hold(&ids[1_100], "litigation").await;
    let resp = owner
        .post(
            "/api/v1/customers/shred",
            json!({ "ids": ids, "confirm": ids.len() }),
        )
        .await;
    let result = expect(resp, 200).await;
    assert_eq!(result["erased"], 1_149, "{}", result["refused"]);
    assert_eq!(result["items"][1_100]["outcome"], "on_hold");
    assert_eq!(
        crate::helpers::count(main, "SELECT COUNT(*) FROM customers").await,
        1
    );
    assert_eq!(
        crate::helpers::count(
            main,
            "SELECT COUNT(*) FROM erasures WHERE done_at IS NOT NULL"
        )
        .await,
        1_149
    );
    assert_eq!(owner.json("/api/v1/audit/verify").await["ok"], true);
    let keys =
        crate::helpers::count(&app.state.db.keys, "SELECT COUNT(*) FROM customer_keys").await;
    assert_eq!(keys, 1, "only the held record's key is left");
}

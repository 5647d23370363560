//! Expiry: the job runner brings up records whose retention period is over —
//! in-app notices, one digest email per tenant per run over real SMTP,
//! reminders until someone acts — or anonymizes or shreds them, as the
//! policy says; and it survives being stopped half-way.

use std::collections::BTreeSet;

use chrono::TimeDelta;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use steward::{auth::Role, jobs, state::AppState};

use crate::helpers::expect;
use crate::{
    helpers::{Session, Tenant, TestApp, count, problem, run_jobs, spawn_app_with},
    mailbox::SmtpSink,
};

async fn app_with_smtp() -> (TestApp, SmtpSink) {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(&format!(
        "mail.smtp_url = {:?}\nserver.public_url = \"https://steward.example\"\n",
        sink.url()
    ))
    .await;
    (app, sink)
}

async fn policy(admin: &Session, body: Value) {
    let resp = admin
        .send(Method::PUT, "/api/v1/retention", Some(body))
        .await;
    expect(resp, 200).await;
}

async fn notices(s: &Session, which: &str) -> Vec<Value> {
    s.json(&format!("/api/v1/notifications?state={which}"))
        .await["items"]
        .as_array()
        .unwrap()
        .clone()
}

fn customer_ids(notices: &[Value]) -> BTreeSet<String> {
    notices
        .iter()
        .map(|n| n["customer_id"].as_str().unwrap().to_owned())
        .collect()
}

async fn count_main(app: &TestApp, sql: &str) -> i64 {
    count(&app.state.db.main, sql).await
}

/// A tenant with an admin and three completed records under `PT2S`, named
/// so that the test can look for the names in what is sent.
async fn three_completed(app: &TestApp, body: Value) -> (Tenant, Session, Vec<String>) {
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    policy(&admin, body).await;
    let mut ids = Vec::new();
    for name in ["Ingrid Expiring", "Olúwaseun Expiring", "Zoë Expiring"] {
        let id = admin
            .create_customer(
                json!({ "name": name, "email": format!("c{}@people.test", ids.len()) }),
            )
            .await;
        admin.complete(&id).await;
        ids.push(id);
    }
    (t, admin, ids)
}

/// Not yet due nothing happens; once due, each record gets one open notice and one digest goes out.
async fn expired_records_get_one_notice_each(app: &TestApp, admin: &Session, ids: &[String]) {
    // Not yet due: nothing happens.
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["retention"]["expired"], 0, "{summary}");
    assert!(notices(admin, "open").await.is_empty());

    app.clock.advance(TimeDelta::seconds(3));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["retention"]["expired"], 3, "{summary}");
    assert_eq!(summary["retention"]["digests"], 1);
    assert_eq!(summary["mail"]["sent"], 1);
    let open = notices(admin, "open").await;
    assert_eq!(open.len(), 3);
    assert_eq!(customer_ids(&open), ids.iter().cloned().collect());
    for n in &open {
        assert_eq!(n["kind"], "customer.expired");
        assert_eq!(n["reminders"], 0);
        assert!(n["next_reminder_at"].is_string());
    }
}

/// One digest, to the tenant's owner and admins, listing the IDs with
/// links and none of the names or addresses.
async fn the_digest_lists_ids_not_names(
    app: &TestApp,
    sink: &SmtpSink,
    t: &Tenant,
    ids: &[String],
) {
    let mails = sink.messages();
    assert_eq!(mails.len(), 1, "one digest per tenant per run");
    let digest = &mails[0];
    assert_eq!(digest.from, "steward@localhost", "from mail.from");
    let mut to = digest.to.clone();
    to.sort();
    let mut expected = vec![t.owner_email.clone()];
    let admin_email = app
        .login_owner(t)
        .await
        .json("/api/v1/users")
        .await
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["role"] == "admin")
        .unwrap()["email"]
        .as_str()
        .unwrap()
        .to_owned();
    expected.push(admin_email);
    expected.sort();
    assert_eq!(to, expected);
    assert!(
        digest.subject().contains("3 expired customer records"),
        "{}",
        digest.subject()
    );
    // HTML escapes "/" as an entity; a mail reader shows it as "/".
    let (text, html) = (digest.text(), digest.html().replace("&#x2f;", "/"));
    for id in ids {
        assert!(
            text.contains(&format!("https://steward.example/customers/{id}")),
            "{text}"
        );
        assert!(
            html.contains(&format!("href=\"https://steward.example/customers/{id}\"")),
            "{html}"
        );
    }
    for secret in ["Ingrid", "Olúwaseun", "Zoë", "Expiring", "people.test"] {
        assert!(!digest.data.contains(secret), "the digest names {secret}");
        assert!(
            !text.contains(secret) && !html.contains(secret),
            "the digest names {secret}"
        );
    }
}

/// A second run at once finds nothing new; after remind_every the same three
/// come up again in one digest. A fresh admin session (the old one idled out).
async fn reminders_come_after_remind_every(app: &TestApp, sink: &SmtpSink, t: &Tenant) -> Session {
    // A second run at once finds nothing new: each record is brought up once.
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["retention"]["expired"], 0);
    assert_eq!(summary["retention"]["reminded"], 0);
    assert_eq!(sink.messages().len(), 1);

    // After remind_every, the same three come up again, in one digest.
    app.clock.advance(TimeDelta::hours(1));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["retention"]["reminded"], 3, "{summary}");
    assert_eq!(sink.messages().len(), 2);
    let reminder = &sink.messages()[1];
    assert!(
        reminder
            .text()
            .contains("3 records still waiting for a decision"),
        "{}",
        reminder.text()
    );
    // An hour passed: the earlier session idled out.
    let admin = app.login_as(t, Role::Admin).await;
    for n in notices(&admin, "open").await {
        assert_eq!(n["reminders"], 1);
    }
    admin
}

/// Acting on each record closes its notice: ack, reopen, hold.
async fn acting_on_each_record_closes_its_notice(admin: &Session, ids: &[String]) {
    let open = notices(admin, "open").await;
    let notice_of = |id: &str| {
        open.iter().find(|n| n["customer_id"] == id).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let acked = admin
        .post(
            &format!("/api/v1/notifications/{}/ack", notice_of(&ids[0])),
            json!({}),
        )
        .await;
    let acked = expect(acked, 200).await;
    assert_eq!(acked["closed_reason"], "acknowledged");
    assert_eq!(acked["acked_by"], admin.user_id.to_string());
    let again = admin
        .post(
            &format!("/api/v1/notifications/{}/ack", notice_of(&ids[0])),
            json!({}),
        )
        .await;
    problem(again, 409).await;
    let resp = admin
        .post(&format!("/api/v1/customers/{}/reopen", ids[1]), json!({}))
        .await;
    expect(resp, 200).await;
    let resp = admin
        .post(
            &format!("/api/v1/customers/{}/hold", ids[2]),
            json!({ "on": true, "reason": "tax audit" }),
        )
        .await;
    expect(resp, 200).await;
    assert!(notices(admin, "open").await.is_empty());
    let closed = notices(admin, "closed").await;
    let reasons: BTreeSet<&str> = closed
        .iter()
        .map(|n| n["closed_reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons,
        BTreeSet::from(["acknowledged", "reopened", "held"])
    );
}

/// Once acted on, nothing is reminded and the held record is paused.
async fn closed_notices_are_not_reminded(app: &TestApp, sink: &SmtpSink) {
    app.clock.advance(TimeDelta::hours(2));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["retention"]["reminded"], 0, "{summary}");
    assert_eq!(
        summary["retention"]["expired"], 0,
        "the held record is paused"
    );
    assert_eq!(sink.messages().len(), 2, "no more mail");
}

/// Releasing the hold resumes expiry with the original date: it is past,
/// so the record comes up again at once.
async fn releasing_the_hold_resumes_expiry(app: &TestApp, t: &Tenant, held: &str) {
    let admin = app.login_as(t, Role::Admin).await;
    let resp = admin
        .post(
            &format!("/api/v1/customers/{held}/hold"),
            json!({ "on": false }),
        )
        .await;
    let released = expect(resp, 200).await;
    assert!(released["expires_at"].is_string());
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["retention"]["expired"], 1, "{summary}");
    assert_eq!(
        customer_ids(&notices(&admin, "open").await),
        BTreeSet::from([held.to_owned()])
    );
}

/// Expiry, reminders and acknowledgements are audited, without names.
async fn expiry_is_audited_without_names(app: &TestApp, t: &Tenant) {
    let audit = app
        .login_owner(t)
        .await
        .json("/api/v1/audit?limit=200")
        .await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "retention.expired",
        "retention.reminded",
        "notification.acknowledged",
    ] {
        assert!(
            actions.contains(&action),
            "{action} is audited: {actions:?}"
        );
    }
    assert!(!audit.to_string().contains("Expiring"));
}

#[tokio::test]
async fn expired_records_get_one_notice_each_one_digest_and_reminders_until_someone_acts() {
    let (app, sink) = app_with_smtp().await;
    let (t, admin, ids) = three_completed(
        &app,
        json!({ "expire_after": "PT2S", "action": "notify", "remind_every": "PT1H" }),
    )
    .await;

    expired_records_get_one_notice_each(&app, &admin, &ids).await;
    the_digest_lists_ids_not_names(&app, &sink, &t, &ids).await;
    let admin = reminders_come_after_remind_every(&app, &sink, &t).await;
    acting_on_each_record_closes_its_notice(&admin, &ids).await;
    closed_notices_are_not_reminded(&app, &sink).await;
    releasing_the_hold_resumes_expiry(&app, &t, &ids[2]).await;
    expiry_is_audited_without_names(&app, &t).await;
}

#[tokio::test]
async fn a_new_period_reschedules_expiry_and_closes_notices_no_longer_due() {
    let (app, _sink) = app_with_smtp().await;
    let (_t, admin, ids) =
        three_completed(&app, json!({ "expire_after": "PT2S", "action": "notify" })).await;
    app.clock.advance(TimeDelta::seconds(3));
    assert_eq!(run_jobs(&app.state).await["retention"]["expired"], 3);

    policy(
        &admin,
        json!({ "expire_after": "P30D", "action": "notify" }),
    )
    .await;
    assert!(notices(&admin, "open").await.is_empty());
    let closed = notices(&admin, "closed").await;
    assert!(closed.iter().all(|n| n["closed_reason"] == "rescheduled"));
    let c = admin.json(&format!("/api/v1/customers/{}", ids[0])).await;
    let (done, expires) = (
        chrono::DateTime::parse_from_rfc3339(c["completed_at"].as_str().unwrap()).unwrap(),
        chrono::DateTime::parse_from_rfc3339(c["expires_at"].as_str().unwrap()).unwrap(),
    );
    assert_eq!(expires - done, TimeDelta::days(30));
    assert_eq!(run_jobs(&app.state).await["retention"]["expired"], 0);

    // Back to a short period: they are due again at once.
    policy(
        &admin,
        json!({ "expire_after": "PT1S", "action": "notify" }),
    )
    .await;
    assert_eq!(run_jobs(&app.state).await["retention"]["expired"], 3);
}

#[tokio::test]
async fn switching_to_shred_erases_the_records_still_waiting_and_ends_their_reminders() {
    let (app, sink) = app_with_smtp().await;
    let (_t, admin, _ids) = three_completed(
        &app,
        json!({ "expire_after": "PT2S", "action": "notify", "remind_every": "PT1M" }),
    )
    .await;
    app.clock.advance(TimeDelta::seconds(3));
    assert_eq!(run_jobs(&app.state).await["retention"]["expired"], 3);
    let first = notices(&admin, "open").await[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let resp = admin
        .post(&format!("/api/v1/notifications/{first}/ack"), json!({}))
        .await;
    expect(resp, 200).await;

    policy(&admin, json!({ "expire_after": "PT2S", "action": "shred" })).await;
    let summary = run_jobs(&app.state).await;
    assert_eq!(
        summary["retention"]["shredded"], 2,
        "the two still waiting: {summary}"
    );
    let closed = notices(&admin, "closed").await;
    let shredded: Vec<&Value> = closed
        .iter()
        .filter(|n| n["closed_reason"] == "shredded")
        .collect();
    assert_eq!(shredded.len(), 2, "their expiry notices closed: {closed:?}");
    let acked = admin
        .get(&format!(
            "/api/v1/customers/{}",
            closed
                .iter()
                .find(|n| n["closed_reason"] == "acknowledged")
                .unwrap()["customer_id"]
                .as_str()
                .unwrap()
        ))
        .await;
    assert_eq!(
        acked.status(),
        StatusCode::OK,
        "an acknowledged record was kept on purpose"
    );
    app.clock.advance(TimeDelta::minutes(5));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["retention"]["reminded"], 0, "{summary}");
    assert_eq!(
        sink.messages().len(),
        2,
        "first notice, then what was shredded"
    );
}

#[tokio::test]
async fn flipping_the_action_back_and_forth_keeps_one_notice_per_record() {
    let (app, _sink) = app_with_smtp().await;
    let (t, admin, ids) = three_completed(
        &app,
        json!({ "expire_after": "PT2S", "action": "notify", "remind_every": "PT1H" }),
    )
    .await;
    app.clock.advance(TimeDelta::seconds(3));
    assert_eq!(run_jobs(&app.state).await["retention"]["expired"], 3);
    // One of them is restricted while it waits: never processed automatically.
    let resp = admin
        .post(
            &format!("/api/v1/customers/{}/restrict", ids[1]),
            json!({ "on": true, "reason": "accuracy contested" }),
        )
        .await;
    expect(resp, 200).await;

    // To shred and straight back to notify before the runner ticks.
    policy(&admin, json!({ "expire_after": "PT2S", "action": "shred" })).await;
    policy(
        &admin,
        json!({ "expire_after": "PT2S", "action": "notify", "remind_every": "PT1H" }),
    )
    .await;
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["retention"]["expired"], 0, "{summary}");
    assert_eq!(summary["retention"]["tenants_failed"], 0, "{summary}");
    assert_eq!(
        notices(&admin, "open").await.len(),
        3,
        "still one open notice each"
    );
    assert_eq!(
        count_main(&app, "SELECT COUNT(*) FROM notifications").await,
        3
    );

    // Under shred, the restricted one waits; once the restriction is lifted,
    // the policy acts on it.
    policy(&admin, json!({ "expire_after": "PT2S", "action": "shred" })).await;
    assert_eq!(run_jobs(&app.state).await["retention"]["shredded"], 2);
    let c = admin.json(&format!("/api/v1/customers/{}", ids[1])).await;
    assert_eq!(c["restricted"], true);
    let resp = admin
        .post(
            &format!("/api/v1/customers/{}/restrict", ids[1]),
            json!({ "on": false }),
        )
        .await;
    expect(resp, 200).await;
    assert_eq!(run_jobs(&app.state).await["retention"]["shredded"], 1);
    let owner = app.login_owner(&t).await;
    assert_eq!(
        owner
            .get(&format!("/api/v1/customers/{}", ids[1]))
            .await
            .status(),
        StatusCode::GONE
    );
}

#[tokio::test]
async fn held_and_restricted_records_are_never_processed_automatically() {
    let (app, _sink) = app_with_smtp().await;
    let (_t, admin, ids) =
        three_completed(&app, json!({ "expire_after": "PT2S", "action": "shred" })).await;
    let resp = admin
        .post(
            &format!("/api/v1/customers/{}/hold", ids[0]),
            json!({ "on": true, "reason": "court order" }),
        )
        .await;
    expect(resp, 200).await;
    let resp = admin
        .post(
            &format!("/api/v1/customers/{}/restrict", ids[1]),
            json!({ "on": true, "reason": "accuracy contested" }),
        )
        .await;
    expect(resp, 200).await;
    app.clock.advance(TimeDelta::seconds(3));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["retention"]["shredded"], 1, "{summary}");
    for id in &ids[..2] {
        let c = admin.json(&format!("/api/v1/customers/{id}")).await;
        assert!(c["name"].as_str().unwrap().ends_with("Expiring"));
        assert_eq!(app.customer_keys(id).await, 1);
    }
    assert_eq!(
        admin
            .get(&format!("/api/v1/customers/{}", ids[2]))
            .await
            .status(),
        StatusCode::GONE
    );
}

#[tokio::test]
async fn the_shred_policy_erases_expired_records_with_their_keys_and_says_so() {
    let (app, sink) = app_with_smtp().await;
    let (_t, admin, ids) = three_completed(
        &app,
        json!({ "expire_after": "PT2S", "action": "shred", "webhook": true }),
    )
    .await;
    for id in &ids {
        let resp = admin
            .post(
                &format!("/api/v1/customers/{id}/notes"),
                json!({ "body": "Called about the invoice" }),
            )
            .await;
        expect(resp, 201).await;
    }
    let notes_before = count_main(&app, "SELECT COUNT(*) FROM notes").await;
    assert_eq!(notes_before, 3);
    app.clock.advance(TimeDelta::seconds(3));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["retention"]["shredded"], 3, "{summary}");
    assert_eq!(summary["erasures_finished"], 3);
    assert_eq!(summary["retention"]["events"], 3);
    for id in &ids {
        assert_eq!(
            admin.get(&format!("/api/v1/customers/{id}")).await.status(),
            StatusCode::GONE
        );
        assert_eq!(app.customer_keys(id).await, 0, "the key is destroyed");
    }
    assert_eq!(count_main(&app, "SELECT COUNT(*) FROM customers").await, 0);
    assert_eq!(count_main(&app, "SELECT COUNT(*) FROM notes").await, 0);
    assert_eq!(
        count_main(&app, "SELECT COUNT(*) FROM search_tokens").await,
        0
    );
    assert_eq!(
        count_main(
            &app,
            "SELECT COUNT(*) FROM erasures WHERE done_at IS NOT NULL"
        )
        .await,
        3
    );
    // Queued (see `events` above), then handed to the tenant's
    // integrations — none here — and so removed.
    assert_eq!(
        count_main(&app, "SELECT COUNT(*) FROM outbox_events").await,
        0
    );
    let open = notices(&admin, "open").await;
    assert_eq!(open.len(), 3);
    assert!(
        open.iter()
            .all(|n| n["kind"] == "customer.shredded" && n.get("next_reminder_at").is_none())
    );
    let mails = sink.messages();
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0].subject().contains("shredded automatically"),
        "{}",
        mails[0].subject()
    );
    assert!(mails[0].text().contains("3 records shredded"));
    for secret in ["Expiring", "invoice", "people.test"] {
        assert!(!mails[0].data.contains(secret));
    }
    // Nothing comes up again.
    app.clock.advance(TimeDelta::days(30));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["retention"]["reminded"], 0);
}

#[tokio::test]
async fn the_anonymize_policy_keeps_a_skeleton_without_personal_data() {
    let (app, sink) = app_with_smtp().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    for (key, personal) in [("plan", false), ("birthday_note", true)] {
        let resp = admin
            .post(
                "/api/v1/fields",
                json!({ "key": key, "label": key, "type": "text", "personal": personal }),
            )
            .await;
        expect(resp, 201).await;
    }
    policy(
        &admin,
        json!({ "expire_after": "PT2S", "action": "anonymize" }),
    )
    .await;
    let id = admin.create_customer(json!({ "name": "Ada Skeleton", "email": "ada@people.test", "fields": { "plan": "gold", "birthday_note": "likes tulips" } }),
    )
    .await;
    admin.complete(&id).await;
    app.clock.advance(TimeDelta::seconds(3));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["retention"]["anonymized"], 1, "{summary}");
    assert_eq!(app.customer_keys(&id).await, 0, "the key is destroyed");

    let c = admin.json(&format!("/api/v1/customers/{id}")).await;
    assert_eq!(c["state"], "anonymized");
    assert_eq!(c["fields"], json!({ "plan": "gold" }));
    assert!(c.get("email").is_none());
    assert!(!c.to_string().contains("Ada") && !c.to_string().contains("tulips"));
    assert!(c["completed_at"].is_string());
    let listed = admin.json("/api/v1/customers?state=anonymized").await;
    assert_eq!(listed["items"][0]["id"], id.as_str());
    let p = problem(
        admin
            .patch(
                &format!("/api/v1/customers/{id}"),
                json!({ "version": c["version"], "name": "Back" }),
            )
            .await,
        409,
    )
    .await;
    assert!(p["detail"].as_str().unwrap().contains("anonymized"), "{p}");
    let notes = admin.json(&format!("/api/v1/customers/{id}/notes")).await;
    assert_eq!(notes, json!([]), "nothing personal left, and no error");
    let n = notices(&admin, "open").await;
    assert_eq!(n.len(), 1);
    assert_eq!(n[0]["kind"], "customer.anonymized");
    assert!(sink.messages()[0].text().contains("1 record anonymized"));
}

#[tokio::test]
async fn a_run_stopped_half_way_leaves_consistent_state_and_the_next_run_finishes() {
    let (app, sink) = app_with_smtp().await;
    let (_t, admin, ids) =
        three_completed(&app, json!({ "expire_after": "PT2S", "action": "notify" })).await;
    app.clock.advance(TimeDelta::seconds(3));

    // Stopped before the tenant's transaction commits: nothing happened.
    app.state.faults.arm("retention.before_commit");
    assert!(jobs::run_once(&app.state).await.is_err());
    assert!(notices(&admin, "all").await.is_empty());
    assert_eq!(
        count_main(&app, "SELECT COUNT(*) FROM mail_outbox").await,
        0
    );
    assert_eq!(
        count_main(
            &app,
            "SELECT COUNT(*) FROM customers WHERE due_at IS NOT NULL"
        )
        .await,
        3
    );

    // Stopped after claiming the digest, before sending it: the notices
    // stand, the mail waits for its lease to run out, then goes once.
    app.state.faults.arm("mail.claimed");
    assert!(jobs::run_once(&app.state).await.is_err());
    assert_eq!(
        customer_ids(&notices(&admin, "open").await),
        ids.iter().cloned().collect()
    );
    assert!(sink.messages().is_empty());
    assert_eq!(
        run_jobs(&app.state).await["mail"]["sent"],
        0,
        "still leased"
    );
    app.clock.advance(TimeDelta::minutes(11));
    assert_eq!(run_jobs(&app.state).await["mail"]["sent"], 1);
    assert_eq!(sink.messages().len(), 1);

    // Shredding stopped between the main database and the key store: the
    // record is gone for every reader at once; the key goes on the next run.
    let admin = app.login_as(&_t, Role::Admin).await;
    policy(&admin, json!({ "expire_after": "PT2S", "action": "shred" })).await;
    let id = admin.create_customer(json!({ "name": "Half Way" })).await;
    admin.complete(&id).await;
    app.clock.advance(TimeDelta::seconds(3));
    app.state.faults.arm("erasure.before_keys");
    assert!(jobs::run_once(&app.state).await.is_err());
    assert_eq!(
        admin.get(&format!("/api/v1/customers/{id}")).await.status(),
        StatusCode::GONE
    );
    assert_eq!(
        app.customer_keys(&id).await,
        1,
        "the key outlives the rows briefly"
    );
    // The new record and the three that were still waiting under `notify`.
    assert_eq!(
        count_main(&app, "SELECT COUNT(*) FROM erasures WHERE done_at IS NULL").await,
        4
    );
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["erasures_finished"], 4, "{summary}");
    assert_eq!(app.customer_keys(&id).await, 0);
    for id in &ids {
        assert_eq!(app.customer_keys(id).await, 0);
    }
}

#[tokio::test]
async fn a_mail_server_that_refuses_delays_the_digest_but_loses_nothing() {
    let (app, sink) = app_with_smtp().await;
    let (_t, admin, _ids) =
        three_completed(&app, json!({ "expire_after": "PT2S", "action": "notify" })).await;
    sink.refuse_next(1);
    app.clock.advance(TimeDelta::seconds(3));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["mail"]["deferred"], 1, "{summary}");
    assert_eq!(notices(&admin, "open").await.len(), 3, "the notices stand");
    assert!(sink.messages().is_empty());
    assert_eq!(
        run_jobs(&app.state).await["mail"]["sent"],
        0,
        "waits before retrying"
    );
    app.clock.advance(TimeDelta::minutes(2));
    assert_eq!(run_jobs(&app.state).await["mail"]["sent"], 1);
    assert_eq!(sink.messages().len(), 1);
}

#[tokio::test]
async fn without_smtp_the_digest_is_written_as_an_eml_file() {
    let app = spawn_app_with("").await;
    let (_t, _admin, ids) =
        three_completed(&app, json!({ "expire_after": "PT2S", "action": "notify" })).await;
    app.clock.advance(TimeDelta::seconds(3));
    assert_eq!(run_jobs(&app.state).await["mail"]["sent"], 1);
    let dir = app.dir.path().join("mail");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(files[0].extension().unwrap(), "eml");
    let raw = std::fs::read_to_string(&files[0]).unwrap();
    let text = crate::mailbox::text_parts(&raw)
        .into_iter()
        .find(|(t, _)| t.starts_with("text/plain"))
        .unwrap()
        .1;
    for id in &ids {
        assert!(text.contains(id.as_str()));
    }
}

#[tokio::test]
async fn notifications_need_a_role_and_name_what_is_wrong() {
    let (app, _sink) = app_with_smtp().await;
    let (t, _admin, _ids) =
        three_completed(&app, json!({ "expire_after": "PT2S", "action": "notify" })).await;
    app.clock.advance(TimeDelta::seconds(3));
    run_jobs(&app.state).await;
    let viewer = app.login_as(&t, Role::Viewer).await;
    let open = notices(&viewer, "open").await;
    assert_eq!(open.len(), 3);
    let before = app.fingerprint().await;
    problem(
        viewer
            .post(
                &format!(
                    "/api/v1/notifications/{}/ack",
                    open[0]["id"].as_str().unwrap()
                ),
                json!({}),
            )
            .await,
        403,
    )
    .await;
    let staff = app.login_as(&t, Role::Staff).await;
    let before_staff = app.fingerprint().await;
    problem(
        staff
            .post(
                &format!("/api/v1/notifications/{}/ack", uuid::Uuid::now_v7()),
                json!({}),
            )
            .await,
        404,
    )
    .await;
    problem(
        staff
            .post("/api/v1/notifications/not-an-id/ack", json!({}))
            .await,
        400,
    )
    .await;
    let p = problem(staff.get("/api/v1/notifications?state=sleeping").await, 400).await;
    assert!(p.to_string().contains("state"), "{p}");
    let p = problem(staff.get("/api/v1/notifications?cursor=bogus").await, 422).await;
    assert!(p["errors"]["cursor"].is_string(), "{p}");
    problem(app.anonymous().get("/api/v1/notifications").await, 401).await;
    assert_eq!(app.fingerprint().await, before_staff);
    let _ = before;

    // Another tenant sees none of them and cannot ack them.
    let other = app.create_tenant("other").await;
    let stranger = app.login_as(&other, Role::Admin).await;
    assert!(notices(&stranger, "all").await.is_empty());
    problem(
        stranger
            .post(
                &format!(
                    "/api/v1/notifications/{}/ack",
                    open[0]["id"].as_str().unwrap()
                ),
                json!({}),
            )
            .await,
        404,
    )
    .await;

    // Paging.
    let page = staff.json("/api/v1/notifications?limit=2").await;
    assert_eq!(page["items"].as_array().unwrap().len(), 2);
    let rest = staff
        .json(&format!(
            "/api/v1/notifications?limit=2&cursor={}",
            page["next_cursor"].as_str().unwrap()
        ))
        .await;
    assert_eq!(rest["items"].as_array().unwrap().len(), 1);
    assert!(rest.get("next_cursor").is_none());
}

#[tokio::test]
async fn two_runners_at_once_handle_each_expired_record_exactly_once() {
    let (app, sink) = app_with_smtp().await;
    let mut tenants = Vec::new();
    for slug in ["north", "south"] {
        let t = app.create_tenant(slug).await;
        let admin = app.login_as(&t, Role::Admin).await;
        policy(
            &admin,
            json!({ "expire_after": "PT2S", "action": "notify" }),
        )
        .await;
        steward_bench::seed::customers(&app.state, t.id, 500, 11)
            .await
            .unwrap();
        let mut ids = Vec::new();
        let mut cursor = String::new();
        loop {
            let page = admin
                .json(&format!("/api/v1/customers?limit=200{cursor}"))
                .await;
            ids.extend(
                page["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c["id"].as_str().unwrap().to_owned()),
            );
            match page["next_cursor"].as_str() {
                Some(next) => cursor = format!("&cursor={next}"),
                None => break,
            }
        }
        assert_eq!(ids.len(), 500);
        let mut running = tokio::task::JoinSet::new();
        for chunk in ids.chunks(63) {
            let (admin, chunk) = (admin.clone(), chunk.to_vec());
            running.spawn(async move {
                for id in chunk {
                    admin.complete(&id).await;
                }
            });
        }
        while let Some(done) = running.join_next().await {
            done.unwrap();
        }
        tenants.push(t);
    }
    app.clock.advance(TimeDelta::seconds(3));

    // A second instance: its own pools on the same databases.
    let second = AppState::start((*app.state.config).clone(), app.clock.clone())
        .await
        .unwrap();
    let (a, b) = tokio::join!(jobs::run_once(&app.state), jobs::run_once(&second));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(
        a.retention.expired + b.retention.expired,
        1000,
        "{a:?} {b:?}"
    );
    assert_eq!(a.retention.digests + b.retention.digests, 2);
    assert_eq!(
        count_main(&app, "SELECT COUNT(*) FROM notifications").await,
        1000
    );
    assert_eq!(
        count_main(&app, "SELECT COUNT(*) FROM mail_outbox").await,
        2
    );
    let mails = sink.messages();
    assert_eq!(mails.len(), 2, "one digest per tenant");
    for t in &tenants {
        assert_eq!(
            mails
                .iter()
                .filter(|m| m.to.contains(&t.owner_email))
                .count(),
            1
        );
    }
    // And again: nothing left to do.
    let (a, b) = tokio::join!(jobs::run_once(&app.state), jobs::run_once(&second));
    assert_eq!(
        a.unwrap().retention.expired + b.unwrap().retention.expired,
        0
    );
}

/// The one test with real time: the server binary's own runner, ticking
/// every second, notices a record that expires a second after completion
/// and writes the digest as an `.eml` file; its key sweep, on a schedule of
/// its own, destroys a data key that belongs to no record.
#[tokio::test]
async fn the_server_binary_runs_the_jobs_on_its_own() {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

    let app = spawn_app_with("").await;
    let t = app.create_tenant("acme").await;
    // A key stored two hours ago for a record that was never written.
    let orphan = app.orphan_keys(t.id, 1).await[0];
    use entity::keystore::customer_key;
    customer_key::Entity::update_many()
        .col_expr(
            customer_key::Column::CreatedAt,
            Expr::value(app.clock.now() - TimeDelta::hours(2)),
        )
        .filter(customer_key::Column::CustomerId.eq(orphan))
        .exec(&app.state.db.keys)
        .await
        .unwrap();
    let serve = crate::helpers::Instance::start(
        &app,
        app.dir.path(),
        &[
            ("STEWARD_JOBS__INTERVAL", "PT1S"),
            ("STEWARD_JOBS__SWEEP_INTERVAL", "PT1S"),
        ],
    )
    .await;
    let owner = serve
        .login(&t.slug, &t.owner_email, &t.owner_password)
        .await;
    policy(
        &owner,
        json!({ "expire_after": "PT1S", "action": "notify" }),
    )
    .await;
    let id = owner.create_customer(json!({ "name": "Real Time" })).await;
    owner.complete(&id).await;
    let mut noticed = Vec::new();
    for _ in 0..150 {
        noticed = notices(&owner, "open").await;
        if !noticed.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(customer_ids(&noticed), BTreeSet::from([id.clone()]));
    let dir = app.dir.path().join("mail");
    let mut written = None;
    for _ in 0..50 {
        if let Some(file) = std::fs::read_dir(&dir)
            .ok()
            .and_then(|mut d| d.next())
            .and_then(Result::ok)
        {
            written = Some(std::fs::read_to_string(file.path()).unwrap());
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let raw = written.expect("the digest was written to data/mail");
    assert!(
        crate::mailbox::text_parts(&raw)
            .iter()
            .any(|(_, body)| body.contains(&id))
    );
    assert!(!raw.contains("Real Time"));
    // The record made above is newer than the orphan key, so the sweep may
    // take it; the record's own key stays.
    let mut left = 1;
    for _ in 0..50 {
        left = app.customer_keys(&orphan.to_string()).await;
        if left == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(left, 0, "the sweep destroyed the orphan key");
    assert_eq!(app.customer_keys(&id).await, 1);
}

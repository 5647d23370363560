//! Two `steward serve` processes on one database, as operators run them
//! behind a load balancer: every notice, digest line, webhook and erasure
//! happens exactly once, whichever instance's job runner gets to it.

use std::collections::BTreeMap;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    helpers::{Instance, Session, Tenant, TestApp, expect, expect_status, spawn_app_with},
    mailbox::SmtpSink,
    sync::Receiver,
};

/// Records completed in each tenant.
const N: usize = 12;

/// Waits up to 30 s for `done` to hold.
async fn until<F, Fut>(what: &str, done: F)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..600 {
        if done().await {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{what} did not happen within 30 s");
}

async fn new_customer(s: &Session, n: usize) -> String {
    s.customer(&format!("Person {n}"), &format!("p{n}@people.test"))
        .await
}

/// How many times each value of `items` occurs.
fn tally<'a>(items: impl IntoIterator<Item = &'a str>) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for i in items {
        *out.entry(i.to_owned()).or_default() += 1;
    }
    out
}

/// Events of `kind` the receiver was sent, by customer.
fn events(receiver: &Receiver, kind: &str) -> BTreeMap<String, usize> {
    let arrivals = receiver.arrivals();
    let ids: Vec<String> = arrivals
        .iter()
        .filter(|a| a.body["type"] == kind)
        .map(|a| a.body["data"]["customer_id"].as_str().unwrap().to_owned())
        .collect();
    tally(ids.iter().map(String::as_str))
}

/// The texts of every message the mail sink received for `to`, joined.
fn digest_to(sink: &SmtpSink, to: &str) -> String {
    sink.messages()
        .into_iter()
        .filter(|m| m.to.iter().any(|t| t == to))
        .map(|m| m.text())
        .collect::<Vec<String>>()
        .concat()
}

/// The records made: those completed in each tenant (expiring under the
/// policy), and those the second tenant's admins shredded by hand.
struct Work {
    completed: [Vec<String>; 2],
    by_hand: Vec<String>,
}

impl Work {
    /// Every record of the second tenant that is to be erased.
    fn all_shredded(&self) -> Vec<&str> {
        self.completed[1]
            .iter()
            .chain(&self.by_hand)
            .map(String::as_str)
            .collect()
    }
}

#[tokio::test]
async fn two_instances_on_one_database_do_every_job_exactly_once() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with("integrations.allow_private = true\n").await;
    let notify = app.create_tenant("notify").await;
    let shred = app.create_tenant("shred").await;
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let env = [
        ("STEWARD_MAIL__SMTP_URL", sink.url()),
        ("STEWARD_JOBS__INTERVAL", "PT1S".to_owned()),
        ("STEWARD_INTEGRATIONS__ALLOW_PRIVATE", "true".to_owned()),
        (
            "STEWARD_SERVER__PUBLIC_URL",
            "https://steward.example".to_owned(),
        ),
    ];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let one = Instance::start(&app, dirs[0].path(), &env).await;
    let two = Instance::start(&app, dirs[1].path(), &env).await;

    let (sessions, receivers) = each_tenant_sets_up_on_both(&one, &two, [&notify, &shred]).await;
    let work = records_complete_and_some_are_shredded_by_hand_at_once(&sessions).await;
    the_runners_get_through_everything(&sink, &receivers, &work).await;
    one_notice_per_record(&sessions, &work).await;
    one_digest_line_per_record(&sink, &work);
    one_signed_webhook_per_event(&receivers, &work);
    each_record_erased_once_with_a_receipt_and_an_audit_entry(&app, &sessions[1][0], &work).await;
    for instance in [one, two] {
        let log = instance.log();
        let status = instance.stop().await;
        assert!(status.success(), "exit {status}:\n{log}");
    }
}

/// Each tenant signs in on both instances, sets a one-second retention
/// policy on one and connects a receiver on the other; per tenant, its
/// sessions (one on each instance) and its receiver.
async fn each_tenant_sets_up_on_both(
    one: &Instance,
    two: &Instance,
    tenants: [&Tenant; 2],
) -> (Vec<[Session; 2]>, Vec<Receiver>) {
    let mut sessions = Vec::new();
    let mut receivers = Vec::new();
    for (t, policy) in tenants.into_iter().zip([
        json!({ "expire_after": "PT1S", "action": "notify", "remind_every": "P1D",
                "email_to": ["dpo@notify.test"], "webhook": true }),
        json!({ "expire_after": "PT1S", "action": "shred", "email_to": ["dpo@shred.test"] }),
    ]) {
        let on = [
            one.login(&t.slug, &t.owner_email, &t.owner_password).await,
            two.login(&t.slug, &t.owner_email, &t.owner_password).await,
        ];
        let resp = on[0]
            .send(Method::PUT, "/api/v1/retention", Some(policy))
            .await;
        expect(resp, 200).await;
        let receiver = Receiver::start().await;
        let resp = on[1]
            .post(
                "/api/v1/integrations",
                json!({ "kind": "webhook", "url": receiver.url(),
                        "events": ["customer.expired", "customer.shredded"] }),
            )
            .await;
        let resp = expect_status(resp, 201).await;
        receiver.trust(
            resp.json::<Value>().await.unwrap()["secret"]
                .as_str()
                .unwrap(),
        );
        sessions.push(on);
        receivers.push(receiver);
    }
    (sessions, receivers)
}

/// Records completed in both tenants, on one instance and the other in
/// turn, expire under the one-second period; in the second tenant, admins
/// also shred some by hand, on both instances at once.
async fn records_complete_and_some_are_shredded_by_hand_at_once(sessions: &[[Session; 2]]) -> Work {
    let mut completed: [Vec<String>; 2] = Default::default();
    for (k, on) in sessions.iter().enumerate() {
        for n in 0..N {
            let s = &on[n % 2];
            let id = new_customer(s, n).await;
            let resp = s
                .post(&format!("/api/v1/customers/{id}/complete"), json!({}))
                .await;
            expect(resp, 200).await;
            completed[k].push(id);
        }
    }
    let mut by_hand = Vec::new();
    for n in 0..6 {
        by_hand.push(new_customer(&sessions[1][0], 100 + n).await);
    }
    let shreds: Vec<_> = by_hand
        .iter()
        .enumerate()
        .map(|(n, id)| {
            let s = sessions[1][n % 2].clone();
            let id = id.clone();
            tokio::spawn(async move {
                s.post(
                    &format!("/api/v1/customers/{id}/shred"),
                    json!({ "confirm": id }),
                )
                .await
                .status()
            })
        })
        .collect();
    for shred in shreds {
        assert_eq!(shred.await.unwrap(), StatusCode::OK);
    }
    Work { completed, by_hand }
}

/// Waits for the runners, then some more ticks of both for any repeat.
async fn the_runners_get_through_everything(sink: &SmtpSink, receivers: &[Receiver], work: &Work) {
    until("every expiry noticed and webhook sent", || async {
        events(&receivers[0], "customer.expired").len() == N
            && events(&receivers[1], "customer.shredded").len() == N + work.by_hand.len()
    })
    .await;
    until("both digests sent", || async {
        work.completed[0]
            .iter()
            .all(|id| digest_to(sink, "dpo@notify.test").contains(id.as_str()))
            && work.completed[1]
                .iter()
                .all(|id| digest_to(sink, "dpo@shred.test").contains(id.as_str()))
    })
    .await;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
}

/// Notices: one per record.
async fn one_notice_per_record(sessions: &[[Session; 2]], work: &Work) {
    for (k, kind) in [(0, "customer.expired"), (1, "customer.shredded")] {
        let items = sessions[k][0].json("/api/v1/notifications?state=all").await["items"]
            .as_array()
            .unwrap()
            .clone();
        let noticed = tally(
            items
                .iter()
                .filter(|n| n["kind"] == kind)
                .map(|n| n["customer_id"].as_str().unwrap()),
        );
        let expected = tally(work.completed[k].iter().map(String::as_str));
        assert_eq!(noticed, expected, "{kind} notices");
    }
}

/// Digest lines: each record listed once, in one digest.
fn one_digest_line_per_record(sink: &SmtpSink, work: &Work) {
    for (k, to) in [(0, "dpo@notify.test"), (1, "dpo@shred.test")] {
        let text = digest_to(sink, to);
        for id in &work.completed[k] {
            assert_eq!(text.matches(&format!("- {id}:")).count(), 1, "{id} in {to}");
        }
    }
}

/// Webhooks: one per event, none sent twice, every one signed.
fn one_signed_webhook_per_event(receivers: &[Receiver], work: &Work) {
    let expired = events(&receivers[0], "customer.expired");
    assert_eq!(expired, tally(work.completed[0].iter().map(String::as_str)));
    let shredded = events(&receivers[1], "customer.shredded");
    assert_eq!(shredded, tally(work.all_shredded()));
    for receiver in receivers {
        let arrivals = receiver.arrivals();
        assert!(arrivals.iter().all(|a| a.verified));
        let ids = tally(arrivals.iter().map(|a| a.webhook_id.as_str()));
        assert!(
            ids.values().all(|n| *n == 1),
            "a webhook-id came twice: {ids:?}"
        );
    }
}

/// Erasures: each record gone, with one receipt and one audit entry, and
/// the audit chain intact.
async fn each_record_erased_once_with_a_receipt_and_an_audit_entry(
    app: &TestApp,
    admin: &Session,
    work: &Work,
) {
    let all_shredded = work.all_shredded();
    for id in &all_shredded {
        assert_eq!(
            admin.get(&format!("/api/v1/customers/{id}")).await.status(),
            StatusCode::GONE
        );
        let receipt = admin.json(&format!("/api/v1/erasures/{id}")).await;
        assert!(receipt["key_destroyed_at"].is_string(), "{receipt}");
        assert_eq!(app.customer_keys(id).await, 0);
    }
    let mut audit = Vec::new();
    let mut page = admin.json("/api/v1/audit?limit=200").await;
    loop {
        audit.extend(page["items"].as_array().unwrap().iter().cloned());
        let Some(cursor) = page["next_cursor"].as_str() else {
            break;
        };
        page = admin
            .json(&format!("/api/v1/audit?limit=200&cursor={cursor}"))
            .await;
    }
    let mut erased_ids: Vec<String> = Vec::new();
    for e in &audit {
        match e["action"].as_str().unwrap() {
            "customer.shredded" => erased_ids.push(e["target_id"].as_str().unwrap().to_owned()),
            "retention.shredded" => erased_ids.extend(
                e["detail"]["customers"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c.as_str().unwrap().to_owned()),
            ),
            _ => {}
        }
    }
    let erased = tally(erased_ids.iter().map(String::as_str));
    assert_eq!(erased, tally(all_shredded.iter().copied()));
    let verified = admin.json("/api/v1/audit/verify").await;
    assert_eq!(verified["ok"], true, "{verified}");
}

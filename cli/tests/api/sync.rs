//! Marketing sync: integrations, signed deliveries to a real receiver on
//! loopback (checked with the `standardwebhooks` crate, an implementation
//! independent of Steward's), retries on the schedule, order per customer,
//! 410, the outbox surviving a crash, snapshots, and the signed inbound
//! endpoint with its rules.

use std::{
    collections::VecDeque,
    net::SocketAddr,
    sync::{Arc, Mutex},
};

use chrono::{TimeDelta, Utc};
use poem::{
    Body, EndpointExt, Request, Response, Route, Server, handler,
    http::StatusCode as PoemStatus,
    listener::{Acceptor, Listener, TcpListener},
    post,
    web::Data,
};
use reqwest::StatusCode;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{
    Session, TestApp, count, expect, expect_status, problem, run_jobs, spawn_app,
    spawn_app_on_with, spawn_app_with,
};

/// What reached the receiver.
#[derive(Clone, Debug)]
pub(crate) struct Arrival {
    pub webhook_id: String,
    /// Whether the signature checked out with the integration's secret.
    pub verified: bool,
    /// Signatures in the header (two during a rotation).
    signatures: usize,
    pub body: Value,
    /// What the receiver answered.
    answered: u16,
}

#[derive(Default)]
struct Inner {
    secret: Option<String>,
    /// Statuses to answer, in turn; 200 once used up.
    script: VecDeque<u16>,
    arrivals: Vec<Arrival>,
}

/// A webhook receiver on loopback.
#[derive(Clone)]
pub(crate) struct Receiver {
    addr: SocketAddr,
    inner: Arc<Mutex<Inner>>,
}

#[handler]
async fn receive(req: &Request, body: Body, inner: Data<&Arc<Mutex<Inner>>>) -> Response {
    let bytes = body.into_vec().await.unwrap();
    let mut inner = inner.lock().unwrap();
    let verified = inner.secret.as_deref().is_some_and(|s| {
        standardwebhooks::Webhook::new(s)
            .unwrap()
            .verify(&bytes, req.headers())
            .is_ok()
    });
    let answered = inner.script.pop_front().unwrap_or(200);
    let header = |n: &str| {
        req.headers()
            .get(n)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    inner.arrivals.push(Arrival {
        webhook_id: header("webhook-id"),
        verified,
        signatures: header("webhook-signature").split(' ').count(),
        body: serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        answered,
    });
    Response::builder()
        .status(PoemStatus::from_u16(answered).unwrap())
        .body("")
}

impl Receiver {
    pub(crate) async fn start() -> Self {
        Self::start_on("127.0.0.1:0").await
    }

    async fn start_on(addr: &str) -> Self {
        let inner = Arc::new(Mutex::new(Inner::default()));
        let acceptor = TcpListener::bind(addr.to_owned())
            .into_acceptor()
            .await
            .unwrap();
        let addr = *acceptor.local_addr()[0].as_socket_addr().unwrap();
        let app = Route::new().at("/hook", post(receive)).data(inner.clone());
        tokio::spawn(Server::new_with_acceptor(acceptor).run(app));
        Self { addr, inner }
    }

    pub(crate) fn url(&self) -> String {
        format!("http://{}/hook", self.addr)
    }

    pub(crate) fn trust(&self, secret: &str) {
        self.inner.lock().unwrap().secret = Some(secret.to_owned());
    }

    fn answer(&self, statuses: &[u16]) {
        self.inner.lock().unwrap().script.extend(statuses);
    }

    pub(crate) fn arrivals(&self) -> Vec<Arrival> {
        self.inner.lock().unwrap().arrivals.clone()
    }

    /// The bodies the receiver accepted (2xx), in order.
    fn processed(&self) -> Vec<Arrival> {
        self.arrivals()
            .into_iter()
            .filter(|a| (200..300).contains(&a.answered))
            .collect()
    }
}

const PRIVATE_OK: &str = "integrations.allow_private = true\n";

async fn app() -> TestApp {
    spawn_app_with(PRIVATE_OK).await
}

/// Connects `receiver`; returns the integration's ID and secret.
async fn connect(admin: &Session, receiver: &Receiver, events: &[&str]) -> (String, String) {
    let resp = admin
        .post(
            "/api/v1/integrations",
            json!({ "kind": "webhook", "url": receiver.url(), "events": events }),
        )
        .await;
    let body = expect(resp, 201).await;
    let secret = body["secret"].as_str().unwrap().to_owned();
    receiver.trust(&secret);
    (body["id"].as_str().unwrap().to_owned(), secret)
}

async fn log(admin: &Session, integration: &str) -> Vec<Value> {
    admin
        .json(&format!("/api/v1/integrations/{integration}/deliveries"))
        .await["items"]
        .as_array()
        .unwrap()
        .clone()
}

#[tokio::test]
async fn a_consent_change_is_delivered_signed_once_after_three_failures() {
    let app = app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.token(&t, Role::Admin).await;
    let receiver = Receiver::start().await;
    let (integration, _) = connect(&admin, &receiver, &["consent.updated"]).await;
    let ann = admin.customer("Ann Example", "ann@people.test").await;
    receiver.answer(&[503, 500, 429]);

    admin.consent(&ann, "marketing_email", true).await;
    // The change did not wait on delivery: nothing was sent yet.
    assert!(receiver.arrivals().is_empty());
    let first = run_jobs(&app.state).await;
    assert_eq!(first["deliveries"]["queued"], 1);
    assert_eq!(first["deliveries"]["retrying"], 1);
    for (n, pause) in [6, 6 * 60, 35 * 60].into_iter().enumerate() {
        // Not before the schedule says...
        app.clock.advance(TimeDelta::seconds(pause / 2));
        run_jobs(&app.state).await;
        assert_eq!(
            receiver.arrivals().len(),
            n + 1,
            "not yet after {}s",
            pause / 2
        );
        // ...and then.
        app.clock.advance(TimeDelta::seconds(pause - pause / 2));
        run_jobs(&app.state).await;
        assert_eq!(receiver.arrivals().len(), n + 2);
    }
    let arrivals = receiver.arrivals();
    assert_eq!(
        arrivals.len(),
        4,
        "three failures, then success: {arrivals:?}"
    );
    assert!(
        arrivals.iter().all(|a| a.verified),
        "every attempt is signed"
    );
    assert!(
        arrivals
            .iter()
            .all(|a| a.webhook_id == arrivals[0].webhook_id),
        "webhook-id is stable across retries"
    );
    let processed = receiver.processed();
    assert_eq!(processed.len(), 1);
    let body = &processed[0].body;
    assert_eq!(body["type"], "consent.updated");
    assert!(body["timestamp"].is_string());
    assert_eq!(body["data"]["customer_id"], ann);
    assert_eq!(body["data"]["email"], "ann@people.test");
    assert_eq!(body["data"]["status"], "subscribed");
    assert_eq!(body["data"]["purpose"], "marketing_email");

    let entries = log(&admin, &integration).await;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["id"], arrivals[0].webhook_id);
    assert_eq!(entries[0]["state"], "delivered");
    assert_eq!(entries[0]["attempts"], 4);
    assert_eq!(entries[0]["last_status"], 200);
    assert!(
        !entries[0].to_string().contains("ann@"),
        "the log holds no payload"
    );
    assert_eq!(
        count(
            &app.state.db.main,
            "SELECT COUNT(*) FROM deliveries WHERE sealed IS NOT NULL"
        )
        .await,
        0,
        "the address is gone once delivered"
    );
}

#[tokio::test]
async fn a_receiver_that_stays_away_leads_to_dead_and_a_manual_retry_delivers() {
    let app = app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.token(&t, Role::Admin).await;
    // A port nobody listens on, until later.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let resp = admin
        .post(
            "/api/v1/integrations",
            json!({ "kind": "webhook", "url": format!("http://127.0.0.1:{port}/hook"), "events": ["consent.updated"] }),
        )
        .await;
    let created: Value = resp.json().await.unwrap();
    let integration = created["id"].as_str().unwrap().to_owned();
    let ann = admin.customer("Ann", "ann@people.test").await;
    admin.consent(&ann, "marketing_email", true).await;

    let delivery = retries_run_out_and_the_delivery_is_dead(&app, &admin, &integration).await;
    let receiver = Receiver::start_on(&format!("127.0.0.1:{port}")).await;
    receiver.trust(created["secret"].as_str().unwrap());
    a_manual_retry_delivers_despite_a_later_change_of_another_customer(
        &app,
        &admin,
        &receiver,
        &integration,
        &delivery,
    )
    .await;
    a_retry_is_refused_once_the_same_customer_changed_again(
        &app,
        &admin,
        &receiver,
        &integration,
        &delivery,
    )
    .await;
}

/// With nobody listening, the first attempt and 7 retries fail and the
/// delivery is dead, keeping no address; its ID.
async fn retries_run_out_and_the_delivery_is_dead(
    app: &TestApp,
    admin: &Session,
    integration: &str,
) -> String {
    for _ in 0..10 {
        run_jobs(&app.state).await;
        app.clock.advance(TimeDelta::hours(25));
    }
    let entries = log(admin, integration).await;
    assert_eq!(entries[0]["state"], "dead");
    assert_eq!(entries[0]["attempts"], 8, "the first attempt and 7 retries");
    assert!(
        entries[0]["last_error"]
            .as_str()
            .unwrap()
            .contains("could not connect"),
        "{entries:?}"
    );
    let listed = admin
        .json(&format!("/api/v1/integrations/{integration}"))
        .await;
    assert_eq!(listed["dead"], 1);
    assert_eq!(
        count(
            &app.state.db.main,
            "SELECT COUNT(*) FROM deliveries WHERE sealed IS NOT NULL"
        )
        .await,
        0,
        "a dead delivery keeps no address"
    );
    entries[0]["id"].as_str().unwrap().to_owned()
}

/// A later change of another customer does not stand in the way: a manual
/// retry delivers the dead one, signed, with the address taken again from
/// the record.
async fn a_manual_retry_delivers_despite_a_later_change_of_another_customer(
    app: &TestApp,
    admin: &Session,
    receiver: &Receiver,
    integration: &str,
    delivery: &str,
) {
    let bob = admin.customer("Bob", "bob@people.test").await;
    admin.consent(&bob, "marketing_email", true).await;
    run_jobs(&app.state).await;
    assert_eq!(receiver.processed().len(), 1);
    let resp = admin
        .post(
            &format!("/api/v1/integrations/{integration}/deliveries/{delivery}/retry"),
            json!({}),
        )
        .await;
    expect(resp, 202).await;
    run_jobs(&app.state).await;
    let processed = receiver.processed();
    assert_eq!(processed.len(), 2);
    assert!(processed[1].verified);
    assert_eq!(processed[1].webhook_id, delivery);
    assert_eq!(
        processed[1].body["data"]["email"], "ann@people.test",
        "the address is taken again from the record"
    );
    let entries = log(admin, integration).await;
    assert!(
        entries.iter().all(|e| e["state"] == "delivered"),
        "{entries:?}"
    );
}

/// A later change of the same customer does stand in the way: an old status
/// is not sent again, nor is a delivered one; retries are audited.
async fn a_retry_is_refused_once_the_same_customer_changed_again(
    app: &TestApp,
    admin: &Session,
    receiver: &Receiver,
    integration: &str,
    delivery: &str,
) {
    let carl = admin.customer("Carl", "carl@people.test").await;
    receiver.answer(&[503; 8]);
    admin.consent(&carl, "marketing_email", true).await;
    for _ in 0..10 {
        run_jobs(&app.state).await;
        app.clock.advance(TimeDelta::hours(25));
    }
    admin.consent(&carl, "marketing_email", false).await;
    run_jobs(&app.state).await;
    let dead = log(admin, integration)
        .await
        .into_iter()
        .find(|e| e["state"] == "dead")
        .expect("Carl's grant was given up");
    let stale = admin
        .post(
            &format!(
                "/api/v1/integrations/{integration}/deliveries/{}/retry",
                dead["id"].as_str().unwrap()
            ),
            json!({}),
        )
        .await;
    let p = problem(stale, 409).await;
    assert!(p["detail"].as_str().unwrap().contains("old status"), "{p}");
    let again = admin
        .post(
            &format!("/api/v1/integrations/{integration}/deliveries/{delivery}/retry"),
            json!({}),
        )
        .await;
    problem(again, 409).await;
    let audit = admin.json("/api/v1/audit").await.to_string();
    assert!(audit.contains("integration.delivery_retried"));
}

#[tokio::test]
async fn a_410_disables_the_integration_and_tells_the_admins() {
    let app = app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.token(&t, Role::Admin).await;
    let receiver = Receiver::start().await;
    let (integration, secret) = connect(&admin, &receiver, &["consent.updated"]).await;

    a_410_disables_it_with_a_notice_and_a_mail(&app, &admin, &receiver, &integration).await;
    nothing_is_sent_while_it_is_off(&app, &admin, &receiver).await;
    while_off_the_tools_opt_outs_apply_and_its_opt_ins_do_not(&app, &integration, &secret).await;
    turned_on_again_a_snapshot_follows_at_once(&app, &admin, &receiver, &integration).await;
}

/// The receiver answers 410: the integration is disabled, saying why, and
/// the admins get a notice and a mail.
async fn a_410_disables_it_with_a_notice_and_a_mail(
    app: &TestApp,
    admin: &Session,
    receiver: &Receiver,
    integration: &str,
) {
    receiver.answer(&[410]);
    let ann = admin.customer("Ann", "ann@people.test").await;
    admin.consent(&ann, "marketing_email", true).await;
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["deliveries"]["integrations_disabled"], 1);

    let i = admin
        .json(&format!("/api/v1/integrations/{integration}"))
        .await;
    assert_eq!(i["enabled"], false);
    assert!(i["disabled_reason"].as_str().unwrap().contains("410"));
    let notices = admin.json("/api/v1/notifications").await;
    let notice = notices["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["kind"] == "integration.disabled")
        .expect("an integration.disabled notice");
    assert_eq!(notice["integration_id"], integration);
    assert_eq!(
        count(
            &app.state.db.main,
            "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'integration.disabled'"
        )
        .await,
        1,
        "the admins are emailed"
    );
}

/// Nothing is sent while it is off; what happens meanwhile waits.
async fn nothing_is_sent_while_it_is_off(app: &TestApp, admin: &Session, receiver: &Receiver) {
    let bob = admin.customer("Bob", "bob@people.test").await;
    admin.consent(&bob, "marketing_email", true).await;
    run_jobs(&app.state).await;
    assert_eq!(receiver.arrivals().len(), 1);
}

/// The tool's opt-outs still apply while it is off; its opt-ins do not.
async fn while_off_the_tools_opt_outs_apply_and_its_opt_ins_do_not(
    app: &TestApp,
    integration: &str,
    secret: &str,
) {
    let now = Utc::now().timestamp();
    let out = json!({ "type": "contact.unsubscribed", "data": { "email": "ann@people.test" } });
    let tally: Value = inbound(app, integration, secret, "off-1", now, &out)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(tally["applied"], 1, "{tally}");
    let back_in = json!({ "type": "contact.subscribed", "data": { "email": "ann@people.test", "double_opt_in": true } });
    let tally: Value = inbound(app, integration, secret, "off-2", now, &back_in)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(tally["refused"], 1, "{tally}");
}

/// On again: a snapshot follows at once, so the tool catches up.
async fn turned_on_again_a_snapshot_follows_at_once(
    app: &TestApp,
    admin: &Session,
    receiver: &Receiver,
    integration: &str,
) {
    let resp = admin
        .patch(
            &format!("/api/v1/integrations/{integration}"),
            json!({ "enabled": true, "events": ["consent.updated", "consent.snapshot"] }),
        )
        .await;
    let on = expect(resp, 200).await;
    assert_eq!(on["enabled"], true);
    assert!(on.get("disabled_reason").is_none());
    run_jobs(&app.state).await;
    let mut sent: Vec<String> = receiver
        .processed()
        .iter()
        .map(|a| a.body["type"].as_str().unwrap().to_owned())
        .collect();
    sent.sort();
    assert_eq!(
        sent,
        ["consent.snapshot", "consent.updated"],
        "what waited, and a snapshot"
    );
    let snapshot = receiver
        .processed()
        .into_iter()
        .find(|a| a.body["type"] == "consent.snapshot")
        .unwrap();
    let mut statuses = contacts(&snapshot.body);
    statuses.sort();
    assert_eq!(
        statuses,
        [
            ("ann@people.test".to_owned(), "unsubscribed".to_owned()),
            ("bob@people.test".to_owned(), "subscribed".to_owned())
        ]
    );
}

#[tokio::test]
async fn events_about_one_customer_arrive_in_order() {
    let app = app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.token(&t, Role::Admin).await;
    let receiver = Receiver::start().await;
    connect(&admin, &receiver, &["consent.updated"]).await;
    let ann = admin.customer("Ann", "ann@people.test").await;
    let bob = admin.customer("Bob", "bob@people.test").await;
    receiver.answer(&[503]);
    admin.consent(&ann, "marketing_email", true).await;
    admin.consent(&ann, "marketing_email", false).await;
    run_jobs(&app.state).await;
    let arrivals = receiver.arrivals();
    assert_eq!(
        arrivals.len(),
        1,
        "the withdrawal waits for the grant it follows: {arrivals:?}"
    );
    // Another customer's event does not wait.
    admin.consent(&bob, "marketing_email", true).await;
    run_jobs(&app.state).await;
    assert_eq!(receiver.processed().len(), 1);
    app.clock.advance(TimeDelta::seconds(6));
    run_jobs(&app.state).await;
    let statuses: Vec<(Value, Value)> = receiver
        .processed()
        .iter()
        .map(|a| {
            (
                a.body["data"]["customer_id"].clone(),
                a.body["data"]["status"].clone(),
            )
        })
        .collect();
    assert_eq!(
        statuses,
        vec![
            (json!(bob), json!("subscribed")),
            (json!(ann), json!("subscribed")),
            (json!(ann), json!("unsubscribed")),
        ]
    );
}

#[tokio::test]
async fn the_outbox_survives_a_crash_between_commit_and_delivery() {
    let app = app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.token(&t, Role::Admin).await;
    let receiver = Receiver::start().await;
    connect(
        &admin,
        &receiver,
        &["consent.updated", "contact.forget", "customer.shredded"],
    )
    .await;
    let ann = admin.customer("Ann", "ann@people.test").await;
    admin.consent(&ann, "marketing_email", true).await;
    app.state.faults.arm("deliveries.claimed");
    assert!(steward::jobs::run_once(&app.state).await.is_err());
    assert!(receiver.arrivals().is_empty());

    // Another instance over the same databases, after the lease ran out.
    let restarted = spawn_app_on_with(
        &app.database_url,
        &app.keystore_url,
        &app.master_key(),
        PRIVATE_OK,
    )
    .await;
    restarted.clock.advance(TimeDelta::minutes(3));
    run_jobs(&restarted.state).await;
    let processed = receiver.processed();
    assert_eq!(processed.len(), 1, "{processed:?}");
    assert_eq!(processed[0].body["data"]["status"], "subscribed");

    // Shredding tells the tool to forget the contact, after the key is gone.
    let resp = admin
        .post(
            &format!("/api/v1/customers/{ann}/shred"),
            json!({ "confirm": ann }),
        )
        .await;
    expect(resp, 200).await;
    run_jobs(&app.state).await;
    let kinds: Vec<(String, Value)> = receiver
        .processed()
        .iter()
        .skip(1)
        .map(|a| {
            (
                a.body["type"].as_str().unwrap().to_owned(),
                a.body["data"]["email"].clone(),
            )
        })
        .collect();
    assert!(
        kinds.contains(&("contact.forget".into(), json!("ann@people.test"))),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("customer.shredded".into(), Value::Null)),
        "{kinds:?}"
    );
}

#[tokio::test]
async fn snapshots_carry_exactly_the_current_statuses_in_pages() {
    let app = spawn_app_with(&format!("{PRIVATE_OK}integrations.snapshot_page = 2\n")).await;
    let t = app.create_tenant("acme").await;
    let admin = app.token(&t, Role::Admin).await;
    let receiver = Receiver::start().await;
    let (integration, _) = connect(&admin, &receiver, &["consent.snapshot"]).await;
    let a = customers_of_every_status(&admin).await;

    the_first_snapshot_comes_on_schedule_in_two_pages(&app, &receiver).await;
    snapshots_come_once_per_period_or_when_asked(&app, &admin, &receiver, &integration).await;
    waiting_pages_are_replaced_when_someone_in_them_is_erased(
        &app,
        &admin,
        &receiver,
        &integration,
        &a,
    )
    .await;
}

/// The (email, status) pairs of a snapshot page's contacts.
fn contacts(body: &Value) -> Vec<(String, String)> {
    body["data"]["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["email"].as_str().unwrap().to_owned(),
                c["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Six customers: subscribed, unsubscribed after subscribing, subscribed,
/// unsubscribed and restricted, subscribed and restricted, never asked; the
/// first one's ID.
async fn customers_of_every_status(admin: &Session) -> String {
    let a = admin.customer("A", "a@people.test").await;
    let b = admin.customer("B", "b@people.test").await;
    let c = admin.customer("C", "c@people.test").await;
    let d = admin.customer("D", "d@people.test").await;
    let e = admin.customer("E", "e@people.test").await;
    admin.customer("F (never asked)", "f@people.test").await;
    admin.consent(&a, "marketing_email", true).await;
    admin.consent(&b, "marketing_email", true).await;
    admin.consent(&b, "marketing_email", false).await;
    admin.consent(&c, "marketing_email", true).await;
    admin.consent(&d, "marketing_email", false).await;
    admin.consent(&e, "marketing_email", true).await;
    for id in [&d, &e] {
        admin
            .post(
                &format!("/api/v1/customers/{id}/restrict"),
                json!({ "on": true, "reason": "objection" }),
            )
            .await;
    }
    a
}

/// Not before the schedule; then two signed pages holding everyone with a
/// record, the restricted only while unsubscribed.
async fn the_first_snapshot_comes_on_schedule_in_two_pages(app: &TestApp, receiver: &Receiver) {
    run_jobs(&app.state).await;
    assert!(receiver.arrivals().is_empty(), "not before the schedule");
    app.clock.advance(TimeDelta::hours(25));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["deliveries"]["snapshot_pages"], 2);
    let pages = receiver.processed();
    assert_eq!(pages.len(), 2);
    assert!(pages.iter().all(|p| p.verified));
    let mut seen: Vec<(String, String)> = Vec::new();
    for p in &pages {
        assert_eq!(p.body["type"], "consent.snapshot");
        assert_eq!(p.body["data"]["pages"], 2);
        assert_eq!(p.body["data"]["contacts_total"], 4);
        seen.extend(contacts(&p.body));
    }
    seen.sort();
    assert_eq!(
        seen,
        vec![
            ("a@people.test".into(), "subscribed".into()),
            ("b@people.test".into(), "unsubscribed".into()),
            ("c@people.test".into(), "subscribed".into()),
            ("d@people.test".into(), "unsubscribed".into()),
        ],
        "everyone with a record, the restricted only while unsubscribed"
    );
}

/// The next one is scheduled and not sent early; one asked for is sent at once.
async fn snapshots_come_once_per_period_or_when_asked(
    app: &TestApp,
    admin: &Session,
    receiver: &Receiver,
    integration: &str,
) {
    let next = admin
        .json(&format!("/api/v1/integrations/{integration}"))
        .await["next_snapshot_at"]
        .clone();
    assert!(next.is_string());
    run_jobs(&app.state).await;
    assert_eq!(receiver.arrivals().len(), 2, "once per period");
    let resp = admin
        .post(
            &format!("/api/v1/integrations/{integration}/snapshot"),
            json!({}),
        )
        .await;
    expect(resp, 202).await;
    run_jobs(&app.state).await;
    assert_eq!(receiver.arrivals().len(), 4, "asked for: sent at once");
}

/// Pages still waiting when someone in them is erased are replaced.
async fn waiting_pages_are_replaced_when_someone_in_them_is_erased(
    app: &TestApp,
    admin: &Session,
    receiver: &Receiver,
    integration: &str,
    a: &str,
) {
    receiver.answer(&[503, 503]);
    admin
        .post(
            &format!("/api/v1/integrations/{integration}/snapshot"),
            json!({}),
        )
        .await;
    run_jobs(&app.state).await;
    let waiting = "SELECT COUNT(*) FROM deliveries WHERE event_type = 'consent.snapshot' AND state = 'pending'";
    assert_eq!(count(&app.state.db.main, waiting).await, 2);
    let resp = admin
        .post(
            &format!("/api/v1/customers/{a}/shred"),
            json!({ "confirm": a }),
        )
        .await;
    expect(resp, 200).await;
    assert_eq!(count(&app.state.db.main, waiting).await, 0);
    run_jobs(&app.state).await;
    let arrivals = receiver.arrivals();
    assert_eq!(arrivals.len(), 8, "a fresh snapshot of two pages");
    let fresh: Vec<&Value> = arrivals[6..]
        .iter()
        .flat_map(|p| p.body["data"]["contacts"].as_array().unwrap())
        .collect();
    assert_eq!(fresh.len(), 3);
    assert!(!fresh.iter().any(|c| c["email"] == "a@people.test"));
}

/// Sends a message to the inbound endpoint, signed with `secret` as a
/// marketing tool would (with the `standardwebhooks` crate).
async fn inbound(
    app: &TestApp,
    integration: &str,
    secret: &str,
    id: &str,
    timestamp: i64,
    body: &Value,
) -> reqwest::Response {
    let payload = body.to_string();
    let signature = standardwebhooks::Webhook::new(secret)
        .unwrap()
        .sign(id, timestamp, payload.as_bytes())
        .unwrap();
    reqwest::Client::new()
        .post(app.url(&format!("/hooks/marketing/{integration}")))
        .header("content-type", "application/json")
        .header("webhook-id", id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", signature)
        .body(payload)
        .send()
        .await
        .unwrap()
}

/// The inbound endpoint of one integration as its marketing tool calls it:
/// signed with its secret, stamped with one time.
struct Hook<'a> {
    app: &'a TestApp,
    integration: String,
    secret: String,
    now: i64,
}

impl Hook<'_> {
    /// Sends `body` as message `id`, signed and stamped.
    async fn send(&self, id: &str, body: &Value) -> reqwest::Response {
        inbound(
            self.app,
            &self.integration,
            &self.secret,
            id,
            self.now,
            body,
        )
        .await
    }

    /// Sends `body` as message `id`; the tally it answers with.
    async fn tally(&self, id: &str, body: &Value) -> Value {
        self.send(id, body).await.json().await.unwrap()
    }
}

/// Customer `id`'s consents: `current` and `history`.
async fn consents(admin: &Session, id: &str) -> Value {
    admin.json(&format!("/api/v1/customers/{id}/consent")).await
}

#[tokio::test]
async fn the_marketing_tool_reports_changes_on_a_signed_endpoint() {
    let app = app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.token(&t, Role::Admin).await;
    let tool = Receiver::start().await;
    let other = Receiver::start().await;
    let (integration, secret) = connect(&admin, &tool, &["consent.updated"]).await;
    connect(&admin, &other, &["consent.updated"]).await;
    let ann = admin.customer("Ann", "ann@people.test").await;
    let rita = admin.customer("Rita", "rita@people.test").await;
    admin.consent(&ann, "marketing_email", true).await;
    run_jobs(&app.state).await;
    let now = Utc::now().timestamp();
    let unsubscribe = json!({ "type": "contact.unsubscribed", "timestamp": Utc::now(), "data": { "email": "Ann@People.test", "id": "evt_991" } });
    let hook = Hook {
        app: &app,
        integration,
        secret,
        now,
    };

    unsigned_stale_or_wrongly_signed_messages_change_nothing(&hook, &admin, &ann, &unsubscribe)
        .await;
    a_signed_opt_out_applies_once_with_the_tools_event_as_evidence(
        &hook,
        &admin,
        &ann,
        &unsubscribe,
    )
    .await;
    the_other_tool_hears_of_it_and_the_reporter_does_not(&app, &tool, &other).await;
    an_unknown_address_is_acknowledged_and_dropped(&hook).await;
    only_confirmed_opt_ins_apply_and_never_to_a_restricted_record(&hook, &admin, &ann, &rita).await;
    a_snapshot_applies_only_what_is_newer(&hook, &admin, &ann).await;
    bad_bodies_name_what_is_wrong(&hook).await;
    the_audit_log_records_hooks_without_addresses(&admin).await;
}

/// Wrong secret, old timestamp, no signature, unknown integration: refused,
/// nothing changes.
async fn unsigned_stale_or_wrongly_signed_messages_change_nothing(
    hook: &Hook<'_>,
    admin: &Session,
    ann: &str,
    unsubscribe: &Value,
) {
    let (app, integration, secret, now) = (hook.app, &hook.integration, &hook.secret, hook.now);
    let (_, wrong) = {
        let r = Receiver::start().await;
        connect(admin, &r, &["request.received"]).await
    };
    problem(
        inbound(app, integration, &wrong, "msg_1", now, unsubscribe).await,
        401,
    )
    .await;
    let old = problem(
        inbound(app, integration, secret, "msg_1", now - 600, unsubscribe).await,
        401,
    )
    .await;
    assert!(
        old["detail"]
            .as_str()
            .unwrap()
            .contains("webhook-timestamp")
    );
    let unsigned = reqwest::Client::new()
        .post(app.url(&format!("/hooks/marketing/{integration}")))
        .body(unsubscribe.to_string())
        .send()
        .await
        .unwrap();
    problem(unsigned, 401).await;
    problem(
        inbound(
            app,
            &uuid::Uuid::now_v7().to_string(),
            secret,
            "msg_1",
            now,
            unsubscribe,
        )
        .await,
        404,
    )
    .await;
    assert_eq!(
        consents(admin, ann).await["current"]["marketing_email"],
        true
    );
}

/// Signed and fresh: the opt-out applies, with the tool's event as
/// evidence; the same message again is a replay.
async fn a_signed_opt_out_applies_once_with_the_tools_event_as_evidence(
    hook: &Hook<'_>,
    admin: &Session,
    ann: &str,
    unsubscribe: &Value,
) {
    let resp = hook.send("msg_1", unsubscribe).await;
    let tally = expect(resp, 200).await;
    assert_eq!(tally["applied"], 1);
    let history = consents(admin, ann).await;
    assert_eq!(history["current"]["marketing_email"], false);
    let last = history["history"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["source"], "sync");
    assert_eq!(last["actor_kind"], "integration");
    assert_eq!(last["evidence"], "marketing tool event evt_991");
    problem(hook.send("msg_1", unsubscribe).await, 409).await;
}

/// The other tool hears of it; the one that reported it does not.
async fn the_other_tool_hears_of_it_and_the_reporter_does_not(
    app: &TestApp,
    tool: &Receiver,
    other: &Receiver,
) {
    run_jobs(&app.state).await;
    let told: Vec<Value> = other
        .processed()
        .iter()
        .map(|a| a.body["data"]["status"].clone())
        .collect();
    assert_eq!(told, vec![json!("subscribed"), json!("unsubscribed")]);
    assert_eq!(tool.processed().len(), 1, "only the original grant");
}

/// An unknown address is acknowledged and dropped; no customer appears.
async fn an_unknown_address_is_acknowledged_and_dropped(hook: &Hook<'_>) {
    let db = &hook.app.state.db.main;
    let customers = count(db, "SELECT COUNT(*) FROM customers").await;
    let resp = hook
        .send(
            "msg_2",
            &json!({ "type": "contact.unsubscribed", "data": { "email": "stranger@people.test" } }),
        )
        .await;
    let resp = expect_status(resp, 200).await;
    assert_eq!(resp.json::<Value>().await.unwrap()["unknown"], 1);
    assert_eq!(count(db, "SELECT COUNT(*) FROM customers").await, customers);
}

/// Opt-ins: only confirmed ones, never for a restricted record.
async fn only_confirmed_opt_ins_apply_and_never_to_a_restricted_record(
    hook: &Hook<'_>,
    admin: &Session,
    ann: &str,
    rita: &str,
) {
    admin
        .post(
            &format!("/api/v1/customers/{rita}/restrict"),
            json!({ "on": true, "reason": "objection" }),
        )
        .await;
    let batch = json!({ "type": "contact.batch", "data": { "events": [
        { "type": "contact.subscribed", "email": "ann@people.test" },
        { "type": "contact.subscribed", "email": "rita@people.test", "double_opt_in": true },
    ] } });
    let tally = hook.tally("msg_3", &batch).await;
    assert_eq!(tally["refused"], 2, "{tally}");
    assert_eq!(
        consents(admin, ann).await["current"]["marketing_email"],
        false
    );
    assert_eq!(consents(admin, rita).await["current"], json!({}));
    let confirmed = json!({ "type": "contact.subscribed", "data": { "email": "ann@people.test", "double_opt_in": true, "id": "evt_992" } });
    let tally = hook.tally("msg_4", &confirmed).await;
    assert_eq!(tally["applied"], 1);
    assert_eq!(
        consents(admin, ann).await["current"]["marketing_email"],
        true
    );
}

/// A snapshot applies only what is newer than Steward's; opt-out wins ties.
async fn a_snapshot_applies_only_what_is_newer(hook: &Hook<'_>, admin: &Session, ann: &str) {
    let long_ago = Utc::now() - TimeDelta::days(30);
    let snapshot = json!({ "type": "consent.snapshot", "data": { "contacts": [
        { "email": "ann@people.test", "subscribed": false, "at": long_ago },
    ] } });
    let tally = hook.tally("msg_5", &snapshot).await;
    assert_eq!(tally["unchanged"], 1, "{tally}");
    assert_eq!(
        consents(admin, ann).await["current"]["marketing_email"],
        true
    );
    let snapshot = json!({ "type": "consent.snapshot", "data": { "contacts": [
        { "email": "ann@people.test", "subscribed": false, "at": Utc::now() + TimeDelta::minutes(1) },
    ] } });
    let tally = hook.tally("msg_6", &snapshot).await;
    assert_eq!(tally["applied"], 1, "{tally}");
}

/// Bad bodies name what is wrong and change nothing.
async fn bad_bodies_name_what_is_wrong(hook: &Hook<'_>) {
    for (id, body, field) in [
        (
            "msg_7",
            json!({ "type": "contact.deleted", "data": {} }),
            "type",
        ),
        (
            "msg_8",
            json!({ "type": "contact.unsubscribed", "data": { "email": "not an address" } }),
            "data.email",
        ),
        (
            "msg_9",
            json!({ "type": "consent.snapshot", "data": { "contacts": [{ "email": "ann@people.test", "subscribed": true }] } }),
            "data.contacts[0].at",
        ),
        (
            "msg_10",
            json!({ "type": "contact.batch", "data": { "events": [{ "email": "ann@people.test" }] } }),
            "data.events[0].type",
        ),
    ] {
        let p = problem(hook.send(id, &body).await, 422).await;
        assert!(p["errors"].get(field).is_some(), "{field}: {p}");
    }
}

/// The audit log records what the hook received, with no addresses in it.
async fn the_audit_log_records_hooks_without_addresses(admin: &Session) {
    let audit = admin.json("/api/v1/audit?limit=200").await.to_string();
    assert!(audit.contains("integration.hook_received"));
    assert!(
        !audit.contains("people.test"),
        "no addresses in the audit log"
    );
}

#[tokio::test]
async fn receivers_on_private_addresses_are_refused_unless_allowed() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.token(&t, Role::Admin).await;
    for url in [
        "http://127.0.0.1:8080/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://192.168.0.10/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "http://[fd00::1]/hook",
        "ftp://tool.example/hook",
        "https://user:pass@tool.example/hook",
        "not a url",
    ] {
        let p = problem(
            admin
                .post(
                    "/api/v1/integrations",
                    json!({ "kind": "webhook", "url": url, "events": ["consent.updated"] }),
                )
                .await,
            422,
        )
        .await;
        assert!(p["errors"]["url"].is_string(), "{url}: {p}");
    }
    let p = problem(
        admin
            .post(
                "/api/v1/integrations",
                json!({ "kind": "email", "url": "https://93.184.215.14/hook", "events": ["nope"], "snapshot_every": "PT1M" }),
            )
            .await,
        422,
    )
    .await;
    for field in ["kind", "events", "snapshot_every"] {
        assert!(p["errors"][field].is_string(), "{field}: {p}");
    }
    assert_eq!(
        count(&app.state.db.main, "SELECT COUNT(*) FROM integrations").await,
        0
    );
    // A public address literal is fine.
    let resp = admin
        .post(
            "/api/v1/integrations",
            json!({ "kind": "webhook", "url": "https://93.184.215.14/hook", "events": ["consent.updated"] }),
        )
        .await;
    expect(resp, 201).await;
    let staff = app.login_as(&t, Role::Staff).await;
    problem(staff.get("/api/v1/integrations").await, 403).await;
}

#[tokio::test]
async fn secrets_rotate_with_a_grace_period_and_integrations_stay_in_their_tenant() {
    let app = app().await;
    let a = app.create_tenant("acme").await;
    let b = app.create_tenant("globex").await;
    let admin_a = app.token(&a, Role::Admin).await;
    let admin_b = app.token(&b, Role::Admin).await;
    let receiver = Receiver::start().await;
    let (integration, old_secret) = connect(&admin_a, &receiver, &["consent.updated"]).await;
    let (_, secret_b) = connect(&admin_b, &Receiver::start().await, &["consent.updated"]).await;

    another_tenant_cannot_see_change_retry_or_delete_it(&admin_b, &integration).await;
    let now = another_tenants_secret_does_not_open_it_nor_does_it_reach_them(
        &app,
        &admin_b,
        &integration,
        &old_secret,
        &secret_b,
    )
    .await;
    let (new_secret, ann) = during_the_grace_period_both_secrets_sign(
        &app,
        &admin_a,
        &receiver,
        &integration,
        &old_secret,
        now,
    )
    .await;
    after_the_grace_period_only_the_new_secret_signs(
        &app,
        &admin_a,
        &receiver,
        (&integration, &ann),
        (&old_secret, &new_secret),
        now,
    )
    .await;
    deleting_closes_the_endpoint_and_no_secret_is_audited(
        &app,
        &admin_a,
        &integration,
        &new_secret,
        now,
    )
    .await;
}

/// The tool's opt-out of `email`.
fn opt_out(email: &str) -> Value {
    json!({ "type": "contact.unsubscribed", "data": { "email": email } })
}

/// Tenant B cannot see, change, retry or delete A's integration.
async fn another_tenant_cannot_see_change_retry_or_delete_it(admin_b: &Session, integration: &str) {
    for resp in [
        admin_b
            .get(&format!("/api/v1/integrations/{integration}"))
            .await,
        admin_b
            .get(&format!("/api/v1/integrations/{integration}/deliveries"))
            .await,
        admin_b
            .patch(
                &format!("/api/v1/integrations/{integration}"),
                json!({ "enabled": false }),
            )
            .await,
        admin_b
            .post(
                &format!("/api/v1/integrations/{integration}/rotate"),
                json!({}),
            )
            .await,
        admin_b
            .delete(&format!("/api/v1/integrations/{integration}"))
            .await,
    ] {
        problem(resp, 404).await;
    }
}

/// B's secret does not open A's endpoint, and A's endpoint reaches A only;
/// the time the messages are stamped with.
async fn another_tenants_secret_does_not_open_it_nor_does_it_reach_them(
    app: &TestApp,
    admin_b: &Session,
    integration: &str,
    old_secret: &str,
    secret_b: &str,
) -> i64 {
    let bob_b = admin_b.customer("Bob", "bob@people.test").await;
    admin_b.consent(&bob_b, "marketing_email", true).await;
    let now = Utc::now().timestamp();
    let msg = opt_out("bob@people.test");
    problem(
        inbound(app, integration, secret_b, "m1", now, &msg).await,
        401,
    )
    .await;
    let tally: Value = inbound(app, integration, old_secret, "m2", now, &msg)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(tally["unknown"], 1);
    assert_eq!(
        admin_b
            .json(&format!("/api/v1/customers/{bob_b}/consent"))
            .await["current"]["marketing_email"],
        true
    );
    now
}

/// Rotation: both secrets sign during the grace period, and the old one
/// still opens the endpoint; the new secret, and Ann's ID.
async fn during_the_grace_period_both_secrets_sign(
    app: &TestApp,
    admin_a: &Session,
    receiver: &Receiver,
    integration: &str,
    old_secret: &str,
    now: i64,
) -> (String, String) {
    let rotated: Value = admin_a
        .post(
            &format!("/api/v1/integrations/{integration}/rotate"),
            json!({ "grace": "PT1H" }),
        )
        .await
        .json()
        .await
        .unwrap();
    let new_secret = rotated["secret"].as_str().unwrap().to_owned();
    assert_ne!(new_secret, old_secret);
    assert!(rotated["previous_secret_valid_until"].is_string());
    let ann = admin_a.customer("Ann", "ann@people.test").await;
    admin_a.consent(&ann, "marketing_email", true).await;
    run_jobs(&app.state).await;
    let first = receiver.processed();
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].signatures, 2);
    assert!(first[0].verified, "the old secret still verifies");
    let msg = opt_out("ann@people.test");
    assert_eq!(
        inbound(app, integration, old_secret, "m3", now, &msg)
            .await
            .status(),
        StatusCode::OK
    );
    (new_secret, ann)
}

/// After the grace period only the new secret signs and opens the endpoint;
/// a grace period of 30 days is refused.
async fn after_the_grace_period_only_the_new_secret_signs(
    app: &TestApp,
    admin_a: &Session,
    receiver: &Receiver,
    (integration, ann): (&str, &str),
    (old_secret, new_secret): (&str, &str),
    now: i64,
) {
    app.clock.advance(TimeDelta::hours(2));
    receiver.trust(new_secret);
    admin_a.consent(ann, "marketing_email", true).await;
    run_jobs(&app.state).await;
    let second = receiver.processed();
    assert_eq!(second.len(), 2, "{second:?}");
    assert_eq!(second[1].signatures, 1);
    assert!(second[1].verified);
    let msg = opt_out("ann@people.test");
    problem(
        inbound(app, integration, old_secret, "m4", now, &msg).await,
        401,
    )
    .await;
    assert_eq!(
        inbound(app, integration, new_secret, "m5", now, &msg)
            .await
            .status(),
        StatusCode::OK
    );
    let p = problem(
        admin_a
            .post(
                &format!("/api/v1/integrations/{integration}/rotate"),
                json!({ "grace": "P30D" }),
            )
            .await,
        422,
    )
    .await;
    assert!(p["errors"]["grace"].is_string());
}

/// Deleting drops what waits; the secret never appears in the audit log.
async fn deleting_closes_the_endpoint_and_no_secret_is_audited(
    app: &TestApp,
    admin_a: &Session,
    integration: &str,
    new_secret: &str,
    now: i64,
) {
    assert_eq!(
        admin_a
            .delete(&format!("/api/v1/integrations/{integration}"))
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    problem(
        inbound(
            app,
            integration,
            new_secret,
            "m6",
            now,
            &opt_out("ann@people.test"),
        )
        .await,
        404,
    )
    .await;
    let audit = admin_a.json("/api/v1/audit?limit=200").await.to_string();
    for action in [
        "integration.created",
        "integration.secret_rotated",
        "integration.deleted",
    ] {
        assert!(audit.contains(action), "{action}");
    }
    assert!(!audit.contains("whsec_"));
}

#[tokio::test]
async fn while_cancelled_the_tools_opt_outs_apply_and_its_opt_ins_do_not() {
    let app = app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.token(&t, Role::Admin).await;
    let tool = Receiver::start().await;
    let (integration, secret) = connect(&admin, &tool, &["consent.updated"]).await;
    let ann = admin.customer("Ann", "ann@people.test").await;
    let bo = admin.customer("Bo", "bo@people.test").await;
    admin.consent(&ann, "marketing_email", true).await;
    let resp = app
        .login_owner(&t)
        .await
        .post("/api/v1/tenant/cancel", json!({ "confirm": "acme" }))
        .await;
    expect(resp, 200).await;

    let now = Utc::now().timestamp();
    let batch = json!({ "type": "contact.batch", "data": { "events": [
        { "type": "contact.unsubscribed", "email": "ann@people.test" },
        { "type": "contact.subscribed", "email": "bo@people.test", "double_opt_in": true },
    ] } });
    let resp = inbound(&app, &integration, &secret, "msg_c1", now, &batch).await;
    let tally = expect(resp, 200).await;
    assert_eq!(tally["applied"], 1, "{tally}");
    assert_eq!(tally["refused"], 1, "{tally}");
    let granted = |id: String| {
        let admin = admin.clone();
        async move {
            admin.json(&format!("/api/v1/customers/{id}")).await["consent"]["marketing_email"]
                .clone()
        }
    };
    assert_eq!(granted(ann).await, false, "the opt-out applied");
    assert_ne!(granted(bo).await, true, "the opt-in did not");

    // A key named twice is refused here too, whatever the content type says.
    let resp = reqwest::Client::new()
        .post(app.url(&format!("/hooks/marketing/{integration}")))
        .header("content-type", "text/plain")
        .body(r#"{"type": "contact.unsubscribed", "type": "contact.subscribed", "data": {}}"#)
        .send()
        .await
        .unwrap();
    let body = problem(resp, 400).await;
    assert_eq!(body["type"], "/problems/duplicate-key");
}

#[tokio::test]
async fn an_opt_in_from_the_tool_is_refused_while_the_person_objects_to_marketing() {
    let (app, sink) = crate::requests::app_with_smtp(PRIVATE_OK).await;
    let t = app.create_tenant("acme").await;
    let admin = app.token(&t, Role::Admin).await;
    let tool = Receiver::start().await;
    let (integration, secret) = connect(&admin, &tool, &["consent.updated"]).await;
    let ann = admin.customer("Ann", "ann@people.test").await;
    admin.consent(&ann, "marketing_email", true).await;
    // The person objects to direct marketing through the portal.
    crate::requests::ask(&app, "acme", "ann@people.test", "objection").await;
    crate::requests::verify_with(
        &app,
        &sink,
        "acme",
        "ann@people.test",
        json!({ "objection": "marketing" }),
    )
    .await;
    assert_eq!(
        consents(&admin, &ann).await["current"]["marketing_email"],
        false
    );
    // A confirmed opt-in from the tool does not bring marketing back.
    let hook = Hook {
        app: &app,
        integration,
        secret,
        now: Utc::now().timestamp(),
    };
    let opt_in = json!({ "type": "contact.subscribed", "data": { "email": "ann@people.test", "double_opt_in": true, "id": "evt_7" } });
    let tally = hook.tally("msg_objected", &opt_in).await;
    assert_eq!(tally["refused"], 1, "{tally}");
    assert_eq!(tally["applied"], 0, "{tally}");
    assert_eq!(
        consents(&admin, &ann).await["current"]["marketing_email"],
        false
    );
    let customer = admin.json(&format!("/api/v1/customers/{ann}")).await;
    assert!(customer["objects_to_marketing"].is_string(), "{customer}");
}

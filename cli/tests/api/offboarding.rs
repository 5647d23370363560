//! Tenant offboarding: cancel with a typed confirmation, a read-only export
//! window with warnings, then a purge that leaves no tenant rows and no
//! keys, and a contact record that goes after its own period.

use chrono::TimeDelta;
use reqwest::StatusCode;
use serde_json::{Value, json};
use steward::{auth::Role, jobs};

use crate::{
    helpers::{
        Session, TENANT_TABLES, Tenant, TestApp, count, expect, expect_status, expect_text, png,
        problem, run_jobs, spawn_app_with,
    },
    mailbox::SmtpSink,
    requests::{app_with_smtp, ask, mail_to, verify},
};

/// Rows a tenant owns, table by table, in both databases.
async fn rows_of(app: &TestApp, tenant: uuid::Uuid) -> Vec<(String, i64)> {
    let id = app.uuid_sql(tenant);
    let mut out = Vec::new();
    out.push((
        "tenants".into(),
        count(
            &app.state.db.main,
            format!("SELECT COUNT(*) FROM tenants WHERE id = {id}"),
        )
        .await,
    ));
    for table in TENANT_TABLES {
        let n = count(
            &app.state.db.main,
            format!("SELECT COUNT(*) FROM {table} WHERE tenant_id = {id}"),
        )
        .await;
        out.push(((*table).to_owned(), n));
    }
    for table in ["tenant_keys", "customer_keys"] {
        let n = count(
            &app.state.db.keys,
            format!("SELECT COUNT(*) FROM {table} WHERE tenant_id = {id}"),
        )
        .await;
        out.push((format!("keys.{table}"), n));
    }
    out
}

async fn export_lines(s: &Session) -> Vec<Value> {
    let resp = s.get("/api/v1/tenant/export").await;
    let resp = expect_status(resp, 200).await;
    assert_eq!(
        resp.headers()["content-type"].to_str().unwrap(),
        "application/x-ndjson"
    );
    assert!(
        resp.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"steward-export-")
    );
    resp.text()
        .await
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect()
}

#[tokio::test]
async fn a_cancelled_tenant_reads_and_exports_then_is_purged_keys_and_all() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(&format!("mail.smtp_url = {:?}\n", sink.url())).await;
    let t = app.create_tenant("leaving").await;
    let stays = app.create_tenant("staying").await;
    let owner = app.login_owner(&t).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let token = app.token(&t, Role::Staff).await;
    let ids = records_in_both_tenants(&app, &staff, &stays).await;
    the_controller_names_itself_and_keeps_a_register(&owner).await;

    let admin = only_the_owner_cancels_with_the_slug_typed(&app, &t, &owner).await;
    cancelling_opens_a_14_day_export_window(&app, &sink, &t, &owner).await;
    reads_work_and_every_change_is_refused(&app, &t, &owner, &token, &ids).await;
    the_export_holds_everything_of_this_tenant(&owner, &admin, &ids).await;
    warnings_come_7_days_and_1_day_before_each_once(&app, &sink).await;
    the_purge_stopped_between_the_databases_then_finished(&app, &sink, &t, &stays).await;
    the_contact_record_goes_after_its_own_period(&app, &t).await;
}

/// The controller's identity and logo, a purpose's words and a register
/// entry, which the export carries.
async fn the_controller_names_itself_and_keeps_a_register(owner: &Session) {
    let identity = json!({ "legal_name": "Leaving Trading GmbH", "dpo_name": "Dana Schutz", "dpo_contact": "dpo@leaving.test" });
    expect(owner.patch("/api/v1/tenant", identity).await, 200).await;
    let words = json!({ "labels": { "de": { "label": "Newsletter", "description": "Monatliche Neuigkeiten" } } });
    let resp = owner
        .send(
            reqwest::Method::PUT,
            "/api/v1/purposes/marketing_email",
            Some(words),
        )
        .await;
    expect(resp, 200).await;
    let entry = json!({ "name": "Mailer Inc", "receives": "email addresses", "purpose": "newsletter", "country": "US", "safeguard": "scc" });
    expect(owner.post("/api/v1/recipients", entry).await, 201).await;
    let resp = owner
        .raw(
            reqwest::Method::PUT,
            "/api/v1/tenant/logo",
            "image/png",
            png(64, 64),
        )
        .await;
    expect_status(resp, 200).await;
}

/// Two customers with a note and a consent each in the leaving tenant, one
/// in the staying tenant; the leaving tenant's customer IDs.
async fn records_in_both_tenants(app: &TestApp, staff: &Session, stays: &Tenant) -> Vec<String> {
    let mut ids = Vec::new();
    for name in ["Åsa Leaving", "Bo Leaving"] {
        let resp = staff
            .post(
                "/api/v1/customers",
                json!({ "name": name, "email": format!("{}@people.test", ids.len()) }),
            )
            .await;
        let resp = expect_status(resp, 201).await;
        let id = resp.json::<Value>().await.unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let resp = staff
            .post(
                &format!("/api/v1/customers/{id}/notes"),
                json!({ "body": "Prefers calls" }),
            )
            .await;
        expect(resp, 201).await;
        let resp = staff
            .send(
                reqwest::Method::PUT,
                &format!("/api/v1/customers/{id}/consent/marketing_email"),
                Some(json!({ "granted": true, "basis": "consent", "evidence": "web form 12" })),
            )
            .await;
        assert!(resp.status().is_success(), "{}", resp.text().await.unwrap());
        ids.push(id);
    }
    let stays_owner = app.login_owner(stays).await;
    let resp = stays_owner
        .post("/api/v1/customers", json!({ "name": "Carl Staying" }))
        .await;
    expect(resp, 201).await;
    ids
}

/// Only the owner, only with the slug typed out; refusals change nothing.
/// Returns an admin of the tenant.
async fn only_the_owner_cancels_with_the_slug_typed(
    app: &TestApp,
    t: &Tenant,
    owner: &Session,
) -> Session {
    let admin = app.login_as(t, Role::Admin).await;
    let before = app.fingerprint().await;
    problem(
        admin
            .post("/api/v1/tenant/cancel", json!({ "confirm": "leaving" }))
            .await,
        403,
    )
    .await;
    let p = problem(
        owner
            .post("/api/v1/tenant/cancel", json!({ "confirm": "Leaving Ltd" }))
            .await,
        422,
    )
    .await;
    assert!(
        p["errors"]["confirm"].as_str().unwrap().contains("leaving"),
        "{p}"
    );
    problem(owner.post("/api/v1/tenant/cancel", json!({})).await, 422).await;
    assert_eq!(app.fingerprint().await, before, "refusals change nothing");
    admin
}

/// Cancelling opens a 14-day export window, once, and mails the owner the
/// export's address.
async fn cancelling_opens_a_14_day_export_window(
    app: &TestApp,
    sink: &SmtpSink,
    t: &Tenant,
    owner: &Session,
) {
    let resp = owner
        .post("/api/v1/tenant/cancel", json!({ "confirm": "leaving" }))
        .await;
    let cancelled = expect(resp, 200).await;
    assert_eq!(cancelled["state"], "cancelled");
    let (at, until) = (
        chrono::DateTime::parse_from_rfc3339(cancelled["cancelled_at"].as_str().unwrap()).unwrap(),
        chrono::DateTime::parse_from_rfc3339(cancelled["export_until"].as_str().unwrap()).unwrap(),
    );
    assert_eq!(until - at, TimeDelta::days(14));
    problem(
        owner
            .post("/api/v1/tenant/cancel", json!({ "confirm": "leaving" }))
            .await,
        409,
    )
    .await;
    run_jobs(&app.state).await;
    let mails = sink.messages();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to, vec![t.owner_email.clone()]);
    assert!(
        mails[0].text().contains("/api/v1/tenant/export"),
        "{}",
        mails[0].text()
    );
}

/// Read-only: sign-in and reading work; every change is refused, by
/// session and by token alike.
async fn reads_work_and_every_change_is_refused(
    app: &TestApp,
    t: &Tenant,
    owner: &Session,
    token: &Session,
    ids: &[String],
) {
    let staff = app
        .login(
            &t.slug,
            &staff_email(app, owner).await,
            crate::helpers::PASSWORD,
        )
        .await;
    assert_eq!(
        staff.json(&format!("/api/v1/customers/{}", ids[0])).await["name"],
        "Åsa Leaving"
    );
    let before = app.fingerprint().await;
    let p = problem(
        staff
            .post("/api/v1/customers", json!({ "name": "New" }))
            .await,
        409,
    )
    .await;
    assert!(p["detail"].as_str().unwrap().contains("read-only"), "{p}");
    problem(
        token
            .post("/api/v1/customers", json!({ "name": "New" }))
            .await,
        409,
    )
    .await;
    problem(
        staff
            .patch(
                &format!("/api/v1/customers/{}", ids[0]),
                json!({ "version": 3, "name": "X" }),
            )
            .await,
        409,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);
    assert_eq!(
        staff.post("/api/v1/auth/logout", json!({})).await.status(),
        StatusCode::NO_CONTENT
    );
}

/// The export (the owner's alone) holds everything of this tenant and
/// nothing of another, without password hashes.
async fn the_export_holds_everything_of_this_tenant(
    owner: &Session,
    admin: &Session,
    ids: &[String],
) {
    problem(admin.get("/api/v1/tenant/export").await, 403).await;
    let lines = export_lines(owner).await;
    assert_eq!(lines[0]["type"], "export");
    assert_eq!(lines[0]["schema_version"], 1);
    assert_eq!(lines[0]["tenant"]["slug"], "leaving");
    let customers: Vec<&Value> = lines.iter().filter(|l| l["type"] == "customer").collect();
    assert_eq!(customers.len(), 2);
    let asa = customers
        .iter()
        .find(|c| c["id"] == ids[0].as_str())
        .unwrap();
    assert_eq!(asa["name"], "Åsa Leaving");
    assert_eq!(asa["notes"][0]["body"], "Prefers calls");
    assert_eq!(asa["consents"][0]["purpose"], "marketing_email");
    assert!(lines.iter().filter(|l| l["type"] == "user").count() >= 3);
    assert!(
        lines
            .iter()
            .any(|l| l["type"] == "audit" && l["action"] == "tenant.cancelled")
    );
    assert!(
        !lines.iter().any(|l| l.to_string().contains("argon2")),
        "no password hashes"
    );
    assert!(
        !lines.iter().any(|l| l.to_string().contains("Carl")),
        "only this tenant"
    );
    // The controller's identity, logo, purposes and register come along.
    assert_eq!(lines[0]["tenant"]["legal_name"], "Leaving Trading GmbH");
    assert_eq!(lines[0]["tenant"]["dpo_name"], "Dana Schutz");
    let of = |kind: &str| lines.iter().find(|l| l["type"] == kind).unwrap();
    assert!(
        of("logo")["data"]
            .as_str()
            .unwrap()
            .starts_with("iVBORw0KGgo"),
        "a PNG"
    );
    assert_eq!(of("purpose")["labels"]["de"]["label"], "Newsletter");
    assert_eq!(of("recipient")["safeguard"], "scc");
    let end = lines.last().unwrap();
    assert_eq!(end["type"], "end");
    assert_eq!(end["counts"]["customers"], 2);
    assert_eq!(end["counts"]["notes"], 2);
    assert_eq!(end["counts"]["recipients"], 1);
    assert_eq!(end["counts"]["logos"], 1);
}

/// Warnings 7 days and 1 day before, each once.
async fn warnings_come_7_days_and_1_day_before_each_once(app: &TestApp, sink: &SmtpSink) {
    app.clock
        .advance(TimeDelta::days(7) + TimeDelta::minutes(1));
    assert_eq!(run_jobs(&app.state).await["offboarding"]["warnings"], 1);
    assert_eq!(run_jobs(&app.state).await["offboarding"]["warnings"], 0);
    app.clock.advance(TimeDelta::days(6));
    assert_eq!(run_jobs(&app.state).await["offboarding"]["warnings"], 1);
    let mails = sink.messages();
    assert_eq!(mails.len(), 3);
    assert!(
        mails[1].subject().contains("will be destroyed"),
        "{}",
        mails[1].subject()
    );
    assert!(
        mails[2].text().contains("in 23 hours") || mails[2].text().contains("in 22 hours"),
        "{}",
        mails[2].text()
    );
}

/// The purge, stopped between the databases, then finished: no rows and no
/// keys are left, sign-in fails, and the other tenant is untouched.
async fn the_purge_stopped_between_the_databases_then_finished(
    app: &TestApp,
    sink: &SmtpSink,
    t: &Tenant,
    stays: &Tenant,
) {
    app.clock.advance(TimeDelta::days(1));
    app.state.faults.arm("offboarding.before_keys");
    assert!(jobs::run_once(&app.state).await.is_err());
    let left = rows_of(app, t.id.uuid()).await;
    for (table, n) in &left {
        let expected = if table.starts_with("keys.") { *n } else { 0 };
        assert_eq!(*n, expected, "{table} after the purge's first half");
    }
    assert!(
        left.iter()
            .any(|(t, n)| t == "keys.customer_keys" && *n == 2)
    );
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["offboarding"]["keys_destroyed"], 1, "{summary}");
    for (table, n) in rows_of(app, t.id.uuid()).await {
        assert_eq!(n, 0, "{table} still holds rows of the purged tenant");
    }
    let mails = sink.messages();
    assert!(
        mails
            .last()
            .unwrap()
            .subject()
            .contains("has been destroyed")
    );
    let resp = app
        .anonymous()
        .post(
            "/api/v1/auth/login",
            json!({ "tenant": "leaving", "email": t.owner_email, "password": t.owner_password }),
        )
        .await;
    expect(resp, 401).await;
    // The other tenant is untouched.
    let stays_owner = app.login_owner(stays).await;
    assert_eq!(
        stays_owner.json("/api/v1/customers").await["items"][0]["name"],
        "Carl Staying"
    );
}

/// The contact record stays for its own period, then goes.
async fn the_contact_record_goes_after_its_own_period(app: &TestApp, t: &Tenant) {
    let contact = || {
        count(
            &app.state.db.main,
            format!(
                "SELECT COUNT(*) FROM tenant_contacts WHERE tenant_id = {}",
                app.uuid_sql(t.id.uuid())
            ),
        )
    };
    assert_eq!(contact().await, 1);
    app.clock.advance(TimeDelta::days(364));
    assert_eq!(
        run_jobs(&app.state).await["offboarding"]["contacts_deleted"],
        0
    );
    app.clock.advance(TimeDelta::days(2));
    assert_eq!(
        run_jobs(&app.state).await["offboarding"]["contacts_deleted"],
        1
    );
    assert_eq!(contact().await, 0);
}

async fn staff_email(_app: &TestApp, owner: &Session) -> String {
    owner
        .json("/api/v1/users")
        .await
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["role"] == "staff")
        .unwrap()["email"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn while_cancelled_people_can_still_withdraw_consent_and_have_their_data_erased() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("leaving").await;
    let owner = app.login_owner(&t).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let admin = app.login_as(&t, Role::Admin).await;
    let token = app.token(&t, Role::Staff).await;
    let ids = three_customers_who_consented(&staff).await;
    let purge_at = cancel_for_a_purge_date(&owner).await;

    staff_record_withdrawals_but_not_grants(&app, &staff, &token, &ids).await;
    the_portal_says_it_is_closing_and_refuses_a_copy(&app, &purge_at).await;
    a_withdrawal_through_the_portal_applies_at_once(&app, &sink, &staff, &ids).await;
    an_admin_fulfils_an_erasure_request(&app, &sink, &staff, &admin, &ids).await;
    an_admin_can_still_erase_a_record_directly(&admin, &ids).await;
    everything_else_stays_read_only(&app, &sink, &staff, &admin, &ids).await;
}

/// Records `granted` for marketing email on customer `id`, on the basis of consent.
async fn grant(s: &Session, id: &str, granted: bool) -> reqwest::Response {
    s.send(
        reqwest::Method::PUT,
        &format!("/api/v1/customers/{id}/consent/marketing_email"),
        Some(json!({ "granted": granted, "basis": "consent" })),
    )
    .await
}

/// Customer `id`'s current marketing email consent, as its record shows it.
async fn consent_of(staff: &Session, id: &str) -> Value {
    staff.json(&format!("/api/v1/customers/{id}")).await["consent"]["marketing_email"].clone()
}

/// Ada, Ben and Cy, each having granted marketing email; their IDs.
async fn three_customers_who_consented(staff: &Session) -> Vec<String> {
    let mut ids = Vec::new();
    for (name, email) in [
        ("Ada Optout", "ada@people.test"),
        ("Ben Portal", "ben@people.test"),
        ("Cy Erase", "cy@people.test"),
    ] {
        let id = staff.customer(name, email).await;
        assert!(grant(staff, &id, true).await.status().is_success());
        ids.push(id);
    }
    ids
}

/// The owner cancels; when everything will be purged.
async fn cancel_for_a_purge_date(owner: &Session) -> String {
    let resp = owner
        .post("/api/v1/tenant/cancel", json!({ "confirm": "leaving" }))
        .await;
    let resp = expect_status(resp, 200).await;
    resp.json::<Value>().await.unwrap()["purge_at"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Staff (by session or token) can record a withdrawal; a grant is refused.
async fn staff_record_withdrawals_but_not_grants(
    app: &TestApp,
    staff: &Session,
    token: &Session,
    ids: &[String],
) {
    let resp = grant(staff, &ids[0], false).await;
    expect(resp, 200).await;
    assert_eq!(consent_of(staff, &ids[0]).await, false);
    assert_eq!(grant(token, &ids[0], false).await.status(), StatusCode::OK);
    let before = app.fingerprint().await;
    let p = problem(grant(staff, &ids[0], true).await, 409).await;
    assert!(p["detail"].as_str().unwrap().contains("read-only"), "{p}");
    problem(
        staff
            .post("/api/v1/customers", json!({ "name": "New" }))
            .await,
        409,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);
}

/// The portal says the organisation is closing, and when all is deleted; a
/// copy is refused with the reason and the date.
async fn the_portal_says_it_is_closing_and_refuses_a_copy(app: &TestApp, purge_at: &str) {
    let page = app.anonymous().get("/portal/leaving").await;
    let page = expect_text(page, 200).await;
    assert!(page.contains("closing its account"), "{page}");
    assert!(page.contains("value=\"erasure\"") && page.contains("value=\"withdraw_consent\""));
    assert!(!page.contains("value=\"copy\""), "no copy can be sent now");
    let p = problem(
        app.anonymous()
            .post(
                "/portal/leaving/requests",
                json!({ "email": "ben@people.test", "kind": "copy" }),
            )
            .await,
        410,
    )
    .await;
    let detail = p["detail"].as_str().unwrap();
    let day = chrono::DateTime::parse_from_rfc3339(purge_at)
        .unwrap()
        .format("%-d %B %Y")
        .to_string();
    assert!(
        detail.contains("closing") && detail.contains(&day),
        "{detail}"
    );
}

/// Withdrawal through the portal applies at once.
async fn a_withdrawal_through_the_portal_applies_at_once(
    app: &TestApp,
    sink: &SmtpSink,
    staff: &Session,
    ids: &[String],
) {
    ask(app, "leaving", "ben@people.test", "withdraw_consent").await;
    let v = verify(app, sink, "leaving", "ben@people.test").await;
    assert_eq!(v["state"], "fulfilled");
    assert_eq!(consent_of(staff, &ids[1]).await, false);
}

/// An erasure request is taken, and an admin (not staff) can fulfil it: the
/// record and its key go, and the person is told.
async fn an_admin_fulfils_an_erasure_request(
    app: &TestApp,
    sink: &SmtpSink,
    staff: &Session,
    admin: &Session,
    ids: &[String],
) {
    ask(app, "leaving", "cy@people.test", "erasure").await;
    let v = verify(app, sink, "leaving", "cy@people.test").await;
    let request = v["request_id"].as_str().unwrap().to_owned();
    problem(
        staff
            .post(&format!("/api/v1/requests/{request}/fulfil"), json!({}))
            .await,
        403,
    )
    .await;
    let done = admin
        .post(&format!("/api/v1/requests/{request}/fulfil"), json!({}))
        .await;
    assert_eq!(
        done.status(),
        StatusCode::OK,
        "{}",
        done.text().await.unwrap()
    );
    assert_eq!(done.json::<Value>().await.unwrap()["outcome"], "erased");
    problem(
        staff.get(&format!("/api/v1/customers/{}", ids[2])).await,
        410,
    )
    .await;
    assert_eq!(app.customer_keys(&ids[2]).await, 0);
    let told = mail_to(app, sink, "cy@people.test").await;
    assert!(told.last().unwrap().text().contains("has been erased"));
}

/// An admin can still erase a record directly (a person asked by phone).
async fn an_admin_can_still_erase_a_record_directly(admin: &Session, ids: &[String]) {
    let resp = admin
        .post(
            &format!("/api/v1/customers/{}/shred", ids[0]),
            json!({ "confirm": ids[0] }),
        )
        .await;
    expect(resp, 200).await;
}

/// Everything else is still read-only, extending a request's deadline past
/// the purge included.
async fn everything_else_stays_read_only(
    app: &TestApp,
    sink: &SmtpSink,
    staff: &Session,
    admin: &Session,
    ids: &[String],
) {
    ask(app, "leaving", "ben@people.test", "erasure").await;
    let v = verify(app, sink, "leaving", "ben@people.test").await;
    let open = v["request_id"].as_str().unwrap().to_owned();
    let before = app.fingerprint().await;
    problem(
        staff
            .post(
                &format!("/api/v1/requests/{open}/extend"),
                json!({ "months": 1, "reason": "many records" }),
            )
            .await,
        409,
    )
    .await;
    problem(
        admin
            .post(
                &format!("/api/v1/customers/{}/hold", ids[1]),
                json!({ "on": true, "reason": "x" }),
            )
            .await,
        409,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);
}

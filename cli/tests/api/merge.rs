//! Likely duplicates and merging: a new record that shares an email, a
//! phone, or a name and company is made and pointed out; the tenant's
//! pairs are listed from the blind index; two records become one, field by
//! field, with notes, consent and requests combined, the other record's
//! key destroyed and its ID answering 410 with a pointer to the survivor.

use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{
    Session, TestApp, count, expect, expect_text, problem, run_jobs, spawn_app, spawn_app_with,
    submit,
};
use crate::requests::{app_with_smtp, ask, verify};
use crate::sync::Receiver;

fn ids_of(likely: &Value) -> Vec<(String, Vec<String>)> {
    likely
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|l| {
                    let reasons = l["reasons"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|r| r.as_str().unwrap().to_owned())
                        .collect();
                    (l["id"].as_str().unwrap().to_owned(), reasons)
                })
                .collect()
        })
        .unwrap_or_default()
}

async fn create(s: &Session, body: Value) -> Value {
    expect(s.post("/api/v1/customers", body).await, 201).await
}

async fn merge(s: &Session, survivor: &str, body: Value) -> reqwest::Response {
    s.post(&format!("/api/v1/customers/{survivor}/merge"), body)
        .await
}

#[tokio::test]
async fn a_likely_duplicate_is_made_and_pointed_out_by_email_phone_or_name_and_company() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let first = create(
        &staff,
        json!({ "name": "Łukasz Nowak", "email": "lukasz@people.test", "phone": "+48 22 123 45 67", "company": "ACME GmbH" }),
    )
    .await;
    assert!(first["likely_duplicates"] == json!([]), "none yet: {first}");
    let first_id = first["id"].as_str().unwrap().to_owned();

    let by_email = create(
        &staff,
        json!({ "name": "L. N.", "email": "Lukasz@People.test" }),
    )
    .await;
    assert_eq!(
        ids_of(&by_email["likely_duplicates"]),
        [(first_id.clone(), vec!["email".to_owned()])]
    );
    let by_phone = create(
        &staff,
        json!({ "name": "Someone", "phone": "+48221234567" }),
    )
    .await;
    assert_eq!(
        ids_of(&by_phone["likely_duplicates"]),
        [(first_id.clone(), vec!["phone".to_owned()])]
    );
    let by_name = create(
        &staff,
        json!({ "name": "nowak, lukasz", "company": "Acme GmbH." }),
    )
    .await;
    assert_eq!(
        ids_of(&by_name["likely_duplicates"]),
        [(first_id.clone(), vec!["name_company".to_owned()])]
    );
    // A name alone, or the name at another company, is not enough.
    let other = create(
        &staff,
        json!({ "name": "Łukasz Nowak", "company": "Acme AG" }),
    )
    .await;
    assert_eq!(other["likely_duplicates"], json!([]), "{other}");
    let bare = create(&staff, json!({ "name": "Łukasz Nowak" })).await;
    assert_eq!(bare["likely_duplicates"], json!([]), "{bare}");

    // The first record now has three likely duplicates; its own list says so.
    let own = staff
        .json(&format!("/api/v1/customers/{first_id}/duplicates"))
        .await;
    assert_eq!(ids_of(&own["items"]).len(), 3, "{own}");

    // A change that brings the company in line is seen too.
    let bare_id = bare["id"].as_str().unwrap();
    let patched = staff
        .patch(
            &format!("/api/v1/customers/{bare_id}"),
            json!({ "version": 1, "company": "acme gmbh" }),
        )
        .await;
    expect(patched, 200).await;
    let own = staff
        .json(&format!("/api/v1/customers/{bare_id}/duplicates"))
        .await;
    assert_eq!(
        ids_of(&own["items"]),
        [
            (first_id.clone(), vec!["name_company".to_owned()]),
            (
                by_name["id"].as_str().unwrap().to_owned(),
                vec!["name_company".to_owned()]
            ),
        ]
    );
}

#[tokio::test]
async fn the_duplicates_list_pairs_records_of_the_tenant_only_with_their_reasons() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let other = app.create_tenant("globex").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let theirs = app.login_as(&other, Role::Staff).await;
    let a = staff
        .create_customer(
            json!({ "name": "Ann Example", "email": "ann@people.test", "phone": "+49 30 1234567" }),
        )
        .await;
    let b = staff
        .create_customer(
            json!({ "name": "Ann E.", "email": "ann@people.test", "phone": "+49301234567" }),
        )
        .await;
    let c = staff.customer("Bo", "bo@people.test").await;
    let d = staff.customer("Bo Two", "bo@people.test").await;
    staff.customer("Cy", "cy@people.test").await;
    // The same addresses in another tenant pair nothing here, nor there with these.
    theirs.customer("Ann", "ann@people.test").await;

    let list = staff.json("/api/v1/customers/duplicates").await;
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 2, "{list}");
    let pair = |x: &str, y: &str| {
        let (lo, hi) = if x < y { (x, y) } else { (y, x) };
        items
            .iter()
            .find(|p| p["a"] == lo && p["b"] == hi)
            .cloned()
            .unwrap_or_else(|| panic!("pair {lo}/{hi} in {list}"))
    };
    assert_eq!(pair(&a, &b)["reasons"], json!(["email", "phone"]));
    assert_eq!(pair(&c, &d)["reasons"], json!(["email"]));
    assert!(list.get("next_cursor").is_none());
    let empty = theirs.json("/api/v1/customers/duplicates").await;
    assert_eq!(empty["items"], json!([]));

    // Pages of one.
    let first = staff.json("/api/v1/customers/duplicates?limit=1").await;
    assert_eq!(first["items"].as_array().unwrap().len(), 1);
    let cursor = first["next_cursor"].as_str().unwrap();
    let second = staff
        .json(&format!(
            "/api/v1/customers/duplicates?limit=1&cursor={cursor}"
        ))
        .await;
    assert_eq!(second["items"].as_array().unwrap().len(), 1);
    assert_ne!(first["items"][0], second["items"][0]);
    assert!(second.get("next_cursor").is_none());

    // Viewers do not see the list.
    let viewer = app.login_as(&t, Role::Viewer).await;
    problem(viewer.get("/api/v1/customers/duplicates").await, 403).await;
}

/// Two records of one person, with notes, consent and a custom field.
struct Pair {
    survivor: String,
    lost: String,
}

async fn two_records(app: &TestApp, admin: &Session) -> Pair {
    expect(
        admin
            .post(
                "/api/v1/fields",
                json!({ "key": "tier", "label": "Tier", "type": "text" }),
            )
            .await,
        201,
    )
    .await;
    let survivor = admin
        .create_customer(json!({ "name": "Ann Smith", "email": "ann@one.test", "company": "Acme", "fields": { "tier": "gold" } }))
        .await;
    let lost = admin
        .create_customer(json!({ "name": "Ann Smyth", "email": "ann@two.test", "phone": "+49 30 1234567", "fields": { "tier": "silver" } }))
        .await;
    let note = |id: &str, body: &str| {
        let path = format!("/api/v1/customers/{id}/notes");
        let body = json!({ "body": body });
        async move { expect(admin.post(&path, body).await, 201).await }
    };
    note(&survivor, "first, on the survivor").await;
    app.clock.advance(chrono::TimeDelta::seconds(5));
    note(&lost, "second, on the other").await;
    app.clock.advance(chrono::TimeDelta::seconds(5));
    note(&survivor, "third, on the survivor").await;
    // marketing_email: the survivor said yes, the other later said no.
    admin.consent(&survivor, "marketing_email", true).await;
    app.clock.advance(chrono::TimeDelta::seconds(5));
    admin.consent(&lost, "marketing_email", false).await;
    // newsletter: the other said no long ago, then the survivor said yes
    // later: the refusal still stands after the merge.
    admin.consent(&lost, "newsletter", false).await;
    app.clock.advance(chrono::TimeDelta::seconds(5));
    admin.consent(&survivor, "newsletter", true).await;
    // sms: only the other record said yes: it carries over.
    admin.consent(&lost, "sms", true).await;
    Pair { survivor, lost }
}

#[tokio::test]
async fn a_merge_keeps_the_chosen_values_combines_notes_and_consent_and_destroys_the_other() {
    let app = spawn_app_with("integrations.allow_private = true\n").await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let receiver = Receiver::start().await;
    let hook = expect(
        admin
            .post(
                "/api/v1/integrations",
                json!({ "kind": "webhook", "url": receiver.url(), "events": ["customer.merged"] }),
            )
            .await,
        201,
    )
    .await;
    receiver.trust(hook["secret"].as_str().unwrap());
    let Pair { survivor, lost } = two_records(&app, &admin).await;
    assert_eq!(app.customer_keys(&lost).await, 1);

    let merged = expect(
        merge(
            &admin,
            &survivor,
            json!({ "from": lost, "version": 1, "other_version": 1,
                    "keep": { "name": "from", "email": "this", "fields.tier": "from" } }),
        )
        .await,
        200,
    )
    .await;
    // Field choices: named ones as chosen; the phone only the other had.
    assert_eq!(merged["id"], survivor.as_str());
    assert_eq!(merged["name"], "Ann Smyth");
    assert_eq!(merged["email"], "ann@one.test");
    assert_eq!(merged["phone"], "+49301234567");
    assert_eq!(merged["company"], "Acme");
    assert_eq!(merged["fields"]["tier"], "silver");
    assert_eq!(merged["version"], 2);
    assert_eq!(merged["merged"]["id"], lost.as_str());
    assert_eq!(merged["merged"]["notes"], 1);
    assert_eq!(merged["merged"]["consents"], 3);
    assert_eq!(merged["merged"]["refusals_kept"], json!(["newsletter"]));
    assert!(merged["merged"]["key_destroyed_at"].is_string(), "{merged}");

    // Consent: the newest decision wins, but no opt-out became an opt-in.
    assert_eq!(
        merged["consent"],
        json!({ "marketing_email": false, "newsletter": false, "sms": true })
    );
    // The whole history, in time order, with the merge's refusal last.
    let history = admin
        .json(&format!("/api/v1/customers/{survivor}/consent"))
        .await;
    let decisions: Vec<(String, bool)> = history["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["purpose"].as_str().unwrap().to_owned(),
                d["granted"].as_bool().unwrap(),
            )
        })
        .collect();
    // Five decisions of the two records, and the refusal the merge kept.
    assert_eq!(decisions.len(), 6, "{history}");
    assert_eq!(decisions.last().unwrap(), &("newsletter".to_owned(), false));
    let times: Vec<&str> = history["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["at"].as_str().unwrap())
        .collect();
    assert!(
        times.windows(2).all(|w| w[0] <= w[1]),
        "in time order: {times:?}"
    );

    // Notes: one list, in time order, each readable.
    let notes = admin
        .json(&format!("/api/v1/customers/{survivor}/notes"))
        .await;
    let bodies: Vec<&str> = notes
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["body"].as_str().unwrap())
        .collect();
    assert_eq!(
        bodies,
        [
            "first, on the survivor",
            "second, on the other",
            "third, on the survivor"
        ]
    );

    // The other record: gone, key destroyed, pointing to the survivor.
    assert_eq!(app.customer_keys(&lost).await, 0);
    let gone = problem(admin.get(&format!("/api/v1/customers/{lost}")).await, 410).await;
    assert_eq!(gone["merged_into"], survivor.as_str());
    let staff = app.login_as(&t, Role::Staff).await;
    let gone = problem(staff.get(&format!("/api/v1/customers/{lost}")).await, 410).await;
    assert_eq!(gone["merged_into"], survivor.as_str());
    let viewer = app.login_as(&t, Role::Viewer).await;
    let gone = problem(viewer.get(&format!("/api/v1/customers/{lost}")).await, 410).await;
    assert!(gone.get("merged_into").is_none(), "{gone}");
    let receipt = admin.json(&format!("/api/v1/erasures/{lost}")).await;
    assert_eq!(receipt["merged_into"], survivor.as_str());
    assert_eq!(receipt["kind"], "shred");

    // The survivor is found by what it kept, the other's address finds nothing.
    let found = admin.json("/api/v1/customers?q=%2B49301234567").await;
    assert_eq!(found["items"][0]["id"], survivor.as_str());
    let found = admin.json("/api/v1/customers?q=ann%40two.test").await;
    assert_eq!(found["items"], json!([]));
    // And it has no likely duplicates left.
    let dupes = admin.json("/api/v1/customers/duplicates").await;
    assert_eq!(dupes["items"], json!([]));

    // Audited once, naming fields but no values.
    let audit = admin.json("/api/v1/audit").await;
    let entries = audit["items"].as_array().unwrap();
    let merged_entries: Vec<&Value> = entries
        .iter()
        .filter(|e| e["action"] == "customer.merged")
        .collect();
    assert_eq!(merged_entries.len(), 1, "{audit}");
    let entry = merged_entries[0].to_string();
    assert!(
        entry.contains(&lost) && entry.contains(&survivor),
        "{entry}"
    );
    assert!(
        entry.contains("fields.tier") && entry.contains("\"name\""),
        "{entry}"
    );
    for value in ["Smyth", "silver", "ann@", "1234567"] {
        assert!(!entry.contains(value), "{value} in {entry}");
    }

    // Integrations are told, with both IDs.
    run_jobs(&app.state).await;
    let arrivals = receiver.arrivals();
    let event = arrivals
        .iter()
        .find(|a| a.body["type"] == "customer.merged")
        .unwrap_or_else(|| panic!("no customer.merged in {arrivals:?}"));
    assert!(event.verified);
    assert_eq!(event.body["data"]["survivor_id"], survivor.as_str());
    assert_eq!(event.body["data"]["merged_id"], lost.as_str());
}

#[tokio::test]
async fn a_merge_is_refused_under_hold_or_restriction_with_the_reason_and_changes_nothing() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let a = admin.customer("Ann", "ann@people.test").await;
    let b = admin.customer("Ann B", "ann@people.test").await;

    admin.hold(&b, "litigation").await;
    let before = app.fingerprint().await;
    let p = problem(merge(&admin, &a, json!({ "from": b })).await, 409).await;
    assert!(p["detail"].as_str().unwrap().contains("legal hold"), "{p}");
    let p = problem(merge(&admin, &b, json!({ "from": a })).await, 409).await;
    assert!(p["detail"].as_str().unwrap().contains("legal hold"), "{p}");
    assert_eq!(app.fingerprint().await, before);

    let path = format!("/api/v1/customers/{b}/hold");
    expect(admin.post(&path, json!({ "on": false })).await, 200).await;
    let path = format!("/api/v1/customers/{a}/restrict");
    expect(
        admin
            .post(&path, json!({ "on": true, "reason": "contested" }))
            .await,
        200,
    )
    .await;
    let before = app.fingerprint().await;
    let p = problem(merge(&admin, &b, json!({ "from": a })).await, 409).await;
    assert!(p["detail"].as_str().unwrap().contains("restricted"), "{p}");
    assert_eq!(app.fingerprint().await, before);
    assert_eq!(app.customer_keys(&a).await, 1);
    assert_eq!(app.customer_keys(&b).await, 1);
}

#[tokio::test]
async fn bad_merges_are_refused_naming_the_fault_and_change_nothing() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let other = app.create_tenant("globex").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let theirs = app.login_as(&other, Role::Admin).await;
    let a = admin.customer("Ann", "ann@people.test").await;
    let b = admin.customer("Ann B", "ann@people.test").await;
    let foreign = theirs.customer("Ann", "ann@people.test").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let viewer = app.login_as(&t, Role::Viewer).await;
    let before = app.fingerprint().await;

    let p = problem(merge(&admin, &a, json!({ "from": a })).await, 422).await;
    assert!(p["errors"]["from"].is_string(), "{p}");
    let p = problem(
        merge(
            &admin,
            &a,
            json!({ "from": b, "keep": { "nickname": "this" } }),
        )
        .await,
        422,
    )
    .await;
    assert!(p["errors"]["keep.nickname"].is_string(), "{p}");
    let p = problem(
        merge(
            &admin,
            &a,
            json!({ "from": b, "keep": { "email": "both" } }),
        )
        .await,
        422,
    )
    .await;
    assert!(p["errors"]["keep.email"].is_string(), "{p}");
    let p = problem(
        merge(&admin, &a, json!({ "from": b, "version": 7 })).await,
        409,
    )
    .await;
    assert!(p["detail"].as_str().unwrap().contains("version"), "{p}");
    let p = problem(merge(&admin, &a, json!({ "from": "not an id" })).await, 422).await;
    assert!(p["errors"]["from"].is_string(), "{p}");
    let p = problem(merge(&admin, &a, json!({ "other": b })).await, 422).await;
    assert!(p["errors"]["other"].is_string(), "{p}");

    // Another tenant's record is as unknown as one never made, both ways.
    let unknown = uuid::Uuid::now_v7().to_string();
    problem(merge(&admin, &a, json!({ "from": foreign })).await, 404).await;
    problem(merge(&admin, &a, json!({ "from": unknown })).await, 404).await;
    problem(merge(&admin, &foreign, json!({ "from": a })).await, 404).await;
    problem(merge(&theirs, &foreign, json!({ "from": a })).await, 404).await;

    // Staff and viewers may not merge: it destroys a record.
    for s in [&staff, &viewer] {
        problem(merge(s, &a, json!({ "from": b })).await, 403).await;
    }
    assert_eq!(app.fingerprint().await, before);
    assert_eq!(app.customer_keys(&foreign).await, 1);

    // A record already merged away is gone: merging it again says so.
    expect(merge(&admin, &a, json!({ "from": b })).await, 200).await;
    let p = problem(merge(&admin, &a, json!({ "from": b })).await, 410).await;
    assert_eq!(p["merged_into"], a.as_str());
}

#[tokio::test]
async fn requests_follow_the_survivor() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let survivor = admin.customer("Zoe", "zoe@people.test").await;
    let lost = admin.customer("Zoe Two", "zoe2@people.test").await;
    ask(&app, "acme", "zoe2@people.test", "copy").await;
    let verified = verify(&app, &sink, "acme", "zoe2@people.test").await;
    let request = verified["request_id"].as_str().unwrap();
    let before = admin.json(&format!("/api/v1/requests/{request}")).await;
    assert_eq!(before["customer_ids"], json!([lost]));

    let merged = expect(merge(&admin, &survivor, json!({ "from": lost })).await, 200).await;
    assert_eq!(merged["merged"]["requests"], 1);
    let after = admin.json(&format!("/api/v1/requests/{request}")).await;
    assert_eq!(after["customer_ids"], json!([survivor]));
    assert_eq!(
        count(&app.state.db.main, "SELECT COUNT(*) AS n FROM customers").await,
        1
    );
}

#[tokio::test]
async fn the_pages_list_pairs_and_merge_with_a_choice_per_field() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let a = admin
        .create_customer(json!({ "name": "Ann Smith", "email": "ann@people.test" }))
        .await;
    let b = admin
        .create_customer(json!({ "name": "Ann Smyth", "email": "ann@people.test" }))
        .await;

    let record = expect_text(admin.get(&format!("/customers/{b}")).await, 200).await;
    assert!(
        record.contains(&format!("/customers/{b}/merge?with={a}")),
        "the record points to its likely duplicate"
    );
    let list = expect_text(admin.get("/customers/duplicates").await, 200).await;
    assert!(list.contains("Ann Smith") && list.contains("Ann Smyth"));
    let (lo, hi) = if a < b { (&a, &b) } else { (&b, &a) };
    assert!(
        list.contains(&format!("/customers/{lo}/merge?with={hi}")),
        "{list}"
    );

    let form = expect_text(
        admin.get(&format!("/customers/{a}/merge?with={b}")).await,
        200,
    )
    .await;
    assert!(form.contains("Ann Smith") && form.contains("Ann Smyth"));
    assert!(form.contains("name=\"keep.name\""), "a choice per field");
    let resp = submit(
        &admin,
        &format!("/customers/{a}/merge"),
        &[
            ("with", b.as_str()),
            ("keep.name", "from"),
            ("keep.email", "this"),
        ],
    )
    .await;
    assert_eq!(
        resp.status().as_u16(),
        303,
        "{}",
        resp.text().await.unwrap()
    );
    let c = admin.json(&format!("/api/v1/customers/{a}")).await;
    assert_eq!(c["name"], "Ann Smyth");
    let gone = admin.get(&format!("/customers/{b}")).await;
    let page = expect_text(gone, 410).await;
    assert!(
        page.contains(&format!("/customers/{a}")),
        "links to the survivor"
    );

    // Staff see the list but not the merge form.
    let staff = app.login_as(&t, Role::Staff).await;
    expect_text(staff.get("/customers/duplicates").await, 200).await;
    expect_text(
        staff.get(&format!("/customers/{a}/merge?with={b}")).await,
        403,
    )
    .await;
}

#[tokio::test]
async fn records_made_before_match_keys_get_theirs_from_the_job_runner_once() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let a = staff
        .create_customer(json!({ "name": "Ann Smith", "company": "Acme" }))
        .await;
    let b = staff
        .create_customer(json!({ "name": "smith ann", "company": "ACME" }))
        .await;
    // As records written before match keys existed: none at all.
    app.sql("DELETE FROM match_keys").await;
    let list = staff.json("/api/v1/customers/duplicates").await;
    assert_eq!(list["items"], json!([]));

    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["match_keys_backfilled"], 2, "{summary}");
    let list = staff.json("/api/v1/customers/duplicates").await;
    let (lo, hi) = if a < b { (&a, &b) } else { (&b, &a) };
    assert_eq!(
        list["items"],
        json!([{ "a": lo, "b": hi, "reasons": ["name_company"] }])
    );
    // The walk is done once: later runs open nothing.
    app.sql("DELETE FROM match_keys").await;
    assert_eq!(run_jobs(&app.state).await["match_keys_backfilled"], 0);
    assert_eq!(
        count(&app.state.db.main, "SELECT COUNT(*) AS n FROM match_keys").await,
        0
    );
}

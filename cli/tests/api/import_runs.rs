//! Running an import: the 1,000-row sample of a CRM's export (Windows-1252,
//! semicolons, German headers, blank lines, quoted line breaks, a short
//! row, a customer the tenant has, an erased address, a bad email, a
//! repeated row) is written exactly as its preview counted; the refused
//! rows come back as CSV with their lines and reasons; running the file
//! again adds nothing; the same rows as UTF-8 or as a workbook give the
//! same records; a server killed mid-run is taken over where it stopped;
//! and nothing of the file is left readable under the data directory.

use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::erasure::files_containing;
use crate::helpers::{
    Instance, Session, Tenant, TestApp, count, expect, expect_status, expect_text, problem,
    run_jobs, spawn_app,
};
use crate::imports::{counts, customer_and_erased, fixture};

async fn upload(s: &Session, content_type: &str, body: Vec<u8>) -> Value {
    let resp = s
        .raw(Method::POST, "/api/v1/imports", content_type, body)
        .await;
    expect(resp, 201).await
}

/// Runs import `id` and waits for its end; the import as it ended.
async fn run_to_end(s: &Session, id: &str) -> Value {
    let started = expect(
        s.post(&format!("/api/v1/imports/{id}/run"), json!({}))
            .await,
        200,
    )
    .await;
    assert!(
        ["running", "done"].contains(&started["state"].as_str().unwrap()),
        "{started}"
    );
    wait_for_end(s, id).await
}

async fn wait_for_end(s: &Session, id: &str) -> Value {
    for _ in 0..600 {
        let now = s.json(&format!("/api/v1/imports/{id}")).await;
        if now["state"] != "running" {
            return now;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("import {id} did not end within a minute");
}

/// A tenant with one customer already (the sample's row 10) and one
/// erased address on its suppression list (row 20).
async fn prepared_tenant(app: &TestApp, slug: &str) -> (Tenant, Session, Session) {
    let t = app.create_tenant(slug).await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    // The purpose the file's "Newsletter" column decides.
    let newsletter = json!({ "labels": { "de": { "label": "Newsletter" } } });
    expect(
        admin
            .send(Method::PUT, "/api/v1/purposes/newsletter", Some(newsletter))
            .await,
        200,
    )
    .await;
    customer_and_erased(
        &admin,
        &staff,
        ("Bestand Kunde", "bestand@example.de"),
        ("Gelöscht", "geloescht@example.de"),
    )
    .await;
    (t, admin, staff)
}

/// The first sealed chunk of the file waiting for its run.
async fn first_chunk(app: &TestApp) -> Vec<u8> {
    use sea_orm::{ConnectionTrait, Statement};
    let db = &app.state.db.main;
    let sql = "SELECT data FROM import_chunks ORDER BY seq LIMIT 1";
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .expect("a chunk while the file waits");
    row.try_get_by_index::<Vec<u8>>(0).unwrap()
}

/// What the tenant holds, by table.
async fn held(app: &TestApp) -> [i64; 3] {
    let db = &app.state.db.main;
    [
        count(db, "SELECT COUNT(*) FROM customers WHERE state = 'active'").await,
        count(db, "SELECT COUNT(*) FROM notes").await,
        count(db, "SELECT COUNT(*) FROM consents").await,
    ]
}

#[tokio::test]
async fn a_thousand_row_export_is_written_exactly_as_previewed_and_again_adds_nothing() {
    let app = spawn_app().await;
    let (t, admin, staff) = prepared_tenant(&app, "acme").await;
    let before = held(&app).await;
    let import = upload(&staff, "text/csv", fixture("customers-1000-de-1252.csv")).await;
    assert_eq!(
        (import["encoding"].as_str(), import["delimiter"].as_str()),
        (Some("windows-1252"), Some(";"))
    );
    assert_eq!(import["mapping"][6], "consent:newsletter", "{import}");
    assert_eq!(import["total"], 1000);
    assert_eq!(counts(&import), [995, 1, 1, 1, 2], "{import}");
    let lines: Vec<(u64, &str)> = import["refusals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["line"].as_u64().unwrap(), r["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].0, 31);
    assert!(lines[0].1.starts_with("email:"), "{lines:?}");
    assert_eq!(lines[1], (41, "has 6 cells where the header has 7"));
    assert_eq!(held(&app).await, before, "a preview writes nothing");

    let id = import["id"].as_str().unwrap().to_owned();
    let chunk = first_chunk(&app).await;
    let done = run_to_end(&staff, &id).await;
    assert_eq!(done["state"], "done", "{done}");
    // Its bytes, sealed, are folded out of the database and its log, and
    // nothing of the file was ever there to read.
    run_jobs(&app.state).await;
    for needle in [
        &chunk[..32],
        b"kunde0500@example.de",
        "Ruft gerne an".as_bytes(),
    ] {
        assert!(
            files_containing(app.dir.path(), needle).is_empty(),
            "{:?} is left under the data directory",
            String::from_utf8_lossy(needle)
        );
    }
    assert_eq!(counts(&done), [995, 1, 1, 1, 2], "{done}");
    assert_eq!(
        (done["done"].as_u64(), done["total"].as_u64()),
        (Some(1000), Some(1000))
    );
    let after = held(&app).await;
    assert_eq!(after[0] - before[0], 995, "995 new records");
    // Every 13th or 97th row has a note (row 10's goes to the record the
    // tenant had); two of the 1,000 rows are refused and two skipped.
    let noted = (1..=1000)
        .filter(|n| (n % 13 == 0 || n % 97 == 0) && ![20, 30, 40, 50].contains(n))
        .count() as i64;
    assert_eq!(after[1] - before[1], noted);
    // "ja" or "nein" on two rows in three (blank on the rest).
    let decided = (1..=1000)
        .filter(|n| n % 3 != 2 && ![20, 30, 40, 50].contains(n))
        .count() as i64;
    assert_eq!(after[2] - before[2], decided);

    // A record made by the import reads like any other, with its consent
    // recorded from the import under the mapping's basis.
    let found = staff.json("/api/v1/customers?q=kunde0001@example.de").await;
    let record = &found["items"][0];
    assert_eq!(record["name"], "Zoë Ødegård", "{found}");
    assert_eq!(record["phone"], "+49301000001");
    assert_eq!(record["consent"]["newsletter"], false);
    let history = staff
        .json(&format!(
            "/api/v1/customers/{}/consent",
            record["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(history["history"][0]["source"], "import", "{history}");
    // The customer the tenant had is updated, not doubled.
    let had = staff.json("/api/v1/customers?q=bestand@example.de").await;
    assert_eq!(had["items"].as_array().unwrap().len(), 1);
    assert_eq!(had["items"][0]["name"], "Émile Schäfer");
    assert_eq!(had["items"][0]["version"], 2);

    // The refused rows, with their cells, to correct and send again.
    let csv = expect_text(
        staff
            .get(&format!("/api/v1/imports/{id}/refused.csv"))
            .await,
        200,
    )
    .await;
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0],
        "line,reason,Vorname,Nachname,E-Mail,Telefon,Firma,Notiz,Newsletter"
    );
    assert_eq!(rows.len(), 3, "{csv}");
    assert!(
        rows[1].starts_with("31,email: ") && rows[1].contains("kunde-at-example.de"),
        "{csv}"
    );
    assert!(
        rows[2].starts_with("41,has 6 cells where the header has 7,"),
        "{csv}"
    );

    // One entry sums the import up, without personal data.
    let audit = admin.json("/api/v1/audit?limit=50").await;
    let summary = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "import.finished")
        .unwrap_or_else(|| panic!("{audit}"))
        .clone();
    assert_eq!(summary["detail"]["created"], 995, "{summary}");
    assert_eq!(summary["detail"]["refused"], 2);
    assert!(summary["detail"]["file_name_digest"].is_string());
    let text = audit.to_string();
    assert!(!text.contains("example.de") && !text.contains("Ødegård"));
    let created = count(
        &app.state.db.main,
        "SELECT COUNT(*) FROM audit_log WHERE action = 'customer.created'",
    )
    .await;
    assert_eq!(created, 2 + 995, "each record audited like any other");

    // The file is gone as soon as the run ends, and the same file again
    // adds nothing.
    assert_eq!(
        count(&app.state.db.main, "SELECT COUNT(*) FROM import_chunks").await,
        0
    );
    let again = upload(&staff, "text/csv", fixture("customers-1000-de-1252.csv")).await;
    assert_eq!(counts(&again), [0, 996, 1, 1, 2], "{again}");
    let again = run_to_end(&staff, again["id"].as_str().unwrap()).await;
    assert_eq!(again["state"], "done");
    assert_eq!(held(&app).await, after, "nothing new");
    problem(
        staff
            .post(&format!("/api/v1/imports/{id}/run"), json!({}))
            .await,
        409,
    )
    .await;

    // After its 24 hours the refused rows go with the key.
    app.clock.advance(chrono::TimeDelta::hours(25));
    run_jobs(&app.state).await;
    let staff = app.login_as(&t, Role::Staff).await;
    problem(
        staff
            .get(&format!("/api/v1/imports/{id}/refused.csv"))
            .await,
        410,
    )
    .await;
    assert_eq!(
        count(&app.state.db.main, "SELECT COUNT(*) FROM import_refusals").await,
        0
    );
    let plain = "kunde-at-example.de".as_bytes();
    assert!(
        files_containing(app.dir.path(), plain).is_empty(),
        "no readable copy of the file or its refused rows"
    );
}

#[tokio::test]
async fn the_same_rows_as_utf8_or_as_a_workbook_make_the_same_records() {
    let app = spawn_app().await;
    let mut results = Vec::new();
    for (slug, content_type, file) in [
        ("cp", "text/csv", "customers-1000-de-1252.csv"),
        ("bom", "text/csv", "customers-1000-bom.csv"),
        (
            "book",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "customers-1000.xlsx",
        ),
    ] {
        let (_, _, staff) = prepared_tenant(&app, slug).await;
        let import = upload(&staff, content_type, fixture(file)).await;
        let done = run_to_end(&staff, import["id"].as_str().unwrap()).await;
        assert_eq!(done["state"], "done", "{file}: {done}");
        let mut names = Vec::new();
        let mut cursor = String::new();
        loop {
            let page = staff
                .json(&format!("/api/v1/customers?limit=200{cursor}"))
                .await;
            for c in page["items"].as_array().unwrap() {
                names.push(format!(
                    "{}|{}|{}|{}|{}",
                    c["name"], c["email"], c["phone"], c["company"], c["consent"]
                ));
            }
            match page["next_cursor"].as_str() {
                Some(next) => cursor = format!("&cursor={next}"),
                None => break,
            }
        }
        names.sort();
        results.push((file, counts(&done), names));
    }
    let (_, csv_counts, csv_names) = &results[0];
    assert_eq!(results[1].1, *csv_counts, "UTF-8 with a BOM counts alike");
    assert_eq!(
        results[1].2, *csv_names,
        "UTF-8 with a BOM makes the same records"
    );
    // The workbook has every row but the short one, which a sheet cannot hold.
    assert_eq!(results[2].1, [995, 1, 1, 1, 1]);
    assert_eq!(
        results[2].2, *csv_names,
        "a workbook makes the same records"
    );
    assert_eq!(csv_names.len(), 996);
}

#[tokio::test]
async fn a_server_killed_mid_run_is_taken_over_at_the_row_it_reached() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let token = app.token(&t, Role::Staff).await;
    let bearer = token.bearer.clone().unwrap();
    let data = tempfile::tempdir().unwrap();
    // A pause between batches of 500 holds the run long enough to stop it
    // between its first and last batch.
    let slow = [
        ("STEWARD_JOBS__IMPORT_PAUSE", "PT2S"),
        ("STEWARD_JOBS__IMPORT_LEASE", "PT3S"),
        ("STEWARD_JOBS__INTERVAL", "PT1S"),
        ("STEWARD_JOBS__IMPORT_BATCH", "500"),
    ];
    let first = Instance::start(&app, data.path(), &slow).await;
    let mut s = first.anonymous();
    s.bearer = Some(bearer.clone());
    let import = upload(&s, "text/csv", fixture("customers-1000-de-1252.csv")).await;
    let id = import["id"].as_str().unwrap().to_owned();
    // A tenant new to Steward: rows 10 and 20 are new customers too.
    assert_eq!(counts(&import), [997, 0, 1, 0, 2], "{import}");
    expect_status(
        s.post(&format!("/api/v1/imports/{id}/run"), json!({}))
            .await,
        200,
    )
    .await;
    let mut reached = 0;
    for _ in 0..200 {
        let now = s.json(&format!("/api/v1/imports/{id}")).await;
        reached = now["done"].as_u64().unwrap();
        if reached > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert_eq!(reached, 500, "the first batch is written");
    drop(first); // SIGKILL, mid-run

    let second = Instance::start(&app, data.path(), &slow).await;
    let mut s = second.anonymous();
    s.bearer = Some(bearer);
    let done = wait_for_end(&s, &id).await;
    assert_eq!(done["state"], "done", "{done}\n{}", second.log());
    assert_eq!(counts(&done), [997, 0, 1, 0, 2], "{done}");
    let db = &app.state.db.main;
    let tenant = app.uuid_sql(t.id.uuid());
    let made = count(
        db,
        format!("SELECT COUNT(*) FROM customers WHERE tenant_id = {tenant}"),
    )
    .await;
    assert_eq!(made, 997, "no row written twice, none lost");
    let created = count(
        db,
        format!(
            "SELECT COUNT(*) FROM audit_log WHERE tenant_id = {tenant} AND action = 'customer.created'"
        ),
    )
    .await;
    assert_eq!(created, 997);
    let taken = count(
        db,
        format!(
            "SELECT COUNT(*) FROM audit_log WHERE tenant_id = {tenant} AND action = 'import.finished'"
        ),
    )
    .await;
    assert_eq!(taken, 1, "one summary");
}

#[tokio::test]
async fn new_rows_like_a_customer_by_name_and_company_are_pointed_out() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    // The tenant has Zoë Ødegård of Fjord AS under another address; the
    // sample has her name and company on rows 1, 61, 121 … 961.
    let zoe = staff
        .create_customer(json!({
            "name": "ødegård, ZOE", "email": "zoe@fjord.example", "company": "Fjord AS",
        }))
        .await;
    let import = upload(&staff, "text/csv", fixture("customers-1000-de-1252.csv")).await;
    assert_eq!(counts(&import), [997, 0, 1, 0, 2], "{import}");
    assert_eq!(import["counts"]["likely_duplicates"], 17, "{import}");
    let alike = import["likely_duplicates"].as_array().unwrap();
    assert_eq!(alike.len(), 17);
    assert_eq!(alike[0]["line"], 2);
    assert_eq!(alike[0]["customer_ids"], json!([zoe]));
    // Created all the same, never silently merged or refused, and each then
    // lists Zoë's record as its likely duplicate.
    let done = run_to_end(&staff, import["id"].as_str().unwrap()).await;
    assert_eq!(done["counts"]["likely_duplicates"], 17, "{done}");
    let found = staff.json("/api/v1/customers?q=kunde0061@example.de").await;
    let id = found["items"][0]["id"].as_str().unwrap();
    let likely = staff
        .json(&format!("/api/v1/customers/{id}/duplicates"))
        .await
        .to_string();
    assert!(likely.contains(&zoe), "{likely}");
}

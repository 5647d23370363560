//! Importing customers from a file: the upload is read in the encoding and
//! layout it came in, kept only sealed, and offered a mapping of its
//! columns; bad files and bad choices are refused, naming what is wrong.

use reqwest::Method;
use serde_json::{Value, json};
use steward::auth::Role;

use chrono::TimeDelta;
use sea_orm::{ConnectionTrait, Statement};

use crate::erasure::files_containing;
use crate::helpers::{
    Session, TestApp, count, expect, expect_status, problem, run_jobs, spawn_app, spawn_app_with,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../tests/data/imports/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A JSON array of strings, as strings.
fn words(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect()
}

async fn upload(s: &Session, query: &str, content_type: &str, body: Vec<u8>) -> reqwest::Response {
    s.raw(
        Method::POST,
        &format!("/api/v1/imports{query}"),
        content_type,
        body,
    )
    .await
}

#[tokio::test]
async fn a_german_spreadsheet_export_is_read_and_its_columns_are_suggested() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let csv = fixture("customers-de-1252.csv");
    let resp = upload(&staff, "?file_name=kunden.csv", "text/csv", csv.clone()).await;
    let import = expect(resp, 201).await;
    assert_eq!(import["state"], "uploaded");
    assert_eq!(import["format"], "csv");
    assert_eq!(import["encoding"], "windows-1252");
    assert_eq!(import["delimiter"], ";");
    assert_eq!(
        words(&import["headers"]),
        ["Vorname", "Nachname", "E-Mail", "Telefon", "Firma", "Notiz"]
    );
    assert_eq!(
        words(&import["mapping"]),
        [
            "first_name",
            "last_name",
            "email",
            "phone",
            "company",
            "note"
        ]
    );
    assert_eq!(import["suggested"], true);
    assert_eq!(import["bytes"], csv.len());

    let id = import["id"].as_str().unwrap();
    let again = staff.json(&format!("/api/v1/imports/{id}")).await;
    assert_eq!(again["headers"], import["headers"]);

    // The file is kept only sealed: no name of it is readable in the
    // database, and the audit entry holds no file name, only its hash.
    let db = &app.state.db.main;
    let chunks = count(db, "SELECT COUNT(*) FROM import_chunks").await;
    assert_eq!(chunks, 1);
    let plain = count(
        db,
        "SELECT COUNT(*) FROM import_chunks WHERE data LIKE '%gmbh%' OR data LIKE '%Stammkunde%'",
    )
    .await;
    assert_eq!(plain, 0, "the file is sealed");
    let owner = app.login_owner(&t).await;
    let entry = owner.json("/api/v1/audit?limit=5").await;
    let uploaded = entry["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "import.uploaded")
        .unwrap()
        .clone();
    assert!(!uploaded.to_string().contains("kunden"), "{uploaded}");
    assert_eq!(uploaded["detail"]["bytes"], csv.len());
}

#[tokio::test]
async fn other_encodings_and_spreadsheets_are_read_and_overrides_win() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let read = |name: &'static str, query: &'static str| {
        let staff = &staff;
        async move {
            let resp = upload(staff, query, "application/octet-stream", fixture(name)).await;
            expect(resp, 201).await
        }
    };
    let bom = read("customers-bom.csv", "").await;
    assert_eq!(
        (bom["encoding"].as_str(), bom["delimiter"].as_str()),
        (Some("UTF-8"), Some(","))
    );
    assert_eq!(bom["mapping"][0], "first_name");
    let utf16 = read("customers-utf16.csv", "").await;
    assert_eq!(
        (utf16["encoding"].as_str(), utf16["delimiter"].as_str()),
        (Some("UTF-16LE"), Some("\t"))
    );
    assert_eq!(utf16["headers"][0], "Name");
    assert_eq!(utf16["mapping"][0], "name");
    let xlsx = read("customers.xlsx", "?file_name=kunden.xlsx").await;
    assert_eq!(xlsx["format"], "xlsx");
    assert_eq!(xlsx["headers"][0], "Vorname");
    // The person knows better: a comma-separated reading in Latin-1.
    let forced = read("customers-de-1252.csv", "?encoding=iso-8859-15&delimiter=,").await;
    assert_eq!(
        (forced["encoding"].as_str(), forced["delimiter"].as_str()),
        (Some("ISO-8859-15"), Some(","))
    );
}

#[tokio::test]
async fn bad_files_and_bad_choices_are_refused_naming_what_is_wrong() {
    let app = spawn_app_with("server.upload_limit = 2048\n").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let csv = || fixture("customers-de-1252.csv");
    let named = |p: Value, field: &str| {
        assert!(p["errors"][field].is_string(), "{p}");
    };
    named(
        problem(upload(&staff, "", "text/csv", Vec::new()).await, 422).await,
        "file",
    );
    let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n".to_vec();
    named(
        problem(upload(&staff, "", "application/pdf", pdf).await, 422).await,
        "file",
    );
    named(
        problem(upload(&staff, "?delimiter=x", "text/csv", csv()).await, 422).await,
        "delimiter",
    );
    named(
        problem(
            upload(&staff, "?encoding=klingon", "text/csv", csv()).await,
            422,
        )
        .await,
        "file",
    );
    expect_status(upload(&staff, "", "text/csv", vec![b'a'; 4096]).await, 413).await;
    let viewer = app.login_as(&t, Role::Viewer).await;
    problem(upload(&viewer, "", "text/csv", csv()).await, 403).await;
    assert_eq!(
        count(&app.state.db.main, "SELECT COUNT(*) FROM imports").await,
        0,
        "nothing kept"
    );

    // One tenant's import is not another's.
    let import = expect(upload(&staff, "", "text/csv", csv()).await, 201).await;
    let other = app.create_tenant("other").await;
    let outsider = app.login_as(&other, Role::Admin).await;
    let path = format!("/api/v1/imports/{}", import["id"].as_str().unwrap());
    problem(outsider.get(&path).await, 404).await;
}

/// The German file with the tenant's own data beside it: a customer already
/// there, an address someone asked to have erased, and a custom field.
#[tokio::test]
async fn a_preview_counts_where_every_row_would_go_and_says_why_rows_are_refused() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    // Jürgen is a customer already; Renée asked to be erased.
    staff
        .customer("Jürgen Müller", "juergen.mueller@example.de")
        .await;
    expect(
        admin
            .patch("/api/v1/tenant", json!({ "suppress_erased": true }))
            .await,
        200,
    )
    .await;
    let renee = staff.customer("Renée Weiß", "renee.weiss@example.de").await;
    let shred = json!({ "confirm": renee });
    expect(
        admin
            .post(&format!("/api/v1/customers/{renee}/shred"), shred)
            .await,
        200,
    )
    .await;

    let import = expect(
        upload(&staff, "", "text/csv", fixture("customers-de-1252.csv")).await,
        201,
    )
    .await;
    let path = format!("/api/v1/imports/{}", import["id"].as_str().unwrap());
    let preview = staff.json(&format!("{path}/preview")).await;
    // Five data rows: Jürgen updates his record, Zoë and Ana are new,
    // Renée is skipped, François's row lacks a cell.
    let counts: Vec<u64> = [
        "rows",
        "created",
        "updated",
        "duplicates",
        "suppressed",
        "refused",
    ]
    .iter()
    .map(|k| preview[k].as_u64().unwrap())
    .collect();
    assert_eq!(counts, [5, 2, 1, 0, 1, 1], "{preview}");
    assert_eq!(preview["refusals"][0]["line"], 7, "{preview}");
    assert_eq!(
        preview["refusals"][0]["reason"],
        "has 5 cells where the header has 6"
    );

    // A chosen mapping is checked, kept, and used: with the email column
    // ignored nobody is matched, and a row without a name is refused.
    let bad =
        json!({ "mapping": ["first_name", "email", "email", "phone", "company", "nonsense"] });
    let p = problem(staff.patch(&path, bad).await, 422).await;
    assert!(
        p["errors"]["columns[5]"].is_string() && p["errors"]["columns[2]"].is_string(),
        "{p}"
    );
    let ignore_email =
        json!({ "mapping": ["first_name", "last_name", "ignore", "phone", "company", "note"] });
    let chosen = expect(staff.patch(&path, ignore_email).await, 200).await;
    assert_eq!(chosen["suggested"], false);
    let preview = staff.json(&format!("{path}/preview")).await;
    assert_eq!(
        (preview["created"].as_u64(), preview["updated"].as_u64()),
        (Some(4), Some(0)),
        "{preview}"
    );
    assert_eq!(
        count(&app.state.db.main, "SELECT COUNT(*) FROM customers").await,
        1,
        "nothing written: Jürgen is the one record"
    );
}

/// The wrapped key of an import, as the key store holds it.
async fn wrapped_key(app: &TestApp, id: &str) -> Option<Vec<u8>> {
    let keys = &app.state.db.keys;
    let sql = format!(
        "SELECT wrapped FROM import_keys WHERE import_id = {}",
        app.uuid_sql(id.parse().unwrap())
    );
    let row = keys
        .query_one_raw(Statement::from_string(keys.get_database_backend(), sql))
        .await
        .unwrap()?;
    Some(row.try_get_by_index::<Vec<u8>>(0).unwrap())
}

#[tokio::test]
async fn a_cancelled_or_forgotten_upload_leaves_nothing_readable_under_the_data_directory() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let import = expect(
        upload(&staff, "", "text/csv", fixture("customers-de-1252.csv")).await,
        201,
    )
    .await;
    let id = import["id"].as_str().unwrap().to_owned();
    let wrapped = wrapped_key(&app, &id)
        .await
        .expect("a key while the file waits");
    let plain = "juergen.mueller@example.de".as_bytes();
    assert!(
        files_containing(app.dir.path(), plain).is_empty(),
        "the file is kept sealed"
    );

    let cancelled = expect(
        staff
            .post(&format!("/api/v1/imports/{id}/cancel"), json!({}))
            .await,
        200,
    )
    .await;
    assert_eq!(cancelled["state"], "cancelled");
    assert!(
        wrapped_key(&app, &id).await.is_none(),
        "the key is destroyed"
    );
    assert_eq!(
        count(&app.state.db.main, "SELECT COUNT(*) FROM import_chunks").await,
        0
    );
    problem(
        staff
            .post(&format!("/api/v1/imports/{id}/cancel"), json!({}))
            .await,
        409,
    )
    .await;
    problem(
        staff.get(&format!("/api/v1/imports/{id}/preview")).await,
        409,
    )
    .await;
    run_jobs(&app.state).await; // folds the logs the destruction left
    assert!(
        files_containing(app.dir.path(), &wrapped[..32]).is_empty(),
        "no copy of the key is left"
    );

    // One nobody runs is forgotten after 24 hours.
    let waiting = expect(
        upload(&staff, "", "text/csv", fixture("customers-bom.csv")).await,
        201,
    )
    .await;
    let id = waiting["id"].as_str().unwrap().to_owned();
    app.clock.advance(TimeDelta::hours(23));
    assert_eq!(run_jobs(&app.state).await["imports_expired"], 0);
    app.clock
        .advance(TimeDelta::hours(1) + TimeDelta::minutes(1));
    assert_eq!(run_jobs(&app.state).await["imports_expired"], 1);
    // A day on, sign in again.
    let owner = app.login_owner(&t).await;
    assert_eq!(
        owner.json(&format!("/api/v1/imports/{id}")).await["state"],
        "expired"
    );
    assert!(wrapped_key(&app, &id).await.is_none());
    let audit = owner.json("/api/v1/audit?limit=10").await.to_string();
    assert!(
        audit.contains("import.expired") && audit.contains("import.cancelled"),
        "{audit}"
    );
}

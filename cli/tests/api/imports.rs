//! Importing customers from a file: the upload is read in the encoding and
//! layout it came in, kept only sealed, mapped and previewed at once; bad
//! files and bad choices are refused, naming what is wrong; an ended
//! import leaves nothing readable behind.

use chrono::TimeDelta;
use reqwest::Method;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};
use steward::auth::Role;

use crate::erasure::files_containing;
use crate::helpers::{
    Session, TestApp, count, expect, expect_status, problem, run_jobs, spawn_app, spawn_app_with,
};

pub(crate) fn fixture(name: &str) -> Vec<u8> {
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

/// The counts of an import, in the contract's order.
pub(crate) fn counts(import: &Value) -> [u64; 5] {
    ["create", "update", "duplicate", "suppressed", "refused"].map(|k| {
        import["counts"][k]
            .as_u64()
            .unwrap_or_else(|| panic!("{k}: {import}"))
    })
}

/// A tenant with customer `kept`, and `erased`'s address on its
/// suppression list (suppression switched on, the record shredded).
pub(crate) async fn customer_and_erased(
    admin: &Session,
    staff: &Session,
    (name, email): (&str, &str),
    erased: (&str, &str),
) {
    staff.customer(name, email).await;
    expect(
        admin
            .patch("/api/v1/tenant", json!({ "suppress_erased": true }))
            .await,
        200,
    )
    .await;
    let gone = staff.customer(erased.0, erased.1).await;
    let shred = json!({ "confirm": gone });
    expect(
        admin
            .post(&format!("/api/v1/customers/{gone}/shred"), shred)
            .await,
        200,
    )
    .await;
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

/// Uploads as a browser form: the file part, and any other parts.
async fn upload_form(
    s: &Session,
    name: &str,
    file: Vec<u8>,
    parts: &[(&str, &str)],
) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(file).file_name(name.to_owned()),
    );
    for (k, v) in parts {
        form = form.text(k.to_string(), v.to_string());
    }
    let mut req = s
        .client
        .post(format!("{}/api/v1/imports", s.base))
        .multipart(form);
    if let Some(csrf) = &s.csrf {
        req = req.header("x-csrf-token", csrf);
    }
    req.send().await.unwrap()
}

#[tokio::test]
async fn a_german_spreadsheet_export_is_read_mapped_and_previewed_at_once() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let csv = fixture("customers-de-1252.csv");
    let import = expect(upload(&staff, "", "text/csv", csv.clone()).await, 201).await;
    assert_eq!(import["state"], "previewed");
    assert_eq!(
        (import["format"].as_str(), import["encoding"].as_str()),
        (Some("csv"), Some("windows-1252"))
    );
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
    // Five data rows: four new records, François's row lacks a cell.
    assert_eq!(counts(&import), [4, 0, 0, 0, 1]);
    assert_eq!(
        (import["total"].as_u64(), import["done"].as_u64()),
        (Some(5), Some(0))
    );
    assert_eq!(import["refusals"][0]["line"], 7, "{import}");
    assert_eq!(
        import["refusals"][0]["reason"],
        "has 5 cells where the header has 6"
    );

    let id = import["id"].as_str().unwrap();
    let again = staff.json(&format!("/api/v1/imports/{id}")).await;
    assert_eq!(
        (again["headers"].clone(), again["counts"].clone()),
        (import["headers"].clone(), import["counts"].clone())
    );

    // The file and even its header row are kept only sealed, and the audit
    // entry holds no file name.
    let db = &app.state.db.main;
    let plain = "SELECT COUNT(*) FROM import_chunks WHERE data LIKE '%Stammkunde%'";
    assert_eq!(count(db, plain).await, 0, "the file is sealed");
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM imports WHERE headers LIKE '%Vorname%'"
        )
        .await,
        0
    );
    let owner = app.login_owner(&t).await;
    let audit = owner.json("/api/v1/audit?limit=5").await.to_string();
    assert!(
        audit.contains("import.uploaded") && !audit.contains("upload.csv"),
        "{audit}"
    );
}

#[tokio::test]
async fn other_encodings_spreadsheets_and_forms_are_read_and_choices_win() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let read = |name: &'static str, query: &'static str| {
        let staff = &staff;
        async move {
            expect(
                upload(staff, query, "application/octet-stream", fixture(name)).await,
                201,
            )
            .await
        }
    };
    let bom = read("customers-bom.csv", "").await;
    assert_eq!(
        (bom["encoding"].as_str(), bom["delimiter"].as_str()),
        (Some("UTF-8"), Some(","))
    );
    assert_eq!(counts(&bom), [3, 0, 0, 0, 0]);
    let utf16 = read("customers-utf16.csv", "").await;
    assert_eq!(
        (utf16["encoding"].as_str(), utf16["delimiter"].as_str()),
        (Some("UTF-16LE"), Some("\t"))
    );
    assert_eq!(utf16["mapping"][0], "name");
    let xlsx = read("customers.xlsx", "").await;
    assert_eq!(
        (xlsx["format"].as_str(), xlsx["headers"][0].as_str()),
        (Some("xlsx"), Some("Vorname"))
    );
    let forced = read("customers-de-1252.csv", "?encoding=iso-8859-15&delimiter=,").await;
    assert_eq!(
        (forced["encoding"].as_str(), forced["delimiter"].as_str()),
        (Some("ISO-8859-15"), Some(","))
    );

    // A browser form with a saved mapping: used at once, nothing suggested.
    let saved = r#"["name","ignore","email","phone","company","note"]"#;
    let form = upload_form(
        &staff,
        "kunden.csv",
        fixture("customers-de-1252.csv"),
        &[("mapping", saved)],
    )
    .await;
    let form = expect(form, 201).await;
    assert_eq!(
        (form["suggested"].as_bool(), form["mapping"][1].as_str()),
        (Some(false), Some("ignore"))
    );
}

#[tokio::test]
async fn bad_files_and_bad_choices_are_refused_naming_what_is_wrong() {
    let app = spawn_app_with("server.upload_limit = 2048\nserver.body_limit = 1024\n").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let csv = || fixture("customers-de-1252.csv");
    let named = |p: Value, field: &str| assert!(p["errors"][field].is_string(), "{field}: {p}");
    named(
        problem(upload(&staff, "", "text/csv", Vec::new()).await, 422).await,
        "file",
    );
    let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n".to_vec();
    named(
        problem(
            upload(&staff, "", "application/octet-stream", pdf).await,
            422,
        )
        .await,
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
    let wrong = r#"["name","email","email","phone","company","nonsense"]"#;
    let p = problem(
        upload_form(&staff, "k.csv", csv(), &[("mapping", wrong)]).await,
        422,
    )
    .await;
    named(p.clone(), "mapping[5]");
    named(p, "mapping[2]");
    expect_status(upload(&staff, "", "text/csv", vec![b'a'; 4096]).await, 413).await;
    // A stranger cannot send a body past the ordinary limit at all.
    let anon = app.anonymous();
    expect_status(upload(&anon, "", "text/csv", vec![b'a'; 1500]).await, 413).await;
    // Signed in, the same size is read (and this one refused as a PDF).
    let mut big_pdf = b"%PDF-1.7\n".to_vec();
    big_pdf.resize(1500, b' ');
    let within = problem(upload(&staff, "", "text/csv", big_pdf).await, 422).await;
    assert!(within["errors"]["file"].is_string(), "{within}");
    let viewer = app.login_as(&t, Role::Viewer).await;
    problem(upload(&viewer, "", "text/csv", csv()).await, 403).await;
    assert_eq!(
        count(&app.state.db.main, "SELECT COUNT(*) FROM imports").await,
        0,
        "nothing kept"
    );
    assert_eq!(
        count(&app.state.db.keys, "SELECT COUNT(*) FROM import_keys").await,
        0,
        "no key left"
    );

    // One tenant's import is not another's, and a viewer reads none.
    let import = expect(upload(&staff, "", "text/csv", csv()).await, 201).await;
    let path = format!("/api/v1/imports/{}", import["id"].as_str().unwrap());
    let other = app.create_tenant("other").await;
    let outsider = app.login_as(&other, Role::Admin).await;
    problem(outsider.get(&path).await, 404).await;
    problem(outsider.get(&format!("{path}/preview")).await, 404).await;
    problem(
        outsider.post(&format!("{path}/cancel"), json!({})).await,
        404,
    )
    .await;
    problem(viewer.get(&path).await, 403).await;
}

#[tokio::test]
async fn a_preview_counts_where_every_row_would_go_as_the_staff_member_may_map() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    // Jürgen is a customer already; Renée asked to be erased.
    customer_and_erased(
        &admin,
        &staff,
        ("Jürgen Müller", "juergen.mueller@example.de"),
        ("Renée Weiß", "renee.weiss@example.de"),
    )
    .await;
    // A field only admins see.
    let secret =
        json!({ "key": "credit", "label": "Firma", "type": "text", "visible_to": "admin" });
    expect(admin.post("/api/v1/fields", secret).await, 201).await;

    let import = expect(
        upload(&staff, "", "text/csv", fixture("customers-de-1252.csv")).await,
        201,
    )
    .await;
    assert_eq!(counts(&import), [2, 1, 0, 1, 1], "{import}");
    assert_eq!(
        import["mapping"][4], "company",
        "staff are not offered the admin's field"
    );
    let path = format!("/api/v1/imports/{}", import["id"].as_str().unwrap());
    let secret =
        json!({ "mapping": ["first_name", "last_name", "email", "phone", "field:credit", "note"] });
    let p = problem(staff.patch(&path, secret).await, 422).await;
    assert!(p["errors"]["mapping[4]"].is_string(), "{p}");

    // With the email column ignored nobody is matched or skipped.
    let no_email =
        json!({ "mapping": ["first_name", "last_name", "ignore", "phone", "company", "note"] });
    let chosen = expect(staff.patch(&path, no_email).await, 200).await;
    assert_eq!(
        (chosen["suggested"].as_bool(), counts(&chosen)),
        (Some(false), [4, 0, 0, 0, 1])
    );
    let again = staff.json(&format!("{path}/preview")).await;
    assert_eq!(counts(&again), [4, 0, 0, 0, 1]);
    let db = &app.state.db.main;
    assert_eq!(
        count(db, "SELECT COUNT(*) FROM customers").await,
        1,
        "nothing written: Jürgen alone"
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
    assert_eq!(
        cancelled["headers"],
        json!([]),
        "the header row is gone too"
    );
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
    assert_eq!(run_jobs(&app.state).await["imports_expired"], 0, "once");
    // A day on, sign in again.
    let owner = app.login_owner(&t).await;
    let ended = owner.json(&format!("/api/v1/imports/{id}")).await;
    assert_eq!(
        (ended["state"].as_str(), ended["failure"].as_str()),
        (
            Some("cancelled"),
            Some("not run within 24 hours of its upload")
        )
    );
    assert!(wrapped_key(&app, &id).await.is_none());
    let audit = owner.json("/api/v1/audit?limit=10").await.to_string();
    assert!(
        audit.contains("import.expired") && audit.contains("import.cancelled"),
        "{audit}"
    );
}

#[tokio::test]
async fn admins_make_a_custom_field_from_a_column_staff_cannot() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let import = expect(
        upload(
            &staff,
            "",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            fixture("customers.xlsx"),
        )
        .await,
        201,
    )
    .await;
    let path = format!("/api/v1/imports/{}", import["id"].as_str().unwrap());
    let mut columns: Vec<Value> = import["mapping"].as_array().unwrap().clone();
    assert_eq!(import["headers"][6], "Kunde seit");
    columns[6] = json!("new_field:date");
    let p = problem(
        staff
            .patch(&path, json!({ "mapping": columns.clone() }))
            .await,
        422,
    )
    .await;
    assert!(
        p["errors"]["mapping[6]"]
            .as_str()
            .unwrap()
            .starts_with("only admins"),
        "{p}"
    );
    columns[6] = json!("new_field:colour");
    let p = problem(
        admin
            .patch(&path, json!({ "mapping": columns.clone() }))
            .await,
        422,
    )
    .await;
    assert!(p["errors"]["mapping[6]"].is_string(), "{p}");
    let fields = admin.json("/api/v1/fields").await;
    assert_eq!(fields, json!([]), "nothing made");

    columns[6] = json!("new_field:date");
    let mapped = expect(admin.patch(&path, json!({ "mapping": columns })).await, 200).await;
    assert_eq!(mapped["mapping"][6], "field:kunde_seit", "{mapped}");
    let fields = admin.json("/api/v1/fields").await;
    let made = &fields[0];
    assert_eq!(
        (
            made["key"].as_str(),
            made["label"].as_str(),
            made["type"].as_str()
        ),
        (Some("kunde_seit"), Some("Kunde seit"), Some("date")),
        "{fields}"
    );
    let audit = admin.json("/api/v1/audit?limit=5").await.to_string();
    assert!(audit.contains("field.created"), "{audit}");
}

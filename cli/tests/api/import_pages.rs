//! The import wizard, `/customers/import`, as staff use it in a browser:
//! a file chosen by form, its columns matched with Steward's suggestions,
//! the counts checked again after a change, a refused choice shown next
//! to its column with nothing changed, the run followed to its result and
//! the refused rows downloaded; cancelling; who may see which import; and
//! the pages in the reader's language.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{
    Session, Tenant, TestApp, count, expect, expect_status, expect_text, spawn_app, submit,
};
use crate::imports::customer_and_erased;

/// The sample file the wizard offers: 12 rows, one with a bad email, one
/// repeating an earlier person.
fn sample() -> Vec<u8> {
    let path = format!(
        "{}/../docs/sample-customers.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const HEADERS: [&str; 8] = [
    "First name",
    "Last name",
    "Email",
    "Phone",
    "Company",
    "Language",
    "Notes",
    "Newsletter",
];

/// A tenant with a "Newsletter" purpose, one of the sample's people as a
/// customer already (Sanne) and one on its suppression list (Kåre).
async fn prepared(app: &TestApp, slug: &str) -> (Tenant, Session) {
    let t = app.create_tenant(slug).await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let newsletter =
        json!({ "labels": { "en": { "label": "Newsletter" }, "de": { "label": "Rundbrief" } } });
    let put = admin
        .send(
            reqwest::Method::PUT,
            "/api/v1/purposes/newsletter",
            Some(newsletter),
        )
        .await;
    expect(put, 200).await;
    customer_and_erased(
        &admin,
        &staff,
        ("Sanne de Vries", "sanne.devries@example.nl"),
        ("Kåre Jäger", "kare.jaeger@example.de"),
    )
    .await;
    (t, staff)
}

/// Posts step 1's form: the file, its name and the file options.
async fn upload_form(
    s: &Session,
    csrf: &str,
    name: &str,
    bytes: Vec<u8>,
    options: &[(&str, &str)],
) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new().text("csrf", csrf.to_owned());
    for (k, v) in options {
        form = form.text(k.to_string(), v.to_string());
    }
    let form = form.part(
        "file",
        reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
    );
    s.client
        .post(format!("{}/customers/import", s.base))
        .multipart(form)
        .send()
        .await
        .expect("answered")
}

fn location(resp: &reqwest::Response) -> String {
    resp.headers()["location"].to_str().unwrap().to_owned()
}

async fn page(s: &Session, path: &str, status: u16) -> String {
    expect_text(s.get(path).await, status).await
}

/// Uploads the sample through the form; the import's page path.
async fn uploaded(s: &Session) -> String {
    let csrf = s.csrf.clone().unwrap();
    let resp = upload_form(s, &csrf, "sample-customers.csv", sample(), &[]).await;
    let resp = expect_status(resp, 303).await;
    let to = location(&resp);
    assert!(to.starts_with("/customers/import/"), "{to}");
    to
}

/// The `<select>` of column `i` on a mapping page, up to its end.
fn select_of(html: &str, i: usize) -> &str {
    let at = html
        .find(&format!("<select id=\"column-{i}\""))
        .unwrap_or_else(|| panic!("column {i}: {html}"));
    let end = html[at..].find("</select>").unwrap() + at;
    &html[at..end]
}

/// The value selected in column `i`'s list.
fn chosen(html: &str, i: usize) -> String {
    let select = select_of(html, i);
    let at = select
        .find(" selected>")
        .unwrap_or_else(|| panic!("column {i} has nothing chosen: {select}"));
    let before = &select[..at];
    let value = before.rsplit("value=\"").next().unwrap();
    value.trim_end_matches('"').to_owned()
}

/// The mapping as the page's form posts it.
fn mapping_fields(targets: &[&str]) -> Vec<(String, String)> {
    targets
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("column-{i}"), t.to_string()))
        .collect()
}

async fn post_mapping(s: &Session, path: &str, targets: &[&str]) -> reqwest::Response {
    let fields = mapping_fields(targets);
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    submit(s, path, &refs).await
}

const SUGGESTED: [&str; 8] = [
    "first_name",
    "last_name",
    "email",
    "phone",
    "company",
    "language",
    "note",
    "consent:newsletter",
];

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

#[tokio::test]
async fn a_file_is_read_by_form_its_columns_suggested_and_the_counts_follow_a_change() {
    let app = spawn_app().await;
    let (_, staff) = prepared(&app, "acme").await;

    // The customers list offers the wizard; step 1 offers the sample.
    let list = page(&staff, "/customers", 200).await;
    assert!(list.contains("href=\"/customers/import\""), "{list}");
    let start = page(&staff, "/customers/import", 200).await;
    assert!(start.contains("enctype=\"multipart/form-data\""));
    assert!(start.contains("up to 50 MB"), "{start}");
    assert!(start.contains("No imports yet."));
    let offered = staff.get("/customers/import/sample.csv").await;
    let offered = expect_status(offered, 200).await;
    assert!(
        offered.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(offered.bytes().await.unwrap().to_vec(), sample());

    let path = uploaded(&staff).await;
    let html = page(&staff, &path, 200).await;
    for (i, header) in HEADERS.iter().enumerate() {
        assert!(
            html.contains(&format!("<label for=\"column-{i}\">{header}</label>")),
            "{header}: {html}"
        );
        assert_eq!(chosen(&html, i), SUGGESTED[i], "column {i}");
    }
    assert!(html.contains(">suggested<"));
    assert!(html.contains("<optgroup label=\"Consent\">"));
    assert!(html.contains(">Consent: Newsletter<"), "{html}");
    assert!(html.contains(">Evidence for: Newsletter<"));
    assert!(html.contains("8 new customers"), "{html}");
    assert!(html.contains("1 update of a customer you have"));
    assert!(html.contains("1 duplicate row skipped"));
    assert!(html.contains("1 row skipped: the person asked to be erased"));
    assert!(html.contains("1 row refused"));
    // The refused row: its line and why, in words; never its value.
    assert!(html.contains("<th scope=\"row\">9</th>"), "{html}");
    assert!(html.contains("email: is not an email address (no @)"));
    assert!(!html.contains("grace-at-example.com"));
    assert!(html.contains("Import 9 customers"));

    // Email left out: nobody is matched, repeated or refused by address.
    let changed = post_mapping(
        &staff,
        &format!("{path}/mapping"),
        &[
            "first_name",
            "last_name",
            "ignore",
            "phone",
            "company",
            "language",
            "note",
            "consent:newsletter",
        ],
    )
    .await;
    assert_eq!(location(&expect_status(changed, 303).await), path);
    let html = page(&staff, &path, 200).await;
    assert!(html.contains("Checked again with your choices."), "{html}");
    assert_eq!(chosen(&html, 2), "ignore");
    assert!(!html.contains(">suggested<"));
    assert!(html.contains("12 new customers"), "{html}");
    assert!(html.contains("0 rows refused"));
    assert!(html.contains("Import 12 customers"));

    // Step 1 lists the import, linking to it.
    let start = page(&staff, "/customers/import", 200).await;
    assert!(start.contains(&format!("href=\"{path}\"")), "{start}");
    assert!(start.contains("waiting to be imported"));
}

#[tokio::test]
async fn a_refused_choice_is_shown_next_to_its_column_and_changes_nothing() {
    let app = spawn_app().await;
    let (_, staff) = prepared(&app, "acme").await;
    let path = uploaded(&staff).await;
    let id = path.rsplit('/').next().unwrap().to_owned();
    let before = staff.json(&format!("/api/v1/imports/{id}")).await;
    let fingerprint = app.fingerprint().await;

    // Phone also to email, and no name at all.
    let refused = post_mapping(
        &staff,
        &format!("{path}/mapping"),
        &[
            "ignore", "ignore", "email", "email", "company", "language", "note", "ignore",
        ],
    )
    .await;
    let html = expect_text(refused, 422).await;
    assert!(
        html.contains("id=\"column-3-error\"") && html.contains("“Email” goes there already"),
        "{html}"
    );
    assert!(html.contains("aria-describedby=\"column-3-error\""));
    assert!(
        !html.contains(">suggested<"),
        "the choices are the person's"
    );
    assert!(html.contains("No column goes to the name"), "{html}");
    // What was chosen stays on the form, to be corrected.
    assert_eq!(chosen(&html, 3), "email");
    assert_eq!(chosen(&html, 0), "ignore");
    assert_eq!(app.fingerprint().await, fingerprint);
    let after = staff.json(&format!("/api/v1/imports/{id}")).await;
    assert_eq!(after["mapping"], before["mapping"]);
    assert_eq!(after["suggested"], true);
    assert_eq!(after["counts"], before["counts"]);

    // A changed mapping sent with "Import" is checked first, not run.
    let mut targets = SUGGESTED;
    targets[6] = "ignore";
    let run = post_mapping(&staff, &format!("{path}/run"), &targets).await;
    assert_eq!(location(&expect_status(run, 303).await), path);
    let now = staff.json(&format!("/api/v1/imports/{id}")).await;
    assert_eq!(now["state"], "previewed");
    assert_eq!(now["mapping"][6], "ignore");
    let html = page(&staff, &path, 200).await;
    assert!(html.contains("nothing was imported yet"), "{html}");
}

#[tokio::test]
async fn a_run_is_followed_to_its_result_and_the_refused_rows_download() {
    let app = spawn_app().await;
    let (_, staff) = prepared(&app, "acme").await;
    let path = uploaded(&staff).await;
    let id = path.rsplit('/').next().unwrap().to_owned();

    let run = post_mapping(&staff, &format!("{path}/run"), &SUGGESTED).await;
    assert_eq!(location(&expect_status(run, 303).await), path);
    let done = wait_for_end(&staff, &id).await;
    assert_eq!(done["state"], "done", "{done}");

    let html = page(&staff, &path, 200).await;
    assert!(
        html.contains("Done: all 12 rows of the file have been processed."),
        "{html}"
    );
    assert!(html.contains("8 new customers"));
    assert!(html.contains("1 customer updated"));
    assert!(html.contains("1 row refused"));
    assert!(!html.contains("http-equiv=\"refresh\""));
    assert!(html.contains("href=\"/customers\""));
    let link = format!("{path}/refused.csv");
    assert!(html.contains(&format!("href=\"{link}\"")), "{html}");
    let file = expect_status(staff.get(&link).await, 200).await;
    assert_eq!(
        file.headers()["content-disposition"],
        format!("attachment; filename=\"import-{id}-refused.csv\"").as_str()
    );
    assert!(
        file.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let text = file.text().await.unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        format!("line,reason,{}", HEADERS.join(","))
    );
    let grace = lines.next().unwrap();
    assert!(
        grace.starts_with(
            "9,email: is not an email address (no @),Grace,Hopper,grace-at-example.com"
        ),
        "{grace}"
    );
    assert_eq!(lines.next(), None);
    // The customers are there.
    let found = staff
        .json("/api/v1/customers?q=ada.lovelace@example.com")
        .await;
    assert_eq!(found["items"].as_array().map(Vec::len), Some(1), "{found}");
    // A run that ended cannot be cancelled or run again: said in a page.
    let again = submit(&staff, &format!("{path}/run"), &[]).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_run_in_progress_shows_its_progress_and_can_be_stopped() {
    let app = spawn_app().await;
    let (_, staff) = prepared(&app, "acme").await;
    let path = uploaded(&staff).await;
    let id = path.rsplit('/').next().unwrap().to_owned();
    // A run another instance holds, five of twelve rows in.
    let until = (app.clock.now() + chrono::TimeDelta::minutes(5)).to_rfc3339();
    let counts =
        r#"{"rows":5,"create":4,"update":0,"duplicate":0,"suppressed":0,"refused":1,"total":12}"#;
    let id_sql = app.uuid_sql(id.parse().unwrap());
    app.sql(&format!(
        "UPDATE imports SET state = 'running', next_row = 5, counts = '{counts}', lease_until = '{until}' WHERE id = {id_sql}"
    ))
    .await;

    let html = page(&staff, &path, 200).await;
    assert!(
        html.contains("<meta http-equiv=\"refresh\" content=\"2\">"),
        "{html}"
    );
    assert!(
        html.contains("<progress id=\"progress\" value=\"5\" max=\"12\">"),
        "{html}"
    );
    assert!(html.contains("5 of 12 rows done"));
    assert!(html.contains("4 new customers"));
    assert!(!html.contains("<select"), "no more choices while it runs");

    let stopped = submit(&staff, &format!("{path}/cancel"), &[]).await;
    assert_eq!(location(&expect_status(stopped, 303).await), path);
    let html = page(&staff, &path, 200).await;
    assert!(html.contains("The import is cancelled; its file is deleted."));
    assert!(html.contains("The import was cancelled."), "{html}");
    assert!(
        html.contains("5 of 12 rows were done before it stopped"),
        "{html}"
    );
    assert!(html.contains("href=\"/customers/import\""));
    assert!(!html.contains("http-equiv=\"refresh\""));
}

#[tokio::test]
async fn a_cancelled_import_forgets_its_file_and_bad_files_are_refused_beside_the_input() {
    let app = spawn_app().await;
    let (_, staff) = prepared(&app, "acme").await;
    let path = uploaded(&staff).await;
    let id = path.rsplit('/').next().unwrap().to_owned();
    let cancelled = post_mapping(&staff, &format!("{path}/cancel"), &SUGGESTED).await;
    assert_eq!(location(&expect_status(cancelled, 303).await), path);
    let now = staff.json(&format!("/api/v1/imports/{id}")).await;
    assert_eq!(now["state"], "cancelled");
    assert_eq!(now["headers"], json!([]), "the file is forgotten");
    let html = page(&staff, &path, 200).await;
    assert!(html.contains("Start a new import"));
    let again = submit(&staff, &format!("{path}/cancel"), &[]).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);

    let csrf = staff.csrf.clone().unwrap();
    let empty = upload_form(&staff, &csrf, "empty.csv", Vec::new(), &[]).await;
    let html = expect_text(empty, 422).await;
    assert!(html.contains("id=\"f-file-error\""), "{html}");
    assert!(html.contains("aria-invalid=\"true\""));
    let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n".to_vec();
    let options = [("encoding", "windows-1252"), ("delimiter", "semicolon")];
    let refused = upload_form(&staff, &csrf, "list.csv", pdf, &options).await;
    let html = expect_text(refused, 422).await;
    assert!(html.contains("it looks like a PDF"), "{html}");
    // The options chosen stay chosen, and open.
    assert!(
        html.contains("<option value=\"windows-1252\" selected>"),
        "{html}"
    );
    assert!(html.contains("<option value=\"semicolon\" selected>"));
    assert!(html.contains("<details class=\"options\" open>"));
    let odd = upload_form(
        &staff,
        &csrf,
        "list.csv",
        sample(),
        &[("delimiter", "pipe")],
    )
    .await;
    let html = expect_text(odd, 422).await;
    assert!(html.contains("id=\"f-delimiter-error\""), "{html}");
    // A forged form is refused before the file is looked at.
    let forged = upload_form(&staff, "forged", "list.csv", sample(), &[]).await;
    expect_status(forged, 403).await;
    let kept = count(&app.state.db.main, "SELECT COUNT(*) FROM imports").await;
    assert_eq!(kept, 1, "only the cancelled import");
}

#[tokio::test]
async fn viewers_are_refused_and_another_tenants_import_is_not_found() {
    let app = spawn_app().await;
    let (t, staff) = prepared(&app, "acme").await;
    let path = uploaded(&staff).await;
    let viewer = app.login_as(&t, Role::Viewer).await;
    for p in ["/customers/import", path.as_str()] {
        let html = page(&viewer, p, 403).await;
        assert!(!html.contains("<select id=\"column-"), "{p}");
    }
    let list = page(&viewer, "/customers", 200).await;
    assert!(!list.contains("href=\"/customers/import\""));
    let csrf = viewer.csrf.clone().unwrap();
    let upload = upload_form(&viewer, &csrf, "list.csv", sample(), &[]).await;
    expect_status(upload, 403).await;
    expect_status(submit(&viewer, &format!("{path}/run"), &[]).await, 403).await;
    expect_status(viewer.get(&format!("{path}/refused.csv")).await, 403).await;

    let other = app.create_tenant("other").await;
    let stranger = app.login_as(&other, Role::Admin).await;
    page(&stranger, &path, 404).await;
    expect_status(submit(&stranger, &format!("{path}/cancel"), &[]).await, 404).await;
    expect_status(stranger.get(&format!("{path}/refused.csv")).await, 404).await;
    let still = staff
        .json(&format!(
            "/api/v1/imports/{}",
            path.rsplit('/').next().unwrap()
        ))
        .await;
    assert_eq!(still["state"], "previewed");
}

#[tokio::test]
async fn the_wizard_speaks_german_to_a_german_speaker() {
    let app = spawn_app().await;
    let (_, staff) = prepared(&app, "acme").await;
    expect_status(
        submit(&staff, "/account/language", &[("language", "de")]).await,
        303,
    )
    .await;
    let start = page(&staff, "/customers/import", 200).await;
    assert!(start.contains("<html lang=\"de\">"));
    assert!(start.contains("Kunden importieren"), "{start}");
    let path = uploaded(&staff).await;
    let html = page(&staff, &path, 200).await;
    assert!(html.contains("8 neue Kunden"), "{html}");
    assert!(html.contains(">Einwilligung: Rundbrief<"), "{html}");
    assert!(
        html.contains("email: ist keine E-Mail-Adresse (kein @)"),
        "{html}"
    );
    assert!(html.contains("9 Kunden importieren"), "{html}");
    assert!(!html.contains("new customers"));
}

#[tokio::test]
async fn admins_are_offered_new_fields_and_rows_like_a_customer_link_to_it() {
    let app = spawn_app().await;
    let (t, staff) = prepared(&app, "acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let path = uploaded(&staff).await;
    let html = page(&staff, &path, 200).await;
    assert!(!html.contains("new_field:"), "staff make no fields");
    let html = page(&admin, &path, 200).await;
    assert!(
        select_of(&html, 5).contains(r#"<option value="new_field:text">"#),
        "admins may make a field of a column"
    );

    // A customer with the name and company of the sample's first row,
    // under another address: that row is pointed out, with a link.
    let first = String::from_utf8(sample()).unwrap();
    let row: Vec<&str> = first.lines().nth(1).unwrap().split(',').collect();
    let twin = staff
        .create_customer(json!({
            "name": format!("{} {}", row[0], row[1]),
            "email": "twin@elsewhere.example",
            "company": row[4],
        }))
        .await;
    let path = uploaded(&staff).await;
    let html = page(&staff, &path, 200).await;
    assert!(
        html.contains(&format!(r#"href="/customers/{twin}""#)),
        "{html}"
    );
}

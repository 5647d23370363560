//! The `steward` binary: tenant creation, audit verification, jobs, config
//! errors and graceful shutdown.

use std::{
    process::{Command, Output, Stdio},
    time::Duration,
};

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, expect, spawn_app};

fn steward(app: &TestApp, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_steward"));
    cmd.args(args)
        .env("STEWARD_DATA_DIR", app.dir.path())
        .env("STEWARD_DATABASE__URL", &app.database_url)
        .env("STEWARD_KEYSTORE__URL", &app.keystore_url)
        .env("STEWARD_LOG__LEVEL", "warn");
    if !app.database_url.starts_with("sqlite") {
        use base64::Engine;
        cmd.env(
            "STEWARD_CRYPTO__MASTER_KEY",
            base64::engine::general_purpose::STANDARD.encode([7u8; 32]),
        );
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the steward binary runs")
}

#[tokio::test]
async fn tenant_create_prints_ids_and_a_generated_password_that_signs_in() {
    let app = spawn_app().await;
    let out = steward(
        &app,
        &[
            "tenant",
            "create",
            "--slug",
            "cli-co",
            "--name",
            "CLI Co",
            "--owner-email",
            "Boss@CLI.test",
        ],
        &[],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let password = printed["password"].as_str().unwrap();
    assert!(printed["tenant_id"].is_string() && printed["owner_id"].is_string());
    let s = app.login("cli-co", "boss@cli.test", password).await;
    assert_eq!(s.json("/api/v1/auth/me").await["id"], printed["owner_id"]);

    let again = steward(
        &app,
        &[
            "tenant",
            "create",
            "--slug",
            "cli-co",
            "--name",
            "X",
            "--owner-email",
            "x@y.test",
        ],
        &[],
    );
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
}

#[tokio::test]
async fn tenant_create_names_each_bad_argument() {
    let app = spawn_app().await;
    let out = steward(
        &app,
        &[
            "tenant",
            "create",
            "--slug",
            "Bad Slug",
            "--name",
            "",
            "--owner-email",
            "nope",
            "--owner-password",
            "short",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    for flag in ["--slug", "--name", "--owner-email", "--owner-password"] {
        assert!(err.contains(flag), "{flag} not named in: {err}");
    }
}

#[tokio::test]
async fn audit_verify_exits_non_zero_on_a_broken_chain() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    app.create_tenant("other").await;
    let out = steward(&app, &["audit", "verify"], &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
    app.sql(&format!(
        "UPDATE audit_log SET ip = '10.0.0.1' WHERE tenant_id = {} AND seq = 1",
        app.uuid_sql(t.id.uuid())
    ))
    .await;
    let out = steward(&app, &["audit", "verify", "--tenant", "acme"], &[]);
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["report"]["ok"], false);
    assert_eq!(report["report"]["broken_at_seq"], 1);
    let out = steward(&app, &["audit", "verify", "--tenant", "other"], &[]);
    assert!(out.status.success());
}

#[tokio::test]
async fn jobs_run_once_prints_a_json_summary() {
    let app = spawn_app().await;
    let out = steward(&app, &["jobs", "run-once"], &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["sessions_purged"], 0);
    for part in ["retention", "offboarding", "mail"] {
        assert!(summary[part].is_object(), "{part} in {summary}");
    }
    assert_eq!(summary["retention"]["expired"], 0);
    assert!(summary["throttle_counters_purged"].is_u64());
}

#[tokio::test]
async fn backup_writes_both_copies_and_a_manifest_and_never_overwrites() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let resp = owner
        .post("/api/v1/customers", json!({ "name": "Backed Up" }))
        .await;
    expect(resp, 201).await;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("2026-11-23");
    let out = steward(&app, &["backup", "--out", target.to_str().unwrap()], &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let manifest: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sqlite = app.database_url.starts_with("sqlite");
    for part in ["main", "keys"] {
        let file = manifest[part]["file"].as_str().unwrap();
        assert_eq!(
            manifest[part]["format"],
            if sqlite { "sqlite" } else { "pg_dump" }
        );
        let bytes = std::fs::read(target.join(file)).unwrap();
        assert_eq!(manifest[part]["bytes"], bytes.len(), "{part}");
        if sqlite {
            assert!(bytes.starts_with(b"SQLite format 3\0"), "{part}");
        } else {
            assert!(bytes.starts_with(b"PGDMP"), "{part}");
        }
    }
    assert!(manifest["delete_keys_copy_after"].is_string());
    assert!(target.join("manifest.json").exists());

    let again = steward(&app, &["backup", "--out", target.to_str().unwrap()], &[]);
    assert_eq!(again.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(
        stderr.contains("--out") && stderr.contains("is not empty"),
        "{stderr}"
    );
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"x").unwrap();
    let onto_file = steward(&app, &["backup", "--out", file.to_str().unwrap()], &[]);
    assert_eq!(onto_file.status.code(), Some(2));
    // A directory holding anything else is not used either.
    let busy = dir.path().join("busy");
    std::fs::create_dir(&busy).unwrap();
    std::fs::write(busy.join("notes.txt"), b"x").unwrap();
    let onto_busy = steward(&app, &["backup", "--out", busy.to_str().unwrap()], &[]);
    assert_eq!(onto_busy.status.code(), Some(2));
    assert_eq!(std::fs::read_dir(&busy).unwrap().count(), 1);

    if sqlite {
        // A mistyped data directory is an error, not a backup of nothing.
        let nowhere = dir.path().join("no-such-data");
        let fresh = dir.path().join("fresh");
        let out = steward(
            &app,
            &["backup", "--out", fresh.to_str().unwrap()],
            &[
                ("STEWARD_DATA_DIR", nowhere.to_str().unwrap()),
                ("STEWARD_DATABASE__URL", ""),
                ("STEWARD_KEYSTORE__URL", ""),
            ],
        );
        assert!(!out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("there is no database"), "{stderr}");
        assert!(!nowhere.exists() && !fresh.exists());
    }
}

#[tokio::test]
async fn an_invalid_setting_stops_start_up_with_one_line_naming_the_key() {
    let app = spawn_app().await;
    for (key, value, named) in [
        ("STEWARD_SERVER__ADDR", "not-an-address", "server.addr"),
        (
            "STEWARD_AUTH__SESSION_IDLE",
            "30 minutes",
            "auth.session_idle",
        ),
        ("STEWARD_AUTH__SESSION_IDLE", "PT9S", "auth.session_idle"),
        ("STEWARD_JOBS__INTERVAL", "P1M", "jobs.interval"),
        (
            "STEWARD_JOBS__SWEEP_INTERVAL",
            "PT0S",
            "jobs.sweep_interval",
        ),
        ("STEWARD_JOBS__SWEEP_KEYS", "0", "jobs.sweep_keys"),
        ("STEWARD_SERVER__BODY_LIMIT", "-5", "server.body_limit"),
        ("STEWARD_DATABASE__URL", "mysql://x", "database.url"),
    ] {
        let out = steward(&app, &["migrate"], &[(key, value)]);
        assert_eq!(out.status.code(), Some(2), "{key}={value}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
        assert!(err.contains(named), "{named} not named: {err}");
    }
}

#[tokio::test]
async fn settings_come_from_the_file_named_by_steward_config_and_the_environment_wins() {
    let app = spawn_app().await;
    let file = app.dir.path().join("steward.toml");
    std::fs::write(&file, "[auth]\nsession_idle = \"30 minutes\"\n").unwrap();
    let out = steward(
        &app,
        &["migrate"],
        &[("STEWARD_CONFIG", file.to_str().unwrap())],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("auth.session_idle") && err.contains("steward.toml"),
        "names the key and the file: {err}"
    );
    // An environment variable overrides the file.
    let out = steward(
        &app,
        &["migrate"],
        &[
            ("STEWARD_CONFIG", file.to_str().unwrap()),
            ("STEWARD_AUTH__SESSION_IDLE", "PT20M"),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let missing = app.dir.path().join("nope.toml");
    let out = steward(
        &app,
        &["migrate"],
        &[("STEWARD_CONFIG", missing.to_str().unwrap())],
    );
    assert_eq!(out.status.code(), Some(2));
}

#[tokio::test]
async fn a_wrong_master_key_is_refused_at_start_up() {
    let app = spawn_app().await;
    use base64::Engine;
    let wrong = base64::engine::general_purpose::STANDARD.encode([9u8; 32]);
    let out = steward(
        &app,
        &["jobs", "run-once"],
        &[("STEWARD_CRYPTO__MASTER_KEY", &wrong)],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("crypto.master_key") && err.contains("does not open"),
        "{err}"
    );
    let out = steward(
        &app,
        &["jobs", "run-once"],
        &[("STEWARD_CRYPTO__MASTER_KEY", "c2hvcnQ=")],
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("exactly 32 bytes"));
}

/// Starts `steward serve --demo` on `addr`; the process and the password printed on its first line.
async fn start_demo(app: &TestApp, addr: &str) -> (std::process::Child, String) {
    use std::io::BufRead;

    let mut cmd = Command::new(env!("CARGO_BIN_EXE_steward"));
    cmd.args(["serve", "--demo"])
        .env("STEWARD_DATA_DIR", app.dir.path())
        .env("STEWARD_DATABASE__URL", &app.database_url)
        .env("STEWARD_KEYSTORE__URL", &app.keystore_url)
        .env("STEWARD_SERVER__ADDR", addr)
        .env("STEWARD_LOG__LEVEL", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if !app.database_url.starts_with("sqlite") {
        use base64::Engine;
        cmd.env(
            "STEWARD_CRYPTO__MASTER_KEY",
            base64::engine::general_purpose::STANDARD.encode([7u8; 32]),
        );
    }
    let mut child = cmd.spawn().unwrap();
    let stdout = child.stdout.take().unwrap();
    // Read on to the end, so the server never writes into a closed pipe.
    let (first, first_line) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let mut lines = std::io::BufReader::new(stdout).lines();
        let _ = first.send(lines.next().and_then(Result::ok).unwrap_or_default());
        lines.for_each(drop);
    });
    let first_line = first_line.await.unwrap();
    let password = first_line.trim().rsplit(' ').next().unwrap().to_owned();
    assert!(first_line.contains("owner@demo.test"), "{first_line}");
    (child, password)
}

/// The demo server comes up and the printed login works; the signed-in client.
async fn the_printed_demo_login_works(addr: &str, password: &str) -> reqwest::Client {
    let client = crate::helpers::client();
    let mut up = false;
    for _ in 0..100 {
        if client
            .get(format!("http://{addr}/healthz"))
            .send()
            .await
            .is_ok_and(|r| r.status() == StatusCode::OK)
        {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "server came up");
    let resp = client
        .post(format!("http://{addr}/api/v1/auth/login"))
        .json(&json!({ "tenant": "demo", "email": "owner@demo.test", "password": password }))
        .send()
        .await
        .unwrap();
    assert_eq!(
        resp.status(),
        StatusCode::OK,
        "the printed demo login works"
    );
    client
}

/// The demo holds fields and sample customers with consents and names from many scripts.
async fn the_demo_has_realistic_sample_data(client: &reqwest::Client, addr: &str) {
    let get = |path: &str| {
        let req = client.get(format!("http://{addr}{path}"));
        async move { req.send().await.unwrap().json::<Value>().await.unwrap() }
    };
    let fields = get("/api/v1/fields").await;
    assert_eq!(fields.as_array().unwrap().len(), 4, "{fields}");
    let page = get("/api/v1/customers?limit=200").await;
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len(), 120, "the demo's sample customers");
    assert!(items.iter().any(|c| c["fields"]["plan"].is_string()));
    assert!(
        items
            .iter()
            .any(|c| c["consent"]["marketing_email"] == true)
    );
    assert!(
        items
            .iter()
            .any(|c| !c["name"].as_str().unwrap().is_ascii()),
        "names from many scripts"
    );
}

/// A request whose body is still arriving when SIGTERM lands is answered.
async fn an_in_flight_request_is_answered_after_sigterm(child: &std::process::Child, addr: &str) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let body =
        json!({ "tenant": "demo", "email": "nobody@demo.test", "password": "whatever password" })
            .to_string();
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(&body.as_bytes()[..10]).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    tokio::time::sleep(Duration::from_millis(300)).await;
    stream.write_all(&body.as_bytes()[10..]).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    assert!(
        answer.starts_with("HTTP/1.1 401"),
        "the in-flight request was answered: {answer}"
    );
}

/// Then the process exits cleanly.
async fn the_demo_exits_cleanly(mut child: std::process::Child) {
    let mut status = None;
    for _ in 0..100 {
        if let Some(s) = child.try_wait().unwrap() {
            status = Some(s);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let status = status.expect("server stopped within 10 s of SIGTERM");
    assert!(status.success(), "exit status {status}");
}

#[tokio::test]
async fn serve_demo_prints_a_working_login_and_drains_in_flight_requests_on_sigterm() {
    let app = spawn_app().await;
    let addr = crate::helpers::free_addr();
    let (child, password) = start_demo(&app, &addr).await;
    let client = the_printed_demo_login_works(&addr, &password).await;
    the_demo_has_realistic_sample_data(&client, &addr).await;
    an_in_flight_request_is_answered_after_sigterm(&child, &addr).await;
    the_demo_exits_cleanly(child).await;
}

/// Seeds two tenants with 2501 customers, as the report says; the generated owner password.
fn seed_two_tenants(app: &TestApp) -> String {
    let out = steward(app, &["seed", "--tenants", "2", "--customers", "2501"], &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(report["customers"], 2501);
    assert_eq!(report["tenants"][0]["slug"], "seed-001");
    assert_eq!(report["tenants"][0]["customers"], 1251);
    assert_eq!(report["tenants"][1]["customers"], 1250);
    assert!(report["notes"].as_u64().unwrap() > 1000, "{report}");
    assert!(report["consents"].as_u64().unwrap() > 1000, "{report}");
    assert!(report["customers_per_second"].as_f64().unwrap() > 0.0);
    report["owner_password"].as_str().unwrap().to_owned()
}

/// Every customer of the tenant, page by page; checks they are the tenant's and only those.
async fn every_seeded_customer(owner: &crate::helpers::Session) -> Vec<Value> {
    let mut seen = Vec::new();
    let mut path = "/api/v1/customers?limit=200".to_owned();
    loop {
        let page = owner.json(&path).await;
        seen.extend(page["items"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_str() {
            Some(c) => path = format!("/api/v1/customers?limit=200&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(
        seen.len(),
        1250,
        "every customer of the tenant, and only those"
    );
    assert!(seen.iter().any(|c| !c["name"].as_str().unwrap().is_ascii()));
    assert!(
        seen.iter()
            .any(|c| c["consent"]["marketing_email"] == false)
    );
    seen
}

/// Seeded records are indexed like any other: found by email and by a name prefix.
async fn seeded_records_are_found_by_email_and_name(
    owner: &crate::helpers::Session,
    seen: &[Value],
) {
    let someone = seen
        .iter()
        .find(|c| {
            let last = c["name"].as_str().unwrap().split(' ').nth(1).unwrap_or("");
            c["email"].is_string()
                && last.chars().count() >= 4
                && last.chars().all(char::is_alphabetic)
                && !last.is_ascii()
        })
        .unwrap();
    let by_email = owner
        .json(&format!(
            "/api/v1/customers?q={}",
            someone["email"].as_str().unwrap()
        ))
        .await;
    assert_eq!(by_email["items"][0]["id"], someone["id"]);
    let word: String = someone["name"]
        .as_str()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .chars()
        .take(4)
        .collect();
    let mut url = reqwest::Url::parse("http://x/api/v1/customers?limit=200").unwrap();
    url.query_pairs_mut().append_pair("q", &word);
    let by_name = owner
        .json(&format!("{}?{}", url.path(), url.query().unwrap()))
        .await;
    assert!(
        by_name["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == someone["id"]),
        "{word} finds {}",
        someone["name"]
    );
}

/// Seeded customers have system notes, and the audit chain verifies.
async fn seeded_notes_are_the_systems_and_the_chain_verifies(
    owner: &crate::helpers::Session,
    seen: &[Value],
) {
    let mut notes = Vec::new();
    for c in seen.iter().take(20) {
        let path = format!("/api/v1/customers/{}/notes", c["id"].as_str().unwrap());
        notes.extend(owner.json(&path).await.as_array().unwrap().iter().cloned());
    }
    assert!(!notes.is_empty(), "seeded customers have notes");
    assert!(notes.iter().all(|n| n["author_kind"] == "system"));
    let verify = owner.json("/api/v1/audit/verify").await;
    assert_eq!(verify["ok"], true, "{verify}");
}

/// A second run adds to the existing tenant and makes no new owner; a bad count is named.
fn seeding_again_adds_and_bad_counts_are_named(app: &TestApp) {
    let again = steward(app, &["seed", "--tenants", "1", "--customers", "10"], &[]);
    assert!(again.status.success());
    let report: Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(report["tenants"][0]["created"], false);
    assert!(report.get("owner_password").is_none());

    let bad = steward(app, &["seed", "--tenants", "0", "--customers", "10"], &[]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--tenants"));
}

#[tokio::test]
async fn seed_spreads_realistic_customers_over_tenants_that_can_sign_in_and_search() {
    let app = spawn_app().await;
    let password = seed_two_tenants(&app);
    let owner = app
        .login("seed-002", "owner@seed-002.test", &password)
        .await;
    let seen = every_seeded_customer(&owner).await;
    seeded_records_are_found_by_email_and_name(&owner, &seen).await;
    seeded_notes_are_the_systems_and_the_chain_verifies(&owner, &seen).await;
    seeding_again_adds_and_bad_counts_are_named(&app);
}

#[tokio::test]
async fn bench_measures_each_scenario_on_its_own_data_and_names_bad_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let json_path = dir.path().join("bench.json");
    let bench = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_steward"))
            .arg("bench")
            .args(args)
            .current_dir(dir.path())
            // Settings meant for `serve` are not the benchmark's.
            .env(
                "STEWARD_DATABASE__URL",
                "postgres://nobody@127.0.0.1:1/none",
            )
            .output()
            .expect("the steward binary runs")
    };
    let out = bench(&[
        "--customers",
        "400",
        "--tenants",
        "4",
        "--concurrency",
        "2",
        "--duration",
        "PT1S",
        "--only",
        "get customer,shred",
        "--json",
        json_path.to_str().unwrap(),
    ]);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{table}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&std::fs::read(&json_path).unwrap()).unwrap();
    assert_eq!(report["customers"], 400);
    assert_eq!(report["database"], "sqlite");
    let rows = report["rows"].as_array().unwrap();
    let row = |name: &str| {
        rows.iter()
            .find(|r| r["scenario"] == name)
            .unwrap_or_else(|| panic!("no {name} row in {report}"))
    };
    for name in ["healthz", "get customer", "shred", "bulk shred 100"] {
        let r = row(name);
        assert!(r["ops"].as_u64().unwrap() > 0, "{name}: {r}");
        assert_eq!(r["errors"], 0, "{name}: {r}");
        assert!(table.contains(name), "the table shows {name}");
    }
    assert!(row("get customer")["of_healthz"].as_f64().unwrap() > 0.0);
    assert_eq!(row("bulk shred 100")["ops"], 100);
    assert_eq!(row("seeding")["ops"], 400);
    assert!(!rows.iter().any(|r| r["scenario"] == "login"), "--only");
    assert!(
        row("server memory")["note"]
            .as_str()
            .unwrap()
            .contains("MB")
    );

    for (args, says) in [
        (&["--tenants", "2"][..], "--tenants must be at least 4"),
        (
            &["--customers", "500", "--tenants", "10"][..],
            "at least 100 per tenant",
        ),
        (&["--duration", "soon"][..], "--duration"),
        (&["--concurrency", "0"][..], "--concurrency"),
    ] {
        let out = bench(args);
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

//! The `steward` binary: tenant creation, audit verification, jobs, config
//! errors and graceful shutdown.

use std::{
    process::{Command, Output, Stdio},
    time::Duration,
};

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

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
        app.uuid_sql(t.id)
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
    assert!(summary["throttle_counters_purged"].is_u64());
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
        ("STEWARD_JOBS__INTERVAL", "P1M", "jobs.interval"),
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

#[tokio::test]
async fn serve_drains_and_exits_cleanly_on_sigterm() {
    let app = spawn_app().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let addr = format!("127.0.0.1:{port}");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_steward"));
    cmd.args(["serve"])
        .env("STEWARD_DATA_DIR", app.dir.path())
        .env("STEWARD_DATABASE__URL", &app.database_url)
        .env("STEWARD_KEYSTORE__URL", &app.keystore_url)
        .env("STEWARD_SERVER__ADDR", &addr)
        .env("STEWARD_LOG__LEVEL", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if !app.database_url.starts_with("sqlite") {
        use base64::Engine;
        cmd.env(
            "STEWARD_CRYPTO__MASTER_KEY",
            base64::engine::general_purpose::STANDARD.encode([7u8; 32]),
        );
    }
    let mut child = cmd.spawn().unwrap();
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
    // A request in flight when the signal arrives still gets its answer.
    let login = client
        .post(format!("http://{addr}/api/v1/auth/login"))
        .json(&json!({ "tenant": "x", "email": "a@b.test", "password": "whatever password" }))
        .send();
    let in_flight = tokio::spawn(login);
    tokio::time::sleep(Duration::from_millis(5)).await;
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let resp = in_flight
        .await
        .unwrap()
        .expect("the in-flight request was answered");
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
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

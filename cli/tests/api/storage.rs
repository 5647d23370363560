//! A full disk: changes are refused with a clear 507 instead of a 500,
//! `/readyz` says the instance is not ready for changes, a metric shows it,
//! nothing acknowledged is lost, and writes resume once space is freed.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{Instance, Session, expect_status, problem, spawn_app_with};

/// A small filesystem of its own, unmounted when dropped.
struct Small {
    dir: tempfile::TempDir,
}

impl Small {
    /// Mounts a tmpfs of `mb` MB, or says why it cannot.
    fn mount(mb: u32) -> Result<Self, String> {
        if std::env::var("STEWARD_TEST_DATABASE_URL").is_ok_and(|u| !u.is_empty()) {
            return Err(
                "on PostgreSQL the databases are not in the data directory, so filling it fills no database"
                    .into(),
            );
        }
        // SAFETY: geteuid has no preconditions and cannot fail.
        if unsafe { libc::geteuid() } != 0 {
            return Err("mounting a small filesystem needs root".into());
        }
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let out = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={mb}m"), "tmpfs"])
            .arg(dir.path())
            .output()
            .map_err(|e| format!("mount: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "mount -t tmpfs failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(Self { dir })
    }

    fn path(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// Fills what is left with a file; returns it.
    fn fill(&self) -> std::path::PathBuf {
        use std::io::Write;
        let path = self.path().join("filler");
        let mut f = std::fs::File::create(&path).unwrap();
        let block = vec![0u8; 64 * 1024];
        while f.write_all(&block).is_ok() {}
        // The last partial block, byte by byte.
        while f.write_all(&[0]).is_ok() {}
        let _ = f.sync_all();
        path
    }
}

impl Drop for Small {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

/// Asks `token` to create person `n`.
async fn create_person(token: &Session, n: usize) -> reqwest::Response {
    token
        .post(
            "/api/v1/customers",
            json!({ "name": format!("Person {n}"), "email": format!("p{n}@people.test") }),
        )
        .await
}

fn id_of(v: Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

/// With room on the disk, twenty records are created and the instance is ready; their IDs.
async fn records_are_created_while_there_is_room(serve: &Instance, token: &Session) -> Vec<String> {
    let mut created: Vec<String> = Vec::new();
    for n in 0..20 {
        let resp = create_person(token, n).await;
        let resp = expect_status(resp, 201).await;
        created.push(id_of(resp.json().await.unwrap()));
    }
    assert_eq!(
        serve.anonymous().get("/readyz").await.status(),
        StatusCode::OK
    );
    created
}

/// The disk fills up: every answer is a success or a clear 507, again while
/// full, never a 500. The filler file.
async fn a_full_disk_refuses_with_507(
    small: &Small,
    token: &Session,
    created: &mut Vec<String>,
) -> std::path::PathBuf {
    let filler = small.fill();
    let mut refused = None;
    for n in 20..2_000 {
        let resp = create_person(token, n).await;
        match resp.status().as_u16() {
            201 => created.push(id_of(resp.json().await.unwrap())),
            507 => {
                refused = Some(resp);
                break;
            }
            other => panic!(
                "create {n} answered {other}: {}",
                resp.text().await.unwrap()
            ),
        }
    }
    let resp = refused.expect("a create was refused once the disk was full");
    let retry_after = resp.headers().get("retry-after").cloned();
    let body = problem(resp, 507).await;
    assert_eq!(body["type"], "/problems/storage-full");
    assert!(
        body["detail"].as_str().unwrap().contains("storage is full"),
        "{body}"
    );
    assert!(retry_after.is_some(), "Retry-After is set");
    // Refused again while full, the same way, and never a 500.
    for n in 0..5 {
        let resp = create_person(token, 10_000 + n).await;
        expect_status(resp, 507).await;
    }
    filler
}

/// Reads of records are audited before they are shown, so they wait too;
/// the instance is live but not ready, and the metrics say so.
async fn while_full_reads_wait_and_readiness_says_so(
    serve: &Instance,
    token: &Session,
    created: &[String],
) {
    let read = token
        .get(&format!("/api/v1/customers/{}", created[0]))
        .await;
    problem(read, 507).await;
    assert_eq!(
        serve.anonymous().get("/healthz").await.status(),
        StatusCode::OK
    );
    let ready = serve.anonymous().get("/readyz").await;
    let body = problem(ready, 503).await;
    assert_eq!(body["type"], "/problems/storage-full");
    assert_eq!(serve.metric("steward_storage_full ").await, 1.0);
    assert!(serve.metric("steward_storage_full_refusals_total").await >= 6.0);
}

/// Space is freed: ready again, and changes are taken.
async fn freeing_space_resumes_writes(
    serve: &Instance,
    token: &Session,
    filler: std::path::PathBuf,
    created: &mut Vec<String>,
) {
    std::fs::remove_file(filler).unwrap();
    assert_eq!(
        serve.anonymous().get("/readyz").await.status(),
        StatusCode::OK
    );
    assert_eq!(serve.metric("steward_storage_full ").await, 0.0);
    let resp = create_person(token, 20_000).await;
    let resp = expect_status(resp, 201).await;
    created.push(id_of(resp.json().await.unwrap()));
}

/// Nothing acknowledged was lost, the audit chain is whole, and the log
/// says it once when it began and once when it ended, not per refusal.
async fn nothing_acknowledged_was_lost(serve: &Instance, token: &Session, created: &[String]) {
    for id in created {
        let resp = token.get(&format!("/api/v1/customers/{id}")).await;
        expect_status(resp, 200).await;
    }
    let verified = token.json("/api/v1/audit/verify").await;
    assert_eq!(verified["ok"], true, "{verified}");
    // Said once when it began and once when it ended, not per refusal.
    let log = serve.log();
    assert_eq!(log.matches("storage is full").count(), 1, "{log}");
    assert_eq!(log.matches("storage has room again").count(), 1, "{log}");
    assert!(!log.contains("internal error"), "{log}");
}

#[tokio::test]
async fn a_full_disk_refuses_changes_with_507_reports_it_and_writes_resume_once_space_is_freed() {
    let small = match Small::mount(24) {
        Ok(s) => s,
        // CI sets this where the test can run, so it is never skipped there.
        Err(why) if std::env::var("STEWARD_TEST_REQUIRE_TMPFS").is_ok_and(|v| v == "1") => {
            panic!("STEWARD_TEST_REQUIRE_TMPFS is set, but: {why}")
        }
        Err(why) => {
            println!("skipped: {why}");
            return;
        }
    };
    let app = spawn_app_with(&format!(
        "data_dir = {:?}\n",
        small.path().display().to_string()
    ))
    .await;
    let t = app.create_tenant("acme").await;
    let serve = Instance::start(&app, small.path(), &[]).await;
    let token = Session {
        base: serve.base.clone(),
        ..app.token(&t, steward::auth::Role::Owner).await
    };

    let mut created = records_are_created_while_there_is_room(&serve, &token).await;
    let filler = a_full_disk_refuses_with_507(&small, &token, &mut created).await;
    while_full_reads_wait_and_readiness_says_so(&serve, &token, &created).await;
    freeing_space_resumes_writes(&serve, &token, filler, &mut created).await;
    nothing_acknowledged_was_lost(&serve, &token, &created).await;
}

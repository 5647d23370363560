//! `steward backup`: consistent copies of both databases, and the proof that
//! a shred holds for a backup taken before it — the main-database copy is
//! useless without the key the shred destroyed.

use std::path::Path;

use sea_orm::{ConnectionTrait, Database, DbBackend, Statement};
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::expect;
use crate::{
    erasure::customer_with_history,
    helpers::{Tenant, TestApp, problem, spawn_app, spawn_app_on},
};

/// A database of the backup in `dir`, restored where Steward can open it:
/// the SQLite file copied aside, or the dump loaded into a new PostgreSQL
/// database. Returns its URL.
async fn restore(app: &TestApp, dir: &Path, part: &str) -> String {
    if app.database_url.starts_with("sqlite") {
        let target = dir.join("restored").join(format!("{part}.db"));
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(dir.join(format!("{part}.db")), &target).unwrap();
        return format!("sqlite://{}?mode=rwc", target.display());
    }
    let (server, name) = app.database_url.rsplit_once('/').unwrap();
    let restored = format!("{name}_restored_{part}");
    let admin = Database::connect(format!("{server}/postgres"))
        .await
        .unwrap();
    admin
        .execute_raw(Statement::from_string(
            DbBackend::Postgres,
            format!("CREATE DATABASE \"{restored}\""),
        ))
        .await
        .unwrap();
    let url = format!("{server}/{restored}");
    let status = std::process::Command::new("pg_restore")
        .args(["--no-owner", "--exit-on-error", "--dbname", &url])
        .arg(dir.join(format!("{part}.dump")))
        .status()
        .expect("pg_restore runs");
    assert!(status.success(), "pg_restore of {part}");
    url
}

/// A backup into `out`: the manifest describes exactly what was written,
/// leaves the master key out, and an existing backup is never overwritten.
async fn a_backup_is_taken_with_a_true_manifest(app: &TestApp, out: &Path) {
    let manifest = steward::backup::run(&app.state.db, &app.state.config, app.clock.now(), out)
        .await
        .unwrap();
    let manifest = serde_json::to_value(&manifest).unwrap();
    // The manifest describes exactly what was written.
    let written: Value =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(written, manifest);
    for part in ["main", "keys"] {
        let file = out.join(manifest[part]["file"].as_str().unwrap());
        let bytes = std::fs::read(&file).unwrap();
        assert_eq!(manifest[part]["bytes"], bytes.len());
        assert_eq!(
            manifest[part]["sha256"],
            steward::crypto::sha256_hex(&bytes)
        );
    }
    assert!(
        manifest["master_key"]
            .as_str()
            .unwrap()
            .starts_with("not included")
    );
    // An existing backup is never overwritten.
    let err = steward::backup::run(&app.state.db, &app.state.config, app.clock.now(), out)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("is not empty"), "{err}");
}

/// The old main-database copy, opened with today's key store: the other
/// customer decrypts; the shredded one cannot be read through the API, and
/// paging past it still reaches the rest.
async fn the_old_copy_reads_only_the_kept_customer(
    old: &TestApp,
    t: &Tenant,
    gone: &str,
    kept: &str,
) {
    let session = old.login_owner(t).await;
    let c = session.json(&format!("/api/v1/customers/{kept}")).await;
    assert_eq!(c["name"], "Backup Kept");
    assert_eq!(
        session
            .json(&format!("/api/v1/customers/{kept}/notes"))
            .await[0]["body"],
        "Asked about the winter catalogue"
    );
    let p = problem(session.get(&format!("/api/v1/customers/{gone}")).await, 410).await;
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("key has been destroyed"),
        "{p}"
    );
    let list = session.json("/api/v1/customers").await;
    let names: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["Backup Kept"]);
    // Paging past the unreadable record still reaches the rest.
    let first = session.json("/api/v1/customers?limit=1").await;
    assert_eq!(first["items"], json!([]));
    let cursor = first["next_cursor"].as_str().expect("a next page");
    let second = session
        .json(&format!("/api/v1/customers?limit=1&cursor={cursor}"))
        .await;
    assert_eq!(second["items"][0]["name"], "Backup Kept");
}

/// Not even with the raw rows: the sealed record is there, its key is not.
async fn the_old_copy_holds_ciphertext_without_its_key(
    app: &TestApp,
    old: &TestApp,
    t: &Tenant,
    gone: &str,
) {
    let sealed = count_rows(
        old,
        &format!(
            "SELECT COUNT(*) FROM customers WHERE id = {}",
            old.uuid_sql(gone.parse().unwrap())
        ),
    )
    .await;
    assert_eq!(sealed, 1, "the backup still holds the ciphertext");
    assert!(
        app.state
            .keys
            .customer_keys(t.id, &[gone.parse().unwrap()])
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_backup_taken_before_a_shred_cannot_bring_the_customer_back() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let gone = customer_with_history(&admin, "Backup Shredded", "shredded@people.test").await;
    let kept = customer_with_history(&admin, "Backup Kept", "kept@people.test").await;

    let backups = tempfile::tempdir().unwrap();
    let out = backups.path().join("nightly");
    a_backup_is_taken_with_a_true_manifest(&app, &out).await;

    let resp = admin
        .post(
            &format!("/api/v1/customers/{gone}/shred"),
            json!({ "confirm": gone }),
        )
        .await;
    expect(resp, 200).await;

    let main = restore(&app, &out, "main").await;
    let old = spawn_app_on(&main, &app.keystore_url, &app.master_key()).await;
    the_old_copy_reads_only_the_kept_customer(&old, &t, &gone, &kept).await;
    the_old_copy_holds_ciphertext_without_its_key(&app, &old, &t, &gone).await;

    // Restoring the key-store copy too brings the customer back: that is why
    // key-store copies are kept short, and why a shred is final once they
    // have expired.
    let keys = restore(&app, &out, "keys").await;
    let both = spawn_app_on(&main, &keys, &app.master_key()).await;
    let session = both.login_owner(&t).await;
    assert_eq!(
        session.json(&format!("/api/v1/customers/{gone}")).await["name"],
        "Backup Shredded"
    );
    drop_restored(&app, &[&main, &keys]).await;
}

async fn count_rows(app: &TestApp, sql: &str) -> i64 {
    crate::helpers::count(&app.state.db.main, sql).await
}

/// Drops restored PostgreSQL databases (SQLite copies go with their folder).
async fn drop_restored(app: &TestApp, urls: &[&str]) {
    if app.database_url.starts_with("sqlite") {
        return;
    }
    let (server, _) = app.database_url.rsplit_once('/').unwrap();
    let admin = Database::connect(format!("{server}/postgres"))
        .await
        .unwrap();
    for url in urls {
        let name = url.rsplit('/').next().unwrap();
        admin
            .execute_raw(Statement::from_string(
                DbBackend::Postgres,
                format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"),
            ))
            .await
            .unwrap();
    }
}

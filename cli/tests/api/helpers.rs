//! `spawn_app()`: a real server on a free port over fresh databases, with a
//! clock the test can move, and helpers that read like the product's story.

use entity::ids::{CustomerId, TenantId};
use std::{collections::BTreeMap, net::SocketAddr};

use figment::providers::{Format, Toml};
use poem::{
    Server,
    listener::{Acceptor, Listener, TcpListener},
};
use reqwest::{Method, StatusCode};
use sea_orm::{ConnectionTrait, Database, DbBackend, Statement};
use serde_json::{Value, json};
use steward::{auth::Role, clock::Clock, config::Config, startup, state::AppState};
use uuid::Uuid;

pub struct TestApp {
    pub addr: SocketAddr,
    pub state: AppState,
    pub clock: Clock,
    pub dir: tempfile::TempDir,
    /// The database URLs, for the command-line tests.
    pub database_url: String,
    pub keystore_url: String,
}

pub struct Tenant {
    pub slug: String,
    pub id: TenantId,
    pub owner_email: String,
    pub owner_password: String,
}

/// A signed-in client: its own cookie jar, and the CSRF token from login.
#[derive(Clone)]
pub struct Session {
    pub base: String,
    pub client: reqwest::Client,
    pub csrf: Option<String>,
    pub bearer: Option<String>,
    pub user_id: Uuid,
}

pub const PASSWORD: &str = "a long enough password";

/// Every table of the main database that holds a tenant's rows, by `tenant_id`.
pub const TENANT_TABLES: &[&str] = &[
    "users",
    "sessions",
    "api_tokens",
    "audit_log",
    "audit_heads",
    "customers",
    "notes",
    "field_changes",
    "tasks",
    "consents",
    "search_tokens",
    "search_handles",
    "match_keys",
    "field_defs",
    "retention_policies",
    "notifications",
    "outbox_events",
    "erasures",
    "suppressions",
    "requests",
    "request_documents",
    "integrations",
    "deliveries",
    "hook_receipts",
    "recipients",
    "imports",
    "import_chunks",
    "import_refusals",
    "exports",
    "export_chunks",
    "saved_views",
    "user_preferences",
];

/// Runs every due job once, as `steward jobs run-once` does; the summary as JSON.
pub async fn run_jobs(state: &AppState) -> Value {
    serde_json::to_value(steward::jobs::run_once(state).await.expect("jobs run")).unwrap()
}

/// The single number a `SELECT COUNT(*) …` answers.
pub async fn count(db: &sea_orm::DatabaseConnection, sql: impl Into<String>) -> i64 {
    db.query_one_raw(Statement::from_string(
        db.get_database_backend(),
        sql.into(),
    ))
    .await
    .unwrap()
    .unwrap()
    .try_get_by_index::<i64>(0)
    .unwrap()
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .user_agent("steward-tests")
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client builds")
}

/// Fresh PostgreSQL databases (main and key store) when the suite runs on PostgreSQL.
async fn fresh_postgres(base: &str) -> (String, String) {
    let (server, _db) = base
        .rsplit_once('/')
        .expect("STEWARD_TEST_DATABASE_URL ends in /<database>");
    let admin = Database::connect(format!("{server}/postgres"))
        .await
        .expect("PostgreSQL at STEWARD_TEST_DATABASE_URL answers");
    let prefix = base.rsplit('/').next().unwrap().split('?').next().unwrap();
    let id = Uuid::now_v7().simple().to_string();
    let main = format!("{prefix}_{}", &id[20..]);
    let keys = format!("{main}_keys");
    for name in [&main, &keys] {
        admin
            .execute_raw(Statement::from_string(
                DbBackend::Postgres,
                format!("CREATE DATABASE \"{name}\""),
            ))
            .await
            .expect("can create a test database");
    }
    (format!("{server}/{main}"), format!("{server}/{keys}"))
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with("").await
}

/// Starts Steward with extra TOML configuration on top of the defaults.
pub async fn spawn_app_with(extra_toml: &str) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let (database_url, keystore_url) = match std::env::var("STEWARD_TEST_DATABASE_URL") {
        Ok(base) if !base.is_empty() => fresh_postgres(&base).await,
        _ => (String::new(), String::new()),
    };
    let master_key = if database_url.is_empty() {
        String::new()
    } else {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode([7u8; 32])
    };
    start(dir, &database_url, &keystore_url, &master_key, extra_toml).await
}

/// Starts another Steward over the given databases (a restored backup, say),
/// with its own data directory.
pub async fn spawn_app_on(database_url: &str, keystore_url: &str, master_key: &str) -> TestApp {
    spawn_app_on_with(database_url, keystore_url, master_key, "").await
}

/// `spawn_app_on` with extra TOML configuration.
pub async fn spawn_app_on_with(
    database_url: &str,
    keystore_url: &str,
    master_key: &str,
    extra_toml: &str,
) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    start(dir, database_url, keystore_url, master_key, extra_toml).await
}

async fn start(
    dir: tempfile::TempDir,
    database_url: &str,
    keystore_url: &str,
    master_key: &str,
    extra_toml: &str,
) -> TestApp {
    let figment = Config::defaults()
        .merge(Toml::string(&format!(
            "data_dir = {:?}\nlog.level = \"warn\"\nserver.addr = \"127.0.0.1:0\"\ndatabase.url = {database_url:?}\nkeystore.url = {keystore_url:?}\ncrypto.master_key = {master_key:?}\n",
            dir.path().display().to_string()
        )))
        .merge(Toml::string(extra_toml));
    let config = Config::from_figment(figment).expect("test configuration is valid");
    let database_url = config.database_url();
    let keystore_url = config.keystore_url();
    let clock = Clock::default();
    let state = AppState::start(config, clock.clone())
        .await
        .expect("app starts");
    let acceptor = TcpListener::bind("127.0.0.1:0")
        .into_acceptor()
        .await
        .expect("bind");
    let addr = *acceptor.local_addr()[0]
        .as_socket_addr()
        .expect("socket address");
    tokio::spawn(Server::new_with_acceptor(acceptor).run(startup::app(state.clone())));
    TestApp {
        addr,
        state,
        clock,
        dir,
        database_url,
        keystore_url,
    }
}

impl TestApp {
    /// The master key, base64, wherever this instance keeps it.
    pub fn master_key(&self) -> String {
        use secrecy::ExposeSecret;
        let configured = self.state.config.crypto.master_key.expose_secret();
        if configured.is_empty() {
            std::fs::read_to_string(self.state.config.data_dir.join("master.key"))
                .expect("the generated master key")
                .trim()
                .to_owned()
        } else {
            configured.to_owned()
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn anonymous(&self) -> Session {
        Session {
            base: format!("http://{}", self.addr),
            client: client(),
            csrf: None,
            bearer: None,
            user_id: Uuid::nil(),
        }
    }

    pub async fn create_tenant(&self, slug: &str) -> Tenant {
        let owner_email = format!("owner@{slug}.test");
        let created = steward::tenants::service::create(
            &self.state,
            slug,
            &format!("{slug} Ltd"),
            &owner_email,
            Some(PASSWORD),
        )
        .await
        .expect("tenant is created");
        Tenant {
            slug: slug.to_owned(),
            id: created.tenant_id,
            owner_email,
            owner_password: PASSWORD.to_owned(),
        }
    }

    pub async fn login(&self, tenant: &str, email: &str, password: &str) -> Session {
        self.anonymous().sign_in(tenant, email, password).await
    }

    pub async fn login_owner(&self, t: &Tenant) -> Session {
        self.login(&t.slug, &t.owner_email, &t.owner_password).await
    }

    /// A new user with `role` in the tenant, signed in.
    pub async fn login_as(&self, t: &Tenant, role: Role) -> Session {
        let owner = self.login_owner(t).await;
        let email = format!(
            "{}-{}@{}.test",
            role,
            &Uuid::now_v7().simple().to_string()[24..],
            t.slug
        );
        let resp = owner
            .post("/api/v1/users", json!({ "email": email, "name": format!("A {role}"), "role": role.as_str(), "password": PASSWORD }))
            .await;
        expect(resp, 201).await;
        self.login(&t.slug, &email, PASSWORD).await
    }

    /// An API token with `role`, made by the tenant's owner.
    pub async fn token(&self, t: &Tenant, role: Role) -> Session {
        let owner = self.login_owner(t).await;
        let resp = owner
            .post(
                "/api/v1/tokens",
                json!({ "name": "integration", "role": role.as_str() }),
            )
            .await;
        let body = expect(resp, 201).await;
        Session {
            bearer: Some(body["token"].as_str().unwrap().to_owned()),
            csrf: None,
            client: client(),
            ..owner
        }
    }

    /// What an authenticator app would show now for `secret`.
    pub fn totp_code(&self, secret: &str) -> String {
        steward::auth::totp::code_at(secret, self.clock.now().timestamp() as u64)
            .expect("a base32 secret")
    }

    /// Turns on two-factor sign-in for the session's user; returns the secret.
    pub async fn enable_totp(&self, s: &Session) -> String {
        let enrol: Value = s
            .post("/api/v1/auth/totp/enrol", json!({}))
            .await
            .json()
            .await
            .unwrap();
        let secret = enrol["secret"]
            .as_str()
            .expect("enrolment gives a secret")
            .to_owned();
        let resp = s
            .post(
                "/api/v1/auth/totp/confirm",
                json!({ "code": self.totp_code(&secret) }),
            )
            .await;
        expect(resp, 204).await;
        secret
    }

    /// Row counts of every table plus the audit heads: equal fingerprints mean nothing was written.
    pub async fn fingerprint(&self) -> BTreeMap<String, String> {
        let db = &self.state.db.main;
        let mut out = BTreeMap::new();
        let tables = ["tenants", "login_throttle", "mail_outbox"]
            .into_iter()
            .chain(TENANT_TABLES.iter().copied());
        for table in tables {
            let row = db
                .query_one_raw(Statement::from_string(
                    db.get_database_backend(),
                    format!("SELECT COUNT(*) AS n FROM {table}"),
                ))
                .await
                .unwrap()
                .unwrap();
            out.insert(
                table.to_owned(),
                row.try_get::<i64>("", "n").unwrap().to_string(),
            );
        }
        let users = db
            .query_all_raw(Statement::from_string(
                db.get_database_backend(),
                "SELECT email, name, role, disabled, totp_enabled FROM users ORDER BY email",
            ))
            .await
            .unwrap();
        for (i, u) in users.iter().enumerate() {
            let role: String = u.try_get("", "role").unwrap();
            let name: String = u.try_get("", "name").unwrap();
            let disabled: bool = u.try_get("", "disabled").unwrap();
            out.insert(format!("user{i}"), format!("{role}/{name}/{disabled}"));
        }
        let heads = db
            .query_all_raw(Statement::from_string(
                db.get_database_backend(),
                "SELECT seq, hash FROM audit_heads ORDER BY hash",
            ))
            .await
            .unwrap();
        for (i, h) in heads.iter().enumerate() {
            out.insert(
                format!("head{i}"),
                format!("{}", h.try_get::<i64>("", "seq").unwrap()),
            );
        }
        out
    }

    /// A UUID as a SQL literal of the backend in use (SQLite stores UUIDs as blobs).
    pub fn uuid_sql(&self, id: Uuid) -> String {
        match self.state.db.main.get_database_backend() {
            DbBackend::Sqlite => format!("x'{}'", id.simple()),
            _ => format!("'{id}'"),
        }
    }

    /// Stores data keys for `n` records that were never written (as a
    /// create that failed after storing its key leaves); their IDs.
    pub async fn orphan_keys(&self, tenant_id: TenantId, n: usize) -> Vec<CustomerId> {
        let ids: Vec<CustomerId> = (0..n).map(|_| CustomerId::new()).collect();
        self.state
            .keys
            .create_customer_keys(tenant_id, &ids)
            .await
            .expect("keys are stored");
        ids
    }

    /// How many data keys the key store holds for a customer (0 once destroyed).
    pub async fn customer_keys(&self, customer_id: &str) -> i64 {
        let id = self.uuid_sql(customer_id.parse().expect("a customer ID"));
        count(
            &self.state.db.keys,
            format!("SELECT COUNT(*) FROM customer_keys WHERE customer_id = {id}"),
        )
        .await
    }

    /// Runs SQL directly against the main database, as an attacker with file access would.
    pub async fn sql(&self, sql: &str) {
        let db = &self.state.db.main;
        db.execute_raw(Statement::from_string(
            db.get_database_backend(),
            sql.to_owned(),
        ))
        .await
        .unwrap();
    }

    pub async fn metric(&self, name: &str) -> f64 {
        self.anonymous().metric(name).await
    }
}

impl Session {
    /// Signs in with this (anonymous) client.
    pub async fn sign_in(self, tenant: &str, email: &str, password: &str) -> Session {
        let resp = self
            .post(
                "/api/v1/auth/login",
                json!({ "tenant": tenant, "email": email, "password": password }),
            )
            .await;
        let body = expect(resp, 200).await;
        Session {
            csrf: Some(body["csrf_token"].as_str().unwrap().to_owned()),
            user_id: body["user"]["id"].as_str().unwrap().parse().unwrap(),
            ..self
        }
    }

    /// The sum of the values of metric `name` (every label set).
    pub async fn metric(&self, name: &str) -> f64 {
        let text = self.get("/metrics").await.text().await.unwrap();
        text.lines()
            .filter(|l| l.starts_with(name) && !l.starts_with('#'))
            .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
            .sum()
    }

    pub async fn send(&self, method: Method, path: &str, body: Option<Value>) -> reqwest::Response {
        let mut req = self
            .client
            .request(method, format!("{}{}", self.base, path));
        if let Some(csrf) = &self.csrf {
            req = req.header("x-csrf-token", csrf);
        }
        if let Some(bearer) = &self.bearer {
            req = req.bearer_auth(bearer);
        }
        if let Some(body) = body {
            req = req.json(&body);
        }
        req.send().await.expect("request is answered")
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.send(Method::GET, path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> reqwest::Response {
        self.send(Method::POST, path, Some(body)).await
    }

    pub async fn patch(&self, path: &str, body: Value) -> reqwest::Response {
        self.send(Method::PATCH, path, Some(body)).await
    }

    pub async fn delete(&self, path: &str) -> reqwest::Response {
        self.send(Method::DELETE, path, None).await
    }

    /// A raw request, for malformed bodies.
    pub async fn raw(
        &self,
        method: Method,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> reqwest::Response {
        let mut req = self
            .client
            .request(method, format!("{}{}", self.base, path))
            .header("content-type", content_type)
            .body(body);
        if let Some(csrf) = &self.csrf {
            req = req.header("x-csrf-token", csrf);
        }
        if let Some(bearer) = &self.bearer {
            req = req.bearer_auth(bearer);
        }
        req.send().await.expect("request is answered")
    }

    pub async fn json(&self, path: &str) -> Value {
        expect(self.get(path).await, 200).await
    }

    /// Creates a customer from `body`; returns its ID.
    pub async fn create_customer(&self, body: Value) -> String {
        let created = expect(self.post("/api/v1/customers", body).await, 201).await;
        created["id"].as_str().expect("a customer ID").to_owned()
    }

    /// Creates a customer called `name` with address `email`; returns its ID.
    pub async fn customer(&self, name: &str, email: &str) -> String {
        self.create_customer(json!({ "name": name, "email": email }))
            .await
    }

    /// Marks customer `id` complete; returns the record.
    pub async fn complete(&self, id: &str) -> Value {
        let path = format!("/api/v1/customers/{id}/complete");
        expect(self.post(&path, json!({})).await, 200).await
    }

    /// Puts customer `id` on legal hold for `reason`.
    pub async fn hold(&self, id: &str, reason: &str) -> Value {
        let path = format!("/api/v1/customers/{id}/hold");
        let body = json!({ "on": true, "reason": reason });
        expect(self.post(&path, body).await, 200).await
    }

    /// Records customer `id`'s decision for `purpose` on the basis of consent.
    pub async fn consent(&self, id: &str, purpose: &str, granted: bool) -> Value {
        let path = format!("/api/v1/customers/{id}/consent/{purpose}");
        let body = json!({ "granted": granted, "basis": "consent" });
        expect(self.send(Method::PUT, &path, Some(body)).await, 200).await
    }

    /// The same client without the CSRF header.
    pub fn without_csrf(&self) -> Session {
        Session {
            csrf: None,
            ..self.clone()
        }
    }
}

/// Asserts that `resp` has `status`, showing the body (the problem document
/// that says why) when it has not; returns the body as JSON (`Null` when it
/// is empty or not JSON).
pub async fn expect(resp: reqwest::Response, status: u16) -> Value {
    let (got, url) = (resp.status().as_u16(), resp.url().clone());
    let text = resp.text().await.expect("the body is read");
    assert_eq!(got, status, "unexpected status for {url}: {text}");
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

/// Asserts that `resp` has `status`, showing the body when it has not;
/// returns the body as text (a page, a file).
pub async fn expect_text(resp: reqwest::Response, status: u16) -> String {
    let (got, url) = (resp.status().as_u16(), resp.url().clone());
    let text = resp.text().await.expect("the body is read");
    assert_eq!(got, status, "unexpected status for {url}: {text}");
    text
}

/// Asserts that `resp` has `status`, showing the body when it has not;
/// returns the answer itself, for its headers or a body read another way
/// (bytes of a PDF, a stream).
pub async fn expect_status(resp: reqwest::Response, status: u16) -> reqwest::Response {
    if resp.status().as_u16() != status {
        let (got, url) = (resp.status(), resp.url().clone());
        let text = resp.text().await.unwrap_or_default();
        panic!("unexpected status {got} for {url} (expected {status}): {text}");
    }
    resp
}

/// Asserts an RFC 9457 problem document with `status`; returns it.
pub async fn problem(resp: reqwest::Response, status: u16) -> Value {
    assert_eq!(
        resp.status().as_u16(),
        status,
        "unexpected status for {}",
        resp.url()
    );
    let ct = resp
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    assert_eq!(ct, "application/problem+json", "problem content type");
    let body: Value = resp.json().await.unwrap();
    assert_eq!(
        body["status"].as_u64(),
        Some(status as u64),
        "status in body: {body}"
    );
    assert!(
        body["type"].as_str().is_some_and(|t| !t.is_empty()),
        "type: {body}"
    );
    assert!(
        body["title"].as_str().is_some_and(|t| !t.is_empty()),
        "title: {body}"
    );
    assert!(
        body["detail"].as_str().is_some_and(|t| !t.is_empty()),
        "detail: {body}"
    );
    body
}

/// The CSRF token a page's forms carry.
pub fn form_token(html: &str) -> String {
    let at = html
        .find("name=\"csrf\" value=\"")
        .expect("the page has a form with a CSRF token")
        + "name=\"csrf\" value=\"".len();
    html[at..].split('"').next().unwrap().to_owned()
}

/// A loopback address with a port nothing listens on.
pub fn free_addr() -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    format!("127.0.0.1:{port}")
}

/// A `steward serve` process of its own over a test app's databases: what
/// operators run, stopped the way they stop it.
pub struct Instance {
    pub base: String,
    process: std::process::Child,
    /// Where its log (stderr) goes.
    log: tempfile::NamedTempFile,
}

impl Instance {
    /// Starts `steward serve` over `app`'s databases with its own data
    /// directory (`data_dir`) and `env` on top; returns once it answers.
    pub async fn start(app: &TestApp, data_dir: &std::path::Path, env: &[(&str, &str)]) -> Self {
        let addr = free_addr();
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_steward"));
        cmd.arg("serve")
            .env("STEWARD_DATA_DIR", data_dir)
            .env("STEWARD_DATABASE__URL", &app.database_url)
            .env("STEWARD_KEYSTORE__URL", &app.keystore_url)
            .env("STEWARD_CRYPTO__MASTER_KEY", app.master_key())
            .env("STEWARD_SERVER__ADDR", &addr)
            .env("STEWARD_LOG__LEVEL", "warn")
            .stdout(std::process::Stdio::null());
        let log = tempfile::NamedTempFile::new().expect("a log file");
        cmd.stderr(log.reopen().expect("the log file opens"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        let process = cmd.spawn().expect("steward serve starts");
        let instance = Self {
            base: format!("http://{addr}"),
            process,
            log,
        };
        for _ in 0..200 {
            let up = client()
                .get(format!("{}/healthz", instance.base))
                .send()
                .await
                .is_ok_and(|r| r.status() == StatusCode::OK);
            if up {
                return instance;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!(
            "steward serve did not come up on {addr}:\n{}",
            instance.log()
        );
    }

    /// What it has logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.log.path()).unwrap_or_default()
    }

    pub async fn metric(&self, name: &str) -> f64 {
        self.anonymous().metric(name).await
    }

    pub fn anonymous(&self) -> Session {
        Session {
            base: self.base.clone(),
            client: client(),
            csrf: None,
            bearer: None,
            user_id: Uuid::nil(),
        }
    }

    /// Signs in through this instance.
    pub async fn login(&self, tenant: &str, email: &str, password: &str) -> Session {
        self.anonymous().sign_in(tenant, email, password).await
    }

    /// SIGTERM, as an operator stops it; the exit status.
    pub async fn stop(mut self) -> std::process::ExitStatus {
        let sent = std::process::Command::new("kill")
            .args(["-TERM", &self.process.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(sent.success());
        for _ in 0..300 {
            if let Some(status) = self.process.try_wait().unwrap() {
                return status;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("steward serve did not stop within 15 s of SIGTERM");
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// Posts a form with the session's CSRF token.
pub async fn submit(s: &Session, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let mut all: Vec<(&str, &str)> = vec![("csrf", s.csrf.as_deref().unwrap_or(""))];
    all.extend_from_slice(fields);
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(all)
        .finish();
    s.client
        .post(format!("{}{}", s.base, path))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .expect("answered")
}

/// A PNG of `w` × `h` pixels in one colour.
pub fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbaImage::from_pixel(w, h, image::Rgba([29, 78, 216, 255]));
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(img)
        .write_to(&mut out, image::ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

/// A schema published under `schemas/`, and a validator of it that checks
/// formats too.
pub fn published_schema(name: &str) -> (Value, jsonschema::Validator) {
    let path = format!("{}/../schemas/{name}", env!("CARGO_MANIFEST_DIR"));
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the published schema is a valid JSON Schema");
    (schema, validator)
}

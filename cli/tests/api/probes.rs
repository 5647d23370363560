use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{expect, expect_status, problem, spawn_app};

#[tokio::test]
async fn health_readiness_and_metrics_answer() {
    let app = spawn_app().await;
    let anon = app.anonymous();
    let resp = anon.get("/healthz").await;
    let resp = expect_status(resp, 200).await;
    assert_eq!(resp.text().await.unwrap(), "ok");
    let resp = anon.get("/readyz").await;
    expect(resp, 200).await;
    anon.get("/api/v1/users").await;
    let metrics = anon.get("/metrics").await.text().await.unwrap();
    assert!(
        metrics.contains(
            "steward_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1"
        ),
        "{metrics}"
    );
    assert!(
        metrics.contains(
            "steward_http_requests_total{method=\"GET\",route=\"/api/v1/users\",status=\"401\"} 1"
        ),
        "{metrics}"
    );
    assert!(
        metrics.contains("steward_http_request_duration_seconds_bucket"),
        "latency histograms"
    );
}

#[tokio::test]
async fn each_background_job_run_is_timed_in_the_metrics() {
    let app = spawn_app().await;
    let jobs = [
        "erasures",
        "retention",
        "orphan keys",
        "offboarding",
        "requests",
        "deliveries",
        "mail",
        "housekeeping",
    ];
    for job in jobs {
        let count = format!("steward_job_duration_seconds_count{{job=\"{job}\"}}");
        assert_eq!(app.metric(&count).await, 0.0, "{job} before any run");
    }
    crate::helpers::run_jobs(&app.state).await;
    crate::helpers::run_jobs(&app.state).await;
    for job in jobs {
        let count = format!("steward_job_duration_seconds_count{{job=\"{job}\"}}");
        // Erasures run twice a tick: before and after retention.
        let runs = if job == "erasures" { 4.0 } else { 2.0 };
        assert_eq!(app.metric(&count).await, runs, "{job}");
        let sum = format!("steward_job_duration_seconds_sum{{job=\"{job}\"}}");
        assert!(app.metric(&sum).await > 0.0, "{job} took some time");
    }
}

#[tokio::test]
async fn readiness_fails_when_a_database_is_gone() {
    let app = spawn_app().await;
    app.state.db.keys.clone().close().await.unwrap();
    problem(app.anonymous().get("/readyz").await, 503).await;
    assert_eq!(
        app.anonymous().get("/healthz").await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn metrics_label_routes_by_template_never_by_id() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let id = uuid::Uuid::now_v7();
    owner.delete(&format!("/api/v1/tokens/{id}")).await;
    let metrics = app.anonymous().get("/metrics").await.text().await.unwrap();
    let route = metrics
        .lines()
        .find(|l| l.contains("method=\"DELETE\""))
        .expect("the DELETE is counted");
    assert!(
        route.contains("route=\"/api/v1/tokens/:"),
        "labelled by template: {route}"
    );
    assert!(!metrics.contains(&id.to_string()));
}

#[tokio::test]
async fn openapi_spec_declares_both_security_schemes_and_the_docs_ui_is_served() {
    let app = spawn_app().await;
    let spec: Value = app.anonymous().json("/api/openapi.json").await;
    let schemes = &spec["components"]["securitySchemes"];
    assert_eq!(schemes["SessionAuth"]["type"], "apiKey");
    assert_eq!(schemes["SessionAuth"]["in"], "cookie");
    assert_eq!(schemes["SessionAuth"]["name"], "steward_session");
    assert_eq!(schemes["TokenAuth"]["type"], "http");
    assert_eq!(schemes["TokenAuth"]["scheme"], "bearer");
    assert!(spec["paths"]["/auth/login"]["post"].is_object());
    assert_eq!(spec["servers"][0]["url"], "/api/v1");
    let problem_ct =
        &spec["paths"]["/users"]["get"]["responses"]["403"]["content"]["application/problem+json"];
    assert!(
        problem_ct.is_object(),
        "errors are documented as problem documents"
    );
    // Request bodies are published as closed objects, as the server enforces them.
    assert_eq!(
        spec["components"]["schemas"]["NewToken"]["additionalProperties"],
        false
    );
    assert_eq!(
        spec["components"]["schemas"]["NewToken"]["properties"]["name"]["maxLength"],
        100
    );
    let docs = app.anonymous().get("/api/docs").await;
    let docs = expect_status(docs, 200).await;
    assert!(
        docs.text()
            .await
            .unwrap()
            .to_lowercase()
            .contains("swagger")
    );
}

#[tokio::test]
async fn every_answer_carries_a_request_id_and_security_headers() {
    let app = spawn_app().await;
    let resp = app.anonymous().get("/healthz").await;
    let h = resp.headers();
    assert!(h.get("x-request-id").is_some());
    assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
    assert_eq!(h.get("referrer-policy").unwrap(), "no-referrer");
    assert_eq!(h.get("cache-control").unwrap(), "no-store");
    assert_eq!(
        h.get("content-security-policy").unwrap(),
        "default-src 'self'; frame-ancestors 'none'"
    );
    // A client's own request ID is not taken: it would land in audit rows.
    let id_of = |resp: &reqwest::Response| {
        resp.headers()
            .get("x-request-id")
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned()
    };
    let send = |url: String, id: &'static str| async move {
        crate::helpers::client()
            .get(url)
            .header("x-request-id", id)
            .send()
            .await
            .unwrap()
    };
    assert_ne!(
        id_of(&send(app.url("/healthz"), "trace-42").await),
        "trace-42"
    );
    // From a trusted proxy it is, when it is sane.
    let proxied = crate::helpers::spawn_app_with("server.trust_forwarded_for = true").await;
    assert_eq!(
        id_of(&send(proxied.url("/healthz"), "trace-42").await),
        "trace-42"
    );
    assert_ne!(
        id_of(&send(proxied.url("/healthz"), "bad id\twith tab").await),
        "bad id\twith tab"
    );
}

#[tokio::test]
async fn unknown_routes_and_methods_are_problem_documents() {
    let app = spawn_app().await;
    let body = problem(app.anonymous().get("/api/v1/nothing-here").await, 404).await;
    assert_eq!(body["type"], "/problems/not-found");
    problem(
        app.anonymous()
            .send(reqwest::Method::PUT, "/api/v1/auth/login", None)
            .await,
        405,
    )
    .await;
}

/// With `server.max_in_flight` requests under way, one more is refused at
/// once with 503 and `Retry-After`, changes nothing, and the probes still
/// answer; once a slot is free, requests are taken again.
#[tokio::test]
async fn requests_over_the_in_flight_limit_get_503_with_retry_after() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let app = crate::helpers::spawn_app_with("server.max_in_flight = 1").await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let customers = "SELECT COUNT(*) FROM customers";
    let before = crate::helpers::count(&app.state.db.main, customers).await;

    // A request whose body has not all arrived holds the only slot.
    let body = br#"{"name":"Ada"}"#;
    let mut slow = tokio::net::TcpStream::connect(app.addr).await.unwrap();
    let head = format!(
        "POST /api/v1/customers HTTP/1.1\r\nHost: steward\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    slow.write_all(head.as_bytes()).await.unwrap();
    slow.write_all(&body[..4]).await.unwrap();

    // Wait until the server has taken it: then the next request is refused.
    let mut refused = None;
    for _ in 0..250 {
        let resp = owner.get("/api/v1/customers").await;
        if resp.status() == StatusCode::SERVICE_UNAVAILABLE {
            refused = Some(resp);
            break;
        }
        expect_status(resp, 200).await;
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let refused = refused.expect("a request over the limit is refused");
    assert_eq!(refused.headers()["retry-after"], "1");
    let doc = problem(refused, 503).await;
    assert_eq!(doc["type"], "/problems/busy");
    assert!(
        doc["detail"]
            .as_str()
            .unwrap()
            .contains("nothing was changed"),
        "{doc}"
    );

    let create = owner
        .post("/api/v1/customers", serde_json::json!({ "name": "Grace" }))
        .await;
    let create = expect_status(create, 503).await;
    assert_eq!(create.headers()["retry-after"], "1");
    for probe in ["/healthz", "/readyz", "/metrics"] {
        assert_eq!(
            app.anonymous().get(probe).await.status(),
            StatusCode::OK,
            "{probe} answers under load"
        );
    }
    assert_eq!(
        crate::helpers::count(&app.state.db.main, customers).await,
        before,
        "a refused request changes nothing"
    );
    let metrics = app.anonymous().get("/metrics").await.text().await.unwrap();
    assert!(metrics.contains("status=\"503\""), "{metrics}");
    assert!(
        metrics.contains("steward_http_requests_in_flight 1\n"),
        "the held request is counted in flight: {metrics}"
    );

    // The held request finishes as usual (it has no credentials: 401)...
    slow.write_all(&body[4..]).await.unwrap();
    let mut answer = String::new();
    slow.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 401"), "{answer}");
    // ...and its slot is free again.
    assert_eq!(
        owner.get("/api/v1/customers").await.status(),
        StatusCode::OK
    );
    assert_eq!(app.metric("steward_http_requests_in_flight").await, 0.0);
}

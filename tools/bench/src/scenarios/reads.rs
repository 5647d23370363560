//! Reads: `healthz` (the yardstick every other row is measured against),
//! sign-in, a record, searches, a list page, the customers page (plain,
//! and sorted by name and filtered) and the overview.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::{drive::drive, load::Known, run::Bench};

pub async fn run(b: &mut Bench<'_>) {
    healthz(b).await;
    if b.wants("login") {
        login(b).await;
    }
    get_row(b, "get customer", |k| format!("/api/v1/customers/{}", k.id)).await;
    get_row(b, "search by email", |k| {
        format!(
            "/api/v1/customers?q={}",
            percent_encoding::utf8_percent_encode(&k.email, percent_encoding::NON_ALPHANUMERIC)
        )
    })
    .await;
    get_row(b, "search by name prefix", |k| {
        format!(
            "/api/v1/customers?limit=50&q={}",
            percent_encoding::utf8_percent_encode(
                &k.name_prefix,
                percent_encoding::NON_ALPHANUMERIC
            )
        )
    })
    .await;
    // 李 begins one of the seed's whole names (李伟) and none of the others:
    // a single character's blind token, then the records holding it opened.
    let cjk = |_: &Known| "/api/v1/customers?limit=50&q=%E6%9D%8E".to_owned();
    get_row(b, "search by a single CJK character", cjk).await;
    // The same search's latency, one at a time (the desk's target).
    get_row_in_flight(b, "search by a single CJK character, one at a time", 1, cjk).await;
    get_row(b, "list page (50)", |_| {
        "/api/v1/customers?limit=50".to_owned()
    })
    .await;
    customers_page(b, "customers page (50 rows)", "/customers").await;
    // Names are sealed: SQL orders by name bucket, and the bucket(s) the
    // page falls in are opened and sorted.
    customers_page(
        b,
        "customers page of 50, sorted by name and filtered, one at a time",
        "/customers?state=active&sort=name&page=2",
    )
    .await;
    overview_page(b).await;
}

/// What HTTP alone costs: the yardstick of every other row.
async fn healthz(b: &mut Bench<'_>) {
    let l = b.load.clone();
    let row = drive(b.concurrency(), b.duration(), u64::MAX, move |_| {
        let l = l.clone();
        async move {
            let resp = l
                .client
                .get(l.url("/healthz"))
                .send()
                .await
                .map_err(|e| e.to_string())?;
            let ok = resp.status() == StatusCode::OK;
            resp.bytes().await.map_err(|e| e.to_string())?;
            ok.then_some(()).ok_or_else(|| "healthz failed".to_owned())
        }
    })
    .await
    .of("healthz");
    b.push(row);
}

/// Owners signing in, over and over.
async fn login(b: &mut Bench<'_>) {
    let l = b.load.clone();
    let row = drive(b.concurrency(), b.duration(), u64::MAX, move |i| {
        let l = l.clone();
        async move {
            let t = &l.tenants[i as usize % l.tenants.len()];
            let body = json!({ "tenant": t.slug, "email": t.owner_email, "password": l.password });
            let resp = l
                .client
                .post(l.url("/api/v1/auth/login"))
                .header("content-type", "application/json")
                .body(body.to_string())
                .send()
                .await
                .map_err(|e| e.to_string())?;
            let status = resp.status();
            resp.bytes().await.map_err(|e| e.to_string())?;
            (status == StatusCode::OK)
                .then_some(())
                .ok_or_else(|| format!("login: {status}"))
        }
    })
    .await
    .of("login");
    b.push(row);
}

/// A customers page of 50 rows at `path`, as staff see it, one at a time.
async fn customers_page(b: &mut Bench<'_>, name: &str, path: &'static str) {
    let fifty = |html: &str| html.matches("<th scope=\"row\">").count() == 50;
    page_row(b, name, path, fifty, "not 50 rows").await;
}

/// The overview at `/`, its counts over each tenant's records, notices
/// and requests, one at a time.
async fn overview_page(b: &mut Bench<'_>) {
    let counted = |html: &str| html.contains("id=\"count-records-expired\"");
    page_row(b, "overview, one at a time", "/", counted, "no counts").await;
}

/// A staff page at `path`, as an owner of each tenant in turn sees it, one
/// at a time; `looks_right` checks what came back.
async fn page_row(
    b: &mut Bench<'_>,
    name: &str,
    path: &'static str,
    looks_right: fn(&str) -> bool,
    otherwise: &'static str,
) {
    if !b.wants(name) {
        return;
    }
    let l = b.load.clone();
    let row = drive(1, b.duration(), u64::MAX, move |i| {
        let l = l.clone();
        async move {
            let t = &l.tenants[i as usize % l.tenants.len()];
            let resp = l
                .client
                .get(l.url(path))
                .header("cookie", &t.cookie)
                .send()
                .await
                .map_err(|e| e.to_string())?;
            let status = resp.status();
            let html = resp.text().await.map_err(|e| e.to_string())?;
            match status == StatusCode::OK && looks_right(&html) {
                true => Ok(()),
                false => Err(format!("{path}: {status}, {otherwise}")),
            }
        }
    })
    .await
    .of(name);
    b.push(row);
}

/// GETs of the path made from a seeded record, spread over the records.
async fn get_row(b: &mut Bench<'_>, name: &str, path: fn(&Known) -> String) {
    let in_flight = b.concurrency();
    get_row_in_flight(b, name, in_flight, path).await;
}

/// A GET of `path` with `in_flight` requests at a time.
async fn get_row_in_flight(
    b: &mut Bench<'_>,
    name: &str,
    in_flight: usize,
    path: fn(&Known) -> String,
) {
    if !b.wants(name) {
        return;
    }
    let l = b.load.clone();
    let row = drive(in_flight, b.duration(), u64::MAX, move |i| {
        let l = l.clone();
        let k = l.pick(i);
        async move {
            l.call(Method::GET, k.tenant, &path(&k), None, StatusCode::OK)
                .await
                .map(drop)
        }
    })
    .await
    .of(name);
    b.push(row);
}

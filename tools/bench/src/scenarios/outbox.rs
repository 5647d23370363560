//! The outbox: consent changes queued for an integration that is off, then
//! delivered to a receiver on loopback once it is switched on.

use std::{
    net::SocketAddr,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use anyhow::{anyhow, bail};
use entity::{ids::TenantId, outbox_event};
use poem::{
    EndpointExt, Server, handler,
    listener::{Acceptor, Listener, TcpListener},
    web::Data,
};
use reqwest::{Method, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;
use steward::context::Services;
use tokio::task::JoinHandle;

use crate::{
    drive::drive,
    load::{Known, Load},
    report::Row,
};

/// The receiving end of the outbox drain: a webhook receiver on loopback
/// that counts what it is sent.
#[handler]
pub fn receive_hook(received: Data<&Arc<AtomicU64>>) -> StatusCode {
    received.fetch_add(1, Ordering::Relaxed);
    StatusCode::NO_CONTENT
}

/// Consent changes queue webhooks for an integration that is switched off;
/// then it is switched on and the time until a local receiver has them all
/// is measured.
pub async fn drain(
    state: &Services,
    load: &Load,
    concurrency: usize,
    duration: Duration,
) -> anyhow::Result<Row> {
    let received = Arc::new(AtomicU64::new(0));
    let (addr, receiver) = start_receiver(&received).await?;
    let t = 0;
    let path = add_integration(load, t, addr).await?;
    queue_changes(load, t, concurrency, duration).await?;
    wait_handed_out(state, load.tenants[t].id).await?;
    let pending = load
        .json(Method::GET, t, &path, None, StatusCode::OK)
        .await
        .map_err(|e| anyhow!(e))?["pending"]
        .as_u64()
        .unwrap_or(0);
    let started = Instant::now();
    load.call(
        Method::PATCH,
        t,
        &path,
        Some(&json!({ "enabled": true })),
        StatusCode::OK,
    )
    .await
    .map_err(|e| anyhow!(e))?;
    let deadline = started + Duration::from_secs(120);
    while received.load(Ordering::Relaxed) < pending && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let seconds = started.elapsed().as_secs_f64();
    let got = received.load(Ordering::Relaxed);
    receiver.abort();
    let errors = u64::from(pending == 0 || got != pending);
    Ok(Row::total(
        "outbox drain",
        got,
        seconds,
        errors,
        format!(
            "{got} of {pending} queued webhooks received in {seconds:.2} s, from switching the integration on (the sender looks every second)"
        ),
    ))
}

/// Starts the webhook receiver on a loopback port, counting into
/// `received`; returns its address and its task.
async fn start_receiver(
    received: &Arc<AtomicU64>,
) -> anyhow::Result<(SocketAddr, JoinHandle<std::io::Result<()>>)> {
    let acceptor = TcpListener::bind("127.0.0.1:0").into_acceptor().await?;
    let addr = *acceptor.local_addr()[0]
        .as_socket_addr()
        .ok_or_else(|| anyhow!("no loopback address"))?;
    let receiver = tokio::spawn(
        Server::new_with_acceptor(acceptor).run(
            poem::Route::new()
                .at("/hook", poem::post(receive_hook))
                .data(received.clone()),
        ),
    );
    Ok((addr, receiver))
}

/// Adds to tenant `t` a webhook integration, switched off, that sends
/// consent changes to the receiver at `addr`; returns its API path.
async fn add_integration(load: &Load, t: usize, addr: SocketAddr) -> anyhow::Result<String> {
    let integration = load
        .json(
            Method::POST,
            t,
            "/api/v1/integrations",
            Some(&json!({
                "kind": "webhook",
                "url": format!("http://{addr}/hook"),
                "events": ["consent.updated"],
                "enabled": false,
            })),
            StatusCode::CREATED,
        )
        .await
        .map_err(|e| anyhow!(e))?;
    Ok(format!(
        "/api/v1/integrations/{}",
        integration["id"].as_str().unwrap_or_default()
    ))
}

/// Changes consent on tenant `t`'s records (up to 10,000 changes) for
/// `duration`, each change queueing an event.
async fn queue_changes(
    load: &Load,
    t: usize,
    concurrency: usize,
    duration: Duration,
) -> anyhow::Result<()> {
    // Every record of the first tenant is flipped once per round, so each
    // change is a change and queues an event.
    let mine: Arc<Vec<Known>> = Arc::new(
        load.known
            .iter()
            .filter(|k| k.tenant == t)
            .cloned()
            .collect(),
    );
    if mine.is_empty() {
        bail!("no known records in the first tenant");
    }
    let (l, m) = (load.clone(), mine.clone());
    let queued = drive(concurrency, duration, 10_000, move |i| {
        let (l, m) = (l.clone(), m.clone());
        async move {
            let k = &m[i as usize % m.len()];
            let granted = (i as usize / m.len()).is_multiple_of(2);
            l.call(
                Method::PUT,
                t,
                &format!("/api/v1/customers/{}/consent/marketing_email", k.id),
                Some(&json!({ "granted": granted, "basis": "consent" })),
                StatusCode::OK,
            )
            .await
            .map(drop)
        }
    })
    .await;
    if queued.errors > 0 {
        bail!(
            "queueing events failed: {}",
            queued.first_error.unwrap_or_default()
        );
    }
    Ok(())
}

/// Waits (up to a minute) until every event of `tenant` is handed out as a
/// delivery held back, so that the deliveries can be counted.
async fn wait_handed_out(state: &Services, tenant: TenantId) -> anyhow::Result<()> {
    let waiting = Instant::now();
    while outbox_event::Entity::find()
        .filter(outbox_event::Column::TenantId.eq(tenant))
        .count(&state.db.main)
        .await?
        > 0
    {
        if waiting.elapsed() > Duration::from_secs(60) {
            bail!("the queued events were not handed out within a minute");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

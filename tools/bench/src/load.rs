//! The HTTP side of a run: signed-in tenants, the records the client knows,
//! and requests sent as a tenant's admin token.

use entity::ids::TenantId;
use std::sync::Arc;

use anyhow::{anyhow, bail};
use entity::customer;
use reqwest::{Client, Method, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use serde_json::{Value, json};
use steward::context::Services;
use uuid::Uuid;

/// A signed-in tenant for the load client.
#[derive(Clone)]
pub struct Tenant {
    pub id: TenantId,
    pub slug: String,
    pub owner_email: String,
    /// `Bearer …` of an admin API token.
    pub bearer: String,
    /// `steward_session=…` of the owner, for pages.
    pub cookie: String,
}

/// A seeded customer the client can look up.
#[derive(Clone)]
pub struct Known {
    pub tenant: usize,
    pub id: Uuid,
    pub email: String,
    pub name_prefix: String,
}

/// The HTTP side: one pooled client and what it knows about the data.
#[derive(Clone)]
pub struct Load {
    pub client: Client,
    pub base: String,
    pub password: String,
    pub tenants: Arc<Vec<Tenant>>,
    pub known: Arc<Vec<Known>>,
}

impl Load {
    /// Adds a signed-in tenant; returns its index.
    pub fn add_tenant(&mut self, tenant: Tenant) -> usize {
        let mut all = (*self.tenants).clone();
        all.push(tenant);
        self.tenants = Arc::new(all);
        self.tenants.len() - 1
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The `i`th request's record: spread over every seeded tenant and
    /// record, the same one for the same `i`.
    pub fn pick(&self, i: u64) -> Known {
        self.known[(i.wrapping_mul(7919) % self.known.len() as u64) as usize].clone()
    }

    /// Creates a record in the `tenant`th tenant; returns its ID.
    pub async fn create_customer(&self, tenant: usize, body: &Value) -> anyhow::Result<String> {
        let made = self
            .json(
                Method::POST,
                tenant,
                "/api/v1/customers",
                Some(body),
                StatusCode::CREATED,
            )
            .await
            .map_err(|e| anyhow!(e))?;
        Ok(made["id"].as_str().unwrap_or_default().to_owned())
    }

    /// Sends as the tenant's admin token; the answer's status, its
    /// `Retry-After` and its body, read whole so the connection goes back to
    /// the pool.
    pub async fn send(
        &self,
        method: Method,
        tenant: usize,
        path: &str,
        body: Option<&Value>,
    ) -> Result<(StatusCode, Option<String>, bytes::Bytes), String> {
        let t = &self.tenants[tenant];
        let mut req = self
            .client
            .request(method, self.url(path))
            .header("authorization", &t.bearer);
        if let Some(b) = body {
            req = req
                .header("content-type", "application/json")
                .body(b.to_string());
        }
        let resp = req.send().await.map_err(|e| format!("{path}: {e}"))?;
        let status = resp.status();
        let retry_after = resp
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let bytes = resp.bytes().await.map_err(|e| format!("{path}: {e}"))?;
        Ok((status, retry_after, bytes))
    }

    /// Sends and checks the status.
    pub async fn call(
        &self,
        method: Method,
        tenant: usize,
        path: &str,
        body: Option<&Value>,
        expect: StatusCode,
    ) -> Result<bytes::Bytes, String> {
        let (status, _, bytes) = self.send(method, tenant, path, body).await?;
        match status == expect {
            true => Ok(bytes),
            false => Err(format!(
                "{path}: {status} {}",
                String::from_utf8_lossy(&bytes)
            )),
        }
    }

    pub async fn json(
        &self,
        method: Method,
        tenant: usize,
        path: &str,
        body: Option<&Value>,
        expect: StatusCode,
    ) -> Result<Value, String> {
        let bytes = self.call(method, tenant, path, body, expect).await?;
        serde_json::from_slice(&bytes).map_err(|e| format!("{path}: {e}"))
    }
}

/// Signs the owner in and makes an admin API token for the load.
pub async fn sign_in(
    client: &Client,
    base: &str,
    id: TenantId,
    slug: &str,
    owner_email: &str,
    password: &str,
) -> anyhow::Result<Tenant> {
    let body = json!({ "tenant": slug, "email": owner_email, "password": password });
    let resp = client
        .post(format!("{base}/api/v1/auth/login"))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await?;
    if resp.status() != StatusCode::OK {
        bail!("signing in to {slug} failed: {}", resp.status());
    }
    let cookie = resp
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("steward_session="))
        .and_then(|v| v.split(';').next())
        .ok_or_else(|| anyhow!("no session cookie"))?
        .to_owned();
    let login: Value = serde_json::from_slice(&resp.bytes().await?)?;
    let csrf = login["csrf_token"].as_str().unwrap_or_default().to_owned();
    let resp = client
        .post(format!("{base}/api/v1/tokens"))
        .header("cookie", &cookie)
        .header("x-csrf-token", csrf)
        .header("content-type", "application/json")
        .body(json!({ "name": "bench", "role": "admin" }).to_string())
        .send()
        .await?;
    if !resp.status().is_success() {
        bail!("making a token in {slug} failed: {}", resp.status());
    }
    let made: Value = serde_json::from_slice(&resp.bytes().await?)?;
    Ok(Tenant {
        id,
        slug: slug.to_owned(),
        owner_email: owner_email.to_owned(),
        bearer: format!("Bearer {}", made["token"].as_str().unwrap_or_default()),
        cookie,
    })
}

/// A sample of seeded customers with their email and a name prefix, read
/// through the API as a client would.
pub async fn known_customers(state: &Services, load: &Load) -> anyhow::Result<Vec<Known>> {
    let mut known = Vec::new();
    for (t, tenant) in load.tenants.iter().enumerate() {
        for id in active_ids(state, tenant.id, 0, 64).await? {
            let c = load
                .json(
                    Method::GET,
                    t,
                    &format!("/api/v1/customers/{id}"),
                    None,
                    StatusCode::OK,
                )
                .await
                .map_err(|e| anyhow!(e))?;
            let (Some(email), Some(name)) = (c["email"].as_str(), c["name"].as_str()) else {
                continue;
            };
            let word = name.split_whitespace().next().unwrap_or_default();
            if word.chars().count() < 3 {
                continue;
            }
            known.push(Known {
                tenant: t,
                id,
                email: email.to_owned(),
                name_prefix: word.chars().take(4).collect(),
            });
        }
    }
    if known.is_empty() {
        bail!("no seeded customer could be read back");
    }
    Ok(known)
}

/// Active customer IDs of a tenant, `skip` in, at most `take`.
pub async fn active_ids(
    state: &Services,
    tenant: TenantId,
    skip: u64,
    take: u64,
) -> anyhow::Result<Vec<Uuid>> {
    Ok(customer::Entity::find()
        .select_only()
        .column(customer::Column::Id)
        .filter(customer::Column::TenantId.eq(tenant))
        .filter(customer::Column::State.eq(customer::State::Active))
        .filter(customer::Column::LegalHold.eq(false))
        .offset(skip)
        .limit(take)
        .into_tuple::<Uuid>()
        .all(&state.db.main)
        .await?)
}

//! Facts about the request that go into audit rows and sessions: client IP,
//! user agent and request ID. Never personal data of customers.

use std::net::IpAddr;

use poem::{FromRequest, Request, RequestBody};

use crate::state::AppState;

#[derive(Clone, Debug, Default)]
pub struct RequestMeta {
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}

/// The request ID set by the request-ID middleware.
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

impl RequestMeta {
    pub fn of(req: &Request) -> Self {
        let trust_forwarded = req
            .data::<AppState>()
            .is_some_and(|s| s.config.server.trust_forwarded_for);
        let forwarded = trust_forwarded
            .then(|| req.header("x-forwarded-for"))
            .flatten()
            // Proxies append: the rightmost entry is the one our proxy wrote;
            // anything left of it is whatever the client claimed.
            .and_then(|v| v.rsplit(',').next())
            .and_then(|v| v.trim().parse::<IpAddr>().ok());
        let peer = req.remote_addr().as_socket_addr().map(|a| a.ip());
        let user_agent = req.header("user-agent").map(|ua| {
            let mut ua = ua.to_owned();
            if ua.len() > 512 {
                let mut cut = 512;
                while !ua.is_char_boundary(cut) {
                    cut -= 1;
                }
                ua.truncate(cut);
            }
            ua
        });
        Self {
            ip: forwarded.or(peer).map(|ip| ip.to_canonical().to_string()),
            user_agent,
            request_id: req.data::<RequestId>().map(|r| r.0.clone()),
        }
    }

    /// For work not started by a request (CLI, jobs).
    pub fn system() -> Self {
        Self::default()
    }
}

impl<'a> FromRequest<'a> for RequestMeta {
    async fn from_request(req: &'a Request, _body: &mut RequestBody) -> poem::Result<Self> {
        Ok(Self::of(req))
    }
}

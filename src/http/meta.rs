//! Facts about the request that go into audit rows and sessions: client IP,
//! user agent and request ID, as an [`Origin`]. Never personal data of
//! customers.

use std::net::IpAddr;

use poem::{FromRequest, Request, RequestBody};

use crate::audit::Origin;

/// Whether `X-Forwarded-For` is believed (`server.trust_forwarded_for`);
/// start-up puts it in the request data.
#[derive(Clone, Copy, Debug)]
pub struct TrustForwarded(pub bool);

/// The request ID set by the request-ID middleware.
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

/// The origin of request `req`.
pub fn origin_of(req: &Request) -> Origin {
    let trust_forwarded = req.data::<TrustForwarded>().is_some_and(|t| t.0);
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
    Origin {
        ip: forwarded.or(peer).map(|ip| ip.to_canonical().to_string()),
        user_agent,
        request_id: req.data::<RequestId>().map(|r| r.0.clone()),
    }
}

impl<'a> FromRequest<'a> for Origin {
    async fn from_request(req: &'a Request, _body: &mut RequestBody) -> poem::Result<Self> {
        Ok(origin_of(req))
    }
}

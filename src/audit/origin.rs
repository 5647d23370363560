//! Where a change or read came from, as its audit entry records it: the
//! request's ID, the client's IP address and user agent. Never personal
//! data of customers. The HTTP layer builds one from each request
//! (`http::meta`); work not started by a request uses [`Origin::system`].

#[derive(Clone, Debug, Default)]
pub struct Origin {
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}

impl Origin {
    /// For work not started by a request (CLI, jobs).
    pub fn system() -> Self {
        Self::default()
    }
}

//! The HTTP core shared by every capability: problem documents, request
//! metadata, middleware, metrics and the probes.

pub mod body_check;
pub mod meta;
pub mod metrics;
pub mod middleware;
pub mod page;
pub mod paging;
pub mod period;
pub mod probes;
pub mod problem;
pub mod spec;

use poem_openapi::{ApiResponse, Tags};

#[derive(Tags)]
pub enum ApiTags {
    /// Signing in and out, sessions, two-factor sign-in
    Auth,
    /// API tokens for programs
    Tokens,
    /// Staff users and roles
    Users,
    /// The tenant's own settings
    Tenant,
    /// The tamper-evident audit log
    Audit,
    /// What waits for someone: counts of open notices, requests and expiring records
    Overview,
    /// Customer records
    Customers,
    /// The tenant's custom fields on customer records
    Fields,
    /// In-app notices: expired records and what the retention policy did
    Notifications,
    /// Data-subject requests from the portal: copies, erasure, consent withdrawal
    Requests,
    /// Marketing tools and other receivers of signed webhooks
    Integrations,
    /// The register of recipients and processors of customers' data
    Recipients,
    /// Moving customers in from a CSV or XLSX file
    Imports,
    /// Customer list views written out as CSV or XLSX
    Exports,
}

/// Success with nothing to say.
#[derive(ApiResponse)]
pub enum NoContent {
    #[oai(status = 204)]
    Done,
}

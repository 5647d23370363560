//! sea-orm entities of Steward's two databases. Data only: behaviour lives in
//! the capability that owns each table.

pub mod api_token;
pub mod audit_head;
pub mod audit_log;
pub mod consent;
pub mod customer;
pub mod data_request;
pub mod delivery;
pub mod erasure;
pub mod field_def;
pub mod hook_receipt;
pub mod integration;
pub mod job_cursor;
pub mod keystore;
pub mod login_throttle;
pub mod mail_outbox;
pub mod note;
pub mod notification;
pub mod outbox_event;
pub mod retention_policy;
pub mod search_token;
pub mod session;
pub mod suppression;
pub mod tenant;
pub mod tenant_contact;
pub mod user;

//! Custom fields: a tenant's own fields on its customer records. Definitions
//! are tenant settings; values are personal data, sealed inside each record
//! under the customer's key and shown only to roles the field allows.

pub mod api;
pub mod def;
pub mod pages;
pub mod service;
pub mod value;

pub use service::{Defs, FieldDef, Kind};
pub use value::{Stored, StoredField};

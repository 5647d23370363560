use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

/// An identity document a person uploaded for a request whose kind needs
/// identity confirmed by staff: sealed under the tenant key, kept apart from
/// the request rows (never loaded with them), and deleted once staff decide
/// or 14 days after the upload at the latest.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "request_documents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub request_id: Uuid,
    /// `image/jpeg`, `image/png` or `application/pdf`, judged by its bytes.
    pub content_type: String,
    /// The size of the upload in bytes.
    pub size: i32,
    /// The file, sealed under the tenant key.
    pub bytes_sealed: Vec<u8>,
    pub uploaded_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

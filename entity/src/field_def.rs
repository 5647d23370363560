use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "field_defs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub key: String,
    pub label: String,
    /// `text`, `number`, `date`, `bool` or `select`.
    pub kind: String,
    /// A select field's options, as a JSON array of strings.
    pub options: Option<String>,
    pub required: bool,
    /// The lowest role that sees the field's values.
    pub visible_to: String,
    /// Whether values may identify a person (anonymization removes them).
    pub personal: bool,
    /// Whether a person may ask, through the portal, to have a value
    /// corrected (Art. 16).
    pub correctable: bool,
    pub created_at: ChronoDateTimeUtc,
    pub updated_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

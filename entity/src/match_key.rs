use sea_orm::entity::prelude::*;

use crate::ids::{CustomerId, TenantId};

/// What a record is compared by to find likely duplicates: a truncated
/// HMAC, under the tenant's search key, of one normalised value. Records
/// sharing a key are likely the same person.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "match_keys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: Vec<u8>,
    #[sea_orm(primary_key, auto_increment = false)]
    pub customer_id: CustomerId,
    pub kind: Kind,
}

impl ActiveModelBehavior for ActiveModel {}

crate::stored_words! {
    /// What two records sharing the key have in common.
    pub enum Kind {
        /// The same email address.
        Email = "email",
        /// The same telephone number.
        Phone = "phone",
        /// The same name and company, case and accents aside.
        NameCompany = "name_company",
    }
}

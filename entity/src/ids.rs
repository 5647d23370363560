//! Identifiers that are easy to swap have types of their own, so passing a
//! customer's ID where a tenant's is expected does not compile. Each is a
//! UUID stored as one (no migration) and written as one in JSON.
//!
//! ```compile_fail
//! fn erase(_tenant: entity::ids::TenantId, _customer: entity::ids::CustomerId) {}
//! let (tenant, customer) = (entity::ids::TenantId::new(), entity::ids::CustomerId::new());
//! erase(customer, tenant); // swapped: refused by the compiler
//! ```
//!
//! ```
//! fn erase(_tenant: entity::ids::TenantId, _customer: entity::ids::CustomerId) {}
//! let (tenant, customer) = (entity::ids::TenantId::new(), entity::ids::CustomerId::new());
//! erase(tenant, customer);
//! ```

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, sea_orm::DeriveValueType,
        )]
        #[serde(transparent)]
        pub struct $name(pub uuid::Uuid);

        impl $name {
            /// A new, time-ordered ID.
            pub fn new() -> Self {
                Self(uuid::Uuid::now_v7())
            }

            /// The UUID itself, for the wire.
            pub fn uuid(self) -> uuid::Uuid {
                self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl From<uuid::Uuid> for $name {
            fn from(id: uuid::Uuid) -> Self {
                Self(id)
            }
        }

        impl From<$name> for uuid::Uuid {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                uuid::Uuid::parse_str(s).map(Self)
            }
        }

        /// IDs are made by Steward, never counted up by the database.
        impl sea_orm::TryFromU64 for $name {
            fn try_from_u64(_: u64) -> Result<Self, sea_orm::DbErr> {
                Err(sea_orm::DbErr::ConvertFromU64(stringify!($name)))
            }
        }
    };
}

id_type! {
    /// A tenant: a client organisation, the controller of its records.
    TenantId
}

id_type! {
    /// A customer record of a tenant.
    CustomerId
}

id_type! {
    /// A staff user of a tenant.
    UserId
}

id_type! {
    /// A saved view of the customers list.
    ViewId
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_written_and_read_as_its_uuid() {
        let uuid = uuid::Uuid::now_v7();
        let id = CustomerId::from(uuid);
        assert_eq!(id.to_string(), uuid.to_string());
        assert_eq!(
            serde_json::to_string(&id).unwrap(),
            serde_json::to_string(&uuid).unwrap()
        );
        let back: CustomerId = serde_json::from_str(&format!("\"{uuid}\"")).unwrap();
        assert_eq!(back, id);
        assert_eq!(uuid.to_string().parse::<CustomerId>().unwrap(), id);
        assert!("not an id".parse::<TenantId>().is_err());
        assert_eq!(uuid::Uuid::from(id), uuid);
    }
}

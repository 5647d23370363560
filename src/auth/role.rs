use std::{fmt, str::FromStr};

/// What a user or token may do. Ordered: each role can do all the roles below it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, poem_openapi::Enum)]
#[oai(rename_all = "lowercase")]
pub enum Role {
    /// Reads records.
    Viewer,
    /// Writes records, completes them, makes copies.
    Staff,
    /// Also shreds, sets retention, fields, users and integrations.
    Admin,
    /// Also cancels the tenant and manages owners.
    Owner,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Staff => "staff",
            Role::Admin => "admin",
            Role::Owner => "owner",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "viewer" => Ok(Role::Viewer),
            "staff" => Ok(Role::Staff),
            "admin" => Ok(Role::Admin),
            "owner" => Ok(Role::Owner),
            other => Err(format!("unknown role {other:?}")),
        }
    }
}

/// Reads a role column; a value outside the four is a corrupt row.
pub fn role_of(stored: &str) -> crate::error::Result<Role> {
    stored.parse().map_err(crate::error::Error::internal)
}

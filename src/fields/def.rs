//! What a custom field is: its type and its definition as stored. Types
//! only, so values (`value.rs`) and the rules (`service.rs`) both use them.

use chrono::{DateTime, Utc};
use entity::field_def;
use uuid::Uuid;

use crate::{
    auth::{Role, role_of},
    error::{Error, Result},
};

/// What a field holds.
#[derive(poem_openapi::Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "lowercase")]
pub enum Kind {
    /// Up to 1,000 characters.
    Text,
    /// A number (whole or with a fraction).
    Number,
    /// A calendar date, written `YYYY-MM-DD`.
    Date,
    /// true or false.
    Bool,
    /// One of the field's options.
    Select,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Number => "number",
            Kind::Date => "date",
            Kind::Bool => "bool",
            Kind::Select => "select",
        }
    }

    pub fn parse(stored: &str) -> Result<Self> {
        Ok(match stored {
            "text" => Kind::Text,
            "number" => Kind::Number,
            "date" => Kind::Date,
            "bool" => Kind::Bool,
            "select" => Kind::Select,
            other => return Err(Error::internal(format!("unknown field type {other:?}"))),
        })
    }
}

/// A custom field of a tenant.
#[derive(Clone, Debug)]
pub struct FieldDef {
    pub id: Uuid,
    /// How the API names the field in a record's `fields`.
    pub key: String,
    pub label: String,
    pub kind: Kind,
    /// A select field's choices, in the order shown.
    pub options: Vec<String>,
    /// A new record must have a value; a value cannot be cleared.
    pub required: bool,
    /// The lowest role that sees (and may set) the field's values.
    pub visible_to: Role,
    /// Whether values may identify the person; anonymization removes these.
    pub personal: bool,
    /// Whether a person may ask through the portal to have a value
    /// corrected (Art. 16).
    pub correctable: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl TryFrom<field_def::Model> for FieldDef {
    type Error = Error;

    fn try_from(m: field_def::Model) -> Result<Self> {
        let options = match &m.options {
            Some(json) => serde_json::from_str(json).map_err(|e| {
                Error::internal_from(format!("field {}: options unreadable", m.id), e)
            })?,
            None => Vec::new(),
        };
        Ok(Self {
            id: m.id,
            kind: Kind::parse(&m.kind)?,
            visible_to: role_of(&m.visible_to)?,
            key: m.key,
            label: m.label,
            options,
            required: m.required,
            personal: m.personal,
            correctable: m.correctable,
            created_at: m.created_at,
            updated_at: m.updated_at,
        })
    }
}

//! `/api/v1/fields`: a tenant's custom field definitions, and the JSON type of
//! a field value in customer records.

use std::borrow::Cow;

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::{
    ApiResponse, Object, OpenApi,
    param::Path,
    payload::Json,
    registry::{MetaSchema, MetaSchemaRef},
    types::{ParseError, ParseFromJSON, ParseResult, ToJSON, Type},
};
use serde_json::Value;
use uuid::Uuid;

use super::service::{self, FieldChange, FieldDef, Kind, NewField};
use crate::audit::Origin;
use crate::{
    auth::{Role, extract::Auth},
    http::{ApiTags, NoContent, problem::ApiResult},
    state::AppState,
};

/// A custom field's value: text, a number, true/false, or a date or option
/// as text. With `NULLABLE`, `null` too (it clears the value in a change).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldValue<const NULLABLE: bool>(pub Value);

impl<const NULLABLE: bool> Type for FieldValue<NULLABLE> {
    const IS_REQUIRED: bool = true;
    type RawValueType = Self;
    type RawElementValueType = Self;

    fn name() -> Cow<'static, str> {
        if NULLABLE {
            "FieldValueOrNull".into()
        } else {
            "FieldValue".into()
        }
    }

    fn schema_ref() -> MetaSchemaRef {
        MetaSchemaRef::Inline(Box::new(MetaSchema {
            description: Some(if NULLABLE {
                "The field's value as its type says (text; number; `YYYY-MM-DD`; true/false; one of the options), or null to clear it."
            } else {
                "The field's value as its type says: text; a number; a date `YYYY-MM-DD`; true/false; one of the options."
            }),
            any_of: vec![
                MetaSchemaRef::Inline(Box::new(MetaSchema::new("string"))),
                MetaSchemaRef::Inline(Box::new(MetaSchema::new("number"))),
                MetaSchemaRef::Inline(Box::new(MetaSchema::new("boolean"))),
            ],
            nullable: NULLABLE,
            ..MetaSchema::ANY
        }))
    }

    fn as_raw_value(&self) -> Option<&Self> {
        Some(self)
    }

    fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self> + 'a> {
        Box::new(self.as_raw_value().into_iter())
    }
}

impl<const NULLABLE: bool> ParseFromJSON for FieldValue<NULLABLE> {
    fn parse_from_json(value: Option<Value>) -> ParseResult<Self> {
        match value.unwrap_or_default() {
            v @ (Value::String(_) | Value::Number(_) | Value::Bool(_)) => Ok(Self(v)),
            Value::Null if NULLABLE => Ok(Self(Value::Null)),
            other => Err(ParseError::expected_type(other)),
        }
    }
}

impl<const NULLABLE: bool> ToJSON for FieldValue<NULLABLE> {
    fn to_json(&self) -> Option<Value> {
        Some(self.0.clone())
    }
}

/// A custom field definition.
#[derive(Object)]
struct FieldView {
    id: Uuid,
    /// The name of the field in a record's `fields`.
    key: String,
    label: String,
    #[oai(rename = "type")]
    kind: Kind,
    /// A select field's choices, in order; empty for other types.
    options: Vec<String>,
    /// New records need a value; a value cannot be cleared.
    required: bool,
    /// The lowest role that sees and sets the field's values.
    visible_to: Role,
    /// Whether values may identify a person; anonymization removes them.
    personal: bool,
    /// Whether a person may ask through the portal to have a value
    /// corrected (Art. 16).
    correctable: bool,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl From<FieldDef> for FieldView {
    fn from(d: FieldDef) -> Self {
        Self {
            id: d.id,
            key: d.key,
            label: d.label,
            kind: d.kind,
            options: d.options,
            required: d.required,
            visible_to: d.visible_to,
            personal: d.personal,
            correctable: d.correctable,
            created_at: d.created_at,
            updated_at: d.updated_at,
        }
    }
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct NewFieldBody {
    /// Lower-case letters, digits and `_`, starting with a letter; at most 40.
    #[oai(validator(min_length = 1, max_length = 40))]
    key: String,
    #[oai(validator(min_length = 1, max_length = 100))]
    label: String,
    #[oai(rename = "type")]
    kind: Kind,
    /// Required for (and only for) a select field: 1–100 distinct choices.
    #[oai(validator(max_items = 100))]
    options: Option<Vec<String>>,
    /// false when left out.
    required: Option<bool>,
    /// `viewer` (everyone) when left out.
    visible_to: Option<Role>,
    /// true when left out: values are treated as personal data.
    personal: Option<bool>,
    /// false when left out: whether a person may ask through the portal to
    /// have a value corrected (a rectification request).
    correctable: Option<bool>,
}

/// A change to a definition: fields left out stay. The type and key cannot change.
#[derive(Object)]
#[oai(deny_unknown_fields)]
struct FieldPatch {
    #[oai(validator(min_length = 1, max_length = 100))]
    label: Option<String>,
    /// A select field's new list of choices; values already stored stay.
    #[oai(validator(max_items = 100))]
    options: Option<Vec<String>>,
    required: Option<bool>,
    visible_to: Option<Role>,
    personal: Option<bool>,
    correctable: Option<bool>,
}

#[derive(ApiResponse)]
enum FieldCreated {
    #[oai(status = 201)]
    Created(Json<FieldView>),
}

pub struct FieldsApi;

#[OpenApi(prefix_path = "/fields", tag = "ApiTags::Fields")]
impl FieldsApi {
    /// List custom fields
    ///
    /// Those the caller's role may see, oldest first.
    #[oai(path = "/", method = "get", operation_id = "list_fields")]
    async fn list(&self, state: Data<&AppState>, auth: Auth) -> ApiResult<Json<Vec<FieldView>>> {
        let defs = service::list(&state, auth.scope()).await?;
        Ok(Json(defs.into_iter().map(FieldView::from).collect()))
    }

    /// Define a custom field
    ///
    /// Admin. At most 100 per tenant.
    #[oai(path = "/", method = "post", operation_id = "create_field")]
    async fn create(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<NewFieldBody>,
    ) -> ApiResult<FieldCreated> {
        let b = body.0;
        let input = NewField {
            key: b.key,
            label: b.label,
            kind: b.kind,
            options: b.options,
            required: b.required.unwrap_or(false),
            visible_to: b.visible_to.unwrap_or(Role::Viewer),
            personal: b.personal.unwrap_or(true),
            correctable: b.correctable.unwrap_or(false),
        };
        let def = service::create(&state, auth.scope(), &meta, input).await?;
        Ok(FieldCreated::Created(Json(def.into())))
    }

    /// Change a custom field
    ///
    /// Admin. Label, options, whether it is required, who sees it, whether it is
    /// personal, whether a person may ask to have it corrected.
    #[oai(path = "/:key", method = "patch", operation_id = "update_field")]
    async fn update(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        #[oai(validator(max_length = 40))] key: Path<String>,
        body: Json<FieldPatch>,
    ) -> ApiResult<Json<FieldView>> {
        let b = body.0;
        let change = FieldChange {
            label: b.label,
            options: b.options,
            required: b.required,
            visible_to: b.visible_to,
            personal: b.personal,
            correctable: b.correctable,
        };
        let def = service::update(&state, auth.scope(), &meta, &key.0, change).await?;
        Ok(Json(def.into()))
    }

    /// Delete a custom field
    ///
    /// Admin. Its values vanish from every record at once.
    #[oai(path = "/:key", method = "delete", operation_id = "delete_field")]
    async fn delete(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        #[oai(validator(max_length = 40))] key: Path<String>,
    ) -> ApiResult<NoContent> {
        service::delete(&state, auth.scope(), &meta, &key.0).await?;
        Ok(NoContent::Done)
    }
}

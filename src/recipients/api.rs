//! `/api/v1/recipients`: the register of recipients and processors. The
//! list holds the tenant's entries and every integration; entries are
//! added, changed and removed here (admin), and read by staff.
//!
//! The fields are checked by the service, not the schema, so one refusal
//! names every field that is wrong.

use chrono::{DateTime, Utc};
use entity::recipient;
use poem::web::Data;
use poem_openapi::{
    ApiResponse, Enum, Object, OpenApi, param::Path, payload::Json, types::MaybeUndefined,
};
use uuid::Uuid;

use super::{
    register::{self, Row, Source, What, sent_in_words},
    service::{self, NewEntry, Patch},
};
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    http::{ApiTags, NoContent, problem::ApiResult},
    i18n::ENGLISH,
    state::AppState,
};

/// Where a recipient of the list comes from.
#[derive(Enum, Clone, Copy)]
#[oai(rename = "RecipientSource", rename_all = "lowercase")]
enum SourceView {
    /// An entry of the register.
    Register,
    /// An integration; with `id` when a register entry describes it.
    Integration,
}

/// A recipient or processor of the tenant's customers' data.
#[derive(Object)]
#[oai(rename = "Recipient")]
struct RecipientView {
    /// `register`: an entry of the register, which receives every
    /// customer's data. `integration`: one of the tenant's integrations,
    /// which receives a customer's data as its subscriptions send it.
    source: SourceView,
    /// The register entry's ID: absent for an integration that no entry
    /// describes.
    #[oai(skip_serializing_if_is_none)]
    id: Option<Uuid>,
    /// The integration the entry describes, or that this row is.
    #[oai(skip_serializing_if_is_none)]
    integration_id: Option<Uuid>,
    /// The recipient's name; for an integration without an entry, its
    /// receiver's host.
    name: String,
    /// What it receives; for an integration without an entry, what its
    /// subscriptions send, in words.
    receives: String,
    /// Why; for an integration without an entry, the consent purpose it
    /// keeps in sync.
    purpose: String,
    /// ISO 3166-1 alpha-2 code of where it processes the data.
    #[oai(skip_serializing_if_is_none)]
    country: Option<String>,
    /// What makes a transfer outside the EEA lawful: `adequacy`, `scc`,
    /// `bcr` or `derogation`.
    #[oai(skip_serializing_if_is_none)]
    safeguard: Option<String>,
    /// How long it keeps the data, in the tenant's words.
    #[oai(skip_serializing_if_is_none)]
    retention: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    created_at: Option<DateTime<Utc>>,
    #[oai(skip_serializing_if_is_none)]
    updated_at: Option<DateTime<Utc>>,
}

impl From<Row> for RecipientView {
    fn from(r: Row) -> Self {
        let receives = match &r.receives {
            What::Told(words) => words.clone(),
            What::Sent(sent) => sent_in_words(sent, &r.purpose, ENGLISH),
        };
        Self {
            source: match r.source {
                Source::Register => SourceView::Register,
                Source::Integration => SourceView::Integration,
            },
            id: r.entry.as_ref().map(|e| e.id),
            integration_id: r.integration_id,
            receives,
            created_at: r.entry.as_ref().map(|e| e.created_at),
            updated_at: r.entry.as_ref().map(|e| e.updated_at),
            name: r.name,
            purpose: r.purpose,
            country: r.country,
            safeguard: r.safeguard.map(|s| s.as_str().to_owned()),
            retention: r.retention,
        }
    }
}

/// An entry just written; it describes an integration when it names one.
fn view_of(e: recipient::Model) -> RecipientView {
    let source = match e.integration_id {
        Some(_) => Source::Integration,
        None => Source::Register,
    };
    RecipientView::from(Row {
        source,
        integration_id: e.integration_id,
        name: e.name.clone(),
        receives: What::Told(e.receives.clone()),
        purpose: e.purpose.clone(),
        country: e.country.clone(),
        safeguard: e.safeguard,
        retention: e.retention.clone(),
        entry: Some(e),
    })
}

/// A new register entry.
#[derive(Object)]
#[oai(deny_unknown_fields)]
struct NewRecipientBody {
    /// 1–200 characters.
    name: String,
    /// What it receives, 1–500 characters.
    receives: String,
    /// Why, 1–500 characters.
    purpose: String,
    /// ISO 3166-1 alpha-2 code, e.g. `DE` or `US`.
    country: String,
    /// Required outside the EEA (EU, Iceland, Liechtenstein, Norway) and
    /// refused inside it: `adequacy`, `scc`, `bcr` or `derogation`.
    safeguard: Option<String>,
    /// How long it keeps the data, at most 200 characters.
    retention: Option<String>,
    /// The integration of this tenant the entry describes; each integration
    /// has at most one entry.
    integration_id: Option<Uuid>,
}

/// A change to an entry: fields left out stay; `null` clears an optional one.
#[derive(Object)]
#[oai(deny_unknown_fields)]
struct RecipientPatch {
    name: Option<String>,
    receives: Option<String>,
    purpose: Option<String>,
    country: Option<String>,
    /// Send `null` with a change of `country` to one inside the EEA.
    safeguard: MaybeUndefined<String>,
    retention: MaybeUndefined<String>,
    integration_id: MaybeUndefined<Uuid>,
}

fn maybe<T>(v: MaybeUndefined<T>) -> Option<Option<T>> {
    match v {
        MaybeUndefined::Undefined => None,
        MaybeUndefined::Null => Some(None),
        MaybeUndefined::Value(v) => Some(Some(v)),
    }
}

#[derive(ApiResponse)]
enum Created {
    #[oai(status = 201)]
    Created(Json<RecipientView>),
}

pub struct RecipientsApi;

#[OpenApi(prefix_path = "/recipients", tag = "ApiTags::Recipients")]
impl RecipientsApi {
    /// List the register of recipients
    ///
    /// Staff. The register's entries that stand on their own, oldest first,
    /// then every integration, oldest first.
    #[oai(path = "/", method = "get", operation_id = "list_recipients")]
    async fn list(
        &self,
        state: Data<&AppState>,
        auth: Auth,
    ) -> ApiResult<Json<Vec<RecipientView>>> {
        let rows = register::list(&state, auth.scope()).await?;
        Ok(Json(rows.into_iter().map(Into::into).collect()))
    }

    /// Add a recipient or processor to the register
    ///
    /// Admin. Copies name it: an entry without `integration_id` receives
    /// every customer's data; one with it describes that integration.
    #[oai(path = "/", method = "post", operation_id = "create_recipient")]
    async fn create(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<NewRecipientBody>,
    ) -> ApiResult<Created> {
        let b = body.0;
        let new = NewEntry {
            name: b.name,
            receives: b.receives,
            purpose: b.purpose,
            country: b.country,
            safeguard: b.safeguard,
            retention: b.retention,
            integration_id: b.integration_id,
        };
        let e = service::create(&state, auth.scope(), &meta, new).await?;
        Ok(Created::Created(Json(view_of(e))))
    }

    /// Change a register entry
    ///
    /// Admin. The entry is checked again as a whole.
    #[oai(path = "/:id", method = "patch", operation_id = "update_recipient")]
    async fn update(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<RecipientPatch>,
    ) -> ApiResult<Json<RecipientView>> {
        let b = body.0;
        let patch = Patch {
            name: b.name,
            receives: b.receives,
            purpose: b.purpose,
            country: b.country,
            safeguard: maybe(b.safeguard),
            retention: maybe(b.retention),
            integration_id: maybe(b.integration_id),
        };
        let e = service::update(&state, auth.scope(), &meta, id.0, patch).await?;
        Ok(Json(view_of(e)))
    }

    /// Remove a register entry
    ///
    /// Admin. An integration stays in the list until it is deleted itself.
    #[oai(path = "/:id", method = "delete", operation_id = "delete_recipient")]
    async fn delete(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<NoContent> {
        service::delete(&state, auth.scope(), &meta, id.0).await?;
        Ok(NoContent::Done)
    }
}

//! `/api/v1/customers`: thin adapters over the customer service.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::{
    ApiResponse, Object, OpenApi,
    param::{Path, Query},
    payload::Json,
    types::MaybeUndefined,
};
use uuid::Uuid;

use super::{
    lifecycle::{Flag, Step},
    notes::{self, Note},
    read::At,
    service::{Change, Customer, NewCustomer, Patch},
    view,
};
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    fields::api::FieldValue,
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

/// A customer record.
#[derive(Object)]
pub(super) struct CustomerView {
    id: Uuid,
    name: String,
    #[oai(skip_serializing_if_is_none)]
    email: Option<String>,
    /// E.164: `+`, country code and number.
    #[oai(skip_serializing_if_is_none)]
    phone: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    company: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    address: Option<String>,
    /// The preferred language (BCP 47 tag, e.g. `de`): copies of this
    /// person's data are written in it (emails about a portal request use
    /// the language the request was made in).
    #[oai(skip_serializing_if_is_none)]
    language: Option<String>,
    /// Custom field values by key: only fields the reader's role may see.
    fields: BTreeMap<String, FieldValue<false>>,
    /// `active`, `complete` or `anonymized`.
    state: String,
    #[oai(skip_serializing_if_is_none)]
    completed_at: Option<DateTime<Utc>>,
    #[oai(skip_serializing_if_is_none)]
    expires_at: Option<DateTime<Utc>>,
    /// Processing is restricted (Art. 18): readable, not editable.
    restricted: bool,
    /// When the person objected to direct marketing (Art. 21), while the
    /// objection stands: no marketing purpose can be granted without their
    /// fresh, explicit consent. Absent otherwise.
    #[oai(skip_serializing_if_is_none)]
    objects_to_marketing: Option<DateTime<Utc>>,
    #[oai(skip_serializing_if_is_none)]
    restriction_reason: Option<String>,
    /// Must not be erased (Art. 17(3)(e)).
    legal_hold: bool,
    #[oai(skip_serializing_if_is_none)]
    hold_reason: Option<String>,
    /// The current consent decision per purpose (`marketing_email`: true).
    consent: BTreeMap<String, bool>,
    /// Send back with a change; a change made meanwhile makes yours a 409.
    version: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl From<Customer> for CustomerView {
    fn from(c: Customer) -> Self {
        let p = &c.personal;
        Self {
            id: c.row.id.into(),
            name: p.name.clone(),
            email: p.email_text(),
            phone: p.phone_text(),
            company: p.company.clone(),
            address: p.address.clone(),
            language: p.language.clone(),
            fields: c
                .fields
                .iter()
                .map(|(k, v)| (k.clone(), FieldValue(v.clone())))
                .collect(),
            state: c.row.state.as_str().to_owned(),
            completed_at: c.row.completed_at,
            expires_at: c.row.expires_at,
            restricted: c.row.restricted,
            objects_to_marketing: c.row.objects_to_marketing_at,
            restriction_reason: p.restriction_reason.clone(),
            legal_hold: c.row.legal_hold,
            hold_reason: p.hold_reason.clone(),
            version: c.row.version,
            consent: c.consent.clone(),
            created_at: c.row.created_at,
            updated_at: c.row.updated_at,
        }
    }
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct NewCustomerBody {
    #[oai(validator(min_length = 1, max_length = 200))]
    name: String,
    #[oai(validator(min_length = 3, max_length = 254))]
    email: Option<String>,
    /// With country code, as in `+49 30 1234567`.
    #[oai(validator(min_length = 1, max_length = 40))]
    phone: Option<String>,
    #[oai(validator(min_length = 1, max_length = 200))]
    company: Option<String>,
    #[oai(validator(min_length = 1, max_length = 1000))]
    address: Option<String>,
    /// The preferred language: one of the supported tags (`en`, `de`, `fr`,
    /// `es`, `it`, `nl`, `pl`); copies of this person's data are written in it.
    #[oai(validator(min_length = 2, max_length = 16))]
    language: Option<String>,
    /// Custom field values by key (see `/fields`); required fields must be given.
    fields: Option<BTreeMap<String, FieldValue<false>>>,
}

/// A partial update: fields left out stay as they are; `null` clears an optional field.
#[derive(Object)]
#[oai(deny_unknown_fields)]
struct CustomerPatch {
    /// The `version` of the record as you last read it.
    #[oai(validator(minimum(value = "1")))]
    version: i64,
    #[oai(validator(min_length = 1, max_length = 200))]
    name: Option<String>,
    #[oai(validator(min_length = 3, max_length = 254))]
    email: MaybeUndefined<String>,
    #[oai(validator(min_length = 1, max_length = 40))]
    phone: MaybeUndefined<String>,
    #[oai(validator(min_length = 1, max_length = 200))]
    company: MaybeUndefined<String>,
    #[oai(validator(min_length = 1, max_length = 1000))]
    address: MaybeUndefined<String>,
    /// The preferred language tag; `null` clears it (the tenant's default applies).
    #[oai(validator(min_length = 2, max_length = 16))]
    language: MaybeUndefined<String>,
    /// Custom field values to change, by key; others stay. `null` clears a value.
    fields: Option<BTreeMap<String, FieldValue<true>>>,
}

fn field_values<const N: bool>(
    fields: Option<BTreeMap<String, FieldValue<N>>>,
) -> BTreeMap<String, serde_json::Value> {
    fields
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| (k, v.0))
        .collect()
}

fn patch(v: MaybeUndefined<String>) -> Patch {
    match v {
        MaybeUndefined::Undefined => Patch::Keep,
        MaybeUndefined::Null => Patch::Clear,
        MaybeUndefined::Value(s) => Patch::Set(s),
    }
}

/// Turning restriction or legal hold on or off.
#[derive(Object)]
#[oai(deny_unknown_fields)]
struct FlagChange {
    on: bool,
    /// Why; required when turning on. Kept sealed with the record while on.
    #[oai(validator(min_length = 1, max_length = 500))]
    reason: Option<String>,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct NewNote {
    #[oai(validator(min_length = 1, max_length = 10000))]
    body: String,
}

#[derive(Object)]
struct NoteView {
    id: Uuid,
    customer_id: Uuid,
    /// `user`, `token`, or `system` for bulk-loaded notes.
    author_kind: String,
    author_id: Uuid,
    body: String,
    created_at: DateTime<Utc>,
}

impl From<Note> for NoteView {
    fn from(n: Note) -> Self {
        Self {
            id: n.id,
            customer_id: n.customer_id.into(),
            author_kind: n.author_kind,
            author_id: n.author_id,
            body: n.body,
            created_at: n.created_at,
        }
    }
}

#[derive(ApiResponse)]
enum NoteCreated {
    #[oai(status = 201)]
    Created(Json<NoteView>),
}

#[derive(Object)]
struct CustomerPage {
    items: Vec<CustomerView>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(skip_serializing_if_is_none)]
    next_cursor: Option<String>,
    /// How many records the view holds (every page together).
    total: u64,
    /// Whether `total` is exact: it is unless a search has more than 1,000
    /// matches, when it is the search index's estimate.
    total_exact: bool,
}

/// Another record that is likely the same person, and why.
#[derive(Object)]
pub(super) struct LikelyView {
    id: Uuid,
    /// What the two share: `email`, `phone`, `name_company`.
    reasons: Vec<String>,
}

pub(super) fn likely_views(found: Vec<super::duplicates::Likely>) -> Vec<LikelyView> {
    found
        .into_iter()
        .map(|l| LikelyView {
            id: l.id.into(),
            reasons: l.reasons.iter().map(|r| r.as_str().to_owned()).collect(),
        })
        .collect()
}

/// A new record, and the records it is likely a duplicate of.
#[derive(Object)]
struct Created {
    #[oai(flatten)]
    customer: CustomerView,
    /// Records that share this one's email, phone, or name and company:
    /// the new record was made all the same; look at them, and merge if
    /// they are one person. Empty when there are none.
    likely_duplicates: Vec<LikelyView>,
}

#[derive(ApiResponse)]
enum CustomerCreated {
    #[oai(status = 201)]
    Created(Json<Created>),
}

pub struct CustomersApi;

#[OpenApi(prefix_path = "/customers", tag = "ApiTags::Customers")]
impl CustomersApi {
    /// Add a customer
    ///
    /// Staff. Every personal field is sealed under a key of this customer's own.
    /// The record is made even when it is likely a duplicate; `likely_duplicates`
    /// names the records it shares an email, phone, or name and company with.
    #[oai(path = "/", method = "post", operation_id = "create_customer")]
    async fn create(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<NewCustomerBody>,
    ) -> ApiResult<CustomerCreated> {
        let b = body.0;
        let input = NewCustomer {
            name: b.name,
            email: b.email,
            phone: b.phone,
            company: b.company,
            address: b.address,
            language: b.language,
            fields: field_values(b.fields),
        };
        let customer = super::write::create(&state, auth.scope(), &meta, input).await?;
        let likely =
            super::duplicates::likely_of(&state.db.main, auth.scope().tenant_id(), customer.row.id)
                .await?;
        Ok(CustomerCreated::Created(Json(Created {
            customer: customer.into(),
            likely_duplicates: likely_views(likely),
        })))
    }

    /// List customers
    ///
    /// `limit` (1–200, default 50) per page, in the order they were added or
    /// in `sort`'s, with the list's filters (all must hold) and `total`, the
    /// number of records the view holds. `field.<key>=<value>` (not listed
    /// below, one per field) keeps records whose select or true/false custom
    /// field `key` holds `value` (`true`/`false` for a true/false field).
    /// A parameter that is not right is a 400 naming it.
    #[oai(path = "/", method = "get", operation_id = "list_customers")]
    #[allow(clippy::too_many_arguments)]
    async fn list(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        req: &poem::Request,
        /// `active`, `complete`, `anonymized`, `expiring` (complete, and the
        /// retention period ends within `within` days) or `expired`.
        #[oai(name = "state", validator(max_length = 20))]
        _state_filter: Query<Option<String>>,
        /// With `state=expiring`: how many days ahead (1–3660); the
        /// configured default if absent.
        #[oai(name = "within", validator(max_length = 5))]
        _within: Query<Option<String>>,
        /// `1`: only records whose processing is restricted.
        #[oai(name = "restricted", validator(max_length = 5))]
        _restricted: Query<Option<String>>,
        /// `1`: only records on legal hold.
        #[oai(name = "hold", validator(max_length = 5))]
        _hold: Query<Option<String>>,
        /// `open`: only records named by an open data-subject request.
        #[oai(name = "request", validator(max_length = 10))]
        _request: Query<Option<String>>,
        /// A consent purpose's key: only records whose current decision for
        /// it is "granted".
        #[oai(name = "consent", validator(max_length = 100))]
        _consent: Query<Option<String>>,
        /// `name`, `created`, `updated`, `state` or `expires_at`; `-` before
        /// it for descending. Absent: the order they were added.
        #[oai(name = "sort", validator(max_length = 20))]
        _sort: Query<Option<String>>,
        /// An exact email address, an exact phone number (with country code),
        /// or the starts of name words (3 letters or more; all must match).
        /// With `sort`, at most 1,000 matches are ordered.
        #[oai(validator(max_length = 200))]
        q: Query<Option<String>>,
        #[oai(validator(max_length = 200))] cursor: Query<Option<String>>,
        #[oai(validator(minimum(value = "1"), maximum(value = "200")))] limit: Query<Option<u64>>,
    ) -> ApiResult<Json<CustomerPage>> {
        let scope = auth.scope();
        let pairs = view::pairs(req.uri().query().unwrap_or_default());
        let view = view::load(&state, scope.tenant_id(), scope.role(), &pairs).await?;
        let at = match cursor.0.as_deref().filter(|c| !c.is_empty()) {
            Some(c) => At::of_cursor(c)?,
            None => At::START,
        };
        let listed =
            super::read::list(&state, scope, &meta, &view, q.0.as_deref(), at, limit.0).await?;
        Ok(Json(CustomerPage {
            items: listed
                .customers
                .into_iter()
                .map(CustomerView::from)
                .collect(),
            next_cursor: listed.next.map(At::cursor),
            total: listed.total.n,
            total_exact: listed.total.exact,
        }))
    }

    /// Read a customer
    ///
    /// The read is audited.
    #[oai(path = "/:id", method = "get", operation_id = "get_customer")]
    async fn get(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<CustomerView>> {
        Ok(Json(
            super::read::get(&state, auth.scope(), &meta, id.0.into())
                .await?
                .into(),
        ))
    }

    /// Change a customer
    ///
    /// Staff. Send the `version` you read: if the record changed meanwhile, the answer is 409 and nothing changes.
    #[oai(path = "/:id", method = "patch", operation_id = "update_customer")]
    async fn update(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<CustomerPatch>,
    ) -> ApiResult<Json<CustomerView>> {
        let b = body.0;
        let change = Change {
            version: b.version,
            name: b.name,
            email: patch(b.email),
            phone: patch(b.phone),
            company: patch(b.company),
            address: patch(b.address),
            language: patch(b.language),
            fields: field_values(b.fields),
        };
        Ok(Json(
            super::write::update(&state, auth.scope(), &meta, id.0.into(), change)
                .await?
                .into(),
        ))
    }

    /// Mark a customer complete
    ///
    /// Staff. The retention period starts: `expires_at` is set from the tenant's policy.
    #[oai(
        path = "/:id/complete",
        method = "post",
        operation_id = "complete_customer"
    )]
    async fn complete(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<CustomerView>> {
        let c = super::lifecycle::step(&state, auth.scope(), &meta, id.0.into(), Step::Complete)
            .await?;
        Ok(Json(c.into()))
    }

    /// Reopen a completed customer
    ///
    /// Staff. The record is active again; `completed_at` and `expires_at` are cleared.
    #[oai(
        path = "/:id/reopen",
        method = "post",
        operation_id = "reopen_customer"
    )]
    async fn reopen(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<CustomerView>> {
        let c =
            super::lifecycle::step(&state, auth.scope(), &meta, id.0.into(), Step::Reopen).await?;
        Ok(Json(c.into()))
    }

    /// Restrict processing (Art. 18), or lift it
    ///
    /// Staff. While restricted the record is kept and readable, but cannot be
    /// edited, annotated or used for marketing or bulk processing.
    #[oai(
        path = "/:id/restrict",
        method = "post",
        operation_id = "restrict_customer"
    )]
    async fn restrict(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<FlagChange>,
    ) -> ApiResult<Json<CustomerView>> {
        let b = body.0;
        Ok(Json(
            super::lifecycle::set_flag(
                &state,
                auth.scope(),
                &meta,
                id.0.into(),
                Flag::Restricted,
                b.on,
                b.reason.as_deref(),
            )
            .await?
            .into(),
        ))
    }

    /// Place or release a legal hold
    ///
    /// Admin. A record on hold must not be erased (Art. 17(3)(e)): expiry and shredding pass it by.
    #[oai(path = "/:id/hold", method = "post", operation_id = "hold_customer")]
    async fn hold(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<FlagChange>,
    ) -> ApiResult<Json<CustomerView>> {
        let b = body.0;
        Ok(Json(
            super::lifecycle::set_flag(
                &state,
                auth.scope(),
                &meta,
                id.0.into(),
                Flag::LegalHold,
                b.on,
                b.reason.as_deref(),
            )
            .await?
            .into(),
        ))
    }

    /// A customer's notes
    ///
    /// Oldest first. The read is audited.
    #[oai(path = "/:id/notes", method = "get", operation_id = "list_notes")]
    async fn notes(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<Vec<NoteView>>> {
        let list = notes::list(&state, auth.scope(), &meta, id.0.into()).await?;
        Ok(Json(list.into_iter().map(NoteView::from).collect()))
    }

    /// Add a note
    ///
    /// Staff. Refused while the record's processing is restricted.
    #[oai(path = "/:id/notes", method = "post", operation_id = "add_note")]
    async fn add_note(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<NewNote>,
    ) -> ApiResult<NoteCreated> {
        Ok(NoteCreated::Created(Json(
            notes::add(&state, auth.scope(), &meta, id.0.into(), &body.0.body)
                .await?
                .into(),
        )))
    }
}

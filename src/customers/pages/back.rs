//! Where a posted action on a record leads: back to the record.

use entity::ids::CustomerId;
use poem::Response;

use crate::{
    error::Result,
    http::page::{self, Fields, Viewer},
    i18n::say::Say,
};

/// After an action on the record: back to it with `message`, or the refusal.
pub(super) fn back(
    viewer: &Viewer,
    form: &Fields,
    id: CustomerId,
    result: Result<()>,
    message: Say,
) -> Response {
    page::after(
        viewer,
        result,
        &form.back_or(format!("/customers/{id}")),
        message,
    )
}

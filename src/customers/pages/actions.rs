//! What staff do to a record from its page: notes, consent, completing
//! and reopening, restriction and legal hold.

use entity::ids::CustomerId;
use poem::{
    Response, handler,
    http::StatusCode,
    web::{Data, Path},
};
use poem_openapi::types::ParseFromJSON;
use serde_json::Value;
use uuid::Uuid;

use super::back::back;
use super::record::{Forms, View, record_page};
use crate::customers::{
    lifecycle::{Flag, Step},
    notes, tasks,
};
use crate::{
    audit::Origin,
    consent::{
        purposes,
        service::{self as consent, Basis, Source},
    },
    error::Error,
    http::page::{self, Fields, Form, Posted, Refusal, Viewer},
    i18n::say::Say,
    state::AppState,
};

#[handler]
pub(super) async fn add_note(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<CustomerId>,
) -> Response {
    let Posted { viewer, form } = posted;
    let result = notes::add(&state, &viewer.scope, &meta, id, form.text("body"))
        .await
        .map(drop);
    if let Err(e @ Error::Invalid(_)) = &result {
        let note = Form::new(form.values(), Some(e));
        return shown_again(
            &state,
            &meta,
            &viewer,
            id,
            Forms {
                note,
                ..Forms::default()
            },
        )
        .await;
    }
    back(&viewer, &form, id, result, Say::new("flash-note-added"))
}

/// The record's page again, with a refused form as it was posted.
async fn shown_again(
    state: &AppState,
    meta: &Origin,
    viewer: &Viewer,
    id: CustomerId,
    forms: Forms,
) -> Response {
    shown_with(
        state,
        meta,
        viewer,
        id,
        StatusCode::UNPROCESSABLE_ENTITY,
        forms,
    )
    .await
}

/// The record's page again with `status`, its forms as `forms` holds them.
async fn shown_with(
    state: &AppState,
    meta: &Origin,
    viewer: &Viewer,
    id: CustomerId,
    status: StatusCode,
    forms: Forms,
) -> Response {
    match record_page(state, meta, viewer, id, View::default(), status, forms).await {
        Ok(page) => page,
        Err(e) => page::error(Some(viewer), &e),
    }
}

#[handler]
pub(super) async fn set_consent(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<CustomerId>,
) -> Response {
    let Posted { viewer, form } = posted;
    let result = async {
        let granted = match form.text("decision") {
            "granted" => true,
            "withdrawn" => false,
            _ => return Err(Error::invalid("decision", "choose granted or withdrawn")),
        };
        let basis = Basis::parse_from_json(Some(Value::String(
            form.get("basis").unwrap_or("consent").to_owned(),
        )))
        .map_err(|_| Error::invalid("basis", "is not a lawful basis Steward knows"))?;
        let purpose = form.text("purpose");
        let offered = purposes::choices(&state, &viewer.scope, viewer.lang).await?;
        if !offered.iter().any(|(key, _)| key == purpose) {
            return Err(Error::invalid(
                "purpose",
                "choose one of the organisation's consent purposes",
            ));
        }
        consent::record(
            &state,
            &viewer.scope,
            &meta,
            id,
            consent::Change {
                purpose: purpose.to_owned(),
                granted,
                basis,
                source: Source::Staff,
                evidence: form.non_blank("evidence"),
                fresh_consent: form.non_blank("fresh_consent").is_some(),
            },
        )
        .await
        .map(drop)
    }
    .await;
    // Refused (a fault in the form, or an opt-in the person's objection
    // to direct marketing stops): the form again, with why.
    if let Err(e @ (Error::Invalid(_) | Error::Conflict(_))) = &result {
        let (status, _, _) = page::faults(e);
        let consent = Form::new(form.values(), Some(e));
        return shown_with(
            &state,
            &meta,
            &viewer,
            id,
            status,
            Forms {
                consent,
                ..Forms::default()
            },
        )
        .await;
    }
    back(
        &viewer,
        &form,
        id,
        result,
        Say::new("flash-consent-recorded"),
    )
}

/// After a button's post on the record (complete, reopen, restrict, hold,
/// a task done): back where it came from, or — refused on the record's own
/// page (the record changed meanwhile, say) — that page again with why,
/// next to its actions.
async fn after_action(
    state: &AppState,
    meta: &Origin,
    viewer: &Viewer,
    form: &Fields,
    id: CustomerId,
    result: crate::error::Result<()>,
    message: Say,
) -> Response {
    let from_record = form.back_or(format!("/customers/{id}")) == format!("/customers/{id}");
    if let (Err(e), true) = (&result, from_record)
        && let Some((status, refused)) = Refusal::of("actions", e)
    {
        let forms = Forms {
            refused: Some(refused),
            ..Forms::default()
        };
        return shown_with(state, meta, viewer, id, status, forms).await;
    }
    back(viewer, form, id, result, message)
}

pub(super) async fn step_to(
    state: &AppState,
    meta: &Origin,
    posted: Posted,
    id: CustomerId,
    step: Step,
) -> Response {
    let Posted { viewer, form } = posted;
    let result = crate::customers::lifecycle::step(state, &viewer.scope, meta, id, step)
        .await
        .map(drop);
    let message = match step {
        Step::Complete => Say::new("flash-record-completed"),
        Step::Reopen => Say::new("flash-record-reopened"),
    };
    after_action(state, meta, &viewer, &form, id, result, message).await
}

#[handler]
pub(super) async fn complete(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<CustomerId>,
) -> Response {
    step_to(&state, &meta, posted, id, Step::Complete).await
}

#[handler]
pub(super) async fn reopen(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<CustomerId>,
) -> Response {
    step_to(&state, &meta, posted, id, Step::Reopen).await
}

pub(super) async fn flag(
    state: &AppState,
    meta: &Origin,
    posted: Posted,
    id: CustomerId,
    flag: Flag,
) -> Response {
    let Posted { viewer, form } = posted;
    let on = form.text("on") == "true";
    let reason = form.non_blank("reason");
    let result = crate::customers::lifecycle::set_flag(
        state,
        &viewer.scope,
        meta,
        id,
        flag,
        on,
        reason.as_deref(),
    )
    .await
    .map(drop);
    let message = match (flag, on) {
        (Flag::Restricted, true) => Say::new("flash-record-restricted"),
        (Flag::Restricted, false) => Say::new("flash-record-unrestricted"),
        (Flag::LegalHold, true) => Say::new("flash-record-held"),
        (Flag::LegalHold, false) => Say::new("flash-record-released"),
    };
    // Refused on the record's own page: shown again with the reason typed.
    let from_record = form.back_or(format!("/customers/{id}")) == format!("/customers/{id}");
    if let (Err(e @ Error::Invalid(_)), true) = (&result, from_record) {
        let refused = Form::new(form.values(), Some(e));
        let forms = match flag {
            Flag::Restricted => Forms {
                restrict: refused,
                ..Forms::default()
            },
            Flag::LegalHold => Forms {
                hold: refused,
                ..Forms::default()
            },
        };
        return shown_again(state, meta, &viewer, id, forms).await;
    }
    after_action(state, meta, &viewer, &form, id, result, message).await
}

#[handler]
pub(super) async fn restriction(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<CustomerId>,
) -> Response {
    flag(&state, &meta, posted, id, Flag::Restricted).await
}

#[handler]
pub(super) async fn hold(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<CustomerId>,
) -> Response {
    flag(&state, &meta, posted, id, Flag::LegalHold).await
}

#[handler]
pub(super) async fn add_task(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<CustomerId>,
) -> Response {
    let Posted { viewer, form } = posted;
    let input = tasks::NewTask {
        text: form.text("text").to_owned(),
        due: form.text("due").to_owned(),
        assignee: form.text("assignee").parse().ok(),
    };
    let result = tasks::add(&state, &viewer.scope, &meta, id, &input)
        .await
        .map(drop);
    // Refused: the record's page again, with the task as it was typed.
    if let Err(e @ Error::Invalid(_)) = &result {
        let task = Form::new(form.values(), Some(e));
        let forms = Forms {
            task,
            ..Forms::default()
        };
        return shown_again(&state, &meta, &viewer, id, forms).await;
    }
    back(&viewer, &form, id, result, Say::new("flash-task-added"))
}

#[handler]
pub(super) async fn task_done(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path((id, task_id)): Path<(CustomerId, Uuid)>,
) -> Response {
    let Posted { viewer, form } = posted;
    let result = tasks::done(&state, &viewer.scope, &meta, id, task_id)
        .await
        .map(drop);
    let message = Say::new("flash-task-done");
    after_action(&state, &meta, &viewer, &form, id, result, message).await
}

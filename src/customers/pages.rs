//! Customer pages: the list with search and filters, a new record, and one
//! record with its notes, consent, lifecycle, copies, erasure and audit trail.
//! Search terms are posted, never put in a URL.

use poem::{Route, get, post};

mod actions;
mod back;
mod browse;
mod bulk;
mod erasure;
mod merge;
mod record;
mod timeline;
mod views;

use actions::{add_note, complete, hold, reopen, restriction, set_consent};
use browse::{list, search};
use erasure::{bulk_erase, erase, erase_form};
use record::{create, edit, edit_form, new_form, show};

pub fn routes(r: Route) -> Route {
    r.at("/customers", get(list).post(search))
        .at("/customers/new", get(new_form).post(create))
        .at("/customers/duplicates", get(merge::list))
        .at(
            "/customers/:id/merge",
            get(merge::compare).post(merge::submit),
        )
        .at("/customers/:id", get(show))
        .at("/customers/:id/edit", get(edit_form).post(edit))
        .at("/customers/:id/notes", post(add_note))
        .at("/customers/:id/tasks", post(actions::add_task))
        .at(
            "/customers/:id/tasks/:task_id/done",
            post(actions::task_done),
        )
        .at("/customers/:id/consent", post(set_consent))
        .at("/customers/:id/complete", post(complete))
        .at("/customers/:id/reopen", post(reopen))
        .at("/customers/:id/restriction", post(restriction))
        .at("/customers/:id/hold", post(hold))
        .at("/customers/:id/erase", get(erase_form).post(erase))
        .at("/customers/erase", post(bulk_erase))
        .at("/customers/bulk", post(bulk::apply))
        .at("/customers/columns", post(views::set_columns))
        .at("/customers/views", get(views::list).post(views::save))
        .at("/customers/views/:id", post(views::rename))
        .at("/customers/views/:id/delete", post(views::delete))
}

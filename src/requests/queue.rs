//! The queue as staff narrow it: requests by state, kind and due date,
//! sorted by due date or by when they came in, a page at a time with the
//! total. The page and the API read the same parameters here.

use entity::data_request;
use sea_orm::{
    ColumnTrait, EntityTrait, ExprTrait, Order, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, sea_query::Expr,
};

use super::count::Due;
use super::service::{Kind, State};
use crate::{
    auth::{Role, Scope},
    context::Services,
    error::{Error, Result},
};

/// The order of the queue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// The soonest due first, so the overdue lead; undated ones last.
    #[default]
    Due,
    /// The latest due first; undated ones last.
    DueLast,
    /// The first received first.
    Received,
    /// The last received first.
    ReceivedLast,
}

impl Sort {
    const WORDS: [(&'static str, Sort); 4] = [
        ("due", Sort::Due),
        ("-due", Sort::DueLast),
        ("received", Sort::Received),
        ("-received", Sort::ReceivedLast),
    ];

    pub fn as_str(self) -> &'static str {
        Self::WORDS
            .iter()
            .find(|(_, s)| *s == self)
            .map(|(w, _)| *w)
            .unwrap_or("due")
    }
}

/// Which requests to list, and in which order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Wanted {
    /// `None`: every state.
    pub state: Option<State>,
    pub kind: Option<Kind>,
    /// Open requests whose due date stands so.
    pub due: Option<Due>,
    pub sort: Sort,
    /// The request of this reference (`R-2026-0042`), whatever its state
    /// unless one is given.
    pub reference: Option<Reference>,
}

/// A request's reference as given in a search: `R-<year>-<number>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    year: i32,
    number: i32,
}

impl Reference {
    /// Reads `R-2026-0042` (any case, the number with or without its
    /// leading zeros).
    pub fn parse(given: &str) -> Option<Self> {
        let rest = given.trim().strip_prefix(['R', 'r'])?.strip_prefix('-')?;
        let (year, number) = rest.split_once('-')?;
        let digits =
            |s: &str| !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit());
        if year.len() != 4 || !digits(year) || !digits(number) {
            return None;
        }
        let (year, number) = (year.parse().ok()?, number.parse().ok()?);
        (number > 0).then_some(Self { year, number })
    }

    /// As it is stored and shown.
    pub fn text(self) -> String {
        super::service::reference(self.year, self.number)
    }
}

/// The query parameters of the queue as given, before they are read.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct Params {
    pub state: Option<String>,
    pub kind: Option<String>,
    pub overdue: Option<String>,
    pub due: Option<String>,
    pub sort: Option<String>,
    pub reference: Option<String>,
}

fn blank(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl Params {
    /// What the parameters ask for, or a 400 naming each one that cannot
    /// be read. `state` is `open` when not given, `all` for every state.
    pub fn read(&self) -> Result<Wanted> {
        let mut faults = std::collections::BTreeMap::new();
        let mut fault = |param: &str, why: &str| {
            faults.insert(param.to_owned(), why.to_owned());
        };
        let reference = blank(&self.reference).and_then(|given| {
            Reference::parse(given).or_else(|| {
                fault(
                    "reference",
                    "is not a request reference such as R-2026-0042",
                );
                None
            })
        });
        // A reference finds its request in whatever state it is.
        let unstated = match reference.is_some() || self.reference.is_some() {
            true => "all",
            false => State::Open.as_str(),
        };
        let state = match blank(&self.state).unwrap_or(unstated) {
            "all" => None,
            word => State::parse(word).or_else(|| {
                fault(
                    "state",
                    "must be unverified, open, fulfilling, fulfilled, rejected or all",
                );
                None
            }),
        };
        let kind = blank(&self.kind).and_then(|word| {
            Kind::parse(word).or_else(|| {
                fault(
                    "kind",
                    "must be copy, erasure, withdraw_consent, portability, objection or rectification",
                );
                None
            })
        });
        let overdue = match blank(&self.overdue) {
            None | Some("0" | "false") => None,
            Some("1" | "true") => Some(Due::Overdue),
            Some(_) => {
                fault("overdue", "must be 1 (only overdue requests) or 0");
                None
            }
        };
        let due = blank(&self.due).and_then(|word| {
            Due::parse(word).or_else(|| {
                fault("due", "must be overdue, soon (within 7 days) or later");
                None
            })
        });
        if let (Some(a), Some(b)) = (overdue, due)
            && a != b
        {
            fault("due", "contradicts overdue=1");
        }
        let sort = match blank(&self.sort) {
            None => Sort::Due,
            Some(word) => Sort::WORDS
                .iter()
                .find(|(w, _)| *w == word)
                .map(|(_, s)| *s)
                .unwrap_or_else(|| {
                    fault("sort", "must be due, -due, received or -received");
                    Sort::Due
                }),
        };
        if !faults.is_empty() {
            return Err(Error::BadQuery(faults));
        }
        Ok(Wanted {
            state,
            kind,
            due: due.or(overdue),
            sort,
            reference,
        })
    }
}

/// The requests of the caller's tenant that `wanted` names: `limit` of them
/// from `offset` on, and how many there are in all.
pub async fn list(
    state: &Services,
    scope: &Scope,
    wanted: &Wanted,
    offset: u64,
    limit: u64,
) -> Result<(Vec<data_request::Model>, u64)> {
    scope.require(Role::Staff)?;
    let mut q =
        data_request::Entity::find().filter(data_request::Column::TenantId.eq(scope.tenant_id()));
    if let Some(wanted) = wanted.state {
        q = q.filter(data_request::Column::State.eq(wanted));
    }
    if let Some(kind) = wanted.kind {
        q = q.filter(data_request::Column::Kind.eq(kind));
    }
    if let Some(reference) = wanted.reference {
        q = q.filter(data_request::Column::Reference.eq(reference.text()));
    }
    if let Some(due) = wanted.due {
        // Only an open request is due (or overdue).
        q = q
            .filter(data_request::Column::State.eq(State::Open))
            .filter(due.condition(state.clock.now()));
    }
    let total = q.clone().count(&state.db.main).await?;
    // Undated (unverified) requests last on both databases.
    let undated_last = |q: sea_orm::Select<data_request::Entity>| {
        q.order_by(Expr::col(data_request::Column::DueAt).is_null(), Order::Asc)
    };
    let q = match wanted.sort {
        Sort::Due => undated_last(q).order_by_asc(data_request::Column::DueAt),
        Sort::DueLast => undated_last(q).order_by_desc(data_request::Column::DueAt),
        Sort::Received => q.order_by_asc(data_request::Column::ReceivedAt),
        Sort::ReceivedLast => q.order_by_desc(data_request::Column::ReceivedAt),
    };
    let rows = q
        .order_by_asc(data_request::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(&state.db.main)
        .await?;
    Ok((rows, total))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Params {
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        };
        Params {
            state: get("state"),
            kind: get("kind"),
            overdue: get("overdue"),
            due: get("due"),
            sort: get("sort"),
            reference: get("reference"),
        }
    }

    #[test]
    fn the_queue_reads_its_parameters_and_names_each_bad_one() {
        assert_eq!(
            params(&[]).read().unwrap(),
            Wanted {
                state: Some(State::Open),
                ..Wanted::default()
            }
        );
        let w = params(&[
            ("state", "all"),
            ("kind", "erasure"),
            ("overdue", "1"),
            ("sort", "-received"),
        ])
        .read()
        .unwrap();
        assert_eq!(
            w,
            Wanted {
                state: None,
                kind: Some(Kind::Erasure),
                due: Some(Due::Overdue),
                sort: Sort::ReceivedLast,
                reference: None,
            }
        );
        let Err(Error::BadQuery(faults)) = params(&[
            ("state", "late"),
            ("kind", "everything"),
            ("overdue", "yes"),
            ("due", "tomorrow"),
            ("sort", "name"),
        ])
        .read() else {
            panic!("refused");
        };
        let named: Vec<&str> = faults.keys().map(String::as_str).collect();
        assert_eq!(named, ["due", "kind", "overdue", "sort", "state"]);
        assert!(params(&[("overdue", "1"), ("due", "soon")]).read().is_err());
    }

    #[test]
    fn a_reference_is_read_in_any_case_and_finds_its_request_in_any_state() {
        let w = params(&[("reference", " r-2026-42 ")]).read().unwrap();
        assert_eq!(w.state, None);
        assert_eq!(
            w.reference.map(Reference::text).as_deref(),
            Some("R-2026-0042")
        );
        assert_eq!(
            Reference::parse("R-2026-12345")
                .map(Reference::text)
                .as_deref(),
            Some("R-2026-12345")
        );
        let w = params(&[("reference", "R-2026-0042"), ("state", "open")])
            .read()
            .unwrap();
        assert_eq!(w.state, Some(State::Open));
        for bad in [
            "2026-0042",
            "R-26-0042",
            "R-2026-",
            "R-2026-0",
            "R-2026-4x",
            "X-2026-0042",
        ] {
            let Err(Error::BadQuery(faults)) = params(&[("reference", bad)]).read() else {
                panic!("{bad} refused");
            };
            assert!(faults.contains_key("reference"), "{bad}");
        }
    }
}

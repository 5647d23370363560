//! Numbered pages of the staff lists (requests, notices, the audit log):
//! `page=N` from 1, a total, previous and next, and the window of page
//! numbers a list links (1 … 4 5 [6] 7 8 … 120).

use serde::Serialize;

use crate::error::{Error, Result};

/// Rows on a page of a staff list.
pub const PER_PAGE: u64 = 50;

/// The highest page number anyone may ask for: beyond it an offset is
/// more work than a list page should cost.
const MAX_PAGE: u64 = 100_000;

/// The page asked for by `page` (1 when absent or blank), or a 400 naming
/// `page`.
pub fn number(asked: Option<&str>) -> Result<u64> {
    match asked.map(str::trim).filter(|p| !p.is_empty()) {
        None => Ok(1),
        Some(p) => p
            .parse::<u64>()
            .ok()
            .filter(|n| (1..=MAX_PAGE).contains(n))
            .ok_or_else(|| {
                Error::bad_param(
                    "page",
                    format!("must be a whole number from 1 to {MAX_PAGE}"),
                )
            }),
    }
}

pub use crate::pagination::offset;

/// A list's parameters as a query string for its links, blank ones left
/// out (states, kinds and codes: never a person's data).
pub fn query<'a>(params: impl IntoIterator<Item = (&'a str, Option<&'a str>)>) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(
            params
                .into_iter()
                .filter_map(|(k, v)| Some((k, v.map(str::trim).filter(|v| !v.is_empty())?))),
        )
        .finish()
}

/// Where a list stands: the page shown of how many, and the links around it.
#[derive(Serialize, Debug, PartialEq, Eq)]
pub struct Paging {
    pub page: u64,
    pub pages: u64,
    pub total: u64,
    pub previous: Option<u64>,
    pub next: Option<u64>,
    /// The page numbers to link, in order; `None` stands for a gap (…).
    pub window: Vec<Option<u64>>,
}

impl Paging {
    /// Page `page` of a list of `total` rows, `per_page` a page.
    pub fn new(page: u64, total: u64, per_page: u64) -> Self {
        let pages = total.div_ceil(per_page.max(1)).max(1);
        let mut window = Vec::new();
        let near = page.saturating_sub(2).max(1)..=(page + 2).min(pages);
        for n in 1..=pages {
            if n == 1 || n == pages || near.contains(&n) {
                window.push(Some(n));
            } else if window.last().is_some_and(Option::is_some) {
                window.push(None);
            }
        }
        Self {
            page,
            pages,
            total,
            previous: (page > 1).then(|| (page - 1).min(pages)),
            next: (page < pages).then_some(page + 1),
            window,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_shows_the_ends_and_two_either_side() {
        let p = Paging::new(6, 120 * 50, 50);
        assert_eq!(p.pages, 120);
        assert_eq!(
            p.window,
            vec![
                Some(1),
                None,
                Some(4),
                Some(5),
                Some(6),
                Some(7),
                Some(8),
                None,
                Some(120)
            ]
        );
        assert_eq!((p.previous, p.next), (Some(5), Some(7)));
        let first = Paging::new(1, 0, 50);
        assert_eq!((first.pages, first.previous, first.next), (1, None, None));
        assert_eq!(first.window, vec![Some(1)]);
        let last = Paging::new(3, 101, 50);
        assert_eq!(last.window, vec![Some(1), Some(2), Some(3)]);
        assert_eq!((last.previous, last.next), (Some(2), None));
    }

    #[test]
    fn a_page_is_a_whole_number_from_one() {
        assert_eq!(number(None).unwrap(), 1);
        assert_eq!(number(Some("")).unwrap(), 1);
        assert_eq!(number(Some("7")).unwrap(), 7);
        for bad in ["0", "-1", "two", "1.5", "100001"] {
            assert!(
                matches!(number(Some(bad)), Err(Error::BadQuery(_))),
                "{bad}"
            );
        }
        assert_eq!(offset(3, 50), 100);
    }
}

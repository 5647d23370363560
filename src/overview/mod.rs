//! The overview at `/`: what waits for someone, counted — open notices by
//! kind, open data-subject requests by due date (Art. 12(3)'s month),
//! completed records expiring or expired (Art. 5(1)(e)) — each count a link
//! into its list, and the person's own recent activity. Counts only: indexed
//! COUNT queries, nothing opened or decrypted.

pub mod api;
pub mod pages;
pub mod service;

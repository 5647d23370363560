//! The scenario groups, run in this order by `run`: reads, writes, the
//! outbox, imports, retention, copies, exports, erasure, then overload and
//! shutdown.

pub mod copies;
pub mod erasure;
pub mod exports;
pub mod imports;
pub mod outbox;
pub mod overload;
pub mod reads;
pub mod retention;
pub mod writes;

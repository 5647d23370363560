//! A copy of everything held about one customer: the same content as
//! portable JSON (GDPR Art. 20) and, for people to read, as a PDF (Art. 15),
//! with the information Art. 15 requires. The wording lives in
//! `templates/copy/`.

pub mod api;
pub mod content;
mod fonts;
mod layout;
mod lines;
pub mod pdf;
pub mod portable;

pub use content::{CustomerCopy, SCHEMA_VERSION};
pub use fonts::warm;

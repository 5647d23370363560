//! Moving customers out: any list view (its filter and search) written
//! whole as CSV or XLSX, with only the columns the asker's role may see
//! (`file`), kept sealed for one download by its asker (`service`). Every
//! export is audited with its row count, and the records it read as a
//! list's are; admins can switch exports off for staff.

pub mod api;
pub mod csv;
pub mod file;
pub mod pages;
pub mod service;

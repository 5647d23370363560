//! The data a person provided, in files they can take to another
//! controller (Art. 20): JSON shaped as `schemas/customer-portable.v1.json`
//! (offered beside it in the same download), and CSV of the same data in
//! one row whose column names are those Steward's import recognises.
//!
//! What the person provided: their details, every custom field value and
//! their consent decisions. Staff's notes and the record's own dates are
//! not theirs to carry; the full copy holds them.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use super::content::{CustomerCopy, FieldEntry, PersonalData, PurposeEntry};
use crate::exports::file::csv_line;

/// The schema the JSON file follows, offered in the same download.
pub const SCHEMA: &str = include_str!("../../schemas/customer-portable.v1.json");

/// The portable part of a copy.
#[derive(Serialize)]
pub struct Portable<'a> {
    schema_version: u32,
    generated_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_reference: Option<&'a str>,
    controller: &'a str,
    personal: Personal<'a>,
    fields: &'a [FieldEntry],
    consent: &'a [PurposeEntry],
}

#[derive(Serialize)]
struct Personal<'a> {
    #[serde(flatten)]
    details: &'a PersonalData,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
}

impl<'a> Portable<'a> {
    pub fn of(copy: &'a CustomerCopy) -> Self {
        Self {
            schema_version: 1,
            generated_at: copy.generated_at,
            request_id: copy.request_id,
            request_reference: copy.request_reference.as_deref(),
            controller: &copy.controller.name,
            personal: Personal {
                details: &copy.personal,
                language: copy.preferred_language.map(|l| l.tag()),
            },
            fields: &copy.fields,
            consent: &copy.consent,
        }
    }

    /// The JSON file.
    pub fn json(&self) -> serde_json::Result<Vec<u8>> {
        serde_json::to_vec_pretty(self)
    }

    /// The CSV file: a header and one row. The columns are the import's
    /// words: the details, each custom field by key, and each purpose as
    /// `<purpose> consent` (`yes` or `no`, the decision in force). UTF-8
    /// with a byte-order mark, so spreadsheet programs read it as such.
    pub fn csv(&self) -> Vec<u8> {
        let p = self.personal.details;
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        let mut header: Vec<String> = ["name", "email", "phone", "company", "address", "language"]
            .map(str::to_owned)
            .to_vec();
        let mut row = vec![
            p.name.clone(),
            text(&p.email),
            text(&p.phone),
            text(&p.company),
            text(&p.address),
            self.personal.language.unwrap_or_default().to_owned(),
        ];
        for f in self.fields.iter().filter(|f| !f.removed) {
            header.push(f.key.clone());
            row.push(match &f.value {
                Value::String(s) => s.clone(),
                Value::Bool(b) => yes_no(*b),
                other => other.to_string(),
            });
        }
        for c in self.consent {
            header.push(format!("{} consent", c.purpose));
            row.push(yes_no(c.granted));
        }
        let mut out = "\u{feff}".as_bytes().to_vec();
        out.extend(csv_line(&header).into_bytes());
        out.extend(csv_line(&row).into_bytes());
        out
    }
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_owned()
}

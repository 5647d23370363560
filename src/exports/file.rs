//! Writing a view out: the columns a role may see, each record as a row of
//! text, and the two formats — CSV (UTF-8 with a byte-order mark, so
//! spreadsheet programs read it as UTF-8; cells that would start a formula
//! escaped, as OWASP advises) and XLSX (one sheet of text cells, written as
//! a stream, so memory stays flat in the file's size).

use std::io::Write;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, SecondsFormat, Utc};
use entity::export::Format;
use serde_json::Value;
use zip::{ZipWriter, write::SimpleFileOptions, write::StreamWriter};

pub use super::csv::{csv_line, defuse, restore};
use crate::customers::service::Customer;

/// The columns of an export, in order: the record's own, then each custom
/// field the reader's role may see (by key), then each consent purpose.
/// The headers are the words the import recognises, so a file written here
/// imports back.
pub struct Columns {
    fields: Vec<String>,
    purposes: Vec<String>,
}

const OWN: [&str; 14] = [
    "id",
    "name",
    "email",
    "phone",
    "company",
    "address",
    "language",
    "state",
    "completed_at",
    "expires_at",
    "restricted",
    "legal_hold",
    "created_at",
    "updated_at",
];

fn time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_owned()
}

impl Columns {
    /// `fields`: the keys of the custom fields the reader may see;
    /// `purposes`: the consent purposes, each a column.
    pub fn new(fields: Vec<String>, purposes: Vec<String>) -> Self {
        Self { fields, purposes }
    }

    pub fn header(&self) -> Vec<String> {
        OWN.iter()
            .map(|s| (*s).to_owned())
            .chain(self.fields.iter().cloned())
            .chain(self.purposes.iter().map(|p| format!("{p} consent")))
            .collect()
    }

    /// Record `c` as the cells of a row (a field or decision it lacks is blank).
    pub fn cells(&self, c: &Customer) -> Vec<String> {
        let (p, r) = (&c.personal, &c.row);
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        let mut out = vec![
            r.id.to_string(),
            p.name.clone(),
            p.email_text().unwrap_or_default(),
            p.phone_text().unwrap_or_default(),
            text(&p.company),
            text(&p.address),
            text(&p.language),
            r.state.as_str().to_owned(),
            r.completed_at.map(time).unwrap_or_default(),
            r.expires_at.map(time).unwrap_or_default(),
            yes_no(r.restricted),
            yes_no(r.legal_hold),
            time(r.created_at),
            time(r.updated_at),
        ];
        out.extend(self.fields.iter().map(|k| match c.fields.get(k) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(Value::Bool(b)) => yes_no(*b),
            Some(other) => other.to_string(),
        }));
        out.extend(
            self.purposes
                .iter()
                .map(|p| c.consent.get(p).map(|g| yes_no(*g)).unwrap_or_default()),
        );
        out
    }
}

/// Bytes written and not yet stored; the writer of either format writes
/// into it, and the caller takes what has piled up.
#[derive(Clone, Default)]
pub struct Spool(Arc<Mutex<Vec<u8>>>);

impl Write for Spool {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| std::io::Error::other("spool poisoned"))?
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Spool {
    /// Takes the first whole multiples of `size` bytes (all bytes when
    /// `all`), leaving the rest.
    pub fn take(&self, size: usize, all: bool) -> zeroize::Zeroizing<Vec<u8>> {
        let mut buf = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let n = match all {
            true => buf.len(),
            false => buf.len() - buf.len() % size,
        };
        let rest = buf.split_off(n);
        zeroize::Zeroizing::new(std::mem::replace(&mut *buf, rest))
    }
}

/// A file being written, row by row.
pub enum Writer {
    Csv(Spool),
    Xlsx(Box<ZipWriter<StreamWriter<Spool>>>),
}

fn zip_error(e: zip::result::ZipError) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Customers" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;
const SHEET_START: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#;
const SHEET_END: &str = "</sheetData></worksheet>";

/// The most characters a spreadsheet cell holds.
const XLSX_CELL_MAX: usize = 32_767;

/// `s` as XML text: markup escaped, and the control characters XML cannot
/// hold left out.
fn xml_text(s: &str, out: &mut String) {
    for c in s.chars().take(XLSX_CELL_MAX) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

impl Writer {
    /// Starts a file of `format` into `spool`.
    pub fn start(format: Format, spool: &Spool) -> std::io::Result<Self> {
        match format {
            Format::Csv => {
                let mut spool = spool.clone();
                spool.write_all("\u{FEFF}".as_bytes())?;
                Ok(Writer::Csv(spool))
            }
            Format::Xlsx => {
                let mut zip = ZipWriter::new_stream(spool.clone());
                let options = SimpleFileOptions::default()
                    .compression_method(zip::CompressionMethod::Deflated)
                    .compression_level(Some(1));
                for (name, body) in [
                    ("[Content_Types].xml", CONTENT_TYPES),
                    ("_rels/.rels", RELS),
                    ("xl/workbook.xml", WORKBOOK),
                    ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                ] {
                    zip.start_file(name, options).map_err(zip_error)?;
                    zip.write_all(body.as_bytes())?;
                }
                zip.start_file("xl/worksheets/sheet1.xml", options.large_file(true))
                    .map_err(zip_error)?;
                zip.write_all(SHEET_START.as_bytes())?;
                Ok(Writer::Xlsx(Box::new(zip)))
            }
        }
    }

    /// Writes one row.
    pub fn row(&mut self, cells: &[String]) -> std::io::Result<()> {
        match self {
            Writer::Csv(out) => {
                let mut line = csv_line(cells);
                let written = out.write_all(line.as_bytes());
                zeroize::Zeroize::zeroize(&mut line);
                written
            }
            Writer::Xlsx(zip) => {
                let mut xml = String::from("<row>");
                for cell in cells {
                    if cell.is_empty() {
                        xml.push_str("<c/>");
                        continue;
                    }
                    xml.push_str(r#"<c t="inlineStr"><is><t xml:space="preserve">"#);
                    xml_text(cell, &mut xml);
                    xml.push_str("</t></is></c>");
                }
                xml.push_str("</row>");
                let written = zip.write_all(xml.as_bytes());
                zeroize::Zeroize::zeroize(&mut xml);
                written
            }
        }
    }

    /// Ends the file; its last bytes go to the spool.
    pub fn finish(self) -> std::io::Result<()> {
        match self {
            Writer::Csv(_) => Ok(()),
            Writer::Xlsx(mut zip) => {
                zip.write_all(SHEET_END.as_bytes())?;
                zip.finish().map_err(zip_error)?;
                Ok(())
            }
        }
    }
}

/// The file's media type.
pub fn content_type(format: Format) -> &'static str {
    match format {
        Format::Csv => "text/csv; charset=utf-8",
        Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(format: Format, rows: &[Vec<String>]) -> Vec<u8> {
        let spool = Spool::default();
        let mut w = Writer::start(format, &spool).unwrap();
        for r in rows {
            w.row(r).unwrap();
        }
        w.finish().unwrap();
        spool.take(1, true).to_vec()
    }

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_csv_starts_with_a_byte_order_mark_and_quotes_what_needs_it() {
        let bytes = written(
            Format::Csv,
            &[row(&["a", "b,c", "say \"hi\"", "two\nlines", "Zoë"])],
        );
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(
            text,
            "\u{FEFF}a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",Zoë\r\n"
        );
    }

    #[test]
    fn cells_that_would_start_a_formula_are_made_text_and_read_back_as_written() {
        for bad in ["=1+1", "+49 30", "-2", "@SUM(A1)", "\tx", "\rx"] {
            let defused = defuse(bad);
            assert_eq!(defused, format!("'{bad}"));
            assert_eq!(restore(&defused), bad);
        }
        assert_eq!(defuse("plain"), "plain");
        assert_eq!(restore("'quoted"), "'quoted", "only what defuse made");
    }

    #[test]
    fn an_xlsx_holds_text_cells_with_markup_escaped() {
        let bytes = written(
            Format::Xlsx,
            &[row(&["name", "email"]), row(&["<b>&Zoë", ""])],
        );
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut sheet = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
            &mut sheet,
        )
        .unwrap();
        assert!(sheet.contains("&lt;b&gt;&amp;Zoë"), "{sheet}");
        assert!(sheet.ends_with(SHEET_END));
    }

    #[test]
    fn a_spool_hands_over_whole_chunks_and_keeps_the_rest() {
        let mut spool = Spool::default();
        spool.write_all(&[1u8; 10]).unwrap();
        assert_eq!(spool.take(4, false).len(), 8);
        assert_eq!(spool.take(4, false).len(), 0);
        assert_eq!(spool.take(4, true).len(), 2);
    }
}

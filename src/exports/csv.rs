//! CSV cells and lines as every file Steward writes has them: formula-like
//! cells made text, quoting per RFC 4180. A leaf, so any module may write CSV.

/// The first characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell for a CSV file: one that a spreadsheet would take for a formula
/// gets a leading `'`, which makes it text (OWASP, "CSV injection").
pub fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.starts_with(FORMULA_STARTS) {
        true => format!("'{cell}").into(),
        false => cell.into(),
    }
}

/// One CSV line (RFC 4180, CRLF): each cell [`defuse`]d, and quoted when
/// it holds a comma, quote or line break or starts with a space.
pub fn csv_line<S: AsRef<str>>(cells: &[S]) -> String {
    let mut line = String::new();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        let cell = defuse(cell.as_ref());
        if cell.contains([',', '"', '\n', '\r']) || cell.starts_with(' ') {
            line.push('"');
            line.push_str(&cell.replace('"', "\"\""));
            line.push('"');
        } else {
            line.push_str(&cell);
        }
    }
    line.push_str("\r\n");
    line
}

/// The cell [`defuse`] made, as it was: how a file written here reads back.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

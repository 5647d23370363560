//! Reading an uploaded table: a CSV file in whatever encoding and delimiter
//! it came in, or the first worksheet of an XLSX file, as a header row and
//! data rows that each know where they stand in the file, so a refusal can
//! point at the line a person sees in their editor.

use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use calamine::{
    DataRef, ExcelDateTime, Reader as _, Sheet, SheetType, SheetVisible, Xlsx, XlsxError,
};
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use csv_core::ReadRecordResult;
use encoding_rs::{Encoding, ISO_8859_2, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1250, WINDOWS_1252};
use encoding_rs_io::{DecodeReaderBytes, DecodeReaderBytesBuilder};
use serde::{Deserialize, Serialize};
use zip::ZipArchive;

/// How much of a file's start `sniff` looks at.
pub const SNIFF_BYTES: usize = 64 * 1024;

/// The longest CSV record read. A longer one is nearly always a quote that is
/// never closed; reading on would hold the rest of the file in memory.
const MAX_RECORD_BYTES: usize = 1 << 20;
/// The most cells a CSV record may have: as many columns as a spreadsheet.
const MAX_CELLS: usize = 16_384;
/// How many records of the head the delimiter is guessed from.
const SNIFF_RECORDS: usize = 50;
/// The delimiters Steward reads, in the order a tie is broken.
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];
/// What a spreadsheet cell kept in memory costs besides its text.
const CELL_BYTES: usize = size_of::<(u32, u32, SheetCell)>();
/// How much of a workbook's shared strings part is read to find how many
/// strings it declares: every spreadsheet program writes that in its first
/// few hundred bytes.
const SHARED_STRINGS_HEAD: u64 = 16 * 1024;
/// The fewest bytes a shared string takes in its part (`<si>`).
const SHARED_STRING_BYTES: u64 = 4;

/// The kind of file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    /// The word stored and shown for it: "csv" or "xlsx".
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(word: &str) -> Result<Self, String> {
        match word {
            "csv" => Ok(Format::Csv),
            "xlsx" => Ok(Format::Xlsx),
            other => Err(format!(
                "unknown file format {other:?}; expected \"csv\" or \"xlsx\""
            )),
        }
    }
}

/// How a file is read: found by `sniff`, each part overridable by the user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layout {
    pub format: Format,
    /// WHATWG name of the text encoding (CSV only): "UTF-8", "UTF-16LE",
    /// "UTF-16BE", "windows-1252", … (`encoding_rs::Encoding::name()`).
    pub encoding: String,
    /// The cell delimiter (CSV only): b',', b';' or b'\t'; a one-character
    /// string in JSON.
    #[serde(with = "delimiter_text")]
    pub delimiter: u8,
}

impl Layout {
    /// An XLSX file's layout: the encoding and delimiter mean nothing there.
    fn xlsx() -> Self {
        Self {
            format: Format::Xlsx,
            encoding: UTF_8.name().to_owned(),
            delimiter: b',',
        }
    }
}

/// What the user set in place of what `sniff` would find.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overrides {
    /// An encoding label ("latin1", "utf-8", "windows-1250", …).
    pub encoding: Option<String>,
    /// b',', b';' or b'\t'.
    pub delimiter: Option<u8>,
}

/// What a look at the start of a file finds: its layout and header row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sniffed {
    pub layout: Layout,
    /// The header cells, trimmed. Empty for XLSX: a ZIP keeps its directory
    /// at its end, so the head cannot show them; `xlsx_headers` reads them.
    pub headers: Vec<String>,
}

/// A data row: where it starts in the file (1-based line number of the CSV
/// record's first line, or the spreadsheet row number), its cells, and why it
/// cannot be read as a row when it cannot (then `cells` may be partial).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
    pub fault: Option<String>,
}

/// Why a file cannot be read at all (a single row's trouble is its `fault`).
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("the file is empty")]
    Empty,
    #[error("the file has no header row")]
    NoHeader,
    #[error("the header row does not end within 1 MB; a quote may never be closed")]
    HeaderTooLong,
    #[error("the encoding label \"{0}\" is not one Steward knows")]
    UnknownEncoding(String),
    #[error("the delimiter {0:?} is not one Steward reads; use a comma, a semicolon or a tab")]
    UnknownDelimiter(char),
    #[error("the file is not a CSV or XLSX file (it looks like {0})")]
    NotATable(&'static str),
    #[error("the spreadsheet has no worksheet")]
    NoWorksheet,
    #[error("the first worksheet of the spreadsheet is empty")]
    EmptyWorksheet,
    #[error("the spreadsheet cannot be read; it may be damaged or not an XLSX file")]
    Spreadsheet(#[source] XlsxError),
    /// A spreadsheet that would take more than `budget` bytes to unpack and
    /// hold: by what its archive declares, or by the cells read so far.
    #[error(
        "the spreadsheet unpacks to more than {} MB; save it as CSV or split it",
        megabytes(.budget)
    )]
    TooLarge { budget: usize },
    #[error("the file cannot be read: {0}")]
    Io(#[from] io::Error),
}

impl From<XlsxError> for ReadError {
    fn from(error: XlsxError) -> Self {
        match error {
            XlsxError::Io(error) => Self::Io(error),
            other => Self::Spreadsheet(other),
        }
    }
}

/// Looks at the start of a file (its first bytes, up to `SNIFF_BYTES`) and
/// at its name. The bytes decide: XLSX by the ZIP signature `PK\x03\x04`
/// (the name only tells an .ods or .docx apart), other known kinds (PDF,
/// .xls, images, web pages) are refused, and anything else is CSV, even when
/// named .xlsx. A CSV's encoding comes from a BOM (UTF-8, UTF-16LE/BE), else
/// UTF-8 if the bytes are, else chardetng's guess among windows-1252,
/// windows-1250 and ISO-8859-2 (windows-1252 for any other guess); its
/// delimiter from Excel's `sep=` line, else the one of `,` `;` `\t` that
/// splits the first records into the same number (>1) of cells.
/// `overrides` replaces what the user set.
pub fn sniff(
    head: &[u8],
    file_name: Option<&str>,
    overrides: &Overrides,
) -> Result<Sniffed, ReadError> {
    let head = &head[..head.len().min(SNIFF_BYTES)];
    let truncated = head.len() == SNIFF_BYTES;
    if head.is_empty() {
        return Err(ReadError::Empty);
    }
    if head.starts_with(b"PK\x03\x04") {
        return match other_zip(file_name) {
            Some(kind) => Err(ReadError::NotATable(kind)),
            None => Ok(Sniffed {
                layout: Layout::xlsx(),
                headers: Vec::new(),
            }),
        };
    }
    if let Some(kind) = other_binary(head) {
        return Err(ReadError::NotATable(kind));
    }
    let (bom, body) = match Encoding::for_bom(head) {
        Some((encoding, length)) => (Some(encoding), &head[length..]),
        None => (None, head),
    };
    if body.is_empty() {
        return Err(ReadError::Empty);
    }
    let encoding = match (&overrides.encoding, bom) {
        (Some(label), _) => encoding_for(label)?,
        (None, Some(encoding)) => encoding,
        (None, None) => detect_encoding(body, truncated)?,
    };
    let (decoded, _) = encoding.decode_without_bom_handling(body);
    if let Some(kind) = markup(&decoded) {
        return Err(ReadError::NotATable(kind));
    }
    let text = decoded.as_bytes();
    let delimiter = match overrides.delimiter {
        Some(delimiter) => check_delimiter(delimiter)?,
        None => separator_hint(text)
            .filter(|hint| DELIMITERS.contains(hint))
            .unwrap_or_else(|| detect_delimiter(text, truncated)),
    };
    let headers = header_row(&mut Records::new(text, delimiter))?;
    let layout = Layout {
        format: Format::Csv,
        encoding: encoding.name().to_owned(),
        delimiter,
    };
    Ok(Sniffed { layout, headers })
}

/// The data rows of a CSV file read from `reader`: the whole file, streamed
/// (memory stays flat in the file's size), decoded from `layout.encoding`
/// with any BOM dropped, blank rows (every cell blank) skipped, the header
/// row (the first non-blank one) kept apart in `headers`. A row with more or
/// fewer cells than the header comes with a `fault`. The rows end early when
/// `reader` fails (a chunk that cannot be fetched, a cancelled import):
/// `CsvRows::failure` says so once they end.
pub fn csv_rows<R: Read>(reader: R, layout: &Layout) -> Result<CsvRows<R>, ReadError> {
    let encoding = encoding_for(&layout.encoding)?;
    let delimiter = check_delimiter(layout.delimiter)?;
    let decoded = DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding))
        .strip_bom(true)
        .build(reader);
    let mut records = Records::new(BufReader::with_capacity(SNIFF_BYTES, decoded), delimiter);
    let headers = header_row(&mut records)?;
    Ok(CsvRows {
        records,
        headers,
        done: false,
        failure: None,
    })
}

/// The data rows of a CSV file, one at a time; see `csv_rows`.
pub struct CsvRows<R: Read> {
    records: Records<BufReader<DecodeReaderBytes<R, Vec<u8>>>>,
    headers: Vec<String>,
    done: bool,
    failure: Option<io::Error>,
}

impl<R: Read> CsvRows<R> {
    /// The header row, each cell trimmed.
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// Why the rows ended before the end of the file: the reader failed.
    /// Check it once the rows end; the file was read whole only when this
    /// is `None`.
    pub fn failure(&self) -> Option<&io::Error> {
        self.failure.as_ref()
    }
}

impl<R: Read> Iterator for CsvRows<R> {
    type Item = Row;

    fn next(&mut self) -> Option<Row> {
        while !self.done {
            let parsed = match self.records.next_filled() {
                Ok(parsed) => parsed,
                Err(error) => {
                    // Not the row's fault: the file could not be fetched.
                    self.done = true;
                    self.failure = Some(error);
                    return None;
                }
            };
            match parsed {
                Parsed::Record { line, cells } => {
                    let fault = (cells.len() != self.headers.len()).then(|| {
                        format!(
                            "has {} where the header has {}",
                            cells_count(cells.len()),
                            self.headers.len()
                        )
                    });
                    return Some(Row { line, cells, fault });
                }
                Parsed::TooLong { line } => {
                    self.done = true;
                    let fault = "is longer than Steward reads (1 MB or 16384 cells); a quote may never be \
                                 closed, so the rest of the file is not read";
                    return Some(Row {
                        line,
                        cells: Vec::new(),
                        fault: Some(fault.to_owned()),
                    });
                }
                Parsed::End => self.done = true,
            }
        }
        None
    }
}

/// The data rows of the first worksheet of an XLSX file (the first visible
/// one, if any is). Cells read as text the way a person typed them: integers
/// without ".0", other numbers as Rust prints an f64, booleans "true" and
/// "false", dates and date-times in ISO 8601 ("2026-12-07",
/// "2026-12-07T14:05:00"); an error value (#DIV/0!) is a fault on its row.
/// Columns count from the header row's first one: a value left of it is a
/// fault on its row, as is one right of its last.
///
/// The worksheet's cells are held in memory (calamine needs `Read + Seek`
/// anyway), but only the cells that hold something, and no more than
/// `budget` bytes: a workbook that declares more than that unpacked, or
/// whose cells come to more, is refused with `ReadError::TooLarge` before
/// it is all read.
pub fn xlsx_rows<R: Read + Seek>(reader: R, budget: usize) -> Result<XlsxRows, ReadError> {
    XlsxRows::from_cells(sheet_cells(reader, budget, false)?)
}

/// The header row of an XLSX file, as `xlsx_rows` gives it, read no further
/// than that row (the first holding anything), so an upload can show it
/// without reading the whole sheet. `budget` as for `xlsx_rows`.
pub fn xlsx_headers<R: Read + Seek>(reader: R, budget: usize) -> Result<Vec<String>, ReadError> {
    Ok(XlsxRows::from_cells(sheet_cells(reader, budget, true)?)?.headers)
}

/// The cells holding something of the first worksheet, as (row, column,
/// value) from 0, all of them or those of the first row holding anything,
/// each counted against `budget`.
fn sheet_cells<R: Read + Seek>(
    mut reader: R,
    budget: usize,
    header_only: bool,
) -> Result<Vec<(u32, u32, SheetCell)>, ReadError> {
    check_unpacked(&mut reader, budget)?;
    let mut book: Xlsx<R> = Xlsx::new(reader)?;
    let sheet = first_worksheet(book.sheets_metadata()).ok_or(ReadError::NoWorksheet)?;
    let mut cells = book.worksheet_cells_reader(&sheet)?;
    let mut grid: Vec<(u32, u32, SheetCell)> = Vec::new();
    let mut held = 0usize;
    while let Some(cell) = cells.next_cell()? {
        let Some(value) = SheetCell::of(cell.get_value()) else {
            continue;
        };
        let (row, column) = cell.get_position();
        // Rows come in order, so the header row ends where the next begins.
        if header_only && grid.first().is_some_and(|&(header, _, _)| row > header) {
            break;
        }
        held = held.saturating_add(CELL_BYTES + value.text_len());
        if held > budget {
            return Err(ReadError::TooLarge { budget });
        }
        grid.push((row, column, value));
    }
    Ok(grid)
}

/// Refuses a workbook that says it unpacks to more than `budget` bytes,
/// before calamine unpacks any of it: by the sizes its ZIP directory gives
/// (the ZIP reader reads no entry past its given size), and by how many
/// shared strings it declares (calamine reserves room for them all at
/// once), which must fit both in their part and in `budget`. What is not a
/// ZIP archive at all is left to calamine to refuse in its words. `reader`
/// is left where it was.
fn check_unpacked<R: Read + Seek>(reader: &mut R, budget: usize) -> Result<(), ReadError> {
    let start = reader.stream_position()?;
    let checked = match ZipArchive::new(&mut *reader) {
        Ok(mut archive) => check_archive(&mut archive, budget),
        Err(_) => Ok(()),
    };
    reader.seek(SeekFrom::Start(start))?;
    checked
}

/// `check_unpacked` on an archive that opened.
fn check_archive<R: Read + Seek>(
    archive: &mut ZipArchive<R>,
    budget: usize,
) -> Result<(), ReadError> {
    let budget_bytes = u64::try_from(budget).unwrap_or(u64::MAX);
    let damaged = |error: zip::result::ZipError| ReadError::Spreadsheet(XlsxError::Zip(error));
    let mut unpacked = 0u64;
    let mut shared_strings = Vec::new();
    for index in 0..archive.len() {
        let entry = archive.by_index_data(index).map_err(damaged)?;
        unpacked = unpacked.saturating_add(entry.size());
        if is_shared_strings(entry.name_raw()) {
            shared_strings.push((index, entry.size()));
        }
    }
    if unpacked > budget_bytes {
        return Err(ReadError::TooLarge { budget });
    }
    for (index, size) in shared_strings {
        let mut head = Vec::new();
        archive
            .by_index(index)
            .map_err(damaged)?
            .take(SHARED_STRINGS_HEAD)
            .read_to_end(&mut head)
            .map_err(|error| ReadError::Spreadsheet(XlsxError::Io(error)))?;
        let declared =
            declared_strings(&head).ok_or(ReadError::Spreadsheet(XlsxError::XmlEof("sst")))?;
        let held = declared.saturating_mul(size_of::<String>() as u64);
        if declared.saturating_mul(SHARED_STRING_BYTES) > size || held > budget_bytes {
            return Err(ReadError::TooLarge { budget });
        }
    }
    Ok(())
}

/// Whether an archive entry is a shared strings part, wherever the workbook
/// keeps it (calamine finds it by a name that ignores ASCII case).
fn is_shared_strings(name: &[u8]) -> bool {
    let name = name.to_ascii_lowercase();
    name == b"sharedstrings.xml"
        || name.ends_with(b"/sharedstrings.xml")
        || name.ends_with(b"\\sharedstrings.xml")
}

/// How many strings a shared strings part declares (its root `sst`
/// element's `uniqueCount`; 0 without one), from the part's first bytes.
/// `None` when they do not hold that start tag in the plain form spreadsheet
/// programs write: UTF-8, the tag after nothing but the XML declaration,
/// comments and white space.
fn declared_strings(head: &[u8]) -> Option<u64> {
    let mut rest = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    loop {
        rest = rest.trim_ascii_start();
        if let Some(after) = rest.strip_prefix(b"<?") {
            rest = &after[position(after, b"?>")? + 2..];
        } else if let Some(after) = rest.strip_prefix(b"<!--") {
            rest = &after[position(after, b"-->")? + 3..];
        } else {
            break;
        }
    }
    let tag = rest.strip_prefix(b"<")?;
    let name_end = tag
        .iter()
        .position(|&byte| byte.is_ascii_whitespace() || byte == b'>' || byte == b'/')?;
    let (name, mut attributes) = tag.split_at(name_end);
    if local_name(name) != b"sst" {
        return None;
    }
    let mut declared = 0;
    loop {
        attributes = attributes.trim_ascii_start();
        if attributes.starts_with(b">") || attributes.starts_with(b"/>") {
            return Some(declared);
        }
        let name_end = attributes
            .iter()
            .position(|&byte| byte == b'=' || byte.is_ascii_whitespace())?;
        let (name, after) = attributes.split_at(name_end);
        let after = after
            .trim_ascii_start()
            .strip_prefix(b"=")?
            .trim_ascii_start();
        let (&quote, after) = after.split_first()?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let value_end = after.iter().position(|&byte| byte == quote)?;
        if local_name(name) == b"uniqueCount" {
            declared = declared.max(leading_number(&after[..value_end]));
        }
        attributes = &after[value_end + 1..];
    }
}

/// Where `needle` first occurs in `bytes`.
fn position(bytes: &[u8], needle: &[u8]) -> Option<usize> {
    bytes
        .windows(needle.len())
        .position(|window| window == needle)
}

/// An XML name without its namespace prefix.
fn local_name(name: &[u8]) -> &[u8] {
    name.rsplit(|&byte| byte == b':').next().unwrap_or(name)
}

/// The number the digits at the start of `text` write (as large as a u64
/// holds at most).
fn leading_number(text: &[u8]) -> u64 {
    text.iter()
        .take_while(|byte| byte.is_ascii_digit())
        .fold(0u64, |number, &digit| {
            number
                .saturating_mul(10)
                .saturating_add(u64::from(digit - b'0'))
        })
}

/// Bytes in whole megabytes, at least 1, for telling a person.
fn megabytes(bytes: &usize) -> usize {
    (bytes.saturating_add(1 << 19) >> 20).max(1)
}

/// The data rows of a worksheet, one at a time; see `xlsx_rows`.
pub struct XlsxRows {
    headers: Vec<String>,
    rows: std::vec::IntoIter<SheetRow>,
}

impl XlsxRows {
    /// The header row (the first row holding anything), each cell trimmed.
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    fn from_cells(mut grid: Vec<(u32, u32, SheetCell)>) -> Result<Self, ReadError> {
        grid.sort_by_key(|&(row, column, _)| (row, column));
        // The header row's first column, so that reading the header row
        // alone (`xlsx_headers`) numbers the columns alike.
        let &(_, first_column, _) = grid.first().ok_or(ReadError::EmptyWorksheet)?;
        let mut rows: Vec<SheetRow> = Vec::new();
        for (row, column, value) in grid {
            let number = u64::from(row) + 1;
            match rows.last_mut() {
                Some(last) if last.number == number => {
                    last.add(column.checked_sub(first_column), column, value)
                }
                _ => {
                    let mut new = SheetRow {
                        number,
                        cells: Vec::new(),
                        left_of_header: None,
                    };
                    new.add(column.checked_sub(first_column), column, value);
                    rows.push(new);
                }
            }
        }
        let mut rows = rows.into_iter();
        let header = rows.next().ok_or(ReadError::EmptyWorksheet)?;
        let width = header.cells.last().map_or(0, |&(index, _)| index + 1);
        let mut headers = vec![String::new(); width];
        for (index, value) in header.cells {
            headers[index] = value.into_text().trim().to_owned();
        }
        Ok(Self { headers, rows })
    }
}

impl Iterator for XlsxRows {
    type Item = Row;

    fn next(&mut self) -> Option<Row> {
        let row = self.rows.next()?;
        let width = self.headers.len();
        let used = row.cells.last().map_or(0, |&(index, _)| index + 1);
        let mut cells = vec![String::new(); width];
        let mut fault = (used > width)
            .then(|| format!("has {} where the header has {width}", cells_count(used)));
        if let Some(column) = row.left_of_header {
            fault.get_or_insert_with(|| {
                format!(
                    "has a value in column {}, left of the header row",
                    column_name(column)
                )
            });
        }
        for (index, value) in row.cells {
            if let SheetCell::Error(_) = value {
                fault.get_or_insert_with(|| {
                    format!("has a spreadsheet error in column {}", index + 1)
                });
            }
            if let Some(cell) = cells.get_mut(index) {
                *cell = value.into_text();
            }
        }
        Some(Row {
            line: row.number,
            cells,
            fault,
        })
    }
}

/// The rows of a file of either kind, as its layout says.
pub enum Rows<R: Read> {
    Csv(Box<CsvRows<R>>),
    Xlsx(XlsxRows),
}

/// The rows of a file of either kind: `csv_rows` or `xlsx_rows` (with
/// `budget`) as `layout.format` says.
pub fn rows<R: Read + Seek>(
    reader: R,
    layout: &Layout,
    budget: usize,
) -> Result<Rows<R>, ReadError> {
    Ok(match layout.format {
        Format::Csv => Rows::Csv(Box::new(csv_rows(reader, layout)?)),
        Format::Xlsx => Rows::Xlsx(xlsx_rows(reader, budget)?),
    })
}

impl<R: Read> Rows<R> {
    /// The header row, each cell trimmed.
    pub fn headers(&self) -> &[String] {
        match self {
            Rows::Csv(rows) => rows.headers(),
            Rows::Xlsx(rows) => rows.headers(),
        }
    }

    /// Why the rows ended before the end of the file (see
    /// `CsvRows::failure`); an XLSX file is read whole before its rows.
    pub fn failure(&self) -> Option<&io::Error> {
        match self {
            Rows::Csv(rows) => rows.failure(),
            Rows::Xlsx(_) => None,
        }
    }
}

impl<R: Read> Iterator for Rows<R> {
    type Item = Row;

    fn next(&mut self) -> Option<Row> {
        match self {
            Rows::Csv(rows) => rows.next(),
            Rows::Xlsx(rows) => rows.next(),
        }
    }
}

/// "1 cell", "7 cells".
fn cells_count(count: usize) -> String {
    match count {
        1 => "1 cell".to_owned(),
        _ => format!("{count} cells"),
    }
}

fn is_blank(cells: &[String]) -> bool {
    cells.iter().all(|cell| cell.trim().is_empty())
}

/// The first record that holds something, each cell trimmed.
fn header_row<B: BufRead>(records: &mut Records<B>) -> Result<Vec<String>, ReadError> {
    match records.next_filled()? {
        Parsed::Record { cells, .. } => {
            let trim = |cell: &String| cell.trim().trim_start_matches('\u{feff}').trim().to_owned();
            Ok(cells.iter().map(trim).collect())
        }
        Parsed::TooLong { .. } => Err(ReadError::HeaderTooLong),
        Parsed::End if records.bytes_seen => Err(ReadError::NoHeader),
        Parsed::End => Err(ReadError::Empty),
    }
}

fn encoding_for(label: &str) -> Result<&'static Encoding, ReadError> {
    match Encoding::for_label(label.trim().as_bytes()) {
        Some(encoding) if encoding != encoding_rs::REPLACEMENT => Ok(encoding),
        _ => Err(ReadError::UnknownEncoding(label.to_owned())),
    }
}

fn check_delimiter(delimiter: u8) -> Result<u8, ReadError> {
    match DELIMITERS.contains(&delimiter) {
        true => Ok(delimiter),
        false => Err(ReadError::UnknownDelimiter(char::from(delimiter))),
    }
}

/// The encoding of text without a BOM.
fn detect_encoding(body: &[u8], truncated: bool) -> Result<&'static Encoding, ReadError> {
    if body.contains(&0) {
        return utf16_without_bom(body).ok_or(ReadError::NotATable("binary data, not text"));
    }
    let valid_utf8 = match std::str::from_utf8(body) {
        Ok(_) => true,
        // A character cut off at the end is where the head ends, or a
        // fault of one character, not a sign of another encoding.
        Err(error) => error.error_len().is_none(),
    };
    if valid_utf8 {
        return Ok(UTF_8);
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(body, !truncated);
    let guess = detector.guess(None, Utf8Detection::Allow);
    // Steward's languages are written in Western and Central European
    // scripts; a guess of another script is a guess gone wrong.
    let sensible = [WINDOWS_1252, WINDOWS_1250, ISO_8859_2];
    Ok(if sensible.contains(&guess) {
        guess
    } else {
        WINDOWS_1252
    })
}

/// UTF-16 saved without a BOM: text in a Latin script has a zero in every
/// other byte.
fn utf16_without_bom(body: &[u8]) -> Option<&'static Encoding> {
    let sample = &body[..body.len().min(4096)];
    let pairs = sample.len() / 2;
    let zeros = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&byte| byte == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    if odd * 2 > pairs && even * 10 < pairs {
        Some(UTF_16LE)
    } else if even * 2 > pairs && odd * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// A ZIP file that is not a workbook, by its name.
fn other_zip(file_name: Option<&str>) -> Option<&'static str> {
    let extension = Path::new(file_name?)
        .extension()?
        .to_str()?
        .to_ascii_lowercase();
    match extension.as_str() {
        "ods" => Some("an OpenDocument spreadsheet; save it as .xlsx or CSV"),
        "docx" | "odt" => Some("a text document"),
        "pptx" | "odp" => Some("a presentation"),
        "zip" => Some("a ZIP archive"),
        _ => None,
    }
}

/// Kinds of file people upload by mistake, by their first bytes.
fn other_binary(head: &[u8]) -> Option<&'static str> {
    const SIGNATURES: [(&[u8], &str); 7] = [
        (b"%PDF", "a PDF"),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "an Excel 97-2003 .xls file or a password-protected workbook; save it as .xlsx or CSV",
        ),
        (b"\x89PNG", "an image"),
        (b"\xFF\xD8\xFF", "an image"),
        (b"GIF8", "an image"),
        (b"\x1F\x8B", "a compressed (gzip) file"),
        (b"{\\rtf", "a rich-text (RTF) document"),
    ];
    SIGNATURES
        .iter()
        .find(|(signature, _)| head.starts_with(signature))
        .map(|&(_, kind)| kind)
}

/// Web pages and XML, which some programs save under an .xls or .csv name.
fn markup(text: &str) -> Option<&'static str> {
    let start = text
        .trim_start()
        .chars()
        .take(14)
        .collect::<String>()
        .to_ascii_lowercase();
    if ["<!doctype html", "<html", "<table"]
        .iter()
        .any(|tag| start.starts_with(tag))
    {
        Some("a web page (HTML); open it in a spreadsheet program and save it as .xlsx or CSV")
    } else if start.starts_with("<?xml") {
        Some("an XML file; open it in a spreadsheet program and save it as .xlsx or CSV")
    } else {
        None
    }
}

/// The delimiter Excel's `sep=;` first line names, if the text starts with one.
fn separator_hint(text: &[u8]) -> Option<u8> {
    match text.strip_prefix(b"sep=")? {
        [delimiter] | [delimiter, b'\r' | b'\n', ..] => Some(*delimiter),
        _ => None,
    }
}

/// Whether a first record is Excel's `sep=` line, split or not by the
/// delimiter it names.
fn is_separator_hint(cells: &[String], delimiter: u8) -> bool {
    let line = cells.join(char::from(delimiter).encode_utf8(&mut [0; 4]));
    separator_hint(line.as_bytes()).is_some()
}

/// The delimiter that splits the first records most alike, in more than one
/// cell; a comma when none does.
fn detect_delimiter(text: &[u8], truncated: bool) -> u8 {
    let mut best = (b',', (false, 0, 0));
    for delimiter in DELIMITERS {
        let widths = record_widths(text, delimiter, truncated);
        let Some(&header) = widths.first().filter(|&&header| header > 1) else {
            continue;
        };
        let agreeing = widths.iter().filter(|&&width| width == header).count();
        let score = (agreeing == widths.len(), agreeing, header);
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

/// The number of cells of each of the first non-blank records.
fn record_widths(text: &[u8], delimiter: u8, truncated: bool) -> Vec<usize> {
    let mut records = Records::new(text, delimiter);
    let mut widths = Vec::new();
    while widths.len() < SNIFF_RECORDS {
        match records.next_filled() {
            Ok(Parsed::Record { cells, .. }) => widths.push(cells.len()),
            Ok(Parsed::TooLong { .. } | Parsed::End) | Err(_) => {
                // The head may end inside its last record.
                if truncated && widths.len() > 1 {
                    widths.pop();
                }
                break;
            }
        }
    }
    widths
}

/// One step of reading CSV records.
enum Parsed {
    Record { line: u64, cells: Vec<String> },
    TooLong { line: u64 },
    End,
}

/// CSV records read with csv-core from decoded text, each with the physical
/// line it starts on. The csv crate's record positions count only `\n` and
/// point before the blank lines it skips, so the line breaks between records
/// are skipped here, where they are counted.
struct Records<B> {
    input: B,
    delimiter: u8,
    parser: csv_core::Reader,
    lines: Lines,
    bytes_seen: bool,
    output: Vec<u8>,
    ends: Vec<usize>,
}

impl<B: BufRead> Records<B> {
    fn new(input: B, delimiter: u8) -> Self {
        Self {
            input,
            delimiter,
            parser: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            lines: Lines {
                line: 1,
                after_cr: false,
            },
            bytes_seen: false,
            output: vec![0; 1024],
            ends: vec![0; 64],
        }
    }

    /// The next record that holds something: blank records and Excel's
    /// `sep=` line are passed over.
    fn next_filled(&mut self) -> io::Result<Parsed> {
        loop {
            match self.next_record()? {
                Parsed::Record { cells, .. } if is_blank(&cells) => {}
                Parsed::Record { line: 1, cells } if is_separator_hint(&cells, self.delimiter) => {}
                parsed => return Ok(parsed),
            }
        }
    }

    fn next_record(&mut self) -> io::Result<Parsed> {
        self.skip_line_breaks()?;
        let line = self.lines.line;
        let (mut written, mut ended) = (0, 0);
        loop {
            let input = self.input.fill_buf()?;
            let (result, read, output, ends) = self.parser.read_record(
                input,
                &mut self.output[written..],
                &mut self.ends[ended..],
            );
            self.lines.advance(&input[..read]);
            self.input.consume(read);
            (written, ended) = (written + output, ended + ends);
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull if self.output.len() >= MAX_RECORD_BYTES => {
                    return Ok(Parsed::TooLong { line });
                }
                ReadRecordResult::OutputFull => self.output.resize(self.output.len() * 2, 0),
                ReadRecordResult::OutputEndsFull if self.ends.len() >= MAX_CELLS => {
                    return Ok(Parsed::TooLong { line });
                }
                ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                ReadRecordResult::Record => {
                    let cells = split_cells(&self.output[..written], &self.ends[..ended]);
                    return Ok(Parsed::Record { line, cells });
                }
                ReadRecordResult::End => return Ok(Parsed::End),
            }
        }
    }

    /// Skips the line breaks before the next record (blank lines, and the
    /// `\n` of a `\r\n` that ended the last one), counting them.
    fn skip_line_breaks(&mut self) -> io::Result<()> {
        loop {
            let input = self.input.fill_buf()?;
            self.bytes_seen |= !input.is_empty();
            let breaks = input
                .iter()
                .take_while(|&&byte| byte == b'\r' || byte == b'\n')
                .count();
            let more = breaks > 0 && breaks == input.len();
            self.lines.advance(&input[..breaks]);
            self.input.consume(breaks);
            if !more {
                return Ok(());
            }
        }
    }
}

/// A record's cells: its text and where each cell ends in it.
fn split_cells(output: &[u8], ends: &[usize]) -> Vec<String> {
    let mut start = 0;
    ends.iter()
        .map(|&end| {
            let cell = String::from_utf8_lossy(&output[start..end]).into_owned();
            start = end;
            cell
        })
        .collect()
}

/// The physical line reached, counting `\r\n`, `\n` and a lone `\r` each as
/// one line break.
struct Lines {
    line: u64,
    after_cr: bool,
}

impl Lines {
    fn advance(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            if byte == b'\r' || (byte == b'\n' && !self.after_cr) {
                self.line += 1;
            }
            self.after_cr = byte == b'\r';
        }
    }
}

/// The first worksheet that is shown, else the first one at all.
fn first_worksheet(sheets: &[Sheet]) -> Option<String> {
    let mut worksheets = sheets
        .iter()
        .filter(|sheet| sheet.typ == SheetType::WorkSheet);
    let first = worksheets.clone().next();
    worksheets
        .find(|sheet| sheet.visible == SheetVisible::Visible)
        .or(first)
        .map(|sheet| sheet.name.clone())
}

/// A spreadsheet row holding something: its number and its cells by column
/// (counted from the header row's first column).
struct SheetRow {
    number: u64,
    cells: Vec<(usize, SheetCell)>,
    /// The first column (from 0) left of the header row's that holds
    /// something: such a cell has no header and no place in `cells`.
    left_of_header: Option<u32>,
}

impl SheetRow {
    /// Adds a cell at `index` from the header row's first column, or at
    /// `column` left of it when `index` is `None`.
    fn add(&mut self, index: Option<u32>, column: u32, value: SheetCell) {
        match index {
            Some(index) => self.cells.push((index as usize, value)),
            None => {
                self.left_of_header.get_or_insert(column);
            }
        }
    }
}

/// A column's name as a spreadsheet shows it: "A" for 0, "AB" for 27.
fn column_name(column: u32) -> String {
    let mut name = String::new();
    let mut rest = u64::from(column) + 1;
    while rest > 0 {
        rest -= 1;
        name.insert(0, char::from(b'A' + (rest % 26) as u8));
        rest /= 26;
    }
    name
}

/// A cell holding something.
enum SheetCell {
    Text(String),
    /// An error value, as the spreadsheet shows it ("#DIV/0!").
    Error(String),
}

impl SheetCell {
    fn of(value: &DataRef<'_>) -> Option<Self> {
        let text = match value {
            DataRef::Empty => return None,
            DataRef::Error(error) => return Some(Self::Error(error.to_string())),
            DataRef::String(text) | DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => {
                text.clone()
            }
            DataRef::SharedString(text) => (*text).to_owned(),
            DataRef::Int(number) => number.to_string(),
            DataRef::Float(number) => number.to_string(),
            DataRef::Bool(value) => value.to_string(),
            DataRef::DateTime(value) => excel_date_time(value),
        };
        (!text.trim().is_empty()).then_some(Self::Text(text))
    }

    /// The bytes of its text.
    fn text_len(&self) -> usize {
        match self {
            Self::Text(text) | Self::Error(text) => text.len(),
        }
    }

    fn into_text(self) -> String {
        match self {
            Self::Text(text) | Self::Error(text) => text,
        }
    }
}

/// A date ("2026-12-07"), a date-time ("2026-12-07T14:05:00"), a time of day
/// ("14:05:00") or a duration ("36:00:00") in ISO 8601.
fn excel_date_time(value: &ExcelDateTime) -> String {
    if value.is_duration() {
        let seconds = (value.as_f64() * 86_400.0).round() as i64;
        let sign = if seconds < 0 { "-" } else { "" };
        let seconds = seconds.unsigned_abs();
        return format!(
            "{sign}{}:{:02}:{:02}",
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        );
    }
    let (year, month, day, hour, minute, second, milli) = value.to_ymd_hms_milli();
    let date = format!("{year:04}-{month:02}-{day:02}");
    let time = match milli {
        0 => format!("{hour:02}:{minute:02}:{second:02}"),
        _ => format!("{hour:02}:{minute:02}:{second:02}.{milli:03}"),
    };
    if value.as_f64() < 1.0 {
        time
    } else if (hour, minute, second, milli) == (0, 0, 0, 0) {
        date
    } else {
        format!("{date}T{time}")
    }
}

/// A delimiter as a one-character string in JSON.
mod delimiter_text {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    use super::DELIMITERS;

    pub fn serialize<S: Serializer>(delimiter: &u8, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&char::from(*delimiter))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u8, D::Error> {
        let text = String::deserialize(deserializer)?;
        match text.as_bytes() {
            [delimiter] if DELIMITERS.contains(delimiter) => Ok(*delimiter),
            _ => Err(D::Error::custom(format!(
                "the delimiter {text:?} is not one Steward reads; use \",\", \";\" or a tab"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Write};

    use calamine::ExcelDateTimeType;
    use zip::{CompressionMethod, ZipWriter, write::SimpleFileOptions};

    use super::*;

    macro_rules! fixture {
        ($name:literal) => {
            include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/data/imports/",
                $name
            ))
            .as_slice()
        };
    }

    const GERMAN: &[u8] = fixture!("customers-de-1252.csv");
    const WITH_BOM: &[u8] = fixture!("customers-bom.csv");
    const UTF16: &[u8] = fixture!("customers-utf16.csv");
    const WORKBOOK: &[u8] = fixture!("customers.xlsx");
    /// What the imports pass for a 10 MB upload limit.
    const BUDGET: usize = 4 * 10 * 1024 * 1024;

    fn sniffed(bytes: &[u8]) -> Sniffed {
        sniff(bytes, Some("customers.csv"), &Overrides::default()).expect("sniffs")
    }

    fn csv(format: Format, encoding: &str, delimiter: u8) -> Layout {
        Layout {
            format,
            encoding: encoding.to_owned(),
            delimiter,
        }
    }

    /// The rows of a CSV file as `sniff` finds it.
    fn rows_of(bytes: &[u8]) -> Vec<Row> {
        csv_rows(bytes, &sniffed(bytes).layout)
            .expect("reads")
            .collect()
    }

    fn texts(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|&cell| cell.to_owned()).collect()
    }

    fn lines(rows: &[Row]) -> Vec<u64> {
        rows.iter().map(|row| row.line).collect()
    }

    #[test]
    fn a_german_excel_export_is_windows_1252_with_semicolons() {
        let found = sniffed(GERMAN);
        assert_eq!(found.layout, csv(Format::Csv, "windows-1252", b';'));
        assert_eq!(
            found.headers,
            texts(&["Vorname", "Nachname", "E-Mail", "Telefon", "Firma", "Notiz"])
        );
    }

    #[test]
    fn german_rows_start_on_their_physical_lines_and_a_short_one_is_a_fault() {
        let rows = rows_of(GERMAN);
        // Line 3 is blank; Zoë's note runs over lines 4 and 5.
        assert_eq!(lines(&rows), [2, 4, 6, 7, 8]);
        assert_eq!(rows[0].cells[..2], texts(&["Jürgen", "Müller"]));
        assert_eq!(rows[1].cells[..2], texts(&["Zoë", "Ødegård"]));
        assert_eq!(rows[1].cells[5], "Ruft gerne an;\r\nbitte vormittags");
        assert_eq!(rows[2].cells[3], "");
        assert_eq!(rows[2].cells[5], "Grüße an „Frau Weiß“");
        assert_eq!(rows[3].cells.len(), 5);
        assert_eq!(
            rows[3].fault.as_deref(),
            Some("has 5 cells where the header has 6")
        );
        assert_eq!(rows[4].cells[4..], texts(&["Ñandú S.L.", "€ 50 Rabatt"]));
        let faults: Vec<bool> = rows.iter().map(|row| row.fault.is_some()).collect();
        assert_eq!(faults, [false, false, false, true, false]);
    }

    #[test]
    fn a_utf8_file_with_a_bom_keeps_every_script() {
        let found = sniffed(WITH_BOM);
        assert_eq!(found.layout, csv(Format::Csv, "UTF-8", b','));
        assert_eq!(
            found.headers,
            texts(&[
                "First Name",
                "Last Name",
                "Email",
                "Phone",
                "Company",
                "Notes"
            ])
        );
        let rows = rows_of(WITH_BOM);
        assert_eq!(lines(&rows), [2, 3, 4]);
        assert_eq!(rows[0].cells[..2], texts(&["李", "小龙"]));
        assert_eq!(rows[0].cells[4], "北京有限公司, Ltd.");
        assert_eq!(rows[1].cells[..2], texts(&["محمد", "العلي"]));
        assert_eq!(rows[1].cells[5], "Says \"hello\"");
        assert_eq!(
            rows[2].cells,
            texts(&["Björk", "Guðmundsdóttir", "bjork@example.is", "", "", ""])
        );
        assert!(rows.iter().all(|row| row.fault.is_none()));
    }

    #[test]
    fn a_utf16_file_with_tabs_is_read_as_such() {
        let found = sniffed(UTF16);
        assert_eq!(found.layout, csv(Format::Csv, "UTF-16LE", b'\t'));
        assert_eq!(found.headers, texts(&["Name", "Email", "Phone"]));
        let rows = rows_of(UTF16);
        assert_eq!(lines(&rows), [2, 3]);
        assert_eq!(
            rows[0].cells,
            texts(&["Łukasz Żółć", "lukasz@example.pl", "+48 22 123 45 67"])
        );
        assert_eq!(
            rows[1].cells,
            texts(&["Αθηνά Παπαδοπούλου", "athina@example.gr", ""])
        );
    }

    #[test]
    fn utf16_without_a_bom_is_recognised_by_its_zero_bytes() {
        let text = "Name;Email\r\nJürgen;j@example.de\r\n";
        let little: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let big: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(sniffed(&little).layout, csv(Format::Csv, "UTF-16LE", b';'));
        assert_eq!(sniffed(&big).layout, csv(Format::Csv, "UTF-16BE", b';'));
        assert_eq!(rows_of(&big)[0].cells, texts(&["Jürgen", "j@example.de"]));
    }

    #[test]
    fn polish_in_windows_1250_is_guessed() {
        let text = "Imię;Nazwisko;Miasto;Notatka\n\
                    Łukasz;Żółkiewski;Łódź;Zażółć gęślą jaźń\n\
                    Małgorzata;Wiśniewska;Kraków;Proszę dzwonić przed południem\n\
                    Grzegorz;Brzęczyszczykiewicz;Chrząszczyżewoszyce;Źle się czuję, oddzwonić\n";
        let (bytes, _, unmappable) = WINDOWS_1250.encode(text);
        assert!(!unmappable);
        let found = sniffed(&bytes);
        assert!(
            ["windows-1250", "ISO-8859-2"].contains(&found.layout.encoding.as_str()),
            "{found:?}"
        );
        assert_eq!(found.headers[0], "Imię");
        assert_eq!(rows_of(&bytes)[0].cells[0], "Łukasz");
    }

    #[test]
    fn a_workbook_is_known_by_its_zip_signature_whatever_its_name() {
        let expected = Sniffed {
            layout: Layout::xlsx(),
            headers: Vec::new(),
        };
        assert_eq!(
            sniff(WORKBOOK, Some("kunden.xlsx"), &Overrides::default()).expect("sniffs"),
            expected
        );
        assert_eq!(
            sniff(WORKBOOK, None, &Overrides::default()).expect("sniffs"),
            expected
        );
        assert_eq!(
            sniff(&WORKBOOK[..100], Some("export.bin"), &Overrides::default()).expect("sniffs"),
            expected
        );
    }

    /// The header row of the workbook fixture.
    const WORKBOOK_HEADERS: [&str; 8] = [
        "Vorname",
        "Nachname",
        "E-Mail",
        "Telefon",
        "Firma",
        "Notiz",
        "Kunde seit",
        "Newsletter",
    ];

    #[test]
    fn workbook_cells_read_as_typed_and_errors_and_strays_are_faults() {
        let rows = xlsx_rows(Cursor::new(WORKBOOK), BUDGET).expect("reads");
        assert_eq!(rows.headers(), texts(&WORKBOOK_HEADERS));
        let rows: Vec<Row> = rows.collect();
        assert_eq!(lines(&rows), [2, 4, 5, 6, 7]);
        let juergen = [
            "Jürgen",
            "Müller",
            "juergen.mueller@example.de",
            "49301234567",
            "Müller & Söhne GmbH",
            "Stammkunde",
            "2026-12-07",
            "true",
        ];
        assert_eq!(
            rows[0],
            Row {
                line: 2,
                cells: texts(&juergen),
                fault: None
            }
        );
        assert_eq!(
            rows[1].cells[3..6],
            texts(&[
                "+47 22 123456",
                "Fjord AS",
                "Ruft gerne an;\nbitte vormittags"
            ])
        );
        assert_eq!(rows[1].cells[6..], texts(&["2026-12-07T14:05:00", "false"]));
        assert_eq!(
            rows[2].cells[3..],
            texts(&["", "Café Größe", "12.5", "", ""])
        );
        assert_eq!(rows[2].fault, None);
        assert_eq!(rows[3].cells.len(), 8);
        assert_eq!(
            rows[3].fault.as_deref(),
            Some("has 9 cells where the header has 8")
        );
        assert_eq!(rows[4].cells[5], "#DIV/0!");
        assert_eq!(
            rows[4].fault.as_deref(),
            Some("has a spreadsheet error in column 6")
        );
    }

    #[test]
    fn rows_reads_either_kind_as_its_layout_says() {
        let workbook = rows(Cursor::new(WORKBOOK), &Layout::xlsx(), BUDGET).expect("reads");
        assert_eq!(workbook.headers()[0], "Vorname");
        assert!(workbook.failure().is_none());
        assert_eq!(workbook.count(), 5);
        let table = rows(Cursor::new(GERMAN), &sniffed(GERMAN).layout, BUDGET).expect("reads");
        assert_eq!(table.headers()[0], "Vorname");
        assert_eq!(table.count(), 5);
    }

    #[test]
    fn a_damaged_workbook_is_refused_in_plain_words() {
        let damaged = &WORKBOOK[..WORKBOOK.len() / 2];
        let Err(error) = xlsx_rows(Cursor::new(damaged), BUDGET) else {
            panic!("a damaged workbook is read");
        };
        assert_eq!(
            error.to_string(),
            "the spreadsheet cannot be read; it may be damaged or not an XLSX file"
        );
    }

    #[test]
    fn what_the_user_set_wins() {
        let overrides = Overrides {
            encoding: Some("utf-8".to_owned()),
            delimiter: Some(b','),
        };
        let found = sniff(GERMAN, None, &overrides).expect("sniffs");
        assert_eq!(found.layout, csv(Format::Csv, "UTF-8", b','));
        assert_eq!(
            found.headers,
            texts(&["Vorname;Nachname;E-Mail;Telefon;Firma;Notiz"])
        );
        let first = csv_rows(GERMAN, &found.layout)
            .expect("reads")
            .next()
            .expect("a row");
        assert!(
            first.cells[0].starts_with("J\u{FFFD}rgen;M\u{FFFD}ller;"),
            "{first:?}"
        );

        let latin1 = Overrides {
            encoding: Some("latin1".to_owned()),
            delimiter: None,
        };
        assert_eq!(
            sniff(WITH_BOM, None, &latin1).expect("sniffs").layout,
            csv(Format::Csv, "windows-1252", b',')
        );
        let tabs = Overrides {
            encoding: None,
            delimiter: Some(b';'),
        };
        assert_eq!(
            sniff(UTF16, None, &tabs).expect("sniffs").headers,
            texts(&["Name\tEmail\tPhone"])
        );
    }

    #[test]
    fn unknown_encodings_and_delimiters_are_refused() {
        let unknown = Overrides {
            encoding: Some("klingon".to_owned()),
            delimiter: None,
        };
        let error = sniff(GERMAN, None, &unknown).expect_err("refused");
        assert_eq!(
            error.to_string(),
            "the encoding label \"klingon\" is not one Steward knows"
        );
        let pipe = Overrides {
            encoding: None,
            delimiter: Some(b'|'),
        };
        let error = sniff(GERMAN, None, &pipe).expect_err("refused");
        assert_eq!(
            error.to_string(),
            "the delimiter '|' is not one Steward reads; use a comma, a semicolon or a tab"
        );
        assert!(matches!(
            csv_rows(GERMAN, &csv(Format::Csv, "replacement", b';')),
            Err(ReadError::UnknownEncoding(_))
        ));
    }

    #[test]
    fn an_empty_file_is_refused_as_empty() {
        for empty in [&b""[..], b"\xEF\xBB\xBF", b"\xFF\xFE"] {
            assert!(
                matches!(
                    sniff(empty, None, &Overrides::default()),
                    Err(ReadError::Empty)
                ),
                "{empty:?}"
            );
        }
        let layout = csv(Format::Csv, "UTF-8", b',');
        assert!(matches!(csv_rows(&b""[..], &layout), Err(ReadError::Empty)));
        assert!(matches!(
            csv_rows(&b"\n\r\n  \n,,\n"[..], &layout),
            Err(ReadError::NoHeader)
        ));
        assert!(matches!(
            sniff(b"\n\r\n  \n,,\n", None, &Overrides::default()),
            Err(ReadError::NoHeader)
        ));
    }

    #[test]
    fn a_pdf_or_an_old_workbook_is_named_for_what_it_is() {
        let pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\n";
        let error = sniff(pdf, Some("customers.csv"), &Overrides::default()).expect_err("refused");
        assert_eq!(
            error.to_string(),
            "the file is not a CSV or XLSX file (it looks like a PDF)"
        );
        let xls = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0";
        let error = sniff(xls, Some("customers.xls"), &Overrides::default()).expect_err("refused");
        assert!(error.to_string().contains(".xls file"), "{error}");
        let ods = sniff(
            &WORKBOOK[..100],
            Some("customers.ODS"),
            &Overrides::default(),
        );
        assert!(matches!(ods, Err(ReadError::NotATable(kind)) if kind.contains("OpenDocument")));
        let html = b"\n<!DOCTYPE html><html><table><tr><td>Name</td></tr></table></html>";
        let error = sniff(html, Some("export.xls"), &Overrides::default()).expect_err("refused");
        assert!(error.to_string().contains("a web page (HTML)"), "{error}");
        let binary = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0";
        assert!(matches!(
            sniff(binary, None, &Overrides::default()),
            Err(ReadError::NotATable(_))
        ));
    }

    #[test]
    fn a_csv_named_xlsx_is_still_read_as_csv() {
        let found = sniff(WITH_BOM, Some("customers.xlsx"), &Overrides::default()).expect("sniffs");
        assert_eq!(found.layout.format, Format::Csv);
    }

    #[test]
    fn a_file_of_only_a_header_has_no_rows() {
        for file in [
            &b"Name;Email"[..],
            b"Name;Email\r\n",
            b"\r\n\r\nName;Email\r\n\r\n;\r\n  ;  \r\n",
        ] {
            let found = sniffed(file);
            assert_eq!(found.headers, texts(&["Name", "Email"]));
            let rows = csv_rows(file, &found.layout).expect("reads");
            assert_eq!(rows.headers(), texts(&["Name", "Email"]));
            assert_eq!(rows.count(), 0);
        }
    }

    #[test]
    fn line_numbers_count_physical_lines_whatever_the_line_ends() {
        for end in ["\n", "\r\n", "\r"] {
            let file = [
                "name,note",
                "",
                "Ada,hello",
                "Bob,\"two",
                "lines\"",
                "",
                "",
                "Cy,bye",
            ]
            .join(end);
            let rows = rows_of(file.as_bytes());
            assert_eq!(lines(&rows), [3, 4, 8], "{end:?}");
            assert_eq!(rows[1].cells[1], format!("two{end}lines"));
            assert_eq!(rows[2].cells, texts(&["Cy", "bye"]));
        }
    }

    #[test]
    fn excels_sep_line_names_the_delimiter_and_is_no_header() {
        let file = b"sep=;\r\nName,Surname;Email\r\nAda;a@example.org\r\n";
        let found = sniffed(file);
        assert_eq!(found.layout.delimiter, b';');
        assert_eq!(found.headers, texts(&["Name,Surname", "Email"]));
        let rows = rows_of(file);
        assert_eq!(
            rows,
            [Row {
                line: 3,
                cells: texts(&["Ada", "a@example.org"]),
                fault: None
            }]
        );
    }

    #[test]
    fn the_delimiter_is_the_one_that_splits_rows_alike() {
        let commas = "Name,Note\nAda,\"see; below\"\nBob,a; b; c\n";
        assert_eq!(sniffed(commas.as_bytes()).layout.delimiter, b',');
        let semicolons = "Name;Note;City\nAda;1,5 kg;Köln\nBob;2,5 kg, frisch;Bonn\n";
        assert_eq!(sniffed(semicolons.as_bytes()).layout.delimiter, b';');
        let one_column = "Email\na@example.org\n";
        assert_eq!(sniffed(one_column.as_bytes()).layout.delimiter, b',');
    }

    #[test]
    fn a_quote_never_closed_ends_the_reading_with_a_fault() {
        let mut file = b"name,note\nAda,\"opens".to_vec();
        file.extend(std::iter::repeat_n(b'x', MAX_RECORD_BYTES + 10));
        file.extend(b"\nBob,fine\n");
        let rows = rows_of(&file);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 2);
        assert!(
            rows[0]
                .fault
                .as_deref()
                .is_some_and(|fault| fault.contains("a quote may never be closed"))
        );
    }

    /// A CSV file made as it is read, a row at a time.
    struct Generated {
        rows: usize,
        made: usize,
        pending: Cursor<Vec<u8>>,
    }

    impl Read for Generated {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.pending.position() as usize == self.pending.get_ref().len() {
                let text = match self.made {
                    0 => "Vorname;Nachname;E-Mail;Notiz\r\n".to_owned(),
                    n if n <= self.rows => format!(
                        "Jürgen {n};Müller;j{n}@example.de;\"Zeile eins\r\nZeile zwei\"\r\n"
                    ),
                    _ => return Ok(0),
                };
                self.made += 1;
                self.pending = Cursor::new(WINDOWS_1252.encode(&text).0.into_owned());
            }
            self.pending.read(buf)
        }
    }

    #[test]
    fn a_megabyte_of_csv_streams_through() {
        let rows = 20_000;
        let file = Generated {
            rows,
            made: 0,
            pending: Cursor::new(Vec::new()),
        };
        let layout = csv(Format::Csv, "windows-1252", b';');
        let mut read = csv_rows(file, &layout).expect("reads");
        let (mut count, mut last) = (0, None);
        for row in read.by_ref() {
            assert_eq!(row.fault, None);
            count += 1;
            last = Some(row);
        }
        assert_eq!(count, rows);
        let last = last.expect("rows");
        assert_eq!(last.line, 2 * rows as u64);
        assert_eq!(last.cells[0], format!("Jürgen {rows}"));
    }

    #[test]
    fn a_layout_is_stored_as_plain_words() {
        let layout = csv(Format::Csv, "windows-1252", b'\t');
        let json = serde_json::to_value(&layout).expect("serializes");
        assert_eq!(
            json,
            serde_json::json!({"format": "csv", "encoding": "windows-1252", "delimiter": "\t"})
        );
        assert_eq!(
            serde_json::from_value::<Layout>(json).expect("deserializes"),
            layout
        );
        let pipe = serde_json::json!({"format": "xlsx", "encoding": "UTF-8", "delimiter": "|"});
        assert!(serde_json::from_value::<Layout>(pipe).is_err());
        assert_eq!("xlsx".parse::<Format>(), Ok(Format::Xlsx));
        assert_eq!(Format::Csv.as_str(), "csv");
    }

    #[test]
    fn spreadsheet_dates_read_as_iso_8601() {
        let at = |value, kind| excel_date_time(&ExcelDateTime::new(value, kind, false));
        assert_eq!(at(46363.0, ExcelDateTimeType::DateTime), "2026-12-07");
        assert_eq!(
            at(46363.5, ExcelDateTimeType::DateTime),
            "2026-12-07T12:00:00"
        );
        assert_eq!(at(0.25, ExcelDateTimeType::DateTime), "06:00:00");
        assert_eq!(at(1.5, ExcelDateTimeType::TimeDelta), "36:00:00");
        let in_1904 = ExcelDateTime::new(44901.0, ExcelDateTimeType::DateTime, true);
        assert_eq!(excel_date_time(&in_1904), "2026-12-07");
    }

    /// A reader that gives `bytes` a few at a time, then fails as a chunk
    /// that cannot be fetched does.
    struct FailingAfter {
        bytes: Cursor<Vec<u8>>,
    }

    impl Read for FailingAfter {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let length = buf.len().min(7);
            match self.bytes.read(&mut buf[..length])? {
                0 => Err(io::Error::other("the import was cancelled")),
                read => Ok(read),
            }
        }
    }

    fn failing_after(text: &str) -> FailingAfter {
        FailingAfter {
            bytes: Cursor::new(text.as_bytes().to_vec()),
        }
    }

    #[test]
    fn a_reader_that_fails_ends_the_rows_without_a_refused_row() {
        let layout = csv(Format::Csv, "UTF-8", b',');
        let mut read = csv_rows(
            failing_after("name,note\nAda,hello\nBob,\"two\nlines\"\nCy,cut"),
            &layout,
        )
        .expect("reads the header");
        let rows: Vec<Row> = read.by_ref().collect();
        assert_eq!(lines(&rows), [2, 3]);
        assert!(rows.iter().all(|row| row.fault.is_none()), "{rows:?}");
        assert_eq!(rows[1].cells, texts(&["Bob", "two\nlines"]));
        let failure = read.failure().expect("the failure is kept");
        assert_eq!(failure.to_string(), "the import was cancelled");
        assert_eq!(read.next(), None);

        // Failing right after a whole row, or before any: the same.
        let mut read = csv_rows(failing_after("name,note\nAda,hello\n"), &layout).expect("reads");
        assert_eq!(read.by_ref().count(), 1);
        assert!(read.failure().is_some());
        assert!(matches!(
            csv_rows(failing_after("name,no"), &layout),
            Err(ReadError::Io(_))
        ));

        // A row's own trouble is still the row's.
        let file = "name,note\nAda\n";
        let mut read = csv_rows(file.as_bytes(), &layout).expect("reads");
        let row = read.next().expect("a row");
        assert_eq!(
            row.fault.as_deref(),
            Some("has 1 cell where the header has 2")
        );
        assert_eq!(read.next(), None);
        assert!(read.failure().is_none());
    }

    #[test]
    fn rows_of_either_kind_tell_a_failure() {
        let layout = csv(Format::Csv, "UTF-8", b',');
        let mut read = Rows::Csv(Box::new(
            csv_rows(failing_after("name\nAda\n"), &layout).expect("reads"),
        ));
        assert_eq!(read.by_ref().count(), 1);
        assert!(read.failure().is_some());
    }

    const SHARED_STRINGS_START: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" \
        standalone=\"yes\"?>\r\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    /// A shared strings part as a spreadsheet program writes it.
    fn shared_strings(declared: &str, strings: &[&str]) -> String {
        let items: String = strings
            .iter()
            .map(|text| format!("<si><t>{text}</t></si>"))
            .collect();
        format!(
            "{SHARED_STRINGS_START} count=\"{declared}\" uniqueCount=\"{declared}\">{items}</sst>"
        )
    }

    /// A row of cells, from column `first` on, each the shared string 0.
    fn shared_row(row: u32, first: u32, cells: u32) -> String {
        let cells: String = (first..first + cells)
            .map(|column| format!("<c r=\"{}{row}\" t=\"s\"><v>0</v></c>", column_name(column)))
            .collect();
        format!("<row r=\"{row}\">{cells}</row>")
    }

    /// A workbook of one worksheet as a spreadsheet program writes it:
    /// `strings` is its shared strings part, `sheet_data` writes the rows
    /// inside `<sheetData>`.
    fn workbook(
        strings: &str,
        sheet_data: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Vec<u8> {
        const RELATIONSHIPS: &str =
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"";
        const OFFICE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        const MAIN: &str = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
        let parts = [
            (
                "[Content_Types].xml".to_owned(),
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
                 <Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"
                    .to_owned(),
            ),
            (
                "_rels/.rels".to_owned(),
                format!(
                    "<Relationships {RELATIONSHIPS}><Relationship Id=\"rId1\" \
                     Type=\"{OFFICE}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
                ),
            ),
            (
                "xl/workbook.xml".to_owned(),
                format!(
                    "<workbook {MAIN} xmlns:r=\"{OFFICE}\"><sheets>\
                     <sheet name=\"Kunden\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
                ),
            ),
            (
                "xl/_rels/workbook.xml.rels".to_owned(),
                format!(
                    "<Relationships {RELATIONSHIPS}><Relationship Id=\"rId1\" \
                     Type=\"{OFFICE}/worksheet\" Target=\"worksheets/sheet1.xml\"/>\
                     <Relationship Id=\"rId2\" Type=\"{OFFICE}/sharedStrings\" \
                     Target=\"sharedStrings.xml\"/></Relationships>"
                ),
            ),
            ("xl/sharedStrings.xml".to_owned(), strings.to_owned()),
        ];
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(6));
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        for (name, text) in parts {
            zip.start_file(name, options).expect("starts a part");
            zip.write_all(text.as_bytes()).expect("writes a part");
        }
        zip.start_file("xl/worksheets/sheet1.xml", options)
            .expect("starts the sheet");
        write!(zip, "<worksheet {MAIN}><sheetData>").expect("writes the sheet");
        sheet_data(&mut zip).expect("writes the rows");
        write!(zip, "</sheetData></worksheet>").expect("writes the sheet");
        zip.finish().expect("finishes the archive").into_inner()
    }

    fn too_large<T>(read: Result<T, ReadError>) -> bool {
        matches!(read, Err(ReadError::TooLarge { budget: BUDGET }))
    }

    #[test]
    fn a_workbook_declaring_billions_of_strings_is_refused_unread() {
        let one_row = |sheet: &mut dyn Write| write!(sheet, "{}", shared_row(1, 0, 1));
        let sane = workbook(&shared_strings("1", &["Name"]), one_row);
        assert_eq!(
            xlsx_headers(Cursor::new(&sane), BUDGET).expect("reads"),
            ["Name"]
        );
        // calamine would reserve room for four billion strings (96 GB):
        // the process would abort.
        let bomb = workbook(&shared_strings("4000000000", &["Name"]), one_row);
        assert!(bomb.len() < 4096, "{}", bomb.len());
        assert!(too_large(check_unpacked(&mut Cursor::new(&bomb), BUDGET)));
        assert!(check_unpacked(&mut Cursor::new(&sane), BUDGET).is_ok());
        let error = xlsx_rows(Cursor::new(&bomb), BUDGET)
            .err()
            .expect("refused");
        assert_eq!(
            error.to_string(),
            "the spreadsheet unpacks to more than 40 MB; save it as CSV or split it"
        );
        assert!(too_large(xlsx_headers(Cursor::new(&bomb), BUDGET)));
        assert!(too_large(rows(Cursor::new(&bomb), &Layout::xlsx(), BUDGET)));
        // A count the part could hold, but not the budget.
        let strings = "<si/>".repeat(300_000 - 1);
        let many = format!(
            "{SHARED_STRINGS_START} uniqueCount=\"300000\"><si><t>Name</t></si>{strings}</sst>"
        );
        let many = workbook(&many, one_row);
        let small = 300_000 * size_of::<String>() - 1;
        assert!(matches!(
            xlsx_headers(Cursor::new(&many), small),
            Err(ReadError::TooLarge { .. })
        ));
        assert!(xlsx_headers(Cursor::new(&many), small + 1).is_ok());
    }

    #[test]
    fn a_workbook_unpacking_past_the_budget_is_refused_before_it_is_read() {
        let block: String = (0..500)
            .map(|_| "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\"><v>42</v></c></row>")
            .collect();
        let megabytes = 60;
        let big = workbook(&shared_strings("1", &["Name"]), |sheet| {
            let mut written = 0;
            while written < megabytes << 20 {
                sheet.write_all(block.as_bytes())?;
                written += block.len();
            }
            Ok(())
        });
        assert!(big.len() < 1 << 20, "{}", big.len());
        // Refused by what the archive declares, before any cell is read.
        assert!(too_large(check_unpacked(&mut Cursor::new(&big), BUDGET)));
        assert!(too_large(xlsx_rows(Cursor::new(&big), BUDGET)));
        assert!(too_large(xlsx_headers(Cursor::new(&big), BUDGET)));
        // The fixture, for a budget smaller than it unpacks to.
        assert!(matches!(
            xlsx_rows(Cursor::new(WORKBOOK), 4096),
            Err(ReadError::TooLarge { budget: 4096 })
        ));
    }

    #[test]
    fn cells_copying_one_long_string_stop_at_the_budget() {
        let long = "x".repeat(100_000);
        let strings = shared_strings("1", &[&long]);
        let book = |cells: u32| {
            workbook(&strings, |sheet| {
                write!(
                    sheet,
                    "{}{}",
                    shared_row(1, 0, cells),
                    shared_row(2, 0, cells)
                )
            })
        };
        // A thousand copies of 100 kB: 100 MB from an archive of a few kB.
        let copies = book(500);
        assert!(copies.len() < 8192, "{}", copies.len());
        assert!(too_large(xlsx_rows(Cursor::new(&copies), BUDGET)));
        // The header row alone is 50 MB.
        assert!(too_large(xlsx_headers(Cursor::new(&copies), BUDGET)));
        // A few copies are read.
        let few = book(5);
        let read = xlsx_rows(Cursor::new(&few), BUDGET).expect("reads");
        assert_eq!(read.headers().len(), 5);
        assert_eq!(
            read.map(|row| row.cells[4].len()).collect::<Vec<_>>(),
            [100_000]
        );
    }

    #[test]
    fn the_header_row_alone_is_the_header_row_of_all() {
        let headers = xlsx_headers(Cursor::new(WORKBOOK), BUDGET).expect("reads");
        assert_eq!(headers, texts(&WORKBOOK_HEADERS));
        assert_eq!(
            headers,
            xlsx_rows(Cursor::new(WORKBOOK), BUDGET)
                .expect("reads")
                .headers()
        );
        let damaged = &WORKBOOK[..WORKBOOK.len() / 2];
        assert!(matches!(
            xlsx_headers(Cursor::new(damaged), BUDGET),
            Err(ReadError::Spreadsheet(_))
        ));
    }

    #[test]
    fn columns_count_from_the_header_rows_first_and_a_value_left_of_it_is_a_fault() {
        let strings = shared_strings("3", &["Name", "Email", "Ada"]);
        let book = workbook(&strings, |sheet| {
            write!(
                sheet,
                "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>1</v></c></row>\
                 <row r=\"3\"><c r=\"A3\"><v>7</v></c><c r=\"B3\" t=\"s\"><v>2</v></c></row>\
                 <row r=\"4\"><c r=\"B4\" t=\"s\"><v>2</v></c><c r=\"C4\"><v>1.5</v></c></row>"
            )
        });
        let headers = xlsx_headers(Cursor::new(&book), BUDGET).expect("reads");
        assert_eq!(headers, texts(&["Name", "Email"]));
        let read = xlsx_rows(Cursor::new(&book), BUDGET).expect("reads");
        assert_eq!(read.headers(), headers);
        let rows: Vec<Row> = read.collect();
        assert_eq!(
            rows,
            [
                Row {
                    line: 3,
                    cells: texts(&["Ada", ""]),
                    fault: Some("has a value in column A, left of the header row".to_owned()),
                },
                Row {
                    line: 4,
                    cells: texts(&["Ada", "1.5"]),
                    fault: None,
                },
            ]
        );
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(27), "AB");
        assert_eq!(column_name(16_383), "XFD");
    }

    #[test]
    fn the_declared_count_of_shared_strings_is_found_or_the_part_is_refused() {
        let found = |head: &str| declared_strings(head.as_bytes());
        assert_eq!(found(&shared_strings("12", &["a"])), Some(12));
        assert_eq!(
            found(
                "\u{feff}<!-- <sst uniqueCount='1'> --><?pi x?>\n<x:sst a='>' uniqueCount = '9000' x:uniqueCount=\"00042\">"
            ),
            Some(9000)
        );
        assert_eq!(found("<sst count=\"5\"/>"), Some(0));
        assert_eq!(
            found("<sst uniqueCount=\"99999999999999999999999\">"),
            Some(u64::MAX)
        );
        assert_eq!(found("<sst uniqueCount=\"+5\">"), Some(0));
        // Not the plain form: refused as damaged rather than guessed at.
        for head in [
            "",
            "<?xml version=\"1.0\"?>",
            "<sst uniqueCount=\"5\"",
            "<!DOCTYPE sst><sst uniqueCount=\"5\">",
            "<root><sst uniqueCount=\"5\"></sst></root>",
            "<!-- never closed <sst uniqueCount=\"5\">",
            "<sst uniqueCount=5>",
        ] {
            assert_eq!(found(head), None, "{head:?}");
        }
        assert!(is_shared_strings(b"xl/sharedStrings.xml"));
        assert!(is_shared_strings(b"Other/SHAREDSTRINGS.XML"));
        assert!(is_shared_strings(b"sharedStrings.xml"));
        assert!(!is_shared_strings(b"xl/notsharedStrings.xml"));
    }

    #[test]
    fn the_budget_is_told_in_megabytes() {
        let told = |budget| ReadError::TooLarge { budget }.to_string();
        assert_eq!(
            told(160 << 20),
            "the spreadsheet unpacks to more than 160 MB; save it as CSV or split it"
        );
        assert!(told(4096).contains("more than 1 MB"));
    }
}

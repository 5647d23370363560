//! Reading an uploaded table: a CSV file in whatever encoding and delimiter
//! it came in, or the first worksheet of an XLSX file, as a header row and
//! data rows that each know where they stand in the file, so a refusal can
//! point at the line a person sees in their editor.

use std::io::{self, BufRead, BufReader, Read, Seek};
use std::path::Path;

use calamine::{
    DataRef, ExcelDateTime, Reader as _, Sheet, SheetType, SheetVisible, Xlsx, XlsxError,
};
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use csv_core::ReadRecordResult;
use encoding_rs::{Encoding, ISO_8859_2, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1250, WINDOWS_1252};
use encoding_rs_io::{DecodeReaderBytes, DecodeReaderBytesBuilder};
use serde::{Deserialize, Serialize};

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
    /// at its end, so the head cannot show them; `xlsx_rows` has them.
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
/// fewer cells than the header comes with a `fault`.
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
    })
}

/// The data rows of a CSV file, one at a time; see `csv_rows`.
pub struct CsvRows<R: Read> {
    records: Records<BufReader<DecodeReaderBytes<R, Vec<u8>>>>,
    headers: Vec<String>,
    done: bool,
}

impl<R: Read> CsvRows<R> {
    /// The header row, each cell trimmed.
    pub fn headers(&self) -> &[String] {
        &self.headers
    }
}

impl<R: Read> Iterator for CsvRows<R> {
    type Item = Row;

    fn next(&mut self) -> Option<Row> {
        while !self.done {
            let parsed = match self.records.next_filled() {
                Ok(parsed) => parsed,
                Err(error) => {
                    self.done = true;
                    let fault =
                        format!("cannot be read ({error}); the rest of the file is not read");
                    return Some(Row {
                        line: self.records.lines.line,
                        cells: Vec::new(),
                        fault: Some(fault),
                    });
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
/// The worksheet's cells are held in memory (calamine needs `Read + Seek`
/// anyway), but only the cells that hold something.
pub fn xlsx_rows<R: Read + Seek>(reader: R) -> Result<XlsxRows, ReadError> {
    let mut book: Xlsx<R> = Xlsx::new(reader)?;
    let sheet = first_worksheet(book.sheets_metadata()).ok_or(ReadError::NoWorksheet)?;
    let mut cells = book.worksheet_cells_reader(&sheet)?;
    let mut grid = Vec::new();
    while let Some(cell) = cells.next_cell()? {
        if let Some(value) = SheetCell::of(cell.get_value()) {
            let (row, column) = cell.get_position();
            grid.push((row, column, value));
        }
    }
    XlsxRows::from_cells(grid)
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
        let first_column = grid
            .iter()
            .map(|&(_, column, _)| column)
            .min()
            .ok_or(ReadError::EmptyWorksheet)?;
        let mut rows: Vec<SheetRow> = Vec::new();
        for (row, column, value) in grid {
            let index = (column - first_column) as usize;
            match rows.last_mut() {
                Some(last) if last.number == u64::from(row) + 1 => last.cells.push((index, value)),
                _ => rows.push(SheetRow {
                    number: u64::from(row) + 1,
                    cells: vec![(index, value)],
                }),
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

/// The rows of a file of either kind: `csv_rows` or `xlsx_rows` as
/// `layout.format` says.
pub fn rows<R: Read + Seek>(reader: R, layout: &Layout) -> Result<Rows<R>, ReadError> {
    Ok(match layout.format {
        Format::Csv => Rows::Csv(Box::new(csv_rows(reader, layout)?)),
        Format::Xlsx => Rows::Xlsx(xlsx_rows(reader)?),
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
/// (counted from the table's first column).
struct SheetRow {
    number: u64,
    cells: Vec<(usize, SheetCell)>,
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
    use std::io::Cursor;

    use calamine::ExcelDateTimeType;

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

    #[test]
    fn workbook_cells_read_as_typed_and_errors_and_strays_are_faults() {
        let rows = xlsx_rows(Cursor::new(WORKBOOK)).expect("reads");
        let headers = [
            "Vorname",
            "Nachname",
            "E-Mail",
            "Telefon",
            "Firma",
            "Notiz",
            "Kunde seit",
            "Newsletter",
        ];
        assert_eq!(rows.headers(), texts(&headers));
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
        let workbook = rows(Cursor::new(WORKBOOK), &Layout::xlsx()).expect("reads");
        assert_eq!(workbook.headers()[0], "Vorname");
        assert_eq!(workbook.count(), 5);
        let table = rows(Cursor::new(GERMAN), &sniffed(GERMAN).layout).expect("reads");
        assert_eq!(table.headers()[0], "Vorname");
        assert_eq!(table.count(), 5);
    }

    #[test]
    fn a_damaged_workbook_is_refused_in_plain_words() {
        let damaged = &WORKBOOK[..WORKBOOK.len() / 2];
        let Err(error) = xlsx_rows(Cursor::new(damaged)) else {
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
}

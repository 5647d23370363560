//! The PDF copy: A4, DejaVu Sans embedded (subset), a running header and
//! "page X of Y" footer, text wrapped to the page — long words broken — and
//! any number of pages.
//!
//! The words come from templates: `copy/document.txt` renders the copy into
//! a small line markup, which this module only lays out:
//!
//! | line | means |
//! |---|---|
//! | `# text` | the title |
//! | `## text` | a section heading |
//! | `### text` | a sub-heading |
//! | `> text` | a small grey line |
//! | `= label` + tab + `value` | a label and its value, side by side |
//! | `\| text` | paragraph text; consecutive lines join into one paragraph |
//! | empty | ends a paragraph |
//! | `---` | starts a new page |
//!
//! Values go through the `text` filter, which turns their own line breaks
//! into U+2028, so data can never start a line of markup; this module turns
//! U+2028 back into line breaks. `copy/header.txt` and `copy/footer.txt`
//! (with `page` and `pages`) give the running lines.

use std::{collections::HashMap, sync::OnceLock};

use printpdf::{
    Color, Line, LinePoint, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rgb, TextItem,
};
use serde_json::json;

use super::content::CustomerCopy;
use crate::{
    context::Services,
    error::{Error, Result},
    templates,
};

const PAGE_W: f32 = 595.28; // A4 in points
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 56.7; // 20 mm
const TOP: f32 = PAGE_H - 70.0; // below the header
const BOTTOM: f32 = 62.0; // above the footer
const LABEL_W: f32 = 140.0;
const LINE_BREAK: char = '\u{2028}';

/// A font's glyph advances, for measuring text.
struct Face {
    parsed: ParsedFont,
    units_per_em: f32,
    widths: HashMap<char, f32>,
}

impl Face {
    fn load(bytes: &[u8]) -> Self {
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
            .expect("the built-in DejaVu font parses");
        let azul = parsed.as_azul();
        let units_per_em = f32::from(azul.pdf_font_metrics.units_per_em.max(1));
        // The characters of most text, measured once; others on demand.
        let widths = (' '..='~')
            .chain('\u{a0}'..='\u{17f}')
            .map(|c| (c, advance(&parsed, c)))
            .collect();
        Self {
            parsed,
            units_per_em,
            widths,
        }
    }

    /// The width of `s` at `size` points.
    fn width(&self, s: &str, size: f32) -> f32 {
        let units: f32 = s
            .chars()
            .map(|c| match self.widths.get(&c) {
                Some(w) => *w,
                None => advance(&self.parsed, c),
            })
            .sum();
        units * size / self.units_per_em
    }
}

fn advance(font: &ParsedFont, c: char) -> f32 {
    let azul = font.as_azul();
    let gid = azul.lookup_glyph_index(c as u32).unwrap_or(0); // a character the font lacks shows as glyph 0
    f32::from(azul.get_horizontal_advance(gid))
}

fn faces() -> &'static (Face, Face) {
    static FACES: OnceLock<(Face, Face)> = OnceLock::new();
    FACES.get_or_init(|| {
        (
            Face::load(dejavu::sans::regular()),
            Face::load(dejavu::sans::bold()),
        )
    })
}

/// One line of markup, parsed.
#[derive(Debug, PartialEq)]
enum Block {
    Title(String),
    Heading(String),
    Subheading(String),
    Meta(String),
    Field(String, String),
    Paragraph(String),
    PageBreak,
}

fn parse(markup: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Option<String> = None;
    let flush = |p: &mut Option<String>, blocks: &mut Vec<Block>| {
        if let Some(text) = p.take() {
            blocks.push(Block::Paragraph(text));
        }
    };
    for line in markup.lines() {
        if let Some(text) = line
            .strip_prefix("| ")
            .or(line.strip_prefix('|').filter(|t| t.is_empty()))
        {
            match &mut paragraph {
                Some(p) => {
                    p.push(' ');
                    p.push_str(text);
                }
                None => paragraph = Some(text.to_owned()),
            }
            continue;
        }
        flush(&mut paragraph, &mut blocks);
        let line = line.trim_end();
        if let Some(t) = line.strip_prefix("### ") {
            blocks.push(Block::Subheading(t.to_owned()));
        } else if let Some(t) = line.strip_prefix("## ") {
            blocks.push(Block::Heading(t.to_owned()));
        } else if let Some(t) = line.strip_prefix("# ") {
            blocks.push(Block::Title(t.to_owned()));
        } else if let Some(t) = line.strip_prefix("> ") {
            blocks.push(Block::Meta(t.to_owned()));
        } else if let Some(t) = line.strip_prefix("= ") {
            let (label, value) = t.split_once('\t').unwrap_or((t, ""));
            blocks.push(Block::Field(label.to_owned(), value.to_owned()));
        } else if line == "---" {
            blocks.push(Block::PageBreak);
        } else if !line.trim().is_empty() {
            // Anything else is plain text, never markup.
            paragraph = Some(line.to_owned());
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks
}

/// Breaks `text` into lines no wider than `max` points: at spaces, at the
/// line breaks of the text itself, and inside words too long for a line.
fn wrap(face: &Face, size: f32, text: &str, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for hard in text.split(LINE_BREAK) {
        let mut line = String::new();
        let mut width = 0.0;
        let space = face.width(" ", size);
        for word in hard.split_whitespace() {
            let w = face.width(word, size);
            if !line.is_empty() && width + space + w <= max {
                line.push(' ');
                line.push_str(word);
                width += space + w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if w <= max {
                line.push_str(word);
                width = w;
                continue;
            }
            // A word longer than the line: broken where it must be.
            width = 0.0;
            for c in word.chars() {
                let cw = face.width(c.encode_utf8(&mut [0; 4]), size);
                if width + cw > max && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    width = 0.0;
                }
                line.push(c);
                width += cw;
            }
        }
        lines.push(line);
    }
    lines
}

/// What one placed line looks like.
struct Placed {
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    grey: bool,
    text: String,
}

struct Layout {
    pages: Vec<Vec<Placed>>,
    y: f32,
}

impl Layout {
    fn new() -> Self {
        Self {
            pages: vec![Vec::new()],
            y: TOP,
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// Room for `height` more points on this page, or a new page.
    fn room(&mut self, height: f32) {
        if self.y - height < BOTTOM && self.y < TOP {
            self.new_page();
        }
    }

    fn gap(&mut self, points: f32) {
        if self.y < TOP {
            self.y -= points;
        }
    }

    fn lines(&mut self, x: f32, size: f32, bold: bool, grey: bool, lines: Vec<String>) {
        let leading = size * 1.35;
        for text in lines {
            self.room(leading);
            self.y -= leading;
            self.pages.last_mut().expect("a page").push(Placed {
                x,
                y: self.y,
                size,
                bold,
                grey,
                text,
            });
        }
    }
}

fn lay_out(blocks: &[Block]) -> Vec<Vec<Placed>> {
    let (regular, bold) = faces();
    let width = PAGE_W - 2.0 * MARGIN_X;
    let mut l = Layout::new();
    for block in blocks {
        match block {
            Block::Title(t) => {
                l.gap(12.0);
                l.lines(MARGIN_X, 18.0, true, false, wrap(bold, 18.0, t, width));
                l.gap(6.0);
            }
            Block::Heading(t) => {
                l.gap(14.0);
                // Keep a heading with the first lines after it.
                l.room(13.0 * 1.35 + 3.0 * 10.0 * 1.35);
                l.lines(MARGIN_X, 13.0, true, false, wrap(bold, 13.0, t, width));
                l.gap(3.0);
            }
            Block::Subheading(t) => {
                l.gap(8.0);
                l.room(10.5 * 1.35 + 2.0 * 10.0 * 1.35);
                l.lines(MARGIN_X, 10.5, true, false, wrap(bold, 10.5, t, width));
            }
            Block::Meta(t) => {
                l.lines(MARGIN_X, 8.5, false, true, wrap(regular, 8.5, t, width));
            }
            Block::Field(label, value) => {
                let labels = wrap(bold, 10.0, label, LABEL_W - 8.0);
                let values = wrap(regular, 10.0, value, width - LABEL_W);
                let rows = labels.len().max(values.len());
                let leading = 10.0 * 1.35;
                // A short label and value stay together on one page.
                if rows <= 6 {
                    l.room(rows as f32 * leading);
                }
                // Row by row, so a long value runs on over pages with each
                // label line beside its value line.
                let mut labels = labels.into_iter();
                let mut values = values.into_iter();
                for _ in 0..rows {
                    l.room(leading);
                    l.y -= leading;
                    let y = l.y;
                    let page = l.pages.last_mut().expect("a page");
                    for (x, bold, text) in [
                        (MARGIN_X, true, labels.next()),
                        (MARGIN_X + LABEL_W, false, values.next()),
                    ] {
                        if let Some(text) = text.filter(|t| !t.is_empty()) {
                            page.push(Placed {
                                x,
                                y,
                                size: 10.0,
                                bold,
                                grey: false,
                                text,
                            });
                        }
                    }
                }
                l.gap(2.0);
            }
            Block::Paragraph(t) => {
                l.lines(MARGIN_X, 10.0, false, false, wrap(regular, 10.0, t, width));
                l.gap(5.0);
            }
            Block::PageBreak => {
                if !l.pages.last().expect("a page").is_empty() {
                    l.new_page();
                }
            }
        }
    }
    l.pages
}

/// `text` cut to `max` points wide, ending in "…" where it was cut.
fn fit(face: &Face, size: f32, text: &str, max: f32) -> String {
    if face.width(text, size) <= max {
        return text.to_owned();
    }
    let room = max - face.width("…", size);
    let mut out = String::new();
    let mut width = 0.0;
    for c in text.chars() {
        let w = face.width(c.encode_utf8(&mut [0; 4]), size);
        if width + w > room {
            break;
        }
        out.push(c);
        width += w;
    }
    out.push('…');
    out
}

fn text_op(font: &PdfFontHandle, size: f32, x: f32, y: f32, text: &str) -> Vec<Op> {
    vec![
        Op::StartTextSection,
        Op::SetTextCursor {
            pos: Point { x: Pt(x), y: Pt(y) },
        },
        Op::SetFont {
            font: font.clone(),
            size: Pt(size),
        },
        Op::ShowText {
            items: vec![TextItem::Text(text.to_owned())],
        },
        Op::EndTextSection,
    ]
}

fn grey(level: f32) -> Color {
    Color::Rgb(Rgb {
        r: level,
        g: level,
        b: level,
        icc_profile: None,
    })
}

/// Renders `copy` on a blocking thread, at most one per core at a time
/// (see `Services::rendering`). The turn goes with the rendering itself, so
/// a client that hangs up does not free it while its copy is still made.
pub async fn render_in_turn(state: &Services, copy: CustomerCopy) -> Result<Vec<u8>> {
    let turn = state
        .rendering
        .clone()
        .acquire_owned()
        .await
        .map_err(|e| Error::internal_from("pdf", e))?;
    tokio::task::spawn_blocking(move || {
        let _turn = turn;
        render(&copy)
    })
    .await
    .map_err(|e| Error::internal_from("pdf", e))?
}

/// The copy as a PDF.
pub fn render(copy: &CustomerCopy) -> Result<Vec<u8>> {
    let markup = templates::render("copy/document.txt", copy)?;
    let pages = lay_out(&parse(&markup));
    let header = templates::render("copy/header.txt", copy)?;
    let header = header.trim().replace(LINE_BREAK, " ");
    let (regular, bold) = faces();
    let line_width = PAGE_W - 2.0 * MARGIN_X;
    let mut doc = PdfDocument::new(&header);
    let header = fit(regular, 8.0, &header, line_width);
    let regular_id = PdfFontHandle::External(doc.add_font(&regular.parsed));
    let bold_id = PdfFontHandle::External(doc.add_font(&bold.parsed));
    let total = pages.len();
    let mut out = Vec::with_capacity(total);
    for (n, placed) in pages.into_iter().enumerate() {
        let footer =
            templates::render("copy/footer.txt", json!({ "page": n + 1, "pages": total }))?;
        let mut ops = vec![Op::SetFillColor { col: grey(0.4) }];
        ops.extend(text_op(&regular_id, 8.0, MARGIN_X, PAGE_H - 40.0, &header));
        let footer = fit(regular, 8.0, footer.trim(), line_width);
        let fw = regular.width(&footer, 8.0);
        ops.extend(text_op(
            &regular_id,
            8.0,
            PAGE_W - MARGIN_X - fw,
            34.0,
            &footer,
        ));
        ops.push(Op::SetOutlineColor { col: grey(0.75) });
        ops.push(Op::SetOutlineThickness { pt: Pt(0.5) });
        for y in [PAGE_H - 48.0, 48.0] {
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: Point {
                                x: Pt(MARGIN_X),
                                y: Pt(y),
                            },
                            bezier: false,
                        },
                        LinePoint {
                            p: Point {
                                x: Pt(PAGE_W - MARGIN_X),
                                y: Pt(y),
                            },
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            });
        }
        let mut shade = 0.4;
        for p in placed {
            let want = if p.grey { 0.4 } else { 0.0 };
            if want != shade {
                ops.push(Op::SetFillColor { col: grey(want) });
                shade = want;
            }
            let font = if p.bold { &bold_id } else { &regular_id };
            ops.extend(text_op(font, p.size, p.x, p.y, &p.text));
        }
        out.push(PdfPage::new(Mm(210.0), Mm(297.0), ops));
    }
    let mut warnings = Vec::new();
    // printpdf's `save` would compress every stream at zlib's slowest
    // level, a quarter of a copy's time; the document it builds is taken
    // uncompressed and compressed here at the fastest level, which takes a
    // fraction of that, for a file about a fifth larger (52 KB instead of
    // 43 KB for 9 pages).
    let mut pdf = doc
        .with_pages(out)
        .to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    for object in pdf.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object {
            compress(stream)?;
        }
    }
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|e| Error::internal_from("the PDF could not be written", e))?;
    if bytes.is_empty() {
        return Err(Error::internal("the PDF came out empty"));
    }
    Ok(bytes)
}

/// Deflates a stream that is not compressed yet, where that makes it smaller.
fn compress(stream: &mut lopdf::Stream) -> Result<()> {
    use std::io::Write as _;
    if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
        return Ok(());
    }
    let mut encoder = flate2::write::ZlibEncoder::new(
        Vec::with_capacity(stream.content.len() / 2),
        flate2::Compression::fast(),
    );
    let compressed = encoder
        .write_all(&stream.content)
        .and_then(|()| encoder.finish())
        .map_err(|e| Error::internal_from("a PDF stream could not be compressed", e))?;
    if compressed.len() < stream.content.len() {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(compressed);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_lines_become_blocks_and_data_never_becomes_markup() {
        let blocks = parse(
            "# Title\n> meta\n| one\n| two\n\n## Head\n= Name\tZoë\n---\n| ## not a heading\n",
        );
        assert_eq!(
            blocks,
            vec![
                Block::Title("Title".into()),
                Block::Meta("meta".into()),
                Block::Paragraph("one two".into()),
                Block::Heading("Head".into()),
                Block::Field("Name".into(), "Zoë".into()),
                Block::PageBreak,
                Block::Paragraph("## not a heading".into()),
            ]
        );
    }

    #[test]
    fn wrapping_keeps_every_line_inside_the_width_and_breaks_long_words() {
        let (regular, _) = faces();
        let long = "x".repeat(5000);
        let text = format!("short words then {long} and{LINE_BREAK}a forced break");
        let lines = wrap(regular, 10.0, &text, 400.0);
        assert!(lines.len() > 10);
        for line in &lines {
            assert!(regular.width(line, 10.0) <= 400.0, "{line}");
        }
        assert_eq!(lines.concat().matches('x').count(), 5000);
        assert_eq!(lines.last().unwrap(), "a forced break");
    }

    #[test]
    fn every_placed_line_stays_inside_the_page_and_long_fields_keep_their_order() {
        let (regular, bold) = faces();
        let long = "word ".repeat(3000);
        let mut markup = String::from("# A title that is rather long ");
        markup.push_str(&"and longer ".repeat(30));
        markup.push_str("\n## Heading\n");
        markup.push_str(&format!(
            "= A label long enough to wrap over three lines\t{long}\n"
        ));
        for n in 0..200 {
            markup.push_str(&format!(
                "> meta {n}\n| paragraph {n} {}\n\n",
                "x".repeat(n * 7)
            ));
        }
        let pages = lay_out(&parse(&markup));
        assert!(pages.len() > 5, "{} pages", pages.len());
        let mut value_words = 0;
        for page in &pages {
            let mut last_y = f32::INFINITY;
            for p in page {
                let face = if p.bold { bold } else { regular };
                assert!(p.x >= MARGIN_X, "{} starts left of the margin", p.text);
                assert!(
                    p.x + face.width(&p.text, p.size) <= PAGE_W - MARGIN_X + 0.01,
                    "{} runs past the right margin",
                    p.text
                );
                assert!(
                    p.y >= BOTTOM && p.y <= TOP,
                    "{} at y {} is off the body",
                    p.text,
                    p.y
                );
                assert!(p.y <= last_y, "lines run down the page");
                last_y = p.y;
                if p.x > MARGIN_X {
                    value_words += p.text.matches("word").count();
                }
            }
        }
        assert_eq!(
            value_words, 3000,
            "every word of the long value is placed once"
        );
    }

    #[test]
    fn fitted_running_lines_are_cut_with_an_ellipsis() {
        let (regular, _) = faces();
        let name = "Ŵ".repeat(200);
        let fitted = fit(regular, 8.0, &name, 300.0);
        assert!(regular.width(&fitted, 8.0) <= 300.0);
        assert!(fitted.ends_with('…'));
        assert_eq!(fit(regular, 8.0, "short", 300.0), "short");
    }
}

#[cfg(test)]
mod template_tests {
    #[test]
    fn the_document_template_renders_a_sample() {
        let sample = serde_json::json!({
            "schema_version": 1, "generated_at": "2026-11-23T10:00:00Z",
            "controller": { "name": "Acme", "contact_email": "a@b.test" },
            "record": { "customer_id": "0196b1c4-0000-7000-8000-000000000000", "state": "complete",
                "created_at": "2026-11-23T10:00:00Z", "updated_at": "2026-11-23T10:00:00Z",
                "completed_at": "2026-11-23T10:00:00Z", "expires_at": "2027-11-23T10:00:00Z",
                "restricted": false, "legal_hold": false },
            "personal": { "name": "Zoë", "email": "z@p.test" },
            "fields": [ { "key": "k", "label": "K", "value": 3 } ],
            "notes": [ { "created_at": "2026-11-23T10:00:00Z", "body": "line\nnext" } ],
            "consent": [ { "purpose": "marketing_email", "granted": true, "history": [
                { "at": "2026-11-23T10:00:00Z", "granted": true, "basis": "consent", "source": "staff", "evidence": "form" } ] } ],
            "information": [ { "heading": "H", "text": "T" } ],
        });
        let out = crate::templates::render("copy/document.txt", &sample).unwrap();
        assert!(out.contains("= Name\tZoë"), "{out}");
        assert!(out.contains("| line\u{2028}next"), "{out}");
    }
}

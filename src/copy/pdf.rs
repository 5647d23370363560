//! The PDF copy: A4, the fonts its text uses embedded (subset; see
//! `fonts.rs`), a running header and "page X of Y" footer, text in any
//! script wrapped to the page — long words broken — and any number of
//! pages. Shaped text is drawn glyph by glyph inside a span whose actual
//! text is the characters in logical order, so extraction and copying give
//! the words as written; a character no font has is drawn as its code
//! point and listed in a closing section.
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

use std::collections::BTreeMap;

use printpdf::{
    Codepoint, Color, DictItem, LinePoint, Mm, Op, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rgb, TextItem, TextMatrix,
};
use serde_json::json;

use super::{
    content::{CustomerCopy, Logo},
    fonts::{self, FaceId, GlyphAt},
    layout::*,
    lines::{Line, fit},
};
use crate::{
    context::Services,
    error::{Error, Result},
    i18n, templates,
};

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
pub async fn render_in_turn(state: &Services, mut copy: CustomerCopy) -> Result<Vec<u8>> {
    if let Logo::Unread(tenant_id) = copy.controller.logo {
        copy.controller.logo = match crate::tenants::logo::of(state, tenant_id).await? {
            Some(logo) => Logo::Read(logo.bytes),
            None => Logo::None,
        };
    }
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
    let header = templates::render("copy/header.txt", copy)?;
    let header = header.trim().replace(LINE_BREAK, " ");
    let mut blocks = parse(&markup);
    blocks.extend(unsupported_section(copy, &[&markup, &header]));
    let pages = lay_out(&blocks);
    let line_width = PAGE_W - 2.0 * MARGIN_X;
    let mut doc = PdfDocument::new(&header);
    describe(&mut doc, copy);
    let logo = match &copy.controller.logo {
        Logo::Read(png) => LogoMark::add(&mut doc, png),
        _ => None,
    };
    let header_width = line_width - logo.as_ref().map_or(0.0, |l| l.width + 12.0);
    let header = fit(false, 8.0, &header, header_width);
    let mut fonts = FontSet::new(&mut doc);
    let total = pages.len();
    let mut out = Vec::with_capacity(total);
    for (n, placed) in pages.into_iter().enumerate() {
        let footer = templates::render(
            "copy/footer.txt",
            json!({ "page": n + 1, "pages": total, "lang": copy.language }),
        )?;
        let footer = fit(false, 8.0, footer.trim(), line_width);
        let mut ops = running_lines(&mut fonts, &header, &footer);
        if let Some(logo) = &logo {
            ops.push(logo.op());
        }
        ops.extend(page_text(placed, &mut fonts));
        out.push(PdfPage::new(Mm(210.0), Mm(297.0), ops));
    }
    to_bytes(doc.with_pages(out), copy.language.tag())
}

/// The controller's logo, at the top right of every page beside the
/// running header: 24 points high, at most 150 wide.
struct LogoMark {
    id: printpdf::XObjectId,
    width: f32,
    dpi: f32,
}

impl LogoMark {
    const HEIGHT: f32 = 24.0;
    const MAX_WIDTH: f32 = 150.0;

    /// Adds the logo (a PNG Steward made from the upload) to `doc`; `None`
    /// if it cannot be read, and the copy is made without it.
    fn add(doc: &mut PdfDocument, png: &[u8]) -> Option<Self> {
        let image = printpdf::RawImage::decode_from_bytes(png, &mut Vec::new()).ok()?;
        let (w, h) = (image.width as f32, image.height as f32);
        if w < 1.0 || h < 1.0 {
            return None;
        }
        // Points per pixel: the logo's height, unless that makes it too wide.
        let scale = (Self::HEIGHT / h).min(Self::MAX_WIDTH / w);
        Some(Self {
            id: doc.add_image(&image),
            width: w * scale,
            dpi: 72.0 / scale,
        })
    }

    fn op(&self) -> Op {
        Op::UseXobject {
            id: self.id.clone(),
            transform: printpdf::XObjectTransform {
                translate_x: Some(Pt(PAGE_W - MARGIN_X - self.width)),
                translate_y: Some(Pt(PAGE_H - 44.0)),
                dpi: Some(self.dpi),
                ..Default::default()
            },
        }
    }
}

/// The words of the closing section that lists the characters no font
/// has: its heading and the sentence before the list.
fn unsupported_words(copy: &CustomerCopy) -> (String, String) {
    let lang = copy.language;
    (
        i18n::text(lang, "copy-unsupported-title", &[]),
        i18n::text(lang, "copy-unsupported-text", &[]),
    )
}

/// A closing section listing each character of `texts` no font has and how
/// often it occurs; none when every character could be shown.
fn unsupported_section(copy: &CustomerCopy, texts: &[&str]) -> Vec<Block> {
    let mut counts = BTreeMap::new();
    for text in texts {
        fonts::unsupported(text, &mut counts);
    }
    if counts.is_empty() {
        return Vec::new();
    }
    let (heading, sentence) = unsupported_words(copy);
    let list: Vec<String> = counts
        .iter()
        .map(|(c, n)| format!("U+{:04X} ×{n}", *c as u32))
        .collect();
    vec![
        Block::Heading(heading),
        Block::Paragraph(sentence),
        Block::Paragraph(list.join(", ")),
    ]
}

/// The document's fonts, each added the first time a page uses it, so a
/// copy embeds (a subset of) only the fonts its text needs.
struct FontSet<'a> {
    doc: &'a mut PdfDocument,
    handles: Vec<Option<PdfFontHandle>>,
}

impl<'a> FontSet<'a> {
    fn new(doc: &'a mut PdfDocument) -> Self {
        let mut set = Self {
            doc,
            handles: vec![None; fonts::faces().len()],
        };
        set.handle(fonts::REGULAR);
        set.handle(fonts::BOLD);
        set
    }

    fn handle(&mut self, face: FaceId) -> PdfFontHandle {
        self.handles[face]
            .get_or_insert_with(|| {
                PdfFontHandle::External(self.doc.add_font(&fonts::faces()[face].parsed))
            })
            .clone()
    }
}

/// A line's runs: plain text as it is, shaped text glyph by glyph.
fn line_ops(fonts: &mut FontSet, size: f32, x: f32, y: f32, line: &Line) -> Vec<Op> {
    let mut ops = Vec::new();
    for run in &line.runs {
        let font = fonts.handle(run.face);
        match &run.glyphs {
            None => ops.extend(text_op(&font, size, x + run.x, y, &run.text)),
            Some(glyphs) => ops.extend(glyph_ops(
                &font,
                size,
                (x + run.x, y),
                (&run.text, run.rtl()),
                glyphs,
            )),
        }
    }
    ops
}

/// Shaped glyphs, each at its place. Left to right, in a span whose actual
/// text is the run's characters in logical order: what a reader copies or
/// extracts. Right to left, each glyph stands for its characters in the
/// order drawn, as readers expect of right-to-left text: they put it back
/// in logical order themselves, and would reverse an actual text again.
fn glyph_ops(
    font: &PdfFontHandle,
    size: f32,
    (x, y): (f32, f32),
    (text, rtl): (&str, bool),
    glyphs: &[GlyphAt],
) -> Vec<Op> {
    let mut ops = Vec::with_capacity(2 * glyphs.len() + 5);
    ops.push(Op::StartTextSection);
    ops.push(Op::SetFont {
        font: font.clone(),
        size: Pt(size),
    });
    if !rtl {
        ops.push(actual_text(text));
    }
    for g in glyphs {
        let chars = if rtl {
            g.text.chars().rev().collect()
        } else {
            g.text.clone()
        };
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Raw([1.0, 0.0, 0.0, 1.0, x + g.x, y + g.y]),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(vec![Codepoint {
                gid: g.gid,
                offset: 0.0,
                cid: (!chars.is_empty()).then_some(chars),
            }])],
        });
    }
    if !rtl {
        ops.push(Op::EndMarkedContent);
    }
    ops.push(Op::EndTextSection);
    ops
}

/// `BDC /Span << /ActualText (UTF-16BE) >>`, closed by `EndMarkedContent`.
fn actual_text(text: &str) -> Op {
    let mut data = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        data.extend(unit.to_be_bytes());
    }
    let map = BTreeMap::from([(
        "ActualText".to_owned(),
        DictItem::String {
            data,
            literal: false,
        },
    )]);
    Op::BeginMarkedContentWithProperties {
        tag: "Span".to_owned(),
        properties: DictItem::Dict { map },
    }
}

/// A page's running lines, in grey: the header at the top left, the footer
/// at the bottom right, and a thin rule under the one and over the other.
fn running_lines(fonts: &mut FontSet, header: &Line, footer: &Line) -> Vec<Op> {
    let mut ops = vec![Op::SetFillColor { col: grey(0.4) }];
    ops.extend(line_ops(fonts, 8.0, MARGIN_X, PAGE_H - 40.0, header));
    ops.extend(line_ops(
        fonts,
        8.0,
        PAGE_W - MARGIN_X - footer.width,
        34.0,
        footer,
    ));
    ops.push(Op::SetOutlineColor { col: grey(0.75) });
    ops.push(Op::SetOutlineThickness { pt: Pt(0.5) });
    for y in [PAGE_H - 48.0, 48.0] {
        ops.push(rule(y));
    }
    ops
}

/// A line across the text width at height `y`.
fn rule(y: f32) -> Op {
    let point = |x: f32| LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    };
    Op::DrawLine {
        line: printpdf::Line {
            points: vec![point(MARGIN_X), point(PAGE_W - MARGIN_X)],
            is_closed: false,
        },
    }
}

/// The text laid out on a page, each line in its fonts and shade; follows
/// the running lines, which leave the fill grey.
fn page_text(placed: Vec<Placed>, fonts: &mut FontSet) -> Vec<Op> {
    let mut ops = Vec::new();
    let mut shade = 0.4;
    for p in placed {
        let want = if p.grey { 0.4 } else { 0.0 };
        if want != shade {
            ops.push(Op::SetFillColor { col: grey(want) });
            shade = want;
        }
        ops.extend(line_ops(fonts, p.size, p.x, p.y, &p.line));
    }
    ops
}

/// The document's information: made by the controller for the person, when
/// the copy was gathered (a reader shows these as its properties).
fn describe(doc: &mut PdfDocument, copy: &CustomerCopy) {
    let info = &mut doc.metadata.info;
    if let Ok(at) = printpdf::OffsetDateTime::from_unix_timestamp(copy.generated_at.timestamp()) {
        info.creation_date = at;
        info.modification_date = at;
        info.metadata_date = at;
    }
    let lang = copy.language;
    let controller = [("controller", copy.controller.name.as_str().into())];
    info.document_title = i18n::text(lang, "copy-title", &controller);
    info.author = copy.controller.name.clone();
    info.subject = i18n::text(lang, "copy-subject", &[]);
    info.creator = "Steward".into();
    info.producer = "Steward".into();
}

/// The document as PDF bytes, its streams compressed, its catalog naming
/// its language (`/Lang`, for screen readers and text extraction).
fn to_bytes(doc: &PdfDocument, lang: &str) -> Result<Vec<u8>> {
    let mut warnings = Vec::new();
    // printpdf's `save` would compress every stream at zlib's slowest
    // level, a quarter of a copy's time; the document it builds is taken
    // uncompressed and compressed here at the fastest level, which takes a
    // fraction of that, for a file about a fifth larger (52 KB instead of
    // 43 KB for 9 pages).
    let mut pdf = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    pdf.catalog_mut()
        .map_err(|e| Error::internal_from("the PDF has no catalog", e))?
        .set("Lang", lopdf::Object::string_literal(lang));
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
mod template_tests {
    #[test]
    fn the_document_template_renders_a_sample() {
        let sample = serde_json::json!({
            "schema_version": 1, "generated_at": "2026-11-23T10:00:00Z", "language": "en",
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

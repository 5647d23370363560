//! The copy's text laid out on A4 pages: a small markup (headings, label
//! and value rows, paragraphs) parsed into blocks, wrapped to the page
//! width with the embedded fonts' metrics, and placed page by page.

use std::{collections::HashMap, sync::OnceLock};

use printpdf::ParsedFont;

pub(super) const PAGE_W: f32 = 595.28; // A4 in points

pub(super) const PAGE_H: f32 = 841.89;

pub(super) const MARGIN_X: f32 = 56.7; // 20 mm

pub(super) const TOP: f32 = PAGE_H - 70.0; // below the header

pub(super) const BOTTOM: f32 = 62.0; // above the footer

pub(super) const LABEL_W: f32 = 140.0;

pub(super) const LINE_BREAK: char = '\u{2028}';

/// A font's glyph advances, for measuring text.
pub(super) struct Face {
    pub(super) parsed: ParsedFont,
    pub(super) units_per_em: f32,
    pub(super) widths: HashMap<char, f32>,
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
    pub(super) fn width(&self, s: &str, size: f32) -> f32 {
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

pub(super) fn advance(font: &ParsedFont, c: char) -> f32 {
    let azul = font.as_azul();
    let gid = azul.lookup_glyph_index(c as u32).unwrap_or(0); // a character the font lacks shows as glyph 0
    f32::from(azul.get_horizontal_advance(gid))
}

pub(super) fn faces() -> &'static (Face, Face) {
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
pub(super) enum Block {
    Title(String),
    Heading(String),
    Subheading(String),
    Meta(String),
    Field(String, String),
    Paragraph(String),
    PageBreak,
}

pub(super) fn parse(markup: &str) -> Vec<Block> {
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
pub(super) fn wrap(face: &Face, size: f32, text: &str, max: f32) -> Vec<String> {
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
pub(super) struct Placed {
    pub(super) x: f32,
    pub(super) y: f32,
    pub(super) size: f32,
    pub(super) bold: bool,
    pub(super) grey: bool,
    pub(super) text: String,
}

pub(super) struct Layout {
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

pub(super) fn lay_out(blocks: &[Block]) -> Vec<Vec<Placed>> {
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
pub(super) fn fit(face: &Face, size: f32, text: &str, max: f32) -> String {
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

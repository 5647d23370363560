//! The copy's text laid out on A4 pages: a small markup (headings, label
//! and value rows, paragraphs) parsed into blocks, wrapped to the page
//! width with the embedded fonts' metrics, and placed page by page.

pub(super) use super::lines::LINE_BREAK;
use super::lines::{Line, wrap};

pub(super) const PAGE_W: f32 = 595.28; // A4 in points

pub(super) const PAGE_H: f32 = 841.89;

pub(super) const MARGIN_X: f32 = 56.7; // 20 mm

pub(super) const TOP: f32 = PAGE_H - 70.0; // below the header

pub(super) const BOTTOM: f32 = 62.0; // above the footer

pub(super) const LABEL_W: f32 = 140.0;

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

/// What one placed line looks like.
pub(super) struct Placed {
    pub(super) x: f32,
    pub(super) y: f32,
    pub(super) size: f32,
    pub(super) grey: bool,
    pub(super) line: Line,
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

    fn lines(&mut self, x: f32, size: f32, grey: bool, lines: Vec<Line>) {
        let leading = size * 1.35;
        for line in lines {
            self.room(leading);
            self.y -= leading;
            self.pages.last_mut().expect("a page").push(Placed {
                x,
                y: self.y,
                size,
                grey,
                line,
            });
        }
    }
}

pub(super) fn lay_out(blocks: &[Block]) -> Vec<Vec<Placed>> {
    let width = PAGE_W - 2.0 * MARGIN_X;
    let mut l = Layout::new();
    for block in blocks {
        match block {
            Block::Title(t) => {
                l.gap(12.0);
                l.lines(MARGIN_X, 18.0, false, wrap(true, 18.0, t, width));
                l.gap(6.0);
            }
            Block::Heading(t) => {
                l.gap(14.0);
                // Keep a heading with the first lines after it.
                l.room(13.0 * 1.35 + 3.0 * 10.0 * 1.35);
                l.lines(MARGIN_X, 13.0, false, wrap(true, 13.0, t, width));
                l.gap(3.0);
            }
            Block::Subheading(t) => {
                l.gap(8.0);
                l.room(10.5 * 1.35 + 2.0 * 10.0 * 1.35);
                l.lines(MARGIN_X, 10.5, false, wrap(true, 10.5, t, width));
            }
            Block::Meta(t) => {
                l.lines(MARGIN_X, 8.5, true, wrap(false, 8.5, t, width));
            }
            Block::Field(label, value) => {
                let labels = wrap(true, 10.0, label, LABEL_W - 8.0);
                let values = wrap(false, 10.0, value, width - LABEL_W);
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
                    for (x, line) in [
                        (MARGIN_X, labels.next()),
                        (MARGIN_X + LABEL_W, values.next()),
                    ] {
                        if let Some(line) = line.filter(|l| !l.runs.is_empty()) {
                            page.push(Placed {
                                x,
                                y,
                                size: 10.0,
                                grey: false,
                                line,
                            });
                        }
                    }
                }
                l.gap(2.0);
            }
            Block::Paragraph(t) => {
                l.lines(MARGIN_X, 10.0, false, wrap(false, 10.0, t, width));
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
    fn every_placed_line_stays_inside_the_page_and_long_fields_keep_their_order() {
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
                let text = p.line.text();
                assert!(p.x >= MARGIN_X, "{text} starts left of the margin");
                assert!(
                    p.x + p.line.width <= PAGE_W - MARGIN_X + 0.01,
                    "{text} runs past the right margin"
                );
                assert!(
                    p.y >= BOTTOM && p.y <= TOP,
                    "{text} at y {} is off the body",
                    p.y
                );
                assert!(p.y <= last_y, "lines run down the page");
                last_y = p.y;
                if p.x > MARGIN_X {
                    value_words += text.matches("word").count();
                }
            }
        }
        assert_eq!(
            value_words, 3000,
            "every word of the long value is placed once"
        );
    }
}

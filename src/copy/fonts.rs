//! The copy's fonts, built into the binary: DejaVu Sans (Latin, Greek,
//! Cyrillic and much else) and, from `assets/fonts/`, Noto Sans Arabic,
//! Hebrew, Devanagari and Thai and Droid Sans Fallback (Chinese, Japanese,
//! Korean). Each is parsed once. A character takes the face made for its
//! script, else the first face that has it; allsorts shapes each run
//! (joining, conjuncts, reordering, marks, kerning) against the same font.

use std::{
    collections::{BTreeMap, HashMap},
    sync::{Mutex, OnceLock, PoisonError},
};

use allsorts::{
    Font,
    binary::read::ReadScope,
    font::MatchingPresentation,
    font_data::{DynamicFontTableProvider, FontData},
    glyph_position::{GlyphLayout, TextDirection},
    gsub::{FeatureMask, FeatureMaskExt},
};
use printpdf::ParsedFont;

/// A face's place in `faces()`.
pub(super) type FaceId = usize;

pub(super) const REGULAR: FaceId = 0;

pub(super) const BOLD: FaceId = 1;

/// The faces tried for regular and for bold text, in order.
const REGULAR_CHAIN: [FaceId; 6] = [0, 2, 4, 6, 8, 10];

const BOLD_CHAIN: [FaceId; 6] = [1, 3, 5, 7, 9, 10];

/// The scripts that have a face of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Script {
    Arabic,
    Hebrew,
    Devanagari,
    Thai,
    Cjk,
}

/// A font: printpdf's copy (embedded, subset, in a document) and allsorts'
/// shaper over the same bytes.
pub(super) struct Face {
    pub(super) parsed: ParsedFont,
    pub(super) units_per_em: f32,
    pub(super) script: Option<Script>,
    widths: HashMap<char, f32>,
    shaper: Mutex<Font<DynamicFontTableProvider<'static>>>,
}

/// One glyph of a shaped run, in points from the run's origin.
#[derive(Clone, Debug)]
pub(super) struct GlyphAt {
    pub(super) gid: u16,
    pub(super) x: f32,
    pub(super) y: f32,
    /// The characters it shows, for the text layer.
    pub(super) text: String,
}

impl Face {
    fn load(bytes: &'static [u8], script: Option<Script>) -> Self {
        let parsed =
            ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).expect("a built-in font parses");
        let units_per_em = f32::from(parsed.as_azul().pdf_font_metrics.units_per_em.max(1));
        let font = ReadScope::new(bytes)
            .read::<FontData<'static>>()
            .ok()
            .and_then(|data| data.table_provider(0).ok())
            .and_then(|provider| Font::new(provider).ok())
            .expect("a built-in font parses for shaping");
        let mut face = Self {
            parsed,
            units_per_em,
            script,
            widths: HashMap::new(),
            shaper: Mutex::new(font),
        };
        if script.is_none() {
            // The characters of most text, measured once; others on demand.
            face.widths = (' '..='~')
                .chain('\u{a0}'..='\u{17f}')
                .map(|c| (c, face.advance(c)))
                .collect();
        }
        face
    }

    fn advance(&self, c: char) -> f32 {
        let azul = self.parsed.as_azul();
        let gid = azul.lookup_glyph_index(c as u32).unwrap_or(0); // a character the font lacks shows as glyph 0
        f32::from(azul.get_horizontal_advance(gid))
    }

    /// Whether the font has a glyph for `c`.
    pub(super) fn has(&self, c: char) -> bool {
        self.widths.contains_key(&c)
            || self
                .parsed
                .as_azul()
                .lookup_glyph_index(c as u32)
                .is_some_and(|gid| gid != 0)
    }

    /// The width of `s` at `size` points, set glyph by glyph, unshaped.
    pub(super) fn width(&self, s: &str, size: f32) -> f32 {
        let units: f32 = s
            .chars()
            .map(|c| match self.widths.get(&c) {
                Some(w) => *w,
                None => self.advance(c),
            })
            .sum();
        units * size / self.units_per_em
    }

    /// `text` shaped at `size` points: its glyphs in visual order and its
    /// width.
    pub(super) fn shape(&self, text: &str, size: f32, rtl: bool) -> (Vec<GlyphAt>, f32) {
        let script = self.script_tag(text);
        let mut font = self.shaper.lock().unwrap_or_else(PoisonError::into_inner);
        let glyphs = font.map_glyphs(text, script, MatchingPresentation::NotRequired);
        // Shaping goes on past an error in one lookup, applying what it can.
        let infos = font
            .shape(
                glyphs,
                script,
                None,
                FeatureMask::default_mask(),
                &[],
                None,
                true,
            )
            .unwrap_or_else(|(_, infos)| infos);
        let direction = if rtl {
            TextDirection::RightToLeft
        } else {
            TextDirection::LeftToRight
        };
        let positions = GlyphLayout::new(&mut font, &infos, direction, false)
            .glyph_positions()
            .unwrap_or_default();
        drop(font);
        let scale = size / self.units_per_em;
        let mut order: Vec<usize> = (0..infos.len()).collect();
        if rtl {
            order.reverse();
        }
        let mut pen = 0.0;
        let mut out = Vec::with_capacity(infos.len());
        for i in order {
            let info = &infos[i];
            let (advance, dx, dy) = match positions.get(i) {
                Some(p) => (p.hori_advance, p.x_offset, p.y_offset),
                None => (
                    i32::from(
                        self.parsed
                            .as_azul()
                            .get_horizontal_advance(info.glyph.glyph_index),
                    ),
                    0,
                    0,
                ),
            };
            out.push(GlyphAt {
                gid: info.glyph.glyph_index,
                x: pen + dx as f32 * scale,
                y: dy as f32 * scale,
                text: info.glyph.unicodes.iter().collect(),
            });
            pen += advance as f32 * scale;
        }
        (out, pen)
    }

    /// The OpenType script `text` is shaped as.
    fn script_tag(&self, text: &str) -> u32 {
        let tag = match self.script {
            Some(Script::Arabic) => b"arab",
            Some(Script::Hebrew) => b"hebr",
            Some(Script::Devanagari) => b"deva",
            Some(Script::Thai) => b"thai",
            Some(Script::Cjk) => {
                if text.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)) {
                    b"kana"
                } else if text.chars().any(is_hangul) {
                    b"hang"
                } else {
                    b"hani"
                }
            }
            None => match text.chars().find(|c| c.is_alphabetic()) {
                Some('\u{370}'..='\u{3ff}' | '\u{1f00}'..='\u{1fff}') => b"grek",
                Some('\u{400}'..='\u{52f}') => b"cyrl",
                _ => b"latn",
            },
        };
        u32::from_be_bytes(*tag)
    }
}

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' | '\u{a960}'..='\u{a97f}' | '\u{ac00}'..='\u{d7ff}')
}

/// Every face, parsed on first use: DejaVu Sans regular and bold, then
/// each script's regular and bold, and the CJK face (regular only).
pub(super) fn faces() -> &'static [Face] {
    static FACES: OnceLock<Vec<Face>> = OnceLock::new();
    FACES.get_or_init(|| {
        macro_rules! font {
            ($file:literal) => {
                include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/fonts/", $file))
            };
        }
        let sources: [(&'static [u8], Option<Script>); 11] = [
            (dejavu::sans::regular(), None),
            (dejavu::sans::bold(), None),
            (font!("NotoSansArabic-Regular.ttf"), Some(Script::Arabic)),
            (font!("NotoSansArabic-Bold.ttf"), Some(Script::Arabic)),
            (font!("NotoSansHebrew-Regular.ttf"), Some(Script::Hebrew)),
            (font!("NotoSansHebrew-Bold.ttf"), Some(Script::Hebrew)),
            (
                font!("NotoSansDevanagari-Regular.ttf"),
                Some(Script::Devanagari),
            ),
            (
                font!("NotoSansDevanagari-Bold.ttf"),
                Some(Script::Devanagari),
            ),
            (font!("NotoSansThai-Regular.ttf"), Some(Script::Thai)),
            (font!("NotoSansThai-Bold.ttf"), Some(Script::Thai)),
            (font!("DroidSansFallback.ttf"), Some(Script::Cjk)),
        ];
        sources
            .into_iter()
            .map(|(bytes, script)| Face::load(bytes, script))
            .collect()
    })
}

/// Parses every face and fills its shaping tables, so the first copy made
/// costs no more than the next.
pub fn warm() {
    for face in faces() {
        let sample = match face.script {
            None => "Warm",
            Some(Script::Arabic) => "محمد",
            Some(Script::Hebrew) => "שרה",
            Some(Script::Devanagari) => "शर्मा",
            Some(Script::Thai) => "สมชาย",
            Some(Script::Cjk) => "李伟",
        };
        face.shape(sample, 10.0, false);
    }
}

/// The script with a face of its own that `c` belongs to, if any.
pub(super) fn script_of(c: char) -> Option<Script> {
    Some(match c {
        '\u{590}'..='\u{5ff}' | '\u{fb1d}'..='\u{fb4f}' => Script::Hebrew,
        '\u{600}'..='\u{6ff}'
        | '\u{750}'..='\u{77f}'
        | '\u{8a0}'..='\u{8ff}'
        | '\u{fb50}'..='\u{fdff}'
        | '\u{fe70}'..='\u{feff}' => Script::Arabic,
        '\u{900}'..='\u{97f}' | '\u{a8e0}'..='\u{a8ff}' | '\u{1cd0}'..='\u{1cff}' => {
            Script::Devanagari
        }
        '\u{e00}'..='\u{e7f}' => Script::Thai,
        '\u{1100}'..='\u{11ff}'
        | '\u{2e80}'..='\u{2fff}'
        | '\u{3000}'..='\u{33ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{a960}'..='\u{a97f}'
        | '\u{ac00}'..='\u{d7ff}'
        | '\u{f900}'..='\u{faff}'
        | '\u{fe30}'..='\u{fe4f}'
        | '\u{ff00}'..='\u{ffef}'
        | '\u{20000}'..='\u{3ffff}' => Script::Cjk,
        _ => return None,
    })
}

/// The face for `c` in regular or bold text: the face made for its
/// script, else the first of the chain that has it; bold text falls back
/// to a regular face where no bold one has the character.
pub(super) fn face_for(c: char, bold: bool) -> Option<FaceId> {
    let faces = faces();
    let chains: &[&[FaceId]] = if bold {
        &[&BOLD_CHAIN, &REGULAR_CHAIN]
    } else {
        &[&REGULAR_CHAIN]
    };
    let script = script_of(c);
    for chain in chains {
        let mut own = chain
            .iter()
            .copied()
            .filter(|&id| script.is_some() && faces[id].script == script);
        if let Some(id) = own.find(|&id| faces[id].has(c)) {
            return Some(id);
        }
        if let Some(id) = chain.iter().copied().find(|&id| faces[id].has(c)) {
            return Some(id);
        }
    }
    None
}

/// A format character with no glyph of its own (joiners, direction marks,
/// variation selectors): it shapes text where a font knows it, and is
/// otherwise left out of the drawing, never shown as missing.
pub(super) fn invisible(c: char) -> bool {
    matches!(c,
        '\u{34f}' | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}'
        | '\u{e0000}'..='\u{e0fff}')
}

/// How a character no font has is shown instead.
pub(super) fn marker(c: char) -> String {
    format!("[U+{:04X}]", c as u32)
}

/// The characters of `text` that no font has, with how often each occurs.
pub(super) fn unsupported(text: &str, counts: &mut BTreeMap<char, usize>) {
    let regular = &faces()[REGULAR];
    for c in text.chars() {
        if c.is_control() || invisible(c) || regular.has(c) {
            continue;
        }
        if face_for(c, false).is_none() {
            *counts.entry(c).or_default() += 1;
        }
    }
}

//! Text in any script made into lines: a paragraph is cut into runs (one
//! font, one bidi level, no line-break opportunity inside), each run shaped
//! once; lines are filled with whole runs in logical order and then put in
//! visual order (UAX #9), so what is measured is exactly what is drawn.
//! Text all in DejaVu's Latin, Greek and Cyrillic needs no shaping and
//! takes a fast path measured from a table of widths.

use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};
use unicode_segmentation::UnicodeSegmentation;

use super::fonts::{BOLD, FaceId, GlyphAt, REGULAR, face_for, faces, invisible, marker};

/// A line break inside a value (the `text` filter's U+2028), kept as one.
pub(super) const LINE_BREAK: char = '\u{2028}';

/// Text in one font at one level: shown as text (`glyphs` is `None`) or as
/// shaped glyphs in visual order.
#[derive(Clone, Debug)]
pub(super) struct Run {
    pub(super) face: FaceId,
    /// Where it starts, in points from the line's start.
    pub(super) x: f32,
    pub(super) width: f32,
    /// The characters, in logical order: the text layer's words.
    pub(super) text: String,
    pub(super) glyphs: Option<Vec<GlyphAt>>,
    level: Level,
    /// Where a line may start.
    opens: bool,
    space: bool,
    /// The character no font has, shown as its code point.
    missing: Option<char>,
}

/// A line, its runs in visual order.
#[derive(Clone, Debug, Default)]
pub(super) struct Line {
    pub(super) runs: Vec<Run>,
    pub(super) width: f32,
}

impl Line {
    /// The line's characters, run by run in visual order.
    #[cfg(test)]
    pub(super) fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    fn plain(face: FaceId, text: String, size: f32) -> Self {
        let width = faces()[face].width(&text, size);
        let runs = if text.is_empty() {
            Vec::new()
        } else {
            vec![Run {
                face,
                x: 0.0,
                width,
                text,
                glyphs: None,
                level: Level::ltr(),
                opens: true,
                space: false,
                missing: None,
            }]
        };
        Self { runs, width }
    }

    /// The runs, given in logical order, without trailing spaces, put in
    /// visual order and given their places.
    fn from_logical(mut runs: Vec<Run>) -> Self {
        while runs.last().is_some_and(|r| r.space) {
            runs.pop();
        }
        if runs.iter().any(|r| r.level.is_rtl()) {
            let levels: Vec<Level> = runs.iter().map(|r| r.level).collect();
            let order = BidiInfo::reorder_visual(&levels);
            let mut slots: Vec<Option<Run>> = runs.into_iter().map(Some).collect();
            runs = order.into_iter().filter_map(|i| slots[i].take()).collect();
        }
        let mut x = 0.0;
        for run in &mut runs {
            run.x = x;
            x += run.width;
        }
        Self { runs, width: x }
    }
}

fn face_of(bold: bool) -> FaceId {
    if bold { BOLD } else { REGULAR }
}

/// Whether `c` is set by DejaVu as it comes: Latin, Greek, Cyrillic and
/// the like, left to right, with no shaping.
fn plain(c: char) -> bool {
    (c as u32) < 0x590
        || matches!(c, '\u{1e00}'..='\u{1fff}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205e}' | '\u{20a0}'..='\u{20bf}' | '\u{2100}'..='\u{2bff}')
}

fn all_plain(face: FaceId, text: &str) -> bool {
    let face = &faces()[face];
    text.chars()
        .all(|c| plain(c) && (c.is_control() || face.has(c)))
}

/// Breaks `text` into lines no wider than `max` points: at spaces, between
/// ideographs, at the line breaks of the text itself (U+2028), and inside
/// words too long for a line.
pub(super) fn wrap(bold: bool, size: f32, text: &str, max: f32) -> Vec<Line> {
    let face = face_of(bold);
    let mut lines = Vec::new();
    for hard in text.split(LINE_BREAK) {
        if all_plain(face, hard) {
            lines.extend(
                wrap_plain(face, size, hard, max)
                    .into_iter()
                    .map(|t| Line::plain(face, t, size)),
            );
        } else {
            lines.extend(fill(runs(hard, bold, size), size, max));
        }
    }
    lines
}

/// The fast path: DejaVu's widths, breaks at spaces and between letters.
fn wrap_plain(face: FaceId, size: f32, text: &str, max: f32) -> Vec<String> {
    let face = &faces()[face];
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut width = 0.0;
    let space = face.width(" ", size);
    for word in text.split_whitespace() {
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
    lines
}

/// Fills lines with whole runs, a break opportunity at a time; a word wider
/// than a line is set again a grapheme at a time.
fn fill(runs: Vec<Run>, size: f32, max: f32) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut line: Vec<Run> = Vec::new();
    let mut width = 0.0;
    let mut words = words(runs).into_iter();
    let mut pending: Vec<Vec<Run>> = Vec::new();
    while let Some(word) = pending.pop().or_else(|| words.next()) {
        let full: f32 = word.iter().map(|r| r.width).sum();
        let inked: f32 = full - trailing_space(&word);
        if !line.is_empty() && width + inked <= max {
            line.extend(word);
            width += full;
            continue;
        }
        if !line.is_empty() {
            lines.push(Line::from_logical(std::mem::take(&mut line)));
        }
        if inked <= max || word.iter().all(|r| r.text.graphemes(true).count() <= 1) {
            width = full;
            line = word;
            continue;
        }
        // Set again grapheme by grapheme, each a word of its own.
        let mut graphemes: Vec<Vec<Run>> = word
            .into_iter()
            .flat_map(|run| by_grapheme(run, size))
            .map(|run| vec![run])
            .collect();
        graphemes.reverse();
        pending.extend(graphemes);
        width = 0.0;
    }
    lines.push(Line::from_logical(line));
    lines
}

fn trailing_space(word: &[Run]) -> f32 {
    word.iter()
        .rev()
        .take_while(|r| r.space)
        .map(|r| r.width)
        .sum()
}

/// The runs grouped into words: from one break opportunity to the next.
fn words(runs: Vec<Run>) -> Vec<Vec<Run>> {
    let mut words: Vec<Vec<Run>> = Vec::new();
    for run in runs {
        match words.last_mut() {
            Some(word) if !run.opens => word.push(run),
            _ => words.push(vec![run]),
        }
    }
    words
}

/// `run` set again one grapheme at a time.
fn by_grapheme(run: Run, size: f32) -> Vec<Run> {
    if run.missing.is_some() || run.graphemes_len() <= 1 {
        return vec![run];
    }
    run.text
        .graphemes(true)
        .map(|g| make_run(run.face, g.to_owned(), run.level, true, run.space, size))
        .collect()
}

impl Run {
    /// Whether the run reads right to left.
    pub(super) fn rtl(&self) -> bool {
        self.level.is_rtl()
    }

    fn graphemes_len(&self) -> usize {
        self.text.graphemes(true).count()
    }
}

/// `text` as one line, cut to `max` points wide with "…" where it was cut.
pub(super) fn fit(bold: bool, size: f32, text: &str, max: f32) -> Line {
    let face = face_of(bold);
    if all_plain(face, text) {
        let f = &faces()[face];
        if f.width(text, size) <= max {
            return Line::plain(face, text.to_owned(), size);
        }
        let room = max - f.width("…", size);
        let mut out = String::new();
        let mut width = 0.0;
        for c in text.chars() {
            let w = f.width(c.encode_utf8(&mut [0; 4]), size);
            if width + w > room {
                break;
            }
            out.push(c);
            width += w;
        }
        out.push('…');
        return Line::plain(face, out, size);
    }
    let all = runs(text, bold, size);
    let whole = Line::from_logical(all.clone());
    if whole.width <= max {
        return whole;
    }
    let ellipsis = make_run(face, "…".to_owned(), Level::ltr(), true, false, size);
    let room = max - ellipsis.width;
    let mut kept = Vec::new();
    let mut width = 0.0;
    for run in all.into_iter().flat_map(|r| by_grapheme(r, size)) {
        if width + run.width > room {
            break;
        }
        width += run.width;
        kept.push(run);
    }
    kept.push(ellipsis);
    Line::from_logical(kept)
}

/// Mirrored brackets for right-to-left runs (UAX #9, L4).
fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        _ => c,
    }
}

fn make_run(face: FaceId, text: String, level: Level, opens: bool, space: bool, size: f32) -> Run {
    let f = &faces()[face];
    let (glyphs, width) = if !level.is_rtl() && f.script.is_none() && all_plain(face, &text) {
        (None, f.width(&text, size))
    } else if level.is_rtl() {
        let mirrored: String = text.chars().map(mirror).collect();
        let (glyphs, width) = f.shape(&mirrored, size, true);
        (Some(glyphs), width)
    } else {
        let (glyphs, width) = f.shape(&text, size, false);
        (Some(glyphs), width)
    };
    Run {
        face,
        x: 0.0,
        width,
        text,
        glyphs,
        level,
        opens,
        space,
        missing: None,
    }
}

fn missing_run(c: char, level: Level, opens: bool, size: f32) -> Run {
    let text = marker(c);
    Run {
        face: REGULAR,
        x: 0.0,
        width: faces()[REGULAR].width(&text, size),
        text,
        glyphs: None,
        level,
        opens,
        space: false,
        missing: Some(c),
    }
}

/// What a character is set as: in a face, as a missing marker, or not at
/// all (an invisible format character no face has).
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Face(FaceId),
    Missing,
    Skip,
}

/// Spaces, marks, digits and punctuation stay in the face of the letters
/// before them where it has them, so a run is not cut at every space.
fn kind_of(c: char, current: Option<FaceId>, bold: bool) -> Kind {
    if let Some(face) = current
        && !c.is_alphabetic()
        && faces()[face].has(c)
    {
        return Kind::Face(face);
    }
    match face_for(c, bold) {
        Some(face) => Kind::Face(face),
        None if invisible(c) || c.is_control() => Kind::Skip,
        None => Kind::Missing,
    }
}

/// Line-break opportunities in `text`: the byte offsets where a line may
/// start.
fn break_before(text: &str) -> Vec<bool> {
    let mut opens = vec![false; text.len()];
    let mut prev: Option<char> = None;
    for (i, g) in text.grapheme_indices(true) {
        let c = g.chars().next().unwrap_or(' ');
        if let Some(p) = prev {
            let after_space = p.is_whitespace() && !c.is_whitespace();
            let ideographic = !p.is_whitespace()
                && !c.is_whitespace()
                && (breaks_around(p) || breaks_around(c))
                && !closes(c)
                && !opens_bracket(p);
            opens[i] = after_space || ideographic;
        }
        prev = g.chars().last();
    }
    opens
}

/// Chinese, Japanese and Korean may break between any two characters.
fn breaks_around(c: char) -> bool {
    matches!(super::fonts::script_of(c), Some(super::fonts::Script::Cjk))
}

/// Characters a line never starts with.
fn closes(c: char) -> bool {
    "、。，．・：；？！ー）」』】〕〉》〗〙〛｝］ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻‐゠–〜～,.!?;:)]}%"
        .contains(c)
}

/// Characters a line never ends with.
fn opens_bracket(c: char) -> bool {
    "（「『【〔〈《〖〘〚｛［([{".contains(c)
}

/// `text` cut into runs in logical order and shaped: a new run at each
/// line-break opportunity, bidi level, face, and space after a word.
fn runs(text: &str, bold: bool, size: f32) -> Vec<Run> {
    let rtl = text.chars().any(|c| {
        matches!(
            bidi_class(c),
            BidiClass::R | BidiClass::AL | BidiClass::RLE | BidiClass::RLO | BidiClass::RLI
        )
    });
    let bidi = rtl.then(|| BidiInfo::new(text, None));
    let level_at = |i: usize| bidi.as_ref().map_or(Level::ltr(), |b| b.levels[i]);
    let opens = break_before(text);
    let mut out = Vec::new();
    // The run being gathered: where it starts, its kind and level.
    let mut start = 0;
    let mut current: Option<(Kind, Level, bool)> = None;
    let mut flush = |start: usize, end: usize, kind: Kind, level: Level, space: bool| {
        let piece = &text[start..end];
        match kind {
            Kind::Face(face) => {
                out.push(make_run(
                    face,
                    piece.to_owned(),
                    level,
                    opens[start] || start == 0,
                    space,
                    size,
                ));
            }
            Kind::Missing => {
                for (n, c) in piece.chars().enumerate() {
                    out.push(missing_run(
                        c,
                        level,
                        (n == 0 && opens[start]) || start == 0,
                        size,
                    ));
                }
            }
            Kind::Skip => {}
        }
    };
    for (i, c) in text.char_indices() {
        let level = level_at(i);
        let space = c.is_whitespace();
        let face = match current {
            Some((Kind::Face(f), _, _)) => Some(f),
            _ => None,
        };
        let kind = kind_of(c, face, bold);
        let same = current.is_some_and(|(k, l, s)| {
            k == kind && l == level && !opens[i] && s == space && kind != Kind::Missing
        });
        if !same {
            if let Some((k, l, s)) = current {
                flush(start, i, k, l, s);
            }
            start = i;
            current = Some((kind, level, space));
        }
    }
    if let Some((k, l, s)) = current {
        flush(start, text.len(), k, l, s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    #[test]
    fn wrapping_keeps_every_line_inside_the_width_and_breaks_long_words() {
        let long = "x".repeat(5000);
        let text = format!("short words then {long} and{LINE_BREAK}a forced break");
        let lines = wrap(false, 10.0, &text, 400.0);
        assert!(lines.len() > 10);
        for line in &lines {
            assert!(line.width <= 400.0, "{}", line.text());
            assert_eq!(line.width, faces()[REGULAR].width(&line.text(), 10.0));
        }
        assert_eq!(texts(&lines).concat().matches('x').count(), 5000);
        assert_eq!(lines.last().unwrap().text(), "a forced break");
    }

    #[test]
    fn fitted_running_lines_are_cut_with_an_ellipsis() {
        for (name, max) in [
            ("Ŵ".repeat(200), 300.0),
            ("李伟".repeat(100), 300.0),
            ("محمد ".repeat(80), 200.0),
        ] {
            let fitted = fit(false, 8.0, &name, max);
            assert!(fitted.width <= max, "{}", fitted.text());
            assert!(fitted.text().contains('…'), "{}", fitted.text());
        }
        assert_eq!(fit(false, 8.0, "short", 300.0).text(), "short");
    }

    #[test]
    fn right_to_left_words_are_shown_right_to_left_and_joined() {
        // Hebrew after a Latin word, in a left-to-right paragraph: the
        // Hebrew words come out reversed, each keeping its letters' order
        // in its text.
        let line = &wrap(false, 10.0, "Name: שרה כהן", 400.0)[0];
        let words: Vec<&str> = line
            .runs
            .iter()
            .map(|r| r.text.as_str())
            .filter(|t| !t.trim().is_empty())
            .collect();
        assert_eq!(words, ["Name:", "כהן", "שרה"]);
        // In a right-to-left paragraph the first word is the rightmost.
        let line = &wrap(false, 10.0, "محمد عبد الله", 400.0)[0];
        let words: Vec<&str> = line
            .runs
            .iter()
            .map(|r| r.text.as_str())
            .filter(|t| !t.trim().is_empty())
            .collect();
        assert_eq!(words, ["الله", "عبد", "محمد"]);
        let first = line.runs.iter().find(|r| r.text == "محمد").unwrap();
        let glyphs = first.glyphs.as_ref().expect("Arabic is shaped");
        // Drawn right to left: the last letter, dal, is leftmost.
        assert_eq!(glyphs.first().unwrap().text, "د");
        assert_eq!(glyphs.last().unwrap().text, "م");
        // Joined: the initial meem is not the isolated form the font maps
        // the character to.
        let isolated = faces()[first.face]
            .parsed
            .as_azul()
            .lookup_glyph_index('م' as u32)
            .unwrap();
        assert_ne!(glyphs.last().unwrap().gid, isolated);
        assert!(
            line.runs
                .windows(2)
                .all(|w| w[0].x + w[0].width <= w[1].x + 0.01)
        );
    }

    #[test]
    fn devanagari_is_shaped_with_its_vowel_sign_before_the_consonant() {
        let line = &wrap(false, 10.0, "अमित", 400.0)[0];
        let glyphs = line.runs[0].glyphs.as_ref().expect("Devanagari is shaped");
        let order: Vec<&str> = glyphs.iter().map(|g| g.text.as_str()).collect();
        // ि is written after म but drawn before it.
        assert_eq!(order, ["अ", "ि", "म", "त"]);
    }

    #[test]
    fn a_long_cjk_paragraph_breaks_between_ideographs_inside_the_width() {
        let text = "山田太郎は東京都に住んでいます。".repeat(40);
        let lines = wrap(false, 10.0, &text, 300.0);
        assert!(lines.len() > 5, "{} lines", lines.len());
        for line in &lines {
            assert!(line.width <= 300.0, "{}", line.text());
            assert!(
                line.width > 250.0 || line.text() == texts(&lines).last().unwrap().as_str(),
                "{} is short",
                line.text()
            );
            assert!(
                !line.text().starts_with('。'),
                "a line starts with a full stop"
            );
            assert!(
                line.runs.iter().all(|r| r.face != REGULAR),
                "{}",
                line.text()
            );
        }
        assert_eq!(texts(&lines).concat(), text);
    }

    #[test]
    fn a_character_no_font_has_shows_as_its_code_point() {
        // Linear B and Egyptian hieroglyphs are in none of the fonts.
        let lines = wrap(false, 10.0, "Sign 𓀀 and 𐀀", 400.0);
        assert_eq!(lines[0].text(), "Sign [U+13000] and [U+10000]");
        let missing: Vec<char> = lines[0].runs.iter().filter_map(|r| r.missing).collect();
        assert_eq!(missing, ['𓀀', '𐀀']);
        assert!(
            lines[0]
                .runs
                .iter()
                .all(|r| r.missing.is_none() || r.face == REGULAR)
        );
        let mut counts = std::collections::BTreeMap::new();
        super::super::fonts::unsupported("𓀀 𓀀 𐀀 李 a 😀", &mut counts);
        assert_eq!(counts.into_iter().collect::<Vec<_>>(), [('𐀀', 1), ('𓀀', 2)]);
    }
}

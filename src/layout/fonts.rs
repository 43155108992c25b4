//! Fonts for layout: text measurement with `ttf-parser` on the very bytes that get embedded, a
//! per-style fallback chain (the first face that has a glyph draws it), and visible replacement
//! of characters no face has.

use std::collections::HashMap;

/// Which face of a [`Fonts`] set draws a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FaceId(pub usize);

/// A text style: regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Style {
    /// Regular weight.
    #[default]
    Regular,
    /// Bold weight.
    Bold,
}

/// What can go wrong loading fonts.
#[derive(Debug, thiserror::Error)]
pub enum FontError {
    /// The bytes are not a font `ttf-parser` can read.
    #[error("font {name} could not be parsed")]
    Parse {
        /// The face's name.
        name: String,
    },
    /// A style's fallback chain is empty or names a face that does not exist.
    #[error("the font fallback chain is empty or refers to a missing face")]
    BadChain,
}

/// One face: its name, bytes and parsed tables, with a cache of advances.
struct Face {
    name: &'static str,
    bytes: &'static [u8],
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    /// Advance widths in em for ASCII, `None` where the face has no glyph.
    ascii: [Option<f32>; 128],
}

impl Face {
    fn parse(name: &'static str, bytes: &'static [u8]) -> Result<Self, FontError> {
        let face = ttf_parser::Face::parse(bytes, 0).map_err(|_| FontError::Parse {
            name: name.to_owned(),
        })?;
        let units_per_em = f32::from(face.units_per_em().max(1));
        let mut ascii = [None; 128];
        for (code, slot) in (0u8..128).zip(ascii.iter_mut()) {
            *slot = advance(&face, units_per_em, char::from(code));
        }
        Ok(Self {
            name,
            bytes,
            face,
            units_per_em,
            ascii,
        })
    }

    /// The advance of `ch` in em, `None` if the face has no glyph for it.
    fn advance(&self, ch: char) -> Option<f32> {
        match self.ascii.get(ch as usize) {
            Some(cached) => *cached,
            None => advance(&self.face, self.units_per_em, ch),
        }
    }
}

fn advance(face: &ttf_parser::Face<'_>, units_per_em: f32, ch: char) -> Option<f32> {
    let glyph = face.glyph_index(ch)?;
    if glyph.0 == 0 {
        return None;
    }
    Some(f32::from(face.glyph_hor_advance(glyph).unwrap_or(0)) / units_per_em)
}

/// Characters that print nothing and may be dropped without loss (zero-width and format marks).
fn is_ignorable(ch: char) -> bool {
    matches!(
        ch,
        '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}'
    )
}

/// The faces of a document and, per style, the chain of faces tried in order.
pub struct Fonts {
    faces: Vec<Face>,
    regular: Vec<FaceId>,
    bold: Vec<FaceId>,
    replacement: char,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.faces.iter().map(|face| face.name).collect();
        f.debug_struct("Fonts").field("faces", &names).finish()
    }
}

/// DejaVu Sans, shipped in `assets/fonts/` with its licence.
pub static DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold.
pub static DEJAVU_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

impl Fonts {
    /// A font set from named faces and the fallback chain of each style (indices into `faces`).
    pub fn new(
        faces: &[(&'static str, &'static [u8])],
        regular: &[usize],
        bold: &[usize],
    ) -> Result<Self, FontError> {
        let faces = faces
            .iter()
            .map(|(name, bytes)| Face::parse(name, bytes))
            .collect::<Result<Vec<_>, _>>()?;
        let chain = |ids: &[usize]| -> Result<Vec<FaceId>, FontError> {
            if ids.is_empty() || ids.iter().any(|id| *id >= faces.len()) {
                return Err(FontError::BadChain);
            }
            Ok(ids.iter().copied().map(FaceId).collect())
        };
        let regular = chain(regular)?;
        let bold = chain(bold)?;
        let first = regular.first().and_then(|id| faces.get(id.0));
        let replacement = if first.is_some_and(|face| face.advance('\u{FFFD}').is_some()) {
            '\u{FFFD}'
        } else {
            '?'
        };
        Ok(Self {
            faces,
            regular,
            bold,
            replacement,
        })
    }

    /// The shipped set: DejaVu Sans and DejaVu Sans Bold (bold falls back to regular).
    pub fn dejavu() -> Result<Self, FontError> {
        Self::new(
            &[
                ("DejaVuSans", DEJAVU_SANS),
                ("DejaVuSans-Bold", DEJAVU_SANS_BOLD),
            ],
            &[0],
            &[1, 0],
        )
    }

    /// How many faces the set has.
    pub fn face_count(&self) -> usize {
        self.faces.len()
    }

    /// The PostScript-style name of a face.
    pub fn face_name(&self, face: FaceId) -> &'static str {
        self.faces.get(face.0).map_or("", |f| f.name)
    }

    /// The font file bytes of a face.
    pub fn face_bytes(&self, face: FaceId) -> &'static [u8] {
        self.faces.get(face.0).map_or(&[], |f| f.bytes)
    }

    /// The glyph id of `ch` in `face` (0 when absent).
    pub fn glyph_id(&self, face: FaceId, ch: char) -> u16 {
        self.faces
            .get(face.0)
            .and_then(|f| f.face.glyph_index(ch))
            .map_or(0, |g| g.0)
    }

    /// The character drawn in place of one no face has (U+FFFD if the font has it, else `?`).
    pub fn replacement(&self) -> char {
        self.replacement
    }

    fn chain(&self, style: Style) -> &[FaceId] {
        match style {
            Style::Regular => &self.regular,
            Style::Bold => &self.bold,
        }
    }

    /// The face that draws `ch` in `style` and its advance in em; `None` if no face has it.
    fn pick(&self, style: Style, ch: char) -> Option<(FaceId, f32)> {
        self.chain(style).iter().find_map(|id| {
            self.faces
                .get(id.0)
                .and_then(|face| face.advance(ch))
                .map(|adv| (*id, adv))
        })
    }

    /// Whether some face of the style's chain has a glyph for `ch`.
    pub fn has_glyph(&self, style: Style, ch: char) -> bool {
        self.pick(style, ch).is_some()
    }

    /// The text as it will be drawn: tabs become spaces, invisible format marks go, and any
    /// other character no face has (control characters included) becomes the visible
    /// [`Fonts::replacement`] character.
    pub fn clean(&self, style: Style, text: &str) -> String {
        text.chars()
            .filter(|ch| !is_ignorable(*ch) && *ch != '\r')
            .map(|ch| match ch {
                '\t' => ' ',
                '\n' => '\n',
                _ if self.has_glyph(style, ch) => ch,
                _ => self.replacement,
            })
            .collect()
    }

    /// The width of `text` in points at `size` (no kerning: the sum of the advances, exactly
    /// what the PDF draws). Characters without a glyph count as the replacement character.
    pub fn width(&self, style: Style, text: &str, size: f32) -> f32 {
        let em: f32 = text
            .chars()
            .map(|ch| {
                self.pick(style, ch)
                    .or_else(|| self.pick(style, self.replacement))
                    .map_or(0.5, |(_, adv)| adv)
            })
            .sum();
        em * size
    }

    /// Splits a line into runs of one face each, replacing characters no face has.
    pub fn runs(&self, style: Style, text: &str) -> Vec<(FaceId, String)> {
        let fallback = self.chain(style).first().copied().unwrap_or(FaceId(0));
        let mut runs: Vec<(FaceId, String)> = Vec::new();
        for ch in text.chars() {
            if is_ignorable(ch) {
                continue;
            }
            let (face, ch) = match self.pick(style, ch) {
                Some((face, _)) => (face, ch),
                None => (fallback, self.replacement),
            };
            match runs.last_mut() {
                Some((last, run)) if *last == face => run.push(ch),
                _ => runs.push((face, ch.to_string())),
            }
        }
        runs
    }
}

/// A cache of per-style widths keyed by text, for repeated measurements of the same words.
#[derive(Debug, Default)]
pub struct WidthCache {
    regular: HashMap<String, f32>,
    bold: HashMap<String, f32>,
}

impl WidthCache {
    /// The width of `word` at 1 pt in `style`, measured once.
    pub fn em_width(&mut self, fonts: &Fonts, style: Style, word: &str) -> f32 {
        let map = match style {
            Style::Regular => &mut self.regular,
            Style::Bold => &mut self.bold,
        };
        if let Some(width) = map.get(word) {
            return *width;
        }
        let width = fonts.width(style, word, 1.0);
        map.insert(word.to_owned(), width);
        width
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn measures_like_the_sum_of_advances() {
        let fonts = Fonts::dejavu().unwrap();
        let a = fonts.width(Style::Regular, "Dossier", 10.0);
        let b =
            fonts.width(Style::Regular, "Dos", 10.0) + fonts.width(Style::Regular, "sier", 10.0);
        assert!((a - b).abs() < 1e-3, "{a} vs {b}");
        assert!(a > 20.0 && a < 60.0, "{a}");
        let bold = fonts.width(Style::Bold, "Dossier", 10.0);
        assert!(bold > a, "bold {bold} should be wider than {a}");
    }

    #[test]
    fn french_and_typographic_characters_have_glyphs() {
        let fonts = Fonts::dejavu().unwrap();
        for ch in "éèàçœŒ«»—’€£$ÉÀÇîôûù\u{A0}\u{202F}".chars() {
            assert!(fonts.has_glyph(Style::Regular, ch), "regular lacks {ch:?}");
            assert!(fonts.has_glyph(Style::Bold, ch), "bold lacks {ch:?}");
        }
    }

    #[test]
    fn missing_characters_are_replaced_visibly_not_dropped() {
        let fonts = Fonts::dejavu().unwrap();
        // U+10000 (Linear B) and a CJK ideograph are not in DejaVu Sans.
        let cleaned = fonts.clean(Style::Regular, "a\u{10000}b\u{4E2D}c\u{0007}\td\u{200B}e");
        let r = fonts.replacement();
        assert_eq!(cleaned, format!("a{r}b{r}c{r} de"));
        let runs = fonts.runs(Style::Regular, "x\u{10000}y");
        let joined: String = runs.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(joined, format!("x{r}y"));
    }

    #[test]
    fn bold_falls_back_along_its_chain() {
        let fonts = Fonts::dejavu().unwrap();
        let runs = fonts.runs(Style::Bold, "Pièce");
        assert_eq!(runs.len(), 1);
        assert_eq!(runs.first().map(|r| r.0), Some(FaceId(1)));
        assert!(Fonts::new(&[("x", DEJAVU_SANS)], &[], &[0]).is_err());
        assert!(Fonts::new(&[("x", DEJAVU_SANS)], &[0], &[3]).is_err());
        assert!(Fonts::new(&[("x", b"not a font")], &[0], &[0]).is_err());
    }
}

//! A page's content stream written straight to bytes from the laid-out items: the operators a
//! PDF library would build as objects and then format, written once. Numbers are written with
//! at most three decimals (a thousandth of a point), text as two-byte glyph codes in literal
//! strings.
//!
//! Consecutive texts share one text section (`BT … ET`), each placed with an absolute text
//! matrix; the font and the fill colour are set only when they change.

use super::images::orientation_matrix;
use crate::layout::{FaceId, Item, Rgb};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// How one face's characters are written: the two-byte code of each character (its glyph id in
/// the embedded font program).
#[derive(Debug, Clone)]
pub struct Codes {
    ascii: [u16; 128],
    other: FxHashMap<char, u16>,
}

impl Codes {
    /// Codes from `(character, code)` pairs; characters not given get code 0 (`.notdef`).
    pub fn new(pairs: impl IntoIterator<Item = (char, u16)>) -> Self {
        let mut ascii = [0_u16; 128];
        let mut other = FxHashMap::default();
        for (ch, code) in pairs {
            match ascii.get_mut(ch as usize) {
                Some(slot) => *slot = code,
                None => {
                    other.insert(ch, code);
                }
            }
        }
        Self { ascii, other }
    }

    /// The code of `ch` (0 when the face has no glyph for it).
    pub fn code(&self, ch: char) -> u16 {
        match self.ascii.get(ch as usize) {
            Some(code) => *code,
            None => self.other.get(&ch).copied().unwrap_or(0),
        }
    }
}

/// Appends `v` rounded to three decimals, without trailing zeros (`12.5`, `-0.25`, `3`).
pub fn number(out: &mut Vec<u8>, v: f32) {
    let scaled = if v.is_finite() {
        (f64::from(v) * 1000.0).round()
    } else {
        0.0
    };
    // Clamped far beyond any page coordinate, so the cast is exact.
    let n = scaled.clamp(-1e15, 1e15) as i64;
    if n < 0 {
        out.push(b'-');
    }
    let n = n.unsigned_abs();
    integer(out, n / 1000);
    let mut frac = n % 1000;
    if frac != 0 {
        out.push(b'.');
        let mut digits = 3;
        while frac.is_multiple_of(10) {
            frac /= 10;
            digits -= 1;
        }
        let mut buf = [b'0'; 3];
        for slot in buf.iter_mut().take(digits).rev() {
            *slot = b'0' + (frac % 10) as u8;
            frac /= 10;
        }
        out.extend_from_slice(buf.get(..digits).unwrap_or_default());
    }
}

/// Appends a non-negative integer.
pub fn integer(out: &mut Vec<u8>, mut n: u64) {
    let mut buf = [0_u8; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        if let Some(slot) = buf.get_mut(at) {
            *slot = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    out.extend_from_slice(buf.get(at..).unwrap_or_default());
}

fn numbers(out: &mut Vec<u8>, values: &[f32]) {
    for v in values {
        number(out, *v);
        out.push(b' ');
    }
}

fn color(out: &mut Vec<u8>, c: Rgb, op: &[u8]) {
    numbers(out, &[c.0, c.1, c.2]);
    out.extend_from_slice(op);
    out.push(b'\n');
}

/// Appends `text` as a literal string of two-byte codes, escaping what a literal string needs.
fn text_string(out: &mut Vec<u8>, text: &str, codes: &Codes) {
    out.push(b'(');
    for ch in text.chars() {
        for byte in codes.code(ch).to_be_bytes() {
            match byte {
                b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\n' => out.extend_from_slice(b"\\n"),
                _ => out.push(byte),
            }
        }
    }
    out.push(b')');
}

/// The PDF resource name of a face (`F0`).
pub fn font_name(face: FaceId) -> String {
    format!("F{}", face.0)
}

/// The PDF resource name of an image (`Im3`).
pub fn image_name(key: usize) -> String {
    format!("Im{key}")
}

/// The content stream of one page. `codes` gives each face's character codes (indexed by
/// face), `orientations` each image's EXIF orientation (1 when absent).
pub fn page(items: &[Item], codes: &[Codes], orientations: &BTreeMap<usize, u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(items.len() * 48);
    // Inside a text section: the font set in it. The fill colour holds page-wide.
    let mut section: Option<Option<(FaceId, f32)>> = None;
    let mut fill: Option<Rgb> = None;
    let empty = Codes::new([]);
    for item in items {
        if !matches!(item, Item::Text { .. } | Item::Link { .. }) && section.take().is_some() {
            out.extend_from_slice(b"ET\n");
        }
        match item {
            Item::Text {
                x,
                y,
                size,
                face,
                text,
                color: c,
            } => {
                let font = section.get_or_insert_with(|| {
                    out.extend_from_slice(b"BT\n");
                    None
                });
                if *font != Some((*face, *size)) {
                    out.extend_from_slice(b"/F");
                    integer(&mut out, face.0 as u64);
                    out.push(b' ');
                    number(&mut out, *size);
                    out.extend_from_slice(b" Tf\n");
                    *font = Some((*face, *size));
                }
                if fill != Some(*c) {
                    color(&mut out, *c, b"rg");
                    fill = Some(*c);
                }
                out.extend_from_slice(b"1 0 0 1 ");
                numbers(&mut out, &[*x, *y]);
                out.extend_from_slice(b"Tm\n");
                text_string(&mut out, text, codes.get(face.0).unwrap_or(&empty));
                out.extend_from_slice(b" Tj\n");
            }
            Item::Rect {
                x,
                y,
                w,
                h,
                fill: fill_color,
                stroke,
            } => {
                let paint: &[u8] = match (fill_color, stroke) {
                    (Some(_), Some(_)) => b"B",
                    (Some(_), None) => b"f",
                    (None, Some(_)) => b"S",
                    (None, None) => continue,
                };
                if let Some(f) = fill_color {
                    color(&mut out, *f, b"rg");
                    fill = Some(*f);
                }
                if let Some((s, width)) = stroke {
                    color(&mut out, *s, b"RG");
                    number(&mut out, *width);
                    out.extend_from_slice(b" w\n");
                }
                numbers(&mut out, &[*x, *y, *w, *h]);
                out.extend_from_slice(b"re ");
                out.extend_from_slice(paint);
                out.push(b'\n');
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                color: c,
                width,
            } => {
                color(&mut out, *c, b"RG");
                number(&mut out, *width);
                out.extend_from_slice(b" w\n");
                numbers(&mut out, &[*x1, *y1]);
                out.extend_from_slice(b"m ");
                numbers(&mut out, &[*x2, *y2]);
                out.extend_from_slice(b"l S\n");
            }
            Item::Image { image, x, y, w, h } => {
                let orientation = orientations.get(image).copied().unwrap_or(1);
                out.extend_from_slice(b"q ");
                numbers(&mut out, &orientation_matrix(orientation, *x, *y, *w, *h));
                out.extend_from_slice(b"cm /Im");
                integer(&mut out, *image as u64);
                out.extend_from_slice(b" Do Q\n");
            }
            // Pages of exhibit PDFs are imported and drawn in lopdf (`form_xobject`).
            Item::Link { .. } | Item::Form { .. } => {}
        }
    }
    if section.is_some() {
        out.extend_from_slice(b"ET\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(v: f32) -> String {
        let mut out = Vec::new();
        number(&mut out, v);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_have_at_most_three_decimals() {
        assert_eq!(num(0.0), "0");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(-0.25), "-0.25");
        assert_eq!(num(51.023_624), "51.024");
        assert_eq!(num(841.889_83), "841.89");
        assert_eq!(num(1e-4), "0");
        assert_eq!(num(-1e-4), "0");
        assert_eq!(num(1_000_000.0), "1000000");
        assert_eq!(num(0.007), "0.007");
        assert_eq!(num(f32::NAN), "0");
    }

    #[test]
    fn a_page_draws_text_shapes_and_images() {
        let codes = vec![Codes::new([('A', 0x28), ('b', 0x0A), ('é', 0x5C)])];
        let items = vec![
            Item::Text {
                x: 10.0,
                y: 20.5,
                size: 9.5,
                face: FaceId(0),
                text: "Abé".to_owned(),
                color: Rgb::BLACK,
            },
            Item::Text {
                x: 10.0,
                y: 8.0,
                size: 9.5,
                face: FaceId(0),
                text: "A".to_owned(),
                color: Rgb::BLACK,
            },
            Item::Rect {
                x: 1.0,
                y: 2.0,
                w: 3.0,
                h: 4.0,
                fill: Some(Rgb(1.0, 0.5, 0.0)),
                stroke: None,
            },
            Item::Line {
                x1: 0.0,
                y1: 0.0,
                x2: 5.0,
                y2: 0.0,
                color: Rgb::BLACK,
                width: 0.5,
            },
            Item::Image {
                image: 3,
                x: 0.0,
                y: 0.0,
                w: 100.0,
                h: 50.0,
            },
        ];
        let bytes = page(&items, &codes, &BTreeMap::new());
        let expected: &[u8] =
            b"BT\n/F0 9.5 Tf\n0 0 0 rg\n1 0 0 1 10 20.5 Tm\n(\0\\(\0\\n\0\\\\) Tj\n\
1 0 0 1 10 8 Tm\n(\0\\() Tj\nET\n1 0.5 0 rg\n1 2 3 4 re f\n0 0 0 RG\n0.5 w\n0 0 m 5 0 l S\n\
q 100 0 0 50 0 0 cm /Im3 Do Q\n";
        assert_eq!(
            String::from_utf8_lossy(&bytes),
            String::from_utf8_lossy(expected)
        );
    }
}

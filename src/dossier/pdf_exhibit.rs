//! PDF exhibits, read with lopdf when the exhibits are prepared: how many pages they have and
//! the size and rotation of each page to import, so that the layout can reserve the pages
//! before the document is written. Pages are imported later as vector content
//! ([`super::form_xobject`]), never rasterised.
//!
//! A PDF that is encrypted, cannot be read, is larger than [`MAX_FILE_BYTES`] or has a page
//! whose content decodes to more than [`MAX_CONTENT_BYTES`] is refused with a reason, and the
//! exhibit page says so (the original stays attached).

use lopdf::{Document, LoadOptions, Object, ObjectId};
use std::path::Path;

/// At most this many pages of one PDF exhibit are placed in the dossier; the reader is told
/// how many more the original has.
pub const MAX_PAGES: usize = 20;

/// A PDF exhibit larger than this is not read (the original stays attached).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A stream of a PDF exhibit may not decode to more than this (decompression bombs).
pub const MAX_CONTENT_BYTES: usize = 32 * 1024 * 1024;

/// The US Letter media box, the PDF default when a page has none.
const DEFAULT_BOX: [f32; 4] = [0.0, 0.0, 612.0, 792.0];

/// Why a PDF exhibit is not drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PdfRefusal {
    /// It is encrypted (protected by a password or by permissions).
    #[error("the PDF is encrypted")]
    Encrypted,
    /// It cannot be read: damaged, truncated or not a PDF.
    #[error("the PDF cannot be read")]
    Unreadable,
    /// It is larger than [`MAX_FILE_BYTES`], or a page's content is larger than
    /// [`MAX_CONTENT_BYTES`].
    #[error("the PDF is too large")]
    TooLarge,
    /// It has no page.
    #[error("the PDF has no page")]
    NoPages,
}

impl PdfRefusal {
    /// The i18n key of the sentence the exhibit page prints.
    pub fn note_key(self) -> &'static str {
        match self {
            Self::Encrypted => "dossier-note-pdf-encrypted",
            Self::Unreadable => "dossier-note-pdf-unreadable",
            Self::TooLarge => "dossier-note-pdf-too-large",
            Self::NoPages => "dossier-note-pdf-empty",
        }
    }
}

/// Where a page's content lies and how it is turned when shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageGeometry {
    /// The visible box (`/CropBox`, else `/MediaBox`), normalised: `[x0, y0, x1, y1]` with
    /// `x0 < x1`, `y0 < y1`.
    pub bbox: [f32; 4],
    /// The page's `/Rotate`, clockwise: 0, 90, 180 or 270.
    pub rotate: u16,
}

impl PageGeometry {
    /// The size of the page as shown (rotation applied), in points.
    pub fn display_size(&self) -> (f32, f32) {
        let [x0, y0, x1, y1] = self.bbox;
        let (w, h) = ((x1 - x0).max(1.0), (y1 - y0).max(1.0));
        if self.rotate % 180 == 90 {
            (h, w)
        } else {
            (w, h)
        }
    }

    /// The matrix `[a b c d e f]` that draws the page's content (form space = page space)
    /// upright into the box `x, y, w, h` (whose proportions are those of
    /// [`Self::display_size`]).
    pub fn matrix(&self, x: f32, y: f32, w: f32) -> [f32; 6] {
        let [x0, y0, x1, y1] = self.bbox;
        let s = w / self.display_size().0;
        match self.rotate {
            90 => [0.0, -s, s, 0.0, x - s * y0, y + s * x1],
            180 => [-s, 0.0, 0.0, -s, x + s * x1, y + s * y1],
            270 => [0.0, s, -s, 0.0, x + s * y1, y - s * x0],
            _ => [s, 0.0, 0.0, s, x - s * x0, y - s * y0],
        }
    }
}

/// A PDF exhibit as read: the pages to import and how many the original has.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfPages {
    /// The first pages (at most [`MAX_PAGES`]), in order.
    pub pages: Vec<PageGeometry>,
    /// How many pages the original has.
    pub total: usize,
}

/// Whether the first bytes are those of a PDF.
pub fn is_pdf(head: &[u8]) -> bool {
    head.starts_with(b"%PDF-")
}

/// Loads a PDF exhibit with lopdf, refusing an encrypted, unreadable or too large one.
pub fn load(path: &Path, size: u64) -> Result<Document, PdfRefusal> {
    if size > MAX_FILE_BYTES {
        return Err(PdfRefusal::TooLarge);
    }
    let bytes = std::fs::read(path).map_err(|_| PdfRefusal::Unreadable)?;
    load_mem(&bytes)
}

/// [`load`] from bytes in memory.
pub fn load_mem(bytes: &[u8]) -> Result<Document, PdfRefusal> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(PdfRefusal::TooLarge);
    }
    let options = LoadOptions {
        max_decompressed_size: Some(MAX_CONTENT_BYTES),
        ..LoadOptions::default()
    };
    // A damaged file must not take the whole dossier down, even if the parser panics on it.
    let loaded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        Document::load_mem_with_options(bytes, options)
    }));
    let declares_encryption = || contains(bytes, b"/Encrypt");
    match loaded {
        Ok(Ok(doc)) => {
            if doc.trailer.get(b"Encrypt").is_ok() || doc.was_encrypted() {
                Err(PdfRefusal::Encrypted)
            } else {
                Ok(doc)
            }
        }
        _ if declares_encryption() => Err(PdfRefusal::Encrypted),
        _ => Err(PdfRefusal::Unreadable),
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Reads a PDF exhibit: the geometry of its first [`MAX_PAGES`] pages, each checked to have
/// content that decodes within [`MAX_CONTENT_BYTES`], and its page count.
pub fn read(path: &Path, size: u64) -> Result<PdfPages, PdfRefusal> {
    let doc = load(path, size)?;
    pages_of(&doc)
}

/// [`read`] on a loaded document.
pub fn pages_of(doc: &Document) -> Result<PdfPages, PdfRefusal> {
    let ids: Vec<ObjectId> = doc.get_pages().into_values().collect();
    if ids.is_empty() {
        return Err(PdfRefusal::NoPages);
    }
    let mut pages = Vec::with_capacity(ids.len().min(MAX_PAGES));
    for id in ids.iter().take(MAX_PAGES) {
        content(doc, *id)?;
        pages.push(geometry(doc, *id));
    }
    Ok(PdfPages {
        pages,
        total: ids.len(),
    })
}

/// A page's content streams decoded and joined (a page may have one stream or an array).
pub fn content(doc: &Document, page: ObjectId) -> Result<Vec<u8>, PdfRefusal> {
    let mut out = Vec::new();
    for id in doc.get_page_contents(page) {
        let Ok(stream) = doc.get_object(id).and_then(Object::as_stream) else {
            continue;
        };
        let left = MAX_CONTENT_BYTES.saturating_sub(out.len());
        match stream.decompressed_content_with_limit(left) {
            Ok(bytes) => out.extend_from_slice(&bytes),
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => return Err(PdfRefusal::TooLarge),
            Err(_) => return Err(PdfRefusal::Unreadable),
        }
        out.push(b'\n');
    }
    Ok(out)
}

/// A page attribute, looked up on the page and then up its page tree (`/Resources`,
/// `/MediaBox`, `/CropBox` and `/Rotate` are inherited), references followed.
pub fn inherited<'a>(doc: &'a Document, page: ObjectId, key: &[u8]) -> Option<&'a Object> {
    let mut node = doc.get_dictionary(page).ok()?;
    // A bounded walk: a page tree deeper than this is damaged (or a loop).
    for _ in 0..64 {
        if let Ok(value) = node.get(key) {
            return doc.dereference(value).ok().map(|(_, object)| object);
        }
        let parent = node.get(b"Parent").and_then(Object::as_reference).ok()?;
        node = doc.get_dictionary(parent).ok()?;
    }
    None
}

/// A rectangle attribute of a page, normalised.
fn rectangle(doc: &Document, page: ObjectId, key: &[u8]) -> Option<[f32; 4]> {
    let array = inherited(doc, page, key)?.as_array().ok()?;
    let mut values = array.iter().map(|v| {
        doc.dereference(v)
            .ok()
            .and_then(|(_, v)| v.as_float().ok())
            .filter(|v| v.is_finite())
    });
    let (a, b, c, d) = (
        values.next()??,
        values.next()??,
        values.next()??,
        values.next()??,
    );
    let rect = [a.min(c), b.min(d), a.max(c), b.max(d)];
    (rect[2] - rect[0] >= 1.0 && rect[3] - rect[1] >= 1.0).then_some(rect)
}

/// Where a page's content lies (crop box within the media box) and its rotation.
pub fn geometry(doc: &Document, page: ObjectId) -> PageGeometry {
    let media = rectangle(doc, page, b"MediaBox").unwrap_or(DEFAULT_BOX);
    let bbox = match rectangle(doc, page, b"CropBox") {
        Some(crop) => {
            let clipped = [
                crop[0].max(media[0]),
                crop[1].max(media[1]),
                crop[2].min(media[2]),
                crop[3].min(media[3]),
            ];
            if clipped[2] - clipped[0] >= 1.0 && clipped[3] - clipped[1] >= 1.0 {
                clipped
            } else {
                media
            }
        }
        None => media,
    };
    let rotate = inherited(doc, page, b"Rotate")
        .and_then(|r| r.as_i64().ok())
        .map_or(0, |r| r.rem_euclid(360));
    let rotate = match rotate {
        90 => 90,
        180 => 180,
        270 => 270,
        _ => 0,
    };
    PageGeometry { bbox, rotate }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn apply(m: [f32; 6], u: f32, v: f32) -> (f32, f32) {
        (m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5])
    }

    #[test]
    fn every_rotation_maps_the_page_onto_the_box_upright() {
        // A page 200 × 100 with its box offset, shown in a box at (10, 20).
        for rotate in [0_u16, 90, 180, 270] {
            let g = PageGeometry {
                bbox: [50.0, 30.0, 250.0, 130.0],
                rotate,
            };
            let (dw, dh) = g.display_size();
            let (w, h) = (dw / 2.0, dh / 2.0);
            let m = g.matrix(10.0, 20.0, w);
            let corners: Vec<(f32, f32)> = [(50.0, 30.0), (250.0, 30.0), (50.0, 130.0)]
                .iter()
                .map(|(u, v)| apply(m, *u, *v))
                .collect();
            for (x, y) in &corners {
                let near = |a: f32, b: f32| (a - b).abs() < 0.01;
                assert!(
                    (near(*x, 10.0) || near(*x, 10.0 + w))
                        && (near(*y, 20.0) || near(*y, 20.0 + h)),
                    "rotate {rotate}: corner at {x},{y}"
                );
            }
            // The page's top-left corner (50, 130) is shown where a clockwise turn puts it.
            let top_left = apply(m, 50.0, 130.0);
            let expected = match rotate {
                0 => (10.0, 20.0 + h),
                90 => (10.0 + w, 20.0 + h),
                180 => (10.0 + w, 20.0),
                _ => (10.0, 20.0),
            };
            assert!(
                (top_left.0 - expected.0).abs() < 0.01 && (top_left.1 - expected.1).abs() < 0.01,
                "rotate {rotate}: top-left at {top_left:?}, expected {expected:?}"
            );
        }
        let turned = PageGeometry {
            bbox: [0.0, 0.0, 200.0, 100.0],
            rotate: 90,
        };
        assert_eq!(turned.display_size(), (100.0, 200.0));
    }

    #[test]
    fn damaged_and_encrypted_pdfs_are_refused_with_a_reason() {
        assert_eq!(
            load_mem(b"%PDF-1.4 pretend").err(),
            Some(PdfRefusal::Unreadable)
        );
        assert_eq!(
            load_mem(b"%PDF-1.4\ntrailer << /Encrypt 3 0 R >>").err(),
            Some(PdfRefusal::Encrypted)
        );
        assert!(is_pdf(b"%PDF-1.7\n"));
        assert!(!is_pdf(b"\x89PNG"));
    }
}

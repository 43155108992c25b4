//! Exhibit files: read once, checked against their SHA-256, and prepared for drawing without
//! degrading them. JPEGs pass through byte for byte (size and EXIF orientation read from the
//! markers); PNG, WebP and GIF (first frame) are decoded for lossless storage. Anything missing,
//! damaged or unsupported becomes a note, never an error.

use image::{DynamicImage, ImageDecoder as _, ImageReader};
use sha2::{Digest as _, Sha256};
use std::io::Cursor;
use std::path::Path;

/// Images above this many pixels are not decoded (the original stays attached).
const MAX_PIXELS: u64 = 60_000_000;

/// What the first bytes of a JPEG tell us.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JpegInfo {
    /// Stored width in pixels.
    pub width: u32,
    /// Stored height in pixels.
    pub height: u32,
    /// Colour components (1 grey, 3 colour, 4 CMYK).
    pub components: u8,
    /// EXIF orientation, 1–8 (1 when absent).
    pub orientation: u8,
    /// Whether an Adobe APP14 marker is present (CMYK JPEGs are then stored inverted).
    pub adobe: bool,
}

/// A picture ready for the PDF.
#[derive(Debug, Clone)]
pub enum Picture {
    /// A JPEG passed through as is.
    Jpeg(JpegInfo),
    /// A decoded image, already turned upright, stored losslessly.
    Decoded(DynamicImage),
}

impl Picture {
    /// The size as displayed (orientation applied), in pixels.
    pub fn display_size(&self) -> (u32, u32) {
        match self {
            Self::Jpeg(info) if info.orientation >= 5 => (info.height, info.width),
            Self::Jpeg(info) => (info.width, info.height),
            Self::Decoded(image) => (image.width(), image.height()),
        }
    }
}

/// An exhibit file as loaded.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The file's bytes when they match the recorded SHA-256 (embedded as the original).
    pub bytes: Option<Vec<u8>>,
    /// What to draw, for images.
    pub picture: Option<Picture>,
    /// The i18n key of a note for the reader, if something is off.
    pub note: Option<&'static str>,
}

/// Reads and prepares one exhibit file.
pub fn load(path: &Path, sha256: &str) -> Loaded {
    let Ok(bytes) = std::fs::read(path) else {
        return Loaded {
            note: Some("dossier-note-missing"),
            ..Loaded::default()
        };
    };
    let digest = Sha256::digest(&bytes);
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    if !hex.eq_ignore_ascii_case(sha256.trim()) {
        return Loaded {
            note: Some("dossier-note-mismatch"),
            ..Loaded::default()
        };
    }
    let (picture, note) = prepare(&bytes);
    Loaded {
        bytes: Some(bytes),
        picture,
        note,
    }
}

/// Decides how to draw a file: a picture, or a note saying why not.
pub fn prepare(bytes: &[u8]) -> (Option<Picture>, Option<&'static str>) {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        if let Some(info) = jpeg_info(bytes)
            && matches!(info.components, 1 | 3)
        {
            return (Some(Picture::Jpeg(info)), None);
        }
        // CMYK or odd JPEGs: decode to RGB instead of guessing at their colours.
        return decode(bytes);
    }
    let is_image = bytes.starts_with(b"\x89PNG")
        || bytes.starts_with(b"GIF8")
        || (bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP".as_slice()));
    if is_image {
        decode(bytes)
    } else {
        (None, Some("dossier-note-not-image"))
    }
}

fn decode(bytes: &[u8]) -> (Option<Picture>, Option<&'static str>) {
    let unreadable = (None, Some("dossier-note-unreadable"));
    let Ok(reader) = ImageReader::new(Cursor::new(bytes)).with_guessed_format() else {
        return unreadable;
    };
    let Ok(mut decoder) = reader.into_decoder() else {
        return unreadable;
    };
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return (None, Some("dossier-note-too-large"));
    }
    let orientation = decoder.orientation().ok();
    let Ok(mut image) = DynamicImage::from_decoder(decoder) else {
        return unreadable;
    };
    if let Some(orientation) = orientation {
        image.apply_orientation(orientation);
    }
    // printpdf stores 8-bit grey, grey+alpha, RGB and RGBA.
    let image = match image {
        DynamicImage::ImageLuma8(_)
        | DynamicImage::ImageLumaA8(_)
        | DynamicImage::ImageRgb8(_)
        | DynamicImage::ImageRgba8(_) => image,
        other if other.color().has_alpha() => DynamicImage::ImageRgba8(other.to_rgba8()),
        other => DynamicImage::ImageRgb8(other.to_rgb8()),
    };
    (Some(Picture::Decoded(image)), None)
}

fn be16(bytes: &[u8], at: usize) -> Option<u16> {
    let b = bytes.get(at..at + 2)?;
    Some(u16::from_be_bytes([*b.first()?, *b.get(1)?]))
}

/// Reads a JPEG's frame size, components, EXIF orientation and Adobe marker without decoding.
pub fn jpeg_info(bytes: &[u8]) -> Option<JpegInfo> {
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut pos = 2;
    let mut orientation = 1;
    let mut adobe = false;
    loop {
        // Skip fill bytes, then read the marker.
        while *bytes.get(pos)? == 0xFF && *bytes.get(pos + 1)? == 0xFF {
            pos += 1;
        }
        if *bytes.get(pos)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(pos + 1)?;
        pos += 2;
        if (0xD0..=0xD9).contains(&marker) || marker == 0x01 {
            continue;
        }
        let length = usize::from(be16(bytes, pos)?);
        let segment = bytes.get(pos + 2..pos + length)?;
        match marker {
            0xE1 if segment.starts_with(b"Exif\0\0") => {
                orientation = segment.get(6..).and_then(exif_orientation).unwrap_or(1);
            }
            0xEE if segment.starts_with(b"Adobe") => adobe = true,
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                let height = u32::from(be16(segment, 1)?);
                let width = u32::from(be16(segment, 3)?);
                let components = *segment.get(5)?;
                if width == 0 || height == 0 {
                    return None;
                }
                return Some(JpegInfo {
                    width,
                    height,
                    components,
                    orientation,
                    adobe,
                });
            }
            0xDA => return None,
            _ => {}
        }
        pos += length;
    }
}

/// The orientation tag (0x0112) of IFD0 in a TIFF-structured EXIF block.
fn exif_orientation(tiff: &[u8]) -> Option<u8> {
    let little = match tiff.get(..2)? {
        b"II" => true,
        b"MM" => false,
        _ => return None,
    };
    let u16_at = |at: usize| -> Option<u16> {
        let b = tiff.get(at..at + 2)?;
        let pair = [*b.first()?, *b.get(1)?];
        Some(if little {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        })
    };
    let u32_at = |at: usize| -> Option<u32> {
        let b = tiff.get(at..at + 4)?;
        let quad = [*b.first()?, *b.get(1)?, *b.get(2)?, *b.get(3)?];
        Some(if little {
            u32::from_le_bytes(quad)
        } else {
            u32::from_be_bytes(quad)
        })
    };
    let ifd = usize::try_from(u32_at(4)?).ok()?;
    let count = usize::from(u16_at(ifd)?);
    (0..count).find_map(|i| {
        let entry = ifd + 2 + i * 12;
        (u16_at(entry)? == 0x0112)
            .then(|| u16_at(entry + 8))
            .flatten()
            .and_then(|v| u8::try_from(v).ok())
            .filter(|v| (1..=8).contains(v))
    })
}

/// The PDF matrix that draws an image (unit square) upright into the box `x, y, w, h` for an
/// EXIF orientation (1–8; anything else is treated as 1).
pub fn orientation_matrix(orientation: u8, x: f32, y: f32, w: f32, h: f32) -> [f32; 6] {
    // (a, b, c, d, e, f) of the unit-square map: X = a·u + c·v + e, Y = b·u + d·v + f.
    let (a, b, c, d, e, f) = match orientation {
        2 => (-1.0, 0.0, 0.0, 1.0, 1.0, 0.0),
        3 => (-1.0, 0.0, 0.0, -1.0, 1.0, 1.0),
        4 => (1.0, 0.0, 0.0, -1.0, 0.0, 1.0),
        5 => (0.0, -1.0, -1.0, 0.0, 1.0, 1.0),
        6 => (0.0, -1.0, 1.0, 0.0, 0.0, 1.0),
        7 => (0.0, 1.0, 1.0, 0.0, 0.0, 0.0),
        8 => (0.0, 1.0, -1.0, 0.0, 1.0, 0.0),
        _ => (1.0, 0.0, 0.0, 1.0, 0.0, 0.0),
    };
    [w * a, h * b, w * c, h * d, x + w * e, y + h * f]
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn jpeg(w: u32, h: u32) -> Vec<u8> {
        let img =
            image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x * 7) as u8, (y * 5) as u8, 90]));
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
            .encode_image(&img)
            .unwrap();
        out
    }

    /// Inserts an EXIF APP1 segment with the given orientation right after SOI.
    #[allow(clippy::type_complexity)]
    fn with_orientation(jpeg: &[u8], orientation: u16, little: bool) -> Vec<u8> {
        let mut tiff: Vec<u8> = Vec::new();
        let (w16, w32): (fn(u16) -> [u8; 2], fn(u32) -> [u8; 4]) = if little {
            (u16::to_le_bytes, u32::to_le_bytes)
        } else {
            (u16::to_be_bytes, u32::to_be_bytes)
        };
        tiff.extend_from_slice(if little { b"II" } else { b"MM" });
        tiff.extend_from_slice(&w16(42));
        tiff.extend_from_slice(&w32(8));
        tiff.extend_from_slice(&w16(1));
        tiff.extend_from_slice(&w16(0x0112));
        tiff.extend_from_slice(&w16(3));
        tiff.extend_from_slice(&w32(1));
        tiff.extend_from_slice(&w16(orientation));
        tiff.extend_from_slice(&[0, 0]);
        tiff.extend_from_slice(&w32(0));
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend_from_slice(&tiff);
        let len = u16::try_from(app1.len() + 2).unwrap();
        let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(&app1);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    #[test]
    fn reads_jpeg_size_and_orientation_without_decoding() {
        let plain = jpeg(40, 30);
        let info = jpeg_info(&plain).unwrap();
        assert_eq!(
            (info.width, info.height, info.components, info.orientation),
            (40, 30, 3, 1)
        );
        for little in [true, false] {
            let rotated = with_orientation(&plain, 6, little);
            let info = jpeg_info(&rotated).unwrap();
            assert_eq!(info.orientation, 6);
            assert_eq!(Picture::Jpeg(info).display_size(), (30, 40));
        }
        assert!(jpeg_info(b"\xFF\xD8\xFF\xE0\x00").is_none());
        assert!(jpeg_info(b"not a jpeg").is_none());
    }

    #[test]
    fn orientation_matrices_map_the_unit_square_onto_the_box() {
        for o in 1..=8u8 {
            let m = orientation_matrix(o, 10.0, 20.0, 100.0, 50.0);
            let corners: Vec<(f32, f32)> = [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)]
                .iter()
                .map(|(u, v)| (m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5]))
                .collect();
            for (x, y) in &corners {
                assert!(
                    [10.0, 110.0].contains(x) && [20.0, 70.0].contains(y),
                    "o={o}: {x},{y}"
                );
            }
        }
        // Orientation 6: the stored top-left corner (u=0, v=1) lands at the display top-right.
        let m = orientation_matrix(6, 0.0, 0.0, 30.0, 40.0);
        assert_eq!((m[2] + m[4], m[3] + m[5]), (30.0, 40.0));
    }

    #[test]
    fn non_images_and_damaged_images_become_notes() {
        assert_eq!(prepare(b"%PDF-1.7").1, Some("dossier-note-not-image"));
        assert_eq!(
            prepare(b"\x89PNG\r\n\x1a\nbroken").1,
            Some("dossier-note-unreadable")
        );
        let mut png = Vec::new();
        image::RgbaImage::new(3, 2)
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let (picture, note) = prepare(&png);
        assert!(note.is_none());
        assert_eq!(picture.unwrap().display_size(), (3, 2));
    }

    #[test]
    fn a_file_that_does_not_match_its_hash_is_flagged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x");
        std::fs::write(&path, b"hello").unwrap();
        let good = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
        assert!(load(&path, good).bytes.is_some());
        assert_eq!(
            load(&path, &"0".repeat(64)).note,
            Some("dossier-note-mismatch")
        );
        assert_eq!(
            load(&dir.path().join("nope"), good).note,
            Some("dossier-note-missing")
        );
    }
}

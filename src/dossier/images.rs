//! Exhibit files: checked against their SHA-256 by streaming them (never held whole in memory
//! for that), and prepared for drawing at no more than the resolution they print at. A JPEG that
//! already fits passes through byte for byte (size and EXIF orientation read from the markers,
//! its structure checked to the end); a larger one, and PNG, WebP and GIF (first frame), are
//! decoded one at a time, reduced to [`PRINT_DPI`] at their printed size and encoded again
//! (JPEG for photos, lossless Flate for the rest), so at most one decoded image is alive at once.
//! The original file is embedded unchanged, streamed from disk when the PDF is written. Anything
//! missing, damaged or unsupported becomes a note, never an error.

use flate2::Compression;
use flate2::write::ZlibEncoder;
use image::{DynamicImage, ImageDecoder as _, ImageReader};
use sha2::{Digest as _, Sha256};
use std::io::{BufReader, Cursor, Read, Write as _};
use std::path::{Path, PathBuf};

/// Images above this many pixels are not decoded (the original stays attached).
const MAX_PIXELS: u64 = 60_000_000;

/// Images whose decoded pixels would take more than this are not decoded either.
const MAX_DECODED_BYTES: u64 = 320 * 1024 * 1024;

/// A JPEG file larger than this is never passed through whole: it is reduced instead.
const MAX_PASS_THROUGH_BYTES: u64 = 32 * 1024 * 1024;

/// The resolution pictures are drawn at, in dots per inch: a printer's.
pub const PRINT_DPI: f32 = 300.0;

/// Quality of a reduced JPEG.
const JPEG_QUALITY: u8 = 90;

/// A JPEG with up to this many times the pixels per inch its printed box needs is placed as it
/// is (up to 450 dpi in print): reducing it would cost a decode and an encode, and some of its
/// quality, for a file little smaller (a 1280-pixel photo drawn 3.3 inches wide).
const JPEG_PASS_SLACK: f32 = 1.5;

/// How pictures are prepared: at print resolution with JPEGs passed through when they fit (the
/// full-evidence dossier), or every picture re-encoded at a lower resolution and quality (the
/// copy for email).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Resolution {
    /// Dots per inch of the printed size that a picture is reduced to.
    pub dpi: f32,
    /// Quality (1–100) of the JPEGs encoded.
    pub jpeg_quality: u8,
    /// Re-encode every picture, even a JPEG that already fits (never pass one through).
    pub always_reencode: bool,
}

impl Resolution {
    /// The full-evidence dossier's: [`PRINT_DPI`], quality 90, JPEGs that fit passed through.
    pub const PRINT: Self = Self {
        dpi: PRINT_DPI,
        jpeg_quality: JPEG_QUALITY,
        always_reencode: false,
    };

    /// A reduced copy: every picture re-encoded at `dpi` and `jpeg_quality`.
    pub fn reduced(dpi: f32, jpeg_quality: u8) -> Self {
        Self {
            dpi: dpi.clamp(36.0, PRINT_DPI),
            jpeg_quality: jpeg_quality.clamp(20, 95),
            always_reencode: true,
        }
    }
}

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

/// How a picture's pixels are encoded in the PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// JPEG (`/DCTDecode`).
    Jpeg,
    /// zlib-compressed 8-bit samples (`/FlateDecode`).
    Flate,
}

/// A picture ready for the PDF: encoded pixels and what a viewer needs to draw them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// Stored width in pixels.
    pub width: u32,
    /// Stored height in pixels.
    pub height: u32,
    /// One grey component instead of three colour ones.
    pub grey: bool,
    /// EXIF orientation to apply when drawing, 1–8 (1 for decoded pictures, already upright).
    pub orientation: u8,
    /// How `data` is encoded.
    pub encoding: Encoding,
    /// The encoded pixels.
    pub data: Vec<u8>,
    /// Whether the picture was reduced from the original's resolution.
    pub reduced: bool,
}

impl Picture {
    /// The size as displayed (orientation applied), in pixels.
    pub fn display_size(&self) -> (u32, u32) {
        if self.orientation >= 5 {
            (self.height, self.width)
        } else {
            (self.width, self.height)
        }
    }
}

/// An original file that matches its recorded SHA-256, to embed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Original {
    /// Where it is read from.
    pub path: PathBuf,
    /// Its size in bytes.
    pub size: u64,
}

/// An exhibit file as loaded.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The original when it matches the recorded SHA-256 (embedded as is).
    pub original: Option<Original>,
    /// What to draw, for images.
    pub picture: Option<Picture>,
    /// The i18n key of a note for the reader, if something is off.
    pub note: Option<&'static str>,
}

/// The box a picture of this display size (pixels) is printed in, in points.
pub type Fit<'a> = &'a dyn Fn(u32, u32) -> (f32, f32);

/// Reads and prepares one exhibit file; `fit` gives the printed size of a picture.
pub fn load(path: &Path, sha256: &str, fit: Fit<'_>) -> Loaded {
    load_at(path, sha256, fit, Resolution::PRINT)
}

/// [`load`] preparing pictures at the given resolution.
pub fn load_at(path: &Path, sha256: &str, fit: Fit<'_>, resolution: Resolution) -> Loaded {
    let Ok((hex, size, head)) = hash_and_head(path) else {
        return Loaded {
            note: Some("dossier-note-missing"),
            ..Loaded::default()
        };
    };
    if !hex.eq_ignore_ascii_case(sha256.trim()) {
        return Loaded {
            note: Some("dossier-note-mismatch"),
            ..Loaded::default()
        };
    }
    let (picture, note) = prepare_file(path, size, &head, fit, resolution);
    Loaded {
        original: Some(Original {
            path: path.to_path_buf(),
            size,
        }),
        picture,
        note,
    }
}

/// Streams a file: its SHA-256 (hex), its size and its first bytes.
fn hash_and_head(path: &Path) -> std::io::Result<(String, u64, Vec<u8>)> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0_u8; 64 * 1024];
    let mut head = Vec::new();
    let mut size: u64 = 0;
    loop {
        let read = match file.read(&mut buffer) {
            Ok(0) => break,
            Ok(read) => read,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let chunk = buffer.get(..read).unwrap_or_default();
        if head.len() < 16 {
            head.extend(chunk.iter().take(16 - head.len()));
        }
        hasher.update(chunk);
        size = size.saturating_add(read as u64);
    }
    let hex = hasher.finalize().iter().fold(String::new(), |mut out, b| {
        use std::fmt::Write as _;
        write!(out, "{b:02x}").ok();
        out
    });
    Ok((hex, size, head))
}

/// Whether the first bytes are those of an image format we draw (other than JPEG).
fn is_decodable_image(head: &[u8]) -> bool {
    head.starts_with(b"\x89PNG")
        || head.starts_with(b"GIF8")
        || (head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP".as_slice()))
}

fn is_jpeg(head: &[u8]) -> bool {
    head.starts_with(&[0xFF, 0xD8, 0xFF])
}

/// Prepares a stored file for drawing without reading more of it than needed.
fn prepare_file(
    path: &Path,
    size: u64,
    head: &[u8],
    fit: Fit<'_>,
    resolution: Resolution,
) -> (Option<Picture>, Option<&'static str>) {
    if is_jpeg(head) && size <= MAX_PASS_THROUGH_BYTES {
        let Ok(bytes) = std::fs::read(path) else {
            return (None, Some("dossier-note-missing"));
        };
        return prepare_at(&bytes, fit, resolution);
    }
    if is_jpeg(head) || is_decodable_image(head) {
        let Ok(file) = std::fs::File::open(path) else {
            return (None, Some("dossier-note-missing"));
        };
        return decode(BufReader::new(file), is_jpeg(head), fit, resolution);
    }
    (None, Some("dossier-note-not-image"))
}

/// Decides how to draw a file held in memory: a picture, or a note saying why not.
pub fn prepare(bytes: &[u8], fit: Fit<'_>) -> (Option<Picture>, Option<&'static str>) {
    prepare_at(bytes, fit, Resolution::PRINT)
}

/// [`prepare`] at the given resolution.
pub fn prepare_at(
    bytes: &[u8],
    fit: Fit<'_>,
    resolution: Resolution,
) -> (Option<Picture>, Option<&'static str>) {
    if is_jpeg(bytes) {
        if !jpeg_complete(bytes) {
            return (None, Some("dossier-note-unreadable"));
        }
        if let Some(info) = jpeg_info(bytes)
            && matches!(info.components, 1 | 3)
            && !resolution.always_reencode
        {
            let display = if info.orientation >= 5 {
                (info.height, info.width)
            } else {
                (info.width, info.height)
            };
            if target_size(display, fit, resolution.dpi * JPEG_PASS_SLACK).is_none() {
                return (
                    Some(Picture {
                        width: info.width,
                        height: info.height,
                        grey: info.components == 1,
                        orientation: info.orientation,
                        encoding: Encoding::Jpeg,
                        data: bytes.to_vec(),
                        reduced: false,
                    }),
                    None,
                );
            }
        }
        // Larger than it prints, CMYK or odd: decode (to RGB) and reduce.
        return decode(Cursor::new(bytes), true, fit, resolution);
    }
    if is_decodable_image(bytes) {
        decode(Cursor::new(bytes), false, fit, resolution)
    } else {
        (None, Some("dossier-note-not-image"))
    }
}

/// The size (pixels, display orientation) to reduce a picture of `display` size to, or `None`
/// when it already has no more pixels than its printed box holds at `dpi`.
fn target_size(display: (u32, u32), fit: Fit<'_>, dpi: f32) -> Option<(u32, u32)> {
    let (w, h) = display;
    let (box_w, _) = fit(w, h);
    let max_w = (box_w / 72.0 * dpi).ceil().max(1.0);
    if (w as f32) <= max_w {
        return None;
    }
    let scale = max_w / w.max(1) as f32;
    let new_w = (w as f32 * scale).round().max(1.0);
    let new_h = (h as f32 * scale).round().max(1.0);
    Some((new_w as u32, new_h as u32))
}

/// Decodes an image, reduces it to its printed resolution, turns it upright and encodes it.
fn decode<R: std::io::BufRead + std::io::Seek>(
    reader: R,
    photo: bool,
    fit: Fit<'_>,
    resolution: Resolution,
) -> (Option<Picture>, Option<&'static str>) {
    let unreadable = (None, Some("dossier-note-unreadable"));
    let Ok(reader) = ImageReader::new(reader).with_guessed_format() else {
        return unreadable;
    };
    let Ok(mut decoder) = reader.into_decoder() else {
        return unreadable;
    };
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_PIXELS || decoder.total_bytes() > MAX_DECODED_BYTES {
        return (None, Some("dossier-note-too-large"));
    }
    let orientation = decoder.orientation().ok();
    let Ok(mut image) = DynamicImage::from_decoder(decoder) else {
        return unreadable;
    };
    // Reduce first (in stored orientation), so the rotation works on the small copy.
    let swaps = orientation.is_some_and(|o| {
        matches!(
            o,
            image::metadata::Orientation::Rotate90
                | image::metadata::Orientation::Rotate270
                | image::metadata::Orientation::Rotate90FlipH
                | image::metadata::Orientation::Rotate270FlipH
        )
    });
    let display = if swaps { (h, w) } else { (w, h) };
    // A re-encoded copy is a reduced one, even at the same pixel size.
    let mut reduced = resolution.always_reencode;
    if let Some((tw, th)) = target_size(display, fit, resolution.dpi) {
        let (sw, sh) = if swaps { (th, tw) } else { (tw, th) };
        image = image.thumbnail_exact(sw, sh);
        reduced = true;
    }
    if let Some(orientation) = orientation {
        image.apply_orientation(orientation);
    }
    let grey = !image.color().has_color();
    // Flattened on white, as it would print on paper.
    let pixels: Vec<u8> = if image.color().has_alpha() {
        let rgba = image.to_rgba8();
        let blend = |c: u8, a: u8| {
            let (c, a) = (u16::from(c), u16::from(a));
            u8::try_from((c * a + 255 * (255 - a) + 127) / 255).unwrap_or(255)
        };
        if grey {
            rgba.pixels().map(|p| blend(p.0[0], p.0[3])).collect()
        } else {
            rgba.pixels()
                .flat_map(|p| {
                    [
                        blend(p.0[0], p.0[3]),
                        blend(p.0[1], p.0[3]),
                        blend(p.0[2], p.0[3]),
                    ]
                })
                .collect()
        }
    } else if grey {
        image.to_luma8().into_raw()
    } else {
        image.to_rgb8().into_raw()
    };
    let (width, height) = (image.width(), image.height());
    drop(image);
    // The reduced copy sends screenshots as JPEG too: smaller, and legible at its quality.
    let photo = photo || resolution.always_reencode;
    let data = if photo {
        let mut out = Vec::new();
        let color = if grey {
            image::ExtendedColorType::L8
        } else {
            image::ExtendedColorType::Rgb8
        };
        let encoded =
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, resolution.jpeg_quality)
                .encode(&pixels, width, height, color);
        if encoded.is_err() {
            return unreadable;
        }
        out
    } else {
        let mut encoder = ZlibEncoder::new(Vec::new(), Compression::default());
        if encoder.write_all(&pixels).is_err() {
            return unreadable;
        }
        let Ok(out) = encoder.finish() else {
            return unreadable;
        };
        out
    };
    (
        Some(Picture {
            width,
            height,
            grey,
            orientation: 1,
            encoding: if photo {
                Encoding::Jpeg
            } else {
                Encoding::Flate
            },
            data,
            reduced,
        }),
        None,
    )
}

/// Whether a JPEG's marker structure runs whole to its end-of-image marker: a truncated file, or
/// one whose data is damaged so that stray markers appear, fails. (Damage that keeps the
/// structure intact shows as noise in the picture, as any viewer would show it.)
pub fn jpeg_complete(bytes: &[u8]) -> bool {
    jpeg_walk(bytes).is_some()
}

fn jpeg_walk(bytes: &[u8]) -> Option<()> {
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut pos = 2;
    loop {
        if *bytes.get(pos)? != 0xFF {
            return None;
        }
        while *bytes.get(pos + 1)? == 0xFF {
            pos += 1;
        }
        let marker = *bytes.get(pos + 1)?;
        pos += 2;
        match marker {
            0xD9 => return Some(()),
            0xD0..=0xD7 | 0x01 => {}
            0x00 | 0xD8 => return None,
            _ => {
                let length = usize::from(be16(bytes, pos)?);
                if length < 2 || pos + length > bytes.len() {
                    return None;
                }
                pos += length;
                if marker == 0xDA {
                    // Entropy-coded data: runs to the next marker other than a stuffed zero or
                    // a restart marker.
                    loop {
                        let next = bytes.get(pos..)?.iter().position(|b| *b == 0xFF)?;
                        pos += next;
                        match *bytes.get(pos + 1)? {
                            0x00 | 0xD0..=0xD7 => pos += 2,
                            0xFF => pos += 1,
                            _ => break,
                        }
                    }
                }
            }
        }
    }
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
            let picture = prepare(&rotated, &|w, h| (w as f32, h as f32)).0.unwrap();
            assert_eq!(picture.display_size(), (30, 40));
            assert_eq!(picture.data, rotated, "passed through byte for byte");
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
        let natural = |w: u32, h: u32| (w as f32, h as f32);
        assert_eq!(
            prepare(b"%PDF-1.7", &natural).1,
            Some("dossier-note-not-image")
        );
        assert_eq!(
            prepare(b"\x89PNG\r\n\x1a\nbroken", &natural).1,
            Some("dossier-note-unreadable")
        );
        let mut png = Vec::new();
        image::RgbaImage::new(3, 2)
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let (picture, note) = prepare(&png, &natural);
        assert!(note.is_none());
        assert_eq!(picture.unwrap().display_size(), (3, 2));
        let whole = jpeg(40, 30);
        assert!(jpeg_complete(&whole));
        let truncated = &whole[..whole.len() * 2 / 3];
        assert!(!jpeg_complete(truncated));
        assert_eq!(
            prepare(truncated, &natural).1,
            Some("dossier-note-unreadable")
        );
    }

    #[test]
    fn a_jpeg_a_little_sharper_than_print_is_placed_as_it_is() {
        // Printed 72 pt wide: 300 px at 300 dpi.
        let box_72 = |w: u32, h: u32| (72.0, 72.0 * h as f32 / w as f32);
        let sharper = jpeg(400, 300);
        let (picture, _) = prepare(&sharper, &box_72);
        let picture = picture.unwrap();
        assert!(
            !picture.reduced && picture.data == sharper,
            "passed through"
        );
        // Twice as sharp as print needs: reduced to 300 px.
        let (picture, _) = prepare(&jpeg(600, 450), &box_72);
        assert_eq!(picture.unwrap().display_size(), (300, 225));
    }

    #[test]
    fn a_file_that_does_not_match_its_hash_is_flagged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x");
        std::fs::write(&path, b"hello").unwrap();
        let good = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
        let natural = |w: u32, h: u32| (w as f32, h as f32);
        assert!(load(&path, good, &natural).original.is_some());
        assert_eq!(
            load(&path, &"0".repeat(64), &natural).note,
            Some("dossier-note-mismatch")
        );
        assert_eq!(
            load(&dir.path().join("nope"), good, &natural).note,
            Some("dossier-note-missing")
        );
    }

    #[test]
    fn the_copy_to_email_re_encodes_even_a_jpeg_that_fits() {
        let inch = |w: u32, h: u32| (72.0, 72.0 * h as f32 / w as f32);
        let small = jpeg(200, 100);
        let picture = prepare_at(&small, &inch, Resolution::reduced(150.0, 60))
            .0
            .unwrap();
        assert_ne!(picture.data, small, "re-encoded, not passed through");
        assert!(picture.reduced);
        assert_eq!((picture.width, picture.height), (150, 75));
        let big = jpeg(1200, 600);
        let picture = prepare_at(&big, &inch, Resolution::reduced(96.0, 50))
            .0
            .unwrap();
        assert_eq!((picture.width, picture.height), (96, 48));
        let mut png = Vec::new();
        image::RgbImage::from_pixel(400, 400, image::Rgb([10, 20, 30]))
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let picture = prepare_at(&png, &inch, Resolution::reduced(150.0, 60))
            .0
            .unwrap();
        assert_eq!(picture.encoding, Encoding::Jpeg, "screenshots as JPEG too");
        assert_eq!(Resolution::reduced(1000.0, 200).dpi, PRINT_DPI);
    }

    #[test]
    fn pictures_are_reduced_to_their_printed_resolution() {
        // Printed 72 pt (one inch) wide: at most 300 pixels.
        let inch = |w: u32, h: u32| (72.0, 72.0 * h as f32 / w as f32);
        let big = jpeg(1200, 600);
        let picture = prepare(&big, &inch).0.unwrap();
        assert_eq!((picture.width, picture.height), (300, 150));
        assert!(picture.reduced);
        assert_eq!(picture.encoding, Encoding::Jpeg);
        let small = jpeg(200, 100);
        let picture = prepare(&small, &inch).0.unwrap();
        assert_eq!(picture.data, small, "small enough: passed through");
        let mut png = Vec::new();
        image::RgbaImage::from_pixel(900, 900, image::Rgba([10, 20, 30, 0]))
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let picture = prepare(&png, &inch).0.unwrap();
        assert_eq!(
            (picture.width, picture.height, picture.encoding),
            (300, 300, Encoding::Flate)
        );
    }
}

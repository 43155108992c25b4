//! Laid-out pages to a PDF document through printpdf's `Op` API: fonts subset by us with
//! allsorts (printpdf's minimal build embeds whole fonts), JPEGs passed through untouched,
//! other images stored losslessly, one XObject per file. Links, outline and attachments are
//! added afterwards in lopdf ([`super::post`]).

use super::DossierError;
use super::images::{Encoding, Picture, orientation_matrix};
use crate::layout::{FaceId, Fonts, Item, Laid, PageSize};
use printpdf::{
    Color, CurTransMat, DictItem, ExternalStream, ExternalXObject, FontId, ImageCompression,
    ImageOptimizationOptions, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Px, Rect, TextItem, TextMatrix, XObject,
    XObjectId, XObjectTransform,
};
use sha2::{Digest as _, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};

/// The PDF resource name of a face.
fn font_id(face: FaceId) -> FontId {
    FontId(format!("F{}", face.0))
}

/// The PDF resource name of an image.
fn image_id(key: usize) -> XObjectId {
    XObjectId(format!("Im{key}"))
}

fn color(c: crate::layout::Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}

fn point(x: f32, y: f32) -> Point {
    Point { x: Pt(x), y: Pt(y) }
}

/// A subset of one face holding just the glyphs of `chars`, tagged and named for the PDF.
/// Falls back to the whole face if subsetting fails.
fn subset_face(fonts: &Fonts, face: FaceId, chars: &BTreeSet<char>) -> Option<ParsedFont> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile, subset};

    let bytes = fonts.face_bytes(face);
    let mut glyphs: BTreeSet<u16> = chars.iter().map(|c| fonts.glyph_id(face, *c)).collect();
    glyphs.remove(&0);
    let glyphs: Vec<u16> = std::iter::once(0).chain(glyphs).collect();
    let subset_bytes = ReadScope::new(bytes)
        .read::<FontData<'_>>()
        .ok()
        .and_then(|data| data.table_provider(0).ok())
        .and_then(|provider| {
            subset(&provider, &glyphs, &SubsetProfile::Pdf, CmapTarget::Unicode).ok()
        });
    let mut warnings = Vec::new();
    let (mut parsed, subset) = match subset_bytes
        .as_deref()
        .and_then(|b| ParsedFont::from_bytes(b, 0, &mut warnings))
    {
        Some(parsed) => (parsed, true),
        None => (ParsedFont::from_bytes(bytes, 0, &mut warnings)?, false),
    };
    let name = fonts.face_name(face);
    parsed.font_name = Some(if subset {
        // A deterministic six-letter tag derived from the glyph set.
        let digest = Sha256::digest(
            glyphs
                .iter()
                .flat_map(|g| g.to_be_bytes())
                .collect::<Vec<u8>>(),
        );
        let tag: String = digest
            .iter()
            .take(6)
            .map(|b| char::from(b'A' + b % 26))
            .collect();
        format!("{tag}+{name}")
    } else {
        name.to_owned()
    });
    Some(parsed)
}

/// The image XObject for a picture: its encoded pixels as they are (never compressed again).
fn xobject(picture: Picture) -> XObject {
    let space: &[u8] = if picture.grey {
        b"DeviceGray"
    } else {
        b"DeviceRGB"
    };
    let filter: &[u8] = match picture.encoding {
        Encoding::Jpeg => b"DCTDecode",
        Encoding::Flate => b"FlateDecode",
    };
    let mut dict = BTreeMap::new();
    dict.insert("Type".to_owned(), DictItem::Name(b"XObject".to_vec()));
    dict.insert("Subtype".to_owned(), DictItem::Name(b"Image".to_vec()));
    dict.insert("Width".to_owned(), DictItem::Int(i64::from(picture.width)));
    dict.insert(
        "Height".to_owned(),
        DictItem::Int(i64::from(picture.height)),
    );
    dict.insert("ColorSpace".to_owned(), DictItem::Name(space.to_vec()));
    dict.insert("BitsPerComponent".to_owned(), DictItem::Int(8));
    dict.insert("Filter".to_owned(), DictItem::Name(filter.to_vec()));
    XObject::External(ExternalXObject {
        stream: ExternalStream {
            dict,
            content: picture.data,
            compress: false,
        },
        width: Some(Px(picture.width as usize)),
        height: Some(Px(picture.height as usize)),
        dpi: None,
    })
}

/// Save options that never degrade a decoded image: lossless Flate, full size, colour kept.
pub fn save_options() -> PdfSaveOptions {
    PdfSaveOptions {
        optimize: false,
        subset_fonts: false,
        secure: true,
        image_optimization: Some(ImageOptimizationOptions {
            quality: None,
            max_image_size: None,
            dither_greyscale: None,
            convert_to_greyscale: Some(false),
            auto_optimize: Some(false),
            format: Some(ImageCompression::Flate),
        }),
    }
}

/// The operators of one page. Consecutive texts share one text section (`BT … ET`), each placed
/// with an absolute text matrix, and the font and colour are set only when they change: a tenth
/// of the operators one section per text would take, which matters for dossiers of thousands of
/// pages.
fn page_ops(items: &[Item], orientations: &BTreeMap<usize, u8>) -> Vec<Op> {
    let mut ops = Vec::with_capacity(items.len() * 3);
    // Inside a text section: the font set in it. The fill colour holds page-wide.
    let mut section: Option<Option<(FaceId, f32)>> = None;
    let mut fill: Option<crate::layout::Rgb> = None;
    for item in items {
        if !matches!(item, Item::Text { .. } | Item::Link { .. }) && section.take().is_some() {
            ops.push(Op::EndTextSection);
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
                    ops.push(Op::StartTextSection);
                    None
                });
                if *font != Some((*face, *size)) {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(font_id(*face)),
                        size: Pt(*size),
                    });
                    *font = Some((*face, *size));
                }
                if fill != Some(*c) {
                    ops.push(Op::SetFillColor { col: color(*c) });
                    fill = Some(*c);
                }
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(*x), Pt(*y)),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                });
            }
            Item::Rect {
                x,
                y,
                w,
                h,
                fill: fill_color,
                stroke,
            } => {
                let mode = match (fill_color, stroke) {
                    (Some(_), Some(_)) => PaintMode::FillStroke,
                    (Some(_), None) => PaintMode::Fill,
                    (None, Some(_)) => PaintMode::Stroke,
                    (None, None) => continue,
                };
                if let Some(f) = fill_color {
                    ops.push(Op::SetFillColor { col: color(*f) });
                    fill = Some(*f);
                }
                if let Some((s, width)) = stroke {
                    ops.push(Op::SetOutlineColor { col: color(*s) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                }
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(*y),
                        width: Pt(*w),
                        height: Pt(*h),
                        mode: Some(mode),
                        winding_order: None,
                    },
                });
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                color: c,
                width,
            } => {
                ops.push(Op::SetOutlineColor { col: color(*c) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![
                            LinePoint {
                                p: point(*x1, *y1),
                                bezier: false,
                            },
                            LinePoint {
                                p: point(*x2, *y2),
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                });
            }
            Item::Image { image, x, y, w, h } => {
                let orientation = orientations.get(image).copied().unwrap_or(1);
                ops.push(Op::SaveGraphicsState);
                ops.push(Op::SetTransformationMatrix {
                    matrix: CurTransMat::Raw(orientation_matrix(orientation, *x, *y, *w, *h)),
                });
                ops.push(Op::UseXobject {
                    id: image_id(*image),
                    transform: XObjectTransform {
                        no_auto_scale: true,
                        ..XObjectTransform::default()
                    },
                });
                ops.push(Op::RestoreGraphicsState);
            }
            // Pages of exhibit PDFs are imported and drawn in lopdf (`form_xobject`).
            Item::Link { .. } | Item::Form { .. } => {}
        }
    }
    if section.is_some() {
        ops.push(Op::EndTextSection);
    }
    ops
}

/// Writes the laid-out pages into a lopdf document (links, outline and attachments come later).
pub fn write(
    fonts: &Fonts,
    paper: PageSize,
    laid: &mut Laid,
    pictures: BTreeMap<usize, Picture>,
    progress: &mut dyn FnMut(u32, u32),
    cancel: &AtomicBool,
) -> Result<lopdf::Document, DossierError> {
    let mut doc = PdfDocument::new("");

    // Fonts: only the faces used, each subset to the characters it draws.
    let mut used: BTreeMap<FaceId, BTreeSet<char>> = BTreeMap::new();
    for page in &laid.pages {
        for item in &page.items {
            if let Item::Text { face, text, .. } = item {
                used.entry(*face).or_default().extend(text.chars());
            }
        }
    }
    for (face, chars) in &used {
        let parsed = subset_face(fonts, *face, chars).ok_or(DossierError::Font)?;
        doc.resources
            .fonts
            .map
            .insert(font_id(*face), PdfFont::new(parsed));
    }

    // Images: one XObject per file.
    let mut orientations = BTreeMap::new();
    for (key, picture) in pictures {
        orientations.insert(key, picture.orientation);
        doc.resources
            .xobjects
            .map
            .insert(image_id(key), xobject(picture));
    }

    let total = u32::try_from(laid.pages.len()).unwrap_or(u32::MAX);
    let (w, h) = (
        Mm(paper.width / crate::layout::MM),
        Mm(paper.height / crate::layout::MM),
    );
    let mut pages = Vec::with_capacity(laid.pages.len());
    for (done, page) in (1u32..).zip(&mut laid.pages) {
        if cancel.load(Ordering::Relaxed) {
            return Err(DossierError::Cancelled);
        }
        pages.push(PdfPage::new(w, h, page_ops(&page.items, &orientations)));
        // Only the links are needed from here on (by `post`): free the rest now.
        page.items.retain(|item| matches!(item, Item::Link { .. }));
        page.items.shrink_to_fit();
        progress(done, total);
    }
    doc.with_pages(pages);
    let mut warnings = Vec::new();
    Ok(doc.to_lopdf_document(&save_options(), &mut warnings))
}

//! A small page layout engine for the PDF dossier, independent of the dossier's content and of
//! the PDF library.
//!
//! It measures text with `ttf-parser` ([`Fonts`], with a per-style fallback chain and visible
//! replacement of characters no font has), wraps it ([`wrap`], with French no-break spacing from
//! [`french_spacing`]), and flows blocks, headings and tables ([`Flow`], [`Table`]) onto pages
//! with page breaking, repeated table headers and rows taller than a page split cleanly. The
//! output is a list of [`Page`]s of positioned [`Item`]s plus named anchors, which the dossier's
//! PDF writer turns into PDF operators; footers ("page X / Y") are added in a second pass once
//! the page count is known.
//!
//! Units are PDF points (1/72 inch); `y` grows upwards from the bottom of the page, as in PDF.

mod flow;
mod fonts;
mod hyphenate;
mod table;
mod text;

pub use flow::{Anchor, Flow, Frame, Laid, TextStyle};
pub use fonts::{DEJAVU_SANS, DEJAVU_SANS_BOLD, FaceId, FontError, Fonts, Style, WidthCache};
pub use hyphenate::Typography;
pub use table::{Cell, Row, Table};
pub use text::{french_spacing, glue_guillemets, wrap, wrap_hyphenated};

/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;

/// A page size in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSize {
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

impl PageSize {
    /// ISO A4, 210 × 297 mm.
    pub const A4: Self = Self {
        width: 210.0 * MM,
        height: 297.0 * MM,
    };
    /// US Letter, 8.5 × 11 in.
    pub const LETTER: Self = Self {
        width: 612.0,
        height: 792.0,
    };
}

/// An RGB colour, each component 0.0–1.0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

impl Rgb {
    /// Black.
    pub const BLACK: Self = Self(0.0, 0.0, 0.0);
    /// White.
    pub const WHITE: Self = Self(1.0, 1.0, 1.0);
}

/// Where a link goes.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkTarget {
    /// A named anchor of the document (resolved once every page is laid out).
    Anchor(String),
    /// A web address.
    Uri(String),
}

/// Something drawn on a page, positioned in points from the bottom-left corner.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A run of text in one face, `y` being the baseline.
    Text {
        /// Left of the run.
        x: f32,
        /// Baseline.
        y: f32,
        /// Font size in points.
        size: f32,
        /// The face that draws every character of the run.
        face: FaceId,
        /// The text (already cleaned: every character has a glyph in `face`).
        text: String,
        /// Fill colour.
        color: Rgb,
    },
    /// A rectangle, filled and/or stroked.
    Rect {
        /// Left.
        x: f32,
        /// Bottom.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Fill colour.
        fill: Option<Rgb>,
        /// Stroke colour and line width.
        stroke: Option<(Rgb, f32)>,
    },
    /// A straight line.
    Line {
        /// Start x.
        x1: f32,
        /// Start y.
        y1: f32,
        /// End x.
        x2: f32,
        /// End y.
        y2: f32,
        /// Colour.
        color: Rgb,
        /// Line width.
        width: f32,
    },
    /// An image drawn into a box (the writer knows the image behind `image`).
    Image {
        /// The caller's key for the image.
        image: usize,
        /// Left of the box.
        x: f32,
        /// Bottom of the box.
        y: f32,
        /// Width of the box.
        w: f32,
        /// Height of the box.
        h: f32,
    },
    /// A page of another PDF document drawn into a box, scaled to fit (the finishing step
    /// knows the document behind `document` and imports the page as vector content).
    Form {
        /// The caller's key for the document.
        document: usize,
        /// The page of that document, from 0.
        page: usize,
        /// Left of the box.
        x: f32,
        /// Bottom of the box.
        y: f32,
        /// Width of the box.
        w: f32,
        /// Height of the box.
        h: f32,
    },
    /// A clickable area.
    Link {
        /// Left.
        x: f32,
        /// Bottom.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Where it goes.
        target: LinkTarget,
    },
}

/// One laid-out page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// What is drawn on it, in painting order.
    pub items: Vec<Item>,
}

//! The flow: blocks placed top to bottom on pages, a new page started whenever the next block
//! does not fit, and named anchors recorded for links, the contents and bookmarks.

use super::{Fonts, Item, LinkTarget, Page, PageSize, Rgb, Style, WidthCache, wrap};
use std::collections::BTreeMap;

/// The page and its margins, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Paper size.
    pub page: PageSize,
    /// Left margin.
    pub left: f32,
    /// Right margin.
    pub right: f32,
    /// Top margin.
    pub top: f32,
    /// Bottom margin (the footer lives inside it).
    pub bottom: f32,
}

impl Frame {
    /// The width between the margins.
    pub fn content_width(&self) -> f32 {
        (self.page.width - self.left - self.right).max(1.0)
    }

    /// The `y` of the top of the content area.
    pub fn content_top(&self) -> f32 {
        self.page.height - self.top
    }

    /// The height of the content area.
    pub fn content_height(&self) -> f32 {
        (self.content_top() - self.bottom).max(1.0)
    }
}

/// How a piece of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// Regular or bold.
    pub style: Style,
    /// Size in points.
    pub size: f32,
    /// Colour.
    pub color: Rgb,
    /// Line height as a multiple of the size.
    pub leading: f32,
}

impl TextStyle {
    /// Black text with a 1.3 line height.
    pub fn new(style: Style, size: f32) -> Self {
        Self {
            style,
            size,
            color: Rgb::BLACK,
            leading: 1.3,
        }
    }

    /// The same style in another colour.
    #[must_use]
    pub fn color(self, color: Rgb) -> Self {
        Self { color, ..self }
    }

    /// The height of one line.
    pub fn line_height(&self) -> f32 {
        self.size * self.leading
    }

    /// The baseline of a line whose top is at `top`.
    pub fn baseline(&self, top: f32) -> f32 {
        top - (self.line_height() - self.size) / 2.0 - self.size * 0.8
    }
}

/// A position in the laid-out document: a page index (0-based) and a `y` on it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Anchor {
    /// Page index, from 0.
    pub page: usize,
    /// Height on the page (points from the bottom).
    pub y: f32,
}

/// Laid-out pages and their named anchors.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Laid {
    /// The pages.
    pub pages: Vec<Page>,
    /// Named positions.
    pub anchors: BTreeMap<String, Anchor>,
}

impl Laid {
    /// Appends another laid-out part after this one, shifting its anchors' page indices.
    pub fn append(&mut self, other: Self) {
        let offset = self.pages.len();
        self.pages.extend(other.pages);
        for (name, anchor) in other.anchors {
            self.anchors.insert(
                name,
                Anchor {
                    page: anchor.page + offset,
                    y: anchor.y,
                },
            );
        }
    }
}

/// Places blocks on pages from the top down.
#[derive(Debug)]
pub struct Flow<'f> {
    fonts: &'f Fonts,
    frame: Frame,
    pages: Vec<Page>,
    y: f32,
    anchors: BTreeMap<String, Anchor>,
    widths: WidthCache,
}

impl<'f> Flow<'f> {
    /// A flow with one empty page.
    pub fn new(fonts: &'f Fonts, frame: Frame) -> Self {
        Self {
            fonts,
            frame,
            pages: vec![Page::default()],
            y: frame.content_top(),
            anchors: BTreeMap::new(),
            widths: WidthCache::default(),
        }
    }

    /// The fonts text is measured with.
    pub fn fonts(&self) -> &'f Fonts {
        self.fonts
    }

    /// The page frame.
    pub fn frame(&self) -> Frame {
        self.frame
    }

    /// The cursor: the top of the next block.
    pub fn y(&self) -> f32 {
        self.y
    }

    /// Moves the cursor to `y` on the current page.
    pub fn set_y(&mut self, y: f32) {
        self.y = y;
    }

    /// The index of the current page, from 0.
    pub fn page_index(&self) -> usize {
        self.pages.len().saturating_sub(1)
    }

    /// Whether nothing has been placed on the current page yet.
    pub fn at_top(&self) -> bool {
        (self.y - self.frame.content_top()).abs() < 0.01
    }

    /// Height left above the bottom margin.
    pub fn remaining(&self) -> f32 {
        self.y - self.frame.bottom
    }

    /// Starts a new page.
    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.frame.content_top();
    }

    /// Starts a new page unless `height` still fits (or the page is still empty).
    pub fn ensure(&mut self, height: f32) {
        if height > self.remaining() + 0.01 && !self.at_top() {
            self.new_page();
        }
    }

    /// Vertical space; none at the top of a page, and a new page if it does not fit.
    pub fn space(&mut self, height: f32) {
        if self.at_top() {
            return;
        }
        if height >= self.remaining() {
            self.new_page();
        } else {
            self.y -= height;
        }
    }

    /// Moves the cursor down by `height` (the caller has drawn that much).
    pub fn advance(&mut self, height: f32) {
        self.y -= height;
    }

    /// Records a named anchor at the cursor.
    pub fn anchor(&mut self, name: &str) {
        let anchor = Anchor {
            page: self.page_index(),
            y: self.y,
        };
        self.anchors.insert(name.to_owned(), anchor);
    }

    /// Adds an item to the current page.
    pub fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.items.push(item);
        }
    }

    /// The width of `text` in `style`.
    pub fn measure(&mut self, style: &TextStyle, text: &str) -> f32 {
        self.widths.em_width(self.fonts, style.style, text) * style.size
    }

    /// `text` cleaned (replacements made) and wrapped to `width`.
    pub fn wrap_lines(&mut self, style: &TextStyle, text: &str, width: f32) -> Vec<String> {
        let cleaned = self.fonts.clean(style.style, text);
        let (fonts, widths) = (self.fonts, &mut self.widths);
        let mut measure = |s: &str| widths.em_width(fonts, style.style, s) * style.size;
        wrap(&cleaned, width, &mut measure)
    }

    /// Draws one line of text with its baseline at `baseline`, split into runs per face.
    pub fn text_at(&mut self, x: f32, baseline: f32, style: &TextStyle, text: &str) {
        let mut x = x;
        for (face, run) in self.fonts.runs(style.style, text) {
            let w = self.measure(style, &run);
            if !run.trim().is_empty() {
                self.push(Item::Text {
                    x,
                    y: baseline,
                    size: style.size,
                    face,
                    text: run,
                    color: style.color,
                });
            }
            x += w;
        }
    }

    /// A wrapped paragraph across the content width, indented by `indent`.
    pub fn paragraph(&mut self, style: &TextStyle, text: &str, indent: f32) {
        let width = self.frame.content_width() - indent;
        let x = self.frame.left + indent;
        for line in self.wrap_lines(style, text, width) {
            self.line(style, x, &line);
        }
    }

    /// One line of text at the cursor, starting a new page first if it does not fit.
    pub fn line(&mut self, style: &TextStyle, x: f32, text: &str) {
        let height = style.line_height();
        self.ensure(height);
        let baseline = style.baseline(self.y);
        self.text_at(x, baseline, style, text);
        self.y -= height;
    }

    /// A heading, kept on the same page as at least `keep_with` points of what follows, with an
    /// anchor at its top when `anchor` is given. Returns the page index it landed on.
    pub fn heading(
        &mut self,
        style: &TextStyle,
        text: &str,
        anchor: Option<&str>,
        keep_with: f32,
    ) -> usize {
        let lines = self.wrap_lines(style, text, self.frame.content_width());
        let height = lines.len() as f32 * style.line_height();
        self.ensure(height + keep_with);
        if let Some(name) = anchor {
            self.anchor(name);
        }
        let x = self.frame.left;
        for line in lines {
            self.line(style, x, &line);
        }
        self.page_index()
    }

    /// A horizontal rule across the content width.
    pub fn rule(&mut self, color: Rgb, width: f32) {
        let (x1, x2, y) = (
            self.frame.left,
            self.frame.page.width - self.frame.right,
            self.y,
        );
        self.push(Item::Line {
            x1,
            y1: y,
            x2,
            y2: y,
            color,
            width,
        });
    }

    /// An image of `w` × `h` points at the cursor, `x_offset` from the left margin.
    pub fn image(&mut self, image: usize, x_offset: f32, w: f32, h: f32) {
        self.ensure(h);
        let (x, y) = (self.frame.left + x_offset, self.y - h);
        self.push(Item::Image { image, x, y, w, h });
        self.y -= h;
    }

    /// A link over a box on the current page.
    pub fn link(&mut self, x: f32, y: f32, w: f32, h: f32, target: LinkTarget) {
        self.push(Item::Link { x, y, w, h, target });
    }

    /// Ends the flow: its pages and anchors.
    pub fn finish(self) -> Laid {
        Laid {
            pages: self.pages,
            anchors: self.anchors,
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::layout::MM;

    fn frame() -> Frame {
        Frame {
            page: PageSize::A4,
            left: 20.0 * MM,
            right: 20.0 * MM,
            top: 20.0 * MM,
            bottom: 20.0 * MM,
        }
    }

    fn texts(page: &Page) -> Vec<&str> {
        page.items
            .iter()
            .filter_map(|item| match item {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn paragraphs_flow_onto_new_pages_and_stay_inside_the_margins() {
        let fonts = Fonts::dejavu().unwrap();
        let mut flow = Flow::new(&fonts, frame());
        let style = TextStyle::new(Style::Regular, 10.0);
        let text = "Le colis n’est jamais arrivé malgré trois relances. ".repeat(400);
        flow.paragraph(&style, &text, 0.0);
        let laid = flow.finish();
        assert!(laid.pages.len() >= 3, "{} pages", laid.pages.len());
        let f = frame();
        for page in &laid.pages {
            for item in &page.items {
                if let Item::Text { x, y, text, .. } = item {
                    let w = fonts.width(Style::Regular, text, 10.0);
                    assert!(*x >= f.left - 0.01, "left {x}");
                    assert!(x + w <= f.page.width - f.right + 0.01, "overflows: {text}");
                    assert!(*y >= f.bottom && *y <= f.content_top(), "y {y}");
                }
            }
        }
    }

    #[test]
    fn headings_keep_with_what_follows_and_record_anchors() {
        let fonts = Fonts::dejavu().unwrap();
        let mut flow = Flow::new(&fonts, frame());
        let style = TextStyle::new(Style::Regular, 10.0);
        // Fill the page to just above the bottom.
        while flow.remaining() > 30.0 {
            flow.line(&style, flow.frame().left, "ligne");
        }
        let heading = TextStyle::new(Style::Bold, 14.0);
        let page = flow.heading(&heading, "Chronologie", Some("chrono"), 40.0);
        assert_eq!(page, 1, "the heading must move to the next page");
        let laid = flow.finish();
        assert_eq!(laid.anchors.get("chrono").map(|a| a.page), Some(1));
        assert_eq!(texts(&laid.pages[1]), vec!["Chronologie"]);
    }

    #[test]
    fn appending_shifts_anchor_pages() {
        let fonts = Fonts::dejavu().unwrap();
        let mut first = Flow::new(&fonts, frame());
        first.new_page();
        let mut second = Flow::new(&fonts, frame());
        second.anchor("x");
        let mut laid = first.finish();
        laid.append(second.finish());
        assert_eq!(laid.pages.len(), 3);
        assert_eq!(laid.anchors.get("x").map(|a| a.page), Some(2));
    }
}

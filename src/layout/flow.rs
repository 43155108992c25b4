//! The flow: blocks placed top to bottom on pages, a new page started whenever the next block
//! does not fit, and named anchors recorded for links, the contents and bookmarks.

use super::{
    Fonts, Item, LinkTarget, Page, PageSize, Rgb, Style, Typography, WidthCache, french_spacing,
    wrap_hyphenated,
};
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
    /// How text is set: the language's hyphenation and spacing rules.
    pub typography: Typography,
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

/// A heading that must not end a page: where it starts, and how many lines of what follows
/// are placed under it so far.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Keep {
    /// The page it is on.
    page: usize,
    /// The index of its first item on that page.
    first_item: usize,
    /// The top of the heading.
    top: f32,
    /// Lines of text placed after it.
    lines: u32,
}

/// Lines of what follows a heading that must be on its page.
pub const KEEP_LINES: u32 = 2;

/// The height of a drawn block (figures, images) that counts as enough under a heading.
const KEEP_HEIGHT: f32 = 24.0;

impl Laid {
    /// The height used on the first page, from the top of the content area down to the lowest
    /// thing drawn (0 for an empty page).
    pub fn first_page_height(&self, frame: Frame) -> f32 {
        self.pages
            .first()
            .and_then(|p| lowest(&p.items))
            .map_or(0.0, |low| (frame.content_top() - low).max(0.0))
    }

    /// Splits off the pages from index `at` on (their anchors renumbered from 0).
    #[must_use]
    pub fn split_off(&mut self, at: usize) -> Self {
        let at = at.min(self.pages.len());
        let pages = self.pages.split_off(at);
        let mut anchors = BTreeMap::new();
        self.anchors.retain(|name, anchor| {
            if anchor.page >= at {
                anchors.insert(
                    name.clone(),
                    Anchor {
                        page: anchor.page - at,
                        y: anchor.y,
                    },
                );
                false
            } else {
                true
            }
        });
        Self { pages, anchors }
    }
}

/// The lowest point anything reaches on a page (a text's descenders included).
fn lowest(items: &[Item]) -> Option<f32> {
    items
        .iter()
        .map(|item| match item {
            Item::Text { y, size, .. } => y - size * 0.25,
            Item::Rect { y, .. }
            | Item::Image { y, .. }
            | Item::Form { y, .. }
            | Item::Link { y, .. } => *y,
            Item::Line { y1, y2, .. } => y1.min(*y2),
        })
        .reduce(f32::min)
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
    keep: Option<Keep>,
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
            keep: None,
        }
    }

    /// A flow that goes on after `laid`: its pages and anchors, the cursor under the lowest
    /// thing drawn on its last page.
    pub fn resume(fonts: &'f Fonts, frame: Frame, laid: Laid) -> Self {
        let y = laid
            .pages
            .last()
            .and_then(|p| lowest(&p.items))
            .map_or(frame.content_top(), |low| low.min(frame.content_top()));
        let mut pages = laid.pages;
        if pages.is_empty() {
            pages.push(Page::default());
        }
        Self {
            fonts,
            frame,
            pages,
            y,
            anchors: laid.anchors,
            widths: WidthCache::default(),
            keep: None,
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

    /// Moves the cursor to `y` on the current page (a block of two lines' height or more
    /// drawn under a heading keeps it on its page).
    pub fn set_y(&mut self, y: f32) {
        if self.y - y >= KEEP_HEIGHT {
            self.release_heading();
        }
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

    /// Starts a new page. A heading followed by fewer than `KEEP_LINES` lines on the page
    /// being left moves to the new page, with what was placed under it, so no heading is ever
    /// the last thing on a page.
    pub fn new_page(&mut self) {
        let top = self.frame.content_top();
        let keep = self.keep.take();
        self.pages.push(Page::default());
        let old = self.pages.len().saturating_sub(2);
        let stranded = keep.filter(|k| k.page == old && k.lines < KEEP_LINES && k.top < top - 0.01);
        let Some(keep) = stranded else {
            self.y = top;
            return;
        };
        let shift = top - keep.top;
        let moved: Vec<Item> = self
            .pages
            .get_mut(old)
            .map(|page| page.items.split_off(keep.first_item.min(page.items.len())))
            .unwrap_or_default();
        if let Some(page) = self.pages.last_mut() {
            page.items = moved.into_iter().map(|item| shifted(item, shift)).collect();
        }
        for anchor in self.anchors.values_mut() {
            if anchor.page == old && anchor.y <= keep.top + 0.01 {
                anchor.page = old + 1;
                anchor.y += shift;
            }
        }
        self.y += shift;
        self.keep = Some(Keep {
            page: old + 1,
            first_item: 0,
            top,
            ..keep
        });
    }

    /// Counts `lines` lines of text placed after the last heading.
    pub fn count_lines(&mut self, lines: u32) {
        if let Some(keep) = &mut self.keep {
            keep.lines += lines;
            if keep.lines >= KEEP_LINES {
                self.keep = None;
            }
        }
    }

    /// Drops the keep-with-next of the last heading (the caller made sure what follows it
    /// starts on its page).
    pub fn release_heading(&mut self) {
        self.keep = None;
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

    /// `text` cleaned (replacements made), spaced and wrapped to `width` by the frame's
    /// typography: hyphenated with the language's patterns, French no-break spaces in French.
    pub fn wrap_lines(&mut self, style: &TextStyle, text: &str, width: f32) -> Vec<String> {
        let typography = self.frame.typography;
        let spaced = if typography == Typography::French {
            french_spacing(text)
        } else {
            text.to_owned()
        };
        let cleaned = self.fonts.clean(style.style, &spaced);
        let (fonts, widths) = (self.fonts, &mut self.widths);
        let mut measure = |s: &str| widths.em_width(fonts, style.style, s) * style.size;
        wrap_hyphenated(&cleaned, width, &mut measure, &|word| {
            typography.breaks(word)
        })
    }

    /// Draws one line of text with its baseline at `baseline`, split into runs per face; a full
    /// card number shows only its last four digits.
    pub fn text_at(&mut self, x: f32, baseline: f32, style: &TextStyle, text: &str) {
        let mut x = x;
        // Never a full card number on a page, even in a line not wrapped here.
        let text = crate::domain::mask_card_numbers(text);
        for (face, run) in self.fonts.runs(style.style, &text) {
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
        self.count_lines(1);
    }

    /// A heading, started on a new page unless at least `keep_with` points of what follows
    /// fit under it, with an anchor at its top when `anchor` is given. It is also kept with at
    /// least `KEEP_LINES` lines of what follows: a page break before those moves it to the
    /// next page. Returns the page index it starts on.
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
        // A heading right after another one travels with it.
        let previous = self
            .keep
            .filter(|k| k.page == self.page_index() && k.lines == 0);
        self.keep = None;
        if let Some(name) = anchor {
            self.anchor(name);
        }
        let first_item = self.pages.last().map_or(0, |p| p.items.len());
        let top = self.y;
        let x = self.frame.left;
        for line in lines {
            self.line(style, x, &line);
        }
        self.keep = Some(previous.unwrap_or(Keep {
            page: self.page_index(),
            first_item,
            top,
            lines: 0,
        }));
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
        self.release_heading();
        let (x, y) = (self.frame.left + x_offset, self.y - h);
        self.push(Item::Image { image, x, y, w, h });
        self.y -= h;
    }

    /// Page `page` of document `document`, drawn into a box of `w` × `h` points at the cursor,
    /// `x_offset` from the left margin.
    pub fn form(&mut self, document: usize, page: usize, x_offset: f32, w: f32, h: f32) {
        self.ensure(h);
        self.release_heading();
        let (x, y) = (self.frame.left + x_offset, self.y - h);
        self.push(Item::Form {
            document,
            page,
            x,
            y,
            w,
            h,
        });
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

/// `item` moved up by `dy` points.
fn shifted(item: Item, dy: f32) -> Item {
    match item {
        Item::Text {
            x,
            y,
            size,
            face,
            text,
            color,
        } => Item::Text {
            x,
            y: y + dy,
            size,
            face,
            text,
            color,
        },
        Item::Rect {
            x,
            y,
            w,
            h,
            fill,
            stroke,
        } => Item::Rect {
            x,
            y: y + dy,
            w,
            h,
            fill,
            stroke,
        },
        Item::Line {
            x1,
            y1,
            x2,
            y2,
            color,
            width,
        } => Item::Line {
            x1,
            y1: y1 + dy,
            x2,
            y2: y2 + dy,
            color,
            width,
        },
        Item::Image { image, x, y, w, h } => Item::Image {
            image,
            x,
            y: y + dy,
            w,
            h,
        },
        Item::Form {
            document,
            page,
            x,
            y,
            w,
            h,
        } => Item::Form {
            document,
            page,
            x,
            y: y + dy,
            w,
            h,
        },
        Item::Link { x, y, w, h, target } => Item::Link {
            x,
            y: y + dy,
            w,
            h,
            target,
        },
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
            typography: Typography::French,
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
    fn a_heading_moves_to_the_next_page_with_its_first_two_lines() {
        let fonts = Fonts::dejavu().unwrap();
        let mut flow = Flow::new(&fonts, frame());
        let style = TextStyle::new(Style::Regular, 10.0);
        let heading = TextStyle::new(Style::Bold, 14.0);
        // Room for the heading and one line under it, not two.
        while flow.remaining() > heading.line_height() + style.line_height() * 2.0 {
            flow.line(&style, flow.frame().left, "ligne");
        }
        flow.heading(&heading, "Promesses", Some("promises"), 0.0);
        flow.paragraph(&style, "une\ndeux\ntrois", 0.0);
        let laid = flow.finish();
        assert_eq!(laid.pages.len(), 2);
        assert!(
            !texts(&laid.pages[0]).contains(&"Promesses"),
            "not left at the foot"
        );
        assert_eq!(
            texts(&laid.pages[1]),
            vec!["Promesses", "une", "deux", "trois"]
        );
        let anchor = laid.anchors.get("promises").unwrap();
        assert_eq!(anchor.page, 1, "the anchor travels with it");
        assert!((anchor.y - frame().content_top()).abs() < 0.01);
        // Moved, not duplicated: the heading's text sits at the top of the new page.
        let top = laid.pages[1].items.iter().find_map(|item| match item {
            Item::Text { y, .. } => Some(*y),
            _ => None,
        });
        assert!(top.unwrap() > frame().content_top() - 20.0, "{top:?}");
    }

    #[test]
    fn a_heading_stays_when_two_lines_follow_it_on_its_page() {
        let fonts = Fonts::dejavu().unwrap();
        let mut flow = Flow::new(&fonts, frame());
        let style = TextStyle::new(Style::Regular, 10.0);
        let heading = TextStyle::new(Style::Bold, 14.0);
        while flow.remaining() > heading.line_height() + style.line_height() * 3.0 {
            flow.line(&style, flow.frame().left, "ligne");
        }
        flow.heading(&heading, "Promesses", None, 0.0);
        flow.paragraph(&style, "une\ndeux\ntrois", 0.0);
        let laid = flow.finish();
        let first = texts(&laid.pages[0]);
        assert_eq!(first[first.len() - 3..], ["Promesses", "une", "deux"]);
        assert_eq!(texts(&laid.pages[1]), vec!["trois"]);
    }

    #[test]
    fn a_heading_over_a_table_keeps_its_header_and_rows() {
        let fonts = Fonts::dejavu().unwrap();
        let mut flow = Flow::new(&fonts, frame());
        let style = TextStyle::new(Style::Regular, 10.0);
        let heading = TextStyle::new(Style::Bold, 14.0);
        while flow.remaining() > 60.0 {
            flow.line(&style, flow.frame().left, "ligne");
        }
        flow.heading(&heading, "Chronologie", None, 20.0);
        let mut table = crate::layout::Table::new(vec![1.0, 1.0]);
        table.header = Some(vec![
            crate::layout::Cell::bold("Quand"),
            crate::layout::Cell::bold("Quoi"),
        ]);
        table.rows = vec![crate::layout::Row::new(vec![
            crate::layout::Cell::new("lundi"),
            crate::layout::Cell::new("un\ndeux\ntrois\nquatre\ncinq"),
        ])];
        flow.table(&table);
        let laid = flow.finish();
        let last = texts(&laid.pages[0]);
        assert!(
            !last.contains(&"Chronologie") && !last.contains(&"Quand"),
            "heading and header move with the row: {last:?}"
        );
        assert_eq!(texts(&laid.pages[1])[..3], ["Chronologie", "Quand", "Quoi"]);
    }

    #[test]
    fn a_flow_resumes_under_what_was_laid_and_splits_off_pages() {
        let fonts = Fonts::dejavu().unwrap();
        let style = TextStyle::new(Style::Regular, 10.0);
        let mut cover = Flow::new(&fonts, frame());
        cover.paragraph(&style, "couverture", 0.0);
        let cover = cover.finish();
        assert!(cover.first_page_height(frame()) > style.line_height() * 0.9);
        let mut flow = Flow::resume(&fonts, frame(), cover);
        assert!(flow.y() < frame().content_top() - style.line_height() * 0.9);
        flow.anchor("sec-summary");
        flow.paragraph(&style, "résumé", 0.0);
        flow.new_page();
        flow.anchor("sec-next");
        let mut laid = flow.finish();
        assert_eq!(texts(&laid.pages[0]), vec!["couverture", "résumé"]);
        assert_eq!(laid.anchors.get("sec-summary").map(|a| a.page), Some(0));
        let tail = laid.split_off(1);
        assert_eq!(tail.anchors.get("sec-next").map(|a| a.page), Some(0));
        assert!(!laid.anchors.contains_key("sec-next"));
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

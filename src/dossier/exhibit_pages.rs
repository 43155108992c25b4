//! The exhibits' pages and the list of exhibits, laid out with [`crate::layout`].
//!
//! Each exhibit starts a page unless it fits whole under the previous one: its label and
//! caption, what it proves and its date, then the exhibit itself — a picture drawn to fit, the
//! pages of a PDF placed as vector pages (one per dossier page, at most
//! [`super::pdf_exhibit::MAX_PAGES`]), a text or an email printed (at most [`MAX_TEXT_PAGES`]
//! pages). The file name, size, type and SHA-256 of every exhibit are in one list before the
//! exhibits ([`list`]).

use super::model::{Dossier, Exhibit};
use super::pdf_exhibit::PdfPages;
use super::sections::{FLAG_TEXT, GREY, PageOf, exhibit_anchor, h2, key_values, small};
use super::text_exhibit::Printable;
use crate::domain::Language;
use crate::i18n::format::colon;
use crate::i18n::{FluentValue, tr, tr_args};
use crate::layout::{Cell, Flow, Frame, Item, Rgb, Row, Style, Table, TextStyle};

/// A text or email exhibit is printed on at most this many pages.
pub const MAX_TEXT_PAGES: usize = 6;

/// A PDF exhibit starts under what precedes it when this share of a page is left: its title
/// and its first page, scaled to about half size (a receipt or a one-page letter still reads).
const PDF_FIRST_ROOM: f32 = 0.7;

/// A screenshot or scan too tall for the room left under what precedes is drawn there down to
/// this share of its size (its small print stays legible) rather than start a page.
const MIN_SHRINK: f32 = 0.85;

/// A photograph, down to this share.
const MIN_SHRINK_PHOTO: f32 = 0.7;

/// A text starts at the foot of a page when its title, headers and this many lines fit there.
const TEXT_FIRST_LINES: usize = 6;

/// Room kept on the last page of a text for the sentence saying it is cut.
const CUT_ROOM: f32 = 30.0;

/// The thin frame drawn around a picture or an imported page.
const FRAME: Rgb = Rgb(0.75, 0.78, 0.84);

/// Room kept above an exhibit's content for its title, what it proves and its date.
const HEADER_ROOM: f32 = 90.0;

/// What the layout needs to know about each exhibit's file.
#[derive(Debug, Clone, Default)]
pub struct ExhibitView {
    /// Image key and displayed pixel size, when it can be drawn.
    pub picture: Option<(usize, (u32, u32))>,
    /// Whether the picture is a photograph (drawn narrower than a screenshot, see [`fit`]).
    pub photo: bool,
    /// A note for the reader (i18n key).
    pub note: Option<&'static str>,
    /// Whether the original is attached to the PDF.
    pub attached: bool,
    /// Whether the picture drawn is a reduced copy (the dossier to email).
    pub reduced: bool,
    /// Whether this is the copy to email (originals available on request).
    pub for_email: bool,
    /// A PDF's key and pages, placed as vector pages.
    pub pdf: Option<(usize, PdfPages)>,
    /// A text or an email, printed.
    pub text: Option<Printable>,
}

/// A photograph is drawn at most this share of the content's width and height: what it shows
/// (a receipt, a parcel, an empty counter, handwriting) reads at that size, while a
/// screenshot's small print needs the full width.
pub const PHOTO_SHARE: f32 = 0.5;

/// Whether a picture of this media type is a photograph rather than a screenshot or a scan: a
/// JPEG (cameras and phones save JPEG; screenshots are PNG).
pub fn is_photo(media_type: &str) -> bool {
    media_type.eq_ignore_ascii_case("image/jpeg")
}

/// The box an image of `w` × `h` pixels is drawn in: within the content's width and 80 % of
/// its height ([`PHOTO_SHARE`] of each for a `photo`), never more than 1 pt per pixel.
pub fn fit(frame: Frame, w: u32, h: u32, photo: bool) -> (f32, f32) {
    let (w, h) = (w.max(1) as f32, h.max(1) as f32);
    let max_w = frame.content_width() * if photo { PHOTO_SHARE } else { 1.0 };
    let max_h = frame.content_height() * if photo { PHOTO_SHARE } else { 0.8 };
    let scale = (max_w / w).min(max_h / h).min(1.0);
    (w * scale, h * scale)
}

/// Lays out one exhibit at the cursor. One that fits whole under what precedes follows it on
/// its page (its title with it); else it starts a new page unless what it needs first fits.
pub fn exhibit(flow: &mut Flow<'_>, lang: Language, e: &Exhibit, view: &ExhibitView) {
    let frame = flow.frame();
    flow.space(12.0);
    // How tall it is alone at the top of a page (a PDF's pages are scaled to the room left, so
    // never measured this way).
    let whole = if view.pdf.is_none() {
        let mut alone = Flow::new(flow.fonts(), frame);
        draw(&mut alone, lang, e, view, 1.0);
        let alone = alone.finish();
        (alone.pages.len() == 1).then(|| alone.first_page_height(frame))
    } else {
        None
    };
    let needed = match (whole, &view.text) {
        // A text may start at the foot of a page and run on over the next.
        (Some(height), Some(_)) => height.min(first_needs(flow, e, view)),
        (Some(height), None) => height,
        (None, _) => first_needs(flow, e, view),
    };
    let mut shrink = 1.0;
    if needed > flow.remaining() && !flow.at_top() {
        // A picture a little too tall for the room left is drawn a little smaller there
        // rather than leave that room empty.
        let image_height = view
            .picture
            .map(|(_, (w, h))| fit(frame, w, h, view.photo).1);
        let smaller = match (whole, image_height) {
            (Some(height), Some(image)) if image > 0.0 => {
                (image - (height - flow.remaining()) - 1.0) / image
            }
            _ => 0.0,
        };
        let floor = if view.photo {
            MIN_SHRINK_PHOTO
        } else {
            MIN_SHRINK
        };
        if smaller >= floor {
            shrink = smaller;
        } else {
            flow.new_page();
        }
    }
    draw(flow, lang, e, view, shrink);
}

/// What an exhibit that does not fit whole under what precedes it needs on the page it starts:
/// a PDF's first page [`PDF_FIRST_ROOM`] of a page; a text its title, its headers and its first
/// [`TEXT_FIRST_LINES`] lines (the rest runs on over the next pages); a picture its box under
/// its title.
fn first_needs(flow: &mut Flow<'_>, e: &Exhibit, view: &ExhibitView) -> f32 {
    let frame = flow.frame();
    let image_box = view.picture.map(|(_, (w, h))| fit(frame, w, h, view.photo));
    if view.pdf.is_some() {
        frame.content_height() * PDF_FIRST_ROOM
    } else if let Some(text) = &view.text {
        let lines = text.body.lines().count().min(TEXT_FIRST_LINES) + 2 * text.headers.len();
        header_height(flow, e) + lines as f32 * 12.0
    } else {
        header_height(flow, e) + image_box.map_or(0.0, |(_, h)| h)
    }
}

/// Draws one exhibit at the cursor: its title, what it proves, its date and notes, then the
/// exhibit itself (a picture at `shrink` times its [`fit`]).
fn draw(flow: &mut Flow<'_>, lang: Language, e: &Exhibit, view: &ExhibitView, shrink: f32) {
    let frame = flow.frame();
    let image_box = view.picture.map(|(_, (w, h))| {
        let (w, h) = fit(frame, w, h, view.photo);
        (w * shrink, h * shrink)
    });
    let title = match &e.caption {
        Some(caption) => format!("{} — {caption}", e.label),
        None => format!("{} — {}", e.label, e.file_name),
    };
    flow.heading(&h2(), &title, Some(&exhibit_anchor(e.number)), 40.0);
    let bold = TextStyle::new(Style::Bold, 9.0);
    let proves = tr(lang, "dossier-exhibit-proves");
    match e.proves.as_slice() {
        [] => {}
        [one] => flow.paragraph(&bold, &format!("{proves}{}{one}", colon(lang)), 0.0),
        many => {
            flow.paragraph(&bold, &format!("{proves}{}", colon(lang).trim_end()), 0.0);
            for phrase in many {
                flow.paragraph(&bold, &format!("• {phrase}"), 8.0);
            }
        }
    }
    if !e.date.is_empty() && e.date != tr(lang, "dossier-unknown") {
        let dated = tr_args(
            lang,
            "dossier-exhibit-dated",
            &[("date", FluentValue::from(e.date.clone()))],
        );
        flow.paragraph(&small(), &dated, 0.0);
    }
    if let Some(note) = view.note {
        let note = match note {
            "dossier-note-not-image" if view.attached => "dossier-note-not-printable",
            "dossier-note-not-image" => "dossier-note-not-printable-detached",
            "dossier-note-too-large" if !view.attached => "dossier-note-too-large-detached",
            other => other,
        };
        flow.paragraph(
            &TextStyle::new(Style::Bold, 8.5).color(FLAG_TEXT),
            &tr(lang, note),
            0.0,
        );
    }
    if view.reduced {
        flow.paragraph(&small(), &tr(lang, "dossier-exhibit-reduced"), 0.0);
    }
    if view.for_email {
        flow.paragraph(&small(), &tr(lang, "dossier-exhibit-on-request-list"), 0.0);
    }
    if let (Some((key, _)), Some((w, h))) = (view.picture, image_box) {
        flow.space(6.0);
        let offset = (frame.content_width() - w) / 2.0;
        flow.image(key, offset, w, h);
        framed(flow, frame.left + offset, flow.y(), w, h);
    }
    if let Some((key, pdf)) = &view.pdf {
        pdf_pages(flow, lang, e, *key, pdf, view.attached);
    }
    if let Some(text) = &view.text {
        printed(flow, lang, &e.label, text, view.attached);
    }
}

/// About how tall an exhibit's title, what it proves and its date are, so that a picture is
/// not parted from them.
fn header_height(flow: &mut Flow<'_>, e: &Exhibit) -> f32 {
    let width = flow.frame().content_width();
    let bold = TextStyle::new(Style::Bold, 9.0);
    let proves: usize = e
        .proves
        .iter()
        .map(|phrase| {
            flow.wrap_lines(&bold, &format!("• {phrase}"), width - 8.0)
                .len()
        })
        .sum();
    let lines = proves + usize::from(e.proves.len() > 1);
    HEADER_ROOM.max(50.0 + lines as f32 * bold.line_height())
}

/// A thin frame around a box (a picture's or a page's edge).
fn framed(flow: &mut Flow<'_>, x: f32, y: f32, w: f32, h: f32) {
    flow.push(Item::Rect {
        x,
        y,
        w,
        h,
        fill: None,
        stroke: Some((FRAME, 0.5)),
    });
}

/// The pages of a PDF exhibit, each scaled to fit a page of the dossier; the first under the
/// exhibit's title when at least half a page is left there.
fn pdf_pages(
    flow: &mut Flow<'_>,
    lang: Language,
    e: &Exhibit,
    key: usize,
    pdf: &PdfPages,
    attached: bool,
) {
    let frame = flow.frame();
    if pdf.total > pdf.pages.len() {
        let cut = if attached {
            "dossier-exhibit-pages-cut"
        } else {
            "dossier-exhibit-pages-cut-detached"
        };
        let sentence = tr_args(
            lang,
            cut,
            &[
                ("shown", FluentValue::from(pdf.pages.len())),
                ("total", FluentValue::from(pdf.total)),
            ],
        );
        flow.paragraph(&TextStyle::new(Style::Bold, 8.5), &sentence, 0.0);
    }
    for (index, page) in pdf.pages.iter().enumerate() {
        flow.space(4.0);
        if index > 0 || flow.remaining() < frame.content_height() / 2.0 {
            if !flow.at_top() {
                flow.new_page();
            }
            let line = tr_args(
                lang,
                "dossier-exhibit-page",
                &[
                    ("label", FluentValue::from(e.label.clone())),
                    ("page", FluentValue::from(index + 1)),
                    ("total", FluentValue::from(pdf.total)),
                ],
            );
            flow.paragraph(&small(), &line, 0.0);
            flow.space(3.0);
        }
        let (dw, dh) = page.display_size();
        let room = (flow.remaining() - 2.0).max(1.0);
        let scale = (frame.content_width() / dw).min(room / dh).min(1.0);
        let (w, h) = (dw * scale, dh * scale);
        let offset = (frame.content_width() - w) / 2.0;
        flow.form(key, index, offset, w, h);
        framed(flow, frame.left + offset, flow.y(), w, h);
    }
}

/// A text or an email: its headers in a table, then its lines, slightly indented behind a rule,
/// on at most [`MAX_TEXT_PAGES`] pages.
fn printed(flow: &mut Flow<'_>, lang: Language, label: &str, text: &Printable, attached: bool) {
    let frame = flow.frame();
    flow.space(4.0);
    if !text.headers.is_empty() {
        flow.table(&key_values(&text.headers, vec![1.0, 5.0], 8.5));
        flow.space(6.0);
    }
    let style = TextStyle::new(Style::Regular, 9.0);
    let indent = 10.0;
    let width = frame.content_width() - indent;
    let first_page = flow.page_index();
    let fonts = flow.fonts();
    let mut cut = text.cut;
    'lines: for paragraph in text.body.split('\n') {
        let cleaned = fonts.clean(Style::Regular, paragraph);
        let mut measure = |s: &str| fonts.width(Style::Regular, s, style.size);
        for line in crate::layout::wrap(&cleaned, width, &mut measure) {
            let height = style.line_height();
            // On the last page allowed, room is kept for the sentence saying the text is cut.
            let last_page = flow.page_index() + 1 >= first_page + MAX_TEXT_PAGES;
            if last_page && height + CUT_ROOM > flow.remaining() {
                cut = true;
                break 'lines;
            }
            if height > flow.remaining() {
                // Run on over the next page, which says whose text goes on.
                flow.new_page();
                let continued = tr_args(
                    lang,
                    "dossier-exhibit-continued",
                    &[("label", FluentValue::from(label.to_owned()))],
                );
                flow.paragraph(&small(), &continued, 0.0);
                flow.space(3.0);
            }
            let top = flow.y();
            flow.push(Item::Line {
                x1: frame.left + 2.0,
                y1: top,
                x2: frame.left + 2.0,
                y2: top - height,
                color: FRAME,
                width: 1.2,
            });
            flow.line(&style, frame.left + indent, &line);
        }
    }
    if cut {
        flow.space(4.0);
        let key = if attached {
            "dossier-exhibit-text-cut"
        } else {
            "dossier-exhibit-text-cut-detached"
        };
        flow.paragraph(
            &TextStyle::new(Style::Bold, 8.5).color(GREY),
            &tr(lang, key),
            0.0,
        );
    }
}

/// The list of exhibits: for each, its label, its original file name, media type, size, date
/// and SHA-256 (the originals are attached under these names), the page it is printed on, and
/// a warning when its original is missing from the store or no longer matches its SHA-256.
pub fn list(flow: &mut Flow<'_>, d: &Dossier, views: &[ExhibitView], page_of: PageOf<'_>) {
    let lang = d.language;
    let attached = views.iter().any(|v| v.attached);
    let damaged = |v: &ExhibitView| {
        matches!(
            v.note,
            Some("dossier-note-missing" | "dossier-note-mismatch")
        )
    };
    let intro = match (attached, views.iter().any(damaged)) {
        (true, true) => "dossier-exhibit-list-attached-except",
        (true, false) => "dossier-exhibit-list-attached",
        (false, _) => "dossier-exhibit-list-not-attached",
    };
    flow.paragraph(&small(), &tr(lang, intro), 0.0);
    flow.space(4.0);
    let mut table = Table::new(vec![1.0, 5.2]);
    table.size = 8.0;
    table.padding = 3.0;
    table.header = Some(vec![
        Cell::bold(tr(lang, "dossier-exhibit-list-col-exhibit")),
        Cell::bold(tr(lang, "dossier-exhibit-list-col-file")),
    ]);
    table.rows = d
        .exhibits
        .iter()
        .enumerate()
        .map(|(index, e)| {
            let warning = views
                .get(index)
                .filter(|v| damaged(v))
                .and_then(|v| v.note)
                .map(|note| format!("\n⚠ {}", tr(lang, note)))
                .unwrap_or_default();
            let details = format!(
                "{} · {} · {} · {}\n{}{}{}",
                e.file_name,
                e.media_type,
                e.size,
                e.date,
                tr(lang, "dossier-exhibit-sha"),
                colon(lang),
                e.sha256
            ) + &warning;
            // The page under the label, on the line the SHA-256 takes beside it.
            let page = page_of(&exhibit_anchor(e.number)).map_or_else(String::new, |page| {
                tr_args(
                    lang,
                    "dossier-exhibit-list-page",
                    &[("page", FluentValue::from(page))],
                )
            });
            Row::new(vec![
                Cell::bold(format!("{}\n{page}", e.label)),
                Cell::new(details),
            ])
        })
        .collect();
    flow.table(&table);
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::dossier::pdf_exhibit::PageGeometry;
    use crate::dossier::{Paper, frame_for};
    use crate::layout::Fonts;

    fn sample() -> Exhibit {
        Exhibit {
            number: 2,
            label: "Exhibit\u{a0}2".into(),
            id: "a2".into(),
            caption: Some("Chat".into()),
            file_name: "chat.txt".into(),
            media_type: "text/plain".into(),
            date: "3 Sept 2026".into(),
            size: "1 kB".into(),
            bytes: 1000,
            sha256: "0".repeat(64),
            relates: Vec::new(),
            proves: vec!["the promise made on 15 Aug 2026 (Delivery): “10 Sept”".into()],
        }
    }

    fn texts(laid: &crate::layout::Laid) -> String {
        laid.pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|item| match item {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A chat transcript of `lines` numbered lines, printed, its original attached.
    fn chat_view(lines: usize, words: &str) -> ExhibitView {
        let body = (1..=lines)
            .map(|n| format!("[10:{n:02}] {words} {n}"))
            .collect::<Vec<_>>()
            .join("\n");
        ExhibitView {
            text: Some(Printable {
                headers: Vec::new(),
                body,
                cut: false,
            }),
            attached: true,
            ..ExhibitView::default()
        }
    }

    /// Each picture drawn: the page it is on, its width and height.
    fn pictures(laid: &crate::layout::Laid) -> Vec<(usize, f32, f32)> {
        laid.pages
            .iter()
            .enumerate()
            .flat_map(|(index, page)| {
                page.items.iter().filter_map(move |item| match item {
                    Item::Image { w, h, .. } => Some((index, *w, *h)),
                    _ => None,
                })
            })
            .collect()
    }

    fn screenshot() -> (Exhibit, ExhibitView) {
        let e = Exhibit {
            media_type: "image/png".into(),
            file_name: "order.png".into(),
            ..sample()
        };
        let view = ExhibitView {
            picture: Some((1, (1280, 806))),
            attached: true,
            ..ExhibitView::default()
        };
        (e, view)
    }

    /// How tall an exhibit is alone at the top of a page.
    fn height_alone(fonts: &Fonts, frame: Frame, e: &Exhibit, view: &ExhibitView) -> f32 {
        let mut alone = Flow::new(fonts, frame);
        exhibit(&mut alone, Language::En, e, view);
        alone.finish().first_page_height(frame)
    }

    #[test]
    fn photos_are_drawn_narrower_than_screenshots() {
        let frame = frame_for(Paper::A4, Language::En);
        assert!(is_photo("image/jpeg") && is_photo("IMAGE/JPEG"));
        assert!(!is_photo("image/png") && !is_photo("application/pdf"));
        let (w, h) = fit(frame, 1200, 900, true);
        assert!(w <= frame.content_width() * PHOTO_SHARE + 0.01, "{w}");
        assert!((w / h - 1200.0 / 900.0).abs() < 0.01, "the ratio is kept");
        let (portrait_w, portrait_h) = fit(frame, 900, 1200, true);
        assert!(portrait_h <= frame.content_height() * PHOTO_SHARE + 0.01);
        assert!(
            portrait_w <= w + 0.01 && portrait_h > h,
            "{portrait_w}×{portrait_h} against {w}×{h}"
        );
        let (w, _) = fit(frame, 1280, 806, false);
        assert!(
            (w - frame.content_width()).abs() < 0.01,
            "a screenshot takes the width"
        );
        let (w, h) = fit(frame, 200, 100, false);
        assert_eq!((w, h), (200.0, 100.0), "never more than 1 pt per pixel");
    }

    #[test]
    fn a_picture_a_little_too_tall_is_drawn_smaller_under_what_precedes() {
        let fonts = Fonts::dejavu().unwrap();
        let frame = frame_for(Paper::A4, Language::En);
        let (e, view) = screenshot();
        let full = fit(frame, 1280, 806, false).1;
        let whole = height_alone(&fonts, frame, &e, &view);
        // Room for all of it but a tenth of the picture: drawn there, a little smaller.
        let mut flow = Flow::new(&fonts, frame);
        flow.advance(frame.content_height() - whole - 12.0 + full * 0.1);
        exhibit(&mut flow, Language::En, &e, &view);
        let drawn = pictures(&flow.finish());
        assert_eq!(drawn.len(), 1);
        let (page, _, h) = drawn[0];
        assert_eq!(page, 0, "under what precedes");
        assert!(h < full && h >= full * MIN_SHRINK, "{h} of {full}");
        // Room for half the picture: the next page, full size.
        let mut flow = Flow::new(&fonts, frame);
        flow.advance(frame.content_height() - whole - 12.0 + full * 0.5);
        exhibit(&mut flow, Language::En, &e, &view);
        let drawn = pictures(&flow.finish());
        assert_eq!(drawn.len(), 1);
        let (page, _, h) = drawn[0];
        assert_eq!(page, 1, "a page of its own");
        assert!((h - full).abs() < 0.01, "{h} of {full}");
    }

    #[test]
    fn a_text_starts_at_the_foot_of_a_page_and_says_whose_text_goes_on() {
        let fonts = Fonts::dejavu().unwrap();
        let frame = frame_for(Paper::A4, Language::Fr);
        let view = chat_view(40, "Agent : ligne");
        let e = Exhibit {
            label: "Pièce\u{a0}n°\u{a0}2".into(),
            ..sample()
        };
        // A third of a page left: room for the title and the first lines, not for all 40.
        let mut flow = Flow::new(&fonts, frame);
        flow.advance(frame.content_height() * 2.0 / 3.0);
        exhibit(&mut flow, Language::Fr, &e, &view);
        let laid = flow.finish();
        assert_eq!(laid.pages.len(), 2);
        let first = texts(&crate::layout::Laid {
            pages: laid.pages[..1].to_vec(),
            ..laid.clone()
        });
        assert!(first.contains("Pièce\u{a0}n°\u{a0}2 — Chat"), "{first}");
        assert!(first.contains("ligne 1"), "{first}");
        let second = texts(&crate::layout::Laid {
            pages: laid.pages[1..].to_vec(),
            ..laid.clone()
        });
        assert!(
            second.starts_with("Pièce\u{a0}n°\u{a0}2 (suite)"),
            "{second}"
        );
        assert!(second.contains("ligne 40"), "{second}");
        // Too little room for its title and first lines: it starts the next page.
        let mut flow = Flow::new(&fonts, frame);
        flow.advance(frame.content_height() - 60.0);
        exhibit(&mut flow, Language::Fr, &e, &view);
        let laid = flow.finish();
        assert!(
            laid.pages[0].items.is_empty(),
            "nothing at the foot of the first page"
        );
    }

    #[test]
    fn a_long_text_is_cut_after_a_few_pages_and_says_so() {
        let fonts = Fonts::dejavu().unwrap();
        let frame = frame_for(Paper::A4, Language::En);
        let mut flow = Flow::new(&fonts, frame);
        let view = chat_view(2000, "Agent: line");
        exhibit(&mut flow, Language::En, &sample(), &view);
        let laid = flow.finish();
        assert_eq!(laid.pages.len(), MAX_TEXT_PAGES);
        let text = texts(&laid);
        assert!(text.contains("Proves"), "{text}");
        assert!(text.contains("[10:01] Agent: line 1"));
        assert!(!text.contains("line 2000"));
        assert!(text.contains("The text is cut here"));
    }

    #[test]
    fn each_page_of_a_pdf_exhibit_gets_a_page_of_its_own() {
        let fonts = Fonts::dejavu().unwrap();
        let frame = frame_for(Paper::Letter, Language::En);
        let mut flow = Flow::new(&fonts, frame);
        let a4 = PageGeometry {
            bbox: [0.0, 0.0, 595.0, 842.0],
            rotate: 0,
        };
        let landscape = PageGeometry { rotate: 90, ..a4 };
        let view = ExhibitView {
            pdf: Some((
                7,
                PdfPages {
                    pages: vec![a4, landscape, a4],
                    total: 30,
                },
            )),
            attached: true,
            ..ExhibitView::default()
        };
        exhibit(&mut flow, Language::En, &sample(), &view);
        let laid = flow.finish();
        let forms: Vec<(usize, usize, f32, f32)> = laid
            .pages
            .iter()
            .enumerate()
            .flat_map(|(index, page)| {
                page.items.iter().filter_map(move |item| match item {
                    Item::Form {
                        document,
                        page,
                        w,
                        h,
                        ..
                    } => {
                        assert_eq!(*document, 7);
                        Some((index, *page, *w, *h))
                    }
                    _ => None,
                })
            })
            .collect();
        assert_eq!(forms.len(), 3);
        assert_eq!(
            forms.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
            vec![(0, 0), (1, 1), (2, 2)],
            "one page each, in order"
        );
        for (_, page, w, h) in &forms {
            let (dw, dh) = if *page == 1 {
                (842.0, 595.0)
            } else {
                (595.0, 842.0)
            };
            assert!((w / h - dw / dh).abs() < 0.01, "proportions kept");
            assert!(*w <= frame.content_width() + 0.01);
        }
        let text = texts(&laid);
        assert!(text.contains("Only the first 3 of the 30 pages"), "{text}");
        assert!(text.contains("Exhibit\u{a0}2, page 2 of 30"), "{text}");
    }
}

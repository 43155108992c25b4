//! The dossier's pages: cover, contents, the sections and the exhibits, laid out with
//! [`crate::layout`] from the text model; then the footers once the page count is known.

use super::model::{Dossier, Field};
use crate::i18n::{FluentValue, tr, tr_args};
use crate::layout::{
    Cell, Flow, Fonts, Frame, Item, Laid, LinkTarget, Rgb, Row, Style, Table, TextStyle,
};

/// Dark blue for headings and bands.
pub(super) const ACCENT: Rgb = Rgb(0.16, 0.27, 0.45);
/// Grey for secondary text.
pub(super) const GREY: Rgb = Rgb(0.35, 0.37, 0.4);
/// Background of flagged rows (the words say it too).
const FLAG_FILL: Rgb = Rgb(1.0, 0.93, 0.8);
/// Dark red for marks (the words say it too).
pub(super) const FLAG_TEXT: Rgb = Rgb(0.6, 0.1, 0.05);

/// A section of the body, with its anchor and the i18n key of its title.
pub const SECTIONS: [(&str, &str); 7] = [
    ("sec-summary", "dossier-section-summary"),
    ("sec-chronology", "dossier-section-chronology"),
    ("sec-promises", "dossier-section-promises"),
    ("sec-contradictions", "dossier-section-contradictions"),
    ("sec-effort", "dossier-section-effort"),
    ("sec-exhibit-list", "dossier-section-exhibit-list"),
    ("sec-exhibits", "dossier-section-exhibits"),
];

/// The anchor of exhibit `n`.
pub fn exhibit_anchor(number: u32) -> String {
    format!("exhibit-{number}")
}

pub use super::exhibit_pages::ExhibitView;

fn h1() -> TextStyle {
    TextStyle::new(Style::Bold, 15.0).color(ACCENT)
}

pub(super) fn h2() -> TextStyle {
    TextStyle::new(Style::Bold, 11.0).color(ACCENT)
}

fn text() -> TextStyle {
    TextStyle::new(Style::Regular, 10.0)
}

pub(super) fn small() -> TextStyle {
    TextStyle::new(Style::Regular, 8.0).color(GREY)
}

pub(super) fn key_values(fields: &[Field], widths: Vec<f32>, size: f32) -> Table {
    let mut table = Table::new(widths);
    table.size = size;
    table.stripe = None;
    table.border = Some(Rgb(0.82, 0.84, 0.87));
    table.rows = fields
        .iter()
        .map(|(k, v)| Row::new(vec![Cell::bold(k.clone()), Cell::new(v.clone())]))
        .collect();
    table
}

/// The cover page.
pub fn cover(fonts: &Fonts, frame: Frame, d: &Dossier) -> Laid {
    let lang = d.language;
    let mut flow = Flow::new(fonts, frame);
    let width = frame.page.width;
    let band = 28.0;
    flow.push(Item::Rect {
        x: 0.0,
        y: frame.page.height - band,
        w: width,
        h: band,
        fill: Some(ACCENT),
        stroke: None,
    });
    let label = TextStyle::new(Style::Bold, 11.0).color(ACCENT);
    flow.line(
        &label,
        frame.left,
        &tr(lang, "dossier-label").to_uppercase(),
    );
    flow.space(4.0);
    let title = TextStyle::new(Style::Bold, 18.0);
    flow.paragraph(&title, &d.title, 0.0);
    flow.space(4.0);
    flow.paragraph(&small().color(GREY), &d.prepared_on, 0.0);
    flow.space(4.0);
    super::claim_layout::claim_sheet(&mut flow, &d.claim, ACCENT);
    flow.space(14.0);
    flow.heading(&h2(), &tr(lang, "dossier-key-figures"), None, 80.0);
    flow.space(4.0);
    // The headline, which restates these figures in words, opens the summary's "what the
    // record shows" instead of repeating here.
    figures(&mut flow, &d.figures);
    // The next deadline is on the claim sheet above.
    flow.finish()
}

/// Key figures as a grid of boxes: a big number over its label.
fn figures(flow: &mut Flow<'_>, figures: &[Field]) {
    let frame = flow.frame();
    let columns = 3;
    let gap = 8.0;
    let box_w = (frame.content_width() - gap * (columns as f32 - 1.0)) / columns as f32;
    let box_h = 52.0;
    let number = TextStyle::new(Style::Bold, 20.0).color(ACCENT);
    let caption = TextStyle::new(Style::Regular, 8.5);
    for chunk in figures.chunks(columns) {
        flow.ensure(box_h + gap);
        let top = flow.y();
        for (i, (value, label)) in chunk.iter().enumerate() {
            let x = frame.left + i as f32 * (box_w + gap);
            flow.push(Item::Rect {
                x,
                y: top - box_h,
                w: box_w,
                h: box_h,
                fill: Some(Rgb(0.95, 0.96, 0.98)),
                stroke: Some((Rgb(0.75, 0.78, 0.84), 0.6)),
            });
            flow.text_at(x + 8.0, number.baseline(top - 4.0), &number, value);
            let lines = flow.wrap_lines(&caption, label, box_w - 16.0);
            let mut line_top = top - 4.0 - number.line_height();
            for line in lines.iter().take(2) {
                flow.text_at(x + 8.0, caption.baseline(line_top), &caption, line);
                line_top -= caption.line_height();
            }
        }
        flow.set_y(top - box_h - gap);
    }
}

/// A contents entry: title, anchor, nesting level.
pub type TocEntry = (String, String, u8);

/// The anchor of the contents' title.
pub const CONTENTS_ANCHOR: &str = "contents";

/// The printed page number of an anchor, once a first layout has found it (`None` before).
pub type PageOf<'a> = &'a dyn Fn(&str) -> Option<usize>;

/// The contents, laid out in `flow` under its title (anchored [`CONTENTS_ANCHOR`]). Its height
/// does not depend on the page numbers it shows.
fn contents(
    flow: &mut Flow<'_>,
    lang: crate::domain::Language,
    entries: &[TocEntry],
    page_of: PageOf<'_>,
) {
    let frame = flow.frame();
    flow.heading(
        &h1(),
        &tr(lang, "dossier-contents"),
        Some(CONTENTS_ANCHOR),
        20.0,
    );
    flow.space(8.0);
    let width = frame.content_width();
    for (title, anchor, level) in entries {
        let style = if *level == 0 {
            TextStyle::new(Style::Bold, 10.5)
        } else {
            TextStyle::new(Style::Regular, 9.5)
        };
        let indent = f32::from(*level) * 16.0;
        let number = page_of(anchor).map(|p| p.to_string()).unwrap_or_default();
        let number_width = flow.measure(&style, &number);
        let mut lines = flow.wrap_lines(&style, title, width - indent - 40.0);
        lines.truncate(1);
        let line = lines.pop().unwrap_or_default();
        flow.ensure(style.line_height() + 3.0);
        let top = flow.y();
        let baseline = style.baseline(top);
        flow.text_at(frame.left + indent, baseline, &style, &line);
        flow.text_at(frame.left + width - number_width, baseline, &style, &number);
        flow.link(
            frame.left,
            top - style.line_height(),
            width,
            style.line_height(),
            LinkTarget::Anchor(anchor.clone()),
        );
        flow.advance(style.line_height() + 3.0);
        flow.count_lines(1);
    }
}

/// A section's title with its anchor and rule.
fn section(flow: &mut Flow<'_>, lang: crate::domain::Language, index: usize, keep: f32) {
    if let Some((anchor, key)) = SECTIONS.get(index) {
        flow.space(14.0);
        flow.heading(&h1(), &tr(lang, key), Some(anchor), keep);
        flow.rule(ACCENT, 0.8);
        flow.space(6.0);
    }
}

/// Space between the cover's figures and what follows them on the cover page.
const UNDER_COVER_GAP: f32 = 18.0;

/// The body after the `cover`'s pages: the `toc` when given, every section and the exhibits;
/// `page_of` gives the page numbers the contents and the list of exhibits show.
/// The contents follows the cover's figures on their page when all of it fits there, else
/// starts a page, and the summary follows the contents. Without contents, the summary follows
/// the cover's figures on their page when all of it fits there, else starts a page. The
/// chronology follows the summary on its page when a third of the page is left (never on the
/// cover page). No page is left mostly empty.
pub fn body(
    fonts: &Fonts,
    frame: Frame,
    d: &Dossier,
    views: &[ExhibitView],
    cover: Laid,
    toc: Option<&[TocEntry]>,
    page_of: PageOf<'_>,
) -> Laid {
    let cover_pages = cover.pages.len();
    let mut alone = Flow::new(fonts, frame);
    match toc {
        Some(toc) => contents(&mut alone, d.language, toc, page_of),
        None => summary(&mut alone, d),
    }
    let alone = alone.finish();
    let mut flow = Flow::resume(fonts, frame, cover);
    let fits = alone.pages.len() == 1
        && alone.first_page_height(frame) + UNDER_COVER_GAP <= flow.remaining();
    if fits {
        flow.advance(UNDER_COVER_GAP);
    } else {
        flow.new_page();
    }
    if let Some(toc) = toc {
        contents(&mut flow, d.language, toc, page_of);
    }
    summary(&mut flow, d);
    after_summary(flow, frame, d, views, cover_pages, page_of)
}

/// The summary of facts: the consumer's words, then what the record shows.
fn summary(flow: &mut Flow<'_>, d: &Dossier) {
    let lang = d.language;
    let none = tr(lang, "dossier-none");
    section(flow, lang, 0, 40.0);
    if let Some(narrative) = &d.narrative {
        flow.heading(&h2(), &tr(lang, "dossier-narrative"), None, 30.0);
        flow.paragraph(&text(), narrative, 0.0);
        flow.space(8.0);
    }
    flow.heading(&h2(), &tr(lang, "dossier-generated-summary"), None, 30.0);
    if !d.headline.trim().is_empty() {
        flow.paragraph(&TextStyle::new(Style::Bold, 10.0), &d.headline, 0.0);
    }
    for line in &d.summary {
        flow.paragraph(&text(), &format!("• {line}"), 0.0);
    }
    if d.headline.trim().is_empty() && d.summary.is_empty() {
        flow.paragraph(&text(), &none, 0.0);
    }
}

/// The rest of the body, from the chronology on.
fn after_summary(
    mut flow: Flow<'_>,
    frame: Frame,
    d: &Dossier,
    views: &[ExhibitView],
    cover_pages: usize,
    page_of: PageOf<'_>,
) -> Laid {
    let lang = d.language;
    let none = tr(lang, "dossier-none");
    let section = |flow: &mut Flow<'_>, index: usize, keep: f32| section(flow, lang, index, keep);

    // Legal basis and deadlines, right after the summary.
    super::law::lay_out(&mut flow, &d.law, lang, ACCENT, GREY);

    // Chronology: after the summary on its page when a sixth of the page is left (its title,
    // the people list's header and first rows).
    if flow.page_index() < cover_pages || flow.remaining() < frame.content_height() / 6.0 {
        flow.new_page();
    }
    section(&mut flow, 1, 60.0);
    chronology(&mut flow, d);

    // Promises: one row per obligation, its restatements as history.
    section(&mut flow, 2, 60.0);
    promises(&mut flow, d);

    // Contradictions, values side by side.
    section(&mut flow, 3, 60.0);
    if d.contradictions.is_empty() {
        flow.paragraph(&text(), &none, 0.0);
    }
    for block in &d.contradictions {
        flow.heading(&h2(), &block.topic, None, 60.0);
        flow.paragraph(&small(), &block.kind, 0.0);
        flow.space(3.0);
        let mut table = Table::new(vec![1.0; block.versions.len().max(1)]);
        table.size = 8.5;
        table.stripe = None;
        table.header = Some(
            block
                .versions
                .iter()
                .map(|v| Cell::bold(v.label.clone()))
                .collect(),
        );
        table.rows = vec![
            Row {
                cells: block
                    .versions
                    .iter()
                    .map(|v| {
                        let mut cell = Cell::bold(v.value.clone());
                        cell.color = Some(FLAG_TEXT);
                        cell
                    })
                    .collect(),
                fill: Some(FLAG_FILL),
            },
            Row::new(
                block
                    .versions
                    .iter()
                    .map(|v| Cell::new(v.carriers.join("\n\n")))
                    .collect(),
            ),
        ];
        flow.table(&table);
        flow.space(10.0);
    }

    // Contact effort.
    section(&mut flow, 4, 60.0);
    if !d.effort_channels.is_empty() {
        let mut table = Table::new(vec![2.0, 1.0, 1.0]);
        table.size = 9.0;
        table.header = Some(
            [
                "dossier-col-count-channel",
                "dossier-col-outgoing",
                "dossier-col-incoming",
            ]
            .iter()
            .map(|k| Cell::bold(tr(lang, k)))
            .collect(),
        );
        table.rows = d
            .effort_channels
            .iter()
            .map(|c| Row::new(c.iter().map(|t| Cell::new(t.clone())).collect()))
            .collect();
        flow.table(&table);
        flow.space(10.0);
    }
    flow.table(&key_values(&d.effort, vec![1.4, 2.0], 9.0));

    // The consumer's declaration closes the body, before the exhibits (the annexes).
    super::claim_layout::declaration(&mut flow, &d.declaration, ACCENT);

    // The list of exhibits, the annexes' index: every file's name, size, type, SHA-256 and
    // page, in one place, after the declaration on its page when there is room.
    if !d.exhibits.is_empty() {
        section(&mut flow, 5, 60.0);
        super::exhibit_pages::list(&mut flow, d, views, page_of);
    }

    // Exhibits: after the effort figures on their page when a third of the page is left (an
    // exhibit that does not fit starts the next page, its section title with it).
    if flow.remaining() < frame.content_height() / 3.0 {
        flow.new_page();
    }
    section(&mut flow, 6, 40.0);
    if d.exhibits.is_empty() {
        flow.paragraph(&text(), &none, 0.0);
    }
    for (exhibit, view) in d.exhibits.iter().zip(
        views
            .iter()
            .chain(std::iter::repeat(&ExhibitView::default())),
    ) {
        super::exhibit_pages::exhibit(&mut flow, lang, exhibit, view);
    }
    flow.finish()
}

/// The chronology: the people list, then one row per contact with the promises and
/// statements made in it under its summary.
fn chronology(flow: &mut Flow<'_>, d: &Dossier) {
    let lang = d.language;
    let header = |keys: &[&str]| -> Option<Vec<Cell>> {
        Some(keys.iter().map(|k| Cell::bold(tr(lang, k))).collect())
    };
    if !d.people.is_empty() {
        flow.heading(&h2(), &tr(lang, "dossier-people"), None, 40.0);
        let mut table = Table::new(vec![1.5, 2.0, 2.4, 1.6]);
        table.size = 7.5;
        table.padding = 2.5;
        table.header = header(&[
            "dossier-col-person",
            "dossier-col-role",
            "dossier-col-details",
            "dossier-col-contacts",
        ]);
        table.rows = d
            .people
            .iter()
            .map(|p| {
                Row::new(vec![
                    Cell::bold(p.name.clone()),
                    Cell::new(p.role.clone()),
                    Cell::new(p.details.clone()),
                    Cell::new(p.contacts.clone()),
                ])
            })
            .collect();
        flow.table(&table);
        flow.space(8.0);
    }
    flow.paragraph(
        &small(),
        &format!(
            "{} {}",
            d.chronology_legend,
            tr(lang, "dossier-chronology-lines")
        ),
        0.0,
    );
    flow.space(4.0);
    if d.chronology.is_empty() {
        flow.paragraph(&text(), &tr(lang, "dossier-none"), 0.0);
        return;
    }
    // Widths in points of an A4 page's 493 (scaled to the page): the marks and a reference
    // such as "TC-2026-884517" fit their column whole at this size.
    let mut table = Table::new(vec![60.0, 82.0, 200.0, 50.0, 86.0]);
    table.size = 7.5;
    table.padding = 2.5;
    table.header = header(&[
        "dossier-col-when",
        "dossier-col-channel-who",
        "dossier-col-what",
        "dossier-col-outcome",
        "dossier-col-marks",
    ]);
    table.rows = d
        .chronology
        .iter()
        .map(|r| {
            let mut marks = Cell::bold(r.marks.clone());
            marks.color = Some(FLAG_TEXT);
            let mut what = r.what.clone();
            for line in &r.lines {
                if !what.is_empty() {
                    what.push('\n');
                }
                what.push_str(line);
            }
            let channel = [r.channel.as_str(), r.who.as_str(), r.reference.as_str()]
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join("\n");
            Row {
                cells: vec![
                    Cell::new(r.when.clone()),
                    Cell::new(channel),
                    Cell::new(what),
                    Cell::new(r.outcome.clone()),
                    marks,
                ],
                fill: r.flagged.then_some(FLAG_FILL),
            }
        })
        .collect();
    flow.table(&table);
}

/// The promises table: one row per obligation, each restatement with its date under the
/// promise's words, the days late counted from the first due date.
fn promises(flow: &mut Flow<'_>, d: &Dossier) {
    let lang = d.language;
    if d.promises.is_empty() {
        flow.paragraph(&text(), &tr(lang, "dossier-none"), 0.0);
        return;
    }
    let mut table = Table::new(vec![3.2, 1.3, 1.6, 1.3, 1.25, 1.0]);
    table.size = 8.0;
    table.header = Some(
        [
            "dossier-col-promise",
            "dossier-col-made",
            "dossier-col-source",
            "dossier-col-first-due",
            "dossier-col-status",
            "dossier-col-days-late",
        ]
        .iter()
        .map(|k| Cell::bold(tr(lang, k)))
        .collect(),
    );
    table.rows = d
        .promises
        .iter()
        .map(|p| {
            let mut status = Cell::bold(p.status.clone());
            if p.flagged {
                status.color = Some(FLAG_TEXT);
            }
            let mut promise = p.text.clone();
            for step in &p.history {
                promise.push_str("\n↻ ");
                promise.push_str(step);
            }
            Row {
                cells: vec![
                    Cell::new(promise),
                    Cell::new(p.made.clone()),
                    Cell::new(p.source.clone()),
                    Cell::new(p.due.clone()),
                    status,
                    Cell::new(p.days_late.clone()),
                ],
                fill: p.flagged.then_some(FLAG_FILL),
            }
        })
        .collect();
    flow.table(&table);
}

/// Adds the footer to every page: title, preparation date, "page X / Y".
pub fn footers(fonts: &Fonts, frame: Frame, d: &Dossier, laid: &mut Laid) {
    let total = laid.pages.len();
    let style = TextStyle::new(Style::Regular, 7.5).color(GREY);
    let width = frame.content_width();
    // Shorten the title so the footer stays on one line.
    let mut title = d.title.clone();
    let probe = |title: &str| {
        tr_args(
            d.language,
            "dossier-footer",
            &[
                ("title", FluentValue::from(title.to_owned())),
                ("date", FluentValue::from(d.prepared_date.clone())),
                ("page", FluentValue::from(total)),
                ("total", FluentValue::from(total)),
            ],
        )
    };
    while fonts.width(Style::Regular, &probe(&title), style.size) > width
        && title.chars().count() > 8
    {
        let keep = title.chars().count().saturating_sub(4);
        title = title
            .chars()
            .take(keep)
            .collect::<String>()
            .trim_end()
            .to_owned()
            + "…";
    }
    for (index, page) in laid.pages.iter_mut().enumerate() {
        let text = tr_args(
            d.language,
            "dossier-footer",
            &[
                ("title", FluentValue::from(title.clone())),
                ("date", FluentValue::from(d.prepared_date.clone())),
                ("page", FluentValue::from(index + 1)),
                ("total", FluentValue::from(total)),
            ],
        );
        let mut flow = Flow::new(fonts, frame);
        let text = fonts.clean(Style::Regular, &text);
        let w = fonts.width(Style::Regular, &text, style.size);
        let y = frame.bottom * 0.5;
        flow.push(Item::Line {
            x1: frame.left,
            y1: y + 10.0,
            x2: frame.left + width,
            y2: y + 10.0,
            color: Rgb(0.8, 0.82, 0.85),
            width: 0.4,
        });
        flow.text_at(frame.left + (width - w) / 2.0, y, &style, &text);
        if let Some(footer) = flow.finish().pages.pop() {
            page.items.extend(footer.items);
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use crate::layout::{Fonts, Style};

    #[test]
    fn every_dossier_message_prints_without_replacement_characters() {
        let fonts = Fonts::dejavu().unwrap();
        for file in [
            include_str!("../../assets/locales/en-US/dossier.ftl"),
            include_str!("../../assets/locales/fr-FR/dossier.ftl"),
        ] {
            for line in file.lines().filter(|l| !l.starts_with('#')) {
                for ch in line.chars().filter(|c| !c.is_control()) {
                    assert!(fonts.has_glyph(Style::Regular, ch), "{ch:?} in {line}");
                    assert!(fonts.has_glyph(Style::Bold, ch), "{ch:?} (bold) in {line}");
                }
            }
        }
    }
}

//! The claim sheet's and the declaration's layout: blocks of label–value rows under small
//! headings on page 1; the declaration as a short signed statement before the exhibits.

use super::claim::{ClaimSheet, Declaration};
use crate::layout::{Cell, Flow, Rgb, Row, Style, Table, TextStyle};

/// The anchor of the declaration.
pub const DECLARATION_ANCHOR: &str = "sec-declaration";

/// The anchor of the claim sheet.
pub const CLAIM_ANCHOR: &str = "sec-claim";

/// Lays the claim sheet out where the flow stands (on the cover page, under the title).
pub fn claim_sheet(flow: &mut Flow<'_>, sheet: &ClaimSheet, accent: Rgb) {
    let heading = TextStyle::new(Style::Bold, 9.5).color(accent);
    flow.anchor(CLAIM_ANCHOR);
    // The parties side by side: a column each, their labels as the header.
    flow.space(4.0);
    flow.heading(&heading, &sheet.parties.heading, None, 30.0);
    flow.space(1.5);
    let mut parties = table(vec![1.0; sheet.parties.rows.len().max(1)]);
    parties.header = Some(
        sheet
            .parties
            .rows
            .iter()
            .map(|(label, _)| Cell::bold(label.clone()))
            .collect(),
    );
    parties.header_fill = Rgb(0.93, 0.94, 0.96);
    parties.header_color = Rgb(0.1, 0.1, 0.1);
    parties.rows = vec![Row::new(
        sheet
            .parties
            .rows
            .iter()
            .map(|(_, value)| Cell::new(value.clone()))
            .collect(),
    )];
    flow.table(&parties);
    for block in &sheet.blocks {
        flow.space(4.0);
        flow.heading(&heading, &block.heading, None, 30.0);
        flow.space(1.5);
        let mut rows = table(vec![1.2, 3.6]);
        rows.rows = block
            .rows
            .iter()
            .map(|(label, value)| {
                Row::new(vec![Cell::bold(label.clone()), Cell::new(value.clone())])
            })
            .collect();
        flow.table(&rows);
    }
}

/// A compact bordered table for the claim sheet.
fn table(widths: Vec<f32>) -> Table {
    let mut table = Table::new(widths);
    table.size = 8.0;
    table.padding = 2.2;
    table.stripe = None;
    table.border = Some(Rgb(0.82, 0.84, 0.87));
    table
}

/// Lays the declaration out: heading, the statement, name, place and date, a signature line.
pub fn declaration(flow: &mut Flow<'_>, declaration: &Declaration, accent: Rgb) {
    let h1 = TextStyle::new(Style::Bold, 15.0).color(accent);
    let text = TextStyle::new(Style::Regular, 10.0);
    let bold = TextStyle::new(Style::Bold, 10.0);
    // The whole declaration stays on one page.
    flow.space(14.0);
    flow.ensure(10.0 * text.line_height() + 40.0);
    flow.heading(&h1, &declaration.heading, Some(DECLARATION_ANCHOR), 80.0);
    flow.rule(accent, 0.8);
    flow.space(8.0);
    flow.paragraph(&text, &declaration.text, 0.0);
    flow.space(10.0);
    flow.paragraph(&bold, &declaration.name, 0.0);
    flow.space(4.0);
    flow.paragraph(&text, &declaration.place_date, 0.0);
    flow.space(18.0);
    flow.paragraph(&text, &declaration.signature, 0.0);
    flow.space(28.0);
    let frame = flow.frame();
    let y = flow.y();
    flow.push(crate::layout::Item::Line {
        x1: frame.left,
        y1: y,
        x2: frame.left + frame.content_width() * 0.45,
        y2: y,
        color: Rgb(0.2, 0.2, 0.2),
        width: 0.6,
    });
    flow.space(6.0);
}

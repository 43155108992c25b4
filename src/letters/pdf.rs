//! A letter as PDF, through the dossier's layout engine and fonts: the address blocks placed for
//! a window envelope (A4: French DL window on the right, 110 mm from the left and 50 mm from the
//! top; Letter: US #10 window, 7/8 in from the left and 2 in from the top), then the body flowing
//! on one or two pages, the chargeback annex on pages of its own. Same inputs, same bytes.

use super::edited::Piece;
use super::{Letter, Role};
use crate::domain::Language;
use crate::dossier::{DossierError, Paper, PlainMeta, write_plain_pdf};
use crate::layout::{
    Cell, Flow, Fonts, Frame, Laid, MM, PageSize, Row, Style, Table, TextStyle, Typography,
};
use chrono::{DateTime, Utc};

/// Why the PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum LetterPdfError {
    /// The built-in fonts could not be read.
    #[error("the fonts could not be loaded: {0}")]
    Fonts(#[from] crate::layout::FontError),
    /// Writing the PDF failed.
    #[error(transparent)]
    Pdf(#[from] DossierError),
}

/// Where the recipient's block goes: (left, top from the top edge) in points.
fn window(paper: Paper) -> (PageSize, f32, f32) {
    match paper {
        Paper::A4 => (PageSize::A4, 110.0 * MM, 50.0 * MM),
        Paper::Letter => (PageSize::LETTER, 63.0, 144.0),
    }
}

/// A list item: a dash in the margin, the text wrapped with a hanging indent.
fn bullet(flow: &mut Flow<'_>, style: &TextStyle, text: &str, indent: f32) {
    let frame = flow.frame();
    let lines = flow.wrap_lines(style, text, frame.content_width() - indent);
    for (i, line) in lines.iter().enumerate() {
        flow.ensure(style.line_height());
        if i == 0 {
            let baseline = style.baseline(flow.y());
            flow.text_at(frame.left + 1.5 * MM, baseline, style, "–");
        }
        flow.line(style, frame.left + indent, line);
    }
}

/// The page frame of a letter.
fn frame_of(letter: &Letter) -> Frame {
    let (page, _, _) = window(letter.paper);
    Frame {
        page,
        left: 20.0 * MM,
        right: 20.0 * MM,
        top: 15.0 * MM,
        bottom: 18.0 * MM,
        typography: match letter.language {
            Language::Fr => Typography::French,
            Language::En => Typography::English,
        },
    }
}

/// Lays the letter out on pages.
pub fn lay_out(fonts: &Fonts, letter: &Letter) -> Laid {
    let (page, window_left, window_top) = window(letter.paper);
    let frame = frame_of(letter);
    let regular = TextStyle::new(Style::Regular, 10.0);
    let bold = TextStyle::new(Style::Bold, 10.0);
    let heading = TextStyle::new(Style::Bold, 10.5);
    let mut flow = Flow::new(fonts, frame);

    for line in &letter.sender {
        flow.line(&regular, frame.left, line);
    }
    let sender_end = flow.y();
    flow.set_y((page.height - window_top).min(sender_end - 8.0));
    let block_width = page.width - frame.right - window_left;
    for line in &letter.recipient {
        for part in flow.wrap_lines(&regular, line, block_width) {
            flow.line(&regular, window_left, &part);
        }
    }
    flow.space(14.0);
    let x_date = if letter.paper == Paper::A4 {
        window_left
    } else {
        frame.left
    };
    flow.line(&regular, x_date, &letter.place_date);
    flow.space(14.0);
    if let Some(mode) = &letter.sending_mode {
        flow.paragraph(&bold, mode, 0.0);
    }
    flow.paragraph(&bold, &letter.subject, 0.0);
    flow.space(8.0);

    let item_indent = 5.0 * MM;
    for block in &letter.body {
        match block.role {
            Role::Heading => {
                flow.space(4.0);
                flow.heading(&heading, &block.text, None, regular.line_height() * 2.0);
            }
            Role::Paragraph => {
                flow.paragraph(&regular, &block.text, 0.0);
                flow.space(5.0);
            }
            Role::Item => {
                bullet(&mut flow, &regular, &block.text, item_indent);
                flow.space(2.0);
            }
        }
    }
    flow.space(10.0);
    for line in &letter.signature {
        flow.line(&bold, x_date, line);
    }
    flow.space(10.0);
    flow.paragraph(&bold, &letter.enclosures_title, 0.0);
    for enclosure in &letter.enclosures {
        bullet(&mut flow, &regular, enclosure, item_indent);
    }

    if let Some(annex) = &letter.annex {
        flow.new_page();
        flow.heading(&heading, &annex.title, None, 40.0);
        flow.space(6.0);
        let w = frame.content_width();
        let mut table = Table::new(vec![w * 0.2, w * 0.25, w * 0.3, w * 0.25]);
        table.header = Some(annex.header.iter().map(Cell::bold).collect());
        table.rows = annex
            .rows
            .iter()
            .map(|r| {
                Row::new(vec![
                    Cell::new(r.date.clone()),
                    Cell::new(r.person.clone()),
                    Cell::new(r.channel.clone()),
                    Cell::new(r.outcome.clone()),
                ])
            })
            .collect();
        flow.table(&table);
    }
    flow.finish()
}

/// Lays out the user's edited `text` of `letter` like the generated letter: the first block of
/// lines (the sender) top left, the second (the recipient) in the envelope window, the third
/// (place and date) below it, then the paragraphs and list items, wrapped to the page.
pub fn lay_out_edited(fonts: &Fonts, letter: &Letter, text: &str) -> Laid {
    let (page, window_left, window_top) = window(letter.paper);
    let frame = frame_of(letter);
    let regular = TextStyle::new(Style::Regular, 10.0);
    let bold = TextStyle::new(Style::Bold, 10.0);
    let mut flow = Flow::new(fonts, frame);
    let x_date = if letter.paper == Paper::A4 {
        window_left
    } else {
        frame.left
    };
    let item_indent = 5.0 * MM;
    // Which block of lines (between blank lines) a piece is in.
    let mut block = 0;
    let mut previous_blank = false;
    for piece in super::edited::pieces(text) {
        match piece {
            Piece::Blank => {
                if !previous_blank {
                    block += 1;
                }
                previous_blank = true;
                if block > 2 {
                    flow.space(regular.line_height() * 0.8);
                }
                continue;
            }
            Piece::Line(line) if block == 1 => {
                if previous_blank {
                    let sender_end = flow.y();
                    flow.set_y((page.height - window_top).min(sender_end - 8.0));
                }
                for part in flow.wrap_lines(&regular, &line, page.width - frame.right - window_left)
                {
                    flow.line(&regular, window_left, &part);
                }
            }
            Piece::Line(line) if block == 2 => {
                if previous_blank {
                    flow.space(14.0);
                }
                flow.line(&regular, x_date, &line);
            }
            Piece::Line(line) => {
                // The lines the generated letter sets in bold stay bold when left as they were.
                let strong = line == letter.subject
                    || letter.sending_mode.as_ref() == Some(&line)
                    || letter
                        .body
                        .iter()
                        .any(|b| b.role == Role::Heading && b.text == line)
                    || letter.signature.contains(&line)
                    || line == letter.enclosures_title;
                flow.paragraph(if strong { &bold } else { &regular }, &line, 0.0);
            }
            Piece::Item(item) => bullet(&mut flow, &regular, &item, item_indent),
        }
        previous_blank = false;
    }
    flow.finish()
}

/// The letter as PDF bytes, dated `date` in its metadata.
pub fn render(letter: &Letter, date: DateTime<Utc>) -> Result<Vec<u8>, LetterPdfError> {
    let fonts = Fonts::dejavu()?;
    let laid = lay_out(&fonts, letter);
    write(&fonts, letter, laid, date)
}

/// The user's edited `text` of `letter` as PDF bytes (see [`lay_out_edited`]), with the
/// letter's metadata, dated `date`.
pub fn render_edited(
    letter: &Letter,
    text: &str,
    date: DateTime<Utc>,
) -> Result<Vec<u8>, LetterPdfError> {
    let fonts = Fonts::dejavu()?;
    let laid = lay_out_edited(&fonts, letter, text);
    write(&fonts, letter, laid, date)
}

/// Writes laid-out pages through the dossier's plain-PDF writer.
fn write(
    fonts: &Fonts,
    letter: &Letter,
    mut laid: Laid,
    date: DateTime<Utc>,
) -> Result<Vec<u8>, LetterPdfError> {
    let (page, _, _) = window(letter.paper);
    let meta = PlainMeta {
        title: letter.title.clone(),
        author: letter.signature.first().cloned().unwrap_or_default(),
        subject: letter.subject.clone(),
        language: letter.language,
        date,
    };
    let mut out = Vec::new();
    write_plain_pdf(fonts, page, &mut laid, &meta, &mut out)?;
    Ok(out)
}

//! A letter as plain UTF-8 text wrapped at 72 columns, with the same words as the PDF, for
//! pasting into an email.

use super::{Letter, Role};

/// The column text is wrapped at.
pub const COLUMNS: usize = 72;

/// Appends `text` wrapped at [`COLUMNS`], the first line after `first`, the others after `rest`.
fn wrapped(out: &mut String, text: &str, first: &str, rest: &str) {
    let width = COLUMNS - first.chars().count();
    let mut count = |s: &str| s.chars().count() as f32;
    for (i, line) in crate::layout::wrap(text, width as f32, &mut count)
        .iter()
        .enumerate()
    {
        out.push_str(if i == 0 { first } else { rest });
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

/// The letter as text.
pub fn render(letter: &Letter) -> String {
    let mut out = String::new();
    for line in &letter.sender {
        wrapped(&mut out, line, "", "");
    }
    out.push('\n');
    for line in &letter.recipient {
        wrapped(&mut out, line, "", "");
    }
    out.push('\n');
    wrapped(&mut out, &letter.place_date, "", "");
    out.push('\n');
    if let Some(mode) = &letter.sending_mode {
        wrapped(&mut out, mode, "", "");
    }
    wrapped(&mut out, &letter.subject, "", "");
    out.push('\n');
    for block in &letter.body {
        match block.role {
            Role::Heading => {
                if !out.ends_with("\n\n") {
                    out.push('\n');
                }
                wrapped(&mut out, &block.text, "", "");
                out.push('\n');
            }
            Role::Paragraph => {
                if !out.ends_with("\n\n") {
                    out.push('\n');
                }
                wrapped(&mut out, &block.text, "", "");
                out.push('\n');
            }
            Role::Item => wrapped(&mut out, &block.text, "- ", "  "),
        }
    }
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    out.push('\n');
    for line in &letter.signature {
        wrapped(&mut out, line, "", "");
    }
    out.push('\n');
    wrapped(&mut out, &letter.enclosures_title, "", "");
    for enclosure in &letter.enclosures {
        wrapped(&mut out, enclosure, "- ", "  ");
    }
    if let Some(annex) = &letter.annex {
        out.push_str("\n\n");
        wrapped(&mut out, &annex.title, "", "");
        out.push('\n');
        wrapped(&mut out, &annex.header.join(" | "), "", "");
        for row in &annex.rows {
            let line = [&row.date, &row.person, &row.channel, &row.outcome]
                .map(String::as_str)
                .join(" | ");
            wrapped(&mut out, &line, "- ", "  ");
        }
    }
    out
}

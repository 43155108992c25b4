//! A letter's text as the user edited it in the app's preview: read back into the pieces the
//! text writer made (lines, list items, blank lines), undoing its wrapping at 72 columns, so the
//! PDF can lay the edited words out like a generated letter and the text can be wrapped again.

use super::text::COLUMNS;

/// One piece of an edited letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// A line, or a paragraph the writer had wrapped (joined again).
    Line(String),
    /// A list item (`- …`, its continuation lines joined).
    Item(String),
    /// A blank line.
    Blank,
}

/// Whether `next` continues the line before it: the text writer breaks a line only where the
/// next word would not fit in [`COLUMNS`], so a break before a word that would have fit is the
/// user's own and is kept.
fn continues(previous_width: usize, next: &str) -> bool {
    let word = next.split(' ').next().unwrap_or_default().chars().count();
    previous_width + 1 + word > COLUMNS
}

/// The pieces of `text`, wrapped lines joined again.
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    // The width of the last physical line, with its prefix.
    let mut last_width = 0;
    for raw in text.lines() {
        let line = raw.trim_end();
        let width = line.chars().count();
        if line.is_empty() {
            out.push(Piece::Blank);
        } else if let Some(item) = line.strip_prefix("- ") {
            out.push(Piece::Item(item.to_owned()));
        } else if let (Some(rest), Some(Piece::Item(item))) =
            (line.strip_prefix("  "), out.last_mut())
            && continues(last_width, rest.trim_start())
        {
            item.push(' ');
            item.push_str(rest.trim_start());
        } else if let Some(Piece::Line(previous)) = out.last_mut()
            && continues(last_width, line)
        {
            previous.push(' ');
            previous.push_str(line);
        } else {
            out.push(Piece::Line(line.to_owned()));
        }
        last_width = width;
    }
    while out.last() == Some(&Piece::Blank) {
        out.pop();
    }
    out
}

/// `text` wrapped again at [`COLUMNS`] (lines the user made longer are wrapped; their own line
/// breaks are kept): what *Copy text* and a text export give.
pub fn rewrap(text: &str) -> String {
    let mut count = |s: &str| s.chars().count() as f32;
    let mut out = String::new();
    for piece in pieces(text) {
        let (body, first, rest) = match &piece {
            Piece::Blank => {
                out.push('\n');
                continue;
            }
            Piece::Line(line) => (line, "", ""),
            Piece::Item(item) => (item, "- ", "  "),
        };
        let width = (COLUMNS - first.chars().count()) as f32;
        for (i, line) in crate::layout::wrap(body, width, &mut count)
            .iter()
            .enumerate()
        {
            out.push_str(if i == 0 { first } else { rest });
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_paragraphs_and_items_are_joined_but_the_users_breaks_are_kept() {
        let long = "word ".repeat(30);
        let long = long.trim();
        let mut text = String::new();
        text.push_str("Alex Martin\n12 rue Paul Bert\n\n");
        let mut count = |s: &str| s.chars().count() as f32;
        for line in crate::layout::wrap(long, COLUMNS as f32, &mut count) {
            text.push_str(line.trim_end());
            text.push('\n');
        }
        text.push('\n');
        let item = crate::layout::wrap(long, (COLUMNS - 2) as f32, &mut count);
        text.push_str(&format!("- {}\n", item[0].trim_end()));
        for line in &item[1..] {
            text.push_str(&format!("  {}\n", line.trim_end()));
        }
        text.push_str("- short\nMy own line\nand another\n");
        let got = pieces(&text);
        assert_eq!(
            got,
            vec![
                Piece::Line("Alex Martin".into()),
                Piece::Line("12 rue Paul Bert".into()),
                Piece::Blank,
                Piece::Line(long.into()),
                Piece::Blank,
                Piece::Item(long.into()),
                Piece::Item("short".into()),
                Piece::Line("My own line".into()),
                Piece::Line("and another".into()),
            ]
        );
        // Wrapping again gives the same text back.
        assert_eq!(rewrap(&text), text);
        // A line the user made longer is wrapped.
        let edited = format!("{long} {long}\n");
        assert!(
            rewrap(&edited)
                .lines()
                .all(|l| l.chars().count() <= COLUMNS)
        );
        assert_eq!(
            pieces(&rewrap(&edited)),
            vec![Piece::Line(format!("{long} {long}"))]
        );
    }
}

//! Line breaking: French no-break spacing rules and greedy wrapping with hard breaks for words
//! longer than a line (URLs, hashes, references).

/// No-break space.
const NBSP: char = '\u{A0}';
/// Narrow no-break space.
const NNBSP: char = '\u{202F}';

/// Whether a line may break at this character (a plain space only: no-break spaces never break).
fn is_break_space(ch: char) -> bool {
    ch == ' '
}

/// Applies French typography to ordinary spaces so they never break a line where a French reader
/// would not: before `; ! ?` (narrow no-break), before `: » €` and after `«` (no-break), and
/// between groups of digits (`1 562,30`).
pub fn french_spacing(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, ch) in chars.iter().copied().enumerate() {
        if ch != ' ' {
            out.push(ch);
            continue;
        }
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        let replacement = match (prev, next) {
            (_, Some(';' | '!' | '?')) => NNBSP,
            (_, Some(':' | '»' | '€' | '%')) | (Some('«'), _) => NBSP,
            (Some(p), Some(_)) if p.is_ascii_digit() && digits_group_follows(&chars, i + 1) => {
                NNBSP
            }
            _ => ' ',
        };
        out.push(replacement);
    }
    out
}

/// Whether exactly three digits start at `start`, followed by a non-digit or the end.
fn digits_group_follows(chars: &[char], start: usize) -> bool {
    let group = chars.get(start..start + 3);
    group.is_some_and(|g| g.iter().all(char::is_ascii_digit))
        && !chars.get(start + 3).is_some_and(char::is_ascii_digit)
}

/// Wraps `text` into lines no wider than `max_width`, measuring with `width` (additive: the
/// width of a concatenation is the sum of the widths). Explicit newlines start new lines (empty
/// lines are kept); breaks happen at plain spaces; a word wider than a line is broken between
/// characters. Always returns at least one line.
pub fn wrap(text: &str, max_width: f32, width: &mut dyn FnMut(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    let space = width(" ");
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0_f32;
        for word in paragraph.split(is_break_space) {
            let word_width = width(word);
            let gap = if line.is_empty() { 0.0 } else { space };
            if line_width + gap + word_width <= max_width || (line.is_empty() && word.is_empty()) {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
                line_width += gap + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line_width = 0.0;
            }
            if word_width <= max_width {
                line.push_str(word);
                line_width = word_width;
                continue;
            }
            // Hard-break an over-long word: as many characters as fit on each line.
            for ch in word.chars() {
                let mut buf = [0u8; 4];
                let ch_width = width(ch.encode_utf8(&mut buf));
                if !line.is_empty() && line_width + ch_width > max_width {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0.0;
                }
                line.push(ch);
                line_width += ch_width;
            }
        }
        lines.push(line.trim_end_matches(' ').to_owned());
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// One unit per character: easy to reason about.
    fn chars(s: &str) -> f32 {
        s.chars().count() as f32
    }

    #[test]
    fn french_spaces_become_no_break_where_a_reader_expects() {
        assert_eq!(
            french_spacing("Montant : 1 249,90 € ; « oui » ? !"),
            "Montant\u{A0}: 1\u{202F}249,90\u{A0}€\u{202F}; «\u{A0}oui\u{A0}»\u{202F}?\u{202F}!"
        );
        // Not a thousands group: four digits, or a word.
        assert_eq!(french_spacing("en 2026 1234 fois"), "en 2026 1234 fois");
        assert_eq!(french_spacing("le 12 mai"), "le 12 mai");
    }

    #[test]
    fn wraps_greedily_at_spaces() {
        let lines = wrap("un deux trois quatre cinq", 11.0, &mut chars);
        assert_eq!(lines, vec!["un deux", "trois", "quatre cinq"]);
        for line in &lines {
            assert!(chars(line) <= 11.0, "{line}");
        }
    }

    #[test]
    fn never_breaks_at_no_break_spaces() {
        let text = french_spacing("total 1 562,30 € ici");
        let lines = wrap(&text, 12.0, &mut chars);
        assert!(
            lines.iter().any(|l| l.contains("1\u{202F}562,30\u{A0}€")),
            "{lines:?}"
        );
    }

    #[test]
    fn hard_breaks_over_long_words() {
        let lines = wrap("voir https://example.com/abcdefghij fin", 10.0, &mut chars);
        assert_eq!(
            lines,
            vec!["voir", "https://ex", "ample.com/", "abcdefghij", "fin"]
        );
    }

    #[test]
    fn keeps_explicit_and_empty_lines() {
        let lines = wrap("a\n\nb", 10.0, &mut chars);
        assert_eq!(lines, vec!["a", "", "b"]);
        assert_eq!(wrap("", 10.0, &mut chars), vec![String::new()]);
    }
}

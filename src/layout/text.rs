//! Line breaking: French no-break spacing rules, and greedy wrapping that hyphenates a word
//! that does not fit (hyphen always shown), glues guillemets to their words, and cuts codes
//! longer than a line (URLs, hashes, references) between characters.

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

/// Glues guillemets to their words whatever the language: the space after `«` and before `»`
/// becomes a no-break space, so `«` never ends a line and `»` never starts one.
pub fn glue_guillemets(text: &str) -> String {
    text.replace("« ", "«\u{A0}").replace(" »", "\u{A0}»")
}

/// Glues the groups of a number written with spaces — a phone number ("08 99 65 12 34",
/// "514 555-0100"), a tracking number ("1A 198 765 4321 0") — so it is never split across
/// lines: a space between two groups of digits becomes a no-break space when the run of groups
/// holds at least seven digits (so "le 24 10" or "2 3" stay breakable).
pub fn glue_number_groups(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let is_group_char = |c: char| c.is_ascii_digit() || matches!(c, '-' | '.' | '+' | '(' | ')');
    let mut out: Vec<char> = chars.clone();
    let mut i = 0;
    while i < chars.len() {
        // A run of groups separated by single spaces, each group starting and ending with a
        // digit (brackets and a leading + aside).
        let Some(&first) = chars.get(i) else { break };
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        if !is_group_char(first) || prev.is_some_and(|p| !p.is_whitespace()) {
            i += 1;
            continue;
        }
        let mut end = i;
        let mut spaces = Vec::new();
        loop {
            let start = end;
            while chars.get(end).is_some_and(|&c| is_group_char(c)) {
                end += 1;
            }
            let group = chars.get(start..end).unwrap_or(&[]);
            let ends_digit = group
                .iter()
                .rev()
                .find(|c| !matches!(c, ')' | '.'))
                .copied();
            let whole = chars
                .get(end)
                .is_none_or(|c| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '»'));
            if group.is_empty() || !ends_digit.is_some_and(|c| c.is_ascii_digit()) || !whole {
                break;
            }
            let next_digit = chars
                .get(end + 1)
                .is_some_and(|&c| c.is_ascii_digit() || c == '(');
            if chars.get(end) == Some(&' ') && next_digit {
                spaces.push(end);
                end += 1;
            } else {
                break;
            }
        }
        let digits = chars
            .get(i..end)
            .unwrap_or(&[])
            .iter()
            .filter(|c| c.is_ascii_digit())
            .count();
        if digits >= 7 {
            for at in spaces {
                if let Some(c) = out.get_mut(at) {
                    *c = NBSP;
                }
            }
        }
        i = end.max(i + 1);
    }
    out.into_iter().collect()
}

/// Wraps `text` into lines no wider than `max_width`, measuring with `width` (additive: the
/// width of a concatenation is the sum of the widths), without hyphenation dictionary. See
/// [`wrap_hyphenated`].
pub fn wrap(text: &str, max_width: f32, width: &mut dyn FnMut(&str) -> f32) -> Vec<String> {
    wrap_hyphenated(text, max_width, width, &|_| Vec::new())
}

/// A line is "short" below this share of the width: a word that does not fit after it is
/// hyphenated to fill it rather than carried whole to the next line.
const SHORT_LINE: f32 = 0.7;

/// Wraps `text` into lines no wider than `max_width`. Explicit newlines start new lines (empty
/// lines are kept); breaks happen at plain spaces (never at no-break spaces, and `«` is glued
/// to what follows). A word that does not fit is split where `breaks` allows (byte offsets of
/// hyphenation points in a run of letters), with a hyphen added; or after a hyphen it already
/// has. Only a word wider than a whole line with no such point is cut between characters: with
/// a hyphen added between two letters, without one inside codes (URLs, hashes, references),
/// which a hyphen would change. Always returns at least one line. A full card number in the
/// text is printed with only its last four digits
/// ([`crate::domain::mask_card_numbers`]).
pub fn wrap_hyphenated(
    text: &str,
    max_width: f32,
    width: &mut dyn FnMut(&str) -> f32,
    breaks: &dyn Fn(&str) -> Vec<usize>,
) -> Vec<String> {
    let text = crate::domain::mask_card_numbers(text);
    let text = glue_number_groups(&glue_guillemets(&text));
    let mut lines = Vec::new();
    let space = width(" ");
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0_f32;
        for whole in paragraph.split(is_break_space) {
            // The part of the word still to place starts at `start`; its split points are
            // computed once, on the whole word, and only when it does not fit.
            let mut start = 0;
            let mut points: Option<Vec<(usize, bool)>> = None;
            loop {
                let word = whole.get(start..).unwrap_or("");
                let word_width = width(word);
                let gap = if line.is_empty() { 0.0 } else { space };
                if line_width + gap + word_width <= max_width
                    || (line.is_empty() && word.is_empty())
                {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_width += gap + word_width;
                    break;
                }
                let room = max_width - line_width - gap;
                if line.is_empty() || line_width < max_width * SHORT_LINE {
                    let points = points.get_or_insert_with(|| split_points(whole, breaks));
                    if let Some((head, at)) = split_to_fit(whole, start, points, room, width) {
                        if !line.is_empty() {
                            line.push(' ');
                        }
                        line.push_str(&head);
                        lines.push(std::mem::take(&mut line));
                        line_width = 0.0;
                        start = at;
                        continue;
                    }
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0.0;
                    continue;
                }
                // Wider than a line and no split point fits: cut between characters.
                let (head, used) = hard_split(word, max_width, width);
                lines.push(head);
                start += used;
                if start >= whole.len() {
                    break;
                }
            }
        }
        lines.push(line.trim_end_matches(' ').to_owned());
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// The places `word` may be split: byte offset and whether a hyphen must be added. Hyphenation
/// points come from `breaks`, run by run of letters; an existing hyphen between two letters is
/// a place too.
fn split_points(word: &str, breaks: &dyn Fn(&str) -> Vec<usize>) -> Vec<(usize, bool)> {
    let mut points = Vec::new();
    if is_code(word) {
        return points;
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut run_start: Option<usize> = None;
    for (i, &(at, ch)) in chars.iter().enumerate() {
        let letter = ch.is_alphabetic();
        if letter && run_start.is_none() {
            run_start = Some(at);
        }
        let run_ends = letter
            && chars
                .get(i + 1)
                .is_none_or(|&(_, next)| !next.is_alphabetic());
        if run_ends && let Some(start) = run_start.take() {
            let end = at + ch.len_utf8();
            if let Some(run) = word.get(start..end) {
                points.extend(breaks(run).into_iter().map(|b| (start + b, true)));
            }
        }
        let between_letters = i > 0
            && chars.get(i - 1).is_some_and(|&(_, p)| p.is_alphabetic())
            && chars.get(i + 1).is_some_and(|&(_, n)| n.is_alphabetic());
        if ch == '-' && between_letters {
            points.push((at + 1, false));
        }
    }
    points.retain(|&(at, _)| at > 0 && at < word.len() && word.is_char_boundary(at));
    points.sort_unstable();
    points
}

/// Whether a token is a code (URL, e-mail, hash, reference, number, identifier) rather than a
/// word: a hyphen added inside it would change it. A token with a digit, `@`, `://` or another
/// code character, a dot inside (`example.com`), or a capital after a small letter
/// (`TechnoCité`, `iPhone`: a name or an id, never hyphenated).
fn is_code(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.iter().enumerate().any(|(i, &ch)| {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p));
        ch.is_ascii_digit()
            || matches!(ch, '/' | ':' | '@' | '_' | '=' | '&' | '%' | '#' | '\\')
            || (ch == '.' && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric()))
            || (ch.is_uppercase() && prev.is_some_and(|p| p.is_lowercase()))
    })
}

/// Whether a code may be broken after this character when it must: after `/`, `@`, `.`, `-`
/// or `_`, the places a reader expects an address or a reference to continue.
fn is_code_separator(ch: char) -> bool {
    matches!(ch, '/' | '@' | '.' | '-' | '_')
}

/// The longest piece of `word` from `start` that fits in `room` when split at one of
/// `points` (hyphen included when one is added), and where the rest starts.
fn split_to_fit(
    word: &str,
    start: usize,
    points: &[(usize, bool)],
    room: f32,
    width: &mut dyn FnMut(&str) -> f32,
) -> Option<(String, usize)> {
    if room <= 0.0 {
        return None;
    }
    points
        .iter()
        .rev()
        .filter(|&&(at, _)| at > start)
        .find_map(|&(at, hyphen)| {
            let head = word.get(start..at)?;
            let head = if hyphen {
                format!("{head}-")
            } else {
                head.to_owned()
            };
            (width(&head) <= room).then_some((head, at))
        })
}

/// Cuts a word wider than a line after as many characters as fit (at least one), adding a
/// hyphen when the cut falls between two letters; the line and the bytes of `word` it used.
fn hard_split(word: &str, max_width: f32, width: &mut dyn FnMut(&str) -> f32) -> (String, usize) {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let code = is_code(word);
    let hyphen = if code { 0.0 } else { width("-") };
    let mut used = 0.0_f32;
    let mut cut = chars.len();
    for (i, &(_, ch)) in chars.iter().enumerate() {
        let mut buf = [0u8; 4];
        let w = width(ch.encode_utf8(&mut buf));
        let next_letter = chars.get(i + 1).is_some_and(|&(_, n)| n.is_alphabetic());
        let reserve = if ch.is_alphabetic() && next_letter {
            hyphen
        } else {
            0.0
        };
        if i > 0 && used + w + reserve > max_width {
            cut = i;
            break;
        }
        used += w;
    }
    // A code is only broken after one of its separators (`name@`, `example.`, `path/`,
    // `TC-2026-`): the last one that fits. Only a code with no separator within a line's width
    // (a hash) is cut between characters, without a hyphen.
    if code && cut < chars.len() {
        let separator = (1..=cut)
            .rev()
            .find(|&i| chars.get(i - 1).is_some_and(|&(_, c)| is_code_separator(c)));
        if let Some(i) = separator {
            cut = i;
        }
    }
    // Never cut just after `«` or a no-break space, nor before a no-break space, `»` or
    // punctuation: step back to a cut that reads, else forward (a rare overflow).
    let allowed = |i: usize| {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).map(|&(_, c)| c);
        let next = chars.get(i).map(|&(_, c)| c);
        !matches!(prev, Some('«' | NBSP | NNBSP))
            && !matches!(
                next,
                Some(NBSP | NNBSP | '»' | ':' | ';' | '!' | '?' | ',' | '.' | ')')
            )
    };
    if cut < chars.len() && !allowed(cut) {
        cut = (1..cut)
            .rev()
            .find(|&i| allowed(i))
            .or_else(|| (cut + 1..chars.len()).find(|&i| allowed(i)))
            .unwrap_or(chars.len());
    }
    let at = chars.get(cut).map_or(word.len(), |&(at, _)| at);
    let (head, tail) = word.split_at(at);
    let letters_each_side = !code
        && head.chars().last().is_some_and(char::is_alphabetic)
        && tail.chars().next().is_some_and(char::is_alphabetic);
    if letters_each_side {
        (format!("{head}-"), at)
    } else {
        (head.to_owned(), at)
    }
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
            vec!["voir", "https://", "example.", "com/", "abcdefghij", "fin"]
        );
    }

    #[test]
    fn phone_and_tracking_numbers_stay_on_one_line() {
        let glued = glue_number_groups("Appel au 08 99 65 12 34. Puis 514 555-0100, le 24 10 h");
        assert_eq!(
            glued,
            "Appel au 08\u{A0}99\u{A0}65\u{A0}12\u{A0}34. Puis 514\u{A0}555-0100, le 24 10 h"
        );
        let lines = wrap("Appel au 08 99 65 12 34 puis attente", 16.0, &mut chars);
        assert!(
            lines
                .iter()
                .any(|l| l.contains("08\u{A0}99\u{A0}65\u{A0}12\u{A0}34")),
            "{lines:?}"
        );
        assert_eq!(
            glue_number_groups("LRAR 1A 198 765 4321 0"),
            "LRAR 1A 198\u{A0}765\u{A0}4321\u{A0}0"
        );
        // Too few digits to be one number: still breakable.
        assert_eq!(
            glue_number_groups("entre 2 et 3, 12 13"),
            "entre 2 et 3, 12 13"
        );
    }

    #[test]
    fn addresses_and_references_break_only_after_their_separators() {
        // An address wider than its column: cut after `@` and `.`, wherever they fall, never
        // inside a part and never with a hyphen added.
        let lines = wrap(
            "Service client (service-client@technocite.example)",
            16.0,
            &mut chars,
        );
        assert_eq!(
            lines,
            vec![
                "Service client",
                "(service-client@",
                "technocite.",
                "example)"
            ]
        );
        let lines = wrap("service-client@technocite.example", 12.0, &mut chars);
        assert_eq!(lines, vec!["service-", "client@", "technocite.", "example"]);
        // A reference that fits a line is never cut: it moves whole to the next line.
        let lines = wrap("Commande TC-2026-884517 reçue", 14.0, &mut chars);
        assert_eq!(lines, vec!["Commande", "TC-2026-884517", "reçue"]);
        // Narrower than the reference: cut after a hyphen it has, not inside a number.
        let lines = wrap("TC-2026-884517", 11.0, &mut chars);
        assert_eq!(lines, vec!["TC-2026-", "884517"]);
        // The same with the hyphenation patterns on: an id is never hyphenated.
        let every_point = |w: &str| (1..w.len()).filter(|&i| w.is_char_boundary(i)).collect();
        for text in [
            "TC-2026-884517",
            "TechnoCité",
            "RMA-77120",
            "@TechnoCite_SAV",
        ] {
            for width in 4..16 {
                let lines = wrap_hyphenated(text, width as f32, &mut chars, &every_point);
                assert_eq!(lines.concat(), text, "{width}: {lines:?}");
                for line in &lines[..lines.len() - 1] {
                    let last = line.chars().last().unwrap();
                    let fits_no_separator = !line.chars().any(is_code_separator);
                    assert!(
                        is_code_separator(last) || fits_no_separator,
                        "{text} at {width}: {lines:?}"
                    );
                }
            }
        }
    }

    /// Breaks "automatiquement" as French patterns would: au-to-ma-ti-que-ment.
    fn french_like(word: &str) -> Vec<usize> {
        if word == "automatiquement" {
            vec![2, 4, 6, 8, 11]
        } else {
            Vec::new()
        }
    }

    #[test]
    fn a_split_word_always_shows_a_hyphen() {
        // A narrow column: the word cannot fit whole.
        let lines = wrap_hyphenated("automatiquement", 10.0, &mut chars, &french_like);
        assert_eq!(lines, vec!["automati-", "quement"]);
        let lines = wrap_hyphenated("répond automatiquement", 10.0, &mut chars, &french_like);
        assert_eq!(lines, vec!["répond au-", "tomatique-", "ment"]);
        // No dictionary: still never a bare cut between letters.
        let lines = wrap("automatiquement", 10.0, &mut chars);
        assert_eq!(lines, vec!["automatiq-", "uement"]);
        for line in wrap("anticonstitutionnellement", 7.0, &mut chars) {
            assert!(chars(&line) <= 7.0, "{line}");
        }
    }

    #[test]
    fn a_short_line_is_filled_by_hyphenating_the_next_word() {
        let lines = wrap_hyphenated("il automatiquement", 12.0, &mut chars, &french_like);
        assert_eq!(lines, vec!["il automati-", "quement"]);
        // A line already well filled carries the word whole to the next line.
        let lines = wrap_hyphenated(
            "il attendait automatiquement",
            12.0,
            &mut chars,
            &french_like,
        );
        assert_eq!(lines, vec!["il attendait", "automatique-", "ment"]);
    }

    #[test]
    fn existing_hyphens_are_break_points_and_codes_get_none() {
        let lines = wrap("porte-monnaie", 8.0, &mut chars);
        assert_eq!(lines, vec!["porte-", "monnaie"]);
        let sha = "3f2a9c0d4e5b6a7f8e9d0c1b2a3f4e5d";
        for line in wrap(sha, 10.0, &mut chars) {
            assert!(!line.ends_with('-'), "{line}");
        }
        assert_eq!(wrap(sha, 10.0, &mut chars).concat(), sha);
        // An address is cut after its separators, never with an added hyphen.
        let lines = wrap("(service@meublesboreal.example)", 16.0, &mut chars);
        assert_eq!(lines, vec!["(service@", "meublesboreal.", "example)"]);
    }

    #[test]
    fn a_guillemet_never_ends_a_line() {
        for width in 3..30 {
            let text = "il a dit « livraison demain » puis « rien » : voilà ?";
            for line in wrap(&french_spacing(text), width as f32, &mut chars) {
                assert!(!line.trim_end().ends_with('«'), "{width}: {line:?}");
                assert!(!line.starts_with('»'), "{width}: {line:?}");
                assert!(!line.starts_with(':') && !line.starts_with('?'), "{line:?}");
            }
            // Even where French spacing was not applied (a French quote in English text).
            for line in wrap("he said « tomorrow » twice", width as f32, &mut chars) {
                assert!(!line.trim_end().ends_with('«'), "{width}: {line:?}");
            }
        }
    }

    #[test]
    fn keeps_explicit_and_empty_lines() {
        let lines = wrap("a\n\nb", 10.0, &mut chars);
        assert_eq!(lines, vec!["a", "", "b"]);
        assert_eq!(wrap("", 10.0, &mut chars), vec![String::new()]);
    }
}

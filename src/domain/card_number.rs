//! Full payment-card numbers typed in free text (a title, a story, a contact's summary) are
//! never printed: whatever leaves the app for someone else — a dossier, a letter — shows only the
//! last four digits (`•••• •••• •••• 1111`). What the user typed is kept as typed in the store.
//!
//! A card number is a run of 13 to 19 digits, grouped by single spaces or hyphens or not at all,
//! that passes the Luhn check (ISO/IEC 7812): an order number or a phone number almost never does.

use std::borrow::Cow;

/// The fewest and most digits of a card number (ISO/IEC 7812).
const DIGITS: std::ops::RangeInclusive<usize> = 13..=19;

/// `text` with every full card number masked but its last four digits; borrowed when it has
/// none.
pub fn mask_card_numbers(text: &str) -> Cow<'_, str> {
    // Most text has too few digits to hold one: no work, no copy.
    if text.bytes().filter(u8::is_ascii_digit).count() < *DIGITS.start() {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut masked: Option<Vec<char>> = None;
    let mut start = 0;
    while start < chars.len() {
        let starts_run = chars[start].is_ascii_digit()
            && (start == 0 || !chars[start - 1].is_ascii_alphanumeric());
        if !starts_run {
            start += 1;
            continue;
        }
        // The run: digits, each separator a single space or hyphen between two digits.
        let mut end = start;
        let mut digits = Vec::new();
        while end < chars.len() {
            let c = chars[end];
            if c.is_ascii_digit() {
                digits.push(end);
                end += 1;
            } else if matches!(c, ' ' | '-' | '\u{A0}' | '\u{202F}')
                && chars.get(end + 1).is_some_and(char::is_ascii_digit)
                && end > start
            {
                end += 1;
            } else {
                break;
            }
        }
        let ends_run = chars.get(end).is_none_or(|c| !c.is_ascii_alphanumeric());
        if ends_run && DIGITS.contains(&digits.len()) && luhn(&chars, &digits) {
            let out = masked.get_or_insert_with(|| chars.clone());
            for &i in &digits[..digits.len() - 4] {
                out[i] = '•';
            }
        }
        start = end.max(start + 1);
    }
    match masked {
        Some(out) => Cow::Owned(out.into_iter().collect()),
        None => Cow::Borrowed(text),
    }
}

/// Whether the digits at these positions pass the Luhn check.
fn luhn(chars: &[char], digits: &[usize]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &at)| {
            let d = chars[at].to_digit(10).unwrap_or(0);
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_numbers_keep_only_their_last_four_digits() {
        assert_eq!(
            mask_card_numbers("Carte 4111 1111 1111 1111, exp. 12/28"),
            "Carte •••• •••• •••• 1111, exp. 12/28"
        );
        assert_eq!(
            mask_card_numbers("card 5555-5555-5555-4444."),
            "card ••••-••••-••••-4444."
        );
        assert_eq!(mask_card_numbers("4012888888881881"), "••••••••••••1881");
        // Amex, 15 digits.
        assert_eq!(
            mask_card_numbers("Amex 3782 822463 10005"),
            "Amex •••• •••••• •0005"
        );
    }

    #[test]
    fn other_numbers_are_left_alone() {
        for text in [
            "Commande TC-2026-884517, ticket TK-558120",
            "Appel au 08 99 65 12 34 à 0,80 € la minute",
            "Suivi 1A 198 765 4321 0",
            "4111 1111 1111 1112",
            "Order NW-3318842, 28 Aug 2026",
            "x4111111111111111",
            "",
        ] {
            assert_eq!(mask_card_numbers(text), text, "{text}");
            assert!(matches!(mask_card_numbers(text), Cow::Borrowed(_)));
        }
    }
}

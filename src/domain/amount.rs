//! Amounts as people type them: `1,299.00`, « 1 299,00 », `1299`, `1.299,00`, `€ 12,50`.

use rust_decimal::Decimal;
use std::str::FromStr;

/// Reads an amount typed in English or French habits: spaces (also no-break and thin ones),
/// apostrophes and currency signs are ignored; when both `,` and `.` appear the last one is
/// the decimal separator; a lone `,` is decimal unless exactly three digits follow it
/// (`1,299` is one thousand two hundred and ninety-nine); several of the same sign group
/// thousands. `None` when what is left is not a number.
pub fn parse_amount(text: &str) -> Option<Decimal> {
    let cleaned: String = text
        .chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '\u{A0}' | '\u{202F}' | '\u{2009}' | '\'' | '’' | '€' | '$' | '£'
                )
        })
        .collect();
    let cleaned = cleaned
        .trim_start_matches(|c: char| c.is_ascii_alphabetic())
        .trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if cleaned.is_empty() {
        return None;
    }
    let commas = cleaned.matches(',').count();
    let dots = cleaned.matches('.').count();
    let normal = match (commas, dots) {
        (0, 0) => cleaned.to_owned(),
        (0, 1) => cleaned.to_owned(),
        (0, _) => cleaned.replace('.', ""),
        (1, 0) => {
            let after = cleaned.rsplit(',').next().unwrap_or_default();
            if after.len() == 3 && !cleaned.starts_with(',') {
                cleaned.replace(',', "")
            } else {
                cleaned.replace(',', ".")
            }
        }
        (_, 0) => cleaned.replace(',', ""),
        _ => {
            let last_comma = cleaned.rfind(',').unwrap_or(0);
            let last_dot = cleaned.rfind('.').unwrap_or(0);
            if last_comma > last_dot {
                cleaned.replace('.', "").replace(',', ".")
            } else {
                cleaned.replace(',', "")
            }
        }
    };
    if normal.matches('.').count() > 1 {
        return None;
    }
    Decimal::from_str(&normal).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(text: &str) -> Option<String> {
        parse_amount(text).map(|d| d.to_string())
    }

    #[test]
    fn english_and_french_habits() {
        assert_eq!(amount("1,299.00").as_deref(), Some("1299.00"));
        assert_eq!(amount("1 299,00").as_deref(), Some("1299.00"));
        assert_eq!(amount("1\u{202F}299,00\u{A0}€").as_deref(), Some("1299.00"));
        assert_eq!(amount("1.299,00").as_deref(), Some("1299.00"));
        assert_eq!(amount("$1,299").as_deref(), Some("1299"));
        assert_eq!(amount("899").as_deref(), Some("899"));
        assert_eq!(amount("899.5").as_deref(), Some("899.5"));
        assert_eq!(amount("12,5").as_deref(), Some("12.5"));
        assert_eq!(amount("1,234,567.89").as_deref(), Some("1234567.89"));
        assert_eq!(amount("1'299.00 CHF").as_deref(), Some("1299.00"));
    }

    #[test]
    fn non_numbers_are_refused() {
        assert_eq!(amount(""), None);
        assert_eq!(amount("about twelve"), None);
        assert_eq!(amount("1.2.3,4,5"), None);
        assert_eq!(amount("12abc34"), None);
    }
}

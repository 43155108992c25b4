//! The one formatter for each kind of value a person reads, per language: an instant in a zone,
//! a date, a deadline given as a date, a duration, money, a file size, a count with its plural,
//! a list, a percentage, a quotation and a statement's value.
//!
//! Every view (the app, `papertrail report`, the dossier) calls these; none formats a value of
//! these kinds itself. Words come from `assets/locales/<locale>/format.ftl`.

use super::dates::{format_date, format_date_time};
use super::{FluentValue, tr_args};
use crate::analysis::values::Value;
use crate::domain::{DateOrInstant, Language, Money, TimeZone};
use chrono::{DateTime, NaiveDate, Timelike as _, Utc};

/// An instant as a reader sees it in the case's zone: `15 Aug 2026, 3:41 pm` /
/// `15 août 2026, 15 h 41`.
pub fn instant(language: Language, zone: TimeZone, at: DateTime<Utc>) -> String {
    format_date_time(language, at.with_timezone(&zone.0).naive_local())
}

/// The calendar day of an instant in the case's zone: `15 Aug 2026`.
pub fn day_of(language: Language, zone: TimeZone, at: DateTime<Utc>) -> String {
    format_date(language, at.with_timezone(&zone.0).date_naive())
}

/// A date: `15 Aug 2026` / `15 août 2026`.
pub fn date(language: Language, date: NaiveDate) -> String {
    format_date(language, date)
}

/// A date or an instant as the user gave it: a plain date prints as that date.
pub fn date_or_instant(language: Language, zone: TimeZone, value: &DateOrInstant) -> String {
    match value {
        DateOrInstant::Date(day) => format_date(language, *day),
        DateOrInstant::Instant(at) => instant(language, zone, at.utc()),
    }
}

/// A deadline computed by the analysis (the first instant that is late). A deadline at local
/// midnight is the end of the day before and prints as that day (`2026-08-22` is due "22 Aug
/// 2026", never "23 Aug 2026, 12:00 am"); any other instant prints with its time.
pub fn deadline(language: Language, zone: TimeZone, due: DateTime<Utc>) -> String {
    let local = due.with_timezone(&zone.0);
    if local.hour() == 0 && local.minute() == 0 && local.second() == 0 {
        let day = local.date_naive().pred_opt().unwrap_or(local.date_naive());
        format_date(language, day)
    } else {
        instant(language, zone, due)
    }
}

/// "by 22 Aug 2026" / « au plus tard le 22 août 2026 ».
pub fn by_deadline(language: Language, zone: TimeZone, due: DateTime<Utc>) -> String {
    tr_args(
        language,
        "format-by-deadline",
        &[("date", deadline(language, zone, due).into())],
    )
}

/// A duration in minutes: `25 min`, `2 h 05`, `3 days 4 h` / `3 jours 4 h`.
pub fn duration(language: Language, minutes: i64) -> String {
    let minutes = minutes.max(0);
    let (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    if days > 0 {
        let key = if hours > 0 {
            "format-duration-days-hours"
        } else {
            "format-duration-days"
        };
        tr_args(
            language,
            key,
            &[("days", days.into()), ("hours", hours.into())],
        )
    } else if hours > 0 {
        tr_args(
            language,
            "format-duration-hours",
            &[
                ("hours", hours.into()),
                ("minutes", format!("{mins:02}").into()),
            ],
        )
    } else {
        tr_args(
            language,
            "format-duration-minutes",
            &[("minutes", mins.into())],
        )
    }
}

/// A number of calendar days with its plural: "1 day", "0 jour", "5 jours".
pub fn days(language: Language, days: i64) -> String {
    count(language, "format-days", days)
}

/// A count in a message with a `$count` argument, plural chosen by the language's CLDR rules
/// (French: 0 and 1 singular).
pub fn count(language: Language, key: &str, n: impl TryInto<i64>) -> String {
    tr_args(language, key, &[("count", number(n))])
}

/// A count as a Fluent argument (plural rules apply).
pub fn number(n: impl TryInto<i64>) -> FluentValue<'static> {
    FluentValue::from(n.try_into().unwrap_or(i64::MAX))
}

/// A whole percentage: `40%` / `40 %`.
pub fn percent(language: Language, percent: u32) -> String {
    match language {
        Language::Fr => format!("{percent}\u{A0}%"),
        Language::En => format!("{percent}%"),
    }
}

/// An amount with its currency: `€1,249.90` / `1 249,90 €`.
pub fn money(language: Language, money: &Money) -> String {
    amount(
        language,
        money.amount,
        Some(money.currency.symbol()),
        money.currency.code(),
    )
}

fn amount(
    language: Language,
    value: rust_decimal::Decimal,
    symbol: Option<&str>,
    code: &str,
) -> String {
    let rounded = value.round_dp(2);
    let plain = format!("{rounded:.2}");
    let (int_part, frac_part) = plain.split_once('.').unwrap_or((plain.as_str(), "00"));
    let (negative, digits) = match int_part.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, int_part),
    };
    let grouped = group_digits(language, digits);
    let sign = if negative { "-" } else { "" };
    match (language, symbol) {
        (Language::Fr, Some(symbol)) => format!("{sign}{grouped},{frac_part}\u{A0}{symbol}"),
        (Language::Fr, None) => format!("{sign}{grouped},{frac_part}"),
        (Language::En, None) => format!("{sign}{grouped}.{frac_part}"),
        (Language::En, Some(symbol)) => match code {
            "USD" | "EUR" | "GBP" => format!("{sign}{symbol}{grouped}.{frac_part}"),
            "CAD" => format!("{sign}CA${grouped}.{frac_part}"),
            code => format!("{sign}{grouped}.{frac_part} {code}"),
        },
    }
}

/// Digits grouped by thousands: `1 234 567` (French, narrow no-break spaces) or `1,234,567`.
pub fn group_digits(language: Language, digits: &str) -> String {
    let sep = match language {
        Language::Fr => '\u{202F}',
        Language::En => ',',
    };
    let count = digits.chars().count();
    let mut out = String::with_capacity(digits.len() + count / 3 * 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (count - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// A file size, human-readable: `512 bytes`, `3.4 KB` / `3,4 Ko`, `1.2 MB`.
pub fn size(language: Language, bytes: u64) -> String {
    const KIB: u64 = 1024;
    let decimal = |v: f64| -> FluentValue<'static> {
        let text = format!("{v:.1}");
        match language {
            Language::Fr => FluentValue::from(text.replace('.', ",")),
            Language::En => FluentValue::from(text),
        }
    };
    #[expect(clippy::cast_precision_loss, reason = "display only")]
    let b = bytes as f64;
    if bytes < KIB {
        count(language, "format-size-bytes", bytes)
    } else if bytes < KIB * KIB {
        tr_args(
            language,
            "format-size-kb",
            &[("value", decimal(b / 1024.0))],
        )
    } else {
        tr_args(
            language,
            "format-size-mb",
            &[("value", decimal(b / 1024.0 / 1024.0))],
        )
    }
}

/// A file size with the exact byte count: `3.4 KB (3,482 bytes)`.
pub fn size_exact(language: Language, bytes: u64) -> String {
    let exact = tr_args(
        language,
        "format-size-exact",
        &[
            ("value", group_digits(language, &bytes.to_string()).into()),
            ("count", number(bytes)),
        ],
    );
    if bytes < 1024 {
        exact
    } else {
        format!("{} ({exact})", size(language, bytes))
    }
}

/// Items joined for a sentence: "a", "a and b", "a, b and c" / « a, b et c ». With `max`, names
/// that many and ends "and 3 more" / « et 3 autres »; never "…". Items that hold commas of their
/// own are joined with semicolons.
pub fn list(language: Language, items: &[String], max: Option<usize>) -> String {
    let shown = max.map_or(items.len(), |m| m.min(items.len()));
    let (named, rest) = items.split_at(shown);
    let mut parts: Vec<String> = named.to_vec();
    if !rest.is_empty() {
        parts.push(count(language, "format-list-more", rest.len()));
    }
    if named.iter().any(|item| item.contains(',')) {
        // Items with commas of their own ("refund, 2 days late") are set apart by semicolons.
        let separator = match language {
            Language::Fr => "\u{A0}; ",
            Language::En => "; ",
        };
        return parts.join(separator);
    }
    match parts.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => tr_args(
            language,
            "format-list-and",
            &[
                ("head", head.join(", ").into()),
                ("last", last.clone().into()),
            ],
        ),
    }
}

/// Quoted words: `« text »` / `“text”`, with any quotes already around the text removed first
/// and quotes inside it turned into the inner kind (`“…”` inside « », `‘…’` inside “ ”): never
/// « « … » » nor “"…"”. In English, French guillemets inside the words stay as written (a
/// French merchant's « … » quoted in an English dossier).
pub fn quote(language: Language, text: &str) -> String {
    let inner = inner_quotes(language, strip_quotes(text));
    match language {
        Language::Fr => format!("«\u{A0}{inner}\u{A0}»"),
        Language::En => format!("“{inner}”"),
    }
}

/// Quotes inside a quotation, in the inner kind of the language.
fn inner_quotes(language: Language, text: &str) -> String {
    let (open, close) = match language {
        Language::Fr => ('“', '”'),
        Language::En => ('‘', '’'),
    };
    let mut out = String::with_capacity(text.len());
    let mut opened = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '«' | '“' if language == Language::Fr || c == '“' => {
                out.push(open);
                while chars
                    .next_if(|n| *n == '\u{A0}' || *n == '\u{202F}' || *n == ' ')
                    .is_some()
                {}
            }
            '»' | '”' if language == Language::Fr || c == '”' => {
                while out.ends_with(['\u{A0}', '\u{202F}', ' ']) {
                    out.pop();
                }
                out.push(close);
            }
            '"' => {
                out.push(if opened { close } else { open });
                opened = !opened;
            }
            other => out.push(other),
        }
    }
    out
}

fn strip_quotes(text: &str) -> &str {
    let mut inner = text.trim();
    loop {
        let trimmed = [("«", "»"), ("“", "”"), ("\"", "\""), ("‘", "’"), ("'", "'")]
            .iter()
            .find_map(|(open, close)| {
                inner
                    .strip_prefix(open)
                    .and_then(|rest| rest.strip_suffix(close))
            })
            .map(|rest| rest.trim_matches([' ', '\u{A0}', '\u{202F}']));
        match trimmed {
            Some(rest) if rest.len() < inner.len() => inner = rest,
            _ => return inner,
        }
    }
}

/// The colon between a label and its value: ` : ` in French, `: ` in English.
pub fn colon(language: Language) -> &'static str {
    match language {
        Language::Fr => "\u{A0}: ",
        Language::En => ": ",
    }
}

/// A statement's value as a reader reads it: a date, an instant, an amount or a phone number
/// formatted; other text as written. Where the words as stated say more than the formatted value
/// (`next Tuesday` → `10 Dec 2019 (“next Tuesday”)`), they are kept beside it.
pub fn value(language: Language, zone: TimeZone, meaning: &Value, written: &str) -> String {
    let written = written.trim();
    let formatted = match meaning {
        Value::Date(day) => format_date(language, *day),
        Value::Instant(at) => instant(language, zone, *at),
        Value::Amount {
            amount: value,
            currency: Some(currency),
            unit,
        } => {
            let text = amount(language, *value, Some(currency.symbol()), currency.code());
            if unit.is_empty() {
                text
            } else {
                format!("{text} {unit}")
            }
        }
        // A number without a currency ("5 business days") and other text: as written.
        Value::Amount { .. } | Value::Phone(_) | Value::Text(_) => {
            return strip_quotes(written).to_owned();
        }
    };
    if is_machine_written(written) || same_words(&formatted, written) {
        formatted
    } else {
        format!("{formatted} ({})", quote(language, written))
    }
}

/// `2019-12-10`, `2019-12-10T15:41:00+01:00`, `899.00`, `899 EUR`: written for a machine, nothing
/// a reader would miss once formatted.
fn is_machine_written(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_ascii_digit() || "-:+.TZ ,/".contains(c) || c.is_ascii_uppercase())
}

fn same_words(a: &str, b: &str) -> bool {
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    fold(a) == fold(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Currency;

    fn paris() -> TimeZone {
        TimeZone::parse("Europe/Paris").unwrap()
    }

    #[test]
    fn a_deadline_given_as_a_date_prints_as_that_date() {
        let zone = paris();
        let due = DateOrInstant::parse("2026-08-22")
            .unwrap()
            .deadline_in(zone);
        assert_eq!(deadline(Language::En, zone, due), "22 Aug 2026");
        assert_eq!(deadline(Language::Fr, zone, due), "22 août 2026");
        assert_eq!(by_deadline(Language::En, zone, due), "by 22 Aug 2026");
        assert_eq!(
            by_deadline(Language::Fr, zone, due),
            "au plus tard le 22 août 2026"
        );
        let at_three = DateOrInstant::parse("2026-08-22T15:00:00+02:00")
            .unwrap()
            .deadline_in(zone);
        assert_eq!(
            deadline(Language::Fr, zone, at_three),
            "22 août 2026, 15\u{A0}h\u{A0}00"
        );
    }

    #[test]
    fn durations_money_and_sizes() {
        assert_eq!(duration(Language::En, 25), "25 min");
        assert_eq!(duration(Language::En, 125), "2 h 05 min");
        assert_eq!(duration(Language::En, 1440 + 4 * 60), "1 day 4 h");
        assert_eq!(duration(Language::Fr, 3 * 1440), "3 jours");
        assert_eq!(duration(Language::Fr, 1440), "1 jour");
        let price = Money::parse("1249.9", "EUR").unwrap();
        assert_eq!(money(Language::Fr, &price), "1\u{202F}249,90\u{A0}€");
        assert_eq!(money(Language::En, &price), "€1,249.90");
        assert_eq!(size(Language::En, 1), "1 byte");
        assert_eq!(size(Language::Fr, 0), "0 octet");
        assert_eq!(size(Language::Fr, 3 * 1024 + 512), "3,5 Ko");
        assert_eq!(
            size_exact(Language::En, 1_500_000),
            "1.4 MB (1,500,000 bytes)"
        );
        assert!(Currency::parse("EUR").is_some());
    }

    #[test]
    fn plurals_for_0_1_2_and_5_in_both_languages() {
        let cases = [
            (
                "format-days",
                Language::En,
                ["0 days", "1 day", "2 days", "5 days"],
            ),
            (
                "format-days",
                Language::Fr,
                ["0 jour", "1 jour", "2 jours", "5 jours"],
            ),
            (
                "figure-promises-kept",
                Language::Fr,
                ["tenue", "tenue", "tenues", "tenues"],
            ),
            (
                "figure-contradictions",
                Language::En,
                [
                    "contradictions",
                    "contradiction",
                    "contradictions",
                    "contradictions",
                ],
            ),
            (
                "figure-contradictions",
                Language::Fr,
                [
                    "contradiction",
                    "contradiction",
                    "contradictions",
                    "contradictions",
                ],
            ),
            (
                "figure-contact-attempts",
                Language::En,
                [
                    "contact attempts",
                    "contact attempt",
                    "contact attempts",
                    "contact attempts",
                ],
            ),
        ];
        for (key, language, expected) in cases {
            for (n, want) in [0, 1, 2, 5].into_iter().zip(expected) {
                assert_eq!(count(language, key, n), want, "{key} {language} {n}");
            }
        }
    }

    #[test]
    fn lists_name_everything_or_say_how_many_more() {
        let items: Vec<String> = ["a", "b", "c", "d", "e"].map(String::from).to_vec();
        assert_eq!(list(Language::En, &items[..1], None), "a");
        assert_eq!(list(Language::En, &items[..2], None), "a and b");
        assert_eq!(list(Language::Fr, &items[..3], None), "a, b et c");
        assert_eq!(list(Language::En, &items, Some(3)), "a, b, c and 2 more");
        assert_eq!(list(Language::Fr, &items, Some(4)), "a, b, c, d et 1 autre");
        let commas = vec!["refund, 1 day late".to_owned(), "other".to_owned()];
        assert_eq!(
            list(Language::En, &commas, None),
            "refund, 1 day late; other"
        );
    }

    #[test]
    fn quotes_are_never_doubled() {
        assert_eq!(quote(Language::Fr, "« oui »"), "«\u{A0}oui\u{A0}»");
        assert_eq!(quote(Language::En, "\"yes\""), "“yes”");
        assert_eq!(quote(Language::En, "“yes”"), "“yes”");
        assert_eq!(
            quote(
                Language::Fr,
                "Mélanie\u{A0}: «\u{A0}Le délai est court.\u{A0}»"
            ),
            "«\u{A0}Mélanie\u{A0}: “Le délai est court.”\u{A0}»"
        );
        assert_eq!(
            quote(Language::En, "Marcus: \"You'll get it back.\""),
            "“Marcus: ‘You'll get it back.’”"
        );
        // A French merchant's words quoted in English keep their guillemets, both of them.
        assert_eq!(
            quote(
                Language::En,
                "Un second e-mail «\u{A0}Votre commande est prête\u{A0}» vous sera envoyé"
            ),
            "“Un second e-mail «\u{A0}Votre commande est prête\u{A0}» vous sera envoyé”"
        );
    }

    #[test]
    fn statement_values_print_formatted_with_the_words_kept() {
        let zone = paris();
        let at = DateOrInstant::parse("2019-12-10T15:41:00+01:00")
            .unwrap()
            .start_in(zone);
        let raw = "2019-12-10T15:41:00+01:00";
        assert_eq!(
            value(Language::Fr, zone, &Value::Instant(at), raw),
            "10 décembre 2019, 15\u{A0}h\u{A0}41"
        );
        let day = NaiveDate::from_ymd_opt(2019, 12, 10).unwrap();
        assert_eq!(
            value(Language::En, zone, &Value::Date(day), "next Tuesday"),
            "10 Dec 2019 (“next Tuesday”)"
        );
        assert_eq!(
            value(Language::En, zone, &Value::Date(day), "10 Dec 2019"),
            "10 Dec 2019"
        );
        assert_eq!(
            value(Language::En, zone, &Value::Text("x".into()), "\"no trace\""),
            "no trace"
        );
    }
}

//! What a statement's value means, so two spellings of the same thing compare equal: dates and
//! instants in several spellings per language, amounts with their currency, phone numbers by
//! their digits, and other text folded (case, accents, whitespace).

use crate::domain::{Currency, Jurisdiction, Language, TimeZone};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone as _, Utc};
use rust_decimal::Decimal;
use std::str::FromStr as _;
use unicode_normalization::UnicodeNormalization as _;
use unicode_normalization::char::is_combining_mark;

/// What a value is read against: the case's language and law (for numeric date order and the
/// `$` sign), its zone (for local times) and the year a date without one falls in.
#[derive(Debug, Clone, Copy)]
pub struct ValueContext {
    /// The case's language: decides `11/12/2019` (day first in French) and `1,5` (decimal comma).
    pub language: Language,
    /// Whose law applies: English cases outside the UK and EU read `12/11/2019` month first.
    pub jurisdiction: Jurisdiction,
    /// The zone local times are in.
    pub zone: TimeZone,
    /// The year of a date written without one (the year it was stated in).
    pub default_year: i32,
    /// The currency a bare `$` means (`None`: unknown, compared as an amount without currency).
    pub dollar: Option<Currency>,
}

impl ValueContext {
    fn day_first(&self) -> bool {
        self.language == Language::Fr
            || matches!(
                self.jurisdiction,
                Jurisdiction::Fr | Jurisdiction::Uk | Jurisdiction::Eu
            )
    }
}

/// A value reduced to what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A calendar day.
    Date(NaiveDate),
    /// A precise instant.
    Instant(DateTime<Utc>),
    /// An amount, with its currency when one was written, and any unit after it (`min` in
    /// `0.35 EUR/min`), folded.
    Amount {
        /// The amount (compared by value: `899` = `899.00`).
        amount: Decimal,
        /// The currency, if written.
        currency: Option<Currency>,
        /// What follows the amount, folded (`/min`, `jours`), or empty.
        unit: String,
    },
    /// A phone number's digits (national form for France and North America).
    Phone(String),
    /// Anything else, folded.
    Text(String),
}

impl Value {
    /// Reads a value as written.
    pub fn parse(text: &str, context: &ValueContext) -> Self {
        if let Some(value) = parse_date_time(text, context) {
            return value;
        }
        if let Some(digits) = parse_phone(text, context) {
            return Self::Phone(digits);
        }
        if let Some(value) = parse_amount(text, context) {
            return value;
        }
        Self::Text(fold_value(text))
    }

    /// Whether two values mean the same thing: a date and an instant on that day (in the case's
    /// zone) are the same; an amount without a currency matches the same amount with one.
    pub fn same_as(&self, other: &Self, zone: TimeZone) -> bool {
        match (self, other) {
            (Self::Date(date), Self::Instant(instant))
            | (Self::Instant(instant), Self::Date(date)) => {
                instant.with_timezone(&zone.0).date_naive() == *date
            }
            (
                Self::Amount {
                    amount: a,
                    currency: ca,
                    unit: ua,
                },
                Self::Amount {
                    amount: b,
                    currency: cb,
                    unit: ub,
                },
            ) => a == b && ua == ub && (ca.is_none() || cb.is_none() || ca == cb),
            _ => self == other,
        }
    }
}

/// Folds text for comparison: compatibility-decomposed, accents dropped, lower case, runs of
/// whitespace as one space, trimmed.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        fold_ascii(text)
    } else {
        fold_latin(text).unwrap_or_else(|| fold_unicode(text))
    }
}

/// The accented letters of French and English text, folded without a Unicode decomposition.
fn fold_accented(ch: char) -> Option<char> {
    Some(match ch {
        'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => 'a',
        'ç' | 'Ç' => 'c',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'î' | 'ï' | 'í' | 'Î' | 'Ï' | 'Í' => 'i',
        'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' | 'Ó' => 'o',
        'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => 'u',
        'ÿ' => 'y',
        'ñ' | 'Ñ' => 'n',
        '\u{2019}' => '\'',
        '\u{AB}' | '\u{BB}' => '"',
        _ => return None,
    })
}

/// [`fold`] for ASCII text with the usual accented letters; `None` if anything else appears.
fn fold_latin(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for ch in text.chars() {
        if ch.is_ascii_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        let folded = if ch.is_ascii() {
            ch.to_ascii_lowercase()
        } else {
            fold_accented(ch)?
        };
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(folded);
    }
    Some(out)
}

fn fold_unicode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for ch in text.nfkd() {
        if is_combining_mark(ch) {
            continue;
        }
        if ch.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        let ch = match ch {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' => '"',
            other => other,
        };
        out.extend(ch.to_lowercase());
    }
    out
}

/// [`fold`] for ASCII text, which has nothing to decompose (the common case, and much faster).
fn fold_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_ascii_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    }
    out
}

/// [`fold`], then without surrounding punctuation and quotes (`"Order received."` = `order
/// received`).
fn fold_value(text: &str) -> String {
    let folded = fold(text);
    folded
        .trim_matches(|c: char| c.is_whitespace() || ".,;:!?\"'()".contains(c))
        .to_owned()
}

// ---------------------------------------------------------------------------------------------
// Dates and times.

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

/// Words a date may carry that change nothing: weekdays, articles, prepositions.
const FILLERS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "le",
    "the",
    "of",
    "on",
    "at",
    "a",
    "by",
    "du",
    "de",
    "vers",
    "around",
    "about",
];

const ORDINALS: &[&str] = &["st", "nd", "rd", "th", "er", "e", "eme"];

/// The month a word names (1–12), by its full name or an abbreviation of at least three letters
/// in English or French; `None` if none or ambiguous (`ju`).
fn month_of(word: &str) -> Option<u32> {
    if word.len() < 3 {
        return None;
    }
    let mut found: Option<u32> = None;
    for (index, name) in (0u32..).zip(MONTHS.iter()) {
        if name.starts_with(word) {
            let month = index % 12 + 1;
            match found {
                Some(other) if other != month => return None,
                _ => found = Some(month),
            }
        }
    }
    found
}

/// Whether a folded word only dates something (a month or weekday name, an article), so texts
/// that differ only by such words say the same thing.
pub(crate) fn is_date_word(word: &str) -> bool {
    month_of(word).is_some() || FILLERS.contains(&word)
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    /// A run of digits: its value and how many digits it had.
    Num(u32, usize),
    /// A run of letters, folded.
    Word(String),
    /// A separator between two digits: `/`, `.`, `-` or `:`.
    Sep(char),
}

fn tokens(folded: &str) -> Option<Vec<Token>> {
    let chars: Vec<char> = folded.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&ch) = chars.get(i) {
        if ch.is_ascii_digit() {
            let start = i;
            while chars.get(i).is_some_and(char::is_ascii_digit) {
                i += 1;
            }
            let digits: String = chars.get(start..i)?.iter().collect();
            // Nine digits at most: anything longer is no part of a date.
            let value = if digits.len() <= 9 {
                digits.parse().ok()?
            } else {
                return None;
            };
            out.push(Token::Num(value, digits.len()));
        } else if ch.is_alphabetic() {
            let start = i;
            while chars.get(i).is_some_and(|c| c.is_alphabetic()) {
                i += 1;
            }
            out.push(Token::Word(chars.get(start..i)?.iter().collect()));
        } else {
            let between_digits = i > 0
                && chars.get(i - 1).is_some_and(char::is_ascii_digit)
                && chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if between_digits && "/.-:".contains(ch) {
                out.push(Token::Sep(ch));
            }
            i += 1;
        }
    }
    Some(out)
}

fn year_of(value: u32, digits: usize) -> Option<i32> {
    let value = i32::try_from(value).ok()?;
    match digits {
        2 => Some(2000 + value),
        4 => Some(value),
        _ => None,
    }
}

/// Reads a date, or a date and a time, in the spellings people use.
fn parse_date_time(text: &str, context: &ValueContext) -> Option<Value> {
    let trimmed = text.trim();
    if let Some(instant) = crate::domain::Instant::parse(trimmed) {
        return Some(Value::Instant(instant.utc()));
    }
    let folded = fold(trimmed);
    let tokens = tokens(&folded)?;
    let mut rest: &[Token] = &tokens;
    skip_fillers(&mut rest);
    let date = numeric_date(&mut rest, context).or_else(|| textual_date(&mut rest, context))?;
    skip_fillers(&mut rest);
    if rest.is_empty() {
        return Some(Value::Date(date));
    }
    let time = time_of_day(&mut rest)?;
    skip_fillers(&mut rest);
    if !rest.is_empty() {
        return None;
    }
    let local = NaiveDateTime::new(date, time);
    let instant = context.zone.0.from_local_datetime(&local).earliest()?;
    Some(Value::Instant(instant.with_timezone(&Utc)))
}

fn skip_fillers(rest: &mut &[Token]) {
    while let Some((Token::Word(word), tail)) = rest.split_first() {
        if !FILLERS.contains(&word.as_str()) {
            break;
        }
        *rest = tail;
    }
}

/// `2019-12-11`, `11/12/2019`, `11.12.19`, `12/11/2019` (month first in US English).
fn numeric_date(rest: &mut &[Token], context: &ValueContext) -> Option<NaiveDate> {
    let [
        Token::Num(a, a_len),
        Token::Sep(s1),
        Token::Num(b, _),
        Token::Sep(s2),
        Token::Num(c, c_len),
        tail @ ..,
    ] = *rest
    else {
        return None;
    };
    if s1 != s2 || *s1 == ':' {
        return None;
    }
    let date = if *a_len == 4 {
        NaiveDate::from_ymd_opt(year_of(*a, 4)?, *b, *c)?
    } else {
        let year = year_of(*c, *c_len)?;
        let day_first = NaiveDate::from_ymd_opt(year, *b, *a);
        let month_first = NaiveDate::from_ymd_opt(year, *a, *b);
        if context.day_first() {
            day_first.or(month_first)?
        } else {
            month_first.or(day_first)?
        }
    };
    *rest = tail;
    Some(date)
}

/// `11 décembre 2019`, `1er déc.`, `Dec 11, 2019`, `December 11th`, `11 Dec 2019`.
fn textual_date(rest: &mut &[Token], context: &ValueContext) -> Option<NaiveDate> {
    let mut day: Option<u32> = None;
    let mut month: Option<u32> = None;
    let mut year: Option<i32> = None;
    let mut consumed = 0;
    for token in rest.iter() {
        match token {
            Token::Num(value, digits) if day.is_none() && *digits <= 2 && year.is_none() => {
                day = Some(*value);
            }
            Token::Num(value, 4) if year.is_none() && month.is_some() && day.is_some() => {
                year = year_of(*value, 4);
            }
            Token::Word(word) if month.is_none() && month_of(word).is_some() => {
                month = month_of(word);
            }
            Token::Word(word) if ORDINALS.contains(&word.as_str()) && day.is_some() => {}
            Token::Word(word) if FILLERS.contains(&word.as_str()) && month.is_none() => {}
            _ => break,
        }
        consumed += 1;
        if year.is_some() {
            break;
        }
    }
    let date = NaiveDate::from_ymd_opt(year.unwrap_or(context.default_year), month?, day?)?;
    *rest = rest.get(consumed..)?;
    Some(date)
}

/// `10:30`, `10 h 30`, `10h`, `3 pm`, `3:15 pm`.
fn time_of_day(rest: &mut &[Token]) -> Option<NaiveTime> {
    let (hour, minute, tail) = match *rest {
        [
            Token::Num(h, _),
            Token::Sep(':'),
            Token::Num(m, _),
            tail @ ..,
        ] => (*h, *m, tail),
        [
            Token::Num(h, _),
            Token::Word(w),
            Token::Num(m, 2),
            tail @ ..,
        ] if w == "h" => (*h, *m, tail),
        [Token::Num(h, _), Token::Word(w), tail @ ..] if w == "h" => (*h, 0, tail),
        [Token::Num(h, _), tail @ ..] => match tail.first() {
            Some(Token::Word(w)) if w == "am" || w == "pm" => (*h, 0, tail),
            _ => return None,
        },
        _ => return None,
    };
    let (hour, tail) = match tail.split_first() {
        Some((Token::Word(w), after)) if w == "am" && (1..=12).contains(&hour) => {
            (hour % 12, after)
        }
        Some((Token::Word(w), after)) if w == "pm" && (1..=12).contains(&hour) => {
            (hour % 12 + 12, after)
        }
        _ => (hour, tail),
    };
    let time = NaiveTime::from_hms_opt(hour, minute, 0)?;
    *rest = tail;
    Some(time)
}

// ---------------------------------------------------------------------------------------------
// Phone numbers.

/// The digits of a phone number (`+33 1 23 45 67 89` = `01 23 45 67 89`, `+1 514-555-0100` =
/// `(514) 555-0100`), or `None` if the text is not one.
fn parse_phone(text: &str, context: &ValueContext) -> Option<String> {
    let trimmed = text.trim();
    let phone_chars = |c: char| c.is_ascii_digit() || " +-.()\u{A0}\u{202F}".contains(c);
    if trimmed.is_empty() || !trimmed.chars().all(phone_chars) {
        return None;
    }
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 7 || digits.len() > 15 {
        return None;
    }
    let plain_digits = digits.len() == trimmed.len();
    let looks_like_phone = trimmed.starts_with(['+', '(', '0'])
        || trimmed.contains(['-', '('])
        || (plain_digits && digits.len() >= 8)
        || parse_number(trimmed, context.language).is_none();
    if !looks_like_phone {
        return None;
    }
    let international = if let Some(rest) = trimmed.strip_prefix('+') {
        Some(
            rest.chars()
                .filter(char::is_ascii_digit)
                .collect::<String>(),
        )
    } else {
        digits.strip_prefix("00").map(str::to_owned)
    };
    let national = match international {
        Some(number) => match (number.strip_prefix("33"), number.strip_prefix('1')) {
            (Some(fr), _) if fr.len() == 9 => format!("0{fr}"),
            (_, Some(nanp)) if nanp.len() == 10 => nanp.to_owned(),
            _ => format!("+{number}"),
        },
        None => match digits.strip_prefix('1') {
            Some(nanp) if digits.len() == 11 => nanp.to_owned(),
            _ => digits,
        },
    };
    Some(national)
}

// ---------------------------------------------------------------------------------------------
// Amounts.

/// Currency codes and signs recognised before or after an amount; a mark comes before any
/// shorter mark it starts with.
const CURRENCY_MARKS: &[(&str, &str)] = &[
    ("dollars", "$"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("ca$", "CAD"),
    ("us$", "USD"),
    ("$ca", "CAD"),
    ("$us", "USD"),
    ("eur", "EUR"),
    ("usd", "USD"),
    ("cad", "CAD"),
    ("gbp", "GBP"),
    ("chf", "CHF"),
    ("c$", "CAD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("$", "$"),
];

/// The currency written at the start of `text`, and its length in bytes. After an amount
/// (`at_start` false) a code must not run on into a word (`eurs` is no currency).
fn currency_mark(
    text: &str,
    context: &ValueContext,
    at_start: bool,
) -> Option<(Option<Currency>, usize)> {
    let (mark, code) = CURRENCY_MARKS.iter().find(|(mark, _)| {
        text.starts_with(mark)
            && (at_start
                || !text
                    .get(mark.len()..)
                    .and_then(|after| after.chars().next())
                    .is_some_and(char::is_alphabetic))
    })?;
    let currency = if *code == "$" {
        context.dollar
    } else {
        Currency::parse(code)
    };
    Some((currency, mark.len()))
}

/// `899.00 CAD`, `899,00 $`, `$899`, `€1,249.90`, `1 249,90 €`, `0.35 EUR/min`, `15 jours`.
fn parse_amount(text: &str, context: &ValueContext) -> Option<Value> {
    let folded = fold(&text.replace(['\u{A0}', '\u{202F}'], " "));
    let mut rest = folded.trim();
    let mut currency = None;
    if let Some((found, len)) = currency_mark(rest, context, true) {
        currency = found;
        rest = rest.get(len..)?.trim_start();
    }
    let number_len = rest
        .char_indices()
        .find(|(i, c)| {
            !(c.is_ascii_digit() || ".,' ".contains(*c) || (*i == 0 && "+-".contains(*c)))
        })
        .map_or(rest.len(), |(i, _)| i);
    let number_text = rest.get(..number_len)?.trim_end();
    let amount = parse_number(number_text, context.language)?;
    rest = rest.get(number_text.len()..)?.trim_start();
    if currency.is_none()
        && let Some((found, len)) = currency_mark(rest, context, false)
    {
        currency = found;
        rest = rest.get(len..)?;
    }
    let unit = rest
        .trim()
        .trim_start_matches('/')
        .trim_end_matches(['.', ',', ';', ':', '!', '?'])
        .trim()
        .to_owned();
    Some(Value::Amount {
        amount,
        currency,
        unit,
    })
}

/// A number with thousands groups and a decimal separator as the language writes them: `1 249,90`
/// and `1.249,90` in French, `1,249.90` in English; `,` alone is decimal in French, a thousands
/// separator in English when followed by groups of three.
fn parse_number(text: &str, language: Language) -> Option<Decimal> {
    let text = text.trim();
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if body.is_empty() || !body.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let last_dot = body.rfind('.');
    let last_comma = body.rfind(',');
    let decimal_sep = match (last_dot, last_comma) {
        (Some(d), Some(c)) => Some(if d > c { '.' } else { ',' }),
        (Some(_), None) => {
            if body.matches('.').count() > 1 {
                None
            } else {
                Some('.')
            }
        }
        (None, Some(_)) => {
            let only_groups_of_three = body.matches(',').count() > 1
                || body.rsplit(',').next().is_some_and(|last| last.len() == 3);
            let thousands = language == Language::En && only_groups_of_three;
            if thousands || body.matches(',').count() > 1 {
                None
            } else {
                Some(',')
            }
        }
        (None, None) => None,
    };
    let (int_part, frac_part) = match decimal_sep {
        Some(sep) => body.rsplit_once(sep)?,
        None => (body, ""),
    };
    if !frac_part.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let int_digits = grouped_digits(int_part)?;
    let plain = if frac_part.is_empty() {
        int_digits
    } else {
        format!("{int_digits}.{frac_part}")
    };
    let value = Decimal::from_str(&plain).ok()?;
    Some(if negative { -value } else { value })
}

/// The digits of an integer part written with one kind of thousands separator (` `, `.`, `,`,
/// `'`) in groups of three, or with none.
fn grouped_digits(int_part: &str) -> Option<String> {
    let separators: Vec<char> = int_part.chars().filter(|c| !c.is_ascii_digit()).collect();
    let Some(&sep) = separators.first() else {
        return Some(int_part.to_owned());
    };
    if separators.iter().any(|&c| c != sep) {
        return None;
    }
    let mut groups = int_part.split(sep);
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 {
        return None;
    }
    let mut digits = first.to_owned();
    for group in groups {
        if group.len() != 3 {
            return None;
        }
        digits.push_str(group);
    }
    Some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context(language: Language, jurisdiction: Jurisdiction) -> ValueContext {
        ValueContext {
            language,
            jurisdiction,
            zone: TimeZone::parse("Europe/Paris").unwrap(),
            default_year: 2019,
            dollar: Currency::parse("CAD"),
        }
    }

    fn fr() -> ValueContext {
        context(Language::Fr, Jurisdiction::Fr)
    }

    fn en_us() -> ValueContext {
        context(Language::En, Jurisdiction::Us)
    }

    fn date(y: i32, m: u32, d: u32) -> Value {
        Value::Date(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    #[test]
    fn french_date_spellings() {
        let ctx = fr();
        for text in [
            "2019-12-11",
            "11/12/2019",
            "11.12.2019",
            "11-12-19",
            "11 décembre 2019",
            "11 DECEMBRE 2019",
            "mercredi 11 décembre 2019",
            "le 11 déc. 2019",
            "11 dec",
        ] {
            assert_eq!(Value::parse(text, &ctx), date(2019, 12, 11), "{text}");
        }
        assert_eq!(Value::parse("1er décembre 2019", &ctx), date(2019, 12, 1));
        assert_eq!(Value::parse("2 mars", &ctx), date(2019, 3, 2));
        assert_eq!(Value::parse("15 août 2026", &ctx), date(2026, 8, 15));
    }

    #[test]
    fn english_date_spellings() {
        let ctx = en_us();
        for text in [
            "2019-12-11",
            "12/11/2019",
            "Dec 11, 2019",
            "December 11th, 2019",
            "Wednesday, December 11, 2019",
            "11 December 2019",
            "the 11th of December 2019",
        ] {
            assert_eq!(Value::parse(text, &ctx), date(2019, 12, 11), "{text}");
        }
        // Day first when month first cannot be.
        assert_eq!(Value::parse("25/12/2019", &ctx), date(2019, 12, 25));
        // British English reads day first.
        let uk = context(Language::En, Jurisdiction::Uk);
        assert_eq!(Value::parse("11/12/2019", &uk), date(2019, 12, 11));
    }

    #[test]
    fn dates_with_a_time_become_instants_in_the_case_zone() {
        let ctx = fr();
        let expected = Value::Instant(Utc.with_ymd_and_hms(2019, 12, 11, 13, 30, 0).unwrap());
        for text in [
            "2019-12-11T14:30:00+01:00",
            "11/12/2019 14:30",
            "11 décembre 2019 à 14 h 30",
            "11/12/2019 14h30",
        ] {
            assert_eq!(Value::parse(text, &ctx), expected, "{text}");
        }
        let en = en_us();
        assert_eq!(Value::parse("Dec 11, 2019 at 2:30 pm", &en), expected);
        assert_eq!(
            Value::parse("Dec 11, 2019, 12 am", &en),
            Value::Instant(Utc.with_ymd_and_hms(2019, 12, 10, 23, 0, 0).unwrap())
        );
    }

    #[test]
    fn a_date_and_an_instant_on_that_day_are_the_same() {
        let ctx = fr();
        let day = Value::parse("11/12/2019", &ctx);
        let evening = Value::parse("11/12/2019 23:30", &ctx);
        let next_day = Value::parse("12/12/2019 00:30", &ctx);
        assert!(day.same_as(&evening, ctx.zone));
        assert!(evening.same_as(&day, ctx.zone));
        assert!(!day.same_as(&next_day, ctx.zone));
    }

    #[test]
    fn not_dates() {
        let ctx = fr();
        for text in [
            "32/12/2019",
            "11/13/2019 in French",
            "le 11",
            "décembre",
            "mardi prochain",
        ] {
            assert!(
                !matches!(Value::parse(text, &ctx), Value::Date(_) | Value::Instant(_)),
                "{text}"
            );
        }
    }

    #[test]
    fn amounts_by_value_and_currency() {
        let ctx = fr();
        let eur = |a: &str| Value::Amount {
            amount: Decimal::from_str(a).unwrap(),
            currency: Currency::parse("EUR"),
            unit: String::new(),
        };
        assert_eq!(Value::parse("1 249,90 €", &ctx), eur("1249.9"));
        assert_eq!(Value::parse("1\u{202F}249,90\u{A0}€", &ctx), eur("1249.90"));
        assert_eq!(Value::parse("1.249,90 EUR", &ctx), eur("1249.9"));
        assert_eq!(Value::parse("€1,249.90", &ctx), eur("1249.9"));
        assert_eq!(Value::parse("1249.9 euros", &ctx), eur("1249.9"));
        let per_minute = Value::parse("0,35 €/min", &ctx);
        assert_eq!(per_minute, Value::parse("0.35 EUR / min", &ctx));
        assert_ne!(per_minute, Value::parse("0,35 €", &ctx));
        assert!(Value::parse("899", &ctx).same_as(&Value::parse("899,00 $", &ctx), ctx.zone));
        assert!(!Value::parse("899 EUR", &ctx).same_as(&Value::parse("899 $", &ctx), ctx.zone));
        assert_eq!(
            Value::parse("899,00 $", &ctx),
            Value::parse("CA$899", &en_us())
        );
        // English reads a lone comma before three digits as thousands.
        assert_eq!(
            Value::parse("1,249", &en_us()),
            Value::parse("1249", &en_us())
        );
        assert_ne!(Value::parse("1,249", &ctx), Value::parse("1249", &ctx));
    }

    #[test]
    fn phone_numbers_by_their_digits() {
        let ctx = fr();
        let national = Value::parse("01 23 45 67 89", &ctx);
        assert_eq!(national, Value::Phone("0123456789".into()));
        assert_eq!(Value::parse("+33 1 23 45 67 89", &ctx), national);
        assert_eq!(Value::parse("0033 123456789", &ctx), national);
        assert_eq!(Value::parse("01.23.45.67.89", &ctx), national);
        let en = en_us();
        let nanp = Value::parse("(514) 555-0100", &en);
        assert_eq!(Value::parse("+1 514 555 0100", &en), nanp);
        assert_eq!(Value::parse("514-555-0100", &en), nanp);
        assert_eq!(Value::parse("1 514 555 0100", &en), nanp);
        // A grouped number is an amount, not a phone number.
        assert!(matches!(
            Value::parse("1 249 000", &ctx),
            Value::Amount { .. }
        ));
    }

    #[test]
    fn other_text_is_folded() {
        let ctx = fr();
        assert_eq!(
            Value::parse("  Commande   REÇUE. ", &ctx),
            Value::Text("commande recue".into())
        );
        assert_eq!(
            Value::parse("« L’entrepôt »", &ctx),
            Value::parse("\"l'entrepot\"", &ctx)
        );
        assert_eq!(fold("Ｅcole\tÉTÉ"), "ecole ete");
        // The ASCII fast path folds like the general one.
        for text in ["  Order\t RECEIVED \n", "a  b", "", "   ", "\"L'X\""] {
            assert_eq!(fold_ascii(text), fold_unicode(text), "{text:?}");
        }
        // And the accented-letter path like the full decomposition, letter by letter.
        let accented = "àâäáÀÂÄÁçÇéèêëÉÈÊËîïíÎÏÍôöóÔÖÓùûüúÙÛÜÚÿñÑ\u{2019}\u{AB}\u{BB}";
        for ch in accented.chars() {
            let text = format!(" Ab{ch}  c ");
            assert_eq!(fold_latin(&text), Some(fold_unicode(&text)), "{ch}");
        }
        assert_eq!(fold_latin("œuf"), None);
        assert_eq!(fold("Œuf"), "œuf");
    }
}

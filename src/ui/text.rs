//! Text in and out of forms: dates typed in the case's zone, dates shown per language, and the
//! `mailto:` link of the "Email…" button. Pure and unit-tested.

use crate::domain::{DateOrInstant, Instant, Language, TimeZone};
use crate::i18n;
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone as _, Utc};

/// The form of a date-time field: `2026-08-15 15:41` in the case's zone.
pub const DATE_TIME_FORMAT: &str = "%Y-%m-%d %H:%M";

/// The form of a date field: `2026-08-15`.
pub const DATE_FORMAT: &str = "%Y-%m-%d";

/// An instant as a form field shows it: local wall-clock time in the case's zone.
pub fn instant_field(instant: &Instant, zone: TimeZone) -> String {
    instant.in_zone(zone).format(DATE_TIME_FORMAT).to_string()
}

/// A UTC instant as a form field shows it, in the case's zone.
pub fn utc_field(at: DateTime<Utc>, zone: TimeZone) -> String {
    at.with_timezone(&zone.0)
        .format(DATE_TIME_FORMAT)
        .to_string()
}

/// Parses `YYYY-MM-DD HH:MM` (or `YYYY-MM-DDTHH:MM`, or RFC 3339) typed in the case's zone.
pub fn parse_instant_field(text: &str, zone: TimeZone) -> Option<Instant> {
    let text = text.trim();
    if let Some(instant) = Instant::parse(text) {
        return Some(instant);
    }
    let local = NaiveDateTime::parse_from_str(text, DATE_TIME_FORMAT)
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M"))
        .ok()?;
    let zoned = zone.0.from_local_datetime(&local).earliest()?;
    Some(Instant(zoned.fixed_offset()))
}

/// Text that is neither a date nor a date-time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a date")]
pub struct BadDate;

/// Parses an optional date or date-time field: empty is `Ok(None)`, bad text is an error.
pub fn parse_optional_date(text: &str, zone: TimeZone) -> Result<Option<DateOrInstant>, BadDate> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, DATE_FORMAT) {
        return Ok(Some(DateOrInstant::Date(date)));
    }
    parse_instant_field(text, zone)
        .map(|instant| Some(DateOrInstant::Instant(instant)))
        .ok_or(BadDate)
}

/// A date-or-instant as a form field shows it.
pub fn date_or_instant_field(value: Option<&DateOrInstant>, zone: TimeZone) -> String {
    match value {
        None => String::new(),
        Some(DateOrInstant::Date(date)) => date.format(DATE_FORMAT).to_string(),
        Some(DateOrInstant::Instant(instant)) => instant_field(instant, zone),
    }
}

/// A UTC instant for a reader, in the case's zone and the given language.
pub fn show_utc(language: Language, at: DateTime<Utc>, zone: TimeZone) -> String {
    i18n::format::instant(language, zone, at)
}

/// A `mailto:` link with subject and body, percent-encoded (RFC 6068).
pub fn mailto(subject: &str, body: &str) -> String {
    format!(
        "mailto:?subject={}&body={}",
        percent_encode(subject),
        percent_encode(body)
    )
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A file name made from a case title: letters, digits and dashes only, never empty.
pub fn file_stem(title: &str) -> String {
    let mut stem = String::new();
    for ch in title.chars() {
        if ch.is_alphanumeric() {
            stem.push(ch);
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
    }
    let stem = stem
        .trim_end_matches('-')
        .chars()
        .take(60)
        .collect::<String>();
    if stem.is_empty() {
        "dossier".to_owned()
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_local_time_becomes_an_instant_in_the_case_zone() {
        let zone = TimeZone::parse("America/Montreal").unwrap();
        let instant = parse_instant_field("2026-08-15 15:41", zone).unwrap();
        assert_eq!(instant.to_rfc3339(), "2026-08-15T15:41:00-04:00");
        assert_eq!(instant_field(&instant, zone), "2026-08-15 15:41");
        assert!(parse_instant_field("15/08/2026", zone).is_none());
    }

    #[test]
    fn optional_dates_accept_empty_dates_and_times() {
        let zone = TimeZone::parse("Europe/Paris").unwrap();
        assert_eq!(parse_optional_date("  ", zone), Ok(None));
        assert_eq!(
            parse_optional_date("2026-08-22", zone),
            Ok(DateOrInstant::parse("2026-08-22"))
        );
        assert!(
            parse_optional_date("2026-08-22 10:00", zone)
                .unwrap()
                .is_some()
        );
        assert_eq!(parse_optional_date("next week", zone), Err(BadDate));
    }

    #[test]
    fn mailto_encodes_spaces_accents_and_newlines() {
        assert_eq!(
            mailto("Dossier é", "a b\nc"),
            "mailto:?subject=Dossier%20%C3%A9&body=a%20b%0Ac"
        );
    }

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(
            file_stem("Lit commandé le 15/08 !"),
            "Lit-commandé-le-15-08"
        );
        assert_eq!(file_stem("///"), "dossier");
    }
}

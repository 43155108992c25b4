//! Points in time as the case file writes them: instants with their UTC offset, plain dates that
//! mean a whole day in the case's time zone, and the case's IANA time zone.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone as _, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

/// An instant with the offset it was written with (RFC 3339: `2026-08-15T15:41:00-04:00`).
///
/// Equality and order compare the instant itself, whatever the offset.
#[derive(Debug, Clone, Copy, Eq)]
pub struct Instant(pub DateTime<FixedOffset>);

impl Instant {
    /// Parses RFC 3339 with an offset (`Z` allowed).
    pub fn parse(text: &str) -> Option<Self> {
        DateTime::parse_from_rfc3339(text.trim()).ok().map(Self)
    }

    /// The instant in UTC.
    pub fn utc(&self) -> DateTime<Utc> {
        self.0.with_timezone(&Utc)
    }

    /// The instant in the given zone.
    pub fn in_zone(&self, zone: TimeZone) -> DateTime<Tz> {
        self.0.with_timezone(&zone.0)
    }

    /// The calendar day of this instant in the given zone.
    pub fn date_in(&self, zone: TimeZone) -> NaiveDate {
        self.in_zone(zone).date_naive()
    }

    /// RFC 3339 text, seconds precision unless the instant has sub-second digits.
    pub fn to_rfc3339(&self) -> String {
        self.0.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    }
}

impl PartialEq for Instant {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl std::hash::Hash for Instant {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.timestamp().hash(state);
        self.0.timestamp_subsec_nanos().hash(state);
    }
}

impl PartialOrd for Instant {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Instant {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}

impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for Instant {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Instant {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("expected an RFC 3339 date-time, got {text:?}"))
        })
    }
}

/// A field that takes either a plain date (the whole day in the case's time zone) or an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateOrInstant {
    /// A calendar day (`2026-08-22`).
    Date(NaiveDate),
    /// A precise instant.
    Instant(Instant),
}

impl DateOrInstant {
    /// Parses `YYYY-MM-DD` or RFC 3339.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            return Some(Self::Date(date));
        }
        Instant::parse(text).map(Self::Instant)
    }

    /// The first instant this value covers: midnight starting the day, or the instant itself.
    pub fn start_in(&self, zone: TimeZone) -> DateTime<Utc> {
        match self {
            Self::Date(date) => zone.start_of_day(*date),
            Self::Instant(instant) => instant.utc(),
        }
    }

    /// The deadline this value denotes: the end of the day (next midnight), or the instant itself.
    ///
    /// A promise due `2026-08-22` is kept by anything strictly before midnight starting the 23rd.
    pub fn deadline_in(&self, zone: TimeZone) -> DateTime<Utc> {
        match self {
            Self::Date(date) => date
                .succ_opt()
                .map_or_else(|| zone.start_of_day(*date), |next| zone.start_of_day(next)),
            Self::Instant(instant) => instant.utc(),
        }
    }

    /// The calendar day in the case's zone.
    pub fn date_in(&self, zone: TimeZone) -> NaiveDate {
        match self {
            Self::Date(date) => *date,
            Self::Instant(instant) => instant.date_in(zone),
        }
    }

    /// The text form used in the case file.
    pub fn to_text(&self) -> String {
        match self {
            Self::Date(date) => date.format("%Y-%m-%d").to_string(),
            Self::Instant(instant) => instant.to_rfc3339(),
        }
    }
}

impl fmt::Display for DateOrInstant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

impl Serialize for DateOrInstant {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_text())
    }
}

impl<'de> Deserialize<'de> for DateOrInstant {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "expected a date (YYYY-MM-DD) or an RFC 3339 date-time, got {text:?}"
            ))
        })
    }
}

/// The case's IANA time zone (`America/Montreal`, `Europe/Paris`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeZone(pub Tz);

impl TimeZone {
    /// Parses an IANA zone name.
    pub fn parse(name: &str) -> Option<Self> {
        name.trim().parse::<Tz>().ok().map(Self)
    }

    /// The zone's name.
    pub fn name(&self) -> &'static str {
        self.0.name()
    }

    /// The first instant of a calendar day in this zone (handles DST gaps: the first valid time).
    pub fn start_of_day(&self, date: NaiveDate) -> DateTime<Utc> {
        let midnight = date.and_time(NaiveTime::MIN);
        match self.0.from_local_datetime(&midnight) {
            chrono::LocalResult::Single(t) | chrono::LocalResult::Ambiguous(t, _) => {
                t.with_timezone(&Utc)
            }
            chrono::LocalResult::None => {
                // Midnight falls in a DST gap (some zones switch at 00:00): take one hour later.
                let later = midnight + chrono::Duration::hours(1);
                self.0.from_local_datetime(&later).earliest().map_or_else(
                    || Utc.from_utc_datetime(&midnight),
                    |t| t.with_timezone(&Utc),
                )
            }
        }
    }
}

impl Default for TimeZone {
    fn default() -> Self {
        Self(Tz::Europe__Paris)
    }
}

impl fmt::Display for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for TimeZone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for TimeZone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "expected an IANA time zone name like \"Europe/Paris\", got {text:?}"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_compare_across_offsets() {
        let a = Instant::parse("2026-08-15T15:41:00-04:00").unwrap();
        let b = Instant::parse("2026-08-15T19:41:00Z").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.to_rfc3339(), "2026-08-15T15:41:00-04:00");
    }

    #[test]
    fn a_plain_date_is_due_until_the_end_of_that_day_in_the_case_zone() {
        let zone = TimeZone::parse("America/Montreal").unwrap();
        let due = DateOrInstant::parse("2026-08-22").unwrap();
        assert_eq!(
            due.deadline_in(zone).to_rfc3339(),
            "2026-08-23T04:00:00+00:00"
        );
        assert_eq!(due.start_in(zone).to_rfc3339(), "2026-08-22T04:00:00+00:00");
    }

    #[test]
    fn bad_dates_name_the_expected_form() {
        let err = serde_json::from_str::<Instant>("\"2026-08-15 15:41\"").unwrap_err();
        assert!(
            err.to_string().contains("expected an RFC 3339 date-time"),
            "{err}"
        );
        assert!(serde_json::from_str::<DateOrInstant>("\"2026-02-30\"").is_err());
        assert!(serde_json::from_str::<TimeZone>("\"Mars/Olympus\"").is_err());
    }
}

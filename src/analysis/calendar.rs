//! Calendar arithmetic in the case's time zone: calendar days between instants, business days
//! (Monday to Friday), end-of-day deadlines and days late.
//!
//! Everything here is total: dates past chrono's range saturate instead of panicking.

use crate::domain::TimeZone;
use chrono::{
    DateTime, Datelike as _, Days, FixedOffset, NaiveDate, NaiveTime, Offset as _, TimeDelta,
    TimeZone as _, Utc, Weekday,
};
use std::cell::Cell;

/// The calendar day of `instant` in `zone`.
pub(crate) fn local_date(zone: TimeZone, instant: DateTime<Utc>) -> NaiveDate {
    instant.with_timezone(&zone.0).date_naive()
}

/// [`local_date`] for many instants in one zone, mostly in time order: it remembers the UTC span
/// of the last day it found and answers any instant inside that span without a zone lookup (a
/// lookup is a search through the zone's transitions).
///
/// The same answer as [`local_date`]: a span is remembered only when the zone's UTC offset at
/// both of its ends is the offset of the instant looked up, so the whole span is on that day (no
/// zone changes its offset and back again within one day).
#[derive(Debug)]
pub(crate) struct LocalDates {
    zone: TimeZone,
    /// The last day found.
    span: Cell<Option<DaySpan>>,
}

/// A day's first instant, the first instant after it, and the day.
type DaySpan = (DateTime<Utc>, DateTime<Utc>, NaiveDate);

impl LocalDates {
    /// A cache for `zone`, empty.
    pub(crate) fn new(zone: TimeZone) -> Self {
        Self {
            zone,
            span: Cell::new(None),
        }
    }

    /// The calendar day of `instant` in the zone.
    pub(crate) fn date(&self, instant: DateTime<Utc>) -> NaiveDate {
        if let Some((from, to, day)) = self.span.get()
            && from <= instant
            && instant < to
        {
            return day;
        }
        let offset = self.offset_at(instant);
        let Some(local) = instant.naive_utc().checked_add_offset(offset) else {
            return local_date(self.zone, instant);
        };
        let day = local.date();
        self.span.set(self.span_of(day, offset));
        day
    }

    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        self.zone
            .0
            .offset_from_utc_datetime(&instant.naive_utc())
            .fix()
    }

    /// The UTC span of `day` if the zone's offset is `offset` at both of its ends.
    fn span_of(&self, day: NaiveDate, offset: FixedOffset) -> Option<DaySpan> {
        let next = day.succ_opt()?;
        let from = day.and_time(NaiveTime::MIN).checked_sub_offset(offset)?;
        let to = next.and_time(NaiveTime::MIN).checked_sub_offset(offset)?;
        let (from, to) = (from.and_utc(), to.and_utc());
        let last = to.checked_sub_signed(TimeDelta::nanoseconds(1))?;
        (self.offset_at(from) == offset && self.offset_at(last) == offset)
            .then_some((from, to, day))
    }
}

/// Calendar days from `from` to `to`, counted on the case's wall calendar (negative if `to` is
/// on an earlier day). 23:59 → 00:01 the next day is one day; a DST change does not matter.
pub(crate) fn calendar_days(zone: TimeZone, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
    (local_date(zone, to) - local_date(zone, from)).num_days()
}

/// The first instant after the whole calendar day `date` (midnight starting the next day).
pub(crate) fn end_of_day(zone: TimeZone, date: NaiveDate) -> DateTime<Utc> {
    date.succ_opt()
        .map_or(DateTime::<Utc>::MAX_UTC, |next| zone.start_of_day(next))
}

/// `date` plus `days` calendar days, saturating at the last representable date.
pub(crate) fn add_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

fn is_business_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The `days`-th business day (Monday to Friday) after `date`; `date` itself when `days` is 0.
///
/// A Friday plus one business day is the Monday; a Saturday plus one is the Monday too.
pub(crate) fn add_business_days(date: NaiveDate, days: u32) -> NaiveDate {
    // Whole weeks first, so a huge count costs no more than a small one.
    let weeks = days / 5;
    let mut current = date
        .checked_add_days(Days::new(u64::from(weeks) * 7))
        .unwrap_or(NaiveDate::MAX);
    let mut left = days % 5;
    // Landing on a weekend after whole weeks only happens when `date` is a weekend day: move to
    // the Friday before, which whole weeks from a weekend day would have counted.
    if weeks > 0 && !is_business_day(current) {
        while !is_business_day(current) {
            let Some(previous) = current.pred_opt() else {
                return current;
            };
            current = previous;
        }
    }
    while left > 0 {
        let Some(next) = current.succ_opt() else {
            return current;
        };
        current = next;
        if is_business_day(current) {
            left -= 1;
        }
    }
    current
}

/// Calendar days an event at `at` came after `deadline` (the first instant that is late).
///
/// Counted from the last allowed day: with an end-of-day deadline for the 22nd, anything on the
/// 23rd is one day late. `None` when `at` is before the deadline.
pub(crate) fn days_late(zone: TimeZone, deadline: DateTime<Utc>, at: DateTime<Utc>) -> Option<i64> {
    if at < deadline {
        return None;
    }
    let last_allowed = deadline
        .checked_sub_signed(TimeDelta::nanoseconds(1))
        .unwrap_or(deadline);
    Some(calendar_days(zone, last_allowed, at).max(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(name: &str) -> TimeZone {
        TimeZone::parse(name).unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_local_date_cache_agrees_with_a_lookup_every_time() {
        // Zones with DST at midnight (Beirut, Havana, Santiago), half-hour DST (Lord Howe) and a
        // skipped day (Apia, 30 December 2011), walked forward, backward and jumping about.
        for name in [
            "Europe/Paris",
            "America/Montreal",
            "America/Santiago",
            "Asia/Beirut",
            "America/Havana",
            "Australia/Lord_Howe",
            "Pacific/Apia",
            "UTC",
        ] {
            let zone = zone(name);
            let start = Utc.with_ymd_and_hms(2011, 1, 1, 0, 0, 0).unwrap();
            let instants: Vec<DateTime<Utc>> = (0..40_000i64)
                .map(|n| start + TimeDelta::minutes(n * 23))
                .collect();
            let dates = LocalDates::new(zone);
            for at in instants.iter().chain(instants.iter().rev()) {
                assert_eq!(dates.date(*at), local_date(zone, *at), "{name} at {at}");
            }
            let mut n = 7usize;
            for _ in 0..20_000 {
                n = (n * 7_919 + 13) % instants.len();
                let at = instants[n];
                assert_eq!(dates.date(at), local_date(zone, at), "{name} at {at}");
            }
        }
    }

    #[test]
    fn calendar_days_follow_the_case_zone_not_utc() {
        let montreal = zone("America/Montreal");
        // 23:30 local on the 1st is 03:30 UTC on the 2nd; 00:30 local on the 2nd is 04:30 UTC.
        let late_evening = Utc.with_ymd_and_hms(2026, 8, 2, 3, 30, 0).unwrap();
        let after_midnight = Utc.with_ymd_and_hms(2026, 8, 2, 4, 30, 0).unwrap();
        assert_eq!(calendar_days(montreal, late_evening, after_midnight), 1);
        assert_eq!(calendar_days(zone("UTC"), late_evening, after_midnight), 0);
    }

    #[test]
    fn a_dst_change_does_not_shift_the_day_count() {
        let paris = zone("Europe/Paris");
        // Clocks go back on 2026-10-25: that day lasts 25 hours.
        let before = paris.start_of_day(date(2026, 10, 24));
        let after = paris.start_of_day(date(2026, 10, 26));
        assert_eq!(calendar_days(paris, before, after), 2);
        assert_eq!((after - before).num_hours(), 49);
        // And the spring-forward day lasts 23 hours.
        let spring = end_of_day(paris, date(2026, 3, 29)) - paris.start_of_day(date(2026, 3, 29));
        assert_eq!(spring.num_hours(), 23);
    }

    #[test]
    fn business_days_skip_weekends() {
        let friday = date(2026, 8, 14);
        assert_eq!(add_business_days(friday, 0), friday);
        assert_eq!(add_business_days(friday, 1), date(2026, 8, 17));
        assert_eq!(add_business_days(friday, 2), date(2026, 8, 18));
        assert_eq!(add_business_days(friday, 5), date(2026, 8, 21));
        assert_eq!(add_business_days(friday, 6), date(2026, 8, 24));
        let saturday = date(2026, 8, 15);
        assert_eq!(add_business_days(saturday, 1), date(2026, 8, 17));
        assert_eq!(add_business_days(saturday, 5), date(2026, 8, 21));
        assert_eq!(add_business_days(saturday, 6), date(2026, 8, 24));
        let sunday = date(2026, 8, 16);
        assert_eq!(add_business_days(sunday, 10), date(2026, 8, 28));
        assert_eq!(add_business_days(date(2026, 8, 12), 7), date(2026, 8, 21));
    }

    #[test]
    fn business_days_agree_with_a_day_by_day_count() {
        let start = date(2026, 1, 1);
        for offset in 0..14 {
            let from = add_days(start, offset);
            for n in 0..23 {
                let mut expected = from;
                let mut left = n;
                while left > 0 {
                    expected = expected.succ_opt().unwrap();
                    if is_business_day(expected) {
                        left -= 1;
                    }
                }
                assert_eq!(add_business_days(from, n), expected, "{from} + {n}");
            }
        }
    }

    #[test]
    fn huge_counts_saturate_instead_of_panicking() {
        assert_eq!(add_days(date(2026, 1, 1), u32::MAX), NaiveDate::MAX);
        let far = add_business_days(date(2026, 1, 1), u32::MAX);
        assert!(far > date(2026, 1, 1));
        assert_eq!(
            end_of_day(zone("UTC"), NaiveDate::MAX),
            DateTime::<Utc>::MAX_UTC
        );
    }

    #[test]
    fn days_late_count_from_the_last_allowed_day() {
        let paris = zone("Europe/Paris");
        let deadline = end_of_day(paris, date(2026, 8, 22));
        let one_minute_before = deadline - TimeDelta::minutes(1);
        assert_eq!(days_late(paris, deadline, one_minute_before), None);
        assert_eq!(days_late(paris, deadline, deadline), Some(1));
        let two_days_later = paris.start_of_day(date(2026, 8, 24)) + TimeDelta::hours(9);
        assert_eq!(days_late(paris, deadline, two_days_later), Some(2));
        // An instant deadline passed the same afternoon is late by zero days.
        let three_pm = Utc.with_ymd_and_hms(2026, 8, 22, 13, 0, 0).unwrap();
        assert_eq!(
            days_late(paris, three_pm, three_pm + TimeDelta::hours(1)),
            Some(0)
        );
    }
}

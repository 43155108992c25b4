//! Counting periods the way the texts do: the day of the triggering event is not counted, a
//! period ends at the end of its last day, months run from a day to the same day (clamped to the
//! end of a shorter month), and a last day on a weekend moves to the Monday only where a rule
//! says so (FR L221-19, EU Reg. 1182/71, C.c.Q. 2879). Public holidays are not known to the app:
//! an extended date may be later still where a holiday falls.

use super::{Period, Unit};
use chrono::{Datelike as _, Days, Months, NaiveDate, Weekday};

/// The last day of a period of `period` starting from an event on `start` (the event's own day
/// is not counted).
pub fn last_day(start: NaiveDate, period: Period) -> NaiveDate {
    let n = period.count;
    match period.unit {
        Unit::CalendarDays => start
            .checked_add_days(Days::new(u64::from(n)))
            .unwrap_or(NaiveDate::MAX),
        Unit::BusinessDays => {
            let mut day = start;
            let mut left = n;
            while left > 0 {
                day = day.succ_opt().unwrap_or(NaiveDate::MAX);
                if day == NaiveDate::MAX {
                    break;
                }
                if !is_weekend(day) {
                    left -= 1;
                }
            }
            day
        }
        Unit::Months | Unit::BillingCycles => start
            .checked_add_months(Months::new(n))
            .unwrap_or(NaiveDate::MAX),
    }
}

/// The day after `date`.
pub fn next_day(date: NaiveDate) -> NaiveDate {
    date.succ_opt().unwrap_or(date)
}

/// Whether `date` is a Saturday or a Sunday.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// A last day on a Saturday or Sunday moved to the next Monday.
pub fn extend_past_weekend(date: NaiveDate) -> NaiveDate {
    match date.weekday() {
        Weekday::Sat => date.checked_add_days(Days::new(2)).unwrap_or(date),
        Weekday::Sun => date.checked_add_days(Days::new(1)).unwrap_or(date),
        _ => date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_event_day_is_not_counted() {
        // Delivered on Monday 2 March 2026: 14 days end on Monday 16 March.
        assert_eq!(last_day(d(2026, 3, 2), Period::days(14)), d(2026, 3, 16));
        assert_eq!(last_day(d(2026, 3, 2), Period::days(0)), d(2026, 3, 2));
    }

    #[test]
    fn months_are_clamped_to_shorter_months() {
        assert_eq!(last_day(d(2026, 1, 31), Period::months(1)), d(2026, 2, 28));
        assert_eq!(last_day(d(2026, 3, 15), Period::months(12)), d(2027, 3, 15));
    }

    #[test]
    fn business_days_skip_weekends() {
        // Friday 6 March + 1 business day = Monday 9 March.
        let one = Period {
            count: 1,
            unit: Unit::BusinessDays,
        };
        assert_eq!(last_day(d(2026, 3, 6), one), d(2026, 3, 9));
    }

    #[test]
    fn only_weekend_last_days_move() {
        assert_eq!(extend_past_weekend(d(2026, 3, 14)), d(2026, 3, 16)); // Saturday
        assert_eq!(extend_past_weekend(d(2026, 3, 15)), d(2026, 3, 16)); // Sunday
        assert_eq!(extend_past_weekend(d(2026, 3, 13)), d(2026, 3, 13)); // Friday
    }
}

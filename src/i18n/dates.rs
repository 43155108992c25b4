//! Dates and times written for a reader, per language: `15 août 2026 à 15 h 41`,
//! `15 Aug 2026, 3:41 pm`.

use crate::domain::Language;
use chrono::{Datelike as _, NaiveDate, NaiveDateTime, Timelike as _};

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_name(language: Language, date: NaiveDate) -> &'static str {
    let index = date.month0() as usize;
    let names = match language {
        Language::Fr => &MONTHS_FR,
        Language::En => &MONTHS_EN,
    };
    names.get(index).copied().unwrap_or("")
}

/// `15 août 2026` / `15 Aug 2026`.
pub fn format_date(language: Language, date: NaiveDate) -> String {
    let day = date.day();
    let day_text = if language == Language::Fr && day == 1 {
        "1er".to_owned()
    } else {
        day.to_string()
    };
    format!("{day_text} {} {}", month_name(language, date), date.year())
}

/// `15 août` / `15 Aug` (no year), for compact tables and chart axes.
pub fn format_day_month(language: Language, date: NaiveDate) -> String {
    format!("{} {}", date.day(), month_name(language, date))
}

/// `15 août 2026, 15 h 41` / `15 Aug 2026, 3:41 pm` (local wall-clock time of the case's zone).
pub fn format_date_time(language: Language, local: NaiveDateTime) -> String {
    let date = format_date(language, local.date());
    let (hour, minute) = (local.hour(), local.minute());
    match language {
        Language::Fr => format!("{date}, {hour}\u{A0}h\u{A0}{minute:02}"),
        Language::En => {
            let (h12, suffix) = match hour {
                0 => (12, "am"),
                1..=11 => (hour, "am"),
                12 => (12, "pm"),
                _ => (hour - 12, "pm"),
            };
            format!("{date}, {h12}:{minute:02}\u{A0}{suffix}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_each_language() {
        let date = NaiveDate::from_ymd_opt(2026, 8, 1).unwrap();
        assert_eq!(format_date(Language::Fr, date), "1er août 2026");
        assert_eq!(format_date(Language::En, date), "1 Aug 2026");
        let time = date.and_hms_opt(15, 41, 0).unwrap();
        assert_eq!(
            format_date_time(Language::Fr, time),
            "1er août 2026, 15\u{A0}h\u{A0}41"
        );
        assert_eq!(
            format_date_time(Language::En, time),
            "1 Aug 2026, 3:41\u{A0}pm"
        );
    }
}

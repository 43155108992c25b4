//! A small iCalendar (RFC 5545) writer: all-day events with a reminder, nothing else.
//!
//! Lines end in CRLF and are folded so no line is longer than 75 octets (a fold never splits
//! a UTF-8 character); text values escape `\`, `;`, `,` and line breaks. The output depends
//! only on its input, so the same deadlines give the same bytes.

use chrono::{DateTime, Days, NaiveDate, Utc};

/// One all-day event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllDayEvent {
    /// Globally unique and stable: the same deadline keeps the same UID from one export to the
    /// next, so a calendar updates the event instead of adding a copy.
    pub uid: String,
    /// The day.
    pub date: NaiveDate,
    /// The title.
    pub summary: String,
    /// The details.
    pub description: String,
    /// The text of the reminder shown the day before.
    pub alarm: String,
}

/// The longest line, in octets, before folding (CRLF not counted).
const MAX_LINE: usize = 75;

/// Writes a whole `VCALENDAR` with these events, stamped `stamp` (RFC 5545 asks every event
/// for a `DTSTAMP`; a fixed stamp keeps the output deterministic).
pub fn write_calendar(events: &[AllDayEvent], stamp: DateTime<Utc>, name: &str) -> String {
    let mut out = String::new();
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Paper Trail//Deadlines//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    for event in events {
        let end = event
            .date
            .checked_add_days(Days::new(1))
            .unwrap_or(event.date);
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", escape(&event.uid)));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", event.date.format("%Y%m%d")),
        );
        line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
        );
        line(&mut out, &format!("SUMMARY:{}", escape(&event.summary)));
        line(
            &mut out,
            &format!("DESCRIPTION:{}", escape(&event.description)),
        );
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "BEGIN:VALARM");
        line(&mut out, "ACTION:DISPLAY");
        line(&mut out, "TRIGGER:-P1D");
        line(&mut out, &format!("DESCRIPTION:{}", escape(&event.alarm)));
        line(&mut out, "END:VALARM");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// Escapes a TEXT value (RFC 5545 §3.3.11); other control characters become spaces.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets, with CRLF.
fn line(out: &mut String, content: &str) {
    let mut used = 0;
    for c in content.chars() {
        let width = c.len_utf8();
        if used + width > MAX_LINE {
            out.push_str("\r\n ");
            // The leading space of a continuation line counts towards its 75 octets.
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "é".repeat(100));
        line(&mut out, &long);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical}",
                physical.len()
            );
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{long}\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\r\ne\nf\u{7}"), "a\\,b\\;c\\\\d\\ne\\nf ");
    }

    #[test]
    fn every_line_ends_in_crlf() {
        let event = AllDayEvent {
            uid: "x@papertrail".to_owned(),
            date: NaiveDate::from_ymd_opt(2026, 2, 28).unwrap(),
            summary: "s".to_owned(),
            description: "d".to_owned(),
            alarm: "a".to_owned(),
        };
        let text = write_calendar(&[event], DateTime::<Utc>::UNIX_EPOCH, "n");
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'));
        assert!(text.contains("DTSTART;VALUE=DATE:20260228\r\nDTEND;VALUE=DATE:20260301\r\n"));
    }
}

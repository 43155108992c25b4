//! Deadlines for the user's own calendar: every open deadline of one case or of all, as
//! all-day iCalendar events with a reminder the day before.
//!
//! Where deadlines come from is a short list, [`SOURCES`]: each source reads a case and its
//! findings and returns the deadlines it knows: promises falling due, replies due (overdue or
//! still awaited) and the statutory clocks still running; a new kind of deadline is one more
//! function in the list.

mod export;
mod ics;

pub use export::open_deadlines_ics;
pub use ics::{AllDayEvent, escape, write_calendar};

use crate::analysis::clocks::ClockStatus;
use crate::analysis::{Findings, PromiseState};
use crate::domain::{CaseData, CaseId, Language, TimeZone};
use crate::i18n::{FluentValue, format_date, tr, tr_args};
use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

/// A case as the deadline sources see it.
#[derive(Debug, Clone, Copy)]
pub struct CaseDeadlines<'a> {
    /// The case's database id (part of every UID).
    pub id: CaseId,
    /// The case.
    pub data: &'a CaseData,
    /// Its findings at the export instant.
    pub findings: &'a Findings,
    /// The language of the titles and details (the case's own for a calendar file; the app's
    /// for its *Due soon* list).
    pub language: Language,
}

/// One open deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// The case.
    pub case: CaseId,
    /// What kind of deadline (`promise`, `reply`): part of the UID.
    pub source: &'static str,
    /// The entry it is about (the promise, the contact awaiting a reply).
    pub entry: String,
    /// The last day, in the case's zone.
    pub date: NaiveDate,
    /// The title, in the case's language.
    pub summary: String,
    /// The details, in the case's language.
    pub description: String,
}

/// A source of deadlines.
pub type Source = fn(&CaseDeadlines<'_>) -> Vec<Deadline>;

/// Every source of deadlines, in the order their events are listed for the same day.
pub const SOURCES: &[Source] = &[promises_due, replies_due, clocks_due];

/// Every open deadline of these cases, sorted by day, case, source and entry.
pub fn deadlines(cases: &[CaseDeadlines<'_>]) -> Vec<Deadline> {
    let mut all: Vec<Deadline> = cases
        .iter()
        .flat_map(|case| SOURCES.iter().flat_map(move |source| source(case)))
        .collect();
    all.sort_by(|a, b| {
        (a.date, a.case, a.source, &a.entry).cmp(&(b.date, b.case, b.source, &b.entry))
    });
    all
}

/// The iCalendar file of these deadlines, stamped `as_of`, named in `language`.
pub fn to_ics(deadlines: &[Deadline], as_of: DateTime<Utc>, language: Language) -> String {
    let events: Vec<AllDayEvent> = deadlines
        .iter()
        .map(|d| AllDayEvent {
            uid: format!("case{}-{}-{}@papertrail", d.case, d.source, d.entry),
            date: d.date,
            summary: d.summary.clone(),
            description: d.description.clone(),
            alarm: d.summary.clone(),
        })
        .collect();
    write_calendar(&events, as_of, &tr(language, "calendar-name"))
}

/// The calendar day of a deadline instant: a deadline at midnight is the day before's.
fn deadline_day(zone: TimeZone, deadline: DateTime<Utc>) -> NaiveDate {
    let last_moment = deadline - TimeDelta::seconds(1);
    last_moment.with_timezone(&zone.0).date_naive()
}

fn merchant(data: &CaseData) -> String {
    let name = data.case.merchant.name.trim();
    if name.is_empty() {
        data.case.title.clone()
    } else {
        name.to_owned()
    }
}

fn case_line(case: &CaseDeadlines<'_>) -> String {
    tr_args(
        case.language,
        "calendar-case",
        &[
            ("id", FluentValue::from(case.id.0)),
            ("title", FluentValue::from(case.data.case.title.clone())),
        ],
    )
}

/// Promises not settled (pending or overdue) that have a due date; a promise restated later
/// with another date is history, and only its restatement falls due.
fn promises_due(case: &CaseDeadlines<'_>) -> Vec<Deadline> {
    let language = case.language;
    let zone = case.data.case.time_zone;
    case.findings
        .promises
        .iter()
        .filter(|p| matches!(p.status, PromiseState::Pending | PromiseState::Overdue))
        .filter(|p| p.restated_by.is_none())
        .filter_map(|finding| {
            let due = finding.due?;
            let promise = case
                .data
                .promises
                .iter()
                .find(|p| p.id == finding.promise)?;
            let kind = tr(language, &promise.kind.label_key());
            Some(Deadline {
                case: case.id,
                source: "promise",
                entry: finding.promise.to_string(),
                date: deadline_day(zone, due),
                summary: tr_args(
                    language,
                    "calendar-promise-due",
                    &[
                        ("merchant", FluentValue::from(merchant(case.data))),
                        ("kind", FluentValue::from(kind)),
                    ],
                ),
                description: format!("{}\n{}", promise.text, case_line(case)),
            })
        })
        .collect()
}

/// Outgoing contacts still waiting for the reply they expect: overdue, or not yet due.
fn replies_due(case: &CaseDeadlines<'_>) -> Vec<Deadline> {
    let language = case.language;
    let zone = case.data.case.time_zone;
    case.findings
        .unanswered
        .iter()
        .chain(&case.findings.awaiting_reply)
        .map(|waiting| {
            let sent = waiting.at.with_timezone(&zone.0).date_naive();
            let channel = tr(language, &waiting.channel.label_key());
            let summary = case
                .data
                .contact(&waiting.contact)
                .map(|c| c.summary.clone())
                .unwrap_or_default();
            Deadline {
                case: case.id,
                source: "reply",
                entry: waiting.contact.to_string(),
                date: deadline_day(zone, waiting.reply_due),
                summary: tr_args(
                    language,
                    "calendar-reply-due",
                    &[
                        ("merchant", FluentValue::from(merchant(case.data))),
                        ("channel", FluentValue::from(channel)),
                        ("sent", FluentValue::from(format_date(language, sent))),
                    ],
                ),
                description: format!("{summary}\n{}", case_line(case)),
            }
        })
        .collect()
}

/// Statutory clocks still running with a last day: a merchant's duty not yet met, a consumer's
/// window not yet open or open now.
fn clocks_due(case: &CaseDeadlines<'_>) -> Vec<Deadline> {
    let language = case.language;
    case.findings
        .clocks
        .iter()
        .filter(|clock| {
            matches!(
                clock.status,
                ClockStatus::Pending | ClockStatus::NotYet | ClockStatus::Open
            )
        })
        .filter_map(|clock| {
            let date = clock.due?;
            let title = tr(language, &clock.title);
            Some(Deadline {
                case: case.id,
                source: "clock",
                entry: clock.rule.to_owned(),
                date,
                summary: tr_args(
                    language,
                    "calendar-clock-due",
                    &[
                        ("merchant", FluentValue::from(merchant(case.data))),
                        ("title", FluentValue::from(title)),
                    ],
                ),
                description: format!(
                    "{} — {}\n{}\n{}",
                    clock.citation,
                    clock.source,
                    tr(language, "calendar-not-legal-advice"),
                    case_line(case)
                ),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_exist_in_both_languages_with_their_plurals() {
        for key in [
            "calendar-name",
            "calendar-case",
            "calendar-promise-due",
            "calendar-reply-due",
            "calendar-clock-due",
            "calendar-not-legal-advice",
            "ui-import-emails",
            "ui-export-calendar",
            "ui-emails-imported",
            "ui-calendar-written",
            "ui-search-found-in",
            "ui-quick-log-zone",
            "ui-job-calendar",
            "ui-job-email",
        ] {
            for language in Language::ALL {
                let args = [
                    "id", "title", "merchant", "kind", "channel", "sent", "zone", "path",
                ]
                .map(|name| (name, FluentValue::from("x")));
                let mut args = args.to_vec();
                args.extend([
                    ("count", FluentValue::from(1)),
                    ("skipped", FluentValue::from(0)),
                ]);
                let text = tr_args(*language, key, &args);
                assert_ne!(text, key, "{key} missing in {language}");
            }
        }
        let imported = |language, count: i64, skipped: i64| {
            tr_args(
                language,
                "ui-emails-imported",
                &[
                    ("count", FluentValue::from(count)),
                    ("skipped", FluentValue::from(skipped)),
                ],
            )
        };
        assert_eq!(imported(Language::En, 1, 0), "1 email added as a contact.");
        assert_eq!(
            imported(Language::En, 3, 2),
            "3 emails added as contacts; 2 were already in the case."
        );
        assert_eq!(
            imported(Language::Fr, 0, 1),
            "Aucun nouveau courriel ; 1 était déjà dans le dossier."
        );
        assert_eq!(
            imported(Language::Fr, 2, 0),
            "2 courriels ajoutés comme contacts."
        );
    }

    #[test]
    fn a_deadline_at_midnight_is_the_day_before() {
        let zone = TimeZone::parse("America/Montreal").unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let next_midnight = zone.start_of_day(day.succ_opt().unwrap());
        assert_eq!(deadline_day(zone, next_midnight), day);
        let afternoon = zone.start_of_day(day) + TimeDelta::hours(17);
        assert_eq!(deadline_day(zone, afternoon), day);
    }
}

//! *Due soon*: the open deadlines of every case falling due in the next days (promises,
//! replies, statutory clocks, as [`crate::calendar::SOURCES`] lists them, never counted
//! again), and the question asked once a promise's day has come: was it kept, broken, or was a
//! new date given? The answer is turned into the promise to save here, without the UI or disk.

use crate::analysis::Findings;
use crate::calendar::{CaseDeadlines, deadlines};
use crate::domain::{
    CaseData, CaseId, CaseStatus, DateOrInstant, EntryId, Instant, Language, Promise, PromiseStatus,
};
use crate::store::CaseSummary;
use chrono::{DateTime, NaiveDate, Utc};

/// How many days ahead the *Due soon* list looks (overdue deadlines are always in it).
pub const HORIZON_DAYS: i64 = 14;

/// One open deadline of a case, worded for the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueItem {
    /// The case.
    pub case: CaseId,
    /// What kind of deadline: `promise`, `reply` or `clock` (the calendar's sources).
    pub source: &'static str,
    /// The entry it is about (the promise, the contact awaiting a reply) or the rule's id.
    pub entry: String,
    /// The last day, in the case's zone.
    pub date: NaiveDate,
    /// Days from the case's today to that day (negative: overdue).
    pub days_left: i64,
    /// The title, in the app's language.
    pub summary: String,
    /// The first line of the details: the promise's words, the contact's summary, the article.
    pub detail: String,
}

impl DueItem {
    /// The case's day when the item was computed: its date less the days left.
    pub fn today(&self) -> NaiveDate {
        self.date
            .checked_sub_signed(chrono::TimeDelta::days(self.days_left))
            .unwrap_or(self.date)
    }

    /// Whether this is a promise whose day has come, so the app asks how it ended.
    pub fn asks_about_promise(&self) -> bool {
        self.source == "promise" && self.days_left <= 0
    }
}

/// The open deadlines of one case at `now`, soonest first, worded in `language`.
pub fn case_items(
    id: CaseId,
    data: &CaseData,
    findings: &Findings,
    language: Language,
    now: DateTime<Utc>,
) -> Vec<DueItem> {
    let today = now.with_timezone(&data.case.time_zone.0).date_naive();
    let case = CaseDeadlines {
        id,
        data,
        findings,
        language,
    };
    deadlines(&[case])
        .into_iter()
        .map(|d| DueItem {
            case: d.case,
            source: d.source,
            entry: d.entry,
            date: d.date,
            days_left: (d.date - today).num_days(),
            summary: d.summary,
            detail: d.description.lines().next().unwrap_or_default().to_owned(),
        })
        .collect()
}

/// One line of the *Due soon* list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueRow {
    /// The deadline.
    pub item: DueItem,
    /// Its case's title.
    pub case_title: String,
}

/// The deadlines of the cases still open or escalated that fall due within `horizon` days
/// (overdue ones included), by day, then case title, kind and entry.
pub fn due_soon<'a>(
    cases: &[CaseSummary],
    items: impl Fn(CaseId) -> Option<&'a [DueItem]>,
    horizon: i64,
) -> Vec<DueRow> {
    let mut rows: Vec<DueRow> = cases
        .iter()
        .filter(|c| matches!(c.status, CaseStatus::Open | CaseStatus::Escalated))
        .flat_map(|case| {
            items(case.id)
                .unwrap_or_default()
                .iter()
                .filter(move |item| item.days_left <= horizon)
                .map(|item| DueRow {
                    item: item.clone(),
                    case_title: case.title.clone(),
                })
        })
        .collect();
    rows.sort_by(|a, b| {
        (
            a.item.date,
            &a.case_title,
            a.item.case,
            a.item.source,
            &a.item.entry,
        )
            .cmp(&(
                b.item.date,
                &b.case_title,
                b.item.case,
                b.item.source,
                &b.item.entry,
            ))
    });
    rows
}

/// How a promise ended, as the user answers the question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromiseAnswer {
    /// The merchant kept it.
    Kept,
    /// The merchant broke it.
    Broken,
    /// The merchant gave a new date: a restatement of the same promise.
    NewDate(NaiveDate),
}

/// The promise to save for `answer` about `promise` of `data`, answered at `now`.
///
/// Kept or broken settle the promise itself (no settlement date: the user says how it ended,
/// not when). A new date adds a new promise with the same kind and words, made now and due on
/// that day, under a fresh id; the analysis then reads the first as restated by it.
pub fn answer_promise(
    data: &CaseData,
    promise: &Promise,
    answer: PromiseAnswer,
    now: DateTime<Utc>,
) -> Promise {
    let settled = |status| Promise {
        status,
        settled_at: None,
        ..promise.clone()
    };
    match answer {
        PromiseAnswer::Kept => settled(PromiseStatus::Kept),
        PromiseAnswer::Broken => settled(PromiseStatus::Broken),
        PromiseAnswer::NewDate(date) => {
            let made = now.with_timezone(&data.case.time_zone.0).fixed_offset();
            Promise {
                id: fresh_id(data, "p"),
                made_at: DateOrInstant::Instant(Instant(made)),
                source: None,
                kind: promise.kind,
                text: promise.text.clone(),
                due: Some(DateOrInstant::Date(date)),
                status: PromiseStatus::Pending,
                settled_at: None,
            }
        }
    }
}

/// The first `prefix<n>` id not used by any entry of the case.
fn fresh_id(data: &CaseData, prefix: &str) -> EntryId {
    (1_u64..)
        .map(|n| EntryId::new(format!("{prefix}{n}")))
        .find(|id| !data.has_entry(id))
        .unwrap_or_else(|| EntryId::new(format!("{prefix}-new")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{PromiseState, analyze};
    use crate::domain::{CaseDetails, PromiseKind, TimeZone};
    use std::collections::HashMap;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn promise(id: &str, kind: PromiseKind, due: &str) -> Promise {
        Promise {
            id: EntryId::new(id),
            made_at: DateOrInstant::parse("2026-09-01").unwrap(),
            source: None,
            kind,
            text: "Within ten days.".to_owned(),
            due: Some(DateOrInstant::Date(day(due))),
            status: PromiseStatus::Pending,
            settled_at: None,
        }
    }

    fn case(title: &str) -> CaseData {
        let mut details = CaseDetails::new(
            title,
            Language::En,
            TimeZone::parse("America/Montreal").unwrap(),
        );
        details.merchant.name = "Shop".to_owned();
        let mut data = CaseData::new(details);
        data.promises = vec![
            promise("p1", PromiseKind::Refund, "2026-09-10"),
            promise("p2", PromiseKind::Delivery, "2026-09-30"),
            promise("p3", PromiseKind::Repair, "2026-12-01"),
        ];
        data
    }

    fn summary(id: i64, title: &str, status: CaseStatus) -> CaseSummary {
        CaseSummary {
            id: CaseId(id),
            title: title.to_owned(),
            merchant: String::new(),
            status,
            ordered_at: None,
            contacts: 0,
            promises: 0,
            statements: 0,
            attachments: 0,
            notes: 0,
            consumer: String::new(),
            jurisdiction: crate::domain::Jurisdiction::CaQc,
            updated_at: String::new(),
        }
    }

    #[test]
    fn the_list_holds_overdue_and_coming_deadlines_of_open_cases_only() {
        // 22:00 in Montréal on the 20th is already the 21st in UTC: the case's day counts.
        let now = at("2026-09-20T22:00:00-04:00");
        let data = case("Sofa");
        let findings = analyze(&data, now);
        let items = case_items(CaseId(1), &data, &findings, Language::Fr, now);
        let days: Vec<(&str, i64)> = items
            .iter()
            .map(|i| (i.entry.as_str(), i.days_left))
            .collect();
        assert_eq!(days, [("p1", -10), ("p2", 10), ("p3", 72)]);
        assert!(
            items[0].summary.contains("Remboursement"),
            "in the app's language: {}",
            items[0].summary
        );
        assert_eq!(items[0].detail, "Within ten days.");
        assert!(items[0].asks_about_promise());
        assert!(!items[1].asks_about_promise());

        let mut by_case = HashMap::new();
        by_case.insert(CaseId(1), items.clone());
        let mut closed = items.clone();
        for item in &mut closed {
            item.case = CaseId(2);
        }
        by_case.insert(CaseId(2), closed);
        let cases = [
            summary(1, "Sofa", CaseStatus::Open),
            summary(2, "Old", CaseStatus::Resolved),
        ];
        let items = |id: CaseId| by_case.get(&id).map(Vec::as_slice);
        let rows = due_soon(&cases, items, HORIZON_DAYS);
        let entries: Vec<&str> = rows.iter().map(|r| r.item.entry.as_str()).collect();
        assert_eq!(
            entries,
            ["p1", "p2"],
            "p3 is too far; the resolved case is left out"
        );
        assert_eq!(rows[0].case_title, "Sofa");
        assert_eq!(due_soon(&cases, items, 100).len(), 3);
    }

    #[test]
    fn kept_and_broken_settle_the_promise_and_leave_the_list() {
        let now = at("2026-09-20T12:00:00-04:00");
        let mut data = case("Sofa");
        let first = data.promises[0].clone();
        let kept = answer_promise(&data, &first, PromiseAnswer::Kept, now);
        assert_eq!((kept.id.as_str(), kept.status), ("p1", PromiseStatus::Kept));
        let broken = answer_promise(&data, &first, PromiseAnswer::Broken, now);
        assert_eq!(broken.status, PromiseStatus::Broken);
        assert_eq!(broken.text, first.text);
        data.promises[0] = broken;
        let findings = analyze(&data, now);
        let items = case_items(CaseId(1), &data, &findings, Language::En, now);
        assert!(items.iter().all(|i| i.entry != "p1"), "{items:?}");
    }

    #[test]
    fn a_new_date_is_a_restatement_and_only_it_falls_due() {
        let now = at("2026-09-20T12:00:00-04:00");
        let mut data = case("Sofa");
        let first = data.promises[0].clone();
        let new = answer_promise(
            &data,
            &first,
            PromiseAnswer::NewDate(day("2026-09-25")),
            now,
        );
        assert_eq!(new.id.as_str(), "p4", "a fresh id");
        assert_eq!(
            (new.kind, new.text.as_str()),
            (first.kind, first.text.as_str())
        );
        assert_eq!(new.status, PromiseStatus::Pending);
        data.promises.push(new);
        let findings = analyze(&data, now);
        let old = findings
            .promises
            .iter()
            .find(|p| p.promise.as_str() == "p1")
            .unwrap();
        assert_eq!(old.restated_by.as_ref().map(EntryId::as_str), Some("p4"));
        let restated = findings
            .promises
            .iter()
            .find(|p| p.promise.as_str() == "p4")
            .unwrap();
        assert_eq!(
            restated.status,
            PromiseState::Overdue,
            "late since the first date"
        );
        let items = case_items(CaseId(1), &data, &findings, Language::En, now);
        let promises: Vec<(&str, NaiveDate)> = items
            .iter()
            .filter(|i| i.source == "promise")
            .map(|i| (i.entry.as_str(), i.date))
            .collect();
        assert_eq!(
            promises,
            [
                ("p4", day("2026-09-25")),
                ("p2", day("2026-09-30")),
                ("p3", day("2026-12-01"))
            ],
            "the restated promise is history, not a deadline"
        );
        assert!(!items[0].asks_about_promise(), "its new day has not come");
    }
}

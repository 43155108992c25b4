//! Deadlines in the user's calendar: an event for each open deadline, read back with an
//! independent iCalendar reader (the `ical` crate), the same bytes twice.

use crate::util::{self, at, contact, day, promise, temp_store};
use papertrail::calendar::open_deadlines_ics;
use papertrail::domain::{
    CaseId, CaseStatus, Direction, EntryId, Language, Outcome, PromiseKind, PromiseStatus, TimeZone,
};
use papertrail::store::Store;
use std::io::BufReader;

const AS_OF: &str = "2026-09-10T12:00:00-04:00";

/// A case with two open promises, a kept one, one with no due date, an unanswered email and
/// an answered one.
fn case_with_deadlines(store: &mut Store, status: CaseStatus) -> CaseId {
    let mut details = util::rich_details();
    details.language = Language::En;
    details.merchant.name = "Shop, Inc.".to_owned();
    details.time_zone = TimeZone::parse("America/Montreal").unwrap();
    // No card: the statutory clocks it would start are tested on their own below.
    details.payment = None;
    details.status = status;
    let id = store.create_case(&details).unwrap();
    // Another undertaking than p2 (a second delivery promise would restate it).
    let mut future = promise("p1", None);
    future.kind = PromiseKind::Refund;
    future.text = "Remboursé sous 10 jours.".to_owned();
    future.due = Some(day("2026-09-20"));
    let mut overdue = promise("p2", None);
    overdue.due = Some(day("2026-09-05"));
    // Each its own undertaking: promises of one kind would be read as restating each other.
    let mut kept = promise("p3", None);
    kept.kind = PromiseKind::Replacement;
    kept.status = PromiseStatus::Kept;
    kept.settled_at = Some(day("2026-08-20"));
    let mut undated = promise("p4", None);
    undated.kind = PromiseKind::Pickup;
    undated.due = None;
    for p in [future, overdue, kept, undated] {
        store.save_promise(id, &p).unwrap();
    }
    let mut waiting = contact("c1", "2026-09-08T10:00:00-04:00", Outcome::NoAnswer, None);
    waiting.reply_expected_within_days = None;
    let answered = contact("c2", "2026-09-01T10:00:00-04:00", Outcome::NoAnswer, None);
    let mut answer = contact(
        "c3",
        "2026-09-02T10:00:00-04:00",
        Outcome::Answered,
        Some("c2"),
    );
    answer.direction = Direction::Incoming;
    for c in [answered, answer, waiting] {
        store.save_contact(id, &c).unwrap();
    }
    id
}

fn events(text: &str) -> Vec<ical::parser::ical::component::IcalEvent> {
    let mut parser = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let calendar = parser.next().unwrap().unwrap();
    assert!(parser.next().is_none(), "one calendar");
    calendar.events
}

fn property(event: &ical::parser::ical::component::IcalEvent, name: &str) -> String {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
        .unwrap_or_default()
}

#[test]
fn an_event_for_each_open_deadline_read_back_by_an_independent_parser() {
    let (_dir, mut store) = temp_store();
    let id = case_with_deadlines(&mut store, CaseStatus::Open);
    let as_of = Some(day(AS_OF));
    let now = at(AS_OF).utc();
    let (text, count) = open_deadlines_ics(&store, Some(id), as_of, now, None).unwrap();
    // Three of the case's own, and the small claims court's last day (QC-12: three years; the
    // court is open without a formal notice, QC-8).
    assert_eq!(count, 4, "{text}");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "line of {} octets: {line}", line.len());
    }
    assert!(!text.replace("\r\n", "").contains('\n'), "CRLF only");
    let found = events(&text);
    let summary: Vec<(String, String, String)> = found
        .iter()
        .map(|e| {
            (
                property(e, "DTSTART"),
                property(e, "UID"),
                property(e, "SUMMARY"),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "20260905".to_owned(),
                format!("case{id}-promise-p2@papertrail"),
                "Shop\\, Inc.: promise due (Delivery)".to_owned()
            ),
            (
                "20260910".to_owned(),
                format!("case{id}-reply-c1@papertrail"),
                "Shop\\, Inc.: reply due (Email\\, 8 Sep 2026)".to_owned()
            ),
            (
                "20260920".to_owned(),
                format!("case{id}-promise-p1@papertrail"),
                "Shop\\, Inc.: promise due (Refund)".to_owned()
            ),
            (
                "20290815".to_owned(),
                format!("case{id}-clock-qc.small-claims@papertrail"),
                "Shop\\, Inc.: last day — Small claims court".to_owned()
            ),
        ]
    );
    for event in &found {
        let start = property(event, "DTSTART");
        let end = property(event, "DTEND");
        assert_eq!(end.len(), 8, "all-day");
        assert!(end > start, "{start} → {end}");
        let alarm = event.alarms.first().expect("a reminder");
        let trigger = alarm
            .properties
            .iter()
            .find(|p| p.name == "TRIGGER")
            .and_then(|p| p.value.clone());
        assert_eq!(trigger.as_deref(), Some("-P1D"), "the day before");
    }
    let (again, _) = open_deadlines_ics(&store, Some(id), as_of, now, None).unwrap();
    assert_eq!(again.as_bytes(), text.as_bytes(), "deterministic");

    // Settling a promise removes its event; the others keep their UIDs.
    let mut p2 = promise("p2", None);
    p2.due = Some(day("2026-09-05"));
    p2.status = PromiseStatus::Broken;
    p2.settled_at = Some(day("2026-09-06"));
    store.save_promise(id, &p2).unwrap();
    let (after, count) = open_deadlines_ics(&store, Some(id), as_of, now, None).unwrap();
    assert_eq!(count, 3);
    assert!(!after.contains("promise-p2"));
    assert!(after.contains(&format!("UID:case{id}-promise-p1@papertrail")));
    store.delete_entry(id, &EntryId::new("c1")).unwrap();
    assert_eq!(
        open_deadlines_ics(&store, Some(id), as_of, now, None)
            .unwrap()
            .1,
        2
    );
}

#[test]
fn a_running_statutory_clock_is_an_event_with_its_article() {
    let (_dir, mut store) = temp_store();
    let mut details = util::rich_details();
    details.language = Language::En;
    details.status = CaseStatus::Open;
    assert!(details.payment.is_some(), "the rich case was paid by card");
    let id = store.create_case(&details).unwrap();
    let now = at(AS_OF).utc();
    let (text, _) = open_deadlines_ics(&store, Some(id), Some(day(AS_OF)), now, None).unwrap();
    let unfolded = text.replace("\r\n ", "");
    assert!(
        unfolded.contains(&format!("UID:case{id}-clock-visa.13.1@papertrail")),
        "{text}"
    );
    assert!(unfolded.contains("last day — Visa chargeback"), "{text}");
    assert!(
        unfolded.contains("Visa Core Rules"),
        "the rule's citation: {text}"
    );
    assert!(unfolded.contains("Not legal advice"), "{text}");
}

#[test]
fn all_cases_means_the_open_ones_and_the_cli_writes_the_same_bytes_twice() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let mut store = Store::open(&data).unwrap();
    let open = case_with_deadlines(&mut store, CaseStatus::Open);
    let resolved = case_with_deadlines(&mut store, CaseStatus::Resolved);
    let (all, count) =
        open_deadlines_ics(&store, None, Some(day(AS_OF)), at(AS_OF).utc(), None).unwrap();
    assert_eq!(count, 4, "the open case's four");
    assert!(all.contains(&format!("case{open}-")));
    assert!(!all.contains(&format!("case{resolved}-")));
    drop(store);

    let run = |out: &std::path::Path| {
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_papertrail"))
            .env("PAPERTRAIL_DATA_DIR", &data)
            .args(["calendar", "--as-of", AS_OF, "--out"])
            .arg(out)
            .status()
            .unwrap();
        assert!(status.success());
        std::fs::read(out).unwrap()
    };
    let first = run(&work.path().join("a.ics"));
    let second = run(&work.path().join("b.ics"));
    assert_eq!(first, second);
    assert_eq!(first, all.as_bytes());
}

#[test]
fn a_promise_restated_with_a_new_date_falls_due_once_on_its_new_date() {
    let (_dir, mut store) = temp_store();
    let mut details = util::rich_details();
    details.language = Language::En;
    details.payment = None;
    details.status = CaseStatus::Open;
    let id = store.create_case(&details).unwrap();
    let mut first = promise("p1", None);
    first.due = Some(day("2026-09-05"));
    // Later, the merchant gives a new date for the same delivery.
    let mut again = promise("p2", None);
    again.made_at = day("2026-09-08T09:00:00-04:00");
    again.due = Some(day("2026-09-15"));
    for p in [first, again] {
        store.save_promise(id, &p).unwrap();
    }
    let (text, count) =
        open_deadlines_ics(&store, Some(id), Some(day(AS_OF)), at(AS_OF).utc(), None).unwrap();
    let promises: Vec<String> = events(&text)
        .iter()
        .map(|e| property(e, "UID"))
        .filter(|uid| uid.contains("-promise-"))
        .collect();
    assert_eq!(
        promises,
        [format!("case{id}-promise-p2@papertrail")],
        "{text}"
    );
    assert!(count >= 1);
}

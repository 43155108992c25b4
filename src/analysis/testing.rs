//! Builders for the analysis's unit tests.

use crate::domain::{
    CaseData, CaseDetails, Channel, Contact, DateOrInstant, Direction, EntryId, Instant, Language,
    Outcome, Promise, PromiseKind, PromiseStatus, Statement, TimeZone,
};
use chrono::{DateTime, Utc};

/// An instant used where the exact time does not matter.
pub const T0: &str = "2026-08-17T09:00:00+02:00";

/// Parses an RFC 3339 instant to UTC.
pub fn at(text: &str) -> DateTime<Utc> {
    Instant::parse(text).unwrap().utc()
}

/// Same as [`at`], to read better next to a field named `at`.
pub fn at_(text: &str) -> DateTime<Utc> {
    at(text)
}

/// Europe/Paris.
pub fn paris() -> TimeZone {
    TimeZone::parse("Europe/Paris").unwrap()
}

/// An empty French case in Paris.
pub fn case_fr() -> CaseData {
    CaseData::new(CaseDetails::new("Lit jamais livré", Language::Fr, paris()))
}

/// An empty English case in Montreal.
pub fn case_en() -> CaseData {
    CaseData::new(CaseDetails::new(
        "Bed never delivered",
        Language::En,
        TimeZone::parse("America/Montreal").unwrap(),
    ))
}

fn contact(
    id: &str,
    at: &str,
    channel: Channel,
    direction: Direction,
    outcome: Outcome,
) -> Contact {
    Contact {
        id: EntryId::new(id),
        at: Instant::parse(at).unwrap(),
        channel,
        direction,
        counterpart: None,
        reference: None,
        summary: String::new(),
        outcome,
        wait_minutes: None,
        duration_minutes: None,
        reply_expected_within_days: None,
        in_reply_to: None,
        party: crate::domain::ContactParty::Merchant,
        purpose: None,
        deadline: None,
        received_at: None,
        not_collected_on: None,
    }
}

/// An outgoing contact.
pub fn outgoing(id: &str, at: &str, channel: Channel, outcome: Outcome) -> Contact {
    contact(id, at, channel, Direction::Outgoing, outcome)
}

/// An incoming contact.
pub fn incoming(id: &str, at: &str, channel: Channel, outcome: Outcome) -> Contact {
    contact(id, at, channel, Direction::Incoming, outcome)
}

/// An incoming email answering `to`.
pub fn named_reply(id: &str, at: &str, to: &str) -> Contact {
    let mut reply = incoming(id, at, Channel::Email, Outcome::Answered);
    reply.in_reply_to = Some(EntryId::new(to));
    reply
}

/// A pending promise.
pub fn promise(id: &str, made_at: &str, kind: PromiseKind, due: Option<&str>) -> Promise {
    Promise {
        id: EntryId::new(id),
        made_at: DateOrInstant::parse(made_at).unwrap(),
        source: None,
        kind,
        text: format!("{} promise", kind.as_str()),
        due: due.map(|d| DateOrInstant::parse(d).unwrap()),
        status: PromiseStatus::Pending,
        settled_at: None,
    }
}

/// A statement.
pub fn statement(id: &str, at: &str, topic: &str, value: &str) -> Statement {
    Statement {
        id: EntryId::new(id),
        at: Instant::parse(at).unwrap(),
        source: None,
        topic: topic.to_owned(),
        value: value.to_owned(),
        text: None,
    }
}

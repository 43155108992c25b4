//! *Mark as sent*: the contact a sent letter becomes (pure; the store records it with the PDF in
//! one transaction, see [`crate::store::Store::record_sent_letter`]).

use super::Letter;
use crate::domain::{Channel, Contact, DateOrInstant, Direction, EntryId, Instant, Outcome};

/// How and when a letter was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sending {
    /// When it was sent.
    pub at: Instant,
    /// Letter (registered mail) or email.
    pub channel: Channel,
    /// The registered-mail tracking number, if any.
    pub tracking: Option<String>,
    /// When the recipient received it, if known yet.
    pub received_at: Option<DateOrInstant>,
}

/// The contact a sent letter becomes: outgoing, to the letter's party, with its legal purpose and
/// the deadline it set (none when it gave a period from receipt), so the clocks start from it. Its id is given by the store.
pub fn sent_contact(letter: &Letter, sending: &Sending) -> Contact {
    Contact {
        id: EntryId::new(""),
        at: sending.at,
        channel: sending.channel,
        direction: Direction::Outgoing,
        counterpart: letter.recipient.first().cloned(),
        reference: sending.tracking.clone().filter(|t| !t.trim().is_empty()),
        summary: letter.subject.clone(),
        outcome: Outcome::NoAnswer,
        wait_minutes: None,
        duration_minutes: None,
        reply_expected_within_days: None,
        in_reply_to: None,
        party: letter.kind.party(),
        purpose: Some(letter.kind.purpose()),
        // A period counted from receipt gave no date: the clocks count it from the receipt.
        deadline: (!letter.deadline_from_receipt).then_some(DateOrInstant::Date(letter.deadline)),
        received_at: sending.received_at,
        not_collected_on: None,
    }
}

/// The file name the letter's PDF is stored under (`formal-notice-2026-12-01.pdf`).
pub fn file_name(letter: &Letter, sending: &Sending) -> String {
    format!("{}-{}.pdf", letter.kind, sending.at.0.date_naive())
}

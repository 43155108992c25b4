//! The entries of a case: contact attempts, promises, statements, attachments and notes.
//!
//! Field names and JSON shapes are those of the case file format v1; optional fields may be
//! absent or `null` in a file.

use super::{
    Channel, ContactParty, ContactPurpose, DateOrInstant, Direction, EntryId, Instant, Outcome,
    PromiseKind, PromiseStatus,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One attempt to reach the merchant, or one message or call from them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Unique within the case.
    pub id: EntryId,
    /// When it happened.
    pub at: Instant,
    /// Email, phone, chat…
    pub channel: Channel,
    /// Outgoing (consumer → merchant) or incoming.
    pub direction: Direction,
    /// Who was on the other side: department, agent name.
    #[serde(default)]
    pub counterpart: Option<String>,
    /// Ticket or case number, message id.
    #[serde(default)]
    pub reference: Option<String>,
    /// What was said or written.
    #[serde(default)]
    pub summary: String,
    /// What came of it.
    pub outcome: Outcome,
    /// Minutes on hold before reaching someone.
    #[serde(default)]
    pub wait_minutes: Option<u32>,
    /// Length of the call or meeting in minutes.
    #[serde(default)]
    pub duration_minutes: Option<u32>,
    /// Days within which a reply is expected (overrides the per-channel default).
    #[serde(default)]
    pub reply_expected_within_days: Option<u32>,
    /// The earlier contact this one answers or follows up.
    #[serde(default)]
    pub in_reply_to: Option<EntryId>,
    /// Who it was with; only merchant contacts count as attempts to reach the merchant.
    #[serde(default)]
    pub party: ContactParty,
    /// What it does in law (complaint, formal notice…); notices start the statutory clocks.
    #[serde(default)]
    pub purpose: Option<ContactPurpose>,
    /// For a formal notice: the date by which the merchant was told to act.
    #[serde(default)]
    pub deadline: Option<DateOrInstant>,
    /// When the other side received it (e.g. the registered-mail receipt).
    #[serde(default)]
    pub received_at: Option<DateOrInstant>,
    /// For a letter that was not collected: the day the post returned it (or presented it last).
    /// Meaningful only while [`Self::received_at`] is unknown (see [`Self::letter_receipt`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_collected_on: Option<NaiveDate>,
}

/// Something the merchant undertook to do, by a date or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Promise {
    /// Unique within the case.
    pub id: EntryId,
    /// When the promise was made.
    pub made_at: DateOrInstant,
    /// The contact or attachment that carries it.
    #[serde(default)]
    pub source: Option<EntryId>,
    /// Delivery, callback, refund…
    pub kind: PromiseKind,
    /// The promise in the merchant's words.
    pub text: String,
    /// When it falls due (a date means the end of that day in the case's zone).
    #[serde(default)]
    pub due: Option<DateOrInstant>,
    /// What the user recorded.
    pub status: PromiseStatus,
    /// When it was kept or broken.
    #[serde(default)]
    pub settled_at: Option<DateOrInstant>,
}

/// A fact the merchant asserted (a pickup date, a call price, an order status).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// Unique within the case.
    pub id: EntryId,
    /// When it was stated.
    pub at: Instant,
    /// The contact or attachment that carries it.
    #[serde(default)]
    pub source: Option<EntryId>,
    /// What it is about (`pickup date`); statements are compared per topic.
    pub topic: String,
    /// The asserted value (`2019-12-11`, `0.35 EUR/min`).
    pub value: String,
    /// The statement in context.
    #[serde(default)]
    pub text: Option<String>,
}

/// A file kept as evidence: stored by content hash, never altered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// Unique within the case.
    pub id: EntryId,
    /// The original file name (no directories).
    pub file_name: String,
    /// SHA-256 of the content, 64 lower-case hex digits.
    pub sha256: String,
    /// Size in bytes.
    pub size: u64,
    /// Media type sniffed from the content (`image/jpeg`, `application/pdf`).
    pub media_type: String,
    /// When the consumer received or captured it.
    #[serde(default)]
    pub received_at: Option<DateOrInstant>,
    /// What it shows.
    #[serde(default)]
    pub caption: Option<String>,
    /// The entries it proves.
    #[serde(default)]
    pub links: Vec<EntryId>,
}

/// A free note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Unique within the case.
    pub id: EntryId,
    /// When it was written.
    pub at: Instant,
    /// The note.
    pub text: String,
}

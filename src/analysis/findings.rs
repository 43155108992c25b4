//! What the analysis finds in a case: the contract between the analysis engine and its readers
//! (the app's dashboard and timeline, `papertrail report`, the PDF dossier).
//!
//! All instants are UTC; day counts are calendar days in the case's time zone unless a field
//! says business days. Ids are the case file's entry ids. The serde form of [`Findings`] is the
//! JSON of `papertrail report --json` (documented in the README).

use crate::domain::{Channel, Direction, EntryId, PromiseKind};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// Everything the analysis computed for one case at one instant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Findings {
    /// The instant the findings are computed at.
    pub as_of: DateTime<Utc>,
    /// Calendar days from the order to `as_of`; `None` without an order date.
    pub days_since_order: Option<i64>,
    /// Calendar days since the first outgoing contact (the first complaint).
    pub days_since_first_complaint: Option<i64>,
    /// Calendar days since the last incoming contact that was a real answer.
    pub days_since_last_answer: Option<i64>,
    /// The longest stretch without any incoming contact while the consumer was waiting.
    pub longest_silence: Option<Silence>,
    /// Total minutes on hold over all contacts.
    pub minutes_on_hold: u32,
    /// Contact counts.
    pub contacts: ContactCounts,
    /// Outgoing contacts that expected a reply and got none by `as_of`, oldest first.
    pub unanswered: Vec<Unanswered>,
    /// Outgoing contacts that expected a reply and got one, with how long it took.
    pub answered: Vec<Answered>,
    /// Every promise with its computed status, in the order they were made.
    pub promises: Vec<PromiseFinding>,
    /// Totals over [`Findings::promises`].
    pub promise_totals: PromiseTotals,
    /// Topics on which the merchant said different things, and restated promises.
    pub contradictions: Vec<Contradiction>,
    /// Effort and service figures.
    pub effort: Effort,
    /// Every dated item of the case in time order, flagged.
    pub timeline: Vec<TimelineItem>,
    /// A short summary in the case's language.
    pub headline: String,
    /// Rights and deadlines: every statutory clock that applies, in rule order.
    pub clocks: Vec<super::clocks::Clock>,
    /// What the consumer can do next, most urgent first.
    pub next_steps: Vec<super::clocks::NextStep>,
    /// Facts the case does not record that would let more clocks be computed.
    pub unlock: Vec<super::clocks::MissingFact>,
    /// The date the rule set was last checked against its sources.
    pub rules_as_of: chrono::NaiveDate,
}

/// A stretch of time with no word from the merchant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Silence {
    /// When it started (the consumer's contact that was left waiting).
    pub from: DateTime<Utc>,
    /// When it ended (the merchant's next contact), or `as_of`.
    pub to: DateTime<Utc>,
    /// Its length in calendar days.
    pub days: i64,
    /// Whether it is still going on at `as_of`.
    pub ongoing: bool,
}

/// How many contacts, by direction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ContactCounts {
    /// All contacts.
    pub total: u32,
    /// Consumer → merchant.
    pub outgoing: u32,
    /// Merchant → consumer.
    pub incoming: u32,
}

/// An outgoing contact still waiting for its reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unanswered {
    /// The contact's id.
    pub contact: EntryId,
    /// Its channel.
    pub channel: Channel,
    /// When it was made.
    pub at: DateTime<Utc>,
    /// When a reply was due.
    pub reply_due: DateTime<Utc>,
    /// Calendar days since it was made.
    pub days_waiting: i64,
    /// Calendar days past the reply's due date (0 while not yet due).
    pub days_overdue: i64,
    /// Later outgoing contacts that chased it (`in_reply_to` pointing to it).
    pub chasers: Vec<EntryId>,
}

/// An outgoing contact that got its reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answered {
    /// The contact's id.
    pub contact: EntryId,
    /// The incoming contact that answered it.
    pub answered_by: EntryId,
    /// Minutes between the two.
    pub minutes_to_answer: i64,
    /// Whether the answer came after the reply was due.
    pub late: bool,
}

/// A promise's computed status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PromiseState {
    /// Not yet due (or no due date) and not settled.
    Pending,
    /// Kept: said so by the user, or a qualifying contact came in time.
    Kept,
    /// Broken, as the user recorded it.
    Broken,
    /// Past its due date and not settled.
    Overdue,
}

/// One promise as the analysis sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PromiseFinding {
    /// The promise's id.
    pub promise: EntryId,
    /// What kind of promise.
    pub kind: PromiseKind,
    /// Computed status.
    pub status: PromiseState,
    /// The deadline, if it had one.
    pub due: Option<DateTime<Utc>>,
    /// Calendar days late (overdue: until `as_of`; broken or kept late: until settled).
    pub days_late: Option<i64>,
    /// The incoming contact that kept a reply or callback promise automatically.
    pub kept_by: Option<EntryId>,
    /// When it was made (a plain date: the start of that day in the case's zone).
    pub made_at: DateTime<Utc>,
    /// When it was settled: the date the user recorded (start of that day for a plain date) or
    /// the contact that kept it; `None` while unsettled or when the user gave no date.
    pub settled_at: Option<DateTime<Utc>>,
}

/// Totals over the promises.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PromiseTotals {
    /// Promises made.
    pub made: u32,
    /// Kept.
    pub kept: u32,
    /// Broken.
    pub broken: u32,
    /// Overdue.
    pub overdue: u32,
    /// Pending.
    pub pending: u32,
    /// Sum of days late over broken and overdue promises.
    pub total_days_late: i64,
}

/// What kind of contradiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContradictionKind {
    /// Statements on one topic carry different values.
    Statements,
    /// A broken or overdue promise was later restated with another due date.
    RestatedPromise,
}

/// A topic on which the merchant said two or more different things.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contradiction {
    /// The topic as first written by the user.
    pub topic: String,
    /// Statements or restated promise.
    pub kind: ContradictionKind,
    /// The distinct values, in the order they were first stated.
    pub values: Vec<ContradictionValue>,
}

/// One of the values in a contradiction, with what carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContradictionValue {
    /// The value as first written.
    pub value: String,
    /// The statements (or promises, for a restated promise) carrying this value, in time order.
    pub statements: Vec<EntryId>,
    /// When each of them was stated (same order as `statements`).
    pub stated_at: Vec<DateTime<Utc>>,
    /// Their sources (contact or attachment ids), same order; `None` where none was recorded.
    pub sources: Vec<Option<EntryId>>,
}

/// Contacts on one channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ChannelCount {
    /// The channel.
    pub channel: Channel,
    /// Outgoing contacts on it.
    pub outgoing: u32,
    /// Incoming contacts on it.
    pub incoming: u32,
}

/// What the consumer put in, and the service they got.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Effort {
    /// Contacts per channel (only channels used), in the enumeration's order.
    pub by_channel: Vec<ChannelCount>,
    /// Total minutes on hold.
    pub minutes_on_hold: u32,
    /// Total minutes in calls and meetings.
    pub minutes_in_calls: u32,
    /// Contacts that ended in a transfer.
    pub transfers: u32,
    /// Different named counterparts spoken to.
    pub agents: u32,
    /// Answered / expecting-a-reply outgoing contacts, 0.0–1.0; `None` when none expected one.
    pub answer_rate: Option<f64>,
    /// Median minutes to an answer.
    pub median_minutes_to_answer: Option<i64>,
    /// Worst minutes to an answer (answered or, if longer, still waiting at `as_of`).
    pub worst_minutes_to_answer: Option<i64>,
}

/// What a timeline item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimelineKind {
    /// The order was placed.
    Order,
    /// A contact attempt or message.
    Contact,
    /// A promise was made.
    PromiseMade,
    /// A promise fell due.
    PromiseDue,
    /// A promise was settled (kept or broken).
    PromiseSettled,
    /// A statement.
    Statement,
    /// An attachment was received.
    Attachment,
    /// A note.
    Note,
}

/// Marks on a timeline item, for the eye and for black-and-white print.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Flags {
    /// An outgoing contact still waiting for its reply.
    pub unanswered: bool,
    /// A promise past due, or a reply past due.
    pub overdue: bool,
    /// A promise broken.
    pub broken: bool,
    /// A statement (or promise) that is part of a contradiction.
    pub contradicted: bool,
}

/// One item of the merged timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineItem {
    /// When.
    pub at: DateTime<Utc>,
    /// What.
    pub kind: TimelineKind,
    /// The entry it comes from (`None` for the order itself).
    pub entry: Option<EntryId>,
    /// Direction, for contacts.
    pub direction: Option<Direction>,
    /// Its marks.
    pub flags: Flags,
}

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
    /// Outgoing contacts whose reply was due by `as_of` and never came, oldest first.
    pub unanswered: Vec<Unanswered>,
    /// Outgoing contacts waiting for a reply that is not yet due at `as_of`, oldest first.
    pub awaiting_reply: Vec<Unanswered>,
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
    /// The short summary, as facts; worded by the presentation layer (`i18n::findings::headline`).
    pub headline: Headline,
    /// Statements grouped by topic (the one folding every view uses), in the order each topic
    /// was first stated.
    pub topics: Vec<TopicGroup>,
    /// The named figures every view reads (see `docs/analysis.md`, "The figures").
    pub figures: Figures,
    /// Rights and deadlines: every statutory clock that applies, in rule order.
    pub clocks: Vec<super::clocks::Clock>,
    /// What the consumer can do next, most urgent first.
    pub next_steps: Vec<super::clocks::NextStep>,
    /// Facts the case does not record that would let more clocks be computed.
    pub unlock: Vec<super::clocks::MissingFact>,
    /// The date the rule set was last checked against its sources.
    pub rules_as_of: chrono::NaiveDate,
}

/// Statements on one topic, grouped with the analysis's folding (case, accents, whitespace).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicGroup {
    /// The topic as first written (trimmed).
    pub topic: String,
    /// Whether the merchant said different things on it.
    pub contradicted: bool,
    /// Its statements, in time order.
    pub statements: Vec<EntryId>,
}

/// The named figures of a case: each counted once, here, and read by every view (dashboard
/// cards, case-list badges, chart, headline, `report`, dossier). Definitions are in
/// `docs/analysis.md` under "The figures", and shown in the app as hover text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Figures {
    /// Calendar days from the order to `as_of`.
    pub days_since_order: Option<i64>,
    /// Calendar days from the first contact attempt to `as_of`.
    pub days_since_first_complaint: Option<i64>,
    /// Contact attempts: outgoing contacts with the merchant.
    pub contact_attempts: u32,
    /// Contacts from the merchant (incoming), auto-replies included.
    pub merchant_contacts: u32,
    /// Contact attempts that expected a reply: those with a reply window, and live
    /// conversations (answered on the spot).
    pub expecting_reply: u32,
    /// Of those, answered: by a reply, or on the spot in a live conversation.
    pub answered: u32,
    /// Of those, unanswered: the reply was due by `as_of` and never came.
    pub unanswered: u32,
    /// Of those, awaiting a reply that is not yet due.
    pub awaiting_reply: u32,
    /// Live conversations: calls and visits where someone from the merchant spoke.
    pub live_conversations: u32,
    /// Real answers: incoming contacts that are not auto-replies.
    pub real_answers: u32,
    /// Incoming auto-replies.
    pub auto_replies: u32,
    /// `answered / expecting_reply` in whole percent; `None` when nothing expected a reply.
    pub answer_rate_percent: Option<u32>,
    /// Promises made: distinct undertakings (a restated promise counts once).
    pub promises_made: u32,
    /// Promises kept.
    pub promises_kept: u32,
    /// Promises broken.
    pub promises_broken: u32,
    /// Promises overdue.
    pub promises_overdue: u32,
    /// Promises pending.
    pub promises_pending: u32,
    /// Broken plus overdue promises.
    pub promises_late: u32,
    /// Times the merchant restated a promise with another date.
    pub restatements: u32,
    /// The most days late of any promise (never summed across promises).
    pub worst_days_late: Option<i64>,
    /// Contradictions (topics and restated promises).
    pub contradictions: u32,
    /// Minutes on hold over all contacts.
    pub minutes_on_hold: u32,
    /// Minutes in calls and meetings.
    pub minutes_in_calls: u32,
    /// Calendar days of the longest silence.
    pub longest_silence_days: Option<i64>,
}

/// The headline as facts, in the order it reads; worded per language by
/// the presentation layer (`i18n::findings::headline`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Headline {
    /// Days since the order or, without one, since the first complaint.
    pub since: Option<Since>,
    /// Contact attempts, unanswered and awaiting a reply (the same figures as everywhere).
    pub contact_attempts: u32,
    /// Unanswered contact attempts.
    pub unanswered: u32,
    /// Contact attempts awaiting a reply not yet due.
    pub awaiting_reply: u32,
    /// Broken promises, in the order they were made.
    pub broken: Vec<PromiseMention>,
    /// Overdue promises, in the order they were made.
    pub overdue: Vec<PromiseMention>,
    /// The topics contradicted, in order.
    pub contradictions: Vec<Topic>,
}

/// Where the headline counts days from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "from", content = "days")]
pub enum Since {
    /// Days since the order.
    Order(i64),
    /// Days since the first complaint.
    FirstComplaint(i64),
}

/// A promise named in the headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PromiseMention {
    /// What kind of promise.
    pub kind: PromiseKind,
    /// Days late (from its first due date), when more than zero.
    pub days_late: Option<i64>,
}

/// What a contradiction is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "value")]
pub enum Topic {
    /// A statement topic, as the user first wrote it.
    Stated(String),
    /// The date of a restated promise of this kind.
    PromisedDate(PromiseKind),
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
    /// Calendar days late (overdue: until `as_of`; kept late: until settled; broken: until what
    /// was promised came after all, else until `as_of`).
    pub days_late: Option<i64>,
    /// The incoming contact that kept a reply or callback promise automatically.
    pub kept_by: Option<EntryId>,
    /// When it was made (a plain date: the start of that day in the case's zone).
    pub made_at: DateTime<Utc>,
    /// When it was settled: the date the user recorded (start of that day for a plain date) or
    /// the contact that kept it; `None` while unsettled or when the user gave no date.
    pub settled_at: Option<DateTime<Utc>>,
    /// The first due date of the undertaking when this promise restates an earlier one (its
    /// days late run from there); `None` when it restates nothing.
    pub first_due: Option<DateTime<Utc>>,
    /// The later promise that restated this one with another date: this one is then history,
    /// and is not counted again in the totals.
    pub restated_by: Option<EntryId>,
}

/// Totals over the promises; a promise restated by a later one is counted once, as the later.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PromiseTotals {
    /// Promises made (distinct undertakings).
    pub made: u32,
    /// Kept.
    pub kept: u32,
    /// Broken.
    pub broken: u32,
    /// Overdue.
    pub overdue: u32,
    /// Pending.
    pub pending: u32,
    /// Restatements: promises superseded by a later one with another date.
    pub restated: u32,
    /// The most days late of any broken or overdue promise (never a sum).
    pub worst_days_late: Option<i64>,
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
    /// What it is about: a statement topic as first written, or a restated promise's kind.
    pub topic: Topic,
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
    /// What it means (a date, an instant, an amount, a phone number or text), for the
    /// presentation layer to print it formatted.
    #[serde(skip)]
    pub meaning: super::values::Value,
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
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
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

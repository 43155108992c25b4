//! Rights and deadlines: every statutory clock of [`crate::law`] that applies to the case, with
//! its dates and status at `as_of`, what the merchant owes so far, the next steps the consumer can
//! take (most urgent first), and the facts that would unlock more clocks.
//!
//! Pure: the case and `as_of` in, facts out. A clock exists only when its start event is in the
//! case (dated no later than `as_of`); nothing is assumed for a missing fact, which is named in
//! [`ClockFindings::unlock`] instead. Dates are calendar days in the case's zone; a period of n
//! days from an event on day D ends at the end of day D + n (see [`crate::law::count`]).

use crate::domain::{
    CaseData, ContactParty, ContactPurpose, Direction, Money, Outcome, PromiseKind,
};
use crate::law::{
    self, Action, Basis, ClockKind, Confidence, Done, Event, Period, Rule, Target, count,
};
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

/// A clock's status. Merchant duties go `pending` → `met` or `missed`; consumer windows go
/// `not_yet` → `open` → `used` or `closed`, or `not_yet` → `never_opened` when what ends the
/// window (delivery, a full refund) came before it could open. A status never goes back as
/// `as_of` advances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockStatus {
    /// Duty: not yet due, not yet done.
    Pending,
    /// Duty: done in time.
    Met,
    /// Duty: its last day passed without it being done.
    Missed,
    /// Window: not open yet.
    NotYet,
    /// Window: open now.
    Open,
    /// Window: the consumer used it.
    Used,
    /// Window: its last day passed (or delivery ended it) unused.
    Closed,
    /// Window: it never opened, because what ends it (delivery, a full refund) came first (a
    /// right to cancel for non-delivery when the goods came before the date): it does not apply.
    NeverOpened,
}

impl ClockStatus {
    /// The status's name and the suffix of its i18n key (`clock-status-open`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Met => "met",
            Self::Missed => "missed",
            Self::NotYet => "not_yet",
            Self::Open => "open",
            Self::Used => "used",
            Self::Closed => "closed",
            Self::NeverOpened => "never_opened",
        }
    }

    /// Its place in the one-way order of statuses (for monotonicity checks).
    pub fn rank(self) -> u8 {
        match self {
            Self::Pending | Self::NotYet => 0,
            Self::Open => 1,
            Self::Met | Self::Missed | Self::Used | Self::Closed | Self::NeverOpened => 2,
        }
    }
}

/// One part of an amount owed: a sum at a rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AmountPart {
    /// The sum the rate applies to (refunded late, or still unrefunded).
    pub base: Money,
    /// Days late (counted from the day after the refund deadline, that day being day 1).
    pub days_late: i64,
    /// The rate in percent.
    pub rate_percent: u32,
    /// `base × rate`, rounded to the cent.
    pub amount: Money,
}

/// One statutory clock on the case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Clock {
    /// The rule's id (`fr.l216-1`).
    pub rule: &'static str,
    /// Merchant duty or consumer window.
    pub kind: ClockKind,
    /// The i18n message id of its title (`law-fr-l216-1`), stable across languages.
    pub title: String,
    /// The first allowed day (the day of the event for a duty; the day the window opens).
    pub opens: Option<NaiveDate>,
    /// The last allowed day, or `None` when open-ended.
    pub due: Option<NaiveDate>,
    /// Status at `as_of`.
    pub status: ClockStatus,
    /// Days from `as_of`'s day to `due`, while pending, not yet open or open.
    pub days_left: Option<i64>,
    /// What the merchant owes so far on top of the refund (late-refund increases).
    pub amount: Option<Money>,
    /// The rate now applying to what is still unrefunded, in percent.
    pub rate_percent: Option<u32>,
    /// How `amount` is made up.
    pub amount_parts: Vec<AmountPart>,
    /// Whether `due` was moved past a weekend (only where the rule says so).
    pub weekend_extended: bool,
    /// Whether the clock was counted from a notice's sending because its receipt is not known.
    pub counted_from_sending: bool,
    /// The article.
    pub citation: &'static str,
    /// The official or best source seen.
    pub source: &'static str,
    /// How sure the encoding is.
    pub confidence: Confidence,
    /// What the law or practice asks before using the window (`law::Before`), for this case.
    pub before: Vec<BeforeNote>,
}

/// A step the law or practice asks for before a window is used, on this case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BeforeNote {
    /// Its id (`qc.ccq-1596`).
    pub id: &'static str,
    /// The i18n message id of its words (`law-before-qc-ccq-1596`).
    pub text: String,
    /// Law or practice.
    pub basis: Basis,
    /// Mandatory or advisable.
    pub required: bool,
    /// The day the case shows it done (the first such contact), if it does.
    pub done_on: Option<NaiveDate>,
    /// The article.
    pub citation: &'static str,
    /// The official or best source seen.
    pub source: &'static str,
    /// How sure the encoding is.
    pub confidence: Confidence,
}

/// Something the consumer can do next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextStep {
    /// What to do.
    pub action: Action,
    /// With whom.
    pub target: Target,
    /// The last day to do it, or `None` when no law sets one.
    pub by: Option<NaiveDate>,
    /// The i18n message id of why (the title of the first rule behind it).
    pub why: String,
    /// The ids of the clocks behind it.
    pub rules: Vec<&'static str>,
}

/// A fact the case does not record, and the rules it would let the app check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissingFact {
    /// The case-file key (`case.ordered_at`, `case.payment.statement_date`).
    pub fact: &'static str,
    /// The rules waiting for it.
    pub rules: Vec<&'static str>,
}

/// The clocks of a case at `as_of`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClockFindings {
    /// Every clock that applies, in rule order.
    pub clocks: Vec<Clock>,
    /// Next steps, most urgent first.
    pub next_steps: Vec<NextStep>,
    /// Facts that would unlock more clocks.
    pub unlock: Vec<MissingFact>,
}

/// The case's facts as the rules read them, at `as_of`.
struct Facts<'a> {
    case: &'a CaseData,
    as_of: DateTime<Utc>,
    today: NaiveDate,
    contract: Option<NaiveDate>,
    agreed: Option<NaiveDate>,
    delivered: Option<NaiveDate>,
    paid: Option<Money>,
    paid_on: Option<NaiveDate>,
    statement: Option<NaiveDate>,
    /// Refunds received by `as_of` in the currency paid, by date.
    refunds: Vec<(NaiveDate, Money)>,
    /// The day the goods count as returned, and whether only their sending is recorded.
    returned: Option<(NaiveDate, bool)>,
}

impl<'a> Facts<'a> {
    fn new(case: &'a CaseData, as_of: DateTime<Utc>) -> Self {
        let details = &case.case;
        let zone = details.time_zone;
        let known = |v: &crate::domain::DateOrInstant| v.start_in(zone) <= as_of;
        let contract = details.ordered_at.filter(known).map(|d| d.date_in(zone));
        // The agreed date: the contract's, else a delivery or pickup promise made by the order.
        let agreed = details
            .delivery_agreed
            .map(|d| d.date_in(zone))
            .or_else(|| {
                let order = contract?;
                case.promises
                    .iter()
                    .filter(|p| matches!(p.kind, PromiseKind::Delivery | PromiseKind::Pickup))
                    .filter(|p| p.made_at.date_in(zone) <= order)
                    .filter_map(|p| p.due.map(|d| d.date_in(zone)))
                    .min()
            });
        let delivered = details.delivered_at.filter(known).map(|d| d.date_in(zone));
        let payment = details.payment.as_ref();
        let paid = payment.and_then(|p| p.amount).or(details.price);
        let paid_on = payment
            .and_then(|p| p.paid_at)
            .filter(|i| i.utc() <= as_of)
            .map(|i| i.date_in(zone))
            .or(contract);
        let statement = payment
            .and_then(|p| p.statement_date)
            .filter(known)
            .map(|d| d.date_in(zone));
        let mut refunds: Vec<(NaiveDate, Money)> = details
            .refunds
            .iter()
            .filter(|r| known(&r.at))
            .filter(|r| paid.is_none_or(|p| p.currency == r.amount.currency))
            .map(|r| (r.at.date_in(zone), r.amount))
            .collect();
        refunds.sort_by_key(|(d, _)| *d);
        Self {
            case,
            as_of,
            today: as_of.with_timezone(&zone.0).date_naive(),
            contract,
            agreed,
            delivered,
            paid,
            paid_on,
            statement,
            refunds,
            returned: super::returned::returned(case, as_of).day(),
        }
    }

    /// The first contact by `as_of` from the consumer with this purpose and party: its date
    /// (of receipt when `receipt` and known) and whether it was counted from sending instead.
    fn notice(
        &self,
        purpose: ContactPurpose,
        party: ContactParty,
        receipt: bool,
    ) -> Option<(NaiveDate, bool)> {
        let zone = self.case.case.time_zone;
        self.case
            .contacts
            .iter()
            .filter(|c| c.purpose == Some(purpose) && c.party == party)
            .filter(|c| c.direction == Direction::Outgoing && c.at.utc() <= self.as_of)
            .min_by_key(|c| c.at)
            .map(|c| {
                let received = c
                    .received_at
                    .filter(|r| r.start_in(zone) <= self.as_of)
                    .map(|r| r.date_in(zone));
                match (receipt, received) {
                    (true, Some(day)) => (day, false),
                    (true, None) => (c.at.date_in(zone), true),
                    (false, _) => (c.at.date_in(zone), false),
                }
            })
    }

    /// The first formal notice to the merchant by `as_of` that set a deadline: that deadline.
    fn notice_deadline(&self) -> Option<NaiveDate> {
        let zone = self.case.case.time_zone;
        self.case
            .contacts
            .iter()
            .filter(|c| c.at.utc() <= self.as_of && c.direction == Direction::Outgoing)
            .filter(|c| {
                c.purpose == Some(ContactPurpose::FormalNotice) && c.party == ContactParty::Merchant
            })
            .min_by_key(|c| c.at)
            .and_then(|c| c.deadline)
            .map(|d| d.date_in(zone))
    }

    /// Whether a formal notice to the merchant was sent by `as_of` without a deadline.
    fn notice_without_deadline(&self) -> bool {
        self.case.contacts.iter().any(|c| {
            c.at.utc() <= self.as_of
                && c.direction == Direction::Outgoing
                && c.party == ContactParty::Merchant
                && c.purpose == Some(ContactPurpose::FormalNotice)
                && c.deadline.is_none()
        })
    }

    /// The first written complaint (or formal notice) to the merchant by `as_of`.
    fn written_complaint(&self) -> Option<NaiveDate> {
        [ContactPurpose::Complaint, ContactPurpose::FormalNotice]
            .into_iter()
            .filter_map(|p| self.notice(p, ContactParty::Merchant, false))
            .map(|(d, _)| d)
            .min()
    }

    /// The first real answer from the merchant on or after `from`.
    fn merchant_answer(&self, from: NaiveDate) -> Option<NaiveDate> {
        let zone = self.case.case.time_zone;
        self.case
            .contacts
            .iter()
            .filter(|c| c.direction == Direction::Incoming && c.party == ContactParty::Merchant)
            .filter(|c| c.outcome != Outcome::AutoReplyOnly && c.at.utc() <= self.as_of)
            .map(|c| c.at.date_in(zone))
            .filter(|d| *d >= from)
            .min()
    }

    /// The day refunds reached everything paid, if they did by `as_of`.
    fn refunded_in_full(&self) -> Option<NaiveDate> {
        let paid = self.paid?;
        let mut total = Decimal::ZERO;
        for (day, money) in &self.refunds {
            total += money.amount;
            if total >= paid.amount {
                return Some(*day);
            }
        }
        None
    }

    /// The amount claimed (what was paid, less refunds), in whole units, for thresholds.
    fn claim(&self) -> Option<Decimal> {
        let paid = self.paid?;
        let refunded: Decimal = self.refunds.iter().map(|(_, m)| m.amount).sum();
        Some(paid.amount - refunded)
    }
}

/// Collects the missing facts as rules ask for them.
#[derive(Default)]
struct Unlock(Vec<MissingFact>);

impl Unlock {
    fn need(&mut self, fact: &'static str, rule: &'static str) {
        match self.0.iter_mut().find(|m| m.fact == fact) {
            Some(m) if !m.rules.contains(&rule) => m.rules.push(rule),
            Some(_) => {}
            None => self.0.push(MissingFact {
                fact,
                rules: vec![rule],
            }),
        }
    }
}

fn ymd((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// Whether the rule's scope covers the case; a fact needed to tell that is missing is noted.
fn applies(rule: &Rule, facts: &Facts<'_>, unlock: &mut Unlock) -> bool {
    let details = &facts.case.case;
    let a = &rule.applies;
    if !a.contract_kinds.is_empty() {
        match details.contract_kind {
            None => {
                unlock.need("case.contract_kind", rule.id);
                return false;
            }
            Some(kind) if !a.contract_kinds.contains(&kind) => return false,
            Some(_) => {}
        }
    }
    if !a.methods.is_empty() || !a.networks.is_empty() {
        let Some(payment) = details.payment.as_ref() else {
            unlock.need("case.payment", rule.id);
            return false;
        };
        if !a.methods.is_empty() && !a.methods.contains(&payment.method) {
            return false;
        }
        if !a.networks.is_empty() {
            match payment.network {
                None => {
                    unlock.need("case.payment.network", rule.id);
                    return false;
                }
                Some(network) if !a.networks.contains(&network) => return false,
                Some(_) => {}
            }
        }
    }
    if a.contracted_from.is_some() || a.contracted_before.is_some() {
        let Some(contract) = facts.contract else {
            unlock.need("case.ordered_at", rule.id);
            return false;
        };
        if a.contracted_from.is_some_and(|from| contract < ymd(from))
            || a.contracted_before
                .is_some_and(|before| contract >= ymd(before))
        {
            return false;
        }
    }
    if let Some(max) = a.max_claim {
        match facts.claim() {
            None => {
                unlock.need("case.price", rule.id);
                return false;
            }
            Some(claim) if claim > Decimal::from(max) => return false,
            Some(_) => {}
        }
    }
    true
}

/// The start day of a rule's clock, and whether it was counted from a notice's sending.
fn start(
    rule: &Rule,
    facts: &Facts<'_>,
    done: &[Clock],
    unlock: &mut Unlock,
) -> Option<(NaiveDate, bool)> {
    let missed = |id: &str| {
        done.iter()
            .find(|c| c.rule == id && c.status == ClockStatus::Missed)
            .and_then(|c| c.due)
    };
    match rule.start {
        Event::Contract => {
            if facts.contract.is_none() {
                unlock.need("case.ordered_at", rule.id);
            }
            facts.contract.map(|d| (d, false))
        }
        Event::AgreedDeliveryOrContract => {
            if facts.contract.is_none() && facts.agreed.is_none() {
                unlock.need("case.ordered_at", rule.id);
            }
            facts.agreed.or(facts.contract).map(|d| (d, false))
        }
        Event::Delivered => facts.delivered.map(|d| (d, false)),
        Event::Payment => facts.paid_on.map(|d| (d, false)),
        Event::Statement => {
            if facts.statement.is_none() {
                unlock.need("case.payment.statement_date", rule.id);
            }
            facts.statement.map(|d| (d, false))
        }
        Event::Notice {
            purpose,
            party,
            receipt,
        } => facts.notice(purpose, party, receipt),
        Event::NoticeDeadline => {
            if facts.notice_without_deadline() {
                unlock.need("contacts[].deadline", rule.id);
            }
            facts.notice_deadline().map(|d| (count::next_day(d), false))
        }
        Event::NoticeDeadlineOrEssential(delivery) => {
            let due = missed(delivery)?;
            if facts.case.case.delivery_essential {
                return Some((count::next_day(due), false));
            }
            if facts.notice_without_deadline() {
                unlock.need("contacts[].deadline", rule.id);
            }
            facts
                .notice_deadline()
                .map(|d| (count::next_day(d.max(due)), false))
        }
        Event::WrittenComplaint => facts.written_complaint().map(|d| (d, false)),
        Event::GoodsReturned => facts.returned,
        Event::Missed(id) => missed(id).map(|due| (count::next_day(due), false)),
    }
}

/// The day the rule's early end happened, if it did by `as_of`.
fn done_on(rule: &Rule, facts: &Facts<'_>, start: NaiveDate) -> Option<NaiveDate> {
    match rule.done_by {
        Done::Delivered => facts.delivered,
        Done::RefundedInFull => facts.refunded_in_full(),
        Done::MerchantAnswered => facts.merchant_answer(start),
        Done::Contact {
            purpose,
            party,
            receipt,
        } => {
            if party == ContactParty::Court {
                let zone = facts.case.case.time_zone;
                return facts
                    .case
                    .contacts
                    .iter()
                    .filter(|c| c.party == ContactParty::Court && c.at.utc() <= facts.as_of)
                    .map(|c| c.at.date_in(zone))
                    .min();
            }
            facts.notice(purpose, party, receipt).map(|(d, _)| d)
        }
        Done::Nothing => None,
    }
}

/// The late-refund increase so far: each refund received late at its band, and what is still
/// unrefunded at the band of `as_of`.
fn surcharge(
    rule: &Rule,
    facts: &Facts<'_>,
    default_day: NaiveDate,
) -> (Option<Money>, Option<u32>, Vec<AmountPart>) {
    let (Some(schedule), Some(paid)) = (rule.surcharge, facts.paid) else {
        return (None, None, Vec::new());
    };
    let deadline = default_day.pred_opt().unwrap_or(default_day);
    let price = facts.case.case.price.unwrap_or(paid).amount;
    let mut parts = Vec::new();
    let mut remaining = paid.amount;
    let part = |base: Decimal, day: NaiveDate, parts: &mut Vec<AmountPart>| {
        let days_late = (day - deadline).num_days();
        let rate = schedule.percent(days_late)?;
        let amount = schedule.amount(base, rate, price);
        parts.push(AmountPart {
            base: Money {
                amount: base,
                currency: paid.currency,
            },
            days_late,
            rate_percent: rate,
            amount: Money {
                amount,
                currency: paid.currency,
            },
        });
        Some(rate)
    };
    for (day, refund) in &facts.refunds {
        let base = refund.amount.min(remaining.max(Decimal::ZERO));
        remaining -= refund.amount;
        if *day > deadline && base > Decimal::ZERO {
            part(base, *day, &mut parts);
        }
    }
    let rate = if remaining > Decimal::ZERO {
        part(remaining, facts.today, &mut parts)
    } else {
        None
    };
    if parts.is_empty() {
        return (None, rate, parts);
    }
    let mut total: Decimal = parts.iter().map(|p| p.amount.amount).sum();
    if schedule.capped_at_price && total > price {
        total = price;
    }
    (
        Some(Money {
            amount: total,
            currency: paid.currency,
        }),
        rate.or_else(|| parts.last().map(|p| p.rate_percent)),
        parts,
    )
}

/// Evaluates one rule; `None` when it does not apply or its event has not happened.
fn evaluate(
    rule: &'static Rule,
    facts: &Facts<'_>,
    done: &[Clock],
    unlock: &mut Unlock,
) -> Option<Clock> {
    if !applies(rule, facts, unlock) {
        return None;
    }
    let (start, from_sending) = start(rule, facts, done, unlock)?;
    let counted_from = match rule.period_from {
        Some(Event::Contract) => facts.contract.unwrap_or(start),
        Some(Event::Payment) => facts.paid_on.unwrap_or(start),
        _ => start,
    };
    let mut due = rule.period.map(|p| count::last_day(counted_from, p));
    if rule.agreed_date_is_due
        && let Some(agreed) = facts.agreed
    {
        due = Some(agreed);
    }
    if rule.notice_deadline_is_due
        && let Some(deadline) = facts.notice_deadline().filter(|d| *d >= start)
    {
        due = Some(deadline);
    }
    let mut extended = false;
    if rule.weekend_extension
        && let Some(day) = due
    {
        let moved = count::extend_past_weekend(day);
        extended = moved != day;
        due = Some(moved);
    }
    if let (Some(cap), Some(paid_on), Some(day)) = (rule.cap_from_payment, facts.paid_on, due) {
        due = Some(day.min(count::last_day(paid_on, cap)));
    }
    let opens = match rule.wait {
        Some(_) if rule.wait_only_without_agreed_date && facts.agreed.is_some() => {
            count::next_day(start)
        }
        Some(wait) => count::next_day(count::last_day(start, wait)),
        None => start,
    };
    let period_start = if rule.wait_only_without_agreed_date && facts.agreed.is_none() {
        facts.paid_on.unwrap_or(start)
    } else {
        start
    };
    if rule.wait_only_without_agreed_date {
        due = rule
            .period
            .map(|p| count::last_day(period_start, p))
            .map(|d| match (rule.cap_from_payment, facts.paid_on) {
                (Some(cap), Some(paid_on)) => d.min(count::last_day(paid_on, cap)),
                _ => d,
            });
    }
    if due.is_some_and(|d| d < opens) {
        return None;
    }
    let today = facts.today;
    let finished = done_on(rule, facts, start).filter(|d| *d <= today);
    let status = match rule.kind {
        ClockKind::MerchantDuty if rule.surcharge.is_some() => ClockStatus::Missed,
        ClockKind::MerchantDuty => match (finished, due) {
            (Some(day), Some(last)) if day > last => ClockStatus::Missed,
            (Some(_), _) => ClockStatus::Met,
            (None, Some(last)) if today > last => ClockStatus::Missed,
            (None, _) => ClockStatus::Pending,
        },
        ClockKind::ConsumerWindow => {
            let used = finished.filter(|d| due.is_none_or(|last| *d <= last));
            // What ends the window: delivery ("at any time before delivery"), a full refund.
            let delivered = facts.delivered.filter(|_| rule.closed_by_delivery);
            let refunded = facts.refunded_in_full().filter(|_| rule.closed_by_refund);
            let ended = match (delivered, refunded) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            match (used, ended) {
                (Some(u), Some(end)) if u <= end => ClockStatus::Used,
                (Some(_), None) => ClockStatus::Used,
                // Ended before its first day: it never opened, it does not apply.
                (_, Some(end)) if end < opens => ClockStatus::NeverOpened,
                (_, Some(_)) => ClockStatus::Closed,
                (None, None) if today < opens => ClockStatus::NotYet,
                (None, None) if due.is_some_and(|last| today > last) => ClockStatus::Closed,
                (None, None) => ClockStatus::Open,
            }
        }
    };
    let (amount, rate_percent, amount_parts) = if rule.surcharge.is_some() {
        if facts.paid.is_none() {
            unlock.need("case.price", rule.id);
        }
        surcharge(rule, facts, start)
    } else {
        (None, None, Vec::new())
    };
    let days_left = match status {
        ClockStatus::Pending | ClockStatus::NotYet | ClockStatus::Open => {
            due.map(|d| (d - today).num_days())
        }
        _ => None,
    };
    // A surcharge clock runs to the end of the band it is in: the day the rate next rises.
    let due = match (rule.surcharge, status) {
        (Some(schedule), _) => {
            let late = (today - start).num_days() + 1;
            let stop = facts.refunded_in_full().is_some();
            if stop {
                None
            } else {
                schedule.band_end(late).map(|end| {
                    count::last_day(start.pred_opt().unwrap_or(start), Period::days(end))
                })
            }
        }
        _ => due,
    };
    let days_left = if rule.surcharge.is_some() {
        due.map(|d| (d - today).num_days())
    } else {
        days_left
    };
    Some(Clock {
        rule: rule.id,
        kind: rule.kind,
        title: rule.message_id(),
        opens: Some(opens),
        due,
        status,
        days_left,
        amount,
        rate_percent,
        amount_parts,
        weekend_extended: extended,
        counted_from_sending: from_sending,
        citation: rule.citation,
        source: rule.source,
        confidence: rule.confidence,
        before: before_notes(rule, facts),
    })
}

/// What the law or practice asks before using the rule's window, on this case: the notes whose
/// threshold the claim is within (all of them while the claim is unknown), each with the day the
/// case shows it done.
fn before_notes(rule: &Rule, facts: &Facts<'_>) -> Vec<BeforeNote> {
    let claim = facts.claim();
    rule.before
        .iter()
        .filter(|b| match (b.max_claim, claim) {
            (Some(max), Some(claim)) => claim <= Decimal::from(max),
            _ => true,
        })
        .map(|b| BeforeNote {
            id: b.id,
            text: b.message_id(),
            basis: b.basis,
            required: b.required,
            done_on: b
                .done_by
                .and_then(|(purpose, party)| facts.notice(purpose, party, false))
                .map(|(day, _)| day),
            citation: b.citation,
            source: b.source,
            confidence: b.confidence,
        })
        .collect()
}

/// Whether the consumer already took `action` (on or after `since`).
fn taken(facts: &Facts<'_>, action: Action, since: NaiveDate) -> bool {
    let zone = facts.case.case.time_zone;
    let (purpose, party) = match action {
        Action::FormalNotice | Action::LetterBeforeClaim => {
            (Some(ContactPurpose::FormalNotice), ContactParty::Merchant)
        }
        Action::Cancel => (Some(ContactPurpose::Cancellation), ContactParty::Merchant),
        Action::Chargeback => (
            Some(ContactPurpose::ChargebackRequest),
            ContactParty::CardIssuer,
        ),
        Action::Mediation | Action::Ombudsman => (None, ContactParty::Mediator),
        Action::AgencyComplaint => (None, ContactParty::Agency),
        Action::SmallClaims => (None, ContactParty::Court),
    };
    facts.case.contacts.iter().any(|c| {
        c.party == party
            && purpose.is_none_or(|p| c.purpose == Some(p))
            && c.at.utc() <= facts.as_of
            && c.at.date_in(zone) >= since
    })
}

/// Every clock, next step and missing fact of `case` at `as_of`.
pub fn clocks(case: &CaseData, as_of: DateTime<Utc>) -> ClockFindings {
    let facts = Facts::new(case, as_of);
    let mut unlock = Unlock::default();
    let mut clocks: Vec<Clock> = Vec::new();
    let jurisdiction = case.case.jurisdiction;
    let mut any_rule = false;
    for rule in law::RULES {
        if !rule.jurisdictions.contains(&jurisdiction) {
            continue;
        }
        any_rule |= rule.id.contains(jurisdiction_prefix(jurisdiction));
        if let Some(clock) = evaluate(rule, &facts, &clocks, &mut unlock) {
            clocks.push(clock);
        }
    }
    if !any_rule {
        unlock.0.push(MissingFact {
            fact: "case.jurisdiction",
            rules: Vec::new(),
        });
    }
    let mut steps: Vec<NextStep> = Vec::new();
    let mut add = |action: Action, target: Target, by: Option<NaiveDate>, rule: &'static Rule| {
        if let Some(step) = steps
            .iter_mut()
            .find(|s| s.action == action && s.target == target)
        {
            step.by = match (step.by, by) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            if !step.rules.contains(&rule.id) {
                step.rules.push(rule.id);
            }
        } else {
            steps.push(NextStep {
                action,
                target,
                by,
                why: rule.message_id(),
                rules: vec![rule.id],
            });
        }
    };
    for clock in &clocks {
        let Some(rule) = law::rule(clock.rule) else {
            continue;
        };
        match (clock.status, rule.action, rule.when_missed) {
            (ClockStatus::Open, Some((action, target)), _) => add(action, target, clock.due, rule),
            (ClockStatus::Missed, _, Some((action, target))) => {
                let since = clock.due.unwrap_or(facts.today);
                // Once the contract is resolved, a notice to deliver is moot.
                let resolved =
                    rule.done_by == Done::Delivered && taken(&facts, Action::Cancel, since);
                if !resolved && !taken(&facts, action, since) {
                    add(action, target, None, rule);
                }
            }
            _ => {}
        }
    }
    steps.sort_by_key(|s| (s.by.is_none(), s.by, s.action));
    ClockFindings {
        clocks,
        next_steps: steps,
        unlock: unlock.0,
    }
}

/// The id prefix of a jurisdiction's own rules (`fr.`), to tell whether it has a rule set.
fn jurisdiction_prefix(jurisdiction: crate::domain::Jurisdiction) -> &'static str {
    use crate::domain::Jurisdiction as J;
    match jurisdiction {
        J::Fr => "fr.",
        J::CaQc => "qc.",
        J::CaOn => "on.",
        J::Uk => "uk.",
        J::Eu => "eu.",
        J::Us => "us.",
        J::Ca | J::Other => "\u{0}",
    }
}

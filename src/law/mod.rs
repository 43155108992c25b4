//! Statutory rules as data: what the law of France, Québec, England and Wales, the EU, Ontario and
//! the US (plus the Visa and Mastercard network rules) gives a consumer in a delivery or refund
//! dispute, and by when.
//!
//! Each [`Rule`] says where it applies (jurisdiction, contract kind, payment method, contract-date
//! range), what event starts it, how long it runs and how that is counted, what ends it, what it
//! opens for the consumer, what the merchant owes when late, and where it comes from (citation,
//! official or best source seen, confidence). The set has one [`RULES_AS_OF`] date. Nothing here
//! reads the clock, the disk or any words: the analysis evaluates the rules on a case
//! (`analysis::clocks`), the front ends word them through the locales (`law-<id>` keys).
//!
//! Encoded only from `../shared/notes/statutory-clocks.md`; rows marked *verify* there carry
//! [`Confidence::Verify`]. Not legal advice.

pub mod count;
mod rules;
pub mod surcharge;

pub use rules::RULES;

use crate::domain::{
    CardNetwork, ContactParty, ContactPurpose, ContractKind, Jurisdiction, PaymentMethod,
};
use chrono::NaiveDate;
use serde::Serialize;

/// The date the rule set was last checked against its sources.
pub const RULES_AS_OF: (i32, u32, u32) = (2026, 11, 28);

/// [`RULES_AS_OF`] as a date.
pub fn rules_as_of() -> NaiveDate {
    let (y, m, d) = RULES_AS_OF;
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// Whose move a clock is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockKind {
    /// The merchant must act by the due date (deliver, refund, answer).
    MerchantDuty,
    /// The consumer may act within the window (cancel, withdraw, ask for a chargeback…).
    ConsumerWindow,
}

/// How sure the encoding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// The statutory text itself (or an official page restating it) was seen.
    Sure,
    /// Seen only in a secondary source, or sources disagree, or a number was not retrieved.
    Verify,
}

/// The unit of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Calendar days.
    CalendarDays,
    /// Business days (Monday to Friday; public holidays are not known to the app).
    BusinessDays,
    /// Months, from a day to the same day (clamped to the last day of a shorter month).
    Months,
    /// Card billing cycles, counted as months.
    BillingCycles,
}

/// A length of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Period {
    /// How many units.
    pub count: u32,
    /// Which unit.
    pub unit: Unit,
}

impl Period {
    /// `count` calendar days.
    pub const fn days(count: u32) -> Self {
        Self {
            count,
            unit: Unit::CalendarDays,
        }
    }

    /// `count` months.
    pub const fn months(count: u32) -> Self {
        Self {
            count,
            unit: Unit::Months,
        }
    }
}

/// The event a clock counts from. The day of the event is never counted: a period of n days
/// from an event on day D ends at the end of day D + n.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Event {
    /// The contract was concluded (the order date).
    Contract,
    /// The agreed delivery date when there is one (the case's `delivery_agreed`, or a delivery or
    /// pickup promise made at or before the order), else the contract.
    AgreedDeliveryOrContract,
    /// The goods came into the consumer's possession.
    Delivered,
    /// The payment (its `paid_at`, else the order date).
    Payment,
    /// The first card statement showing the charge was sent.
    Statement,
    /// The consumer's first contact with this purpose and party; `receipt`: counted from its
    /// receipt by the other side when known (else from sending, the earlier and safer date).
    Notice {
        /// What the contact does in law.
        purpose: ContactPurpose,
        /// Who it was sent to.
        party: ContactParty,
        /// Whether the rule counts from receipt.
        receipt: bool,
    },
    /// The deadline a formal notice to the merchant set has passed (the clock starts the day after).
    NoticeDeadline,
    /// Like [`Event::NoticeDeadline`], but only once this delivery rule's clock was missed, and at
    /// once (the day after its due date) when the delivery date was essential (FR L216-6 II,
    /// CRA s.28(6)).
    NoticeDeadlineOrEssential(&'static str),
    /// The first written complaint to the merchant (a complaint or a formal notice).
    WrittenComplaint,
    /// The goods were returned to the merchant: the day it acknowledged receiving them, else
    /// (counted from sending) the day the consumer's proof of dispatch shows
    /// (`analysis::returned`).
    GoodsReturned,
    /// The merchant missed another rule's clock: the clock starts on the day after its due date
    /// (the day of the default).
    Missed(&'static str),
}

/// What ends a clock early: the merchant's duty met, or the consumer's window used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Done {
    /// The goods were delivered.
    Delivered,
    /// Refunds received cover everything paid.
    RefundedInFull,
    /// The merchant answered (an incoming, non-automatic contact from the merchant).
    MerchantAnswered,
    /// The consumer sent a contact with this purpose to this party.
    Contact {
        /// Its purpose.
        purpose: ContactPurpose,
        /// Its recipient.
        party: ContactParty,
        /// Whether it counts only once received (FCBA) rather than sent.
        receipt: bool,
    },
    /// Nothing ends it early (the window simply runs).
    Nothing,
}

/// What the consumer can do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Send a formal notice (mise en demeure) giving a last period.
    FormalNotice,
    /// Cancel (resolve) the contract, or withdraw from it.
    Cancel,
    /// Send a letter before claim (England and Wales).
    LetterBeforeClaim,
    /// Ask the card issuer for a chargeback.
    Chargeback,
    /// Refer the dispute to the merchant's consumer mediator.
    Mediation,
    /// Refer the dispute to an ombudsman.
    Ombudsman,
    /// Complain to a public agency.
    AgencyComplaint,
    /// Go to the small-claims court.
    SmallClaims,
}

impl Action {
    /// The action's name in JSON and the suffix of its i18n keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FormalNotice => "formal_notice",
            Self::Cancel => "cancel",
            Self::LetterBeforeClaim => "letter_before_claim",
            Self::Chargeback => "chargeback",
            Self::Mediation => "mediation",
            Self::Ombudsman => "ombudsman",
            Self::AgencyComplaint => "agency_complaint",
            Self::SmallClaims => "small_claims",
        }
    }
}

/// Who the next step is addressed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    /// The merchant.
    Merchant,
    /// The consumer's card issuer.
    CardIssuer,
    /// The merchant's consumer mediator.
    Mediator,
    /// An ombudsman.
    Ombudsman,
    /// A public agency.
    Agency,
    /// A court.
    Court,
}

impl Target {
    /// The target's name in JSON and the suffix of its i18n keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Merchant => "merchant",
            Self::CardIssuer => "card_issuer",
            Self::Mediator => "mediator",
            Self::Ombudsman => "ombudsman",
            Self::Agency => "agency",
            Self::Court => "court",
        }
    }
}

/// When a rule applies, beyond its jurisdiction. Empty lists mean "any".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Applies {
    /// Contract kinds it covers; a case whose kind is unknown gets no clock from a rule that
    /// names kinds (and is told which fact would unlock it).
    pub contract_kinds: &'static [ContractKind],
    /// Payment methods it needs (e.g. credit card only).
    pub methods: &'static [PaymentMethod],
    /// Card networks it needs.
    pub networks: &'static [CardNetwork],
    /// First contract date covered (`(year, month, day)`), inclusive.
    pub contracted_from: Option<(i32, u32, u32)>,
    /// First contract date no longer covered, exclusive.
    pub contracted_before: Option<(i32, u32, u32)>,
    /// Only for claims up to this amount, in the case's currency units (e.g. €5 000).
    pub max_claim: Option<u32>,
}

impl Applies {
    /// Applies everywhere in its jurisdiction.
    pub const ANY: Self = Self {
        contract_kinds: &[],
        methods: &[],
        networks: &[],
        contracted_from: None,
        contracted_before: None,
        max_claim: None,
    };
}

/// One statutory (or network) rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    /// Stable id (`fr.l216-1`).
    pub id: &'static str,
    /// Where it applies.
    pub jurisdictions: &'static [Jurisdiction],
    /// Merchant duty or consumer window.
    pub kind: ClockKind,
    /// The rest of its scope.
    pub applies: Applies,
    /// What starts it.
    pub start: Event,
    /// For a window: how long after the start it opens (a waiting period); `None` = at once.
    pub wait: Option<Period>,
    /// The waiting period applies only when no delivery date was agreed; with one, the window
    /// opens the day after that date (network rules).
    pub wait_only_without_agreed_date: bool,
    /// How long it runs from the start; `None` = open-ended.
    pub period: Option<Period>,
    /// The event the period counts from when it is not the start (a limitation counted, to be
    /// safe, from the contract: the right of action cannot arise earlier).
    pub period_from: Option<Event>,
    /// For a delivery duty: the agreed delivery date, when known, is the due date instead.
    pub agreed_date_is_due: bool,
    /// For a duty started by a formal notice: the deadline the notice set, when it set one, is
    /// the due date instead.
    pub notice_deadline_is_due: bool,
    /// An outer limit counted from the payment (network 540-day caps).
    pub cap_from_payment: Option<Period>,
    /// A last day on a Saturday or Sunday moves to the Monday (only where the rule says so).
    pub weekend_extension: bool,
    /// What ends it early.
    pub done_by: Done,
    /// Whether delivery closes the window (cancel "at any time before delivery").
    pub closed_by_delivery: bool,
    /// Whether a refund of everything paid closes the window (nothing left to dispute).
    pub closed_by_refund: bool,
    /// What the law or practice asks before the step, shown with the clock; none of them holds
    /// the window shut.
    pub before: &'static [Before],
    /// What the consumer can do while it is open, and with whom.
    pub action: Option<(Action, Target)>,
    /// For a merchant duty: what the consumer can do once it is missed, until they do it.
    pub when_missed: Option<(Action, Target)>,
    /// What the merchant owes on top when late.
    pub surcharge: Option<surcharge::Surcharge>,
    /// The article (`C. conso. L216-1`).
    pub citation: &'static str,
    /// The official or best source seen.
    pub source: &'static str,
    /// How sure the encoding is.
    pub confidence: Confidence,
}

impl Rule {
    /// The i18n key of its title and description stem (`law-fr-l216-1`).
    pub fn message_id(&self) -> String {
        format!("law-{}", self.id.replace('.', "-"))
    }
}

/// Whether a note beside a clock comes from the law itself or from practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// A statute or regulation says it.
    Law,
    /// Practice (what bodies or courts usually expect), never presented as the law.
    Practice,
}

/// A step the law or practice asks for before the consumer uses a window (a formal notice that
/// is advisable, a mediation that is mandatory below a threshold): shown with the clock, it does
/// not hold the window shut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Before {
    /// Stable id (`qc.ccq-1596`); its words are `law-before-<id>`.
    pub id: &'static str,
    /// Law or practice.
    pub basis: Basis,
    /// Mandatory (`true`) or advisable.
    pub required: bool,
    /// Only for claims up to this amount, in the case's currency units.
    pub max_claim: Option<u32>,
    /// The consumer's contact that does it (a formal notice to the merchant), when the case can
    /// record it.
    pub done_by: Option<(ContactPurpose, ContactParty)>,
    /// The article.
    pub citation: &'static str,
    /// The official or best source seen.
    pub source: &'static str,
    /// How sure the encoding is.
    pub confidence: Confidence,
}

impl Before {
    /// The i18n key of its words (`law-before-qc-ccq-1596`).
    pub fn message_id(&self) -> String {
        format!("law-before-{}", self.id.replace('.', "-"))
    }
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_references_point_backwards() {
        for (i, rule) in RULES.iter().enumerate() {
            assert!(
                RULES[..i].iter().all(|r| r.id != rule.id),
                "duplicate {}",
                rule.id
            );
            if let Event::Missed(other) | Event::NoticeDeadlineOrEssential(other) = rule.start {
                assert!(
                    RULES[..i].iter().any(|r| r.id == other),
                    "{} refers to {other}, which must come before it",
                    rule.id
                );
            }
            assert!(rule.source.starts_with("http"), "{}", rule.id);
            assert!(!rule.citation.is_empty());
        }
    }

    #[test]
    fn every_rule_named_in_the_issue_exists() {
        for id in [
            "fr.l216-1",
            "fr.l216-6",
            "fr.l216-7",
            "fr.l241-4",
            "fr.l221-18",
            "fr.l221-24",
            "fr.l242-4",
            "fr.l217-3",
            "fr.l612-2",
            "fr.cpc-750-1",
            "qc.lpc-54.9",
            "qc.lpc-54.13",
            "qc.lpc-54.14",
            "qc.ccq-1595",
            "qc.small-claims",
            "uk.cra-28",
            "uk.ccr-cancel",
            "uk.pd-pac",
            "uk.fos",
            "uk.cca-75",
            "eu.crd-18",
            "eu.crd-9",
            "eu.crd-13",
            "on.cpa-delivery",
            "on.cpa-refund",
            "on.cpa-chargeback",
            "us.ftc-435",
            "us.fcba",
            "visa.13.1",
            "visa.13.7",
            "mastercard.4853",
        ] {
            assert!(rule(id).is_some(), "{id}");
        }
    }
}

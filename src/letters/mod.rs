//! Letters that open the next door: formal notice, cancellation, letter before claim, chargeback
//! request and mediation request, written from the case and its findings.
//!
//! Pure: [`build()`] turns a case, its findings, a [`LetterKind`] and [`LetterOptions`] into a
//! [`Letter`] (no disk, no UI, no clock). Every fact in a letter names the case field or entry it
//! came from ([`Source`]); a fact the letter needs and the case lacks is an error naming it
//! ([`LetterError::MissingFacts`]), never a blank. [`text`] writes the letter as plain text
//! wrapped at 72 columns and [`pdf`] through the dossier's layout engine: the same words.

mod address;
mod build;
pub mod edited;
pub mod pdf;
pub mod sent;
pub mod text;

pub use address::{address_lines, place_of};
pub use build::build;

use crate::domain::{ContactParty, ContactPurpose, EntryId, Jurisdiction, Language, Money};
use crate::dossier::Paper;
use chrono::{DateTime, NaiveDate, Utc};
use std::fmt;
use std::str::FromStr;

/// The kinds of letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LetterKind {
    /// Mise en demeure / notice giving a final period.
    FormalNotice,
    /// The notice that resolves or cancels the contract.
    Cancellation,
    /// England and Wales: letter before claim (Practice Direction on Pre-Action Conduct).
    LetterBeforeClaim,
    /// To the card issuer: a chargeback or billing-error request.
    ChargebackRequest,
    /// To the consumer mediator or ADR body.
    MediationRequest,
}

impl LetterKind {
    /// Every kind, in the order the app offers them.
    pub const ALL: &[Self] = &[
        Self::FormalNotice,
        Self::Cancellation,
        Self::LetterBeforeClaim,
        Self::ChargebackRequest,
        Self::MediationRequest,
    ];

    /// The kind's name on the command line and the suffix of its i18n keys (`formal-notice`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FormalNotice => "formal-notice",
            Self::Cancellation => "cancellation",
            Self::LetterBeforeClaim => "letter-before-claim",
            Self::ChargebackRequest => "chargeback-request",
            Self::MediationRequest => "mediation-request",
        }
    }

    /// What the letter does in law, once sent (the purpose of the contact it becomes).
    pub fn purpose(self) -> ContactPurpose {
        match self {
            Self::FormalNotice | Self::LetterBeforeClaim => ContactPurpose::FormalNotice,
            Self::Cancellation => ContactPurpose::Cancellation,
            Self::ChargebackRequest => ContactPurpose::ChargebackRequest,
            Self::MediationRequest => ContactPurpose::MediationRequest,
        }
    }

    /// Who the letter goes to.
    pub fn party(self) -> ContactParty {
        match self {
            Self::FormalNotice | Self::Cancellation | Self::LetterBeforeClaim => {
                ContactParty::Merchant
            }
            Self::ChargebackRequest => ContactParty::CardIssuer,
            Self::MediationRequest => ContactParty::Mediator,
        }
    }

    /// Whether the kind exists in this jurisdiction.
    pub fn applies_in(self, jurisdiction: Jurisdiction) -> bool {
        match self {
            Self::FormalNotice | Self::Cancellation | Self::ChargebackRequest => true,
            Self::LetterBeforeClaim => jurisdiction == Jurisdiction::Uk,
            Self::MediationRequest => {
                matches!(jurisdiction, Jurisdiction::Fr | Jurisdiction::Uk)
            }
        }
    }
}

impl LetterKind {
    /// The message saying precisely why the kind is not offered in `jurisdiction`, when the
    /// notes give a reason (`letter-why-not-…`); `None` for the general sentence.
    fn why_not_key(self, jurisdiction: Jurisdiction) -> Option<&'static str> {
        match (self, jurisdiction) {
            // QC-10: Parle consommation is joined online through the OPC; QC-11: small-claims
            // mediation is arranged by the court once a claim is filed. Neither is a letter.
            (Self::MediationRequest, Jurisdiction::CaQc) => Some("letter-why-not-mediation-qc"),
            // statutory-clocks.md §5: no Ontario consumer ombudsman or pre-suit mediation for
            // goods was found.
            (Self::MediationRequest, Jurisdiction::CaOn) => Some("letter-why-not-mediation-on"),
            (Self::LetterBeforeClaim, _) => Some("letter-why-not-letter-before-claim"),
            _ => None,
        }
    }
}

impl fmt::Display for LetterKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A letter kind name that is not one of [`LetterKind::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown letter kind {0:?}: expected formal-notice, cancellation, letter-before-claim, \
     chargeback-request or mediation-request"
)]
pub struct UnknownKind(pub String);

impl FromStr for LetterKind {
    type Err = UnknownKind;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|k| k.as_str() == text.trim())
            .ok_or_else(|| UnknownKind(text.to_owned()))
    }
}

/// How to write a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LetterOptions {
    /// The language; `None` = the case's.
    pub language: Option<Language>,
    /// The letter's date: facts are those known then, the deadline counts from it.
    pub as_of: DateTime<Utc>,
    /// Days given to the recipient; `None` = the default for the kind and jurisdiction.
    pub deadline_days: Option<u32>,
    /// Paper size (the address block is placed for a DL window on A4, a US #10 on Letter).
    pub paper: Paper,
}

/// Where a fact in the letter came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A field of the case (`case.price`, `case.refunds[0]`).
    Case(String),
    /// An entry (contact, promise, statement, attachment).
    Entry(EntryId),
    /// A statutory rule (`fr.l216-6`).
    Rule(&'static str),
}

/// What a block of the letter's body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A section title.
    Heading,
    /// A paragraph.
    Paragraph,
    /// An item of a list.
    Item,
}

/// One block of the body, with the sources of what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Heading, paragraph or list item.
    pub role: Role,
    /// The words.
    pub text: String,
    /// Where they came from (empty for set phrases).
    pub sources: Vec<Source>,
}

impl Block {
    /// The entries this block was made from (contacts, promises…), in order, each once.
    pub fn entries(&self) -> Vec<&EntryId> {
        let mut out: Vec<&EntryId> = Vec::new();
        for source in &self.sources {
            if let Source::Entry(id) = source
                && !out.contains(&id)
            {
                out.push(id);
            }
        }
        out
    }
}

/// The sum a letter asks for and how it is made up: the figures of the dossier's claim sheet
/// (`analysis::positions::ClaimAmounts`), so every document asks for the same sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Demand {
    /// What was paid.
    pub paid: Money,
    /// The costs the dispute caused (the case's `costs`), zero in a chargeback request.
    pub costs: Money,
    /// The statutory increase for a late refund, so far (zero in a chargeback request: the
    /// issuer owes none).
    pub increase: Money,
    /// What was already refunded.
    pub refunded: Money,
    /// `paid + costs + increase − refunded`: the claim sheet's total (a chargeback request asks
    /// for `paid − refunded`, the charge to reverse).
    pub total: Money,
}

/// One merchant contact in the chargeback annex.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnexRow {
    /// When.
    pub date: String,
    /// With whom.
    pub person: String,
    /// How.
    pub channel: String,
    /// What came of it.
    pub outcome: String,
    /// The contact.
    pub source: EntryId,
}

/// The annex "Attempts to resolve with the merchant".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annex {
    /// Its title.
    pub title: String,
    /// Column titles: date, person, channel, outcome.
    pub header: [String; 4],
    /// One row per merchant contact, in date order.
    pub rows: Vec<AnnexRow>,
}

/// A letter, ready to be written out as PDF or text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// Its kind.
    pub kind: LetterKind,
    /// Its language.
    pub language: Language,
    /// Paper size.
    pub paper: Paper,
    /// The sender's block (name, address lines).
    pub sender: Vec<String>,
    /// The recipient's block.
    pub recipient: Vec<String>,
    /// "Montréal, le 28 novembre 2026".
    pub place_date: String,
    /// "Lettre recommandée avec accusé de réception", when the kind calls for it.
    pub sending_mode: Option<String>,
    /// The subject line, with the order reference.
    pub subject: String,
    /// The body: salutation, facts, legal basis, demand, deadline, what follows, closing.
    pub body: Vec<Block>,
    /// The signature block.
    pub signature: Vec<String>,
    /// Title of the enclosures list.
    pub enclosures_title: String,
    /// The enclosures.
    pub enclosures: Vec<String>,
    /// The chargeback annex.
    pub annex: Option<Annex>,
    /// The deadline given to the recipient (when it runs from receipt, the earliest day it can
    /// fall: the letter's date plus the period).
    pub deadline: NaiveDate,
    /// Whether the period runs from the recipient's receipt of the letter (the law's start
    /// event): the letter then states the period, not a date.
    pub deadline_from_receipt: bool,
    /// For the user (not part of the letter): where the deadline's length comes from (practice,
    /// the law, or the user's choice) and that it can be changed.
    pub deadline_note: String,
    /// For the user (not part of the letter): what the recipient's practice asks that the
    /// letter does not meet (a mediator that takes requests in French only, written in
    /// English…), each a sentence.
    pub warnings: Vec<String>,
    /// The sum asked for, when the letter asks for money.
    pub demand: Option<Demand>,
    /// A title for the document (metadata).
    pub title: String,
}

/// Why a letter cannot be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LetterError {
    /// The case lacks facts the letter needs (case-file keys, e.g. `case.consumer.address`).
    #[error("the case is missing facts this letter needs: {}", .0.join(", "))]
    MissingFacts(Vec<&'static str>),
    /// The kind does not exist where the case's law applies.
    #[error("a {kind} letter does not apply to a case under the law of {jurisdiction}")]
    NotApplicable {
        /// The kind asked for.
        kind: LetterKind,
        /// The case's jurisdiction.
        jurisdiction: Jurisdiction,
    },
    /// The kind exists where the case's law applies only for goods not delivered (Ontario's
    /// cancellation rests on late delivery, CPA 2002 Part IV), and the case records a delivery.
    #[error("a {kind} letter under the law of {jurisdiction} is for goods not delivered")]
    AfterDelivery {
        /// The kind asked for.
        kind: LetterKind,
        /// The case's jurisdiction.
        jurisdiction: Jurisdiction,
    },
    /// The letter exercises a right whose clock has not opened yet at the letter's date.
    #[error("the right a {kind} letter exercises opens on {opens}")]
    NotOpenYet {
        /// The kind asked for.
        kind: LetterKind,
        /// The first day the right can be exercised.
        opens: NaiveDate,
    },
    /// Every clock of the right the letter exercises has closed (its last day passed unused),
    /// or never opened (what ends it came first): the letter would claim a right the case no
    /// longer has.
    #[error("the right a {kind} letter exercises has closed")]
    Closed {
        /// The kind asked for.
        kind: LetterKind,
        /// The right's last day, when it had one (`None`: it never opened).
        last_day: Option<NaiveDate>,
    },
    /// The number of days given is outside [`DEADLINE_DAYS`].
    #[error("the days given must be between 1 and 365, not {0}")]
    DeadlineDays(u32),
    /// The letter would say the goods are not delivered while the day agreed for delivery (or
    /// pickup) has not passed yet at its date: they are not late.
    #[error("the delivery agreed for {agreed} is not late at the letter's date")]
    BeforeAgreedDelivery {
        /// The day agreed for delivery or pickup.
        agreed: NaiveDate,
    },
    /// The letter's date is before the order: there was no contract yet.
    #[error("the letter's date is before the order of {ordered}")]
    BeforeOrder {
        /// The day of the order.
        ordered: NaiveDate,
    },
}

/// The days a letter may give its recipient (`--deadline-days`, the app's field).
pub const DEADLINE_DAYS: std::ops::RangeInclusive<u32> = 1..=365;

impl LetterError {
    /// The error in words, in `language` (for the app).
    pub fn message(&self, language: Language) -> String {
        use crate::i18n::{tr, tr_args};
        match self {
            Self::MissingFacts(facts) => {
                let names: Vec<String> = facts
                    .iter()
                    .map(|f| tr(language, &format!("letter-missing-{}", f.replace('.', "-"))))
                    .collect();
                tr_args(
                    language,
                    "letter-error-missing",
                    &[(
                        "facts",
                        crate::i18n::format::list(language, &names, None).into(),
                    )],
                )
            }
            Self::NotOpenYet { kind, opens } => tr_args(
                language,
                "letter-error-not-open-yet",
                &[
                    ("kind", tr(language, &format!("letter-kind-{kind}")).into()),
                    ("date", crate::i18n::format::date(language, *opens).into()),
                ],
            ),
            Self::Closed { kind, last_day } => {
                let kind = tr(language, &format!("letter-kind-{kind}"));
                match last_day {
                    Some(day) => tr_args(
                        language,
                        "letter-error-closed",
                        &[
                            ("kind", kind.into()),
                            ("date", crate::i18n::format::date(language, *day).into()),
                        ],
                    ),
                    None => tr_args(
                        language,
                        "letter-error-never-opened",
                        &[("kind", kind.into())],
                    ),
                }
            }
            Self::DeadlineDays(days) => tr_args(
                language,
                "letter-error-deadline-days",
                &[
                    ("days", crate::i18n::format::number(*days)),
                    ("min", crate::i18n::format::number(*DEADLINE_DAYS.start())),
                    ("max", crate::i18n::format::number(*DEADLINE_DAYS.end())),
                ],
            ),
            Self::BeforeAgreedDelivery { agreed } => tr_args(
                language,
                "letter-error-before-agreed-delivery",
                &[
                    ("date", crate::i18n::format::date(language, *agreed).into()),
                    (
                        "next",
                        crate::i18n::format::date(language, agreed.succ_opt().unwrap_or(*agreed))
                            .into(),
                    ),
                ],
            ),
            Self::BeforeOrder { ordered } => tr_args(
                language,
                "letter-error-before-order",
                &[("date", crate::i18n::format::date(language, *ordered).into())],
            ),
            Self::NotApplicable { kind, jurisdiction }
            | Self::AfterDelivery { kind, jurisdiction } => tr_args(
                language,
                match (self, kind.why_not_key(*jurisdiction)) {
                    (Self::AfterDelivery { .. }, _) => "letter-error-after-delivery",
                    (_, Some(key)) => key,
                    _ => "letter-error-not-applicable",
                },
                &[
                    ("kind", tr(language, &format!("letter-kind-{kind}")).into()),
                    (
                        "jurisdiction",
                        tr(language, &jurisdiction.label_key()).into(),
                    ),
                ],
            ),
        }
    }
}

/// The kinds that make sense now, from the case's next steps (most urgent first), limited to
/// those that apply in its jurisdiction.
pub fn kinds_for(
    jurisdiction: Jurisdiction,
    next_steps: &[crate::analysis::clocks::NextStep],
) -> Vec<LetterKind> {
    use crate::law::Action;
    let mut kinds = Vec::new();
    for step in next_steps {
        let kind = match step.action {
            Action::FormalNotice if jurisdiction == Jurisdiction::Uk => {
                LetterKind::LetterBeforeClaim
            }
            Action::FormalNotice => LetterKind::FormalNotice,
            Action::Cancel => LetterKind::Cancellation,
            Action::LetterBeforeClaim | Action::SmallClaims if jurisdiction == Jurisdiction::Uk => {
                LetterKind::LetterBeforeClaim
            }
            Action::Chargeback => LetterKind::ChargebackRequest,
            Action::Mediation | Action::Ombudsman => LetterKind::MediationRequest,
            _ => continue,
        };
        if kind.applies_in(jurisdiction) && !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    kinds
}

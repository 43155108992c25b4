//! Where each side stands, for the first page a recipient reads: the consumer's first written
//! complaint, the formal notice and its receipt, the merchant's last word and any amount it
//! offered, and the sums of the claim (price, what was charged, the statutory increase, refunds).
//!
//! Pure facts at an explicit `as_of`, like the rest of the analysis: entries dated later are left
//! out; the words are made by the presentation layer.

use super::clocks::Clock;
use super::values::Value;
use crate::domain::{
    CaseData, Channel, ContactParty, ContactPurpose, DateOrInstant, Direction, EntryId, Money,
    Outcome, PromiseKind,
};
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

/// The consumer's first written complaint to the merchant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WrittenComplaint {
    /// The contact.
    pub contact: EntryId,
    /// When it was sent.
    pub at: DateTime<Utc>,
    /// Whether the user marked it as a complaint or formal notice (`purpose`); `false` when it
    /// is only the first outgoing email, letter or web form to the merchant.
    pub marked: bool,
}

/// The channels whose messages are written (a mediator asks for a *written* prior complaint).
fn written(channel: Channel) -> bool {
    matches!(channel, Channel::Email | Channel::Letter | Channel::WebForm)
}

/// The first written complaint to the merchant by `as_of`: the first contact marked as a
/// complaint or formal notice, else the first outgoing email, letter or web form (unmarked).
pub fn first_written_complaint(case: &CaseData, as_of: DateTime<Utc>) -> Option<WrittenComplaint> {
    let to_merchant = case.contacts.iter().filter(|c| {
        c.direction == Direction::Outgoing
            && c.party == ContactParty::Merchant
            && c.at.utc() <= as_of
    });
    let marked = to_merchant
        .clone()
        .filter(|c| {
            matches!(
                c.purpose,
                Some(ContactPurpose::Complaint | ContactPurpose::FormalNotice)
            )
        })
        .min_by_key(|c| c.at.utc());
    let (contact, marked) = match marked {
        Some(c) => (c, true),
        None => (
            to_merchant
                .filter(|c| written(c.channel))
                .min_by_key(|c| c.at.utc())?,
            false,
        ),
    };
    Some(WrittenComplaint {
        contact: contact.id.clone(),
        at: contact.at.utc(),
        marked,
    })
}

/// The first formal notice to the merchant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormalNotice {
    /// The contact.
    pub contact: EntryId,
    /// When it was sent.
    pub at: DateTime<Utc>,
    /// The date the merchant was told to act by, if set.
    pub deadline: Option<DateOrInstant>,
    /// When the merchant received it (a registered-mail receipt), if known by `as_of`.
    pub received_at: Option<DateOrInstant>,
    /// When it was not collected: the day the post returned it, if by `as_of` (the contact's
    /// `not_collected_on`; `None` once a receipt is known).
    pub not_collected_on: Option<NaiveDate>,
}

/// The first formal notice sent to the merchant by `as_of`.
pub fn formal_notice(case: &CaseData, as_of: DateTime<Utc>) -> Option<FormalNotice> {
    let zone = case.case.time_zone;
    let c = case
        .contacts
        .iter()
        .filter(|c| {
            c.direction == Direction::Outgoing
                && c.party == ContactParty::Merchant
                && c.purpose == Some(ContactPurpose::FormalNotice)
                && c.at.utc() <= as_of
        })
        .min_by_key(|c| c.at.utc())?;
    let received_at = c.received_at.filter(|r| r.start_in(zone) <= as_of);
    let not_collected_on = c
        .not_collected_on
        .filter(|d| received_at.is_none() && zone.start_of_day(*d) <= as_of);
    Some(FormalNotice {
        contact: c.id.clone(),
        at: c.at.utc(),
        deadline: c.deadline,
        received_at,
        not_collected_on,
    })
}

/// What kind of entry carries the merchant's last word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WordKind {
    /// A statement (its words are quoted).
    Statement,
    /// A promise (its words are quoted).
    Promise,
    /// An incoming contact (its summary).
    Contact,
}

/// The merchant's latest word by `as_of`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LastWord {
    /// The statement, promise or contact.
    pub entry: EntryId,
    /// Which of the three it is.
    pub kind: WordKind,
    /// When it was said.
    pub at: DateTime<Utc>,
    /// The contact or attachment that carries it (the entry itself for a contact).
    pub source: Option<EntryId>,
}

/// The merchant's last word by `as_of`: its latest statement, promise or real answer (an
/// auto-reply is not a position). At the same instant a statement goes before a promise, and a
/// promise before the contact that carries it, since they quote the merchant more closely.
pub fn merchant_last_word(case: &CaseData, as_of: DateTime<Utc>) -> Option<LastWord> {
    let zone = case.case.time_zone;
    // A statement or promise carried by a contact with someone else (the card issuer…) is not
    // the merchant's.
    let merchants = |source: Option<&EntryId>| {
        source
            .and_then(|id| case.contact(id))
            .is_none_or(|c| c.party == ContactParty::Merchant)
    };
    let statements = case
        .statements
        .iter()
        .filter(|s| merchants(s.source.as_ref()))
        .map(|s| (s.at.utc(), 0, &s.id, WordKind::Statement, s.source.clone()));
    let promises = case
        .promises
        .iter()
        .filter(|p| merchants(p.source.as_ref()))
        .map(|p| {
            (
                p.made_at.start_in(zone),
                1,
                &p.id,
                WordKind::Promise,
                p.source.clone(),
            )
        });
    let contacts = case
        .contacts
        .iter()
        .filter(|c| {
            c.party == ContactParty::Merchant
                && c.direction == Direction::Incoming
                && c.outcome != Outcome::AutoReplyOnly
        })
        .map(|c| (c.at.utc(), 2, &c.id, WordKind::Contact, Some(c.id.clone())));
    statements
        .chain(promises)
        .chain(contacts)
        .filter(|(at, ..)| *at <= as_of)
        // Latest first; at the same instant the lower rank wins.
        .max_by_key(|(at, rank, ..)| (*at, std::cmp::Reverse(*rank)))
        .map(|(at, _, id, kind, source)| LastWord {
            entry: id.clone(),
            kind,
            at,
            source,
        })
}

/// An amount the merchant offered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Offer {
    /// The statement stating it.
    pub statement: EntryId,
    /// The amount.
    pub amount: Money,
    /// When it was stated.
    pub at: DateTime<Utc>,
}

/// The merchant's latest offer by `as_of`: an amount in the claim's currency stated in the same
/// contact as a promise to refund, credit, replace or repair (so a price per minute stated
/// elsewhere is never taken for an offer).
pub fn merchant_offer(case: &CaseData, as_of: DateTime<Utc>) -> Option<Offer> {
    let currency = paid(case)?.currency;
    let zone = case.case.time_zone;
    let remedy_sources: Vec<&EntryId> = case
        .promises
        .iter()
        .filter(|p| {
            matches!(
                p.kind,
                PromiseKind::Refund
                    | PromiseKind::Credit
                    | PromiseKind::Replacement
                    | PromiseKind::Repair
            ) && p.made_at.start_in(zone) <= as_of
        })
        .filter_map(|p| p.source.as_ref())
        .collect();
    case.statements
        .iter()
        .filter(|s| s.at.utc() <= as_of)
        .filter(|s| {
            s.source
                .as_ref()
                .is_some_and(|id| remedy_sources.contains(&id))
        })
        .filter_map(|s| match super::statement_value(case, s) {
            Value::Amount {
                amount,
                currency: c,
                unit,
            } if unit.is_empty() && c.is_none_or(|c| c == currency) => Some(Offer {
                statement: s.id.clone(),
                amount: Money { amount, currency },
                at: s.at.utc(),
            }),
            _ => None,
        })
        .max_by_key(|o| o.at)
}

/// What was paid: the amount charged, else the price.
fn paid(case: &CaseData) -> Option<Money> {
    case.case
        .payment
        .as_ref()
        .and_then(|p| p.amount)
        .or(case.case.price)
}

/// The sums of the claim, each in the currency paid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimAmounts {
    /// The price of the goods or service (`case.price`).
    pub price: Option<Money>,
    /// The amount actually charged (`case.payment.amount`), when recorded.
    pub charged: Option<Money>,
    /// Taxes and fees: what was charged beyond the price, when both are known and it is more.
    pub taxes_and_fees: Option<Money>,
    /// Costs the dispute caused the consumer (premium-rate calls…), incurred by `as_of`, in the
    /// currency paid: what each was and how much.
    pub costs: Vec<(String, Money)>,
    /// The statutory increase the clocks compute so far, with the articles it comes from.
    pub increase: Option<(Money, Vec<&'static str>)>,
    /// Refunds received by `as_of`, in the currency paid.
    pub refunded: Option<Money>,
    /// What is claimed: paid + costs + increase − refunded.
    pub total: Option<Money>,
    /// The merchant's latest offer, if any.
    pub offer: Option<Offer>,
}

/// The sums of the claim at `as_of`, from the case and its clocks.
pub fn claim_amounts(case: &CaseData, clocks: &[Clock], as_of: DateTime<Utc>) -> ClaimAmounts {
    let details = &case.case;
    let zone = details.time_zone;
    let paid = paid(case);
    let charged = details.payment.as_ref().and_then(|p| p.amount);
    let taxes_and_fees = match (details.price, charged) {
        (Some(price), Some(charged))
            if price.currency == charged.currency && charged.amount > price.amount =>
        {
            Some(Money {
                amount: charged.amount - price.amount,
                currency: price.currency,
            })
        }
        _ => None,
    };
    let same = |m: &Money| paid.is_none_or(|p| p.currency == m.currency);
    let mut articles = Vec::new();
    let mut increase = Decimal::ZERO;
    for clock in clocks {
        if let Some(amount) = clock.amount.filter(|m| same(m) && m.amount > Decimal::ZERO) {
            increase += amount.amount;
            if !articles.contains(&clock.citation) {
                articles.push(clock.citation);
            }
        }
    }
    let refunds: Vec<&Money> = details
        .refunds
        .iter()
        .filter(|r| r.at.start_in(zone) <= as_of)
        .map(|r| &r.amount)
        .filter(|m| same(m))
        .collect();
    let refunded = (!refunds.is_empty()).then(|| refunds.iter().map(|m| m.amount).sum::<Decimal>());
    let costs: Vec<(String, Money)> = details
        .costs
        .iter()
        .filter(|c| c.at.is_none_or(|at| at.start_in(zone) <= as_of))
        .filter(|c| same(&c.amount))
        .map(|c| (c.label.clone(), c.amount))
        .collect();
    let cost_total: Decimal = costs.iter().map(|(_, m)| m.amount).sum();
    let total = paid.map(|p| Money {
        amount: p.amount + cost_total + increase - refunded.unwrap_or_default(),
        currency: p.currency,
    });
    let in_paid = |amount: Decimal| {
        paid.map(|p| Money {
            amount,
            currency: p.currency,
        })
    };
    ClaimAmounts {
        price: details.price,
        charged,
        taxes_and_fees,
        costs,
        increase: if articles.is_empty() {
            None
        } else {
            in_paid(increase).map(|m| (m, articles))
        },
        refunded: refunded.and_then(in_paid),
        total,
        offer: merchant_offer(case, as_of),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::analysis::testing::{at, case_en, outgoing, promise, statement};
    use crate::domain::{Payment, PaymentMethod, Refund};

    #[test]
    fn the_first_written_complaint_is_the_marked_one_else_the_first_email() {
        let mut case = case_en();
        case.contacts.push(outgoing(
            "c1",
            "2026-03-01T10:00:00+01:00",
            Channel::Phone,
            Outcome::NoAnswer,
        ));
        assert_eq!(
            first_written_complaint(&case, at("2026-04-01T00:00:00Z")),
            None,
            "a call is not written"
        );
        case.contacts.push(outgoing(
            "c2",
            "2026-03-02T10:00:00+01:00",
            Channel::Email,
            Outcome::NoAnswer,
        ));
        let mut marked = outgoing(
            "c3",
            "2026-03-05T10:00:00+01:00",
            Channel::Letter,
            Outcome::NoAnswer,
        );
        marked.purpose = Some(ContactPurpose::Complaint);
        case.contacts.push(marked);
        let found = first_written_complaint(&case, at("2026-04-01T00:00:00Z")).unwrap();
        assert_eq!((found.contact.as_str(), found.marked), ("c3", true));
        let before = first_written_complaint(&case, at("2026-03-03T00:00:00Z")).unwrap();
        assert_eq!((before.contact.as_str(), before.marked), ("c2", false));
    }

    #[test]
    fn the_last_word_is_the_latest_statement_and_an_offer_needs_a_refund_promise() {
        let mut case = case_en();
        case.case.price = Money::parse("649.99", "CAD");
        case.contacts.push(outgoing(
            "c1",
            "2026-11-10T11:15:00-05:00",
            Channel::Phone,
            Outcome::Answered,
        ));
        let mut refund = promise(
            "p1",
            "2026-11-10T11:15:00-05:00",
            PromiseKind::Refund,
            Some("2026-11-27"),
        );
        refund.source = Some("c1".into());
        case.promises.push(refund);
        for (id, source, value, when) in [
            ("s1", "c1", "CAD 584.99", "2026-11-10T11:15:00-05:00"),
            ("s2", "c9", "0.80 CAD", "2026-11-11T11:15:00-05:00"),
        ] {
            let mut s = statement(id, when, "refund amount", value);
            s.source = Some(source.into());
            case.statements.push(s);
        }
        let as_of = at("2026-11-23T12:00:00Z");
        let last = merchant_last_word(&case, as_of).unwrap();
        assert_eq!(
            (last.entry.as_str(), last.kind),
            ("s2", WordKind::Statement)
        );
        let early = merchant_last_word(&case, at("2026-11-10T20:00:00Z")).unwrap();
        assert_eq!(
            early.entry.as_str(),
            "s1",
            "the statement before the promise"
        );
        let offer = merchant_offer(&case, as_of).unwrap();
        assert_eq!(offer.statement.as_str(), "s1", "s2 is not tied to a refund");
        assert_eq!(offer.amount, Money::parse("584.99", "CAD").unwrap());
    }

    #[test]
    fn the_claim_adds_taxes_and_the_increase_and_takes_off_refunds() {
        let mut case = case_en();
        case.case.price = Money::parse("899.00", "CAD");
        let mut payment = Payment::new(PaymentMethod::CreditCard);
        payment.amount = Money::parse("1033.63", "CAD");
        case.case.payment = Some(payment);
        case.case.refunds.push(Refund {
            at: DateOrInstant::parse("2026-03-01").unwrap(),
            amount: Money::parse("100.00", "CAD").unwrap(),
        });
        case.case.costs.push(crate::domain::Cost {
            label: "Premium-rate call".into(),
            amount: Money::parse("15.20", "CAD").unwrap(),
            at: DateOrInstant::parse("2026-03-10"),
        });
        let amounts = claim_amounts(&case, &[], at("2026-04-01T00:00:00Z"));
        assert_eq!(amounts.taxes_and_fees, Money::parse("134.63", "CAD"));
        assert_eq!(amounts.refunded, Money::parse("100.00", "CAD"));
        assert_eq!(amounts.costs.len(), 1);
        assert_eq!(amounts.total, Money::parse("948.83", "CAD"));
        assert_eq!(amounts.increase, None);
        let before = claim_amounts(&case, &[], at("2026-02-01T00:00:00Z"));
        assert_eq!(before.refunded, None, "a refund after as_of is not counted");
        assert!(before.costs.is_empty(), "nor a cost incurred after it");
        assert_eq!(before.total, Money::parse("1033.63", "CAD"));
    }
}

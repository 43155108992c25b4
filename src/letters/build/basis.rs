//! The law a letter relies on: the citations of the clocks that apply, the rule the letter
//! itself rests on, and what follows if the deadline is not met.

#[allow(clippy::wildcard_imports)]
use super::*;

/// A citation the letters use that is not a clock (C. civ. 1344, 1226, 1231-6: the mise en
/// demeure and resolution by notification; statutory-clocks.md FR-15, confidence sure).
const FR_CIVIL_NOTICE: (&str, &str) = ("fr.civ-1344", "C. civ. art. 1344, 1226, 1231-6");

/// The network rules for goods not received (Visa 13.1, CN-1; Mastercard 4853, CN-3): never
/// cited once the goods were delivered. Goods returned and not refunded (Visa 13.7, CN-2) come
/// from the clocks, like every rule whose window is open.
pub(super) const NOT_RECEIVED: [&str; 2] = ["visa.13.1", "mastercard.4853"];

/// The statutory chargebacks: Québec, Ontario, US FCBA.
static STATUTES: [&str; 3] = ["qc.lpc-54.14", "on.cpa-chargeback", "us.fcba"];

/// A citation without its version note in brackets (`C. consom. art. L241-4 (ord. n° 2021-1247)`
/// → `C. consom. art. L241-4`), to sit inside a sentence's own brackets.
pub(super) fn short_citation(citation: &str) -> &str {
    citation.split(" (").next().unwrap_or(citation)
}

impl Writer<'_> {
    /// The statute a chargeback request rests on, when one does: Québec and Ontario once the
    /// contract was cancelled and paid by credit card, the FCBA in the US for a credit card.
    /// Otherwise the request is a network dispute.
    pub(super) fn statutory_chargeback(&self) -> Option<&'static str> {
        let credit = self
            .case
            .case
            .payment
            .as_ref()
            .is_some_and(|p| p.method == PaymentMethod::CreditCard);
        let cancelled = self.sent(ContactPurpose::Cancellation).next().is_some();
        match self.jurisdiction() {
            Jurisdiction::CaQc if credit && cancelled => Some(STATUTES[0]),
            Jurisdiction::CaOn if credit && cancelled => Some(STATUTES[1]),
            Jurisdiction::Us if credit => Some(STATUTES[2]),
            _ => None,
        }
    }

    /// The rules the letter relies on, as (rule id, "citation: title").
    pub(super) fn basis(&self) -> Vec<(&'static str, String)> {
        let j = self.jurisdiction();
        let delivered = self.delivered().is_some();
        let mut ids: Vec<&'static str> = Vec::new();
        // The court a notice announces comes last, after the rules the notice rests on.
        let mut next: Vec<&'static str> = Vec::new();
        for clock in &self.findings.clocks {
            let rule = law::rule(clock.rule);
            let action = rule.and_then(|r| r.action).map(|(a, _)| a);
            let missed_duty =
                clock.kind == ClockKind::MerchantDuty && clock.status == ClockStatus::Missed;
            // The court the notice says comes next (Québec, Ontario: "I will apply to the Small
            // Claims …"), while its window is not closed.
            let court_next = self.kind == LetterKind::FormalNotice
                && matches!(j, Jurisdiction::CaQc | Jurisdiction::CaOn)
                && action == Some(Action::SmallClaims)
                && matches!(clock.status, ClockStatus::NotYet | ClockStatus::Open);
            let relevant = match self.kind {
                LetterKind::FormalNotice | LetterKind::LetterBeforeClaim => {
                    missed_duty || clock.amount.is_some()
                }
                LetterKind::Cancellation => {
                    missed_duty || clock.amount.is_some() || action == Some(Action::Cancel)
                }
                LetterKind::ChargebackRequest => action == Some(Action::Chargeback),
                LetterKind::MediationRequest => {
                    matches!(action, Some(Action::Mediation | Action::Ombudsman))
                }
            };
            // The "not received" network conditions do not fit delivered goods.
            let unfit = delivered && NOT_RECEIVED.contains(&clock.rule);
            if court_next && !next.contains(&clock.rule) {
                next.push(clock.rule);
            }
            if relevant && !unfit && !ids.contains(&clock.rule) {
                ids.push(clock.rule);
            }
        }
        let network = self.case.case.payment.as_ref().and_then(|p| p.network);
        let always: &[&'static str] = match (self.kind, j) {
            (LetterKind::FormalNotice, Jurisdiction::Fr) => &[FR_CIVIL_NOTICE.0],
            (LetterKind::FormalNotice, Jurisdiction::CaQc) => &["qc.ccq-1595"],
            (LetterKind::Cancellation, Jurisdiction::Fr) if delivered => {
                &["fr.l221-18", "fr.l221-24"]
            }
            (LetterKind::Cancellation, Jurisdiction::Fr) => &["fr.l216-6", "fr.l216-7"],
            (LetterKind::Cancellation, Jurisdiction::CaQc) => &["qc.lpc-54.9", "qc.lpc-54.13"],
            (LetterKind::Cancellation, Jurisdiction::Uk) if delivered => &["uk.ccr-cancel"],
            (LetterKind::Cancellation, Jurisdiction::Uk) => &["uk.cra-28.end"],
            (LetterKind::Cancellation, Jurisdiction::CaOn) => &["on.cpa-delivery", "on.cpa-refund"],
            (LetterKind::LetterBeforeClaim, _) => &["uk.pd-pac"],
            (LetterKind::ChargebackRequest, _) => match (self.statutory_chargeback(), network) {
                (Some(id), _) => {
                    std::slice::from_ref(STATUTES.iter().find(|s| **s == id).unwrap_or(&""))
                }
                // Visa 13.1 and Mastercard 4853 are for goods not received (CN-1, CN-3); goods
                // returned and not refunded (Visa 13.7, CN-2) are cited through the open clocks.
                (None, Some(CardNetwork::Visa)) if !delivered => &["visa.13.1"],
                (None, Some(CardNetwork::Mastercard)) if !delivered => &["mastercard.4853"],
                (None, _) => &[],
            },
            (LetterKind::MediationRequest, Jurisdiction::Fr) => &["fr.l612-2"],
            _ => &[],
        };
        for id in always.iter().chain(&next) {
            if !ids.contains(id) {
                ids.push(id);
            }
        }
        ids.into_iter()
            .filter_map(|id| {
                if id == FR_CIVIL_NOTICE.0 {
                    let title = self.t("letter-basis-fr-civ-1344");
                    return Some((
                        id,
                        format!("{}{}{title}", FR_CIVIL_NOTICE.1, f::colon(self.lang)),
                    ));
                }
                let rule = law::rule(id)?;
                let title = self.t(&rule.message_id());
                Some((
                    rule.id,
                    format!("{}{}{title}", rule.citation, f::colon(self.lang)),
                ))
            })
            .collect()
    }

    pub(super) fn consequence(&self) -> String {
        let group = match self.jurisdiction() {
            Jurisdiction::Fr => "fr",
            Jurisdiction::CaQc => "qc",
            Jurisdiction::Uk => "uk",
            Jurisdiction::CaOn => "on",
            _ => "other",
        };
        // The day the right to cancel opens, when it is after the notice's deadline (QC-1: 30
        // days after the agreed date): the notice says the cancellation follows from that day.
        let cancel_opens = self.cancel_opens_after_deadline();
        let key = match self.kind {
            LetterKind::FormalNotice
                if !self.refund_owed()
                    && cancel_opens.is_some()
                    && matches!(group, "qc" | "on") =>
            {
                format!("letter-then-formal-notice-deliver-{group}-from")
            }
            LetterKind::FormalNotice if !self.refund_owed() => {
                format!("letter-then-formal-notice-deliver-{group}")
            }
            LetterKind::FormalNotice | LetterKind::Cancellation => {
                format!("letter-then-{}-{group}", self.kind)
            }
            _ => format!("letter-then-{}", self.kind),
        };
        // Whether the case records a credit card: the chargeback is announced plainly, left
        // out for another means of payment, or made conditional when the payment is unknown.
        let card = match self.case.case.payment.as_ref().map(|p| p.method) {
            Some(PaymentMethod::CreditCard) => "credit",
            Some(_) => "other",
            None => "unknown",
        };
        self.ta(
            &key,
            &[
                ("card", card.into()),
                ("increase", self.increase_citation().into()),
                (
                    "opens",
                    cancel_opens.map_or_else(|| "".into(), |day| self.date(day)),
                ),
            ],
        )
    }

    /// The first day the right to cancel for non-delivery opens (a cancellation clock not open
    /// yet at the letter's date), when that day is after the deadline the letter gives.
    fn cancel_opens_after_deadline(&self) -> Option<NaiveDate> {
        let (days, _) = self.deadline_days();
        let deadline = self.today.checked_add_days(Days::new(u64::from(days)))?;
        self.findings
            .clocks
            .iter()
            .filter(|c| {
                c.kind == ClockKind::ConsumerWindow
                    && c.status == ClockStatus::NotYet
                    && law::rule(c.rule).and_then(|r| r.action).map(|(a, _)| a)
                        == Some(Action::Cancel)
            })
            .filter_map(|c| c.opens)
            .min()
            .filter(|day| *day > deadline)
    }

    /// The article that increases a late refund in France, cited wherever the increase is
    /// mentioned: L242-4 after a withdrawal (goods delivered, FR-11), else L241-4 in the version
    /// for the contract's date (FR-6, FR-6b, FR-6c: contracts from 1 Jan 2022).
    pub(super) fn increase_citation(&self) -> &'static str {
        let candidates: &[&'static str] = if self.delivered().is_some() {
            &["fr.l242-4"]
        } else {
            &["fr.l241-4", "fr.l241-4.pre2022"]
        };
        let evaluated = self
            .findings
            .clocks
            .iter()
            .find(|c| candidates.contains(&c.rule))
            .map(|c| c.rule);
        let from_2022 = NaiveDate::from_ymd_opt(2022, 1, 1);
        let by_date = match self.case.case.ordered_at {
            Some(at) if Some(at.date_in(self.case.case.time_zone)) < from_2022 => {
                candidates.last().copied()
            }
            _ => candidates.first().copied(),
        };
        evaluated
            .or(by_date)
            .and_then(law::rule)
            .map_or("", |r| short_citation(r.citation))
    }
}

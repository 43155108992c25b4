//! The letter from the case: who writes to whom, the facts with their sources, the law, the sum,
//! the deadline, what follows. Nothing is invented: a needed fact the case lacks is an error.

mod basis;
mod chargeback;
mod facts;
mod returned;

use super::address::{address_lines, place_of};
use super::{
    Annex, AnnexRow, Block, Demand, Letter, LetterError, LetterKind, LetterOptions, Role, Source,
};
use crate::analysis::clocks::ClockStatus;
use crate::analysis::positions::{self, ClaimAmounts};
use crate::analysis::{Findings, PromiseState};
use crate::domain::{
    CardNetwork, CaseData, ContactParty, ContactPurpose, Direction, Jurisdiction, Language, Money,
    PaymentMethod, PromiseKind,
};
use crate::i18n::format as f;
use crate::i18n::{FluentValue, tr, tr_args};
use crate::law::{self, Action, ClockKind};
use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

/// Named arguments of a message.
type Args<'a> = &'a [(&'static str, FluentValue<'static>)];

/// Writes the letter of `kind` from the case and its findings (computed at `options.as_of`).
pub fn build(
    case: &CaseData,
    findings: &Findings,
    kind: LetterKind,
    options: &LetterOptions,
) -> Result<Letter, LetterError> {
    let d = &case.case;
    if !kind.applies_in(d.jurisdiction) {
        return Err(LetterError::NotApplicable {
            kind,
            jurisdiction: d.jurisdiction,
        });
    }
    if let Some(days) = options.deadline_days
        && !super::DEADLINE_DAYS.contains(&days)
    {
        return Err(LetterError::DeadlineDays(days));
    }
    let w = Writer::new(case, findings, kind, options);
    if let Some(ordered) = d.ordered_at.map(|at| at.date_in(d.time_zone))
        && w.today < ordered
    {
        return Err(LetterError::BeforeOrder { ordered });
    }
    // A letter that would say the goods are not delivered, dated on or before the day agreed
    // for delivery or pickup: the goods are due by the end of that day, so nothing is late yet
    // (FR-1 L216-1, QC-1, ON-2 count from the agreed date).
    if let Some(agreed) = d.delivery_agreed.map(|at| at.date_in(d.time_zone))
        && w.today <= agreed
        && w.delivered().is_none()
        && w.sent(ContactPurpose::Withdrawal).next().is_none()
    {
        return Err(LetterError::BeforeAgreedDelivery { agreed });
    }
    // Ontario's cancellation (ON-2, CPA 2002 Part IV) is for goods not delivered; the notes hold
    // no general cancellation right once they are (ON-3 needs facts the case does not record).
    if kind == LetterKind::Cancellation
        && d.jurisdiction == Jurisdiction::CaOn
        && w.delivered().is_some()
    {
        return Err(LetterError::AfterDelivery {
            kind,
            jurisdiction: d.jurisdiction,
        });
    }
    if let Some(opens) = w.opens_later() {
        return Err(LetterError::NotOpenYet { kind, opens });
    }
    if let Some(last_day) = w.closed() {
        return Err(LetterError::Closed { kind, last_day });
    }
    w.check()?;
    Ok(w.letter())
}

/// Whether a text field is missing or blank.
fn blank(text: Option<&str>) -> bool {
    text.is_none_or(|t| t.trim().is_empty())
}

/// The period in which a French consumer mediator notifies a refusal: 3 weeks from receiving
/// the file (statutory-clocks.md FR-16, C. consom. R612-5, confidence sure). Not a clock of the
/// rules: the letters cite it for the mediation request's period.
const FR_MEDIATION_REFUSAL: &str = "C. consom. art. R612-5";

/// How the deadline was chosen.
enum DeadlineBasis {
    /// The usual period in practice (no number in the law).
    Practice,
    /// A period the law sets (its citation), counted from the letter's date.
    Law(&'static str),
    /// A period the law sets (its citation), counted from the recipient's receipt of the letter
    /// (FR-5 L216-7; FR-10 L221-24 "informed"; QC-2/QC-4 LPC 54.13, the resolution taking effect
    /// from the notice's delivery per the OPC): the letter states the period, not a date.
    LawFromReceipt(&'static str),
    /// The user's choice.
    Chosen,
}

struct Writer<'a> {
    case: &'a CaseData,
    findings: &'a Findings,
    kind: LetterKind,
    options: &'a LetterOptions,
    lang: Language,
    today: NaiveDate,
    /// The claim sheet's sums at the letter's date (the one computation of what is owed).
    amounts: ClaimAmounts,
}

impl<'a> Writer<'a> {
    fn new(
        case: &'a CaseData,
        findings: &'a Findings,
        kind: LetterKind,
        options: &'a LetterOptions,
    ) -> Self {
        let zone = case.case.time_zone;
        Self {
            case,
            findings,
            kind,
            options,
            lang: options.language.unwrap_or(case.case.language),
            today: options.as_of.with_timezone(&zone.0).date_naive(),
            amounts: positions::claim_amounts(case, &findings.clocks, options.as_of),
        }
    }

    fn t(&self, key: &str) -> String {
        tr(self.lang, key)
    }

    fn ta(&self, key: &str, args: Args<'_>) -> String {
        tr_args(self.lang, key, args)
    }

    fn jurisdiction(&self) -> Jurisdiction {
        self.case.case.jurisdiction
    }

    /// Whether the facts are told to the merchant ("you") or about it (issuer, mediator).
    fn to(&self) -> (&'static str, FluentValue<'static>) {
        let to = if self.kind.party() == ContactParty::Merchant {
            "merchant"
        } else {
            "third"
        };
        ("to", to.into())
    }

    fn date(&self, date: NaiveDate) -> FluentValue<'static> {
        f::date(self.lang, date).into()
    }

    fn money(&self, money: &Money) -> FluentValue<'static> {
        f::money(self.lang, money).into()
    }

    /// What was paid: the payment's amount, else the price.
    fn paid(&self) -> Option<Money> {
        let d = &self.case.case;
        d.payment.as_ref().and_then(|p| p.amount).or(d.price)
    }

    /// The outgoing contacts to the merchant with this purpose, by the letter's date.
    fn sent(&self, purpose: ContactPurpose) -> impl Iterator<Item = &'a crate::domain::Contact> {
        let as_of = self.options.as_of;
        self.case.contacts.iter().filter(move |c| {
            c.purpose == Some(purpose)
                && c.party == ContactParty::Merchant
                && c.direction == Direction::Outgoing
                && c.at.utc() <= as_of
        })
    }

    /// The first written complaint (or formal notice) to the merchant.
    fn written_complaint(&self) -> Option<&'a crate::domain::Contact> {
        self.sent(ContactPurpose::Complaint)
            .chain(self.sent(ContactPurpose::FormalNotice))
            .min_by_key(|c| c.at)
    }

    /// The clocks of the right this letter exercises (cancel, chargeback, mediation), as the
    /// analysis evaluated them; the network "not received" conditions only for goods not
    /// delivered.
    fn own_clocks(&self) -> impl Iterator<Item = &'a crate::analysis::clocks::Clock> {
        let kind = self.kind;
        let delivered = self.delivered().is_some();
        self.findings.clocks.iter().filter(move |clock| {
            if clock.kind != ClockKind::ConsumerWindow
                || (delivered && basis::NOT_RECEIVED.contains(&clock.rule))
            {
                return false;
            }
            let action = law::rule(clock.rule).and_then(|r| r.action).map(|(a, _)| a);
            match kind {
                LetterKind::Cancellation => action == Some(Action::Cancel),
                LetterKind::ChargebackRequest => action == Some(Action::Chargeback),
                LetterKind::MediationRequest => {
                    matches!(action, Some(Action::Mediation | Action::Ombudsman))
                }
                LetterKind::FormalNotice | LetterKind::LetterBeforeClaim => false,
            }
        })
    }

    /// The day the right this letter exercises opens, when every clock of it says "not open
    /// yet" at the letter's date (QC-1: 30 days after the agreed date, …).
    fn opens_later(&self) -> Option<NaiveDate> {
        let mut opens: Option<NaiveDate> = None;
        for clock in self.own_clocks() {
            if clock.status != ClockStatus::NotYet {
                return None;
            }
            let day = clock.opens?;
            opens = Some(opens.map_or(day, |o| o.min(day)));
        }
        opens.filter(|day| *day > self.today)
    }

    /// When every clock of the right this letter exercises has closed unused or never opened:
    /// the last of their last days (`None` inside when none had one: it never opened).
    fn closed(&self) -> Option<Option<NaiveDate>> {
        let mut any = false;
        let mut last: Option<NaiveDate> = None;
        for clock in self.own_clocks() {
            match clock.status {
                ClockStatus::Closed => last = last.max(clock.due),
                ClockStatus::NeverOpened => {}
                _ => return None,
            }
            any = true;
        }
        any.then_some(last)
    }

    fn delivered(&self) -> Option<NaiveDate> {
        let d = &self.case.case;
        d.delivered_at
            .filter(|at| at.start_in(d.time_zone) <= self.options.as_of)
            .map(|at| at.date_in(d.time_zone))
    }

    /// Whether what is owed now is money back (rather than delivery).
    fn refund_owed(&self) -> bool {
        self.kind != LetterKind::FormalNotice
            || self.delivered().is_some()
            || self.sent(ContactPurpose::Cancellation).next().is_some()
            || self.sent(ContactPurpose::Withdrawal).next().is_some()
            || self
                .case
                .promises
                .iter()
                .any(|p| p.kind == PromiseKind::Refund)
    }

    /// The facts the kind needs that the case lacks, as case-file keys.
    fn check(&self) -> Result<(), LetterError> {
        let d = &self.case.case;
        let mut missing = Vec::new();
        if blank(Some(&d.consumer.name)) {
            missing.push("case.consumer.name");
        }
        if blank(d.consumer.address.as_deref()) {
            missing.push("case.consumer.address");
        }
        if blank(Some(&d.merchant.name)) {
            missing.push("case.merchant.name");
        }
        if self.paid().is_none() {
            missing.push("case.price");
        }
        if d.ordered_at.is_none() {
            missing.push("case.ordered_at");
        }
        match self.kind {
            LetterKind::FormalNotice | LetterKind::Cancellation | LetterKind::LetterBeforeClaim => {
                if blank(d.merchant.address.as_deref()) {
                    missing.push("case.merchant.address");
                }
            }
            LetterKind::ChargebackRequest => match &d.payment {
                None => missing.push("case.payment"),
                Some(p) => {
                    if !matches!(
                        p.method,
                        PaymentMethod::CreditCard | PaymentMethod::DebitCard
                    ) {
                        missing.push("case.payment.method");
                    }
                    if p.card_last4.is_none() {
                        missing.push("case.payment.card_last4");
                    }
                    if blank(p.issuer.as_deref()) {
                        missing.push("case.payment.issuer");
                    }
                }
            },
            LetterKind::MediationRequest => {
                if blank(d.merchant.mediator.as_deref()) {
                    missing.push("case.merchant.mediator");
                }
                if self.written_complaint().is_none() {
                    missing.push("contacts.complaint");
                }
            }
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(LetterError::MissingFacts(missing))
        }
    }

    fn letter(&self) -> Letter {
        let d = &self.case.case;
        let mut sender = vec![d.consumer.name.clone()];
        sender.extend(
            d.consumer
                .address
                .as_deref()
                .map(address_lines)
                .unwrap_or_default(),
        );
        sender.extend(d.consumer.email.clone());
        let recipient = self.recipient();
        let today = self.date(self.today);
        let place_date = match d.consumer.address.as_deref().and_then(place_of) {
            Some(place) => self.ta(
                "letter-place-date",
                &[("place", place.into()), ("date", today)],
            ),
            None => self.ta("letter-date-only", &[("date", today)]),
        };
        let registered = matches!(self.jurisdiction(), Jurisdiction::Fr | Jurisdiction::CaQc)
            && matches!(
                self.kind,
                LetterKind::FormalNotice | LetterKind::Cancellation | LetterKind::MediationRequest
            );
        let what = match (&d.order_reference, &d.product) {
            (Some(r), _) if !r.trim().is_empty() => {
                self.ta("letter-order-ref", &[("reference", r.clone().into())])
            }
            (_, Some(p)) if !p.trim().is_empty() => p.clone(),
            _ => d.title.clone(),
        };
        let subject = self.ta(
            &format!("letter-subject-{}", self.kind),
            &[("what", what.into())],
        );
        let (deadline_days, basis) = self.deadline_days();
        let deadline = self
            .today
            .checked_add_days(Days::new(u64::from(deadline_days)))
            .unwrap_or(self.today);
        let demand = self.demand();

        let mut body = vec![para(self.t("letter-salutation"), vec![])];
        if self.kind == LetterKind::ChargebackRequest {
            body.push(para(self.ta("letter-cb-intro", &[]), vec![]));
            body.push(heading(self.t("letter-heading-cb-details")));
            body.extend(self.chargeback_details(demand.as_ref()));
        }
        if self.kind == LetterKind::MediationRequest {
            body.push(heading(self.t("letter-heading-trader")));
            body.extend(self.trader());
        }
        body.push(heading(self.t("letter-heading-facts")));
        body.extend(self.facts());
        let rules = self.basis();
        if !rules.is_empty() {
            body.push(heading(self.t("letter-heading-law")));
            body.extend(
                rules
                    .iter()
                    .map(|(id, text)| item(text.clone(), vec![Source::Rule(id)])),
            );
        }
        body.push(heading(
            self.t(&format!("letter-heading-demand-{}", self.kind)),
        ));
        body.extend(self.demand_blocks(demand.as_ref()));
        body.push(para(
            self.deadline_text(deadline, deadline_days, &basis),
            vec![],
        ));
        if self.kind == LetterKind::LetterBeforeClaim {
            body.push(para(self.t("letter-lbc-documents"), vec![]));
            body.push(para(self.t("letter-lbc-adr"), vec![]));
        }
        body.push(para(self.consequence(), vec![]));
        body.push(para(self.t("letter-closing"), vec![]));

        let annex = (self.kind == LetterKind::ChargebackRequest).then(|| self.annex());
        let mut letter = Letter {
            kind: self.kind,
            language: self.lang,
            paper: self.options.paper,
            sender,
            recipient,
            place_date,
            sending_mode: registered.then(|| self.t("letter-mode-registered")),
            subject,
            body,
            signature: vec![d.consumer.name.clone()],
            enclosures_title: self.t("letter-heading-enclosures"),
            enclosures: self.enclosures(annex.is_some()),
            annex,
            deadline,
            deadline_from_receipt: matches!(basis, DeadlineBasis::LawFromReceipt(_)),
            deadline_note: self.deadline_note(deadline_days, &basis),
            warnings: self.warnings(),
            demand,
            title: format!(
                "{} — {}",
                self.t(&format!("letter-kind-{}", self.kind)),
                d.title
            ),
        };
        if self.lang == Language::Fr {
            french(&mut letter);
        }
        letter
    }

    fn recipient(&self) -> Vec<String> {
        let d = &self.case.case;
        match self.kind {
            LetterKind::ChargebackRequest => {
                let issuer = d.payment.as_ref().and_then(|p| p.issuer.clone());
                let mut lines: Vec<String> = issuer.into_iter().collect();
                lines.push(self.t("letter-issuer-disputes"));
                lines
            }
            LetterKind::MediationRequest => d.merchant.mediator.iter().cloned().collect(),
            _ => {
                let mut lines = vec![d.merchant.name.clone()];
                lines.extend(
                    d.merchant
                        .address
                        .as_deref()
                        .map(address_lines)
                        .unwrap_or_default(),
                );
                lines
            }
        }
    }

    /// The trader the dispute is with, as a mediator's form asks: name, company identifier,
    /// address (each when the case records it).
    fn trader(&self) -> Vec<Block> {
        let m = &self.case.case.merchant;
        let mut blocks = vec![item(
            self.ta("letter-trader-name", &[("name", m.name.clone().into())]),
            vec![Source::Case("case.merchant.name".into())],
        )];
        if let Some(id) = m.company_id.as_deref().filter(|s| !s.trim().is_empty()) {
            blocks.push(item(
                self.ta("letter-trader-company-id", &[("id", id.to_owned().into())]),
                vec![Source::Case("case.merchant.company_id".into())],
            ));
        }
        if let Some(address) = m.address.as_deref().filter(|s| !s.trim().is_empty()) {
            blocks.push(item(
                self.ta(
                    "letter-trader-address",
                    &[("address", address_lines(address).join(", ").into())],
                ),
                vec![Source::Case("case.merchant.address".into())],
            ));
        }
        blocks
    }

    fn deadline_days(&self) -> (u32, DeadlineBasis) {
        if let Some(days) = self.options.deadline_days {
            return (days, DeadlineBasis::Chosen);
        }
        let j = self.jurisdiction();
        let citation = |id: &'static str| law::rule(id).map_or(id, |r| r.citation);
        let law_days = |id: &'static str, days: u32| (days, DeadlineBasis::Law(citation(id)));
        let from_receipt =
            |id: &'static str, days: u32| (days, DeadlineBasis::LawFromReceipt(citation(id)));
        match self.kind {
            LetterKind::FormalNotice => match j {
                Jurisdiction::Fr => (8, DeadlineBasis::Practice),
                Jurisdiction::CaQc => (10, DeadlineBasis::Practice),
                _ => (14, DeadlineBasis::Practice),
            },
            LetterKind::Cancellation => match j {
                Jurisdiction::Fr if self.delivered().is_none() => from_receipt("fr.l216-7", 14),
                Jurisdiction::Fr => from_receipt("fr.l221-24", 14),
                Jurisdiction::CaQc => from_receipt("qc.lpc-54.13", 15),
                // ON-5: refund within 15 days of the notice (given when sent, ON-4).
                Jurisdiction::CaOn => law_days("on.cpa-refund", 15),
                _ => (14, DeadlineBasis::Practice),
            },
            LetterKind::LetterBeforeClaim => (14, DeadlineBasis::Practice),
            // The issuer acknowledges within 30 days: LPC 54.16, Reg Z 1026.13.
            LetterKind::ChargebackRequest => match self.statutory_chargeback() {
                Some(id @ ("qc.lpc-54.14" | "us.fcba")) => law_days(id, 30),
                _ => (30, DeadlineBasis::Practice),
            },
            // FR-16: the mediator notifies a refusal within 3 weeks of receiving the file.
            LetterKind::MediationRequest => match j {
                Jurisdiction::Fr => (21, DeadlineBasis::LawFromReceipt(FR_MEDIATION_REFUSAL)),
                _ => (14, DeadlineBasis::Practice),
            },
        }
    }

    fn deadline_text(&self, deadline: NaiveDate, days: u32, basis: &DeadlineBasis) -> String {
        let sentence = self.ta(
            &format!("letter-deadline-{}", self.kind),
            &[("date", self.date(deadline)), ("days", f::number(days))],
        );
        match basis {
            DeadlineBasis::Law(citation) => {
                let law = self.ta("letter-deadline-law", &[("citation", (*citation).into())]);
                format!("{sentence} {law}")
            }
            DeadlineBasis::LawFromReceipt(citation) => self.ta(
                &format!("letter-deadline-{}-receipt", self.kind),
                &[("days", f::number(days)), ("citation", (*citation).into())],
            ),
            DeadlineBasis::Practice | DeadlineBasis::Chosen => sentence,
        }
    }

    /// For the user, not the letter: what the recipient's practice asks that the letter does
    /// not meet. The FEVAD e-commerce mediator takes requests in French only
    /// (escalation-practice.md): a request to it in another language is flagged.
    fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        let mediator = self
            .case
            .case
            .merchant
            .mediator
            .as_deref()
            .unwrap_or_default();
        if self.kind == LetterKind::MediationRequest
            && self.lang != Language::Fr
            && mediator.to_lowercase().contains("fevad")
        {
            warnings.push(self.ta(
                "letter-warning-mediator-french",
                &[("mediator", mediator.to_owned().into())],
            ));
        }
        warnings
    }

    /// For the user, not the letter: where the deadline's length comes from.
    fn deadline_note(&self, days: u32, basis: &DeadlineBasis) -> String {
        let n = f::number(days);
        match basis {
            DeadlineBasis::Practice => self.ta("letter-note-practice", &[("days", n)]),
            DeadlineBasis::Law(citation) => self.ta(
                "letter-note-law",
                &[("days", n), ("citation", (*citation).into())],
            ),
            DeadlineBasis::LawFromReceipt(citation) => self.ta(
                if self.kind == LetterKind::MediationRequest {
                    "letter-note-law-receipt-mediation-request"
                } else {
                    "letter-note-law-receipt"
                },
                &[("days", n), ("citation", (*citation).into())],
            ),
            DeadlineBasis::Chosen => self.ta("letter-note-chosen", &[("days", n)]),
        }
    }

    /// The sum asked for: the claim sheet's figures, never a recomputation. A chargeback
    /// request asks for the charge less refunds (the issuer reverses a charge; it owes no
    /// statutory increase nor the dispute's costs).
    fn demand(&self) -> Option<Demand> {
        let a = &self.amounts;
        let paid = a.charged.or(a.price)?;
        let money = |amount: Decimal| Money {
            amount,
            currency: paid.currency,
        };
        let refunded = a.refunded.unwrap_or(money(Decimal::ZERO));
        if self.kind == LetterKind::ChargebackRequest {
            return Some(Demand {
                paid,
                costs: money(Decimal::ZERO),
                increase: money(Decimal::ZERO),
                refunded,
                total: money(paid.amount - refunded.amount),
            });
        }
        Some(Demand {
            paid,
            costs: money(a.costs.iter().map(|(_, m)| m.amount).sum()),
            increase: a
                .increase
                .as_ref()
                .map_or(money(Decimal::ZERO), |(m, _)| *m),
            refunded,
            total: a.total?,
        })
    }

    /// The product as a phrase that needs no article in either language ("the following item:
    /// Brevia Pro 2…", « l'article suivant : … »), else "the goods".
    fn product_phrase(&self) -> String {
        match self.case.case.product.as_deref().map(str::trim) {
            Some(product) if !product.is_empty() => {
                self.ta("letter-item", &[("product", product.to_owned().into())])
            }
            _ => self.t("letter-the-goods"),
        }
    }

    fn product(&self) -> String {
        self.case
            .case
            .product
            .clone()
            .filter(|p| !p.trim().is_empty())
            .unwrap_or_else(|| self.t("letter-the-goods"))
    }

    fn demand_blocks(&self, demand: Option<&Demand>) -> Vec<Block> {
        if !self.refund_owed() {
            return vec![para(
                self.ta(
                    "letter-demand-deliver",
                    &[("product", self.product_phrase().into())],
                ),
                vec![Source::Case("case.product".into())],
            )];
        }
        let Some(demand) = demand else {
            return Vec::new();
        };
        let price_source = if self
            .case
            .case
            .payment
            .as_ref()
            .is_some_and(|p| p.amount.is_some())
        {
            "case.payment.amount"
        } else {
            "case.price"
        };
        let zero = |m: &Money| m.amount <= Decimal::ZERO;
        // The refund (what was paid to the merchant, less refunds), its statutory increase, and
        // apart from both the costs the dispute caused, claimed as damages: the claim sheet's
        // total is their sum.
        let refund = Money {
            amount: demand.paid.amount - demand.refunded.amount,
            currency: demand.paid.currency,
        };
        let parts = !zero(&demand.costs) || !zero(&demand.increase);
        let mut blocks = vec![para(
            self.ta(
                &format!("letter-demand-{}", self.kind),
                &[
                    ("total", self.money(&demand.total)),
                    ("parts", if parts { "yes" } else { "no" }.into()),
                ],
            ),
            vec![],
        )];
        blocks.push(item(
            self.ta("letter-sum-paid", &[("amount", self.money(&demand.paid))]),
            vec![Source::Case(price_source.into())],
        ));
        if !zero(&demand.refunded) {
            blocks.push(item(
                self.ta(
                    "letter-sum-refunded",
                    &[("amount", self.money(&demand.refunded))],
                ),
                vec![Source::Case("case.refunds".into())],
            ));
        }
        if parts && !zero(&demand.refunded) {
            blocks.push(item(
                self.ta("letter-sum-refund", &[("amount", self.money(&refund))]),
                vec![Source::Case(price_source.into())],
            ));
        }
        let increase_clocks: Vec<_> = self
            .findings
            .clocks
            .iter()
            .filter(|c| c.amount.is_some_and(|m| m.amount > Decimal::ZERO))
            .collect();
        if !zero(&demand.increase) {
            let rates: Vec<String> = increase_clocks
                .iter()
                .filter_map(|c| c.rate_percent)
                .map(|r| f::percent(self.lang, r))
                .collect();
            let citations: Vec<String> = increase_clocks
                .iter()
                .map(|c| c.citation.to_owned())
                .collect();
            blocks.push(item(
                self.ta(
                    "letter-sum-increase",
                    &[
                        ("amount", self.money(&demand.increase)),
                        ("rate", f::list(self.lang, &rates, None).into()),
                        ("citation", citations.join("; ").into()),
                    ],
                ),
                increase_clocks
                    .iter()
                    .map(|c| Source::Rule(c.rule))
                    .collect(),
            ));
        }
        if !zero(&demand.costs) {
            blocks.push(para(
                self.ta(
                    "letter-demand-costs",
                    &[("amount", self.money(&demand.costs)), self.to()],
                ),
                vec![Source::Case("case.costs".into())],
            ));
            for (label, amount) in &self.amounts.costs {
                blocks.push(item(
                    self.ta(
                        "letter-sum-cost",
                        &[
                            ("label", label.clone().into()),
                            ("amount", self.money(amount)),
                        ],
                    ),
                    vec![Source::Case("case.costs".into())],
                ));
            }
        }
        if parts {
            let mut terms = vec![self.ta("letter-part-refund", &[("amount", self.money(&refund))])];
            if !zero(&demand.increase) {
                let citations: Vec<&str> = increase_clocks
                    .iter()
                    .map(|c| basis::short_citation(c.citation))
                    .collect();
                terms.push(self.ta(
                    "letter-part-increase",
                    &[
                        ("amount", self.money(&demand.increase)),
                        ("citation", citations.join("; ").into()),
                    ],
                ));
            }
            if !zero(&demand.costs) {
                terms.push(self.ta(
                    "letter-part-costs",
                    &[("amount", self.money(&demand.costs))],
                ));
            }
            blocks.push(para(
                self.ta(
                    "letter-sum-total-parts",
                    &[
                        ("amount", self.money(&demand.total)),
                        ("parts", terms.join(" + ").into()),
                    ],
                ),
                vec![],
            ));
        } else {
            blocks.push(item(
                self.ta("letter-sum-total", &[("amount", self.money(&demand.total))]),
                vec![],
            ));
        }
        blocks
    }

    fn enclosures(&self, annex: bool) -> Vec<String> {
        let mut list = Vec::new();
        if annex {
            list.push(self.t("letter-enclosure-annex"));
        }
        list.push(self.t("letter-enclosure-dossier"));
        // Numbered and labelled as in the dossier (« Pièce n° 1 », « P-1 », "Exhibit 1"); an
        // exhibit the consumer got after the letter's date is not enclosed.
        let zone = self.case.case.time_zone;
        let order = crate::dossier::model::exhibit_order(self.case);
        for (n, a) in (1..).zip(order) {
            if a.received_at
                .is_some_and(|at| at.date_in(zone) > self.today)
            {
                continue;
            }
            let caption = a.caption.clone().unwrap_or_else(|| a.file_name.clone());
            let label = crate::dossier::model::exhibit_label(self.jurisdiction(), self.lang, n);
            list.push(self.ta(
                "letter-enclosure-exhibit-label",
                &[("label", label.into()), ("caption", caption.into())],
            ));
        }
        list
    }
}

fn heading(text: String) -> Block {
    Block {
        role: Role::Heading,
        text,
        sources: Vec::new(),
    }
}

fn para(text: String, sources: Vec<Source>) -> Block {
    Block {
        role: Role::Paragraph,
        text,
        sources,
    }
}

fn item(text: String, sources: Vec<Source>) -> Block {
    Block {
        role: Role::Item,
        text,
        sources,
    }
}

/// French typography on every line of the letter (no-break spaces before `: ; ! ?` and inside
/// « »), so the PDF and the text say exactly the same characters.
fn french(letter: &mut Letter) {
    let fix = |s: &mut String| *s = crate::layout::french_spacing(s);
    letter.sender.iter_mut().for_each(fix);
    letter.recipient.iter_mut().for_each(fix);
    fix(&mut letter.place_date);
    letter.sending_mode.iter_mut().for_each(fix);
    fix(&mut letter.subject);
    letter.body.iter_mut().for_each(|b| fix(&mut b.text));
    letter.enclosures.iter_mut().for_each(fix);
    if let Some(annex) = &mut letter.annex {
        fix(&mut annex.title);
        for row in &mut annex.rows {
            fix(&mut row.person);
            fix(&mut row.outcome);
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::EntryId;
    use chrono::{DateTime, Utc};

    fn case() -> CaseData {
        serde_json::from_value(serde_json::json!({
            "case": {
                "title": "Sofa", "status": "open", "language": "en", "jurisdiction": "uk",
                "time_zone": "Europe/London", "contract_kind": "distance",
                "merchant": {"name": "Sofas Ltd", "address": "1 High Street, Leeds LS1 1AA"},
                "consumer": {"name": "Alex Martin", "address": "10 Baker Street, London NW1 6XE"},
                "product": "Blue sofa", "order_reference": "SO-1",
                "price": {"amount": "500.00", "currency": "GBP"},
                "ordered_at": "2026-03-01T10:00:00Z", "delivery_agreed": "2026-03-10",
                "payment": {"method": "credit_card", "network": "visa", "card_last4": "4417",
                            "issuer": "Bank", "paid_at": "2026-03-01T10:00:00Z"}
            },
            "contacts": [
                {"id": "c1", "at": "2026-03-12T09:00:00Z", "channel": "email",
                 "direction": "outgoing", "outcome": "no_answer", "summary": "…",
                 "purpose": "complaint"},
                {"id": "c2", "at": "2026-03-20T09:00:00Z", "channel": "phone",
                 "direction": "outgoing", "outcome": "callback_promised", "summary": "…"}
            ],
            "promises": [{"id": "p1", "made_at": "2026-03-20T09:00:00Z", "source": "c2",
                          "kind": "delivery", "text": "Next week", "due": "2026-03-27",
                          "status": "broken"}]
        }))
        .unwrap()
    }

    #[test]
    fn every_fact_carries_the_entries_it_came_from() {
        let case = case();
        let as_of: DateTime<Utc> = "2026-06-30T12:00:00Z".parse().unwrap();
        let findings = crate::analysis::analyze(&case, as_of);
        let options = LetterOptions {
            language: Some(Language::En),
            as_of,
            deadline_days: None,
            paper: crate::dossier::Paper::A4,
        };
        let letter = build(&case, &findings, LetterKind::FormalNotice, &options).unwrap();
        let facts_heading = tr(Language::En, "letter-heading-facts");
        let start = letter
            .body
            .iter()
            .position(|b| b.text == facts_heading)
            .unwrap();
        let facts: Vec<&Block> = letter.body[start + 1..]
            .iter()
            .take_while(|b| b.role != Role::Heading)
            .collect();
        assert!(facts.len() >= 4, "{facts:?}");
        // Every fact names where it came from.
        for fact in &facts {
            assert!(!fact.sources.is_empty(), "no source: {}", fact.text);
        }
        let cited = |id: &str| {
            facts
                .iter()
                .find(|b| b.entries().contains(&&EntryId::new(id)))
                .map(|b| b.text.clone())
        };
        // The broken promise, the written complaint, the unanswered message.
        assert!(cited("p1").unwrap().contains("Next week"));
        assert!(cited("c1").unwrap().contains("written complaint"));
        assert!(
            facts
                .iter()
                .any(|b| b.text.contains("no answer") && b.entries() == [&EntryId::new("c1")]),
            "{facts:?}"
        );
        // The chargeback annex: every row names its contact.
        let chargeback = build(&case, &findings, LetterKind::ChargebackRequest, &options).unwrap();
        let rows = &chargeback.annex.unwrap().rows;
        let ids: Vec<&str> = rows.iter().map(|r| r.source.as_str()).collect();
        assert_eq!(ids, ["c1", "c2"]);
    }
}

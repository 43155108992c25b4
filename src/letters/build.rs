//! The letter from the case: who writes to whom, the facts with their sources, the law, the sum,
//! the deadline, what follows. Nothing is invented: a needed fact the case lacks is an error.

use super::address::{address_lines, place_of};
use super::{
    Annex, AnnexRow, Block, Demand, Letter, LetterError, LetterKind, LetterOptions, Role, Source,
};
use crate::analysis::clocks::ClockStatus;
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

/// A citation the letters use that is not a clock (C. civ. 1344, 1226, 1231-6: the mise en
/// demeure and resolution by notification; statutory-clocks.md FR-15, confidence sure).
const FR_CIVIL_NOTICE: (&str, &str) = ("fr.civ-1344", "C. civ. art. 1344, 1226, 1231-6");

/// The statutory chargebacks: Québec, Ontario, US FCBA.
static STATUTES: [&str; 3] = ["qc.lpc-54.14", "on.cpa-chargeback", "us.fcba"];

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
    let w = Writer::new(case, findings, kind, options);
    w.check()?;
    Ok(w.letter())
}

/// Whether a text field is missing or blank.
fn blank(text: Option<&str>) -> bool {
    text.is_none_or(|t| t.trim().is_empty())
}

/// How the deadline was chosen.
enum DeadlineBasis {
    /// The usual period in practice (no number in the law).
    Practice,
    /// A period the law sets (its citation).
    Law(&'static str),
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

    /// The statute a chargeback request rests on, when one does: Québec and Ontario once the
    /// contract was cancelled and paid by credit card, the FCBA in the US for a credit card.
    /// Otherwise the request is a network dispute.
    fn statutory_chargeback(&self) -> Option<&'static str> {
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
        body.extend(self.demand_blocks(demand.as_ref(), deadline));
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
            deadline_note: self.deadline_note(deadline_days, &basis),
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

    fn deadline_days(&self) -> (u32, DeadlineBasis) {
        if let Some(days) = self.options.deadline_days {
            return (days, DeadlineBasis::Chosen);
        }
        let j = self.jurisdiction();
        let law_days = |id: &'static str, days: u32| {
            (
                days,
                DeadlineBasis::Law(law::rule(id).map_or(id, |r| r.citation)),
            )
        };
        match self.kind {
            LetterKind::FormalNotice => match j {
                Jurisdiction::Fr => (8, DeadlineBasis::Practice),
                Jurisdiction::CaQc => (10, DeadlineBasis::Practice),
                _ => (14, DeadlineBasis::Practice),
            },
            LetterKind::Cancellation => match j {
                Jurisdiction::Fr if self.delivered().is_none() => law_days("fr.l216-7", 14),
                Jurisdiction::CaQc => law_days("qc.lpc-54.13", 15),
                _ => (14, DeadlineBasis::Practice),
            },
            LetterKind::LetterBeforeClaim => (14, DeadlineBasis::Practice),
            // The issuer acknowledges within 30 days: LPC 54.16, Reg Z 1026.13.
            LetterKind::ChargebackRequest => match self.statutory_chargeback() {
                Some(id @ ("qc.lpc-54.14" | "us.fcba")) => law_days(id, 30),
                _ => (30, DeadlineBasis::Practice),
            },
            LetterKind::MediationRequest => match j {
                Jurisdiction::Fr => (21, DeadlineBasis::Practice),
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
            DeadlineBasis::Practice | DeadlineBasis::Chosen => sentence,
        }
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
            DeadlineBasis::Chosen => self.ta("letter-note-chosen", &[("days", n)]),
        }
    }

    fn demand(&self) -> Option<Demand> {
        let paid = self.paid()?;
        let d = &self.case.case;
        let increase: Decimal = if self.kind == LetterKind::ChargebackRequest {
            Decimal::ZERO
        } else {
            self.findings
                .clocks
                .iter()
                .filter_map(|c| c.amount)
                .filter(|m| m.currency == paid.currency)
                .map(|m| m.amount)
                .sum()
        };
        let refunded: Decimal = d
            .refunds
            .iter()
            .filter(|r| r.at.start_in(d.time_zone) <= self.options.as_of)
            .filter(|r| r.amount.currency == paid.currency)
            .map(|r| r.amount.amount)
            .sum();
        let money = |amount: Decimal| Money {
            amount,
            currency: paid.currency,
        };
        Some(Demand {
            paid,
            increase: money(increase),
            refunded: money(refunded),
            total: money((paid.amount + increase - refunded).max(Decimal::ZERO)),
        })
    }

    fn product(&self) -> String {
        self.case
            .case
            .product
            .clone()
            .filter(|p| !p.trim().is_empty())
            .unwrap_or_else(|| self.t("letter-the-goods"))
    }

    fn demand_blocks(&self, demand: Option<&Demand>, deadline: NaiveDate) -> Vec<Block> {
        let date = self.date(deadline);
        if !self.refund_owed() {
            return vec![para(
                self.ta(
                    "letter-demand-deliver",
                    &[("product", self.product().into()), ("date", date)],
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
        let mut blocks = vec![para(
            self.ta(
                &format!("letter-demand-{}", self.kind),
                &[("total", self.money(&demand.total)), ("date", date)],
            ),
            vec![],
        )];
        blocks.push(item(
            self.ta("letter-sum-paid", &[("amount", self.money(&demand.paid))]),
            vec![Source::Case(price_source.into())],
        ));
        if demand.increase.amount > Decimal::ZERO {
            let clocks: Vec<_> = self
                .findings
                .clocks
                .iter()
                .filter(|c| c.amount.is_some_and(|m| m.amount > Decimal::ZERO))
                .collect();
            let rates: Vec<String> = clocks
                .iter()
                .filter_map(|c| c.rate_percent)
                .map(|r| f::percent(self.lang, r))
                .collect();
            let citations: Vec<String> = clocks.iter().map(|c| c.citation.to_owned()).collect();
            blocks.push(item(
                self.ta(
                    "letter-sum-increase",
                    &[
                        ("amount", self.money(&demand.increase)),
                        ("rate", f::list(self.lang, &rates, None).into()),
                        ("citation", citations.join("; ").into()),
                    ],
                ),
                clocks.iter().map(|c| Source::Rule(c.rule)).collect(),
            ));
        }
        if demand.refunded.amount > Decimal::ZERO {
            blocks.push(item(
                self.ta(
                    "letter-sum-refunded",
                    &[("amount", self.money(&demand.refunded))],
                ),
                vec![Source::Case("case.refunds".into())],
            ));
        }
        blocks.push(item(
            self.ta("letter-sum-total", &[("amount", self.money(&demand.total))]),
            vec![],
        ));
        blocks
    }

    fn facts(&self) -> Vec<Block> {
        let d = &self.case.case;
        let zone = d.time_zone;
        let as_of = self.options.as_of;
        let mut facts = Vec::new();
        if let (Some(ordered), Some(paid)) = (d.ordered_at, self.paid()) {
            let mut args = vec![
                self.to(),
                ("date", self.date(ordered.date_in(zone))),
                ("product", self.product().into()),
                ("price", self.money(&paid)),
            ];
            let mut sources = vec![
                Source::Case("case.ordered_at".into()),
                Source::Case("case.product".into()),
                Source::Case("case.price".into()),
            ];
            let key = match d
                .order_reference
                .as_deref()
                .filter(|r| !r.trim().is_empty())
            {
                Some(r) => {
                    args.push(("reference", r.to_owned().into()));
                    sources.push(Source::Case("case.order_reference".into()));
                    "letter-fact-order-ref"
                }
                None => "letter-fact-order",
            };
            facts.push(item(self.ta(key, &args), sources));
        }
        if let Some(p) = &d.payment {
            let when = p.paid_at.filter(|at| at.utc() <= as_of);
            if let (Some(at), Some(paid)) = (when, self.paid()) {
                facts.push(item(
                    self.ta(
                        "letter-fact-paid",
                        &[
                            ("amount", self.money(&paid)),
                            (
                                "method",
                                self.t(&format!("letter-by-{}", p.method.as_str())).into(),
                            ),
                            ("date", self.date(at.date_in(zone))),
                        ],
                    ),
                    vec![Source::Case("case.payment".into())],
                ));
            }
        }
        if let Some(agreed) = d.delivery_agreed {
            facts.push(item(
                self.ta(
                    "letter-fact-agreed",
                    &[("date", self.date(agreed.date_in(zone)))],
                ),
                vec![Source::Case("case.delivery_agreed".into())],
            ));
        }
        match self.delivered() {
            Some(day) => facts.push(item(
                self.ta("letter-fact-delivered", &[("date", self.date(day))]),
                vec![Source::Case("case.delivered_at".into())],
            )),
            None if self.sent(ContactPurpose::Withdrawal).next().is_none() => facts.push(item(
                self.ta(
                    "letter-fact-not-delivered",
                    &[("date", self.date(self.today))],
                ),
                vec![Source::Case("case.delivered_at".into())],
            )),
            None => {}
        }
        for finding in &self.findings.promises {
            if !matches!(finding.status, PromiseState::Broken | PromiseState::Overdue) {
                continue;
            }
            let Some(promise) = self.case.promises.iter().find(|p| p.id == finding.promise) else {
                continue;
            };
            let made = self.date(finding.made_at.with_timezone(&zone.0).date_naive());
            let text = f::quote(self.lang, &promise.text).into();
            // The day the promise named (a deadline instant is the next midnight).
            let due_day = promise.due.map(|d| d.date_in(zone)).or_else(|| {
                finding.due.map(|due| {
                    (due - chrono::Duration::seconds(1))
                        .with_timezone(&zone.0)
                        .date_naive()
                })
            });
            let text = match due_day {
                Some(due) => self.ta(
                    "letter-fact-promise",
                    &[
                        self.to(),
                        ("made", made),
                        ("text", text),
                        ("due", self.date(due)),
                    ],
                ),
                None => self.ta(
                    "letter-fact-promise-nodue",
                    &[self.to(), ("made", made), ("text", text)],
                ),
            };
            facts.push(item(text, vec![Source::Entry(promise.id.clone())]));
        }
        for purpose in [
            ContactPurpose::Complaint,
            ContactPurpose::FormalNotice,
            ContactPurpose::Cancellation,
            ContactPurpose::Withdrawal,
        ] {
            for contact in self.sent(purpose) {
                facts.push(item(
                    self.ta(
                        &format!("letter-fact-sent-{}", purpose.as_str()),
                        &[
                            self.to(),
                            ("date", self.date(contact.at.date_in(zone))),
                            ("channel", self.channel(contact)),
                        ],
                    ),
                    vec![Source::Entry(contact.id.clone())],
                ));
            }
        }
        let unanswered = &self.findings.unanswered;
        if !unanswered.is_empty() {
            let mut items: Vec<String> = Vec::new();
            for u in unanswered {
                let channel = tr(self.lang, &u.channel.label_key()).to_lowercase();
                items.push(format!(
                    "{} ({channel})",
                    f::date(self.lang, u.at.with_timezone(&zone.0).date_naive())
                ));
            }
            facts.push(item(
                self.ta(
                    "letter-fact-unanswered",
                    &[
                        ("count", f::number(unanswered.len())),
                        ("list", f::list(self.lang, &items, None).into()),
                    ],
                ),
                unanswered
                    .iter()
                    .map(|u| Source::Entry(u.contact.clone()))
                    .collect(),
            ));
        }
        for (i, refund) in d.refunds.iter().enumerate() {
            if refund.at.start_in(zone) > as_of {
                continue;
            }
            facts.push(item(
                self.ta(
                    "letter-fact-refund",
                    &[
                        ("amount", self.money(&refund.amount)),
                        ("date", self.date(refund.at.date_in(zone))),
                    ],
                ),
                vec![Source::Case(format!("case.refunds[{i}]"))],
            ));
        }
        facts
    }

    fn channel(&self, contact: &crate::domain::Contact) -> FluentValue<'static> {
        tr(self.lang, &contact.channel.label_key())
            .to_lowercase()
            .into()
    }

    /// The rules the letter relies on, as (rule id, "citation: title").
    fn basis(&self) -> Vec<(&'static str, String)> {
        let j = self.jurisdiction();
        let delivered = self.delivered().is_some();
        let mut ids: Vec<&'static str> = Vec::new();
        for clock in &self.findings.clocks {
            let rule = law::rule(clock.rule);
            let action = rule.and_then(|r| r.action).map(|(a, _)| a);
            let missed_duty =
                clock.kind == ClockKind::MerchantDuty && clock.status == ClockStatus::Missed;
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
            if relevant && !ids.contains(&clock.rule) {
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
                (None, Some(CardNetwork::Visa)) => &["visa.13.1"],
                (None, Some(CardNetwork::Mastercard)) => &["mastercard.4853"],
                (None, _) => &[],
            },
            (LetterKind::MediationRequest, Jurisdiction::Fr) => &["fr.l612-2"],
            _ => &[],
        };
        for id in always {
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

    fn consequence(&self) -> String {
        let group = match self.jurisdiction() {
            Jurisdiction::Fr => "fr",
            Jurisdiction::CaQc => "qc",
            Jurisdiction::Uk => "uk",
            _ => "other",
        };
        let key = match self.kind {
            LetterKind::FormalNotice if !self.refund_owed() => {
                format!("letter-then-formal-notice-deliver-{group}")
            }
            LetterKind::FormalNotice | LetterKind::Cancellation => {
                format!("letter-then-{}-{group}", self.kind)
            }
            _ => format!("letter-then-{}", self.kind),
        };
        self.t(&key)
    }

    /// LPC 54.15's contents, the FCBA notice's, or the network dispute's.
    fn chargeback_details(&self, demand: Option<&Demand>) -> Vec<Block> {
        let d = &self.case.case;
        let zone = d.time_zone;
        let Some(p) = &d.payment else {
            return Vec::new();
        };
        let payment = || vec![Source::Case("case.payment".into())];
        let mut blocks = vec![item(
            self.ta(
                "letter-cb-cardholder",
                &[("name", d.consumer.name.clone().into())],
            ),
            vec![Source::Case("case.consumer.name".into())],
        )];
        if let Some(last4) = p.card_last4 {
            let network = p
                .network
                .map(|n| tr(self.lang, &n.label_key()))
                .unwrap_or_else(|| self.t(&format!("letter-card-{}", p.method.as_str())));
            blocks.push(item(
                self.ta(
                    "letter-cb-card",
                    &[
                        ("network", network.into()),
                        ("last4", last4.to_string().into()),
                    ],
                ),
                payment(),
            ));
        }
        let merchant = match p.descriptor.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(descriptor) => self.ta(
                "letter-cb-merchant-descriptor",
                &[
                    ("name", d.merchant.name.clone().into()),
                    ("descriptor", descriptor.to_owned().into()),
                ],
            ),
            None => self.ta(
                "letter-cb-merchant",
                &[("name", d.merchant.name.clone().into())],
            ),
        };
        blocks.push(item(merchant, vec![Source::Case("case.merchant".into())]));
        if let Some(ordered) = d.ordered_at {
            blocks.push(item(
                self.ta(
                    "letter-cb-contract-date",
                    &[("date", self.date(ordered.date_in(zone)))],
                ),
                vec![Source::Case("case.ordered_at".into())],
            ));
        }
        if let Some(demand) = demand {
            blocks.push(item(
                self.ta("letter-cb-charged", &[("amount", self.money(&demand.paid))]),
                payment(),
            ));
            blocks.push(item(
                self.ta(
                    "letter-cb-to-refund",
                    &[("amount", self.money(&demand.total))],
                ),
                vec![Source::Case("case.refunds".into())],
            ));
        }
        blocks.push(item(
            self.ta(
                "letter-cb-description",
                &[("product", self.product().into())],
            ),
            vec![Source::Case("case.product".into())],
        ));
        let reason = if self.delivered().is_none()
            && self.sent(ContactPurpose::Withdrawal).next().is_none()
        {
            "letter-cb-reason-not-delivered"
        } else {
            "letter-cb-reason-not-refunded"
        };
        blocks.push(item(
            self.t(reason),
            vec![Source::Case("case.delivered_at".into())],
        ));
        if let Some(notice) = self.sent(ContactPurpose::Cancellation).min_by_key(|c| c.at) {
            blocks.push(item(
                self.ta(
                    "letter-cb-cancelled",
                    &[
                        ("date", self.date(notice.at.date_in(zone))),
                        ("channel", self.channel(notice)),
                    ],
                ),
                vec![Source::Entry(notice.id.clone())],
            ));
        }
        blocks
    }

    /// Every merchant contact by the letter's date, with date, person, channel and outcome.
    fn annex(&self) -> Annex {
        let zone = self.case.case.time_zone;
        let mut contacts: Vec<_> = self
            .case
            .contacts
            .iter()
            .filter(|c| c.party == ContactParty::Merchant && c.at.utc() <= self.options.as_of)
            .collect();
        contacts.sort_by_key(|c| c.at);
        let rows = contacts
            .into_iter()
            .map(|c| AnnexRow {
                date: f::date(self.lang, c.at.date_in(zone)),
                person: c
                    .counterpart
                    .clone()
                    .filter(|p| !p.trim().is_empty())
                    .unwrap_or_else(|| "—".to_owned()),
                channel: format!(
                    "{} ({})",
                    tr(self.lang, &c.channel.label_key()),
                    tr(self.lang, &c.direction.label_key()).to_lowercase()
                ),
                outcome: tr(self.lang, &c.outcome.label_key()),
                source: c.id.clone(),
            })
            .collect();
        Annex {
            title: self.t("letter-annex-title"),
            header: [
                self.t("letter-annex-date"),
                self.t("letter-annex-person"),
                self.t("letter-annex-channel"),
                self.t("letter-annex-outcome"),
            ],
            rows,
        }
    }

    fn enclosures(&self, annex: bool) -> Vec<String> {
        let mut list = Vec::new();
        if annex {
            list.push(self.t("letter-enclosure-annex"));
        }
        list.push(self.t("letter-enclosure-dossier"));
        for (n, a) in (1..).zip(&self.case.attachments) {
            let caption = a.caption.clone().unwrap_or_else(|| a.file_name.clone());
            list.push(self.ta(
                "letter-enclosure-exhibit",
                &[("number", f::number(n)), ("caption", caption.into())],
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

//! The claim sheet (the dossier's first page) and the consumer's declaration, as text.
//!
//! The claim sheet is what a mediator, a consumer-protection office or a card issuer decides
//! from in five minutes: the parties with their legal identity, what was bought and charged (on
//! which card), what was promised and what failed, the first written complaint and the formal
//! notice with their exhibits, the merchant's last word, the request itemised, the legal basis
//! and the next deadline. Pure: facts from the case and the analysis in, words out through the
//! i18n layer; exhibit labels and sources come from the dossier model through [`Refs`].

use super::model::Field;
use crate::analysis::clocks::ClockStatus;
use crate::analysis::positions::{self, ClaimAmounts, LastWord, WordKind};
use crate::analysis::{Findings, PromiseFinding, PromiseState};
use crate::domain::{
    CaseData, DateOrInstant, EntryId, Language, Payment, PaymentMethod, PromiseKind, TimeZone,
};
use crate::i18n::format::{self, colon, quote};
use crate::i18n::law as law_words;
use crate::i18n::{FluentValue, label, tr, tr_args};
use chrono::{DateTime, Utc};

/// How the claim sheet names exhibits and sources: given by the dossier model, so the sheet
/// uses the same exhibit numbers and wording as the rest of the dossier.
pub struct Refs<'a> {
    /// The labels of the exhibits that document an entry (the attachment itself, attachments
    /// linked to it, the attachment its source names), in exhibit order.
    pub exhibits: &'a dyn Fn(&EntryId) -> Vec<String>,
    /// An entry's source in words (`Phone, 20 Nov 2026 — Sylvain`), or an exhibit label.
    pub source: &'a dyn Fn(Option<&EntryId>) -> String,
}

/// One block of the claim sheet: a heading and its rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimBlock {
    /// The block's heading (`The parties`).
    pub heading: String,
    /// Its rows: label and value.
    pub rows: Vec<Field>,
}

/// The claim sheet: the parties side by side, then blocks in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimSheet {
    /// The sheet's heading.
    pub heading: String,
    /// The parties: the consumer, then the merchant (its legal identity and mediator included),
    /// each a label and its lines.
    pub parties: ClaimBlock,
    /// Purchase and payment, the dispute, the request, the legal basis.
    pub blocks: Vec<ClaimBlock>,
}

impl ClaimSheet {
    /// Every label and value, one per line (for tests and plain-text checks).
    pub fn text(&self) -> String {
        let mut out = vec![self.heading.clone()];
        for block in std::iter::once(&self.parties).chain(&self.blocks) {
            out.push(block.heading.clone());
            for (label, value) in &block.rows {
                out.push(format!("{label}: {value}"));
            }
        }
        out.join("\n")
    }
}

/// The consumer's declaration, printed after the body and before the annexes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Declaration {
    /// Its heading.
    pub heading: String,
    /// "I, the undersigned …, declare …".
    pub text: String,
    /// The name line.
    pub name: String,
    /// "Made at ______, on …".
    pub place_date: String,
    /// The signature line's label.
    pub signature: String,
}

/// What the sheet needs besides the case and findings.
#[derive(Debug, Clone, Copy)]
pub struct ClaimOptions {
    /// The language.
    pub language: Language,
    /// Hide the consumer's contact details.
    pub redact: bool,
}

/// Words bound to one language and zone.
struct Words {
    lang: Language,
    zone: TimeZone,
}

impl Words {
    fn tr(&self, key: &str) -> String {
        tr(self.lang, key)
    }

    fn tr_args(&self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        tr_args(self.lang, key, args)
    }

    fn date(&self, at: DateTime<Utc>) -> String {
        format::day_of(self.lang, self.zone, at)
    }

    fn date_or_instant(&self, value: &DateOrInstant) -> String {
        format::date_or_instant(self.lang, self.zone, value)
    }

    fn money(&self, money: &crate::domain::Money) -> String {
        format::money(self.lang, money)
    }

    fn with_exhibits(&self, text: String, exhibits: &[String]) -> String {
        if exhibits.is_empty() {
            text
        } else {
            format!("{text} ({})", exhibits.join(", "))
        }
    }
}

/// Builds the claim sheet.
pub fn build(
    case: &CaseData,
    findings: &Findings,
    options: ClaimOptions,
    refs: &Refs<'_>,
) -> ClaimSheet {
    let w = Words {
        lang: options.language,
        zone: case.case.time_zone,
    };
    let amounts = positions::claim_amounts(case, &findings.clocks, findings.as_of);
    let blocks = vec![
        ClaimBlock {
            heading: w.tr("dossier-claim-purchase"),
            rows: purchase(case, &w, &amounts),
        },
        ClaimBlock {
            heading: w.tr("dossier-claim-dispute"),
            rows: dispute(case, findings, &w, refs),
        },
        ClaimBlock {
            heading: w.tr("dossier-claim-request"),
            rows: request(case, &w, &amounts, refs),
        },
        ClaimBlock {
            heading: w.tr("dossier-claim-basis"),
            rows: basis(case, findings, &w),
        },
    ]
    .into_iter()
    .filter(|b| !b.rows.is_empty())
    .collect();
    ClaimSheet {
        heading: w.tr("dossier-claim-title"),
        parties: ClaimBlock {
            heading: w.tr("dossier-claim-parties"),
            rows: parties(case, &w, options.redact),
        },
        blocks,
    }
}

fn parties(case: &CaseData, w: &Words, redact: bool) -> Vec<Field> {
    let d = &case.case;
    let mut rows = Vec::new();
    let mut consumer = vec![d.consumer.name.clone()];
    let details: Vec<&String> = [&d.consumer.address, &d.consumer.email, &d.consumer.phone]
        .into_iter()
        .flatten()
        .collect();
    if redact {
        if !details.is_empty() {
            consumer.push(w.tr("dossier-redacted"));
        }
    } else {
        consumer.extend(details.into_iter().cloned());
    }
    rows.push((w.tr("dossier-cover-consumer"), consumer.join("\n")));
    let m = &d.merchant;
    let mut merchant = vec![m.name.clone()];
    if let Some(id) = m.company_id.as_ref().filter(|s| !s.trim().is_empty()) {
        merchant.push(w.tr_args("dossier-claim-company-id", &[("id", id.clone().into())]));
    }
    merchant.extend(m.address.iter().cloned());
    let reach: Vec<String> = [&m.website, &m.email, &m.phone]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    if !reach.is_empty() {
        merchant.push(reach.join(" · "));
    }
    if let Some(mediator) = m.mediator.as_ref().filter(|s| !s.trim().is_empty()) {
        merchant.push(w.tr_args(
            "dossier-claim-mediator",
            &[("name", mediator.clone().into())],
        ));
    }
    rows.push((w.tr("dossier-cover-merchant"), merchant.join("\n")));
    rows
}

fn purchase(case: &CaseData, w: &Words, amounts: &ClaimAmounts) -> Vec<Field> {
    let d = &case.case;
    let mut rows = Vec::new();
    if let Some(product) = &d.product {
        rows.push((w.tr("dossier-cover-product"), product.clone()));
    }
    let order = [
        d.order_reference.clone(),
        d.ordered_at.as_ref().map(|o| w.date_or_instant(o)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>();
    if !order.is_empty() {
        rows.push((w.tr("dossier-claim-order"), order.join(", ")));
    }
    match (amounts.charged, d.price) {
        (Some(charged), Some(price)) if charged != price => {
            let value = match &amounts.taxes_and_fees {
                Some(taxes) => w.tr_args(
                    "dossier-claim-charged-with-taxes",
                    &[
                        ("charged", w.money(&charged).into()),
                        ("price", w.money(&price).into()),
                        ("taxes", w.money(taxes).into()),
                    ],
                ),
                None => w.tr_args(
                    "dossier-claim-charged-and-price",
                    &[
                        ("charged", w.money(&charged).into()),
                        ("price", w.money(&price).into()),
                    ],
                ),
            };
            rows.push((w.tr("dossier-claim-charged"), value));
        }
        (Some(charged), _) => rows.push((w.tr("dossier-claim-charged"), w.money(&charged))),
        (None, Some(price)) => rows.push((w.tr("dossier-cover-price"), w.money(&price))),
        (None, None) => {}
    }
    if let Some(payment) = &d.payment {
        rows.extend(payment_rows(payment, w));
    }
    rows
}

fn payment_rows(payment: &Payment, w: &Words) -> Vec<Field> {
    let mut rows = Vec::new();
    let method = label(w.lang, &payment.method.label_key());
    let card = match (payment.network, payment.card_last4) {
        (Some(network), Some(last4)) => w.tr_args(
            "dossier-claim-card-value",
            &[
                ("network", label(w.lang, &network.label_key()).into()),
                ("last4", last4.as_str().to_owned().into()),
            ],
        ),
        (Some(network), None) => label(w.lang, &network.label_key()),
        (None, Some(last4)) => w.tr_args(
            "dossier-claim-card-value",
            &[
                ("network", method.clone().into()),
                ("last4", last4.as_str().to_owned().into()),
            ],
        ),
        (None, None) => String::new(),
    };
    let is_card = matches!(
        payment.method,
        PaymentMethod::CreditCard | PaymentMethod::DebitCard
    );
    let means = match (card.is_empty(), is_card) {
        (true, _) => method,
        (false, true) => format!("{method} — {card}"),
        (false, false) => card,
    };
    rows.push((w.tr("dossier-claim-paid-by"), means));
    if let Some(issuer) = payment.issuer.as_ref().filter(|s| !s.trim().is_empty()) {
        rows.push((w.tr("dossier-claim-issuer"), issuer.clone()));
    }
    let mut dates = Vec::new();
    if let Some(paid) = payment.paid_at {
        dates.push(w.tr_args(
            "dossier-claim-paid-on",
            &[("date", w.date(paid.utc()).into())],
        ));
    }
    if let Some(statement) = &payment.statement_date {
        dates.push(w.tr_args(
            "dossier-claim-statement-on",
            &[("date", w.date_or_instant(statement).into())],
        ));
    }
    if !dates.is_empty() {
        rows.push((w.tr("dossier-claim-dates"), dates.join("\n")));
    }
    if let Some(descriptor) = payment.descriptor.as_ref().filter(|s| !s.trim().is_empty()) {
        rows.push((w.tr("dossier-claim-descriptor"), quote(w.lang, descriptor)));
    }
    rows
}

/// The first promise of the obligation `last` carries (following the restatements back), if
/// it was restated.
fn original<'f>(findings: &'f Findings, last: &'f PromiseFinding) -> Option<&'f PromiseFinding> {
    let mut current = last;
    let mut steps = 0;
    while let Some(earlier) = findings
        .promises
        .iter()
        .find(|p| p.restated_by.as_ref() == Some(&current.promise))
    {
        current = earlier;
        steps += 1;
        // A chain is never longer than the list (guards against a cycle in hand-made findings).
        if steps > findings.promises.len() {
            break;
        }
    }
    (steps > 0).then_some(current)
}

/// The promise the dispute is about: the latest form of a delivery, pickup, refund, replacement,
/// repair or credit promise, a late one first; else the first late promise of any kind.
fn main_promise(findings: &Findings) -> Option<&PromiseFinding> {
    let current = || findings.promises.iter().filter(|p| p.restated_by.is_none());
    let late =
        |p: &&PromiseFinding| matches!(p.status, PromiseState::Broken | PromiseState::Overdue);
    let goods = |p: &&PromiseFinding| {
        matches!(
            p.kind,
            PromiseKind::Delivery
                | PromiseKind::Pickup
                | PromiseKind::Refund
                | PromiseKind::Replacement
                | PromiseKind::Repair
                | PromiseKind::Credit
        )
    };
    current()
        .filter(goods)
        .find(late)
        .or_else(|| current().find(late))
        .or_else(|| current().find(goods))
}

fn dispute(case: &CaseData, findings: &Findings, w: &Words, refs: &Refs<'_>) -> Vec<Field> {
    let mut rows = Vec::new();
    if let Some(finding) = main_promise(findings)
        && let Some(promise) = case.promises.iter().find(|p| p.id == finding.promise)
    {
        // The obligation as first promised, then its last restatement if any.
        let first = original(findings, finding)
            .and_then(|f| case.promises.iter().find(|p| p.id == f.promise))
            .unwrap_or(promise);
        let mut text = format!(
            "{}{}{}",
            label(w.lang, &first.kind.label_key()),
            colon(w.lang),
            quote(w.lang, &first.text)
        );
        let due = finding.first_due.or(finding.due);
        if let Some(due) = due {
            text.push('\n');
            text.push_str(&w.tr_args(
                "dossier-claim-due",
                &[("date", format::deadline(w.lang, w.zone, due).into())],
            ));
        }
        let mut exhibits = (refs.exhibits)(&first.id);
        if first.id != promise.id {
            text = w.with_exhibits(text, &exhibits);
            text.push('\n');
            let mut restated = w.tr_args(
                "dossier-claim-restated",
                &[
                    ("date", w.date(finding.made_at).into()),
                    ("words", quote(w.lang, &promise.text).into()),
                ],
            );
            if let Some(due) = finding.due {
                restated.push(' ');
                restated.push_str(&w.tr_args(
                    "dossier-claim-due",
                    &[("date", format::deadline(w.lang, w.zone, due).into())],
                ));
            }
            text.push_str(&restated);
            exhibits = (refs.exhibits)(&promise.id);
        }
        rows.push((
            w.tr("dossier-claim-promised"),
            w.with_exhibits(text, &exhibits),
        ));
        let state = w.tr(match finding.status {
            PromiseState::Pending => "dossier-state-pending",
            PromiseState::Kept => "dossier-state-kept",
            PromiseState::Broken => "dossier-state-broken",
            PromiseState::Overdue => "dossier-state-overdue",
        });
        let broken_on = finding
            .settled_at
            .filter(|_| finding.status == PromiseState::Broken);
        let mut failed = match (broken_on, finding.days_late.filter(|d| *d > 0)) {
            // A broken promise: the day it was broken, and its days late as the figures count
            // them (until what was promised came, else until the preparation).
            (Some(on), Some(days)) => w.tr_args(
                "dossier-claim-broken-on-late",
                &[
                    ("state", state.into()),
                    ("on", w.date(on).into()),
                    ("days", format::days(w.lang, days).into()),
                    ("date", w.date(findings.as_of).into()),
                ],
            ),
            (Some(on), None) => w.tr_args(
                "dossier-claim-broken-on",
                &[("state", state.into()), ("date", w.date(on).into())],
            ),
            (None, Some(days)) => w.tr_args(
                "dossier-claim-late",
                &[
                    ("state", state.into()),
                    ("days", format::days(w.lang, days).into()),
                    ("date", w.date(findings.as_of).into()),
                ],
            ),
            (None, None) => state,
        };
        let figures = &findings.figures;
        if figures.promises_made > 1 {
            // Broken and overdue named apart, as the figures and the report count them.
            failed.push('\n');
            failed.push_str(&w.tr_args(
                "dossier-claim-promises-late",
                &[
                    ("broken", format::number(figures.promises_broken)),
                    ("overdue", format::number(figures.promises_overdue)),
                    ("made", format::number(figures.promises_made)),
                ],
            ));
        }
        rows.push((w.tr("dossier-claim-failed"), failed));
    }
    let complaint = positions::first_written_complaint(case, findings.as_of);
    let value = match complaint
        .as_ref()
        .and_then(|c| Some((c, case.contact(&c.contact)?)))
    {
        Some((found, contact)) => w.with_exhibits(
            w.tr_args(
                "dossier-claim-sent",
                &[
                    (
                        "channel",
                        label(w.lang, &contact.channel.label_key()).into(),
                    ),
                    ("date", w.date(found.at).into()),
                ],
            ),
            &(refs.exhibits)(&found.contact),
        ),
        None => w.tr("dossier-claim-none-recorded"),
    };
    rows.push((w.tr("dossier-claim-first-complaint"), value));
    if let Some(notice) = positions::formal_notice(case, findings.as_of)
        && let Some(contact) = case.contact(&notice.contact)
    {
        let mut lines = vec![w.tr_args(
            "dossier-claim-sent",
            &[
                (
                    "channel",
                    label(w.lang, &contact.channel.label_key()).into(),
                ),
                ("date", w.date(notice.at).into()),
            ],
        )];
        if let Some(deadline) = &notice.deadline {
            lines.push(w.tr_args(
                "dossier-claim-notice-deadline",
                &[("date", w.date_or_instant(deadline).into())],
            ));
        }
        lines.push(match (&notice.received_at, notice.not_collected_on) {
            (Some(received), _) => w.tr_args(
                "dossier-claim-notice-received",
                &[("date", w.date_or_instant(received).into())],
            ),
            (None, Some(returned)) => w.tr_args(
                "dossier-claim-notice-not-collected",
                &[("date", format::date(w.lang, returned).into())],
            ),
            (None, None) => w.tr("dossier-claim-notice-receipt-unknown"),
        });
        let text = lines.join("\n");
        rows.push((
            w.tr("dossier-claim-notice"),
            w.with_exhibits(text, &(refs.exhibits)(&notice.contact)),
        ));
    }
    if let Some(word) = positions::merchant_last_word(case, findings.as_of) {
        rows.push((
            w.tr("dossier-claim-last-word"),
            last_word(case, &word, w, refs),
        ));
    }
    rows
}

fn last_word(case: &CaseData, word: &LastWord, w: &Words, refs: &Refs<'_>) -> String {
    let words = match word.kind {
        WordKind::Statement => {
            case.statements
                .iter()
                .find(|s| s.id == word.entry)
                .map(|s| match &s.text {
                    Some(text) if !text.trim().is_empty() => quote(w.lang, text),
                    _ => format!("{}{}{}", s.topic, colon(w.lang), quote(w.lang, &s.value)),
                })
        }
        WordKind::Promise => case
            .promises
            .iter()
            .find(|p| p.id == word.entry)
            .map(|p| quote(w.lang, &p.text)),
        WordKind::Contact => case.contact(&word.entry).map(|c| c.summary.clone()),
    }
    .unwrap_or_default();
    let source = (refs.source)(word.source.as_ref());
    let date = w.date(word.at);
    // A contact as source names its date; an exhibit as source does not.
    let said = if source.is_empty() {
        date
    } else if source.contains(&date) {
        source
    } else {
        format!("{source}, {date}")
    };
    let mut text = format!("{words}\n— {said}");
    let exhibits = (refs.exhibits)(&word.entry);
    if !exhibits.is_empty() && !said_names_exhibits(&text, &exhibits) {
        text = w.with_exhibits(text, &exhibits);
    }
    text
}

/// Whether every exhibit label is already in the text (a source that is an exhibit).
fn said_names_exhibits(text: &str, exhibits: &[String]) -> bool {
    exhibits.iter().all(|e| text.contains(e.as_str()))
}

fn request(case: &CaseData, w: &Words, amounts: &ClaimAmounts, refs: &Refs<'_>) -> Vec<Field> {
    let d = &case.case;
    let mut rows = Vec::new();
    if let Some(words) = d
        .desired_resolution
        .as_ref()
        .filter(|s| !s.trim().is_empty())
    {
        rows.push((w.tr("dossier-claim-asked"), words.clone()));
    }
    if let Some(price) = &amounts.price {
        rows.push((w.tr("dossier-claim-item-price"), w.money(price)));
    }
    if let Some(taxes) = &amounts.taxes_and_fees {
        rows.push((w.tr("dossier-claim-item-taxes"), w.money(taxes)));
    }
    for (what, amount) in &amounts.costs {
        rows.push((
            w.tr("dossier-claim-item-cost"),
            w.tr_args(
                "dossier-claim-item-cost-value",
                &[
                    ("amount", w.money(amount).into()),
                    ("what", what.clone().into()),
                ],
            ),
        ));
    }
    if amounts.price.is_none()
        && let Some(charged) = &amounts.charged
    {
        rows.push((w.tr("dossier-claim-charged"), w.money(charged)));
    }
    if let Some((increase, articles)) = &amounts.increase {
        rows.push((
            w.tr_args(
                "dossier-claim-item-increase",
                &[("articles", articles.join(", ").into())],
            ),
            w.money(increase),
        ));
    }
    if let Some(refunded) = &amounts.refunded {
        rows.push((
            w.tr("dossier-claim-item-refunded"),
            format!("− {}", w.money(refunded)),
        ));
    }
    let itemised = amounts.taxes_and_fees.is_some()
        || !amounts.costs.is_empty()
        || amounts.increase.is_some()
        || amounts.refunded.is_some();
    if let Some(total) = amounts.total.filter(|_| itemised) {
        rows.push((w.tr("dossier-claim-item-total"), w.money(&total)));
    }
    if let Some(offer) = &amounts.offer {
        let text = w.tr_args(
            "dossier-claim-offer-value",
            &[
                ("amount", w.money(&offer.amount).into()),
                ("date", w.date(offer.at).into()),
            ],
        );
        let source = case
            .statements
            .iter()
            .find(|s| s.id == offer.statement)
            .and_then(|s| s.source.as_ref());
        let from = (refs.source)(source);
        let text = if from.is_empty() {
            text
        } else {
            w.tr_args(
                "dossier-claim-offer-from",
                &[
                    ("amount", w.money(&offer.amount).into()),
                    ("source", from.into()),
                ],
            )
        };
        rows.push((w.tr("dossier-claim-offer"), text));
    }
    rows
}

/// Whether a clock's article is a basis of the claim at `as_of`: a duty the merchant still owes
/// (`pending`) or failed (`missed`), a right of the consumer that is open, will open (`not_yet`)
/// or was used. A duty met in time, a right whose window closed unused (or that delivery
/// ended) and a right that never opened are no basis: the rights section still shows them with
/// their status.
fn applies(status: ClockStatus) -> bool {
    match status {
        ClockStatus::Pending
        | ClockStatus::Missed
        | ClockStatus::NotYet
        | ClockStatus::Open
        | ClockStatus::Used => true,
        ClockStatus::Met | ClockStatus::Closed | ClockStatus::NeverOpened => false,
    }
}

fn basis(case: &CaseData, findings: &Findings, w: &Words) -> Vec<Field> {
    let mut rows = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    for clock in findings.clocks.iter().filter(|c| applies(c.status)) {
        let line = format!(
            "{} — {}",
            clock.citation,
            law_words::clock_title(w.lang, clock)
        );
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    if !lines.is_empty() {
        rows.push((w.tr("dossier-claim-articles"), lines.join("\n")));
    }
    let zone = case.case.time_zone;
    let today = findings.as_of.with_timezone(&zone.0).date_naive();
    let step = findings
        .next_steps
        .iter()
        .filter_map(|s| Some((s, s.by?)))
        .filter(|(_, by)| *by >= today)
        .min_by_key(|(_, by)| *by);
    let clock = findings
        .clocks
        .iter()
        // An increase's "due" is the day its rate next rises, not a deadline.
        .filter(|c| c.amount.is_none() && c.rate_percent.is_none())
        .filter(|c| c.days_left.is_some_and(|d| d >= 0))
        .filter_map(|c| Some((c, c.due?)))
        .min_by_key(|(_, due)| *due);
    let next = match (step, clock) {
        (Some((step, by)), clock) if clock.is_none_or(|(_, due)| by <= due) => Some(w.tr_args(
            "dossier-claim-next-step",
            &[
                (
                    "action",
                    law_words::step_action_for_recipient(w.lang, step).into(),
                ),
                ("date", format::date(w.lang, by).into()),
            ],
        )),
        (_, Some((clock, due))) => Some(w.tr_args(
            "dossier-claim-next-clock",
            &[
                ("title", law_words::clock_title(w.lang, clock).into()),
                ("date", format::date(w.lang, due).into()),
            ],
        )),
        _ => None,
    };
    if let Some(next) = next {
        rows.push((w.tr("dossier-claim-next"), next));
    }
    rows
}

/// The consumer's declaration, dated `prepared_at`.
pub fn declaration(case: &CaseData, language: Language, prepared_at: DateTime<Utc>) -> Declaration {
    let w = Words {
        lang: language,
        zone: case.case.time_zone,
    };
    let name = case.case.consumer.name.trim().to_owned();
    Declaration {
        heading: w.tr("dossier-declaration-title"),
        text: w.tr_args("dossier-declaration-text", &[("name", name.clone().into())]),
        name: w.tr_args("dossier-declaration-name", &[("name", name.into())]),
        place_date: w.tr_args(
            "dossier-declaration-place-date",
            &[("date", w.date(prepared_at).into())],
        ),
        signature: w.tr("dossier-declaration-signature"),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::{
        CardNetwork, CaseDetails, Channel, Contact, ContactParty, ContactPurpose, Direction,
        Instant, Money, Outcome, Promise, PromiseStatus, Refund, Statement,
    };

    fn contact(id: &str, at: &str, channel: Channel, direction: Direction) -> Contact {
        Contact {
            id: id.into(),
            at: Instant::parse(at).unwrap(),
            channel,
            direction,
            counterpart: None,
            reference: None,
            summary: String::new(),
            outcome: Outcome::Answered,
            wait_minutes: None,
            duration_minutes: None,
            reply_expected_within_days: None,
            in_reply_to: None,
            party: ContactParty::Merchant,
            purpose: None,
            deadline: None,
            received_at: None,
            not_collected_on: None,
        }
    }

    /// A Québec case with a card payment "taxes en sus", a broken delivery promise, a written
    /// complaint, a formal notice received, a refund, and the merchant's last word.
    fn case() -> CaseData {
        let zone = TimeZone::parse("America/Montreal").unwrap();
        let mut d = CaseDetails::new("Lit jamais livré", Language::Fr, zone);
        d.jurisdiction = crate::domain::Jurisdiction::CaQc;
        d.consumer.name = "Geneviève Tremblay".into();
        d.consumer.email = Some("genevieve@example.org".into());
        d.merchant.name = "Meubles Boréal inc.".into();
        d.merchant.company_id = Some("NEQ 1170000000".into());
        d.merchant.address = Some("2250, boulevard Industriel, Laval".into());
        d.merchant.mediator = Some("PARLe (OPC)".into());
        d.product = Some("Lit queen Alma".into());
        d.order_reference = Some("100-48213".into());
        d.price = Money::parse("899.00", "CAD");
        d.ordered_at = DateOrInstant::parse("2026-11-14");
        d.desired_resolution = Some("Livraison ou remboursement".into());
        let mut payment = Payment::new(PaymentMethod::CreditCard);
        payment.network = Some(CardNetwork::Visa);
        payment.card_last4 = Some("4417".parse().unwrap());
        payment.issuer = Some("Caisse Exemple".into());
        payment.amount = Money::parse("1033.63", "CAD");
        payment.descriptor = Some("MEUBLES BOREAL LAVAL".into());
        payment.paid_at = Instant::parse("2026-11-14T10:12:00-05:00");
        d.payment = Some(payment);
        d.refunds.push(Refund {
            at: DateOrInstant::parse("2026-11-21").unwrap(),
            amount: Money::parse("33.63", "CAD").unwrap(),
        });
        let mut case = CaseData::new(d);
        let mut complaint = contact(
            "c1",
            "2026-11-17T09:40:00-05:00",
            Channel::Email,
            Direction::Outgoing,
        );
        complaint.purpose = Some(ContactPurpose::Complaint);
        let mut notice = contact(
            "c2",
            "2026-11-18T09:00:00-05:00",
            Channel::Letter,
            Direction::Outgoing,
        );
        notice.purpose = Some(ContactPurpose::FormalNotice);
        notice.deadline = DateOrInstant::parse("2026-11-28");
        notice.received_at = DateOrInstant::parse("2026-11-19");
        let mut call = contact(
            "c3",
            "2026-11-20T10:05:00-05:00",
            Channel::Phone,
            Direction::Outgoing,
        );
        call.counterpart = Some("Sylvain".into());
        case.contacts.extend([complaint, notice, call]);
        case.promises.push(Promise {
            id: "p1".into(),
            made_at: DateOrInstant::parse("2026-11-14").unwrap(),
            source: None,
            kind: PromiseKind::Delivery,
            text: "Livraison sous 5 jours ouvrables.".into(),
            due: DateOrInstant::parse("2026-11-20"),
            status: PromiseStatus::Pending,
            settled_at: None,
        });
        case.statements.push(Statement {
            id: "s1".into(),
            at: Instant::parse("2026-11-20T10:05:00-05:00").unwrap(),
            source: Some("c3".into()),
            topic: "statut".into(),
            value: "aucune trace".into(),
            text: Some("Je n’ai aucune trace de cette commande.".into()),
        });
        case
    }

    fn sheet(case: &CaseData, language: Language) -> ClaimSheet {
        let as_of = Instant::parse("2026-11-23T12:00:00-05:00").unwrap().utc();
        let findings = crate::analysis::analyze(case, as_of);
        let exhibits = |id: &EntryId| {
            if id.as_str() == "c2" {
                vec!["Pièce 4".to_owned()]
            } else {
                Vec::new()
            }
        };
        let source = |id: Option<&EntryId>| id.map(|i| format!("source {i}")).unwrap_or_default();
        build(
            case,
            &findings,
            ClaimOptions {
                language,
                redact: false,
            },
            &Refs {
                exhibits: &exhibits,
                source: &source,
            },
        )
    }

    fn row<'s>(sheet: &'s ClaimSheet, label: &str) -> &'s str {
        std::iter::once(&sheet.parties)
            .chain(&sheet.blocks)
            .flat_map(|b| &b.rows)
            .find(|(l, _)| l == label)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("no row {label:?} in\n{}", sheet.text()))
    }

    #[test]
    fn the_sheet_holds_each_fact_a_recipient_decides_from() {
        let case = case();
        let s = sheet(&case, Language::Fr);
        let merchant = row(&s, "Commerçant");
        for needle in [
            "Meubles Boréal inc.",
            "NEQ 1170000000",
            "2250, boulevard Industriel",
            "Médiateur : PARLe (OPC)",
        ] {
            assert!(merchant.contains(needle), "{needle}: {merchant}");
        }
        assert!(row(&s, "Consommateur").contains("genevieve@example.org"));
        assert_eq!(
            row(&s, "Montant débité"),
            "1\u{202f}033,63\u{a0}$ (prix 899,00\u{a0}$ + taxes et frais 134,63\u{a0}$)"
        );
        assert_eq!(
            row(&s, "Payé par"),
            "Carte de crédit — Visa se terminant par 4417"
        );
        assert_eq!(row(&s, "Émetteur de la carte"), "Caisse Exemple");
        assert!(row(&s, "Dates").contains("débité le 14 novembre 2026"));
        assert_eq!(
            row(&s, "Libellé sur le relevé"),
            "«\u{a0}MEUBLES BOREAL LAVAL\u{a0}»"
        );
        assert!(row(&s, "Promis").contains("Livraison sous 5 jours ouvrables."));
        assert!(row(&s, "Promis").contains("pour le 20 novembre 2026"));
        assert!(
            row(&s, "Ce qui a manqué").contains("jours de retard au 23 novembre 2026"),
            "{}",
            row(&s, "Ce qui a manqué")
        );
        assert_eq!(
            row(&s, "Première réclamation écrite"),
            "Courriel, 17 novembre 2026"
        );
        let notice = row(&s, "Mise en demeure");
        assert!(
            notice.contains("délai donné : 28 novembre 2026"),
            "{notice}"
        );
        assert!(
            notice.contains("reçue le 19 novembre 2026 (Pièce 4)"),
            "{notice}"
        );
        let last = row(&s, "Dernière position du commerçant");
        assert!(
            last.contains("Je n’ai aucune trace de cette commande."),
            "{last}"
        );
        assert!(last.contains("source c3, 20 novembre 2026"), "{last}");
        assert_eq!(row(&s, "Taxes et frais débités"), "134,63\u{a0}$");
        assert_eq!(row(&s, "Remboursements reçus"), "− 33,63\u{a0}$");
        assert_eq!(row(&s, "Total réclamé"), "1\u{202f}000,00\u{a0}$");
        assert!(
            row(&s, "Articles applicables").contains("C.c.Q. art. 1594"),
            "{}",
            s.text()
        );
        assert!(!row(&s, "Prochaine échéance").is_empty());
    }

    #[test]
    fn missing_facts_leave_their_rows_out_or_say_none_and_english_reads_as_english() {
        let mut case = case();
        case.contacts.retain(|c| c.channel == Channel::Phone);
        case.case.payment = None;
        case.case.refunds.clear();
        let s = sheet(&case, Language::En);
        assert_eq!(row(&s, "First written complaint"), "None recorded");
        assert_eq!(row(&s, "Price paid"), "CA$899.00");
        let text = s.text();
        for absent in [
            "Paid by",
            "Formal notice",
            "Statement descriptor",
            "Total claimed",
        ] {
            assert!(!text.contains(absent), "{absent} in\n{text}");
        }
        assert!(!text.contains("dossier-"), "{text}");
    }

    #[test]
    fn the_declaration_names_the_consumer_in_both_languages() {
        let case = case();
        let at = Instant::parse("2026-11-23T12:00:00-05:00").unwrap().utc();
        let fr = declaration(&case, Language::Fr, at);
        assert!(
            fr.text
                .starts_with("Je soussigné(e) Geneviève Tremblay, déclare")
        );
        assert!(fr.text.contains("originaux des pièces sont disponibles"));
        assert!(
            fr.place_date.contains("le 23 novembre 2026"),
            "{}",
            fr.place_date
        );
        let en = declaration(&case, Language::En, at);
        assert!(
            en.text
                .starts_with("I, the undersigned Geneviève Tremblay, declare")
        );
        assert!(en.name.contains("Geneviève Tremblay"));
    }
}

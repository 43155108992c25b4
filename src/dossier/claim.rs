//! The claim sheet (the dossier's first page) and the consumer's declaration, as text.
//!
//! The claim sheet is what a mediator, a consumer-protection office or a card issuer decides
//! from in five minutes: the parties with their legal identity, what was bought and charged (on
//! which card), what was promised and what failed, the first written complaint and the formal
//! notice with their exhibits, the merchant's last word, the request itemised, the legal basis
//! and the next deadline. Pure: facts from the case and the analysis in, words out through the
//! i18n layer; exhibit labels and sources come from the dossier model through [`Refs`].

use super::model::Field;
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
        let mut failed = match finding.days_late.filter(|d| *d > 0) {
            // A broken promise is judged on the day it was broken, not at the preparation.
            _ if broken_on.is_some() => w.tr_args(
                "dossier-claim-broken-on",
                &[
                    ("state", state.into()),
                    (
                        "date",
                        broken_on.map(|at| w.date(at)).unwrap_or_default().into(),
                    ),
                ],
            ),
            Some(days) => w.tr_args(
                "dossier-claim-late",
                &[
                    ("state", state.into()),
                    ("days", format::days(w.lang, days).into()),
                    ("date", w.date(findings.as_of).into()),
                ],
            ),
            None => state,
        };
        let figures = &findings.figures;
        if figures.promises_made > 1 {
            failed.push('\n');
            failed.push_str(&w.tr_args(
                "dossier-claim-promises-late",
                &[
                    ("late", format::number(figures.promises_late)),
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
        lines.push(match &notice.received_at {
            Some(received) => w.tr_args(
                "dossier-claim-notice-received",
                &[("date", w.date_or_instant(received).into())],
            ),
            None => w.tr("dossier-claim-notice-receipt-unknown"),
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

fn basis(case: &CaseData, findings: &Findings, w: &Words) -> Vec<Field> {
    let mut rows = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    for clock in &findings.clocks {
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
                ("action", law_words::step_action(w.lang, step).into()),
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

//! The fields rights and deadlines need: in Case details (contract kind, delivery, payment,
//! refunds, costs the dispute caused, the merchant's company number and mediator), and for a contact (party, purpose in
//! law, deadline given, date received) in the entry editor and the quick log. A letter's contact
//! also shows what became of it and takes "not collected (returned on …)": the receipt is the
//! contact's own (`received_at` or `not_collected_on`), the one place every view reads it from,
//! checked as the letter dialog checks it ([`crate::domain::LetterReceipt::check`]).
//!
//! Typed text (dates, amounts, card digits) is kept in small form structs and applied to the case
//! or contact when it reads well, like the other forms.

use super::super::draft::FieldErrors;
use super::super::text::{DATE_FORMAT, date_or_instant_field, parse_optional_date};
use super::widgets::{choice_row, optional_row, text_row_checked};
use crate::domain::Language;
use crate::domain::{
    CardLast4, CardNetwork, CaseDetails, Contact, ContactParty, ContactPurpose, ContractKind, Cost,
    DateOrInstant, LetterReceipt, Money, Payment, PaymentMethod, Refund, TimeZone,
};
use crate::i18n::format as fmt;
use crate::i18n::{FluentValue, label, tr, tr_args};
use chrono::NaiveDate;
use eframe::egui::{self, Response, Ui};

/// The typed fields of a contact's legal facts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactLawForm {
    /// Who it was with.
    pub party: ContactParty,
    /// Its purpose in law.
    pub purpose: Option<ContactPurpose>,
    /// The deadline given, as typed.
    pub deadline: String,
    /// When it was received, as typed.
    pub received: String,
    /// For a letter not collected: the day it came back, as typed.
    pub not_collected: String,
}

impl ContactLawForm {
    /// The form for a contact.
    pub fn of(contact: &Contact, zone: TimeZone) -> Self {
        Self {
            party: contact.party,
            purpose: contact.purpose,
            deadline: date_or_instant_field(contact.deadline.as_ref(), zone),
            received: date_or_instant_field(contact.received_at.as_ref(), zone),
            not_collected: contact
                .not_collected_on
                .map(|d| d.format(DATE_FORMAT).to_string())
                .unwrap_or_default(),
        }
    }

    /// Writes the fields that read well into the contact; each field at fault goes to `errors`
    /// (a receipt after `today` or before the contact was sent, too), the typed text kept in
    /// the form.
    pub fn apply(
        &self,
        contact: &mut Contact,
        zone: TimeZone,
        today: NaiveDate,
        errors: &mut FieldErrors,
    ) {
        let mut facts = self.facts(zone, errors);
        facts.check_receipt(contact.at.date_in(zone), zone, today, errors);
        facts.write_to(contact);
    }

    /// The facts the form holds; each field at fault goes to `errors` and reads as unknown.
    pub fn facts(&self, zone: TimeZone, errors: &mut FieldErrors) -> ContactLawFacts {
        let date = "ui-field-error-date";
        ContactLawFacts {
            party: self.party,
            purpose: self.purpose,
            deadline: errors
                .check(
                    "ui-law-deadline",
                    date,
                    parse_optional_date(&self.deadline, zone),
                )
                .flatten(),
            received_at: errors
                .check(
                    "ui-law-received",
                    date,
                    parse_optional_date(&self.received, zone),
                )
                .flatten(),
            not_collected_on: match (
                self.received.trim().is_empty(),
                errors
                    .check(
                        NOT_COLLECTED,
                        date,
                        parse_optional_date(&self.not_collected, zone),
                    )
                    .flatten(),
            ) {
                (true, returned) => returned.map(|d| d.date_in(zone)),
                (false, Some(_)) => {
                    errors.add(NOT_COLLECTED, "ui-field-error-receipt-both");
                    None
                }
                (false, None) => None,
            },
        }
    }
}

/// The label key of the "not collected, returned on" field.
const NOT_COLLECTED: &str = "ui-law-not-collected";

/// A contact's legal facts as read from [`ContactLawForm`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactLawFacts {
    /// Who it was with.
    pub party: ContactParty,
    /// Its purpose in law.
    pub purpose: Option<ContactPurpose>,
    /// The deadline given.
    pub deadline: Option<DateOrInstant>,
    /// When it was received.
    pub received_at: Option<DateOrInstant>,
    /// For a letter not collected: the day it came back.
    pub not_collected_on: Option<NaiveDate>,
}

impl ContactLawFacts {
    /// Writes the facts into a contact.
    pub fn write_to(self, contact: &mut Contact) {
        contact.party = self.party;
        contact.purpose = self.purpose;
        contact.deadline = self.deadline;
        contact.received_at = self.received_at;
        contact.not_collected_on = self.not_collected_on;
    }

    /// Checks the receipt against the day the contact was sent (`sent`, in `zone`) as the letter
    /// dialog does ([`LetterReceipt::check`]): a date after `today` or before the sending goes to
    /// `errors` and reads as unknown (the form keeps the text; nothing is saved while it stands).
    pub fn check_receipt(
        &mut self,
        sent: NaiveDate,
        zone: TimeZone,
        today: NaiveDate,
        errors: &mut FieldErrors,
    ) {
        if let Some(received) = self.received_at
            && let Err(e) = LetterReceipt::Received(received.date_in(zone)).check(sent, today)
        {
            errors.add("ui-law-received", e.message_id());
            self.received_at = None;
        }
        if let Some(day) = self.not_collected_on
            && let Err(e) = LetterReceipt::NotCollected(day).check(sent, today)
        {
            errors.add(NOT_COLLECTED, e.message_id());
            self.not_collected_on = None;
        }
    }
}

/// Draws party, purpose, deadline and received rows in a two-column grid; returns whether a
/// choice changed (text fields report through `lost`). With `letter` (a contact sent by post),
/// what became of it as stored (`letter`'s receipt) and the "not collected" field too.
pub fn contact_rows(
    ui: &mut Ui,
    language: Language,
    form: &mut ContactLawForm,
    errors: &FieldErrors,
    letter: Option<Option<LetterReceipt>>,
    lost: &mut dyn FnMut(Response),
) -> bool {
    let mut changed = choice_row(
        ui,
        &tr(language, "ui-law-party"),
        &mut form.party,
        ContactParty::ALL,
        |v| label(language, &v.label_key()),
    );
    let purposes: Vec<Option<ContactPurpose>> = std::iter::once(None)
        .chain(ContactPurpose::ALL.iter().copied().map(Some))
        .collect();
    changed |= choice_row(
        ui,
        &tr(language, "ui-law-purpose"),
        &mut form.purpose,
        &purposes,
        |v| match v {
            Some(p) => label(language, &p.label_key()),
            None => tr(language, "contact_purpose-none"),
        },
    );
    lost(text_row_checked(
        ui,
        language,
        "ui-law-deadline",
        &mut form.deadline,
        errors,
    ));
    if let Some(receipt) = letter {
        ui.label(tr(language, "ui-law-letter-status"));
        ui.label(receipt_status(language, receipt));
        ui.end_row();
    }
    lost(text_row_checked(
        ui,
        language,
        "ui-law-received",
        &mut form.received,
        errors,
    ));
    if letter.is_some() {
        lost(text_row_checked(
            ui,
            language,
            NOT_COLLECTED,
            &mut form.not_collected,
            errors,
        ));
    }
    changed
}

/// What became of a sent letter, in a few words ("Received on 5 Nov 2026"); shared by the
/// letter dialog and the entry editor.
pub fn receipt_status(language: Language, receipt: Option<LetterReceipt>) -> String {
    match receipt {
        Some(LetterReceipt::NotCollected(d)) => tr_args(
            language,
            "ui-letter-status-not-collected",
            &[("date", FluentValue::from(fmt::date(language, d)))],
        ),
        Some(LetterReceipt::Received(d)) => tr_args(
            language,
            "ui-letter-status-received",
            &[("date", FluentValue::from(fmt::date(language, d)))],
        ),
        None => tr(language, "ui-letter-status-unknown"),
    }
}

/// The typed fields of the case's legal facts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DetailsLawForm {
    /// Agreed delivery date.
    pub delivery_agreed: String,
    /// Delivered on.
    pub delivered: String,
    /// Card's last four digits.
    pub card_last4: String,
    /// Amount charged.
    pub paid_amount: String,
    /// First statement date.
    pub statement_date: String,
    /// Refunds, one per line: `YYYY-MM-DD amount`.
    pub refunds: String,
    /// Costs the dispute caused, one per line: `[YYYY-MM-DD] amount what it was`.
    pub costs: String,
}

impl DetailsLawForm {
    /// The form for a case's details.
    pub fn of(details: &CaseDetails) -> Self {
        let zone = details.time_zone;
        let payment = details.payment.as_ref();
        Self {
            delivery_agreed: date_or_instant_field(details.delivery_agreed.as_ref(), zone),
            delivered: date_or_instant_field(details.delivered_at.as_ref(), zone),
            card_last4: payment
                .and_then(|p| p.card_last4)
                .map(|c| c.as_str().to_owned())
                .unwrap_or_default(),
            paid_amount: payment
                .and_then(|p| p.amount)
                .map(|m| m.amount.to_string())
                .unwrap_or_default(),
            statement_date: date_or_instant_field(
                payment.and_then(|p| p.statement_date).as_ref(),
                zone,
            ),
            refunds: details
                .refunds
                .iter()
                .map(|r| {
                    format!(
                        "{} {}",
                        date_or_instant_field(Some(&r.at), zone),
                        r.amount.amount
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
            costs: details
                .costs
                .iter()
                .map(|c| {
                    let amount = format!("{} {}", c.amount.amount, c.label);
                    match &c.at {
                        Some(at) => format!("{} {amount}", date_or_instant_field(Some(at), zone)),
                        None => amount,
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// Writes the fields that read well into the details; each field at fault goes to `errors`
    /// (the others keep what was typed).
    pub fn apply(&self, details: &mut CaseDetails, errors: &mut FieldErrors) {
        let zone = details.time_zone;
        let date = "ui-field-error-date";
        if let Some(v) = errors.check(
            "ui-law-delivery-agreed",
            date,
            parse_optional_date(&self.delivery_agreed, zone),
        ) {
            details.delivery_agreed = v;
        }
        if let Some(v) = errors.check(
            "ui-law-delivered-at",
            date,
            parse_optional_date(&self.delivered, zone),
        ) {
            details.delivered_at = v;
        }
        let currency = details
            .price
            .map_or_else(|| "EUR".to_owned(), |m| m.currency.code().to_owned());
        // Amounts are never negative (a minus sign typed by mistake would turn the claim round).
        let money = |text: &str| {
            crate::domain::parse_amount(text)
                .filter(|a| !a.is_sign_negative())
                .and_then(|a| Money::parse(&a.to_string(), &currency))
        };
        if let Some(payment) = details.payment.as_mut() {
            match self.card_last4.trim() {
                "" => payment.card_last4 = None,
                text => {
                    if let Some(v) = errors.check(
                        "ui-law-card-last4",
                        "ui-field-error-card-last4",
                        CardLast4::parse(text),
                    ) {
                        payment.card_last4 = Some(v);
                    }
                }
            }
            match self.paid_amount.trim() {
                "" => payment.amount = None,
                text => match money(text) {
                    Some(v) => payment.amount = Some(v),
                    None => errors.add("ui-law-paid-amount", "ui-field-error-price"),
                },
            }
            if let Some(v) = errors.check(
                "ui-law-statement-date",
                date,
                parse_optional_date(&self.statement_date, zone),
            ) {
                payment.statement_date = v;
            }
        }
        match parse_costs(&self.costs, zone, &money) {
            Some(costs) => details.costs = costs,
            None => errors.add("ui-law-costs", "ui-field-error-cost"),
        }
        let mut refunds = Vec::new();
        for line in self
            .refunds
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let refund = line
                .split_once(char::is_whitespace)
                .and_then(|(at, amount)| {
                    let at: DateOrInstant = parse_optional_date(at, zone).ok().flatten()?;
                    Some(Refund {
                        at,
                        amount: money(amount.trim())?,
                    })
                });
            match refund {
                Some(refund) => refunds.push(refund),
                None => {
                    errors.add("ui-law-refunds", "ui-field-error-refund");
                    return;
                }
            }
        }
        details.refunds = refunds;
    }
}

/// A grid row with a multi-line field (one item per line) labelled by the key `field`, with its
/// error under it.
fn lines_row(
    ui: &mut Ui,
    language: Language,
    field: &'static str,
    text: &mut String,
    hint: &str,
    errors: &FieldErrors,
) -> Response {
    let label = ui.label(tr(language, field));
    let response = ui
        .vertical(|ui| {
            let response = ui
                .add(
                    egui::TextEdit::multiline(text)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY)
                        .hint_text(hint),
                )
                .labelled_by(label.id);
            if let Some(error) = errors.of(field) {
                super::widgets::error_text(ui, &error.sentence(language));
            }
            response
        })
        .inner;
    ui.end_row();
    response
}

/// The costs typed one per line — an optional date (and time), the amount, then what it was
/// (`2026-10-23 15.20 Premium-rate call`) — or `None` when a line does not read so.
fn parse_costs(
    text: &str,
    zone: TimeZone,
    money: &dyn Fn(&str) -> Option<Money>,
) -> Option<Vec<Cost>> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            // A date, or a date and a time, may come first.
            let (at, rest) = match words.as_slice() {
                [day, time, rest @ ..] if time.contains(':') => {
                    (Some(format!("{day} {time}")), rest)
                }
                [day, rest @ ..] if day.len() == 10 && day.as_bytes().get(4) == Some(&b'-') => {
                    (Some((*day).to_owned()), rest)
                }
                rest => (None, rest),
            };
            let at = match at {
                Some(at) => Some(parse_optional_date(&at, zone).ok().flatten()?),
                None => None,
            };
            let (amount, label) = rest.split_first()?;
            let label = label.join(" ");
            if label.is_empty() {
                return None;
            }
            Some(Cost {
                label,
                amount: money(amount)?,
                at,
            })
        })
        .collect()
}

/// Draws the case's legal facts in the details grid; returns whether a choice changed.
pub fn details_rows(
    ui: &mut Ui,
    language: Language,
    form: &mut DetailsLawForm,
    details: &mut CaseDetails,
    errors: &FieldErrors,
    lost: &mut dyn FnMut(Response),
) -> bool {
    let kinds: Vec<Option<ContractKind>> = std::iter::once(None)
        .chain(ContractKind::ALL.iter().copied().map(Some))
        .collect();
    let unknown = tr(language, "ui-law-unknown");
    let mut changed = choice_row(
        ui,
        &tr(language, "ui-law-contract-kind"),
        &mut details.contract_kind,
        &kinds,
        |v| v.map_or_else(|| unknown.clone(), |k| label(language, &k.label_key())),
    );
    lost(text_row_checked(
        ui,
        language,
        "ui-law-delivery-agreed",
        &mut form.delivery_agreed,
        errors,
    ));
    ui.label("");
    changed |= ui
        .checkbox(
            &mut details.delivery_essential,
            tr(language, "ui-law-delivery-essential"),
        )
        .changed();
    ui.end_row();
    lost(text_row_checked(
        ui,
        language,
        "ui-law-delivered-at",
        &mut form.delivered,
        errors,
    ));
    let methods: Vec<Option<PaymentMethod>> = std::iter::once(None)
        .chain(PaymentMethod::ALL.iter().copied().map(Some))
        .collect();
    let mut method = details.payment.as_ref().map(|p| p.method);
    if choice_row(
        ui,
        &tr(language, "ui-law-payment-method"),
        &mut method,
        &methods,
        |v| v.map_or_else(|| unknown.clone(), |m| label(language, &m.label_key())),
    ) {
        changed = true;
        details.payment = match (method, details.payment.take()) {
            (None, _) => None,
            (Some(m), Some(mut p)) => {
                p.method = m;
                Some(p)
            }
            (Some(m), None) => Some(Payment::new(m)),
        };
    }
    if let Some(payment) = details.payment.as_mut() {
        let networks: Vec<Option<CardNetwork>> = std::iter::once(None)
            .chain(CardNetwork::ALL.iter().copied().map(Some))
            .collect();
        changed |= choice_row(
            ui,
            &tr(language, "ui-law-payment-network"),
            &mut payment.network,
            &networks,
            |v| v.map_or_else(|| unknown.clone(), |n| label(language, &n.label_key())),
        );
        lost(text_row_checked(
            ui,
            language,
            "ui-law-card-last4",
            &mut form.card_last4,
            errors,
        ));
        lost(optional_row(
            ui,
            &tr(language, "ui-law-issuer"),
            &mut payment.issuer,
        ));
        lost(text_row_checked(
            ui,
            language,
            "ui-law-paid-amount",
            &mut form.paid_amount,
            errors,
        ));
        lost(text_row_checked(
            ui,
            language,
            "ui-law-statement-date",
            &mut form.statement_date,
            errors,
        ));
    }
    lost(lines_row(
        ui,
        language,
        "ui-law-refunds",
        &mut form.refunds,
        "2026-05-04 100.00",
        errors,
    ));
    let hint = tr(language, "ui-law-costs-hint");
    lost(lines_row(
        ui,
        language,
        "ui-law-costs",
        &mut form.costs,
        &hint,
        errors,
    ));
    lost(optional_row(
        ui,
        &tr(language, "ui-law-company-id"),
        &mut details.merchant.company_id,
    ));
    lost(optional_row(
        ui,
        &tr(language, "ui-law-mediator"),
        &mut details.merchant.mediator,
    ));
    changed
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn details() -> CaseDetails {
        let zone = TimeZone::parse("Europe/Paris").unwrap();
        let mut details = CaseDetails::new("Ordinateur portable", Language::Fr, zone);
        details.price = Some(Money::parse("1249.90", "EUR").unwrap());
        details
    }

    #[test]
    fn a_receipt_is_checked_against_the_sending_and_today_and_is_one_answer() {
        let zone = TimeZone::parse("Europe/Paris").unwrap();
        let mut letter: Contact = serde_json::from_str(
            r#"{"id": "c1", "at": "2026-11-03T10:00:00+01:00", "channel": "letter",
                "direction": "outgoing", "outcome": "no_answer"}"#,
        )
        .unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let apply = |form: &ContactLawForm, letter: &mut Contact| {
            let mut errors = FieldErrors::new();
            form.apply(letter, zone, today, &mut errors);
            errors
        };
        let mut form = ContactLawForm::of(&letter, zone);
        for (typed, message) in [
            ("2026-11-29", "ui-field-error-receipt-future"),
            ("2026-11-02", "ui-field-error-receipt-before-sent"),
            ("30/11/2026", "ui-field-error-date"),
        ] {
            form.not_collected = typed.into();
            let errors = apply(&form, &mut letter);
            assert_eq!(
                errors.of(NOT_COLLECTED).map(|e| e.message),
                Some(message),
                "{typed}"
            );
            form.received = typed.into();
            form.not_collected.clear();
            let errors = apply(&form, &mut letter);
            assert_eq!(
                errors.of("ui-law-received").map(|e| e.message),
                Some(message),
                "{typed}"
            );
            form.received.clear();
        }
        form.not_collected = "2026-11-20".into();
        assert!(apply(&form, &mut letter).is_empty());
        assert_eq!(
            letter.letter_receipt(zone),
            Some(LetterReceipt::NotCollected(
                NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
            ))
        );
        // Both typed: one answer is asked for.
        form.received = "2026-11-05".into();
        let errors = apply(&form, &mut letter);
        assert_eq!(
            errors.of(NOT_COLLECTED).map(|e| e.message),
            Some("ui-field-error-receipt-both")
        );
        form.not_collected.clear();
        assert!(apply(&form, &mut letter).is_empty());
        assert_eq!(
            letter.letter_receipt(zone),
            Some(LetterReceipt::Received(
                NaiveDate::from_ymd_opt(2026, 11, 5).unwrap()
            ))
        );
        assert_eq!(ContactLawForm::of(&letter, zone).received, "2026-11-05");
    }

    #[test]
    fn costs_are_typed_one_per_line_and_read_back_as_typed() {
        let mut with_costs = details();
        with_costs.costs = vec![
            Cost {
                label: "Appel surtaxé au 08 99 65 12 34".into(),
                amount: Money::parse("15.20", "EUR").unwrap(),
                at: Some(DateOrInstant::Date(
                    NaiveDate::from_ymd_opt(2026, 10, 23).unwrap(),
                )),
            },
            Cost {
                label: "Lettre recommandée".into(),
                amount: Money::parse("4.50", "EUR").unwrap(),
                at: None,
            },
        ];
        let form = DetailsLawForm::of(&with_costs);
        assert_eq!(
            form.costs,
            "2026-10-23 15.20 Appel surtaxé au 08 99 65 12 34\n4.50 Lettre recommandée"
        );
        let mut read = details();
        let mut errors = FieldErrors::new();
        form.apply(&mut read, &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(read.costs, with_costs.costs);
        // A French decimal comma reads too, in the case's currency.
        let typed = DetailsLawForm {
            costs: "  15,20 Appel surtaxé \n\n".into(),
            ..form
        };
        typed.apply(&mut read, &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(read.costs.len(), 1);
        assert_eq!(read.costs[0].amount, Money::parse("15.20", "EUR").unwrap());
        assert_eq!(read.costs[0].label, "Appel surtaxé");
        assert_eq!(read.costs[0].at, None);
    }

    #[test]
    fn a_cost_line_that_does_not_read_is_named_and_loses_nothing() {
        let mut kept = details();
        let mut form = DetailsLawForm::of(&kept);
        form.costs = "15.20 Appel surtaxé".into();
        let mut errors = FieldErrors::new();
        form.apply(&mut kept, &mut errors);
        assert_eq!(kept.costs.len(), 1);
        for bad in ["Appel surtaxé 15.20", "15.20", "2026-13-40 15.20 Appel"] {
            let mut errors = FieldErrors::new();
            form.costs = format!("4.50 Lettre\n{bad}");
            form.apply(&mut kept, &mut errors);
            assert!(errors.of("ui-law-costs").is_some(), "{bad}");
            assert_eq!(kept.costs.len(), 1, "the costs read before stay: {bad}");
            assert_eq!(kept.costs[0].label, "Appel surtaxé");
        }
    }
}

//! The form-draft pattern: nothing the user types is lost.
//!
//! A form keeps the text of every field as typed (its *draft*). Validating a draft checks every
//! field, not just the first bad one, and returns [`FieldErrors`]: for each field at fault, the
//! field's label and the message to show *beside that field*. A draft that does not validate
//! stays open with all its text; the app never drops it silently:
//! - leaving it (another tab, another entry, another case) saves it if it validates, and
//!   otherwise asks "keep editing / discard" ([`Leave`], [`super::state::LeavePrompt`]);
//! - closing the window saves every draft that validates and cancels the close to ask about
//!   the others.
//!
//! A new form follows the same steps: keep typed text in its state struct, write a
//! `validate(&mut self) -> Result<(), FieldErrors>` that records one error per field with
//! [`FieldErrors::check`], draw its fields with [`super::panels::widgets::text_row_checked`], and
//! say in [`Leave::leaves_details`] / [`Leave::leaves_editor`] which moves leave it.

use super::panels::law_fields::ContactLawForm;
use super::state::{DetailsDraft, Entry, EntryDraft, Tab};
use super::text::{date_or_instant_field, instant_field, parse_instant_field, parse_optional_date};
use crate::domain::{CaseId, Currency, EntryId, Language, Money, TimeZone};
use crate::i18n::{FluentValue, tr, tr_args};
use chrono::NaiveDate;

/// What is wrong with one field: the i18n key of its label and of the message (which names the
/// field through `$field`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldError {
    /// The field's label key (`ui-field-ordered`).
    pub field: &'static str,
    /// The message key (`ui-field-error-date`), a sentence with a `$field` argument.
    pub message: &'static str,
}

impl FieldError {
    /// The message as one plain sentence in `language`, naming the field.
    pub fn sentence(&self, language: Language) -> String {
        tr_args(
            language,
            self.message,
            &[("field", FluentValue::from(tr(language, self.field)))],
        )
    }
}

/// Every field at fault in a form, in the order the fields are drawn.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    /// No error.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records that `field` is wrong, with `message`.
    pub fn add(&mut self, field: &'static str, message: &'static str) {
        self.0.push(FieldError { field, message });
    }

    /// The value of `result`, or `None` after recording `message` for `field`.
    pub fn check<T, E>(
        &mut self,
        field: &'static str,
        message: &'static str,
        result: Result<T, E>,
    ) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(_) => {
                self.add(field, message);
                None
            }
        }
    }

    /// The error of `field`, if it has one.
    pub fn of(&self, field: &'static str) -> Option<&FieldError> {
        self.0.iter().find(|e| e.field == field)
    }

    /// Whether every field reads well.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The errors, in field order.
    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }

    /// Adds the errors of another form.
    pub fn extend(&mut self, other: &Self) {
        self.0.extend(other.0.iter().copied());
    }

    /// `Ok` when there is no error.
    pub fn into_result(self) -> Result<(), Self> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }
}

/// A move that leaves the open drafts behind.
#[derive(Debug, Clone, PartialEq)]
pub enum Leave {
    /// Show another section of the case.
    Tab(Tab),
    /// Open an entry in the side panel.
    Entry(EntryId),
    /// Open a new, not yet saved entry in the side panel.
    NewEntry(Box<Entry>),
    /// Close the side panel.
    CloseEditor,
    /// Open another case.
    Case(CaseId),
    /// Open a case at one of its entries (a search hit).
    CaseEntry(CaseId, EntryId),
    /// Create a case and open it.
    NewCase,
    /// Close the window.
    CloseWindow,
}

impl Leave {
    /// Whether this move leaves the case details form.
    pub fn leaves_details(&self, current_tab: Tab) -> bool {
        match self {
            Self::Tab(tab) => current_tab == Tab::Details && *tab != Tab::Details,
            Self::Case(_) | Self::CaseEntry(..) | Self::NewCase | Self::CloseWindow => true,
            Self::Entry(_) | Self::NewEntry(_) | Self::CloseEditor => false,
        }
    }

    /// Whether this move leaves the entry open in the side panel.
    pub fn leaves_editor(&self, open: Option<&EntryId>) -> bool {
        match self {
            Self::Tab(_) => false,
            Self::Entry(id) => open != Some(id),
            Self::NewEntry(_)
            | Self::CloseEditor
            | Self::Case(_)
            | Self::CaseEntry(..)
            | Self::NewCase
            | Self::CloseWindow => true,
        }
    }
}

fn parse_minutes(text: &str) -> Result<Option<u32>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse().map(Some).map_err(|_| ())
}

fn minutes(value: Option<u32>) -> String {
    value.map(|m| m.to_string()).unwrap_or_default()
}

impl EntryDraft {
    /// A draft of `entry` with its typed fields filled in; `saved` is `None` for a new entry.
    pub fn of(entry: Entry, saved: Option<Entry>, zone: TimeZone) -> Self {
        let mut fields = [String::new(), String::new(), String::new()];
        let (mut wait, mut duration) = (String::new(), String::new());
        match &entry {
            Entry::Contact(c) => {
                fields[0] = instant_field(&c.at, zone);
                wait = minutes(c.wait_minutes);
                duration = minutes(c.duration_minutes);
            }
            Entry::Promise(p) => {
                fields = [
                    date_or_instant_field(Some(&p.made_at), zone),
                    date_or_instant_field(p.due.as_ref(), zone),
                    date_or_instant_field(p.settled_at.as_ref(), zone),
                ];
            }
            Entry::Statement(s) => fields[0] = instant_field(&s.at, zone),
            Entry::Note(n) => fields[0] = instant_field(&n.at, zone),
            Entry::Attachment(a) => fields[0] = date_or_instant_field(a.received_at.as_ref(), zone),
        }
        let [date_a, date_b, date_c] = fields;
        let law = match &entry {
            Entry::Contact(c) => ContactLawForm::of(c, zone),
            _ => ContactLawForm::default(),
        };
        Self {
            law,
            initial: entry.clone(),
            entry,
            saved,
            date_a,
            date_b,
            date_c,
            wait,
            duration,
            errors: FieldErrors::new(),
        }
    }

    /// Applies every typed field to the working copy; the fields at fault, each with its
    /// message. Fields that read well are applied even when another one does not.
    /// A receipt typed on a contact is checked against `today` (in the case's zone).
    pub fn validate(&mut self, zone: TimeZone, today: NaiveDate) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        let (date, date_time) = ("ui-field-error-date", "ui-field-error-date-time");
        let minutes = "ui-field-error-minutes";
        match &mut self.entry {
            Entry::Contact(c) => {
                if let Some(at) = parse_instant_field(&self.date_a, zone) {
                    c.at = at;
                } else {
                    errors.add("ui-field-when", date_time);
                }
                if let Some(v) = errors.check("ui-field-wait", minutes, parse_minutes(&self.wait)) {
                    c.wait_minutes = v;
                }
                if let Some(v) =
                    errors.check("ui-field-duration", minutes, parse_minutes(&self.duration))
                {
                    c.duration_minutes = v;
                }
                self.law.apply(c, zone, today, &mut errors);
            }
            Entry::Promise(p) => {
                match parse_optional_date(&self.date_a, zone) {
                    Ok(Some(made)) => p.made_at = made,
                    _ => errors.add("ui-field-made", date),
                }
                if let Some(v) = errors.check(
                    "ui-field-due",
                    date,
                    parse_optional_date(&self.date_b, zone),
                ) {
                    p.due = v;
                }
                if let Some(v) = errors.check(
                    "ui-field-settled",
                    date,
                    parse_optional_date(&self.date_c, zone),
                ) {
                    p.settled_at = v;
                }
            }
            Entry::Statement(s) => match parse_instant_field(&self.date_a, zone) {
                Some(at) => s.at = at,
                None => errors.add("ui-field-when", date_time),
            },
            Entry::Note(n) => match parse_instant_field(&self.date_a, zone) {
                Some(at) => n.at = at,
                None => errors.add("ui-field-when", date_time),
            },
            Entry::Attachment(a) => {
                if let Some(v) = errors.check(
                    "ui-field-received",
                    date,
                    parse_optional_date(&self.date_a, zone),
                ) {
                    a.received_at = v;
                }
            }
        }
        self.errors = errors.clone();
        errors.into_result()
    }

    /// Whether the working copy holds something the store does not have yet (a new entry
    /// counts once it differs from how it opened).
    pub fn unsaved(&self) -> bool {
        self.saved.as_ref() != Some(&self.entry)
            && (self.saved.is_some() || self.entry != self.initial)
    }
}

impl DetailsDraft {
    /// Applies every typed field to the details; the fields at fault, each with its message.
    /// Fields that read well are applied even when another one does not.
    pub fn validate(&mut self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        if self.details.title.trim().is_empty() {
            errors.add("ui-field-title", "ui-field-error-required");
        }
        let zone = TimeZone::parse(self.zone.trim());
        match zone {
            Some(zone) => self.details.time_zone = zone,
            None => errors.add("ui-field-zone", "ui-field-error-zone"),
        }
        let zone = zone.unwrap_or(self.details.time_zone);
        if let Some(v) = errors.check(
            "ui-field-ordered",
            "ui-field-error-date",
            parse_optional_date(&self.ordered, zone),
        ) {
            self.details.ordered_at = v;
        }
        let currency = match self.currency.trim() {
            "" => "EUR",
            code => code,
        };
        if self.price.trim().is_empty() {
            self.details.price = None;
        } else if Currency::parse(currency).is_none() {
            errors.add("ui-field-currency", "ui-field-error-currency");
        } else {
            // "1,299.00" and « 1 299,00 » alike.
            let money = crate::domain::parse_amount(&self.price)
                .filter(|amount| !amount.is_sign_negative())
                .and_then(|amount| Money::parse(&amount.to_string(), currency));
            match money {
                Some(money) => self.details.price = Some(money),
                None => errors.add("ui-field-price", "ui-field-error-price"),
            }
        }
        self.law.apply(&mut self.details, &mut errors);
        self.errors = errors.clone();
        errors.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_kept_per_field_and_name_the_field() {
        let mut errors = FieldErrors::new();
        assert_eq!(errors.check("ui-field-zone", "x", Ok::<_, ()>(3)), Some(3));
        assert!(errors.is_empty());
        assert_eq!(
            errors.check::<u8, ()>("ui-field-ordered", "ui-field-error-date", Err(())),
            None
        );
        let error = errors.of("ui-field-ordered").copied();
        assert!(errors.of("ui-field-zone").is_none());
        let sentence = error.map(|e| e.sentence(Language::En)).unwrap_or_default();
        assert!(sentence.contains("Ordered on"), "{sentence}");
        let french = error.map(|e| e.sentence(Language::Fr)).unwrap_or_default();
        assert!(french.contains("Commandé le"), "{french}");
        assert!(errors.into_result().is_err());
    }

    #[test]
    fn each_move_says_which_drafts_it_leaves() {
        let id = EntryId::new("c1");
        assert!(Leave::Tab(Tab::Notes).leaves_details(Tab::Details));
        assert!(!Leave::Tab(Tab::Notes).leaves_details(Tab::Timeline));
        assert!(!Leave::Tab(Tab::Notes).leaves_editor(Some(&id)));
        assert!(!Leave::Entry(id.clone()).leaves_editor(Some(&id)));
        assert!(Leave::Entry(EntryId::new("c2")).leaves_editor(Some(&id)));
        assert!(Leave::CloseWindow.leaves_details(Tab::Timeline));
        assert!(Leave::Case(CaseId(2)).leaves_editor(None));
    }
}

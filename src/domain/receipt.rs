//! What became of a sent letter: received on a date, or not collected (returned on a date). The
//! receipt lives on the contact itself ([`Contact::received_at`], [`Contact::not_collected_on`]);
//! this module reads it as one value and checks a date typed for it.

use super::{Contact, DateOrInstant, TimeZone};
use chrono::NaiveDate;

/// What became of a sent letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterReceipt {
    /// The recipient received it on this date (the contact's `received_at`, which the clocks
    /// read).
    Received(NaiveDate),
    /// It was not collected: presented (or returned) on this date. The contact's receipt stays
    /// unknown, so the clocks keep counting from the sending, labelled as such.
    NotCollected(NaiveDate),
}

impl LetterReceipt {
    /// Its date.
    pub fn date(self) -> NaiveDate {
        match self {
            Self::Received(d) | Self::NotCollected(d) => d,
        }
    }

    /// Whether its date can be the receipt of a letter sent on `sent`, knowing it is `today`:
    /// neither in the future nor before the sending.
    pub fn check(self, sent: NaiveDate, today: NaiveDate) -> Result<Self, ReceiptError> {
        let day = self.date();
        if day > today {
            Err(ReceiptError::InTheFuture)
        } else if day < sent {
            Err(ReceiptError::BeforeSending)
        } else {
            Ok(self)
        }
    }
}

/// Why a date cannot be a letter's receipt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReceiptError {
    /// The date has not come yet.
    #[error("the date is in the future")]
    InTheFuture,
    /// The date is before the letter was sent.
    #[error("the date is before the letter was sent")]
    BeforeSending,
}

impl ReceiptError {
    /// The message id (`ui-field-error-…`) of the sentence that says it.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::InTheFuture => "ui-field-error-receipt-future",
            Self::BeforeSending => "ui-field-error-receipt-before-sent",
        }
    }
}

impl Contact {
    /// What became of it as a letter: received (its `received_at`, as a date in `zone`), else
    /// not collected (its `not_collected_on`), else unknown.
    pub fn letter_receipt(&self, zone: TimeZone) -> Option<LetterReceipt> {
        match (self.received_at, self.not_collected_on) {
            (Some(received), _) => Some(LetterReceipt::Received(received.date_in(zone))),
            (None, Some(day)) => Some(LetterReceipt::NotCollected(day)),
            (None, None) => None,
        }
    }

    /// `receipt` if its date can be this contact's receipt (see [`LetterReceipt::check`]): not
    /// before the day it was sent in `zone`, not after `today`.
    pub fn check_letter_receipt(
        &self,
        receipt: LetterReceipt,
        zone: TimeZone,
        today: NaiveDate,
    ) -> Result<LetterReceipt, ReceiptError> {
        receipt.check(self.at.date_in(zone), today)
    }

    /// Records what became of it: a receipt clears "not collected" and the reverse, so the
    /// contact holds one answer. `None` forgets both.
    pub fn set_letter_receipt(&mut self, receipt: Option<LetterReceipt>) {
        let (received, returned) = match receipt {
            Some(LetterReceipt::Received(d)) => (Some(DateOrInstant::Date(d)), None),
            Some(LetterReceipt::NotCollected(d)) => (None, Some(d)),
            None => (None, None),
        };
        self.received_at = received;
        self.not_collected_on = returned;
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn a_receipt_is_neither_in_the_future_nor_before_the_sending() {
        let (sent, today) = (day(3), day(10));
        for r in [
            LetterReceipt::Received(day(5)),
            LetterReceipt::NotCollected(day(5)),
        ] {
            assert_eq!(r.check(sent, today), Ok(r));
        }
        assert_eq!(
            LetterReceipt::Received(day(3)).check(sent, today),
            Ok(LetterReceipt::Received(day(3))),
            "the day of sending itself is allowed"
        );
        assert_eq!(
            LetterReceipt::Received(day(11)).check(sent, today),
            Err(ReceiptError::InTheFuture)
        );
        assert_eq!(
            LetterReceipt::NotCollected(day(2)).check(sent, today),
            Err(ReceiptError::BeforeSending)
        );
    }
}

//! The facts the statutory clocks need: contract kind, payment, refunds, and for each contact
//! who it was with and what it does in law (the optional keys of the case file v1).
//!
//! Every field is optional in a file: a case without them means "not known", and no clock is
//! computed from an unknown fact.

use super::{DateOrInstant, Instant, Money, UnknownValue};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

vocabulary! {
    /// How the contract was made; selects which rules apply.
    ContractKind, "contract_kind" {
        /// Online, phone or mail order.
        Distance = "distance",
        /// Door to door, at a fair: away from the trader's premises.
        OffPremises = "off_premises",
        /// In the trader's store.
        InStore = "in_store",
    }
}

vocabulary! {
    /// How the consumer paid.
    PaymentMethod, "payment_method" {
        /// Credit card (the statutory chargebacks of Québec, Ontario and the FCBA need one).
        CreditCard = "credit_card",
        /// Debit card.
        DebitCard = "debit_card",
        /// Bank transfer.
        BankTransfer = "bank_transfer",
        /// Cash.
        Cash = "cash",
        /// PayPal.
        Paypal = "paypal",
        /// Anything else.
        Other = "other",
    }
}

vocabulary! {
    /// The card network of a card payment.
    CardNetwork, "card_network" {
        /// Visa.
        Visa = "visa",
        /// Mastercard.
        Mastercard = "mastercard",
        /// American Express.
        Amex = "amex",
        /// Interac.
        Interac = "interac",
        /// Carte Bancaire (France).
        Cb = "cb",
        /// Another network.
        Other = "other",
    }
}

vocabulary! {
    /// Who a contact was with.
    ContactParty, "contact_party" {
        /// The merchant (the default): the only party whose contacts count as attempts to reach it.
        Merchant = "merchant",
        /// The consumer's card issuer or bank.
        CardIssuer = "card_issuer",
        /// A consumer mediator or ADR body.
        Mediator = "mediator",
        /// A public agency (OPC, DGCCRF, trading standards…).
        Agency = "agency",
        /// A court.
        Court = "court",
        /// Anyone else.
        Other = "other",
    }
}

vocabulary! {
    /// What a contact does in law; notices start the clocks.
    ContactPurpose, "contact_purpose" {
        /// A written complaint to the merchant.
        Complaint = "complaint",
        /// Mise en demeure, letter before claim, notice giving an extra period.
        FormalNotice = "formal_notice",
        /// Notice that the contract is resolved or cancelled.
        Cancellation = "cancellation",
        /// Withdrawal (cooling-off).
        Withdrawal = "withdrawal",
        /// A chargeback request to the card issuer.
        ChargebackRequest = "chargeback_request",
        /// A request to a mediator.
        MediationRequest = "mediation_request",
        /// A complaint to a public agency.
        AgencyComplaint = "agency_complaint",
        /// Incoming: the merchant's final answer.
        FinalResponse = "final_response",
    }
}

// The `vocabulary!` macro derives no `Default`; the format's default party is the merchant.
#[allow(clippy::derivable_impls)]
impl Default for ContactParty {
    fn default() -> Self {
        Self::Merchant
    }
}

/// The last four digits of a card, and never more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CardLast4([u8; 4]);

/// Why a card number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CardLast4Error {
    /// More than four digits: possibly a full card number, which the app never stores.
    #[error("a full card number is refused: keep only the last four digits")]
    FullNumber,
    /// Not four digits.
    #[error("expected the last four digits of the card, like \"0005\"")]
    NotFourDigits,
}

impl CardLast4 {
    /// Parses exactly four ASCII digits (spaces around are ignored).
    pub fn parse(text: &str) -> Result<Self, CardLast4Error> {
        let digits = text.chars().filter(char::is_ascii_digit).count();
        if digits > 4 {
            return Err(CardLast4Error::FullNumber);
        }
        match text.trim().as_bytes() {
            [a, b, c, d] if [a, b, c, d].iter().all(|x| x.is_ascii_digit()) => {
                Ok(Self([*a, *b, *c, *d]))
            }
            _ => Err(CardLast4Error::NotFourDigits),
        }
    }

    /// The four digits as text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("0000")
    }
}

impl fmt::Display for CardLast4 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CardLast4 {
    type Err = CardLast4Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

impl Serialize for CardLast4 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CardLast4 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// How the consumer paid (`case.payment`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    /// Credit card, debit card, transfer…
    pub method: PaymentMethod,
    /// The card network, for a card.
    #[serde(default)]
    pub network: Option<CardNetwork>,
    /// The card's last four digits.
    #[serde(default)]
    pub card_last4: Option<CardLast4>,
    /// The card issuer or bank.
    #[serde(default)]
    pub issuer: Option<String>,
    /// The money actually charged; `None` when it equals the case's price.
    #[serde(default)]
    pub amount: Option<Money>,
    /// The merchant's name as it appears on the statement.
    #[serde(default)]
    pub descriptor: Option<String>,
    /// When the payment was made.
    #[serde(default)]
    pub paid_at: Option<Instant>,
    /// The date the first card statement showing the charge was sent.
    #[serde(default)]
    pub statement_date: Option<DateOrInstant>,
}

impl Payment {
    /// A payment by this method, everything else unknown.
    pub fn new(method: PaymentMethod) -> Self {
        Self {
            method,
            network: None,
            card_last4: None,
            issuer: None,
            amount: None,
            descriptor: None,
            paid_at: None,
            statement_date: None,
        }
    }
}

/// A cost the dispute caused the consumer (`case.costs[]`): a premium-rate call, a day off, a
/// trip; claimed on top of the price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cost {
    /// What it was (`Premium-rate call to 08 99 65 12 34, 19 min at €0.80`).
    pub label: String,
    /// How much.
    pub amount: Money,
    /// When it was incurred, if known.
    #[serde(default)]
    pub at: Option<DateOrInstant>,
}

/// A refund the consumer received (`case.refunds[]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refund {
    /// When it was received.
    pub at: DateOrInstant,
    /// How much.
    pub amount: Money,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_four_digits_are_kept_and_a_full_number_is_refused() {
        assert_eq!(CardLast4::parse("0005").unwrap().as_str(), "0005");
        assert_eq!(
            CardLast4::parse("4111 1111 1111 1111"),
            Err(CardLast4Error::FullNumber)
        );
        assert_eq!(CardLast4::parse("12345"), Err(CardLast4Error::FullNumber));
        assert_eq!(CardLast4::parse("12a4"), Err(CardLast4Error::NotFourDigits));
        assert!(serde_json::from_str::<CardLast4>("\"4111111111111111\"").is_err());
    }

    #[test]
    fn party_defaults_to_the_merchant() {
        assert_eq!(ContactParty::default(), ContactParty::Merchant);
        assert_eq!(
            "chargeback_request".parse::<ContactPurpose>().unwrap(),
            ContactPurpose::ChargebackRequest
        );
    }
}

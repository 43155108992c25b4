//! Money as an exact decimal amount plus an ISO 4217 currency code.

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// An ISO 4217 currency code: three upper-case ASCII letters (`EUR`, `CAD`, `USD`, `GBP`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    /// Parses a three-letter code; lower case is accepted and upper-cased.
    pub fn parse(code: &str) -> Option<Self> {
        let bytes = code.trim().as_bytes();
        let [a, b, c] = bytes else { return None };
        let up = [
            a.to_ascii_uppercase(),
            b.to_ascii_uppercase(),
            c.to_ascii_uppercase(),
        ];
        up.iter().all(u8::is_ascii_uppercase).then_some(Self(up))
    }

    /// The code as text (`"EUR"`).
    pub fn code(&self) -> &str {
        // The three bytes are ASCII upper-case letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }

    /// The usual symbol for display (`€`, `$`, `£`), or the code itself.
    pub fn symbol(&self) -> &str {
        match self.code() {
            "EUR" => "€",
            "USD" | "CAD" => "$",
            "GBP" => "£",
            other => other,
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "expected an ISO 4217 currency code like \"EUR\", got {text:?}"
            ))
        })
    }
}

/// An amount of money: `{"amount": "899.00", "currency": "CAD"}` in the case file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    /// The exact decimal amount; serialised as a decimal string, scale kept (`"899.00"`).
    #[serde(with = "decimal_string")]
    pub amount: Decimal,
    /// The currency.
    pub currency: Currency,
}

impl Money {
    /// Builds an amount from a decimal string and a currency code.
    pub fn parse(amount: &str, currency: &str) -> Option<Self> {
        Some(Self {
            amount: Decimal::from_str(amount.trim()).ok()?,
            currency: Currency::parse(currency)?,
        })
    }
}

mod decimal_string {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serializer};
    use std::str::FromStr;

    pub fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&value.to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
        let text = String::deserialize(deserializer)?;
        Decimal::from_str(text.trim()).map_err(|_| {
            serde::de::Error::custom(format!(
                "expected a decimal amount as a string like \"899.00\", got {text:?}"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amount_keeps_its_scale_through_json() {
        let money: Money = serde_json::from_str(r#"{"amount":"899.00","currency":"cad"}"#).unwrap();
        assert_eq!(money.currency.code(), "CAD");
        assert_eq!(
            serde_json::to_string(&money).unwrap(),
            r#"{"amount":"899.00","currency":"CAD"}"#
        );
    }

    #[test]
    fn bad_amount_and_currency_are_refused() {
        assert!(serde_json::from_str::<Money>(r#"{"amount":"12,5","currency":"EUR"}"#).is_err());
        assert!(serde_json::from_str::<Money>(r#"{"amount":"12.5","currency":"EURO"}"#).is_err());
        assert!(serde_json::from_str::<Money>(r#"{"amount":12.5,"currency":"EUR"}"#).is_err());
    }
}

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

    /// Formats for a reader: `899,00 $` in French (with a no-break space), `$899.00` in English.
    pub fn display(&self, language: crate::domain::Language) -> String {
        let amount = self.amount.round_dp(2);
        let plain = format!("{amount:.2}");
        let (int_part, frac_part) = plain.split_once('.').unwrap_or((plain.as_str(), "00"));
        let (negative, digits) = match int_part.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, int_part),
        };
        let sep = match language {
            crate::domain::Language::Fr => '\u{202F}',
            crate::domain::Language::En => ',',
        };
        let mut grouped = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(sep);
            }
            grouped.push(ch);
        }
        let sign = if negative { "-" } else { "" };
        match language {
            crate::domain::Language::Fr => {
                format!(
                    "{sign}{grouped},{frac_part}\u{A0}{}",
                    self.currency.symbol()
                )
            }
            crate::domain::Language::En => match self.currency.code() {
                "USD" | "CAD" | "EUR" | "GBP" => {
                    let prefix = if self.currency.code() == "CAD" {
                        "CA$"
                    } else {
                        self.currency.symbol()
                    };
                    format!("{sign}{prefix}{grouped}.{frac_part}")
                }
                code => format!("{sign}{grouped}.{frac_part} {code}"),
            },
        }
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
    use crate::domain::Language;

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
    fn display_follows_the_language() {
        let money = Money::parse("1249.9", "EUR").unwrap();
        assert_eq!(money.display(Language::Fr), "1\u{202F}249,90\u{A0}€");
        assert_eq!(money.display(Language::En), "€1,249.90");
    }

    #[test]
    fn bad_amount_and_currency_are_refused() {
        assert!(serde_json::from_str::<Money>(r#"{"amount":"12,5","currency":"EUR"}"#).is_err());
        assert!(serde_json::from_str::<Money>(r#"{"amount":"12.5","currency":"EURO"}"#).is_err());
        assert!(serde_json::from_str::<Money>(r#"{"amount":12.5,"currency":"EUR"}"#).is_err());
    }
}

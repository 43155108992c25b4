//! Conversions between domain values and the text the database stores them as.
//!
//! Enumerations are stored as their case-file strings, instants and dates as their case-file text
//! (offset kept), money as a decimal string plus a currency code: the database holds exactly what
//! a case file says, so export gives back what was imported.

use super::StoreError;
use crate::domain::{DateOrInstant, Instant, Money};
use std::str::FromStr;

/// Parses a stored enumeration value.
pub(crate) fn parse<T: FromStr>(column: &'static str, text: &str) -> Result<T, StoreError> {
    text.parse().map_err(|_| corrupt(column, text))
}

/// Parses a stored instant.
pub(crate) fn instant(column: &'static str, text: &str) -> Result<Instant, StoreError> {
    Instant::parse(text).ok_or_else(|| corrupt(column, text))
}

/// Parses a stored optional date-or-instant.
pub(crate) fn date_or_instant(
    column: &'static str,
    text: Option<String>,
) -> Result<Option<DateOrInstant>, StoreError> {
    text.map(|text| DateOrInstant::parse(&text).ok_or_else(|| corrupt(column, &text)))
        .transpose()
}

/// Rebuilds money from its stored amount and currency.
pub(crate) fn money(
    amount: Option<String>,
    currency: Option<String>,
) -> Result<Option<Money>, StoreError> {
    match (amount, currency) {
        (Some(amount), Some(currency)) => Money::parse(&amount, &currency)
            .map(Some)
            .ok_or_else(|| corrupt("price", &format!("{amount} {currency}"))),
        _ => Ok(None),
    }
}

/// Converts a stored non-negative integer.
pub(crate) fn count(column: &'static str, value: Option<i64>) -> Result<Option<u32>, StoreError> {
    value
        .map(|v| u32::try_from(v).map_err(|_| corrupt(column, &v.to_string())))
        .transpose()
}

/// The text of an optional date-or-instant.
pub(crate) fn date_text(value: Option<&DateOrInstant>) -> Option<String> {
    value.map(DateOrInstant::to_text)
}

/// The current time as stored in `created_at`, `updated_at` and `stored_at`.
pub(crate) fn now_text() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn corrupt(column: &'static str, value: &str) -> StoreError {
    StoreError::Corrupt {
        column,
        value: value.to_owned(),
    }
}

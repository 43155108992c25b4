//! The columns added for rights and deadlines: the case's contract, delivery and payment facts,
//! its refunds, and each contact's party, purpose, deadline and receipt.
//!
//! Kept apart from `cases` and `entries` so the rows written there stay as they were: each writer
//! there calls this module once after its own statement. `payment` and `refunds` are stored as the
//! case file's JSON for them (one value, read and written whole).

use super::StoreError;
use super::codec;
use crate::domain::{CaseDetails, CaseId, Contact, ContactParty, Cost, Payment, Refund};
use chrono::NaiveDate;
use rusqlite::{Connection, params};
use std::collections::HashMap;

/// Writes the rights-and-deadlines facts of a case's details.
pub(crate) fn save_case(
    conn: &Connection,
    id: CaseId,
    details: &CaseDetails,
) -> Result<(), StoreError> {
    let payment = details
        .payment
        .as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| corrupt("payment", &e.to_string()))?;
    let refunds =
        serde_json::to_string(&details.refunds).map_err(|e| corrupt("refunds", &e.to_string()))?;
    let costs =
        serde_json::to_string(&details.costs).map_err(|e| corrupt("costs", &e.to_string()))?;
    conn.prepare_cached(
        "UPDATE cases SET contract_kind = ?2, delivery_agreed = ?3, delivery_essential = ?4, \
         delivered_at = ?5, merchant_company_id = ?6, merchant_mediator = ?7, \
         consumer_company_id = ?8, consumer_mediator = ?9, payment = ?10, refunds = ?11, \
         costs = ?12 WHERE id = ?1",
    )?
    .execute(params![
        id.0,
        details.contract_kind.map(|k| k.as_str()),
        codec::date_text(details.delivery_agreed.as_ref()),
        details.delivery_essential,
        codec::date_text(details.delivered_at.as_ref()),
        details.merchant.company_id,
        details.merchant.mediator,
        details.consumer.company_id,
        details.consumer.mediator,
        payment,
        refunds,
        costs,
    ])?;
    Ok(())
}

/// Reads the rights-and-deadlines facts into a case's details.
pub(crate) fn load_case(
    conn: &Connection,
    id: CaseId,
    details: &mut CaseDetails,
) -> Result<(), StoreError> {
    type Row = (
        Option<String>,
        Option<String>,
        bool,
        Option<String>,
        [Option<String>; 4],
        Option<String>,
        String,
        String,
    );
    let row: Row = conn
        .prepare_cached(
            "SELECT contract_kind, delivery_agreed, delivery_essential, delivered_at, \
             merchant_company_id, merchant_mediator, consumer_company_id, consumer_mediator, \
             payment, refunds, costs FROM cases WHERE id = ?1",
        )?
        .query_row([id.0], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                [row.get(4)?, row.get(5)?, row.get(6)?, row.get(7)?],
                row.get(8)?,
                row.get(9)?,
                row.get(10)?,
            ))
        })?;
    let (kind, agreed, essential, delivered, ids, payment, refunds, costs) = row;
    let [
        merchant_id,
        merchant_mediator,
        consumer_id,
        consumer_mediator,
    ] = ids;
    details.contract_kind = kind
        .map(|k| codec::parse("contract_kind", &k))
        .transpose()?;
    details.delivery_agreed = codec::date_or_instant("delivery_agreed", agreed)?;
    details.delivery_essential = essential;
    details.delivered_at = codec::date_or_instant("delivered_at", delivered)?;
    details.merchant.company_id = merchant_id;
    details.merchant.mediator = merchant_mediator;
    details.consumer.company_id = consumer_id;
    details.consumer.mediator = consumer_mediator;
    details.payment = payment
        .map(|text| serde_json::from_str::<Payment>(&text).map_err(|_| corrupt("payment", &text)))
        .transpose()?;
    details.refunds =
        serde_json::from_str::<Vec<Refund>>(&refunds).map_err(|_| corrupt("refunds", &refunds))?;
    details.costs =
        serde_json::from_str::<Vec<Cost>>(&costs).map_err(|_| corrupt("costs", &costs))?;
    Ok(())
}

/// Writes a contact's party, purpose, deadline and receipt (its row must exist).
pub(crate) fn save_contact(conn: &Connection, row: i64, c: &Contact) -> Result<(), StoreError> {
    conn.prepare_cached(
        "UPDATE contacts SET party = ?2, purpose = ?3, deadline = ?4, received_at = ?5 \
         WHERE entry = ?1",
    )?
    .execute(params![
        row,
        c.party.as_str(),
        c.purpose.map(|p| p.as_str()),
        codec::date_text(c.deadline.as_ref()),
        codec::date_text(c.received_at.as_ref()),
    ])?;
    // A letter not collected: its return date, kept only while no receipt is known (one
    // answer per contact). Older rows said `received` too; the receipt is `received_at` alone.
    match c.not_collected_on.filter(|_| c.received_at.is_none()) {
        Some(day) => conn
            .prepare_cached(
                "INSERT INTO letter_receipts (entry, status, on_date) \
                 VALUES (?1, 'not_collected', ?2) \
                 ON CONFLICT (entry) DO UPDATE SET status = 'not_collected', on_date = ?2",
            )?
            .execute(params![row, day.to_string()])?,
        None => conn
            .prepare_cached("DELETE FROM letter_receipts WHERE entry = ?1")?
            .execute([row])?,
    };
    Ok(())
}

/// Reads the party, purpose, deadline and receipt of a case's contacts into them.
pub(crate) fn load_contacts(
    conn: &Connection,
    case: CaseId,
    contacts: &mut [Contact],
) -> Result<(), StoreError> {
    type Row = (
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let mut statement = conn.prepare_cached(
        "SELECT e.entry_id, c.party, c.purpose, c.deadline, c.received_at, r.on_date \
         FROM entries e JOIN contacts c ON c.entry = e.id \
         LEFT JOIN letter_receipts r ON r.entry = e.id AND r.status = 'not_collected' \
         WHERE e.case_id = ?1",
    )?;
    let rows = statement.query_map([case.0], |row| -> rusqlite::Result<Row> {
        Ok((
            row.get(0)?,
            row.get(1)?,
            row.get(2)?,
            row.get(3)?,
            row.get(4)?,
            row.get(5)?,
        ))
    })?;
    let mut by_id = HashMap::new();
    for row in rows {
        let (id, party, purpose, deadline, received, returned) = row?;
        by_id.insert(id, (party, purpose, deadline, received, returned));
    }
    for contact in contacts {
        let Some((party, purpose, deadline, received, returned)) =
            by_id.remove(contact.id.as_str())
        else {
            continue;
        };
        contact.party = codec::parse::<ContactParty>("party", &party)?;
        contact.purpose = purpose.map(|p| codec::parse("purpose", &p)).transpose()?;
        contact.deadline = codec::date_or_instant("deadline", deadline)?;
        contact.received_at = codec::date_or_instant("received_at", received)?;
        contact.not_collected_on = match returned {
            Some(day) if contact.received_at.is_none() => Some(
                day.parse::<NaiveDate>()
                    .map_err(|_| corrupt("letter_receipts.on_date", &day))?,
            ),
            _ => None,
        };
    }
    Ok(())
}

fn corrupt(column: &'static str, value: &str) -> StoreError {
    StoreError::Corrupt {
        column,
        value: value.to_owned(),
    }
}

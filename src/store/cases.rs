//! Case rows: create, read, update, delete and the case list with its counts.

use super::codec::{self, now_text};
use super::{CaseSummary, StoreError};
use crate::domain::{CaseDetails, CaseId, Party};
use rusqlite::{Connection, OptionalExtension as _, Row, ToSql, params, params_from_iter};

const DETAIL_COLUMNS: &str = "title, merchant_name, merchant_website, merchant_email, \
    merchant_phone, merchant_address, consumer_name, consumer_website, consumer_email, \
    consumer_phone, consumer_address, order_reference, product, price_amount, price_currency, \
    ordered_at, time_zone, jurisdiction, language, desired_resolution, status, narrative";

/// Inserts a case with no entries.
pub(crate) fn insert(conn: &Connection, details: &CaseDetails) -> Result<CaseId, StoreError> {
    let now = now_text();
    let placeholders = (1..=22)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "INSERT INTO cases ({DETAIL_COLUMNS}, created_at, updated_at) \
         VALUES ({placeholders}, ?23, ?23)"
    );
    let p = DetailParams::new(details);
    let values = p.values().into_iter().chain([&now as &dyn ToSql]);
    conn.prepare_cached(&sql)?
        .execute(params_from_iter(values))?;
    let id = CaseId(conn.last_insert_rowid());
    super::legal::save_case(conn, id, details)?;
    Ok(id)
}

/// Replaces a case's details.
pub(crate) fn update(
    conn: &Connection,
    id: CaseId,
    details: &CaseDetails,
) -> Result<(), StoreError> {
    let now = now_text();
    let assignments = DETAIL_COLUMNS
        .split(',')
        .enumerate()
        .map(|(i, column)| format!("{} = ?{}", column.trim(), i + 1))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!("UPDATE cases SET {assignments}, updated_at = ?23 WHERE id = ?24");
    let p = DetailParams::new(details);
    let values = p
        .values()
        .into_iter()
        .chain([&now as &dyn ToSql, &id.0 as &dyn ToSql]);
    let changed = conn
        .prepare_cached(&sql)?
        .execute(params_from_iter(values))?;
    if changed == 0 {
        return Err(StoreError::CaseNotFound(id));
    }
    super::legal::save_case(conn, id, details)
}

/// Marks a case as just changed; fails if it does not exist.
pub(crate) fn touch(conn: &Connection, id: CaseId) -> Result<(), StoreError> {
    let changed = conn
        .prepare_cached("UPDATE cases SET updated_at = ?2 WHERE id = ?1")?
        .execute(params![id.0, now_text()])?;
    if changed == 0 {
        return Err(StoreError::CaseNotFound(id));
    }
    Ok(())
}

/// Deletes a case; its entries go with it (foreign keys cascade).
pub(crate) fn delete(conn: &Connection, id: CaseId) -> Result<(), StoreError> {
    let changed = conn
        .prepare_cached("DELETE FROM cases WHERE id = ?1")?
        .execute([id.0])?;
    if changed == 0 {
        return Err(StoreError::CaseNotFound(id));
    }
    Ok(())
}

/// Loads a case's details.
pub(crate) fn load(conn: &Connection, id: CaseId) -> Result<CaseDetails, StoreError> {
    let sql = format!("SELECT {DETAIL_COLUMNS} FROM cases WHERE id = ?1");
    let raw = conn
        .prepare_cached(&sql)?
        .query_row([id.0], RawDetails::from_row)
        .optional()?
        .ok_or(StoreError::CaseNotFound(id))?;
    let mut details = raw.into_details()?;
    super::legal::load_case(conn, id, &mut details)?;
    Ok(details)
}

/// Every case with its entry counts, most recently changed first.
pub(crate) fn list(conn: &Connection) -> Result<Vec<CaseSummary>, StoreError> {
    let mut statement = conn.prepare_cached(
        "SELECT c.id, c.title, c.merchant_name, c.status, c.ordered_at,
            (SELECT count(*) FROM entries e WHERE e.case_id = c.id AND e.kind = 'contact'),
            (SELECT count(*) FROM entries e WHERE e.case_id = c.id AND e.kind = 'promise'),
            (SELECT count(*) FROM entries e WHERE e.case_id = c.id AND e.kind = 'statement'),
            (SELECT count(*) FROM entries e WHERE e.case_id = c.id AND e.kind = 'attachment'),
            (SELECT count(*) FROM entries e WHERE e.case_id = c.id AND e.kind = 'note'),
            c.consumer_name, c.jurisdiction, c.updated_at
         FROM cases c ORDER BY c.updated_at DESC, c.id DESC",
    )?;
    let rows = statement.query_map([], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, Option<String>>(4)?,
            [
                row.get::<_, u32>(5)?,
                row.get::<_, u32>(6)?,
                row.get::<_, u32>(7)?,
                row.get::<_, u32>(8)?,
                row.get::<_, u32>(9)?,
            ],
            (
                row.get::<_, String>(10)?,
                row.get::<_, String>(11)?,
                row.get::<_, String>(12)?,
            ),
        ))
    })?;
    let mut cases = Vec::new();
    for row in rows {
        let (id, title, merchant, status, ordered_at, counts, (consumer, jurisdiction, changed)) =
            row?;
        let [contacts, promises, statements, attachments, notes] = counts;
        cases.push(CaseSummary {
            id: CaseId(id),
            title,
            merchant,
            status: codec::parse("status", &status)?,
            ordered_at: codec::date_or_instant("ordered_at", ordered_at)?,
            contacts,
            promises,
            statements,
            attachments,
            notes,
            consumer,
            jurisdiction: codec::parse("jurisdiction", &jurisdiction)?,
            updated_at: changed,
        });
    }
    Ok(cases)
}

/// A case's details as SQL parameters.
struct DetailParams<'a> {
    title: &'a str,
    merchant: &'a Party,
    consumer: &'a Party,
    order_reference: Option<&'a str>,
    product: Option<&'a str>,
    price_amount: Option<String>,
    price_currency: Option<String>,
    ordered_at: Option<String>,
    time_zone: &'static str,
    jurisdiction: &'static str,
    language: &'static str,
    desired_resolution: Option<&'a str>,
    status: &'static str,
    narrative: Option<&'a str>,
}

impl<'a> DetailParams<'a> {
    /// The values in the order of `DETAIL_COLUMNS`.
    fn values(&self) -> [&dyn ToSql; 22] {
        let Self {
            title,
            merchant,
            consumer,
            order_reference,
            product,
            price_amount,
            price_currency,
            ordered_at,
            time_zone,
            jurisdiction,
            language,
            desired_resolution,
            status,
            narrative,
        } = self;
        [
            title,
            &merchant.name,
            &merchant.website,
            &merchant.email,
            &merchant.phone,
            &merchant.address,
            &consumer.name,
            &consumer.website,
            &consumer.email,
            &consumer.phone,
            &consumer.address,
            order_reference,
            product,
            price_amount,
            price_currency,
            ordered_at,
            time_zone,
            jurisdiction,
            language,
            desired_resolution,
            status,
            narrative,
        ]
    }

    fn new(details: &'a CaseDetails) -> Self {
        Self {
            title: &details.title,
            merchant: &details.merchant,
            consumer: &details.consumer,
            order_reference: details.order_reference.as_deref(),
            product: details.product.as_deref(),
            price_amount: details.price.map(|m| m.amount.to_string()),
            price_currency: details.price.map(|m| m.currency.code().to_owned()),
            ordered_at: codec::date_text(details.ordered_at.as_ref()),
            time_zone: details.time_zone.name(),
            jurisdiction: details.jurisdiction.as_str(),
            language: details.language.as_str(),
            desired_resolution: details.desired_resolution.as_deref(),
            status: details.status.as_str(),
            narrative: details.narrative.as_deref(),
        }
    }
}

/// A case row as read, before its values are parsed.
struct RawDetails {
    texts: Vec<Option<String>>,
}

impl RawDetails {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self> {
        let texts = (0..22)
            .map(|i| row.get::<_, Option<String>>(i))
            .collect::<rusqlite::Result<_>>()?;
        Ok(Self { texts })
    }

    fn into_details(self) -> Result<CaseDetails, StoreError> {
        let mut it = self.texts.into_iter();
        let mut next = || it.next().flatten();
        let title = next().unwrap_or_default();
        let merchant = party(&mut next);
        let consumer = party(&mut next);
        let order_reference = next();
        let product = next();
        let price = codec::money(next(), next())?;
        let ordered_at = codec::date_or_instant("ordered_at", next())?;
        let time_zone_text = next().unwrap_or_default();
        let time_zone =
            crate::domain::TimeZone::parse(&time_zone_text).ok_or_else(|| StoreError::Corrupt {
                column: "time_zone",
                value: time_zone_text.clone(),
            })?;
        let jurisdiction = codec::parse("jurisdiction", &next().unwrap_or_default())?;
        let language = codec::parse("language", &next().unwrap_or_default())?;
        let desired_resolution = next();
        let status = codec::parse("status", &next().unwrap_or_default())?;
        let narrative = next();
        Ok(CaseDetails {
            title,
            merchant,
            consumer,
            order_reference,
            product,
            price,
            ordered_at,
            time_zone,
            jurisdiction,
            language,
            desired_resolution,
            status,
            narrative,
            contract_kind: None,
            delivery_agreed: None,
            delivery_essential: false,
            delivered_at: None,
            payment: None,
            refunds: Vec::new(),
            costs: Vec::new(),
        })
    }
}

fn party(next: &mut impl FnMut() -> Option<String>) -> Party {
    Party {
        name: next().unwrap_or_default(),
        website: next(),
        email: next(),
        phone: next(),
        address: next(),
        company_id: None,
        mediator: None,
    }
}

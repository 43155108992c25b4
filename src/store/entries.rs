//! Entry rows: contacts, promises, statements, attachments and notes of a case.
//!
//! Each entry has a row in `entries` (its id within the case, its kind and its position in the
//! order it was logged) and a row in its kind's detail table. Cross-references (`in_reply_to`,
//! `source`, attachment links) point at `entries` rows of the same case.

use super::codec::{self, date_text};
use super::{BlobInfo, StoreError};
use crate::domain::{
    Attachment, CaseData, CaseId, Contact, DateOrInstant, EntryId, Note, Promise, Statement,
};
use rusqlite::{Connection, OptionalExtension as _, params};
use std::collections::HashMap;

// The kind of an entry, as stored in `entries.kind`: the domain's one vocabulary.
pub(crate) use crate::domain::EntryKind as Kind;

/// Adds a new `entries` row at the end of the case; fails if the id is taken.
pub(crate) fn insert_row(
    conn: &Connection,
    case: CaseId,
    id: &EntryId,
    kind: Kind,
) -> Result<i64, StoreError> {
    if id.as_str().is_empty() {
        return Err(StoreError::EmptyEntryId);
    }
    if let Some((_, existing)) = find(conn, case, id)? {
        return Err(StoreError::EntryIdTaken {
            entry: id.clone(),
            kind: existing,
        });
    }
    conn.prepare_cached(
        "INSERT INTO entries (case_id, entry_id, kind, position) VALUES (?1, ?2, ?3, \
         (SELECT coalesce(max(position), 0) + 1 FROM entries WHERE case_id = ?1))",
    )?
    .execute(params![case.0, id.as_str(), kind.as_str()])?;
    Ok(conn.last_insert_rowid())
}

/// The `entries` row of an entry of this kind, created at the end of the case if new.
fn upsert_row(
    conn: &Connection,
    case: CaseId,
    id: &EntryId,
    kind: Kind,
) -> Result<i64, StoreError> {
    match find(conn, case, id)? {
        Some((row, existing)) if existing == kind.as_str() => Ok(row),
        Some((_, existing)) => Err(StoreError::EntryIdTaken {
            entry: id.clone(),
            kind: existing,
        }),
        None => insert_row(conn, case, id, kind),
    }
}

/// The row id and kind of an entry.
fn find(
    conn: &Connection,
    case: CaseId,
    id: &EntryId,
) -> Result<Option<(i64, String)>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT id, kind FROM entries WHERE case_id = ?1 AND entry_id = ?2")?
        .query_row(params![case.0, id.as_str()], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .optional()?)
}

/// The `entries` row of an existing entry of this kind.
pub(crate) fn row_of(
    conn: &Connection,
    case: CaseId,
    id: &EntryId,
    kind: Kind,
) -> Result<i64, StoreError> {
    match find(conn, case, id)? {
        Some((row, existing)) if existing == kind.as_str() => Ok(row),
        _ => Err(StoreError::EntryNotFound {
            case,
            kind: kind.as_str(),
            entry: id.clone(),
        }),
    }
}

/// The row id of a referenced entry of the same case.
fn resolve(
    conn: &Connection,
    case: CaseId,
    holder: &EntryId,
    target: Option<&EntryId>,
) -> Result<Option<i64>, StoreError> {
    let Some(target) = target else {
        return Ok(None);
    };
    match find(conn, case, target)? {
        Some((row, _)) => Ok(Some(row)),
        None => Err(StoreError::UnknownReference {
            entry: holder.clone(),
            reference: target.clone(),
        }),
    }
}

/// A fresh entry id with this prefix (`a1`, `a2`…) not used by any entry of the case (the
/// domain's [`crate::domain::IdAllocator`] over the case's stored ids).
pub(crate) fn next_id(
    conn: &Connection,
    case: CaseId,
    prefix: &str,
) -> Result<EntryId, StoreError> {
    let mut statement = conn.prepare_cached("SELECT entry_id FROM entries WHERE case_id = ?1")?;
    let taken = statement
        .query_map([case.0], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(crate::domain::IdAllocator::new(taken.iter().map(String::as_str)).next_with_prefix(prefix))
}

/// Inserts or replaces a contact.
pub(crate) fn save_contact(
    conn: &Connection,
    case: CaseId,
    contact: &Contact,
) -> Result<(), StoreError> {
    let row = upsert_row(conn, case, &contact.id, Kind::Contact)?;
    write_contact(conn, case, row, contact)
}

fn write_contact(conn: &Connection, case: CaseId, row: i64, c: &Contact) -> Result<(), StoreError> {
    let in_reply_to = resolve(conn, case, &c.id, c.in_reply_to.as_ref())?;
    conn.prepare_cached(
        "INSERT OR REPLACE INTO contacts (entry, at, channel, direction, counterpart, reference, \
         summary, outcome, wait_minutes, duration_minutes, reply_expected_within_days, \
         in_reply_to) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        row,
        c.at.to_rfc3339(),
        c.channel.as_str(),
        c.direction.as_str(),
        c.counterpart,
        c.reference,
        c.summary,
        c.outcome.as_str(),
        c.wait_minutes,
        c.duration_minutes,
        c.reply_expected_within_days,
        in_reply_to,
    ])?;
    super::legal::save_contact(conn, row, c)
}

/// Inserts or replaces a promise.
pub(crate) fn save_promise(
    conn: &Connection,
    case: CaseId,
    promise: &Promise,
) -> Result<(), StoreError> {
    let row = upsert_row(conn, case, &promise.id, Kind::Promise)?;
    write_promise(conn, case, row, promise)
}

fn write_promise(conn: &Connection, case: CaseId, row: i64, p: &Promise) -> Result<(), StoreError> {
    let source = resolve(conn, case, &p.id, p.source.as_ref())?;
    conn.prepare_cached(
        "INSERT OR REPLACE INTO promises (entry, made_at, source, kind, text, due, status, \
         settled_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        row,
        p.made_at.to_text(),
        source,
        p.kind.as_str(),
        p.text,
        date_text(p.due.as_ref()),
        p.status.as_str(),
        date_text(p.settled_at.as_ref()),
    ])?;
    Ok(())
}

/// Inserts or replaces a statement.
pub(crate) fn save_statement(
    conn: &Connection,
    case: CaseId,
    statement: &Statement,
) -> Result<(), StoreError> {
    let row = upsert_row(conn, case, &statement.id, Kind::Statement)?;
    write_statement(conn, case, row, statement)
}

fn write_statement(
    conn: &Connection,
    case: CaseId,
    row: i64,
    s: &Statement,
) -> Result<(), StoreError> {
    let source = resolve(conn, case, &s.id, s.source.as_ref())?;
    conn.prepare_cached(
        "INSERT OR REPLACE INTO statements (entry, at, source, topic, value, text) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        row,
        s.at.to_rfc3339(),
        source,
        s.topic,
        s.value,
        s.text
    ])?;
    Ok(())
}

/// Inserts or replaces a note.
pub(crate) fn save_note(conn: &Connection, case: CaseId, note: &Note) -> Result<(), StoreError> {
    let row = upsert_row(conn, case, &note.id, Kind::Note)?;
    write_note(conn, row, note)
}

fn write_note(conn: &Connection, row: i64, n: &Note) -> Result<(), StoreError> {
    conn.prepare_cached("INSERT OR REPLACE INTO notes (entry, at, text) VALUES (?1, ?2, ?3)")?
        .execute(params![row, n.at.to_rfc3339(), n.text])?;
    Ok(())
}

/// Records a stored file (no-op if it is already known).
pub(crate) fn insert_blob(conn: &Connection, blob: &BlobInfo) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO blobs (sha256, size, media_type, stored_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        blob.sha256,
        i64::try_from(blob.size).unwrap_or(i64::MAX),
        blob.media_type,
        codec::now_text()
    ])?;
    Ok(())
}

/// Adds a new attachment entry for a stored file (its blob row must exist).
pub(crate) fn insert_attachment(
    conn: &Connection,
    case: CaseId,
    a: &Attachment,
) -> Result<(), StoreError> {
    let row = insert_row(conn, case, &a.id, Kind::Attachment)?;
    write_attachment(conn, row, a)?;
    write_links(conn, case, row, a)
}

fn write_attachment(conn: &Connection, row: i64, a: &Attachment) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO attachments (entry, sha256, file_name, received_at, caption, added_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        row,
        a.sha256,
        a.file_name,
        date_text(a.received_at.as_ref()),
        a.caption,
        codec::now_text(),
    ])?;
    Ok(())
}

fn write_links(
    conn: &Connection,
    case: CaseId,
    row: i64,
    a: &Attachment,
) -> Result<(), StoreError> {
    conn.prepare_cached("DELETE FROM attachment_links WHERE attachment = ?1")?
        .execute([row])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO attachment_links (attachment, target, position) VALUES (?1, ?2, ?3)",
    )?;
    for (position, link) in (1_i64..).zip(&a.links) {
        let target = resolve(conn, case, &a.id, Some(link))?;
        insert.execute(params![row, target, position])?;
    }
    Ok(())
}

/// Updates an attachment's caption, received date and links.
pub(crate) fn save_attachment_metadata(
    conn: &Connection,
    case: CaseId,
    a: &Attachment,
) -> Result<(), StoreError> {
    let row = match find(conn, case, &a.id)? {
        Some((row, kind)) if kind == Kind::Attachment.as_str() => row,
        _ => {
            return Err(StoreError::EntryNotFound {
                case,
                kind: "attachment",
                entry: a.id.clone(),
            });
        }
    };
    conn.prepare_cached("UPDATE attachments SET received_at = ?2, caption = ?3 WHERE entry = ?1")?
        .execute(params![row, date_text(a.received_at.as_ref()), a.caption])?;
    write_links(conn, case, row, a)
}

/// Deletes an entry of any kind; references to it are cleared, its links dropped.
pub(crate) fn delete(conn: &Connection, case: CaseId, id: &EntryId) -> Result<(), StoreError> {
    let changed = conn
        .prepare_cached("DELETE FROM entries WHERE case_id = ?1 AND entry_id = ?2")?
        .execute(params![case.0, id.as_str()])?;
    if changed == 0 {
        return Err(StoreError::EntryNotFound {
            case,
            kind: "entry",
            entry: id.clone(),
        });
    }
    Ok(())
}

/// Writes every entry of a freshly inserted case, keeping their order. References may point
/// forward, so all `entries` rows are made first.
pub(crate) fn insert_all(
    conn: &Connection,
    case: CaseId,
    data: &CaseData,
) -> Result<(), StoreError> {
    let mut rows = HashMap::new();
    let kinds = data
        .contacts
        .iter()
        .map(|c| (&c.id, Kind::Contact))
        .chain(data.promises.iter().map(|p| (&p.id, Kind::Promise)))
        .chain(data.statements.iter().map(|s| (&s.id, Kind::Statement)))
        .chain(data.attachments.iter().map(|a| (&a.id, Kind::Attachment)))
        .chain(data.notes.iter().map(|n| (&n.id, Kind::Note)));
    for (id, kind) in kinds {
        rows.insert(id.clone(), insert_row(conn, case, id, kind)?);
    }
    let row = |id: &EntryId| {
        rows.get(id)
            .copied()
            .ok_or_else(|| StoreError::EntryNotFound {
                case,
                kind: "entry",
                entry: id.clone(),
            })
    };
    for c in &data.contacts {
        write_contact(conn, case, row(&c.id)?, c)?;
    }
    for p in &data.promises {
        write_promise(conn, case, row(&p.id)?, p)?;
    }
    for s in &data.statements {
        write_statement(conn, case, row(&s.id)?, s)?;
    }
    for a in &data.attachments {
        let attachment_row = row(&a.id)?;
        write_attachment(conn, attachment_row, a)?;
        write_links(conn, case, attachment_row, a)?;
    }
    for n in &data.notes {
        write_note(conn, row(&n.id)?, n)?;
    }
    Ok(())
}

/// Loads every entry of a case, in the order they were logged.
pub(crate) fn load_all(
    conn: &Connection,
    case: CaseId,
    data: &mut CaseData,
) -> Result<(), StoreError> {
    data.contacts = load_contacts(conn, case)?;
    data.promises = load_promises(conn, case)?;
    data.statements = load_statements(conn, case)?;
    data.attachments = load_attachments(conn, case)?;
    data.notes = load_notes(conn, case)?;
    Ok(())
}

type ContactRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
    [Option<i64>; 3],
    Option<String>,
);

fn load_contacts(conn: &Connection, case: CaseId) -> Result<Vec<Contact>, StoreError> {
    let mut statement = conn.prepare_cached(
        "SELECT e.entry_id, c.at, c.channel, c.direction, c.counterpart, c.reference, c.summary, \
         c.outcome, c.wait_minutes, c.duration_minutes, c.reply_expected_within_days, r.entry_id \
         FROM entries e JOIN contacts c ON c.entry = e.id \
         LEFT JOIN entries r ON r.id = c.in_reply_to \
         WHERE e.case_id = ?1 ORDER BY e.position",
    )?;
    let rows = statement.query_map([case.0], |row| -> rusqlite::Result<ContactRow> {
        Ok((
            row.get(0)?,
            row.get(1)?,
            row.get(2)?,
            row.get(3)?,
            row.get(4)?,
            row.get(5)?,
            row.get(6)?,
            row.get(7)?,
            [row.get(8)?, row.get(9)?, row.get(10)?],
            row.get(11)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, at, channel, direction, counterpart, reference, summary, outcome, minutes, reply) =
            row?;
        let [wait, duration, expected] = minutes;
        out.push(Contact {
            id: EntryId(id),
            at: codec::instant("contacts.at", &at)?,
            channel: codec::parse("channel", &channel)?,
            direction: codec::parse("direction", &direction)?,
            counterpart,
            reference,
            summary,
            outcome: codec::parse("outcome", &outcome)?,
            wait_minutes: codec::count("wait_minutes", wait)?,
            duration_minutes: codec::count("duration_minutes", duration)?,
            reply_expected_within_days: codec::count("reply_expected_within_days", expected)?,
            in_reply_to: reply.map(EntryId),
            party: crate::domain::ContactParty::Merchant,
            purpose: None,
            deadline: None,
            received_at: None,
            not_collected_on: None,
        });
    }
    super::legal::load_contacts(conn, case, &mut out)?;
    Ok(out)
}

type PromiseRow = (
    String,
    String,
    Option<String>,
    String,
    String,
    Option<String>,
    String,
    Option<String>,
);

fn load_promises(conn: &Connection, case: CaseId) -> Result<Vec<Promise>, StoreError> {
    let mut statement = conn.prepare_cached(
        "SELECT e.entry_id, p.made_at, s.entry_id, p.kind, p.text, p.due, p.status, p.settled_at \
         FROM entries e JOIN promises p ON p.entry = e.id \
         LEFT JOIN entries s ON s.id = p.source \
         WHERE e.case_id = ?1 ORDER BY e.position",
    )?;
    let rows = statement.query_map([case.0], |row| -> rusqlite::Result<PromiseRow> {
        Ok((
            row.get(0)?,
            row.get(1)?,
            row.get(2)?,
            row.get(3)?,
            row.get(4)?,
            row.get(5)?,
            row.get(6)?,
            row.get(7)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, made_at, source, kind, text, due, status, settled_at) = row?;
        out.push(Promise {
            id: EntryId(id),
            made_at: required_date("made_at", made_at)?,
            source: source.map(EntryId),
            kind: codec::parse("kind", &kind)?,
            text,
            due: codec::date_or_instant("due", due)?,
            status: codec::parse("status", &status)?,
            settled_at: codec::date_or_instant("settled_at", settled_at)?,
        });
    }
    Ok(out)
}

fn required_date(column: &'static str, text: String) -> Result<DateOrInstant, StoreError> {
    codec::date_or_instant(column, Some(text.clone()))?.ok_or(StoreError::Corrupt {
        column,
        value: text,
    })
}

fn load_statements(conn: &Connection, case: CaseId) -> Result<Vec<Statement>, StoreError> {
    let mut statement = conn.prepare_cached(
        "SELECT e.entry_id, t.at, s.entry_id, t.topic, t.value, t.text \
         FROM entries e JOIN statements t ON t.entry = e.id \
         LEFT JOIN entries s ON s.id = t.source \
         WHERE e.case_id = ?1 ORDER BY e.position",
    )?;
    let rows = statement.query_map([case.0], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, Option<String>>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, String>(4)?,
            row.get::<_, Option<String>>(5)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, at, source, topic, value, text) = row?;
        out.push(Statement {
            id: EntryId(id),
            at: codec::instant("statements.at", &at)?,
            source: source.map(EntryId),
            topic,
            value,
            text,
        });
    }
    Ok(out)
}

fn load_attachments(conn: &Connection, case: CaseId) -> Result<Vec<Attachment>, StoreError> {
    let mut links: HashMap<i64, Vec<EntryId>> = HashMap::new();
    {
        let mut statement = conn.prepare_cached(
            "SELECT l.attachment, t.entry_id FROM attachment_links l \
             JOIN entries a ON a.id = l.attachment JOIN entries t ON t.id = l.target \
             WHERE a.case_id = ?1 ORDER BY l.attachment, l.position",
        )?;
        let rows = statement.query_map([case.0], |row| {
            Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (attachment, target) = row?;
            links.entry(attachment).or_default().push(EntryId(target));
        }
    }
    let mut statement = conn.prepare_cached(
        "SELECT e.id, e.entry_id, a.file_name, a.sha256, b.size, b.media_type, a.received_at, \
         a.caption FROM entries e JOIN attachments a ON a.entry = e.id \
         JOIN blobs b ON b.sha256 = a.sha256 \
         WHERE e.case_id = ?1 ORDER BY e.position",
    )?;
    let rows = statement.query_map([case.0], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, i64>(4)?,
            row.get::<_, String>(5)?,
            row.get::<_, Option<String>>(6)?,
            row.get::<_, Option<String>>(7)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (row_id, id, file_name, sha256, size, media_type, received_at, caption) = row?;
        out.push(Attachment {
            id: EntryId(id),
            file_name,
            sha256,
            size: u64::try_from(size).map_err(|_| StoreError::Corrupt {
                column: "size",
                value: size.to_string(),
            })?,
            media_type,
            received_at: codec::date_or_instant("received_at", received_at)?,
            caption,
            links: links.remove(&row_id).unwrap_or_default(),
        });
    }
    Ok(out)
}

fn load_notes(conn: &Connection, case: CaseId) -> Result<Vec<Note>, StoreError> {
    let mut statement = conn.prepare_cached(
        "SELECT e.entry_id, n.at, n.text FROM entries e JOIN notes n ON n.entry = e.id \
         WHERE e.case_id = ?1 ORDER BY e.position",
    )?;
    let rows = statement.query_map([case.0], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, at, text) = row?;
        out.push(Note {
            id: EntryId(id),
            at: codec::instant("notes.at", &at)?,
            text,
        });
    }
    Ok(out)
}

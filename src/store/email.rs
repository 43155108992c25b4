//! Imported emails: each becomes a contact with its Message-ID and text kept in
//! `email_messages`, the original message and its MIME attachments stored as attachment
//! entries linked to it. A whole import is one transaction.

use super::entries::{self, Kind};
use super::{BlobInfo, StoreError, cases};
use crate::domain::{Attachment, CaseId, Contact, DateOrInstant, EntryId};
use rusqlite::{Connection, OptionalExtension as _, params};

/// A file of an imported email, already in the attachment store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailFile {
    /// The stored file.
    pub blob: BlobInfo,
    /// Its name (`message.eml`, `invoice.pdf`).
    pub file_name: String,
    /// What it shows (the subject, for the original message).
    pub caption: Option<String>,
}

/// One email ready to be added to a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEmail {
    /// The contact it becomes; its `id` and `in_reply_to` are set by the store.
    pub contact: Contact,
    /// The Message-ID (without angle brackets).
    pub message_id: String,
    /// The ids of the messages it answers, most direct first (In-Reply-To, then References
    /// from the last).
    pub replies_to: Vec<String>,
    /// The whole decoded text, for search.
    pub body_text: String,
    /// The original message, byte for byte.
    pub original: EmailFile,
    /// Its MIME attachments, decoded.
    pub parts: Vec<EmailFile>,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmailImport {
    /// The contacts added, in the order given.
    pub added: Vec<EntryId>,
    /// The Message-IDs already in the case, skipped.
    pub skipped: Vec<String>,
}

/// The contact of this case that carries this Message-ID (imported, or logged by hand with the
/// id as its reference).
fn contact_with_message_id(
    conn: &Connection,
    case: CaseId,
    message_id: &str,
) -> Result<Option<EntryId>, StoreError> {
    let found = conn
        .prepare_cached(
            "SELECT e.entry_id FROM email_messages m JOIN entries e ON e.id = m.entry \
             WHERE m.case_id = ?1 AND m.message_id = ?2",
        )?
        .query_row(params![case.0, message_id], |row| row.get::<_, String>(0))
        .optional()?;
    if let Some(id) = found {
        return Ok(Some(EntryId::new(id)));
    }
    let bracketed = format!("<{message_id}>");
    Ok(conn
        .prepare_cached(
            "SELECT e.entry_id FROM contacts k JOIN entries e ON e.id = k.entry \
             WHERE e.case_id = ?1 AND (k.reference = ?2 OR k.reference = ?3) \
             ORDER BY e.position LIMIT 1",
        )?
        .query_row(params![case.0, message_id, bracketed], |row| {
            row.get::<_, String>(0)
        })
        .optional()?
        .map(EntryId::new))
}

/// Adds the emails to the case in order, skipping those whose Message-ID is already there.
pub(crate) fn import(
    conn: &Connection,
    case: CaseId,
    emails: &[NewEmail],
) -> Result<EmailImport, StoreError> {
    cases::touch(conn, case)?;
    let mut report = EmailImport::default();
    for email in emails {
        if contact_with_message_id(conn, case, &email.message_id)?.is_some() {
            report.skipped.push(email.message_id.clone());
            continue;
        }
        let mut in_reply_to = None;
        for earlier in &email.replies_to {
            if let Some(id) = contact_with_message_id(conn, case, earlier)? {
                in_reply_to = Some(id);
                break;
            }
        }
        let contact = Contact {
            id: entries::next_id(conn, case, "c")?,
            in_reply_to,
            ..email.contact.clone()
        };
        entries::save_contact(conn, case, &contact)?;
        let row = entries::row_of(conn, case, &contact.id, Kind::Contact)?;
        conn.prepare_cached(
            "INSERT INTO email_messages (entry, case_id, message_id, body_text) \
             VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![row, case.0, email.message_id, email.body_text])?;
        for file in std::iter::once(&email.original).chain(&email.parts) {
            entries::insert_blob(conn, &file.blob)?;
            let attachment = Attachment {
                id: entries::next_id(conn, case, "a")?,
                file_name: file.file_name.clone(),
                sha256: file.blob.sha256.clone(),
                size: file.blob.size,
                media_type: file.blob.media_type.clone(),
                received_at: Some(DateOrInstant::Instant(contact.at)),
                caption: file.caption.clone(),
                links: vec![contact.id.clone()],
            };
            entries::insert_attachment(conn, case, &attachment)?;
        }
        report.added.push(contact.id);
    }
    Ok(report)
}

/// Whether the case has an imported email with this Message-ID.
pub(crate) fn has_message(
    conn: &Connection,
    case: CaseId,
    message_id: &str,
) -> Result<bool, StoreError> {
    Ok(contact_with_message_id(conn, case, message_id)?.is_some())
}

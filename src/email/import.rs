//! Importing email files into a case: read every file, parse every message (any malformed
//! message stops the import before anything is written), store the files, then add the
//! contacts in one transaction.

use super::parse::{self, ParsedEmail};
use super::{EmailError, to_contact};
use crate::domain::CaseId;
use crate::store::{EmailFile, EmailImport, MAX_ATTACHMENT_BYTES, NewEmail, Store};
use std::path::{Path, PathBuf};

/// One message read from a file, not yet parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMessage {
    /// The file it came from.
    pub path: PathBuf,
    /// Its position in that file, from 1.
    pub index: usize,
    /// The name its original is stored under (`reply.eml`, `inbox-3.eml`).
    pub file_name: String,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// The messages of an `.eml` file (one) or an mbox mailbox (each, in order).
pub fn read_messages(path: &Path) -> Result<Vec<RawMessage>, EmailError> {
    let bytes = std::fs::read(path).map_err(|source| EmailError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let name = path.file_name().map_or_else(
        || "message.eml".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    );
    let is_mbox = path
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("mbox"))
        || parse::is_mbox(&bytes);
    if !is_mbox {
        return Ok(vec![RawMessage {
            path: path.to_path_buf(),
            index: 1,
            file_name: name,
            bytes,
        }]);
    }
    let stem = path.file_stem().map_or_else(
        || "mailbox".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    let messages = parse::split_mbox(&bytes).map_err(|source| EmailError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    if messages.is_empty() {
        return Err(EmailError::Empty(path.to_path_buf()));
    }
    Ok(messages
        .into_iter()
        .enumerate()
        .map(|(i, bytes)| RawMessage {
            path: path.to_path_buf(),
            index: i + 1,
            file_name: format!("{stem}-{}.eml", i + 1),
            bytes,
        })
        .collect())
}

/// Imports the emails of these files into a case: one transaction, nothing added if any
/// message is malformed, messages already in the case skipped.
pub fn import_files(
    store: &mut Store,
    case: CaseId,
    paths: &[PathBuf],
) -> Result<EmailImport, EmailError> {
    let details = store.load_case(case)?.case;
    let mut parsed: Vec<(RawMessage, ParsedEmail)> = Vec::new();
    for path in paths {
        for raw in read_messages(path)? {
            let email =
                parse::parse_message(&raw.bytes).map_err(|reason| EmailError::Malformed {
                    path: raw.path.clone(),
                    index: raw.index,
                    reason,
                })?;
            parsed.push((raw, email));
        }
    }
    // Oldest first, so a reply finds the message it answers even when both come in one import.
    parsed.sort_by_key(|(_, email)| email.date);
    let mut emails = Vec::with_capacity(parsed.len());
    let mut skipped = Vec::new();
    for (raw, email) in parsed {
        if store.has_email(case, &email.message_id)?
            || emails
                .iter()
                .any(|e: &NewEmail| e.message_id == email.message_id)
        {
            skipped.push(email.message_id);
            continue;
        }
        let caption = (!email.subject.is_empty()).then(|| email.subject.clone());
        let original = stage(store, &raw.bytes, &raw.file_name, caption)?;
        let parts = email
            .attachments
            .iter()
            .map(|part| stage(store, &part.bytes, &part.file_name, None))
            .collect::<Result<Vec<_>, _>>()?;
        emails.push(NewEmail {
            contact: to_contact(&email, &details),
            body_text: format!("{}\n{}", email.subject, email.text),
            message_id: email.message_id,
            replies_to: email.replies_to,
            original,
            parts,
        });
    }
    if emails.is_empty() {
        return Ok(EmailImport {
            added: Vec::new(),
            skipped,
        });
    }
    let mut report = store.import_emails(case, &emails)?;
    skipped.append(&mut report.skipped);
    report.skipped = skipped;
    Ok(report)
}

/// Copies bytes into the attachment store.
fn stage(
    store: &Store,
    bytes: &[u8],
    file_name: &str,
    caption: Option<String>,
) -> Result<EmailFile, EmailError> {
    let mut reader = bytes;
    let blob = store
        .stage_blob(&mut reader, file_name, MAX_ATTACHMENT_BYTES)?
        .commit()?;
    Ok(EmailFile {
        blob,
        file_name: file_name.to_owned(),
        caption,
    })
}

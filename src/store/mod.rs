//! The SQLite database and the content-addressed attachment store, both under one data
//! directory: `<data_dir>/papertrail.sqlite3` and `<data_dir>/attachments/<sha256>`.
//!
//! Opening applies the pragmas (foreign keys, WAL, `synchronous=NORMAL`, busy timeout), then the
//! append-only migrations, and refuses a database written by a newer Paper Trail. Every change
//! that writes more than one row runs in one transaction.

mod blobs;
mod cases;
mod codec;
mod entries;
mod error;
mod migrations;
mod verify;

pub use blobs::{BlobInfo, StagedBlob, is_sha256};
pub use error::StoreError;
pub use verify::{BlobProblem, Problem, VerifyReport};

use crate::domain::{
    Attachment, CaseData, CaseDetails, CaseId, CaseStatus, Contact, DateOrInstant, EntryId, Note,
    Promise, Statement,
};
use rusqlite::{Connection, Transaction};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The database file's name inside the data directory.
pub const DATABASE_FILE: &str = "papertrail.sqlite3";

/// The attachment directory's name inside the data directory.
pub const ATTACHMENTS_DIR: &str = "attachments";

/// The largest file [`Store::add_attachment_from_path`] accepts: 2 GiB.
pub const MAX_ATTACHMENT_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// One line of the case list, with key figures.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseSummary {
    /// Database id.
    pub id: CaseId,
    /// Case title.
    pub title: String,
    /// Merchant name.
    pub merchant: String,
    /// Status.
    pub status: CaseStatus,
    /// When the order was placed.
    pub ordered_at: Option<DateOrInstant>,
    /// Counts of entries.
    pub contacts: u32,
    /// Promises.
    pub promises: u32,
    /// Statements.
    pub statements: u32,
    /// Attachments.
    pub attachments: u32,
    /// Notes.
    pub notes: u32,
}

/// The database plus the attachment directory, both under one data directory.
#[derive(Debug)]
pub struct Store {
    data_dir: PathBuf,
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the store in `data_dir`: `papertrail.sqlite3` + `attachments/`.
    pub fn open(data_dir: &Path) -> Result<Self, StoreError> {
        let attachments = data_dir.join(ATTACHMENTS_DIR);
        std::fs::create_dir_all(&attachments)
            .map_err(|e| StoreError::io("create the data directory", &attachments, e))?;
        let path = data_dir.join(DATABASE_FILE);
        let mut conn = Connection::open(&path).map_err(|source| StoreError::Open {
            path: path.clone(),
            source,
        })?;
        prepare(&conn).map_err(|source| StoreError::Open {
            path: path.clone(),
            source,
        })?;
        migrations::migrations()
            .to_latest(&mut conn)
            .map_err(|e| match e {
                rusqlite_migration::Error::MigrationDefinition(
                    rusqlite_migration::MigrationDefinitionError::DatabaseTooFarAhead,
                ) => StoreError::TooNew,
                other => StoreError::Migration(other),
            })?;
        blobs::remove_stale_temp_files(&attachments);
        Ok(Self {
            data_dir: data_dir.to_path_buf(),
            conn,
        })
    }

    /// The data directory.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Every case with key figures, most recently changed first.
    pub fn list_cases(&self) -> Result<Vec<CaseSummary>, StoreError> {
        cases::list(&self.conn)
    }

    /// Creates a case with no entries.
    pub fn create_case(&mut self, details: &CaseDetails) -> Result<CaseId, StoreError> {
        cases::insert(&self.conn, details)
    }

    /// Loads a whole case.
    pub fn load_case(&self, id: CaseId) -> Result<CaseData, StoreError> {
        // One read transaction, so the details and entries come from the same state.
        let tx = self.conn.unchecked_transaction()?;
        let mut data = CaseData::new(cases::load(&tx, id)?);
        entries::load_all(&tx, id, &mut data)?;
        tx.finish()?;
        Ok(data)
    }

    /// Replaces a case's details.
    pub fn update_case(&mut self, id: CaseId, details: &CaseDetails) -> Result<(), StoreError> {
        cases::update(&self.conn, id, details)
    }

    /// Deletes a case and its entries (stored attachment files stay; they may be shared).
    pub fn delete_case(&mut self, id: CaseId) -> Result<(), StoreError> {
        cases::delete(&self.conn, id)
    }

    /// Inserts a contact, or replaces the one with the same entry id.
    pub fn save_contact(&mut self, case: CaseId, contact: &Contact) -> Result<(), StoreError> {
        self.write(case, |tx| entries::save_contact(tx, case, contact))
    }

    /// Inserts a promise, or replaces the one with the same entry id.
    pub fn save_promise(&mut self, case: CaseId, promise: &Promise) -> Result<(), StoreError> {
        self.write(case, |tx| entries::save_promise(tx, case, promise))
    }

    /// Inserts a statement, or replaces the one with the same entry id.
    pub fn save_statement(
        &mut self,
        case: CaseId,
        statement: &Statement,
    ) -> Result<(), StoreError> {
        self.write(case, |tx| entries::save_statement(tx, case, statement))
    }

    /// Saves what one quick log describes — a contact and, optionally, the promise and the
    /// statement made during it — in one transaction: all of it or nothing.
    pub fn save_quick_log(
        &mut self,
        case: CaseId,
        contact: &Contact,
        promise: Option<&Promise>,
        statement: Option<&Statement>,
    ) -> Result<(), StoreError> {
        self.write(case, |tx| {
            entries::save_contact(tx, case, contact)?;
            if let Some(promise) = promise {
                entries::save_promise(tx, case, promise)?;
            }
            if let Some(statement) = statement {
                entries::save_statement(tx, case, statement)?;
            }
            Ok(())
        })
    }

    /// Inserts a note, or replaces the one with the same entry id.
    pub fn save_note(&mut self, case: CaseId, note: &Note) -> Result<(), StoreError> {
        self.write(case, |tx| entries::save_note(tx, case, note))
    }

    /// Updates an attachment's caption, received date and links (the file itself never changes).
    pub fn save_attachment_metadata(
        &mut self,
        case: CaseId,
        attachment: &Attachment,
    ) -> Result<(), StoreError> {
        self.write(case, |tx| {
            entries::save_attachment_metadata(tx, case, attachment)
        })
    }

    /// Deletes any entry (contact, promise, statement, attachment, note) by id.
    ///
    /// References to it (`in_reply_to`, `source`) are cleared and links to it dropped.
    pub fn delete_entry(&mut self, case: CaseId, entry: &EntryId) -> Result<(), StoreError> {
        self.write(case, |tx| entries::delete(tx, case, entry))
    }

    /// Copies a file into the attachment store (streamed, hashed, content-addressed) and adds it
    /// to the case as a new attachment entry with a fresh id. Blocking: call off the UI thread.
    pub fn add_attachment_from_path(
        &mut self,
        case: CaseId,
        path: &Path,
        caption: Option<String>,
        received_at: Option<DateOrInstant>,
        links: Vec<EntryId>,
    ) -> Result<Attachment, StoreError> {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut file = std::fs::File::open(path)
            .map_err(|e| StoreError::io("open the file to attach", path, e))?;
        let staged = self.stage_blob(&mut file, &file_name, MAX_ATTACHMENT_BYTES)?;
        let blob = staged.commit()?;
        self.write(case, |tx| {
            entries::insert_blob(tx, &blob)?;
            let attachment = Attachment {
                id: entries::next_id(tx, case, "a")?,
                file_name,
                sha256: blob.sha256.clone(),
                size: blob.size,
                media_type: blob.media_type.clone(),
                received_at,
                caption,
                links,
            };
            entries::insert_attachment(tx, case, &attachment)?;
            Ok(attachment)
        })
    }

    /// Where the stored copy of a file with this SHA-256 lives (read-only; never modify it).
    pub fn blob_path(&self, sha256: &str) -> PathBuf {
        self.data_dir.join(ATTACHMENTS_DIR).join(sha256)
    }

    /// Streams `reader` into a temp file of the attachment store while hashing it; nothing is
    /// stored under a real name until [`StagedBlob::commit`]. Fails past `limit` bytes.
    pub fn stage_blob(
        &self,
        reader: &mut dyn Read,
        name: &str,
        limit: u64,
    ) -> Result<StagedBlob, StoreError> {
        blobs::stage(&self.data_dir.join(ATTACHMENTS_DIR), reader, name, limit)
    }

    /// Inserts a whole case with its entries in one transaction: all of it or nothing.
    ///
    /// Every attachment's file must already be in the attachment store (see
    /// [`Store::stage_blob`]); its size and media type are taken from `data`.
    pub fn insert_case(&mut self, data: &CaseData) -> Result<CaseId, StoreError> {
        for attachment in &data.attachments {
            if !self.blob_path(&attachment.sha256).is_file() {
                return Err(StoreError::BlobMissing(attachment.sha256.clone()));
            }
        }
        let tx = self.conn.transaction()?;
        let id = cases::insert(&tx, &data.case)?;
        for attachment in &data.attachments {
            entries::insert_blob(
                &tx,
                &BlobInfo {
                    sha256: attachment.sha256.clone(),
                    size: attachment.size,
                    media_type: attachment.media_type.clone(),
                },
            )?;
        }
        entries::insert_all(&tx, id, data)?;
        tx.commit()?;
        Ok(id)
    }

    /// Re-hashes every stored file and reports any that is missing or no longer matches.
    pub fn verify(&self) -> Result<VerifyReport, StoreError> {
        verify::run(self)
    }

    /// The connection, for read queries inside the store module.
    fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs a change to a case's entries in one transaction and marks the case as changed.
    fn write<T>(
        &mut self,
        case: CaseId,
        change: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let tx = self.conn.transaction()?;
        cases::touch(&tx, case)?;
        let out = change(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

/// Pragmas, set before migrations and outside any transaction.
fn prepare(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // The pragma answers with the mode now in force; a file database always takes WAL.
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    Ok(())
}

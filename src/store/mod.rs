//! The SQLite database and the content-addressed attachment store, both under one data
//! directory: `<data_dir>/papertrail.sqlite3` and `<data_dir>/attachments/<sha256>`.
//!
//! Opening applies the pragmas (foreign keys, WAL, `synchronous=NORMAL`, busy timeout), then the
//! append-only migrations, and refuses a database written by a newer Paper Trail. Every change
//! that writes more than one row runs in one transaction.

mod blobs;
mod cases;
mod codec;
mod email;
mod entries;
mod error;
mod legal;
mod migrations;
mod search;
mod verify;
// Letters marked as sent (issue 10).
mod sent_letter;

pub use blobs::{BlobInfo, StagedBlob, is_sha256};
pub use email::{EmailFile, EmailImport, NewEmail};
pub use error::StoreError;
pub use search::{HitKind, SearchHit, fts_query};
pub use sent_letter::{LetterDraft, LetterReceipt};
pub use verify::{BlobProblem, Problem, VerifyReport};

use crate::domain::{
    Attachment, CaseData, CaseDetails, CaseId, CaseStatus, Contact, DateOrInstant, EntryId,
    Jurisdiction, Note, Promise, Statement,
};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
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
    /// The consumer's name (the advocate's client).
    pub consumer: String,
    /// Whose consumer law applies.
    pub jurisdiction: Jurisdiction,
    /// When anything in the case last changed (RFC 3339, UTC, sorts as text).
    pub updated_at: String,
}

/// The database plus the attachment directory, both under one data directory.
#[derive(Debug)]
pub struct Store {
    data_dir: PathBuf,
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the store in `data_dir`: `papertrail.sqlite3` + `attachments/`.
    ///
    /// Several processes or threads may open a new data directory at once: the pragmas and
    /// migrations run one opener at a time (a lock file, then an exclusive transaction), and the
    /// others wait for it. A data directory that cannot be written (read-only folder or medium)
    /// is opened read-only: reading works, any change fails.
    pub fn open(data_dir: &Path) -> Result<Self, StoreError> {
        let attachments = data_dir.join(ATTACHMENTS_DIR);
        let path = data_dir.join(DATABASE_FILE);
        if path.is_file() && !writable(data_dir) {
            return Self::open_read_only(data_dir);
        }
        std::fs::create_dir_all(&attachments)
            .map_err(|e| StoreError::io("create the data directory", &attachments, e))?;
        let lock = lock_data_dir(data_dir)?;
        let mut conn = Connection::open(&path).map_err(|source| StoreError::Open {
            path: path.clone(),
            source,
        })?;
        prepare(&conn).map_err(|source| StoreError::Open {
            path: path.clone(),
            source,
        })?;
        // Read the version and migrate inside one write lock, so two first opens never both
        // create the schema.
        conn.set_transaction_behavior(TransactionBehavior::Exclusive);
        let migrated = migrations::migrations()
            .to_latest(&mut conn)
            .map_err(|e| match e {
                rusqlite_migration::Error::MigrationDefinition(
                    rusqlite_migration::MigrationDefinitionError::DatabaseTooFarAhead,
                ) => StoreError::TooNew,
                other => StoreError::Migration(other),
            });
        // Every later transaction writes: take the write lock when it starts, so a writer never
        // fails to upgrade a read snapshot another process has outdated meanwhile.
        conn.set_transaction_behavior(TransactionBehavior::Immediate);
        migrated?;
        drop(lock);
        blobs::remove_stale_temp_files(&attachments);
        Ok(Self {
            data_dir: data_dir.to_path_buf(),
            conn,
        })
    }

    /// Opens an existing store whose directory cannot be written: the database is opened
    /// read-only and immutable (nothing can change it while its folder is read-only), and must
    /// already be at this version's schema.
    fn open_read_only(data_dir: &Path) -> Result<Self, StoreError> {
        let path = data_dir.join(DATABASE_FILE);
        let open_error = |source| StoreError::Open {
            path: path.clone(),
            source,
        };
        let uri = format!("file:{}?mode=ro&immutable=1", uri_path(&path));
        let conn = Connection::open_with_flags(
            &uri,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(open_error)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(open_error)?;
        let pending = migrations::migrations()
            .pending_migrations(&conn)
            .map_err(StoreError::Migration)?;
        match pending.cmp(&0) {
            std::cmp::Ordering::Less => return Err(StoreError::TooNew),
            std::cmp::Ordering::Greater => return Err(StoreError::ReadOnlyOutdated),
            std::cmp::Ordering::Equal => {}
        }
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
        self.add_attachment_from_reader(case, &mut file, file_name, caption, received_at, links)
    }

    /// Like [`Store::add_attachment_from_path`] for bytes read from `reader` (a pasted image):
    /// stored under its hash, then added as a new attachment named `file_name` in one
    /// transaction. Blocking: call off the UI thread.
    pub fn add_attachment_from_reader(
        &mut self,
        case: CaseId,
        reader: &mut dyn Read,
        file_name: String,
        caption: Option<String>,
        received_at: Option<DateOrInstant>,
        links: Vec<EntryId>,
    ) -> Result<Attachment, StoreError> {
        let staged = self.stage_blob(reader, &file_name, MAX_ATTACHMENT_BYTES)?;
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

    /// The best `limit` places across every case where all the words of `text` occur (accents
    /// and case ignored, each word also matching as a prefix), best first.
    pub fn search(&self, text: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        search::search(&self.conn, text, limit)
    }

    /// Adds imported emails to a case in one transaction: each becomes a contact threaded to the
    /// earlier message it answers, with the original and its attachments stored and linked.
    /// A Message-ID already in the case is skipped. Every file must already be in the
    /// attachment store (see [`Store::stage_blob`]).
    pub fn import_emails(
        &mut self,
        case: CaseId,
        emails: &[NewEmail],
    ) -> Result<EmailImport, StoreError> {
        for file in emails
            .iter()
            .flat_map(|e| std::iter::once(&e.original).chain(&e.parts))
        {
            if !self.blob_path(&file.blob.sha256).is_file() {
                return Err(StoreError::BlobMissing(file.blob.sha256.clone()));
            }
        }
        let tx = self.conn.transaction()?;
        let report = email::import(&tx, case, emails)?;
        tx.commit()?;
        Ok(report)
    }

    /// Whether the case already has an email with this Message-ID.
    pub fn has_email(&self, case: CaseId, message_id: &str) -> Result<bool, StoreError> {
        email::has_message(&self.conn, case, message_id)
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

/// The lock file that serialises the first steps of opening (pragmas, migrations).
const LOCK_FILE: &str = ".papertrail.lock";

/// Takes the data directory's opening lock, waiting for any other opener to finish. Released
/// when the returned file is dropped (or its process dies).
fn lock_data_dir(data_dir: &Path) -> Result<std::fs::File, StoreError> {
    let path = data_dir.join(LOCK_FILE);
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| StoreError::io("create the data directory's lock file", &path, e))?;
    file.lock()
        .map_err(|e| StoreError::io("lock the data directory", &path, e))?;
    Ok(file)
}

/// Whether files can be created in `dir` (false for a read-only folder or medium).
fn writable(dir: &Path) -> bool {
    match tempfile::Builder::new()
        .prefix(".papertrail-probe-")
        .tempfile_in(dir)
    {
        Ok(_) => true,
        Err(e) => !matches!(
            e.kind(),
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
        ),
    }
}

/// A path as the path part of an SQLite `file:` URI (`%`, `?` and `#` escaped).
fn uri_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
    out
}

/// Pragmas, set before migrations and outside any transaction.
fn prepare(conn: &Connection) -> rusqlite::Result<()> {
    // Another process (an import, the app) may hold the write lock for a while on a slow disk
    // or a busy machine: wait for it rather than fail.
    conn.busy_timeout(Duration::from_secs(30))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // The pragma answers with the mode now in force; a file database always takes WAL.
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    Ok(())
}

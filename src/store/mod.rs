//! The SQLite database and the content-addressed attachment store.
//!
//! CONTRACT STUB: the signatures below are the API the UI, CLI and format module code against.
//! The store implementation replaces the bodies (and may add methods, but keeps these).

use crate::domain::{
    Attachment, CaseData, CaseDetails, CaseId, CaseStatus, Contact, DateOrInstant, EntryId, Note,
    Promise, Statement,
};
use std::path::{Path, PathBuf};

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Not written yet.
    #[error("the store is not implemented yet")]
    NotImplemented,
}

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
}

impl Store {
    /// Opens (creating if needed) the store in `data_dir`: `papertrail.sqlite3` + `attachments/`.
    pub fn open(data_dir: &Path) -> Result<Self, StoreError> {
        let _ = data_dir;
        Err(StoreError::NotImplemented)
    }

    /// The data directory.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Every case with key figures, most recently changed first.
    pub fn list_cases(&self) -> Result<Vec<CaseSummary>, StoreError> {
        Err(StoreError::NotImplemented)
    }

    /// Creates a case with no entries.
    pub fn create_case(&mut self, details: &CaseDetails) -> Result<CaseId, StoreError> {
        let _ = details;
        Err(StoreError::NotImplemented)
    }

    /// Loads a whole case.
    pub fn load_case(&self, id: CaseId) -> Result<CaseData, StoreError> {
        let _ = id;
        Err(StoreError::NotImplemented)
    }

    /// Replaces a case's details.
    pub fn update_case(&mut self, id: CaseId, details: &CaseDetails) -> Result<(), StoreError> {
        let _ = (id, details);
        Err(StoreError::NotImplemented)
    }

    /// Deletes a case and its entries (stored attachment files stay; they may be shared).
    pub fn delete_case(&mut self, id: CaseId) -> Result<(), StoreError> {
        let _ = id;
        Err(StoreError::NotImplemented)
    }

    /// Inserts a contact, or replaces the one with the same entry id.
    pub fn save_contact(&mut self, case: CaseId, contact: &Contact) -> Result<(), StoreError> {
        let _ = (case, contact);
        Err(StoreError::NotImplemented)
    }

    /// Inserts a promise, or replaces the one with the same entry id.
    pub fn save_promise(&mut self, case: CaseId, promise: &Promise) -> Result<(), StoreError> {
        let _ = (case, promise);
        Err(StoreError::NotImplemented)
    }

    /// Inserts a statement, or replaces the one with the same entry id.
    pub fn save_statement(
        &mut self,
        case: CaseId,
        statement: &Statement,
    ) -> Result<(), StoreError> {
        let _ = (case, statement);
        Err(StoreError::NotImplemented)
    }

    /// Inserts a note, or replaces the one with the same entry id.
    pub fn save_note(&mut self, case: CaseId, note: &Note) -> Result<(), StoreError> {
        let _ = (case, note);
        Err(StoreError::NotImplemented)
    }

    /// Updates an attachment's caption, received date and links (the file itself never changes).
    pub fn save_attachment_metadata(
        &mut self,
        case: CaseId,
        attachment: &Attachment,
    ) -> Result<(), StoreError> {
        let _ = (case, attachment);
        Err(StoreError::NotImplemented)
    }

    /// Deletes any entry (contact, promise, statement, attachment, note) by id.
    pub fn delete_entry(&mut self, case: CaseId, entry: &EntryId) -> Result<(), StoreError> {
        let _ = (case, entry);
        Err(StoreError::NotImplemented)
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
        let _ = (case, path, caption, received_at, links);
        Err(StoreError::NotImplemented)
    }

    /// Where the stored copy of a file with this SHA-256 lives (read-only; never modify it).
    pub fn blob_path(&self, sha256: &str) -> PathBuf {
        self.data_dir.join("attachments").join(sha256)
    }
}

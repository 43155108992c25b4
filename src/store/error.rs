//! The store's error type: every message is one sentence a person can act on.

use crate::domain::{CaseId, EntryId};
use std::path::PathBuf;

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The data directory or one of its parts could not be created or read.
    #[error("could not {action}: {path}")]
    Io {
        /// What was being done (`create the data directory`).
        action: &'static str,
        /// The file or directory involved.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The database file could not be opened or prepared.
    #[error("could not open the database: {path}")]
    Open {
        /// The database file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: rusqlite::Error,
    },
    /// The database was written by a newer Paper Trail.
    #[error(
        "the database was written by a newer version of Paper Trail; update the app to open it"
    )]
    TooNew,
    /// The data directory is read-only and its database needs an upgrade this app cannot write.
    #[error(
        "the data directory is read-only and its database needs upgrading to this version of Paper Trail; make it writable once"
    )]
    ReadOnlyOutdated,
    /// The schema upgrade failed; the database was left as it was.
    #[error("could not upgrade the database to this version of Paper Trail")]
    Migration(#[source] rusqlite_migration::Error),
    /// A database operation failed.
    #[error("a database operation failed")]
    Sql(#[from] rusqlite::Error),
    /// No case has this id.
    #[error("there is no case with id {0}")]
    CaseNotFound(CaseId),
    /// The case has no entry with this id (of the expected kind).
    #[error("case {case} has no {kind} with id {entry:?}")]
    EntryNotFound {
        /// The case.
        case: CaseId,
        /// What was looked for (`entry`, `attachment`).
        kind: &'static str,
        /// The missing id.
        entry: EntryId,
    },
    /// An entry id is already used by an entry of another kind in the case.
    #[error("the entry id {entry:?} is already used by a {kind} in this case")]
    EntryIdTaken {
        /// The id.
        entry: EntryId,
        /// The kind of the entry that has it.
        kind: String,
    },
    /// An entry id is empty.
    #[error("an entry id must not be empty")]
    EmptyEntryId,
    /// A cross-reference names an entry that is not in the case.
    #[error("entry {entry:?} refers to {reference:?}, which is not an entry of this case")]
    UnknownReference {
        /// The entry holding the reference.
        entry: EntryId,
        /// The missing target.
        reference: EntryId,
    },
    /// A file is over the size limit.
    #[error("the file is larger than the limit of {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// A file's content does not have the SHA-256 it was announced with.
    #[error("the file's SHA-256 is {actual}, not the {expected} it should have")]
    HashMismatch {
        /// The announced hash.
        expected: String,
        /// The hash of the bytes read.
        actual: String,
    },
    /// An attachment refers to a stored file that is not in the attachment store.
    #[error("the stored file {0} is missing from the attachment store")]
    BlobMissing(String),
    /// A value read from the database is not valid.
    #[error("the database holds an invalid {column} value {value:?}")]
    Corrupt {
        /// The column.
        column: &'static str,
        /// The value found.
        value: String,
    },
}

impl StoreError {
    /// An I/O error with what was being done and the path.
    pub(crate) fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
        source: std::io::Error,
    ) -> Self {
        Self::Io {
            action,
            path: path.into(),
            source,
        }
    }
}

//! What can go wrong reading or writing a case file: one sentence each, naming the JSON path or
//! the bundle entry at fault.

use crate::store::StoreError;
use std::path::PathBuf;

/// What can go wrong reading or writing a case file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FormatError {
    /// A file could not be read or written.
    #[error("could not {action}: {path}")]
    Io {
        /// What was being done.
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The JSON is malformed or a value is invalid; `path` is the JSON path at fault.
    #[error("{path}: {message}")]
    Invalid {
        /// The JSON path (`contacts[3].at`), or `case.json` for the document as a whole.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// The document is not a Paper Trail case file.
    #[error("this is not a Paper Trail case file (\"format\" must be \"papertrail-case\")")]
    NotACaseFile,
    /// The case file has a version this app does not read.
    #[error("case file version {0} is not supported; this version of Paper Trail reads version 1")]
    UnsupportedVersion(String),
    /// The bundle has no `case.json` at its root.
    #[error("the bundle has no case.json at its root")]
    NoCaseJson,
    /// The bundle is not a readable zip file.
    #[error("the bundle is not a readable zip file")]
    Zip(#[source] zip::result::ZipError),
    /// A bundle entry or a file reference points outside the bundle.
    #[error("the path {0:?} points outside the bundle")]
    UnsafePath(String),
    /// A file is over a size limit, or the bundle looks like a zip bomb.
    #[error("{what} is too large (limit {limit} bytes)")]
    TooLarge {
        /// Which file or what total.
        what: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// The bundle holds more entries than the limit.
    #[error("the bundle has too many files (limit {limit} entries)")]
    TooManyEntries {
        /// The most entries accepted.
        limit: u64,
    },
    /// Two bundle entries have the same name: which one is meant is ambiguous.
    #[error("the bundle has two entries named {0:?}; refusing an ambiguous bundle")]
    DuplicateEntry(String),
    /// A bundle entry uses a compression method this app does not read.
    #[error(
        "the bundle entry {name:?} is compressed with {method}, which is not supported (only stored and deflated entries are)"
    )]
    UnsupportedCompression {
        /// The entry.
        name: String,
        /// The method, as the zip library names it.
        method: String,
    },
    /// A bundle entry is encrypted.
    #[error("the bundle entry {0:?} is encrypted; encrypted bundles are not supported")]
    Encrypted(String),
    /// A path to read is not a regular file inside the directory being imported (a symbolic link,
    /// a named pipe, a device).
    #[error("{0} is not a regular file inside the imported directory; refusing to read it")]
    NotRegularFile(PathBuf),
    /// A bundle entry is compressed so much it looks like a zip bomb.
    #[error("the bundle entry {0:?} is compressed suspiciously well; refusing a possible zip bomb")]
    ZipBomb(String),
    /// An attached file does not have the SHA-256 the case file gives.
    #[error(
        "{path}: the file {file:?} does not match its sha256 (the case file says {expected}, the file hashes to {actual})"
    )]
    HashMismatch {
        /// The JSON path of the attachment.
        path: String,
        /// The file reference.
        file: String,
        /// The hash in the case file.
        expected: String,
        /// The hash of the file.
        actual: String,
    },
    /// The store refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl FormatError {
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

    /// An invalid value at a JSON path.
    pub(crate) fn invalid(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Invalid {
            path: path.into(),
            message: message.into(),
        }
    }
}

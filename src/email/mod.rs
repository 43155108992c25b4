//! Emails imported as contacts: `.eml` files and `.mbox` mailboxes read with `mail-parser`,
//! each message turned into a contact of the case (channel email, direction from the
//! consumer's address, threaded to the message it answers), the original kept byte for byte
//! and its attachments decoded, all in one transaction.
//!
//! [`parse`] reads bytes into [`ParsedEmail`] (no disk, no store), [`contact`] turns one into
//! the contact it becomes (pure), [`import`] reads files and writes the store.

pub mod contact;
pub mod import;
pub mod parse;

pub use contact::{direction_of, summary_of, to_contact};
pub use import::{RawMessage, import_files, read_messages};
pub use parse::{MailAddress, MailPart, ParsedEmail, parse_message, split_mbox};

use std::path::{Path, PathBuf};

/// Whether a file is an email or a mailbox by its name (`.eml`, `.mbox`), as when dropped on
/// a case.
pub fn is_email_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("eml") || ext.eq_ignore_ascii_case("mbox"))
}

/// What can go wrong importing emails. Paths come last in each message.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EmailError {
    /// A file could not be read.
    #[error("could not read the email file {path}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A message is not a well-formed email.
    #[error("message {index} of {path} is not a well-formed email: {reason}")]
    Malformed {
        /// The file.
        path: PathBuf,
        /// The message's position in the file, from 1.
        index: usize,
        /// What is wrong.
        reason: Malformed,
    },
    /// A mailbox holds no message.
    #[error("there is no message in {0}")]
    Empty(PathBuf),
    /// The store refused the import; nothing was added.
    #[error("could not add the emails to the case")]
    Store(#[from] crate::store::StoreError),
}

/// Why a message is not a well-formed email.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Malformed {
    /// Nothing that looks like a header.
    #[error("it has no headers")]
    NoHeaders,
    /// No sender.
    #[error("it has no From address")]
    NoFrom,
    /// No date, or one that is not a real date.
    #[error("it has no valid Date header")]
    NoDate,
}

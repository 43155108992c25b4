//! `verify`: re-hash every stored file and report the ones missing or altered.

use super::{Store, StoreError, blobs};
use crate::domain::{CaseId, EntryId};
use std::fmt;

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VerifyReport {
    /// How many stored files were checked.
    pub checked: usize,
    /// The files with a problem, by hash.
    pub problems: Vec<BlobProblem>,
}

impl VerifyReport {
    /// Whether every stored file is present and intact.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// A stored file that is missing or altered, with the attachments that use it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlobProblem {
    /// The SHA-256 the file is stored under.
    pub sha256: String,
    /// What is wrong.
    pub problem: Problem,
    /// The attachments using it: case, entry id, original file name.
    pub used_by: Vec<(CaseId, EntryId, String)>,
}

/// What is wrong with a stored file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file is not there.
    Missing,
    /// The content changed: it no longer hashes to its name.
    Altered {
        /// The hash of what is there now.
        actual_sha256: String,
        /// Its size now.
        actual_size: u64,
    },
    /// The file could not be read.
    Unreadable(String),
}

impl fmt::Display for BlobProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.problem {
            Problem::Missing => write!(f, "missing file {}", self.sha256)?,
            Problem::Altered {
                actual_sha256,
                actual_size,
            } => write!(
                f,
                "altered file {} (now {actual_size} bytes hashing to {actual_sha256})",
                self.sha256
            )?,
            Problem::Unreadable(reason) => {
                write!(f, "unreadable file {} ({reason})", self.sha256)?;
            }
        }
        for (case, entry, name) in &self.used_by {
            write!(f, "; used by case {case}, attachment {entry} ({name})")?;
        }
        Ok(())
    }
}

/// Checks every file recorded in the database.
pub(super) fn run(store: &Store) -> Result<VerifyReport, StoreError> {
    let conn = store.conn();
    let mut statement = conn.prepare("SELECT sha256, size FROM blobs ORDER BY sha256")?;
    let stored = statement
        .query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut report = VerifyReport::default();
    for (sha256, size) in stored {
        report.checked += 1;
        let path = store.blob_path(&sha256);
        let problem = if !path.exists() {
            Some(Problem::Missing)
        } else {
            match blobs::hash_file(&path) {
                Ok((actual_sha256, actual_size))
                    if actual_sha256 != sha256 || i64::try_from(actual_size) != Ok(size) =>
                {
                    Some(Problem::Altered {
                        actual_sha256,
                        actual_size,
                    })
                }
                Ok(_) => None,
                Err(e) => Some(Problem::Unreadable(e.to_string())),
            }
        };
        if let Some(problem) = problem {
            let used_by = users(store, &sha256)?;
            report.problems.push(BlobProblem {
                sha256,
                problem,
                used_by,
            });
        }
    }
    Ok(report)
}

fn users(store: &Store, sha256: &str) -> Result<Vec<(CaseId, EntryId, String)>, StoreError> {
    let mut statement = store.conn().prepare(
        "SELECT e.case_id, e.entry_id, a.file_name FROM attachments a \
         JOIN entries e ON e.id = a.entry WHERE a.sha256 = ?1 ORDER BY e.case_id, e.position",
    )?;
    let rows = statement.query_map([sha256], |row| {
        Ok((
            CaseId(row.get(0)?),
            EntryId(row.get(1)?),
            row.get::<_, String>(2)?,
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

//! The case file format v1: one `case.json`, alone or in a `.zip` bundle with `attachments/`.
//!
//! CONTRACT STUB: signatures the UI and CLI code against; the format implementation replaces
//! the bodies and keeps these signatures.

use crate::domain::CaseId;
use crate::store::Store;
use std::path::Path;

/// What can go wrong reading or writing a case file.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    /// Not written yet.
    #[error("the case file format is not implemented yet")]
    NotImplemented,
}

/// Imports a `case.json` or a bundle `.zip` as a new case; all or nothing. Blocking.
pub fn import_path(store: &mut Store, path: &Path) -> Result<CaseId, FormatError> {
    let _ = (store, path);
    Err(FormatError::NotImplemented)
}

/// Exports a case as a bundle `.zip` at `out` (written to a temp file, then renamed). Blocking.
pub fn export_bundle(store: &Store, case: CaseId, out: &Path) -> Result<(), FormatError> {
    let _ = (store, case, out);
    Err(FormatError::NotImplemented)
}

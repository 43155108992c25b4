//! The case file format v1: one `case.json`, alone or in a `.zip` bundle with `attachments/`
//! (`docs/case-format.md`). Import is all or nothing and names the JSON path of any error; export
//! then import gives back the same case, files byte for byte.

mod error;
mod export;
mod file;
mod import;

pub use error::FormatError;
pub use file::{FORMAT_NAME, FORMAT_VERSION};

use crate::domain::CaseId;
use crate::store::Store;
use std::path::Path;

/// Size limits applied on import, against oversized files and zip bombs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest attached file.
    pub max_file_bytes: u64,
    /// Largest total of a case's files.
    pub max_total_bytes: u64,
    /// Largest `case.json`.
    pub max_json_bytes: u64,
    /// Most entries in a bundle.
    pub max_entries: usize,
    /// Highest compression ratio accepted for an entry over 1 MiB.
    pub max_compression_ratio: u64,
}

impl Default for Limits {
    /// 512 MiB a file, 2 GiB in all, 64 MiB of JSON, 10 000 entries, 1000:1 compression.
    fn default() -> Self {
        Self {
            max_file_bytes: 512 * 1024 * 1024,
            max_total_bytes: 2 * 1024 * 1024 * 1024,
            max_json_bytes: 64 * 1024 * 1024,
            max_entries: 10_000,
            max_compression_ratio: 1000,
        }
    }
}

/// Imports a `case.json` or a bundle `.zip` as a new case; all or nothing. Blocking.
///
/// A directory holding a `case.json` is accepted too.
pub fn import_path(store: &mut Store, path: &Path) -> Result<CaseId, FormatError> {
    import::from_path(store, path, &Limits::default())
}

/// [`import_path`] with explicit limits.
pub fn import_path_with_limits(
    store: &mut Store,
    path: &Path,
    limits: &Limits,
) -> Result<CaseId, FormatError> {
    import::from_path(store, path, limits)
}

/// Imports a bundle held in memory (the demo cases compiled into the binary); all or nothing.
pub fn import_bundle_bytes(store: &mut Store, bundle: &[u8]) -> Result<CaseId, FormatError> {
    import::from_zip(store, std::io::Cursor::new(bundle), &Limits::default())
}

/// Exports a case as a bundle `.zip` at `out` (written to a temp file, then renamed). Blocking.
pub fn export_bundle(store: &Store, case: CaseId, out: &Path) -> Result<(), FormatError> {
    export::to_path(store, case, out)
}

/// Exports a case as a bundle `.zip` into a stream such as standard output. Blocking.
pub fn export_bundle_to(
    store: &Store,
    case: CaseId,
    sink: &mut dyn std::io::Write,
) -> Result<(), FormatError> {
    export::to_writer(store, case, sink)
}

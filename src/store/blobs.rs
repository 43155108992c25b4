//! The content-addressed attachment store: `<data_dir>/attachments/<sha256>`.
//!
//! A file is streamed (64 KiB at a time, never whole in memory) into a temp file in the same
//! directory while it is hashed, flushed to disk, made read-only and only then renamed to its
//! hash: a crash never leaves a half file under a real name, the same content is stored once, and
//! a stored file is never modified.

use super::StoreError;
use sha2::{Digest as _, Sha256};
use std::fs;
use std::io::{ErrorKind, Read, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};
use tempfile::NamedTempFile;

/// Read and write buffer size.
const BUFFER: usize = 64 * 1024;

/// How many leading bytes are kept to sniff the media type.
const HEAD: usize = 8 * 1024;

/// Prefix of temp files still being written.
const TEMP_PREFIX: &str = ".incoming-";

/// A stored file's content facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlobInfo {
    /// SHA-256, 64 lower-case hex digits.
    pub sha256: String,
    /// Size in bytes.
    pub size: u64,
    /// Media type sniffed from the content, else guessed from the name.
    pub media_type: String,
}

/// A file copied and hashed into the attachment directory but not yet under its real name.
///
/// Dropping it deletes the temp file; [`StagedBlob::commit`] puts it in place.
#[derive(Debug)]
pub struct StagedBlob {
    temp: NamedTempFile,
    info: BlobInfo,
    target: PathBuf,
}

impl StagedBlob {
    /// The content facts of the staged file.
    pub fn info(&self) -> &BlobInfo {
        &self.info
    }

    /// Puts the file in place under its hash (read-only); if that content is already stored
    /// intact, keeps the stored copy and discards this one. A stored copy whose bytes no longer
    /// match its name (damaged on disk) is replaced by this good one.
    pub fn commit(self) -> Result<BlobInfo, StoreError> {
        let Self { temp, info, target } = self;
        if stored_intact(&target, &info) {
            return Ok(info);
        }
        let mut permissions = temp
            .as_file()
            .metadata()
            .map_err(|e| StoreError::io("read a staged file's permissions", temp.path(), e))?
            .permissions();
        permissions.set_readonly(true);
        fs::set_permissions(temp.path(), permissions)
            .map_err(|e| StoreError::io("make a stored file read-only", temp.path(), e))?;
        temp.persist(&target)
            .map_err(|e| StoreError::io("put a stored file in place", &target, e.error))?;
        if let Some(dir) = target.parent() {
            sync_dir(dir);
        }
        Ok(info)
    }
}

/// Streams `reader` into a temp file in `dir`, hashing it; fails past `limit` bytes.
pub(crate) fn stage(
    dir: &Path,
    reader: &mut dyn Read,
    name: &str,
    limit: u64,
) -> Result<StagedBlob, StoreError> {
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)
        .map_err(|e| StoreError::io("create a temp file in the attachment store", dir, e))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0_u8; BUFFER];
    let mut head = Vec::with_capacity(HEAD);
    let mut size: u64 = 0;
    loop {
        let read = match reader.read(&mut buffer) {
            Ok(0) => break,
            Ok(read) => read,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(StoreError::io("read the file to store", name, e)),
        };
        let chunk = buffer.get(..read).unwrap_or_default();
        size = size.saturating_add(read as u64);
        if size > limit {
            return Err(StoreError::TooLarge { limit });
        }
        hasher.update(chunk);
        if head.len() < HEAD {
            let take = chunk.len().min(HEAD - head.len());
            head.extend_from_slice(chunk.get(..take).unwrap_or_default());
        }
        temp.write_all(chunk)
            .map_err(|e| StoreError::io("write to the attachment store", temp.path(), e))?;
    }
    temp.as_file()
        .sync_all()
        .map_err(|e| StoreError::io("flush a stored file to disk", temp.path(), e))?;
    let sha256 = hex(&hasher.finalize());
    let target = dir.join(&sha256);
    Ok(StagedBlob {
        temp,
        info: BlobInfo {
            sha256,
            size,
            media_type: sniff(&head, name),
        },
        target,
    })
}

/// Whether the file at `target` exists and holds exactly the content `info` describes.
fn stored_intact(target: &Path, info: &BlobInfo) -> bool {
    // The size first: most damage (a truncation) is seen without reading the file.
    fs::metadata(target).is_ok_and(|m| m.is_file() && m.len() == info.size)
        && hash_file(target).is_ok_and(|(sha256, _)| sha256 == info.sha256)
}

/// Hashes a file by streaming it: its SHA-256 and size.
pub(crate) fn hash_file(path: &Path) -> std::io::Result<(String, u64)> {
    let mut file = fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0_u8; BUFFER];
    let mut size: u64 = 0;
    loop {
        let read = match file.read(&mut buffer) {
            Ok(0) => break,
            Ok(read) => read,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        size = size.saturating_add(read as u64);
        hasher.update(buffer.get(..read).unwrap_or_default());
    }
    Ok((hex(&hasher.finalize()), size))
}

/// Removes temp files left by a process that died while storing a file (older than a day, so a
/// concurrent import is never disturbed). Best effort.
pub(crate) fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let day_ago = SystemTime::now()
        .checked_sub(Duration::from_secs(24 * 60 * 60))
        .unwrap_or(SystemTime::UNIX_EPOCH);
    for entry in entries.flatten() {
        let is_temp = entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX);
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|modified| modified < day_ago);
        if is_temp && old {
            fs::remove_file(entry.path()).ok();
        }
    }
}

/// Whether `text` is a SHA-256 as the store names files: 64 lower-case hex digits.
pub fn is_sha256(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Lower-case hex.
fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(64), |mut out, b| {
        write!(out, "{b:02x}").ok();
        out
    })
}

/// The media type from the content's magic bytes, else from the name's extension.
fn sniff(head: &[u8], name: &str) -> String {
    if let Some(kind) = infer::get(head) {
        return kind.mime_type().to_owned();
    }
    let extension = Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let guess = match extension.as_str() {
        "txt" | "log" => "text/plain",
        "md" => "text/markdown",
        "csv" => "text/csv",
        "html" | "htm" => "text/html",
        "json" => "application/json",
        "xml" => "application/xml",
        "eml" => "message/rfc822",
        "svg" => "image/svg+xml",
        "pdf" => "application/pdf",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        _ => "application/octet-stream",
    };
    guess.to_owned()
}

/// Flushes a directory entry to disk after a rename (Unix); best effort.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = fs::File::open(dir) {
        handle.sync_all().ok();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staging_hashes_sniffs_and_dedups() {
        let dir = tempfile::tempdir().unwrap();
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR rest";
        let staged = stage(dir.path(), &mut &png[..], "shot.bin", 1024).unwrap();
        assert_eq!(staged.info().media_type, "image/png");
        assert_eq!(staged.info().size, png.len() as u64);
        let info = staged.commit().unwrap();
        let stored = dir.path().join(&info.sha256);
        assert_eq!(fs::read(&stored).unwrap(), png);
        assert!(fs::metadata(&stored).unwrap().permissions().readonly());
        assert_eq!(
            hash_file(&stored).unwrap(),
            (info.sha256.clone(), info.size)
        );
        let again = stage(dir.path(), &mut &png[..], "x", 1024)
            .unwrap()
            .commit()
            .unwrap();
        assert_eq!(again, info);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "stored once");
    }

    #[test]
    fn limit_and_extension_fallback() {
        let dir = tempfile::tempdir().unwrap();
        let err = stage(dir.path(), &mut &[0_u8; 100][..], "a", 99).unwrap_err();
        assert!(matches!(err, StoreError::TooLarge { limit: 99 }), "{err}");
        let text = stage(dir.path(), &mut &b"hello"[..], "Notes.TXT", 99).unwrap();
        assert_eq!(text.info().media_type, "text/plain");
        assert_eq!(
            text.info().sha256,
            "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
        );
        let unknown = stage(dir.path(), &mut &b"\x01\x02"[..], "blob", 99).unwrap();
        assert_eq!(unknown.info().media_type, "application/octet-stream");
        assert!(is_sha256(&unknown.info().sha256));
        assert!(!is_sha256("ABC"));
    }
}

//! Export: a case as a bundle `.zip` (`case.json` + `attachments/<name>`), written to a temp file
//! next to the target and renamed when complete. Each stored file is re-hashed as it is copied, so
//! a damaged file is never passed on silently.

use super::FormatError;
use super::file::{AttachmentRecord, CaseFile, FORMAT_NAME, FORMAT_VERSION};
use crate::domain::{CaseData, CaseId};
use crate::output_file::PendingFile;
use crate::store::Store;
use sha2::{Digest as _, Sha256};
use std::collections::{HashMap, HashSet};
use std::io::{BufWriter, Read, Seek, Write};
use std::path::Path;
use zip::write::SimpleFileOptions;

/// Writes the bundle of `case` to `out`.
pub(super) fn to_path(store: &Store, case: CaseId, out: &Path) -> Result<(), FormatError> {
    let data = store.load_case(case)?;
    let mut temp =
        PendingFile::beside(out).map_err(|e| FormatError::io("create the export file", out, e))?;
    write_bundle(store, &data, temp.file_mut(), out)?;
    temp.commit()
        .map_err(|e| FormatError::io("put the export file in place", out, e))?;
    Ok(())
}

/// Writes the bundle of `case` to a stream that cannot seek (standard output): built in an
/// anonymous temporary file first, then copied.
pub(super) fn to_writer(
    store: &Store,
    case: CaseId,
    sink: &mut dyn Write,
) -> Result<(), FormatError> {
    let data = store.load_case(case)?;
    let name = Path::new("-");
    let mut temp =
        tempfile::tempfile().map_err(|e| FormatError::io("create the export file", name, e))?;
    write_bundle(store, &data, &mut temp, name)?;
    temp.rewind()
        .and_then(|()| std::io::copy(&mut temp, sink))
        .and_then(|_| sink.flush())
        .map_err(|e| FormatError::io("write the export file", name, e))?;
    Ok(())
}

/// Writes the zip of `data` into `file`. A write error (a full disk) is reported once, as an
/// I/O error naming `out`; the zip writer never gets to print its own.
fn write_bundle(
    store: &Store,
    data: &CaseData,
    file: &mut std::fs::File,
    out: &Path,
) -> Result<(), FormatError> {
    let mut failed = None;
    let result = write_zip(
        store,
        data,
        Latch::new(BufWriter::new(file), &mut failed),
        out,
    );
    // The writer is dropped by now; its last attempts went nowhere once a write had failed.
    match failed {
        Some(error) => Err(FormatError::io("write the export file", out, error)),
        None => result,
    }
}

fn write_zip<W: Write + Seek>(
    store: &Store,
    data: &CaseData,
    writer: W,
    out: &Path,
) -> Result<(), FormatError> {
    let (file, names) = to_case_file(data);
    let mut json = serde_json::to_vec_pretty(&file)
        .map_err(|e| FormatError::invalid("case.json", format!("could not be written: {e}")))?;
    json.push(b'\n');
    let mut zip = zip::ZipWriter::new(writer);
    let options = SimpleFileOptions::default()
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    zip.start_file("case.json", options)
        .map_err(FormatError::Zip)?;
    zip.write_all(&json)
        .map_err(|e| FormatError::io("write the export file", out, e))?;
    let mut written = HashSet::new();
    for (i, (attachment, name)) in data.attachments.iter().zip(&names).enumerate() {
        if !written.insert(name.clone()) {
            continue;
        }
        let stored = store.blob_path(&attachment.sha256);
        let method = if compressed_already(&attachment.media_type) {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        zip.start_file(
            name.as_str(),
            options
                .compression_method(method)
                .large_file(attachment.size >= u32::MAX.into()),
        )
        .map_err(FormatError::Zip)?;
        let mut source = std::fs::File::open(&stored)
            .map_err(|e| FormatError::io("read a stored attachment", &stored, e))?;
        let actual = copy_hashing(&mut source, &mut zip)
            .map_err(|e| FormatError::io("copy a stored attachment into the export", &stored, e))?;
        if actual != attachment.sha256 {
            return Err(FormatError::HashMismatch {
                path: format!("attachments[{i}]"),
                file: stored.to_string_lossy().into_owned(),
                expected: attachment.sha256.clone(),
                actual,
            });
        }
    }
    let mut writer = zip.finish().map_err(FormatError::Zip)?;
    writer
        .flush()
        .map_err(|e| FormatError::io("write the export file", out, e))?;
    Ok(())
}

/// A writer that remembers its first write error and then swallows everything: the zip writer
/// retries finishing the archive when dropped after an error and prints a debug line if that
/// fails too.
struct Latch<'a, W: Write> {
    inner: W,
    failed: &'a mut Option<std::io::Error>,
}

impl<'a, W: Write> Latch<'a, W> {
    fn new(inner: W, failed: &'a mut Option<std::io::Error>) -> Self {
        Self { inner, failed }
    }

    fn record(&mut self, error: std::io::Error) -> std::io::Error {
        let copy = std::io::Error::new(error.kind(), error.to_string());
        if self.failed.is_none() {
            *self.failed = Some(error);
        }
        copy
    }
}

impl<W: Write> Write for Latch<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.failed.is_some() {
            return Ok(buf.len());
        }
        self.inner.write(buf).map_err(|e| self.record(e))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.failed.is_some() {
            return Ok(());
        }
        self.inner.flush().map_err(|e| self.record(e))
    }
}

impl<W: Write + Seek> Seek for Latch<'_, W> {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        if self.failed.is_some() {
            return Ok(0);
        }
        self.inner.seek(pos).map_err(|e| self.record(e))
    }
}

/// The case file of a case, and each attachment's name in the bundle.
fn to_case_file(data: &CaseData) -> (CaseFile, Vec<String>) {
    let mut by_content: HashMap<(&str, &str), String> = HashMap::new();
    let mut used = HashSet::new();
    let mut names = Vec::with_capacity(data.attachments.len());
    let mut records = Vec::with_capacity(data.attachments.len());
    for a in &data.attachments {
        let name = by_content
            .entry((a.file_name.as_str(), a.sha256.as_str()))
            .or_insert_with(|| unique_name(&a.file_name, &mut used))
            .clone();
        records.push(AttachmentRecord {
            id: a.id.clone(),
            file: name.clone(),
            sha256: a.sha256.clone(),
            received_at: a.received_at,
            caption: a.caption.clone(),
            links: a.links.clone(),
        });
        names.push(name);
    }
    let file = CaseFile {
        format: FORMAT_NAME.to_owned(),
        version: FORMAT_VERSION,
        case: data.case.clone(),
        contacts: data.contacts.clone(),
        promises: data.promises.clone(),
        statements: data.statements.clone(),
        attachments: records,
        notes: data.notes.clone(),
    };
    (file, names)
}

/// `attachments/<name>`, made safe and unique within the bundle. A name already taken (by other
/// content, or another name differing only in case) goes in a numbered folder,
/// `attachments/2/<name>`, so the original file name itself survives the round trip.
fn unique_name(file_name: &str, used: &mut HashSet<String>) -> String {
    let clean: String = file_name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    let clean = match clean.trim() {
        "" | "." | ".." => "file".to_owned(),
        other => other.to_owned(),
    };
    let mut candidate = format!("attachments/{clean}");
    let mut n = 2;
    while !used.insert(candidate.to_lowercase()) {
        candidate = format!("attachments/{n}/{clean}");
        n += 1;
    }
    candidate
}

/// Whether a media type is already compressed (deflating it again gains nothing).
fn compressed_already(media_type: &str) -> bool {
    media_type.starts_with("image/") && media_type != "image/svg+xml" && media_type != "image/bmp"
        || media_type.starts_with("video/")
        || media_type.starts_with("audio/")
        || matches!(
            media_type,
            "application/pdf" | "application/zip" | "application/gzip"
        )
}

/// Copies `source` into `sink` 64 KiB at a time and returns the SHA-256 of what was copied.
fn copy_hashing(source: &mut dyn Read, sink: &mut dyn Write) -> std::io::Result<String> {
    let mut hasher = Sha256::new();
    let mut buffer = vec![0_u8; 64 * 1024];
    loop {
        let read = match source.read(&mut buffer) {
            Ok(0) => break,
            Ok(read) => read,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let chunk = buffer.get(..read).unwrap_or_default();
        hasher.update(chunk);
        sink.write_all(chunk)?;
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn a_full_disk_is_one_io_error() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let details = crate::domain::CaseDetails::new(
            "Full disk",
            crate::domain::Language::En,
            crate::domain::TimeZone::parse("Europe/Paris").unwrap(),
        );
        let id = store.create_case(&details).unwrap();
        let data = store.load_case(id).unwrap();
        // Every write to /dev/full fails with "no space left on device".
        let mut full = std::fs::File::options()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let err = write_bundle(&store, &data, &mut full, Path::new("case.zip")).unwrap_err();
        let FormatError::Io { action, source, .. } = &err else {
            panic!("not an I/O error: {err:?}");
        };
        assert_eq!(*action, "write the export file");
        assert_eq!(source.kind(), std::io::ErrorKind::StorageFull, "{source}");
    }

    #[test]
    fn the_latch_keeps_the_first_error_and_swallows_the_rest() {
        struct Failing;
        impl Write for Failing {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("first"))
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Err(std::io::Error::other("later"))
            }
        }
        let mut failed = None;
        {
            let mut latch = Latch::new(Failing, &mut failed);
            assert!(latch.write(b"x").is_err());
            assert_eq!(
                latch.write(b"yz").unwrap(),
                2,
                "swallowed after the first error"
            );
            assert!(latch.flush().is_ok());
        }
        assert_eq!(failed.unwrap().to_string(), "first");
    }

    #[test]
    fn bundle_names_are_safe_and_unique() {
        let mut used = HashSet::new();
        assert_eq!(unique_name("photo.jpg", &mut used), "attachments/photo.jpg");
        assert_eq!(
            unique_name("Photo.JPG", &mut used),
            "attachments/2/Photo.JPG"
        );
        assert_eq!(
            unique_name("photo.jpg", &mut used),
            "attachments/3/photo.jpg"
        );
        assert_eq!(unique_name("../x/y", &mut used), "attachments/.._x_y");
        assert_eq!(unique_name("..", &mut used), "attachments/file");
        assert_eq!(unique_name(".hidden", &mut used), "attachments/.hidden");
    }
}

//! Import: a lone `case.json` (files relative to its directory), a directory holding one, or a
//! bundle `.zip`. Everything is parsed and checked, and every file streamed into the attachment
//! store's temp files and hash-checked, before anything is stored; then the files are put in
//! place (content-addressed, so harmless if the import fails later) and the whole case is written
//! in one transaction.

use super::file::{self, CaseFile, safe_relative_path};
use super::{FormatError, Limits};
use crate::domain::{Attachment, CaseData, CaseId};
use crate::store::{StagedBlob, Store, StoreError};
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::{Path, PathBuf};

/// The first bytes of a zip file.
const ZIP_MAGIC: &[u8; 4] = b"PK\x03\x04";

/// Where the files a case file refers to are read from.
trait Files {
    /// Opens the file at a checked relative path (`/`-joined components).
    fn open(&mut self, path: &str) -> Result<Box<dyn Read + '_>, FormatError>;
}

/// Files relative to a directory: only regular files inside it are read, never through a symbolic
/// link (which could point outside) and never a named pipe or device (which could block forever).
struct DirFiles(PathBuf);

impl Files for DirFiles {
    fn open(&mut self, path: &str) -> Result<Box<dyn Read + '_>, FormatError> {
        let parts: Vec<&str> = path.split('/').collect();
        let file = open_inside(&self.0, &parts, "open an attached file")?;
        Ok(Box::new(BufReader::new(file)))
    }
}

/// Opens `root/parts…` when every component is a real directory (no symbolic link) and the last a
/// regular file.
fn open_inside(root: &Path, parts: &[&str], action: &'static str) -> Result<File, FormatError> {
    let mut full = root.to_path_buf();
    let last = parts.len().saturating_sub(1);
    for (i, part) in parts.iter().enumerate() {
        full.push(part);
        let metadata =
            std::fs::symlink_metadata(&full).map_err(|e| FormatError::io(action, &full, e))?;
        let wanted = if i == last {
            metadata.file_type().is_file()
        } else {
            metadata.file_type().is_dir()
        };
        if !wanted {
            return Err(FormatError::NotRegularFile(full));
        }
    }
    let file = File::open(&full).map_err(|e| FormatError::io(action, &full, e))?;
    // Checked again on the open file, in case it was swapped in between.
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return Err(FormatError::NotRegularFile(full));
    }
    Ok(file)
}

/// Files inside a zip, by normalised entry name.
struct ZipFiles<R> {
    archive: zip::ZipArchive<R>,
    index: HashMap<String, usize>,
}

impl<R: Read + Seek> ZipFiles<R> {
    /// Opens a bundle and checks every entry before anything is read from it.
    fn new(mut reader: R, limits: &Limits) -> Result<Self, FormatError> {
        // The zip library keeps only the last of two entries with the same name: look at the
        // central directory itself first.
        if let Some(name) = central_directory_names(&mut reader).and_then(first_repeated) {
            return Err(FormatError::DuplicateEntry(name));
        }
        let mut archive = zip::ZipArchive::new(reader).map_err(FormatError::Zip)?;
        if archive.len() > limits.max_entries {
            return Err(FormatError::TooManyEntries {
                limit: limits.max_entries as u64,
            });
        }
        let mut index = HashMap::new();
        let mut total: u64 = 0;
        for i in 0..archive.len() {
            let entry = archive.by_index_raw(i).map_err(FormatError::Zip)?;
            let name = entry.name().to_owned();
            let Some(parts) = safe_relative_path(&name).filter(|_| entry.enclosed_name().is_some())
            else {
                return Err(FormatError::UnsafePath(name));
            };
            if entry.is_dir() {
                continue;
            }
            if entry.encrypted() {
                return Err(FormatError::Encrypted(name));
            }
            let method = entry.compression();
            if !matches!(
                method,
                zip::CompressionMethod::Stored | zip::CompressionMethod::Deflated
            ) {
                return Err(FormatError::UnsupportedCompression {
                    name,
                    method: method_name(method),
                });
            }
            if entry.size() > limits.max_file_bytes {
                return Err(FormatError::TooLarge {
                    what: format!("the bundle entry {name:?}"),
                    limit: limits.max_file_bytes,
                });
            }
            total = total.saturating_add(entry.size());
            if total > limits.max_total_bytes {
                return Err(FormatError::TooLarge {
                    what: "the bundle's files together".to_owned(),
                    limit: limits.max_total_bytes,
                });
            }
            if entry.size() > 1024 * 1024
                && entry.size() / entry.compressed_size().max(1) > limits.max_compression_ratio
            {
                return Err(FormatError::ZipBomb(name));
            }
            if index.insert(parts.join("/"), i).is_some() {
                return Err(FormatError::DuplicateEntry(parts.join("/")));
            }
        }
        Ok(Self { archive, index })
    }
}

impl<R: Read + Seek> Files for ZipFiles<R> {
    fn open(&mut self, path: &str) -> Result<Box<dyn Read + '_>, FormatError> {
        let Some(&i) = self.index.get(path) else {
            return Err(FormatError::io(
                "find an attached file in the bundle",
                path,
                std::io::ErrorKind::NotFound.into(),
            ));
        };
        let entry = self.archive.by_index(i).map_err(FormatError::Zip)?;
        Ok(Box::new(entry))
    }
}

/// The entry names as the central directory lists them, duplicates included; `None` when the
/// directory cannot be walked simply (ZIP64, data before the archive), left to the zip library.
fn central_directory_names<R: Read + Seek>(reader: &mut R) -> Option<Vec<String>> {
    let u16_at = |b: &[u8], at: usize| -> Option<usize> {
        let pair = b.get(at..at + 2)?;
        Some(usize::from(u16::from_le_bytes([
            *pair.first()?,
            *pair.get(1)?,
        ])))
    };
    let u32_at = |b: &[u8], at: usize| -> Option<u64> {
        let quad = b.get(at..at + 4)?;
        Some(u64::from(u32::from_le_bytes([
            *quad.first()?,
            *quad.get(1)?,
            *quad.get(2)?,
            *quad.get(3)?,
        ])))
    };
    let length = reader.seek(std::io::SeekFrom::End(0)).ok()?;
    let tail_length = length.min(22 + 65_535);
    reader
        .seek(std::io::SeekFrom::Start(length - tail_length))
        .ok()?;
    let mut tail = Vec::new();
    reader
        .by_ref()
        .take(tail_length)
        .read_to_end(&mut tail)
        .ok()?;
    let end = tail
        .windows(4)
        .rposition(|w| w == b"PK\x05\x06")
        .filter(|p| p + 22 <= tail.len())?;
    let (size, offset) = (u32_at(&tail, end + 12)?, u32_at(&tail, end + 16)?);
    if size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF || offset + size > length {
        return None;
    }
    reader.seek(std::io::SeekFrom::Start(offset)).ok()?;
    let mut directory = Vec::new();
    reader
        .by_ref()
        .take(size)
        .read_to_end(&mut directory)
        .ok()?;
    reader.rewind().ok()?;
    let mut names = Vec::new();
    let mut pos = 0;
    while pos < directory.len() {
        if directory.get(pos..pos + 4)? != b"PK\x01\x02" {
            return None;
        }
        let name_length = u16_at(&directory, pos + 28)?;
        let extra = u16_at(&directory, pos + 30)?;
        let comment = u16_at(&directory, pos + 32)?;
        let name = directory.get(pos + 46..pos + 46 + name_length)?;
        names.push(String::from_utf8_lossy(name).into_owned());
        pos += 46 + name_length + extra + comment;
    }
    Some(names)
}

/// The first name that appears twice.
fn first_repeated(names: Vec<String>) -> Option<String> {
    let mut seen = std::collections::HashSet::new();
    names.into_iter().find(|name| !seen.insert(name.clone()))
}

/// A compression method's usual name (`bzip2`), or its number.
#[expect(
    deprecated,
    reason = "zip offers no other way to read the number of a method it does not support"
)]
fn method_name(method: zip::CompressionMethod) -> String {
    match method {
        zip::CompressionMethod::Unsupported(code) => match code {
            9 => "Deflate64".to_owned(),
            12 => "bzip2".to_owned(),
            14 => "LZMA".to_owned(),
            93 => "Zstandard".to_owned(),
            95 => "XZ".to_owned(),
            98 => "PPMd".to_owned(),
            99 => "AES encryption".to_owned(),
            other => format!("method {other}"),
        },
        other => other.to_string(),
    }
}

/// Imports a file or directory path (lone `case.json`, directory with one, or bundle `.zip`).
pub(super) fn from_path(
    store: &mut Store,
    path: &Path,
    limits: &Limits,
) -> Result<CaseId, FormatError> {
    if path.is_dir() {
        let mut file = open_inside(path, &["case.json"], "open the case file")?;
        let json = read_all(&mut file, "case.json", limits)?;
        return import(store, &json, &mut DirFiles(path.to_path_buf()), limits);
    }
    // A named pipe or a device would block or never end: only a regular file is read.
    let metadata =
        std::fs::metadata(path).map_err(|e| FormatError::io("open the case file", path, e))?;
    if !metadata.is_file() {
        return Err(FormatError::NotRegularFile(path.to_path_buf()));
    }
    let mut file = File::open(path).map_err(|e| FormatError::io("open the case file", path, e))?;
    let mut magic = [0_u8; 4];
    let is_zip = file.read_exact(&mut magic).is_ok() && &magic == ZIP_MAGIC;
    if is_zip {
        file.rewind()
            .map_err(|e| FormatError::io("read the bundle", path, e))?;
        return from_zip(store, BufReader::new(file), limits);
    }
    drop(file);
    let json = read_limited(path.to_path_buf(), limits)?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    import(store, &json, &mut DirFiles(dir.to_path_buf()), limits)
}

/// Imports a bundle from any seekable reader.
pub(super) fn from_zip<R: Read + Seek>(
    store: &mut Store,
    reader: R,
    limits: &Limits,
) -> Result<CaseId, FormatError> {
    let mut files = ZipFiles::new(reader, limits)?;
    let json = {
        let mut entry = files
            .open("case.json")
            .map_err(|_| FormatError::NoCaseJson)?;
        read_all(&mut entry, "case.json", limits)?
    };
    import(store, &json, &mut files, limits)
}

fn read_limited(path: PathBuf, limits: &Limits) -> Result<Vec<u8>, FormatError> {
    let mut file =
        File::open(&path).map_err(|e| FormatError::io("open the case file", &path, e))?;
    read_all(&mut file, &path.to_string_lossy(), limits)
}

fn read_all(reader: &mut dyn Read, name: &str, limits: &Limits) -> Result<Vec<u8>, FormatError> {
    let mut bytes = Vec::new();
    reader
        .take(limits.max_json_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| FormatError::io("read the case file", name, e))?;
    if bytes.len() as u64 > limits.max_json_bytes {
        return Err(FormatError::TooLarge {
            what: "case.json".to_owned(),
            limit: limits.max_json_bytes,
        });
    }
    Ok(bytes)
}

/// Parses, checks, stages the files, then writes the case in one transaction.
fn import(
    store: &mut Store,
    json: &[u8],
    files: &mut dyn Files,
    limits: &Limits,
) -> Result<CaseId, FormatError> {
    let file = file::parse(json)?;
    let mut staged: HashMap<String, StagedBlob> = HashMap::new();
    let mut attachments = Vec::with_capacity(file.attachments.len());
    let mut total: u64 = 0;
    for (i, record) in file.attachments.iter().enumerate() {
        let parts = safe_relative_path(&record.file)
            .ok_or_else(|| FormatError::UnsafePath(record.file.clone()))?;
        let key = parts.join("/");
        let file_name = parts.last().copied().unwrap_or_default().to_owned();
        let blob = match staged.entry(key) {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => {
                let remaining = limits.max_total_bytes.saturating_sub(total);
                let limit = limits.max_file_bytes.min(remaining);
                let mut reader = files.open(entry.key())?;
                let blob = store
                    .stage_blob(&mut reader, &file_name, limit)
                    .map_err(|e| too_large(e, &record.file, limits))?;
                drop(reader);
                total = total.saturating_add(blob.info().size);
                entry.insert(blob)
            }
        };
        let info = blob.info();
        let expected = record.sha256.to_ascii_lowercase();
        if info.sha256 != expected {
            return Err(FormatError::HashMismatch {
                path: format!("attachments[{i}]"),
                file: record.file.clone(),
                expected,
                actual: info.sha256.clone(),
            });
        }
        attachments.push(Attachment {
            id: record.id.clone(),
            file_name,
            sha256: info.sha256.clone(),
            size: info.size,
            media_type: info.media_type.clone(),
            received_at: record.received_at,
            caption: record.caption.clone(),
            links: record.links.clone(),
        });
    }
    // Every file is present and matches: put them in place, then write the case at once.
    for blob in staged.into_values() {
        blob.commit()?;
    }
    let CaseFile {
        case,
        contacts,
        promises,
        statements,
        notes,
        ..
    } = file;
    let data = CaseData {
        case,
        contacts,
        promises,
        statements,
        attachments,
        notes,
    };
    Ok(store.insert_case(&data)?)
}

/// Names a size-limit error after the file, or after the case's total when that is what ran out.
fn too_large(error: StoreError, file: &str, limits: &Limits) -> FormatError {
    match error {
        StoreError::TooLarge { limit } if limit < limits.max_file_bytes => FormatError::TooLarge {
            what: "the case's files together".to_owned(),
            limit: limits.max_total_bytes,
        },
        StoreError::TooLarge { limit } => FormatError::TooLarge {
            what: format!("the file {file:?}"),
            limit,
        },
        other => other.into(),
    }
}

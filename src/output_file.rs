//! Writing a file the user asked for (an exported bundle, a PDF dossier) so that a crash or a
//! full disk never leaves a half-written file under the real name: write a temporary file in the
//! same directory, flush it to disk, then rename it over the target.
//!
//! What is already at the target is respected: a regular file keeps its permissions (one made
//! read-only is refused, never replaced), a missing folder is named, a symbolic
//! link is written through (the file it points to is replaced, the link stays), and anything that
//! is not a regular file (a directory, a device, a FIFO, a socket) is refused rather than replaced.
//! A new file is created readable by others (0644 on Unix, before the umask) like any file the
//! user saves, not with the private 0600 mode temporary files get by default. Temporary files left
//! by a killed run (`.papertrail-*.part`, older than an hour) are removed when the next file is
//! written in the same directory.

use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};
use tempfile::NamedTempFile;

/// Prefix of the temporary files.
const TEMP_PREFIX: &str = ".papertrail-";

/// Suffix of the temporary files.
const TEMP_SUFFIX: &str = ".part";

/// How old a temporary file must be before it is taken for a leftover of a killed run.
const STALE_AFTER: Duration = Duration::from_secs(60 * 60);

/// How many symbolic links are followed before giving up (as the kernel does).
const MAX_LINKS: usize = 40;

/// A file being written beside its final path; [`PendingFile::commit`] puts it in place.
#[derive(Debug)]
pub struct PendingFile {
    temp: NamedTempFile,
    target: PathBuf,
}

impl PendingFile {
    /// Creates the temporary file beside `target` (beside the file a symbolic link points to).
    ///
    /// Fails with [`io::ErrorKind::InvalidInput`] when something other than a regular file is at
    /// the target.
    pub fn beside(target: &Path) -> io::Result<Self> {
        let target = resolve_links(target)?;
        let existing = match fs::metadata(&target) {
            // A file its owner made read-only is protected on purpose: never replaced.
            Ok(metadata) if metadata.is_file() && metadata.permissions().readonly() => {
                return Err(io::Error::new(
                    io::ErrorKind::PermissionDenied,
                    "the file there is read-only; remove its protection or choose another name",
                ));
            }
            Ok(metadata) if metadata.is_file() => Some(metadata.permissions()),
            Ok(metadata) => return Err(not_regular(&metadata)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        let dir = parent_dir(&target);
        if !dir.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("the folder {} does not exist", dir.display()),
            ));
        }
        remove_stale_temp_files(dir);
        let mut builder = tempfile::Builder::new();
        builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            builder.permissions(fs::Permissions::from_mode(0o644));
        }
        let temp = builder.tempfile_in(dir)?;
        if let Some(permissions) = existing {
            // Exactly the old mode, not filtered by the umask.
            fs::set_permissions(temp.path(), permissions)?;
        }
        Ok(Self { temp, target })
    }

    /// The open temporary file, to write into.
    pub fn file_mut(&mut self) -> &mut File {
        self.temp.as_file_mut()
    }

    /// The path the file will have once committed (a symbolic link's destination).
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Flushes the content to disk and renames the file over the target. Dropping a
    /// `PendingFile` without committing deletes the temporary file.
    pub fn commit(self) -> io::Result<()> {
        self.temp.as_file().sync_all()?;
        self.temp.persist(&self.target).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Writes `bytes` to `target` atomically (temporary file, flush, rename).
pub fn write_atomically(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut pending = PendingFile::beside(target)?;
    pending.file_mut().write_all(bytes)?;
    pending.commit()
}

/// The directory a file is in (`.` for a bare name).
fn parent_dir(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."))
}

/// Follows symbolic links at `path` (even dangling ones) to the path that will be written.
fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                current = parent_dir(&current).join(link);
            }
            Ok(_) => return Ok(current),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        "too many levels of symbolic links at the output path",
    ))
}

/// The error for a target that is not a regular file.
fn not_regular(metadata: &fs::Metadata) -> io::Error {
    let kind = file_kind(&metadata.file_type());
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "the output path is {kind}, not a regular file; refusing to replace it (give a file name, or - for standard output)"
        ),
    )
}

/// What kind of file this is, in words.
fn file_kind(file_type: &fs::FileType) -> &'static str {
    if file_type.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

/// Removes this module's temporary files older than [`STALE_AFTER`] from `dir`: leftovers of a
/// run killed mid-write. Best effort.
fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let limit = SystemTime::now()
        .checked_sub(STALE_AFTER)
        .unwrap_or(SystemTime::UNIX_EPOCH);
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        let stale = entry
            .metadata()
            .is_ok_and(|m| m.is_file() && m.modified().is_ok_and(|modified| modified < limit));
        if stale {
            fs::remove_file(entry.path()).ok();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_appears_whole_and_readable() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("dossier.pdf");
        write_atomically(&target, b"%PDF-1.7 new").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"%PDF-1.7 new");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file left behind");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&target).unwrap().permissions().mode();
            assert_ne!(
                mode & 0o044,
                0,
                "readable by others like any saved file: {mode:o}"
            );
        }
    }

    #[test]
    fn an_uncommitted_file_leaves_the_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("case.zip");
        std::fs::write(&target, b"original").unwrap();
        {
            let mut pending = PendingFile::beside(&target).unwrap();
            pending.file_mut().write_all(b"half").unwrap();
        }
        assert_eq!(std::fs::read(&target).unwrap(), b"original");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_read_only_file_is_refused_and_a_missing_folder_named() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("dossier.pdf");
        std::fs::write(&target, b"kept").unwrap();
        let mut permissions = std::fs::metadata(&target).unwrap().permissions();
        permissions.set_readonly(true);
        std::fs::set_permissions(&target, permissions).unwrap();
        let error = write_atomically(&target, b"new").unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::PermissionDenied);
        assert!(error.to_string().contains("read-only"), "{error}");
        assert_eq!(std::fs::read(&target).unwrap(), b"kept");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

        let missing = dir.path().join("no-such-folder").join("d.pdf");
        let error = write_atomically(&missing, b"new").unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::NotFound);
        assert!(error.to_string().contains("no-such-folder"), "{error}");
    }

    #[test]
    fn a_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_atomically(dir.path(), b"x").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        assert!(err.to_string().contains("a directory"), "{err}");
    }
}

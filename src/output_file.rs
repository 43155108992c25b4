//! Writing a file the user asked for (an exported bundle, a PDF dossier) so that a crash or a
//! full disk never leaves a half-written file under the real name: write a temporary file in the
//! same directory, flush it to disk, then rename it over the target.
//!
//! The temporary file is created readable by others (0644 on Unix, before the umask) like any
//! file the user saves, not with the private 0600 mode temporary files get by default.

use std::fs::File;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// A file being written beside its final path; [`PendingFile::commit`] puts it in place.
#[derive(Debug)]
pub struct PendingFile {
    temp: NamedTempFile,
    target: PathBuf,
}

impl PendingFile {
    /// Creates the temporary file in `target`'s directory.
    pub fn beside(target: &Path) -> io::Result<Self> {
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| Path::new("."));
        let mut builder = tempfile::Builder::new();
        builder.prefix(".papertrail-").suffix(".part");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            builder.permissions(std::fs::Permissions::from_mode(0o644));
        }
        let temp = builder.tempfile_in(dir)?;
        Ok(Self {
            temp,
            target: target.to_path_buf(),
        })
    }

    /// The open temporary file, to write into.
    pub fn file_mut(&mut self) -> &mut File {
        self.temp.as_file_mut()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_appears_whole_and_readable() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("dossier.pdf");
        std::fs::write(&target, b"old").unwrap();
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
}

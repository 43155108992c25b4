//! What the app asks of the operating system: open a file with its viewer, show a folder, open
//! the mail client, and native file dialogs (rfd), which may be unavailable.

use crate::domain::TimeZone;
use std::path::{Path, PathBuf};

/// Why the system could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum SystemError {
    /// The opener program could not be started.
    #[error("could not start the system opener: {0}")]
    Opener(#[from] std::io::Error),
    /// There is no opener program on this system.
    #[error("no program to open files is installed here ({0} was not found).")]
    NoOpener(&'static str),
}

/// Opens a file, folder or URL with the system's default handler. Does not wait for it.
pub fn open(target: &str) -> Result<(), SystemError> {
    let program = if cfg!(target_os = "windows") {
        "cmd"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let mut command = std::process::Command::new(program);
    if cfg!(target_os = "windows") {
        command.args(["/C", "start", ""]);
    }
    command
        .arg(target)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => SystemError::NoOpener(program),
            _ => SystemError::Opener(e),
        })?;
    Ok(())
}

/// Opens a file's folder in the file manager.
pub fn show_in_folder(file: &Path) -> Result<(), SystemError> {
    let folder = file.parent().unwrap_or(file);
    open(&folder.to_string_lossy())
}

/// Whether a native file dialog can be shown at all. On Linux rfd needs a desktop portal (over
/// a D-Bus session) or `zenity`; without both it returns "cancelled" without showing anything.
pub fn native_dialog_available() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let has_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
    has_bus || program_on_path("zenity")
}

fn program_on_path(name: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(name).is_file()))
}

/// Asks for files to open; `None` when cancelled or no dialog could be shown.
pub fn pick_files(title: &str) -> Option<Vec<PathBuf>> {
    rfd::FileDialog::new().set_title(title).pick_files()
}

/// Asks for one case file (`.json` or `.zip`) to import.
pub fn pick_case_file(title: &str) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title(title)
        .add_filter("Paper Trail", &["zip", "json"])
        .pick_file()
}

/// Asks for email files (`.eml`, `.mbox`) to import.
pub fn pick_email_files(title: &str) -> Option<Vec<PathBuf>> {
    rfd::FileDialog::new()
        .set_title(title)
        .add_filter("Email", &["eml", "mbox"])
        .pick_files()
}

/// Asks where to save a file, starting from `suggested`.
pub fn save_file(title: &str, suggested: &Path) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new().set_title(title);
    if let Some(dir) = suggested.parent() {
        dialog = dialog.set_directory(dir);
    }
    if let Some(name) = suggested.file_name() {
        dialog = dialog.set_file_name(name.to_string_lossy());
    }
    dialog.save_file()
}

/// Where exported files go by default: the user's Documents folder (as the system names it,
/// else `~/Documents` when it exists), else the home folder; never inside the hidden data
/// folder. `data_dir` is the last resort only when the system has no home folder at all.
pub fn default_export_dir(data_dir: &Path) -> PathBuf {
    let dirs = directories::UserDirs::new();
    let home = dirs.as_ref().map(|d| d.home_dir().to_path_buf());
    let documents = dirs
        .as_ref()
        .and_then(|d| d.document_dir().map(Path::to_path_buf));
    documents_or_home(documents, home).unwrap_or_else(|| data_dir.join("exports"))
}

/// The Documents folder if it exists, else `home/Documents` if it exists, else `home`.
fn documents_or_home(documents: Option<PathBuf>, home: Option<PathBuf>) -> Option<PathBuf> {
    documents
        .filter(|dir| dir.is_dir())
        .or_else(|| {
            home.as_ref()
                .map(|home| home.join("Documents"))
                .filter(|dir| dir.is_dir())
        })
        .or(home)
}

/// A typed path as the user meant it: surrounding spaces dropped, and a leading `~` (alone or
/// before a separator) replaced by the home folder. `~user` and any other text are kept as
/// typed.
pub fn expand_typed_path(text: &str) -> PathBuf {
    let home = directories::UserDirs::new().map(|d| d.home_dir().to_path_buf());
    expand_tilde(text, home.as_deref())
}

fn expand_tilde(text: &str, home: Option<&Path>) -> PathBuf {
    let text = text.trim();
    let Some(home) = home else {
        return PathBuf::from(text);
    };
    if text == "~" {
        return home.to_path_buf();
    }
    let rest = text
        .strip_prefix("~/")
        .or_else(|| cfg!(windows).then(|| text.strip_prefix("~\\")).flatten());
    match rest {
        Some(rest) => home.join(rest),
        None => PathBuf::from(text),
    }
}

/// A new folder for a dossier rendered to print, in the system's temporary folder (kept, so
/// the viewer can still read the file after the app closes; the system clears it).
pub fn print_dir() -> std::io::Result<PathBuf> {
    Ok(tempfile::Builder::new()
        .prefix("papertrail-print-")
        .tempdir()?
        .keep())
}

/// The time zone the operating system is set to (`iana-time-zone`), or `fallback` when it
/// cannot be read or is not a known IANA name.
pub fn system_time_zone(fallback: TimeZone) -> TimeZone {
    zone_named(iana_time_zone::get_timezone().ok().as_deref(), fallback)
}

/// The zone with this IANA name, or `fallback`.
pub fn zone_named(name: Option<&str>, fallback: TimeZone) -> TimeZone {
    name.and_then(TimeZone::parse).unwrap_or(fallback)
}

#[cfg(test)]
mod zone_tests {
    use super::*;

    #[test]
    fn a_typed_tilde_is_the_home_folder() {
        let home = Path::new("/home/ana");
        assert_eq!(
            expand_tilde(" ~/Documents/a.pdf ", Some(home)),
            home.join("Documents/a.pdf")
        );
        assert_eq!(expand_tilde("~", Some(home)), home);
        assert_eq!(
            expand_tilde("~bob/a.pdf", Some(home)),
            Path::new("~bob/a.pdf")
        );
        assert_eq!(
            expand_tilde("/tmp/~/a.pdf", Some(home)),
            Path::new("/tmp/~/a.pdf")
        );
        assert_eq!(expand_tilde("~/a.pdf", None), Path::new("~/a.pdf"));
    }

    #[test]
    fn exports_go_to_documents_else_home_never_the_data_folder() {
        let work = tempfile::tempdir().unwrap();
        let home = work.path().join("home");
        let documents = home.join("Documents");
        std::fs::create_dir_all(&home).unwrap();
        let named = work.path().join("Mes documents");
        // No Documents folder: the home folder.
        assert_eq!(
            documents_or_home(None, Some(home.clone())),
            Some(home.clone())
        );
        assert_eq!(
            documents_or_home(Some(named.clone()), Some(home.clone())),
            Some(home.clone()),
            "a named folder that does not exist is skipped"
        );
        std::fs::create_dir_all(&documents).unwrap();
        assert_eq!(
            documents_or_home(None, Some(home.clone())),
            Some(documents.clone())
        );
        std::fs::create_dir_all(&named).unwrap();
        assert_eq!(
            documents_or_home(Some(named.clone()), Some(home)),
            Some(named)
        );
        assert_eq!(documents_or_home(None, None), None);
        // On this machine: never under the data folder.
        let data = work.path().join(".local/share/papertrail");
        assert!(
            !default_export_dir(&data).starts_with(&data) || directories::UserDirs::new().is_none()
        );
    }

    #[test]
    fn the_system_zone_is_used_when_known() {
        let paris = TimeZone::default();
        let montreal = TimeZone::parse("America/Montreal").unwrap();
        assert_eq!(zone_named(Some("America/Montreal"), paris), montreal);
        assert_eq!(zone_named(Some("Mars/Olympus"), paris), paris);
        assert_eq!(zone_named(None, montreal), montreal);
        // On this machine: whatever the system says, if it is an IANA name.
        if let Some(name) = iana_time_zone::get_timezone().ok()
            && let Some(zone) = TimeZone::parse(&name)
        {
            assert_eq!(system_time_zone(paris), zone);
        }
    }
}

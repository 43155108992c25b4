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
}

/// Opens a file, folder or URL with the system's default handler. Does not wait for it.
pub fn open(target: &str) -> Result<(), SystemError> {
    let mut command = if cfg!(target_os = "windows") {
        let mut command = std::process::Command::new("cmd");
        command.args(["/C", "start", ""]);
        command
    } else if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else {
        std::process::Command::new("xdg-open")
    };
    command
        .arg(target)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()?;
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

/// Where exported files go by default: the user's documents folder, else `<data>/exports`.
pub fn default_export_dir(data_dir: &Path) -> PathBuf {
    directories::UserDirs::new()
        .and_then(|dirs| dirs.document_dir().map(Path::to_path_buf))
        .filter(|dir| dir.is_dir())
        .unwrap_or_else(|| data_dir.join("exports"))
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

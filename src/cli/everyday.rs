//! The everyday subcommands (`import-email`, `search`, `calendar`) and the CLI's plain manners:
//! lines written so a closed pipe ends quietly, input files checked up front, and errors told
//! as sentences rather than `os error 2`.

use super::args::Command;
use crate::calendar;
use crate::domain::{CaseId, DateOrInstant};
use crate::store::Store;
use anyhow::Context as _;
use chrono::Utc;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Writes one line to standard output; a closed pipe comes back as an error that
/// [`is_broken_pipe`] recognises, so the command ends quietly instead of panicking.
pub(crate) fn line(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.write_all(b"\n")
}

/// Whether the error is a write to a closed pipe.
pub(crate) fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The error and its causes as one line, each system error in plain words ("the file does
/// not exist" rather than "No such file or directory (os error 2)").
pub(crate) fn sentence(error: &anyhow::Error) -> String {
    let parts: Vec<String> = error
        .chain()
        .map(|cause| match cause.downcast_ref::<std::io::Error>() {
            Some(io) => plain_io(io),
            None => cause.to_string(),
        })
        .collect();
    let mut text = parts.join(": ");
    if !text.ends_with(['.', '!', '?']) {
        text.push('.');
    }
    text
}

/// A system error in plain words.
fn plain_io(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    // An error made with its own sentence (a read-only file, a missing folder) says it.
    if error.get_ref().is_some() {
        return error.to_string();
    }
    match error.kind() {
        ErrorKind::NotFound => "it does not exist".to_owned(),
        ErrorKind::PermissionDenied => "permission denied".to_owned(),
        ErrorKind::AlreadyExists => "it already exists".to_owned(),
        ErrorKind::IsADirectory => "it is a folder, not a file".to_owned(),
        ErrorKind::NotADirectory => "a part of the path is a file, not a folder".to_owned(),
        ErrorKind::StorageFull => "the disk is full".to_owned(),
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        ErrorKind::InvalidData => "its content is not valid".to_owned(),
        ErrorKind::UnexpectedEof => "it ends too early".to_owned(),
        _ => {
            let text = error.to_string();
            // "Something failed (os error 5)" → "something failed".
            let text = text.split(" (os error").next().unwrap_or(&text).to_owned();
            let mut chars = text.chars();
            chars.next().map_or(text.clone(), |first| {
                first.to_lowercase().chain(chars).collect()
            })
        }
    }
}

/// Refuses input files that do not exist, with a sentence naming them.
pub(crate) fn check_inputs(command: &Command) -> anyhow::Result<()> {
    let inputs: Vec<&PathBuf> = match command {
        Command::Import { file } => vec![file],
        Command::ImportEmail { files, .. } => files.iter().collect(),
        _ => Vec::new(),
    };
    for path in inputs {
        if !path.exists() {
            anyhow::bail!("The file {} does not exist.", path.display());
        }
        if path.is_dir() && !matches!(command, Command::Import { .. }) {
            anyhow::bail!("{} is a folder, not a file.", path.display());
        }
    }
    Ok(())
}

/// `import-email`: prints each new contact's id; says how many were already there.
pub(crate) fn import_email(
    store: &mut Store,
    case: CaseId,
    files: &[PathBuf],
) -> anyhow::Result<()> {
    let report = crate::email::import_files(store, case, files)
        .with_context(|| format!("could not import the emails into case {case}"))?;
    for id in &report.added {
        line(id.as_str())?;
    }
    let added = report.added.len();
    let skipped = report.skipped.len();
    eprintln!(
        "Added {added} email{} to case {case}{}",
        if added == 1 { "" } else { "s" },
        match skipped {
            0 => String::new(),
            1 => "; 1 was already there".to_owned(),
            n => format!("; {n} were already there"),
        }
    );
    Ok(())
}

/// Replaces control characters (tabs, line breaks, escapes) with visible `\t`, `\n`, `\u{1b}`…
/// so a hit is always one line of tab-separated columns.
pub(crate) fn escape_control(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&c.escape_unicode().to_string()),
            c => out.push(c),
        }
    }
    out
}

/// `search`: one hit a line, `case id <TAB> entry id <TAB> snippet`.
pub(crate) fn search(store: &Store, query: &str, limit: usize) -> anyhow::Result<ExitCode> {
    let hits = store
        .search(query, limit)
        .context("could not search the cases")?;
    if hits.is_empty() {
        eprintln!("Nothing matches {query:?}.");
        return Ok(ExitCode::FAILURE);
    }
    for hit in &hits {
        let entry = hit.entry.as_ref().map_or("-", |e| e.as_str());
        line(&format!(
            "{}\t{}\t{}",
            hit.case,
            escape_control(entry),
            escape_control(&hit.snippet)
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `calendar`: the open deadlines of one case, or of every case still open or escalated.
pub(crate) fn calendar(
    store: &Store,
    id: Option<CaseId>,
    out: &Path,
    as_of: Option<DateOrInstant>,
) -> anyhow::Result<()> {
    let (text, count) = calendar::open_deadlines_ics(store, id, as_of, Utc::now(), None)
        .context("could not gather the deadlines")?;
    crate::output_file::write_atomically(out, text.as_bytes())
        .with_context(|| format!("could not write the calendar to {}", out.display()))?;
    eprintln!(
        "Wrote {count} deadline{} to {}",
        if count == 1 { "" } else { "s" },
        out.display()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_errors_read_as_sentences() {
        let error = anyhow::Error::new(std::io::Error::from(std::io::ErrorKind::NotFound))
            .context("could not read /tmp/x.eml");
        assert_eq!(
            sentence(&error),
            "could not read /tmp/x.eml: it does not exist."
        );
        let raw = anyhow::Error::new(std::io::Error::from_raw_os_error(2));
        assert!(!sentence(&raw).contains("os error"), "{}", sentence(&raw));
    }

    #[test]
    fn broken_pipes_are_recognised() {
        let error = anyhow::Error::new(std::io::Error::from(std::io::ErrorKind::BrokenPipe))
            .context("writing");
        assert!(is_broken_pipe(&error));
        assert!(!is_broken_pipe(&anyhow::anyhow!("other")));
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape_control("a\tb\nc\u{1b}[31m"), "a\\tb\\nc\\u{1b}[31m");
    }
}

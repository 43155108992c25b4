//! What each subcommand does, over the library: store, format, demo, analysis, dossier.

use super::args::{Command, PaperArg};
use crate::domain::{CaseData, CaseId, DateOrInstant};
use crate::dossier::{AttachmentSource, DossierOptions, Paper};
use crate::store::{CaseSummary, Store};
use anyhow::Context as _;
use chrono::{DateTime, Utc};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

/// Runs one subcommand against the store in `data_dir`.
pub(crate) fn run(command: Command, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let new_store = !data_dir.join(crate::store::DATABASE_FILE).exists();
    let mut store = Store::open(data_dir).context("could not open the data directory")?;
    if new_store && !matches!(command, Command::Import { .. } | Command::Demo) {
        // A mistyped --data-dir would otherwise look like a store whose cases all vanished.
        eprintln!(
            "Note: {} held no Paper Trail store; a new, empty one was created there.",
            data_dir.display()
        );
    }
    match command {
        Command::Import { file } => {
            let id = crate::format::import_path(&mut store, &file)
                .with_context(|| format!("could not import {}", file.display()))?;
            println!("{id}");
        }
        Command::ExportCase { id, out } => {
            if is_stdout(&out) {
                let stdout = std::io::stdout();
                crate::format::export_bundle_to(&store, id, &mut stdout.lock())
                    .with_context(|| format!("could not export case {id} to standard output"))?;
            } else {
                crate::format::export_bundle(&store, id, &out)
                    .with_context(|| format!("could not export case {id} to {}", out.display()))?;
                eprintln!("Exported case {id} to {}", out.display());
            }
        }
        Command::List => list(&store)?,
        Command::Verify => return verify(&store),
        Command::Demo => {
            let ids = crate::demo::import_demo_cases(&mut store)
                .context("could not import the demo cases")?;
            for id in ids {
                println!("{id}");
            }
        }
        Command::Report {
            id,
            as_of,
            json,
            lang,
        } => {
            let case = load(&store, id)?;
            let findings = crate::analysis::analyze(&case, instant(&case, as_of));
            if json {
                let text = serde_json::to_string_pretty(&findings)
                    .context("could not write the findings as JSON")?;
                println!("{}", escape_c1_in_json(&text));
            } else {
                let language = lang.unwrap_or(case.case.language);
                let text = crate::i18n::report::render(&case, &findings, language);
                // A report is pasted into emails: no full card number in it.
                let text = crate::domain::mask_card_numbers(&text);
                print!("{}", escape_controls(&text, &['\n', '\t']));
                std::io::stdout().flush().ok();
            }
        }
        Command::Dossier {
            id,
            out,
            lang,
            paper,
            as_of,
            redact,
            no_originals,
            for_email,
            max_mb,
        } => {
            let case = load(&store, id)?;
            let options = DossierOptions {
                language: lang,
                paper: match paper {
                    Some(PaperArg::A4) => Paper::A4,
                    Some(PaperArg::Letter) => Paper::Letter,
                    None => Paper::for_jurisdiction(case.case.jurisdiction),
                },
                prepared_at: instant(&case, as_of),
                redact,
                embed_originals: !no_originals,
                for_email: None,
            };
            if redact {
                eprintln!(
                    "Note: --redact hides the contact details and agents' names the dossier \
                     prints; the words typed in the case and the exhibits are printed as they are."
                );
            }
            if for_email {
                return super::email_dossier::run(&store, id, &case, &options, &out, max_mb);
            }
            let render = |sink: &mut dyn std::io::Write| {
                crate::dossier::render_pdf_to(
                    &case,
                    &StoreFiles(&store),
                    &options,
                    &mut |_| {},
                    &AtomicBool::new(false),
                    sink,
                )
            };
            let rendered = if is_stdout(&out) {
                let stdout = std::io::stdout();
                let mut sink = std::io::BufWriter::new(stdout.lock());
                let rendered = render(&mut sink)
                    .with_context(|| format!("could not make the dossier of case {id}"))?;
                sink.flush()
                    .context("could not write the dossier to standard output")?;
                rendered
            } else {
                let mut pending = crate::output_file::PendingFile::beside(&out)
                    .with_context(|| format!("could not write the dossier to {}", out.display()))?;
                let rendered = {
                    let mut sink = std::io::BufWriter::new(pending.file_mut());
                    let rendered = render(&mut sink)
                        .with_context(|| format!("could not make the dossier of case {id}"))?;
                    sink.flush().with_context(|| {
                        format!("could not write the dossier to {}", out.display())
                    })?;
                    rendered
                };
                pending
                    .commit()
                    .with_context(|| format!("could not write the dossier to {}", out.display()))?;
                eprintln!("Wrote the dossier of case {id} to {}", out.display());
                rendered
            };
            for damaged in &rendered.damaged {
                let what = if damaged.missing {
                    "is missing from the store"
                } else {
                    "no longer matches its SHA-256 (altered or damaged)"
                };
                eprintln!(
                    "Warning: the original of {} ({}) {what}; the dossier says so. \
                     `papertrail verify` checks every stored file.",
                    damaged.label, damaged.file_name
                );
            }
        }
        Command::ImportEmail { files, case } => {
            super::everyday::import_email(&mut store, case, &files)?;
        }
        Command::Search { query, limit } => {
            return super::everyday::search(&store, &query.join(" "), limit);
        }
        Command::Calendar { id, out, as_of } => {
            super::everyday::calendar(&store, id, &out, as_of)?;
        }
        Command::Letter {
            id,
            kind,
            out,
            format,
            lang,
            as_of,
            deadline_days,
            paper,
            generated,
        } => {
            let case = load(&store, id)?;
            // The text the user edited in the app, unless asked for the generated one or for
            // another language.
            let draft = if generated {
                None
            } else {
                store
                    .letter_draft(id, kind.as_str())?
                    .filter(|d| lang.is_none_or(|l| l == d.language))
            };
            // A date is the letter's date: the last second of that day, so that day is printed.
            let mut at = instant(&case, as_of);
            if matches!(as_of, Some(DateOrInstant::Date(_))) {
                at -= chrono::Duration::seconds(1);
            }
            let options = crate::letters::LetterOptions {
                language: lang.or(draft.as_ref().map(|d| d.language)),
                as_of: at,
                deadline_days,
                // The paper used where the case's law applies, as the dossier does.
                paper: match paper {
                    Some(PaperArg::A4) => Paper::A4,
                    Some(PaperArg::Letter) => Paper::Letter,
                    None => Paper::for_jurisdiction(case.case.jurisdiction),
                },
            };
            let edited = draft.as_ref().map(|d| d.text.as_str());
            super::letter::write(&case, kind, &options, format, &out, edited)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn load(store: &Store, id: CaseId) -> anyhow::Result<CaseData> {
    store
        .load_case(id)
        .with_context(|| format!("could not load case {id}"))
}

/// `--as-of`: an instant as given, a date as the end of that day in the case's zone, or now.
fn instant(case: &CaseData, as_of: Option<DateOrInstant>) -> DateTime<Utc> {
    as_of.map_or_else(Utc::now, |value| value.deadline_in(case.case.time_zone))
}

fn list(store: &Store) -> anyhow::Result<()> {
    let cases = store.list_cases().context("could not list the cases")?;
    if cases.is_empty() {
        eprintln!("No cases yet. `papertrail demo` imports the demo cases.");
    }
    for case in &cases {
        super::everyday::line(&list_line(case))?;
    }
    Ok(())
}

/// Whether an output path means standard output (`-`).
fn is_stdout(out: &Path) -> bool {
    out.as_os_str() == "-"
}

/// `text` with every control character (C0, DEL, C1) except those in `keep` shown escaped
/// (`\u{1b}`), so text from a case cannot move the cursor, ring the bell or retitle the terminal.
fn escape_controls(text: &str, keep: &[char]) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && !keep.contains(&c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// JSON with the C1 control characters (which `serde_json` leaves as they are) escaped as
/// `\u0080`…`\u009f`; still the same JSON value.
fn escape_c1_in_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if ('\u{80}'..='\u{9f}').contains(&c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// One line of `list`: id, title, merchant, status, counts, tab-separated.
fn list_line(case: &CaseSummary) -> String {
    let clean = |text: &str| {
        let text = crate::domain::mask_card_numbers(text);
        escape_controls(&text.replace(['\t', '\n', '\r'], " "), &[])
    };
    format!(
        "{}\t{}\t{}\t{}\t{} contacts, {} promises, {} statements, {} attachments, {} notes",
        case.id,
        clean(&case.title),
        clean(&case.merchant),
        case.status,
        case.contacts,
        case.promises,
        case.statements,
        case.attachments,
        case.notes
    )
}

fn verify(store: &Store) -> anyhow::Result<ExitCode> {
    let report = store
        .verify()
        .context("could not check the attachment store")?;
    for problem in &report.problems {
        println!("{problem}");
    }
    if report.is_ok() {
        println!("All {} stored files are intact.", report.checked);
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!(
            "error: {} of {} stored files are missing or altered",
            report.problems.len(),
            report.checked
        );
        Ok(ExitCode::FAILURE)
    }
}

/// Stored attachments for the dossier, read from the store's blob directory.
struct StoreFiles<'a>(&'a Store);

impl AttachmentSource for StoreFiles<'_> {
    fn path_of(&self, sha256: &str) -> PathBuf {
        self.0.blob_path(sha256)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_escaped() {
        assert_eq!(
            escape_controls("a\u{1b}[2Jb\u{7}\u{9b}c\nd", &['\n']),
            "a\\u{1b}[2Jb\\u{7}\\u{9b}c\nd"
        );
        let json = escape_c1_in_json("\"x\u{9b}y\"");
        assert_eq!(json, "\"x\\u009by\"");
        assert_eq!(
            serde_json::from_str::<String>(&json).unwrap(),
            "x\u{9b}y",
            "still the same JSON string"
        );
    }
}

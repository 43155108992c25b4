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
    let mut store = Store::open(data_dir).context("could not open the data directory")?;
    match command {
        Command::Import { file } => {
            let id = crate::format::import_path(&mut store, &file)
                .with_context(|| format!("could not import {}", file.display()))?;
            println!("{id}");
        }
        Command::ExportCase { id, out } => {
            crate::format::export_bundle(&store, id, &out)
                .with_context(|| format!("could not export case {id} to {}", out.display()))?;
            eprintln!("Exported case {id} to {}", out.display());
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
        Command::Report { id, as_of, json } => {
            let case = load(&store, id)?;
            let findings = crate::analysis::analyze(&case, instant(&case, as_of));
            if json {
                let text = serde_json::to_string_pretty(&findings)
                    .context("could not write the findings as JSON")?;
                println!("{text}");
            } else {
                print!("{}", crate::analysis::render_text(&case, &findings));
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
            };
            let pdf = crate::dossier::render_pdf(
                &case,
                &StoreFiles(&store),
                &options,
                &mut |_| {},
                &AtomicBool::new(false),
            )
            .with_context(|| format!("could not make the dossier of case {id}"))?;
            write_atomically(&out, &pdf)
                .with_context(|| format!("could not write the dossier to {}", out.display()))?;
            eprintln!("Wrote the dossier of case {id} to {}", out.display());
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
        println!("{}", list_line(case));
    }
    Ok(())
}

/// One line of `list`: id, title, merchant, status, counts, tab-separated.
fn list_line(case: &CaseSummary) -> String {
    let clean = |text: &str| text.replace(['\t', '\n', '\r'], " ");
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

/// Writes `bytes` to `out` through a temporary file, so a crash never leaves half a file.
fn write_atomically(out: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    crate::output_file::write_atomically(out, bytes)?;
    Ok(())
}

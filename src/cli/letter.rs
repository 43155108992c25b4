//! `papertrail letter`: a letter from a case, as PDF or text, to a file (written atomically) or
//! to standard output.

use super::args::LetterFormat;
use crate::domain::CaseData;
use crate::letters::{self, LetterKind, LetterOptions};
use anyhow::Context as _;
use std::io::Write as _;
use std::path::Path;

/// Builds the letter and writes it to `out` (`-` = standard output), with the user's `edited`
/// text when there is one; the deadline's basis goes to standard error.
pub(crate) fn write(
    case: &CaseData,
    kind: LetterKind,
    options: &LetterOptions,
    format: LetterFormat,
    out: &Path,
    edited: Option<&str>,
) -> anyhow::Result<()> {
    let findings = crate::analysis::analyze(case, options.as_of);
    let letter = letters::build(case, &findings, kind, options)
        .map_err(|e| anyhow::anyhow!(e.message(options.language.unwrap_or(case.case.language))))?;
    let bytes = match (format, edited) {
        (LetterFormat::Pdf, None) => letters::pdf::render(&letter, options.as_of)
            .context("could not make the letter's PDF")?,
        (LetterFormat::Pdf, Some(text)) => {
            letters::pdf::render_edited(&letter, text, options.as_of)
                .context("could not make the letter's PDF")?
        }
        (LetterFormat::Txt, None) => letters::text::render(&letter).into_bytes(),
        (LetterFormat::Txt, Some(text)) => letters::edited::rewrap(text).into_bytes(),
    };
    if edited.is_some() {
        eprintln!(
            "Using the text you edited in the app for this letter (--generated writes the \
             generated one)."
        );
    }
    if out.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut sink = stdout.lock();
        sink.write_all(&bytes)
            .and_then(|()| sink.flush())
            .context("could not write the letter to standard output")?;
    } else {
        crate::output_file::write_atomically(out, &bytes)
            .with_context(|| format!("could not write the letter to {}", out.display()))?;
        eprintln!("Wrote the {kind} letter to {}", out.display());
    }
    eprintln!("{}", letter.deadline_note);
    for warning in &letter.warnings {
        eprintln!("{warning}");
    }
    Ok(())
}

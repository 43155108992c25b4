//! `dossier --for-email`: the copy of the dossier small enough to email, written to a file or
//! standard output, with a plain warning when even the smallest step stays over the size asked.

use crate::domain::{CaseData, CaseId};
use crate::dossier::{AttachmentSource, DossierOptions};
use crate::store::Store;
use anyhow::Context as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

struct Blobs<'a>(&'a Store);

impl AttachmentSource for Blobs<'_> {
    fn path_of(&self, sha256: &str) -> PathBuf {
        self.0.blob_path(sha256)
    }
}

/// Bytes in `max_mb` megabytes (10⁶ bytes each); a limit that is not a positive number is
/// refused.
fn limit_bytes(max_mb: f64) -> anyhow::Result<u64> {
    if !max_mb.is_finite() || max_mb <= 0.0 {
        anyhow::bail!("--max-mb must be a positive number of megabytes, not {max_mb}");
    }
    // Bounded above so the conversion cannot overflow.
    Ok((max_mb.min(1.0e9) * 1.0e6) as u64)
}

/// Renders the copy to email and writes it; exit 0 even when it stays over the limit (the
/// smallest copy is written and standard error says so).
pub(crate) fn run(
    store: &Store,
    id: CaseId,
    case: &CaseData,
    options: &DossierOptions,
    out: &Path,
    max_mb: f64,
) -> anyhow::Result<ExitCode> {
    let max_bytes = limit_bytes(max_mb)?;
    let made = crate::dossier::render_for_email(
        case,
        &Blobs(store),
        options,
        max_bytes,
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .with_context(|| format!("could not make the dossier of case {id}"))?;
    if out.as_os_str() == "-" {
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(&made.bytes)
            .and_then(|()| stdout.flush())
            .context("could not write the dossier to standard output")?;
    } else {
        crate::output_file::write_atomically(out, &made.bytes)
            .with_context(|| format!("could not write the dossier to {}", out.display()))?;
    }
    let size_mb = made.bytes.len() as f64 / 1.0e6;
    if made.fits {
        eprintln!(
            "Wrote the dossier of case {id} for email ({size_mb:.1} MB, pictures at {} dpi, originals not attached) to {}",
            made.dpi,
            shown(out)
        );
    } else {
        eprintln!(
            "Warning: the dossier of case {id} for email is {size_mb:.1} MB, over the {max_mb} MB asked for, even with pictures at {} dpi; it was written anyway to {}. Send it in parts, or by a file-sharing link.",
            made.dpi,
            shown(out)
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn shown(out: &Path) -> String {
    if out.as_os_str() == "-" {
        "standard output".to_owned()
    } else {
        out.display().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_is_in_megabytes_and_must_be_positive() {
        assert_eq!(limit_bytes(10.0).unwrap(), 10_000_000);
        assert_eq!(limit_bytes(0.5).unwrap(), 500_000);
        assert!(limit_bytes(0.0).is_err());
        assert!(limit_bytes(-3.0).is_err());
        assert!(limit_bytes(f64::NAN).is_err());
    }

    #[test]
    fn the_full_dossier_stays_the_default() {
        use super::super::args::{Cli, Command};
        use clap::Parser as _;
        let parse = |extra: &[&str]| {
            let mut argv = vec!["papertrail", "dossier", "3", "--out", "d.pdf"];
            argv.extend_from_slice(extra);
            match Cli::try_parse_from(argv).map(|c| c.command) {
                Ok(Some(Command::Dossier {
                    for_email, max_mb, ..
                })) => Some((for_email, max_mb)),
                _ => None,
            }
        };
        assert_eq!(parse(&[]), Some((false, 10.0)));
        assert_eq!(parse(&["--for-email"]), Some((true, 10.0)));
        assert_eq!(
            parse(&["--for-email", "--max-mb", "2.5"]),
            Some((true, 2.5))
        );
        assert_eq!(
            parse(&["--max-mb", "2.5"]),
            None,
            "--max-mb needs --for-email"
        );
    }
}

//! The command line's grammar (clap derive).

use crate::domain::{CaseId, DateOrInstant, Language};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Paper Trail: log every contact with a merchant, watch delays and contradictions pile up,
/// export a dated PDF dossier. Without a command, opens the app.
#[derive(Debug, Parser)]
#[command(name = "papertrail", version, about)]
pub(crate) struct Cli {
    /// Where the database and attachments live (default: the platform data directory, e.g.
    /// ~/.local/share/papertrail).
    #[arg(long, global = true, env = "PAPERTRAIL_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// What to do; none opens the app.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Import a case file (case.json or a bundle .zip) and print the new case's id.
    Import {
        /// The case.json, the directory holding it, or the bundle .zip.
        file: PathBuf,
    },
    /// Export a case as a bundle .zip (case.json + attachments/).
    ExportCase {
        /// The case id (see `list`).
        #[arg(value_parser = parse_case_id)]
        id: CaseId,
        /// The .zip file to write (- for standard output). An existing file keeps its
        /// permissions and a symbolic link is written through; anything else is refused.
        #[arg(long, value_name = "FILE.zip")]
        out: PathBuf,
    },
    /// List the cases, one a line: id, title, merchant, status, counts (tab-separated).
    List,
    /// Re-hash every stored attachment; exit code 1 if any is missing or altered.
    Verify,
    /// Import the demo cases and print their ids.
    Demo,
    /// Print a case's findings (delays, promises, contradictions) as text or JSON.
    Report {
        /// The case id.
        #[arg(value_parser = parse_case_id)]
        id: CaseId,
        /// The instant to analyse at: RFC 3339, or a date meaning the end of that day in the
        /// case's time zone (default: now).
        #[arg(long, value_name = "INSTANT", value_parser = parse_as_of)]
        as_of: Option<DateOrInstant>,
        /// Print the findings as JSON.
        #[arg(long)]
        json: bool,
        /// Language of the text report (default: the case's).
        #[arg(long, value_parser = parse_language)]
        lang: Option<Language>,
    },
    /// Write a case's dated PDF dossier.
    Dossier {
        /// The case id.
        #[arg(value_parser = parse_case_id)]
        id: CaseId,
        /// The PDF file to write (- for standard output). An existing file keeps its
        /// permissions and a symbolic link is written through; anything else is refused.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Language of the dossier (default: the case's).
        #[arg(long, value_parser = parse_language)]
        lang: Option<Language>,
        /// Paper size (default: Letter for Québec, Canada and the US, A4 elsewhere).
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
        /// The preparation instant (RFC 3339 or a date; default: now).
        #[arg(long, value_name = "INSTANT", value_parser = parse_as_of)]
        as_of: Option<DateOrInstant>,
        /// Replace the consumer's contact details and agents' names with neutral labels where the
        /// dossier prints them; the words you typed (summaries, story) and the exhibits are
        /// printed as they are, so read them before sending.
        #[arg(long)]
        redact: bool,
        /// Do not embed the original files in the PDF.
        #[arg(long)]
        no_originals: bool,
        /// A copy small enough to email: pictures re-encoded at the resolution they print at
        /// (150 dpi, lower if needed), originals not embedded; each exhibit keeps its name,
        /// size and SHA-256. Still too large after the last step: written anyway, with a
        /// warning on standard error.
        #[arg(long)]
        for_email: bool,
        /// The size the copy to email must fit in, in megabytes (with --for-email).
        #[arg(long, value_name = "N", requires = "for_email", default_value_t = crate::dossier::EMAIL_DEFAULT_MAX_MB)]
        max_mb: f64,
    },
    /// Import emails (.eml files, .mbox mailboxes) into a case, each as a contact; prints the
    /// new contacts' ids. Messages already in the case are skipped.
    ImportEmail {
        /// The .eml or .mbox files.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The case to add them to.
        #[arg(long = "case", value_name = "ID", value_parser = parse_case_id)]
        case: CaseId,
    },
    /// Search every case; prints one hit a line: case id, entry id (`-` for the case's own
    /// details), a snippet with the words found put in brackets. Exit code 1 if nothing matches.
    Search {
        /// The words to look for (accents and case ignored).
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
        /// The most hits to print.
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Write the open deadlines (promises falling due, replies due) of one case, or of every
    /// open case, as an iCalendar file with a reminder the day before each.
    Calendar {
        /// The case id (default: every case not resolved or abandoned).
        #[arg(value_parser = parse_case_id)]
        id: Option<CaseId>,
        /// The .ics file to write.
        #[arg(long, value_name = "FILE.ics")]
        out: PathBuf,
        /// The instant to compute the deadlines at (RFC 3339 or a date; default: now).
        #[arg(long, value_name = "INSTANT", value_parser = parse_as_of)]
        as_of: Option<DateOrInstant>,
    },
    /// Write a letter from a case: formal notice, cancellation, letter before claim,
    /// chargeback request or mediation request (PDF, or text wrapped at 72 columns).
    Letter {
        /// The case id (see `papertrail list`).
        #[arg(value_parser = parse_case_id)]
        id: CaseId,
        /// formal-notice, cancellation, letter-before-claim, chargeback-request or
        /// mediation-request.
        #[arg(long, value_parser = parse_letter_kind)]
        kind: crate::letters::LetterKind,
        /// Output file (`-` = standard output).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// pdf (default) or txt.
        #[arg(long, value_enum, default_value_t = LetterFormat::Pdf)]
        format: LetterFormat,
        /// Language: fr or en (default: the case's).
        #[arg(long, value_parser = parse_language)]
        lang: Option<Language>,
        /// The letter's date: a date-time or a date (default: now).
        #[arg(long, value_name = "INSTANT", value_parser = parse_as_of)]
        as_of: Option<DateOrInstant>,
        /// Days given to the recipient, 1 to 365 (default: the usual period for the kind and
        /// place).
        #[arg(long, value_name = "N", value_parser = parse_deadline_days)]
        deadline_days: Option<u32>,
        /// Paper size (default: Letter for Québec, Canada and the US, A4 elsewhere).
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
        /// Write the generated text even when the letter was edited in the app (by default the
        /// edited text kept for this case and kind is written, in its language).
        #[arg(long)]
        generated: bool,
    },
}

/// Paper sizes on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum PaperArg {
    /// ISO A4.
    A4,
    /// US Letter.
    Letter,
}

/// The output format of `papertrail letter`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum LetterFormat {
    /// PDF through the dossier's layout engine.
    Pdf,
    /// Plain UTF-8 text wrapped at 72 columns.
    Txt,
}

fn parse_letter_kind(text: &str) -> Result<crate::letters::LetterKind, String> {
    text.parse()
        .map_err(|e: crate::letters::UnknownKind| e.to_string())
}

fn parse_deadline_days(text: &str) -> Result<u32, String> {
    let range = crate::letters::DEADLINE_DAYS;
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|days| range.contains(days))
        .ok_or_else(|| {
            format!(
                "expected a number of days from {} to {}, got {text:?}",
                range.start(),
                range.end()
            )
        })
}

fn parse_case_id(text: &str) -> Result<CaseId, String> {
    text.trim()
        .parse::<i64>()
        .map(CaseId)
        .map_err(|_| format!("expected a case id (a number, see `papertrail list`), got {text:?}"))
}

fn parse_as_of(text: &str) -> Result<DateOrInstant, String> {
    DateOrInstant::parse(text).ok_or_else(|| {
        format!(
            "expected an RFC 3339 date-time (2026-09-01T12:00:00+02:00) or a date, got {text:?}"
        )
    })
}

fn parse_language(text: &str) -> Result<Language, String> {
    text.parse::<Language>().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory as _;

    #[test]
    fn the_grammar_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn values_are_parsed() {
        let cli = Cli::try_parse_from([
            "papertrail",
            "--data-dir",
            "/d",
            "dossier",
            "3",
            "--out",
            "x.pdf",
            "--lang",
            "en",
            "--paper",
            "letter",
            "--as-of",
            "2026-09-01",
        ])
        .unwrap();
        let Some(Command::Dossier {
            id,
            lang,
            paper,
            as_of,
            ..
        }) = cli.command
        else {
            panic!("not a dossier command");
        };
        assert_eq!(
            (id, lang, paper),
            (CaseId(3), Some(Language::En), Some(PaperArg::Letter))
        );
        assert_eq!(as_of, DateOrInstant::parse("2026-09-01"));
        assert!(Cli::try_parse_from(["papertrail", "report", "x"]).is_err());
        let letter = Cli::try_parse_from([
            "papertrail",
            "letter",
            "2",
            "--kind",
            "chargeback-request",
            "--out",
            "-",
            "--format",
            "txt",
            "--deadline-days",
            "12",
        ])
        .unwrap();
        assert!(matches!(
            letter.command,
            Some(Command::Letter {
                kind: crate::letters::LetterKind::ChargebackRequest,
                format: LetterFormat::Txt,
                deadline_days: Some(12),
                ..
            })
        ));
        assert!(
            Cli::try_parse_from(["papertrail", "letter", "2", "--kind", "love", "--out", "x"])
                .is_err()
        );
        assert!(Cli::try_parse_from(["papertrail", "report", "1", "--as-of", "soon"]).is_err());
    }
}

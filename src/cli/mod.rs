//! The command line (`papertrail import`, `export-case`, `list`, `verify`, `demo`, `report`,
//! `dossier`); with no subcommand it opens the app. Errors are one sentence on stderr and a
//! non-zero exit code, never a panic.

mod args;
mod commands;
mod everyday;
// The dossier to email (issue 11, part 6).
mod email_dossier;
mod letter;

use args::Cli;
use clap::Parser as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// Parses the process arguments and runs the command; with no subcommand opens the app.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Usage errors, --help and --version: clap prints them and picks the exit code.
            e.print().ok();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match execute(cli) {
        Ok(code) => code,
        // A reader that stopped early (`papertrail list | head -1`) is not an error.
        Err(e) if everyday::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", everyday::sentence(&e));
            ExitCode::FAILURE
        }
    }
}

fn execute(cli: Cli) -> anyhow::Result<ExitCode> {
    let data_dir = match cli.data_dir {
        Some(dir) => dir,
        None => default_data_dir()?,
    };
    match cli.command {
        None => {
            crate::ui::run(&data_dir)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(command) => {
            everyday::check_inputs(&command)?;
            commands::run(command, &data_dir)
        }
    }
}

/// The platform data directory (`~/.local/share/papertrail` on Linux).
pub fn default_data_dir() -> anyhow::Result<PathBuf> {
    directories::ProjectDirs::from("", "", "papertrail")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or_else(|| anyhow::anyhow!("could not find the home directory; pass --data-dir DIR"))
}

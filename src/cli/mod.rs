//! The command line (`papertrail import`, `list`, `verify`, `demo`, `report`, `dossier`…).
//!
//! CONTRACT STUB: the CLI implementation replaces this; `main.rs` only calls [`run`].

use std::process::ExitCode;

/// Parses the process arguments and runs the command; with no subcommand opens the app.
pub fn run() -> ExitCode {
    ExitCode::SUCCESS
}

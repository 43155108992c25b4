//! The `papertrail` binary: everything happens in [`papertrail::cli::run`].

fn main() -> std::process::ExitCode {
    papertrail::cli::run()
}

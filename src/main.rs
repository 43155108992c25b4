//! The `papertrail` binary: everything happens in [`papertrail::cli::run`].

/// mimalloc rather than the system allocator: the analysis and the dossier allocate many small
/// strings, and it runs them about twice as fast (`cargo bench --bench analysis`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    papertrail::cli::run()
}

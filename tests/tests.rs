//! Integration tests: one binary, one module per area.

mod cli;
mod crash;
mod demo_stories;
mod dossier;
mod format;
mod store;
mod util;

//! Integration tests.

mod cli;
mod demo_stories;
mod dossier;
mod format;
mod store;
mod ui;
mod util;

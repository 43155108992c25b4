//! Integration tests.

mod dossier;
mod store;
mod ui;
mod util;

//! Integration tests.

mod cli;
mod format;
mod store;
mod util;

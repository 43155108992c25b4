//! Integration tests.

mod cli;
mod crash;
mod format;
mod store;
mod util;

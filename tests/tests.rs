//! Integration tests.

mod store;
mod ui;
mod util;

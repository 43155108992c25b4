//! Integration tests.

mod format;
mod store;
mod util;

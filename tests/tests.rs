//! Integration tests.

mod store;
mod util;

//! Integration tests.

mod demo_stories;
mod format;
mod store;
mod util;

//! Integration tests: one binary, one module per area.

// Test helpers may unwrap: a failure there is a test failure with its message.
#![allow(clippy::unwrap_used)]

mod cli;
mod consistency;
mod crash;
mod demo_stories;
mod dossier;
mod format;
mod hardening;
mod store;
mod ui;
mod util;
// Everyday use (issue 11): email import, search across cases, calendar, plain defaults.
mod calendar;
mod defaults;
mod email;
mod search;
// Letters (issue 10).
mod letters;
mod letters_ui;
// The chronology and obligations of the dossier (issue 13).
mod chronology;
// A window that fits, and the keyboard (issue 11 part 5).
mod window;
// Everyday use, the rest (issue 11): paste, Due soon and the promise question, print.
mod everyday_ui;
// The claim sheet, declaration and gaps (issue 13).
mod claim;

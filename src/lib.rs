//! Paper Trail: help a consumer win a dispute with a merchant.
//!
//! Layers, and the direction of their dependencies:
//! - [`domain`]: the case and its entries, pure data (no I/O, no clock).
//! - [`i18n`]: French and English text for everything a person reads.
//! - [`analysis`]: pure findings from a case (delays, unanswered contacts, promises,
//!   contradictions, timeline, headline) at an explicit `as_of` instant.
//! - [`law`]: statutory rules (rights and deadlines) as data, with their sources.
//! - [`format`](mod@format): the case file format v1 (JSON and zip bundle), import and export.
//! - [`store`]: the SQLite database and the content-addressed attachment store.
//! - [`layout`] and [`dossier`]: the PDF dossier (a small layout engine, then the content).
//! - [`cli`] and [`ui`]: the two front ends, both thin over the layers above.
//! - [`calendar`]: open deadlines as an iCalendar file; [`email`]: emails imported as contacts.
//! - [`letters`]: the letters that open the next door (formal notice, cancellation, letter before
//!   claim, chargeback request, mediation request), written from the case.
//! - [`demo`]: the demo cases compiled into the binary; [`output_file`]: atomic writes of the
//!   files a user asks for.

pub mod analysis;
pub mod calendar;
pub mod cli;
pub mod demo;
pub mod domain;
pub mod dossier;
pub mod email;
pub mod format;
pub mod i18n;
pub mod law;
pub mod layout;
pub mod letters;
pub mod output_file;
pub mod store;
pub mod ui;

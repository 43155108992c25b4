//! Exhibits that are documents rather than pictures, prepared before the layout: a PDF's
//! pages (read with lopdf, [`super::pdf_exhibit`]), a text or an email to print
//! ([`super::text_exhibit`]). Anything that cannot be shown becomes a note, never an error.

use super::pdf_exhibit::{self, PdfPages};
use super::text_exhibit::{self, Printable};
use crate::domain::{Language, TimeZone};
use std::io::Read as _;
use std::path::Path;

/// A document exhibit as prepared: what to show, or why not.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Prepared {
    /// A PDF's pages to place.
    pub pdf: Option<PdfPages>,
    /// A text or an email to print.
    pub text: Option<Printable>,
    /// The i18n key of a note when it cannot be shown.
    pub note: Option<&'static str>,
}

/// Whether the file starts as a PDF does.
fn starts_as_pdf(path: &Path) -> bool {
    let mut head = [0_u8; 8];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| pdf_exhibit::is_pdf(&head))
}

/// Prepares a stored file that is not a picture (already checked against its SHA-256);
/// `None` when it is none of the kinds shown (the caller keeps its own note).
pub fn prepare(
    path: &Path,
    size: u64,
    media_type: &str,
    file_name: &str,
    language: Language,
    zone: TimeZone,
) -> Option<Prepared> {
    if media_type == "application/pdf" || starts_as_pdf(path) {
        return Some(match pdf_exhibit::read(path, size) {
            Ok(pages) => Prepared {
                pdf: Some(pages),
                ..Prepared::default()
            },
            Err(refusal) => Prepared {
                note: Some(refusal.note_key()),
                ..Prepared::default()
            },
        });
    }
    let kind = text_exhibit::kind(media_type, file_name)?;
    Some(match text_exhibit::read(path, size, kind, language, zone) {
        Ok(text) => Prepared {
            text: Some(text),
            ..Prepared::default()
        },
        Err(note) => Prepared {
            note: Some(note),
            ..Prepared::default()
        },
    })
}

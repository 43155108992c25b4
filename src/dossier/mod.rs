//! The dated PDF dossier of a case.
//!
//! CONTRACT STUB: signatures the UI and CLI code against; the dossier implementation replaces
//! the bodies and keeps these signatures (adding fields to the option and progress types is fine).

use crate::domain::{CaseData, Language};
use chrono::{DateTime, Utc};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// ISO A4.
    #[default]
    A4,
    /// US Letter.
    Letter,
}

/// How to make the dossier.
#[derive(Debug, Clone, PartialEq)]
pub struct DossierOptions {
    /// Language; `None` follows the case.
    pub language: Option<Language>,
    /// Paper size.
    pub paper: Paper,
    /// The preparation instant, also the analysis's `as_of`.
    pub prepared_at: DateTime<Utc>,
    /// Replace the consumer's contact details and agents' names with neutral labels.
    pub redact: bool,
    /// Embed the original files as PDF attachments.
    pub embed_originals: bool,
}

/// Export progress: pages done out of total (total known once laid out).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Pages done.
    pub done: u32,
    /// Pages in all.
    pub total: u32,
}

/// Where the dossier reads attachment bytes from (the store's blob directory, a bundle…).
pub trait AttachmentSource {
    /// The path of the stored file with this SHA-256.
    fn path_of(&self, sha256: &str) -> PathBuf;
}

/// What can go wrong making a dossier.
#[derive(Debug, thiserror::Error)]
pub enum DossierError {
    /// The user cancelled.
    #[error("the export was cancelled")]
    Cancelled,
    /// Not written yet.
    #[error("the dossier export is not implemented yet")]
    NotImplemented,
}

/// Renders the dossier as PDF bytes. Pure apart from reading attachment files; calls `progress`
/// as pages are done and stops with [`DossierError::Cancelled`] when `cancel` is set.
pub fn render_pdf(
    case: &CaseData,
    attachments: &dyn AttachmentSource,
    options: &DossierOptions,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<Vec<u8>, DossierError> {
    let _ = (case, attachments, options, progress, cancel);
    Err(DossierError::NotImplemented)
}

//! Other documents made with the layout engine (letters) written out the dossier's way: fonts
//! subset, metadata, deterministic bytes; no images, links, outline or attachments.

use super::DossierError;
use crate::domain::Language;
use crate::layout::{Item, Laid, PageSize};
use chrono::{DateTime, Utc};
use sha2::{Digest as _, Sha256};
use std::collections::BTreeMap;
use std::sync::atomic::AtomicBool;

/// The metadata of a plain document.
#[derive(Debug, Clone, PartialEq)]
pub struct PlainMeta {
    /// Title.
    pub title: String,
    /// Author.
    pub author: String,
    /// Subject.
    pub subject: String,
    /// Language of the text.
    pub language: Language,
    /// Creation date (the document's own date, never the clock: same inputs, same bytes).
    pub date: DateTime<Utc>,
}

/// Writes laid-out pages (text, lines and boxes) as a PDF into `out`.
pub fn write_plain_pdf(
    fonts: &crate::layout::Fonts,
    paper: PageSize,
    laid: &mut Laid,
    meta: &PlainMeta,
    out: &mut dyn std::io::Write,
) -> Result<(), DossierError> {
    let doc = super::pdf::write(
        fonts,
        paper,
        laid,
        BTreeMap::new(),
        &mut |_, _| {},
        &AtomicBool::new(false),
    )?;
    let mut hash = Sha256::new();
    hash.update(format!(
        "{}|{}|{}",
        meta.title,
        meta.author,
        meta.date.to_rfc3339()
    ));
    for page in &laid.pages {
        for item in &page.items {
            if let Item::Text { text, .. } = item {
                hash.update(text.as_bytes());
            }
        }
    }
    let digest = hash.finalize();
    let mut id = [0u8; 16];
    for (slot, byte) in id.iter_mut().zip(digest.iter()) {
        *slot = *byte;
    }
    let post_meta = super::post::Meta {
        title: meta.title.clone(),
        author: meta.author.clone(),
        subject: meta.subject.clone(),
        keywords: String::new(),
        creator: format!("Paper Trail {}", env!("CARGO_PKG_VERSION")),
        lang: match meta.language {
            Language::Fr => "fr-FR".to_owned(),
            Language::En => "en-US".to_owned(),
        },
        date: meta.date,
        cover_label: "1".to_owned(),
        id,
    };
    super::post::finish(doc, laid, &[], &[], &post_meta, out)
}

//! The dated PDF dossier of a case: what a manager, mediator, consumer-protection office or
//! court receives.
//!
//! The pipeline: [`model::build`] turns the case and its findings into text (pure, tested with
//! hand-built findings); [`images`] reads the exhibit files without degrading them; `sections`
//! lays the pages out with [`crate::layout`]; `pdf` builds the lopdf document directly (fonts
//! subset in `fontfile`, each page's content stream written as bytes by `content` and deflated
//! by `compress`, pages shared between the cores); `post` finishes it in lopdf (links, outline,
//! page labels, attachments, metadata, `/ID`) and writes the file once.
//! Output is deterministic: the same case, options and preparation instant give the same bytes.

mod chronology;
pub mod claim;
mod claim_layout;
mod compress;
mod content;
mod fontfile;
pub mod gaps;
pub mod images;
pub mod law;
pub mod model;
mod pdf;
mod plain;
mod post;
mod sections;
// Every exhibit readable (issue 13): PDFs as vector pages, texts and emails printed.
pub mod annotations;
mod documents;
mod exhibit_pages;
pub mod form_xobject;
pub mod pdf_exhibit;
pub mod text_exhibit;

pub use plain::{PlainMeta, write_plain_pdf};

use crate::analysis::Findings;
use crate::domain::{CaseData, Jurisdiction, Language};
use crate::layout::{Fonts, Frame, MM, PageSize, Typography};
use chrono::{DateTime, Utc};
use sha2::{Digest as _, Sha256};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// ISO A4.
    #[default]
    A4,
    /// US Letter.
    Letter,
}

impl Paper {
    /// The paper people use where the case's law applies: US Letter in Québec, the rest of
    /// Canada and the United States, A4 elsewhere.
    pub fn for_jurisdiction(jurisdiction: Jurisdiction) -> Self {
        let code = jurisdiction.as_str();
        if code == "us" || code == "ca" || code.starts_with("ca-") {
            Self::Letter
        } else {
            Self::A4
        }
    }
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
    /// A copy small enough to email: every picture re-encoded at this resolution, each exhibit
    /// saying so. `None` for the full-evidence dossier. (The originals' embedding is still
    /// [`Self::embed_originals`]; [`render_for_email`] turns it off.)
    pub for_email: Option<images::Resolution>,
}

/// The resolutions tried in turn for a copy to email, until one fits: 150 dpi at quality 75
/// first, then lower. A bounded list, so the export always ends.
pub const EMAIL_STEPS: [(f32, u8); 4] = [(150.0, 75), (120.0, 65), (96.0, 55), (72.0, 45)];

/// The default size limit of a copy to email, in megabytes (10⁶ bytes).
pub const EMAIL_DEFAULT_MAX_MB: f64 = 10.0;

/// A copy of the dossier made to be emailed.
#[derive(Debug, Clone)]
pub struct EmailDossier {
    /// The PDF.
    pub bytes: Vec<u8>,
    /// Whether it fits under the size asked for. When no step fits, the smallest copy is kept
    /// (written anyway; the caller says so).
    pub fits: bool,
    /// The resolution (dpi) the pictures were drawn at in the copy kept.
    pub dpi: f32,
}

/// Renders a copy to email under `max_bytes`: originals not embedded, pictures re-encoded at
/// each of [`EMAIL_STEPS`] in turn until the PDF fits; when none does, the last (smallest) one
/// is returned with `fits: false`.
pub fn render_for_email(
    case: &CaseData,
    attachments: &dyn AttachmentSource,
    options: &DossierOptions,
    max_bytes: u64,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<EmailDossier, DossierError> {
    let findings = crate::analysis::analyze(case, options.prepared_at);
    let mut last = None;
    for (dpi, quality) in EMAIL_STEPS {
        let step = DossierOptions {
            embed_originals: false,
            for_email: Some(images::Resolution::reduced(dpi, quality)),
            ..options.clone()
        };
        let bytes =
            render_pdf_with_findings(case, &findings, attachments, &step, progress, cancel)?;
        let fits = bytes.len() as u64 <= max_bytes;
        last = Some(EmailDossier { bytes, fits, dpi });
        if fits {
            break;
        }
    }
    last.ok_or_else(|| DossierError::Pdf("no resolution to try".to_owned()))
}

/// What an exhibit's file becomes in the dossier, for [`estimate_sizes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drawn {
    /// A picture: drawn, and reduced in the copy to email.
    Picture,
    /// A PDF: its pages placed as they are, in both copies.
    Pages,
    /// A text printed, or a file only listed: a few pages of text at most.
    Other,
}

impl Drawn {
    /// What a file of this media type becomes.
    pub fn of(media_type: &str) -> Self {
        if media_type.starts_with("image/") {
            Self::Picture
        } else if media_type == "application/pdf" {
            Self::Pages
        } else {
            Self::Other
        }
    }
}

/// About how many bytes each choice of dossier takes, from the exhibits' file sizes (before
/// the pages are laid out): the full dossier carries every original plus the pictures drawn
/// from them (a JPEG that fits is drawn as is; a larger picture is reduced to about 3 MB at
/// most) and the pages imported from each PDF (about its size, up to the size a PDF is drawn
/// from); the copy to email carries a reduced picture of each image and the same imported PDF
/// pages. A rough guide for the export dialog, said as "about".
pub fn estimate_sizes(files: &[(u64, Drawn)]) -> (u64, u64) {
    /// Pages, fonts and text.
    const BASE: u64 = 300_000;
    /// A picture at 150 dpi across the page, JPEG quality 75.
    const EMAIL_PICTURE: u64 = 250_000;
    /// At most what a picture drawn at 300 dpi across the page takes.
    const FULL_PICTURE: u64 = 3_000_000;
    let pages = |size: u64| {
        if size > pdf_exhibit::MAX_FILE_BYTES {
            0
        } else {
            size
        }
    };
    let full = files.iter().fold(BASE, |sum, (size, drawn)| {
        sum.saturating_add(match drawn {
            Drawn::Picture => size.saturating_add((*size).min(FULL_PICTURE)),
            Drawn::Pages => size.saturating_add(pages(*size)),
            Drawn::Other => *size,
        })
    });
    let email = files.iter().fold(BASE, |sum, (size, drawn)| {
        sum.saturating_add(match drawn {
            Drawn::Picture => EMAIL_PICTURE.min(size.saturating_add(20_000)),
            Drawn::Pages => pages(*size),
            Drawn::Other => 0,
        })
    });
    (full, email)
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
    /// Kept for callers written against the stub; no longer returned.
    #[error("the dossier export is not implemented yet")]
    NotImplemented,
    /// The embedded font could not be prepared.
    #[error("the dossier font could not be loaded")]
    Font,
    /// The PDF library failed to write the document.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
    /// Writing the PDF out, or reading an original to embed, failed.
    #[error("the PDF could not be written out: {0}")]
    Io(String),
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
    let mut out = Vec::new();
    render_pdf_to(case, attachments, options, progress, cancel, &mut out)?;
    Ok(out)
}

/// [`render_pdf`] writing into `out` (a file, standard output): the original files are streamed
/// from disk, never held in memory.
pub fn render_pdf_to(
    case: &CaseData,
    attachments: &dyn AttachmentSource,
    options: &DossierOptions,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
    out: &mut dyn std::io::Write,
) -> Result<Rendered, DossierError> {
    let findings = crate::analysis::analyze(case, options.prepared_at);
    render_pdf_with_findings_to(case, &findings, attachments, options, progress, cancel, out)
}

/// An exhibit whose original could not be used: missing from the store, or not matching its
/// recorded SHA-256. Its exhibit page and its row in the list of exhibits say so; the caller
/// (the CLI, the app) tells the user, who can run `verify`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DamagedExhibit {
    /// The exhibit's label (`P-4`, `Pièce n° 4`, `Exhibit 4`).
    pub label: String,
    /// The original file's name.
    pub file_name: String,
    /// Missing (`true`) or altered (`false`).
    pub missing: bool,
}

/// What a dossier written to a sink reports besides its bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    /// The exhibits whose originals are missing or altered, in exhibit order.
    pub damaged: Vec<DamagedExhibit>,
}

/// The page frame for a paper size and a language: 18 mm margins, 20 mm at the bottom for the
/// footer; the language's hyphenation and spacing.
pub fn frame_for(paper: Paper, language: Language) -> Frame {
    let page = match paper {
        Paper::A4 => PageSize::A4,
        Paper::Letter => PageSize::LETTER,
    };
    Frame {
        page,
        left: 18.0 * MM,
        right: 18.0 * MM,
        top: 18.0 * MM,
        bottom: 20.0 * MM,
        typography: match language {
            Language::Fr => Typography::French,
            Language::En => Typography::English,
        },
    }
}

fn check(cancel: &AtomicBool) -> Result<(), DossierError> {
    if cancel.load(Ordering::Relaxed) {
        Err(DossierError::Cancelled)
    } else {
        Ok(())
    }
}

/// [`render_pdf`] with findings computed by the caller (tests, or a caller that already has
/// them).
pub fn render_pdf_with_findings(
    case: &CaseData,
    findings: &Findings,
    attachments: &dyn AttachmentSource,
    options: &DossierOptions,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<Vec<u8>, DossierError> {
    let mut out = Vec::new();
    render_pdf_with_findings_to(
        case,
        findings,
        attachments,
        options,
        progress,
        cancel,
        &mut out,
    )?;
    Ok(out)
}

/// [`render_pdf_with_findings`] writing into `out`.
pub fn render_pdf_with_findings_to(
    case: &CaseData,
    findings: &Findings,
    attachments: &dyn AttachmentSource,
    options: &DossierOptions,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
    out: &mut dyn std::io::Write,
) -> Result<Rendered, DossierError> {
    let language = options.language.unwrap_or(case.case.language);
    let d = model::build(
        case,
        findings,
        &model::ModelOptions {
            language,
            redact: options.redact,
            prepared_at: options.prepared_at,
        },
    );
    check(cancel)?;

    let frame = frame_for(options.paper, language);
    // Exhibit files, in exhibit order, one at a time; image keys are exhibit indices.
    let mut loaded: Vec<images::Loaded> = d
        .exhibits
        .iter()
        .map(|e| {
            check(cancel)?;
            let photo = exhibit_pages::is_photo(&e.media_type);
            let fit = |w: u32, h: u32| exhibit_pages::fit(frame, w, h, photo);
            Ok(images::load_at(
                &attachments.path_of(&e.sha256),
                &e.sha256,
                &fit,
                options.for_email.unwrap_or(images::Resolution::PRINT),
            ))
        })
        .collect::<Result<_, DossierError>>()?;
    // Files that are not pictures: PDFs (pages placed as vector pages), texts and emails.
    let documents: Vec<Option<documents::Prepared>> = d
        .exhibits
        .iter()
        .zip(&loaded)
        .map(|(e, l)| {
            let original = l.original.as_ref().filter(|_| l.picture.is_none())?;
            documents::prepare(
                &original.path,
                original.size,
                &e.media_type,
                &e.file_name,
                language,
                case.case.time_zone,
            )
        })
        .collect();
    let views: Vec<sections::ExhibitView> = loaded
        .iter()
        .zip(&documents)
        .zip(&d.exhibits)
        .enumerate()
        .map(|(key, ((l, document), e))| sections::ExhibitView {
            picture: l.picture.as_ref().map(|p| (key, p.display_size())),
            photo: exhibit_pages::is_photo(&e.media_type),
            note: match document {
                Some(document) => document.note,
                None => l.note,
            },
            attached: options.embed_originals && l.original.is_some(),
            reduced: options.for_email.is_some() && l.picture.as_ref().is_some_and(|p| p.reduced),
            for_email: options.for_email.is_some(),
            pdf: document
                .as_ref()
                .and_then(|doc| Some((key, doc.pdf.clone()?))),
            text: document.as_ref().and_then(|doc| doc.text.clone()),
        })
        .collect();
    drop(documents);

    let fonts = Fonts::dejavu().map_err(|_| DossierError::Font)?;
    let tr = |key: &str| crate::i18n::tr(language, key);

    // The body goes on after the cover: its summary under the figures when it fits there.
    let lay = |toc: Option<&[sections::TocEntry]>, page_of: sections::PageOf<'_>| {
        sections::body(
            &fonts,
            frame,
            &d,
            &views,
            sections::cover(&fonts, frame, &d),
            toc,
            page_of,
        )
    };
    let mut laid = lay(None, &|_| None);
    check(cancel)?;

    // Contents when the dossier runs past four pages, right after the cover's figures (under
    // them when it fits), the body flowing on after it. Neither its height nor the list of
    // exhibits' depends on the page numbers they show, so the body is laid out once to find
    // the pages, then for real with the same layout. The exhibits are found through the list of
    // exhibits, which gives each one's page.
    let mut toc: Vec<sections::TocEntry> = Vec::new();
    for (anchor, key) in sections::SECTIONS {
        if anchor == "sec-exhibit-list" {
            toc.push((
                tr("dossier-declaration-title"),
                claim_layout::DECLARATION_ANCHOR.to_owned(),
                0,
            ));
        }
        toc.push((tr(key), anchor.to_owned(), 0));
        if anchor == "sec-summary" {
            toc.push((tr("dossier-law-title"), law::ANCHOR.to_owned(), 0));
        }
    }
    let with_contents = laid.pages.len() > 4;
    let entries = with_contents.then_some(toc.as_slice());
    if with_contents {
        laid = lay(entries, &|_| None);
        check(cancel)?;
    }
    if with_contents || !d.exhibits.is_empty() {
        let draft = laid;
        let page_of = |anchor: &str| draft.anchors.get(anchor).map(|a| a.page + 1);
        laid = lay(entries, &page_of);
        check(cancel)?;
    }
    sections::footers(&fonts, frame, &d, &mut laid);
    // Where the exhibit PDFs' pages go (the writer keeps only the links of each page).
    let placements = form_xobject::placements(&laid);

    let pictures: BTreeMap<usize, images::Picture> = loaded
        .iter_mut()
        .enumerate()
        .filter_map(|(key, l)| Some((key, l.picture.take()?)))
        .collect();
    let mut report = |done, total| progress(Progress { done, total });
    let mut doc = pdf::write(&fonts, frame.page, &mut laid, pictures, &mut report, cancel)?;
    check(cancel)?;
    let sources: BTreeMap<usize, form_xobject::Source> = views
        .iter()
        .zip(&loaded)
        .filter_map(|(view, l)| {
            let (key, _) = view.pdf.as_ref()?;
            let original = l.original.as_ref()?;
            Some((
                *key,
                form_xobject::Source {
                    path: original.path.clone(),
                    size: original.size,
                },
            ))
        })
        .collect();
    form_xobject::draw_all(&mut doc, &placements, &sources);
    check(cancel)?;

    let mut outline = vec![post::OutlineEntry {
        title: tr("dossier-claim-title"),
        anchor: claim_layout::CLAIM_ANCHOR.to_owned(),
        children: Vec::new(),
    }];
    if with_contents {
        outline.push(post::OutlineEntry {
            title: tr("dossier-contents"),
            anchor: sections::CONTENTS_ANCHOR.to_owned(),
            children: Vec::new(),
        });
    }
    for (anchor, key) in sections::SECTIONS {
        let children = if anchor == "sec-exhibits" {
            d.exhibits
                .iter()
                .map(|e| post::OutlineEntry {
                    title: match &e.caption {
                        Some(c) => format!("{} — {c}", e.label),
                        None => e.label.clone(),
                    },
                    anchor: sections::exhibit_anchor(e.number),
                    children: Vec::new(),
                })
                .collect()
        } else {
            Vec::new()
        };
        if anchor == "sec-exhibit-list" {
            outline.push(post::OutlineEntry {
                title: tr("dossier-declaration-title"),
                anchor: claim_layout::DECLARATION_ANCHOR.to_owned(),
                children: Vec::new(),
            });
        }
        if anchor == "sec-chronology" {
            outline.push(post::OutlineEntry {
                title: tr("dossier-law-title"),
                anchor: law::ANCHOR.to_owned(),
                children: Vec::new(),
            });
        }
        outline.push(post::OutlineEntry {
            title: tr(key),
            anchor: anchor.to_owned(),
            children,
        });
    }

    let names = embedded_names(&d.exhibits);
    let files: Vec<post::EmbeddedFile> = if options.embed_originals {
        d.exhibits
            .iter()
            .zip(&loaded)
            .zip(names)
            .filter_map(|((e, l), name)| {
                let original = l.original.as_ref()?;
                Some(post::EmbeddedFile {
                    name,
                    description: match &e.caption {
                        Some(c) => format!("{} — {c}", e.label),
                        None => e.label.clone(),
                    },
                    media_type: e.media_type.clone(),
                    path: original.path.clone(),
                    size: original.size,
                })
            })
            .collect()
    } else {
        Vec::new()
    };

    let meta = post::Meta {
        title: format!(
            "{} — {}",
            tr("dossier-label"),
            crate::domain::mask_card_numbers(&d.title)
        ),
        author: if options.redact {
            String::new()
        } else {
            d.consumer.clone()
        },
        subject: crate::i18n::tr_args(
            language,
            "dossier-meta-subject",
            &[("merchant", d.merchant.clone().into())],
        ),
        keywords: tr("dossier-meta-keywords"),
        creator: format!("Paper Trail {}", env!("CARGO_PKG_VERSION")),
        lang: match language {
            Language::Fr => "fr-FR".to_owned(),
            Language::En => "en-US".to_owned(),
        },
        date: options.prepared_at,
        cover_label: tr("dossier-page-label-cover"),
        id: document_id(case, options, language, &loaded),
    };
    let damaged = d
        .exhibits
        .iter()
        .zip(&views)
        .filter_map(|(e, view)| {
            let missing = match view.note {
                Some("dossier-note-missing") => true,
                Some("dossier-note-mismatch") => false,
                _ => return None,
            };
            Some(DamagedExhibit {
                label: e.label.clone(),
                file_name: e.file_name.clone(),
                missing,
            })
        })
        .collect();
    post::finish(doc, &laid, &outline, &files, &meta, out)?;
    Ok(Rendered { damaged })
}

/// The name each exhibit's original is embedded under: its file name, prefixed with its label
/// (`Exhibit-3-photo.png`) when another exhibit has the same name, so saving every attachment
/// (`pdfdetach -saveall`) gives one file per exhibit.
fn embedded_names(exhibits: &[model::Exhibit]) -> Vec<String> {
    let mut count: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for e in exhibits {
        *count.entry(e.file_name.to_lowercase()).or_default() += 1;
    }
    exhibits
        .iter()
        .map(|e| {
            if count.get(&e.file_name.to_lowercase()).copied().unwrap_or(0) > 1 {
                let label: String = e
                    .label
                    .chars()
                    .map(|c| if c.is_whitespace() { '-' } else { c })
                    .collect();
                format!("{label}-{}", e.file_name)
            } else {
                e.file_name.clone()
            }
        })
        .collect()
}

/// A 16-byte identifier derived from everything the content depends on.
fn document_id(
    case: &CaseData,
    options: &DossierOptions,
    language: Language,
    loaded: &[images::Loaded],
) -> [u8; 16] {
    let mut hash = Sha256::new();
    hash.update(serde_json::to_vec(case).unwrap_or_default());
    hash.update(format!(
        "{:?}|{:?}|{}|{}|{}|{:?}",
        language,
        options.paper,
        options.prepared_at.to_rfc3339(),
        options.redact,
        options.embed_originals,
        options.for_email
    ));
    for l in loaded {
        hash.update([u8::from(l.original.is_some())]);
    }
    let digest = hash.finalize();
    let mut id = [0u8; 16];
    for (slot, byte) in id.iter_mut().zip(digest.iter()) {
        *slot = *byte;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_estimates_count_originals_and_pictures() {
        let (full, email) = estimate_sizes(&[]);
        assert_eq!((full, email), (300_000, 300_000));
        // Twenty 4 MB photos, a 1 MB PDF (its pages placed in both copies) and a chat log.
        let mut files = vec![(4_000_000_u64, Drawn::Picture); 20];
        files.push((1_000_000, Drawn::Pages));
        files.push((50_000, Drawn::Other));
        let (full, email) = estimate_sizes(&files);
        assert_eq!(full, 300_000 + 20 * 7_000_000 + 2_000_000 + 50_000);
        assert_eq!(email, 300_000 + 20 * 250_000 + 1_000_000);
        // A small screenshot costs about its own size.
        assert_eq!(estimate_sizes(&[(10_000, Drawn::Picture)]).1, 330_000);
        // A PDF too large to draw is only attached.
        let huge = pdf_exhibit::MAX_FILE_BYTES + 1;
        assert_eq!(
            estimate_sizes(&[(huge, Drawn::Pages)]),
            (300_000 + huge, 300_000)
        );
        assert_eq!(Drawn::of("image/jpeg"), Drawn::Picture);
        assert_eq!(Drawn::of("application/pdf"), Drawn::Pages);
        assert_eq!(Drawn::of("message/rfc822"), Drawn::Other);
        assert!(
            EMAIL_STEPS
                .windows(2)
                .all(|w| w[0].0 > w[1].0 && w[0].1 > w[1].1)
        );
    }
}

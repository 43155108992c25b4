//! Pasting on a case (Ctrl+V): an image (a screenshot) becomes a PNG attachment once the user
//! gave it a caption; text pasted outside any text field opens the quick log with it as the
//! summary.
//!
//! The clipboard itself is read by eframe (`egui-winit` with `arboard`), which turns Ctrl+V into
//! an [`egui::Event::Paste`] (text) or [`egui::Event::PasteImage`] (pixels). What to do with it
//! is [`action`], a pure function; the image is encoded and stored by a background job.

use super::PaperTrailApp;
use super::command::Command;
use super::jobs::{JobKind, JobOutput};
use crate::domain::{CaseId, DateOrInstant, Instant, TimeZone};
use crate::i18n::tr;
use crate::store::Store;
use chrono::{DateTime, Utc};
use eframe::egui;
use std::sync::Arc;

/// What came off the clipboard.
#[derive(Debug, Clone, PartialEq)]
pub enum Pasted {
    /// Text.
    Text(String),
    /// An image (a screenshot, a copied picture).
    Image(Arc<egui::ColorImage>),
}

/// What the app does with a paste.
#[derive(Debug, Clone, PartialEq)]
pub enum PasteAction {
    /// Nothing: a text field takes it, or it is empty.
    Ignore,
    /// An image with no case open: say where it could go.
    NoCase,
    /// Open the quick log (or fill its summary) with this text.
    QuickLogSummary(String),
    /// Ask for a caption, then attach the image as a PNG.
    AskCaption(Arc<egui::ColorImage>),
}

/// What to do with `pasted`, given whether a case is open and whether a text field has the
/// keyboard (it then takes pasted text itself).
pub fn action(pasted: Pasted, case_open: bool, typing: bool) -> PasteAction {
    match pasted {
        Pasted::Image(image) if image.width() == 0 || image.height() == 0 => PasteAction::Ignore,
        Pasted::Image(_) if !case_open => PasteAction::NoCase,
        Pasted::Image(image) => PasteAction::AskCaption(image),
        Pasted::Text(_) if typing || !case_open => PasteAction::Ignore,
        Pasted::Text(text) => {
            let text = text.trim();
            if text.is_empty() {
                PasteAction::Ignore
            } else {
                PasteAction::QuickLogSummary(text.to_owned())
            }
        }
    }
}

/// A pasted image waiting for its caption.
#[derive(Clone)]
pub struct PastedImage {
    /// The pixels.
    pub image: Arc<egui::ColorImage>,
    /// The caption being typed.
    pub caption: String,
    /// The preview shown in the dialog (made on first draw).
    pub preview: Option<egui::TextureHandle>,
    /// Whether the caption field still has to take the focus.
    pub focus_pending: bool,
}

impl std::fmt::Debug for PastedImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PastedImage")
            .field("size", &self.image.size)
            .field("caption", &self.caption)
            .finish_non_exhaustive()
    }
}

/// The image as a PNG file's bytes.
pub fn png_bytes(image: &egui::ColorImage) -> Result<Vec<u8>, image::ImageError> {
    let [width, height] = image.size;
    let rgba: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|pixel| pixel.to_srgba_unmultiplied())
        .collect();
    let too_large = || {
        image::ImageError::Parameter(image::error::ParameterError::from_kind(
            image::error::ParameterErrorKind::DimensionMismatch,
        ))
    };
    let width = u32::try_from(width).map_err(|_too_wide| too_large())?;
    let height = u32::try_from(height).map_err(|_too_tall| too_large())?;
    let buffer = image::RgbaImage::from_raw(width, height, rgba).ok_or_else(too_large)?;
    let mut bytes = std::io::Cursor::new(Vec::new());
    buffer.write_to(&mut bytes, image::ImageFormat::Png)?;
    Ok(bytes.into_inner())
}

/// The stored file's name: `<stem>-YYYY-MM-DD-HHMMSS.png`, the time of the paste in the case's
/// zone.
pub fn file_name(stem: &str, at: DateTime<Utc>, zone: TimeZone) -> String {
    format!(
        "{stem}-{}.png",
        at.with_timezone(&zone.0).format("%Y-%m-%d-%H%M%S")
    )
}

/// Reads this frame's pastes and acts on them (before the panels are drawn).
pub fn handle(app: &mut PaperTrailApp, ctx: &egui::Context) {
    let pasted: Vec<Pasted> = ctx.input(|i| {
        i.events
            .iter()
            .filter_map(|event| match event {
                egui::Event::Paste(text) => Some(Pasted::Text(text.clone())),
                egui::Event::PasteImage(image) => Some(Pasted::Image(Arc::clone(image))),
                _ => None,
            })
            .collect()
    });
    if pasted.is_empty() {
        return;
    }
    // A dialog already open keeps the paste to itself (its fields take the text).
    let busy_dialog = app.ui.pasted_image.is_some()
        || app.ui.export.is_some()
        || app.ui.path_prompt.is_some()
        || app.ui.letter.is_some();
    let typing = ctx.egui_wants_keyboard_input() || busy_dialog;
    for paste in pasted {
        match action(paste, app.case.is_some(), typing) {
            PasteAction::Ignore => {}
            PasteAction::NoCase => {
                app.tell(super::notice::Message::new("ui-attach-no-case"));
            }
            PasteAction::QuickLogSummary(text) => {
                if app.ui.quick_log.is_none() {
                    super::panels::quick_log::open(app);
                }
                if let Some(form) = &mut app.ui.quick_log {
                    if !form.summary.trim().is_empty() {
                        form.summary.push(' ');
                    }
                    form.summary.push_str(&text);
                }
            }
            PasteAction::AskCaption(image) if !busy_dialog => {
                app.ui.pasted_image = Some(PastedImage {
                    image,
                    caption: String::new(),
                    preview: None,
                    focus_pending: true,
                });
            }
            PasteAction::AskCaption(_) => {}
        }
    }
}

/// The id of the caption field, which takes the focus when the dialog opens.
pub const CAPTION_ID: &str = "paste_caption";

/// Asks for the caption of a pasted image, with a preview; *Attach* stores it.
pub fn caption_dialog(ctx: &egui::Context, app: &mut PaperTrailApp) {
    let language = app.language();
    let Some(mut pasted) = app.ui.pasted_image.take() else {
        return;
    };
    let texture = pasted
        .preview
        .get_or_insert_with(|| {
            ctx.load_texture(
                "pasted-image",
                Arc::clone(&pasted.image),
                egui::TextureOptions::LINEAR,
            )
        })
        .clone();
    let [width, height] = pasted.image.size;
    let mut attach = false;
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("paste_caption_dialog")).show(ctx, |ui| {
        ui.set_width(440.0);
        ui.heading(tr(language, "ui-paste-title"));
        let size = texture.size_vec2();
        let scale = (400.0 / size.x).min(220.0 / size.y).min(1.0);
        ui.add(egui::Image::new(&texture).fit_to_exact_size(size * scale));
        ui.label(
            egui::RichText::new(crate::i18n::tr_args(
                language,
                "ui-paste-size",
                &[
                    ("width", crate::i18n::FluentValue::from(width)),
                    ("height", crate::i18n::FluentValue::from(height)),
                ],
            ))
            .weak()
            .small(),
        );
        egui::Grid::new("paste_caption_grid")
            .num_columns(2)
            .show(ui, |ui| {
                let field = super::panels::widgets::text_row_id(
                    ui,
                    &tr(language, "ui-paste-caption"),
                    &mut pasted.caption,
                    egui::Id::unique(CAPTION_ID),
                );
                if pasted.focus_pending {
                    field.request_focus();
                    pasted.focus_pending = false;
                }
                if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    attach = true;
                }
            });
        ui.horizontal(|ui| {
            if ui.button(tr(language, "ui-attach")).clicked() {
                attach = true;
            }
            if ui.button(tr(language, "ui-cancel")).clicked() {
                close = true;
            }
        });
    });
    if modal.should_close() {
        close = true;
    }
    if attach {
        app.commands.push(Command::AttachPastedImage {
            image: Arc::clone(&pasted.image),
            caption: pasted.caption.trim().to_owned(),
        });
        return;
    }
    if !close {
        app.ui.pasted_image = Some(pasted);
    }
}

impl PaperTrailApp {
    /// Encodes a pasted image as PNG and stores it on `case` with its caption (a job).
    pub(crate) fn start_paste(
        &mut self,
        case: CaseId,
        image: Arc<egui::ColorImage>,
        caption: String,
    ) {
        let data_dir = self.store.data_dir().to_path_buf();
        let now = self.now();
        let zone = self
            .case
            .as_ref()
            .map(|view| view.data.case.time_zone)
            .unwrap_or_default();
        let name = file_name(&tr(self.language(), "ui-paste-file-stem"), now, zone);
        self.spawn(JobKind::Attach, move |_| {
            let bytes = png_bytes(&image).map_err(|e| e.to_string())?;
            let mut store = Store::open(&data_dir).map_err(|e| e.to_string())?;
            let received =
                DateOrInstant::Instant(Instant(now.with_timezone(&zone.0).fixed_offset()));
            let caption = (!caption.is_empty()).then_some(caption);
            store
                .add_attachment_from_reader(
                    case,
                    &mut bytes.as_slice(),
                    name,
                    caption,
                    Some(received),
                    Vec::new(),
                )
                .map_err(|e| e.to_string())?;
            Ok(JobOutput::Attached { case, count: 1 })
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(width: usize, height: usize) -> Arc<egui::ColorImage> {
        Arc::new(egui::ColorImage::new(
            [width, height],
            vec![egui::Color32::from_rgb(200, 30, 40); width * height],
        ))
    }

    #[test]
    fn an_image_asks_for_a_caption_even_while_typing_and_text_fills_the_quick_log() {
        let shot = image(3, 2);
        assert_eq!(
            action(Pasted::Image(Arc::clone(&shot)), true, true),
            PasteAction::AskCaption(Arc::clone(&shot))
        );
        assert_eq!(
            action(Pasted::Image(Arc::clone(&shot)), false, false),
            PasteAction::NoCase
        );
        assert_eq!(
            action(Pasted::Image(image(0, 0)), true, false),
            PasteAction::Ignore
        );
        assert_eq!(
            action(
                Pasted::Text("  They said Friday.\n".to_owned()),
                true,
                false
            ),
            PasteAction::QuickLogSummary("They said Friday.".to_owned())
        );
        // A text field with the keyboard takes the text itself; no case, nowhere to log it.
        assert_eq!(
            action(Pasted::Text("x".to_owned()), true, true),
            PasteAction::Ignore
        );
        assert_eq!(
            action(Pasted::Text("x".to_owned()), false, false),
            PasteAction::Ignore
        );
        assert_eq!(
            action(Pasted::Text(" \n".to_owned()), true, false),
            PasteAction::Ignore
        );
    }

    #[test]
    fn the_png_holds_the_pixels_and_the_name_the_local_time() {
        let mut shot = egui::ColorImage::new([2, 1], vec![egui::Color32::TRANSPARENT; 2]);
        shot.pixels[0] = egui::Color32::from_rgb(10, 20, 30);
        shot.pixels[1] = egui::Color32::from_rgba_unmultiplied(255, 0, 0, 128);
        let bytes = png_bytes(&shot).unwrap();
        assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
        let decoded = image::load_from_memory(&bytes).unwrap().to_rgba8();
        assert_eq!(decoded.dimensions(), (2, 1));
        assert_eq!(decoded.get_pixel(0, 0).0, [10, 20, 30, 255]);
        let half = decoded.get_pixel(1, 0).0;
        assert_eq!((half[1], half[2], half[3]), (0, 0, 128));
        assert!(
            half[0] >= 250,
            "red kept through premultiplication: {half:?}"
        );
        let at = DateTime::parse_from_rfc3339("2026-09-20T02:30:05Z")
            .unwrap()
            .to_utc();
        let montreal = TimeZone::parse("America/Montreal").unwrap();
        assert_eq!(
            file_name("screenshot", at, montreal),
            "screenshot-2026-09-19-223005.png"
        );
    }
}

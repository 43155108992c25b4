//! The status bar: running jobs with progress and Cancel, the last message (errors never pass
//! in silence), and Undo after a delete. The message is worded here, each frame, in the
//! interface's language, so a language switch rewords it.

use super::super::PaperTrailApp;
use super::super::command::Command;
use super::super::jobs::JobKind;
use super::widgets::RED;
use crate::i18n::tr;
use eframe::egui;

/// The room kept for Undo and Dismiss beside a message, in points.
const BUTTONS_ROOM: f32 = 200.0;

/// Draws the status bar.
pub fn show(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    let mut cancel = None;
    let mut undo = false;
    let mut dismiss = false;
    ui.horizontal(|ui| {
        for job in app.jobs.running() {
            if job.kind == JobKind::Thumbnail || job.kind == JobKind::Badges {
                continue;
            }
            ui.label(tr(language, job.kind.label_key()));
            let bar = match job.fraction() {
                Some(fraction) => egui::ProgressBar::new(fraction)
                    .desired_width(120.0)
                    .show_percentage(),
                None => egui::ProgressBar::new(0.0)
                    .desired_width(120.0)
                    .animate(true),
            };
            ui.add(bar);
            if ui.small_button(tr(language, "ui-cancel")).clicked() {
                cancel = Some(job.kind);
            }
            ui.separator();
        }
        if let Some(notice) = &app.ui.notice {
            let text = egui::RichText::new(notice.text(language));
            let text = if notice.error { text.color(RED) } else { text };
            // A long message is cut with "…" (whole on hover) and leaves room for its buttons.
            let room = (ui.available_width() - BUTTONS_ROOM).max(ui.available_width() * 0.5);
            ui.allocate_ui_with_layout(
                egui::vec2(room, ui.spacing().interact_size.y),
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| ui.add(egui::Label::new(text).truncate()),
            );
            if notice.undo && ui.small_button(tr(language, "ui-undo")).clicked() {
                undo = true;
            }
            if ui.small_button(tr(language, "ui-dismiss")).clicked() {
                dismiss = true;
            }
        }
    });
    if let Some(kind) = cancel {
        app.commands.push(Command::Cancel(kind));
    }
    if undo {
        app.commands.push(Command::Undo);
    }
    if dismiss {
        app.ui.notice = None;
    }
}

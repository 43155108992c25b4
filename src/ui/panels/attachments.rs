//! The attachments section: thumbnails for images, captions, and three ways to add files
//! (drop them on the window, the native dialog, or a typed path when the dialog cannot open).

use super::super::PaperTrailApp;
use super::super::app::Thumbnail;
use super::super::command::Command;
use super::super::state::PathPurpose;
use super::super::system;
use super::{dialogs, editor};
use crate::i18n::tr;
use eframe::egui::{self, RichText};

/// Adds files through the native dialog, or the typed-path dialog when it cannot open.
pub fn pick_files(app: &mut PaperTrailApp) {
    if app.case.is_none() {
        return;
    }
    if !system::native_dialog_available() {
        dialogs::ask_path(app, PathPurpose::Attach);
        return;
    }
    if let Some(paths) = system::pick_files(&tr(app.language(), "ui-add-files")) {
        app.commands.push(Command::Attach(paths));
    }
}

/// Draws the attachments of the open case.
pub fn show(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr(language, "ui-add-files")).clicked() {
            pick_files(app);
        }
        if ui.button(tr(language, "ui-type-a-path")).clicked() {
            dialogs::ask_path(app, PathPurpose::Attach);
        }
        ui.label(RichText::new(tr(language, "ui-drop-hint")).weak());
        ui.label(RichText::new(tr(language, "ui-paste-hint")).weak());
    });
    ui.separator();
    let Some(view) = &app.case else { return };
    if view.data.attachments.is_empty() {
        ui.label(tr(language, "ui-none-yet"));
        return;
    }
    let mut wanted = Vec::new();
    let mut open = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .id_salt("attachments")
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                for attachment in &view.data.attachments {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(180.0);
                        ui.vertical(|ui| {
                            let is_image = attachment.media_type.starts_with("image/");
                            match app.thumbnails.get(&attachment.sha256) {
                                Some(Thumbnail::Ready(texture)) => {
                                    let size = texture.size_vec2();
                                    let scale = (160.0 / size.x.max(size.y)).min(1.0);
                                    ui.add(
                                        egui::Image::new((texture.id(), size * scale))
                                            .alt_text(&attachment.file_name),
                                    );
                                }
                                Some(Thumbnail::Loading) => {
                                    ui.spinner();
                                }
                                None if is_image => wanted.push(attachment.sha256.clone()),
                                None => {
                                    ui.label(RichText::new(&attachment.media_type).weak().small());
                                }
                            }
                            let name = ui
                                .add(
                                    egui::Button::new(
                                        RichText::new(&attachment.file_name).strong(),
                                    )
                                    .frame(false)
                                    .truncate(),
                                )
                                .on_hover_text(&attachment.file_name);
                            super::widgets::focus_ring(ui, &name, name.rect);
                            if name.clicked() {
                                open = Some(attachment.id.clone());
                            }
                            if let Some(caption) = &attachment.caption {
                                ui.label(caption);
                            }
                            ui.label(
                                RichText::new(crate::i18n::format::size(language, attachment.size))
                                    .weak()
                                    .small(),
                            );
                        });
                    });
                }
            });
        });
    for sha in wanted {
        app.start_thumbnail(&sha);
    }
    if let Some(id) = open {
        editor::open(app, &id);
    }
}

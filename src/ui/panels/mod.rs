//! The panels, one file per screen area. A panel reads the app's state, edits its own form
//! state, and queues [`super::command::Command`]s; it never writes to the store itself.

pub mod attachments;
pub mod case_list;
pub mod case_view;
pub mod dashboard;
pub mod deadlines;
pub mod details;
pub mod dialogs;
pub mod due_soon;
pub mod editor;
pub mod export_dialog;
pub mod help;
pub mod law_fields;
pub mod letter_dialog;
pub mod quick_log;
pub mod rights;
pub mod sections;
pub mod settings;
pub mod status_bar;
pub mod timeline;
pub mod widgets;

use super::PaperTrailApp;
use crate::i18n::tr;
use eframe::egui;

/// Draws the whole window.
pub fn show(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    egui::Panel::top("top_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading(tr(language, "ui-app-name"));
            ui.separator();
            if ui.button(tr(language, "ui-import-case-file")).clicked() {
                dialogs::ask_path(app, super::state::PathPurpose::Import);
            }
            if ui.button(tr(language, "ui-export-calendar")).clicked() {
                dialogs::ask_path(app, super::state::PathPurpose::ExportCalendar);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(tr(language, "ui-help")).clicked() {
                    app.ui.show_help = !app.ui.show_help;
                }
                if ui.button(tr(language, "ui-settings")).clicked() {
                    app.ui.show_settings = !app.ui.show_settings;
                }
                if ui.button(tr(language, "ui-deadlines-title")).clicked() {
                    app.ui.show_deadlines = !app.ui.show_deadlines;
                }
                if ui.button(due_soon::button_label(app)).clicked() {
                    app.ui.show_due_soon = !app.ui.show_due_soon;
                }
            });
        });
    });
    due_soon::question_bar(ui, app);
    egui::Panel::bottom("status_bar").show(ui, |ui| status_bar::show(ui, app));
    egui::Panel::left("case_list")
        .resizable(true)
        .default_size(300.0)
        .min_size(220.0)
        .show(ui, |ui| case_list::show(ui, app));
    if app.ui.editor.is_some() && app.case.is_some() {
        egui::Panel::right("editor")
            .resizable(true)
            .default_size(360.0)
            .min_size(280.0)
            .show(ui, |ui| editor::show(ui, app));
    }
    egui::CentralPanel::default().show(ui, |ui| {
        if app.case.is_some() {
            case_view::show(ui, app);
        } else {
            case_view::empty_state(ui, app);
        }
    });
    let ctx = ui.ctx().clone();
    quick_log::window(&ctx, app);
    export_dialog::window(&ctx, app);
    letter_dialog::window(&ctx, app);
    dialogs::path_prompt(&ctx, app);
    dialogs::confirm_delete_case(&ctx, app);
    dialogs::leave_prompt(&ctx, app);
    settings::window(&ctx, app);
    help::window(&ctx, app);
    deadlines::window(&ctx, app);
    due_soon::window(&ctx, app);
    super::clipboard::caption_dialog(&ctx, app);
    if app.ui.files_hovered {
        dialogs::drop_overlay(&ctx, app);
    }
}

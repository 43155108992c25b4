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

/// The top bar: the app's name, import, calendar, and on the right deadlines, settings and
/// help. In a narrow window it wraps, and starts with the button that shows the case list.
fn top_bar(ui: &mut egui::Ui, app: &mut PaperTrailApp, narrow: bool) {
    let language = app.language();
    let left = |ui: &mut egui::Ui, app: &mut PaperTrailApp| {
        if narrow && app.case.is_some() {
            let shown = app.ui.show_case_list;
            if ui
                .selectable_label(shown, tr(language, "ui-cases"))
                .on_hover_text(tr(language, "ui-case-list-toggle"))
                .clicked()
            {
                app.ui.show_case_list = !shown;
            }
        }
        if !narrow {
            // Narrow, the window's title says it: the room goes to the buttons.
            ui.heading(tr(language, "ui-app-name"));
            ui.separator();
        }
        if ui.button(tr(language, "ui-import-case-file")).clicked() {
            dialogs::ask_path(app, super::state::PathPurpose::Import);
        }
        if ui.button(tr(language, "ui-export-calendar")).clicked() {
            dialogs::ask_path(app, super::state::PathPurpose::ExportCalendar);
        }
    };
    let right = |ui: &mut egui::Ui, app: &mut PaperTrailApp| {
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
    };
    if narrow {
        // Every button keeps its whole label; the row wraps instead of overlapping.
        ui.horizontal_wrapped(|ui| {
            left(ui, app);
            ui.separator();
            right(ui, app);
        });
    } else {
        ui.horizontal(|ui| {
            left(ui, app);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                right(ui, app);
            });
        });
    }
}

/// Whether a queued command opens another case (so the folded case list can fold again).
fn opens_a_case(app: &PaperTrailApp) -> bool {
    use super::command::Command;
    use super::draft::Leave;
    app.commands.iter().any(|c| {
        matches!(
            c,
            Command::Leave(Leave::Case(_) | Leave::CaseEntry(..) | Leave::NewCase)
        )
    })
}

/// Draws the whole window. Wide, it shows the case list on the left, the case in the middle
/// and the entry being edited on the right. Narrow (a small screen or a large zoom), it shows
/// one of them at a time: the case list (behind the *Cases* button once a case is open), the
/// entry being edited, or the case; Esc folds the list or closes the entry.
pub fn show(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let narrow = widgets::is_narrow(ui.ctx());
    egui::Panel::top("top_bar").show(ui, |ui| top_bar(ui, app, narrow));
    due_soon::question_bar(ui, app);
    egui::Panel::bottom("status_bar").show(ui, |ui| status_bar::show(ui, app));
    let editing = app.ui.editor.is_some() && app.case.is_some();
    if narrow {
        let list = app.case.is_none() && !app.cases.is_empty()
            || app.case.is_some() && app.ui.show_case_list;
        egui::CentralPanel::default().show(ui, |ui| {
            if list {
                if app.case.is_some() && widgets::dialog_keys(ui) == widgets::DialogKey::Close {
                    app.ui.show_case_list = false;
                }
                case_list::show(ui, app);
                if opens_a_case(app) {
                    app.ui.show_case_list = false;
                }
            } else if editing {
                editor::show(ui, app);
            } else if app.case.is_some() {
                case_view::show(ui, app);
            } else {
                case_view::empty_state(ui, app);
            }
        });
    } else {
        egui::Panel::left("case_list")
            .resizable(true)
            .default_size(300.0)
            .min_size(220.0)
            .show(ui, |ui| case_list::show(ui, app));
        if editing {
            egui::Panel::right("editor")
                .resizable(true)
                .default_size(340.0)
                .min_size(260.0)
                .show(ui, |ui| editor::show(ui, app));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if app.case.is_some() {
                case_view::show(ui, app);
            } else {
                case_view::empty_state(ui, app);
            }
        });
    }
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

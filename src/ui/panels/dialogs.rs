//! Small dialogs: a typed path (for when the native file dialog cannot open, or by choice), the
//! case delete confirmation, "keep editing / discard" for drafts that do not validate, and the
//! overlay shown while files are dragged over the window.

use super::super::PaperTrailApp;
use super::super::command::Command;
use super::super::draft::Leave;
use super::super::state::{PathPrompt, PathPurpose};
use super::super::system;
use super::super::text::file_stem;
use super::widgets::{DialogKey, dialog_keys, primary_button, text_row_id};
use crate::i18n::tr;
use eframe::egui;
use std::path::PathBuf;

/// The id of the typed path field.
pub const PATH_FIELD_ID: &str = "path_prompt_field";

/// Opens the typed-path dialog for `purpose`.
pub fn ask_path(app: &mut PaperTrailApp, purpose: PathPurpose) {
    let path = match (purpose, &app.case) {
        (PathPurpose::ExportBundle, Some(view)) => system::default_export_dir(app.store.data_dir())
            .join(format!("{}.zip", file_stem(&view.data.case.title)))
            .display()
            .to_string(),
        (PathPurpose::ExportCalendar, _) => system::default_export_dir(app.store.data_dir())
            .join("papertrail-deadlines.ics")
            .display()
            .to_string(),
        _ => String::new(),
    };
    app.ui.path_prompt = Some(PathPrompt {
        purpose,
        path,
        dialog_unavailable: !system::native_dialog_available(),
        focus_pending: true,
    });
}

fn browse(
    language: crate::domain::Language,
    purpose: PathPurpose,
    current: &str,
) -> Option<Vec<PathBuf>> {
    match purpose {
        PathPurpose::Attach => system::pick_files(&tr(language, "ui-add-files")),
        PathPurpose::Import => {
            system::pick_case_file(&tr(language, "ui-import-case-file")).map(|p| vec![p])
        }
        PathPurpose::ExportBundle => system::save_file(
            &tr(language, "ui-export-case-file"),
            &PathBuf::from(current),
        )
        .map(|p| vec![p]),
        PathPurpose::ImportEmails => system::pick_email_files(&tr(language, "ui-import-emails")),
        PathPurpose::ExportCalendar => {
            system::save_file(&tr(language, "ui-export-calendar"), &PathBuf::from(current))
                .map(|p| vec![p])
        }
    }
}

/// Draws the typed-path dialog when open.
pub fn path_prompt(ctx: &egui::Context, app: &mut PaperTrailApp) {
    let language = app.language();
    let Some(mut prompt) = app.ui.path_prompt.take() else {
        return;
    };
    let (title_key, action_key) = match prompt.purpose {
        PathPurpose::Attach => ("ui-add-files", "ui-attach"),
        PathPurpose::Import => ("ui-import-case-file", "ui-import"),
        PathPurpose::ExportBundle => ("ui-export-case-file", "ui-export"),
        PathPurpose::ImportEmails => ("ui-import-emails", "ui-import"),
        PathPurpose::ExportCalendar => ("ui-export-calendar", "ui-export"),
    };
    let mut done: Option<Vec<PathBuf>> = None;
    let mut close = false;
    let modal = super::widgets::modal(ctx, egui::Id::unique("path_prompt"), 480.0, |ui| {
        let key = dialog_keys(ui);
        ui.heading(tr(language, title_key));
        if prompt.dialog_unavailable {
            ui.label(tr(language, "ui-dialog-unavailable"));
        }
        egui::Grid::new("path_grid").num_columns(2).show(ui, |ui| {
            let field = text_row_id(
                ui,
                &tr(language, "ui-field-path"),
                &mut prompt.path,
                egui::Id::unique(PATH_FIELD_ID),
            );
            if prompt.focus_pending {
                field.request_focus();
                prompt.focus_pending = false;
            }
        });
        if prompt.purpose == PathPurpose::Attach && !prompt.dialog_unavailable {
            ui.label(egui::RichText::new(tr(language, "ui-drop-hint")).weak());
        }
        ui.horizontal(|ui| {
            if primary_button(ui, true, tr(language, action_key)).clicked()
                || key == DialogKey::Confirm
            {
                done = Some(vec![system::expand_typed_path(&prompt.path)]);
            }
            if !prompt.dialog_unavailable && ui.button(tr(language, "ui-browse")).clicked() {
                match browse(language, prompt.purpose, &prompt.path) {
                    Some(paths) => done = Some(paths),
                    None => prompt.dialog_unavailable = !system::native_dialog_available(),
                }
            }
            if ui.button(tr(language, "ui-cancel")).clicked() || key == DialogKey::Close {
                close = true;
            }
        });
    });
    if modal.should_close() {
        close = true;
    }
    if let Some(paths) = done {
        let paths: Vec<PathBuf> = paths
            .into_iter()
            .filter(|p| !p.as_os_str().is_empty())
            .collect();
        if let Some(first) = paths.first().cloned() {
            let needs_existing = !matches!(
                prompt.purpose,
                PathPurpose::ExportBundle | PathPurpose::ExportCalendar
            );
            if needs_existing && !first.exists() {
                app.fail("ui-error-no-such-file", &first.display());
                app.ui.path_prompt = Some(prompt);
                return;
            }
            app.commands.push(match prompt.purpose {
                PathPurpose::Attach => Command::Attach(paths),
                PathPurpose::Import => Command::ImportCaseFile(first),
                PathPurpose::ExportBundle => Command::ExportCaseFile(first),
                PathPurpose::ImportEmails => Command::ImportEmails(paths),
                PathPurpose::ExportCalendar => Command::ExportCalendar(first),
            });
            return;
        }
    }
    if !close {
        app.ui.path_prompt = Some(prompt);
    }
}

/// Asks before deleting a whole case.
pub fn confirm_delete_case(ctx: &egui::Context, app: &mut PaperTrailApp) {
    let language = app.language();
    let Some(id) = app.ui.confirm_delete_case else {
        return;
    };
    let title = app
        .cases
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.title.clone())
        .unwrap_or_default();
    let mut answer = None;
    let modal = super::widgets::modal(ctx, egui::Id::unique("confirm_delete_case"), 420.0, |ui| {
        // Deleting a case cannot be undone: Enter keeps it, as Esc does; deleting takes a
        // click, or Tab to the button and Space.
        if dialog_keys(ui) != DialogKey::None {
            answer = Some(false);
        }
        ui.heading(tr(language, "ui-delete-case-title"));
        ui.label(crate::i18n::format::quote(language, &title));
        ui.label(tr(language, "ui-delete-case-warning"));
        ui.horizontal(|ui| {
            if ui.button(tr(language, "ui-delete-case-confirm")).clicked() {
                answer = Some(true);
            }
            if primary_button(ui, true, tr(language, "ui-cancel")).clicked() {
                answer = Some(false);
            }
        });
    });
    if modal.should_close() {
        answer = Some(false);
    }
    match answer {
        Some(true) => {
            app.ui.confirm_delete_case = None;
            app.commands.push(Command::DeleteCase(id));
        }
        Some(false) => app.ui.confirm_delete_case = None,
        None => {}
    }
}

/// Says where dropped files will go.
pub fn drop_overlay(ctx: &egui::Context, app: &PaperTrailApp) {
    let language = app.language();
    let text = if app.case.is_some() {
        tr(language, "ui-drop-here")
    } else {
        tr(language, "ui-attach-no-case")
    };
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop_overlay"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(160));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}

/// "Keep editing / discard": asked when a move (another tab, entry or case, or closing the
/// window) would leave drafts that do not validate. Lists each field at fault.
pub fn leave_prompt(ctx: &egui::Context, app: &mut PaperTrailApp) {
    let language = app.language();
    let Some(prompt) = &app.ui.leave_prompt else {
        return;
    };
    let closing = prompt.leave == Leave::CloseWindow;
    let sentences: Vec<String> = prompt.errors.iter().map(|e| e.sentence(language)).collect();
    let mut answer = None;
    let modal = super::widgets::modal(ctx, egui::Id::unique("leave_prompt"), 440.0, |ui| {
        // Enter and Esc both keep editing: discarding takes a deliberate click.
        if dialog_keys(ui) != DialogKey::None {
            answer = Some(Command::KeepEditing);
        }
        ui.heading(tr(
            language,
            if closing {
                "ui-leave-title-closing"
            } else {
                "ui-leave-title"
            },
        ));
        ui.label(tr(language, "ui-leave-body"));
        for sentence in &sentences {
            ui.label(egui::RichText::new(format!("• {sentence}")).color(super::widgets::RED));
        }
        ui.separator();
        ui.horizontal(|ui| {
            if primary_button(ui, true, tr(language, "ui-keep-editing")).clicked() {
                answer = Some(Command::KeepEditing);
            }
            let discard = if closing {
                "ui-discard-and-close"
            } else {
                "ui-discard"
            };
            if ui.button(tr(language, discard)).clicked() {
                answer = Some(Command::DiscardAndLeave);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(Command::KeepEditing);
    }
    if let Some(answer) = answer {
        app.commands.push(answer);
    }
}

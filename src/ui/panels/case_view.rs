//! The open case: header with actions, dashboard, section tabs and the chosen section; and the
//! empty state shown when no case is open.

use super::super::PaperTrailApp;
use super::super::command::Command;
use super::super::draft::Leave;
use super::super::state::{PathPurpose, Tab};
use super::{
    attachments, dashboard, details, dialogs, export_dialog, quick_log, sections, timeline,
};
use crate::i18n::{label, tr};
use eframe::egui::{self, RichText};

/// Under this height (points), the whole case scrolls as one page (see [`show`]).
const SHORT_BELOW: f32 = 480.0;

/// The case's title, status and actions.
fn header(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    let Some(view) = &app.case else { return };
    let (id, title, status) = (view.id, view.data.case.title.clone(), view.data.case.status);
    ui.horizontal_wrapped(|ui| {
        ui.heading(RichText::new(title).strong());
        ui.label(label(language, &status.label_key()));
    });
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(tr(language, "ui-quick-log"))
            .on_hover_text(tr(language, "ui-shortcut-quick-log"))
            .clicked()
        {
            quick_log::open(app);
        }
        if ui
            .button(tr(language, "ui-export-pdf"))
            .on_hover_text(tr(language, "ui-shortcut-export"))
            .clicked()
        {
            export_dialog::open(app);
        }
        if ui.button(tr(language, "ui-letter-write")).clicked() {
            super::letter_dialog::open(app);
        }
        if ui.button(tr(language, "ui-add-files")).clicked() {
            attachments::pick_files(app);
        }
        if ui.button(tr(language, "ui-import-emails")).clicked() {
            dialogs::ask_path(app, PathPurpose::ImportEmails);
        }
        if ui.button(tr(language, "ui-export-case-file")).clicked() {
            dialogs::ask_path(app, PathPurpose::ExportBundle);
        }
        if ui.button(tr(language, "ui-delete-case")).clicked() {
            app.ui.confirm_delete_case = Some(id);
        }
    });
}

/// The section tabs.
fn tabs(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    ui.horizontal_wrapped(|ui| {
        for tab in Tab::ALL {
            if ui
                .selectable_label(app.ui.tab == tab, tr(language, tab.label_key()))
                .clicked()
                && app.ui.tab != tab
            {
                app.commands.push(Command::Leave(Leave::Tab(tab)));
            }
        }
    });
}

/// The chosen section.
fn section(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    match app.ui.tab {
        Tab::Timeline => timeline::show(ui, app),
        Tab::Contacts => sections::contacts(ui, app),
        Tab::Promises => sections::promises(ui, app),
        Tab::Statements => sections::statements(ui, app),
        Tab::Attachments => attachments::show(ui, app),
        Tab::Notes => sections::notes(ui, app),
        Tab::Details => details::show(ui, app),
    }
}

/// Draws the open case. In a window of ordinary height the title and actions stay put, the
/// dashboard and the rights scroll in the room left above the tabs, and the section fills the
/// rest. In a short one (a small screen, a large zoom) the whole case scrolls as one page and
/// the section, at its foot, is as tall as the window: every part stays reachable.
pub fn show(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    if app.case.is_none() {
        return;
    }
    let room = ui.available_height();
    if room < SHORT_BELOW {
        egui::ScrollArea::vertical()
            .id_salt("case_page")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                header(ui, app);
                ui.separator();
                dashboard::show(ui, app);
                super::rights::show(ui, app);
                ui.separator();
                tabs(ui, app);
                ui.separator();
                let width = ui.available_width();
                ui.allocate_ui_with_layout(
                    egui::vec2(width, room),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        ui.set_height(room);
                        section(ui, app);
                    },
                );
            });
        return;
    }
    header(ui, app);
    ui.separator();
    // The dashboard and the rights scroll in the room left above the tabs, so the tabs and at
    // least a few rows of the section stay on screen.
    let room = ui.available_height();
    let dashboard_height = (room - 220.0).max(room * 0.4);
    egui::ScrollArea::vertical()
        .id_salt("dashboard_scroll")
        .max_height(dashboard_height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            dashboard::show(ui, app);
            super::rights::show(ui, app);
        });
    ui.separator();
    tabs(ui, app);
    ui.separator();
    section(ui, app);
}

/// What the app is for, and the ways in, when no case is open.
pub fn empty_state(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.2);
        ui.heading(tr(language, "ui-app-name"));
        ui.add_space(8.0);
        ui.set_max_width(520.0);
        ui.label(tr(language, "ui-empty-what"));
        ui.label(tr(language, "ui-empty-how"));
        ui.add_space(12.0);
        if app.cases.is_empty() {
            if ui.button(tr(language, "ui-open-demo")).clicked() {
                app.commands.push(Command::OpenDemo);
            }
            ui.add_space(4.0);
        } else {
            ui.label(tr(language, "ui-pick-a-case"));
        }
        if ui.button(tr(language, "ui-new-case")).clicked() {
            app.commands.push(Command::Leave(Leave::NewCase));
        }
        ui.add_space(4.0);
        if ui.button(tr(language, "ui-import-case-file")).clicked() {
            dialogs::ask_path(app, PathPurpose::Import);
        }
    });
}

//! The side panel that edits one entry. Changes are saved by themselves (when a field loses
//! the focus or a choice changes), so there is no Save button; Delete offers an undo.

use super::super::PaperTrailApp;
use super::super::command::Command;
use super::super::draft::{FieldErrors, Leave};
use super::super::state::{Entry, EntryDraft};
use super::widgets::{
    choice_row, multiline_row, optional_multiline_row, optional_row, text_row, text_row_checked,
};
use crate::domain::{Channel, Direction, EntryId, Outcome, PromiseKind, PromiseStatus, TimeZone};
use crate::i18n::{label, tr};
use eframe::egui::{self, RichText};

fn zone(app: &PaperTrailApp) -> TimeZone {
    app.case
        .as_ref()
        .map(|c| c.data.case.time_zone)
        .unwrap_or_default()
}

/// Opens an existing entry for editing (the draft open now is saved first, or the user is
/// asked about it when it does not validate).
pub fn open(app: &mut PaperTrailApp, id: &EntryId) {
    if app.ui.editor.as_ref().is_some_and(|d| d.entry.id() == id) {
        return;
    }
    app.commands.push(Command::Leave(Leave::Entry(id.clone())));
}

/// Opens a new, not yet saved entry for editing (as [`open`] does for an existing one).
pub fn open_new(app: &mut PaperTrailApp, entry: Entry) {
    app.commands
        .push(Command::Leave(Leave::NewEntry(Box::new(entry))));
}

/// Draws the editor side panel.
pub fn show(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    let zone = zone(app);
    let Some(mut draft) = app.ui.editor.take() else {
        return;
    };
    let mut commit = false;
    let mut close = false;
    let mut delete = false;
    let mut open_original = None;
    let title_key = match &draft.entry {
        Entry::Contact(_) => "ui-edit-contact",
        Entry::Promise(_) => "ui-edit-promise",
        Entry::Statement(_) => "ui-edit-statement",
        Entry::Attachment(_) => "ui-edit-attachment",
        Entry::Note(_) => "ui-edit-note",
    };
    // Esc closes the side panel as Close does (the entry is saved, or the user asked).
    if super::widgets::dialog_keys(ui) == super::widgets::DialogKey::Close {
        close = true;
    }
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading(tr(language, title_key));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(tr(language, "ui-close")).clicked() {
                close = true;
            }
        });
    });
    if draft.saved.is_none() {
        ui.label(RichText::new(tr(language, "ui-new-entry-hint")).weak());
    }
    ui.separator();
    let date_time_hint = tr(language, "ui-date-time-hint");
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::Grid::new("editor_grid")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                let mut lost = |r: egui::Response| commit |= r.lost_focus();
                let EntryDraft {
                    entry,
                    date_a,
                    date_b,
                    date_c,
                    wait,
                    duration,
                    errors,
                    law,
                    saved,
                    ..
                } = &mut draft;
                let errors: &FieldErrors = errors;
                match entry {
                    Entry::Contact(c) => {
                        lost(text_row_checked(
                            ui,
                            language,
                            "ui-field-when",
                            date_a,
                            errors,
                        ));
                        let mut changed = choice_row(
                            ui,
                            &tr(language, "ui-field-channel"),
                            &mut c.channel,
                            Channel::ALL,
                            |v| label(language, &v.label_key()),
                        );
                        changed |= choice_row(
                            ui,
                            &tr(language, "ui-field-direction"),
                            &mut c.direction,
                            Direction::ALL,
                            |v| label(language, &v.label_key()),
                        );
                        changed |= choice_row(
                            ui,
                            &tr(language, "ui-field-outcome"),
                            &mut c.outcome,
                            Outcome::ALL,
                            |v| label(language, &v.label_key()),
                        );
                        lost(optional_row(
                            ui,
                            &tr(language, "ui-field-counterpart"),
                            &mut c.counterpart,
                        ));
                        lost(optional_row(
                            ui,
                            &tr(language, "ui-field-reference"),
                            &mut c.reference,
                        ));
                        lost(multiline_row(
                            ui,
                            &tr(language, "ui-field-summary"),
                            &mut c.summary,
                        ));
                        lost(text_row_checked(
                            ui,
                            language,
                            "ui-field-wait",
                            wait,
                            errors,
                        ));
                        lost(text_row_checked(
                            ui,
                            language,
                            "ui-field-duration",
                            duration,
                            errors,
                        ));
                        // A letter shows what became of it as stored, and takes "not
                        // collected".
                        let letter = (c.channel == Channel::Letter).then(|| match saved {
                            Some(Entry::Contact(s)) => s.letter_receipt(zone),
                            _ => None,
                        });
                        changed |= super::law_fields::contact_rows(
                            ui, language, law, errors, letter, &mut lost,
                        );
                        commit |= changed;
                    }
                    Entry::Promise(p) => {
                        lost(text_row_checked(
                            ui,
                            language,
                            "ui-field-made",
                            date_a,
                            errors,
                        ));
                        let mut changed = choice_row(
                            ui,
                            &tr(language, "ui-field-kind"),
                            &mut p.kind,
                            PromiseKind::ALL,
                            |v| label(language, &v.label_key()),
                        );
                        lost(multiline_row(
                            ui,
                            &tr(language, "ui-field-promise-text"),
                            &mut p.text,
                        ));
                        lost(text_row_checked(
                            ui,
                            language,
                            "ui-field-due",
                            date_b,
                            errors,
                        ));
                        changed |= choice_row(
                            ui,
                            &tr(language, "ui-field-status"),
                            &mut p.status,
                            PromiseStatus::ALL,
                            |v| label(language, &v.label_key()),
                        );
                        lost(text_row_checked(
                            ui,
                            language,
                            "ui-field-settled",
                            date_c,
                            errors,
                        ));
                        commit |= changed;
                    }
                    Entry::Statement(s) => {
                        lost(text_row_checked(
                            ui,
                            language,
                            "ui-field-when",
                            date_a,
                            errors,
                        ));
                        lost(text_row(ui, &tr(language, "ui-field-topic"), &mut s.topic));
                        lost(text_row(ui, &tr(language, "ui-field-value"), &mut s.value));
                        lost(optional_multiline_row(
                            ui,
                            &tr(language, "ui-field-context"),
                            &mut s.text,
                        ));
                    }
                    Entry::Note(n) => {
                        lost(text_row_checked(
                            ui,
                            language,
                            "ui-field-when",
                            date_a,
                            errors,
                        ));
                        lost(multiline_row(
                            ui,
                            &tr(language, "ui-field-note"),
                            &mut n.text,
                        ));
                    }
                    Entry::Attachment(a) => {
                        ui.label(tr(language, "ui-field-file"));
                        ui.label(&a.file_name);
                        ui.end_row();
                        ui.label(tr(language, "ui-field-sha256"));
                        ui.label(RichText::new(&a.sha256).monospace().small());
                        ui.end_row();
                        lost(optional_row(
                            ui,
                            &tr(language, "ui-field-caption"),
                            &mut a.caption,
                        ));
                        lost(text_row_checked(
                            ui,
                            language,
                            "ui-field-received",
                            date_a,
                            errors,
                        ));
                        open_original = Some(a.sha256.clone());
                    }
                }
            });
        ui.label(RichText::new(&date_time_hint).weak().small());
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if let Some(sha) = &open_original
                && ui.button(tr(language, "ui-open-original")).clicked()
            {
                let path = app.store.blob_path(sha);
                if let Err(e) = super::super::system::open(&path.to_string_lossy()) {
                    app.fail("ui-error-open", &e);
                }
            }
            if draft.saved.is_some() && ui.button(tr(language, "ui-delete")).clicked() {
                delete = true;
            }
        });
    });
    if delete {
        app.commands
            .push(Command::DeleteEntry(draft.entry.id().clone()));
        return;
    }
    let today = app.now().with_timezone(&zone.0).date_naive();
    if commit && draft.validate(zone, today).is_ok() && draft.unsaved() {
        app.commands.push(Command::SaveEntry(draft.entry.clone()));
        draft.saved = Some(draft.entry.clone());
    }
    app.ui.editor = Some(draft);
    if close {
        app.commands.push(Command::Leave(Leave::CloseEditor));
    }
}

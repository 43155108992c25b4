//! The side panel that edits one entry. Changes are saved by themselves (when a field loses
//! the focus or a choice changes), so there is no Save button; Delete offers an undo.

use super::super::PaperTrailApp;
use super::super::command::Command;
use super::super::state::{Entry, EntryDraft};
use super::super::text::{
    date_or_instant_field, instant_field, parse_instant_field, parse_optional_date,
};
use super::widgets::{
    choice_row, error_text, multiline_row, optional_multiline_row, optional_row, text_row,
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

fn minutes(value: Option<u32>) -> String {
    value.map(|m| m.to_string()).unwrap_or_default()
}

fn draft_of(entry: Entry, saved: Option<Entry>, zone: TimeZone) -> EntryDraft {
    let (date_a, date_b, date_c, wait, duration) = match &entry {
        Entry::Contact(c) => (
            instant_field(&c.at, zone),
            String::new(),
            String::new(),
            minutes(c.wait_minutes),
            minutes(c.duration_minutes),
        ),
        Entry::Promise(p) => (
            date_or_instant_field(Some(&p.made_at), zone),
            date_or_instant_field(p.due.as_ref(), zone),
            date_or_instant_field(p.settled_at.as_ref(), zone),
            String::new(),
            String::new(),
        ),
        Entry::Statement(s) => (
            instant_field(&s.at, zone),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ),
        Entry::Note(n) => (
            instant_field(&n.at, zone),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ),
        Entry::Attachment(a) => (
            date_or_instant_field(a.received_at.as_ref(), zone),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ),
    };
    let law = match &entry {
        Entry::Contact(c) => super::law_fields::ContactLawForm::of(c, zone),
        _ => super::law_fields::ContactLawForm::default(),
    };
    EntryDraft {
        law,
        initial: entry.clone(),
        entry,
        saved,
        date_a,
        date_b,
        date_c,
        wait,
        duration,
        error: None,
    }
}

/// Saves what the side panel holds, if it changed and reads well (before it closes or another
/// entry replaces it: a field that had the focus never reports losing it then).
pub fn flush(app: &mut PaperTrailApp) {
    let zone = zone(app);
    let Some(mut draft) = app.ui.editor.take() else {
        return;
    };
    if apply_typed(&mut draft, zone).is_ok()
        && draft.saved.as_ref() != Some(&draft.entry)
        && (draft.saved.is_some() || draft.entry != draft.initial)
    {
        app.commands.push(Command::SaveEntry(draft.entry));
    }
}

/// Opens an existing entry for editing.
pub fn open(app: &mut PaperTrailApp, id: &EntryId) {
    if app.ui.editor.as_ref().is_some_and(|d| d.entry.id() == id) {
        return;
    }
    flush(app);
    let Some(view) = &app.case else { return };
    let Some(entry) = view.entry(id) else { return };
    app.ui.editor = Some(draft_of(
        entry.clone(),
        Some(entry),
        view.data.case.time_zone,
    ));
}

/// Opens a new, not yet saved entry for editing.
pub fn open_new(app: &mut PaperTrailApp, entry: Entry) {
    flush(app);
    let zone = zone(app);
    app.ui.editor = Some(draft_of(entry, None, zone));
}

fn parse_minutes(text: &str) -> Result<Option<u32>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse().map(Some).map_err(|_| ())
}

/// Applies the typed fields to the working copy; the message key of the first bad field.
fn apply_typed(draft: &mut EntryDraft, zone: TimeZone) -> Result<(), &'static str> {
    match &mut draft.entry {
        Entry::Contact(c) => {
            c.at = parse_instant_field(&draft.date_a, zone).ok_or("ui-error-date-time")?;
            c.wait_minutes = parse_minutes(&draft.wait).map_err(|()| "ui-error-minutes")?;
            c.duration_minutes = parse_minutes(&draft.duration).map_err(|()| "ui-error-minutes")?;
            draft.law.apply(c, zone)?;
        }
        Entry::Promise(p) => {
            p.made_at = parse_optional_date(&draft.date_a, zone)
                .ok()
                .flatten()
                .ok_or("ui-error-date")?;
            p.due = parse_optional_date(&draft.date_b, zone).map_err(|_| "ui-error-date")?;
            p.settled_at = parse_optional_date(&draft.date_c, zone).map_err(|_| "ui-error-date")?;
        }
        Entry::Statement(s) => {
            s.at = parse_instant_field(&draft.date_a, zone).ok_or("ui-error-date-time")?;
        }
        Entry::Note(n) => {
            n.at = parse_instant_field(&draft.date_a, zone).ok_or("ui-error-date-time")?;
        }
        Entry::Attachment(a) => {
            a.received_at =
                parse_optional_date(&draft.date_a, zone).map_err(|_| "ui-error-date")?;
        }
    }
    Ok(())
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
                    law,
                    ..
                } = &mut draft;
                match entry {
                    Entry::Contact(c) => {
                        lost(text_row(ui, &tr(language, "ui-field-when"), date_a));
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
                        lost(text_row(ui, &tr(language, "ui-field-wait"), wait));
                        lost(text_row(ui, &tr(language, "ui-field-duration"), duration));
                        changed |= super::law_fields::contact_rows(ui, language, law, &mut lost);
                        commit |= changed;
                    }
                    Entry::Promise(p) => {
                        lost(text_row(ui, &tr(language, "ui-field-made"), date_a));
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
                        lost(text_row(ui, &tr(language, "ui-field-due"), date_b));
                        changed |= choice_row(
                            ui,
                            &tr(language, "ui-field-status"),
                            &mut p.status,
                            PromiseStatus::ALL,
                            |v| label(language, &v.label_key()),
                        );
                        lost(text_row(ui, &tr(language, "ui-field-settled"), date_c));
                        commit |= changed;
                    }
                    Entry::Statement(s) => {
                        lost(text_row(ui, &tr(language, "ui-field-when"), date_a));
                        lost(text_row(ui, &tr(language, "ui-field-topic"), &mut s.topic));
                        lost(text_row(ui, &tr(language, "ui-field-value"), &mut s.value));
                        lost(optional_multiline_row(
                            ui,
                            &tr(language, "ui-field-context"),
                            &mut s.text,
                        ));
                    }
                    Entry::Note(n) => {
                        lost(text_row(ui, &tr(language, "ui-field-when"), date_a));
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
                        lost(text_row(ui, &tr(language, "ui-field-received"), date_a));
                        open_original = Some(a.sha256.clone());
                    }
                }
            });
        ui.label(RichText::new(&date_time_hint).weak().small());
        if let Some(key) = draft.error {
            error_text(ui, &tr(language, key));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if let Some(sha) = &open_original
                && ui.button(tr(language, "ui-open-original")).clicked()
            {
                let path = app.store.blob_path(sha);
                if let Err(e) = super::super::system::open(&path.to_string_lossy()) {
                    app.ui.notice = Some(super::super::state::Notice {
                        text: format!("{} {e}", tr(language, "ui-error-open")),
                        error: true,
                        undo: false,
                    });
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
    if commit || close {
        match apply_typed(&mut draft, zone) {
            Ok(()) => {
                draft.error = None;
                if draft.saved.as_ref() != Some(&draft.entry)
                    && (draft.saved.is_some() || draft.entry != draft.initial)
                {
                    app.commands.push(Command::SaveEntry(draft.entry.clone()));
                    draft.saved = Some(draft.entry.clone());
                }
            }
            Err(key) => {
                draft.error = Some(key);
                close = false;
            }
        }
    }
    if !close {
        app.ui.editor = Some(draft);
    }
}

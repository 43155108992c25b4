//! The entry sections: contacts, promises, statements (grouped by topic, contradictions first)
//! and notes. Each row opens the entry in the side panel; each section can add an entry.

use super::super::PaperTrailApp;
use super::super::view_model::promise_state;
use super::editor;
use super::quick_log;
use super::widgets::{RED, chip};
use crate::analysis::PromiseState;
use crate::domain::{
    DateOrInstant, EntryId, Instant, Note, Promise, PromiseKind, PromiseStatus, Statement,
};
use crate::i18n::{self, label, tr};
use eframe::egui::{self, RichText};

fn when(app: &PaperTrailApp, at: &Instant) -> String {
    let Some(view) = &app.case else {
        return String::new();
    };
    i18n::format::instant(app.language(), view.data.case.time_zone, at.utc())
}

fn when_date(app: &PaperTrailApp, at: &DateOrInstant) -> String {
    let zone = app
        .case
        .as_ref()
        .map(|c| c.data.case.time_zone)
        .unwrap_or_default();
    i18n::format::date_or_instant(app.language(), zone, at)
}

fn now_instant(app: &PaperTrailApp) -> Instant {
    let zone = app
        .case
        .as_ref()
        .map(|c| c.data.case.time_zone)
        .unwrap_or_default();
    Instant(app.now().with_timezone(&zone.0).fixed_offset())
}

/// A row that opens an entry when clicked.
fn entry_row(ui: &mut egui::Ui, selected: bool, text: &str) -> bool {
    super::widgets::row_button(ui, selected, text).clicked()
}

fn selected_id(app: &PaperTrailApp) -> Option<EntryId> {
    app.ui.editor.as_ref().map(|d| d.entry.id().clone())
}

/// The contacts, newest first, virtualised.
pub fn contacts(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    if ui.button(tr(language, "ui-add-contact")).clicked() {
        quick_log::open(app);
    }
    let Some(view) = &app.case else { return };
    let mut order: Vec<usize> = (0..view.data.contacts.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(view.data.contacts.get(i).map(|c| c.at)));
    if order.is_empty() {
        ui.label(tr(language, "ui-none-yet"));
        return;
    }
    let selected = selected_id(app);
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let mut open = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .id_salt("contacts")
        .show_rows(ui, row_height, order.len(), |ui, range| {
            for &index in order.get(range).unwrap_or_default() {
                let Some(contact) = view.data.contacts.get(index) else {
                    continue;
                };
                let text = format!(
                    "{} · {} · {} · {}{}",
                    when(app, &contact.at),
                    label(language, &contact.channel.label_key()),
                    label(language, &contact.direction.label_key()),
                    label(language, &contact.outcome.label_key()),
                    if contact.summary.is_empty() {
                        String::new()
                    } else {
                        format!(" · {}", contact.summary.lines().next().unwrap_or(""))
                    }
                );
                if entry_row(ui, selected.as_ref() == Some(&contact.id), &text) {
                    open = Some(contact.id.clone());
                }
            }
        });
    if let Some(id) = open {
        editor::open(app, &id);
    }
}

/// The promises with their computed status.
pub fn promises(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    if ui.button(tr(language, "ui-add-promise")).clicked() {
        let Some(view) = &app.case else { return };
        let promise = Promise {
            id: view.data.next_entry_id("p"),
            made_at: DateOrInstant::Instant(now_instant(app)),
            source: None,
            kind: PromiseKind::Delivery,
            text: String::new(),
            due: None,
            status: PromiseStatus::Pending,
            settled_at: None,
        };
        editor::open_new(app, super::super::state::Entry::Promise(promise));
    }
    let Some(view) = &app.case else { return };
    if view.data.promises.is_empty() {
        ui.label(tr(language, "ui-none-yet"));
        return;
    }
    let selected = selected_id(app);
    let mut open = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .id_salt("promises")
        .show(ui, |ui| {
            for promise in &view.data.promises {
                ui.horizontal(|ui| {
                    let state = promise_state(&view.findings, &promise.id);
                    let (state_key, late) = match state {
                        Some(PromiseState::Overdue) => ("ui-promise-overdue", true),
                        Some(PromiseState::Broken) => ("ui-promise-broken", true),
                        Some(PromiseState::Kept) => ("ui-promise-kept", false),
                        _ => ("ui-promise-pending", false),
                    };
                    if late {
                        chip(ui, &tr(language, state_key), RED);
                    } else {
                        ui.label(RichText::new(tr(language, state_key)).small());
                    }
                    let due = promise
                        .due
                        .as_ref()
                        .map(|d| format!(" · {} {}", tr(language, "ui-due"), when_date(app, d)))
                        .unwrap_or_default();
                    let text = format!(
                        "{} · {}{due}",
                        label(language, &promise.kind.label_key()),
                        promise.text
                    );
                    if entry_row(ui, selected.as_ref() == Some(&promise.id), &text) {
                        open = Some(promise.id.clone());
                    }
                });
            }
        });
    if let Some(id) = open {
        editor::open(app, &id);
    }
}

/// Statements grouped by topic, contradicted topics first.
pub fn statements(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    if ui.button(tr(language, "ui-add-statement")).clicked() {
        let Some(view) = &app.case else { return };
        let statement = Statement {
            id: view.data.next_entry_id("s"),
            at: now_instant(app),
            source: None,
            topic: String::new(),
            value: String::new(),
            text: None,
        };
        editor::open_new(app, super::super::state::Entry::Statement(statement));
    }
    let Some(view) = &app.case else { return };
    if view.topics.is_empty() {
        ui.label(tr(language, "ui-none-yet"));
        return;
    }
    let selected = selected_id(app);
    let mut open = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .id_salt("statements")
        .show(ui, |ui| {
            for group in &view.topics {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(&group.topic).strong());
                    if group.contradicted {
                        chip(ui, &tr(language, "ui-flag-contradicted"), RED);
                    }
                });
                for (&index, value) in group.statements.iter().zip(&group.values) {
                    let Some(statement) = view.data.statements.get(index) else {
                        continue;
                    };
                    let text = format!("{} · {value}", when(app, &statement.at));
                    ui.indent(("statement", index), |ui| {
                        if entry_row(ui, selected.as_ref() == Some(&statement.id), &text) {
                            open = Some(statement.id.clone());
                        }
                    });
                }
                ui.add_space(4.0);
            }
        });
    if let Some(id) = open {
        editor::open(app, &id);
    }
}

/// The notes.
pub fn notes(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    if ui.button(tr(language, "ui-add-note")).clicked() {
        let Some(view) = &app.case else { return };
        let note = Note {
            id: view.data.next_entry_id("n"),
            at: now_instant(app),
            text: String::new(),
        };
        editor::open_new(app, super::super::state::Entry::Note(note));
    }
    let Some(view) = &app.case else { return };
    if view.data.notes.is_empty() {
        ui.label(tr(language, "ui-none-yet"));
        return;
    }
    let selected = selected_id(app);
    let mut open = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .id_salt("notes")
        .show(ui, |ui| {
            for note in &view.data.notes {
                let text = format!(
                    "{} · {}",
                    when(app, &note.at),
                    note.text.lines().next().unwrap_or("")
                );
                if entry_row(ui, selected.as_ref() == Some(&note.id), &text) {
                    open = Some(note.id.clone());
                }
            }
        });
    if let Some(id) = open {
        editor::open(app, &id);
    }
}

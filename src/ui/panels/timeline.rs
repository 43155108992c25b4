//! The timeline: every dated item of the case, flagged, in a virtualised list (only the visible
//! rows are laid out, so 10 000 items scroll smoothly). Selecting a row opens it for editing.

use super::super::PaperTrailApp;
use super::editor;
use super::widgets::{AMBER, RED, chip};
use crate::i18n::tr;
use eframe::egui::{self, RichText};

/// Draws the timeline of the open case.
pub fn show(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    let Some(view) = &app.case else { return };
    if view.rows.is_empty() {
        ui.label(tr(language, "ui-timeline-empty"));
        return;
    }
    let flag_unanswered = tr(language, "ui-flag-unanswered");
    let flag_overdue = tr(language, "ui-flag-overdue");
    let flag_broken = tr(language, "ui-flag-broken");
    let flag_contradicted = tr(language, "ui-flag-contradicted");
    let incoming = tr(language, "ui-incoming-mark");
    let selected = app.ui.editor.as_ref().map(|d| d.entry.id().clone());
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let mut open = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .id_salt("timeline")
        .show_rows(ui, row_height, view.rows.len(), |ui, range| {
            // Newest first: row 0 on screen is the last item of the timeline.
            let last = view.rows.len().saturating_sub(1);
            for index in range.map(|i| last - i.min(last)) {
                let Some(row) = view.rows.get(index) else {
                    continue;
                };
                ui.horizontal(|ui| {
                    ui.set_height(row_height);
                    fixed_width(
                        ui,
                        170.0,
                        row_height,
                        egui::Label::new(RichText::new(&row.when).weak()).truncate(),
                    );
                    let kind = if row.incoming {
                        format!("{} {}", row.kind, incoming)
                    } else {
                        row.kind.clone()
                    };
                    fixed_width(ui, 200.0, row_height, egui::Label::new(kind).truncate());
                    if row.flags.unanswered {
                        chip(ui, &flag_unanswered, AMBER);
                    }
                    if row.flags.overdue {
                        chip(ui, &flag_overdue, RED);
                    }
                    if row.flags.broken {
                        chip(ui, &flag_broken, RED);
                    }
                    if row.flags.contradicted {
                        chip(ui, &flag_contradicted, RED);
                    }
                    let is_selected = row.entry.is_some() && row.entry == selected;
                    let text = ui.add(
                        egui::Button::selectable(is_selected, row.text.as_str())
                            .truncate()
                            .frame(false),
                    );
                    if text.clicked()
                        && let Some(entry) = &row.entry
                    {
                        open = Some(entry.clone());
                    }
                });
            }
        });
    if let Some(entry) = open {
        editor::open(app, &entry);
    }
}

/// A left-aligned cell of fixed width.
fn fixed_width(ui: &mut egui::Ui, width: f32, height: f32, label: egui::Label) {
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_width(width);
            ui.add(label);
        },
    );
}

//! The timeline: every dated item of the case, flagged, in a virtualised list (only the visible
//! rows are laid out, so 10 000 items scroll smoothly). Selecting a row opens it for editing.

use super::super::PaperTrailApp;
use super::editor;
use super::widgets::{AMBER, RED, chip, focus_ring, row_button_unringed};
use crate::i18n::tr;
use eframe::egui::{self, RichText};

/// Under this width (points), each item takes two lines.
const TWO_LINES_BELOW: f32 = 560.0;

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
    // Narrow: each item on two lines (date, kind and flags; then its text), so the text keeps
    // room to be read instead of being squeezed behind fixed columns.
    let two_lines = ui.available_width() < TWO_LINES_BELOW;
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let row_height = if two_lines {
        2.0 * line + 10.0
    } else {
        line + 6.0
    };
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
                let kind = if row.incoming {
                    format!("{} {}", row.kind, incoming)
                } else {
                    row.kind.clone()
                };
                let flags = |ui: &mut egui::Ui| {
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
                };
                let is_selected = row.entry.is_some() && row.entry == selected;
                let drawn = if two_lines {
                    ui.vertical(|ui| {
                        ui.set_height(row_height);
                        ui.horizontal(|ui| {
                            ui.add(egui::Label::new(RichText::new(&row.when).weak()));
                            flags(ui);
                            ui.add(egui::Label::new(kind).truncate());
                        });
                        row_button_unringed(ui, is_selected, row.text.as_str())
                    })
                } else {
                    ui.horizontal(|ui| {
                        ui.set_height(row_height);
                        fixed_width(
                            ui,
                            170.0,
                            row_height,
                            egui::Label::new(RichText::new(&row.when).weak()).truncate(),
                        );
                        fixed_width(ui, 200.0, row_height, egui::Label::new(kind).truncate());
                        flags(ui);
                        row_button_unringed(ui, is_selected, row.text.as_str())
                    })
                };
                let text = drawn.inner;
                // The keyboard focus outlines the whole row, not only its text.
                let row_rect = drawn.response.rect.with_max_x(ui.max_rect().right());
                focus_ring(ui, &text, row_rect);
                if text.clicked()
                    && let Some(entry) = &row.entry
                {
                    open = Some(entry.clone());
                }
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

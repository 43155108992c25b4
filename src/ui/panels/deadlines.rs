//! The "Deadlines" view: every open deadline across all cases, by date, for advocates with many
//! files. Built from the case list's background analysis; a row opens its case.

use super::super::PaperTrailApp;
use super::super::command::Command;
use super::super::draft::Leave;
use super::widgets::{DialogKey, dialog_keys};
use crate::i18n::format::date as format_date;
use crate::i18n::{tr, tr_args};
use eframe::egui::{self, RichText};

/// Draws the deadlines window when it is open.
pub fn window(ctx: &egui::Context, app: &mut PaperTrailApp) {
    if !app.ui.show_deadlines {
        return;
    }
    let language = app.language();
    let mut rows: Vec<(
        chrono::NaiveDate,
        crate::domain::CaseId,
        String,
        String,
        i64,
    )> = Vec::new();
    for case in &app.cases {
        let Some(badges) = app.badges.get(&case.id) else {
            continue;
        };
        for item in &badges.deadlines {
            rows.push((
                item.due,
                case.id,
                case.title.clone(),
                tr(language, &item.title),
                item.days_left,
            ));
        }
    }
    rows.sort_by(|a, b| (a.0, &a.2).cmp(&(b.0, &b.2)));
    let mut open = true;
    let mut escape = false;
    let mut clicked = None;
    egui::Window::new(tr(language, "ui-deadlines-title"))
        .open(&mut open)
        .default_width(560.0_f32.min(ctx.content_rect().width() - 32.0))
        .show(ctx, |ui| {
            escape = dialog_keys(ui) == DialogKey::Close;
            if rows.is_empty() {
                ui.label(tr(language, "ui-deadlines-empty"));
                return;
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                egui::Grid::new("deadlines_grid")
                    .num_columns(3)
                    .striped(true)
                    .show(ui, |ui| {
                        for (due, id, title, rule, left) in &rows {
                            ui.label(RichText::new(format_date(language, *due)).strong());
                            ui.label(tr_args(
                                language,
                                "clock-days-left",
                                &[("count", (*left).into())],
                            ));
                            ui.vertical(|ui| {
                                let link = ui.link(title);
                                super::widgets::focus_ring(ui, &link, link.rect);
                                if link.clicked() {
                                    clicked = Some(*id);
                                }
                                ui.label(RichText::new(rule).small());
                            });
                            ui.end_row();
                        }
                    });
            });
        });
    if !open || escape {
        app.ui.show_deadlines = false;
    }
    if let Some(id) = clicked {
        app.commands.push(Command::Leave(Leave::Case(id)));
    }
}

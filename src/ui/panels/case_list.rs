//! The case list (left panel): search, new case, and one row per case with its status, days
//! open and badges (unanswered, overdue, contradictions).

use super::super::PaperTrailApp;
use super::super::command::Command;
use super::super::draft::Leave;
use super::widgets::{AMBER, RED, chip};
use crate::i18n::{label, tr, tr_count};
use eframe::egui::{self, RichText};

/// Draws the case list.
pub fn show(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading(tr(language, "ui-cases"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(tr(language, "ui-new-case"))
                .on_hover_text(tr(language, "ui-shortcut-new-case"))
                .clicked()
            {
                app.commands.push(Command::Leave(Leave::NewCase));
            }
        });
    });
    let search_label = ui.label(RichText::new(tr(language, "ui-search")).small());
    let search_id = egui::Id::unique("case_search");
    let search = ui
        .add(
            egui::TextEdit::singleline(&mut app.ui.search)
                .id(search_id)
                .hint_text(tr(language, "ui-search-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(search_label.id)
        .on_hover_text(tr(language, "ui-shortcut-search"));
    if app.ui.focus_search {
        search.request_focus();
        app.ui.focus_search = false;
    }
    ui.separator();
    let needle = app.ui.search.trim().to_lowercase();
    let open_id = app.case.as_ref().map(|c| c.id);
    let mut clicked = None;
    let shown: Vec<usize> = app
        .cases
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            needle.is_empty()
                || c.title.to_lowercase().contains(&needle)
                || c.merchant.to_lowercase().contains(&needle)
        })
        .map(|(i, _)| i)
        .collect();
    if shown.is_empty() && !app.cases.is_empty() {
        ui.label(tr(language, "ui-search-nothing"));
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for index in shown {
                let Some(case) = app.cases.get(index) else {
                    continue;
                };
                let selected = open_id == Some(case.id);
                let frame = egui::Frame::new()
                    .inner_margin(egui::Margin::symmetric(6, 4))
                    .corner_radius(4.0)
                    .fill(if selected {
                        ui.visuals().selection.bg_fill.gamma_multiply(0.5)
                    } else {
                        egui::Color32::TRANSPARENT
                    });
                let response = frame
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        let title = ui.add(
                            egui::Button::selectable(selected, RichText::new(&case.title).strong())
                                .frame(false),
                        );
                        ui.horizontal_wrapped(|ui| {
                            if !case.merchant.is_empty() {
                                ui.label(RichText::new(&case.merchant).small());
                                ui.label(RichText::new("·").small());
                            }
                            ui.label(
                                RichText::new(label(language, &case.status.label_key())).small(),
                            );
                            // Calendar days in the case's zone, from the background analysis,
                            // so the list and the dashboard always agree.
                            let days = app.badges.get(&case.id).and_then(|b| b.days_since_order);
                            if let Some(days) = days {
                                ui.label(RichText::new("·").small());
                                ui.label(
                                    RichText::new(tr_count(language, "ui-days-open", days)).small(),
                                );
                            }
                        });
                        if let Some(badges) = app.badges.get(&case.id) {
                            ui.horizontal_wrapped(|ui| {
                                if badges.unanswered > 0 {
                                    chip(
                                        ui,
                                        &tr_count(
                                            language,
                                            "ui-badge-unanswered",
                                            i64::from(badges.unanswered),
                                        ),
                                        AMBER,
                                    );
                                }
                                if badges.overdue > 0 {
                                    chip(
                                        ui,
                                        &tr_count(
                                            language,
                                            "ui-badge-overdue",
                                            i64::from(badges.overdue),
                                        ),
                                        RED,
                                    );
                                }
                                if badges.contradictions > 0 {
                                    chip(
                                        ui,
                                        &tr_count(
                                            language,
                                            "ui-badge-contradictions",
                                            i64::from(badges.contradictions),
                                        ),
                                        RED,
                                    );
                                }
                            });
                        }
                        title
                    })
                    .inner;
                if response.clicked() {
                    clicked = Some(case.id);
                }
            }
        });
    if let Some(id) = clicked {
        app.commands.push(Command::Leave(Leave::Case(id)));
    }
}

//! The dashboard: the analysis headline, key figures as cards that turn amber then red (each
//! with "How is this counted?" on hover), and the pile-up chart (attempts against answers,
//! promises falling due).

use super::super::PaperTrailApp;
use super::widgets::severity_color;
use crate::i18n::{format_day_month, tr};
use eframe::egui::{self, RichText};
use egui_plot::{Legend, Line, Plot};

/// Draws the dashboard of the open case.
pub fn show(ui: &mut egui::Ui, app: &PaperTrailApp) {
    let language = app.language();
    let Some(view) = &app.case else { return };
    if !view.headline.is_empty() {
        ui.label(RichText::new(&view.headline).strong());
        ui.add_space(4.0);
    }
    let how = tr(language, "figure-how-counted");
    ui.horizontal_wrapped(|ui| {
        for card in &view.cards {
            let color = severity_color(card.severity);
            let stroke = color.unwrap_or(ui.visuals().widgets.noninteractive.bg_stroke.color);
            let frame = egui::Frame::group(ui.style())
                .stroke(egui::Stroke::new(
                    if color.is_some() { 2.0 } else { 1.0 },
                    stroke,
                ))
                .inner_margin(egui::Margin::same(8))
                .show(ui, |ui| {
                    ui.set_min_width(110.0);
                    ui.vertical(|ui| {
                        let mut value = RichText::new(&card.value).size(24.0).strong();
                        if let Some(color) = color {
                            value = value.color(color);
                        }
                        ui.label(value);
                        ui.label(&card.label);
                    });
                });
            frame
                .response
                .on_hover_text(format!("{how}\n{}", card.help));
        }
    });
    let chart = &view.chart;
    if chart.attempts.is_empty() && chart.answers.is_empty() {
        return;
    }
    ui.add_space(4.0);
    let attempts = tr(language, "ui-chart-attempts");
    let answers = tr(language, "ui-chart-answers");
    let due = tr(language, "ui-chart-promises-due");
    Plot::new("pile_up")
        .height(170.0)
        .legend(Legend::default())
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .include_y(0.0)
        .x_axis_formatter(move |mark, _range| {
            let seconds = (mark.value * 86_400.0) as i64;
            chrono::DateTime::from_timestamp(seconds, 0)
                .map(|at| format_day_month(language, at.date_naive()))
                .unwrap_or_default()
        })
        .show(ui, |plot| {
            plot.line(
                Line::new(attempts, chart.attempts.clone())
                    .color(egui::Color32::from_rgb(0x3B, 0x7D, 0xD8))
                    .width(2.0)
                    .allow_band(false),
            );
            plot.line(
                Line::new(answers, chart.answers.clone())
                    .color(egui::Color32::from_rgb(0x2E, 0x9E, 0x5B))
                    .width(2.0)
                    .allow_band(false),
            );
            if !chart.promises_due.is_empty() {
                plot.line(
                    Line::new(due, chart.promises_due.clone())
                        .color(super::widgets::RED)
                        .width(2.0)
                        .allow_band(false),
                );
            }
        });
}

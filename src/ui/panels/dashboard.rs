//! The dashboard: the analysis headline, key figures as cards that turn amber then red (each
//! with "How is this counted?" on hover), and the pile-up chart (attempts against answers,
//! promises falling due).
//!
//! The cards wrap into as many columns as the width allows, all of a row the same height; the
//! chart's legend sits above the plot (never over the data), its y axis shows whole counts and
//! its x axis several dates, spaced so that their labels never collide.

use super::super::PaperTrailApp;
use super::super::view_model::Card;
use super::widgets::severity_color;
use crate::i18n::{format_day_month, tr};
use eframe::egui::{self, RichText};
use egui_plot::{GridInput, GridMark, Line, Plot};

/// The narrowest a card gets, in points.
const CARD_MIN_WIDTH: f32 = 150.0;
/// The size of a card's figure.
const CARD_VALUE_SIZE: f32 = 24.0;
/// The least room between two date labels on the x axis, in points ("14 Sept" and a gap).
const DATE_LABEL_ROOM: f64 = 72.0;
/// The least room between two count labels on the y axis, in points.
const COUNT_LABEL_ROOM: f64 = 22.0;
/// egui_plot's smallest grid spacing in points, which its `base_step_size` is scaled by.
const PLOT_MIN_GRID_SPACING: f64 = 8.0;

/// The colour of the attempts series.
const ATTEMPTS_COLOR: egui::Color32 = egui::Color32::from_rgb(0x3B, 0x7D, 0xD8);
/// The colour of the answers series.
const ANSWERS_COLOR: egui::Color32 = egui::Color32::from_rgb(0x2E, 0x9E, 0x5B);

/// How many cards go on a row of `width` points, with `gap` between them.
pub fn card_columns(width: f32, gap: f32, cards: usize) -> usize {
    let fit = ((width + gap) / (CARD_MIN_WIDTH + gap)).floor();
    // A float of a few cards at most: the cast cannot truncate anything that matters.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a small, non-negative count of cards"
    )]
    let fit = fit.max(1.0) as usize;
    fit.min(cards.max(1))
}

/// Evenly spaced marks from `bounds` with a step picked from `steps` (the first one at least
/// `least`), or a multiple of the last one.
fn marks(bounds: (f64, f64), least: f64, steps: &[f64]) -> Vec<GridMark> {
    let (min, max) = bounds;
    if !(least.is_finite() && min.is_finite() && max.is_finite()) || max < min {
        return Vec::new();
    }
    let last = steps.last().copied().unwrap_or(1.0);
    let step = steps
        .iter()
        .copied()
        .find(|s| *s >= least)
        .unwrap_or_else(|| (least / last).ceil() * last);
    if step <= 0.0 {
        return Vec::new();
    }
    // + 0.0 turns a -0.0 (the first mark of a range starting just below zero) into 0.0.
    let mut value = (min / step).ceil() * step + 0.0;
    let mut out = Vec::new();
    while value <= max && out.len() < 200 {
        out.push(GridMark {
            value,
            step_size: step,
        });
        value += step;
    }
    out
}

/// The x axis's marks: whole days, one label every 1, 2, 7, 14 days, a month, a quarter…, so
/// that several dates show without colliding.
pub fn date_marks(input: &GridInput) -> Vec<GridMark> {
    let per_point = input.base_step_size / PLOT_MIN_GRID_SPACING;
    let steps = [1.0, 2.0, 7.0, 14.0, 30.0, 61.0, 91.0, 182.0, 365.0];
    // A label is centred on its mark: none so near an edge that half of it would be cut.
    let margin = per_point * DATE_LABEL_ROOM / 2.0;
    let (min, max) = input.bounds;
    marks(input.bounds, per_point * DATE_LABEL_ROOM, &steps)
        .into_iter()
        .filter(|m| m.value >= min + margin && m.value <= max - margin)
        .collect()
}

/// The y axis's marks: whole counts, one label every 1, 2, 5, 10… contacts.
pub fn count_marks(input: &GridInput) -> Vec<GridMark> {
    let per_point = input.base_step_size / PLOT_MIN_GRID_SPACING;
    let steps = [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0];
    marks(input.bounds, per_point * COUNT_LABEL_ROOM, &steps)
}

/// One card of a row whose cards are `inner` points wide and `min_height` tall inside.
fn card(ui: &mut egui::Ui, card: &Card, inner: f32, min_height: f32, how: &str) {
    let color = severity_color(card.severity);
    let stroke = color.unwrap_or(ui.visuals().widgets.noninteractive.bg_stroke.color);
    let frame = egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(
            if color.is_some() { 2.0 } else { 1.0 },
            stroke,
        ))
        .inner_margin(egui::Margin::same(8))
        .show(ui, |ui| {
            ui.set_width(inner);
            ui.set_min_height(min_height);
            ui.vertical(|ui| {
                let mut value = RichText::new(&card.value).size(CARD_VALUE_SIZE).strong();
                if let Some(color) = color {
                    value = value.color(color);
                }
                ui.add(egui::Label::new(value).truncate());
                ui.label(&card.label);
            });
        });
    frame
        .response
        .on_hover_text(format!("{how}\n{}", card.help));
}

/// The cards, in rows of equal columns.
fn cards(ui: &mut egui::Ui, cards: &[Card], how: &str) {
    if cards.is_empty() {
        return;
    }
    let gap = ui.spacing().item_spacing.x;
    let width = ui.available_width();
    let columns = card_columns(width, gap, cards.len());
    #[expect(
        clippy::cast_precision_loss,
        reason = "a handful of columns is exact in f32"
    )]
    let outer = (width - gap * (columns as f32 - 1.0)) / columns as f32;
    // Margin 8 on each side and the stroke (up to 2) on each side.
    let inner = (outer - 2.0 * (8.0 + 2.0)).max(40.0);
    let body = egui::TextStyle::Body.resolve(ui.style());
    let value_height = ui
        .ctx()
        .fonts_mut(|f| f.row_height(&egui::FontId::proportional(CARD_VALUE_SIZE)));
    for row in cards.chunks(columns) {
        let label_height = row
            .iter()
            .map(|c| {
                ui.ctx()
                    .fonts_mut(|f| {
                        f.layout(c.label.clone(), body.clone(), egui::Color32::WHITE, inner)
                    })
                    .size()
                    .y
            })
            .fold(0.0_f32, f32::max);
        let min_height = value_height + ui.spacing().item_spacing.y + label_height;
        ui.horizontal(|ui| {
            for c in row {
                card(ui, c, inner, min_height, how);
            }
        });
    }
}

/// The chart's legend, above the plot: a short line in each series' colour and its name.
fn legend(ui: &mut egui::Ui, series: &[(egui::Color32, &str)]) {
    ui.horizontal_wrapped(|ui| {
        for (color, name) in series {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(18.0, 10.0), egui::Sense::hover());
            ui.painter().line_segment(
                [rect.left_center(), rect.right_center()],
                egui::Stroke::new(3.0, *color),
            );
            ui.label(RichText::new(*name).small());
            ui.add_space(8.0);
        }
    });
}

/// Draws the dashboard of the open case.
pub fn show(ui: &mut egui::Ui, app: &PaperTrailApp) {
    let language = app.language();
    let Some(view) = &app.case else { return };
    if !view.headline.is_empty() {
        ui.label(RichText::new(&view.headline).strong());
        ui.add_space(4.0);
    }
    cards(ui, &view.cards, &tr(language, "figure-how-counted"));
    let chart = &view.chart;
    if chart.attempts.is_empty() && chart.answers.is_empty() {
        return;
    }
    ui.add_space(4.0);
    let attempts = tr(language, "ui-chart-attempts");
    let answers = tr(language, "ui-chart-answers");
    let due = tr(language, "ui-chart-promises-due");
    let mut series = vec![
        (ATTEMPTS_COLOR, attempts.as_str()),
        (ANSWERS_COLOR, answers.as_str()),
    ];
    if !chart.promises_due.is_empty() {
        series.push((super::widgets::RED, due.as_str()));
    }
    legend(ui, &series);
    Plot::new("pile_up")
        .height(170.0)
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .include_y(0.0)
        .y_axis_label(RichText::new(tr(language, "ui-chart-y-axis")).small())
        .y_axis_min_width(28.0)
        .x_grid_spacer(|input| date_marks(&input))
        .y_grid_spacer(|input| count_marks(&input))
        .x_axis_formatter(move |mark, _range| {
            // Days since 1970 in, whole days only: the spacer never asks for less.
            #[expect(
                clippy::cast_possible_truncation,
                reason = "days since 1970 in seconds fit in i64"
            )]
            let seconds = (mark.value * 86_400.0).round() as i64;
            chrono::DateTime::from_timestamp(seconds, 0)
                .map(|at| format_day_month(language, at.date_naive()))
                .unwrap_or_default()
        })
        .y_axis_formatter(|mark, _range| {
            if mark.value.fract().abs() < 1e-9 && mark.value >= 0.0 {
                format!("{:.0}", mark.value)
            } else {
                String::new()
            }
        })
        .label_formatter(move |position| {
            let point = match position {
                egui_plot::HoverPosition::NearDataPoint { position, .. }
                | egui_plot::HoverPosition::Elsewhere { position } => position,
            };
            #[expect(
                clippy::cast_possible_truncation,
                reason = "days since 1970 in seconds fit in i64"
            )]
            let seconds = (point.x * 86_400.0).round() as i64;
            let day = chrono::DateTime::from_timestamp(seconds, 0)
                .map(|at| format_day_month(language, at.date_naive()))
                .unwrap_or_default();
            let name = match position {
                egui_plot::HoverPosition::NearDataPoint { plot_name, .. } => *plot_name,
                egui_plot::HoverPosition::Elsewhere { .. } => "",
            };
            Some(if name.is_empty() {
                day
            } else {
                format!("{name}\n{day}: {:.0}", point.y)
            })
        })
        .show(ui, |plot| {
            plot.line(
                Line::new(attempts.clone(), chart.attempts.clone())
                    .color(ATTEMPTS_COLOR)
                    .width(2.0)
                    .allow_band(false),
            );
            plot.line(
                Line::new(answers.clone(), chart.answers.clone())
                    .color(ANSWERS_COLOR)
                    .width(2.0)
                    .allow_band(false),
            );
            if !chart.promises_due.is_empty() {
                plot.line(
                    Line::new(due.clone(), chart.promises_due.clone())
                        .color(super::widgets::RED)
                        .width(2.0)
                        .allow_band(false),
                );
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(bounds: (f64, f64), points: f64) -> GridInput {
        // What egui_plot passes: the value of one point times its smallest grid spacing.
        GridInput {
            bounds,
            base_step_size: (bounds.1 - bounds.0) / points * PLOT_MIN_GRID_SPACING,
        }
    }

    #[test]
    fn cards_wrap_into_as_many_columns_as_fit() {
        assert_eq!(card_columns(700.0, 8.0, 8), 4, "700 points: 4 of 150");
        assert_eq!(card_columns(1200.0, 8.0, 8), 7);
        assert_eq!(card_columns(300.0, 8.0, 8), 1, "never more than fit");
        assert_eq!(card_columns(100.0, 8.0, 8), 1, "at least one");
        assert_eq!(
            card_columns(1200.0, 8.0, 3),
            3,
            "never more than there are cards"
        );
    }

    #[test]
    fn the_x_axis_shows_several_whole_dates_that_do_not_collide() {
        // 90 days on 600 points: a label every 14 days, 6 or 7 dates.
        let marks = date_marks(&input((20_000.3, 20_090.3), 600.0));
        assert!((5..=8).contains(&marks.len()), "{}", marks.len());
        assert!(marks.iter().all(|m| m.value.fract() == 0.0), "whole days");
        let step = marks[1].value - marks[0].value;
        assert!(
            step * 600.0 / 90.0 >= DATE_LABEL_ROOM,
            "labels {step} days apart"
        );
        // No label so near an edge that it would be cut in half.
        let margin = 90.0 / 600.0 * DATE_LABEL_ROOM / 2.0;
        assert!(marks.iter().all(|m| m.value >= 20_000.3 + margin));
        assert!(marks.iter().all(|m| m.value <= 20_090.3 - margin));
        // 10 days on 400 points: one a day or every two days.
        let marks = date_marks(&input((20_000.0, 20_010.0), 400.0));
        assert!(marks.len() >= 4, "{}", marks.len());
        // Two years on 300 points: still at least two dates.
        let marks = date_marks(&input((20_000.0, 20_730.0), 300.0));
        assert!(marks.len() >= 2, "{}", marks.len());
    }

    #[test]
    fn the_y_axis_shows_whole_counts_from_zero() {
        let marks = count_marks(&input((0.0, 12.0), 150.0));
        let values: Vec<f64> = marks.iter().map(|m| m.value).collect();
        assert_eq!(values.first(), Some(&0.0));
        assert!(values.len() >= 3, "{values:?}");
        assert!(values.iter().all(|v| v.fract() == 0.0), "{values:?}");
        // Never more labels than fit one above the other.
        assert!(
            values.len() as f64 <= 150.0 / COUNT_LABEL_ROOM + 1.0,
            "{values:?}"
        );
    }
}

//! Small widgets shared by the panels: labelled fields (the label is the field's AccessKit
//! name), enumeration pickers, coloured chips.

use super::super::draft::FieldErrors;
use super::super::view_model::Severity;
use crate::domain::Language;
use crate::i18n::tr;
use eframe::egui::{self, Color32, Response, RichText, Ui};

/// Amber.
pub const AMBER: Color32 = Color32::from_rgb(0xE0, 0x8E, 0x0B);
/// Red.
pub const RED: Color32 = Color32::from_rgb(0xD6, 0x2F, 0x2F);

/// The colour of a severity (`None` for calm: the theme's colour).
pub fn severity_color(severity: Severity) -> Option<Color32> {
    match severity {
        Severity::Calm => None,
        Severity::Amber => Some(AMBER),
        Severity::Red => Some(RED),
    }
}

/// A label and a one-line text field in a two-column grid; ends the row.
pub fn text_row(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let label = ui.label(label);
    let response = ui
        .add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// A label and a one-line text field whose error, if [`FieldErrors`] has one for `field`, is
/// shown right under it, beside the text at fault; ends the row. `field` is the label's key.
pub fn text_row_checked(
    ui: &mut Ui,
    language: Language,
    field: &'static str,
    value: &mut String,
    errors: &FieldErrors,
) -> Response {
    let label = ui.label(tr(language, field));
    let error = errors.of(field);
    let response = ui
        .vertical(|ui| {
            let mut edit = egui::TextEdit::singleline(value).desired_width(f32::INFINITY);
            if error.is_some() {
                edit = edit.background_color(RED.gamma_multiply(0.12));
            }
            let response = ui.add(edit).labelled_by(label.id);
            if let Some(error) = error {
                error_text(ui, &error.sentence(language));
            }
            response
        })
        .inner;
    ui.end_row();
    response
}

/// A label and a one-line text field with a fixed id (so it can take the focus); ends the row.
pub fn text_row_id(ui: &mut Ui, label: &str, value: &mut String, id: egui::Id) -> Response {
    let label = ui.label(label);
    let response = ui
        .add(
            egui::TextEdit::singleline(value)
                .id(id)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// A label and a multi-line text field; ends the row.
pub fn multiline_row(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let label = ui.label(label);
    let response = ui
        .add(
            egui::TextEdit::multiline(value)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// A label and a text field bound to an optional string (empty means none); ends the row.
pub fn optional_row(ui: &mut Ui, label: &str, value: &mut Option<String>) -> Response {
    let mut text = value.clone().unwrap_or_default();
    let response = text_row(ui, label, &mut text);
    if response.changed() {
        *value = if text.trim().is_empty() {
            None
        } else {
            Some(text)
        };
    }
    response
}

/// A label and a multi-line field bound to an optional string; ends the row.
pub fn optional_multiline_row(ui: &mut Ui, label: &str, value: &mut Option<String>) -> Response {
    let mut text = value.clone().unwrap_or_default();
    let response = multiline_row(ui, label, &mut text);
    if response.changed() {
        *value = if text.trim().is_empty() {
            None
        } else {
            Some(text)
        };
    }
    response
}

/// A label and a drop-down over `options`; returns whether the value changed; ends the row.
pub fn choice_row<T: Copy + PartialEq>(
    ui: &mut Ui,
    label: &str,
    value: &mut T,
    options: &[T],
    name: impl Fn(T) -> String,
) -> bool {
    let label_response = ui.label(label);
    let before = *value;
    let combo = egui::ComboBox::from_id_salt(label_response.id.with("choice"))
        .selected_text(name(*value))
        .width(200.0)
        .show_ui(ui, |ui| {
            for option in options {
                ui.selectable_value(value, *option, name(*option));
            }
        });
    combo.response.labelled_by(label_response.id);
    ui.end_row();
    before != *value
}

/// A small coloured tag ("3 unanswered"), readable in black and white too.
pub fn chip(ui: &mut Ui, text: &str, color: Color32) -> Response {
    egui::Frame::new()
        .fill(color.gamma_multiply(0.18))
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(4, 1))
        .show(ui, |ui| {
            // A chip never breaks inside: a row of chips wraps between them.
            ui.add(egui::Label::new(RichText::new(text).small().color(color)).extend())
        })
        .inner
}

/// A validation message in red.
pub fn error_text(ui: &mut Ui, text: &str) {
    ui.label(RichText::new(text).color(RED));
}

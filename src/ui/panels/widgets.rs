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
    mark_multiline(&response);
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
    arrows_pick(ui, &combo.response, value, options);
    combo.response.labelled_by(label_response.id);
    ui.end_row();
    before != *value
}

/// Up and Down on a focused, closed drop-down pick the previous or next option, as a native
/// list does (Space or Enter opens it, Tab leaves it, Esc closes it: egui's own keys).
pub fn arrows_pick<T: Clone + PartialEq>(ui: &Ui, combo: &Response, value: &mut T, options: &[T]) {
    if !combo.has_focus() || egui::Popup::is_any_open(ui.ctx()) {
        return;
    }
    // Keep Up and Down for the list instead of moving the focus to the next widget.
    ui.memory_mut(|m| {
        m.set_focus_lock_filter(
            combo.id,
            egui::EventFilter {
                vertical_arrows: true,
                ..Default::default()
            },
        );
    });
    let (up, down) = ui.input_mut(|i| {
        (
            i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp),
            i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown),
        )
    });
    let Some(index) = options.iter().position(|o| o == value) else {
        return;
    };
    let next = if down {
        (index + 1).min(options.len().saturating_sub(1))
    } else if up {
        index.saturating_sub(1)
    } else {
        return;
    };
    if let Some(option) = options.get(next) {
        value.clone_from(option);
    }
}

/// The width of a focus stroke, in points: twice a widget's hairline, so the keyboard focus
/// shows at a glance on rows that have no frame of their own.
pub const FOCUS_STROKE_WIDTH: f32 = 2.0;

/// Draws the keyboard focus around `rect` when `response` has it: a stroke in the selection
/// colour. Also brings a row that just took the focus (Tab) into view.
pub fn focus_ring(ui: &Ui, response: &Response, rect: egui::Rect) {
    if response.gained_focus() {
        response.scroll_to_me(None);
    }
    if response.has_focus() {
        let color = ui.visuals().selection.stroke.color;
        ui.painter().rect_stroke(
            rect.expand(1.0),
            3.0,
            egui::Stroke::new(FOCUS_STROKE_WIDTH, color),
            egui::StrokeKind::Inside,
        );
    }
}

/// A list or timeline row: a frameless selectable button whose text is cut with "…" when it
/// does not fit (the whole text shows on hover), with a visible focus stroke.
pub fn row_button(ui: &mut Ui, selected: bool, text: impl Into<egui::WidgetText>) -> Response {
    let response = row_button_unringed(ui, selected, text);
    focus_ring(ui, &response, response.rect);
    response
}

/// [`row_button`] without the focus stroke, for a row that draws it around more than the text.
pub fn row_button_unringed(
    ui: &mut Ui,
    selected: bool,
    text: impl Into<egui::WidgetText>,
) -> Response {
    let text: egui::WidgetText = text.into();
    let full = text.text().to_owned();
    let response = ui.add(
        egui::Button::selectable(selected, text)
            .truncate()
            .frame(false),
    );
    let width = ui
        .ctx()
        .fonts_mut(|f| {
            f.layout_no_wrap(
                full.clone(),
                egui::TextStyle::Body.resolve(ui.style()),
                Color32::WHITE,
            )
        })
        .size()
        .x;
    if width > response.rect.width() {
        response.on_hover_text(full)
    } else {
        response
    }
}

/// The main button of a dialog, drawn in the accent colour: the one Enter presses.
pub fn primary_button(ui: &mut Ui, enabled: bool, text: impl Into<egui::WidgetText>) -> Response {
    let fill = ui.visuals().selection.bg_fill;
    let text_color = ui.visuals().selection.stroke.color;
    let text: egui::WidgetText = text.into();
    let text = RichText::new(text.text()).color(text_color);
    ui.add_enabled(enabled, egui::Button::new(text).fill(fill))
}

/// What the keyboard asks of a dialog or side panel this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKey {
    /// Nothing.
    None,
    /// Esc: close it (cancel).
    Close,
    /// Enter: press its main button.
    Confirm,
}

/// The key under which a text field records that it is multi-line (Enter types a new line
/// there, so it never presses a dialog's main button).
fn multiline_marker(id: egui::Id) -> egui::Id {
    id.with("papertrail_multiline")
}

/// Marks a multi-line text field, so Enter in it types a line instead of confirming a dialog.
pub fn mark_multiline(response: &Response) {
    response
        .ctx
        .data_mut(|d| d.insert_temp(multiline_marker(response.id), true));
}

/// Whether the dialog or panel drawn in `ui` is the one the keyboard speaks to: no drop-down
/// list is open, and no modal dialog or window lies above it.
fn on_top(ui: &Ui) -> bool {
    let ctx = ui.ctx();
    if egui::Popup::is_any_open(ctx) {
        return false;
    }
    let me = ui.layer_id();
    if let Some(modal) = ctx.memory(egui::Memory::top_modal_layer) {
        return modal == me;
    }
    let top_window = ctx.memory(|m| {
        m.layer_ids()
            .filter(|l| l.order == egui::Order::Middle && m.areas().is_visible(l))
            .last()
    });
    top_window.is_none_or(|top| top == me)
}

/// The keys every dialog and side panel answers, read once at the start of its contents:
/// Esc closes it, Enter presses its main button — unless a drop-down list is open, another
/// dialog lies above, or the focus is on a widget that Enter works by itself (a button, a
/// check box, a list, a multi-line text field). Esc is consumed; Enter is left to the text
/// field it ends.
pub fn dialog_keys(ui: &Ui) -> DialogKey {
    if !on_top(ui) {
        return DialogKey::None;
    }
    let escape = ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape));
    if escape {
        return DialogKey::Close;
    }
    let enter =
        ui.input(|i| i.key_pressed(egui::Key::Enter) && !i.modifiers.shift && !i.modifiers.alt);
    if !enter {
        return DialogKey::None;
    }
    let ctx = ui.ctx();
    let focused = ctx.memory(egui::Memory::focused);
    let enter_confirms = match focused {
        None => true,
        Some(id) => {
            egui::TextEdit::load_state(ctx, id).is_some()
                && !ctx.data(|d| d.get_temp::<bool>(multiline_marker(id)).unwrap_or(false))
        }
    };
    if enter_confirms {
        DialogKey::Confirm
    } else {
        DialogKey::None
    }
}

/// Whether the window is narrow (under 760 points: 1024 pixels at 135 % zoom and more): the
/// case list then folds away behind a button and the side panel takes the case's place.
pub fn is_narrow(ctx: &egui::Context) -> bool {
    ctx.content_rect().width() < NARROW_BELOW
}

/// The width under which the window counts as narrow, in points.
pub const NARROW_BELOW: f32 = 760.0;

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

/// A modal dialog that fits the window: `width` points wide at most (less in a narrow
/// window), its contents scrolling when taller than the window (a small screen, a large zoom).
pub fn modal<R>(
    ctx: &egui::Context,
    id: egui::Id,
    width: f32,
    add: impl FnOnce(&mut Ui) -> R,
) -> egui::ModalResponse<R> {
    let screen = ctx.content_rect();
    let width = width.min(screen.width() - 48.0).max(160.0);
    let max_height = (screen.height() - 64.0).max(120.0);
    egui::Modal::new(id).show(ctx, |ui| {
        ui.set_width(width);
        egui::ScrollArea::vertical()
            .id_salt("dialog_scroll")
            .max_height(max_height)
            // A centred modal measures its room from where it sat last frame: without this,
            // a tall dialog settles half as tall as the window, its buttons scrolled away.
            .min_scrolled_height(max_height)
            .auto_shrink([false, true])
            .show(ui, add)
            .inner
    })
}

/// Whether the window is short (under 500 points: 640 pixels at 130 % zoom and more): windows
/// then scroll their contents.
pub fn is_short(ctx: &egui::Context) -> bool {
    ctx.content_rect().height() < 500.0
}

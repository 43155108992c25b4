//! Help: what the app does in a few lines, and every keyboard shortcut.

use super::super::PaperTrailApp;
use super::widgets::{DialogKey, dialog_keys};
use crate::i18n::tr;
use eframe::egui;

/// The shortcuts, as (keys, i18n key of what they do).
pub const SHORTCUTS: [(&str, &str); 13] = [
    ("Ctrl+L", "ui-help-quick-log"),
    ("Ctrl+N", "ui-help-new-case"),
    ("Ctrl+F", "ui-help-search"),
    ("Ctrl+E", "ui-help-export"),
    ("Ctrl+Z", "ui-help-undo"),
    ("Ctrl+,", "ui-help-settings"),
    ("Ctrl+Plus / Ctrl+Minus", "ui-help-zoom"),
    ("F1", "ui-help-help"),
    ("Tab / Shift+Tab", "ui-help-tab"),
    ("Enter", "ui-help-enter"),
    ("Esc", "ui-help-esc"),
    ("Space", "ui-help-space"),
    ("↑ / ↓", "ui-help-arrows"),
];

/// Draws the help window when open.
pub fn window(ctx: &egui::Context, app: &mut PaperTrailApp) {
    let language = app.language();
    let mut open = app.ui.show_help;
    let mut escape = false;
    egui::Window::new(tr(language, "ui-help"))
        .id(egui::Id::unique("help_window"))
        .open(&mut open)
        .collapsible(false)
        .default_width(420.0)
        .vscroll(super::widgets::is_short(ctx))
        .show(ctx, |ui| {
            escape = dialog_keys(ui) == DialogKey::Close;
            ui.label(tr(language, "ui-empty-what"));
            ui.label(tr(language, "ui-help-drop"));
            ui.label(tr(language, "ui-paste-hint"));
            ui.separator();
            ui.label(egui::RichText::new(tr(language, "ui-help-shortcuts")).strong());
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for (keys, what) in SHORTCUTS {
                        ui.label(egui::RichText::new(keys).monospace());
                        ui.add(egui::Label::new(tr(language, what)).wrap());
                        ui.end_row();
                    }
                });
        });
    app.ui.show_help = open && !escape;
}

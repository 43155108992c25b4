//! Settings: language (follows the system by default), text size (100–200 %), light or dark.

use super::super::PaperTrailApp;
use super::super::command::Command;
use super::super::state::ThemeChoice;
use super::widgets::{DialogKey, dialog_keys};
use crate::domain::Language;
use crate::i18n::tr;
use eframe::egui;

/// Draws the settings window when open.
pub fn window(ctx: &egui::Context, app: &mut PaperTrailApp) {
    let language = app.language();
    let mut open = app.ui.show_settings;
    let mut choice = app.prefs.language;
    let mut escape = false;
    egui::Window::new(tr(language, "ui-settings"))
        .id(egui::Id::unique("settings_window"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .vscroll(super::widgets::is_short(ctx))
        .show(ctx, |ui| {
            // No main button here (every change applies at once): Esc closes.
            escape = dialog_keys(ui) == DialogKey::Close;
            ui.label(egui::RichText::new(tr(language, "ui-setting-language")).strong());
            ui.radio_value(&mut choice, None, tr(language, "ui-language-system"));
            ui.radio_value(&mut choice, Some(Language::En), "English");
            ui.radio_value(&mut choice, Some(Language::Fr), "Français");
            ui.separator();
            ui.label(egui::RichText::new(tr(language, "ui-setting-scale")).strong());
            let mut percent = app
                .ui
                .zoom_percent
                .unwrap_or((app.prefs.zoom * 100.0).round());
            let slider = ui.add(
                egui::Slider::new(&mut percent, 100.0..=200.0)
                    .step_by(10.0)
                    .suffix(" %"),
            );
            // Apply once the slider is let go: rescaling under a dragging pointer jumps.
            if slider.dragged() {
                app.ui.zoom_percent = Some(percent);
            } else {
                app.ui.zoom_percent = None;
                app.prefs.zoom = percent / 100.0;
            }
            ui.label(
                egui::RichText::new(tr(language, "ui-scale-keys"))
                    .weak()
                    .small(),
            );
            ui.separator();
            ui.label(egui::RichText::new(tr(language, "ui-setting-theme")).strong());
            ui.radio_value(
                &mut app.prefs.theme,
                ThemeChoice::System,
                tr(language, "ui-theme-system"),
            );
            ui.radio_value(
                &mut app.prefs.theme,
                ThemeChoice::Light,
                tr(language, "ui-theme-light"),
            );
            ui.radio_value(
                &mut app.prefs.theme,
                ThemeChoice::Dark,
                tr(language, "ui-theme-dark"),
            );
            ui.separator();
            ui.label(egui::RichText::new(tr(language, "ui-data-folder")).strong());
            ui.label(
                egui::RichText::new(app.store.data_dir().display().to_string())
                    .monospace()
                    .small(),
            );
        });
    app.ui.show_settings = open && !escape;
    if choice != app.prefs.language {
        app.commands.push(Command::SetLanguage(choice));
    }
}

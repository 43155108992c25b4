//! [`PaperTrailApp`]: the `eframe::App`. Each frame: shortcuts and dropped files, then the
//! panels (which only read state and queue commands), then the commands, then the jobs.

use super::command::Command;
use super::draft::Leave;
use super::jobs::Jobs;
use super::panels;
use super::state::{Prefs, ThemeChoice, UiState};
use super::view_model::{Badges, CaseView};
use crate::domain::{CaseId, Language};
use crate::store::{CaseSummary, Store};
use chrono::{DateTime, Utc};
use eframe::egui;
use std::collections::HashMap;
use std::path::PathBuf;

/// A thumbnail of an image attachment.
pub enum Thumbnail {
    /// Being decoded (or not decodable).
    Loading,
    /// Ready to draw.
    Ready(egui::TextureHandle),
}

impl std::fmt::Debug for Thumbnail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Loading => f.write_str("Loading"),
            Self::Ready(texture) => write!(f, "Ready({:?})", texture.id()),
        }
    }
}

/// The Paper Trail desktop app.
pub struct PaperTrailApp {
    pub(crate) store: Store,
    pub(crate) prefs: Prefs,
    pub(crate) ui: UiState,
    pub(crate) cases: Vec<CaseSummary>,
    pub(crate) badges: HashMap<CaseId, Badges>,
    pub(crate) case: Option<CaseView>,
    pub(crate) jobs: Jobs,
    pub(crate) thumbnails: HashMap<String, Thumbnail>,
    pub(crate) commands: Vec<Command>,
    pub(crate) last_pdf: Option<PathBuf>,
    pub(crate) ctx: egui::Context,
    clock: Option<DateTime<Utc>>,
    system_language: Language,
    started: Option<std::time::Instant>,
    first_frame_done: bool,
    applied_zoom: f32,
    applied_theme: Option<ThemeChoice>,
    saved_prefs: Option<Prefs>,
    /// Set once the user chose to close despite drafts that do not validate.
    pub(crate) close_confirmed: bool,
    /// Opens a file in the system's viewer (*Print…*); replaced in tests.
    pub(crate) opener: fn(&str) -> Result<(), super::system::SystemError>,
}

impl std::fmt::Debug for PaperTrailApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PaperTrailApp")
            .field("data_dir", &self.store.data_dir())
            .field("cases", &self.cases.len())
            .field("open_case", &self.case.as_ref().map(|c| c.id))
            .finish_non_exhaustive()
    }
}

/// Adds the bundled DejaVu Sans after egui's fonts, for the glyphs egui's fonts lack.
fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "DejaVuSans".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans.ttf"
        ))),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("DejaVuSans".to_owned());
    }
    ctx.set_fonts(fonts);
}

impl PaperTrailApp {
    /// The app on `store`, with remembered `prefs`; reopens the last case if it still exists.
    pub fn new(ctx: &egui::Context, store: Store, prefs: Prefs) -> Self {
        install_fonts(ctx);
        let mut app = Self {
            store,
            prefs,
            ui: UiState::default(),
            cases: Vec::new(),
            badges: HashMap::new(),
            case: None,
            jobs: Jobs::default(),
            thumbnails: HashMap::new(),
            commands: Vec::new(),
            last_pdf: None,
            ctx: ctx.clone(),
            clock: None,
            system_language: crate::i18n::system_language(),
            started: None,
            first_frame_done: false,
            applied_zoom: 0.0,
            applied_theme: None,
            saved_prefs: None,
            close_confirmed: false,
            opener: super::system::open,
        };
        app.reload_cases();
        if let Some(last) = app.prefs.last_case
            && app.cases.iter().any(|c| c.id == last)
        {
            app.reload_case(last);
        }
        app
    }

    /// Fixes "now" (tests and benchmarks); by default the system clock is read.
    pub fn set_clock(&mut self, now: DateTime<Utc>) {
        self.clock = Some(now);
    }

    /// Replaces what opens a file in the system's viewer (tests: no viewer is started).
    pub fn set_opener(&mut self, opener: fn(&str) -> Result<(), super::system::SystemError>) {
        self.opener = opener;
    }

    /// Sets the language "follow the system" resolves to (tests).
    pub fn set_system_language(&mut self, language: Language) {
        self.system_language = language;
    }

    /// Records when the process started, to report the time to first frame
    /// (`PAPERTRAIL_TIMING=1`).
    pub fn set_started(&mut self, started: std::time::Instant) {
        self.started = Some(started);
    }

    /// The current instant.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.unwrap_or_else(Utc::now)
    }

    /// The UI language: the chosen one, else the system's.
    pub fn language(&self) -> Language {
        self.prefs.language.unwrap_or(self.system_language)
    }

    /// The store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The preferences that will be saved.
    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    /// The open case's view model.
    pub fn open_case(&self) -> Option<&CaseView> {
        self.case.as_ref()
    }

    /// The case list as loaded.
    pub fn cases(&self) -> &[CaseSummary] {
        &self.cases
    }

    /// The path of the last PDF exported.
    pub fn last_pdf(&self) -> Option<&std::path::Path> {
        self.last_pdf.as_deref()
    }

    /// The status bar's message, if any, worded in the interface's language as it is drawn.
    pub fn notice(&self) -> Option<String> {
        self.ui.notice.as_ref().map(|n| n.text(self.language()))
    }

    /// Whether background jobs are running.
    pub fn busy(&self) -> bool {
        !self.jobs.is_idle()
    }

    /// Whether "keep editing / discard" is being asked.
    pub fn asking_to_leave(&self) -> bool {
        self.ui.leave_prompt.is_some()
    }

    /// Opens a case (as a click in the case list would).
    pub fn open(&mut self, id: CaseId) {
        self.commands.push(Command::Leave(Leave::Case(id)));
        self.apply_commands();
    }

    /// How often eframe saves the preferences. They are small; keep the last case even if the
    /// app is killed rather than closed.
    fn auto_save_interval_value(&self) -> std::time::Duration {
        std::time::Duration::from_secs(5)
    }

    fn apply_appearance(&mut self, ctx: &egui::Context) {
        // Ctrl+Plus / Ctrl+Minus (egui's own zoom keys) change the zoom: remember it.
        let current = ctx.zoom_factor();
        if self.applied_zoom > 0.0 && (current - self.applied_zoom).abs() > f32::EPSILON {
            self.prefs.zoom = current.clamp(1.0, 2.0);
            self.applied_zoom = current;
        }
        let zoom = self.prefs.zoom.clamp(1.0, 2.0);
        if (zoom - self.applied_zoom).abs() > f32::EPSILON {
            ctx.set_zoom_factor(zoom);
            self.applied_zoom = zoom;
        }
        if self.applied_theme != Some(self.prefs.theme) {
            ctx.set_theme(match self.prefs.theme {
                ThemeChoice::System => egui::ThemePreference::System,
                ThemeChoice::Light => egui::ThemePreference::Light,
                ThemeChoice::Dark => egui::ThemePreference::Dark,
            });
            self.applied_theme = Some(self.prefs.theme);
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, Modifiers};
        let typing = ctx.memory(|m| m.focused().is_some());
        let (quick, new_case, search, export, help, settings, undo) = ctx.input_mut(|i| {
            (
                i.consume_key(Modifiers::COMMAND, Key::L),
                i.consume_key(Modifiers::COMMAND, Key::N),
                i.consume_key(Modifiers::COMMAND, Key::F),
                i.consume_key(Modifiers::COMMAND, Key::E),
                i.consume_key(Modifiers::NONE, Key::F1),
                i.consume_key(Modifiers::COMMAND, Key::Comma),
                !typing && i.consume_key(Modifiers::COMMAND, Key::Z),
            )
        });
        if quick {
            panels::quick_log::open(self);
        }
        if new_case {
            self.commands.push(Command::Leave(Leave::NewCase));
        }
        if search {
            self.ui.focus_search = true;
        }
        if export {
            panels::export_dialog::open(self);
        }
        if help {
            self.ui.show_help = !self.ui.show_help;
        }
        if settings {
            self.ui.show_settings = !self.ui.show_settings;
        }
        if undo {
            self.commands.push(Command::Undo);
        }
    }

    fn dropped_files(&mut self, ctx: &egui::Context) {
        let (hovered, dropped) = ctx.input(|i| {
            (
                !i.raw.hovered_files.is_empty(),
                i.raw
                    .dropped_files
                    .iter()
                    .map(|f| f.path().to_path_buf())
                    .filter(|p| !p.as_os_str().is_empty())
                    .collect::<Vec<_>>(),
            )
        });
        self.ui.files_hovered = hovered;
        // Emails dropped on a case become contacts; any other file is attached.
        let (emails, files): (Vec<PathBuf>, Vec<PathBuf>) = dropped
            .into_iter()
            .partition(|p| crate::email::is_email_file(p));
        if !emails.is_empty() {
            self.commands.push(Command::ImportEmails(emails));
        }
        if !files.is_empty() {
            self.commands.push(Command::Attach(files));
        }
    }

    /// One frame of the whole app (also what the benchmark and tests drive).
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.apply_appearance(&ctx);
        let now = self.now();
        super::ask_later::prune(&mut self.prefs.asked_later, now);
        self.poll_jobs();
        self.on_close_request(&ctx);
        self.shortcuts(&ctx);
        self.dropped_files(&ctx);
        super::clipboard::handle(self, &ctx);
        panels::show(ui, self);
        self.apply_commands();
        if !self.jobs.is_idle() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        if self.saved_prefs.as_ref() != Some(&self.prefs) {
            // eframe saves only after a frame: make sure one comes once the interval passed.
            ctx.request_repaint_after(
                self.auto_save_interval_value() + std::time::Duration::from_millis(200),
            );
        }
        if !self.first_frame_done {
            self.first_frame_done = true;
            if let Some(started) = self.started
                && std::env::var_os("PAPERTRAIL_TIMING").is_some()
            {
                let ms = started.elapsed().as_secs_f64() * 1000.0;
                let cases = self.cases.len();
                eprintln!("papertrail: first frame after {ms:.1} ms ({cases} cases)");
            }
        }
    }
}

impl eframe::App for PaperTrailApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn auto_save_interval(&self) -> std::time::Duration {
        self.auto_save_interval_value()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, super::PREFS_KEY, &self.prefs);
        self.saved_prefs = Some(self.prefs.clone());
    }
}

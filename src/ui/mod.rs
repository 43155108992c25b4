//! The desktop app (eframe/egui): case list, dashboard, timeline, quick log, attachments,
//! export.
//!
//! How it is put together (after rerun's viewer and egui's demo app):
//! - [`app`]: [`PaperTrailApp`], the `eframe::App`: draws the panels, then applies the
//!   [`command::Command`]s they queued, then polls the background jobs.
//! - [`state`]: preferences persisted by eframe, and the view model the panels read.
//! - [`command`]: what the user asked for, applied after the frame through the [`Store`].
//! - [`jobs`]: file copies, imports, exports and PDF rendering on named threads, with progress.
//! - [`panels`]: one file per screen area; they read state and queue commands, never write.
//!
//! The UI never writes SQL: every change goes through [`Store`] in a short transaction, and
//! everything that touches many bytes runs in a job.

mod actions;
pub mod app;
pub mod ask_later;
pub mod case_filter;
pub mod clipboard;
pub mod command;
pub mod draft;
pub mod due_soon;
pub mod jobs;
mod leave;
pub mod notice;
pub mod panels;
pub mod sample;
pub mod state;
pub mod system;
pub mod text;
pub mod view_model;

pub use app::PaperTrailApp;
pub use state::Prefs;

use crate::store::Store;
use std::path::Path;

/// The key under which [`Prefs`] are kept in eframe's storage.
pub const PREFS_KEY: &str = "papertrail-prefs";

/// Opens the app window on the store in `data_dir`; returns when the window closes.
pub fn run(data_dir: &Path) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let store = Store::open(data_dir)
        .map_err(|e| anyhow::anyhow!("could not open the data directory: {e}"))?;
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("Paper Trail")
            .with_app_id("papertrail")
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([640.0, 420.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Paper Trail",
        options,
        Box::new(move |cc| {
            let prefs: Prefs = cc
                .storage
                .and_then(|storage| eframe::get_value(storage, PREFS_KEY))
                .unwrap_or_default();
            let mut app = PaperTrailApp::new(&cc.egui_ctx, store, prefs);
            app.set_started(started);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}

//! The desktop app (eframe/egui).
//!
//! CONTRACT STUB: the UI implementation replaces this with the real app and keeps `run`.

use std::path::Path;

/// Opens the app window on the store in `data_dir`; returns when the window closes.
pub fn run(data_dir: &Path) -> anyhow::Result<()> {
    let _ = data_dir;
    let options = eframe::NativeOptions::default();
    eframe::run_ui_native("Paper Trail", options, |ui, _frame| {
        ui.label("Paper Trail");
    })
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}

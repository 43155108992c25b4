//! The PDF export dialog: language, paper, redaction, originals; what a recipient will look for
//! and the case lacks, each with how to fix it (never printed in the dossier); a progress bar
//! and Cancel while the dossier renders in the background; then Open PDF, Show in folder and
//! Email….

use super::super::PaperTrailApp;
use super::super::command::Command;
use super::super::jobs::JobKind;
use super::super::state::{ExportForm, ExportPhase};
use super::super::system;
use super::super::text::{file_stem, mailto};
use super::widgets::{DialogKey, choice_row, dialog_keys, error_text, primary_button, text_row};
use crate::domain::Language;
use crate::dossier::Paper;
use crate::dossier::gaps::{Gap, describe};
use crate::i18n::{FluentValue, label, tr, tr_args};
use eframe::egui;
use std::path::PathBuf;

/// Opens the export dialog for the open case.
pub fn open(app: &mut PaperTrailApp) {
    let Some(view) = &app.case else { return };
    if app.ui.export.is_some() {
        return;
    }
    let case = &view.data.case;
    let date = app
        .now()
        .with_timezone(&case.time_zone.0)
        .format("%Y-%m-%d");
    let dir = system::default_export_dir(app.store.data_dir());
    let path = dir.join(format!("{}-{date}.pdf", file_stem(&case.title)));
    app.ui.export = Some(ExportForm {
        language: case.language,
        paper: Paper::for_jurisdiction(case.jurisdiction),
        redact: false,
        originals: true,
        for_email: false,
        path: path.display().to_string(),
        phase: ExportPhase::Options,
    });
}

fn paper_name(language: Language, paper: Paper) -> String {
    match paper {
        Paper::A4 => tr(language, "ui-paper-a4"),
        Paper::Letter => tr(language, "ui-paper-letter"),
    }
}

fn report(app: &mut PaperTrailApp, result: Result<(), system::SystemError>) {
    if let Err(e) = result {
        app.fail("ui-error-open", &e);
    }
}

/// About how large each choice is, in bytes: (full evidence, for email).
fn estimate(data: &crate::domain::CaseData) -> (u64, u64) {
    let files: Vec<(u64, crate::dossier::Drawn)> = data
        .attachments
        .iter()
        .map(|a| (a.size, crate::dossier::Drawn::of(&a.media_type)))
        .collect();
    crate::dossier::estimate_sizes(&files)
}

/// Megabytes with one decimal, at least 0.1, for "about N MB".
fn megabytes(bytes: u64) -> f64 {
    ((bytes as f64 / 1.0e6) * 10.0).round().max(1.0) / 10.0
}

/// The two kinds of dossier, each with its estimated size; the full one is the default.
fn kind_choice(ui: &mut egui::Ui, language: Language, for_email: &mut bool, sizes: (u64, u64)) {
    let about = |key: &str, bytes: u64| {
        tr_args(
            language,
            key,
            &[("size", FluentValue::from(megabytes(bytes)))],
        )
    };
    ui.label(tr(language, "ui-export-kind"));
    ui.radio_value(for_email, false, about("ui-export-full", sizes.0));
    ui.radio_value(for_email, true, about("ui-export-for-email", sizes.1));
    if *for_email {
        ui.label(
            egui::RichText::new(tr(language, "ui-export-for-email-hint"))
                .weak()
                .small(),
        );
    }
}

/// What the case lacks for a recipient, each with how to fix it; open by default.
fn gaps_list(ui: &mut egui::Ui, language: Language, gaps: &[Gap]) {
    if gaps.is_empty() {
        ui.label(
            egui::RichText::new(tr(language, "gap-list-none"))
                .weak()
                .small(),
        );
        return;
    }
    let title = tr_args(
        language,
        "gap-list-title",
        &[("count", FluentValue::from(gaps.len()))],
    );
    egui::CollapsingHeader::new(title)
        .id_salt("export_gaps")
        .default_open(true)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .max_height(200.0)
                .show(ui, |ui| {
                    for gap in gaps {
                        let (what, fix) = describe(language, gap);
                        ui.label(egui::RichText::new(format!("• {what}")).strong());
                        ui.label(egui::RichText::new(fix).weak().small());
                    }
                });
        });
}

/// Draws the export dialog when open.
pub fn window(ctx: &egui::Context, app: &mut PaperTrailApp) {
    let language = app.language();
    let Some(mut form) = app.ui.export.take() else {
        return;
    };
    let Some(view) = &app.case else { return };
    let title = view.data.case.title.clone();
    let merchant = view.data.case.merchant.name.clone();
    let sizes = estimate(&view.data);
    let gaps = crate::dossier::gaps::gaps(&view.data, app.now());
    let progress = app
        .jobs
        .running()
        .iter()
        .find(|j| j.kind == JobKind::Pdf)
        .and_then(super::super::jobs::Job::fraction);
    let mut close = false;
    let printing = app.ui.print_pending;
    let mut start = false;
    let mut print = false;
    let mut cancel = false;
    let mut action: Option<Result<(), system::SystemError>> = None;
    let modal = super::widgets::modal(ctx, egui::Id::unique("export_dialog"), 480.0, |ui| {
        let key = dialog_keys(ui);
        ui.heading(tr(language, "ui-export-title"));
        match form.phase.clone() {
            ExportPhase::Options | ExportPhase::Failed(_) => {
                egui::Grid::new("export_grid")
                    .num_columns(2)
                    .spacing([8.0, 6.0])
                    .show(ui, |ui| {
                        choice_row(
                            ui,
                            &tr(language, "ui-field-language"),
                            &mut form.language,
                            Language::ALL,
                            |v| label(language, &v.label_key()),
                        );
                        choice_row(
                            ui,
                            &tr(language, "ui-field-paper"),
                            &mut form.paper,
                            &[Paper::A4, Paper::Letter],
                            |p| paper_name(language, p),
                        );
                        text_row(ui, &tr(language, "ui-field-save-to"), &mut form.path);
                    });
                ui.checkbox(&mut form.redact, tr(language, "ui-redact"))
                    .on_hover_text(tr(language, "ui-redact-limits"));
                if form.redact {
                    // What redaction cannot reach, said before the file leaves.
                    ui.label(
                        egui::RichText::new(tr(language, "ui-redact-limits"))
                            .weak()
                            .small(),
                    );
                }
                kind_choice(ui, language, &mut form.for_email, sizes);
                // The copy to email never carries the originals: shown unticked and disabled.
                ui.add_enabled_ui(!form.for_email, |ui| {
                    let mut originals = form.originals && !form.for_email;
                    ui.checkbox(&mut originals, tr(language, "ui-originals"));
                    if !form.for_email {
                        form.originals = originals;
                    }
                });
                ui.separator();
                gaps_list(ui, language, &gaps);
                if let ExportPhase::Failed(message) = &form.phase {
                    error_text(ui, message);
                }
                ui.separator();
                ui.horizontal(|ui| {
                    if primary_button(ui, true, tr(language, "ui-export")).clicked()
                        || key == DialogKey::Confirm
                    {
                        start = true;
                    }
                    if ui
                        .button(tr(language, "ui-print"))
                        .on_hover_text(tr(language, "ui-print-hint"))
                        .clicked()
                    {
                        print = true;
                    }
                    if system::native_dialog_available()
                        && ui.button(tr(language, "ui-browse")).clicked()
                        && let Some(path) = system::save_file(
                            &tr(language, "ui-export-title"),
                            &PathBuf::from(&form.path),
                        )
                    {
                        form.path = path.display().to_string();
                    }
                    if ui.button(tr(language, "ui-cancel")).clicked() || key == DialogKey::Close {
                        close = true;
                    }
                });
            }
            ExportPhase::Running => {
                ui.label(tr(
                    language,
                    if printing {
                        "ui-print-running"
                    } else {
                        "ui-export-running"
                    },
                ));
                let bar = match progress {
                    Some(fraction) => egui::ProgressBar::new(fraction).show_percentage(),
                    None => egui::ProgressBar::new(0.0).animate(true),
                };
                ui.add(bar);
                // Esc stops the dossier being made, as Cancel does.
                if ui.button(tr(language, "ui-cancel")).clicked() || key == DialogKey::Close {
                    cancel = true;
                }
            }
            ExportPhase::Done(path) => {
                ui.label(tr_args(
                    language,
                    "ui-export-done",
                    &[("path", FluentValue::from(path.display().to_string()))],
                ));
                ui.horizontal_wrapped(|ui| {
                    if primary_button(ui, true, tr(language, "ui-open-pdf")).clicked()
                        || key == DialogKey::Confirm
                    {
                        action = Some(system::open(&path.to_string_lossy()));
                    }
                    if ui.button(tr(language, "ui-show-in-folder")).clicked() {
                        action = Some(system::show_in_folder(&path));
                    }
                    if ui.button(tr(language, "ui-email")).clicked() {
                        let subject = tr_args(
                            language,
                            "ui-email-subject",
                            &[
                                ("title", FluentValue::from(title.clone())),
                                ("merchant", FluentValue::from(merchant.clone())),
                            ],
                        );
                        let body = tr_args(
                            language,
                            "ui-email-body",
                            &[(
                                "file",
                                FluentValue::from(
                                    path.file_name()
                                        .map(|n| n.to_string_lossy().into_owned())
                                        .unwrap_or_default(),
                                ),
                            )],
                        );
                        action = Some(system::open(&mailto(&subject, &body)));
                    }
                    if ui.button(tr(language, "ui-close")).clicked() || key == DialogKey::Close {
                        close = true;
                    }
                });
                ui.label(
                    egui::RichText::new(tr(language, "ui-email-hint"))
                        .weak()
                        .small(),
                );
            }
        }
    });
    if let Some(result) = action {
        report(app, result);
    }
    let running = form.phase == ExportPhase::Running;
    if modal.should_close() && !running {
        close = true;
    }
    if cancel {
        app.commands.push(Command::Cancel(JobKind::Pdf));
    }
    if start {
        let path = form.path.trim();
        if path.is_empty() {
            form.phase = ExportPhase::Failed(tr(language, "ui-error-no-path"));
        } else {
            let mut out = system::expand_typed_path(path);
            if out.extension().is_none() {
                out.set_extension("pdf");
            }
            app.commands.push(Command::ExportPdf {
                language: form.language,
                paper: form.paper,
                redact: form.redact,
                originals: form.originals && !form.for_email,
                for_email: form.for_email,
                out,
            });
        }
    }
    if print {
        print_command(app, &form, &title);
    }
    if !close {
        app.ui.export = Some(form);
    }
}

/// Queues *Print…*: the dossier without originals, into a new temporary folder, then opened in
/// the system viewer.
fn print_command(app: &mut PaperTrailApp, form: &ExportForm, title: &str) {
    match system::print_dir() {
        Ok(dir) => app.commands.push(Command::PrintPdf {
            language: form.language,
            paper: form.paper,
            redact: form.redact,
            out: dir.join(format!("{}.pdf", file_stem(title))),
        }),
        Err(e) => app.fail("ui-error-print", &e),
    }
}

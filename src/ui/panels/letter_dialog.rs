//! *Write a letter…*: the kinds that make sense now (from the case's next steps, then the others
//! that exist where the case's law applies), a preview of the text (editable; the edits are what
//! *Copy text* copies), export as PDF, and *Mark as sent*, which records the letter as a contact
//! with its PDF attached in one store transaction so the next clock starts from it.

use super::super::PaperTrailApp;
use super::super::state::Notice;
use super::super::system;
use super::super::text::file_stem;
use super::widgets::{
    DialogKey, choice_row, dialog_keys, error_text, mark_multiline, primary_button, text_row,
};
use crate::domain::{Channel, Instant, Language};
use crate::dossier::Paper;
use crate::i18n::{FluentValue, label, tr, tr_args};
use crate::letters::sent::{Sending, file_name, sent_contact};
use crate::letters::{self, Letter, LetterKind, LetterOptions};
use eframe::egui;
use std::path::PathBuf;

/// The letter dialog's form.
#[derive(Debug, Clone, PartialEq)]
pub struct LetterForm {
    /// The kinds offered, those suggested by the next steps first.
    pub kinds: Vec<LetterKind>,
    /// How many of `kinds` come from the next steps.
    pub suggested: usize,
    /// The kind chosen.
    pub kind: LetterKind,
    /// Language of the letter.
    pub language: Language,
    /// Paper size.
    pub paper: Paper,
    /// Days given to the recipient; empty = the default.
    pub deadline_days: String,
    /// The preview text (editable).
    pub text: String,
    /// The letter's subject line, for an email.
    pub subject: String,
    /// Why the letter cannot be written, if so.
    pub error: Option<String>,
    /// Where the PDF goes.
    pub path: String,
    /// Registered-mail tracking number, for *Mark as sent*.
    pub tracking: String,
    /// The choices the preview was made for (kind, language, paper, days).
    made_for: Option<(LetterKind, Language, Paper, String)>,
}

/// Opens the dialog for the open case.
pub fn open(app: &mut PaperTrailApp) {
    let Some(view) = &app.case else { return };
    let case = &view.data.case;
    let suggested = letters::kinds_for(case.jurisdiction, &view.findings.next_steps);
    let mut kinds = suggested.clone();
    kinds.extend(
        LetterKind::ALL
            .iter()
            .copied()
            .filter(|k| k.applies_in(case.jurisdiction) && !suggested.contains(k)),
    );
    let kind = kinds.first().copied().unwrap_or(LetterKind::FormalNotice);
    let dir = system::default_export_dir(app.store.data_dir());
    let path = dir.join(format!("{}-{kind}.pdf", file_stem(&case.title)));
    app.ui.letter = Some(LetterForm {
        suggested: suggested.len(),
        kinds,
        kind,
        language: case.language,
        paper: if case.time_zone.name().starts_with("America/") {
            Paper::Letter
        } else {
            Paper::A4
        },
        deadline_days: String::new(),
        text: String::new(),
        subject: String::new(),
        error: None,
        path: path.display().to_string(),
        tracking: String::new(),
        made_for: None,
    });
}

/// The letter for the form's choices, at the app's clock.
fn build(app: &PaperTrailApp, form: &LetterForm) -> Result<Letter, String> {
    let view = app.case.as_ref().ok_or_else(String::new)?;
    let days = form.deadline_days.trim();
    let deadline_days = if days.is_empty() {
        None
    } else {
        Some(
            days.parse::<u32>()
                .map_err(|_| tr(form.language, "ui-letter-bad-days"))?,
        )
    };
    let options = LetterOptions {
        language: Some(form.language),
        as_of: app.now(),
        deadline_days,
        paper: form.paper,
    };
    letters::build(&view.data, &view.findings, form.kind, &options)
        .map_err(|e| e.message(form.language))
}

fn tell(app: &mut PaperTrailApp, text: String, error: bool) {
    app.ui.notice = Some(Notice {
        text,
        error,
        undo: false,
    });
}

/// The dialog, when open.
pub fn window(ctx: &egui::Context, app: &mut PaperTrailApp) {
    let language = app.language();
    let Some(mut form) = app.ui.letter.take() else {
        return;
    };
    let choices = (
        form.kind,
        form.language,
        form.paper,
        form.deadline_days.clone(),
    );
    if let Some((previous, ..)) = form.made_for
        && previous != form.kind
    {
        // The suggested file name follows the kind.
        let old = format!("-{previous}.pdf");
        if let Some(stem) = form.path.strip_suffix(&old) {
            form.path = format!("{stem}-{}.pdf", form.kind);
        }
    }
    if form.made_for.as_ref() != Some(&choices) {
        match build(app, &form) {
            Ok(letter) => {
                form.text = letters::text::render(&letter);
                form.subject.clone_from(&letter.subject);
                form.error = None;
            }
            Err(message) => {
                form.text.clear();
                form.error = Some(message);
            }
        }
        form.made_for = Some(choices);
    }
    let (mut close, mut export, mut mark_sent, mut email) = (false, false, false, false);
    let modal = super::widgets::modal(ctx, egui::Id::unique("letter_dialog"), 640.0, |ui| {
        let key = dialog_keys(ui);
        ui.heading(tr(language, "ui-letter-title"));
        egui::Grid::new("letter_grid")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                let suggested = form.kinds[..form.suggested].to_vec();
                choice_row(
                    ui,
                    &tr(language, "ui-letter-kind"),
                    &mut form.kind,
                    &form.kinds.clone(),
                    |k| {
                        let name = tr(language, &format!("letter-kind-{k}"));
                        if suggested.contains(&k) {
                            tr_args(
                                language,
                                "ui-letter-suggested",
                                &[("kind", FluentValue::from(name))],
                            )
                        } else {
                            name
                        }
                    },
                );
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
                    |p| match p {
                        Paper::A4 => tr(language, "ui-paper-a4"),
                        Paper::Letter => tr(language, "ui-paper-letter"),
                    },
                );
                text_row(
                    ui,
                    &tr(language, "ui-letter-deadline-days"),
                    &mut form.deadline_days,
                );
                text_row(ui, &tr(language, "ui-field-save-to"), &mut form.path);
                text_row(ui, &tr(language, "ui-letter-tracking"), &mut form.tracking);
            });
        if let Some(message) = &form.error {
            error_text(ui, message);
        }
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                let preview = ui.add(
                    egui::TextEdit::multiline(&mut form.text)
                        .font(egui::TextStyle::Monospace)
                        .desired_width(f32::INFINITY)
                        .desired_rows(18),
                );
                mark_multiline(&preview);
            });
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            let ready = form.error.is_none();
            if primary_button(ui, ready, tr(language, "ui-letter-export")).clicked()
                || ready && key == DialogKey::Confirm
            {
                export = true;
            }
            if ui
                .add_enabled(ready, egui::Button::new(tr(language, "ui-letter-copy")))
                .clicked()
            {
                ui.ctx().copy_text(form.text.clone());
            }
            if ui
                .add_enabled(ready, egui::Button::new(tr(language, "ui-email")))
                .on_hover_text(tr(language, "ui-letter-email-hint"))
                .clicked()
            {
                email = true;
            }
            if ui
                .add_enabled(
                    ready,
                    egui::Button::new(tr(language, "ui-letter-mark-sent")),
                )
                .on_hover_text(tr(language, "ui-letter-mark-sent-hint"))
                .clicked()
            {
                mark_sent = true;
            }
            if ui.button(tr(language, "ui-close")).clicked() || key == DialogKey::Close {
                close = true;
            }
        });
    });
    if modal.should_close() {
        close = true;
    }
    if email {
        let url = super::super::text::mailto(&form.subject, &form.text);
        if let Err(e) = system::open(&url) {
            tell(app, format!("{} {e}", tr(language, "ui-error-open")), true);
        }
    }
    if export || mark_sent {
        match build(app, &form).and_then(|letter| {
            letters::pdf::render(&letter, app.now())
                .map(|pdf| (letter, pdf))
                .map_err(|e| e.to_string())
        }) {
            Ok((_, pdf)) if export => {
                let path = PathBuf::from(form.path.trim());
                match crate::output_file::write_atomically(&path, &pdf) {
                    Ok(()) => tell(
                        app,
                        tr_args(
                            language,
                            "ui-export-done",
                            &[("path", FluentValue::from(path.display().to_string()))],
                        ),
                        false,
                    ),
                    Err(e) => tell(app, format!("{} {e}", tr(language, "ui-error-open")), true),
                }
            }
            Ok((letter, pdf)) => {
                let now = app.now();
                let sending = Sending {
                    at: Instant(now.fixed_offset()),
                    channel: Channel::Letter,
                    tracking: Some(form.tracking.clone()),
                    received_at: None,
                };
                let case = app.case.as_ref().map(|v| v.id);
                if let Some(case) = case {
                    let result = app.store.record_sent_letter(
                        case,
                        sent_contact(&letter, &sending),
                        &pdf,
                        &file_name(&letter, &sending),
                        letter.subject.clone(),
                    );
                    match result {
                        Ok(_) => {
                            app.reload_case(case);
                            tell(app, tr(language, "ui-letter-sent"), false);
                            close = true;
                        }
                        Err(e) => tell(app, e.to_string(), true),
                    }
                }
            }
            Err(message) => form.error = Some(message),
        }
    }
    if !close {
        app.ui.letter = Some(form);
    }
}

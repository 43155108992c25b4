//! *Write a letter…*: the kinds that make sense now (from the case's next steps, then the others
//! that exist where the case's law applies; those that do not are named as not offered), a
//! preview of the text that the user may edit (the edits are kept in the store per case and kind,
//! come back when the dialog opens again, and are what the PDF, *Copy text* and the email use;
//! *Reset to the generated text* drops them), the facts each linked to the entry it came from,
//! export as PDF, and *Mark as sent* on the date the user gives, which records the letter as a
//! contact with its PDF attached in one store transaction so the next clock starts from it.
//! *Letters sent* lists the letters already sent, where the receipt (or "not collected") is
//! recorded later.

use super::super::PaperTrailApp;
use super::super::command::Command;
use super::super::draft::Leave;
use super::super::notice::{Message, Notice, Value};
use super::super::system;
use super::super::text::{DATE_FORMAT, file_stem};
use super::widgets::{
    DialogKey, choice_row, dialog_keys, error_text, mark_multiline, primary_button, text_row,
};
use crate::domain::{CaseData, CaseId, Channel, Direction, EntryId, EntryRef, Instant, Language};
use crate::dossier::Paper;
use crate::i18n::format as fmt;
use crate::i18n::{FluentValue, label, tr, tr_args};
use crate::letters::sent::{Sending, file_name, sent_contact};
use crate::letters::{self, Letter, LetterKind, LetterOptions, edited};
use crate::store::{LetterDraft, LetterReceipt};
use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone as _, Utc};
use eframe::egui;

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
    /// Whether `text` is the user's edit (kept in the store) rather than the generated text.
    pub edited: bool,
    /// The letter's subject line, for an email.
    pub subject: String,
    /// Why the letter cannot be written, if so.
    pub error: Option<String>,
    /// Where the PDF goes.
    pub path: String,
    /// Registered-mail tracking number, for *Mark as sent*.
    pub tracking: String,
    /// The day the letter is sent (`YYYY-MM-DD`, today by default), for *Mark as sent*.
    pub sent_on: String,
    /// How it is sent.
    pub channel: Channel,
    /// The day a sent letter was received or presented (`YYYY-MM-DD`), for *Record receipt*.
    pub receipt_on: String,
    /// The text the choices give.
    generated: String,
    /// The letter the choices give (its facts and their sources).
    letter: Option<Letter>,
    /// The choices the preview was made for (kind, language, paper, days).
    made_for: Option<(LetterKind, Language, Paper, String)>,
}

/// Today in the case's zone.
fn today(app: &PaperTrailApp) -> Option<NaiveDate> {
    let view = app.case.as_ref()?;
    Some(
        app.now()
            .with_timezone(&view.data.case.time_zone.0)
            .date_naive(),
    )
}

/// Opens the dialog for the open case.
pub fn open(app: &mut PaperTrailApp) {
    let Some(day) = today(app) else { return };
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
    let (language, paper) = (case.language, Paper::for_jurisdiction(case.jurisdiction));
    let date = day.format(DATE_FORMAT).to_string();
    app.ui.letter = Some(LetterForm {
        suggested: suggested.len(),
        kinds,
        kind,
        language,
        paper,
        deadline_days: String::new(),
        text: String::new(),
        edited: false,
        subject: String::new(),
        error: None,
        path: path.display().to_string(),
        tracking: String::new(),
        sent_on: date.clone(),
        channel: Channel::Letter,
        receipt_on: date,
        generated: String::new(),
        letter: None,
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

/// The letter's PDF: the user's edited text when there is one, else the generated letter.
fn pdf(letter: &Letter, form: &LetterForm, now: DateTime<Utc>) -> Result<Vec<u8>, String> {
    if form.edited {
        letters::pdf::render_edited(letter, &form.text, now)
    } else {
        letters::pdf::render(letter, now)
    }
    .map_err(|e| e.to_string())
}

/// The text to copy or email: the edited text wrapped again at 72 columns, or the generated one.
fn plain_text(form: &LetterForm) -> String {
    if form.edited {
        edited::rewrap(&form.text)
    } else {
        form.text.clone()
    }
}

/// The instant a letter sent on `day` is recorded at: now when it is today, else noon that day
/// in the case's zone. `None` for a day in the future.
fn sent_at(app: &PaperTrailApp, day: NaiveDate) -> Option<Instant> {
    let view = app.case.as_ref()?;
    let zone = view.data.case.time_zone;
    let now = app.now();
    let today = today(app)?;
    if day > today {
        return None;
    }
    if day == today {
        return Some(Instant(now.fixed_offset()));
    }
    let noon = zone
        .0
        .from_local_datetime(&day.and_time(NaiveTime::from_hms_opt(12, 0, 0)?))
        .earliest()?;
    Some(Instant(noon.fixed_offset()))
}

/// Records what became of the sent letter `contact`, after the check every receipt gets
/// ([`crate::domain::Contact::check_letter_receipt`]: not in the future, not before the
/// sending); the message to show when it cannot.
fn record_receipt(
    app: &mut PaperTrailApp,
    case: CaseId,
    contact: &EntryId,
    receipt: LetterReceipt,
) -> Result<(), Notice> {
    let day = today(app);
    let checked = app
        .case
        .as_ref()
        .and_then(|view| {
            let sent = view.data.contacts.iter().find(|c| &c.id == contact)?;
            Some(sent.check_letter_receipt(receipt, view.data.case.time_zone, day?))
        })
        .ok_or_else(|| Notice::error_only(Message::new("ui-error-save")))?;
    if let Err(e) = checked {
        // The same sentence the editor shows under its field, naming the dialog's date field.
        return Err(Notice::error_only(Message::new(e.message_id()).with(
            "field",
            Value::Message(Message::new("ui-letter-receipt-date")),
        )));
    }
    app.store
        .record_letter_receipt(case, contact, Some(receipt))
        .map_err(|e| Notice::error(Message::new("ui-error-save"), e.to_string()))?;
    app.reload_case(case);
    Ok(())
}

/// How an entry a fact came from is named on its link.
fn source_label(language: Language, data: &CaseData, id: &EntryId) -> String {
    let zone = data.case.time_zone;
    let args = |date: NaiveDate| {
        [
            ("id", FluentValue::from(id.as_str().to_owned())),
            ("date", FluentValue::from(fmt::date(language, date))),
        ]
    };
    match data.entry(id) {
        Some(EntryRef::Contact(c)) => tr_args(
            language,
            "ui-letter-source-contact",
            &args(c.at.date_in(zone)),
        ),
        Some(EntryRef::Promise(p)) => tr_args(
            language,
            "ui-letter-source-promise",
            &args(p.made_at.date_in(zone)),
        ),
        _ => tr_args(
            language,
            "ui-letter-source-entry",
            &[("id", FluentValue::from(id.as_str().to_owned()))],
        ),
    }
}

/// A fact shortened for the list of sources.
fn shortened(text: &str) -> String {
    const MAX: usize = 110;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The facts of the letter, each with links to the entries it came from. Returns the entry
/// clicked.
fn sources_ui(
    ui: &mut egui::Ui,
    language: Language,
    data: &CaseData,
    letter: &Letter,
) -> Option<EntryId> {
    let mut clicked = None;
    let mut rows: Vec<(String, Vec<&EntryId>)> = letter
        .body
        .iter()
        .filter_map(|b| {
            let entries = b.entries();
            (!entries.is_empty()).then(|| (shortened(&b.text), entries))
        })
        .collect();
    if let Some(annex) = &letter.annex {
        rows.extend(annex.rows.iter().map(|r| {
            (
                tr_args(
                    language,
                    "ui-letter-annex-row",
                    &[
                        ("date", FluentValue::from(r.date.clone())),
                        ("person", FluentValue::from(r.person.clone())),
                    ],
                ),
                vec![&r.source],
            )
        }));
    }
    egui::CollapsingHeader::new(tr(language, "ui-letter-sources"))
        .id_salt("letter_sources")
        .default_open(true)
        .show(ui, |ui| {
            ui.weak(tr(language, "ui-letter-sources-hint"));
            egui::ScrollArea::vertical()
                .id_salt("letter_sources_scroll")
                .max_height(120.0)
                .show(ui, |ui| {
                    for (text, entries) in &rows {
                        ui.horizontal_wrapped(|ui| {
                            ui.label(egui::RichText::new(text).small());
                            for id in entries {
                                if ui.link(source_label(language, data, id)).clicked() {
                                    clicked = Some((*id).clone());
                                }
                            }
                        });
                    }
                });
        });
    clicked
}

/// What the user asked of a sent letter.
type ReceiptAction = (EntryId, LetterReceipt);

/// The letters already sent, each with its receipt and the *Record receipt* buttons.
fn sent_ui(
    ui: &mut egui::Ui,
    language: Language,
    data: &CaseData,
    form: &mut LetterForm,
) -> Option<ReceiptAction> {
    let zone = data.case.time_zone;
    let sent: Vec<_> = data
        .contacts
        .iter()
        .filter(|c| {
            c.direction == Direction::Outgoing
                && LetterKind::ALL
                    .iter()
                    .any(|k| Some(k.purpose()) == c.purpose && k.party() == c.party)
        })
        .collect();
    if sent.is_empty() {
        return None;
    }
    let mut action = None;
    egui::CollapsingHeader::new(tr(language, "ui-letter-sent-list"))
        .id_salt("letters_sent")
        .show(ui, |ui| {
            egui::Grid::new("letter_receipt_grid")
                .num_columns(2)
                .show(ui, |ui| {
                    text_row(
                        ui,
                        &tr(language, "ui-letter-receipt-date"),
                        &mut form.receipt_on,
                    );
                });
            let day = NaiveDate::parse_from_str(form.receipt_on.trim(), DATE_FORMAT).ok();
            for contact in sent {
                let date = fmt::date(language, contact.at.date_in(zone));
                let mut line = tr_args(
                    language,
                    "ui-letter-sent-row",
                    &[
                        ("date", FluentValue::from(date)),
                        ("subject", FluentValue::from(contact.summary.clone())),
                    ],
                );
                if let Some(tracking) = &contact.reference {
                    line.push_str(" · ");
                    line.push_str(&tr_args(
                        language,
                        "ui-letter-tracking-shown",
                        &[("tracking", FluentValue::from(tracking.clone()))],
                    ));
                }
                let status =
                    super::law_fields::receipt_status(language, contact.letter_receipt(zone));
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!("{line} — {status}"));
                    let ok = day.is_some();
                    if ui
                        .add_enabled(ok, egui::Button::new(tr(language, "ui-letter-received")))
                        .clicked()
                        && let Some(d) = day
                    {
                        action = Some((contact.id.clone(), LetterReceipt::Received(d)));
                    }
                    if ui
                        .add_enabled(
                            ok,
                            egui::Button::new(tr(language, "ui-letter-not-collected")),
                        )
                        .clicked()
                        && let Some(d) = day
                    {
                        action = Some((contact.id.clone(), LetterReceipt::NotCollected(d)));
                    }
                });
            }
        });
    action
}

/// Rebuilds the preview when the choices changed; a kind chosen anew brings back its saved
/// edits (and their language).
fn refresh(app: &mut PaperTrailApp, form: &mut LetterForm, case: CaseId) {
    let kind_changed = form.made_for.as_ref().map(|m| m.0) != Some(form.kind);
    let mut loaded = None;
    if kind_changed {
        match app.store.letter_draft(case, form.kind.as_str()) {
            Ok(Some(draft)) => {
                form.language = draft.language;
                loaded = Some(draft.text);
            }
            Ok(None) => {}
            Err(e) => app.fail("ui-error-load", &e),
        }
    }
    let choices = (
        form.kind,
        form.language,
        form.paper,
        form.deadline_days.clone(),
    );
    if form.made_for.as_ref() == Some(&choices) {
        return;
    }
    match build(app, form) {
        Ok(letter) => {
            form.generated = letters::text::render(&letter);
            form.subject.clone_from(&letter.subject);
            form.error = None;
            if let Some(text) = loaded {
                form.text = text;
                form.edited = true;
            } else if kind_changed || !form.edited {
                form.text.clone_from(&form.generated);
                form.edited = false;
            }
            form.letter = Some(letter);
        }
        Err(message) => {
            form.text.clear();
            form.generated.clear();
            form.edited = false;
            form.letter = None;
            form.error = Some(message);
        }
    }
    form.made_for = Some(choices);
}

/// The dialog, when open.
#[allow(clippy::too_many_lines, reason = "one dialog, drawn top to bottom")]
pub fn window(ctx: &egui::Context, app: &mut PaperTrailApp) {
    let language = app.language();
    let Some(mut form) = app.ui.letter.take() else {
        return;
    };
    let Some(case) = app.case.as_ref().map(|v| v.id) else {
        return;
    };
    if let Some((previous, ..)) = form.made_for
        && previous != form.kind
    {
        // The suggested file name follows the kind.
        let old = format!("-{previous}.pdf");
        if let Some(stem) = form.path.strip_suffix(&old) {
            form.path = format!("{stem}-{}.pdf", form.kind);
        }
    }
    refresh(app, &mut form, case);
    let (mut close, mut export, mut mark_sent, mut email) = (false, false, false, false);
    let (mut text_changed, mut reset) = (false, false);
    let mut jump: Option<EntryId> = None;
    let mut receipt: Option<ReceiptAction> = None;
    let Some(view) = app.case.as_ref() else {
        return;
    };
    let data = &view.data;
    let modal = super::widgets::modal(ctx, egui::Id::unique("letter_dialog"), 680.0, |ui| {
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
            });
        let jurisdiction = data.case.jurisdiction;
        let not_offered: Vec<String> = LetterKind::ALL
            .iter()
            .filter(|k| !k.applies_in(jurisdiction))
            .map(|k| tr(language, &format!("letter-kind-{k}")))
            .collect();
        if !not_offered.is_empty() {
            ui.weak(tr_args(
                language,
                "ui-letter-not-offered",
                &[
                    (
                        "jurisdiction",
                        FluentValue::from(tr(language, &jurisdiction.label_key())),
                    ),
                    (
                        "kinds",
                        FluentValue::from(fmt::list(language, &not_offered, None)),
                    ),
                ],
            ));
        }
        if let Some(message) = &form.error {
            error_text(ui, message);
        }
        // What the recipient's practice asks that the letter does not meet (a French-only
        // mediator written to in English…): said beside the letter, not in it.
        if let Some(letter) = &form.letter {
            for warning in &letter.warnings {
                error_text(ui, warning);
            }
        }
        let preview_label = ui.label(tr(language, "ui-letter-preview"));
        egui::ScrollArea::vertical()
            .id_salt("letter_preview")
            .max_height(260.0)
            .show(ui, |ui| {
                let response = ui.add(
                    egui::TextEdit::multiline(&mut form.text)
                        .font(egui::TextStyle::Monospace)
                        .desired_width(f32::INFINITY)
                        .desired_rows(16),
                );
                text_changed = response.changed();
                mark_multiline(&response);
                response.labelled_by(preview_label.id);
            });
        if form.edited {
            ui.horizontal_wrapped(|ui| {
                ui.weak(tr(language, "ui-letter-edited"));
                if ui.button(tr(language, "ui-letter-reset")).clicked() {
                    reset = true;
                }
            });
        }
        if let Some(letter) = &form.letter {
            jump = sources_ui(ui, language, data, letter);
        }
        ui.separator();
        egui::Grid::new("letter_send_grid")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                text_row(ui, &tr(language, "ui-letter-sent-on"), &mut form.sent_on);
                choice_row(
                    ui,
                    &tr(language, "ui-letter-channel"),
                    &mut form.channel,
                    &[Channel::Letter, Channel::Email],
                    |c| label(language, &c.label_key()),
                );
                text_row(ui, &tr(language, "ui-letter-tracking"), &mut form.tracking);
            });
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
                ui.ctx().copy_text(plain_text(&form));
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
        receipt = sent_ui(ui, language, data, &mut form);
    });
    if modal.should_close() {
        close = true;
    }
    if reset {
        form.text.clone_from(&form.generated);
        form.edited = false;
        text_changed = true;
    } else if text_changed {
        form.edited = form.text != form.generated;
    }
    if text_changed {
        let kind = form.kind.as_str();
        let saved = if form.edited {
            let draft = LetterDraft {
                language: form.language,
                text: form.text.clone(),
            };
            app.store.save_letter_draft(case, kind, &draft)
        } else {
            app.store.delete_letter_draft(case, kind)
        };
        if let Err(e) = saved {
            app.fail("ui-error-save", &e);
        }
    }
    if let Some(entry) = jump {
        // Show the entry in the case; the edits are already kept.
        app.commands.push(Command::Leave(Leave::Entry(entry)));
        close = true;
    }
    if let Some((contact, what)) = receipt {
        match record_receipt(app, case, &contact, what) {
            Ok(()) => app.tell(Message::new("ui-letter-receipt-recorded")),
            Err(notice) => app.notify(notice),
        }
    }
    if email {
        let url = super::super::text::mailto(&form.subject, &plain_text(&form));
        if let Err(e) = system::open(&url) {
            app.fail("ui-error-open", &e);
        }
    }
    if export || mark_sent {
        let now = app.now();
        match build(app, &form).and_then(|letter| pdf(&letter, &form, now).map(|p| (letter, p))) {
            Ok((_, pdf)) if export => {
                let path = system::expand_typed_path(&form.path);
                // The suggested folder (the data directory's exports) may not exist yet.
                let written = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
                    Some(dir) => std::fs::create_dir_all(dir),
                    None => Ok(()),
                }
                .and_then(|()| crate::output_file::write_atomically(&path, &pdf));
                match written {
                    Ok(()) => app.tell(
                        Message::new("ui-export-done").with("path", path.display().to_string()),
                    ),
                    Err(e) => app.fail("ui-error-open", &e),
                }
            }
            Ok((letter, pdf)) => {
                let at = NaiveDate::parse_from_str(form.sent_on.trim(), DATE_FORMAT)
                    .ok()
                    .and_then(|day| sent_at(app, day));
                match at {
                    None => app.notify(super::super::notice::Notice::error_only(Message::new(
                        "ui-letter-bad-date",
                    ))),
                    Some(at) => {
                        let sending = Sending {
                            at,
                            channel: form.channel,
                            tracking: Some(form.tracking.clone()),
                            received_at: None,
                        };
                        let result = app.store.record_sent_letter(
                            case,
                            sent_contact(&letter, &sending),
                            &pdf,
                            &file_name(&letter, &sending),
                            letter.subject.clone(),
                        );
                        match result {
                            Ok(_) => {
                                // The edits went out with the letter (its PDF is attached).
                                if let Err(e) =
                                    app.store.delete_letter_draft(case, form.kind.as_str())
                                {
                                    app.fail("ui-error-save", &e);
                                }
                                app.reload_case(case);
                                app.tell(Message::new("ui-letter-sent"));
                                close = true;
                            }
                            Err(e) => app.fail("ui-error-save", &e),
                        }
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

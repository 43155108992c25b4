//! Quick log (Ctrl+L): a compact form to log a contact in seconds, by keyboard alone. Prefilled
//! with now and the last contact's channel and counterpart; Enter saves. "They promised
//! something" and "they stated something" capture a promise or a statement in the same breath.

use super::super::PaperTrailApp;
use super::super::command::Command;
use super::super::draft::FieldErrors;
use super::super::state::{QuickLogEntries, QuickLogForm};
use super::super::text::{parse_instant_field, parse_optional_date, utc_field};
use super::widgets::{
    DialogKey, choice_row, dialog_keys, primary_button, text_row, text_row_checked, text_row_id,
};
use crate::domain::{
    Channel, Contact, DateOrInstant, Direction, EntryId, Outcome, Promise, PromiseKind,
    PromiseStatus, Statement,
};
use crate::i18n::{FluentValue, label, tr, tr_args};
use eframe::egui;

/// The id of the summary field, which takes the focus when the form opens.
pub const SUMMARY_ID: &str = "quick_log_summary";

/// Opens the quick log for the open case (does nothing without one).
pub fn open(app: &mut PaperTrailApp) {
    let Some(view) = &app.case else {
        app.tell(super::super::notice::Message::new("ui-quick-log-no-case"));
        return;
    };
    let last = view.last_contact();
    app.ui.quick_log = Some(QuickLogForm {
        at: utc_field(app.now(), view.data.case.time_zone),
        channel: last.map_or(Channel::Phone, |c| c.channel),
        direction: Direction::Outgoing,
        outcome: Outcome::Answered,
        counterpart: last.and_then(|c| c.counterpart.clone()).unwrap_or_default(),
        summary: String::new(),
        wait: String::new(),
        promised: false,
        promise_kind: PromiseKind::Delivery,
        promise_text: String::new(),
        promise_due: String::new(),
        stated: false,
        topic: String::new(),
        value: String::new(),
        law: super::law_fields::ContactLawForm::default(),
        errors: FieldErrors::new(),
        focus_pending: true,
    });
}

fn next_id(taken: &mut Vec<EntryId>, data: &crate::domain::CaseData, prefix: &str) -> EntryId {
    let mut n = 1;
    loop {
        let candidate = EntryId::new(format!("{prefix}{n}"));
        if !data.has_entry(&candidate) && !taken.contains(&candidate) {
            taken.push(candidate.clone());
            return candidate;
        }
        n += 1;
    }
}

/// Builds the entries the form describes, or the fields at fault (also kept in the form); a
/// receipt typed is checked against `today` as the entry editor checks it.
pub fn entries(
    form: &mut QuickLogForm,
    data: &crate::domain::CaseData,
    today: chrono::NaiveDate,
) -> Result<QuickLogEntries, FieldErrors> {
    let zone = data.case.time_zone;
    let mut errors = FieldErrors::new();
    let at = parse_instant_field(&form.at, zone);
    if at.is_none() {
        errors.add("ui-field-when", "ui-field-error-date-time");
    }
    let wait = match form.wait.trim() {
        "" => None,
        text => errors.check(
            "ui-field-wait",
            "ui-field-error-minutes",
            text.parse::<u32>(),
        ),
    };
    let due = if form.promised {
        if form.promise_text.trim().is_empty() {
            errors.add("ui-field-promise-text", "ui-field-error-required");
        }
        errors
            .check(
                "ui-field-due",
                "ui-field-error-date",
                parse_optional_date(&form.promise_due, zone),
            )
            .flatten()
    } else {
        None
    };
    if form.stated {
        if form.topic.trim().is_empty() {
            errors.add("ui-field-topic", "ui-field-error-required");
        }
        if form.value.trim().is_empty() {
            errors.add("ui-field-value", "ui-field-error-required");
        }
    }
    let mut law = form.law.facts(zone, &mut errors);
    let Some(at) = at else {
        form.errors = errors.clone();
        return Err(errors);
    };
    law.check_receipt(at.date_in(zone), zone, today, &mut errors);
    form.errors = errors.clone();
    errors.into_result()?;
    let counterpart = form.counterpart.trim();
    let mut taken = Vec::new();
    let contact = Contact {
        id: next_id(&mut taken, data, "c"),
        at,
        channel: form.channel,
        direction: form.direction,
        counterpart: (!counterpart.is_empty()).then(|| counterpart.to_owned()),
        reference: None,
        summary: form.summary.trim().to_owned(),
        outcome: form.outcome,
        wait_minutes: wait,
        duration_minutes: None,
        reply_expected_within_days: None,
        in_reply_to: None,
        party: crate::domain::ContactParty::Merchant,
        purpose: None,
        deadline: None,
        received_at: None,
        not_collected_on: None,
    };
    let mut contact = contact;
    law.write_to(&mut contact);
    let source = Some(contact.id.clone());
    let promise = form.promised.then(|| Promise {
        id: next_id(&mut taken, data, "p"),
        made_at: DateOrInstant::Instant(at),
        source: source.clone(),
        kind: form.promise_kind,
        text: form.promise_text.trim().to_owned(),
        due,
        status: PromiseStatus::Pending,
        settled_at: None,
    });
    let statement = form.stated.then(|| Statement {
        id: next_id(&mut taken, data, "s"),
        at,
        source,
        topic: form.topic.trim().to_owned(),
        value: form.value.trim().to_owned(),
        text: None,
    });
    Ok(QuickLogEntries {
        contact,
        promise,
        statement,
    })
}

/// Draws the quick log window when open.
pub fn window(ctx: &egui::Context, app: &mut PaperTrailApp) {
    let language = app.language();
    let Some(mut form) = app.ui.quick_log.take() else {
        return;
    };
    let Some(view) = &app.case else { return };
    let mut save = false;
    let mut cancel = false;
    let modal = super::widgets::modal(ctx, egui::Id::unique("quick_log"), 460.0, |ui| {
        match dialog_keys(ui) {
            DialogKey::Confirm => save = true,
            DialogKey::Close => cancel = true,
            DialogKey::None => {}
        }
        ui.heading(tr(language, "ui-quick-log"));
        egui::Grid::new("quick_log_grid")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                text_row_checked(ui, language, "ui-field-when", &mut form.at, &form.errors);
                // Which zone the time above is read in.
                ui.label("");
                ui.weak(tr_args(
                    language,
                    "ui-quick-log-zone",
                    &[("zone", FluentValue::from(view.data.case.time_zone.name()))],
                ));
                ui.end_row();
                choice_row(
                    ui,
                    &tr(language, "ui-field-channel"),
                    &mut form.channel,
                    Channel::ALL,
                    |v| label(language, &v.label_key()),
                );
                choice_row(
                    ui,
                    &tr(language, "ui-field-direction"),
                    &mut form.direction,
                    Direction::ALL,
                    |v| label(language, &v.label_key()),
                );
                choice_row(
                    ui,
                    &tr(language, "ui-field-outcome"),
                    &mut form.outcome,
                    Outcome::ALL,
                    |v| label(language, &v.label_key()),
                );
                text_row(
                    ui,
                    &tr(language, "ui-field-counterpart"),
                    &mut form.counterpart,
                );
                let summary = text_row_id(
                    ui,
                    &tr(language, "ui-field-summary"),
                    &mut form.summary,
                    egui::Id::unique(SUMMARY_ID),
                );
                if form.focus_pending {
                    summary.request_focus();
                    form.focus_pending = false;
                }
                text_row_checked(ui, language, "ui-field-wait", &mut form.wait, &form.errors);
                super::law_fields::contact_rows(
                    ui,
                    language,
                    &mut form.law,
                    &form.errors,
                    None,
                    &mut |_| {},
                );
            });
        let promised = ui.checkbox(&mut form.promised, tr(language, "ui-they-promised"));
        if form.promised {
            egui::Grid::new("quick_log_promise")
                .num_columns(2)
                .spacing([8.0, 6.0])
                .show(ui, |ui| {
                    choice_row(
                        ui,
                        &tr(language, "ui-field-kind"),
                        &mut form.promise_kind,
                        PromiseKind::ALL,
                        |v| label(language, &v.label_key()),
                    );
                    let text = text_row_checked(
                        ui,
                        language,
                        "ui-field-promise-text",
                        &mut form.promise_text,
                        &form.errors,
                    );
                    if promised.changed() {
                        // Straight on to the promise's words, keyboard users included.
                        text.request_focus();
                    }
                    text_row_checked(
                        ui,
                        language,
                        "ui-field-due",
                        &mut form.promise_due,
                        &form.errors,
                    );
                });
        }
        let stated = ui.checkbox(&mut form.stated, tr(language, "ui-they-stated"));
        if form.stated {
            egui::Grid::new("quick_log_statement")
                .num_columns(2)
                .spacing([8.0, 6.0])
                .show(ui, |ui| {
                    let topic = text_row_checked(
                        ui,
                        language,
                        "ui-field-topic",
                        &mut form.topic,
                        &form.errors,
                    );
                    if stated.changed() {
                        topic.request_focus();
                    }
                    text_row_checked(
                        ui,
                        language,
                        "ui-field-value",
                        &mut form.value,
                        &form.errors,
                    );
                });
        }
        ui.label(
            egui::RichText::new(tr(language, "ui-date-time-hint"))
                .weak()
                .small(),
        );
        ui.separator();
        ui.horizontal(|ui| {
            if primary_button(ui, true, tr(language, "ui-save")).clicked() {
                save = true;
            }
            if ui.button(tr(language, "ui-cancel")).clicked() {
                cancel = true;
            }
            ui.label(
                egui::RichText::new(tr(language, "ui-quick-log-keys"))
                    .weak()
                    .small(),
            );
        });
    });
    if modal.should_close() {
        cancel = true;
    }
    if cancel {
        return;
    }
    let today = app
        .now()
        .with_timezone(&view.data.case.time_zone.0)
        .date_naive();
    if save && let Ok(entries) = entries(&mut form, &view.data, today) {
        app.commands.push(Command::SaveQuickLog(Box::new(entries)));
        return;
    }
    app.ui.quick_log = Some(form);
}

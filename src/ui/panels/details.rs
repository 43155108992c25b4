//! The case details form: merchant, order, price, jurisdiction, language, desired resolution,
//! narrative. Saved by itself when a field loses the focus or a choice changes.

use super::super::PaperTrailApp;
use super::super::command::Command;
use super::super::state::DetailsDraft;
use super::super::text::{date_or_instant_field, parse_optional_date};
use super::widgets::{choice_row, error_text, optional_multiline_row, optional_row, text_row};
use crate::domain::{CaseStatus, Jurisdiction, Language, Money, TimeZone};
use crate::i18n::{label, tr};
use eframe::egui;

fn draft(app: &PaperTrailApp) -> Option<DetailsDraft> {
    let view = app.case.as_ref()?;
    let details = view.data.case.clone();
    Some(DetailsDraft {
        case: view.id,
        price: details
            .price
            .map(|m| m.amount.to_string())
            .unwrap_or_default(),
        currency: details
            .price
            .map_or_else(String::new, |m| m.currency.code().to_owned()),
        ordered: date_or_instant_field(details.ordered_at.as_ref(), details.time_zone),
        zone: details.time_zone.name().to_owned(),
        law: super::law_fields::DetailsLawForm::of(&details),
        details,
        error: None,
    })
}

fn apply_typed(draft: &mut DetailsDraft) -> Result<(), &'static str> {
    let zone = TimeZone::parse(&draft.zone).ok_or("ui-error-zone")?;
    draft.details.time_zone = zone;
    draft.details.ordered_at =
        parse_optional_date(&draft.ordered, zone).map_err(|_| "ui-error-date")?;
    draft.details.price = if draft.price.trim().is_empty() {
        None
    } else {
        let currency = if draft.currency.trim().is_empty() {
            "EUR"
        } else {
            draft.currency.as_str()
        };
        // "1,299.00" and « 1 299,00 » alike.
        let amount = crate::domain::parse_amount(&draft.price).ok_or("ui-error-price")?;
        Some(Money::parse(&amount.to_string(), currency).ok_or("ui-error-price")?)
    };
    draft.law.apply(&mut draft.details)?;
    if draft.details.title.trim().is_empty() {
        return Err("ui-error-title");
    }
    Ok(())
}

/// Saves the details form if it changed and reads well (before the case or tab changes).
pub fn flush(app: &mut PaperTrailApp) {
    let Some(mut form) = app.ui.details.take() else {
        return;
    };
    let same_case = app.case.as_ref().is_some_and(|c| c.id == form.case);
    if same_case
        && apply_typed(&mut form).is_ok()
        && app
            .case
            .as_ref()
            .is_some_and(|c| c.data.case != form.details)
    {
        app.commands
            .push(Command::SaveDetails(Box::new(form.details)));
    }
}

/// Draws the details form of the open case.
pub fn show(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    let current = app.case.as_ref().map(|c| c.id);
    let mut form = match app.ui.details.take() {
        Some(form) if Some(form.case) == current => form,
        _ => match draft(app) {
            Some(form) => form,
            None => return,
        },
    };
    let mut commit = false;
    let mut lost_focus = false;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .id_salt("details")
        .show(ui, |ui| {
            egui::Grid::new("details_grid")
                .num_columns(2)
                .spacing([8.0, 6.0])
                .show(ui, |ui| {
                    let mut lost = |r: egui::Response| lost_focus |= r.lost_focus();
                    let DetailsDraft {
                        details,
                        price,
                        currency,
                        ordered,
                        zone,
                        law,
                        ..
                    } = &mut form;
                    lost(text_row(
                        ui,
                        &tr(language, "ui-field-title"),
                        &mut details.title,
                    ));
                    commit |= choice_row(
                        ui,
                        &tr(language, "ui-field-status"),
                        &mut details.status,
                        CaseStatus::ALL,
                        |v| label(language, &v.label_key()),
                    );
                    lost(text_row(
                        ui,
                        &tr(language, "ui-field-merchant"),
                        &mut details.merchant.name,
                    ));
                    lost(optional_row(
                        ui,
                        &tr(language, "ui-field-merchant-email"),
                        &mut details.merchant.email,
                    ));
                    lost(optional_row(
                        ui,
                        &tr(language, "ui-field-merchant-phone"),
                        &mut details.merchant.phone,
                    ));
                    lost(optional_row(
                        ui,
                        &tr(language, "ui-field-merchant-website"),
                        &mut details.merchant.website,
                    ));
                    lost(optional_row(
                        ui,
                        &tr(language, "ui-field-order-reference"),
                        &mut details.order_reference,
                    ));
                    lost(optional_row(
                        ui,
                        &tr(language, "ui-field-product"),
                        &mut details.product,
                    ));
                    lost(text_row(ui, &tr(language, "ui-field-price"), price));
                    lost(text_row(ui, &tr(language, "ui-field-currency"), currency));
                    lost(text_row(ui, &tr(language, "ui-field-ordered"), ordered));
                    lost(text_row(ui, &tr(language, "ui-field-zone"), zone));
                    commit |= choice_row(
                        ui,
                        &tr(language, "ui-field-jurisdiction"),
                        &mut details.jurisdiction,
                        Jurisdiction::ALL,
                        |v| label(language, &v.label_key()),
                    );
                    commit |= choice_row(
                        ui,
                        &tr(language, "ui-field-case-language"),
                        &mut details.language,
                        Language::ALL,
                        |v| label(language, &v.label_key()),
                    );
                    lost(text_row(
                        ui,
                        &tr(language, "ui-field-consumer"),
                        &mut details.consumer.name,
                    ));
                    lost(optional_row(
                        ui,
                        &tr(language, "ui-field-consumer-email"),
                        &mut details.consumer.email,
                    ));
                    lost(optional_multiline_row(
                        ui,
                        &tr(language, "ui-field-desired"),
                        &mut details.desired_resolution,
                    ));
                    lost(optional_multiline_row(
                        ui,
                        &tr(language, "ui-field-narrative"),
                        &mut details.narrative,
                    ));
                    commit |=
                        super::law_fields::details_rows(ui, language, law, details, &mut lost);
                });
            ui.label(
                egui::RichText::new(tr(language, "ui-autosave-hint"))
                    .weak()
                    .small(),
            );
            if let Some(key) = form.error {
                error_text(ui, &tr(language, key));
            }
        });
    if commit || lost_focus {
        match apply_typed(&mut form) {
            Ok(()) => {
                form.error = None;
                let changed = app
                    .case
                    .as_ref()
                    .is_some_and(|c| c.data.case != form.details);
                if changed {
                    app.commands
                        .push(Command::SaveDetails(Box::new(form.details.clone())));
                }
            }
            Err(key) => form.error = Some(key),
        }
    }
    app.ui.details = Some(form);
}

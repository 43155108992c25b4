//! The case details form: merchant, order, price, jurisdiction, language, desired resolution,
//! narrative. Saved by itself when a field loses the focus or a choice changes.

use super::super::PaperTrailApp;
use super::super::command::Command;
use super::super::draft::FieldErrors;
use super::super::state::DetailsDraft;
use super::super::text::date_or_instant_field;
use super::widgets::{
    choice_row, optional_multiline_row, optional_row, text_row, text_row_checked,
};
use crate::domain::{CaseStatus, Jurisdiction, Language};
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
        errors: FieldErrors::new(),
    })
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
                        errors,
                        law,
                        ..
                    } = &mut form;
                    let errors: &FieldErrors = errors;
                    lost(text_row_checked(
                        ui,
                        language,
                        "ui-field-title",
                        &mut details.title,
                        errors,
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
                    lost(text_row_checked(
                        ui,
                        language,
                        "ui-field-price",
                        price,
                        errors,
                    ));
                    lost(text_row_checked(
                        ui,
                        language,
                        "ui-field-currency",
                        currency,
                        errors,
                    ));
                    lost(text_row_checked(
                        ui,
                        language,
                        "ui-field-ordered",
                        ordered,
                        errors,
                    ));
                    lost(text_row_checked(
                        ui,
                        language,
                        "ui-field-zone",
                        zone,
                        errors,
                    ));
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
                    commit |= super::law_fields::details_rows(
                        ui, language, law, details, errors, &mut lost,
                    );
                });
            ui.label(
                egui::RichText::new(tr(language, "ui-autosave-hint"))
                    .weak()
                    .small(),
            );
        });
    // A draft that does not validate stays open with every field as typed and the error
    // beside the field at fault; leaving it asks first (see `ui::draft`).
    if (commit || lost_focus) && form.validate().is_ok() {
        let changed = app
            .case
            .as_ref()
            .is_some_and(|c| c.data.case != form.details);
        if changed {
            app.commands
                .push(Command::SaveDetails(Box::new(form.details.clone())));
        }
    }
    app.ui.details = Some(form);
}

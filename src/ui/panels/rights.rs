//! The "Rights and deadlines" panel of the dashboard: the next steps with their countdowns, each
//! with its article and a link to its source, then every clock with its status, dates and the
//! amount owed so far; and the short note (not legal advice, rules as of, sources given).

use super::super::PaperTrailApp;
use super::widgets::{AMBER, RED, chip};
use crate::analysis::clocks::ClockStatus;
use crate::i18n::law as words;
use crate::i18n::tr;
use eframe::egui::{self, RichText};

/// Draws the panel for the open case.
pub fn show(ui: &mut egui::Ui, app: &PaperTrailApp) {
    let language = app.language();
    let Some(view) = &app.case else { return };
    let findings = &view.findings;
    let zone = view.data.case.time_zone;
    let today = findings.as_of.with_timezone(&zone.0).date_naive();
    egui::CollapsingHeader::new(RichText::new(tr(language, "ui-rights-title")).strong())
        .id_salt("rights_panel")
        .default_open(true)
        .show(ui, |ui| {
            if !findings.next_steps.is_empty() {
                ui.label(RichText::new(tr(language, "ui-rights-next-steps")).strong());
                for step in &findings.next_steps {
                    ui.horizontal_wrapped(|ui| {
                        let text = words::step_countdown(language, step, today);
                        let urgent = step.by.is_some_and(|by| (by - today).num_days() <= 7);
                        if urgent {
                            chip(ui, &text, RED);
                        } else {
                            ui.label(RichText::new(text).strong());
                        }
                        for id in &step.rules {
                            if let Some(clock) = findings.clocks.iter().find(|c| c.rule == *id) {
                                ui.label(RichText::new(clock.citation).small());
                                ui.hyperlink_to(
                                    RichText::new(tr(language, "ui-rights-source")).small(),
                                    clock.source,
                                );
                            }
                        }
                    });
                }
                ui.add_space(4.0);
            }
            if findings.clocks.is_empty() {
                ui.label(tr(language, "law-no-clock"));
            } else {
                ui.label(RichText::new(tr(language, "ui-rights-clocks")).strong());
            }
            egui::ScrollArea::vertical()
                .id_salt("rights_clocks")
                .max_height(150.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for clock in &findings.clocks {
                        ui.horizontal_wrapped(|ui| {
                            let status = words::clock_status(language, clock);
                            match clock.status {
                                ClockStatus::Missed => chip(ui, &status, RED),
                                ClockStatus::Open | ClockStatus::Pending => {
                                    chip(ui, &status, AMBER)
                                }
                                _ => ui.label(RichText::new(status).small()),
                            };
                            ui.label(words::clock_title(language, clock));
                            let dates = words::clock_dates(language, clock, today);
                            if !dates.is_empty() {
                                ui.label(RichText::new(dates).small());
                            }
                            if let Some(amount) = words::clock_amount(language, clock) {
                                ui.label(RichText::new(amount).small().strong());
                            }
                            ui.label(RichText::new(clock.citation).small().weak());
                            ui.hyperlink_to(
                                RichText::new(tr(language, "ui-rights-source")).small(),
                                clock.source,
                            );
                            ui.label(
                                RichText::new(words::confidence(language, clock))
                                    .small()
                                    .weak(),
                            );
                        });
                    }
                });
            if let Some(text) = words::unlock(language, &findings.unlock) {
                ui.label(RichText::new(text).small());
            }
            if findings
                .next_steps
                .iter()
                .any(|s| s.action == crate::law::Action::FormalNotice)
            {
                ui.label(
                    RichText::new(tr(language, "law-practice-notice"))
                        .small()
                        .weak(),
                );
            }
            ui.label(
                RichText::new(words::disclaimer(language, findings.rules_as_of))
                    .small()
                    .weak(),
            );
        });
}

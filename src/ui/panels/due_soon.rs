//! The *Due soon* window (every case's deadlines of the next days, overdue ones first) and the
//! bar that asks, once a promise's day has come, whether it was kept, broken, or given a new
//! date. Both read the case list's background analysis; a row opens its case.

use super::super::PaperTrailApp;
use super::super::ask_later;
use super::super::command::Command;
use super::super::draft::Leave;
use super::super::due_soon::{DueRow, HORIZON_DAYS, PromiseAnswer, due_soon};
use crate::domain::{EntryId, Language};
use crate::i18n::{FluentValue, format_date, tr, tr_args};
use chrono::NaiveDate;
use eframe::egui::{self, RichText};

/// The deadlines shown in *Due soon*, from the badges computed so far.
pub fn rows(app: &PaperTrailApp) -> Vec<DueRow> {
    due_soon(
        &app.cases,
        |id| app.badges.get(&id).map(|b| b.due.as_slice()),
        HORIZON_DAYS,
    )
}

/// "in 3 days", "today", "2 days ago".
pub fn when(language: Language, days_left: i64) -> String {
    if days_left < 0 {
        tr_args(
            language,
            "ui-due-ago",
            &[("days", FluentValue::from(-days_left))],
        )
    } else {
        tr_args(
            language,
            "ui-due-in",
            &[("days", FluentValue::from(days_left))],
        )
    }
}

/// The label of the top bar's button: "Due soon (3)".
pub fn button_label(app: &PaperTrailApp) -> String {
    tr_args(
        app.language(),
        "ui-due-soon-button",
        &[("count", FluentValue::from(rows(app).len()))],
    )
}

/// Draws the *Due soon* window when it is open.
pub fn window(ctx: &egui::Context, app: &mut PaperTrailApp) {
    if !app.ui.show_due_soon {
        return;
    }
    let language = app.language();
    let rows = rows(app);
    let mut open = true;
    let mut clicked = None;
    egui::Window::new(tr(language, "ui-due-soon-title"))
        .id(egui::Id::unique("due_soon_window"))
        .open(&mut open)
        .default_width(600.0)
        .show(ctx, |ui| {
            ui.label(
                RichText::new(tr_args(
                    language,
                    "ui-due-soon-intro",
                    &[("days", FluentValue::from(HORIZON_DAYS))],
                ))
                .weak(),
            );
            if rows.is_empty() {
                ui.label(tr(language, "ui-due-soon-empty"));
                return;
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                egui::Grid::new("due_soon_grid")
                    .num_columns(3)
                    .striped(true)
                    .show(ui, |ui| {
                        for row in &rows {
                            let item = &row.item;
                            ui.label(RichText::new(format_date(language, item.date)).strong());
                            let when = RichText::new(when(language, item.days_left));
                            ui.label(if item.days_left < 0 {
                                when.color(super::widgets::RED)
                            } else {
                                when
                            });
                            ui.vertical(|ui| {
                                if ui.link(&row.case_title).clicked() {
                                    clicked = Some(item.case);
                                }
                                ui.label(&item.summary);
                                if !item.detail.is_empty() {
                                    ui.label(RichText::new(&item.detail).small().weak());
                                }
                            });
                            ui.end_row();
                        }
                    });
            });
        });
    if !open {
        app.ui.show_due_soon = false;
    }
    if let Some(id) = clicked {
        app.commands.push(Command::Leave(Leave::Case(id)));
    }
}

/// The first promise whose day has come, not answered in this session and not put off until a
/// later day ("Ask me later", remembered between runs).
pub fn next_question(app: &PaperTrailApp) -> Option<DueRow> {
    rows(app).into_iter().find(|row| {
        let item = &row.item;
        item.asks_about_promise()
            && !app
                .ui
                .promise_question
                .asked
                .contains(&(item.case, item.entry.clone()))
            && !ask_later::is_put_off(&app.prefs.asked_later, item.case, &item.entry, item.today())
    })
}

/// Parses the new date typed as `YYYY-MM-DD`.
fn parse_new_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// The bar under the top bar asking how a promise whose day has come ended, one at a time.
pub fn question_bar(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let Some(row) = next_question(app) else {
        return;
    };
    let language = app.language();
    let item = row.item.clone();
    let mut answer = None;
    let mut later = false;
    let question = &mut app.ui.promise_question;
    egui::Panel::top("promise_question").show(ui, |ui| {
        ui.add_space(2.0);
        ui.horizontal_wrapped(|ui| {
            let heading = if item.days_left == 0 {
                tr(language, "ui-promise-question-today")
            } else {
                tr_args(
                    language,
                    "ui-promise-question-past",
                    &[("date", FluentValue::from(format_date(language, item.date)))],
                )
            };
            ui.label(RichText::new(heading).strong());
            ui.label(format!("{} — {}", row.case_title, item.summary));
            if !item.detail.is_empty() {
                ui.label(
                    RichText::new(crate::i18n::format::quote(language, &item.detail)).italics(),
                );
            }
        });
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr(language, "ui-promise-answer-kept")).clicked() {
                answer = Some(PromiseAnswer::Kept);
            }
            if ui
                .button(tr(language, "ui-promise-answer-broken"))
                .clicked()
            {
                answer = Some(PromiseAnswer::Broken);
            }
            match &mut question.new_date {
                None => {
                    if ui.button(tr(language, "ui-promise-new-date")).clicked() {
                        question.new_date = Some(String::new());
                        question.error = None;
                    }
                }
                Some(text) => {
                    let label = ui.label(tr(language, "ui-promise-new-date-field"));
                    let field = ui
                        .add(
                            egui::TextEdit::singleline(text)
                                .hint_text(tr(language, "ui-law-date-hint"))
                                .desired_width(110.0),
                        )
                        .labelled_by(label.id);
                    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if ui.button(tr(language, "ui-promise-save-date")).clicked() || enter {
                        match parse_new_date(text) {
                            Some(date) => answer = Some(PromiseAnswer::NewDate(date)),
                            None => {
                                question.error = Some("ui-promise-date-error");
                            }
                        }
                    }
                }
            }
            if ui.button(tr(language, "ui-promise-later")).clicked() {
                later = true;
            }
            if let Some(error) = question.error {
                super::widgets::error_text(ui, &tr(language, error));
            }
        });
        ui.add_space(2.0);
    });
    if answer.is_some() || later {
        question.new_date = None;
        question.error = None;
    }
    if answer.is_some() {
        question.asked.insert((item.case, item.entry.clone()));
    }
    if later {
        ask_later::put_off(
            &mut app.prefs.asked_later,
            item.case,
            &item.entry,
            item.today(),
        );
    }
    if let Some(answer) = answer {
        app.commands.push(Command::AnswerPromise {
            case: item.case,
            promise: EntryId::new(item.entry),
            answer,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_days_read_naturally_in_both_languages() {
        assert_eq!(when(Language::En, 0), "today");
        assert_eq!(when(Language::En, 1), "tomorrow");
        assert_eq!(when(Language::En, 5), "in 5 days");
        assert_eq!(when(Language::En, -1), "1 day ago");
        assert_eq!(when(Language::En, -3), "3 days ago");
        assert_eq!(when(Language::Fr, 0), "aujourd'hui");
        assert_eq!(when(Language::Fr, 1), "demain");
        assert_eq!(when(Language::Fr, 2), "dans 2 jours");
        assert_eq!(when(Language::Fr, -1), "il y a 1 jour");
        assert_eq!(when(Language::Fr, -4), "il y a 4 jours");
        assert_eq!(
            parse_new_date(" 2026-10-02 "),
            NaiveDate::from_ymd_opt(2026, 10, 2)
        );
        assert_eq!(parse_new_date("next week"), None);
    }
}

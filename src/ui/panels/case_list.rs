//! The case list (left panel): search, new case, and one row per case with its status, days
//! open and badges (unanswered, overdue, contradictions).

use super::super::PaperTrailApp;
use super::super::case_filter::{CaseSort, consumers};
use super::super::command::Command;
use super::super::draft::Leave;
use super::widgets::{AMBER, RED, arrows_pick, chip};
use crate::domain::{CaseStatus, Jurisdiction};
use crate::i18n::{label, tr, tr_count};
use crate::store::SearchHit;
use eframe::egui::{self, RichText};

/// The most hits the search across cases shows.
const MAX_HITS: usize = 30;

/// The filters (client, status, jurisdiction) and the order, folded away until asked for.
fn filters(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    let clients = consumers(&app.cases);
    // Every choice of each list in order, for Up and Down on a focused list.
    let client_choices: Vec<Option<String>> = std::iter::once(None)
        .chain(clients.iter().cloned().map(Some))
        .collect();
    let status_choices: Vec<Option<CaseStatus>> = std::iter::once(None)
        .chain(CaseStatus::ALL.iter().copied().map(Some))
        .collect();
    let jurisdiction_choices: Vec<Option<Jurisdiction>> = std::iter::once(None)
        .chain(Jurisdiction::ALL.iter().copied().map(Some))
        .collect();
    let filter = &mut app.ui.case_filter;
    let any = tr(language, "ui-filter-any");
    let title = if filter.is_active() {
        tr(language, "ui-filters-on")
    } else {
        tr(language, "ui-filters")
    };
    egui::CollapsingHeader::new(title)
        .id_salt("case_filters")
        .show(ui, |ui| {
            egui::Grid::new("case_filter_grid")
                .num_columns(2)
                .spacing([6.0, 4.0])
                .show(ui, |ui| {
                    ui.label(tr(language, "ui-filter-client"));
                    let combo = egui::ComboBox::from_id_salt("filter_client")
                        .selected_text(filter.consumer.clone().unwrap_or_else(|| any.clone()))
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut filter.consumer, None, any.clone());
                            for name in clients {
                                let text = name.clone();
                                ui.selectable_value(&mut filter.consumer, Some(name), text);
                            }
                        });
                    arrows_pick(ui, &combo.response, &mut filter.consumer, &client_choices);
                    ui.end_row();
                    ui.label(tr(language, "ui-filter-status"));
                    let combo = egui::ComboBox::from_id_salt("filter_status")
                        .selected_text(
                            filter
                                .status
                                .map_or_else(|| any.clone(), |s| label(language, &s.label_key())),
                        )
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut filter.status, None, any.clone());
                            for status in CaseStatus::ALL {
                                ui.selectable_value(
                                    &mut filter.status,
                                    Some(*status),
                                    label(language, &status.label_key()),
                                );
                            }
                        });
                    arrows_pick(ui, &combo.response, &mut filter.status, &status_choices);
                    ui.end_row();
                    ui.label(tr(language, "ui-filter-jurisdiction"));
                    let combo = egui::ComboBox::from_id_salt("filter_jurisdiction")
                        .selected_text(
                            filter
                                .jurisdiction
                                .map_or_else(|| any.clone(), |j| label(language, &j.label_key())),
                        )
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut filter.jurisdiction, None, any.clone());
                            for jurisdiction in Jurisdiction::ALL {
                                ui.selectable_value(
                                    &mut filter.jurisdiction,
                                    Some(*jurisdiction),
                                    label(language, &jurisdiction.label_key()),
                                );
                            }
                        });
                    let choices = &jurisdiction_choices;
                    arrows_pick(ui, &combo.response, &mut filter.jurisdiction, choices);
                    ui.end_row();
                    ui.label(tr(language, "ui-sort-by"));
                    let combo = egui::ComboBox::from_id_salt("case_sort")
                        .selected_text(tr(language, filter.sort.label_key()))
                        .show_ui(ui, |ui| {
                            for sort in CaseSort::ALL {
                                ui.selectable_value(
                                    &mut filter.sort,
                                    sort,
                                    tr(language, sort.label_key()),
                                );
                            }
                        });
                    arrows_pick(ui, &combo.response, &mut filter.sort, &CaseSort::ALL);
                    ui.end_row();
                });
        });
}

/// A hit as the user reads it: where (case and entry) in small type, then the snippet with the
/// words found (between `[` and `]` in the snippet) in strong colour.
fn hit_text(ui: &egui::Ui, heading: &str, snippet: &str) -> egui::text::LayoutJob {
    use egui::text::{LayoutJob, TextFormat};
    let style = ui.style();
    let small = egui::TextStyle::Small.resolve(style);
    let body = egui::TextStyle::Body.resolve(style);
    let weak = ui.visuals().weak_text_color();
    let normal = ui.visuals().text_color();
    let strong = ui.visuals().strong_text_color();
    let mut job = LayoutJob::default();
    job.append(heading, 0.0, TextFormat::simple(small, weak));
    job.append("\n", 0.0, TextFormat::simple(body.clone(), normal));
    for (index, part) in snippet.split(['[', ']']).enumerate() {
        let found = index % 2 == 1;
        let mut format = TextFormat::simple(body.clone(), if found { strong } else { normal });
        if found {
            format.underline = egui::Stroke::new(1.0, strong);
        }
        job.append(part, 0.0, format);
    }
    job
}

/// Runs the search across cases again when the search text changed (not every frame).
fn refresh_hits(app: &mut PaperTrailApp) {
    let text = app.ui.search.trim().to_owned();
    if app
        .ui
        .search_hits
        .as_ref()
        .is_some_and(|(for_text, _)| *for_text == text)
    {
        return;
    }
    let hits = if text.chars().count() < 2 {
        Vec::new()
    } else {
        app.store.search(&text, MAX_HITS).unwrap_or_default()
    };
    app.ui.search_hits = Some((text, hits));
}

/// Draws the case list.
pub fn show(ui: &mut egui::Ui, app: &mut PaperTrailApp) {
    let language = app.language();
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading(tr(language, "ui-cases"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(tr(language, "ui-new-case"))
                .on_hover_text(tr(language, "ui-shortcut-new-case"))
                .clicked()
            {
                app.commands.push(Command::Leave(Leave::NewCase));
            }
        });
    });
    let search_label = ui.label(RichText::new(tr(language, "ui-search")).small());
    let search_id = egui::Id::unique("case_search");
    let search = ui
        .add(
            egui::TextEdit::singleline(&mut app.ui.search)
                .id(search_id)
                .hint_text(tr(language, "ui-search-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(search_label.id)
        .on_hover_text(tr(language, "ui-shortcut-search"));
    if app.ui.focus_search {
        search.request_focus();
        app.ui.focus_search = false;
    }
    ui.separator();
    let needle = app.ui.search.trim().to_lowercase();
    let open_id = app.case.as_ref().map(|c| c.id);
    let mut clicked = None;
    filters(ui, app);
    let badges = &app.badges;
    let shown: Vec<usize> = app.ui.case_filter.apply(
        &app.cases,
        |c| {
            needle.is_empty()
                || c.title.to_lowercase().contains(&needle)
                || c.merchant.to_lowercase().contains(&needle)
                || c.consumer.to_lowercase().contains(&needle)
        },
        |id| badges.get(&id).and_then(|b| b.next_due()).map(|d| d.date),
    );
    refresh_hits(app);
    let hits: Vec<SearchHit> = app
        .ui
        .search_hits
        .as_ref()
        .map(|(_, hits)| hits.clone())
        .unwrap_or_default();
    if shown.is_empty() && hits.is_empty() && !app.cases.is_empty() {
        ui.label(tr(language, "ui-search-nothing"));
    }
    let mut clicked_hit = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for index in shown {
                let Some(case) = app.cases.get(index) else {
                    continue;
                };
                let selected = open_id == Some(case.id);
                let frame = egui::Frame::new()
                    .inner_margin(egui::Margin::symmetric(6, 4))
                    .corner_radius(4.0)
                    .fill(if selected {
                        ui.visuals().selection.bg_fill.gamma_multiply(0.5)
                    } else {
                        egui::Color32::TRANSPARENT
                    });
                let response = frame.show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let title = ui.add(
                        egui::Button::selectable(selected, RichText::new(&case.title).strong())
                            .frame(false),
                    );
                    ui.horizontal_wrapped(|ui| {
                        if !case.merchant.is_empty() {
                            ui.label(RichText::new(&case.merchant).small());
                            ui.label(RichText::new("·").small());
                        }
                        ui.label(RichText::new(label(language, &case.status.label_key())).small());
                        // Calendar days in the case's zone, from the background analysis,
                        // so the list and the dashboard always agree.
                        let days = app.badges.get(&case.id).and_then(|b| b.days_since_order);
                        if let Some(days) = days {
                            ui.label(RichText::new("·").small());
                            ui.label(
                                RichText::new(tr_count(language, "ui-days-open", days)).small(),
                            );
                        }
                        let next = app.badges.get(&case.id).and_then(|b| b.next_due());
                        if let Some(next) = next {
                            ui.label(RichText::new("·").small());
                            let date = crate::i18n::format_date(language, next.date);
                            ui.label(
                                RichText::new(crate::i18n::tr_args(
                                    language,
                                    "ui-case-next-deadline",
                                    &[("date", date.into())],
                                ))
                                .small(),
                            )
                            .on_hover_text(&next.summary);
                        }
                    });
                    if let Some(badges) = app.badges.get(&case.id) {
                        ui.horizontal_wrapped(|ui| {
                            for (count, key, color) in [
                                (badges.unanswered, "ui-badge-unanswered", AMBER),
                                (badges.overdue, "ui-badge-overdue", RED),
                                (badges.contradictions, "ui-badge-contradictions", RED),
                            ] {
                                if count > 0 {
                                    chip(ui, &tr_count(language, key, i64::from(count)), color);
                                }
                            }
                        });
                    }
                    title
                });
                // The keyboard focus (on the title) outlines the whole row.
                super::widgets::focus_ring(ui, &response.inner, response.response.rect);
                if response.inner.clicked() {
                    clicked = Some(case.id);
                }
            }
            if !hits.is_empty() {
                ui.separator();
                ui.label(RichText::new(tr(language, "ui-search-found-in")).strong());
                for hit in &hits {
                    let place = hit
                        .entry
                        .as_ref()
                        .map_or_else(|| tr(language, "ui-search-hit-case"), ToString::to_string);
                    let heading = format!("{} · {place}", hit.case_title);
                    let row = ui.add(
                        egui::Button::selectable(false, hit_text(ui, &heading, &hit.snippet))
                            .frame(false)
                            .wrap(),
                    );
                    super::widgets::focus_ring(ui, &row, row.rect);
                    if row.clicked() {
                        clicked_hit = Some(hit.clone());
                    }
                }
            }
        });
    if let Some(hit) = clicked_hit {
        app.commands.push(Command::Leave(match hit.entry {
            Some(entry) => Leave::CaseEntry(hit.case, entry),
            None => Leave::Case(hit.case),
        }));
    }
    if let Some(id) = clicked {
        app.commands.push(Command::Leave(Leave::Case(id)));
    }
}

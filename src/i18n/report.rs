//! The findings as readable text in the language asked for: what `papertrail report` prints.
//! Figures come from [`Findings::figures`]; values are written by [`super::format`].

use super::findings::{headline, kind_name, topic};
use super::format::{self, by_deadline, count, days, duration, number};
use super::{label, tr, tr_args};
use crate::analysis::{ContradictionKind, Findings, PromiseState, Unanswered};
use crate::domain::{CaseData, EntryId, Language, TimeZone};
use chrono::{DateTime, Utc};

/// Writes the report of `case` in `language`.
pub fn render(case: &CaseData, findings: &Findings, language: Language) -> String {
    let zone = case.case.time_zone;
    let figures = &findings.figures;
    let mut out = Report {
        text: String::new(),
        language,
        zone,
    };
    out.line(0, case.case.title.trim());
    // An as-of given as a date is the end of that day: it prints as that day.
    let as_of = format::deadline(language, zone, findings.as_of);
    out.line(0, &out.tr("report-as-of", &[("date", as_of.into())]));
    out.line(0, &headline(language, &findings.headline));

    out.section(&tr(language, "report-section-elapsed"));
    let days = |n: i64| days(language, n);
    match figures.days_since_order {
        Some(n) => out.line(
            1,
            &out.tr("report-days-since-order", &[("days", days(n).into())]),
        ),
        None => out.line(1, &tr(language, "report-no-order-date")),
    }
    if let Some(n) = figures.days_since_first_complaint {
        let key = "report-days-since-first-complaint";
        out.line(1, &out.tr(key, &[("days", days(n).into())]));
    }
    if let Some(n) = findings.days_since_last_answer {
        let key = "report-days-since-last-answer";
        out.line(1, &out.tr(key, &[("days", days(n).into())]));
    }
    if let Some(silence) = &findings.longest_silence {
        let mut args = vec![
            ("days", days(silence.days).into()),
            ("from", out.when(silence.from).into()),
        ];
        let key = if silence.ongoing {
            "report-longest-silence-ongoing"
        } else {
            args.push(("to", out.when(silence.to).into()));
            "report-longest-silence"
        };
        out.line(1, &out.tr(key, &args));
    }

    let args = [
        ("attempts", number(figures.contact_attempts)),
        ("incoming", number(figures.merchant_contacts)),
    ];
    out.section(&out.tr("report-section-contacts", &args));
    for channel in &findings.effort.by_channel {
        let args = [
            (
                "channel",
                label(language, &channel.channel.label_key()).into(),
            ),
            ("outgoing", number(channel.outgoing)),
            ("incoming", number(channel.incoming)),
        ];
        out.line(1, &out.tr("report-channel-line", &args));
    }
    if figures.expecting_reply > 0 {
        let late = findings.answered.iter().filter(|a| a.late).count();
        let args = [
            ("expected", number(figures.expecting_reply)),
            ("answered", number(figures.answered)),
            ("late", number(late)),
            ("unanswered", number(figures.unanswered)),
            ("awaiting", number(figures.awaiting_reply)),
        ];
        out.line(1, &out.tr("report-answered", &args));
    }
    if figures.merchant_contacts > 0 || figures.live_conversations > 0 {
        let args = [
            ("answers", number(figures.real_answers)),
            ("auto", number(figures.auto_replies)),
            ("live", number(figures.live_conversations)),
        ];
        out.line(1, &out.tr("report-answers", &args));
    }

    for (list, key) in [
        (&findings.unanswered, "report-section-unanswered"),
        (&findings.awaiting_reply, "report-section-awaiting"),
    ] {
        if list.is_empty() {
            continue;
        }
        out.section(&count(language, key, list.len()));
        for waiting in list.iter() {
            let line = out.waiting(waiting);
            out.line(1, &line);
        }
    }

    if !findings.promises.is_empty() {
        let args = [
            ("made", number(figures.promises_made)),
            ("kept", number(figures.promises_kept)),
            ("broken", number(figures.promises_broken)),
            ("overdue", number(figures.promises_overdue)),
            ("pending", number(figures.promises_pending)),
        ];
        out.section(&out.tr("report-section-promises", &args));
        if figures.restatements > 0 {
            out.line(
                1,
                &format!(
                    "{} {}",
                    figures.restatements,
                    count(language, "figure-restatements", figures.restatements)
                ),
            );
        }
        if let Some(worst) = figures.worst_days_late.filter(|d| *d > 0) {
            let args = [("days", days(worst).into())];
            out.line(1, &out.tr("report-worst-days-late", &args));
        }
        for promise in &findings.promises {
            let status = match promise.status {
                PromiseState::Pending => "report-status-pending",
                PromiseState::Kept => "report-status-kept",
                PromiseState::Broken => "report-status-broken",
                PromiseState::Overdue => "report-status-overdue",
            };
            let args = [
                ("id", promise.promise.as_str().to_owned().into()),
                ("kind", kind_name(language, promise.kind).into()),
                ("status", tr(language, status).into()),
            ];
            // A promise restated later is history of one obligation: its date and its
            // successor, never a status or days late of its own (the obligation's delay is
            // on its last restatement, counted from the first date).
            if let Some(by) = &promise.restated_by {
                let mut parts = vec![out.tr("report-promise-line-restated", &args)];
                if let Some(due) = promise.due {
                    parts.push(by_deadline(language, zone, due));
                }
                let args = [("id", by.as_str().to_owned().into())];
                parts.push(out.tr("report-promise-restated-by", &args));
                out.line(1, &parts.join(" · "));
                continue;
            }
            let mut parts = vec![out.tr("report-promise-line", &args)];
            if let Some(due) = promise.due {
                parts.push(by_deadline(language, zone, due));
            }
            if let Some(late) = promise.days_late.filter(|d| *d > 0) {
                match promise.first_due {
                    Some(first) => parts.push(tr_args(
                        language,
                        "report-promise-late-since-first",
                        &[
                            ("days", days(late).into()),
                            ("date", format::deadline(language, zone, first).into()),
                        ],
                    )),
                    None => parts.push(tr_args(
                        language,
                        "report-promise-late",
                        &[("days", days(late).into())],
                    )),
                }
            }
            if let Some(by) = &promise.kept_by {
                let args = [("id", by.as_str().to_owned().into())];
                parts.push(out.tr("report-promise-kept-by", &args));
            }
            out.line(1, &parts.join(" · "));
        }
    }

    if !findings.contradictions.is_empty() {
        let n = number(findings.contradictions.len());
        out.section(&out.tr("report-section-contradictions", &[("count", n)]));
        for contradiction in &findings.contradictions {
            let mut title = topic(language, &contradiction.topic);
            if contradiction.kind == ContradictionKind::RestatedPromise {
                title = tr_args(
                    language,
                    "report-restated-promise",
                    &[("topic", title.into())],
                );
            }
            out.line(1, &title);
            for value in &contradiction.values {
                let entries: Vec<String> = value
                    .statements
                    .iter()
                    .zip(&value.stated_at)
                    .zip(&value.sources)
                    .map(|((id, at), source)| out.entry(id, *at, source.as_ref()))
                    .collect();
                let written = format::value(language, zone, &value.meaning, &value.value);
                let args = [
                    ("value", format::quote(language, &written).into()),
                    ("entries", entries.join(", ").into()),
                ];
                out.line(2, &out.tr("report-value-line", &args));
            }
        }
    }

    let effort = &findings.effort;
    out.section(&tr(language, "report-section-effort"));
    let minutes = |m: u32| duration(language, i64::from(m));
    let on_hold = [("duration", minutes(figures.minutes_on_hold).into())];
    out.line(1, &out.tr("report-minutes-on-hold", &on_hold));
    let in_calls = [("duration", minutes(figures.minutes_in_calls).into())];
    out.line(1, &out.tr("report-minutes-in-calls", &in_calls));
    out.line(
        1,
        &out.tr("report-transfers", &[("count", number(effort.transfers))]),
    );
    out.line(
        1,
        &out.tr("report-agents", &[("count", number(effort.agents))]),
    );
    if let Some(rate) = figures.answer_rate_percent {
        let args = [
            ("percent", format::percent(language, rate).into()),
            ("answered", number(figures.answered)),
            ("expected", number(figures.expecting_reply)),
        ];
        out.line(1, &out.tr("report-answer-rate", &args));
    }
    for (value, key) in [
        (effort.median_minutes_to_answer, "report-median-to-answer"),
        (effort.worst_minutes_to_answer, "report-worst-to-answer"),
    ] {
        if let Some(m) = value {
            out.line(
                1,
                &out.tr(key, &[("duration", duration(language, m).into())]),
            );
        }
    }
    let today = findings.as_of.with_timezone(&zone.0).date_naive();
    out.text
        .push_str(&super::law::report_section(language, findings, today));
    out.text
}

struct Report {
    text: String,
    language: Language,
    zone: TimeZone,
}

impl Report {
    fn line(&mut self, indent: usize, text: &str) {
        for _ in 0..indent {
            self.text.push_str("  ");
        }
        self.text.push_str(text);
        self.text.push('\n');
    }

    fn section(&mut self, title: &str) {
        self.text.push('\n');
        self.line(0, title);
    }

    fn tr(&self, key: &str, args: &[(&'static str, super::FluentValue<'static>)]) -> String {
        tr_args(self.language, key, args)
    }

    fn when(&self, at: DateTime<Utc>) -> String {
        format::instant(self.language, self.zone, at)
    }

    fn waiting(&self, waiting: &Unanswered) -> String {
        let language = self.language;
        let args = [
            ("id", waiting.contact.as_str().to_owned().into()),
            (
                "channel",
                label(language, &waiting.channel.label_key()).into(),
            ),
            ("date", self.when(waiting.at).into()),
            (
                "due",
                by_deadline(language, self.zone, waiting.reply_due).into(),
            ),
            ("waiting", days(language, waiting.days_waiting).into()),
            ("overdue", days(language, waiting.days_overdue).into()),
        ];
        let key = if waiting.days_overdue > 0 {
            "report-unanswered-line"
        } else {
            "report-awaiting-line"
        };
        let mut line = self.tr(key, &args);
        if !waiting.chasers.is_empty() {
            line.push_str(" · ");
            line.push_str(&count(language, "report-chasers", waiting.chasers.len()));
        }
        line
    }

    fn entry(&self, id: &EntryId, at: DateTime<Utc>, source: Option<&EntryId>) -> String {
        let mut args = vec![
            ("id", id.as_str().to_owned().into()),
            ("date", self.when(at).into()),
        ];
        match source {
            Some(source) => {
                args.push(("source", source.as_str().to_owned().into()));
                self.tr("report-entry-with-source", &args)
            }
            None => self.tr("report-entry", &args),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::analysis::testing::*;
    use crate::domain::{Channel, DateOrInstant, Outcome, PromiseKind, PromiseStatus};

    #[test]
    fn the_report_names_every_finding_in_the_case_language() {
        let mut case = case_fr();
        case.case.ordered_at = DateOrInstant::parse("2026-08-15");
        let mut call = outgoing(
            "c1",
            "2026-08-17T09:00:00+02:00",
            Channel::Phone,
            Outcome::VoicemailLeft,
        );
        call.wait_minutes = Some(35);
        let mut chase = outgoing(
            "c2",
            "2026-08-19T09:00:00+02:00",
            Channel::Email,
            Outcome::NoAnswer,
        );
        chase.in_reply_to = Some(EntryId::new("c1"));
        case.contacts = vec![call, chase];
        let mut delivery = promise(
            "p1",
            "2026-08-15",
            PromiseKind::Delivery,
            Some("2026-08-20"),
        );
        delivery.status = PromiseStatus::Broken;
        case.promises = vec![delivery];
        let mut s2 = statement(
            "s2",
            "2026-08-21T09:00:00+02:00",
            "commande reçue",
            "aucune trace",
        );
        s2.source = Some(EntryId::new("c2"));
        case.statements = vec![
            statement("s1", "2026-08-18T09:00:00+02:00", "commande reçue", "oui"),
            s2,
        ];
        let findings = analyze(&case, at("2026-08-24T12:00:00+02:00"));
        let text = render(&case, &findings, Language::Fr);
        let headline = super::headline(Language::Fr, &findings.headline);
        for expected in [
            "Lit jamais livré",
            "Constat au 24 août 2026, 12\u{A0}h\u{A0}00",
            &headline,
            "Depuis la commande\u{A0}: 9 jours",
            "Plus long silence\u{A0}: 7 jours (depuis le 17 août 2026, 9\u{A0}h\u{A0}00, toujours en cours)",
            "c1 · Téléphone · 17 août 2026, 9\u{A0}h\u{A0}00 · réponse due au plus tard le 18 août 2026 · attente 7 jours, retard 6 jours · relancé une fois",
            "p1 · livraison · non tenue · au plus tard le 20 août 2026 · 4 jours de retard",
            "«\u{A0}aucune trace\u{A0}»\u{A0}: s2 (21 août 2026, 9\u{A0}h\u{A0}00, source c2)",
            "Temps d’attente\u{A0}: 35 min",
            "Taux de réponse\u{A0}: 0\u{A0}% (0 sur 2 tentatives appelant une réponse)",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
        }
        let english = render(&case, &findings, Language::En);
        assert!(english.contains("Since the order: 9 days"), "{english}");
        assert!(!english.contains("jours"), "{english}");
    }
}

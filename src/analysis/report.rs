//! The findings as readable text in the case's language: what `papertrail report` prints.

use super::headline::kind_name;
use super::{ContradictionKind, Findings, PromiseState};
use crate::domain::{CaseData, DateOrInstant, EntryId, Language, TimeZone};
use crate::i18n::{FluentValue, format_date, format_date_time, label, tr, tr_args, tr_count};
use chrono::{DateTime, Utc};
use std::collections::HashMap;

/// Writes the report.
pub(crate) fn render(case: &CaseData, findings: &Findings) -> String {
    let language = case.case.language;
    let zone = case.case.time_zone;
    let mut out = Report {
        text: String::new(),
        language,
        zone,
    };
    out.line(0, case.case.title.trim());
    let as_of = out.when(findings.as_of);
    out.line(0, &out.tr("report-as-of", &[("date", as_of.into())]));
    out.line(0, &findings.headline);

    out.section(&tr(language, "report-section-elapsed"));
    let days = |n: i64| tr_count(language, "report-days", n);
    match findings.days_since_order {
        Some(n) => out.line(
            1,
            &out.tr("report-days-since-order", &[("days", days(n).into())]),
        ),
        None => out.line(1, &tr(language, "report-no-order-date")),
    }
    if let Some(n) = findings.days_since_first_complaint {
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

    let contacts = findings.contacts;
    let args = [
        ("total", number(contacts.total)),
        ("outgoing", number(contacts.outgoing)),
        ("incoming", number(contacts.incoming)),
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
    let expected = findings.answered.len() + findings.unanswered.len();
    if expected > 0 {
        let late = findings.answered.iter().filter(|a| a.late).count();
        let args = [
            ("answered", number(findings.answered.len())),
            ("expected", number(expected)),
            ("late", number(late)),
        ];
        out.line(1, &out.tr("report-answered", &args));
    }

    if !findings.unanswered.is_empty() {
        let count = findings.unanswered.len();
        out.section(&out.tr("report-section-unanswered", &[("count", number(count))]));
        for waiting in &findings.unanswered {
            let args = [
                ("id", waiting.contact.as_str().to_owned().into()),
                (
                    "channel",
                    label(language, &waiting.channel.label_key()).into(),
                ),
                ("date", out.when(waiting.at).into()),
                ("waiting", days(waiting.days_waiting).into()),
                ("overdue", days(waiting.days_overdue).into()),
            ];
            let mut line = out.tr("report-unanswered-line", &args);
            if !waiting.chasers.is_empty() {
                line.push_str(" · ");
                line.push_str(&tr_count(
                    language,
                    "report-chasers",
                    len(waiting.chasers.len()),
                ));
            }
            out.line(1, &line);
        }
    }

    if !findings.promises.is_empty() {
        let totals = findings.promise_totals;
        let args = [
            ("made", number(totals.made)),
            ("kept", number(totals.kept)),
            ("broken", number(totals.broken)),
            ("overdue", number(totals.overdue)),
            ("pending", number(totals.pending)),
        ];
        out.section(&out.tr("report-section-promises", &args));
        let dues: HashMap<&EntryId, DateOrInstant> = case
            .promises
            .iter()
            .filter_map(|p| p.due.map(|due| (&p.id, due)))
            .collect();
        if totals.total_days_late > 0 {
            let args = [("days", FluentValue::from(totals.total_days_late))];
            out.line(1, &out.tr("report-total-days-late", &args));
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
            let mut parts = vec![out.tr("report-promise-line", &args)];
            if let Some(due) = dues.get(&promise.promise) {
                parts.push(out.tr("report-promise-due", &[("date", out.due(*due).into())]));
            }
            if let Some(late) = promise.days_late.filter(|d| *d > 0) {
                parts.push(tr_args(
                    language,
                    "report-promise-late",
                    &[("days", FluentValue::from(late))],
                ));
            }
            if let Some(by) = &promise.kept_by {
                let args = [("id", by.as_str().to_owned().into())];
                parts.push(out.tr("report-promise-kept-by", &args));
            }
            out.line(1, &parts.join(" · "));
        }
    }

    if !findings.contradictions.is_empty() {
        let count = number(findings.contradictions.len());
        out.section(&out.tr("report-section-contradictions", &[("count", count)]));
        for contradiction in &findings.contradictions {
            let mut topic = contradiction.topic.clone();
            if contradiction.kind == ContradictionKind::RestatedPromise {
                topic.push_str(&format!(" ({})", tr(language, "report-restated-promise")));
            }
            out.line(1, &topic);
            for value in &contradiction.values {
                let entries: Vec<String> = value
                    .statements
                    .iter()
                    .zip(&value.stated_at)
                    .zip(&value.sources)
                    .map(|((id, at), source)| out.entry(id, *at, source.as_ref()))
                    .collect();
                let args = [
                    ("value", value.value.clone().into()),
                    ("entries", entries.join(", ").into()),
                ];
                out.line(2, &out.tr("report-value-line", &args));
            }
        }
    }

    let effort = &findings.effort;
    out.section(&tr(language, "report-section-effort"));
    let minutes = |m: u32| duration(language, i64::from(m));
    let on_hold = [("duration", minutes(effort.minutes_on_hold).into())];
    out.line(1, &out.tr("report-minutes-on-hold", &on_hold));
    let in_calls = [("duration", minutes(effort.minutes_in_calls).into())];
    out.line(1, &out.tr("report-minutes-in-calls", &in_calls));
    out.line(
        1,
        &out.tr("report-transfers", &[("count", number(effort.transfers))]),
    );
    out.line(
        1,
        &out.tr("report-agents", &[("count", number(effort.agents))]),
    );
    if let Some(rate) = effort.answer_rate {
        let percent = format!("{:.0}", rate * 100.0);
        out.line(
            1,
            &out.tr("report-answer-rate", &[("percent", percent.into())]),
        );
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

    fn tr(&self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        tr_args(self.language, key, args)
    }

    fn when(&self, at: DateTime<Utc>) -> String {
        format_date_time(self.language, at.with_timezone(&self.zone.0).naive_local())
    }

    /// A due date as the user wrote it: a day, or a date and time.
    fn due(&self, due: DateOrInstant) -> String {
        match due {
            DateOrInstant::Date(date) => format_date(self.language, date),
            DateOrInstant::Instant(instant) => self.when(instant.utc()),
        }
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

fn len(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn number(n: impl TryInto<i64>) -> FluentValue<'static> {
    FluentValue::from(n.try_into().unwrap_or(i64::MAX))
}

/// `25 min`, `2 h 05 min`, `3 days 4 h`.
fn duration(language: Language, minutes: i64) -> String {
    let minutes = minutes.max(0);
    let (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    if days > 0 {
        let args = [
            ("days", FluentValue::from(days)),
            ("hours", FluentValue::from(hours)),
        ];
        tr_args(language, "report-duration-days", &args)
    } else if hours > 0 {
        let args = [
            ("hours", FluentValue::from(hours)),
            ("minutes", FluentValue::from(format!("{mins:02}"))),
        ];
        tr_args(language, "report-duration-hours", &args)
    } else {
        tr_args(
            language,
            "report-duration-minutes",
            &[("minutes", FluentValue::from(mins))],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::analysis::testing::*;
    use crate::domain::{Channel, DateOrInstant, Outcome, PromiseKind, PromiseStatus};

    #[test]
    fn durations() {
        assert_eq!(duration(Language::En, 25), "25 min");
        assert_eq!(duration(Language::En, 125), "2 h 05 min");
        assert_eq!(duration(Language::En, 1440 + 4 * 60), "1 day 4 h");
        assert_eq!(duration(Language::Fr, 3 * 1440), "3 jours 0 h");
    }

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
        let text = render(&case, &findings);
        for expected in [
            "Lit jamais livré",
            "Constat au 24 août 2026, 12\u{A0}h\u{A0}00",
            &findings.headline,
            "Depuis la commande\u{A0}: 9 jours",
            "Plus long silence\u{A0}: 7 jours (depuis le 17 août 2026, 9\u{A0}h\u{A0}00, toujours en cours)",
            "c1 · Téléphone · 17 août 2026, 9\u{A0}h\u{A0}00 · attente 7 jours, retard 6 jours · relancé une fois",
            "p1 · livraison · non tenue · échéance 20 août 2026 · 4 jours de retard",
            "«\u{A0}aucune trace\u{A0}»\u{A0}: s2 (21 août 2026, 9\u{A0}h\u{A0}00, source c2)",
            "Temps d’attente\u{A0}: 35 min",
            "Taux de réponse\u{A0}: 0\u{A0}%",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
        }
    }
}

//! The view model: what the panels draw for the open case, computed once when the case loads
//! (findings, timeline rows with their text, chart series, dashboard cards), never per frame.

use crate::analysis::{self, Figure, Findings, Flags, PromiseState, TimelineKind};
use crate::domain::{CaseData, CaseId, Direction, EntryId, Language};
use crate::i18n::findings::{figure_help, figure_label, headline};
use crate::i18n::format;
use crate::i18n::tr;
use chrono::{DateTime, Utc};
use std::collections::HashMap;

/// How alarming a figure is: the card turns amber, then red, as it grows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Nothing to worry about.
    Calm,
    /// Worth watching.
    Amber,
    /// Bad.
    Red,
}

impl Severity {
    /// Calm below `amber_from`, amber below `red_from`, red from there.
    pub fn of(value: i64, amber_from: i64, red_from: i64) -> Self {
        if value >= red_from {
            Self::Red
        } else if value >= amber_from {
            Self::Amber
        } else {
            Self::Calm
        }
    }
}

/// One dashboard card: a named figure of the analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// Which figure it shows.
    pub figure: Figure,
    /// The big figure.
    pub value: String,
    /// What it counts, translated (plural-aware).
    pub label: String,
    /// "How is this counted?": the figure's definition, shown on hover.
    pub help: String,
    /// Its colour.
    pub severity: Severity,
}

/// An open deadline of a case, for the case list and the deadlines view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineItem {
    /// The last allowed day.
    pub due: chrono::NaiveDate,
    /// Days left from the analysis day.
    pub days_left: i64,
    /// The i18n key of the rule's title.
    pub title: String,
}

/// The case list's badges for one case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Badges {
    /// Outgoing contacts still waiting for a reply.
    pub unanswered: u32,
    /// Promises overdue or broken.
    pub overdue: u32,
    /// Contradictions.
    pub contradictions: u32,
    /// Calendar days since the order, in the case's time zone (as the dashboard counts them).
    pub days_since_order: Option<i64>,
    /// Open deadlines (pending duties, open or coming windows), soonest first.
    pub deadlines: Vec<DeadlineItem>,
    /// Every open deadline (promises, replies, statutory clocks), soonest first, for the *Due
    /// soon* list and the case list's next deadline; empty when made by [`Badges::of`] alone.
    pub due: Vec<super::due_soon::DueItem>,
}

impl Badges {
    /// The badges of a case's findings: its named figures, never counted again.
    pub fn of(findings: &Findings) -> Self {
        let figures = &findings.figures;
        Self {
            unanswered: figures.unanswered,
            overdue: figures.promises_late,
            contradictions: figures.contradictions,
            days_since_order: figures.days_since_order,
            deadlines: deadlines(findings),
            due: Vec::new(),
        }
    }

    /// The badges of a case, with every open deadline worded in `language` as of `now`.
    pub fn of_case(
        id: CaseId,
        data: &CaseData,
        findings: &Findings,
        language: Language,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            due: super::due_soon::case_items(id, data, findings, language, now),
            ..Self::of(findings)
        }
    }

    /// The soonest open deadline (an overdue one first), for the case list.
    pub fn next_due(&self) -> Option<&super::due_soon::DueItem> {
        self.due.first()
    }
}

/// The open deadlines of a case's findings, soonest first.
fn deadlines(findings: &Findings) -> Vec<DeadlineItem> {
    use crate::analysis::clocks::ClockStatus;
    let mut items: Vec<DeadlineItem> = findings
        .clocks
        .iter()
        .filter(|c| {
            matches!(
                c.status,
                ClockStatus::Pending | ClockStatus::Open | ClockStatus::NotYet
            )
        })
        .filter_map(|c| {
            Some(DeadlineItem {
                due: c.due?,
                days_left: c.days_left?,
                title: c.title.clone(),
            })
        })
        .collect();
    items.sort_by_key(|i| i.due);
    items
}

/// One timeline row, with its text ready to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineRow {
    /// When, for a reader.
    pub when: String,
    /// What kind of item, for a reader.
    pub kind: String,
    /// The item's text, one line.
    pub text: String,
    /// The entry to open when the row is selected.
    pub entry: Option<EntryId>,
    /// Its marks.
    pub flags: Flags,
    /// Whether it came from the merchant.
    pub incoming: bool,
}

/// Cumulative series of the pile-up chart; x is days since 1970-01-01 (UTC). Each series ends
/// on its named figure.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PileUp {
    /// Contact attempts made by the consumer ([`Figure::ContactAttempts`]).
    pub attempts: Vec<[f64; 2]>,
    /// The merchant's real answers, auto-replies excluded ([`Figure::RealAnswers`]).
    pub answers: Vec<[f64; 2]>,
    /// Promises that have fallen due.
    pub promises_due: Vec<[f64; 2]>,
}

/// Statements on one topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicGroup {
    /// The topic as first written.
    pub topic: String,
    /// Whether the merchant contradicted themself on it.
    pub contradicted: bool,
    /// Indexes into the case's statements, in time order.
    pub statements: Vec<usize>,
    /// Each statement's value as a reader reads it (same order as `statements`).
    pub values: Vec<String>,
}

/// The open case and everything drawn from it.
#[derive(Debug, Clone)]
pub struct CaseView {
    /// Its id.
    pub id: CaseId,
    /// The case.
    pub data: CaseData,
    /// The analysis at load time.
    pub findings: Findings,
    /// Dashboard cards.
    pub cards: Vec<Card>,
    /// Timeline rows, in time order.
    pub rows: Vec<TimelineRow>,
    /// Chart series.
    pub chart: PileUp,
    /// Statements grouped by topic, contradictions first.
    pub topics: Vec<TopicGroup>,
    /// The headline, in the UI's language.
    pub headline: String,
    /// The language the text was made in.
    pub language: Language,
}

impl CaseView {
    /// Analyses the case at `now` and prepares the text in `language`.
    pub fn build(id: CaseId, data: CaseData, now: DateTime<Utc>, language: Language) -> Self {
        let findings = analysis::analyze(&data, now);
        let cards = cards(&findings, language);
        let rows = timeline_rows(&data, &findings, language);
        let chart = pile_up(&data, &findings, now);
        let topics = topic_groups(&data, &findings, language);
        let headline = headline(language, &findings.headline);
        Self {
            id,
            data,
            findings,
            cards,
            rows,
            chart,
            topics,
            headline,
            language,
        }
    }

    /// The channel and counterpart of the most recent contact, for the quick log.
    pub fn last_contact(&self) -> Option<&crate::domain::Contact> {
        self.data.contacts.iter().max_by_key(|c| c.at)
    }

    /// The entry with this id, if any (a copy to edit).
    pub fn entry(&self, id: &EntryId) -> Option<super::state::Entry> {
        use super::state::Entry;
        use crate::domain::EntryRef;
        Some(match self.data.entry(id)? {
            EntryRef::Contact(e) => Entry::Contact(e.clone()),
            EntryRef::Promise(e) => Entry::Promise(e.clone()),
            EntryRef::Statement(e) => Entry::Statement(e.clone()),
            EntryRef::Attachment(e) => Entry::Attachment(e.clone()),
            EntryRef::Note(e) => Entry::Note(e.clone()),
        })
    }
}

/// The dashboard cards: days since order, contact attempts, unanswered, awaiting a reply (when
/// any), answer rate, promises broken or overdue, contradictions, minutes on hold. Each is a
/// named figure with its definition as hover text.
pub fn cards(findings: &Findings, language: Language) -> Vec<Card> {
    let figures = &findings.figures;
    let mut shown: Vec<(Figure, (i64, i64))> = Vec::new();
    if figures.days_since_order.is_some() {
        shown.push((Figure::DaysSinceOrder, (30, 60)));
    }
    shown.push((Figure::ContactAttempts, (i64::MAX, i64::MAX)));
    shown.push((Figure::Unanswered, (1, 3)));
    if figures.awaiting_reply > 0 {
        shown.push((Figure::AwaitingReply, (i64::MAX, i64::MAX)));
    }
    shown.extend([
        (Figure::PromisesLate, (1, 2)),
        (Figure::Contradictions, (1, 2)),
        (Figure::MinutesOnHold, (30, 120)),
    ]);
    let mut cards: Vec<Card> = shown
        .into_iter()
        .map(|(figure, (amber, red))| {
            let value = figure.value(figures).unwrap_or(0);
            Card {
                figure,
                value: value.to_string(),
                label: figure_label(language, figure, value),
                help: figure_help(language, figure),
                severity: Severity::of(value, amber, red),
            }
        })
        .collect();
    if let Some(rate) = figures.answer_rate_percent {
        let figure = Figure::AnswerRate;
        let inverted = 100 - i64::from(rate.min(100));
        cards.insert(
            cards.len().min(3),
            Card {
                figure,
                value: format::percent(language, rate),
                label: tr_args_answer_rate(language, figures.answered, figures.expecting_reply),
                help: figure_help(language, figure),
                severity: Severity::of(inverted, 50, 80),
            },
        );
    }
    cards
}

/// "answer rate (1 of 5)": the rate's label with its N.
fn tr_args_answer_rate(language: Language, answered: u32, expected: u32) -> String {
    crate::i18n::tr_args(
        language,
        "ui-card-answer-rate",
        &[
            ("answered", format::number(answered)),
            ("expected", format::number(expected)),
        ],
    )
}

fn one_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or("");
    if line.chars().count() > 160 {
        let mut short: String = line.chars().take(159).collect();
        short.push('…');
        short
    } else {
        line.to_owned()
    }
}

/// The timeline rows, text made once.
pub fn timeline_rows(data: &CaseData, findings: &Findings, language: Language) -> Vec<TimelineRow> {
    let contacts: HashMap<&EntryId, &crate::domain::Contact> =
        data.contacts.iter().map(|c| (&c.id, c)).collect();
    let promises: HashMap<&EntryId, &crate::domain::Promise> =
        data.promises.iter().map(|p| (&p.id, p)).collect();
    let statements: HashMap<&EntryId, &crate::domain::Statement> =
        data.statements.iter().map(|s| (&s.id, s)).collect();
    let attachments: HashMap<&EntryId, &crate::domain::Attachment> =
        data.attachments.iter().map(|a| (&a.id, a)).collect();
    let notes: HashMap<&EntryId, &crate::domain::Note> =
        data.notes.iter().map(|n| (&n.id, n)).collect();
    let mut labels: HashMap<String, String> = HashMap::new();
    let mut label = |key: String| -> String {
        labels
            .entry(key)
            .or_insert_with_key(|key| tr(language, key))
            .clone()
    };
    let zone = data.case.time_zone;
    findings
        .timeline
        .iter()
        .map(|item| {
            let id = item.entry.as_ref();
            let (kind, text) = match item.kind {
                TimelineKind::Order => (
                    label("ui-timeline-order".to_owned()),
                    data.case.product.clone().unwrap_or_default(),
                ),
                TimelineKind::Contact => match id.and_then(|id| contacts.get(id)) {
                    Some(c) => (
                        format!(
                            "{} · {}",
                            label(c.channel.label_key()),
                            label(c.outcome.label_key())
                        ),
                        one_line(&c.summary),
                    ),
                    None => (label("ui-timeline-contact".to_owned()), String::new()),
                },
                TimelineKind::PromiseMade
                | TimelineKind::PromiseDue
                | TimelineKind::PromiseSettled => {
                    let key = match item.kind {
                        TimelineKind::PromiseMade => "ui-timeline-promise-made",
                        TimelineKind::PromiseDue => "ui-timeline-promise-due",
                        _ if item.flags.broken => "ui-timeline-promise-broken",
                        _ => "ui-timeline-promise-kept",
                    };
                    let text = id
                        .and_then(|id| promises.get(id))
                        .map(|p| one_line(&p.text))
                        .unwrap_or_default();
                    (label(key.to_owned()), text)
                }
                TimelineKind::Statement => (
                    label("ui-timeline-statement".to_owned()),
                    id.and_then(|id| statements.get(id))
                        .map(|s| {
                            let meaning = analysis::statement_value(data, s);
                            let value = format::value(language, zone, &meaning, &s.value);
                            one_line(&format!("{}{}{value}", s.topic, format::colon(language)))
                        })
                        .unwrap_or_default(),
                ),
                TimelineKind::Attachment => (
                    label("ui-timeline-attachment".to_owned()),
                    id.and_then(|id| attachments.get(id))
                        .map(|a| match &a.caption {
                            Some(caption) => one_line(&format!("{} ({caption})", a.file_name)),
                            None => a.file_name.clone(),
                        })
                        .unwrap_or_default(),
                ),
                TimelineKind::Note => (
                    label("ui-timeline-note".to_owned()),
                    id.and_then(|id| notes.get(id))
                        .map(|n| one_line(&n.text))
                        .unwrap_or_default(),
                ),
            };
            // A due date given as a date falls due at the end of that day: show the day.
            let due_date = match (item.kind, id.and_then(|id| promises.get(id))) {
                (TimelineKind::PromiseDue, Some(p)) => match p.due {
                    Some(due @ crate::domain::DateOrInstant::Date(_)) => Some(due),
                    _ => None,
                },
                _ => None,
            };
            TimelineRow {
                when: due_date.map_or_else(
                    || format::instant(language, zone, item.at),
                    |due| format::date_or_instant(language, zone, &due),
                ),
                kind,
                text,
                entry: item.entry.clone(),
                flags: item.flags,
                incoming: item.direction == Some(Direction::Incoming),
            }
        })
        .collect()
}

fn day_x(at: DateTime<Utc>) -> f64 {
    // Seconds to days; precision loss is irrelevant at chart scale.
    at.timestamp() as f64 / 86_400.0
}

/// A stepped cumulative series from event instants, extended to `now`.
fn cumulative(mut events: Vec<DateTime<Utc>>, now: DateTime<Utc>) -> Vec<[f64; 2]> {
    events.sort_unstable();
    let mut points = Vec::with_capacity(events.len() * 2 + 1);
    let mut count = 0.0;
    for at in events {
        let x = day_x(at);
        points.push([x, count]);
        count += 1.0;
        points.push([x, count]);
    }
    if !points.is_empty() {
        points.push([day_x(now), count]);
    }
    thin(points, MAX_CHART_POINTS)
}

/// At most this many points per chart series: a chart is a few hundred pixels wide, and
/// drawing 20 000 points every frame would cost more than the rest of the window.
const MAX_CHART_POINTS: usize = 600;

/// Keeps about `max` points, evenly spaced in x, always keeping the first and the last.
fn thin(points: Vec<[f64; 2]>, max: usize) -> Vec<[f64; 2]> {
    let (Some(first), Some(last)) = (points.first().copied(), points.last().copied()) else {
        return points;
    };
    if points.len() <= max || max < 2 {
        return points;
    }
    let step = (last[0] - first[0]) / (max - 1) as f64;
    let mut kept = Vec::with_capacity(max + 1);
    let mut next_x = f64::NEG_INFINITY;
    for point in points {
        if point[0] >= next_x {
            kept.push(point);
            next_x = point[0] + step;
        }
    }
    if kept.last() != Some(&last) {
        kept.push(last);
    }
    kept
}

/// The pile-up chart: attempts vs the merchant's real answers, and promises falling due. The
/// contacts counted are the analysis's (up to `as_of`, auto-replies not answers), so each series
/// ends on its figure.
pub fn pile_up(data: &CaseData, findings: &Findings, now: DateTime<Utc>) -> PileUp {
    let as_of = findings.as_of;
    let by_direction = |direction: Direction| {
        data.contacts
            .iter()
            .filter(|c| c.direction == direction && c.at.utc() <= as_of)
            .filter(|c| {
                direction == Direction::Outgoing
                    || c.outcome != crate::domain::Outcome::AutoReplyOnly
            })
            .map(|c| c.at.utc())
            .collect::<Vec<_>>()
    };
    let due = findings
        .promises
        .iter()
        .filter_map(|p| p.due)
        .filter(|due| *due <= now)
        .collect();
    PileUp {
        attempts: cumulative(by_direction(Direction::Outgoing), now),
        answers: cumulative(by_direction(Direction::Incoming), now),
        promises_due: cumulative(due, now),
    }
}

/// Statements grouped by topic as the analysis groups them (one folding for every view),
/// contradicted topics first; statements dated after the analysis's `as_of` join the group of
/// the same topic as written, or one of their own. Values are formatted once here.
pub fn topic_groups(data: &CaseData, findings: &Findings, language: Language) -> Vec<TopicGroup> {
    let zone = data.case.time_zone;
    let index: HashMap<&EntryId, usize> = data
        .statements
        .iter()
        .enumerate()
        .map(|(i, s)| (&s.id, i))
        .collect();
    let mut grouped = vec![false; data.statements.len()];
    let mut groups: Vec<TopicGroup> = findings
        .topics
        .iter()
        .map(|t| {
            let statements: Vec<usize> = t
                .statements
                .iter()
                .filter_map(|id| index.get(id).copied())
                .collect();
            for &i in &statements {
                if let Some(flag) = grouped.get_mut(i) {
                    *flag = true;
                }
            }
            TopicGroup {
                topic: t.topic.clone(),
                contradicted: t.contradicted,
                statements,
                values: Vec::new(),
            }
        })
        .collect();
    let mut later: Vec<usize> = (0..data.statements.len())
        .filter(|i| !grouped.get(*i).copied().unwrap_or(true))
        .collect();
    later.sort_by_key(|&i| data.statements.get(i).map(|s| s.at));
    for i in later {
        let Some(statement) = data.statements.get(i) else {
            continue;
        };
        let topic = statement.topic.trim();
        match groups.iter_mut().find(|g| g.topic == topic) {
            Some(group) => group.statements.push(i),
            None => groups.push(TopicGroup {
                topic: topic.to_owned(),
                contradicted: false,
                statements: vec![i],
                values: Vec::new(),
            }),
        }
    }
    for group in &mut groups {
        group.values = group
            .statements
            .iter()
            .filter_map(|&i| data.statements.get(i))
            .map(|s| {
                let meaning = analysis::statement_value(data, s);
                format::value(language, zone, &meaning, &s.value)
            })
            .collect();
    }
    // Stable: contradicted topics first, each part in order of first statement.
    groups.sort_by_key(|g| !g.contradicted);
    groups
}

/// Whether a promise is late (overdue or broken) in the findings.
pub fn promise_state(findings: &Findings, id: &EntryId) -> Option<PromiseState> {
    findings
        .promises
        .iter()
        .find(|p| &p.promise == id)
        .map(|p| p.status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CaseDetails, Channel, Contact, Instant, Outcome, Statement, TimeZone};

    fn contact(id: &str, at: &str, direction: Direction) -> Contact {
        Contact {
            id: EntryId::new(id),
            at: Instant::parse(at).unwrap(),
            channel: Channel::Phone,
            direction,
            counterpart: None,
            reference: None,
            summary: String::new(),
            outcome: Outcome::NoAnswer,
            wait_minutes: None,
            duration_minutes: None,
            reply_expected_within_days: None,
            in_reply_to: None,
            party: crate::domain::ContactParty::Merchant,
            purpose: None,
            deadline: None,
            received_at: None,
            not_collected_on: None,
        }
    }

    fn statement(id: &str, at: &str, topic: &str) -> Statement {
        Statement {
            id: EntryId::new(id),
            at: Instant::parse(at).unwrap(),
            source: None,
            topic: topic.to_owned(),
            value: id.to_owned(),
            text: None,
        }
    }

    fn case() -> CaseData {
        CaseData::new(CaseDetails::new("t", Language::En, TimeZone::default()))
    }

    #[test]
    fn severity_turns_amber_then_red() {
        assert_eq!(Severity::of(0, 1, 3), Severity::Calm);
        assert_eq!(Severity::of(1, 1, 3), Severity::Amber);
        assert_eq!(Severity::of(2, 1, 3), Severity::Amber);
        assert_eq!(Severity::of(3, 1, 3), Severity::Red);
    }

    #[test]
    fn pile_up_counts_attempts_and_answers_cumulatively() {
        let mut data = case();
        data.contacts
            .push(contact("c2", "2026-08-03T10:00:00Z", Direction::Outgoing));
        data.contacts
            .push(contact("c1", "2026-08-01T10:00:00Z", Direction::Outgoing));
        data.contacts
            .push(contact("c3", "2026-08-04T10:00:00Z", Direction::Incoming));
        let now = Instant::parse("2026-08-10T00:00:00Z").unwrap().utc();
        let findings = analysis::analyze(&data, now);
        let chart = pile_up(&data, &findings, now);
        let last = |s: &[[f64; 2]]| s.last().map(|p| p[1]);
        assert_eq!(last(&chart.attempts), Some(2.0));
        assert_eq!(last(&chart.answers), Some(1.0));
        assert_eq!(chart.attempts.len(), 5, "two steps and the tail to now");
        assert!(
            chart.attempts.windows(2).all(|w| w[0][0] <= w[1][0]),
            "x sorted"
        );
    }

    #[test]
    fn long_series_are_thinned_keeping_both_ends() {
        let points: Vec<[f64; 2]> = (0..10_000).map(|i| [f64::from(i), f64::from(i)]).collect();
        let thinned = thin(points, 600);
        assert!(thinned.len() <= 602, "{}", thinned.len());
        assert_eq!(thinned.first(), Some(&[0.0, 0.0]));
        assert_eq!(thinned.last(), Some(&[9999.0, 9999.0]));
        assert!(
            thinned.windows(2).all(|w| w[0][0] < w[1][0]),
            "x increasing"
        );
        let short = vec![[0.0, 0.0], [1.0, 1.0]];
        assert_eq!(thin(short.clone(), 600), short);
    }

    #[test]
    fn statements_group_by_topic_ignoring_case() {
        let mut data = case();
        data.statements
            .push(statement("s1", "2026-08-01T10:00:00Z", "Pickup date"));
        data.statements
            .push(statement("s2", "2026-08-02T10:00:00Z", "price"));
        data.statements
            .push(statement("s3", "2026-08-03T10:00:00Z", "pickup date "));
        let findings = analysis::analyze(&data, Utc::now());
        let groups = topic_groups(&data, &findings, Language::En);
        assert_eq!(groups.len(), 2);
        let pickup = groups.iter().find(|g| g.topic == "Pickup date").unwrap();
        assert_eq!(pickup.statements, vec![0, 2]);
    }
}

//! Contradictions: topics on which the merchant stated different values, and broken or overdue
//! promises restated with another due date.
//!
//! Topics are compared folded (case, accents, whitespace); values by what they mean (see
//! [`super::values`]): two spellings of the same date are the same value.

use super::calendar::LocalDates;
use super::values::{Value, ValueContext, fold, is_date_word};
use super::view::CaseView;
use super::{
    Contradiction, ContradictionKind, ContradictionValue, PromiseFinding, PromiseState, Topic,
    TopicGroup,
};
use crate::domain::{Currency, Jurisdiction, PromiseKind};
use chrono::{DateTime, Datelike as _, Utc};
use rustc_hash::FxHashMap as HashMap;

/// Which statements and promises of the view (by their index in it) are part of a
/// contradiction, for the timeline's marks.
#[derive(Debug, Default)]
pub(crate) struct Contradicted {
    /// Per statement of the view.
    pub statements: Vec<bool>,
    /// Per promise of the view.
    pub promises: Vec<bool>,
}

/// Every contradiction, statements first (in the order their topics were first stated), then
/// restated promises (in the order the first of them was made).
/// Also returns every statement topic grouped with the same folding, for every view.
#[cfg(test)]
pub(crate) fn contradictions(
    view: &CaseView<'_>,
    promises: &[PromiseFinding],
) -> (Vec<Contradiction>, Vec<TopicGroup>) {
    let undertakings = undertakings(view, promises);
    let (found, topics, _) = contradictions_marked(view, promises, &undertakings);
    (found, topics)
}

/// Every contradiction (statements first, then restated promises) and every statement topic,
/// given each promise's undertaking (see [`undertakings`]), and which entries are part of one.
pub(crate) fn contradictions_marked(
    view: &CaseView<'_>,
    promises: &[PromiseFinding],
    undertakings: &[Option<usize>],
) -> (Vec<Contradiction>, Vec<TopicGroup>, Contradicted) {
    let (mut found, topics, statements) = statement_contradictions(view);
    let mut marked = Contradicted {
        statements,
        promises: vec![false; view.promises.len()],
    };
    found.extend(restated_promises(
        view,
        promises,
        undertakings,
        &mut marked.promises,
    ));
    (found, topics, marked)
}

/// What a statement's value means in this case (a date, an instant, an amount, a phone number or
/// text), read as the contradiction rule reads it; the presentation layer formats it.
pub fn statement_value(
    case: &crate::domain::CaseData,
    statement: &crate::domain::Statement,
) -> Value {
    let details = &case.case;
    let mut context = context_of(details, details.time_zone, 0);
    context.default_year = statement
        .at
        .utc()
        .with_timezone(&details.time_zone.0)
        .year();
    Value::parse(&statement.value, &context)
}

fn value_context(view: &CaseView<'_>) -> ValueContext {
    let year = view.as_of.with_timezone(&view.zone.0).year();
    context_of(&view.case.case, view.zone, year)
}

fn context_of(
    details: &crate::domain::CaseDetails,
    zone: crate::domain::TimeZone,
    default_year: i32,
) -> ValueContext {
    let price_dollar = details
        .price
        .map(|p| p.currency)
        .filter(|c| matches!(c.code(), "CAD" | "USD" | "AUD" | "NZD"));
    let dollar = price_dollar.or_else(|| match details.jurisdiction {
        Jurisdiction::Ca | Jurisdiction::CaQc | Jurisdiction::CaOn => Currency::parse("CAD"),
        _ => Currency::parse("USD"),
    });
    ValueContext {
        language: details.language,
        jurisdiction: details.jurisdiction,
        zone,
        default_year,
        dollar,
    }
}

/// Statements on one topic.
struct Group {
    topic: String,
    /// How many statements it has.
    count: usize,
    /// Its distinct values, in the order first stated.
    values: Vec<ContradictionValue>,
    /// How many statements carry each value (same order).
    counts: Vec<usize>,
    /// Meanings already placed (index in the meanings table → index in `values`): a value's
    /// place never changes once found, as values are only added after it.
    placed: Vec<(usize, usize)>,
}

/// Where a value goes among `values`: the first that means the same, else a new one written as
/// `written` says.
fn value_slot(
    values: &mut Vec<ContradictionValue>,
    meaning: &Value,
    written: impl FnOnce() -> String,
    zone: crate::domain::TimeZone,
) -> usize {
    if let Some(index) = values.iter().position(|v| v.meaning.same_as(meaning, zone)) {
        return index;
    }
    values.push(ContradictionValue {
        value: written(),
        meaning: meaning.clone(),
        statements: Vec::new(),
        stated_at: Vec::new(),
        sources: Vec::new(),
    });
    values.len() - 1
}

/// Adds a statement (or promise) carrying a value.
fn carry(entry: &mut ContradictionValue, carrier: &crate::domain::Statement, at: DateTime<Utc>) {
    entry.statements.push(carrier.id.clone());
    entry.stated_at.push(at);
    entry.sources.push(carrier.source.clone());
}

/// Statements grouped by folded topic, their values compared by meaning; also whether each
/// statement of the view is part of a contradiction.
fn statement_contradictions(
    view: &CaseView<'_>,
) -> (Vec<Contradiction>, Vec<TopicGroup>, Vec<bool>) {
    let mut context = value_context(view);
    let dates = LocalDates::new(view.zone);
    let mut index: HashMap<String, usize> = HashMap::default();
    // Topics and values repeat: fold and parse each spelling once.
    let mut topics_as_written: HashMap<&str, usize> = HashMap::default();
    let mut meaning_of: HashMap<(&str, i32), usize> = HashMap::default();
    let mut meanings: Vec<Value> = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    // First pass: each statement's group and value; the lists are filled, sized, below.
    let mut places: Vec<Option<(usize, usize)>> = Vec::with_capacity(view.statements.len());
    for dated in &view.statements {
        let statement = dated.item;
        let slot = *topics_as_written
            .entry(statement.topic.as_str())
            .or_insert_with(|| {
                *index.entry(fold(&statement.topic)).or_insert_with(|| {
                    groups.push(Group {
                        topic: statement.topic.trim().to_owned(),
                        count: 0,
                        values: Vec::new(),
                        counts: Vec::new(),
                        placed: Vec::new(),
                    });
                    groups.len() - 1
                })
            });
        let Some(group) = groups.get_mut(slot) else {
            places.push(None);
            continue;
        };
        group.count += 1;
        let year = dates.date(dated.at).year();
        let meaning = *meaning_of
            .entry((statement.value.as_str(), year))
            .or_insert_with(|| {
                context.default_year = year;
                meanings.push(Value::parse(&statement.value, &context));
                meanings.len() - 1
            });
        let known = group.placed.iter().find(|(m, _)| *m == meaning);
        let position = match (known, meanings.get(meaning)) {
            (Some(&(_, position)), _) => position,
            (None, Some(value)) => {
                let position = value_slot(
                    &mut group.values,
                    value,
                    || statement.value.trim().to_owned(),
                    view.zone,
                );
                group.placed.push((meaning, position));
                position
            }
            (None, None) => {
                places.push(None);
                continue;
            }
        };
        if group.counts.len() <= position {
            group.counts.resize(position + 1, 0);
        }
        if let Some(count) = group.counts.get_mut(position) {
            *count += 1;
        }
        places.push(Some((slot, position)));
    }
    let mut statements: Vec<Vec<crate::domain::EntryId>> = groups
        .iter_mut()
        .map(|g| {
            for (value, count) in g.values.iter_mut().zip(&g.counts) {
                value.statements.reserve_exact(*count);
                value.stated_at.reserve_exact(*count);
                value.sources.reserve_exact(*count);
            }
            Vec::with_capacity(g.count)
        })
        .collect();
    let mut marks = Vec::with_capacity(view.statements.len());
    // Second pass: every statement in its lists, in time order.
    for (dated, place) in view.statements.iter().zip(&places) {
        let Some((slot, position)) = *place else {
            marks.push(false);
            continue;
        };
        let (Some(group), Some(list)) = (groups.get_mut(slot), statements.get_mut(slot)) else {
            marks.push(false);
            continue;
        };
        list.push(dated.item.id.clone());
        if let Some(entry) = group.values.get_mut(position) {
            carry(entry, dated.item, dated.at);
        }
        marks.push(group.values.len() >= 2);
    }
    let mut found = Vec::new();
    let mut topics = Vec::with_capacity(groups.len());
    for (g, statements) in groups.into_iter().zip(statements) {
        let contradicted = g.values.len() >= 2;
        topics.push(TopicGroup {
            topic: g.topic.clone(),
            contradicted,
            statements,
        });
        if contradicted {
            found.push(Contradiction {
                topic: Topic::Stated(g.topic),
                kind: ContradictionKind::Statements,
                values: g.values,
            });
        }
    }
    (found, topics, marks)
}

/// What identifies a promise across restatements.
///
/// A case is about one order, so every delivery, pickup, refund, replacement, repair or credit
/// promise is the same undertaking restated, however it is worded ("refund within 14 days",
/// then "full refund to your Visa by the 29th"). Replies, callbacks and other promises can be
/// many separate undertakings: those are the same promise only when their text, without what
/// dates it, is the same ("delivery on 22 August" / "delivery on 29 August").
pub(crate) fn promise_skeleton(kind: PromiseKind, text: &str) -> (PromiseKind, String) {
    if matches!(
        kind,
        PromiseKind::Delivery
            | PromiseKind::Pickup
            | PromiseKind::Refund
            | PromiseKind::Replacement
            | PromiseKind::Repair
            | PromiseKind::Credit
    ) {
        return (kind, String::new());
    }
    let folded = fold(text);
    let mut skeleton = String::with_capacity(folded.len());
    for word in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().any(|c| c.is_ascii_digit()) && !is_date_word(w))
    {
        if !skeleton.is_empty() {
            skeleton.push(' ');
        }
        skeleton.push_str(word);
    }
    (kind, skeleton)
}

/// Each promise of the view with a due date, numbered by its undertaking (same
/// [`promise_skeleton`]) in the order each undertaking first appears; `None` without a due date.
pub(crate) fn undertakings(view: &CaseView<'_>, findings: &[PromiseFinding]) -> Vec<Option<usize>> {
    let mut index: HashMap<(PromiseKind, String), usize> = HashMap::default();
    view.promises
        .iter()
        .zip(findings)
        .map(|(dated, finding)| {
            finding.due?;
            let key = promise_skeleton(dated.item.kind, &dated.item.text);
            let next = index.len();
            Some(*index.entry(key).or_insert(next))
        })
        .collect()
}

/// A due date as the case file writes it ([`crate::domain::DateOrInstant::to_text`]); a plain
/// date without going through chrono's formatter, which is slow.
fn due_text(due: crate::domain::DateOrInstant) -> String {
    let crate::domain::DateOrInstant::Date(date) = due else {
        return due.to_text();
    };
    let Some(year) = u32::try_from(date.year()).ok().filter(|y| *y <= 9999) else {
        return due.to_text();
    };
    let mut text = String::with_capacity(10);
    let digit = |n: u32| char::from_digit(n % 10, 10).unwrap_or('0');
    for n in [year / 1000, year / 100, year / 10, year] {
        text.push(digit(n));
    }
    text.push('-');
    text.push(digit(date.month() / 10));
    text.push(digit(date.month()));
    text.push('-');
    text.push(digit(date.day() / 10));
    text.push(digit(date.day()));
    text
}

fn restated_promises(
    view: &CaseView<'_>,
    findings: &[PromiseFinding],
    undertakings: &[Option<usize>],
    marks: &mut [bool],
) -> Vec<Contradiction> {
    // Promises with a due date, grouped by what they promise, in the order they were made.
    let count = undertakings
        .iter()
        .flatten()
        .max()
        .map_or(0, |last| last + 1);
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (i, undertaking) in undertakings.iter().enumerate() {
        if let Some(group) = undertaking.and_then(|u| groups.get_mut(u)) {
            group.push(i);
        }
    }

    let mut found = Vec::new();
    for group in groups {
        let restated_from = group.iter().position(|&i| {
            let Some(first) = findings.get(i) else {
                return false;
            };
            matches!(first.status, PromiseState::Broken | PromiseState::Overdue)
                && group.iter().any(|&j| {
                    findings.get(j).is_some_and(|later| {
                        later.made_at > first.made_at && later.due != first.due
                    })
                })
        });
        let Some(start) = restated_from else {
            continue;
        };
        let mut values: Vec<ContradictionValue> = Vec::new();
        let mut carried = Vec::new();
        let mut topic = None;
        for &i in group.get(start..).unwrap_or_default() {
            let (Some(dated), Some(finding)) = (view.promises.get(i), findings.get(i)) else {
                continue;
            };
            let Some(due) = dated.item.due else {
                continue;
            };
            if topic.is_none() {
                topic = Some(Topic::PromisedDate(dated.item.kind));
            }
            // A due date given as a date means that day (printed as the date, never as the
            // next midnight); an instant means that instant.
            let meaning = match due {
                crate::domain::DateOrInstant::Date(day) => Value::Date(day),
                crate::domain::DateOrInstant::Instant(_) => {
                    Value::Instant(finding.due.unwrap_or(dated.at))
                }
            };
            let slot = value_slot(&mut values, &meaning, || due_text(due), view.zone);
            if let Some(entry) = values.get_mut(slot) {
                entry.statements.push(dated.item.id.clone());
                entry.stated_at.push(dated.at);
                entry.sources.push(dated.item.source.clone());
            }
            carried.push(i);
        }
        if let (true, Some(topic)) = (values.len() >= 2, topic) {
            for i in carried {
                if let Some(mark) = marks.get_mut(i) {
                    *mark = true;
                }
            }
            found.push(Contradiction {
                topic,
                kind: ContradictionKind::RestatedPromise,
                values,
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::promises::promises;
    use crate::analysis::testing::*;
    use crate::domain::{CaseData, DateOrInstant, EntryId, PromiseStatus};

    fn run(case: &CaseData, as_of: &str) -> Vec<Contradiction> {
        let view = CaseView::new(case, at(as_of));
        let (found, _) = promises(&view);
        contradictions(&view, &found).0
    }

    fn ids(value: &ContradictionValue) -> Vec<&str> {
        value.statements.iter().map(EntryId::as_str).collect()
    }

    #[test]
    fn due_dates_read_as_the_case_file_writes_them() {
        for text in [
            "2026-08-22",
            "0005-01-09",
            "0999-12-31",
            "9999-12-31",
            "2024-02-29",
            "2026-08-22T10:00:00+02:00",
        ] {
            let due = DateOrInstant::parse(text).unwrap();
            assert_eq!(due_text(due), due.to_text(), "{text}");
        }
        for (y, m, d) in [(10_000, 1, 1), (-1, 6, 5), (0, 1, 1)] {
            let due = DateOrInstant::Date(chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap());
            assert_eq!(due_text(due), due.to_text(), "{y}");
        }
    }

    #[test]
    fn two_spellings_of_the_same_date_are_not_a_contradiction() {
        let mut case = case_fr();
        case.statements = vec![
            statement(
                "s1",
                "2019-12-02T10:00:00+01:00",
                "Date de retrait",
                "2019-12-11",
            ),
            statement(
                "s2",
                "2019-12-05T10:00:00+01:00",
                "date de  RETRAIT",
                "11/12/2019",
            ),
            statement(
                "s3",
                "2019-12-06T10:00:00+01:00",
                "Date de retrait",
                "mercredi 11 décembre",
            ),
        ];
        assert!(run(&case, "2019-12-20T10:00:00+01:00").is_empty());

        let mut english = case_en();
        english.statements = vec![
            statement(
                "s1",
                "2019-12-02T10:00:00-05:00",
                "pickup date",
                "2019-12-11",
            ),
            statement(
                "s2",
                "2019-12-05T10:00:00-05:00",
                "Pickup date",
                "Dec 11, 2019",
            ),
        ];
        assert!(run(&english, "2019-12-20T10:00:00-05:00").is_empty());
    }

    #[test]
    fn different_values_on_one_topic_are_a_contradiction() {
        let mut case = case_fr();
        let mut s3 = statement(
            "s3",
            "2026-08-24T11:00:00+02:00",
            "Commande reçue",
            "Aucune trace",
        );
        s3.source = Some(EntryId::new("c4"));
        case.statements = vec![
            s3,
            statement("s1", "2026-08-15T11:00:00+02:00", "commande recue", "Oui"),
            statement("s2", "2026-08-20T11:00:00+02:00", "COMMANDE REÇUE", "oui."),
            statement(
                "s4",
                "2026-08-20T11:00:00+02:00",
                "prix de l'appel",
                "0,35 €/min",
            ),
            statement(
                "s5",
                "2026-08-21T11:00:00+02:00",
                "Prix de l’appel",
                "0.35 EUR/min",
            ),
        ];
        let found = run(&case, "2026-08-25T10:00:00+02:00");
        let [contradiction] = found.as_slice() else {
            panic!("{found:#?}")
        };
        assert_eq!(contradiction.topic, Topic::Stated("commande recue".into()));
        assert_eq!(contradiction.kind, ContradictionKind::Statements);
        let [first, second] = contradiction.values.as_slice() else {
            panic!("{contradiction:#?}")
        };
        assert_eq!(first.value, "Oui");
        assert_eq!(ids(first), ["s1", "s2"]);
        assert_eq!(second.value, "Aucune trace");
        assert_eq!(ids(second), ["s3"]);
        assert_eq!(second.sources, [Some(EntryId::new("c4"))]);
        assert_eq!(second.stated_at, [at("2026-08-24T11:00:00+02:00")]);
    }

    #[test]
    fn different_dates_amounts_and_phones_contradict() {
        let mut case = case_fr();
        case.statements = vec![
            statement("s1", "2019-12-02T10:00:00+01:00", "retrait", "11/12/2019"),
            statement("s2", "2019-12-05T10:00:00+01:00", "retrait", "12/12/2019"),
            statement("s3", "2019-12-02T10:00:00+01:00", "prix", "899 €"),
            statement("s4", "2019-12-05T10:00:00+01:00", "prix", "999 €"),
            statement(
                "s5",
                "2019-12-02T10:00:00+01:00",
                "numéro",
                "01 23 45 67 89",
            ),
            statement(
                "s6",
                "2019-12-05T10:00:00+01:00",
                "numero",
                "01 23 45 67 88",
            ),
        ];
        let found = run(&case, "2019-12-20T10:00:00+01:00");
        let topics: Vec<Topic> = found.iter().map(|c| c.topic.clone()).collect();
        let stated = |t: &str| Topic::Stated(t.into());
        assert_eq!(
            topics,
            [stated("retrait"), stated("prix"), stated("numéro")]
        );
    }

    #[test]
    fn a_missed_promise_restated_with_another_date_is_a_contradiction() {
        let mut case = case_en();
        let mut p1 = promise(
            "p1",
            "2026-08-15",
            PromiseKind::Delivery,
            Some("2026-08-22"),
        );
        p1.text = "Your bed will be delivered on August 22.".into();
        let mut p2 = promise(
            "p2",
            "2026-08-24",
            PromiseKind::Delivery,
            Some("2026-08-29"),
        );
        p2.text = "Your bed will be delivered on Saturday, Aug 29".into();
        p2.source = Some(EntryId::new("c7"));
        let mut other = promise("p3", "2026-08-24", PromiseKind::Refund, Some("2026-09-30"));
        other.text = "Your bed will be delivered on Sep 30".into();
        case.promises = vec![p1, p2, other];
        let found = run(&case, "2026-08-25T10:00:00-04:00");
        let [restated] = found.as_slice() else {
            panic!("{found:#?}")
        };
        assert_eq!(restated.kind, ContradictionKind::RestatedPromise);
        assert_eq!(restated.topic, Topic::PromisedDate(PromiseKind::Delivery));
        let values: Vec<&str> = restated.values.iter().map(|v| v.value.as_str()).collect();
        assert_eq!(values, ["2026-08-22", "2026-08-29"]);
        assert_eq!(restated.values[1].sources, [Some(EntryId::new("c7"))]);

        // Postponed before it fell due: not (yet) a contradiction.
        case.promises[1].made_at =
            DateOrInstant::Date(chrono::NaiveDate::from_ymd_opt(2026, 8, 20).unwrap());
        assert!(run(&case, "2026-08-21T10:00:00-04:00").is_empty());
        assert_eq!(run(&case, "2026-08-25T10:00:00-04:00").len(), 1);
        // The user recorded the first as kept: no contradiction.
        case.promises[0].status = PromiseStatus::Kept;
        case.promises[0].settled_at = DateOrInstant::parse("2026-08-22");
        assert!(run(&case, "2026-08-25T10:00:00-04:00").is_empty());
    }
}

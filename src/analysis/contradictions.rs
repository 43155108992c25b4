//! Contradictions: topics on which the merchant stated different values, and broken or overdue
//! promises restated with another due date.
//!
//! Topics are compared folded (case, accents, whitespace); values by what they mean (see
//! [`super::values`]): two spellings of the same date are the same value.

use super::values::{Value, ValueContext, fold, is_date_word};
use super::view::CaseView;
use super::{
    Contradiction, ContradictionKind, ContradictionValue, PromiseFinding, PromiseState, Topic,
    TopicGroup,
};
use crate::domain::{Currency, Jurisdiction, PromiseKind};
use chrono::{DateTime, Datelike as _, Utc};
use rustc_hash::FxHashMap as HashMap;

/// Every contradiction, statements first (in the order their topics were first stated), then
/// restated promises (in the order the first of them was made).
/// Also returns every statement topic grouped with the same folding, for every view.
pub(crate) fn contradictions(
    view: &CaseView<'_>,
    promises: &[PromiseFinding],
) -> (Vec<Contradiction>, Vec<TopicGroup>) {
    let (mut found, topics) = statement_contradictions(view);
    found.extend(restated_promises(view, promises));
    (found, topics)
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

struct Group {
    topic: String,
    statements: Vec<crate::domain::EntryId>,
    values: Vec<(Value, ContradictionValue)>,
}

fn push_value(
    values: &mut Vec<(Value, ContradictionValue)>,
    meaning: Value,
    written: &str,
    carrier: (
        crate::domain::EntryId,
        DateTime<Utc>,
        Option<crate::domain::EntryId>,
    ),
    zone: crate::domain::TimeZone,
) {
    let (id, at, source) = carrier;
    let index = values.iter().position(|(v, _)| v.same_as(&meaning, zone));
    let entry = match index.and_then(|i| values.get_mut(i)) {
        Some((_, entry)) => entry,
        None => {
            values.push((
                meaning.clone(),
                ContradictionValue {
                    value: written.to_owned(),
                    meaning,
                    statements: Vec::new(),
                    stated_at: Vec::new(),
                    sources: Vec::new(),
                },
            ));
            let Some((_, entry)) = values.last_mut() else {
                return;
            };
            entry
        }
    };
    entry.statements.push(id);
    entry.stated_at.push(at);
    entry.sources.push(source);
}

fn statement_contradictions(view: &CaseView<'_>) -> (Vec<Contradiction>, Vec<TopicGroup>) {
    let mut context = value_context(view);
    let mut index: HashMap<String, usize> = HashMap::default();
    // Topics and values repeat: fold and parse each spelling once.
    let mut topics_as_written: HashMap<&str, usize> = HashMap::default();
    let mut meanings: HashMap<(&str, i32), Value> = HashMap::default();
    let mut groups: Vec<Group> = Vec::new();
    for dated in &view.statements {
        let statement = dated.item;
        let slot = *topics_as_written
            .entry(statement.topic.as_str())
            .or_insert_with(|| {
                *index.entry(fold(&statement.topic)).or_insert_with(|| {
                    groups.push(Group {
                        topic: statement.topic.trim().to_owned(),
                        statements: Vec::new(),
                        values: Vec::new(),
                    });
                    groups.len() - 1
                })
            });
        let Some(group) = groups.get_mut(slot) else {
            continue;
        };
        group.statements.push(statement.id.clone());
        let year = dated.at.with_timezone(&view.zone.0).year();
        let meaning = meanings
            .entry((statement.value.as_str(), year))
            .or_insert_with(|| {
                context.default_year = year;
                Value::parse(&statement.value, &context)
            })
            .clone();
        push_value(
            &mut group.values,
            meaning,
            statement.value.trim(),
            (statement.id.clone(), dated.at, statement.source.clone()),
            view.zone,
        );
    }
    let mut found = Vec::new();
    let mut topics = Vec::with_capacity(groups.len());
    for g in groups {
        let contradicted = g.values.len() >= 2;
        topics.push(TopicGroup {
            topic: g.topic.clone(),
            contradicted,
            statements: g.statements,
        });
        if contradicted {
            found.push(Contradiction {
                topic: Topic::Stated(g.topic),
                kind: ContradictionKind::Statements,
                values: g.values.into_iter().map(|(_, v)| v).collect(),
            });
        }
    }
    (found, topics)
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
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().any(|c| c.is_ascii_digit()) && !is_date_word(w))
        .collect();
    (kind, words.join(" "))
}

fn restated_promises(view: &CaseView<'_>, findings: &[PromiseFinding]) -> Vec<Contradiction> {
    // Promises with a due date, grouped by what they promise, in the order they were made.
    let mut index: HashMap<(PromiseKind, String), usize> = HashMap::default();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, (dated, finding)) in view.promises.iter().zip(findings).enumerate() {
        if finding.due.is_none() {
            continue;
        }
        let key = promise_skeleton(dated.item.kind, &dated.item.text);
        let slot = *index.entry(key).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        if let Some(group) = groups.get_mut(slot) {
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
        let mut values = Vec::new();
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
            push_value(
                &mut values,
                meaning,
                &due.to_text(),
                (dated.item.id.clone(), dated.at, dated.item.source.clone()),
                view.zone,
            );
        }
        if let (true, Some(topic)) = (values.len() >= 2, topic) {
            found.push(Contradiction {
                topic,
                kind: ContradictionKind::RestatedPromise,
                values: values.into_iter().map(|(_, v)| v).collect(),
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

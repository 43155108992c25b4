//! Cross-rule tests of the whole analysis: properties over arbitrary cases, and the JSON keys of
//! `papertrail report --json`.

use super::analyze;
use super::testing::*;
use crate::domain::{
    CaseData, Channel, Contact, DateOrInstant, Direction, EntryId, Instant, Language, Outcome,
    Promise, PromiseKind, PromiseStatus, Statement, TimeZone,
};
use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta, Utc};
use proptest::prelude::*;

const BASE: i64 = 1_786_000_000; // 2026-08-06, in seconds since the epoch.

fn instant(seconds: i64, offset_hours: i32) -> Instant {
    let offset = FixedOffset::east_opt(offset_hours * 3600).unwrap();
    Instant(
        DateTime::from_timestamp(BASE + seconds, 0)
            .unwrap()
            .with_timezone(&offset),
    )
}

fn id_strategy(prefix: &'static str) -> impl Strategy<Value = EntryId> {
    (0u8..12).prop_map(move |n| EntryId::new(format!("{prefix}{n}")))
}

fn when() -> impl Strategy<Value = Instant> {
    (-5_000_000i64..5_000_000, -11i32..=12).prop_map(|(s, o)| instant(s, o))
}

fn date_or_instant() -> impl Strategy<Value = DateOrInstant> {
    prop_oneof![
        when().prop_map(DateOrInstant::Instant),
        (-60i64..60).prop_map(|d| DateOrInstant::Date(
            NaiveDate::from_ymd_opt(2026, 8, 6).unwrap() + TimeDelta::days(d)
        )),
    ]
}

fn contact() -> impl Strategy<Value = Contact> {
    (
        id_strategy("c"),
        when(),
        prop::sample::select(Channel::ALL),
        prop::sample::select(Direction::ALL),
        prop::sample::select(Outcome::ALL),
        (
            prop::option::of(any::<u32>()),
            prop::option::of(any::<u32>()),
        ),
        prop::option::of(prop_oneof![0u32..30, any::<u32>()]),
        prop::option::of(id_strategy("c")),
        prop::option::of("[a-zA-Zéè ]{0,8}"),
    )
        .prop_map(
            |(id, at, channel, direction, outcome, (wait, duration), within, reply_to, who)| {
                Contact {
                    id,
                    at,
                    channel,
                    direction,
                    counterpart: who,
                    reference: None,
                    summary: String::new(),
                    outcome,
                    wait_minutes: wait,
                    duration_minutes: duration,
                    reply_expected_within_days: within,
                    in_reply_to: reply_to,
                    party: crate::domain::ContactParty::Merchant,
                    purpose: None,
                    deadline: None,
                    received_at: None,
                    not_collected_on: None,
                }
            },
        )
}

fn value_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,20}",
        "[0-9 /.,:+-]{0,16}",
        "[0-9]{1,2} (déc|dec|December|mars|mai|aout)\\.? [0-9]{0,4}( à [0-9]{1,2} ?h ?[0-9]{0,2})?",
        "[$€]?[0-9 ,.]{1,9} ?(€|EUR|\\$|CA\\$|dollars)?(/min)?",
    ]
}

fn statement_strategy() -> impl Strategy<Value = Statement> {
    (
        id_strategy("s"),
        when(),
        prop::option::of(id_strategy("c")),
        "(Date|date|DÂTE|prix) ?",
        value_text(),
    )
        .prop_map(|(id, at, source, topic, value)| Statement {
            id,
            at,
            source,
            topic,
            value,
            text: None,
        })
}

fn promise_strategy() -> impl Strategy<Value = Promise> {
    (
        id_strategy("p"),
        date_or_instant(),
        prop::option::of(id_strategy("c")),
        prop::sample::select(PromiseKind::ALL),
        value_text(),
        prop::option::of(date_or_instant()),
        prop::sample::select(PromiseStatus::ALL),
        prop::option::of(date_or_instant()),
    )
        .prop_map(
            |(id, made_at, source, kind, text, due, status, settled_at)| Promise {
                id,
                made_at,
                source,
                kind,
                text,
                due,
                status,
                settled_at,
            },
        )
}

fn case_strategy() -> impl Strategy<Value = CaseData> {
    (
        prop::bool::ANY,
        prop::sample::select(vec![
            "Europe/Paris",
            "America/Montreal",
            "Pacific/Apia",
            "UTC",
        ]),
        prop::option::of(date_or_instant()),
        prop::collection::vec(contact(), 0..25),
        prop::collection::vec(promise_strategy(), 0..8),
        prop::collection::vec(statement_strategy(), 0..10),
    )
        .prop_map(
            |(french, zone, ordered_at, contacts, promises, statements)| {
                let mut case = if french { case_fr() } else { case_en() };
                case.case.time_zone = TimeZone::parse(zone).unwrap();
                case.case.ordered_at = ordered_at;
                case.contacts = contacts;
                case.promises = promises;
                case.statements = statements;
                case
            },
        )
}

fn as_of() -> impl Strategy<Value = DateTime<Utc>> {
    (-6_000_000i64..8_000_000).prop_map(|s| DateTime::from_timestamp(BASE + s, 0).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn findings_never_panic_and_stay_consistent(case in case_strategy(), as_of in as_of()) {
        let findings = analyze(&case, as_of);
        prop_assert!(serde_json::to_string(&findings).is_ok());
        let totals = findings.promise_totals;
        prop_assert_eq!(totals.made, totals.kept + totals.broken + totals.overdue + totals.pending);
        prop_assert_eq!((totals.made + totals.restated) as usize, findings.promises.len());
        let figures = findings.figures;
        prop_assert_eq!(
            figures.expecting_reply,
            figures.answered + figures.unanswered + figures.awaiting_reply
        );
        prop_assert!(figures.expecting_reply <= figures.contact_attempts);
        prop_assert_eq!(figures.real_answers + figures.auto_replies, figures.merchant_contacts);
        prop_assert!(findings.awaiting_reply.iter().all(|u| u.reply_due > findings.as_of));
        prop_assert!(findings.unanswered.iter().all(|u| u.reply_due <= findings.as_of));
        prop_assert!(findings.timeline.windows(2).all(|w| w[0].at <= w[1].at));
        prop_assert!(findings.unanswered.iter().all(|u| u.days_overdue <= u.days_waiting + 1));
        prop_assert!(findings.contradictions.iter().all(|c| c.values.len() >= 2));
        if let Some(rate) = findings.effort.answer_rate {
            prop_assert!((0.0..=1.0).contains(&rate));
        }
    }

    #[test]
    fn adding_an_incoming_answer_never_increases_the_unanswered_count(
        case in case_strategy(),
        as_of in as_of(),
        mut answer in contact(),
        named in prop::bool::ANY,
    ) {
        let before = analyze(&case, as_of).unanswered.len();
        answer.direction = Direction::Incoming;
        if !named {
            answer.in_reply_to = None;
        }
        answer.id = EntryId::new("new-answer");
        let mut with_answer = case.clone();
        with_answer.contacts.push(answer);
        let after = analyze(&with_answer, as_of).unanswered.len();
        prop_assert!(after <= before, "{} unanswered before, {} after", before, after);
    }
}

#[test]
fn the_report_json_has_the_documented_keys() {
    let mut case = case_fr();
    case.case.ordered_at = DateOrInstant::parse("2026-08-15");
    case.contacts = vec![outgoing(
        "c1",
        "2026-08-17T09:00:00+02:00",
        Channel::Email,
        Outcome::NoAnswer,
    )];
    let mut delivery = promise(
        "p1",
        "2026-08-15",
        PromiseKind::Delivery,
        Some("2026-08-20"),
    );
    delivery.status = PromiseStatus::Broken;
    case.promises = vec![delivery];
    case.statements = vec![
        statement("s1", "2026-08-18T09:00:00+02:00", "commande reçue", "oui"),
        statement("s2", "2026-08-19T09:00:00+02:00", "commande reçue", "non"),
    ];
    let findings = analyze(&case, at("2026-08-24T12:00:00+02:00"));
    let json = serde_json::to_value(&findings).unwrap();
    assert_eq!(json["as_of"], "2026-08-24T10:00:00Z");
    assert_eq!(json["days_since_order"], 9);
    assert_eq!(json["minutes_on_hold"], 0);
    assert_eq!(json["contacts"]["total"], 1);
    assert_eq!(json["contacts"]["outgoing"], 1);
    assert_eq!(json["contacts"]["incoming"], 0);
    assert_eq!(json["unanswered"][0]["contact"], "c1");
    assert_eq!(json["unanswered"][0]["days_waiting"], 7);
    assert_eq!(json["unanswered"][0]["days_overdue"], 5);
    assert_eq!(json["promises"][0]["promise"], "p1");
    assert_eq!(json["promises"][0]["status"], "broken");
    assert_eq!(json["promises"][0]["days_late"], 4);
    assert_eq!(json["contradictions"][0]["topic"]["type"], "stated");
    assert_eq!(
        json["contradictions"][0]["topic"]["value"],
        "commande reçue"
    );
    assert_eq!(json["figures"]["contact_attempts"], 1);
    assert_eq!(json["figures"]["unanswered"], 1);
    assert_eq!(json["figures"]["promises_late"], 1);
    assert_eq!(json["headline"]["since"]["from"], "order");
    assert_eq!(json["headline"]["since"]["days"], 9);
    assert_eq!(json["contradictions"][0]["values"][1]["value"], "non");
    assert_eq!(
        json["contradictions"][0]["values"][1]["statements"][0],
        "s2"
    );
    assert_eq!(json["timeline"][0]["kind"], "order");
    assert_eq!(case.case.language, Language::Fr);
}

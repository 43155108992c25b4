//! The demo cases tell stories; the analysis must find what a reader of each story sees.
//! Figures come from the stories themselves (see assets/demo/*/case.json), at 2026-11-23 noon in
//! each case's zone.

use papertrail::analysis::{Findings, PromiseState, analyze};
use papertrail::demo::import_demo_cases;
use papertrail::domain::{CaseData, EntryId, Instant, Language};
use papertrail::i18n::findings::{headline, topic};
use papertrail::store::Store;

fn demo_cases() -> Vec<CaseData> {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let ids = import_demo_cases(&mut store).unwrap();
    assert_eq!(ids.len(), 3, "three demo cases");
    ids.into_iter()
        .map(|id| store.load_case(id).unwrap())
        .collect()
}

fn findings_at(case: &CaseData, as_of: &str) -> Findings {
    analyze(case, Instant::parse(as_of).unwrap().utc())
}

fn unanswered_ids(findings: &Findings) -> Vec<&str> {
    findings
        .unanswered
        .iter()
        .map(|u| u.contact.as_str())
        .collect()
}

fn promise_state(findings: &Findings, id: &str) -> (PromiseState, Option<i64>) {
    let promise = findings
        .promises
        .iter()
        .find(|p| p.promise == EntryId::new(id))
        .unwrap_or_else(|| panic!("promise {id} not in findings"));
    (promise.status, promise.days_late)
}

fn contradiction_topics(findings: &Findings) -> Vec<String> {
    findings
        .contradictions
        .iter()
        .map(|c| topic(Language::En, &c.topic).to_lowercase())
        .collect()
}

#[test]
fn bed_never_delivered_nine_days_of_silence() {
    let cases = demo_cases();
    let bed = &cases[0];
    let findings = findings_at(bed, "2026-11-23T12:00:00-05:00");
    assert_eq!(findings.days_since_order, Some(9));
    assert_eq!(findings.contacts.total, 11);
    assert_eq!(findings.contacts.outgoing, 8);
    assert_eq!(findings.minutes_on_hold, 46);
    let unanswered = unanswered_ids(&findings);
    for id in ["c3", "c5", "c6", "c7", "c9"] {
        assert!(
            unanswered.contains(&id),
            "{id} should be unanswered: {unanswered:?}"
        );
    }
    assert!(
        !unanswered.contains(&"c10"),
        "an answered call expects no reply"
    );
    assert!(
        !unanswered.contains(&"c8"),
        "Mélanie spoke on c8: a live conversation, answered on the spot (her callback is a promise)"
    );
    assert_eq!(findings.figures.contact_attempts, 8);
    assert!(findings.figures.live_conversations >= 2, "c8 and c10");
    assert_eq!(
        promise_state(&findings, "p1"),
        (PromiseState::Overdue, Some(3))
    );
    assert_eq!(promise_state(&findings, "p4").0, PromiseState::Broken);
    assert_eq!(promise_state(&findings, "p5").0, PromiseState::Pending);
    assert_eq!(findings.promise_totals.made, 5);
    assert_eq!(findings.promise_totals.broken, 1);
    assert_eq!(findings.promise_totals.overdue, 3);
    let topics = contradiction_topics(&findings);
    assert_eq!(topics, vec!["statut de la commande"], "{topics:?}");
    let text = headline(Language::Fr, &findings.headline);
    assert!(text.starts_with("9 jours depuis la commande."), "{text}");
}

#[test]
fn laptop_pickup_contradicts_itself_three_times_but_not_on_same_day_spellings() {
    let cases = demo_cases();
    let laptop = &cases[1];
    let findings = findings_at(laptop, "2026-11-23T12:00:00+01:00");
    assert_eq!(findings.days_since_order, Some(34));
    assert_eq!(findings.effort.transfers, 1);
    let mut topics = contradiction_topics(&findings);
    topics.sort();
    // Sandrine says pickup works without the email, Karim refuses it: one topic, two values.
    // The number the recorded message redirects to is filed as its own fact (where to call for
    // tracking), not as a second answer on the service's number (issue 13).
    assert_eq!(
        topics,
        vec![
            "coût de l'appel",
            "date de retrait",
            "retrait sans l’e-mail"
        ],
        "07/11/2026 and « samedi 7 novembre 2026 » are the same day: not a contradiction"
    );
    let unanswered = unanswered_ids(&findings);
    for id in ["c5", "c9", "c10", "c11"] {
        assert!(
            unanswered.contains(&id),
            "{id} should be unanswered: {unanswered:?}"
        );
    }
    for id in ["c2", "c3", "c4", "c7", "c8"] {
        assert!(
            !unanswered.contains(&id),
            "{id} expects no reply: {unanswered:?}"
        );
    }
    assert_eq!(findings.promise_totals.broken, 2);
    assert_eq!(findings.promise_totals.overdue, 2);
}

#[test]
fn refund_never_came_auto_replies_are_not_answers() {
    let cases = demo_cases();
    let refund = &cases[2];
    let findings = findings_at(refund, "2026-11-23T12:00:00-05:00");
    assert_eq!(findings.days_since_order, Some(87));
    let unanswered = unanswered_ids(&findings);
    for id in ["c5", "c8", "c10"] {
        assert!(
            unanswered.contains(&id),
            "{id} should be unanswered: {unanswered:?}"
        );
    }
    assert!(
        !unanswered.contains(&"c13"),
        "Angela spoke on c13: a live conversation"
    );
    let awaiting: Vec<&str> = findings
        .awaiting_reply
        .iter()
        .map(|u| u.contact.as_str())
        .collect();
    assert_eq!(
        awaiting,
        ["c14"],
        "the formal notice of 18 November gave ten days: not yet unanswered"
    );
    assert!(
        findings
            .answered
            .iter()
            .any(|a| a.contact == EntryId::new("c3") && a.answered_by == EntryId::new("c4")),
        "c4 answers c3"
    );
    assert_eq!(promise_state(&findings, "p1").0, PromiseState::Broken);
    assert_eq!(promise_state(&findings, "p2").0, PromiseState::Overdue);
    // One refund promised three times: the last carries the obligation, late since the first
    // date promised (29 September), not pending until 27 November.
    assert_eq!(
        promise_state(&findings, "p3"),
        (PromiseState::Overdue, Some(55))
    );
    assert_eq!(
        findings.figures.promises_made, 2,
        "the refund and the callback"
    );
    assert_eq!(findings.figures.restatements, 2);
    assert_eq!(findings.figures.worst_days_late, Some(55));
    let topics = contradiction_topics(&findings);
    assert!(topics.contains(&"refund status".to_owned()), "{topics:?}");
    assert!(topics.contains(&"refund amount".to_owned()), "{topics:?}");
    assert!(
        !topics.contains(&"return received".to_owned()),
        "Sep 15, 2026 and September 15, 2026 are the same day: {topics:?}"
    );
    assert!(
        findings
            .contradictions
            .iter()
            .any(|c| c.kind == papertrail::analysis::ContradictionKind::RestatedPromise),
        "the refund was restated with new due dates"
    );
    let text = headline(Language::En, &findings.headline);
    assert!(text.starts_with("87 days since the order."), "{text}");
    // The report lists the restated refund as one obligation's history: the early dates carry
    // neither a status nor "1 day late" of their own.
    for language in [Language::En, Language::Fr] {
        let report = papertrail::i18n::report::render(refund, &findings, language);
        for id in ["p1", "p2"] {
            let line = report
                .lines()
                .find(|l| l.trim_start().starts_with(&format!("{id} ·")))
                .unwrap_or_default();
            assert!(!line.is_empty(), "{id} listed: {report}");
            for word in ["late", "retard", "broken", "non tenue", "overdue"] {
                assert!(!line.contains(word), "{id}: {line}");
            }
        }
        // The dossier's promises table says the same: one obligation, shown once, the later
        // dates its history, late since the first date promised.
        let options = papertrail::dossier::model::ModelOptions {
            language,
            redact: false,
            prepared_at: findings.as_of,
        };
        let dossier = papertrail::dossier::model::build(refund, &findings, &options);
        let refunds: Vec<_> = dossier
            .promises
            .iter()
            .filter(|row| row.text.contains("649.99") || row.text.contains("584.99"))
            .collect();
        assert_eq!(refunds.len(), 1, "one refund obligation: {refunds:?}");
        let row = refunds[0];
        assert_eq!(row.history.len(), 2, "restated twice: {row:?}");
        assert!(row.history[1].contains("restocking fee"), "{row:?}");
        assert!(row.due.contains("29"), "the first due date: {row:?}");
        assert!(row.days_late.starts_with("55 "), "{row:?}");
        assert!(row.flagged, "{row:?}");
        assert_eq!(dossier.promises.len(), 2, "the refund and the callback");
    }
}

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
    // One refund promised three times: the last carries the obligation, late since the first
    // date promised (29 September), not pending until 27 November; and broken, as its first
    // promise was (QA2 item 10: "p1 broken" beside "0 broken" in the totals).
    assert_eq!(promise_state(&findings, "p2").0, PromiseState::Broken);
    assert_eq!(
        promise_state(&findings, "p3"),
        (PromiseState::Broken, Some(55))
    );
    assert_eq!(
        (
            findings.promise_totals.broken,
            findings.promise_totals.overdue
        ),
        (1, 1),
        "the refund broken, the callback overdue"
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

#[test]
fn refund_never_came_the_chat_ends_a_silence_the_dead_line_does_not() {
    // QA issue 6: Marcus answered by chat on 20 Oct; on 5 Nov the line went dead after 41
    // minutes of hold music and nobody spoke.
    let cases = demo_cases();
    let refund = &cases[2];
    let findings = findings_at(refund, "2026-11-28T07:00:00-05:00");
    let silence = findings.longest_silence.as_ref().expect("a silence");
    let zone = refund.case.time_zone;
    let day = |at: chrono::DateTime<chrono::Utc>| at.with_timezone(&zone.0).date_naive();
    assert_ne!(
        day(silence.from).to_string(),
        "2026-10-14",
        "the chat of 20 Oct answered: {silence:?}"
    );
    // No stretch of waiting in the story runs through the chat of 20 Oct or ends on 5 Nov.
    assert_ne!(day(silence.to).to_string(), "2026-11-05", "{silence:?}");
    // The formal notice of 18 Nov is the longest wait, still going on: ten days.
    assert_eq!(day(silence.from).to_string(), "2026-11-18", "{silence:?}");
    assert!(silence.ongoing);
    assert_eq!(silence.days, 10);
    // The chats where an agent answered are live conversations; the dead line is not.
    assert!(papertrail::analysis::is_live_conversation(
        refund.contact(&EntryId::new("c9")).unwrap()
    ));
    assert!(!papertrail::analysis::is_live_conversation(
        refund.contact(&EntryId::new("c12")).unwrap()
    ));
}

#[test]
fn a_formal_notice_is_due_at_the_deadline_it_gave_in_every_view() {
    // QA issue 7: c14 gave the merchant until 30 Nov (and "10 days", the 28th); c10 until 13 Nov
    // (and "8 days", the 11th). The deadline in the letter wins.
    let cases = demo_cases();
    for (case, as_of, id, deadline) in [
        (&cases[2], "2026-11-28T07:00:00-05:00", "c14", "2026-11-30"),
        (&cases[1], "2026-11-28T13:00:00+01:00", "c10", "2026-11-13"),
    ] {
        let findings = findings_at(case, as_of);
        let zone = case.case.time_zone;
        let waiting = findings
            .unanswered
            .iter()
            .chain(&findings.awaiting_reply)
            .find(|u| u.contact == EntryId::new(id))
            .unwrap_or_else(|| panic!("{id} waiting"));
        // Due at the end of the deadline's day: midnight starting the next one.
        let last = (waiting.reply_due - chrono::Duration::seconds(1))
            .with_timezone(&zone.0)
            .date_naive();
        assert_eq!(last.to_string(), deadline, "{id}: {waiting:?}");
    }
    // c10: due end of 13 Nov, 15 days late on 28 Nov (not 17).
    let findings = findings_at(&cases[1], "2026-11-28T13:00:00+01:00");
    let c10 = findings
        .unanswered
        .iter()
        .find(|u| u.contact == EntryId::new("c10"))
        .unwrap();
    assert_eq!(c10.days_overdue, 15);
}

#[test]
fn laptop_pickup_refused_on_the_day_is_late_until_now_everywhere() {
    // QA issue 18: the pickup due 24 Oct was refused that morning and the laptop never handed
    // over: 35 days late on 28 Nov, and the longest delay is that one.
    let cases = demo_cases();
    let laptop = &cases[1];
    let findings = findings_at(laptop, "2026-11-28T13:00:00+01:00");
    assert_eq!(
        promise_state(&findings, "p2"),
        (PromiseState::Broken, Some(35))
    );
    assert_eq!(findings.figures.worst_days_late, Some(35));
    assert_eq!(findings.promise_totals.worst_days_late, Some(35));
    for language in [Language::En, Language::Fr] {
        let report = papertrail::i18n::report::render(laptop, &findings, language);
        let line = report
            .lines()
            .find(|l| l.trim_start().starts_with("p2 ·"))
            .unwrap_or_default();
        assert!(line.contains("35"), "{line}");
    }
}

/// The dossier of a demo case at 28 Nov 2026 noon UTC, as its model (claim sheet, rights
/// section), in `language`.
fn dossier_at_qa_date(
    case: &CaseData,
    language: Language,
) -> (Findings, papertrail::dossier::model::Dossier) {
    let findings = findings_at(case, "2026-11-28T12:00:00Z");
    let options = papertrail::dossier::model::ModelOptions {
        language,
        redact: false,
        prepared_at: findings.as_of,
    };
    let model = papertrail::dossier::model::build(case, &findings, &options);
    (findings, model)
}

#[test]
fn the_claim_sheet_lists_only_the_articles_that_apply() {
    // QA issue 2: the espresso machine was delivered, so cancelling for non-delivery (Part IV
    // s.26) and the Visa "not received" chargeback are closed: no basis for the claim.
    let cases = demo_cases();
    let refund = &cases[2];
    for language in [Language::En, Language::Fr] {
        let (findings, model) = dossier_at_qa_date(refund, language);
        // Delivered the day after the order: both rights never opened (QA2 item 16).
        use papertrail::analysis::clocks::ClockStatus;
        let closed: Vec<&str> = findings
            .clocks
            .iter()
            .filter(|c| matches!(c.status, ClockStatus::Closed | ClockStatus::NeverOpened))
            .map(|c| c.citation)
            .collect();
        assert!(!closed.is_empty(), "the story has closed clocks");
        let sheet = model.claim.text();
        let articles = sheet
            .lines()
            .skip_while(|l| {
                !l.starts_with(if language == Language::Fr {
                    "Articles applicables"
                } else {
                    "Articles that apply"
                })
            })
            .take_while(|l| !l.starts_with("Next") && !l.starts_with("Prochaine"))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(articles.contains("Limitations Act"), "{sheet}");
        // The machine was returned and not refunded: Visa 13.7 (CN-2) applies (QA2 item 1).
        assert!(articles.contains("dispute condition 13.7"), "{sheet}");
        for citation in closed {
            assert!(
                !articles.contains(citation),
                "{citation} closed: {articles}"
            );
        }
    }
}

#[test]
fn the_dossier_speaks_of_the_consumer_and_cites_articles_not_rule_ids() {
    // QA issues 10 and 17: third-party wording, no internal ids, one name per right, the first
    // day of a right in its tense.
    let cases = demo_cases();
    let ids = sample_rule_ids();
    for case in &cases {
        for language in [Language::En, Language::Fr] {
            let (findings, model) = dossier_at_qa_date(case, language);
            let mut text = model.claim.text();
            for step in &model.law.steps {
                text.push_str(step);
                text.push('\n');
            }
            for row in &model.law.rows {
                text.push_str(&format!("{}\n{}\n{}\n", row.title, row.status, row.dates));
            }
            text.extend(model.law.cover_next.clone());
            for clock in &findings.clocks {
                for id in [format!("({})", clock.rule), format!("[{}]", clock.rule)] {
                    assert!(!text.contains(&id), "{id} in the dossier:\n{text}");
                }
            }
            assert!(ids.iter().all(|id| !text.contains(id)), "{text}");
            let lower = text.to_lowercase();
            for second_person in ["votre carte", "votre droit", "your card", "your right"] {
                assert!(!lower.contains(second_person), "{second_person}:\n{text}");
            }
            for wrong in [
                "pas encore ouvert · ouvert le",
                "fermé · ouvert le",
                "resolve the contract",
            ] {
                assert!(!lower.contains(wrong), "{wrong}:\n{text}");
            }
            if language == Language::Fr && !findings.next_steps.is_empty() {
                assert!(text.contains("Le consommateur peut"), "{text}");
            }
        }
    }
}

/// Rule ids as the app names them, in the form a reader would see them stuck to a step.
fn sample_rule_ids() -> Vec<String> {
    [
        "(visa.13.1)",
        "[visa.13.1]",
        "(fr.l216-6)",
        "(fr.l612-2)",
        "(qc.lpc-54-9)",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect()
}

#[test]
fn the_claim_sheet_names_broken_and_overdue_as_the_figures_do() {
    // QA issue 18: page 1 said "4 promesses en retard sur 4" where the report says 2 broken and
    // 2 overdue, and showed the refused pickup without its 35 days late.
    let cases = demo_cases();
    let laptop = &cases[1];
    let (findings, model) = dossier_at_qa_date(laptop, Language::Fr);
    let sheet = model.claim.text();
    let figures = &findings.figures;
    assert_eq!((figures.promises_broken, figures.promises_overdue), (2, 2));
    assert!(
        sheet.contains("Sur 4 promesses : 2 non tenues, 2 en retard."),
        "{sheet}"
    );
    assert!(!sheet.contains("4 promesses en retard"), "{sheet}");
    assert!(sheet.contains("35 jours de retard"), "{sheet}");
    let (_, model) = dossier_at_qa_date(laptop, Language::En);
    let sheet = model.claim.text();
    assert!(
        sheet.contains("Of 4 promises: 2 broken, 2 overdue."),
        "{sheet}"
    );
    assert!(sheet.contains("35 days late"), "{sheet}");
}

#[test]
fn the_rights_read_as_the_law_gives_them_on_the_qa_date() {
    // QA2 items 1, 4 and 16, as `papertrail report N --as-of 2026-11-28T12:00:00Z` words them.
    use papertrail::i18n::law::report_section;
    let cases = demo_cases();
    let words = |case: &CaseData, language| {
        let findings = findings_at(case, "2026-11-28T12:00:00Z");
        let zone = case.case.time_zone;
        let today = findings.as_of.with_timezone(&zone.0).date_naive();
        report_section(language, &findings, today)
    };
    let refund = words(&cases[2], Language::En);
    // Returned and not refunded: Visa 13.7 is open to 26 Dec, not only 13.1 "closed".
    assert!(
        refund.contains(
            "Visa chargeback: goods returned, no refund (Visa Core Rules, dispute condition 13.7): open\n      open since 1 Oct 2026 · last day 26 Dec 2026 · 28 days left"
        ),
        "{refund}"
    );
    assert!(
        refund.contains("28 days left: Ask your card issuer for a chargeback (Visa Core Rules, dispute condition 13.7)"),
        "{refund}"
    );
    // Delivered on 29 Aug: cancelling for non-delivery and Visa 13.1 never opened.
    assert!(
        refund.contains("Part IV (s.26)): does not apply (never opened)\n"),
        "{refund}"
    );
    assert!(!refund.contains("opened 28 Sep 2026"), "{refund}");
    assert!(!refund.contains("closed"), "{refund}");
    // No legal prerequisite: the courts are not "not open yet".
    assert!(!refund.contains("not open yet"), "{refund}");
    let bed = words(&cases[0], Language::Fr);
    let small = bed
        .lines()
        .skip_while(|l| !l.contains("Division des petites créances"))
        .take(4)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(small.contains(": ouvert"), "{bed}");
    assert!(
        small.contains("Préalable conseillé : une mise en demeure")
            && small.contains("fait le 23 novembre 2026"),
        "{bed}"
    );
    assert!(
        small.contains(
            "Préalable obligatoire : pour une demande de 5 000 $ ou moins, une médiation gratuite"
        ),
        "{bed}"
    );
}

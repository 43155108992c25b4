//! One value for each figure everywhere: for every demo case and a set of generated cases, the
//! dashboard's view model, `report` (JSON and text) and the dossier's text, in both languages,
//! show each named figure of the analysis with the same value. Also: a dossier in one language
//! holds no sentence of the other, and a deadline date prints as the same date everywhere.

use papertrail::analysis::{Figure, Findings, analyze};
use papertrail::demo::import_demo_cases;
use papertrail::domain::{
    CaseData, CaseDetails, Channel, Contact, ContactParty, DateOrInstant, Direction, EntryId,
    Instant, Language, Outcome, Promise, PromiseKind, PromiseStatus, Statement, TimeZone,
};
use papertrail::dossier::model::{Dossier, ModelOptions, build};
use papertrail::i18n::findings::{figure_label, headline};
use papertrail::i18n::report::render;
use papertrail::store::Store;
use papertrail::ui::view_model::{Badges, CaseView};

fn demo_cases() -> Vec<CaseData> {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    import_demo_cases(&mut store)
        .unwrap()
        .into_iter()
        .map(|id| store.load_case(id).unwrap())
        .collect()
}

/// A small deterministic generator (no dependency on the test order).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

/// Cases mixing every channel and outcome, live conversations, restated promises, statements
/// whose values are dates, amounts and instants, and replies not yet due.
fn generated_cases() -> Vec<(CaseData, Instant)> {
    let zone = TimeZone::parse("Europe/Paris").unwrap();
    (0..12u64)
        .map(|seed| {
            let mut rng = Lcg(seed + 7);
            let language = if seed % 2 == 0 {
                Language::Fr
            } else {
                Language::En
            };
            let mut case = CaseData::new(CaseDetails::new("Généré", language, zone));
            case.case.ordered_at = DateOrInstant::parse("2026-08-01");
            let day = |d: u64, h: u64| {
                Instant::parse(&format!("2026-08-{:02}T{:02}:00:00+02:00", 2 + d, 8 + h)).unwrap()
            };
            for i in 0..(5 + rng.next(20)) {
                let direction = if rng.next(3) == 0 {
                    Direction::Incoming
                } else {
                    Direction::Outgoing
                };
                let channel = Channel::ALL[rng.next(Channel::ALL.len() as u64) as usize];
                let outcome = Outcome::ALL[rng.next(Outcome::ALL.len() as u64) as usize];
                case.contacts.push(Contact {
                    id: EntryId::new(format!("c{i}")),
                    at: day(rng.next(25), rng.next(10)),
                    channel,
                    direction,
                    counterpart: (rng.next(2) == 0).then(|| "Julie".to_owned()),
                    reference: None,
                    summary: String::new(),
                    outcome,
                    wait_minutes: Some(rng.next(40) as u32),
                    duration_minutes: Some(rng.next(20) as u32),
                    reply_expected_within_days: None,
                    in_reply_to: None,
                    party: ContactParty::Merchant,
                    purpose: None,
                    deadline: None,
                    received_at: None,
                    not_collected_on: None,
                });
            }
            for i in 0..rng.next(5) {
                let kinds = [
                    PromiseKind::Refund,
                    PromiseKind::Callback,
                    PromiseKind::Delivery,
                ];
                let status = [
                    PromiseStatus::Pending,
                    PromiseStatus::Pending,
                    PromiseStatus::Broken,
                    PromiseStatus::Kept,
                ][rng.next(4) as usize];
                let made = 2 + rng.next(20);
                case.promises.push(Promise {
                    id: EntryId::new(format!("p{i}")),
                    made_at: DateOrInstant::parse(&format!("2026-08-{made:02}")).unwrap(),
                    source: None,
                    kind: kinds[rng.next(3) as usize],
                    text: "On s’en occupe".to_owned(),
                    due: DateOrInstant::parse(&format!("2026-08-{:02}", made + 1 + rng.next(6))),
                    status,
                    settled_at: None,
                });
            }
            let values = [
                "2026-08-22",
                "899,00 €",
                "2019-12-10T15:41:00+01:00",
                "oui",
                "non",
            ];
            for i in 0..rng.next(6) {
                case.statements.push(Statement {
                    id: EntryId::new(format!("s{i}")),
                    at: day(rng.next(25), 1),
                    source: None,
                    topic: ["Date de livraison", "date de  livraison", "Montant"]
                        [rng.next(3) as usize]
                        .to_owned(),
                    value: values[rng.next(values.len() as u64) as usize].to_owned(),
                    text: None,
                });
            }
            let as_of = day(20 + rng.next(10), 4);
            (case, as_of)
        })
        .collect()
}

/// The numbers a text gives for each figure: every "<n> <label>" where the label is a figure's
/// (singular or plural; the longest label wins where labels overlap, as "contact attempts" and
/// "contact attempts expecting a reply").
fn mentions(text: &str, language: Language) -> Vec<(Figure, i64)> {
    let text = text.replace(['\u{A0}', '\u{202F}', '\n'], " ");
    let mut labels: Vec<(String, Figure)> = Vec::new();
    for figure in Figure::ALL {
        for n in [0, 1, 2] {
            let label = figure_label(language, *figure, n);
            if !labels.iter().any(|(l, _)| *l == label) {
                labels.push((label, *figure));
            }
        }
    }
    let mut found = Vec::new();
    for (start, _) in text.char_indices() {
        let rest = &text[start..];
        let Some((label, figure)) = labels
            .iter()
            .filter(|(l, _)| {
                rest.starts_with(l.as_str())
                    && !rest[l.len()..].starts_with(|c: char| c.is_alphanumeric())
            })
            .max_by_key(|(l, _)| l.len())
        else {
            continue;
        };
        let before = text[..start].trim_end_matches(' ');
        if before.len() == text[..start].len() {
            continue; // The label is glued to a word: not a mention.
        }
        let digits: String = before
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let glued = before[..before.len() - digits.len()]
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',');
        if digits.is_empty() || glued || label.is_empty() {
            continue;
        }
        found.push((*figure, digits.parse().unwrap()));
    }
    found
}

fn check_text(where_: &str, text: &str, language: Language, findings: &Findings) -> usize {
    let found = mentions(text, language);
    for (figure, value) in &found {
        assert_eq!(
            Some(*value),
            figure.value(&findings.figures),
            "{where_} ({language}): {figure:?} printed as {value}, figure is {:?}\n{text}",
            figure.value(&findings.figures)
        );
    }
    found.len()
}

/// What the dossier writes itself (not the user's words: entries, summaries, topics).
fn dossier_text(dossier: &Dossier) -> String {
    let mut parts = vec![dossier.headline.clone()];
    parts.extend(dossier.figures.iter().map(|(v, l)| format!("{v} {l}")));
    parts.extend(dossier.summary.iter().cloned());
    parts.extend(dossier.effort.iter().map(|(l, v)| format!("{l}: {v}")));
    for row in &dossier.promises {
        parts.push(format!("{} {} {}", row.due, row.status, row.days_late));
    }
    for row in &dossier.chronology {
        parts.push(format!("{} {}", row.when, row.marks));
    }
    parts.join("\n")
}

fn check_case(case: &CaseData, as_of: Instant) {
    let as_of = as_of.utc();
    let findings = analyze(case, as_of);
    let figures = findings.figures;
    // The figures add up.
    assert_eq!(
        figures.expecting_reply,
        figures.answered + figures.unanswered + figures.awaiting_reply
    );
    assert_eq!(figures.unanswered as usize, findings.unanswered.len());
    assert_eq!(
        figures.awaiting_reply as usize,
        findings.awaiting_reply.len()
    );
    assert_eq!(figures.promises_made, findings.promise_totals.made);
    assert_eq!(findings.headline.contact_attempts, figures.contact_attempts);
    assert_eq!(findings.headline.unanswered, figures.unanswered);
    assert_eq!(findings.headline.awaiting_reply, figures.awaiting_reply);

    // `report --json`: the same figures, and lists as long as their counts.
    let json = serde_json::to_value(&findings).unwrap();
    for (name, value) in json["figures"].as_object().unwrap() {
        let figure = Figure::ALL
            .iter()
            .find(|f| {
                f.name().replace('-', "_") == *name
                    || (name == "answer_rate_percent" && **f == Figure::AnswerRate)
                    || (name == "longest_silence_days" && **f == Figure::LongestSilence)
            })
            .unwrap_or_else(|| panic!("figure {name} has no name"));
        assert_eq!(value.as_i64(), figure.value(&figures), "{name}");
    }
    assert_eq!(
        json["unanswered"].as_array().unwrap().len(),
        figures.unanswered as usize
    );
    assert_eq!(json["contacts"]["outgoing"], figures.contact_attempts);

    for language in [Language::En, Language::Fr] {
        // The dashboard, its cards, the case list's badges and the chart.
        let view = CaseView::build(papertrail::domain::CaseId(1), case.clone(), as_of, language);
        for card in &view.cards {
            if card.figure != Figure::AnswerRate {
                assert_eq!(
                    card.value.parse::<i64>().ok(),
                    card.figure.value(&figures),
                    "{:?}",
                    card
                );
            }
        }
        let badges = Badges::of(&view.findings);
        assert_eq!(badges.unanswered, figures.unanswered);
        assert_eq!(badges.overdue, figures.promises_late);
        assert_eq!(badges.contradictions, figures.contradictions);
        let last = |s: &[[f64; 2]]| s.last().map_or(0.0, |p| p[1]);
        assert_eq!(
            last(&view.chart.attempts),
            f64::from(figures.contact_attempts)
        );
        assert_eq!(last(&view.chart.answers), f64::from(figures.real_answers));
        let cards: String = view
            .cards
            .iter()
            .map(|c| format!("{} {}\n", c.value, c.label))
            .collect();
        check_text(
            "dashboard",
            &format!("{}\n{cards}", view.headline),
            language,
            &findings,
        );

        // `report` text, and the dossier's text.
        let report = render(case, &findings, language);
        let seen = check_text("report", &report, language, &findings);
        assert!(seen >= 1 || figures.contact_attempts == 0, "{report}");
        let dossier = build(
            case,
            &findings,
            &ModelOptions {
                language,
                redact: false,
                prepared_at: as_of,
            },
        );
        check_text("dossier", &dossier_text(&dossier), language, &findings);
        assert_eq!(dossier.headline, headline(language, &findings.headline));
    }
}

#[test]
fn every_figure_has_one_value_everywhere_in_the_demo_cases() {
    for case in demo_cases() {
        for as_of in ["2026-11-23T12:00:00-05:00", "2026-10-01T12:00:00-05:00"] {
            check_case(&case, Instant::parse(as_of).unwrap());
        }
    }
}

#[test]
fn every_figure_has_one_value_everywhere_in_generated_cases() {
    for (case, as_of) in generated_cases() {
        check_case(&case, as_of);
    }
}

#[test]
fn the_checker_finds_a_figure_printed_twice_with_two_values() {
    let found = mentions(
        "5 contact attempts, 4 unanswered. 4 of 4 contact attempts",
        Language::En,
    );
    assert_eq!(
        found,
        vec![
            (Figure::ContactAttempts, 5),
            (Figure::Unanswered, 4),
            (Figure::ContactAttempts, 4)
        ]
    );
    let found = mentions(
        "5 tentatives appelant une réponse, 1 en attente",
        Language::Fr,
    );
    assert_eq!(
        found,
        vec![(Figure::ExpectingReply, 5), (Figure::PromisesPending, 1)]
    );
}

/// Words of each language that never appear in the other's text.
const ENGLISH: &[&str] = &[
    "days since the order",
    "contact attempt",
    "unanswered",
    "overdue",
    "broken",
    "awaiting a reply",
    "Exhibit",
    " bytes",
];
const FRENCH: &[&str] = &[
    "jours depuis la commande",
    "tentative",
    "sans réponse",
    "en retard",
    "non tenue",
    "Pièce",
    " octets",
    "promesse",
];

#[test]
fn a_dossier_reads_in_the_language_asked_not_the_case_language() {
    for case in demo_cases() {
        let as_of = Instant::parse("2026-11-23T12:00:00-05:00").unwrap().utc();
        let findings = analyze(&case, as_of);
        for (language, foreign) in [(Language::En, FRENCH), (Language::Fr, ENGLISH)] {
            let dossier = build(
                &case,
                &findings,
                &ModelOptions {
                    language,
                    redact: false,
                    prepared_at: as_of,
                },
            );
            // What the dossier itself says (not the user's own words: entries, titles, topics).
            let mut ours = vec![dossier.headline.clone(), dossier.prepared_on.clone()];
            ours.extend(dossier.figures.iter().map(|(v, l)| format!("{v} {l}")));
            ours.extend(dossier.summary.iter().cloned());
            ours.extend(dossier.effort.iter().map(|(l, v)| format!("{l}: {v}")));
            ours.extend(
                dossier
                    .promises
                    .iter()
                    .map(|p| format!("{} {}", p.status, p.days_late)),
            );
            ours.extend(
                dossier
                    .exhibits
                    .iter()
                    .map(|e| format!("{} {}", e.label, e.size)),
            );
            // The report's own lines: headings and the headline (indented lines quote entries).
            let report = render(&case, &findings, language);
            ours.extend(
                report
                    .lines()
                    .skip(1)
                    .filter(|l| !l.starts_with(' '))
                    .map(str::to_owned),
            );
            for text in &ours {
                for word in foreign {
                    assert!(
                        !text.contains(word),
                        "{language} text holds the other language's {word:?}: {text}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_deadline_date_prints_as_the_same_date_in_every_section() {
    let zone = TimeZone::parse("Europe/Paris").unwrap();
    let mut case = CaseData::new(CaseDetails::new("Lit", Language::Fr, zone));
    case.promises.push(Promise {
        id: EntryId::new("p1"),
        made_at: DateOrInstant::parse("2026-08-15").unwrap(),
        source: None,
        kind: PromiseKind::Delivery,
        text: "Livraison le 22".to_owned(),
        due: DateOrInstant::parse("2026-08-22"),
        status: PromiseStatus::Pending,
        settled_at: None,
    });
    let as_of = Instant::parse("2026-08-30T12:00:00+02:00").unwrap().utc();
    let findings = analyze(&case, as_of);
    for (language, day, next) in [
        (Language::Fr, "22 août 2026", "23 août"),
        (Language::En, "22 Aug 2026", "23 Aug"),
    ] {
        let dossier = build(
            &case,
            &findings,
            &ModelOptions {
                language,
                redact: false,
                prepared_at: as_of,
            },
        );
        let report = render(&case, &findings, language);
        let due_row = dossier
            .chronology
            .iter()
            .find(|r| r.what.contains(day) || r.when.contains(day))
            .map(|r| format!("{} {}", r.when, r.what));
        for (section, text) in [
            ("promises table", dossier.promises[0].due.clone()),
            ("report", report.clone()),
            ("chronology", due_row.unwrap_or_default()),
        ] {
            assert!(text.contains(day), "{section} ({language}): {text}");
            assert!(
                !text.contains(next),
                "{section} ({language}) says {next}: {text}"
            );
        }
    }
}

//! Benchmark of the whole case analysis on a large generated case: 10 000 contacts, 2 000
//! statements and 500 promises (target: under 10 ms).

#![allow(missing_docs)] // criterion's macros generate undocumented functions.
#![allow(clippy::unwrap_used)] // Set-up code: a failure is a bug in the generator.

/// The allocator the app ships with (see `src/main.rs`), so the figure is the app's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use criterion::{Criterion, criterion_group};
use papertrail::analysis::analyze;
use papertrail::domain::{
    CaseData, CaseDetails, Channel, Contact, DateOrInstant, Direction, EntryId, Instant, Language,
    Outcome, Promise, PromiseKind, PromiseStatus, Statement, TimeZone,
};
use papertrail::i18n::report::render;
use std::hint::black_box;

/// A small deterministic generator, so every run analyses the same case.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below.max(1)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        let index = usize::try_from(self.next(items.len() as u64)).unwrap_or(0);
        items[index]
    }
}

fn big_case() -> (CaseData, DateTime<Utc>) {
    let zone = TimeZone::parse("Europe/Paris").unwrap();
    let mut case = CaseData::new(CaseDetails::new("Benchmark", Language::Fr, zone));
    case.case.ordered_at = DateOrInstant::parse("2025-01-02");
    let start = Instant::parse("2025-01-03T09:00:00+01:00").unwrap();
    let mut rng = Lcg(42);
    let mut minutes = 0i64;
    let at = |minutes: i64| Instant(start.0 + Duration::minutes(minutes));
    for n in 0..10_000 {
        minutes += i64::try_from(rng.next(90)).unwrap() + 1;
        let direction = if rng.next(4) == 0 {
            Direction::Incoming
        } else {
            Direction::Outgoing
        };
        let in_reply_to =
            (n > 0 && rng.next(5) == 0).then(|| EntryId::new(format!("c{}", rng.next(n))));
        case.contacts.push(Contact {
            id: EntryId::new(format!("c{n}")),
            at: at(minutes),
            channel: rng.pick(Channel::ALL),
            direction,
            counterpart: Some(format!("Agent {}", rng.next(40))),
            reference: None,
            summary: "Relance au sujet de la commande.".into(),
            outcome: rng.pick(Outcome::ALL),
            wait_minutes: Some(u32::try_from(rng.next(30)).unwrap()),
            duration_minutes: Some(u32::try_from(rng.next(20)).unwrap()),
            reply_expected_within_days: (rng.next(10) == 0).then_some(3),
            in_reply_to,
            party: papertrail::domain::ContactParty::Merchant,
            purpose: None,
            deadline: None,
            received_at: None,
            not_collected_on: None,
        });
    }
    let values = [
        "2025-03-11",
        "11/03/2025",
        "11 mars 2025",
        "12 mars 2025 à 14 h",
        "899,00 €",
        "899 EUR",
        "999 €",
        "01 23 45 67 89",
        "+33 1 23 45 67 89",
        "Commande reçue",
        "aucune trace de la commande",
    ];
    for n in 0..2_000 {
        case.statements.push(Statement {
            id: EntryId::new(format!("s{n}")),
            at: at(i64::try_from(rng.next(u64::try_from(minutes).unwrap())).unwrap()),
            source: Some(EntryId::new(format!("c{}", rng.next(10_000)))),
            topic: format!("Sujet {}", rng.next(100)),
            value: rng.pick(&values).to_owned(),
            text: None,
        });
    }
    let first_day = NaiveDate::from_ymd_opt(2025, 1, 3).unwrap();
    for n in 0..500 {
        let made = first_day + Duration::days(i64::try_from(rng.next(300)).unwrap());
        let due = made + Duration::days(i64::try_from(rng.next(20)).unwrap());
        let status = rng.pick(&[
            PromiseStatus::Pending,
            PromiseStatus::Pending,
            PromiseStatus::Kept,
            PromiseStatus::Broken,
        ]);
        case.promises.push(Promise {
            id: EntryId::new(format!("p{n}")),
            made_at: DateOrInstant::Date(made),
            source: None,
            kind: rng.pick(PromiseKind::ALL),
            text: format!(
                "Livraison prévue le {} (lot {})",
                due.format("%d/%m"),
                rng.next(50)
            ),
            due: Some(DateOrInstant::Date(due)),
            status,
            settled_at: (status != PromiseStatus::Pending)
                .then(|| DateOrInstant::Date(due + Duration::days(1))),
        });
    }
    let as_of = (start.0 + Duration::minutes(minutes + 60 * 24 * 3)).with_timezone(&Utc);
    (case, as_of)
}

fn bench(c: &mut Criterion) {
    let (case, as_of) = big_case();
    let findings = analyze(&case, as_of);
    println!(
        "generated case: {} contacts, {} statements, {} promises; {} unanswered, {} contradictions",
        case.contacts.len(),
        case.statements.len(),
        case.promises.len(),
        findings.unanswered.len(),
        findings.contradictions.len(),
    );
    c.bench_function("analyze 10k contacts, 2k statements, 500 promises", |b| {
        b.iter(|| analyze(black_box(&case), black_box(as_of)));
    });
    c.bench_function("render_text of the same findings", |b| {
        b.iter(|| render(black_box(&case), black_box(&findings), case.case.language));
    });
}

criterion_group!(benches, bench);

/// Runs criterion, or, with `ANALYSIS_ITERATIONS=n` set, only `n` analyses of the generated case
/// and nothing else: a fixed amount of work whose instruction count (`perf stat -e
/// instructions:u`, minus a run with `n = 0` for the set-up) does not depend on the machine's load.
fn main() {
    if let Some(iterations) = std::env::var("ANALYSIS_ITERATIONS")
        .ok()
        .and_then(|n| n.parse::<u32>().ok())
    {
        let (case, as_of) = big_case();
        for _ in 0..iterations {
            black_box(analyze(black_box(&case), black_box(as_of)));
        }
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}

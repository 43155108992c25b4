//! How the dossier's cost grows with the case (criterion): 10 000 and 50 000 contacts, analysis
//! included, no exhibits. Linear growth means the 50 000 case costs about five times the
//! 10 000 one (target: 50 000 contacts under 10 s and 1 GB). Prints each size's pages and the
//! process's peak memory. Run with `cargo bench --bench dossier_scale`.

#![allow(missing_docs, reason = "criterion_group! generates an undocumented fn")]
#![allow(clippy::unwrap_used, clippy::print_stdout)]

use chrono::{DateTime, Duration, Utc};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use papertrail::domain::{
    CaseData, CaseDetails, Channel, Contact, ContactParty, Direction, EntryId, Instant, Language,
    Outcome, TimeZone,
};
use papertrail::dossier::{AttachmentSource, DossierOptions, Paper, render_pdf};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

struct Nowhere;

impl AttachmentSource for Nowhere {
    fn path_of(&self, sha256: &str) -> PathBuf {
        PathBuf::from("/nonexistent").join(sha256)
    }
}

fn case(contacts: i64) -> (CaseData, DateTime<Utc>) {
    let zone = TimeZone::parse("Europe/Paris").unwrap();
    let mut details = CaseDetails::new("Banc d’essai : croissance", Language::Fr, zone);
    details.consumer.name = "Françoise Lefèvre-Dubœuf".into();
    details.merchant.name = "ÉlectroMénager SA".into();
    let mut case = CaseData::new(details);
    let start: DateTime<Utc> = "2026-01-01T08:00:00Z".parse().unwrap();
    for i in 0..contacts {
        let at = start + Duration::minutes(i * 37);
        case.contacts.push(Contact {
            id: EntryId::new(format!("c{i}")),
            at: Instant(at.fixed_offset()),
            channel: Channel::ALL[(i % 9) as usize],
            direction: if i % 3 == 0 {
                Direction::Incoming
            } else {
                Direction::Outgoing
            },
            counterpart: Some(format!("Agent n°{}", i % 17)),
            reference: Some(format!("TCK-{i:06}")),
            summary: format!("Relance n°{i} : le service client indique « en cours »."),
            outcome: Outcome::ALL[(i % 10) as usize],
            wait_minutes: Some(5),
            duration_minutes: Some(3),
            reply_expected_within_days: None,
            in_reply_to: (i % 4 == 1).then(|| EntryId::new(format!("c{}", i - 1))),
            party: ContactParty::Merchant,
            purpose: None,
            deadline: None,
            received_at: None,
            not_collected_on: None,
        });
    }
    let end = start + Duration::minutes(contacts * 37 + 60);
    (case, end)
}

fn peak() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(str::to_owned)
        })
        .unwrap_or_default()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("dossier_scale");
    group.sample_size(10);
    for contacts in [10_000, 50_000] {
        let (case, as_of) = case(contacts);
        let options = DossierOptions {
            language: None,
            paper: Paper::A4,
            prepared_at: as_of,
            redact: false,
            embed_originals: true,
            for_email: None,
        };
        let cancel = AtomicBool::new(false);
        let render = || {
            let mut pages = 0;
            let bytes =
                render_pdf(&case, &Nowhere, &options, &mut |p| pages = p.total, &cancel).unwrap();
            (pages, bytes.len())
        };
        let (pages, size) = render();
        println!(
            "{contacts} contacts: {pages} pages, {:.1} MB; {}",
            size as f64 / 1e6,
            peak().trim()
        );
        group.bench_with_input(BenchmarkId::from_parameter(contacts), &contacts, |b, _| {
            b.iter(|| std::hint::black_box(render()));
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Dossier export benchmark (criterion): a generated case with 1 000 timeline items and 50 JPEG
//! exhibits (1280×960), originals embedded. Prints the pages, size and the process's peak memory
//! once, then criterion's timing. Run with `cargo bench --bench dossier` (target: under 0.15 s).

#![allow(missing_docs, reason = "criterion_group! generates an undocumented fn")]
#![allow(clippy::unwrap_used, clippy::print_stdout)]

/// The allocator the app ships with (see `src/main.rs`), so the figure is the app's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, criterion_group, criterion_main};

use chrono::{DateTime, Duration, Utc};
use papertrail::analysis::{
    ContactCounts, Effort, Figures, Findings, Flags, Headline, PromiseTotals, TimelineItem,
    TimelineKind,
};
use papertrail::domain::{
    Attachment, CaseData, CaseDetails, Channel, Contact, DateOrInstant, Direction, EntryId,
    Instant, Language, Outcome, TimeZone,
};
use papertrail::dossier::{AttachmentSource, DossierOptions, Paper, render_pdf_with_findings};
use sha2::{Digest as _, Sha256};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

struct Dir(PathBuf);

impl AttachmentSource for Dir {
    fn path_of(&self, sha256: &str) -> PathBuf {
        self.0.join(sha256)
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let zone = TimeZone::parse("Europe/Paris").unwrap();
    let mut details = CaseDetails::new(
        "Banc d’essai : 1 000 contacts, 50 pièces",
        Language::Fr,
        zone,
    );
    details.consumer.name = "Françoise Lefèvre-Dubœuf".into();
    details.merchant.name = "ÉlectroMénager SA".into();
    let mut case = CaseData::new(details);
    let start: DateTime<Utc> = "2026-01-01T08:00:00Z".parse().unwrap();
    for n in 0..50u32 {
        let img = image::RgbImage::from_fn(1280, 960, |x, y| {
            image::Rgb([(x / 5 + n) as u8, (y / 4) as u8, ((x + y) / 9) as u8])
        });
        let mut jpeg = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 85)
            .encode_image(&img)
            .unwrap();
        let hash: String = Sha256::digest(&jpeg)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        std::fs::write(dir.path().join(&hash), &jpeg).unwrap();
        case.attachments.push(Attachment {
            id: EntryId::new(format!("a{n}")),
            file_name: format!("photo-{n:02}-écran.jpg"),
            sha256: hash,
            size: jpeg.len() as u64,
            media_type: "image/jpeg".into(),
            received_at: Some(DateOrInstant::Instant(Instant(
                (start + Duration::days(i64::from(n))).fixed_offset(),
            ))),
            caption: Some(format!("Capture d’écran n°{n}")),
            links: vec![EntryId::new(format!("c{}", n * 20))],
        });
    }
    let mut timeline = Vec::new();
    for i in 0..1000i64 {
        let at = start + Duration::hours(i * 5);
        let id = EntryId::new(format!("c{i}"));
        case.contacts.push(Contact {
            id: id.clone(),
            at: Instant(at.fixed_offset()),
            channel: Channel::ALL[(i % 9) as usize],
            direction: if i % 3 == 0 { Direction::Incoming } else { Direction::Outgoing },
            counterpart: Some(format!("Agent n°{}", i % 17)),
            reference: Some(format!("TCK-{i:06}")),
            summary: format!(
                "Relance n°{i} au sujet de la commande : le service client indique « en cours » et promet un retour sous 48 h. {}",
                "Détails supplémentaires. ".repeat((i % 6) as usize)
            ),
            outcome: Outcome::ALL[(i % 10) as usize],
            wait_minutes: Some(5),
            duration_minutes: Some(3),
            reply_expected_within_days: None,
            in_reply_to: None,
            party: papertrail::domain::ContactParty::Merchant,
            purpose: None,
            deadline: None,
            received_at: None,
            not_collected_on: None,
        });
        timeline.push(TimelineItem {
            at,
            kind: TimelineKind::Contact,
            entry: Some(id),
            direction: None,
            flags: Flags {
                unanswered: i % 5 == 1,
                overdue: i % 11 == 0,
                ..Flags::default()
            },
        });
    }
    let findings = Findings {
        as_of: start + Duration::days(220),
        days_since_order: Some(220),
        days_since_first_complaint: Some(219),
        days_since_last_answer: Some(3),
        longest_silence: None,
        minutes_on_hold: 5000,
        contacts: ContactCounts {
            total: 1000,
            outgoing: 667,
            incoming: 333,
        },
        unanswered: Vec::new(),
        awaiting_reply: Vec::new(),
        answered: Vec::new(),
        promises: Vec::new(),
        promise_totals: PromiseTotals::default(),
        contradictions: Vec::new(),
        effort: Effort {
            by_channel: Vec::new(),
            minutes_on_hold: 5000,
            minutes_in_calls: 3000,
            transfers: 12,
            agents: 17,
            answer_rate: Some(0.4),
            median_minutes_to_answer: Some(3000),
            worst_minutes_to_answer: Some(20000),
        },
        timeline,
        headline: Headline::default(),
        topics: Vec::new(),
        figures: Figures {
            days_since_order: Some(220),
            contact_attempts: 667,
            merchant_contacts: 333,
            minutes_on_hold: 5000,
            minutes_in_calls: 3000,
            answer_rate_percent: Some(40),
            ..Figures::default()
        },
        clocks: Vec::new(),
        next_steps: Vec::new(),
        unlock: Vec::new(),
        rules_as_of: papertrail::law::rules_as_of(),
    };
    let options = DossierOptions {
        language: None,
        paper: Paper::A4,
        prepared_at: start + Duration::days(220),
        redact: false,
        embed_originals: true,
        for_email: None,
    };
    let source = Dir(dir.path().to_path_buf());
    let cancel = AtomicBool::new(false);
    let render = || {
        let mut pages = 0;
        let bytes = render_pdf_with_findings(
            &case,
            &findings,
            &source,
            &options,
            &mut |p| pages = p.total,
            &cancel,
        )
        .unwrap();
        (pages, bytes.len())
    };
    let (pages, size) = render();
    // `PAPERTRAIL_BENCH_OUT=file.pdf`: keep one copy of the dossier to check it (qpdf, poppler).
    if let Ok(path) = std::env::var("PAPERTRAIL_BENCH_OUT") {
        let bytes =
            render_pdf_with_findings(&case, &findings, &source, &options, &mut |_| {}, &cancel)
                .unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    // `PAPERTRAIL_BENCH_RENDERS=N`: N more renders and no criterion, for `perf stat` on a
    // fixed amount of work (instructions and task-clock are steadier than wall time on a
    // shared machine).
    if let Some(n) = std::env::var("PAPERTRAIL_BENCH_RENDERS")
        .ok()
        .and_then(|n| n.parse::<u32>().ok())
    {
        for _ in 0..n {
            std::hint::black_box(render());
        }
        println!("dossier: {pages} pages, {size} bytes; {n} renders after the first");
        return;
    }
    c.bench_function("dossier: 1000 items, 50 JPEG 1280x960", |b| {
        b.iter(|| std::hint::black_box(render()));
    });
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(str::to_owned)
        })
        .unwrap_or_default();
    println!(
        "dossier: {pages} pages, {:.1} MB; peak {}",
        size as f64 / 1e6,
        peak.trim()
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);

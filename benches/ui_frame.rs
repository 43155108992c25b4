//! CPU time per frame of the whole app with a 10 000-item case open, driven headless by the
//! egui_kittest harness (egui pass + AccessKit tree; no GPU). Target: under 4 ms per frame.
//!
//! `cargo bench --bench ui_frame`

#![allow(clippy::unwrap_used, reason = "benchmark setup")]
#![allow(missing_docs, reason = "criterion_group! generates an undocumented fn")]

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui::{self, Event, MouseWheelUnit, TouchPhase};
use egui_kittest::Harness;
use papertrail::domain::{Instant, Language};
use papertrail::store::Store;
use papertrail::ui::sample::sample_case;
use papertrail::ui::{PaperTrailApp, Prefs};

fn harness(dir: &std::path::Path) -> Harness<'static, PaperTrailApp> {
    let mut store = Store::open(dir).unwrap();
    let start = Instant::parse("2020-01-01T10:00:00-05:00").unwrap();
    let data = sample_case("Ten thousand entries", "Big Shop", 10_000, start);
    let id = store.insert_case(&data).unwrap();
    let now = Instant::parse("2026-11-23T10:00:00-05:00").unwrap().utc();
    let prefs = Prefs {
        language: Some(Language::En),
        last_case: Some(id),
        ..Prefs::default()
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| {
            let mut app = PaperTrailApp::new(&cc.egui_ctx, store, prefs);
            app.set_clock(now);
            app
        });
    for _ in 0..200 {
        harness.step();
        if !harness.state().busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let rows = harness.state().open_case().map_or(0, |c| c.rows.len());
    assert!(rows >= 10_000, "the timeline has {rows} rows");
    harness
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    c.bench_function("frame_idle_10k_timeline", |b| b.iter(|| harness.step()));
    // Hover the timeline, then scroll it a bit every frame.
    harness.hover_at(egui::pos2(800.0, 600.0));
    harness.step();
    let mut down = true;
    let mut frames = 0u32;
    c.bench_function("frame_scrolling_10k_timeline", |b| {
        b.iter(|| {
            frames += 1;
            if frames.is_multiple_of(200) {
                down = !down;
            }
            harness.event(Event::MouseWheel {
                unit: MouseWheelUnit::Point,
                delta: egui::vec2(0.0, if down { -60.0 } else { 60.0 }),
                phase: TouchPhase::Move,
                source: egui::MouseWheelSource::Unknown,
                modifiers: egui::Modifiers::NONE,
            });
            harness.step();
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

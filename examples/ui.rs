//! Runs the desktop app on a data directory, optionally seeding synthetic cases first (for
//! screenshots and timing while the CLI is not wired): `cargo run --example ui -- --data-dir
//! /tmp/x [--seed-cases 100] [--seed-items 200] [--demo]`.

use papertrail::store::Store;
use papertrail::ui::sample::sample_case;
use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let mut data_dir = None;
    let mut cases = 0usize;
    let mut items = 60usize;
    let mut demo = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data-dir" => data_dir = args.next().map(PathBuf::from),
            "--seed-cases" => cases = args.next().and_then(|v| v.parse().ok()).unwrap_or(0),
            "--seed-items" => items = args.next().and_then(|v| v.parse().ok()).unwrap_or(60),
            "--demo" => demo = true,
            other => anyhow::bail!("unknown argument {other}"),
        }
    }
    let data_dir = data_dir.ok_or_else(|| anyhow::anyhow!("--data-dir is required"))?;
    if cases > 0 || demo {
        let mut store = Store::open(&data_dir)?;
        if demo {
            papertrail::demo::import_demo_cases(&mut store)?;
        }
        let merchants = ["Meubles Exemple", "ShopNow", "TelcoMax", "AirFly", "BigBox"];
        for i in 0..cases {
            let start = papertrail::domain::Instant::parse("2026-06-01T10:00:00-04:00")
                .ok_or_else(|| anyhow::anyhow!("bad date"))?;
            let merchant = merchants
                .get(i % merchants.len())
                .copied()
                .unwrap_or("Shop");
            let data = sample_case(
                &format!("Case {} with {merchant}", i + 1),
                merchant,
                items,
                start,
            );
            store.insert_case(&data)?;
        }
    }
    papertrail::ui::run(&data_dir)
}

//! Crash safety: the real binary killed (SIGKILL) in the middle of a large import leaves a
//! database that opens, passes `PRAGMA integrity_check`, and holds the whole case or none of it.

#![cfg(unix)]
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a failure is a test failure"
)]

use crate::util::{self, sha256_hex, write_zip_stored};
use papertrail::domain::{CaseData, EntryId};
use papertrail::store::Store;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CONTACTS: usize = 6_000;
const FILES: usize = 2;
const FILE_BYTES: usize = 8 * 1024 * 1024;

/// A bundle with many entries and a few large files, and the case it holds.
fn large_bundle(dir: &Path) -> (PathBuf, CaseData) {
    let mut data = util::rich_case();
    let template = data.contacts[0].clone();
    data.contacts = (0..CONTACTS)
        .map(|i| {
            let mut contact = template.clone();
            contact.id = EntryId::new(format!("c{i}"));
            contact.summary = format!("Appel numéro {i}");
            contact
        })
        .collect();
    data.promises.iter_mut().for_each(|p| p.source = None);
    data.statements.iter_mut().for_each(|s| s.source = None);
    let mut files = Vec::new();
    // Incompressible bytes: a 64 KiB xorshift block repeated, each copy stamped with its file
    // and block number so no two blocks or files are alike.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut block = vec![0_u8; 64 * 1024];
    for chunk in block.chunks_mut(8) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        chunk.copy_from_slice(&state.to_le_bytes());
    }
    for i in 0..FILES {
        let mut bytes = Vec::with_capacity(FILE_BYTES);
        for n in 0..FILE_BYTES / block.len() {
            let start = bytes.len();
            bytes.extend_from_slice(&block);
            bytes[start..start + 16]
                .copy_from_slice(&[i as u64, n as u64].map(u64::to_le_bytes).concat());
        }
        files.push((format!("attachments/big{i}.bin"), bytes));
    }
    let mut doc = serde_json::to_value(&data).unwrap();
    doc["format"] = json!("papertrail-case");
    doc["version"] = json!(1);
    doc["attachments"] = files
        .iter()
        .enumerate()
        .map(|(i, (name, bytes))| {
            json!({"id": format!("a{i}"), "file": name, "sha256": sha256_hex(bytes),
                   "links": ["p1", "c5"]})
        })
        .collect();
    let json = serde_json::to_vec(&doc).unwrap();
    let mut entries: Vec<(&str, &[u8])> = vec![("case.json", &json)];
    entries.extend(files.iter().map(|(n, b)| (n.as_str(), b.as_slice())));
    let path = dir.join("large.zip");
    write_zip_stored(&path, &entries);
    (path, data)
}

fn import_command(data_dir: &Path, bundle: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_papertrail"));
    command
        .arg("--data-dir")
        .arg(data_dir)
        .arg("import")
        .arg(bundle)
        .stdout(Stdio::null());
    command
}

/// Checks the database after a kill; returns whether the case is there.
fn check_all_or_nothing(data_dir: &Path, expected: &CaseData) -> bool {
    let conn = rusqlite::Connection::open(data_dir.join("papertrail.sqlite3")).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    drop(conn);
    let store = Store::open(data_dir).unwrap();
    let cases = store.list_cases().unwrap();
    assert!(cases.len() <= 1, "{cases:?}");
    let Some(summary) = cases.first() else {
        return false;
    };
    let loaded = store.load_case(summary.id).unwrap();
    assert_eq!(loaded.contacts, expected.contacts);
    assert_eq!(loaded.promises, expected.promises);
    assert_eq!(loaded.notes, expected.notes);
    assert_eq!(loaded.attachments.len(), FILES);
    let report = store.verify().unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(report.checked, FILES);
    true
}

/// Spawns the import and polls until the stored files are in place (the database transaction
/// starts right after); returns the child and how long that took, or `None` if it exited first.
fn spawn_until_blobs(
    data_dir: &Path,
    bundle: &Path,
    blobs: &[PathBuf],
) -> (std::process::Child, Option<Duration>) {
    let started = Instant::now();
    let mut child = import_command(data_dir, bundle).spawn().unwrap();
    loop {
        if blobs.iter().all(|b| b.exists()) {
            return (child, Some(started.elapsed()));
        }
        if child.try_wait().unwrap().is_some() || started.elapsed() > Duration::from_secs(60) {
            return (child, None);
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

#[test]
fn a_killed_import_leaves_all_or_nothing() {
    let work = tempfile::tempdir().unwrap();
    let (bundle, expected) = large_bundle(work.path());
    let shas = expected_blobs(&bundle);
    let blob_paths = |data_dir: &Path| -> Vec<PathBuf> {
        shas.iter()
            .map(|sha| data_dir.join("attachments").join(sha))
            .collect()
    };

    // A full run: it works, and tells how long the staging and the database phases take here.
    let full_dir = work.path().join("full");
    drop(Store::open(&full_dir).unwrap());
    let (mut child, staging) = spawn_until_blobs(&full_dir, &bundle, &blob_paths(&full_dir));
    let started = Instant::now();
    assert!(child.wait().unwrap().success());
    let database = started.elapsed();
    let staging = staging.expect("the stored files never appeared");
    assert!(check_all_or_nothing(&full_dir, &expected));

    // Kills while the files are being copied, then at points through the database phase.
    let mut outcomes = Vec::new();
    let mut killed_while_running = 0;
    for (i, point) in [-0.5, 0.0, 0.1, 0.25, 0.4, 0.7].into_iter().enumerate() {
        let data_dir = work.path().join(format!("killed{i}"));
        // Create the database first, so the kill lands in the import and not in the migrations.
        drop(Store::open(&data_dir).unwrap());
        let mut child = if point < 0.0 {
            let child = import_command(&data_dir, &bundle).spawn().unwrap();
            std::thread::sleep(staging.mul_f64(-point));
            child
        } else {
            let (child, reached) = spawn_until_blobs(&data_dir, &bundle, &blob_paths(&data_dir));
            assert!(
                reached.is_some(),
                "the import stopped before storing its files"
            );
            std::thread::sleep(database.mul_f64(point));
            child
        };
        if child.try_wait().unwrap().is_none() {
            killed_while_running += 1;
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let present = check_all_or_nothing(&data_dir, &expected);
        outcomes.push((point, present));
        // No half file under a real name: every file in attachments/ is complete.
        for file in util::files_under(&data_dir.join("attachments")) {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            if !name.starts_with(".incoming-") {
                let bytes = std::fs::read(&file).unwrap();
                assert_eq!(sha256_hex(&bytes), name, "a stored file is incomplete");
            }
        }
    }
    eprintln!(
        "staging {staging:?}, database {database:?}; (kill point, case present): {outcomes:?}"
    );
    assert!(
        killed_while_running >= 3,
        "the import finished before most kills: {outcomes:?}"
    );

    // After a kill, the same import runs again to completion.
    let data_dir = work.path().join("killed2");
    assert!(
        import_command(&data_dir, &bundle)
            .status()
            .unwrap()
            .success()
    );
    let store = Store::open(&data_dir).unwrap();
    let last = store.list_cases().unwrap()[0].id;
    assert_eq!(store.load_case(last).unwrap().contacts.len(), CONTACTS);
}

/// The SHA-256 of every attachment file in a bundle.
fn expected_blobs(bundle: &Path) -> Vec<String> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(bundle).unwrap()).unwrap();
    let mut out = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        if entry.name().starts_with("attachments/") {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
            out.push(sha256_hex(&bytes));
        }
    }
    out
}

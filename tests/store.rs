//! The store: CRUD per entity, migrations, reopening, foreign keys, the attachment store.

use crate::util::{self, contact, note, promise, statement, temp_store};
use papertrail::domain::{CaseId, CaseStatus, EntryId, Outcome};
use papertrail::store::{Problem, Store, StoreError};
use std::io::Write as _;

#[test]
fn case_crud_and_list_counts() {
    let (_dir, mut store) = temp_store();
    let details = util::rich_details();
    let id = store.create_case(&details).unwrap();
    assert_eq!(store.load_case(id).unwrap().case, details);

    let mut changed = details.clone();
    changed.status = CaseStatus::Escalated;
    changed.price = None;
    changed.merchant.website = None;
    store.update_case(id, &changed).unwrap();
    assert_eq!(store.load_case(id).unwrap().case, changed);

    let other = store.create_case(&details).unwrap();
    store.save_note(other, &note("n1")).unwrap();
    let list = store.list_cases().unwrap();
    assert_eq!(
        list.iter().map(|c| c.id).collect::<Vec<_>>(),
        vec![other, id],
        "most recently changed first"
    );
    let first = list.first().unwrap();
    assert_eq!((first.notes, first.contacts), (1, 0));
    assert_eq!(list.get(1).unwrap().status, CaseStatus::Escalated);

    store.delete_case(id).unwrap();
    assert!(matches!(
        store.load_case(id),
        Err(StoreError::CaseNotFound(_))
    ));
    assert!(matches!(
        store.update_case(id, &details),
        Err(StoreError::CaseNotFound(_))
    ));
    assert_eq!(store.list_cases().unwrap().len(), 1);
}

#[test]
fn entry_crud_keeps_the_logged_order() {
    let (dir, mut store) = temp_store();
    let data = util::rich_case();
    let id = store.create_case(&data.case).unwrap();
    for c in &data.contacts {
        store.save_contact(id, c).unwrap();
    }
    for p in &data.promises {
        store.save_promise(id, p).unwrap();
    }
    for s in &data.statements {
        store.save_statement(id, s).unwrap();
    }
    for n in &data.notes {
        store.save_note(id, n).unwrap();
    }
    let image = dir.path().join("photo.png");
    std::fs::write(&image, util::png(8, 8, 3)).unwrap();
    let attachment = store
        .add_attachment_from_path(
            id,
            &image,
            Some("Bon de commande".to_owned()),
            Some(util::day("2026-08-15")),
            vec![EntryId::new("p1"), EntryId::new("c2")],
        )
        .unwrap();
    assert_eq!(attachment.id, EntryId::new("a1"));
    assert_eq!(attachment.media_type, "image/png");
    assert_eq!(attachment.file_name, "photo.png");

    let mut expected = data.clone();
    expected.attachments = vec![attachment.clone()];
    assert_eq!(store.load_case(id).unwrap(), expected);

    // Replace one of each: same id, new content, same place in the order.
    let mut c2 = contact("c2", "2026-08-19T10:00:00-04:00", Outcome::Refused, None);
    c2.wait_minutes = None;
    store.save_contact(id, &c2).unwrap();
    let mut p1 = promise("p1", None);
    p1.status = papertrail::domain::PromiseStatus::Broken;
    p1.settled_at = Some(util::day("2026-08-23"));
    store.save_promise(id, &p1).unwrap();
    let s2 = statement("s2", Some("a1"), "delivered");
    store.save_statement(id, &s2).unwrap();
    let mut n1 = note("n1");
    n1.text = "Changed".to_owned();
    store.save_note(id, &n1).unwrap();
    let mut a1 = attachment.clone();
    a1.caption = None;
    a1.links = vec![EntryId::new("s2")];
    store.save_attachment_metadata(id, &a1).unwrap();

    *expected.contacts.get_mut(1).unwrap() = c2;
    *expected.promises.get_mut(0).unwrap() = p1;
    *expected.statements.get_mut(1).unwrap() = s2;
    *expected.notes.get_mut(0).unwrap() = n1;
    *expected.attachments.get_mut(0).unwrap() = a1;
    assert_eq!(store.load_case(id).unwrap(), expected);

    // Deleting an entry clears references to it and drops links to it.
    store.delete_entry(id, &EntryId::new("c2")).unwrap();
    store.delete_entry(id, &EntryId::new("s2")).unwrap();
    let loaded = store.load_case(id).unwrap();
    assert_eq!(loaded.contacts.len(), 2);
    assert_eq!(loaded.statements.first().unwrap().source, None);
    assert!(loaded.attachments.first().unwrap().links.is_empty());
    for entry in ["c1", "c0", "p1", "p2", "s1", "a1", "n1"] {
        store.delete_entry(id, &EntryId::new(entry)).unwrap();
    }
    let empty = store.load_case(id).unwrap();
    assert_eq!(empty, papertrail::domain::CaseData::new(data.case));
    assert!(matches!(
        store.delete_entry(id, &EntryId::new("c1")),
        Err(StoreError::EntryNotFound { .. })
    ));
}

#[test]
fn bad_references_and_ids_are_refused() {
    let (_dir, mut store) = temp_store();
    let id = store.create_case(&util::rich_details()).unwrap();
    store.save_note(id, &note("x1")).unwrap();
    let err = store
        .save_contact(
            id,
            &contact("x1", "2026-08-17T09:30:00Z", Outcome::Other, None),
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::EntryIdTaken { .. }), "{err}");
    let err = store
        .save_contact(
            id,
            &contact("c1", "2026-08-17T09:30:00Z", Outcome::Other, Some("c9")),
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::UnknownReference { .. }), "{err}");
    assert!(err.to_string().contains("\"c9\""), "{err}");
    let err = store.save_note(CaseId(999), &note("n1")).unwrap_err();
    assert!(matches!(err, StoreError::CaseNotFound(_)), "{err}");
    let err = store.save_note(id, &note("")).unwrap_err();
    assert!(matches!(err, StoreError::EmptyEntryId), "{err}");
    // Nothing half-written by the refused changes.
    assert_eq!(store.load_case(id).unwrap().contacts, vec![]);
}

#[test]
fn a_quick_log_saves_its_contact_promise_and_statement_together_or_not_at_all() {
    let (_dir, mut store) = temp_store();
    let id = store.create_case(&util::rich_details()).unwrap();
    // The statement's id is already a note's: the third write fails, so none may stay.
    store.save_note(id, &note("s1")).unwrap();
    let err = store
        .save_quick_log(
            id,
            &contact("c1", "2026-08-17T09:30:00Z", Outcome::Answered, None),
            Some(&promise("p1", Some("c1"))),
            Some(&statement("s1", Some("c1"), "2026-08-25")),
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::EntryIdTaken { .. }), "{err}");
    let case = store.load_case(id).unwrap();
    assert!(case.contacts.is_empty(), "contact rolled back");
    assert!(case.promises.is_empty(), "promise rolled back");
    assert!(case.statements.is_empty());
    // The same log with a free id saves all three, the promise and statement tied to the call.
    store
        .save_quick_log(
            id,
            &contact("c1", "2026-08-17T09:30:00Z", Outcome::Answered, None),
            Some(&promise("p1", Some("c1"))),
            Some(&statement("s2", Some("c1"), "2026-08-25")),
        )
        .unwrap();
    let case = store.load_case(id).unwrap();
    assert_eq!(
        (
            case.contacts.len(),
            case.promises.len(),
            case.statements.len()
        ),
        (1, 1, 1)
    );
    assert_eq!(
        case.promises.first().and_then(|p| p.source.clone()),
        Some(EntryId::new("c1"))
    );
}

#[test]
fn the_schema_refuses_foreign_key_violations() {
    let (dir, store) = temp_store();
    drop(store);
    let conn = rusqlite::Connection::open(dir.path().join("papertrail.sqlite3")).unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    let orphan_entry = conn.execute(
        "INSERT INTO entries (case_id, entry_id, kind, position) VALUES (42, 'c1', 'contact', 1)",
        [],
    );
    assert!(orphan_entry.is_err(), "an entry of a missing case");
    let orphan_contact = conn.execute(
        "INSERT INTO contacts (entry, at, channel, direction, summary, outcome) \
         VALUES (42, '2026-01-01T00:00:00Z', 'email', 'outgoing', '', 'other')",
        [],
    );
    assert!(orphan_contact.is_err(), "a contact without its entry row");
}

#[test]
fn migrations_run_from_empty_and_reopening_keeps_data() {
    let dir = tempfile::tempdir().unwrap();
    let data = util::rich_case();
    let id = {
        let mut store = Store::open(dir.path()).unwrap();
        store.insert_case(&data).unwrap()
    };
    let conn = rusqlite::Connection::open(dir.path().join("papertrail.sqlite3")).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert!(version >= 1, "migrations applied: {version}");
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    drop(conn);
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.load_case(id).unwrap(), data);
}

#[test]
fn a_database_from_a_newer_app_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path()).unwrap());
    let conn = rusqlite::Connection::open(dir.path().join("papertrail.sqlite3")).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let err = Store::open(dir.path()).unwrap_err();
    assert!(matches!(err, StoreError::TooNew), "{err}");
    assert!(err.to_string().contains("newer version"), "{err}");
}

#[test]
fn the_same_content_is_stored_once() {
    let (dir, mut store) = temp_store();
    let id = store.create_case(&util::rich_details()).unwrap();
    let bytes = util::png(16, 16, 7);
    let first = dir.path().join("first.png");
    let second = dir.path().join("second-name.png");
    std::fs::write(&first, &bytes).unwrap();
    std::fs::write(&second, &bytes).unwrap();
    let a = store
        .add_attachment_from_path(id, &first, None, None, vec![])
        .unwrap();
    let b = store
        .add_attachment_from_path(id, &second, None, None, vec![])
        .unwrap();
    assert_eq!(a.sha256, util::sha256_hex(&bytes));
    assert_eq!(a.sha256, b.sha256);
    assert_ne!(a.id, b.id);
    assert_eq!(b.file_name, "second-name.png");
    let stored = util::files_under(&dir.path().join("attachments"));
    assert_eq!(
        stored,
        vec![store.blob_path(&a.sha256)],
        "one file for both"
    );
    assert_eq!(std::fs::read(&stored[0]).unwrap(), bytes);
    assert!(
        std::fs::metadata(&stored[0])
            .unwrap()
            .permissions()
            .readonly()
    );
    assert!(store.verify().unwrap().is_ok());
}

#[test]
fn verify_finds_truncated_and_missing_files() {
    let (dir, mut store) = temp_store();
    let id = store.create_case(&util::rich_details()).unwrap();
    let mut shas = Vec::new();
    for seed in [1, 2] {
        let path = dir.path().join(format!("{seed}.png"));
        std::fs::write(&path, util::png(32, 32, seed)).unwrap();
        let attachment = store
            .add_attachment_from_path(id, &path, None, None, vec![])
            .unwrap();
        shas.push(attachment.sha256);
    }
    let report = store.verify().unwrap();
    assert_eq!((report.checked, report.problems.len()), (2, 0));

    let truncated = store.blob_path(&shas[0]);
    let mut permissions = std::fs::metadata(&truncated).unwrap().permissions();
    #[expect(clippy::permissions_set_readonly_false, reason = "simulating damage")]
    permissions.set_readonly(false);
    std::fs::set_permissions(&truncated, permissions).unwrap();
    let len = std::fs::metadata(&truncated).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&truncated)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
    std::fs::remove_file(store.blob_path(&shas[1])).unwrap();

    let report = store.verify().unwrap();
    assert!(!report.is_ok());
    assert_eq!(report.problems.len(), 2, "{:?}", report.problems);
    let altered = report
        .problems
        .iter()
        .find(|p| p.sha256 == shas[0])
        .unwrap();
    assert!(matches!(
        altered.problem,
        Problem::Altered { actual_size, .. } if actual_size == len / 2
    ));
    assert_eq!(altered.used_by.first().unwrap().1, EntryId::new("a1"));
    let missing = report
        .problems
        .iter()
        .find(|p| p.sha256 == shas[1])
        .unwrap();
    assert_eq!(missing.problem, Problem::Missing);
    assert!(missing.to_string().contains("2.png"), "{missing}");
}

/// Size of the generated large file.
const LARGE_FILE_BYTES: u64 = 200 * 1024 * 1024;

/// The peak memory (VmHWM) of this process, in KiB.
#[cfg(target_os = "linux")]
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("a VmHWM line")
}

/// Runs in its own process (spawned by `a_large_file_streams_with_bounded_memory`) so the peak
/// memory it measures is its own, not that of tests running beside it.
#[cfg(target_os = "linux")]
#[test]
#[ignore = "spawned in a child process by a_large_file_streams_with_bounded_memory"]
fn large_file_child() {
    let Ok(dir) = std::env::var("PAPERTRAIL_TEST_LARGE_DIR") else {
        return;
    };
    let dir = std::path::Path::new(&dir);
    let source = dir.join("large.bin");
    {
        let mut file = std::io::BufWriter::new(std::fs::File::create(&source).unwrap());
        let mut chunk = vec![0_u8; 1024 * 1024];
        for i in 0..LARGE_FILE_BYTES / chunk.len() as u64 {
            chunk.fill((i % 251) as u8);
            chunk[0] = b'#';
            file.write_all(&chunk).unwrap();
        }
        file.flush().unwrap();
    }
    let mut store = Store::open(&dir.join("data")).unwrap();
    let id = store.create_case(&util::rich_details()).unwrap();
    let before = peak_rss_kib();
    let attachment = store
        .add_attachment_from_path(id, &source, None, None, vec![])
        .unwrap();
    let after = peak_rss_kib();
    assert_eq!(attachment.size, LARGE_FILE_BYTES);
    let stored = std::fs::metadata(store.blob_path(&attachment.sha256)).unwrap();
    assert_eq!(stored.len(), LARGE_FILE_BYTES);
    println!("\nPEAK_GROWTH_KIB={}", after.saturating_sub(before));
}

#[cfg(target_os = "linux")]
#[test]
fn a_large_file_streams_with_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "store::large_file_child",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("PAPERTRAIL_TEST_LARGE_DIR", dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let growth: u64 = stdout
        .lines()
        .find_map(|line| line.split("PEAK_GROWTH_KIB=").nth(1))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("the child did not report its memory: {stdout}"));
    // The file is 200 MiB; streaming keeps the peak growth to a few buffers.
    assert!(
        growth < 32 * 1024,
        "peak memory grew by {growth} KiB storing a 200 MiB file"
    );
}

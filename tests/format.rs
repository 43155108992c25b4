//! The case file format: round trips, malformed files named by JSON path, unsafe bundles.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a failure is a test failure"
)]

use crate::util::{self, files_under, table_counts, temp_store, write_rich_case_dir, write_zip};
use papertrail::format::{self, FormatError, Limits};
use papertrail::store::Store;
use serde_json::{Value, json};
use std::io::Read as _;
use std::path::{Path, PathBuf};

/// The entries of a zip: name → bytes.
fn read_zip(path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        out.push((entry.name().to_owned(), bytes));
    }
    out.sort();
    out
}

fn entry<'a>(entries: &'a [(String, Vec<u8>)], name: &str) -> &'a [u8] {
    &entries.iter().find(|(n, _)| n == name).unwrap().1
}

#[test]
fn export_import_export_is_lossless() {
    let work = tempfile::tempdir().unwrap();
    let source = work.path().join("source");
    let (doc, files) = write_rich_case_dir(&source);
    let (_dir, mut store) = temp_store();
    let first = format::import_path(&mut store, &source.join("case.json")).unwrap();
    let loaded = store.load_case(first).unwrap();
    assert_eq!(loaded.contacts, util::rich_case().contacts, "order kept");
    assert_eq!(loaded.attachments.len(), 4);
    assert_eq!(loaded.attachments[0].media_type, "image/png");
    assert_eq!(loaded.attachments[0].size, files[0].1.len() as u64);

    let bundle1 = work.path().join("one.zip");
    format::export_bundle(&store, first, &bundle1).unwrap();
    let second = format::import_path(&mut store, &bundle1).unwrap();
    assert_ne!(first, second);
    assert_eq!(store.load_case(second).unwrap(), loaded);
    let bundle2 = work.path().join("two.zip");
    format::export_bundle(&store, second, &bundle2).unwrap();

    let one = read_zip(&bundle1);
    let two = read_zip(&bundle2);
    assert_eq!(one, two, "case.json and every file identical");
    let names: Vec<&str> = one.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "attachments/2/photo.png",
            "attachments/photo.png",
            "attachments/screen.png",
            "case.json"
        ]
    );
    assert_eq!(entry(&one, "attachments/photo.png"), files[0].1.as_slice());
    assert_eq!(entry(&one, "attachments/screen.png"), files[1].1.as_slice());
    assert_eq!(
        entry(&one, "attachments/2/photo.png"),
        files[2].1.as_slice()
    );

    // The exported JSON says what the original said (file references aside).
    let mut exported: Value = serde_json::from_slice(entry(&one, "case.json")).unwrap();
    let mut original = doc.clone();
    for value in [&mut exported, &mut original] {
        let object = value.as_object_mut().unwrap();
        object.remove("unknown_extension_key");
        for attachment in object["attachments"].as_array_mut().unwrap() {
            let attachment = attachment.as_object_mut().unwrap();
            attachment.remove("file");
            attachment.entry("received_at").or_insert(Value::Null);
            attachment.entry("caption").or_insert(Value::Null);
            attachment.entry("links").or_insert(json!([]));
        }
    }
    assert_eq!(exported, original);
}

#[test]
fn every_demo_bundle_round_trips() {
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo");
    let bundles: Vec<PathBuf> = std::fs::read_dir(&demo)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "zip"))
                .collect()
        })
        .unwrap_or_default();
    let work = tempfile::tempdir().unwrap();
    let (_dir, mut store) = temp_store();
    for bundle in bundles {
        let first = format::import_path(&mut store, &bundle)
            .unwrap_or_else(|e| panic!("{}: {e}", bundle.display()));
        let out1 = work.path().join("1.zip");
        format::export_bundle(&store, first, &out1).unwrap();
        let second = format::import_path(&mut store, &out1).unwrap();
        assert_eq!(
            store.load_case(first).unwrap(),
            store.load_case(second).unwrap()
        );
        let out2 = work.path().join("2.zip");
        format::export_bundle(&store, second, &out2).unwrap();
        assert_eq!(read_zip(&out1), read_zip(&out2), "{}", bundle.display());
        // Every original file comes back byte for byte.
        let original = read_zip(&bundle);
        for (name, bytes) in read_zip(&out1) {
            if name != "case.json" {
                assert!(
                    original.iter().any(|(_, b)| *b == bytes),
                    "{name} of {} changed",
                    bundle.display()
                );
            }
        }
    }
}

#[test]
fn a_bundle_in_memory_imports() {
    let work = tempfile::tempdir().unwrap();
    let (_doc, _files) = write_rich_case_dir(work.path());
    let (_dir, mut store) = temp_store();
    let first = format::import_path(&mut store, work.path()).unwrap();
    let bundle = work.path().join("b.zip");
    format::export_bundle(&store, first, &bundle).unwrap();
    let second = format::import_bundle_bytes(&mut store, &std::fs::read(&bundle).unwrap()).unwrap();
    assert_eq!(
        store.load_case(first).unwrap(),
        store.load_case(second).unwrap()
    );
}

/// Applies `change` to a valid case file, imports it, and checks the error and that nothing
/// changed in the store.
fn assert_refused(change: impl FnOnce(&mut Value), expected: &str) {
    let work = tempfile::tempdir().unwrap();
    let (mut doc, _files) = write_rich_case_dir(work.path());
    change(&mut doc);
    std::fs::write(
        work.path().join("case.json"),
        serde_json::to_vec_pretty(&doc).unwrap(),
    )
    .unwrap();
    let (dir, mut store) = temp_store();
    store.insert_case(&util::rich_case()).unwrap();
    let counts = table_counts(dir.path());
    let stored = files_under(dir.path());
    let err = format::import_path(&mut store, &work.path().join("case.json")).unwrap_err();
    assert!(
        err.to_string().starts_with(expected),
        "expected {expected:?}, got {err}"
    );
    assert_eq!(table_counts(dir.path()), counts, "the database changed");
    assert_eq!(files_under(dir.path()), stored, "files changed");
}

#[test]
fn a_missing_key_is_named() {
    assert_refused(
        |doc| {
            doc["contacts"][1].as_object_mut().unwrap().remove("at");
        },
        "contacts[1].at: this required key is missing",
    );
    assert_refused(
        |doc| {
            doc["case"].as_object_mut().unwrap().remove("time_zone");
        },
        "case.time_zone: this required key is missing",
    );
}

#[test]
fn a_wrong_type_is_named() {
    assert_refused(
        |doc| doc["contacts"][2]["wait_minutes"] = json!("ten"),
        "contacts[2].wait_minutes: invalid type: string \"ten\", expected u32",
    );
    assert_refused(
        |doc| doc["promises"] = json!({"p1": {}}),
        "promises: invalid type: map, expected a sequence",
    );
}

#[test]
fn an_unknown_enum_value_is_named() {
    assert_refused(
        |doc| doc["contacts"][0]["channel"] = json!("fax"),
        "contacts[0].channel: unknown variant `fax`",
    );
    assert_refused(
        |doc| doc["case"]["jurisdiction"] = json!("ca-bc"),
        "case.jurisdiction: unknown variant `ca-bc`",
    );
}

#[test]
fn a_bad_date_is_named() {
    assert_refused(
        |doc| doc["contacts"][1]["at"] = json!("2026-08-17 09:30"),
        "contacts[1].at: expected an RFC 3339 date-time",
    );
    assert_refused(
        |doc| doc["promises"][0]["due"] = json!("2026-02-30"),
        "promises[0].due: expected a date (YYYY-MM-DD) or an RFC 3339 date-time",
    );
}

#[test]
fn ids_and_references_are_checked_before_writing() {
    assert_refused(
        |doc| doc["notes"][0]["id"] = json!("c1"),
        "notes[0].id: the id \"c1\" is already used by contacts[0]",
    );
    assert_refused(
        |doc| doc["contacts"][1]["in_reply_to"] = json!("p1"),
        "contacts[1].in_reply_to: \"p1\" is not a contact",
    );
    assert_refused(
        |doc| doc["statements"][0]["source"] = json!("zz"),
        "statements[0].source: \"zz\" is not a contact or attachment",
    );
    assert_refused(
        |doc| doc["attachments"][0]["links"] = json!(["p1", "nope"]),
        "attachments[0].links[1]: \"nope\" is not an entry",
    );
    assert_refused(
        |doc| doc["attachments"][1]["file"] = json!("../outside.png"),
        "attachments[1].file: \"../outside.png\" must be a relative path",
    );
    assert_refused(
        |doc| doc["version"] = json!(2),
        "case file version 2 is not supported",
    );
}

#[test]
fn a_hash_mismatch_is_refused() {
    // The last attachment is wrong: the earlier ones must not be left behind either.
    assert_refused(
        |doc| doc["attachments"][3]["sha256"] = json!("0".repeat(64)),
        "attachments[3]: the file \"attachments/sub/photo.png\" does not match its sha256",
    );
}

/// A bundle with the given extra entries besides a valid minimal case.json.
fn bundle_with(dir: &Path, extra: &[(&str, &[u8])]) -> PathBuf {
    let mut doc = serde_json::to_value(util::rich_case()).unwrap();
    doc["format"] = json!("papertrail-case");
    doc["version"] = json!(1);
    let json = serde_json::to_vec(&doc).unwrap();
    let mut entries: Vec<(&str, &[u8])> = vec![("case.json", &json)];
    entries.extend_from_slice(extra);
    let path = dir.join("bundle.zip");
    write_zip(&path, &entries);
    path
}

#[test]
fn zip_entries_that_escape_are_refused() {
    for evil in ["../evil", "attachments/../../evil", "/tmp/papertrail-evil"] {
        let outer = tempfile::tempdir().unwrap();
        let data_dir = outer.path().join("data");
        let mut store = Store::open(&data_dir).unwrap();
        let bundle = bundle_with(outer.path(), &[(evil, b"owned")]);
        let before = files_under(outer.path());
        let err = format::import_path(&mut store, &bundle).unwrap_err();
        assert!(matches!(err, FormatError::UnsafePath(_)), "{evil}: {err}");
        assert!(err.to_string().contains("outside the bundle"), "{err}");
        assert_eq!(files_under(outer.path()), before, "{evil}: files written");
        assert!(!Path::new("/tmp/papertrail-evil").exists());
        assert!(store.list_cases().unwrap().is_empty());
    }
}

#[test]
fn oversized_files_and_zip_bombs_are_refused() {
    let outer = tempfile::tempdir().unwrap();
    let (dir, mut store) = temp_store();
    let zeros = vec![0_u8; 4 * 1024 * 1024];
    let bundle = bundle_with(outer.path(), &[("attachments/zeros.bin", &zeros)]);
    let small = Limits {
        max_file_bytes: 1024 * 1024,
        ..Limits::default()
    };
    let err = format::import_path_with_limits(&mut store, &bundle, &small).unwrap_err();
    assert!(matches!(err, FormatError::TooLarge { .. }), "{err}");
    let strict = Limits {
        max_compression_ratio: 100,
        ..Limits::default()
    };
    let err = format::import_path_with_limits(&mut store, &bundle, &strict).unwrap_err();
    assert!(matches!(err, FormatError::ZipBomb(_)), "{err}");
    // A lone case.json whose file is over the limit.
    let work = tempfile::tempdir().unwrap();
    write_rich_case_dir(work.path());
    let tiny = Limits {
        max_file_bytes: 100,
        ..Limits::default()
    };
    let err = format::import_path_with_limits(&mut store, &work.path().join("case.json"), &tiny)
        .unwrap_err();
    assert!(err.to_string().contains("too large"), "{err}");
    assert!(store.list_cases().unwrap().is_empty());
    assert!(files_under(&dir.path().join("attachments")).is_empty());
}

#[test]
fn not_a_case_file_is_refused() {
    let outer = tempfile::tempdir().unwrap();
    let (_dir, mut store) = temp_store();
    let path = outer.path().join("x.json");
    std::fs::write(&path, br#"{"hello": 1}"#).unwrap();
    let err = format::import_path(&mut store, &path).unwrap_err();
    assert!(matches!(err, FormatError::NotACaseFile), "{err}");
    let zip = outer.path().join("empty.zip");
    write_zip(&zip, &[("readme.txt", b"hi")]);
    let err = format::import_path(&mut store, &zip).unwrap_err();
    assert!(matches!(err, FormatError::NoCaseJson), "{err}");
}

#[test]
fn a_v1_file_without_the_rights_keys_imports_as_before() {
    let work = tempfile::tempdir().unwrap();
    let (mut doc, _files) = write_rich_case_dir(work.path());
    for key in [
        "contract_kind",
        "delivery_agreed",
        "delivery_essential",
        "delivered_at",
        "payment",
        "refunds",
    ] {
        doc["case"].as_object_mut().unwrap().remove(key);
    }
    for contact in doc["contacts"].as_array_mut().unwrap() {
        for key in ["party", "purpose", "deadline", "received_at"] {
            contact.as_object_mut().unwrap().remove(key);
        }
    }
    std::fs::write(
        work.path().join("case.json"),
        serde_json::to_vec_pretty(&doc).unwrap(),
    )
    .unwrap();
    let (_dir, mut store) = temp_store();
    let id = format::import_path(&mut store, &work.path().join("case.json")).unwrap();
    let loaded = store.load_case(id).unwrap();
    assert_eq!(loaded.case.payment, None);
    assert!(loaded.case.refunds.is_empty());
    assert!(!loaded.case.delivery_essential);
    assert!(
        loaded
            .contacts
            .iter()
            .all(|c| c.party == papertrail::domain::ContactParty::Merchant && c.purpose.is_none())
    );
}

#[test]
fn a_full_card_number_is_refused() {
    assert_refused(
        |doc| doc["case"]["payment"]["card_last4"] = serde_json::json!("4111 1111 1111 1111"),
        "case.payment.card_last4: a full card number is refused",
    );
}

#[test]
fn the_rights_keys_survive_a_round_trip() {
    let (_dir, mut store) = temp_store();
    let id = store.insert_case(&util::rich_case()).unwrap();
    let loaded = store.load_case(id).unwrap();
    assert_eq!(loaded.case, util::rich_case().case);
    assert_eq!(loaded.contacts, util::rich_case().contacts);
}

#[test]
fn a_negative_amount_is_refused() {
    assert_refused(
        |doc| doc["case"]["price"]["amount"] = serde_json::json!("-5.00"),
        "case.price.amount: an amount must not be negative",
    );
}

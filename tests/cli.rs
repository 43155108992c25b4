//! The command line, end to end, in a temp data directory.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a failure is a test failure"
)]

use crate::util::{self, write_rich_case_dir};
use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

/// The real binary with its data directory set by the environment.
fn papertrail(data_dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_papertrail"));
    command.env("PAPERTRAIL_DATA_DIR", data_dir);
    command
}

/// Asserts a clean failure: non-zero exit, one `error:` sentence, no panic or backtrace.
fn assert_clean_failure(output: &std::process::Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!output.status.success(), "{stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("backtrace"), "{stderr}");
    stderr
}

#[test]
fn import_list_export_verify() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let source = work.path().join("source");
    write_rich_case_dir(&source);

    papertrail(&data)
        .args(["import"])
        .arg(source.join("case.json"))
        .assert()
        .success()
        .stdout("1\n");
    papertrail(&data).arg("list").assert().success().stdout(
        "1\tLit commandé le 15 août, jamais livré\tMeubles Exemple Inc.\topen\t\
             3 contacts, 2 promises, 2 statements, 4 attachments, 1 notes\n",
    );
    let bundle = work.path().join("out.zip");
    papertrail(&data)
        .args(["export-case", "1", "--out"])
        .arg(&bundle)
        .assert()
        .success();
    assert!(bundle.is_file());
    // The flag overrides the environment.
    let other = work.path().join("other");
    papertrail(&data)
        .arg("--data-dir")
        .arg(&other)
        .arg("import")
        .arg(&bundle)
        .assert()
        .success()
        .stdout("1\n");
    assert!(other.join("papertrail.sqlite3").is_file());

    papertrail(&data)
        .arg("verify")
        .assert()
        .success()
        .stdout(predicate::str::contains("All 3 stored files are intact."));
    // Damage one stored file: verify must say so and exit 1.
    let store = papertrail::store::Store::open(&data).unwrap();
    let attachment = store
        .load_case(papertrail::domain::CaseId(1))
        .unwrap()
        .attachments[1]
        .clone();
    let path = store.blob_path(&attachment.sha256);
    drop(store);
    std::fs::remove_file(&path).unwrap();
    papertrail(&data)
        .arg("verify")
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("missing file").and(predicate::str::contains("screen.png")),
        )
        .stderr(predicate::str::contains("1 of 3 stored files"));
}

#[test]
fn errors_are_one_clean_sentence() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let source = work.path().join("source");
    let (mut doc, _) = write_rich_case_dir(&source);
    doc["contacts"][2]["at"] = serde_json::json!("yesterday");
    std::fs::write(source.join("case.json"), serde_json::to_vec(&doc).unwrap()).unwrap();
    let output = papertrail(&data)
        .arg("import")
        .arg(source.join("case.json"))
        .output()
        .unwrap();
    let stderr = assert_clean_failure(&output);
    assert!(
        stderr.contains("contacts[2].at: expected an RFC 3339 date-time"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    for args in [
        &["report", "99"][..],
        &["export-case", "99", "--out", "x.zip"],
        &["dossier", "99", "--out", "x.pdf"],
    ] {
        let output = papertrail(&data).args(args).output().unwrap();
        let stderr = assert_clean_failure(&output);
        assert!(stderr.contains("there is no case with id 99"), "{stderr}");
    }
    // A usage error is clap's message, exit code 2.
    papertrail(&data)
        .args(["report", "one"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("expected a case id"));
    // A data directory that cannot be created.
    let blocker = work.path().join("file");
    std::fs::write(&blocker, b"").unwrap();
    let output = papertrail(&blocker.join("data"))
        .arg("list")
        .output()
        .unwrap();
    let stderr = assert_clean_failure(&output);
    assert!(
        stderr.contains("could not open the data directory"),
        "{stderr}"
    );
}

#[test]
fn demo_report_and_dossier_run() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let output = papertrail(&data).arg("demo").output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let ids = String::from_utf8(output.stdout).unwrap();
    assert!(ids.lines().all(|line| line.parse::<i64>().is_ok()), "{ids}");
    let listed = papertrail(&data).arg("list").output().unwrap();
    assert_eq!(
        String::from_utf8(listed.stdout).unwrap().lines().count(),
        ids.lines().count(),
        "every demo case is listed"
    );

    let mut store = papertrail::store::Store::open(&data).unwrap();
    let id = store.insert_case(&util::rich_case()).unwrap().to_string();
    drop(store);
    let json = papertrail(&data)
        .args([
            "report",
            &id,
            "--json",
            "--as-of",
            "2026-09-01T12:00:00+02:00",
        ])
        .output()
        .unwrap();
    assert!(json.status.success(), "{json:?}");
    let findings: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(findings.is_object(), "{findings}");
    papertrail(&data)
        .args(["report", &id, "--as-of", "2026-09-01"])
        .assert()
        .success();

    // The dossier engine is written elsewhere: it either writes a PDF or fails cleanly.
    let pdf = work.path().join("dossier.pdf");
    let output = papertrail(&data)
        .args([
            "dossier", &id, "--lang", "en", "--paper", "letter", "--redact", "--out",
        ])
        .arg(&pdf)
        .output()
        .unwrap();
    if output.status.success() {
        assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    } else {
        assert_clean_failure(&output);
        assert!(!pdf.exists(), "no partial file on failure");
    }
}

#[test]
fn a_new_empty_store_is_said_and_a_read_only_output_is_kept() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("mistyped");
    // A data directory that held no store: said once, on standard error.
    papertrail(&data)
        .arg("list")
        .assert()
        .success()
        .stderr(predicate::str::contains("held no Paper Trail store"));
    papertrail(&data)
        .arg("list")
        .assert()
        .success()
        .stderr(predicate::str::contains("held no Paper Trail store").not());
    papertrail(&data).arg("demo").assert().success();
    // A dossier over a file its owner made read-only is refused; the file is untouched.
    let out = work.path().join("kept.pdf");
    std::fs::write(&out, b"mine").unwrap();
    let mut permissions = std::fs::metadata(&out).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&out, permissions).unwrap();
    let output = papertrail(&data)
        .args(["dossier", "1", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    let stderr = assert_clean_failure(&output);
    assert!(stderr.contains("read-only"), "{stderr}");
    assert_eq!(std::fs::read(&out).unwrap(), b"mine");
    // A folder that does not exist is named.
    let output = papertrail(&data)
        .args(["dossier", "1", "--out"])
        .arg(work.path().join("nowhere").join("d.pdf"))
        .output()
        .unwrap();
    let stderr = assert_clean_failure(&output);
    assert!(
        stderr.contains("the folder") && stderr.contains("nowhere"),
        "{stderr}"
    );
}

#[test]
fn a_dossier_made_with_a_damaged_original_says_so_on_stderr_and_in_the_list() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    papertrail(&data).arg("demo").assert().success();
    let store = papertrail::store::Store::open(&data).unwrap();
    let case = store.load_case(papertrail::domain::CaseId(1)).unwrap();
    drop(store);
    let photo = case
        .attachments
        .iter()
        .find(|a| a.file_name.ends_with(".jpg"))
        .unwrap();
    let letter = case
        .attachments
        .iter()
        .find(|a| a.file_name.ends_with(".pdf"))
        .unwrap();
    let blobs = data.join("attachments");
    let find = |sha: &str| {
        walk(&blobs)
            .into_iter()
            .find(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().contains(sha))
            })
            .unwrap()
    };
    // One byte changed in the photo; the letter gone.
    let photo_path = find(&photo.sha256);
    let mut bytes = std::fs::read(&photo_path).unwrap();
    bytes[100] ^= 0xFF;
    let mut permissions = std::fs::metadata(&photo_path).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    permissions.set_readonly(false);
    std::fs::set_permissions(&photo_path, permissions).unwrap();
    std::fs::write(&photo_path, bytes).unwrap();
    std::fs::remove_file(find(&letter.sha256)).unwrap();

    let out = work.path().join("d.pdf");
    let assert = papertrail(&data)
        .args(["dossier", "1", "--lang", "en", "--out"])
        .arg(&out)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains(&format!(
            "({}) no longer matches its SHA-256",
            photo.file_name
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("({}) is missing from the store", letter.file_name)),
        "{stderr}"
    );
    let doc = lopdf::Document::load(&out).unwrap();
    let text: String = doc
        .get_pages()
        .keys()
        .map(|&n| doc.extract_text(&[n]).unwrap_or_default())
        .collect();
    let list = &text[text.find("List of exhibits").unwrap()..];
    assert!(list.contains("except those marked ⚠"), "{list}");
    assert!(
        list.contains("⚠ Note: the file was not found in the store."),
        "{list}"
    );
    assert!(
        list.contains("⚠ Note: the stored file does not match its recorded SHA-256"),
        "{list}"
    );
}

/// Every file below `dir`.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn redact_says_what_it_does_not_reach() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    papertrail(&data).arg("demo").assert().success();
    papertrail(&data)
        .args(["dossier", "1", "--redact", "--out"])
        .arg(work.path().join("r.pdf"))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "the words typed in the case and the exhibits are printed as they are",
        ));
}

//! Plain manners of the command line: a closed pipe ends quietly, a missing file is named in a
//! sentence, emails imported from the command line.

use crate::util;
use papertrail::store::Store;
use std::io::Read as _;
use std::path::Path;
use std::process::{Command, Stdio};

fn papertrail(data: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_papertrail"));
    command.env("PAPERTRAIL_DATA_DIR", data);
    command
}

#[test]
fn list_into_a_closed_pipe_ends_quietly() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let mut store = Store::open(&data).unwrap();
    // Enough lines to overflow a pipe buffer, so the writer meets the closed pipe for sure.
    let mut details = util::rich_details();
    details.title = "x".repeat(2000);
    for _ in 0..80 {
        store.create_case(&details).unwrap();
    }
    drop(store);
    // `papertrail list | head -c 10`: read a little, then close the pipe.
    let mut child = papertrail(&data)
        .arg("list")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut head = [0_u8; 10];
    stdout.read_exact(&mut head).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn a_missing_file_is_named_in_a_sentence() {
    let work = tempfile::tempdir().unwrap();
    let missing = work.path().join("nowhere.eml");
    for args in [vec!["import-email", "--case", "1"], vec!["import"]] {
        let output = papertrail(&work.path().join("data"))
            .args(args)
            .arg(&missing)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success());
        assert_eq!(
            stderr.trim_end(),
            format!("error: The file {} does not exist.", missing.display())
        );
        assert!(!stderr.contains("os error"), "{stderr}");
    }
}

#[test]
fn import_email_from_the_command_line() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let id = Store::open(&data)
        .unwrap()
        .create_case(&util::rich_details())
        .unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/email");
    let run = || {
        papertrail(&data)
            .args(["import-email", "--case", &id.to_string()])
            .arg(fixtures.join("01-question.eml"))
            .arg(fixtures.join("02-reply.eml"))
            .output()
            .unwrap()
    };
    let first = run();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&first.stdout), "c1\nc2\n");
    let second = run();
    assert!(second.status.success());
    assert!(second.stdout.is_empty());
    assert!(
        String::from_utf8_lossy(&second.stderr).contains("2 were already there"),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    let broken = papertrail(&data)
        .args(["import-email", "--case", &id.to_string()])
        .arg(fixtures.join("malformed.eml"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&broken.stderr);
    assert!(!broken.status.success());
    assert!(
        stderr.starts_with("error: could not import the emails into case"),
        "{stderr}"
    );
    assert!(stderr.contains("not a well-formed email"), "{stderr}");
}

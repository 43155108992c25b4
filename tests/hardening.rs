//! Issue 12, "hardening and scale": each defect the hostile corpus found, reproduced through the
//! command line or the library, with only the Rust toolchain (no poppler, no qpdf).

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a failure is a test failure"
)]

use crate::util::{self, write_rich_case_dir};
use assert_cmd::Command;
use papertrail::domain::{CaseDetails, Language, TimeZone};
use papertrail::dossier::{AttachmentSource, DossierOptions, Paper};
use papertrail::format::Limits;
use papertrail::store::Store;
use serde_json::json;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// The real binary with its data directory set by the environment.
fn papertrail(data_dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_papertrail"));
    command.env("PAPERTRAIL_DATA_DIR", data_dir);
    command
}

/// A data directory with the rich case (id 1) imported; returns (work dir, data dir).
fn imported() -> (tempfile::TempDir, PathBuf) {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let source = work.path().join("source");
    write_rich_case_dir(&source);
    papertrail(&data)
        .arg("import")
        .arg(&source)
        .assert()
        .success()
        .stdout("1\n");
    (work, data)
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Stored attachments for the library's dossier.
struct Blobs(PathBuf);

impl AttachmentSource for Blobs {
    fn path_of(&self, sha256: &str) -> PathBuf {
        self.0.join("attachments").join(sha256)
    }
}

fn options() -> DossierOptions {
    DossierOptions {
        language: None,
        paper: Paper::A4,
        prepared_at: "2026-09-01T10:00:00Z".parse().unwrap(),
        redact: false,
        embed_originals: true,
        for_email: None,
    }
}

/// The embedded files of a PDF: (name, decoded content).
fn embedded_files(doc: &lopdf::Document) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else {
            continue;
        };
        if dict.get(b"Type").and_then(lopdf::Object::as_name).ok() != Some(b"Filespec".as_slice()) {
            continue;
        }
        let name = lopdf::decode_text_string(dict.get(b"UF").unwrap()).unwrap();
        let ef = dict.get(b"EF").unwrap().as_dict().unwrap();
        let id = ef.get(b"F").unwrap().as_reference().unwrap();
        let stream = doc.get_object(id).unwrap().as_stream().unwrap();
        let content = stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone());
        out.push((name, content));
    }
    out.sort();
    out
}

/// Whether this process runs as root (which ignores permission bits).
fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

// 1. --out respects what is at the target.

#[cfg(unix)]
#[test]
fn out_keeps_permissions_writes_through_links_and_refuses_special_files() {
    use std::os::unix::fs::PermissionsExt as _;
    let (work, data) = imported();

    // A private file stays private.
    let private = work.path().join("private.zip");
    std::fs::write(&private, b"old").unwrap();
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
    papertrail(&data)
        .args(["export-case", "1", "--out"])
        .arg(&private)
        .assert()
        .success();
    let mode = std::fs::metadata(&private).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the file kept its mode");
    assert!(std::fs::read(&private).unwrap().starts_with(b"PK"));

    // A symbolic link is written through.
    let real = work.path().join("real.pdf");
    std::fs::write(&real, b"old").unwrap();
    let link = work.path().join("link.pdf");
    std::os::unix::fs::symlink("real.pdf", &link).unwrap();
    papertrail(&data)
        .args(["dossier", "1", "--as-of", "2026-09-01", "--out"])
        .arg(&link)
        .assert()
        .success();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    assert!(std::fs::read(&real).unwrap().starts_with(b"%PDF-"));

    // A directory or a device is refused, untouched.
    let folder = work.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    for (target, kind) in [
        (folder.as_path(), "a directory"),
        (Path::new("/dev/null"), "a device"),
    ] {
        let output = papertrail(&data)
            .args(["dossier", "1", "--out"])
            .arg(target)
            .output()
            .unwrap();
        let stderr = stderr_of(&output);
        assert!(!output.status.success(), "{stderr}");
        assert!(
            stderr.contains(kind) && stderr.contains("not a regular file"),
            "{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    assert!(folder.is_dir());
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );

    // `-` is standard output, for both commands; no file named `-` appears.
    let output = papertrail(&data)
        .current_dir(work.path())
        .args(["dossier", "1", "--as-of", "2026-09-01", "--out", "-"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(output.stdout.starts_with(b"%PDF-"));
    assert!(output.stdout.ends_with(b"%%EOF\n") || output.stdout.ends_with(b"%%EOF"));
    let output = papertrail(&data)
        .current_dir(work.path())
        .args(["export-case", "1", "--out", "-"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(output.stdout.starts_with(b"PK\x03\x04"));
    assert!(!work.path().join("-").exists(), "no file named -");
}

#[cfg(unix)]
use std::os::unix::fs::FileTypeExt as _;

// 2. Memory stays bounded: one decoded image at a time, reduced to print resolution; originals
// streamed.

/// Side of the giant PNG (the corpus used 7745 × 7745).
const GIANT: u32 = 7745;

/// Size of the large non-image attachment.
const LARGE_BYTES: u64 = 120 * 1024 * 1024;

/// The peak memory (VmHWM) of this process, in KiB.
#[cfg(target_os = "linux")]
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

/// Runs in its own process (spawned by `dossier_memory_is_bounded`, which made the files): stores
/// four exhibits of one 7745 × 7745 PNG and a 120 MiB file, then writes the case's dossier to a
/// file. Its whole peak memory is the figure.
#[cfg(target_os = "linux")]
#[test]
#[ignore = "spawned in a child process by dossier_memory_is_bounded"]
fn dossier_memory_child() {
    let Ok(dir) = std::env::var("PAPERTRAIL_TEST_MEMORY_DIR") else {
        return;
    };
    let dir = Path::new(&dir);
    let data = dir.join("data");
    let mut store = Store::open(&data).unwrap();
    let id = store.create_case(&util::rich_details()).unwrap();
    for _ in 0..4 {
        store
            .add_attachment_from_path(id, &dir.join("giant.png"), None, None, vec![])
            .unwrap();
    }
    store
        .add_attachment_from_path(id, &dir.join("large.bin"), None, None, vec![])
        .unwrap();
    let case = store.load_case(id).unwrap();
    drop(store);
    let mut out = std::io::BufWriter::new(std::fs::File::create(dir.join("out.pdf")).unwrap());
    papertrail::dossier::render_pdf_to(
        &case,
        &Blobs(data.clone()),
        &options(),
        &mut |_| {},
        &AtomicBool::new(false),
        &mut out,
    )
    .unwrap();
    out.flush().unwrap();
    println!("\nPEAK_KIB={}", peak_rss_kib());
}

/// Writes the giant PNG and the large file into `dir`.
fn write_memory_inputs(dir: &Path) {
    let image = image::RgbImage::from_fn(GIANT, GIANT, |x, y| {
        image::Rgb([(x / 31) as u8, (y / 31) as u8, 90])
    });
    image.save(dir.join("giant.png")).unwrap();
    drop(image);
    let mut file = std::io::BufWriter::new(std::fs::File::create(dir.join("large.bin")).unwrap());
    let mut chunk = vec![0_u8; 1024 * 1024];
    for i in 0..LARGE_BYTES / chunk.len() as u64 {
        for (j, b) in chunk.iter_mut().enumerate() {
            *b = ((i as usize * 7 + j * 13) % 251) as u8;
        }
        file.write_all(&chunk).unwrap();
    }
    file.flush().unwrap();
}

#[cfg(target_os = "linux")]
#[test]
fn dossier_memory_is_bounded() {
    let dir = tempfile::tempdir().unwrap();
    write_memory_inputs(dir.path());
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "hardening::dossier_memory_child",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("PAPERTRAIL_TEST_MEMORY_DIR", dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", stderr_of(&output));
    let figure = |key: &str| -> u64 {
        stdout
            .lines()
            .find_map(|line| line.split(key).nth(1))
            .and_then(|n| n.split_whitespace().next()?.parse().ok())
            .unwrap_or_else(|| panic!("the child did not report {key}: {stdout}"))
    };
    let peak = figure("PEAK_KIB=");
    // One decoded 7745² RGB image is 180 MB; four at once, or the 120 MiB original held in
    // memory (two or three times over), would pass 400 MB.
    assert!(
        peak < 400 * 1024,
        "storing and making the dossier peaked at {peak} KiB"
    );

    // The pages show reduced copies; the originals are attached byte for byte.
    let bytes = std::fs::read(dir.path().join("out.pdf")).unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let mut widths = Vec::new();
    for object in doc.objects.values() {
        if let Ok(stream) = object.as_stream()
            && stream
                .dict
                .get(b"Subtype")
                .and_then(lopdf::Object::as_name)
                .ok()
                == Some(b"Image".as_slice())
        {
            widths.push(stream.dict.get(b"Width").unwrap().as_i64().unwrap());
        }
    }
    assert_eq!(widths.len(), 4, "one picture per exhibit");
    // A4 content width (174 mm) at 300 dpi is 2055 pixels.
    assert!(widths.iter().all(|w| *w <= 2056), "{widths:?}");
    let files = embedded_files(&doc);
    assert_eq!(files.len(), 5);
    let giant = std::fs::read(dir.path().join("giant.png")).unwrap();
    let large = std::fs::read(dir.path().join("large.bin")).unwrap();
    let (giant_sha, large_sha) = (util::sha256_hex(&giant), util::sha256_hex(&large));
    let shas: Vec<String> = files.iter().map(|(_, c)| util::sha256_hex(c)).collect();
    assert_eq!(shas.iter().filter(|s| **s == giant_sha).count(), 4);
    assert_eq!(shas.iter().filter(|s| **s == large_sha).count(), 1);
}

// 3. Re-importing repairs a damaged stored file.

#[test]
fn reimport_repairs_an_altered_stored_file() {
    let work = tempfile::tempdir().unwrap();
    let source = work.path().join("source");
    write_rich_case_dir(&source);
    let data = work.path().join("data");
    let mut store = Store::open(&data).unwrap();
    papertrail::format::import_path(&mut store, &source).unwrap();
    let photo = std::fs::read(source.join("attachments/photo.png")).unwrap();
    let stored = store.blob_path(&util::sha256_hex(&photo));
    let mut permissions = std::fs::metadata(&stored).unwrap().permissions();
    #[expect(clippy::permissions_set_readonly_false, reason = "simulating damage")]
    permissions.set_readonly(false);
    std::fs::set_permissions(&stored, permissions).unwrap();
    // Same size, one byte changed: only the hash tells.
    let mut damaged = photo.clone();
    let last = damaged.len() - 1;
    damaged[last] ^= 0xFF;
    std::fs::write(&stored, &damaged).unwrap();
    assert!(!store.verify().unwrap().is_ok());

    papertrail::format::import_path(&mut store, &source).unwrap();
    assert_eq!(
        std::fs::read(&stored).unwrap(),
        photo,
        "the good copy is back"
    );
    let report = store.verify().unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert!(
        std::fs::metadata(&stored).unwrap().permissions().readonly(),
        "stored read-only again"
    );
}

// 4. Exhibits with the same file name keep apart inside the PDF.

#[test]
fn exhibits_with_the_same_name_are_embedded_under_unique_names() {
    let (work, data) = imported();
    let out = work.path().join("d.pdf");
    papertrail(&data)
        .args([
            "dossier",
            "1",
            "--lang",
            "en",
            "--as-of",
            "2026-09-01",
            "--out",
        ])
        .arg(&out)
        .assert()
        .success();
    let doc = lopdf::Document::load(&out).unwrap();
    let files = embedded_files(&doc);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names.len(), 4, "{names:?}");
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "unique names: {names:?}");
    assert!(
        names.contains(&"screen.png"),
        "a unique name is kept: {names:?}"
    );
    assert!(
        names
            .iter()
            // The case is under Québec law: its exhibits are cited « P-1 », « P-2 »…
            .any(|n| n.starts_with("P-") && n.ends_with("-photo.png")),
        "{names:?}"
    );
}

// 5. Several first opens of a new data directory at once.

#[test]
fn concurrent_first_opens_all_succeed() {
    let work = tempfile::tempdir().unwrap();
    let source = work.path().join("source");
    write_rich_case_dir(&source);

    // Threads of one process.
    let data = work.path().join("threads");
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let (data, source) = (data.clone(), source.clone());
            std::thread::spawn(move || -> Result<(), String> {
                let mut store = Store::open(&data).map_err(|e| format!("{e:?}"))?;
                papertrail::format::import_path(&mut store, &source)
                    .map(|_| ())
                    .map_err(|e| format!("{e:?}"))
            })
        })
        .collect();
    for handle in handles {
        let result = handle.join().unwrap();
        assert!(result.is_ok(), "{result:?}");
    }
    assert_eq!(Store::open(&data).unwrap().list_cases().unwrap().len(), 8);

    // Processes.
    let data = work.path().join("processes");
    let children: Vec<_> = (0..6)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_papertrail"))
                .env("PAPERTRAIL_DATA_DIR", &data)
                .arg("import")
                .arg(&source)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{}", stderr_of(&output));
    }
    assert_eq!(Store::open(&data).unwrap().list_cases().unwrap().len(), 6);
}

// 7. A truncated or corrupt JPEG gets the "unreadable image" note and is not drawn.

#[test]
fn truncated_and_corrupt_jpegs_are_listed_as_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    let image = image::RgbImage::from_fn(300, 200, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, ((x * y) % 256) as u8])
    });
    let mut whole = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut whole, 85)
        .encode_image(&image)
        .unwrap();
    let truncated = whole[..whole.len() / 2].to_vec();
    let mut corrupt = whole.clone();
    // Garbage over the middle of the entropy-coded data, markers included.
    let middle = corrupt.len() / 2;
    for (i, b) in corrupt[middle..middle + 64].iter_mut().enumerate() {
        *b = if i % 2 == 0 { 0xFF } else { 0xC4 };
    }
    let mut case = papertrail::domain::CaseData::new(CaseDetails::new(
        "JPEG",
        Language::En,
        TimeZone::parse("Europe/Paris").unwrap(),
    ));
    for (n, bytes) in [&whole, &truncated, &corrupt].into_iter().enumerate() {
        let sha = util::sha256_hex(bytes);
        std::fs::create_dir_all(dir.path().join("attachments")).unwrap();
        std::fs::write(dir.path().join("attachments").join(&sha), bytes).unwrap();
        case.attachments.push(papertrail::domain::Attachment {
            id: papertrail::domain::EntryId::new(format!("a{n}")),
            file_name: format!("photo-{n}.jpg"),
            sha256: sha,
            size: bytes.len() as u64,
            media_type: "image/jpeg".to_owned(),
            received_at: None,
            caption: None,
            links: Vec::new(),
        });
    }
    let bytes = papertrail::dossier::render_pdf(
        &case,
        &Blobs(dir.path().to_path_buf()),
        &DossierOptions {
            language: Some(Language::En),
            ..options()
        },
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let mut drawn = Vec::new();
    for object in doc.objects.values() {
        if let Ok(stream) = object.as_stream()
            && stream
                .dict
                .get(b"Subtype")
                .and_then(lopdf::Object::as_name)
                .ok()
                == Some(b"Image".as_slice())
        {
            drawn.push(util::sha256_hex(&stream.content));
        }
    }
    assert_eq!(
        drawn,
        vec![util::sha256_hex(&whole)],
        "only the whole JPEG is drawn"
    );
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap().replace('\n', " ");
    assert_eq!(
        text.matches("the image could not be read").count(),
        2,
        "{text}"
    );
}

// 8. Control characters from the case are shown escaped.

#[test]
fn list_and_report_escape_control_characters() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let source = work.path().join("source");
    let (mut doc, _) = write_rich_case_dir(&source);
    doc["case"]["title"] = json!("Evil\u{1b}]0;pwned\u{7} title\u{9b}31m");
    doc["case"]["merchant"]["name"] = json!("Shop\u{1b}[2J");
    doc["contacts"][0]["summary"] = json!("Rang\u{7}\u{7} and \u{1b}[31mred");
    std::fs::write(source.join("case.json"), doc.to_string()).unwrap();
    papertrail(&data)
        .arg("import")
        .arg(&source)
        .assert()
        .success();

    let forbidden = |text: &str| {
        text.chars()
            .filter(|c| c.is_control() && !matches!(c, '\n' | '\t'))
            .collect::<Vec<char>>()
    };
    let list = papertrail(&data).arg("list").output().unwrap();
    let list = String::from_utf8(list.stdout).unwrap();
    assert!(forbidden(&list).is_empty(), "{list:?}");
    assert!(
        list.contains("Evil\\u{1b}]0;pwned\\u{7} title\\u{9b}31m"),
        "{list:?}"
    );
    for args in [&["report", "1"][..], &["report", "1", "--json"][..]] {
        let output = papertrail(&data).args(args).output().unwrap();
        assert!(output.status.success(), "{}", stderr_of(&output));
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(forbidden(&text).is_empty(), "{args:?}: {text:?}");
    }
}

// 9. A read-only data directory can still be read.

#[cfg(unix)]
#[test]
fn a_read_only_data_directory_can_be_listed_reported_and_verified() {
    use std::os::unix::fs::PermissionsExt as _;
    let (work, data) = imported();
    std::fs::set_permissions(work.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut paths = util::files_under(&data);
    paths.push(data.join("attachments"));
    paths.push(data.clone());
    for path in &paths {
        let mode = if path.is_dir() { 0o555 } else { 0o444 };
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    // Root ignores permission bits: run the commands as an ordinary user then, from a copy of
    // the binary that user can reach (the checkout may sit in a folder only root can enter).
    let binary = work.path().join("papertrail");
    if is_root() {
        std::fs::copy(env!("CARGO_BIN_EXE_papertrail"), &binary).unwrap();
        std::fs::set_permissions(&binary, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let run = |args: &[&str]| {
        let mut command = if is_root() {
            let mut command = std::process::Command::new("setpriv");
            command
                .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(&binary);
            command
        } else {
            std::process::Command::new(env!("CARGO_BIN_EXE_papertrail"))
        };
        command
            .env("PAPERTRAIL_DATA_DIR", &data)
            .args(args)
            .output()
            .unwrap()
    };
    let before = util::files_under(&data);
    for args in [&["list"][..], &["report", "1"][..], &["verify"][..]] {
        let output = run(args);
        assert!(output.status.success(), "{args:?}: {}", stderr_of(&output));
        assert!(!output.stdout.is_empty(), "{args:?}");
    }
    // A change is refused cleanly.
    let output = run(&["demo"]);
    assert!(!output.status.success());
    assert!(!stderr_of(&output).contains("panicked"));
    assert_eq!(util::files_under(&data), before, "nothing was written");
    for path in &paths {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

// 10. A bundle with two entries of the same name is ambiguous.

#[test]
fn a_bundle_with_duplicate_entries_is_refused() {
    let work = tempfile::tempdir().unwrap();
    let source = work.path().join("source");
    let (doc, files) = write_rich_case_dir(&source);
    let json = serde_json::to_vec(&doc).unwrap();
    let mut entries: Vec<(&str, &[u8])> = vec![("case.json", &json)];
    for (name, bytes) in &files {
        entries.push((name.as_str(), bytes));
    }
    // A second entry that differs only by its name's spelling: `attachments//screen.png`.
    let evil = png_like(b"second copy");
    entries.push(("attachments//screen.png", &evil));
    let bundle = work.path().join("dup.zip");
    util::write_zip(&bundle, &entries);
    let (_dir, mut store) = util::temp_store();
    let err = papertrail::format::import_path(&mut store, &bundle).unwrap_err();
    assert!(
        err.to_string()
            .contains("two entries named \"attachments/screen.png\""),
        "{err}"
    );

    // The very same name twice (the zip writer refuses that, so rename one afterwards).
    entries.pop();
    entries.push(("attachments/screen.pnX", &evil));
    util::write_zip(&bundle, &entries);
    let mut raw = std::fs::read(&bundle).unwrap();
    replace_all(
        &mut raw,
        b"attachments/screen.pnX",
        b"attachments/screen.png",
    );
    std::fs::write(&bundle, raw).unwrap();
    let err = papertrail::format::import_path(&mut store, &bundle).unwrap_err();
    assert!(err.to_string().contains("two entries named"), "{err}");
    assert!(store.list_cases().unwrap().is_empty());
}

fn png_like(bytes: &[u8]) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend_from_slice(bytes);
    out
}

fn replace_all(haystack: &mut [u8], from: &[u8], to: &[u8]) {
    assert_eq!(from.len(), to.len());
    let mut i = 0;
    while i + from.len() <= haystack.len() {
        if &haystack[i..i + from.len()] == from {
            haystack[i..i + from.len()].copy_from_slice(to);
        }
        i += 1;
    }
}

// 11. A directory import reads only regular files inside the directory.

#[cfg(unix)]
#[test]
fn a_directory_import_follows_no_link_and_reads_no_fifo() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let secret = work.path().join("secret.png");
    std::fs::write(&secret, util::png(4, 4, 4)).unwrap();

    // A symbolic link to a file outside.
    let source = work.path().join("linked");
    let (mut doc, _) = write_rich_case_dir(&source);
    let screen = source.join("attachments/screen.png");
    std::fs::remove_file(&screen).unwrap();
    std::os::unix::fs::symlink(&secret, &screen).unwrap();
    doc["attachments"][1]["sha256"] = json!(util::sha256_hex(&std::fs::read(&secret).unwrap()));
    std::fs::write(source.join("case.json"), doc.to_string()).unwrap();
    let output = papertrail(&data)
        .arg("import")
        .arg(&source)
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert!(!output.status.success(), "{stderr}");
    assert!(stderr.contains("not a regular file inside"), "{stderr}");

    // A linked folder too.
    let source = work.path().join("folder-link");
    write_rich_case_dir(&source);
    let outside = work.path().join("outside");
    std::fs::rename(source.join("attachments/sub"), &outside).unwrap();
    std::os::unix::fs::symlink(&outside, source.join("attachments/sub")).unwrap();
    let output = papertrail(&data)
        .arg("import")
        .arg(&source)
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(stderr_of(&output).contains("not a regular file inside"));

    // A named pipe: refused at once instead of waiting forever.
    let source = work.path().join("fifo");
    write_rich_case_dir(&source);
    let pipe = source.join("attachments/screen.png");
    std::fs::remove_file(&pipe).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .unwrap();
    assert!(made.success());
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_papertrail"))
        .env("PAPERTRAIL_DATA_DIR", &data)
        .arg("import")
        .arg(&source)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("import hung on a named pipe");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(!status.success());
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(stderr.contains("not a regular file inside"), "{stderr}");
    assert!(
        Store::open(&data).unwrap().list_cases().unwrap().is_empty(),
        "nothing imported"
    );
}

// 12. Messages.

#[test]
fn a_byte_order_mark_is_accepted() {
    let work = tempfile::tempdir().unwrap();
    let source = work.path().join("source");
    write_rich_case_dir(&source);
    let json = std::fs::read(source.join("case.json")).unwrap();
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(&json);
    std::fs::write(source.join("case.json"), with_bom).unwrap();
    let (_dir, mut store) = util::temp_store();
    papertrail::format::import_path(&mut store, &source.join("case.json")).unwrap();
}

#[test]
fn unsupported_bundles_and_limits_are_named() {
    let work = tempfile::tempdir().unwrap();
    let source = work.path().join("source");
    let (doc, _) = write_rich_case_dir(&source);
    let json = serde_json::to_vec(&doc).unwrap();
    let bundle = work.path().join("b.zip");
    let (_dir, mut store) = util::temp_store();

    // bzip2: the method field (12) patched into the local and central headers.
    util::write_zip_stored(&bundle, &[("case.json", &json)]);
    let mut raw = std::fs::read(&bundle).unwrap();
    patch_headers(&mut raw, |header, method_at, _| {
        header[method_at..method_at + 2].copy_from_slice(&12u16.to_le_bytes());
    });
    std::fs::write(&bundle, &raw).unwrap();
    let err = papertrail::format::import_path(&mut store, &bundle).unwrap_err();
    assert!(
        err.to_string()
            .contains("compressed with bzip2, which is not supported"),
        "{err}"
    );

    // Encrypted: the general-purpose flag's bit 0.
    util::write_zip_stored(&bundle, &[("case.json", &json)]);
    let mut raw = std::fs::read(&bundle).unwrap();
    patch_headers(&mut raw, |header, _, flags_at| {
        header[flags_at] |= 1;
    });
    std::fs::write(&bundle, &raw).unwrap();
    let err = papertrail::format::import_path(&mut store, &bundle).unwrap_err();
    assert!(err.to_string().contains("is encrypted"), "{err}");

    // The entry limit is a number of entries, not bytes.
    util::write_zip(&bundle, &[("case.json", &json), ("x", b"x")]);
    let limits = Limits {
        max_entries: 1,
        ..Limits::default()
    };
    let err =
        papertrail::format::import_path_with_limits(&mut store, &bundle, &limits).unwrap_err();
    assert!(err.to_string().contains("limit 1 entries"), "{err}");
    assert!(!err.to_string().contains("bytes"), "{err}");
}

/// Calls `patch(header, method offset, flags offset)` on every local and central header.
fn patch_headers(raw: &mut [u8], patch: impl Fn(&mut [u8], usize, usize)) {
    let mut i = 0;
    while i + 4 <= raw.len() {
        match &raw[i..i + 4] {
            b"PK\x03\x04" => patch(&mut raw[i..], 8, 6),
            b"PK\x01\x02" => patch(&mut raw[i..], 10, 8),
            _ => {}
        }
        i += 1;
    }
}

#[test]
fn stale_temporary_output_files_are_cleaned() {
    let (work, data) = imported();
    let out_dir = work.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let stale = out_dir.join(".papertrail-killed.part");
    let fresh = out_dir.join(".papertrail-running.part");
    for path in [&stale, &fresh] {
        std::fs::write(path, b"half").unwrap();
    }
    let old = std::time::SystemTime::now() - Duration::from_secs(3 * 60 * 60);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    papertrail(&data)
        .args(["export-case", "1", "--out"])
        .arg(out_dir.join("case.zip"))
        .assert()
        .success();
    assert!(!stale.exists(), "a leftover of a killed run is removed");
    assert!(fresh.exists(), "a file another run may be writing is kept");
}

/// A full card number typed in free text (the title, a contact's summary) is printed with only
/// its last four digits, in the dossier's pages, its footer and its metadata, and in letters;
/// the store keeps what was typed.
#[test]
fn a_card_number_typed_in_free_text_is_never_printed_whole() {
    let (_work, data) = imported();
    let mut store = papertrail::store::Store::open(&data).unwrap();
    let id = papertrail::domain::CaseId(1);
    let mut case = store.load_case(id).unwrap();
    case.case.title = "Carte 4111 1111 1111 1111 débitée".to_owned();
    store.update_case(id, &case.case).unwrap();
    let typed = store.load_case(id).unwrap();
    assert!(
        typed.case.title.contains("4111 1111 1111 1111"),
        "kept as typed"
    );
    drop(store);
    let bytes = papertrail::dossier::render_pdf(
        &typed,
        &Blobs(data.clone()),
        &options(),
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let text: String = doc
        .get_pages()
        .keys()
        .map(|&n| doc.extract_text(&[n]).unwrap_or_default())
        .collect();
    assert!(!text.contains("4111 1111 1111 1111"), "{text}");
    assert!(text.contains("•••• •••• •••• 1111"));
    assert!(
        !String::from_utf8_lossy(&bytes).contains("4111"),
        "nowhere in the file, metadata included"
    );
    let output = papertrail(&data)
        .args([
            "letter",
            "1",
            "--kind",
            "formal-notice",
            "--format",
            "txt",
            "--out",
            "-",
        ])
        .output()
        .unwrap();
    let letter = String::from_utf8_lossy(&output.stdout);
    assert!(!letter.contains("4111 1111 1111 1111"), "{letter}");
}

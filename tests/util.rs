//! Shared helpers for the integration tests: temp stores, a rich case, images, bundles.

#![allow(dead_code, reason = "each test module uses a different subset")]
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a failure is a test failure"
)]

use papertrail::domain::{
    CaseData, CaseDetails, CaseStatus, Channel, Contact, DateOrInstant, Direction, EntryId,
    Instant, Jurisdiction, Language, Money, Note, Outcome, Party, Promise, PromiseKind,
    PromiseStatus, Statement, TimeZone,
};
use papertrail::store::Store;
use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// A store in a fresh temp data directory (kept alive by the returned guard).
pub fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, store)
}

/// An instant from RFC 3339 text.
pub fn at(text: &str) -> Instant {
    Instant::parse(text).unwrap()
}

/// A date or instant from text.
pub fn day(text: &str) -> DateOrInstant {
    DateOrInstant::parse(text).unwrap()
}

/// Case details with every optional field filled.
pub fn rich_details() -> CaseDetails {
    CaseDetails {
        title: "Lit commandé le 15 août, jamais livré".to_owned(),
        merchant: Party {
            name: "Meubles Exemple Inc.".to_owned(),
            website: Some("https://shop.example".to_owned()),
            email: Some("service@shop.example".to_owned()),
            phone: Some("+1 514 555 0100".to_owned()),
            address: Some("1 rue Exemple, Montréal".to_owned()),
            company_id: Some("NEQ 1234567890".to_owned()),
            mediator: Some("Parle consommation (OPC)".to_owned()),
        },
        consumer: Party {
            name: "Anne Exemple".to_owned(),
            website: None,
            email: Some("anne@example.org".to_owned()),
            phone: None,
            address: None,
            company_id: None,
            mediator: None,
        },
        order_reference: Some("A-10442".to_owned()),
        product: Some("Lit queen".to_owned()),
        price: Money::parse("899.00", "CAD"),
        ordered_at: Some(day("2026-08-15T10:12:00-04:00")),
        time_zone: TimeZone::parse("America/Montreal").unwrap(),
        jurisdiction: Jurisdiction::CaQc,
        language: Language::Fr,
        desired_resolution: Some("Livrer sous 5 jours ou rembourser.".to_owned()),
        status: CaseStatus::Open,
        narrative: Some("L'histoire, avec des accents : é à ç.".to_owned()),
        contract_kind: Some(papertrail::domain::ContractKind::Distance),
        delivery_agreed: Some(day("2026-08-22")),
        delivery_essential: true,
        delivered_at: None,
        payment: Some(papertrail::domain::Payment {
            method: papertrail::domain::PaymentMethod::CreditCard,
            network: Some(papertrail::domain::CardNetwork::Visa),
            card_last4: papertrail::domain::CardLast4::parse("0005").ok(),
            issuer: Some("Banque Exemple".to_owned()),
            amount: Money::parse("1034.15", "CAD"),
            descriptor: Some("MEUBLES EXEMPLE MTL".to_owned()),
            paid_at: papertrail::domain::Instant::parse("2026-08-15T10:12:00-04:00"),
            statement_date: Some(day("2026-09-05")),
        }),
        refunds: vec![papertrail::domain::Refund {
            at: day("2026-10-01"),
            amount: Money::parse("100.00", "CAD").unwrap(),
        }],
        costs: vec![papertrail::domain::Cost {
            label: "Appel surtaxé".to_owned(),
            amount: Money::parse("15.20", "CAD").unwrap(),
            at: Some(day("2026-08-20")),
        }],
    }
}

/// A contact.
pub fn contact(id: &str, when: &str, outcome: Outcome, in_reply_to: Option<&str>) -> Contact {
    Contact {
        id: EntryId::new(id),
        at: at(when),
        channel: Channel::Email,
        direction: Direction::Outgoing,
        counterpart: Some("Service client".to_owned()),
        reference: None,
        summary: format!("Contact {id}"),
        outcome,
        wait_minutes: Some(12),
        duration_minutes: None,
        reply_expected_within_days: Some(2),
        in_reply_to: in_reply_to.map(EntryId::new),
        party: papertrail::domain::ContactParty::Merchant,
        purpose: None,
        deadline: None,
        received_at: None,
        not_collected_on: None,
    }
}

/// A promise.
pub fn promise(id: &str, source: Option<&str>) -> Promise {
    Promise {
        id: EntryId::new(id),
        made_at: day("2026-08-15T10:12:00-04:00"),
        source: source.map(EntryId::new),
        kind: PromiseKind::Delivery,
        text: "Livré sous 5 jours ouvrables.".to_owned(),
        due: Some(day("2026-08-22")),
        status: PromiseStatus::Pending,
        settled_at: None,
    }
}

/// A statement.
pub fn statement(id: &str, source: Option<&str>, value: &str) -> Statement {
    Statement {
        id: EntryId::new(id),
        at: at("2026-08-24T11:00:00-04:00"),
        source: source.map(EntryId::new),
        topic: "order status".to_owned(),
        value: value.to_owned(),
        text: Some("Le responsable n'a aucune trace.".to_owned()),
    }
}

/// A note.
pub fn note(id: &str) -> Note {
    Note {
        id: EntryId::new(id),
        at: at("2026-08-24T12:00:00+02:00"),
        text: format!("Note {id}"),
    }
}

/// A case with entries of every kind (no attachments: those need files).
pub fn rich_case() -> CaseData {
    let mut data = CaseData::new(rich_details());
    data.contacts = vec![
        contact("c1", "2026-08-17T09:30:00-04:00", Outcome::NoAnswer, None),
        contact(
            "c2",
            "2026-08-19T09:30:00-04:00",
            Outcome::Answered,
            Some("c1"),
        ),
        // Logged out of chronological order on purpose: the order of logging is kept.
        contact("c0", "2026-08-16T08:00:00Z", Outcome::VoicemailLeft, None),
    ];
    // Every optional key of rights and deadlines, so round trips cover them.
    data.contacts[0].purpose = Some(papertrail::domain::ContactPurpose::FormalNotice);
    data.contacts[0].deadline = Some(day("2026-08-27"));
    data.contacts[0].received_at = Some(day("2026-08-18T11:20:00-04:00"));
    data.contacts[2].party = papertrail::domain::ContactParty::CardIssuer;
    data.contacts[2].purpose = Some(papertrail::domain::ContactPurpose::ChargebackRequest);
    data.promises = vec![promise("p1", Some("c2")), promise("p2", None)];
    data.statements = vec![
        statement("s1", Some("c2"), "no trace of the order"),
        statement("s2", None, "shipped"),
    ];
    data.notes = vec![note("n1")];
    data
}

/// A small PNG image, different for each seed.
pub fn png(width: u32, height: u32, seed: u8) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([
            (x as u8).wrapping_mul(seed),
            (y as u8).wrapping_add(seed),
            seed,
        ])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Writes a zip with the given (name, bytes) entries, names used verbatim.
pub fn write_zip(path: &Path, entries: &[(&str, &[u8])]) {
    let file = std::fs::File::create(path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    for (name, bytes) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

/// The rows of a table, for "the database did not change" checks.
pub fn table_counts(data_dir: &Path) -> Vec<(String, i64)> {
    let conn = rusqlite::Connection::open(data_dir.join("papertrail.sqlite3")).unwrap();
    [
        "cases",
        "entries",
        "contacts",
        "promises",
        "statements",
        "attachments",
        "attachment_links",
        "notes",
        "blobs",
    ]
    .iter()
    .map(|table| {
        let count: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        ((*table).to_owned(), count)
    })
    .collect()
}

/// The files under a directory (recursive), sorted.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in std::fs::read_dir(&next).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// A valid case file (as JSON) with image attachments, and its files, written into `dir`.
pub fn write_rich_case_dir(dir: &Path) -> (Value, Vec<(String, Vec<u8>)>) {
    let data = rich_case();
    let mut doc = serde_json::to_value(&data).unwrap();
    let photo = png(40, 30, 1);
    let screenshot = png(20, 20, 2);
    let other_photo = png(10, 10, 9);
    let files = vec![
        ("attachments/photo.png".to_owned(), photo.clone()),
        ("attachments/screen.png".to_owned(), screenshot.clone()),
        ("attachments/sub/photo.png".to_owned(), other_photo.clone()),
    ];
    doc["format"] = json!("papertrail-case");
    doc["version"] = json!(1);
    doc["unknown_extension_key"] = json!({"ignored": true});
    doc["attachments"] = json!([
        { "id": "a1", "file": "attachments/photo.png", "sha256": sha256_hex(&photo),
          "received_at": "2026-08-15T10:13:00-04:00", "caption": "Confirmation",
          "links": ["p1", "c2"] },
        { "id": "a2", "file": "attachments/screen.png", "sha256": sha256_hex(&screenshot),
          "received_at": "2026-08-20", "caption": null, "links": [] },
        // Same content as a1 under the same name: stored once, exported once.
        { "id": "a3", "file": "attachments/photo.png", "sha256": sha256_hex(&photo) },
        // Same name as a1, different content: kept apart on export.
        { "id": "a4", "file": "attachments/sub/photo.png", "sha256": sha256_hex(&other_photo),
          "links": ["a1"] }
    ]);
    // A statement sourced from an attachment.
    doc["statements"][1]["source"] = json!("a2");
    for (name, bytes) in &files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    std::fs::write(
        dir.join("case.json"),
        serde_json::to_vec_pretty(&doc).unwrap(),
    )
    .unwrap();
    (doc, files)
}

/// Writes a zip whose entries are stored uncompressed.
pub fn write_zip_stored(path: &Path, entries: &[(&str, &[u8])]) {
    let file = std::fs::File::create(path).unwrap();
    let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(file));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

//! The PDF dossier, end to end: a case built in code with real image files, rendered, then read
//! back with lopdf. Set `PAPERTRAIL_DOSSIER_OUT=dir` to keep the PDFs (scripts/check-pdf.sh).

#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Utc};
use papertrail::analysis::values::Value;
use papertrail::analysis::{
    ContactCounts, Contradiction, ContradictionKind, ContradictionValue, Effort, Figures, Findings,
    Flags, Headline, PromiseFinding, PromiseState, PromiseTotals, TimelineItem, TimelineKind,
    Topic,
};
use papertrail::domain::{
    Attachment, CaseData, CaseDetails, Channel, Contact, DateOrInstant, Direction, EntryId,
    Instant, Language, Money, Outcome, Promise, PromiseKind, PromiseStatus, Statement, TimeZone,
};
use papertrail::dossier::{
    AttachmentSource, DossierError, DossierOptions, Paper, Progress, render_pdf,
    render_pdf_with_findings,
};
use sha2::{Digest as _, Sha256};
use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

struct Dir(PathBuf);

impl AttachmentSource for Dir {
    fn path_of(&self, sha256: &str) -> PathBuf {
        self.0.join(sha256)
    }
}

fn sha(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn at(text: &str) -> Instant {
    Instant::parse(text).unwrap()
}

fn utc(text: &str) -> DateTime<Utc> {
    at(text).utc()
}

fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, ((x + y) % 256) as u8])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    out
}

fn png(w: u32, h: u32) -> Vec<u8> {
    let img =
        image::RgbaImage::from_fn(w, h, |x, _| image::Rgba([200, 30, 30, (x * 4 % 256) as u8]));
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

/// A French case with contacts, a promise, contradicting statements and four attachments: a
/// JPEG, a PNG, a PDF (not an image) and one whose file is missing.
fn case(dir: &Path, rows: usize) -> (CaseData, Findings, BTreeMap<String, Vec<u8>>) {
    let zone = TimeZone::parse("Europe/Paris").unwrap();
    let mut details = CaseDetails::new("Lave-linge jamais livré — « Dubœuf »", Language::Fr, zone);
    details.consumer.name = "Françoise Lefèvre-Dubœuf".into();
    details.consumer.email = Some("francoise@example.fr".into());
    details.merchant.name = "ÉlectroMénager SA".into();
    details.order_reference = Some("CMD-2026-0815".into());
    details.product = Some("Lave-linge Séchant 9 kg".into());
    details.price = Money::parse("1249.90", "EUR");
    details.ordered_at = DateOrInstant::parse("2026-08-01");
    details.desired_resolution = Some("Livraison sous 8 jours ou remboursement intégral.".into());
    details.narrative = Some("J’ai commandé un lave-linge le 1er août. Il n’est jamais arrivé.\nLe service client m’a promis un rappel qui n’a jamais eu lieu.".into());
    let mut case = CaseData::new(details);
    let mut files = BTreeMap::new();
    let specs: [(&str, &str, &str, Option<Vec<u8>>); 4] = [
        (
            "a1",
            "photo-colis-écrasé.jpg",
            "image/jpeg",
            Some(jpeg(320, 240)),
        ),
        (
            "a2",
            "capture-échange.png",
            "image/png",
            Some(png(200, 120)),
        ),
        (
            "a3",
            "facture.pdf",
            "application/pdf",
            Some(b"%PDF-1.4 pretend".to_vec()),
        ),
        ("a4", "perdu.jpg", "image/jpeg", None),
    ];
    for (i, (id, name, media, bytes)) in specs.into_iter().enumerate() {
        let content = bytes.clone().unwrap_or_else(|| b"gone".to_vec());
        let hash = sha(&content);
        if let Some(bytes) = bytes {
            std::fs::write(dir.join(&hash), &bytes).unwrap();
            files.insert(hash.clone(), bytes);
        }
        case.attachments.push(Attachment {
            id: id.into(),
            file_name: name.into(),
            sha256: hash,
            size: content.len() as u64,
            media_type: media.into(),
            received_at: DateOrInstant::parse(&format!("2026-08-1{i}")),
            caption: Some(format!("Pièce justificative n°{}", i + 1)),
            links: vec!["c0".into()],
        });
    }
    let mut timeline = Vec::new();
    for i in 0..rows {
        let id = format!("c{i}");
        let when = utc("2026-08-02T08:00:00Z") + chrono::Duration::hours(i as i64 * 7);
        case.contacts.push(Contact {
            id: id.as_str().into(),
            at: Instant(when.fixed_offset()),
            channel: if i % 2 == 0 {
                Channel::Phone
            } else {
                Channel::Email
            },
            direction: if i % 3 == 0 {
                Direction::Incoming
            } else {
                Direction::Outgoing
            },
            counterpart: Some(format!("Agent Kévin n°{}", i % 5)),
            reference: Some(format!("TICKET-{i:05}")),
            summary: if i == 3 {
                "Très long échange. ".repeat(300)
            } else {
                format!(
                    "Relance n°{i} : où en est ma commande ? Réponse : « en cours de préparation »."
                )
            },
            outcome: Outcome::NoAnswer,
            wait_minutes: Some(12),
            duration_minutes: None,
            reply_expected_within_days: None,
            in_reply_to: None,
            party: papertrail::domain::ContactParty::Merchant,
            purpose: None,
            deadline: None,
            received_at: None,
            not_collected_on: None,
        });
        timeline.push(TimelineItem {
            at: when,
            kind: TimelineKind::Contact,
            entry: Some(EntryId::new(id)),
            direction: Some(Direction::Outgoing),
            flags: Flags {
                unanswered: i % 4 == 1,
                broken: i % 7 == 2,
                ..Flags::default()
            },
        });
    }
    case.promises.push(Promise {
        id: "p1".into(),
        made_at: DateOrInstant::Instant(at("2026-08-05T10:00:00+02:00")),
        source: Some("c0".into()),
        kind: PromiseKind::Callback,
        text: "Nous vous rappelons sous 48 h.".into(),
        due: DateOrInstant::parse("2026-08-07"),
        status: PromiseStatus::Pending,
        settled_at: None,
    });
    for (id, value, when) in [
        ("s1", "22 août", "2026-08-06T10:00:00Z"),
        ("s2", "5 septembre", "2026-08-20T10:00:00Z"),
    ] {
        case.statements.push(Statement {
            id: id.into(),
            at: at(when),
            source: Some("c0".into()),
            topic: "date de livraison".into(),
            value: value.into(),
            text: Some(format!("Livraison prévue le {value}")),
        });
    }
    let findings = Findings {
        as_of: utc("2026-09-01T10:00:00Z"),
        days_since_order: Some(31),
        days_since_first_complaint: Some(30),
        days_since_last_answer: None,
        longest_silence: None,
        minutes_on_hold: 12 * rows as u32,
        contacts: ContactCounts {
            total: rows as u32,
            outgoing: rows as u32,
            incoming: 0,
        },
        unanswered: Vec::new(),
        awaiting_reply: Vec::new(),
        answered: Vec::new(),
        promises: vec![PromiseFinding {
            promise: "p1".into(),
            kind: PromiseKind::Callback,
            status: PromiseState::Overdue,
            due: Some(utc("2026-08-07T22:00:00Z")),
            days_late: Some(24),
            kept_by: None,
            made_at: utc("2026-08-05T22:00:00Z"),
            settled_at: None,
            first_due: None,
            restated_by: None,
        }],
        promise_totals: PromiseTotals {
            made: 1,
            overdue: 1,
            worst_days_late: Some(24),
            ..PromiseTotals::default()
        },
        contradictions: vec![Contradiction {
            topic: Topic::Stated("date de livraison".into()),
            kind: ContradictionKind::Statements,
            values: ["s1", "s2"]
                .iter()
                .zip(["22 août", "5 septembre"])
                .zip([utc("2026-08-06T10:00:00Z"), utc("2026-08-20T10:00:00Z")])
                .map(|((id, v), t)| ContradictionValue {
                    value: v.into(),
                    meaning: Value::Text(String::new()),
                    statements: vec![(*id).into()],
                    stated_at: vec![t],
                    sources: vec![Some("c0".into())],
                })
                .collect(),
        }],
        effort: Effort {
            by_channel: Vec::new(),
            minutes_on_hold: 12 * rows as u32,
            minutes_in_calls: 0,
            transfers: 0,
            agents: 5,
            answer_rate: Some(0.0),
            median_minutes_to_answer: None,
            worst_minutes_to_answer: None,
        },
        timeline,
        headline: Headline::default(),
        topics: Vec::new(),
        figures: Figures {
            days_since_order: Some(31),
            contact_attempts: rows as u32,
            promises_made: 1,
            promises_overdue: 1,
            promises_late: 1,
            worst_days_late: Some(24),
            contradictions: 1,
            minutes_on_hold: 12 * rows as u32,
            answer_rate_percent: Some(0),
            ..Figures::default()
        },
        clocks: Vec::new(),
        next_steps: Vec::new(),
        unlock: Vec::new(),
        rules_as_of: papertrail::law::rules_as_of(),
    };
    (case, findings, files)
}

fn options(paper: Paper) -> DossierOptions {
    DossierOptions {
        language: None,
        paper,
        prepared_at: utc("2026-09-01T10:00:00Z"),
        redact: false,
        embed_originals: true,
        for_email: None,
    }
}

fn render(case: &CaseData, findings: &Findings, dir: &Path, options: &DossierOptions) -> Vec<u8> {
    let mut seen = Vec::new();
    let bytes = render_pdf_with_findings(
        case,
        findings,
        &Dir(dir.to_path_buf()),
        options,
        &mut |p: Progress| seen.push(p),
        &AtomicBool::new(false),
    )
    .unwrap();
    let last = seen.last().copied().unwrap();
    assert_eq!(last.done, last.total, "progress reaches the end");
    bytes
}

fn keep(name: &str, bytes: &[u8]) {
    if let Some(dir) = std::env::var_os("PAPERTRAIL_DOSSIER_OUT") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(Path::new(&dir).join(name), bytes).unwrap();
    }
}

fn text_of(doc: &lopdf::Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap()
}

#[test]
fn the_dossier_has_every_section_accents_hashes_and_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let (case, findings, _) = case(dir.path(), 40);
    let bytes = render(&case, &findings, dir.path(), &options(Paper::A4));
    keep("dossier-fr-a4.pdf", &bytes);
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let pages = doc.get_pages().len();
    assert!((6..40).contains(&pages), "{pages} pages");
    let text = text_of(&doc);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in [
        "Sommaire",
        "Résumé des faits",
        "Chronologie",
        "Promesses",
        "Contradictions",
        "Démarches effectuées",
        "Pièces",
        "Françoise Lefèvre-Dubœuf",
        "22 août",
        "5 septembre",
        "SANS RÉPONSE",
        "NON TENUE",
        "Pièce n° 1",
        "photo-colis-écrasé.jpg",
        "introuvable",
    ] {
        assert!(flat.contains(needle), "missing {needle:?}");
    }
    for a in &case.attachments {
        let hash_in_text = flat.replace(' ', "").contains(&a.sha256);
        assert!(hash_in_text, "SHA-256 of {} missing", a.file_name);
    }
    assert!(flat.contains(&format!("page 1 / {pages}")), "footer");
    assert!(bytes.starts_with(b"%PDF-1.7"));

    let info = doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .unwrap();
    let info = doc.get_dictionary(info).unwrap();
    let author = info.get(b"Author").unwrap().as_str().unwrap();
    assert_eq!(
        lopdf::decode_text_string(&lopdf::Object::String(
            author.to_vec(),
            lopdf::StringFormat::Literal
        ))
        .unwrap(),
        "Françoise Lefèvre-Dubœuf"
    );
    assert_eq!(
        info.get(b"CreationDate").unwrap().as_str().unwrap(),
        b"D:20260901100000Z"
    );
    let catalog = doc.catalog().unwrap();
    assert!(catalog.get(b"Outlines").is_ok());
    assert!(catalog.get(b"PageLabels").is_ok());
    assert!(catalog.get(b"Lang").is_ok());
}

#[test]
fn originals_are_embedded_byte_for_byte_and_jpegs_pass_through() {
    let dir = tempfile::tempdir().unwrap();
    let (case, findings, files) = case(dir.path(), 5);
    let bytes = render(&case, &findings, dir.path(), &options(Paper::Letter));
    keep("dossier-fr-letter.pdf", &bytes);
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let mut embedded = Vec::new();
    let mut jpeg_streams = Vec::new();
    for object in doc.objects.values() {
        if let Ok(stream) = object.as_stream() {
            let kind = stream
                .dict
                .get(b"Type")
                .and_then(lopdf::Object::as_name)
                .ok();
            if kind == Some(b"EmbeddedFile".as_slice()) {
                let content = stream
                    .decompressed_content()
                    .unwrap_or_else(|_| stream.content.clone());
                embedded.push(sha(&content));
            }
            let filter = stream
                .dict
                .get(b"Filter")
                .and_then(lopdf::Object::as_name)
                .ok();
            if filter == Some(b"DCTDecode".as_slice()) {
                jpeg_streams.push(sha(&stream.content));
            }
        }
    }
    embedded.sort();
    let expected: Vec<String> = files.keys().cloned().collect();
    assert_eq!(embedded, expected, "every readable original, identical");
    let jpeg_hash = &case.attachments[0].sha256;
    assert_eq!(
        jpeg_streams,
        vec![jpeg_hash.clone()],
        "the JPEG is drawn from its own bytes"
    );
    let media = doc
        .get_pages()
        .values()
        .next()
        .map(|p| {
            doc.get_dictionary(*p)
                .unwrap()
                .get(b"MediaBox")
                .unwrap()
                .as_array()
                .unwrap()
                .clone()
        })
        .unwrap();
    assert_eq!(media[2].as_float().unwrap().round(), 612.0);

    let without = render(
        &case,
        &findings,
        dir.path(),
        &DossierOptions {
            embed_originals: false,
            ..options(Paper::A4)
        },
    );
    assert!(without.len() < bytes.len());
    let doc = lopdf::Document::load_mem(&without).unwrap();
    assert!(
        doc.catalog().unwrap().get(b"Names").is_err(),
        "no attachments"
    );
}

#[test]
fn output_is_deterministic_and_redaction_hides_details() {
    let dir = tempfile::tempdir().unwrap();
    let (case, findings, _) = case(dir.path(), 8);
    let a = render(&case, &findings, dir.path(), &options(Paper::A4));
    let b = render(&case, &findings, dir.path(), &options(Paper::A4));
    assert!(a == b, "same input, same bytes");
    let red = render(
        &case,
        &findings,
        dir.path(),
        &DossierOptions {
            redact: true,
            ..options(Paper::A4)
        },
    );
    keep("dossier-fr-redacted.pdf", &red);
    let text = text_of(&lopdf::Document::load_mem(&red).unwrap());
    assert!(!text.contains("francoise@example.fr"));
    assert!(!text.contains("Kévin"));
    assert!(text.contains("Interlocuteur 1"));
}

#[test]
fn english_and_cancel_and_the_plain_entry_point() {
    let dir = tempfile::tempdir().unwrap();
    let (case, findings, _) = case(dir.path(), 3);
    let en = render(
        &case,
        &findings,
        dir.path(),
        &DossierOptions {
            language: Some(Language::En),
            ..options(Paper::A4)
        },
    );
    keep("dossier-en-a4.pdf", &en);
    let text = text_of(&lopdf::Document::load_mem(&en).unwrap());
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Chronology") && flat.contains("Exhibit 1"),
        "English titles"
    );
    let cancelled = render_pdf(
        &case,
        &Dir(dir.path().to_path_buf()),
        &options(Paper::A4),
        &mut |_| {},
        &AtomicBool::new(true),
    );
    assert!(matches!(cancelled, Err(DossierError::Cancelled)));
    let plain = render_pdf(
        &case,
        &Dir(dir.path().to_path_buf()),
        &options(Paper::A4),
        &mut |_| {},
        &AtomicBool::new(false),
    );
    assert!(plain.is_ok());
}

/// A phone-like photo of about 4 MB: a gradient under strong noise, so JPEG cannot squeeze it.
fn noisy_photo(seed: u64) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let (w, h) = (2000_u32, 1500_u32);
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let noise = next();
        let base = [(x * 255 / w) as u8, (y * 255 / h) as u8, 128_u8];
        let jitter = |i: u32| ((noise >> (i * 8)) & 0x7F) as u8;
        image::Rgb([
            base[0].wrapping_add(jitter(0)),
            base[1].wrapping_add(jitter(1)),
            base[2].wrapping_add(jitter(2)),
        ])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 88)
        .encode_image(&img)
        .unwrap();
    out
}

/// Twenty ~4 MB photos: the copy to email fits under 10 MB with every exhibit's name and
/// SHA-256 still printed, saying the picture is reduced and the original is on request; the
/// full dossier, still the default, carries every original.
#[test]
fn twenty_phone_photos_fit_in_an_email_with_every_hash_printed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut case, _, _) = case(dir.path(), 3);
    case.attachments.clear();
    let mut originals: u64 = 0;
    for i in 0..20_u64 {
        let bytes = noisy_photo(i + 1);
        assert!(
            (3_000_000..6_000_000).contains(&bytes.len()),
            "photo {i} is {} bytes, not about 4 MB",
            bytes.len()
        );
        originals += bytes.len() as u64;
        let hash = sha(&bytes);
        std::fs::write(dir.path().join(&hash), &bytes).unwrap();
        case.attachments.push(Attachment {
            id: format!("p{i}").as_str().into(),
            file_name: format!("IMG_{:04}.jpg", 100 + i),
            sha256: hash,
            size: bytes.len() as u64,
            media_type: "image/jpeg".into(),
            received_at: DateOrInstant::parse("2026-08-12"),
            caption: None,
            links: Vec::new(),
        });
    }
    let source = Dir(dir.path().to_path_buf());
    let default = options(Paper::A4);
    assert!(default.for_email.is_none() && default.embed_originals);

    let made = papertrail::dossier::render_for_email(
        &case,
        &source,
        &default,
        10_000_000,
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    keep("dossier-for-email.pdf", &made.bytes);
    assert!(made.fits);
    assert!(
        made.bytes.len() < 10_000_000,
        "{} bytes for email",
        made.bytes.len()
    );
    let doc = lopdf::Document::load_mem(&made.bytes).unwrap();
    assert!(
        doc.catalog().unwrap().get(b"Names").is_err(),
        "no originals embedded"
    );
    let flat: String = text_of(&doc)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let joined = flat.replace(' ', "");
    for a in &case.attachments {
        assert!(
            joined.contains(&a.sha256),
            "SHA-256 of {} missing",
            a.file_name
        );
        assert!(flat.contains(&a.file_name), "{} missing", a.file_name);
    }
    assert_eq!(flat.matches("copie réduite").count(), 20, "reduced note");
    assert_eq!(flat.matches("disponible sur demande").count(), 20);

    // The full dossier of the same case: every original inside, as before.
    let full = render_pdf(
        &case,
        &source,
        &default,
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    assert!(
        full.len() as u64 > originals,
        "full dossier {} bytes, originals {originals}",
        full.len()
    );
    let text = text_of(&lopdf::Document::load_mem(&full).unwrap());
    assert!(!text.contains("copie réduite"));
}

/// A real PDF of `pages` A4 pages made with the dossier's own writer (fonts embedded and
/// subset, text with a `/ToUnicode` map), each page saying `phrase` and its number.
fn real_pdf(phrase: &str, pages: usize) -> Vec<u8> {
    use papertrail::layout::{Flow, Fonts, Style, TextStyle};
    let fonts = Fonts::dejavu().unwrap();
    let frame = papertrail::dossier::frame_for(Paper::A4, Language::Fr);
    let mut flow = Flow::new(&fonts, frame);
    for page in 1..=pages {
        if page > 1 {
            flow.new_page();
        }
        flow.paragraph(
            &TextStyle::new(Style::Regular, 10.0),
            &format!("{phrase} — feuillet {page}"),
            0.0,
        );
    }
    let mut laid = flow.finish();
    let mut out = Vec::new();
    papertrail::dossier::write_plain_pdf(
        &fonts,
        frame.page,
        &mut laid,
        &papertrail::dossier::PlainMeta {
            title: "Avis de réception".into(),
            author: "La Poste".into(),
            subject: String::new(),
            language: Language::Fr,
            date: utc("2026-09-03T10:00:00Z"),
        },
        &mut out,
    )
    .unwrap();
    out
}

/// Stores `bytes` as an attachment of the case.
fn attach(case: &mut CaseData, dir: &Path, id: &str, name: &str, media: &str, bytes: &[u8]) {
    let hash = sha(bytes);
    std::fs::write(dir.join(&hash), bytes).unwrap();
    case.attachments.push(Attachment {
        id: id.into(),
        file_name: name.into(),
        sha256: hash,
        size: bytes.len() as u64,
        media_type: media.into(),
        received_at: DateOrInstant::parse("2026-09-03"),
        caption: None,
        links: Vec::new(),
    });
}

/// The text lopdf extracts from each form XObject of a PDF (each imported exhibit page): the
/// form's content is put on a page of its own with the form's resources, then read as a page.
fn form_texts(bytes: &[u8]) -> Vec<String> {
    use lopdf::{Dictionary, Object, Stream};
    let mut doc = lopdf::Document::load_mem(bytes).unwrap();
    let forms: Vec<(Vec<u8>, Object)> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Form"))
        .map(|s| {
            (
                s.decompressed_content()
                    .unwrap_or_else(|_| s.content.clone()),
                s.dict.get(b"Resources").unwrap().clone(),
            )
        })
        .collect();
    let root = doc
        .catalog()
        .unwrap()
        .get(b"Pages")
        .unwrap()
        .as_reference()
        .unwrap();
    let before = doc.get_pages().len() as u32;
    for (content, resources) in &forms {
        let stream = doc.add_object(Stream::new(Dictionary::new(), content.clone()));
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        page.set("Parent", root);
        page.set("Contents", stream);
        page.set("Resources", resources.clone());
        let page = doc.add_object(page);
        let pages = doc.get_dictionary_mut(root).unwrap();
        let mut kids = pages.get(b"Kids").unwrap().as_array().unwrap().clone();
        kids.push(Object::Reference(page));
        let count = kids.len() as i64;
        pages.set("Kids", kids);
        pages.set("Count", count);
    }
    (1..=forms.len() as u32)
        .map(|n| doc.extract_text(&[before + n]).unwrap())
        .collect()
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a system tool says about a PDF, when the tool is installed (`None` otherwise: `cargo
/// test` needs only the Rust toolchain; CI has the tools and `scripts/check-pdf.sh` runs them).
fn tool(bytes: &[u8], program: &str, args: &[&str]) -> Option<(bool, String)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.pdf");
    std::fs::write(&path, bytes).unwrap();
    let output = std::process::Command::new(program)
        .args(args)
        .arg(&path)
        .args(if program == "pdftotext" {
            vec!["-"]
        } else {
            vec![]
        })
        .output()
        .ok()?;
    Some((
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    ))
}

/// Issue 13: a PDF exhibit's pages are in the dossier as vector pages (their text extractable),
/// a chat transcript in Windows-1252 and an email are printed, every caption says what the
/// exhibit proves, and the list of exhibits at the end carries every SHA-256.
#[test]
fn pdf_text_and_email_exhibits_are_readable_in_the_dossier() {
    let dir = tempfile::tempdir().unwrap();
    let (mut case, findings, _) = case(dir.path(), 6);
    let phrase = "Recommandé distribué à Françoise Lefèvre-Dubœuf le 3 septembre";
    // Its first page cropped to its upper half, its second page turned a quarter clockwise.
    let mut exhibit = lopdf::Document::load_mem(&real_pdf(phrase, 2)).unwrap();
    let pages: Vec<lopdf::ObjectId> = exhibit.get_pages().into_values().collect();
    let first = exhibit.get_dictionary_mut(pages[0]).unwrap();
    first.set(
        "CropBox",
        vec![0.into(), 421.into(), 595.into(), 842.into()],
    );
    exhibit
        .get_dictionary_mut(pages[1])
        .unwrap()
        .set("Rotate", 90);
    let mut turned = Vec::new();
    exhibit.save_to(&mut turned).unwrap();
    attach(
        &mut case,
        dir.path(),
        "a5",
        "avis-de-réception.pdf",
        "application/pdf",
        &turned,
    );
    case.attachments.last_mut().unwrap().links = vec!["p1".into()];
    // A chat transcript saved by an old Windows tool: Windows-1252 (é = E9, ’ = 92).
    attach(
        &mut case,
        dir.path(),
        "a6",
        "chat.txt",
        "text/plain",
        b"[10:02] Agent : Votre lave-linge sera livr\xE9 le 10 septembre, c\x92est promis.\r\n[10:03] Moi : Merci.\r\n",
    );
    case.attachments.last_mut().unwrap().links = vec!["s2".into()];
    attach(
        &mut case,
        dir.path(),
        "a7",
        "confirmation.eml",
        "message/rfc822",
        "From: ÉlectroMénager <service@electro.example>\r\n\
To: Françoise <francoise@example.fr>\r\n\
Subject: =?utf-8?q?Confirmation_de_livraison_pr=C3=A9vue?=\r\n\
Date: Thu, 20 Aug 2026 10:00:00 +0200\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
\r\n\
Bonjour, votre commande CMD-2026-0815 sera livrée le 5 septembre.\r\n"
            .as_bytes(),
    );
    let bytes = render(&case, &findings, dir.path(), &options(Paper::A4));
    keep("dossier-exhibits-fr.pdf", &bytes);
    let doc = lopdf::Document::load_mem(&bytes).unwrap();

    // The PDF's two pages are form XObjects whose text lopdf reads back, accents included.
    let forms = form_texts(&bytes);
    assert_eq!(
        forms.len(),
        2,
        "one form XObject per page of the exhibit PDF"
    );
    for (n, text) in forms.iter().enumerate() {
        assert!(
            flat(text).contains(&format!("{phrase} — feuillet {}", n + 1)),
            "page {n}: {text:?}"
        );
    }
    // Not rasterised: the only images are the two pictures of the case.
    let images = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(lopdf::Object::as_name).ok() == Some(b"Image"))
        .count();
    assert_eq!(images, 2);

    let text = flat(&text_of(&doc));
    for needle in [
        // The transcript, decoded from Windows-1252.
        "Votre lave-linge sera livré le 10 septembre, c’est promis.",
        // The email: its headers and its text.
        "Objet",
        "Confirmation de livraison prévue",
        "ÉlectroMénager <service@electro.example>",
        "sera livrée le 5 septembre.",
        // Captions derived from links.
        "Prouve : la promesse faite le 5 août 2026 (Rappel), pour le 7 août 2026",
        "Prouve : ce qui a été affirmé le 20 août 2026 sur « date de livraison »",
        "Pièce n° 5, page 2 sur 2",
        "Bordereau des pièces",
    ] {
        assert!(text.contains(needle), "missing {needle:?}");
    }
    // The list of exhibits, at the end, carries every file's SHA-256 and name.
    let list = text.rfind("Bordereau des pièces").unwrap();
    let annex = text[list..].replace(' ', "");
    for a in &case.attachments {
        assert!(
            annex.contains(&a.sha256),
            "SHA-256 of {} not listed",
            a.file_name
        );
        assert!(
            annex.contains(&a.file_name.replace(' ', "")),
            "{} not listed",
            a.file_name
        );
    }
    // Moved off the exhibit pages: each SHA-256 is printed once.
    assert_eq!(
        text.replace(' ', "")
            .matches(&case.attachments[0].sha256)
            .count(),
        1
    );

    // With the real tools, when installed: the dossier is sound and its text searchable.
    if let Some((ok, report)) = tool(&bytes, "qpdf", &["--check"]) {
        assert!(ok, "qpdf --check: {report}");
    }
    if let Some((ok, out)) = tool(&bytes, "pdftotext", &["-enc", "UTF-8"]) {
        assert!(ok);
        let out = flat(&out);
        assert!(
            out.contains(&format!("{phrase} — feuillet 2")),
            "pdftotext: {out}"
        );
        assert!(out.contains("livré le 10 septembre"));
    }
}

/// A long PDF shows its first twenty pages and says how many more the original has; an
/// encrypted or damaged one is refused with a sentence, and the dossier is still made.
#[test]
fn long_encrypted_and_damaged_pdf_exhibits_are_handled_gracefully() {
    let dir = tempfile::tempdir().unwrap();
    let (mut case, findings, _) = case(dir.path(), 2);
    case.attachments.clear();
    attach(
        &mut case,
        dir.path(),
        "long",
        "relevé.pdf",
        "application/pdf",
        &real_pdf("Relevé de compte", 23),
    );
    attach(
        &mut case,
        dir.path(),
        "locked",
        "protégé.pdf",
        "application/pdf",
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF\n",
    );
    attach(
        &mut case,
        dir.path(),
        "broken",
        "abîmé.pdf",
        "application/pdf",
        b"%PDF-1.7\ngarbage",
    );
    let bytes = render(&case, &findings, dir.path(), &options(Paper::Letter));
    keep("dossier-long-pdf.pdf", &bytes);
    let forms = form_texts(&bytes);
    assert_eq!(forms.len(), 20, "twenty pages at most");
    assert!(flat(&forms[19]).contains("Relevé de compte — feuillet 20"));
    let text = flat(&text_of(&lopdf::Document::load_mem(&bytes).unwrap()));
    for needle in [
        "Seules les 20 premières pages sur 23 sont reproduites ici",
        "protégé par un mot de passe",
        "n’a pas pu être lu",
    ] {
        assert!(text.contains(needle), "missing {needle:?}");
    }
    if let Some((ok, report)) = tool(&bytes, "qpdf", &["--check"]) {
        assert!(ok, "qpdf --check: {report}");
    }
}

/// A PDF exhibit's printable annotations (a filled field, a signature stamp) are drawn over its
/// page as a printed copy shows them; hidden ones and ones meant for the screen only are not.
#[test]
fn a_pdf_exhibits_printable_annotations_are_drawn_over_its_page() {
    use lopdf::{Dictionary, Object, Stream};
    let dir = tempfile::tempdir().unwrap();
    let (mut case, findings, _) = case(dir.path(), 2);
    let mut exhibit = lopdf::Document::load_mem(&real_pdf("Formulaire de retour", 1)).unwrap();
    let font = exhibit.add_object(Dictionary::from_iter(vec![
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(b"Type1".to_vec())),
        ("BaseFont", Object::Name(b"Helvetica".to_vec())),
        ("Encoding", Object::Name(b"WinAnsiEncoding".to_vec())),
    ]));
    let mut annotation = |text: &str, flags: i64, rect: [i64; 4]| {
        let mut resources = Dictionary::new();
        resources.set(
            "Font",
            Dictionary::from_iter(vec![("Helv", Object::Reference(font))]),
        );
        let appearance = exhibit.add_object(Stream::new(
            Dictionary::from_iter(vec![
                ("Type", Object::Name(b"XObject".to_vec())),
                ("Subtype", Object::Name(b"Form".to_vec())),
                (
                    "BBox",
                    Object::Array(vec![0.into(), 0.into(), 200.into(), 20.into()]),
                ),
                ("Resources", Object::Dictionary(resources)),
            ]),
            format!("BT /Helv 12 Tf 2 5 Td ({text}) Tj ET").into_bytes(),
        ));
        exhibit.add_object(Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Annot".to_vec())),
            ("Subtype", Object::Name(b"Widget".to_vec())),
            ("F", flags.into()),
            (
                "Rect",
                Object::Array(rect.iter().map(|v| Object::Integer(*v)).collect()),
            ),
            (
                "AP",
                Dictionary::from_iter(vec![("N", Object::Reference(appearance))]).into(),
            ),
        ]))
    };
    let signed = annotation("Recu par K. Patel", 4, [300, 100, 500, 120]);
    let hidden = annotation("NOTE-CACHEE", 4 | 2, [300, 140, 500, 160]);
    let screen = annotation("ECRAN-SEULEMENT", 0, [300, 180, 500, 200]);
    let page = *exhibit.get_pages().values().next().unwrap();
    exhibit.get_dictionary_mut(page).unwrap().set(
        "Annots",
        vec![
            Object::Reference(signed),
            Object::Reference(hidden),
            Object::Reference(screen),
        ],
    );
    let mut bytes = Vec::new();
    exhibit.save_to(&mut bytes).unwrap();
    attach(
        &mut case,
        dir.path(),
        "a9",
        "formulaire.pdf",
        "application/pdf",
        &bytes,
    );
    let dossier = render(&case, &findings, dir.path(), &options(Paper::A4));
    keep("dossier-annotations.pdf", &dossier);
    let forms = flat(&form_texts(&dossier).join(" | "));
    assert!(forms.contains("Formulaire de retour"), "{forms}");
    assert!(
        forms.contains("Recu par K. Patel"),
        "the printed field: {forms}"
    );
    assert!(!forms.contains("NOTE-CACHEE"), "hidden: {forms}");
    assert!(!forms.contains("ECRAN-SEULEMENT"), "not printed: {forms}");
    if let Some((ok, report)) = tool(&dossier, "qpdf", &["--check"]) {
        assert!(ok, "qpdf --check: {report}");
    }
    if let Some((ok, out)) = tool(&dossier, "pdftotext", &["-enc", "UTF-8"]) {
        assert!(ok);
        assert!(out.contains("Recu par K. Patel"), "pdftotext: {out}");
        assert!(!out.contains("NOTE-CACHEE") && !out.contains("ECRAN-SEULEMENT"));
    }
}

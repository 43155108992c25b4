//! Page 1 of the dossier is the claim sheet (issue 13): a case with every fact a recipient needs,
//! rendered, and page 1 read back with lopdf; the declaration carries the consumer's name; the
//! gaps shown before export name what the case lacks.

use papertrail::domain::{
    Attachment, CardNetwork, CaseData, CaseDetails, Channel, Contact, ContactParty, ContactPurpose,
    ContractKind, DateOrInstant, Direction, Instant, Jurisdiction, Language, Money, Outcome,
    Payment, PaymentMethod, Promise, PromiseKind, PromiseStatus, Refund, Statement, TimeZone,
};
use papertrail::dossier::gaps::{Gap, describe, gaps};
use papertrail::dossier::{AttachmentSource, DossierOptions, Paper, render_pdf};
use sha2::{Digest as _, Sha256};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

struct Dir(PathBuf);

impl AttachmentSource for Dir {
    fn path_of(&self, sha256: &str) -> PathBuf {
        self.0.join(sha256)
    }
}

fn at(text: &str) -> Instant {
    Instant::parse(text).unwrap()
}

fn day(text: &str) -> DateOrInstant {
    DateOrInstant::parse(text).unwrap()
}

fn contact(id: &str, when: &str, channel: Channel, direction: Direction) -> Contact {
    Contact {
        id: id.into(),
        at: at(when),
        channel,
        direction,
        counterpart: None,
        reference: None,
        summary: String::new(),
        outcome: Outcome::NoAnswer,
        wait_minutes: None,
        duration_minutes: None,
        reply_expected_within_days: None,
        in_reply_to: None,
        party: ContactParty::Merchant,
        purpose: None,
        deadline: None,
        received_at: None,
        not_collected_on: None,
    }
}

/// A French case with every fact the claim sheet shows: the merchant's legal identity and
/// mediator, a card payment with its details, a delivery promise broken, a written complaint
/// and a formal notice received (each with its exhibit), the résolution and a late, partial
/// refund (so the statutory increase of L241-4 applies), and the merchant's last word with an
/// offer.
fn full_case(dir: &Path) -> CaseData {
    let zone = TimeZone::parse("Europe/Paris").unwrap();
    let mut d = CaseDetails::new("Canapé jamais livré", Language::Fr, zone);
    d.jurisdiction = Jurisdiction::Fr;
    d.contract_kind = Some(ContractKind::Distance);
    d.consumer.name = "Hélène Marchand-Dubœuf".into();
    d.consumer.address = Some("8 rue des Lilas, 31000 Toulouse".into());
    d.merchant.name = "Salons de France SAS".into();
    d.merchant.company_id = Some("SIREN 552 100 554".into());
    d.merchant.address = Some("3 avenue du Commerce, 75011 Paris".into());
    d.merchant.mediator = Some("Médiateur du e-commerce (FEVAD)".into());
    d.order_reference = Some("SF-77031".into());
    d.product = Some("Canapé d’angle Lucca, velours vert".into());
    d.price = Money::parse("1199.00", "EUR");
    d.ordered_at = Some(day("2026-02-01"));
    d.desired_resolution = Some("Remboursement intégral avec la majoration légale.".into());
    let mut payment = Payment::new(PaymentMethod::CreditCard);
    payment.network = Some(CardNetwork::Mastercard);
    payment.card_last4 = Some("4242".parse().unwrap());
    payment.issuer = Some("Banque Populaire Exemple".into());
    payment.amount = Money::parse("1248.00", "EUR");
    payment.descriptor = Some("SALONS DE FRANCE PARIS".into());
    payment.paid_at = Some(at("2026-02-01T10:00:00+01:00"));
    d.payment = Some(payment);
    d.costs.push(papertrail::domain::Cost {
        label: "Appel surtaxé au 08 99 65 12 34".into(),
        amount: Money::parse("15.20", "EUR").unwrap(),
        at: Some(day("2026-03-05")),
    });
    d.refunds.push(Refund {
        at: day("2026-04-10"),
        amount: Money::parse("200.00", "EUR").unwrap(),
    });
    let mut case = CaseData::new(d);

    let mut complaint = contact(
        "c1",
        "2026-03-02T09:00:00+01:00",
        Channel::Email,
        Direction::Outgoing,
    );
    complaint.purpose = Some(ContactPurpose::Complaint);
    complaint.summary = "Réclamation : le canapé n’est pas livré.".into();
    let mut notice = contact(
        "c2",
        "2026-03-16T09:00:00+01:00",
        Channel::Letter,
        Direction::Outgoing,
    );
    notice.purpose = Some(ContactPurpose::FormalNotice);
    notice.deadline = Some(day("2026-03-26"));
    notice.received_at = Some(day("2026-03-18"));
    let mut call = contact(
        "c3",
        "2026-03-20T15:00:00+01:00",
        Channel::Phone,
        Direction::Outgoing,
    );
    call.outcome = Outcome::Answered;
    call.counterpart = Some("Julien (service client)".into());
    let mut cancel = contact(
        "c4",
        "2026-03-30T10:00:00+02:00",
        Channel::Letter,
        Direction::Outgoing,
    );
    cancel.purpose = Some(ContactPurpose::Cancellation);
    cancel.received_at = Some(day("2026-04-01"));
    case.contacts.extend([complaint, notice, call, cancel]);

    case.promises.push(Promise {
        id: "p1".into(),
        made_at: day("2026-02-01"),
        source: Some("a1".into()),
        kind: PromiseKind::Delivery,
        text: "Livraison sous 15 jours.".into(),
        due: Some(day("2026-02-16")),
        status: PromiseStatus::Broken,
        settled_at: Some(day("2026-02-17")),
    });
    case.promises.push(Promise {
        id: "p2".into(),
        made_at: DateOrInstant::Instant(at("2026-03-20T15:00:00+01:00")),
        source: Some("c3".into()),
        kind: PromiseKind::Refund,
        text: "Remboursement d’un geste commercial sous 10 jours.".into(),
        due: Some(day("2026-03-30")),
        status: PromiseStatus::Pending,
        settled_at: None,
    });
    case.statements.push(Statement {
        id: "s1".into(),
        at: at("2026-03-20T15:00:00+01:00"),
        source: Some("c3".into()),
        topic: "montant remboursé".into(),
        value: "200 €".into(),
        text: Some("Julien : « Nous pouvons vous rembourser 200 €, pas plus. »".into()),
    });

    for (id, name, media, bytes, received, caption, links) in [
        (
            "a1",
            "confirmation.png",
            "image/png",
            png(),
            "2026-02-01",
            "Confirmation de commande",
            vec!["p1"],
        ),
        (
            "a2",
            "reclamation.txt",
            "text/plain",
            b"Madame, Monsieur, le canape n'est pas livre.".to_vec(),
            "2026-03-02",
            "Réclamation écrite du 2 mars",
            vec!["c1"],
        ),
        (
            "a3",
            "avis-de-reception.txt",
            "text/plain",
            b"Avis de reception signe le 18 mars 2026.".to_vec(),
            "2026-03-18",
            "Avis de réception de la mise en demeure",
            vec!["c2"],
        ),
    ] {
        let sha: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        std::fs::write(dir.join(&sha), &bytes).unwrap();
        case.attachments.push(Attachment {
            id: id.into(),
            file_name: name.into(),
            sha256: sha,
            size: bytes.len() as u64,
            media_type: media.into(),
            received_at: Some(day(received)),
            caption: Some(caption.into()),
            links: links.into_iter().map(Into::into).collect(),
        });
    }
    case
}

fn png() -> Vec<u8> {
    let img = image::RgbImage::from_fn(40, 30, |x, y| image::Rgb([x as u8 * 5, y as u8 * 7, 90]));
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

fn render(case: &CaseData, dir: &Path, language: Language) -> lopdf::Document {
    let options = DossierOptions {
        language: Some(language),
        paper: Paper::A4,
        prepared_at: at("2026-04-16T12:00:00+02:00").utc(),
        redact: false,
        embed_originals: false,
        for_email: None,
    };
    let bytes = render_pdf(
        case,
        &Dir(dir.to_path_buf()),
        &options,
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    if let Some(out) = std::env::var_os("PAPERTRAIL_DOSSIER_OUT") {
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(
            Path::new(&out).join(format!("claim-{language}.pdf")),
            &bytes,
        )
        .unwrap();
    }
    lopdf::Document::load_mem(&bytes).unwrap()
}

/// The text of some pages, whitespace (and no-break spaces) folded to one space.
fn text(doc: &lopdf::Document, pages: &[u32]) -> String {
    doc.extract_text(pages)
        .unwrap()
        .replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text without any whitespace: a label wrapped in its narrow column reads the same.
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect()
}

#[test]
fn page_one_is_a_claim_sheet_with_every_fact_a_recipient_decides_from() {
    let dir = tempfile::tempdir().unwrap();
    let case = full_case(dir.path());
    let doc = render(&case, dir.path(), Language::Fr);
    let page1 = text(&doc, &[1]);
    for (what, needle) in [
        ("consumer", "Hélène Marchand-Dubœuf"),
        ("merchant", "Salons de France SAS"),
        ("company id", "SIREN 552 100 554"),
        ("merchant's address", "3 avenue du Commerce, 75011 Paris"),
        ("mediator", "Médiateur : Médiateur du e-commerce (FEVAD)"),
        ("what was bought", "Canapé d’angle Lucca"),
        (
            "amount charged with taxes",
            "1 248,00 € (prix 1 199,00 € + taxes et frais 49,00 €)",
        ),
        (
            "card network and last four",
            "Mastercard se terminant par 4242",
        ),
        ("issuer", "Banque Populaire Exemple"),
        ("date charged", "débité le 1er février 2026"),
        ("statement descriptor", "SALONS DE FRANCE PARIS"),
        ("what was promised", "Livraison sous 15 jours."),
        ("what failed", "Non tenue le 17 février 2026"),
        // Never delivered: late since the due date, as the figures count it (QA issue 18).
        ("its days late", "59 jours de retard au 16 avril 2026"),
        (
            "late promises out of those made",
            "Sur 2 promesses : 1 non tenue, 1 en retard.",
        ),
        ("first written complaint", "Première réclamation écrite"),
        ("its date and exhibit", "Courriel, 2 mars 2026 (Pièce n° 2)"),
        (
            "formal notice received",
            "reçue le 18 mars 2026 (Pièce n° 3)",
        ),
        (
            "merchant's last word",
            "Nous pouvons vous rembourser 200 €, pas plus.",
        ),
        (
            "its source and date",
            "Téléphone, 20 mars 2026 — Julien (service client)",
        ),
        (
            "request",
            "Remboursement intégral avec la majoration légale.",
        ),
        ("taxes itemised", "Taxes et frais débités 49,00 €"),
        ("statutory increase", "Majoration légale"),
        ("its amount", "104,80 €"),
        ("refunds received", "Remboursements reçus − 200,00 €"),
        ("costs", "Frais 15,20 € — Appel surtaxé au 08 99 65 12 34"),
        ("total with costs", "Total réclamé 1 168,00 €"),
        ("merchant's offer", "Offre du commerçant 200,00 €"),
        ("total", "Total réclamé"),
        ("legal basis", "L216-1"),
        ("next deadline", "Prochaine échéance"),
    ] {
        assert!(
            squeeze(&page1).contains(&squeeze(needle)),
            "{what}: {needle:?} not on page 1:\n{page1}"
        );
    }
    // The key figures follow with their denominators, on page 1 or right after it.
    let first_two = text(&doc, &[1, 2]);
    assert!(first_two.contains("Chiffres clés"), "{first_two}");
    assert!(first_two.contains("(sur 2 faites)"), "{first_two}");

    let en = text(&render(&case, dir.path(), Language::En), &[1]);
    for needle in [
        "Company id: SIREN 552 100 554",
        "Mastercard ending in 4242",
        "Statement descriptor",
        "First written",
        "Email, 2 Mar 2026 (Exhibit 2)",
        "Merchant's last word",
        "Statutory increase",
        "Total claimed",
    ] {
        assert!(
            squeeze(&en).contains(&squeeze(needle)),
            "{needle:?} not on page 1:\n{en}"
        );
    }
}

#[test]
fn the_declaration_carries_the_consumers_name_before_the_exhibits() {
    let dir = tempfile::tempdir().unwrap();
    let case = full_case(dir.path());
    for (language, words, exhibits) in [
        (
            Language::Fr,
            "Je soussigné(e) Hélène Marchand-Dubœuf, déclare que les faits exposés ci-dessus sont exacts",
            "Pièces",
        ),
        (
            Language::En,
            "I, the undersigned Hélène Marchand-Dubœuf, declare that the facts above are true",
            "Exhibits",
        ),
    ] {
        let doc = render(&case, dir.path(), language);
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        let all = text(&doc, &pages);
        let at = all
            .find(words)
            .unwrap_or_else(|| panic!("{words:?} not in:\n{all}"));
        assert!(all[at..].contains("Signature"), "a signature line follows");
        // The declaration comes after the body (the effort section) and before the exhibits.
        let last_exhibits = all.rfind(exhibits).unwrap();
        assert!(at < last_exhibits, "declaration before the exhibits");
    }
}

#[test]
fn the_gaps_name_a_missing_written_complaint_and_nothing_for_a_full_case() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = full_case(dir.path());
    let as_of = at("2026-04-16T12:00:00+02:00").utc();
    assert_eq!(
        gaps(&case, as_of),
        Vec::new(),
        "the full case lacks nothing"
    );
    // Without its written messages, the case has no written complaint: the list says so first.
    case.contacts
        .retain(|c| !matches!(c.channel, Channel::Email | Channel::Letter));
    let found = gaps(&case, as_of);
    assert_eq!(found.first(), Some(&Gap::NoWrittenComplaint), "{found:?}");
    let (what, fix) = describe(Language::En, &Gap::NoWrittenComplaint);
    assert_eq!(what, "No written complaint to the merchant yet");
    assert!(fix.contains("email or letter"), "{fix}");
}

/// The export dialog lists what the case lacks before the dossier is made: a case with only a
/// phone call names the missing written complaint, with how to fix it.
#[test]
fn the_export_dialog_lists_the_gaps_before_export() {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;
    use papertrail::store::Store;
    use papertrail::ui::{PaperTrailApp, Prefs};

    let dir = tempfile::tempdir().unwrap();
    let id = {
        let mut store = Store::open(dir.path()).unwrap();
        let mut details = CaseDetails::new(
            "Camera never delivered",
            Language::En,
            TimeZone::parse("America/Montreal").unwrap(),
        );
        details.merchant.name = "Shop Example".to_owned();
        let id = store.create_case(&details).unwrap();
        let mut call = contact(
            "c1",
            "2026-09-10T10:00:00-04:00",
            Channel::Phone,
            Direction::Outgoing,
        );
        call.summary = "Asked where the camera is.".into();
        store.save_contact(id, &call).unwrap();
        id
    };
    let store = Store::open(dir.path()).unwrap();
    let mut harness = Harness::builder()
        .with_size([1280.0, 900.0])
        .build_eframe(move |cc| {
            let mut app = PaperTrailApp::new(
                &cc.egui_ctx,
                store,
                Prefs {
                    language: Some(Language::En),
                    ..Prefs::default()
                },
            );
            app.set_clock(at("2026-09-20T14:00:00Z").utc());
            app.set_system_language(Language::En);
            app
        });
    harness.run_steps(3);
    harness.state_mut().open(id);
    harness.run_steps(5);
    harness.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::E);
    harness.run_steps(3);
    harness.get_by_label_contains("things a recipient will look for");
    harness.get_by_label_contains("No written complaint to the merchant yet");
    harness.get_by_label_contains("Mediators ask for a prior written complaint");
    harness.get_by_label_contains("No payment details");
}

//! Letters (issue 10), end to end: cases from France, Québec and England built as a consumer
//! would enter them; every kind that applies, in both languages, as PDF (read back with lopdf)
//! and as text: facts, sums, citations and deadline in both, the same words, no card number,
//! same bytes twice, page counts, and clear errors for missing facts.

#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Utc};
use papertrail::analysis::analyze;
use papertrail::domain::{CaseData, Language};
use papertrail::dossier::Paper;
use papertrail::i18n::format as f;
use papertrail::letters::{self, Letter, LetterError, LetterKind, LetterOptions, Source};
use serde_json::{Value, json};

fn contact(id: &str, at: &str, channel: &str, dir: &str, outcome: &str, extra: Value) -> Value {
    let mut c = json!({
        "id": id, "at": at, "channel": channel, "direction": dir, "outcome": outcome,
        "counterpart": format!("Agent {id}"), "summary": "…"
    });
    if let (Some(map), Value::Object(more)) = (c.as_object_mut(), extra) {
        map.extend(more);
    }
    c
}

/// A case in `jurisdiction`: ordered 1 March 2026, promised for 10 March, never delivered; a
/// written complaint, a cancellation notice received on 3 April, a partial refund of 100 on
/// 1 May, unanswered emails; paid by credit card ending 4417.
fn case(jurisdiction: &str, currency: &str, zone: &str, language: &str) -> CaseData {
    let data = json!({
        "case": {
            "title": "Sofa never delivered",
            "merchant": {
                "name": "Canapés Exemple SARL",
                "address": "5 avenue des Lilas, 75011 Paris",
                "mediator": "Médiateur du e-commerce (FEVAD)"
            },
            "consumer": {
                "name": "Alex Martin",
                "address": "12 rue Paul Bert, 69003 Lyon",
                "email": "alex@example.org"
            },
            "order_reference": "SO-4471",
            "product": "Sofa Bleu 3 places",
            "price": {"amount": "500.00", "currency": currency},
            "ordered_at": "2026-03-01T10:00:00Z",
            "time_zone": zone,
            "jurisdiction": jurisdiction,
            "language": language,
            "status": "open",
            "contract_kind": "distance",
            "delivery_agreed": "2026-03-10",
            "payment": {
                "method": "credit_card", "network": "visa", "card_last4": "4417",
                "issuer": "Banque Exemple", "paid_at": "2026-03-01T10:00:00Z"
            },
            "refunds": [{"at": "2026-05-01", "amount": {"amount": "100.00", "currency": currency}}]
        },
        "contacts": [
            contact("c1", "2026-03-12T09:00:00Z", "email", "outgoing", "no_answer",
                json!({"purpose": "complaint"})),
            contact("c2", "2026-03-20T09:00:00Z", "phone", "outgoing", "callback_promised", json!({})),
            contact("c3", "2026-04-01T09:00:00Z", "letter", "outgoing", "no_answer",
                json!({"purpose": "cancellation", "received_at": "2026-04-03"})),
        ],
        "promises": [{
            "id": "p1", "made_at": "2026-03-20T09:00:00Z", "source": "c2", "kind": "delivery",
            "text": "Delivery next week", "due": "2026-03-27", "status": "broken"
        }]
    });
    serde_json::from_value(data).unwrap()
}

fn fr() -> CaseData {
    case("fr", "EUR", "Europe/Paris", "fr")
}
fn qc() -> CaseData {
    case("ca-qc", "CAD", "America/Montreal", "fr")
}
fn uk() -> CaseData {
    let mut c = case("uk", "GBP", "Europe/London", "en");
    c.case.consumer.address = Some("10 Baker Street, London NW1 6XE".into());
    c.case.merchant.address = Some("1 High Street, Leeds LS1 1AA".into());
    c.case.merchant.mediator = Some("The Furniture Ombudsman".into());
    c
}

fn on() -> CaseData {
    let mut c = case("ca-on", "CAD", "America/Toronto", "en");
    c.case.consumer.address = Some("221 Queen Street West, Apt 5, Toronto, ON  M5V 1Z4".into());
    c.case.merchant.address = Some("880 Logistics Drive, Mississauga, ON  L5T 1Z9".into());
    c.case.merchant.mediator = None;
    c
}

fn as_of() -> DateTime<Utc> {
    "2026-06-30T12:00:00Z".parse().unwrap()
}

fn options(language: Language) -> LetterOptions {
    LetterOptions {
        language: Some(language),
        as_of: as_of(),
        deadline_days: None,
        paper: Paper::A4,
    }
}

fn pdf_text(bytes: &[u8]) -> (String, usize) {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    (doc.extract_text(&pages).unwrap(), pages.len())
}

/// Text without whitespace, list dashes or table separators: what both outputs must share.
fn compact(text: &str) -> String {
    text.lines()
        .map(|l| l.trim_start().strip_prefix("- ").unwrap_or(l))
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace() && *c != '–' && *c != '|')
        .collect()
}

fn contains(haystack: &str, needle: &str) -> bool {
    compact(haystack).contains(&compact(needle))
}

/// Renders the letter both ways and checks what every letter must say.
fn check(case: &CaseData, letter: &Letter, language: Language, must: &[String]) {
    let txt = letters::text::render(letter);
    assert!(txt.lines().all(|l| l.chars().count() <= 72), "{txt}");
    let pdf = letters::pdf::render(letter, as_of()).unwrap();
    assert_eq!(
        pdf,
        letters::pdf::render(letter, as_of()).unwrap(),
        "same bytes"
    );
    let (text, pages) = pdf_text(&pdf);
    let limit = if letter.annex.is_some() { 3 } else { 2 };
    assert!((1..=limit).contains(&pages), "{pages} pages");
    assert_eq!(
        compact(&text),
        compact(&txt),
        "the PDF and the text say the same words"
    );
    // A period the law counts from receipt is stated as a period, never as a date.
    let deadline = f::date(language, letter.deadline);
    assert_eq!(
        contains(&txt, &deadline),
        !letter.deadline_from_receipt,
        "{deadline}: {txt}"
    );
    let mut needles = vec![case.case.consumer.name.clone()];
    needles.extend(must.iter().cloned());
    for needle in &needles {
        assert!(contains(&txt, needle), "{needle:?} not in the text:\n{txt}");
        assert!(
            contains(&text, needle),
            "{needle:?} not in the PDF:\n{text}"
        );
    }
    // Never more than the card's last four digits.
    let digits: Vec<String> = txt
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() > 8)
        .map(str::to_owned)
        .collect();
    assert!(digits.is_empty(), "long digit runs: {digits:?}");
}

fn money(language: Language, amount: &str, currency: &str) -> String {
    f::money(
        language,
        &papertrail::domain::Money::parse(amount, currency).unwrap(),
    )
}

/// The letter of `kind` for `case` as of [`as_of`], in `language`, with the default options.
fn letter(case: &CaseData, kind: LetterKind, language: Language) -> Letter {
    let findings = analyze(case, as_of());
    letters::build(case, &findings, kind, &options(language)).unwrap()
}

#[test]
fn every_kind_in_france_quebec_and_england_in_both_languages() {
    let cases = [("EUR", fr()), ("CAD", qc()), ("GBP", uk())];
    let mut written = 0;
    for (currency, case) in &cases {
        let findings = analyze(case, as_of());
        for language in [Language::Fr, Language::En] {
            for kind in LetterKind::ALL.iter().copied() {
                let built = letters::build(case, &findings, kind, &options(language));
                if !kind.applies_in(case.case.jurisdiction) {
                    assert!(matches!(built, Err(LetterError::NotApplicable { .. })));
                    continue;
                }
                let letter = built.unwrap_or_else(|e| panic!("{kind}: {e}"));
                let demand = letter.demand.unwrap();
                assert_eq!(
                    demand.paid,
                    papertrail::domain::Money::parse("500", currency).unwrap()
                );
                assert_eq!(demand.refunded.amount.to_string(), "100.00");
                assert_eq!(
                    demand.total.amount,
                    demand.paid.amount + demand.increase.amount - demand.refunded.amount
                );
                let mut must = vec![
                    money(language, "500", currency),
                    f::money(language, &demand.total),
                    f::date(language, "2026-03-01".parse().unwrap()),
                    "SO-4471".to_owned(),
                ];
                if kind != LetterKind::ChargebackRequest {
                    must.push(money(language, "100", currency));
                }
                if demand.increase.amount > rust_decimal::Decimal::ZERO {
                    must.push(f::money(language, &demand.increase));
                }
                if kind == LetterKind::ChargebackRequest {
                    must.push("4417".to_owned());
                    let annex = letter.annex.as_ref().unwrap();
                    assert_eq!(annex.rows.len(), 3, "every merchant contact");
                    must.extend(annex.rows.iter().map(|r| r.person.clone()));
                }
                for block in &letter.body {
                    for source in &block.sources {
                        if let Source::Rule(id) = source {
                            let citation = papertrail::law::rule(id).map(|r| r.citation);
                            must.extend(citation.map(str::to_owned));
                        }
                    }
                }
                check(case, &letter, language, &must);
                written += 1;
            }
        }
    }
    // FR: 4 kinds, QC: 3, UK: 5; in two languages.
    assert_eq!(written, 2 * (4 + 3 + 5));
}

#[test]
fn the_french_cancellation_adds_the_late_refund_increase_and_deducts_refunds() {
    let case = fr();
    let letter = letter(&case, LetterKind::Cancellation, Language::Fr);
    let demand = letter.demand.unwrap();
    // Refund due 14 days after receipt on 3 April (L216-7), unpaid at the end of June: L241-4
    // adds an increase, computed by the clocks.
    assert!(
        demand.increase.amount > rust_decimal::Decimal::ZERO,
        "{demand:?}"
    );
    let txt = letters::text::render(&letter);
    for needle in [
        "L216-6",
        "L216-7",
        "L241-4",
        "Lettre recommandée avec accusé de réception",
    ] {
        assert!(txt.contains(needle), "{needle} missing:\n{txt}");
    }
    // Every fact names its source.
    assert!(letter.body.iter().any(|b| {
        b.sources
            .contains(&Source::Entry(papertrail::domain::EntryId::new("p1")))
    }));
    assert!(
        letter
            .body
            .iter()
            .any(|b| b.sources.contains(&Source::Case("case.refunds[0]".into())))
    );
}

#[test]
fn the_deadline_is_a_date_from_practice_or_the_users_choice() {
    let case = qc();
    let letter = letter(&case, LetterKind::FormalNotice, Language::Fr);
    assert_eq!(
        letter.deadline,
        "2026-07-10".parse().unwrap(),
        "10 days in Québec"
    );
    assert!(
        letter.deadline_note.contains("usage"),
        "{}",
        letter.deadline_note
    );
    let uk = uk();
    let lbc = letters::build(
        &uk,
        &analyze(&uk, as_of()),
        LetterKind::LetterBeforeClaim,
        &LetterOptions {
            deadline_days: Some(21),
            ..options(Language::En)
        },
    )
    .unwrap();
    assert_eq!(lbc.deadline, "2026-07-21".parse().unwrap());
    let txt = letters::text::render(&lbc);
    assert!(txt.contains("Pre-Action Conduct"), "{txt}");
    assert!(txt.contains("alternative dispute resolution"), "{txt}");
    let fr = fr();
    let notice = letters::build(
        &fr,
        &analyze(&fr, as_of()),
        LetterKind::FormalNotice,
        &options(Language::Fr),
    )
    .unwrap();
    assert_eq!(
        notice.deadline,
        "2026-07-08".parse().unwrap(),
        "8 days in France"
    );
}

#[test]
fn missing_facts_are_named_not_left_blank() {
    let mut case = fr();
    case.case.consumer.address = None;
    let findings = analyze(&case, as_of());
    let err = letters::build(
        &case,
        &findings,
        LetterKind::FormalNotice,
        &options(Language::Fr),
    )
    .unwrap_err();
    assert_eq!(
        err,
        LetterError::MissingFacts(vec!["case.consumer.address"])
    );
    assert!(err.message(Language::Fr).contains("votre adresse postale"));
    assert!(err.message(Language::En).contains("your postal address"));

    let mut case = qc();
    case.case.payment = None;
    let err = letters::build(
        &case,
        &analyze(&case, as_of()),
        LetterKind::ChargebackRequest,
        &options(Language::En),
    )
    .unwrap_err();
    assert!(err.to_string().contains("case.payment"), "{err}");
    assert!(err.message(Language::En).contains("how you paid"));

    let mut case = fr();
    case.contacts.retain(|c| c.purpose.is_none());
    let err = letters::build(
        &case,
        &analyze(&case, as_of()),
        LetterKind::MediationRequest,
        &options(Language::Fr),
    )
    .unwrap_err();
    assert_eq!(err, LetterError::MissingFacts(vec!["contacts.complaint"]));
}

#[test]
fn letter_paper_places_the_address_for_a_us_10_window() {
    let case = uk();
    let findings = analyze(&case, as_of());
    let mut options = options(Language::En);
    options.paper = Paper::Letter;
    let letter = letters::build(&case, &findings, LetterKind::Cancellation, &options).unwrap();
    let pdf = letters::pdf::render(&letter, as_of()).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let page = doc.get_pages().into_values().next().unwrap();
    let media = doc
        .get_object(page)
        .unwrap()
        .as_dict()
        .unwrap()
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_float().unwrap_or_else(|_| o.as_i64().unwrap() as f32))
        .collect::<Vec<_>>();
    assert!(
        (media[2] - 612.0).abs() < 1.0 && (media[3] - 792.0).abs() < 1.0,
        "{media:?}"
    );
}

#[test]
fn marking_a_letter_sent_records_the_contact_and_the_pdf_together_and_the_next_clock_appears() {
    use papertrail::domain::{Channel, DateOrInstant, Instant};
    use papertrail::letters::sent::{Sending, file_name, sent_contact};
    let dir = tempfile::tempdir().unwrap();
    let mut store = papertrail::store::Store::open(dir.path()).unwrap();
    let mut data = fr();
    data.contacts.retain(|c| c.id.as_str() != "c3");
    data.case.refunds.clear();
    let id = store.insert_case(&data).unwrap();
    let before = analyze(&store.load_case(id).unwrap(), as_of());
    assert!(
        !before.clocks.iter().any(|c| c.rule == "fr.l216-7"),
        "no refund clock yet"
    );

    let case = store.load_case(id).unwrap();
    let letter = letters::build(
        &case,
        &before,
        LetterKind::Cancellation,
        &options(Language::Fr),
    )
    .unwrap();
    let pdf = letters::pdf::render(&letter, as_of()).unwrap();
    let sending = Sending {
        at: Instant::parse("2026-06-30T12:00:00Z").unwrap(),
        channel: Channel::Letter,
        tracking: Some("1A 234 567 8901 2".into()),
        received_at: Some(DateOrInstant::parse("2026-07-02").unwrap()),
    };
    let (contact, attachment) = store
        .record_sent_letter(
            id,
            sent_contact(&letter, &sending),
            &pdf,
            &file_name(&letter, &sending),
            letter.subject.clone(),
        )
        .unwrap();
    let after_case = store.load_case(id).unwrap();
    let stored = after_case.contact(&contact.id).unwrap();
    assert_eq!(
        stored.purpose,
        Some(papertrail::domain::ContactPurpose::Cancellation)
    );
    assert_eq!(stored.reference.as_deref(), Some("1A 234 567 8901 2"));
    // The French cancellation gives 14 days from receipt (L216-7), no date: the refund clock
    // counts from the receipt instead.
    assert!(letter.deadline_from_receipt);
    assert_eq!(stored.deadline, None);
    let kept = after_case.attachment(&attachment.id).unwrap();
    assert_eq!(kept.links, vec![contact.id.clone()]);
    assert_eq!(kept.media_type, "application/pdf");
    assert_eq!(std::fs::read(store.blob_path(&kept.sha256)).unwrap(), pdf);

    let later: DateTime<Utc> = "2026-07-20T12:00:00Z".parse().unwrap();
    let after = analyze(&after_case, later);
    let refund = after.clocks.iter().find(|c| c.rule == "fr.l216-7");
    assert_eq!(
        refund.and_then(|c| c.due),
        Some("2026-07-16".parse().unwrap()),
        "14 days from the recorded receipt: {:?}",
        after.clocks
    );
}

#[test]
fn the_command_line_writes_pdf_and_text_and_names_what_is_missing() {
    use std::process::Command;
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_papertrail"))
            .env("PAPERTRAIL_DATA_DIR", dir.path())
            .args(args)
            .output()
            .unwrap()
    };
    let demo = run(&["demo"]);
    assert!(demo.status.success());
    let ids: Vec<String> = String::from_utf8(demo.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    // The Québec bed case (the first demo case): a formal notice as text on standard output.
    let txt = run(&[
        "letter",
        &ids[0],
        "--kind",
        "formal-notice",
        "--out",
        "-",
        "--format",
        "txt",
        "--as-of",
        "2026-12-01",
    ]);
    let stderr = String::from_utf8_lossy(&txt.stderr);
    assert!(txt.status.success(), "{stderr}");
    let text = String::from_utf8(txt.stdout).unwrap();
    assert!(
        text.contains("Lettre recommandée avec accusé de réception"),
        "{text}"
    );
    assert!(
        text.contains("11 décembre 2026"),
        "10 days from 1 December:\n{text}"
    );
    assert!(
        stderr.contains("usage"),
        "the deadline's basis on stderr: {stderr}"
    );
    // The same as PDF into a file, twice: the same bytes.
    let out = dir.path().join("notice.pdf");
    let out_arg = out.display().to_string();
    let args = [
        "letter",
        &ids[0],
        "--kind",
        "formal-notice",
        "--out",
        &out_arg,
        "--as-of",
        "2026-12-01",
    ];
    assert!(run(&args).status.success());
    let first = std::fs::read(&out).unwrap();
    assert!(run(&args).status.success());
    assert_eq!(first, std::fs::read(&out).unwrap());
    assert!(first.starts_with(b"%PDF"));
    // A mediation request does not exist in Québec: said in one clean sentence.
    let mediation = run(&[
        "letter",
        &ids[0],
        "--kind",
        "mediation-request",
        "--out",
        "-",
    ]);
    let stderr = String::from_utf8_lossy(&mediation.stderr);
    assert!(!mediation.status.success());
    assert!(
        stderr.starts_with("error: ") && stderr.contains("Québec"),
        "{stderr}"
    );
    let unknown = run(&["letter", &ids[0], "--kind", "love-letter", "--out", "-"]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("formal-notice"));
}

#[test]
fn ontario_letters_cite_the_cpa_in_both_languages_and_refuse_what_the_law_does_not_offer() {
    let case = on();
    let findings = analyze(&case, as_of());
    for language in [Language::Fr, Language::En] {
        for kind in LetterKind::ALL.iter().copied() {
            let built = letters::build(&case, &findings, kind, &options(language));
            if matches!(
                kind,
                LetterKind::LetterBeforeClaim | LetterKind::MediationRequest
            ) {
                // No letter before claim outside England and Wales; no Ontario consumer
                // mediator in the notes.
                let err = built.unwrap_err();
                assert!(matches!(err, LetterError::NotApplicable { .. }), "{err}");
                assert!(err.message(language).contains("Ontario"), "{err}");
                continue;
            }
            let letter = built.unwrap_or_else(|e| panic!("{kind}: {e}"));
            let demand = letter.demand.unwrap();
            assert_eq!(demand.increase.amount, rust_decimal::Decimal::ZERO);
            let small_claims = match language {
                Language::Fr => "Cour des petites créances",
                Language::En => "Small Claims Court",
            };
            let mut must = vec![
                money(language, "500", "CAD"),
                money(language, "400", "CAD"),
                "SO-4471".to_owned(),
            ];
            match kind {
                LetterKind::FormalNotice => must.push(small_claims.to_owned()),
                LetterKind::Cancellation => {
                    must.push(small_claims.to_owned());
                    must.push(
                        match language {
                            Language::Fr => "art. 99",
                            Language::En => "s.99",
                        }
                        .to_owned(),
                    );
                    must.push("ss.92, 96(1)".to_owned());
                    must.push("Part IV (s.26)".to_owned());
                    // ON-5: 15 days, set by the Act.
                    assert_eq!(letter.deadline, "2026-07-15".parse().unwrap());
                }
                LetterKind::ChargebackRequest => {
                    // Credit card and a cancellation sent: the statutory chargeback (ON-7).
                    must.push("Consumer Protection Act, 2002 (Ontario), s.99".to_owned());
                    must.push("4417".to_owned());
                }
                _ => unreachable!(),
            }
            assert!(letter.sending_mode.is_none(), "no registered-mail mention");
            check(&case, &letter, language, &must);
        }
    }
    // Delivered goods: Ontario's cancellation rests on late delivery, so it is not offered.
    let mut delivered = on();
    delivered.case.delivered_at = papertrail::domain::DateOrInstant::parse("2026-03-15");
    let err = letters::build(
        &delivered,
        &analyze(&delivered, as_of()),
        LetterKind::Cancellation,
        &options(Language::En),
    )
    .unwrap_err();
    assert!(matches!(err, LetterError::AfterDelivery { .. }), "{err}");
    assert!(err.message(Language::En).contains("not offered"), "{err}");
    assert!(err.message(Language::Fr).contains("pas proposée"), "{err}");
}

#[test]
fn a_letter_sent_on_a_chosen_date_then_received_moves_the_next_clock_to_the_receipt() {
    use papertrail::domain::{Channel, ContactPurpose, DateOrInstant, Instant};
    use papertrail::letters::sent::{Sending, file_name, sent_contact};
    use papertrail::store::LetterReceipt;
    let dir = tempfile::tempdir().unwrap();
    let mut store = papertrail::store::Store::open(dir.path()).unwrap();
    let mut data = fr();
    data.contacts.retain(|c| c.id.as_str() != "c3");
    data.case.refunds.clear();
    let id = store.insert_case(&data).unwrap();
    let case = store.load_case(id).unwrap();
    let letter = letters::build(
        &case,
        &analyze(&case, as_of()),
        LetterKind::Cancellation,
        &options(Language::Fr),
    )
    .unwrap();
    let pdf = letters::pdf::render(&letter, as_of()).unwrap();
    // Sent the day before the letter's date, by registered mail.
    let sending = Sending {
        at: Instant::parse("2026-06-29T12:00:00+02:00").unwrap(),
        channel: Channel::Letter,
        tracking: Some("1A 234 567 8901 2".into()),
        received_at: None,
    };
    let (contact, _) = store
        .record_sent_letter(
            id,
            sent_contact(&letter, &sending),
            &pdf,
            &file_name(&letter, &sending),
            letter.subject.clone(),
        )
        .unwrap();
    let stored = store.load_case(id).unwrap();
    let sent = stored.contact(&contact.id).unwrap();
    assert_eq!(sent.at, sending.at, "the date chosen, not now");
    assert_eq!(sent.channel, Channel::Letter);
    assert_eq!(sent.reference.as_deref(), Some("1A 234 567 8901 2"));
    assert_eq!(sent.purpose, Some(ContactPurpose::Cancellation));
    assert_eq!(sent.deadline, None, "a period from receipt, no date given");
    assert_eq!(sent.received_at, None);

    let later: DateTime<Utc> = "2026-07-20T12:00:00Z".parse().unwrap();
    let refund = |case: &CaseData| {
        analyze(case, later)
            .clocks
            .into_iter()
            .find(|c| c.rule == "fr.l216-7")
            .unwrap()
    };
    // No receipt yet: counted from the sending (29 June + 14 days), and said so.
    let before = refund(&stored);
    assert!(before.counted_from_sending);
    assert_eq!(before.due, Some("2026-07-13".parse().unwrap()));

    // Received on 3 July: the refund's 14 days run from then.
    let day: chrono::NaiveDate = "2026-07-03".parse().unwrap();
    store
        .record_letter_receipt(id, &contact.id, Some(LetterReceipt::Received(day)))
        .unwrap();
    let received = store.load_case(id).unwrap();
    assert_eq!(
        received.contact(&contact.id).unwrap().received_at,
        Some(DateOrInstant::Date(day))
    );
    let after = refund(&received);
    assert!(!after.counted_from_sending);
    assert_eq!(after.opens, Some(day), "{after:?}");
    assert_eq!(after.due, Some("2026-07-17".parse().unwrap()));
    assert_eq!(
        store.letter_receipts(id).unwrap(),
        vec![(contact.id.clone(), LetterReceipt::Received(day))]
    );

    // Not collected after all: the receipt is cleared and the clock counts from the sending.
    let presented: chrono::NaiveDate = "2026-07-01".parse().unwrap();
    store
        .record_letter_receipt(
            id,
            &contact.id,
            Some(LetterReceipt::NotCollected(presented)),
        )
        .unwrap();
    let returned = store.load_case(id).unwrap();
    assert_eq!(returned.contact(&contact.id).unwrap().received_at, None);
    assert!(refund(&returned).counted_from_sending);
    assert_eq!(
        store.letter_receipts(id).unwrap(),
        vec![(contact.id.clone(), LetterReceipt::NotCollected(presented))]
    );
    // The contact itself carries it: one place, read by every view.
    let mut on_contact = returned.contact(&contact.id).unwrap().clone();
    assert_eq!(on_contact.not_collected_on, Some(presented));
    assert_eq!(
        on_contact.letter_receipt(returned.case.time_zone),
        Some(LetterReceipt::NotCollected(presented))
    );
    // Typing a receipt on the contact (the entry editor saves the whole contact) replaces "not
    // collected": the contact never holds both answers.
    on_contact.received_at = Some(DateOrInstant::Date(day));
    store.save_contact(id, &on_contact).unwrap();
    let typed = store.load_case(id).unwrap();
    assert_eq!(typed.contact(&contact.id).unwrap().not_collected_on, None);
    assert_eq!(
        store.letter_receipts(id).unwrap(),
        vec![(contact.id.clone(), LetterReceipt::Received(day))]
    );
    // Forgetting both leaves nothing recorded.
    store.record_letter_receipt(id, &contact.id, None).unwrap();
    assert_eq!(store.letter_receipts(id).unwrap(), vec![]);
    store
        .record_letter_receipt(
            id,
            &contact.id,
            Some(LetterReceipt::NotCollected(presented)),
        )
        .unwrap();
    // The case file carries it too (a contact's JSON is its case-file shape).
    let again = store.load_case(id).unwrap();
    let json = serde_json::to_string(again.contact(&contact.id).unwrap()).unwrap();
    assert!(
        json.contains("\"not_collected_on\":\"2026-07-01\""),
        "{json}"
    );
    let read: papertrail::domain::Contact = serde_json::from_str(&json).unwrap();
    assert_eq!(read.not_collected_on, Some(presented));
    // A `received` row an older version wrote is not a second truth: `received_at` alone says
    // whether it was received.
    store.record_letter_receipt(id, &contact.id, None).unwrap();
    let conn = rusqlite::Connection::open(dir.path().join("papertrail.sqlite3")).unwrap();
    conn.execute(
        "INSERT INTO letter_receipts (entry, status, on_date) \
         SELECT e.id, 'received', '2026-07-02' FROM entries e WHERE e.case_id = ?1 AND e.entry_id = ?2",
        rusqlite::params![id.0, contact.id.as_str()],
    )
    .unwrap();
    drop(conn);
    assert_eq!(store.letter_receipts(id).unwrap(), vec![]);
    let old = store.load_case(id).unwrap();
    assert_eq!(old.contact(&contact.id).unwrap().received_at, None);
    assert_eq!(old.contact(&contact.id).unwrap().not_collected_on, None);
    // An unknown contact is an error, not a silent no-op.
    assert!(
        store
            .record_letter_receipt(
                id,
                &papertrail::domain::EntryId::new("c99"),
                Some(LetterReceipt::Received(day))
            )
            .is_err()
    );
}

#[test]
fn the_users_edits_are_kept_per_case_and_kind_and_the_pdf_lays_them_out() {
    use papertrail::store::LetterDraft;
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let mut store = papertrail::store::Store::open(dir.path()).unwrap();
        let id = store.insert_case(&fr()).unwrap();
        assert_eq!(store.letter_draft(id, "formal-notice").unwrap(), None);
        let draft = LetterDraft {
            language: Language::Fr,
            text: "Alex Martin\n\nCanapés Exemple SARL\n\nLyon\n\nMa phrase à moi.\n".into(),
        };
        store
            .save_letter_draft(id, "formal-notice", &draft)
            .unwrap();
        id
    };
    // Reopened: the edit is still there, for that kind only.
    let mut store = papertrail::store::Store::open(dir.path()).unwrap();
    let draft = store.letter_draft(id, "formal-notice").unwrap().unwrap();
    assert!(draft.text.contains("Ma phrase à moi."));
    assert_eq!(draft.language, Language::Fr);
    assert_eq!(store.letter_draft(id, "cancellation").unwrap(), None);

    // The PDF of the edited text says the edited words, in the letter's layout.
    let case = store.load_case(id).unwrap();
    let letter = letters::build(
        &case,
        &analyze(&case, as_of()),
        LetterKind::FormalNotice,
        &options(Language::Fr),
    )
    .unwrap();
    let generated = letters::text::render(&letter);
    let edited = generated.replace("Madame, Monsieur,", "Madame, Monsieur,\n\nMa phrase à moi.");
    let pdf = letters::pdf::render_edited(&letter, &edited, as_of()).unwrap();
    assert_eq!(
        pdf,
        letters::pdf::render_edited(&letter, &edited, as_of()).unwrap()
    );
    let (text, pages) = pdf_text(&pdf);
    assert!(pages <= 2, "{pages}");
    assert!(contains(&text, "Ma phrase à moi."), "{text}");
    assert_eq!(
        compact(&text),
        compact(&edited),
        "the same words as the edit"
    );

    // Reset to the generated text.
    store.delete_letter_draft(id, "formal-notice").unwrap();
    assert_eq!(store.letter_draft(id, "formal-notice").unwrap(), None);
}

#[test]
fn the_command_line_writes_the_text_edited_in_the_app_unless_asked_for_the_generated_one() {
    use std::process::Command;
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let mut store = papertrail::store::Store::open(dir.path()).unwrap();
        let id = store.insert_case(&uk()).unwrap();
        let case = store.load_case(id).unwrap();
        let letter = letters::build(
            &case,
            &analyze(&case, as_of()),
            LetterKind::FormalNotice,
            &options(Language::En),
        )
        .unwrap();
        let text = letters::text::render(&letter).replace(
            "Dear Sir or Madam,",
            "Dear Sir or Madam,\n\nZqx a sentence of my own.",
        );
        let draft = papertrail::store::LetterDraft {
            language: Language::En,
            text,
        };
        store
            .save_letter_draft(id, "formal-notice", &draft)
            .unwrap();
        id
    };
    let run = |extra: &[&str]| {
        let id = id.0.to_string();
        let mut args = vec![
            "letter",
            id.as_str(),
            "--kind",
            "formal-notice",
            "--format",
            "txt",
            "--out",
            "-",
            "--as-of",
            "2026-06-30",
        ];
        args.extend_from_slice(extra);
        let out = Command::new(env!("CARGO_BIN_EXE_papertrail"))
            .env("PAPERTRAIL_DATA_DIR", dir.path())
            .args(&args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(run(&[]).contains("Zqx a sentence of my own."));
    assert!(!run(&["--generated"]).contains("Zqx"));
    // The edit is in English: a French letter is the generated one.
    assert!(!run(&["--lang", "fr"]).contains("Zqx"));
}

// ---------------------------------------------------------------- QA fixes (29 Nov 2026)

/// The three demo cases: Québec (bed), France (laptop), Ontario (espresso machine).
fn demo() -> Vec<CaseData> {
    let dir = tempfile::tempdir().unwrap();
    let mut store = papertrail::store::Store::open(dir.path()).unwrap();
    let ids = papertrail::demo::import_demo_cases(&mut store).unwrap();
    ids.into_iter()
        .map(|id| store.load_case(id).unwrap())
        .collect()
}

fn at(instant: &str) -> DateTime<Utc> {
    instant.parse().unwrap()
}

/// The letter of `kind` for `case` at `as_of`, in `language`.
fn build_at(
    case: &CaseData,
    kind: LetterKind,
    language: Language,
    as_of: DateTime<Utc>,
) -> Result<Letter, LetterError> {
    let findings = analyze(case, as_of);
    let options = LetterOptions {
        language: Some(language),
        as_of,
        deadline_days: None,
        paper: Paper::for_jurisdiction(case.case.jurisdiction),
    };
    letters::build(case, &findings, kind, &options)
}

fn rules_cited(letter: &Letter) -> Vec<&'static str> {
    letter
        .body
        .iter()
        .flat_map(|b| &b.sources)
        .filter_map(|s| match s {
            Source::Rule(id) => Some(*id),
            _ => None,
        })
        .collect()
}

#[test]
fn a_returned_item_is_told_with_its_return_and_never_disputed_as_not_received() {
    let cases = demo();
    let ontario = &cases[2];
    let as_of = at("2026-11-28T12:00:00Z");
    for language in [Language::En, Language::Fr] {
        let chargeback = build_at(ontario, LetterKind::ChargebackRequest, language, as_of).unwrap();
        let txt = letters::text::render(&chargeback);
        assert!(
            !rules_cited(&chargeback).contains(&"visa.13.1") && !txt.contains("13.1"),
            "a delivered and returned item is not a 'not received' dispute:\n{txt}"
        );
        let notice = build_at(ontario, LetterKind::FormalNotice, language, as_of).unwrap();
        for letter in [&chargeback, &notice] {
            let txt = letters::text::render(letter);
            // The return: its dispatch (with the proof's exhibit), its reference and the
            // merchant's acknowledgement, each traced to its entries.
            for needle in [
                f::date(language, "2026-09-10".parse().unwrap()),
                f::date(language, "2026-09-15".parse().unwrap()),
                "RMA-77120".to_owned(),
                papertrail::dossier::model::exhibit_label(ontario.case.jurisdiction, language, 1),
            ] {
                assert!(contains(&txt, &needle), "{needle:?} not in:\n{txt}");
            }
            let entries: Vec<&str> = letter
                .body
                .iter()
                .flat_map(|b| b.entries())
                .map(|e| e.as_str())
                .collect();
            assert!(
                entries.contains(&"a1") && entries.contains(&"s1"),
                "{entries:?}"
            );
        }
        // The formal notice has the basis the clocks give: the court it announces.
        assert!(
            rules_cited(&notice).contains(&"on.small-claims"),
            "{:?}",
            notice.body
        );
    }
    // A case with no return recorded tells none; goods not delivered keep the network rule.
    let france = fr();
    let chargeback = letter(&france, LetterKind::ChargebackRequest, Language::En);
    let txt = letters::text::render(&chargeback);
    assert!(!txt.contains("sent the goods back"), "{txt}");
    assert!(rules_cited(&chargeback).contains(&"visa.13.1"), "{txt}");
}

#[test]
fn every_letter_asks_for_the_sum_of_the_claim_sheet() {
    let cases = demo();
    let france = &cases[1];
    let as_of = at("2026-11-28T12:00:00Z");
    let findings = analyze(france, as_of);
    let sheet = papertrail::analysis::positions::claim_amounts(france, &findings.clocks, as_of);
    let total = sheet.total.unwrap();
    assert!(
        !sheet.costs.is_empty(),
        "the demo records a premium-rate call"
    );
    for kind in [
        LetterKind::FormalNotice,
        LetterKind::Cancellation,
        LetterKind::MediationRequest,
    ] {
        let letter = build_at(france, kind, Language::Fr, as_of).unwrap();
        assert_eq!(letter.demand.unwrap().total, total, "{kind}");
        if kind == LetterKind::FormalNotice {
            // The laptop was never handed over: the notice demands delivery, not money.
            continue;
        }
        let txt = letters::text::render(&letter);
        assert!(
            contains(&txt, &f::money(Language::Fr, &total)),
            "{kind}:\n{txt}"
        );
        assert!(txt.contains("15,20"), "the cost is itemised:\n{txt}");
    }
}

#[test]
fn a_right_not_open_yet_is_refused_with_the_day_it_opens() {
    let cases = demo();
    let quebec = &cases[0];
    let built = build_at(
        quebec,
        LetterKind::Cancellation,
        Language::Fr,
        at("2026-11-28T12:00:00Z"),
    );
    let opens: chrono::NaiveDate = "2026-12-21".parse().unwrap();
    assert_eq!(
        built.as_ref().err(),
        Some(&LetterError::NotOpenYet {
            kind: LetterKind::Cancellation,
            opens
        })
    );
    let message = built.unwrap_err().message(Language::Fr);
    assert!(message.contains(&f::date(Language::Fr, opens)), "{message}");
    // Once open, the letter is written.
    build_at(
        quebec,
        LetterKind::Cancellation,
        Language::Fr,
        at("2026-12-21T17:00:00Z"),
    )
    .unwrap();
}

#[test]
fn the_mediation_request_names_the_trader() {
    let cases = demo();
    let france = &cases[1];
    for language in [Language::Fr, Language::En] {
        let letter = build_at(
            france,
            LetterKind::MediationRequest,
            language,
            at("2026-11-28T12:00:00Z"),
        )
        .unwrap();
        let txt = letters::text::render(&letter);
        for needle in [
            "TechnoCité SAS",
            "SIREN 123 456 789",
            "17 rue du Docteur Bouchut",
        ] {
            assert!(contains(&txt, needle), "{needle:?} not in:\n{txt}");
        }
    }
}

#[test]
fn a_refund_period_the_law_counts_from_receipt_is_not_given_as_a_date() {
    let cases = demo();
    let as_of = at("2026-11-28T12:00:00Z");
    let letter = build_at(&cases[1], LetterKind::Cancellation, Language::Fr, as_of).unwrap();
    let txt = letters::text::render(&letter);
    assert!(letter.deadline_from_receipt);
    assert!(
        contains(
            &txt,
            "dans les 14 jours suivant la réception de la présente lettre (C. consom. art. L216-7)"
        ),
        "{txt}"
    );
    assert!(!txt.contains("12 décembre 2026"), "{txt}");
    // Québec: 15 days from the resolution (LPC 54.13), told the same way.
    let letter = build_at(
        &cases[0],
        LetterKind::Cancellation,
        Language::En,
        at("2026-12-22T17:00:00Z"),
    )
    .unwrap();
    assert!(letter.deadline_from_receipt);
    assert!(
        contains(
            &letters::text::render(&letter),
            "within 15 days of your receiving this letter"
        ),
        "{}",
        letters::text::render(&letter)
    );
    // Ontario: a notice is given when sent (ON-4): the date stands.
    let ontario = letter_on_cancellation();
    assert!(!ontario.deadline_from_receipt);
}

fn letter_on_cancellation() -> Letter {
    letter(&on(), LetterKind::Cancellation, Language::En)
}

#[test]
fn quebec_mediation_is_refused_with_the_reason() {
    let cases = demo();
    let built = build_at(
        &cases[0],
        LetterKind::MediationRequest,
        Language::Fr,
        at("2026-11-28T12:00:00Z"),
    );
    let message = built.unwrap_err().message(Language::Fr);
    assert!(
        message.contains("PARLe") && message.contains("petites créances"),
        "{message}"
    );
    assert!(!message.contains("n'existe pas"), "{message}");
}

#[test]
fn the_product_needs_no_article_and_the_recorded_card_is_not_a_condition() {
    let cases = demo();
    let mut quebec = cases[0].clone();
    let as_of = at("2026-12-22T17:00:00Z");
    let txt = letters::text::render(
        &build_at(&quebec, LetterKind::Cancellation, Language::Fr, as_of).unwrap(),
    );
    assert!(
        contains(&txt, "l'article suivant : Lit queen Alma"),
        "{txt}"
    );
    assert!(!txt.contains("si j'ai payé"), "{txt}");
    assert!(txt.contains("carte de crédit"), "{txt}");
    // Paid otherwise: no chargeback announced; not recorded: the condition stays.
    quebec.case.payment.as_mut().unwrap().method = papertrail::domain::PaymentMethod::BankTransfer;
    let txt = letters::text::render(
        &build_at(&quebec, LetterKind::Cancellation, Language::Fr, as_of).unwrap(),
    );
    assert!(!txt.contains("rétrofacturation"), "{txt}");
    quebec.case.payment = None;
    let txt = letters::text::render(
        &build_at(&quebec, LetterKind::Cancellation, Language::Fr, as_of).unwrap(),
    );
    assert!(contains(&txt, "si j'ai payé par carte de crédit"), "{txt}");
}

#[test]
fn days_out_of_bounds_and_a_date_before_the_order_are_refused() {
    let case = fr();
    let findings = analyze(&case, as_of());
    for (days, ok) in [
        (0, false),
        (1, true),
        (365, true),
        (366, false),
        (100_000, false),
    ] {
        let options = LetterOptions {
            deadline_days: Some(days),
            ..options(Language::En)
        };
        let built = letters::build(&case, &findings, LetterKind::FormalNotice, &options);
        assert_eq!(built.is_ok(), ok, "{days}: {built:?}");
        if !ok {
            assert_eq!(built.unwrap_err(), LetterError::DeadlineDays(days));
        }
    }
    let before = at("2026-01-01T12:00:00Z");
    let built = letters::build(
        &case,
        &analyze(&case, before),
        LetterKind::FormalNotice,
        &LetterOptions {
            as_of: before,
            ..options(Language::En)
        },
    );
    assert_eq!(
        built.unwrap_err(),
        LetterError::BeforeOrder {
            ordered: "2026-03-01".parse().unwrap()
        }
    );
}

#[test]
fn the_command_line_refuses_what_is_not_open_or_out_of_bounds_and_picks_the_paper() {
    use std::process::Command;
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_papertrail"))
            .env("PAPERTRAIL_DATA_DIR", dir.path())
            .args(args)
            .output()
            .unwrap()
    };
    assert!(run(&["demo"]).status.success());
    let refused = |args: &[&str], needle: &str| {
        let out = run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(!out.status.success(), "{args:?} succeeded");
        assert!(stderr.contains(needle), "{needle:?} not in {stderr}");
    };
    let as_of = ["--as-of", "2026-11-28T12:00:00Z"];
    let base = |case: &'static str, kind: &'static str| {
        vec![
            "letter", case, "--kind", kind, "--out", "-", "--format", "txt",
        ]
    };
    refused(
        &[base("1", "cancellation"), as_of.to_vec()].concat(),
        "21 décembre 2026",
    );
    refused(
        &[base("2", "formal-notice"), vec!["--deadline-days", "0"]].concat(),
        "1 to 365",
    );
    refused(
        &[base("2", "formal-notice"), vec!["--as-of", "2026-01-01"]].concat(),
        "20 octobre 2026",
    );
    // The paper follows the jurisdiction: Letter in Québec and Ontario, A4 in France.
    for (case, width) in [("1", 612), ("2", 595), ("3", 612)] {
        let out = dir.path().join(format!("{case}.pdf"));
        let path = out.display().to_string();
        let made = run(&[
            "letter",
            case,
            "--kind",
            "formal-notice",
            "--out",
            &path,
            "--as-of",
            "2026-11-28T12:00:00Z",
        ]);
        assert!(
            made.status.success(),
            "{}",
            String::from_utf8_lossy(&made.stderr)
        );
        let doc = lopdf::Document::load(&out).unwrap();
        let page = *doc.get_pages().values().next().unwrap();
        let media = doc
            .get_dictionary(page)
            .unwrap()
            .get(b"MediaBox")
            .unwrap()
            .as_array()
            .unwrap()
            .clone();
        let w = match &media[2] {
            lopdf::Object::Integer(i) => *i as f32,
            lopdf::Object::Real(r) => *r,
            other => panic!("{other:?}"),
        };
        assert!((w - width as f32).abs() < 1.0, "case {case}: {media:?}");
    }
}

// ------------------------------------------------------- second QA pass (29 Nov 2026, letters)

/// The body blocks between the facts heading and the next heading.
fn fact_texts(letter: &Letter) -> Vec<String> {
    let heading = papertrail::i18n::tr(letter.language, "letter-heading-facts");
    let start = letter.body.iter().position(|b| b.text == heading).unwrap();
    letter.body[start + 1..]
        .iter()
        .take_while(|b| b.role != letters::Role::Heading)
        .map(|b| b.text.clone())
        .collect()
}

/// The first day named in `text` (the earliest position; the longest form at a position), among
/// the days of 2026.
fn first_day(language: Language, text: &str) -> Option<chrono::NaiveDate> {
    let mut best: Option<(usize, usize, chrono::NaiveDate)> = None;
    let mut day: chrono::NaiveDate = "2026-01-01".parse().unwrap();
    while day.format("%Y").to_string() == "2026" {
        let written = f::date(language, day);
        if let Some(pos) = text.find(&written) {
            let better =
                best.is_none_or(|(p, len, _)| pos < p || (pos == p && written.len() > len));
            if better {
                best = Some((pos, written.len(), day));
            }
        }
        day = day.succ_opt().unwrap();
    }
    best.map(|(_, _, d)| d)
}

#[test]
fn the_refund_is_the_sums_paid_and_the_costs_are_claimed_apart_as_damages() {
    let cases = demo();
    let france = &cases[1];
    let as_of = at("2026-11-28T12:00:00Z");
    let findings = analyze(france, as_of);
    let sheet = papertrail::analysis::positions::claim_amounts(france, &findings.clocks, as_of);
    let total = sheet.total.unwrap();
    for (language, refund_word, damages, article) in [
        (Language::Fr, "rembourser", "dommages et intérêts", "L241-4"),
        (Language::En, "refund", "damages", "L241-4"),
    ] {
        let letter = build_at(france, LetterKind::Cancellation, language, as_of).unwrap();
        // One truth: the claim sheet's total.
        assert_eq!(letter.demand.unwrap().total, total);
        let txt = compact(&letters::text::render(&letter));
        let total_s = compact(&f::money(language, &total));
        let price = compact(&f::money(language, &sheet.price.unwrap()));
        let cost = compact(&f::money(language, &sheet.costs[0].1));
        // The refund asked is not the total (the total includes a phone charge).
        assert!(
            !txt.contains(&compact(&format!("{refund_word} {total_s}"))),
            "the refund is the sums paid, not the total:\n{txt}"
        );
        // The costs are claimed in their own sentence, as damages.
        let costs_sentence = letter
            .body
            .iter()
            .find(|b| b.text.contains(damages) && b.role == letters::Role::Paragraph)
            .unwrap_or_else(|| panic!("no damages sentence:\n{txt}"));
        assert!(
            compact(&costs_sentence.text).contains(&cost),
            "{}",
            costs_sentence.text
        );
        assert!(!compact(&costs_sentence.text).contains(&price));
        // The total is shown as refund + costs.
        let total_line = letter
            .body
            .iter()
            .map(|b| compact(&b.text))
            .find(|t| t.contains(&total_s) && t.contains('+'))
            .unwrap_or_else(|| panic!("no total as a sum:\n{txt}"));
        assert!(
            total_line.contains(&price) && total_line.contains(&cost),
            "{total_line}"
        );
        // The increase is said with its article wherever it is mentioned.
        for block in &letter.body {
            let t = block.text.to_lowercase();
            if t.contains("majorée") || t.contains("increased by law") {
                assert!(block.text.contains(article), "{}", block.text);
            }
        }
    }
}

#[test]
fn a_promise_is_reported_from_the_consumers_note_not_quoted_as_the_merchants_words() {
    let cases = demo();
    let as_of = at("2026-11-28T12:00:00Z");
    let quebec = build_at(&cases[0], LetterKind::FormalNotice, Language::Fr, as_of).unwrap();
    let france = build_at(&cases[1], LetterKind::Cancellation, Language::Fr, as_of).unwrap();
    let english = build_at(&cases[1], LetterKind::Cancellation, Language::En, as_of).unwrap();
    for letter in [&quebec, &france, &english] {
        for fact in fact_texts(letter) {
            let promised = fact.contains("promis") || fact.contains("promised");
            if promised {
                assert!(
                    !fact.contains("promis «")
                        && !fact.contains("promis\u{a0}«")
                        && !fact.contains("promised “"),
                    "a note quoted as the merchant's words: {fact}"
                );
            }
        }
    }
    let qc = compact(&letters::text::render(&quebec));
    assert!(contains(&qc, "vous avez promis de me rappeler"), "{qc}");
    assert!(contains(&qc, "noté : Mélanie vérifie"), "{qc}");
    assert!(!contains(&qc, "« Mélanie"), "{qc}");
    let en = compact(&letters::text::render(&english));
    assert!(contains(&en, "you promised to call me back"), "{en}");
    assert!(contains(&en, "my note: Nadia me rappelle"), "{en}");
}

#[test]
fn the_quebec_notice_says_the_cancellation_right_opens_on_its_day() {
    let cases = demo();
    let quebec = &cases[0];
    let opens = f::date(Language::Fr, "2026-12-21".parse().unwrap());
    let notice = build_at(
        quebec,
        LetterKind::FormalNotice,
        Language::Fr,
        at("2026-11-28T12:00:00Z"),
    )
    .unwrap();
    let consequence = notice
        .body
        .iter()
        .find(|b| b.text.contains("54.9"))
        .unwrap_or_else(|| panic!("{:?}", notice.body));
    // The deadline (8 December) comes before the right opens (21 December): the notice names
    // that day rather than threatening a resolution from the deadline.
    assert!(
        compact(&consequence.text).contains(&compact(&opens)),
        "{}",
        consequence.text
    );
    // Once the deadline falls after the day it opens, the plain wording comes back.
    let later = build_at(
        quebec,
        LetterKind::FormalNotice,
        Language::En,
        at("2026-12-15T12:00:00Z"),
    )
    .unwrap();
    let consequence = later.body.iter().find(|b| b.text.contains("54.9")).unwrap();
    assert!(
        !consequence.text.contains("from that date"),
        "{}",
        consequence.text
    );
}

#[test]
fn the_facts_are_in_date_order_and_the_annex_does_not_call_a_received_message_answered() {
    let cases = demo();
    let as_of = at("2026-11-28T12:00:00Z");
    for case in &cases {
        for kind in [LetterKind::FormalNotice, LetterKind::ChargebackRequest] {
            for language in [Language::En, Language::Fr] {
                let letter = build_at(case, kind, language, as_of).unwrap();
                let facts = fact_texts(&letter);
                let mut last: Option<chrono::NaiveDate> = None;
                for fact in &facts {
                    // The list of unanswered messages stands at the last of them.
                    if fact.contains("no answer") || fact.contains("sans réponse") {
                        continue;
                    }
                    let Some(day) = first_day(language, fact) else {
                        continue;
                    };
                    assert!(
                        last.is_none_or(|l| l <= day),
                        "{kind} for {}: {fact} after a later fact:\n{facts:#?}",
                        case.case.title
                    );
                    last = Some(day);
                }
            }
        }
    }
    let ontario = build_at(
        &cases[2],
        LetterKind::ChargebackRequest,
        Language::En,
        as_of,
    )
    .unwrap();
    let answered = papertrail::i18n::tr(Language::En, "outcome-answered");
    let rows = &ontario.annex.unwrap().rows;
    let incoming: Vec<_> = rows
        .iter()
        .filter(|r| r.channel.contains("incoming"))
        .collect();
    assert!(!incoming.is_empty());
    for row in incoming {
        assert_ne!(row.outcome, answered, "{row:?}");
    }
}

#[test]
fn the_mediation_request_cites_r612_5_and_warns_when_fevad_gets_english() {
    let cases = demo();
    let france = &cases[1];
    let as_of = at("2026-11-28T12:00:00Z");
    let en = build_at(france, LetterKind::MediationRequest, Language::En, as_of).unwrap();
    assert!(
        en.warnings
            .iter()
            .any(|w| w.contains("FEVAD") && w.contains("French")),
        "{:?}",
        en.warnings
    );
    let fr = build_at(france, LetterKind::MediationRequest, Language::Fr, as_of).unwrap();
    assert!(fr.warnings.is_empty(), "{:?}", fr.warnings);
    for letter in [&en, &fr] {
        assert!(
            letter.deadline_note.contains("R612-5"),
            "{}",
            letter.deadline_note
        );
        assert!(
            !letter.deadline_note.contains("usage"),
            "{}",
            letter.deadline_note
        );
        assert!(
            !letter.deadline_note.contains("practice"),
            "{}",
            letter.deadline_note
        );
        assert!(letters::text::render(letter).contains("R612-5"));
    }
    // The command line says the warning on standard error.
    use std::process::Command;
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_papertrail"))
            .env("PAPERTRAIL_DATA_DIR", dir.path())
            .args(args)
            .output()
            .unwrap()
    };
    assert!(run(&["demo"]).status.success());
    let out = run(&[
        "letter",
        "2",
        "--kind",
        "mediation-request",
        "--lang",
        "en",
        "--as-of",
        "2026-11-28T12:00:00Z",
        "--format",
        "txt",
        "--out",
        "-",
    ]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("FEVAD"), "{stderr}");
}

#[test]
fn a_non_delivery_letter_before_the_agreed_day_is_refused() {
    let cases = demo();
    let france = &cases[1];
    // Pickup was agreed for 24 October.
    for as_of in ["2026-10-21T12:00:00Z", "2026-10-24T18:00:00Z"] {
        let err = build_at(france, LetterKind::FormalNotice, Language::Fr, at(as_of)).unwrap_err();
        assert_eq!(
            err,
            LetterError::BeforeAgreedDelivery {
                agreed: "2026-10-24".parse().unwrap()
            }
        );
        let message = err.message(Language::Fr);
        assert!(message.contains("24 octobre 2026"), "{message}");
        assert!(message.contains("25 octobre 2026"), "{message}");
        assert!(err.message(Language::En).contains("24 Oct 2026"));
    }
    // The next day it is written, enclosing only the exhibits it can have.
    let letter = build_at(
        france,
        LetterKind::FormalNotice,
        Language::Fr,
        at("2026-10-25T12:00:00Z"),
    )
    .unwrap();
    let zone = france.case.time_zone;
    let later = france
        .attachments
        .iter()
        .filter(|a| {
            a.received_at
                .is_some_and(|r| r.date_in(zone) > "2026-10-25".parse().unwrap())
        })
        .filter_map(|a| a.caption.clone())
        .collect::<Vec<_>>();
    assert!(!later.is_empty());
    for caption in later {
        assert!(
            !letter.enclosures.iter().any(|e| e.contains(&caption)),
            "{caption} is enclosed in a letter written before it: {:?}",
            letter.enclosures
        );
    }
}

#[test]
fn the_english_cancellation_says_cancel_throughout() {
    let cases = demo();
    let as_of = at("2026-11-28T12:00:00Z");
    let mut letters_checked = vec![
        build_at(&cases[1], LetterKind::Cancellation, Language::En, as_of).unwrap(),
        letter(&fr(), LetterKind::Cancellation, Language::En),
        letter(&uk(), LetterKind::Cancellation, Language::En),
    ];
    letters_checked.push(
        build_at(
            &cases[0],
            LetterKind::Cancellation,
            Language::En,
            at("2026-12-22T12:00:00Z"),
        )
        .unwrap(),
    );
    for l in &letters_checked {
        let txt = letters::text::render(l);
        assert!(!txt.to_lowercase().contains("resol"), "{txt}");
        assert!(txt.to_lowercase().contains("cancel"), "{txt}");
    }
}

#[test]
fn a_right_that_has_closed_is_refused_with_its_last_day() {
    let cases = demo();
    let france = &cases[1];
    // The laptop case's Visa 13.1 window (120 days) is open in November…
    build_at(
        france,
        LetterKind::ChargebackRequest,
        Language::Fr,
        at("2026-11-28T12:00:00Z"),
    )
    .unwrap();
    // …and closed the next spring: no letter claims it.
    let built = build_at(
        france,
        LetterKind::ChargebackRequest,
        Language::Fr,
        at("2027-04-15T12:00:00Z"),
    );
    let Err(LetterError::Closed {
        kind: LetterKind::ChargebackRequest,
        last_day: Some(last_day),
    }) = &built
    else {
        panic!("{built:?}");
    };
    let message = built.as_ref().unwrap_err().message(Language::Fr);
    assert!(
        message.contains(&f::date(Language::Fr, *last_day)),
        "{message}"
    );
    assert!(message.contains("n’a plus"), "{message}");
}

//! *Write a letter…* in the app (issue 10): the dialog offers the letters, exports the PDF, and
//! *Mark as sent* records the contact and its PDF together.

#![allow(clippy::unwrap_used, reason = "tests: a failure is a test failure")]

use chrono::{DateTime, Utc};
use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use papertrail::domain::{CaseId, ContactParty, ContactPurpose, Language};
use papertrail::store::Store;
use papertrail::ui::{PaperTrailApp, Prefs};

fn settle(harness: &mut Harness<'static, PaperTrailApp>) {
    for _ in 0..400 {
        harness.step();
        if !harness.state().busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run_steps(3);
}

#[test]
fn a_letter_is_written_exported_and_marked_sent() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let ids = papertrail::demo::import_demo_cases(&mut store).unwrap();
    let case = store
        .list_cases()
        .unwrap()
        .into_iter()
        .find(|c| c.title.starts_with("Ordinateur"))
        .unwrap()
        .id;
    assert!(ids.contains(&case));
    let before = store.load_case(case).unwrap();
    drop(store);

    let now: DateTime<Utc> = "2026-12-01T10:00:00Z".parse().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let prefs = Prefs {
        language: Some(Language::En),
        ..Prefs::default()
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 1000.0])
        .build_eframe(move |cc| {
            let mut app = PaperTrailApp::new(&cc.egui_ctx, store, prefs);
            app.set_clock(now);
            app.set_system_language(Language::En);
            app
        });
    settle(&mut harness);
    harness.state_mut().open(case);
    settle(&mut harness);
    harness.get_by_label("Write a letter…").click();
    harness.run_steps(3);

    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("letter.pdf");
    let save_to = harness.get_by_role_and_label(Role::TextInput, "Save to");
    save_to.focus();
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Save to")
        .type_text(&out.display().to_string());
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, "Export PDF")
        .click();
    settle(&mut harness);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "{:?}", harness.state().notice());

    // Sent yesterday, by registered mail with its tracking number.
    for (field, value) in [
        ("Sent on (YYYY-MM-DD)", "2026-11-30"),
        ("Tracking number", "1A 234 567 8901 2"),
    ] {
        harness
            .get_by_role_and_label(Role::TextInput, field)
            .focus();
        harness.run_steps(2);
        harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        harness
            .get_by_role_and_label(Role::TextInput, field)
            .type_text(value);
        harness.run_steps(2);
    }
    harness
        .get_by_role_and_label(Role::Button, "Mark as sent")
        .click();
    settle(&mut harness);
    let after = Store::open(dir.path()).unwrap().load_case(case).unwrap();
    assert_eq!(after.contacts.len(), before.contacts.len() + 1);
    assert_eq!(after.attachments.len(), before.attachments.len() + 1);
    let sent = after
        .contacts
        .iter()
        .find(|c| !before.contacts.iter().any(|b| b.id == c.id))
        .unwrap();
    // The first letter offered is the most urgent next step's; its contact goes to that party.
    let kind = papertrail::letters::LetterKind::ALL
        .iter()
        .find(|k| Some(k.purpose()) == sent.purpose && k.party() == sent.party);
    assert!(kind.is_some(), "{:?} {:?}", sent.party, sent.purpose);
    assert_ne!(sent.purpose, Some(ContactPurpose::Complaint));
    assert_ne!(sent.party, ContactParty::Other);
    assert!(sent.deadline.is_some());
    assert_eq!(
        sent.at.date_in(after.case.time_zone),
        "2026-11-30".parse::<chrono::NaiveDate>().unwrap(),
        "the date chosen, not now"
    );
    assert_eq!(sent.reference.as_deref(), Some("1A 234 567 8901 2"));
    let pdf = after.attachments.last().unwrap();
    assert_eq!(pdf.links, vec![sent.id.clone()]);
    assert_eq!(pdf.media_type, "application/pdf");
}

#[test]
fn the_users_edits_come_back_go_into_the_pdf_and_each_fact_links_to_its_entry() {
    let (_dir, case, mut harness) = letter_dialog("Ordinateur", "2026-12-01T10:00:00Z", 1100.0);

    // Edit the preview.
    let preview =
        harness.get_by_role_and_label(Role::MultilineTextInput, "The letter (you can edit it)");
    preview.focus();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "The letter (you can edit it)")
        .type_text("Zqx my own words. ");
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label("Reset to the generated text")
            .is_some()
    );

    // Close, reopen: the edit is still there (kept in the store).
    harness.get_by_role_and_label(Role::Button, "Close").click();
    harness.run_steps(3);
    let kept: Vec<_> = papertrail::letters::LetterKind::ALL
        .iter()
        .filter_map(|k| {
            harness
                .state()
                .store()
                .letter_draft(case, k.as_str())
                .unwrap()
        })
        .collect();
    assert_eq!(kept.len(), 1, "one draft");
    assert!(kept[0].text.contains("Zqx my own words."));
    harness.get_by_label("Write a letter…").click();
    harness.run_steps(3);
    let value = harness
        .get_by_role_and_label(Role::MultilineTextInput, "The letter (you can edit it)")
        .value()
        .unwrap_or_default();
    assert!(value.contains("Zqx my own words."), "{value}");

    // Export: the PDF says the edited words.
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("edited.pdf");
    harness
        .get_by_role_and_label(Role::TextInput, "Save to")
        .focus();
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Save to")
        .type_text(&out.display().to_string());
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, "Export PDF")
        .click();
    settle(&mut harness);
    let bytes = std::fs::read(&out).unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap();
    assert!(text.contains("Zqx"), "{text}");

    // Each fact links to its entry: the link opens it in the case (the dialog closes).
    let link = harness
        .query_all(
            egui_kittest::kittest::By::new()
                .role(Role::Link)
                .label_contains("contact c"),
        )
        .next()
        .unwrap();
    link.click();
    settle(&mut harness);
    assert!(
        harness
            .query_by_label("The letter (you can edit it)")
            .is_none()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Summary")
            .or_else(|| harness.query_by_role_and_label(Role::MultilineTextInput, "Summary"))
            .is_some(),
        "the contact's editor is open"
    );
}

/// The field's text as shown.
fn field_text(harness: &Harness<'static, PaperTrailApp>, label: &str) -> String {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .value()
        .unwrap_or_default()
}

/// Types `text` over what the field holds, then leaves it with Tab (which saves the entry).
fn type_and_leave(harness: &mut Harness<'static, PaperTrailApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    if !text.is_empty() {
        harness
            .get_by_role_and_label(Role::TextInput, label)
            .type_text(text);
    }
    harness.run_steps(2);
    harness.key_press(Key::Tab);
    settle(harness);
}

#[test]
fn the_receipt_is_recorded_from_the_letters_contact_in_the_editor() {
    use papertrail::domain::{
        CaseDetails, Channel, Contact, DateOrInstant, Direction, EntryId, Instant, LetterReceipt,
        Outcome, TimeZone,
    };
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let zone = TimeZone::parse("Europe/Paris").unwrap();
    let case = store
        .create_case(&CaseDetails::new("Fridge", Language::En, zone))
        .unwrap();
    // A formal notice sent by registered mail on 3 November.
    let letter = Contact {
        id: EntryId::new("c1"),
        at: Instant::parse("2026-11-03T10:00:00+01:00").unwrap(),
        channel: Channel::Letter,
        direction: Direction::Outgoing,
        counterpart: None,
        reference: Some("1A 234 567 8901 2".into()),
        summary: "Formal notice — order 4411".into(),
        outcome: Outcome::NoAnswer,
        wait_minutes: None,
        duration_minutes: None,
        reply_expected_within_days: None,
        in_reply_to: None,
        party: ContactParty::Merchant,
        purpose: Some(ContactPurpose::FormalNotice),
        deadline: None,
        received_at: None,
        not_collected_on: None,
    };
    store.save_contact(case, &letter).unwrap();
    drop(store);

    let now: DateTime<Utc> = "2026-11-28T12:00:00Z".parse().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let prefs = Prefs {
        language: Some(Language::En),
        ..Prefs::default()
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 1000.0])
        .build_eframe(move |cc| {
            let mut app = PaperTrailApp::new(&cc.egui_ctx, store, prefs);
            app.set_clock(now);
            app.set_system_language(Language::En);
            app
        });
    settle(&mut harness);
    harness.state_mut().open(case);
    settle(&mut harness);
    harness.get_by_label("Timeline").click();
    harness.run_steps(3);
    harness
        .get_by_label_contains("Formal notice — order 4411")
        .click();
    settle(&mut harness);
    // The letter's status, as stored: nothing yet.
    harness.get_by_label("receipt not recorded yet");
    let stored = || {
        let store = Store::open(dir.path()).unwrap();
        let contact = store
            .load_case(case)
            .unwrap()
            .contact(&EntryId::new("c1"))
            .unwrap()
            .clone();
        (contact, store.letter_receipts(case).unwrap())
    };

    // Returned on a day still to come, or before the sending: the error beside the field, the
    // text kept, nothing saved.
    let returned = "Not collected, returned on";
    for (typed, error) in [
        ("2026-12-05", "cannot be a date still to come"),
        ("2026-11-01", "cannot be before the letter was sent"),
    ] {
        type_and_leave(&mut harness, returned, typed);
        let field = harness
            .get_by_role_and_label(Role::TextInput, returned)
            .rect();
        let shown = harness.get_by_label_contains(error).rect();
        assert!(
            shown.top() >= field.bottom() - 1.0 && shown.top() - field.bottom() < 20.0,
            "error at {shown:?}, field at {field:?}"
        );
        assert_eq!(
            field_text(&harness, returned),
            typed,
            "nothing typed is lost"
        );
        let (contact, receipts) = stored();
        assert_eq!(contact.not_collected_on, None, "{typed}");
        assert!(receipts.is_empty(), "{receipts:?}");
    }

    // Returned on 20 November: saved on the contact, the one place every view reads.
    type_and_leave(&mut harness, returned, "2026-11-20");
    let day = |d: &str| d.parse::<chrono::NaiveDate>().unwrap();
    let (contact, receipts) = stored();
    assert_eq!(contact.not_collected_on, Some(day("2026-11-20")));
    assert_eq!(contact.received_at, None);
    assert_eq!(
        receipts,
        vec![(
            EntryId::new("c1"),
            LetterReceipt::NotCollected(day("2026-11-20"))
        )]
    );
    harness.get_by_label("not collected (returned on 20 Nov 2026)");
    assert!(harness.query_by_label_contains("cannot be").is_none());

    // A receipt typed while "not collected" is set: asked to clear one, nothing half-saved.
    type_and_leave(&mut harness, "Received on", "2026-11-06");
    harness.get_by_label_contains("A letter received was collected");
    assert_eq!(stored().0.received_at, None);
    harness.get_by_label("not collected (returned on 20 Nov 2026)");
    // Cleared, the receipt is saved and the letter is no longer "not collected".
    type_and_leave(&mut harness, returned, "");
    let (contact, receipts) = stored();
    assert_eq!(
        contact.received_at,
        Some(DateOrInstant::Date(day("2026-11-06")))
    );
    assert_eq!(contact.not_collected_on, None);
    assert_eq!(
        receipts,
        vec![(
            EntryId::new("c1"),
            LetterReceipt::Received(day("2026-11-06"))
        )]
    );
    harness.get_by_label("received on 6 Nov 2026");

    // The letter dialog records it with the same check, on the same contact.
    harness.get_by_label("Write a letter…").click();
    harness.run_steps(3);
    harness
        .get_by_label("Letters sent: record the receipt")
        .click();
    harness.run_steps(3);
    let date_field = "Received or returned on (YYYY-MM-DD)";
    for typed in ["2026-11-02", "2026-11-29"] {
        harness
            .get_by_role_and_label(Role::TextInput, date_field)
            .focus();
        harness.run_steps(2);
        harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        harness
            .get_by_role_and_label(Role::TextInput, date_field)
            .type_text(typed);
        harness.run_steps(2);
        harness
            .get_by_role_and_label(Role::Button, "Not collected")
            .click();
        settle(&mut harness);
        let notice = harness.state().notice().unwrap_or_default().to_owned();
        assert!(
            notice.contains("cannot be before the letter was sent")
                || notice.contains("cannot be a date still to come"),
            "{typed}: {notice}"
        );
        assert_eq!(stored().0.not_collected_on, None, "{typed}");
    }
    harness
        .get_by_role_and_label(Role::TextInput, date_field)
        .focus();
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, date_field)
        .type_text("2026-11-21");
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, "Not collected")
        .click();
    settle(&mut harness);
    let (contact, receipts) = stored();
    assert_eq!(
        contact.received_at, None,
        "one answer: the receipt is cleared"
    );
    assert_eq!(
        receipts,
        vec![(
            EntryId::new("c1"),
            LetterReceipt::NotCollected(day("2026-11-21"))
        )]
    );
    harness.get_by_label_contains("not collected (returned on 21 Nov 2026)");
}

/// A letter exercising a right that is not open yet shows why in the dialog: the day it opens
/// (the Québec bed case: 30 days after the agreed 20 November, LPC 54.9).
#[test]
fn the_dialog_says_when_a_right_not_open_yet_opens() {
    let (_dir, _case, mut harness) = letter_dialog("Lit queen", "2026-11-28T12:00:00Z", 1000.0);
    let kind = |h: &Harness<'static, PaperTrailApp>| {
        h.get_by_role_and_label(Role::ComboBox, "Letter")
            .value()
            .unwrap_or_default()
    };
    harness
        .get_by_role_and_label(Role::ComboBox, "Letter")
        .focus();
    harness.run_steps(2);
    for _ in 0..6 {
        if kind(&harness).starts_with("Cancellation") {
            break;
        }
        harness.key_press(Key::ArrowDown);
        harness.run_steps(3);
    }
    assert!(
        kind(&harness).starts_with("Cancellation"),
        "{}",
        kind(&harness)
    );
    harness.run_steps(3);
    assert!(
        harness
            // The letter's language is the case's (French).
            .query_by_label_contains("pas encore ouvert : il s'ouvre le 21 décembre 2026")
            .is_some(),
        "the dialog names the day the right opens"
    );
}

/// The demo cases in a fresh store, the app in English at `now` on a window `height` tall, the
/// case whose title starts with `title` open and its letter dialog shown.
fn letter_dialog(
    title: &str,
    now: &str,
    height: f32,
) -> (tempfile::TempDir, CaseId, Harness<'static, PaperTrailApp>) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    papertrail::demo::import_demo_cases(&mut store).unwrap();
    let case = store
        .list_cases()
        .unwrap()
        .into_iter()
        .find(|c| c.title.starts_with(title))
        .unwrap()
        .id;
    drop(store);
    let now: DateTime<Utc> = now.parse().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let prefs = Prefs {
        language: Some(Language::En),
        ..Prefs::default()
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, height])
        .build_eframe(move |cc| {
            let mut app = PaperTrailApp::new(&cc.egui_ctx, store, prefs);
            app.set_clock(now);
            app.set_system_language(Language::En);
            app
        });
    settle(&mut harness);
    harness.state_mut().open(case);
    settle(&mut harness);
    harness.get_by_label("Write a letter…").click();
    harness.run_steps(3);
    (dir, case, harness)
}

/// The dialog says, beside the letter, what the recipient's practice asks that the letter does
/// not meet: a mediation request to FEVAD written in English (second QA pass).
#[test]
fn the_dialog_warns_when_a_french_only_mediator_gets_english() {
    let (_dir, _case, mut harness) =
        letter_dialog("Ordinateur portable", "2026-11-28T12:00:00Z", 1000.0);
    let value = |h: &Harness<'static, PaperTrailApp>, label: &str| {
        h.get_by_role_and_label(Role::ComboBox, label)
            .value()
            .unwrap_or_default()
    };
    let choose = |h: &mut Harness<'static, PaperTrailApp>, label: &str, wanted: &str| {
        h.get_by_role_and_label(Role::ComboBox, label).focus();
        h.run_steps(2);
        for key in [Key::ArrowDown, Key::ArrowUp] {
            for _ in 0..6 {
                if value(h, label).starts_with(wanted) {
                    return;
                }
                h.key_press(key);
                h.run_steps(3);
            }
        }
    };
    choose(&mut harness, "Letter", "Mediation request");
    assert!(value(&harness, "Letter").starts_with("Mediation request"));
    harness.run_steps(3);
    // In French (the case's language): no warning.
    assert!(
        harness
            .query_by_label_contains("takes requests in French")
            .is_none()
    );
    choose(&mut harness, "Language", "English");
    assert_eq!(value(&harness, "Language"), "English");
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("takes requests in French")
            .is_some(),
        "the dialog warns that FEVAD takes requests in French"
    );
}

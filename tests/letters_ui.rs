//! *Write a letter…* in the app (issue 10): the dialog offers the letters, exports the PDF, and
//! *Mark as sent* records the contact and its PDF together.

#![allow(clippy::unwrap_used, reason = "tests: a failure is a test failure")]

use chrono::{DateTime, Utc};
use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use papertrail::domain::{ContactParty, ContactPurpose, Language};
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
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    papertrail::demo::import_demo_cases(&mut store).unwrap();
    let case = store
        .list_cases()
        .unwrap()
        .into_iter()
        .find(|c| c.title.starts_with("Ordinateur"))
        .unwrap()
        .id;
    drop(store);
    let now: DateTime<Utc> = "2026-12-01T10:00:00Z".parse().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let prefs = Prefs {
        language: Some(Language::En),
        ..Prefs::default()
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 1100.0])
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

/// A letter exercising a right that is not open yet shows why in the dialog: the day it opens
/// (the Québec bed case: 30 days after the agreed 20 November, LPC 54.9).
#[test]
fn the_dialog_says_when_a_right_not_open_yet_opens() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    papertrail::demo::import_demo_cases(&mut store).unwrap();
    let case = store
        .list_cases()
        .unwrap()
        .into_iter()
        .find(|c| c.title.starts_with("Lit queen"))
        .unwrap()
        .id;
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
    harness.get_by_label("Write a letter…").click();
    harness.run_steps(3);
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

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
    let pdf = after.attachments.last().unwrap();
    assert_eq!(pdf.links, vec![sent.id.clone()]);
    assert_eq!(pdf.media_type, "application/pdf");
}

//! The desktop app driven through AccessKit with egui_kittest (no window, no GPU), against a
//! store in a temp data directory: what a user does, checked in the store and on screen.

#![allow(clippy::unwrap_used, reason = "tests: a failure is a test failure")]

use chrono::{DateTime, Utc};
use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Modifiers, ViewportCommand, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use papertrail::domain::{CaseDetails, CaseId, Language, TimeZone};
use papertrail::i18n::tr;
use papertrail::store::Store;
use papertrail::ui::{PaperTrailApp, Prefs};
use std::path::Path;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-09-20T14:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// The app on a store in `dir`, in English, at a fixed "now".
fn harness(dir: &Path, language: Option<Language>) -> Harness<'static, PaperTrailApp> {
    let store = Store::open(dir).unwrap();
    let prefs = Prefs {
        language,
        ..Prefs::default()
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 900.0])
        .build_eframe(move |cc| {
            let mut app = PaperTrailApp::new(&cc.egui_ctx, store, prefs);
            app.set_clock(now());
            app.set_system_language(Language::En);
            app
        });
    settle(&mut harness);
    harness
}

/// Runs frames until nothing is pending and no job runs.
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

fn new_case(dir: &Path, title: &str) -> CaseId {
    let mut store = Store::open(dir).unwrap();
    let mut details = CaseDetails::new(
        title,
        Language::En,
        TimeZone::parse("America/Montreal").unwrap(),
    );
    details.merchant.name = "Shop Example".to_owned();
    store.create_case(&details).unwrap()
}

fn open_case(harness: &mut Harness<'static, PaperTrailApp>, id: CaseId) {
    harness.state_mut().open(id);
    settle(harness);
}

fn text_input<'h>(
    harness: &'h Harness<'static, PaperTrailApp>,
    label: &'h str,
) -> egui_kittest::Node<'h> {
    harness.get_by_role_and_label(Role::TextInput, label)
}

fn type_into(harness: &mut Harness<'static, PaperTrailApp>, label: &str, text: &str) {
    type_over(harness, Role::TextInput, label, text);
}

/// Types `text` over what the field of this role and label holds.
fn type_over(harness: &mut Harness<'static, PaperTrailApp>, role: Role, label: &str, text: &str) {
    harness.get_by_role_and_label(role, label).focus();
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run_steps(2);
}

#[test]
fn the_empty_state_explains_the_app_and_new_case_creates_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), Some(Language::En));
    harness.get_by_label("Open the demo cases");
    harness.get_by_label_contains("keeps the record of a dispute");
    harness.get_all_by_label("New case").next().unwrap().click();
    settle(&mut harness);
    let cases = Store::open(dir.path()).unwrap().list_cases().unwrap();
    assert_eq!(cases.len(), 1, "one case created");
    assert_eq!(
        harness.state().open_case().map(|c| c.id),
        cases.first().map(|c| c.id)
    );
}

#[test]
fn a_contact_is_quick_logged_by_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Bed never delivered");
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, id);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run_steps(3);
    assert!(
        text_input(&harness, "Summary").is_focused(),
        "the summary field takes the focus"
    );
    text_input(&harness, "Summary").type_text("Called support, no answer after 20 min");
    harness.run_steps(1);
    harness.key_press(Key::Enter);
    settle(&mut harness);
    let case = Store::open(dir.path()).unwrap().load_case(id).unwrap();
    assert_eq!(case.contacts.len(), 1);
    let contact = case.contacts.first().unwrap();
    assert_eq!(contact.summary, "Called support, no answer after 20 min");
    assert_eq!(contact.at.utc(), now(), "prefilled with now");
    assert!(harness.query_by_label("Quick log").is_none() || harness.state().notice().is_some());
}

fn quick_log_statement(
    harness: &mut Harness<'static, PaperTrailApp>,
    value: &str,
    promise: Option<&str>,
) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run_steps(3);
    text_input(harness, "Summary").type_text("Phone call");
    harness.run_steps(1);
    if let Some(promise) = promise {
        harness.get_by_label("They promised something").click();
        harness.run_steps(2);
        type_into(harness, "What they promised", promise);
        type_into(harness, "Due", "2026-09-01");
    }
    harness.get_by_label("They stated something").click();
    harness.run_steps(2);
    type_into(harness, "Topic", "Delivery date");
    type_into(harness, "What they stated", value);
    harness.get_by_role_and_label(Role::Button, "Save").click();
    settle(harness);
}

#[test]
fn a_promise_and_two_contradicting_statements_show_on_the_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Sofa");
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, id);
    quick_log_statement(&mut harness, "2026-08-25", Some("Delivery by 1 September"));
    quick_log_statement(&mut harness, "2026-09-05", None);
    let case = Store::open(dir.path()).unwrap().load_case(id).unwrap();
    assert_eq!(case.contacts.len(), 2);
    assert_eq!(case.promises.len(), 1);
    assert_eq!(case.statements.len(), 2);
    let view = harness.state().open_case().unwrap();
    assert_eq!(
        view.findings.contradictions.len(),
        1,
        "{:?}",
        view.findings.contradictions
    );
    assert_eq!(
        view.findings.promise_totals.overdue, 1,
        "due 1 Sept, now 20 Sept"
    );
    harness.get_by_label("contradiction");
    harness.get_by_label("promise broken or overdue");
}

#[test]
fn a_file_is_attached_by_typed_path() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Phone");
    let file_dir = tempfile::tempdir().unwrap();
    let file = file_dir.path().join("receipt.txt");
    std::fs::write(&file, b"Receipt A-10442, 899.00 CAD").unwrap();
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, id);
    harness.get_by_label("Attachments").click();
    harness.run_steps(2);
    harness.get_by_label("Type a path…").click();
    harness.run_steps(2);
    type_into(&mut harness, "File path", &file.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Attach")
        .click();
    settle(&mut harness);
    let case = Store::open(dir.path()).unwrap().load_case(id).unwrap();
    assert_eq!(case.attachments.len(), 1, "{:?}", harness.state().notice());
    assert_eq!(case.attachments.first().unwrap().file_name, "receipt.txt");
    harness.get_by_label("receipt.txt");
}

#[test]
fn a_pdf_is_exported_and_found_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Fridge");
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("dossier.pdf");
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, id);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(2);
    type_into(&mut harness, "Save to", &out.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Export")
        .click();
    settle(&mut harness);
    assert_eq!(
        harness.state().last_pdf(),
        Some(out.as_path()),
        "{:?}",
        harness.state().notice()
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "a PDF file");
    harness.get_by_label("Open PDF");
    harness.get_by_label("Show in folder");
    harness.get_by_label("Email…");
}

#[test]
fn the_language_switches_to_french_in_settings() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), None);
    harness.get_by_label("Open the demo cases");
    harness
        .get_by_role_and_label(Role::Button, "Settings")
        .click();
    harness.run_steps(2);
    harness.get_by_label("Français").click();
    settle(&mut harness);
    harness.get_by_label("Ouvrir les dossiers de démonstration");
    assert!(harness.query_by_label("Open the demo cases").is_none());
    assert_eq!(
        harness.state().prefs().language,
        Some(Language::Fr),
        "remembered"
    );
}

#[test]
fn open_the_demo_cases_imports_them_and_opens_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), Some(Language::En));
    // The demo cases run into late 2026.
    let later = DateTime::parse_from_rfc3339("2027-01-15T12:00:00Z").unwrap();
    harness.state_mut().set_clock(later.with_timezone(&Utc));
    harness.get_by_label("Open the demo cases").click();
    settle(&mut harness);
    let cases = Store::open(dir.path()).unwrap().list_cases().unwrap();
    assert!(cases.len() >= 3, "demo cases imported: {}", cases.len());
    let view = harness.state().open_case().expect("a demo case is open");
    assert!(!view.rows.is_empty(), "its timeline has items");
    assert!(harness.query_by_label("Open the demo cases").is_none());
}

#[test]
fn a_deleted_entry_comes_back_with_undo() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Washer");
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, id);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run_steps(3);
    text_input(&harness, "Summary").type_text("Left a voicemail");
    harness.key_press(Key::Enter);
    settle(&mut harness);
    harness.get_by_label("Contacts").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Left a voicemail").click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, "Delete")
        .click();
    settle(&mut harness);
    assert!(
        Store::open(dir.path())
            .unwrap()
            .load_case(id)
            .unwrap()
            .contacts
            .is_empty()
    );
    harness.get_by_role_and_label(Role::Button, "Undo").click();
    settle(&mut harness);
    let case = Store::open(dir.path()).unwrap().load_case(id).unwrap();
    assert_eq!(case.contacts.len(), 1, "the contact is back");
}

#[test]
fn a_case_file_is_exported_and_imported_back() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Oven");
    let out_dir = tempfile::tempdir().unwrap();
    let bundle = out_dir.path().join("oven.zip");
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, id);
    harness
        .get_by_role_and_label(Role::Button, "Export case file…")
        .click();
    harness.run_steps(2);
    type_into(&mut harness, "File path", &bundle.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Export")
        .click();
    settle(&mut harness);
    assert!(bundle.is_file(), "{:?}", harness.state().notice());
    harness
        .get_all_by_label("Import a case file…")
        .next()
        .unwrap()
        .click();
    harness.run_steps(2);
    type_into(&mut harness, "File path", &bundle.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Import")
        .click();
    settle(&mut harness);
    let cases = Store::open(dir.path()).unwrap().list_cases().unwrap();
    assert_eq!(cases.len(), 2, "{:?}", harness.state().notice());
    assert!(cases.iter().all(|c| c.title == "Oven"));
}

#[test]
fn ctrl_plus_enlarges_the_text_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), Some(Language::En));
    assert!((harness.state().prefs().zoom - 1.0).abs() < f32::EPSILON);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run_steps(3);
    let zoom = harness.state().prefs().zoom;
    assert!(zoom > 1.05, "zoom is now {zoom}");
    harness.get_by_label("Open the demo cases");
}

#[test]
fn the_demo_shows_rights_and_deadlines_and_the_deadlines_view_lists_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), Some(Language::En));
    let later = DateTime::parse_from_rfc3339("2026-11-28T17:00:00Z").unwrap();
    harness.state_mut().set_clock(later.with_timezone(&Utc));
    harness.get_by_label("Open the demo cases").click();
    settle(&mut harness);
    let view = harness.state().open_case().expect("a demo case is open");
    assert!(
        !view.findings.clocks.is_empty(),
        "the demo case has statutory clocks"
    );
    harness.get_by_label("Rights and deadlines");
    harness.get_by_label_contains("Not legal advice. Rules as of");
    harness.get_by_label("Deadlines").click();
    harness.run_steps(3);
    // Each demo case lists its own deadlines in the deadlines window.
    harness.get_by_label_contains("Small Claims Court (up to $50,000)");
}

#[test]
fn ctrl_f_searches_every_case_and_jumps_to_the_entry() {
    let dir = tempfile::tempdir().unwrap();
    let first = new_case(dir.path(), "Sofa");
    let second = new_case(dir.path(), "Fridge");
    let note = papertrail::domain::Note {
        id: papertrail::domain::EntryId::new("n1"),
        at: papertrail::domain::Instant::parse("2026-09-01T10:00:00-04:00").unwrap(),
        text: "The parcel sits in the entrepôt de Laval".to_owned(),
    };
    Store::open(dir.path())
        .unwrap()
        .save_note(second, &note)
        .unwrap();
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, first);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run_steps(2);
    assert!(text_input(&harness, "Search cases").is_focused());
    text_input(&harness, "Search cases").type_text("ENTREPOT");
    harness.run_steps(3);
    harness.get_by_label("Found in the cases");
    harness
        .get_by_label_contains("Fridge · n1\nThe parcel sits in the entrepôt de Laval")
        .click();
    settle(&mut harness);
    assert_eq!(harness.state().open_case().map(|c| c.id), Some(second));
    assert!(
        harness
            .query_all_by_label_contains("The parcel sits in the entrepôt de Laval")
            .count()
            >= 2,
        "the hit and the entry it opened"
    );
}

#[test]
fn emails_are_imported_by_typed_path() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Bed");
    let eml = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/email/01-question.eml");
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, id);
    harness.get_by_label("Import emails…").click();
    harness.run_steps(2);
    type_into(&mut harness, "File path", &eml.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Import")
        .click();
    settle(&mut harness);
    let case = Store::open(dir.path()).unwrap().load_case(id).unwrap();
    assert_eq!(case.contacts.len(), 1, "{:?}", harness.state().notice());
    assert_eq!(case.attachments.len(), 2, "the original and its PDF");
    assert_eq!(
        harness.state().notice().as_deref(),
        Some("1 email added as a contact.")
    );
}

#[test]
fn deadlines_are_written_to_a_calendar_file() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Bed");
    let mut promise = papertrail::domain::Promise {
        id: papertrail::domain::EntryId::new("p1"),
        made_at: papertrail::domain::DateOrInstant::parse("2026-09-01").unwrap(),
        source: None,
        kind: papertrail::domain::PromiseKind::Refund,
        text: "Refund within ten days".to_owned(),
        due: papertrail::domain::DateOrInstant::parse("2026-09-30"),
        status: papertrail::domain::PromiseStatus::Pending,
        settled_at: None,
    };
    let mut store = Store::open(dir.path()).unwrap();
    store.save_promise(id, &promise).unwrap();
    // Another undertaking (the same refund promised again would be read as restating p1).
    promise.id = papertrail::domain::EntryId::new("p2");
    promise.kind = papertrail::domain::PromiseKind::Replacement;
    promise.status = papertrail::domain::PromiseStatus::Kept;
    store.save_promise(id, &promise).unwrap();
    drop(store);
    let out = dir.path().join("deadlines.ics");
    let mut harness = harness(dir.path(), Some(Language::En));
    harness
        .get_by_label("Add deadlines to my calendar…")
        .click();
    harness.run_steps(2);
    type_into(&mut harness, "File path", &out.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Export")
        .click();
    settle(&mut harness);
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 1, "{text}");
    assert!(text.contains("DTSTART;VALUE=DATE:20260930"), "{text}");
    assert!(
        harness
            .state()
            .notice()
            .unwrap()
            .starts_with("1 deadline written to")
    );
}

/// A file dropped on the window.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl eframe::egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn emails_dropped_on_a_case_become_contacts_and_other_files_attachments() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Bed");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/email");
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, id);
    for file in ["02-reply.eml", "facture-A-10442.pdf"] {
        let dropped: eframe::egui::DroppedFileHandle =
            std::sync::Arc::new(Dropped(data.join(file)));
        harness.input_mut().dropped_files.push(dropped);
    }
    harness.step();
    settle(&mut harness);
    settle(&mut harness);
    let case = Store::open(dir.path()).unwrap().load_case(id).unwrap();
    assert_eq!(case.contacts.len(), 1, "{:?}", harness.state().notice());
    let names: Vec<&str> = case
        .attachments
        .iter()
        .map(|a| a.file_name.as_str())
        .collect();
    assert!(names.contains(&"02-reply.eml"), "{names:?}");
    assert!(names.contains(&"facture-A-10442.pdf"), "{names:?}");
}

#[test]
fn a_new_case_takes_the_system_time_zone_and_the_quick_log_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), Some(Language::En));
    harness.get_all_by_label("New case").next().unwrap().click();
    settle(&mut harness);
    let case = Store::open(dir.path()).unwrap().list_cases().unwrap();
    let id = case.first().unwrap().id;
    let zone = Store::open(dir.path())
        .unwrap()
        .load_case(id)
        .unwrap()
        .case
        .time_zone;
    let fallback = TimeZone::parse("America/Montreal").unwrap();
    assert_eq!(zone, papertrail::ui::system::system_time_zone(fallback));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run_steps(3);
    harness.get_by_label(&format!("Times are in {}", zone.name()));
}

fn request_close(harness: &mut Harness<'static, PaperTrailApp>) {
    harness
        .input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    harness.step();
}

fn sent(harness: &Harness<'static, PaperTrailApp>, command: &ViewportCommand) -> bool {
    harness
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(command))
}

fn text_of(harness: &Harness<'static, PaperTrailApp>, label: &str) -> String {
    text_input(harness, label).value().unwrap_or_default()
}

#[test]
fn a_bad_date_then_a_tab_switch_keeps_every_field_and_shows_the_error_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Fridge");
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, id);
    harness.get_by_label("Case details").click();
    harness.run_steps(2);
    type_into(&mut harness, "Ordered on", "15/11/2026");
    type_into(&mut harness, "Time zone", "Europe/Paris");
    type_into(&mut harness, "Your name", "Marie Tremblay");
    harness.get_by_label("Notes").click();
    harness.run_steps(3);
    assert!(harness.state().asking_to_leave(), "leaving asks first");
    harness
        .get_by_role_and_label(Role::Button, "Keep editing")
        .click();
    harness.run_steps(3);
    assert!(!harness.state().asking_to_leave());
    // Still on the details, every field as typed.
    assert_eq!(text_of(&harness, "Ordered on"), "15/11/2026");
    assert_eq!(text_of(&harness, "Time zone"), "Europe/Paris");
    assert_eq!(text_of(&harness, "Your name"), "Marie Tremblay");
    // The error names the field and sits right under it, not at the foot of the form.
    let field = text_input(&harness, "Ordered on").rect();
    let error = harness
        .get_by_label_contains("“Ordered on” must be a date")
        .rect();
    assert!(
        error.top() >= field.bottom() - 1.0 && error.top() - field.bottom() < 20.0,
        "error at {error:?}, field at {field:?}"
    );
    assert!((error.left() - field.left()).abs() < 2.0, "same column");
    // Nothing half-saved meanwhile.
    let stored = Store::open(dir.path()).unwrap().load_case(id).unwrap().case;
    assert_eq!(stored.consumer.name, "");
    // Fixed, the switch saves everything.
    type_into(&mut harness, "Ordered on", "2026-11-15");
    harness.get_by_label("Notes").click();
    settle(&mut harness);
    assert!(!harness.state().asking_to_leave());
    let stored = Store::open(dir.path()).unwrap().load_case(id).unwrap().case;
    assert_eq!(stored.consumer.name, "Marie Tremblay");
    assert_eq!(stored.time_zone.name(), "Europe/Paris");
    assert_eq!(
        stored.ordered_at.map(|d| d.to_text()),
        Some("2026-11-15".to_owned())
    );
}

#[test]
fn discarding_a_bad_draft_lets_the_move_happen() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Kettle");
    let mut harness = harness(dir.path(), Some(Language::Fr));
    open_case(&mut harness, id);
    harness.get_by_label("Détails du dossier").click();
    harness.run_steps(2);
    let ordered = tr(Language::Fr, "ui-field-ordered");
    type_into(&mut harness, &ordered, "hier");
    harness.get_by_label("Notes").click();
    harness.run_steps(3);
    // The question and the error are in the UI language.
    assert!(
        harness
            .get_all_by_label_contains("doit être une date")
            .next()
            .is_some()
    );
    harness
        .get_by_role_and_label(Role::Button, "Abandonner ces modifications")
        .click();
    harness.run_steps(3);
    assert!(!harness.state().asking_to_leave());
    harness.get_by_label("Ajouter une note");
}

#[test]
fn closing_the_window_saves_a_note_being_typed() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Sofa");
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, id);
    harness.get_by_label("Notes").click();
    harness.run_steps(2);
    harness.get_by_label("Add a note").click();
    harness.run_steps(3);
    let note = |h: &Harness<'static, PaperTrailApp>| {
        h.get_by_role_and_label(Role::MultilineTextInput, "Note")
            .is_focused()
    };
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note")
        .focus();
    harness.run_steps(1);
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note")
        .type_text("Bank says the chargeback form takes 10 days");
    harness.run_steps(1);
    assert!(note(&harness), "still typing");
    request_close(&mut harness);
    assert!(
        !sent(&harness, &ViewportCommand::CancelClose),
        "a valid draft does not hold the close"
    );
    let case = Store::open(dir.path()).unwrap().load_case(id).unwrap();
    assert_eq!(
        case.notes.first().map(|n| n.text.as_str()),
        Some("Bank says the chargeback form takes 10 days")
    );
}

/// The costs field: a multi-line text input, typed over.
fn type_costs(harness: &mut Harness<'static, PaperTrailApp>, text: &str) {
    type_over(
        harness,
        Role::MultilineTextInput,
        "Costs the dispute caused",
        text,
    );
}

#[test]
fn costs_typed_in_the_details_are_saved_when_leaving_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Laptop");
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, id);
    harness.get_by_label("Case details").click();
    harness.run_steps(2);
    type_costs(
        &mut harness,
        "2026-10-23 15.20 Premium-rate call\n4,50 Registered letter",
    );
    text_input(&harness, "Your name").focus();
    settle(&mut harness);
    let stored = Store::open(dir.path()).unwrap().load_case(id).unwrap().case;
    let saved: Vec<(String, String, Option<String>)> = stored
        .costs
        .iter()
        .map(|c| {
            (
                c.label.clone(),
                c.amount.amount.to_string(),
                c.at.as_ref().map(|at| at.to_text()),
            )
        })
        .collect();
    assert_eq!(
        saved,
        vec![
            (
                "Premium-rate call".to_owned(),
                "15.20".to_owned(),
                Some("2026-10-23".to_owned())
            ),
            ("Registered letter".to_owned(), "4.50".to_owned(), None),
        ]
    );
    // A line that does not read is named beside the field, kept as typed, and not saved.
    type_costs(&mut harness, "Taxi 12");
    text_input(&harness, "Your name").focus();
    settle(&mut harness);
    harness.get_by_label_contains("“Costs the dispute caused” must be an amount");
    let typed = harness
        .get_by_role_and_label(Role::MultilineTextInput, "Costs the dispute caused")
        .value();
    assert_eq!(typed.as_deref(), Some("Taxi 12"));
    let stored = Store::open(dir.path()).unwrap().load_case(id).unwrap().case;
    assert_eq!(stored.costs.len(), 2);
}

#[test]
fn closing_with_a_bad_draft_is_cancelled_until_answered() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Lamp");
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, id);
    harness.get_by_label("Case details").click();
    harness.run_steps(2);
    type_into(&mut harness, "Your name", "Marie Tremblay");
    type_into(&mut harness, "Ordered on", "15/11/2026");
    request_close(&mut harness);
    assert!(
        sent(&harness, &ViewportCommand::CancelClose),
        "close cancelled"
    );
    harness.run_steps(2);
    assert!(harness.state().asking_to_leave());
    assert_eq!(text_of(&harness, "Your name"), "Marie Tremblay");
    assert_eq!(text_of(&harness, "Ordered on"), "15/11/2026");
    harness
        .get_by_role_and_label(Role::Button, "Discard these changes and close")
        .click();
    harness.step();
    assert!(sent(&harness, &ViewportCommand::Close), "then it closes");
}

/// The export dialog offers the full dossier (the default) and the copy to email, each with
/// an estimated size; choosing *For email* writes a PDF without the originals whose picture
/// says it is reduced.
#[test]
fn the_export_dialog_offers_a_copy_for_email_with_estimated_sizes() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Camera");
    let files = tempfile::tempdir().unwrap();
    let photo = files.path().join("photo.png");
    image::RgbImage::from_fn(600, 400, |x, y| image::Rgb([x as u8, y as u8, 90]))
        .save(&photo)
        .unwrap();
    Store::open(dir.path())
        .unwrap()
        .add_attachment_from_path(id, &photo, None, None, Vec::new())
        .unwrap();
    let out = files.path().join("email.pdf");
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, id);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(2);
    harness.get_by_label_contains("Full evidence (default) — about");
    harness.get_by_label_contains("For email — about").click();
    harness.run_steps(2);
    type_into(&mut harness, "Save to", &out.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Export")
        .click();
    settle(&mut harness);
    assert_eq!(
        harness.state().last_pdf(),
        Some(out.as_path()),
        "{:?}",
        harness.state().notice()
    );
    let doc = lopdf::Document::load(&out).unwrap();
    assert!(
        doc.catalog().unwrap().get(b"Names").is_err(),
        "no originals"
    );
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("reduced copy"), "{flat}");
    assert!(flat.contains("available on request"));
}

#[test]
fn a_status_bar_message_is_worded_again_after_a_language_switch() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Dryer");
    let mut harness = harness(dir.path(), Some(Language::En));
    open_case(&mut harness, id);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run_steps(3);
    text_input(&harness, "Summary").type_text("Asked for a refund");
    harness.key_press(Key::Enter);
    settle(&mut harness);
    harness.get_by_label("Contact logged.");
    harness.get_by_label("Contacts").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Asked for a refund").click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, "Delete")
        .click();
    settle(&mut harness);
    harness.get_by_label("Deleted.");
    harness.get_by_role_and_label(Role::Button, "Undo");

    harness
        .get_by_role_and_label(Role::Button, "Settings")
        .click();
    harness.run_steps(2);
    harness.get_by_label("Français").click();
    settle(&mut harness);
    harness.key_press(Key::Escape);
    settle(&mut harness);
    // The message shown before the switch now reads in French, and still offers Undo.
    harness.get_by_label("Supprimé.");
    assert!(harness.query_by_label("Deleted.").is_none());
    assert_eq!(harness.state().notice().as_deref(), Some("Supprimé."));
    harness
        .get_by_role_and_label(Role::Button, "Annuler la suppression")
        .click();
    settle(&mut harness);
    let case = Store::open(dir.path()).unwrap().load_case(id).unwrap();
    assert_eq!(case.contacts.len(), 1, "undo still works after the switch");
}

//! Everyday use in the app (issue 11, the rest), driven with egui_kittest: a pasted screenshot
//! and pasted text, the question asked once a promise's day has come, *Due soon*, *Print…* and
//! the case list sorted by next deadline.

use chrono::{DateTime, Utc};
use eframe::egui::accesskit::Role;
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use papertrail::domain::{
    CaseDetails, CaseId, DateOrInstant, EntryId, Language, Promise, PromiseKind, PromiseStatus,
    TimeZone,
};
use papertrail::store::Store;
use papertrail::ui::{PaperTrailApp, Prefs};
use std::path::Path;
use std::sync::{Arc, Mutex};

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-09-20T14:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// What the fake system viewer was asked to open.
static OPENED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn fake_open(target: &str) -> Result<(), papertrail::ui::system::SystemError> {
    OPENED.lock().unwrap().push(target.to_owned());
    Ok(())
}

fn harness(dir: &Path) -> Harness<'static, PaperTrailApp> {
    let prefs = Prefs {
        language: Some(Language::En),
        ..Prefs::default()
    };
    harness_with(dir, prefs, now())
}

/// The app on a store in `dir` with remembered `prefs` (a restart), at `now`.
fn harness_with(dir: &Path, prefs: Prefs, now: DateTime<Utc>) -> Harness<'static, PaperTrailApp> {
    let store = Store::open(dir).unwrap();
    let mut harness = Harness::builder()
        .with_size([1280.0, 900.0])
        .build_eframe(move |cc| {
            let mut app = PaperTrailApp::new(&cc.egui_ctx, store, prefs);
            app.set_clock(now);
            app.set_system_language(Language::En);
            app.set_opener(fake_open);
            app
        });
    settle(&mut harness);
    harness
}

fn settle(harness: &mut Harness<'static, PaperTrailApp>) {
    for _ in 0..600 {
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

fn promise(id: &str, kind: PromiseKind, text: &str, due: &str) -> Promise {
    Promise {
        id: EntryId::new(id),
        made_at: DateOrInstant::parse("2026-09-01").unwrap(),
        source: None,
        kind,
        text: text.to_owned(),
        due: DateOrInstant::parse(due),
        status: PromiseStatus::Pending,
        settled_at: None,
    }
}

fn open_case(harness: &mut Harness<'static, PaperTrailApp>, id: CaseId) {
    harness.state_mut().open(id);
    settle(harness);
}

#[test]
fn a_pasted_screenshot_is_attached_as_a_png_with_its_caption() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Parcel lost");
    let mut harness = harness(dir.path());
    open_case(&mut harness, id);
    let mut shot = egui::ColorImage::new([40, 30], vec![egui::Color32::WHITE; 40 * 30]);
    shot.pixels[0] = egui::Color32::from_rgb(200, 10, 10);
    harness.event(egui::Event::PasteImage(Arc::new(shot)));
    harness.run_steps(3);
    harness.get_by_label("Pasted image");
    harness.get_by_label_contains("40 × 30 pixels");
    let caption = harness.get_by_role_and_label(Role::TextInput, "Caption");
    assert!(caption.is_focused(), "the caption field takes the focus");
    caption.type_text("Tracking page: no trace at the warehouse");
    harness.run_steps(1);
    harness.key_press(Key::Enter);
    settle(&mut harness);
    let store = Store::open(dir.path()).unwrap();
    let case = store.load_case(id).unwrap();
    assert_eq!(case.attachments.len(), 1, "{:?}", harness.state().notice());
    let file = case.attachments.first().unwrap();
    assert_eq!(file.media_type, "image/png");
    assert_eq!(
        file.caption.as_deref(),
        Some("Tracking page: no trace at the warehouse")
    );
    assert_eq!(file.file_name, "screenshot-2026-09-20-100000.png");
    assert_eq!(
        file.received_at.map(|r| r.start_in(TimeZone::default())),
        Some(now())
    );
    let stored = image::ImageReader::open(store.blob_path(&file.sha256))
        .unwrap()
        .with_guessed_format()
        .unwrap()
        .decode()
        .unwrap()
        .to_rgba8();
    assert_eq!(stored.dimensions(), (40, 30));
    assert_eq!(stored.get_pixel(0, 0).0, [200, 10, 10, 255]);
    assert!(harness.query_by_label("Pasted image").is_none(), "closed");
}

#[test]
fn a_pasted_image_can_be_cancelled_with_escape_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Parcel lost");
    let mut harness = harness(dir.path());
    open_case(&mut harness, id);
    let shot = egui::ColorImage::new([4, 4], vec![egui::Color32::BLACK; 16]);
    harness.event(egui::Event::PasteImage(Arc::new(shot)));
    harness.run_steps(3);
    harness.get_by_label("Pasted image");
    harness.key_press(Key::Escape);
    settle(&mut harness);
    assert!(harness.query_by_label("Pasted image").is_none());
    let case = Store::open(dir.path()).unwrap().load_case(id).unwrap();
    assert!(case.attachments.is_empty());
}

#[test]
fn pasted_text_opens_the_quick_log_with_it_as_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Sofa");
    let mut harness = harness(dir.path());
    open_case(&mut harness, id);
    harness.event(egui::Event::Paste(
        "  Chat: they say the sofa leaves the warehouse Friday.\n".to_owned(),
    ));
    harness.run_steps(3);
    let summary = harness.get_by_role_and_label(Role::TextInput, "Summary");
    assert_eq!(
        summary.value().as_deref(),
        Some("Chat: they say the sofa leaves the warehouse Friday.")
    );
    harness.key_press(Key::Enter);
    settle(&mut harness);
    let case = Store::open(dir.path()).unwrap().load_case(id).unwrap();
    assert_eq!(
        case.contacts.first().map(|c| c.summary.as_str()),
        Some("Chat: they say the sofa leaves the warehouse Friday.")
    );
}

#[test]
fn a_promise_whose_day_has_come_is_asked_about_and_each_answer_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Sofa never delivered");
    {
        let mut store = Store::open(dir.path()).unwrap();
        for p in [
            promise(
                "p1",
                PromiseKind::Refund,
                "Refund within 5 days.",
                "2026-09-15",
            ),
            promise(
                "p2",
                PromiseKind::Delivery,
                "Delivered Thursday.",
                "2026-09-18",
            ),
            promise(
                "p3",
                PromiseKind::Repair,
                "A technician will come.",
                "2026-09-25",
            ),
        ] {
            store.save_promise(id, &p).unwrap();
        }
    }
    let mut harness = harness(dir.path());
    // The badges job runs at start; the question waits for it, then asks about the oldest.
    harness.get_by_label("A promise fell due on 15 Sep 2026. Was it kept?");
    harness.get_by_label_contains("Refund within 5 days.");
    harness.get_by_label("Due soon (3)");
    harness.get_by_label("It was kept").click();
    settle(&mut harness);
    let load = || Store::open(dir.path()).unwrap().load_case(id).unwrap();
    let status = |id: &str| {
        load()
            .promises
            .iter()
            .find(|p| p.id.as_str() == id)
            .map(|p| p.status)
    };
    assert_eq!(status("p1"), Some(PromiseStatus::Kept));
    assert_eq!(
        harness.state().notice().as_deref(),
        Some("Recorded: the promise was kept.")
    );

    // The next one: the merchant gave a new date.
    harness.get_by_label("A promise fell due on 18 Sep 2026. Was it kept?");
    harness.get_by_label("They gave a new date…").click();
    harness.run_steps(2);
    let field = harness.get_by_role_and_label(Role::TextInput, "New date");
    field.focus();
    harness.run_steps(1);
    harness
        .get_by_role_and_label(Role::TextInput, "New date")
        .type_text("next week");
    harness.run_steps(1);
    harness.get_by_label("Save the new date").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Type the new date as YYYY-MM-DD");
    assert_eq!(load().promises.len(), 3, "nothing saved from a bad date");
    harness
        .get_by_role_and_label(Role::TextInput, "New date")
        .focus();
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "New date")
        .type_text("2026-10-01");
    harness.run_steps(1);
    harness.get_by_label("Save the new date").click();
    settle(&mut harness);
    let case = load();
    assert_eq!(case.promises.len(), 4);
    let new = case
        .promises
        .iter()
        .find(|p| p.id.as_str() == "p4")
        .unwrap();
    assert_eq!(new.kind, PromiseKind::Delivery);
    assert_eq!(new.text, "Delivered Thursday.");
    assert_eq!(new.due, DateOrInstant::parse("2026-10-01"));
    assert_eq!(status("p2"), Some(PromiseStatus::Pending), "history kept");
    assert!(
        harness.query_by_label_contains("Was it kept?").is_none(),
        "no promise left whose day has come"
    );

    // Due soon: the repair in 5 days; the delivery's new date is 11 days away.
    harness.get_by_label("Due soon (2)").click();
    harness.run_steps(2);
    harness.get_by_label("in 5 days");
    harness.get_by_label("in 11 days");
    assert!(
        harness.query_by_label_contains("15 Sep").is_none(),
        "kept: gone"
    );
}

#[test]
fn ask_me_later_puts_the_question_off_and_the_next_one_comes() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Fridge");
    {
        let mut store = Store::open(dir.path()).unwrap();
        store
            .save_promise(
                id,
                &promise(
                    "p1",
                    PromiseKind::Callback,
                    "We will call you back.",
                    "2026-09-20",
                ),
            )
            .unwrap();
    }
    let mut harness = harness(dir.path());
    // Opening the case analyses it again at the test's clock (the first badges ran before it
    // was set).
    open_case(&mut harness, id);
    harness.get_by_label("A promise falls due today. Was it kept?");
    harness.get_by_label("Ask me later").click();
    settle(&mut harness);
    assert!(harness.query_by_label_contains("Was it kept?").is_none());
    let case = Store::open(dir.path()).unwrap().load_case(id).unwrap();
    assert_eq!(
        case.promises.first().map(|p| p.status),
        Some(PromiseStatus::Pending)
    );
}

#[test]
fn ask_me_later_is_remembered_across_a_restart_until_the_next_day() {
    let dir = tempfile::tempdir().unwrap();
    // A case in Montréal; "now" is 20 Sep 2026 at 10:00 there.
    let id = new_case(dir.path(), "Fridge");
    Store::open(dir.path())
        .unwrap()
        .save_promise(
            id,
            &promise(
                "p1",
                PromiseKind::Callback,
                "We will call you back.",
                "2026-09-20",
            ),
        )
        .unwrap();
    let mut harness = harness(dir.path());
    open_case(&mut harness, id);
    harness.get_by_label("A promise falls due today. Was it kept?");
    harness.get_by_label("Ask me later").click();
    settle(&mut harness);
    assert!(harness.query_by_label_contains("Was it kept?").is_none());
    let prefs = harness.state().prefs().clone();
    assert_eq!(prefs.asked_later.len(), 1, "{prefs:?}");
    drop(harness);

    // Restarted later the same evening in Montréal (03:30 UTC the next day): still put off.
    let evening = DateTime::parse_from_rfc3339("2026-09-21T03:30:00Z")
        .unwrap()
        .with_timezone(&Utc);
    let mut harness = harness_with(dir.path(), prefs.clone(), evening);
    open_case(&mut harness, id);
    harness.get_by_label("Due soon (1)");
    assert!(
        harness.query_by_label_contains("Was it kept?").is_none(),
        "not asked again on the day it was put off"
    );
    drop(harness);

    // The next morning in Montréal: asked again; answering it forgets the entry.
    let morning = DateTime::parse_from_rfc3339("2026-09-21T13:00:00Z")
        .unwrap()
        .with_timezone(&Utc);
    let mut harness = harness_with(dir.path(), prefs, morning);
    open_case(&mut harness, id);
    harness.get_by_label("A promise fell due on 20 Sep 2026. Was it kept?");
    harness.get_by_label("It was kept").click();
    settle(&mut harness);
    assert!(harness.state().prefs().asked_later.is_empty());
    let case = Store::open(dir.path()).unwrap().load_case(id).unwrap();
    assert_eq!(
        case.promises.first().map(|p| p.status),
        Some(PromiseStatus::Kept)
    );
}

#[test]
fn print_renders_the_dossier_and_opens_it_in_the_viewer() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Camera");
    let mut harness = harness(dir.path());
    open_case(&mut harness, id);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, "Print…")
        .click();
    settle(&mut harness);
    let opened = OPENED.lock().unwrap().clone();
    let pdf = opened
        .iter()
        .find(|p| p.ends_with("Camera.pdf"))
        .unwrap_or_else(|| panic!("{opened:?} {:?}", harness.state().notice()));
    let bytes = std::fs::read(pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert!(
        !Path::new(pdf).starts_with(dir.path()),
        "never in the data folder"
    );
    assert!(
        harness
            .state()
            .notice()
            .is_some_and(|n| n.starts_with("The dossier is open in your PDF viewer")),
        "{:?}",
        harness.state().notice()
    );
    assert!(
        harness.query_by_label("Export the dossier (PDF)").is_none(),
        "dialog closed"
    );
    assert_eq!(harness.state().last_pdf(), None, "not an export");
    std::fs::remove_dir_all(Path::new(pdf).parent().unwrap()).ok();
}

fn no_viewer(_target: &str) -> Result<(), papertrail::ui::system::SystemError> {
    Err(papertrail::ui::system::SystemError::NoOpener("xdg-open"))
}

#[test]
fn without_a_pdf_viewer_print_says_so_in_a_sentence_and_where_the_file_is() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_case(dir.path(), "Kettle");
    let mut harness = harness(dir.path());
    harness.state_mut().set_opener(no_viewer);
    open_case(&mut harness, id);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Button, "Print…")
        .click();
    settle(&mut harness);
    let notice = harness.state().notice().unwrap_or_default().to_owned();
    assert!(
        notice.starts_with(
            "The dossier is ready, but your PDF viewer could not be opened: no program to open \
             files is installed here (xdg-open was not found). Open it yourself to print it: "
        ),
        "{notice}"
    );
    let path = notice.rsplit(": ").next().unwrap();
    assert!(path.ends_with("Kettle.pdf"), "{path}");
    assert!(std::fs::read(path).unwrap().starts_with(b"%PDF"));
    assert!(!notice.contains("os error"));
    std::fs::remove_dir_all(Path::new(path).parent().unwrap()).ok();
}

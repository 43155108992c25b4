//! A window that fits, and the keyboard (issue 11, part 5), driven through AccessKit with
//! egui_kittest: Esc and Enter in every dialog and side panel, drop-down lists by keyboard,
//! timeline rows by keyboard, and the main actions on screen at 1024×640 and at 200 % zoom.

#![allow(clippy::unwrap_used, reason = "tests: a failure is a test failure")]

use chrono::{DateTime, Utc};
use eframe::egui::accesskit::Role;
use eframe::egui::{self, Key, Modifiers, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use papertrail::domain::{CaseId, Language};
use papertrail::store::Store;
use papertrail::ui::{PaperTrailApp, Prefs};
use std::path::Path;

type App = Harness<'static, PaperTrailApp>;

/// The demo cases in `dir`; returns the id of the Ontario espresso machine case (the richest
/// dashboard: eight cards and three chart series).
fn demo(dir: &Path) -> CaseId {
    let mut store = Store::open(dir).unwrap();
    papertrail::demo::import_demo_cases(&mut store).unwrap();
    store
        .list_cases()
        .unwrap()
        .into_iter()
        .find(|c| c.title.starts_with("Espresso"))
        .unwrap()
        .id
}

/// The app on `dir`, `size` points large at `pixels_per_point`, with the text size `zoom`.
fn app(dir: &Path, size: [f32; 2], pixels_per_point: f32, zoom: f32) -> App {
    let store = Store::open(dir).unwrap();
    let prefs = Prefs {
        language: Some(Language::En),
        zoom,
        ..Prefs::default()
    };
    let now: DateTime<Utc> = "2026-11-28T15:00:00Z".parse().unwrap();
    let mut harness = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(pixels_per_point)
        .build_eframe(move |cc| {
            let mut app = PaperTrailApp::new(&cc.egui_ctx, store, prefs);
            app.set_clock(now);
            app.set_system_language(Language::En);
            app
        });
    settle(&mut harness);
    harness
}

fn settle(harness: &mut App) {
    for _ in 0..400 {
        harness.step();
        if !harness.state().busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run_steps(3);
}

fn open_case(harness: &mut App, id: CaseId) {
    harness.state_mut().open(id);
    settle(harness);
}

fn button<'h>(harness: &'h App, label: &'h str) -> egui_kittest::Node<'h> {
    harness.get_by_role_and_label(Role::Button, label)
}

fn has_button(harness: &App, label: &str) -> bool {
    harness
        .query_by_role_and_label(Role::Button, label)
        .is_some()
}

fn press(harness: &mut App, key: Key) {
    harness.key_press(key);
    harness.run_steps(3);
}

fn type_into(harness: &mut App, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run_steps(2);
}

/// The screen in points.
fn screen(harness: &App) -> Rect {
    harness.ctx.content_rect()
}

/// Asserts that each named button lies wholly on screen.
fn assert_on_screen(harness: &App, labels: &[&str]) {
    let screen = screen(harness).expand(0.5);
    for label in labels {
        let rect = harness
            .get_all_by_role_and_label(Role::Button, label)
            .next()
            .unwrap_or_else(|| panic!("no button {label:?}"))
            .rect();
        assert!(
            screen.contains_rect(rect),
            "{label:?} at {rect:?} is not inside the screen {screen:?}"
        );
    }
}

#[test]
fn esc_closes_every_dialog_and_the_side_panel() {
    let dir = tempfile::tempdir().unwrap();
    let id = demo(dir.path());
    let mut harness = app(dir.path(), [1280.0, 900.0], 1.0, 1.0);
    open_case(&mut harness, id);

    // Each dialog, opened as a user would, is recognised by a control only it has.
    type Opener = fn(&mut App);
    let dialogs: [(&str, Opener, &str); 9] = [
        (
            "quick log",
            |h| h.key_press_modifiers(Modifiers::COMMAND, Key::L),
            "Save",
        ),
        (
            "export",
            |h| h.key_press_modifiers(Modifiers::COMMAND, Key::E),
            "Export",
        ),
        (
            "letter",
            |h| button(h, "Write a letter…").click(),
            "Mark as sent",
        ),
        (
            "typed path",
            |h| button(h, "Export case file…").click(),
            "Export",
        ),
        (
            "delete case",
            |h| button(h, "Delete case…").click(),
            "Delete the case",
        ),
        (
            "settings",
            |h| h.key_press_modifiers(Modifiers::COMMAND, Key::Comma),
            "",
        ),
        ("help", |h| h.key_press(Key::F1), ""),
        ("deadlines", |h| button(h, "Deadlines").click(), ""),
        (
            "side panel",
            |h| {
                h.get_all_by_label_contains("A supervisor will call back")
                    .next()
                    .unwrap()
                    .click();
            },
            "Close",
        ),
    ];
    for (name, open, only_there) in dialogs {
        open(&mut harness);
        settle(&mut harness);
        let is_open = |h: &App| match name {
            "settings" => h.query_by_label("Français").is_some(),
            "help" => h.query_by_label("Keyboard shortcuts").is_some(),
            "deadlines" => h.query_all_by_label("Deadlines").count() > 1,
            _ => has_button(h, only_there),
        };
        assert!(is_open(&harness), "{name} opened");
        press(&mut harness, Key::Escape);
        settle(&mut harness);
        assert!(!is_open(&harness), "Esc closes the {name}");
    }
    // Nothing was saved or deleted on the way.
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.list_cases().unwrap().len(), 3, "no case deleted");
}

#[test]
fn enter_presses_each_dialogs_main_button() {
    let dir = tempfile::tempdir().unwrap();
    let id = demo(dir.path());
    let before = Store::open(dir.path()).unwrap().load_case(id).unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), [1280.0, 900.0], 1.0, 1.0);
    open_case(&mut harness, id);

    // Quick log: Enter saves.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run_steps(3);
    harness
        .get_by_role_and_label(Role::TextInput, "Summary")
        .type_text("Called again");
    harness.run_steps(1);
    press(&mut harness, Key::Enter);
    settle(&mut harness);
    assert!(!has_button(&harness, "Save"), "the quick log closed");
    let after = Store::open(dir.path()).unwrap().load_case(id).unwrap();
    assert_eq!(after.contacts.len(), before.contacts.len() + 1, "saved");

    // Export: Enter in the path field exports.
    let pdf = out.path().join("dossier.pdf");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(3);
    type_into(&mut harness, "Save to", &pdf.display().to_string());
    press(&mut harness, Key::Enter);
    settle(&mut harness);
    assert_eq!(
        harness.state().last_pdf(),
        Some(pdf.as_path()),
        "{:?}",
        harness.state().notice()
    );
    press(&mut harness, Key::Escape);

    // Typed path: Enter exports the case file.
    let bundle = out.path().join("case.zip");
    button(&harness, "Export case file…").click();
    harness.run_steps(3);
    type_into(&mut harness, "File path", &bundle.display().to_string());
    press(&mut harness, Key::Enter);
    settle(&mut harness);
    assert!(bundle.is_file(), "{:?}", harness.state().notice());
    assert!(harness.query_by_label("File path").is_none(), "closed");

    // Letter: Enter in a one-line field exports the PDF.
    let letter = out.path().join("letter.pdf");
    button(&harness, "Write a letter…").click();
    harness.run_steps(3);
    type_into(&mut harness, "Save to", &letter.display().to_string());
    press(&mut harness, Key::Enter);
    settle(&mut harness);
    assert!(letter.is_file(), "{:?}", harness.state().notice());
    press(&mut harness, Key::Escape);

    // Deleting a case cannot be undone: there Enter keeps it, as Esc does.
    button(&harness, "Delete case…").click();
    harness.run_steps(3);
    assert!(has_button(&harness, "Delete the case"));
    press(&mut harness, Key::Enter);
    settle(&mut harness);
    assert!(
        !has_button(&harness, "Delete the case"),
        "the question closed"
    );
    let cases = Store::open(dir.path()).unwrap().list_cases().unwrap();
    assert_eq!(cases.len(), 3, "and the case is kept");
}

#[test]
fn enter_in_a_multiline_field_types_a_line_and_presses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let id = demo(dir.path());
    let out = tempfile::tempdir().unwrap();
    let letter = out.path().join("letter.pdf");
    let mut harness = app(dir.path(), [1280.0, 900.0], 1.0, 1.0);
    open_case(&mut harness, id);
    button(&harness, "Write a letter…").click();
    harness.run_steps(3);
    type_into(&mut harness, "Save to", &letter.display().to_string());
    let preview = harness.get_by_role(Role::MultilineTextInput);
    preview.focus();
    harness.run_steps(2);
    let before = harness
        .get_by_role(Role::MultilineTextInput)
        .value()
        .unwrap_or_default();
    press(&mut harness, Key::Enter);
    settle(&mut harness);
    assert!(!letter.exists(), "Enter in the letter's text exported it");
    assert!(
        has_button(&harness, "Mark as sent"),
        "the dialog stays open"
    );
    let after = harness
        .get_by_role(Role::MultilineTextInput)
        .value()
        .unwrap_or_default();
    assert_eq!(
        after.matches('\n').count(),
        before.matches('\n').count() + 1,
        "Enter typed a new line"
    );
}

#[test]
fn a_drop_down_steps_with_the_arrows_and_esc_closes_only_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let id = demo(dir.path());
    let mut harness = app(dir.path(), [1280.0, 900.0], 1.0, 1.0);
    open_case(&mut harness, id);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(3);
    // The export dialog's paper drop-down.
    let paper = || "Paper";
    harness
        .get_by_role_and_label(Role::ComboBox, paper())
        .focus();
    harness.run_steps(3);
    let value = |h: &App| {
        h.get_by_role_and_label(Role::ComboBox, paper())
            .value()
            .unwrap_or_default()
    };
    let first = value(&harness);
    press(&mut harness, Key::ArrowUp);
    let up = value(&harness);
    press(&mut harness, Key::ArrowDown);
    let down = value(&harness);
    assert_ne!(
        up, down,
        "Up and Down pick another paper ({first} → {up} → {down})"
    );
    let mut seen = [up.clone(), down.clone()];
    seen.sort();
    assert_eq!(seen, ["A4".to_owned(), "US Letter".to_owned()]);
    assert!(
        harness
            .get_by_role_and_label(Role::ComboBox, paper())
            .is_focused(),
        "the arrows leave the focus on the list"
    );
    // Space opens the list; Esc closes the list and only the list.
    press(&mut harness, Key::Space);
    assert!(egui::Popup::is_any_open(&harness.ctx), "the list opened");
    press(&mut harness, Key::Escape);
    assert!(!egui::Popup::is_any_open(&harness.ctx), "the list closed");
    assert!(has_button(&harness, "Export"), "the dialog stays open");
    // Tab leaves it for the next field.
    harness
        .get_by_role_and_label(Role::ComboBox, paper())
        .focus();
    harness.run_steps(2);
    press(&mut harness, Key::Tab);
    assert!(
        !harness
            .get_by_role_and_label(Role::ComboBox, paper())
            .is_focused(),
        "Tab moves on"
    );
}

#[test]
fn a_timeline_row_takes_the_keyboard_focus_and_enter_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let id = demo(dir.path());
    let mut harness = app(dir.path(), [1280.0, 900.0], 1.0, 1.0);
    open_case(&mut harness, id);
    let row = harness
        .get_all_by_label_contains("A supervisor will call back")
        .next()
        .unwrap();
    row.focus();
    harness.run_steps(2);
    assert!(
        harness
            .get_all_by_label_contains("A supervisor will call back")
            .next()
            .unwrap()
            .is_focused()
    );
    press(&mut harness, Key::Enter);
    settle(&mut harness);
    assert!(has_button(&harness, "Close"), "Enter opened the entry");
    harness.get_by_label("Promise");
    press(&mut harness, Key::Escape);
    settle(&mut harness);
    assert!(!has_button(&harness, "Close"), "Esc closed it");
}

#[test]
fn at_1024_by_640_the_main_actions_are_on_screen_and_the_cards_wrap() {
    let dir = tempfile::tempdir().unwrap();
    let id = demo(dir.path());
    let mut harness = app(dir.path(), [1024.0, 640.0], 1.0, 1.0);
    open_case(&mut harness, id);
    assert_on_screen(
        &harness,
        &[
            "Import a case file…",
            "Deadlines",
            "Settings",
            "Help",
            "New case",
            "Quick log",
            "Export PDF…",
            "Write a letter…",
            "Delete case…",
            "Timeline",
            "Case details",
        ],
    );
    // Every card within the width (they overflowed the right edge before).
    let right = screen(&harness).right() + 0.5;
    for label in ["days since the order", "contradictions", "minutes on hold"] {
        let rect = harness.get_by_label(label).rect();
        assert!(rect.right() <= right, "card {label:?} at {rect:?}");
    }
    // With the side panel open too.
    harness
        .get_all_by_label_contains("A supervisor will call back")
        .next()
        .unwrap()
        .click();
    settle(&mut harness);
    assert_on_screen(&harness, &["Quick log", "Export PDF…", "Close", "Help"]);
    for label in ["days since the order", "minutes on hold"] {
        let rect = harness.get_by_label(label).rect();
        assert!(rect.right() <= right, "card {label:?} at {rect:?}");
    }
}

/// At 200 %: the main actions of the window, then those of the quick log, reachable.
fn check_at_200_percent(mut harness: App, id: CaseId) {
    let size = screen(&harness).size();
    assert!(
        (size.x - 512.0).abs() < 1.0 && (size.y - 320.0).abs() < 1.0,
        "1024×640 pixels at 200 % are 512×320 points, not {size:?}"
    );
    // No case open: the list fills the window.
    assert_on_screen(&harness, &["New case", "Settings", "Help"]);
    open_case(&mut harness, id);
    assert_on_screen(
        &harness,
        &[
            "Cases",
            "Import a case file…",
            "Settings",
            "Help",
            "Deadlines",
            "Quick log",
            "Export PDF…",
            "Write a letter…",
        ],
    );
    let right = screen(&harness).right() + 0.5;
    for label in ["days since the order", "minutes on hold"] {
        let rect = harness.get_by_label(label).rect();
        assert!(rect.right() <= right, "card {label:?} at {rect:?}");
    }
    // The quick log fits the width, and its Save button can be scrolled to.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run_steps(3);
    button(&harness, "Save").scroll_to_me();
    harness.run_steps(5);
    assert_on_screen(&harness, &["Save", "Cancel"]);
    press(&mut harness, Key::Escape);
    assert!(!has_button(&harness, "Save"));
}

#[test]
fn at_200_percent_the_main_actions_stay_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let id = demo(dir.path());
    // A 1024×640 screen at 2 pixels a point (a HiDPI display)…
    check_at_200_percent(app(dir.path(), [512.0, 320.0], 2.0, 1.0), id);
    // … and the app's own text size at 200 % (Settings, or Ctrl+Plus).
    check_at_200_percent(app(dir.path(), [1024.0, 640.0], 1.0, 2.0), id);
}

#[test]
fn in_a_narrow_window_the_case_list_folds_behind_a_button() {
    let dir = tempfile::tempdir().unwrap();
    let id = demo(dir.path());
    let mut harness = app(dir.path(), [512.0, 320.0], 2.0, 1.0);
    let other = "Lit queen commandé le 14 novembre, jamais livré";
    assert!(
        harness.query_by_label(other).is_some(),
        "no case open: the list"
    );
    open_case(&mut harness, id);
    assert!(
        harness.query_by_label(other).is_none(),
        "a case open: folded"
    );
    button(&harness, "Cases").click();
    harness.run_steps(3);
    assert!(harness.query_by_label(other).is_some(), "shown");
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label(other).is_none(), "Esc folds it");
    button(&harness, "Cases").click();
    harness.run_steps(3);
    // The third case lies below the fold at this size: scroll to it, as a user would.
    harness.get_by_label(other).scroll_to_me();
    harness.run_steps(5);
    harness.get_by_label(other).click();
    settle(&mut harness);
    let espresso = "Espresso machine returned in September, refund never came";
    assert!(
        harness
            .query_by_role_and_label(Role::Button, espresso)
            .is_none(),
        "folded again"
    );
    let open = harness.state().open_case().unwrap();
    assert_eq!(open.data.case.title, other, "and that case open");
}

#[test]
fn the_case_lists_order_steps_with_the_arrows() {
    let dir = tempfile::tempdir().unwrap();
    demo(dir.path());
    let mut harness = app(dir.path(), [1280.0, 900.0], 1.0, 1.0);
    harness.get_by_label("Filters and order").click();
    harness.run_steps(3);
    // The order drop-down, found by what it shows.
    harness.get_by_value("Last activity first").focus();
    harness.run_steps(3);
    press(&mut harness, Key::ArrowDown);
    assert!(
        harness.query_by_value("Next deadline first").is_some(),
        "Down picked the next order"
    );
    press(&mut harness, Key::ArrowUp);
    assert!(harness.query_by_value("Last activity first").is_some());
}

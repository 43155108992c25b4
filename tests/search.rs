//! Search across cases: accents and case folded, every entry kind and email text found, the
//! index following edits and deletions in the same transactions.

use crate::util::{self, contact, note, promise, statement, temp_store};
use papertrail::domain::{EntryId, Outcome};
use papertrail::store::{HitKind, Store};
use std::path::Path;

/// `(case, entry or "-")` of every hit, sorted.
fn places(store: &Store, query: &str) -> Vec<(i64, String)> {
    let mut found: Vec<(i64, String)> = store
        .search(query, 100)
        .unwrap()
        .into_iter()
        .map(|hit| {
            (
                hit.case.0,
                hit.entry.map_or_else(|| "-".to_owned(), |e| e.to_string()),
            )
        })
        .collect();
    found.sort();
    found
}

#[test]
fn every_entry_kind_is_found_with_accents_and_case_folded() {
    let (dir, mut store) = temp_store();
    let mut details = util::rich_details();
    details.title = "Lit jamais livré".to_owned();
    details.merchant.name = "Meubles Éléphant".to_owned();
    details.order_reference = Some("CMD-77881".to_owned());
    let id = store.create_case(&details).unwrap();
    let mut c1 = contact("c1", "2026-08-17T09:30:00-04:00", Outcome::NoAnswer, None);
    c1.summary = "Le colis est à l'entrepôt de Laval".to_owned();
    store.save_contact(id, &c1).unwrap();
    let mut p1 = promise("p1", Some("c1"));
    p1.text = "Remboursement sous quinze jours".to_owned();
    store.save_promise(id, &p1).unwrap();
    let mut s1 = statement("s1", Some("c1"), "aucune trace");
    s1.topic = "localisation du colis".to_owned();
    store.save_statement(id, &s1).unwrap();
    let mut n1 = note("n1");
    n1.text = "Appeler la médiatrice".to_owned();
    store.save_note(id, &n1).unwrap();
    let photo = dir.path().join("photo-carton.png");
    std::fs::write(&photo, util::png(4, 4, 1)).unwrap();
    let a1 = store
        .add_attachment_from_path(
            id,
            &photo,
            Some("Carton écrasé à la livraison".to_owned()),
            None,
            vec![],
        )
        .unwrap();
    let other = store.create_case(&util::rich_details()).unwrap();

    let c = |entry: &str| (id.0, entry.to_owned());
    assert_eq!(
        places(&store, "ENTREPOT"),
        [c("c1")],
        "accent and case folded"
    );
    assert_eq!(
        places(&store, "entrepôt laval"),
        [c("c1")],
        "all words required"
    );
    assert_eq!(places(&store, "quinze"), [c("p1")]);
    assert_eq!(places(&store, "Localisation"), [c("s1")]);
    assert_eq!(places(&store, "mediatrice"), [c("n1")]);
    assert_eq!(places(&store, "ecrase"), [c(a1.id.as_str())], "caption");
    assert_eq!(
        places(&store, "photo-carton"),
        [c(a1.id.as_str())],
        "file name"
    );
    assert_eq!(places(&store, "elephant"), [c("-")], "merchant");
    assert_eq!(places(&store, "cmd-77881"), [c("-")], "order reference");
    assert_eq!(
        places(&store, "jamais livre"),
        [c("-"), (other.0, "-".to_owned())],
        "titles of both cases"
    );
    assert_eq!(
        places(&store, "quinz"),
        [c("p1")],
        "a word's beginning finds it"
    );
    // The other case has the rich case's title ("… jamais livré") but none of these words.
    assert!(
        places(&store, "laval")
            .iter()
            .all(|(case, _)| *case != other.0)
    );
    assert!(places(&store, "").is_empty());
    assert!(places(&store, "\"OR* NEAR(").is_empty(), "no query syntax");
    let hit = store
        .search("entrepot", 10)
        .unwrap()
        .into_iter()
        .next()
        .unwrap();
    assert_eq!(hit.kind, HitKind::Contact);
    assert_eq!(hit.case_title, "Lit jamais livré");
    assert!(hit.snippet.contains("[entrepôt]"), "{}", hit.snippet);
}

#[test]
fn the_index_follows_edits_and_deletions() {
    let (_dir, mut store) = temp_store();
    let id = store.create_case(&util::rich_details()).unwrap();
    let mut c1 = contact("c1", "2026-08-17T09:30:00-04:00", Outcome::NoAnswer, None);
    c1.summary = "Promesse de rappel".to_owned();
    store.save_contact(id, &c1).unwrap();
    assert_eq!(places(&store, "rappel").len(), 1);

    c1.summary = "Aucun rappel, une relance".to_owned();
    store.save_contact(id, &c1).unwrap();
    c1.summary = "Une relance".to_owned();
    store.save_contact(id, &c1).unwrap();
    assert!(places(&store, "rappel").is_empty(), "edited away");
    assert_eq!(places(&store, "relance"), [(id.0, "c1".to_owned())]);

    let mut details = util::rich_details();
    details.title = "Canapé bancal".to_owned();
    store.update_case(id, &details).unwrap();
    assert_eq!(places(&store, "canape"), [(id.0, "-".to_owned())]);
    assert!(places(&store, "jamais").is_empty(), "old title gone");

    store.delete_entry(id, &EntryId::new("c1")).unwrap();
    assert!(places(&store, "relance").is_empty(), "deleted entry gone");

    store.save_note(id, &note("n9")).unwrap();
    assert_eq!(places(&store, "n9").len(), 1);
    store.delete_case(id).unwrap();
    assert!(
        places(&store, "n9").is_empty(),
        "deleted case's entries gone"
    );
    assert!(places(&store, "canape").is_empty(), "deleted case gone");
}

#[test]
fn imported_email_text_is_searchable_beyond_the_summary() {
    let (dir, mut store) = temp_store();
    let id = store.create_case(&util::rich_details()).unwrap();
    let mut body = String::new();
    for line in 1..=12 {
        body.push_str(&format!("Ligne {line} du message.\r\n"));
    }
    body.push_str("Le transporteur Zéphyr a perdu le colis.\r\n");
    let eml = format!(
        "From: service@shop.example\r\nTo: anne@example.org\r\nSubject: Suivi\r\n\
Date: Wed, 9 Sep 2026 10:00:00 -0400\r\nMessage-ID: <deep@shop.example>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    );
    let path = dir.path().join("deep.eml");
    std::fs::write(&path, eml).unwrap();
    papertrail::email::import_files(&mut store, id, &[path]).unwrap();
    let data = store.load_case(id).unwrap();
    let contact = data.contacts.first().unwrap();
    assert!(!contact.summary.contains("Zéphyr"), "not in the summary");
    assert_eq!(places(&store, "zephyr"), [(id.0, contact.id.to_string())]);
    store.delete_entry(id, &contact.id).unwrap();
    assert!(places(&store, "zephyr").is_empty());
}

#[test]
fn cli_search_prints_one_escaped_hit_a_line() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let mut store = Store::open(&data).unwrap();
    let id = store.create_case(&util::rich_details()).unwrap();
    let mut n1 = note("n1");
    n1.text = "Entrepôt\tfermé\nle lundi".to_owned();
    store.save_note(id, &n1).unwrap();
    drop(store);
    let output = cli(&data).args(["search", "entrepot"]).output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    let line = stdout.lines().next().unwrap();
    let columns: Vec<&str> = line.split('\t').collect();
    assert_eq!(columns.len(), 3, "{line}");
    assert_eq!(columns.first().copied(), Some(id.0.to_string().as_str()));
    assert_eq!(columns.get(1).copied(), Some("n1"));
    assert!(line.contains("[Entrepôt]\\tfermé\\nle lundi"), "{line}");
    let none = cli(&data).args(["search", "zzzz"]).output().unwrap();
    assert_eq!(none.status.code(), Some(1));
    assert!(none.stdout.is_empty());
}

fn cli(data: &Path) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_papertrail"));
    command.env("PAPERTRAIL_DATA_DIR", data);
    command
}

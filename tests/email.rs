//! Email import: real messages from `tests/data/email/` become threaded contacts, originals and
//! attachments are kept, a second import adds nothing, a malformed message changes nothing.

use crate::util::{self, files_under, sha256_hex, table_counts, temp_store};
use papertrail::domain::{CaseId, Direction, EntryId, Outcome};
use papertrail::email::{EmailError, import_files};
use papertrail::store::Store;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/email")
        .join(name)
}

/// A case whose consumer is anne@example.org.
fn case(store: &mut Store) -> CaseId {
    store.create_case(&util::rich_details()).unwrap()
}

#[test]
fn a_multipart_message_becomes_a_contact_with_its_original_and_attachment() {
    let (_dir, mut store) = temp_store();
    let id = case(&mut store);
    let report = import_files(&mut store, id, &[fixture("01-question.eml")]).unwrap();
    assert_eq!(report.added, [EntryId::new("c1")]);
    let data = store.load_case(id).unwrap();
    let contact = data.contacts.first().unwrap();
    assert_eq!(
        contact.direction,
        Direction::Outgoing,
        "sent by the consumer"
    );
    assert_eq!(contact.outcome, Outcome::NoAnswer);
    assert_eq!(
        contact.counterpart.as_deref(),
        Some("Service client <service@shop.example>")
    );
    assert_eq!(contact.reference.as_deref(), Some("q1.anne@example.org"));
    assert_eq!(contact.at.to_rfc3339(), "2026-09-07T09:30:00-04:00");
    // Encoded-word subject and quoted-printable UTF-8 body, decoded.
    assert!(
        contact
            .summary
            .starts_with("Commande A-10442 : où est mon lit ?\nBonjour,"),
        "{}",
        contact.summary
    );
    assert!(
        contact.summary.contains("resté à l'entrepôt"),
        "{}",
        contact.summary
    );

    assert_eq!(data.attachments.len(), 2);
    let original = data.attachments.first().unwrap();
    let raw = std::fs::read(fixture("01-question.eml")).unwrap();
    assert_eq!(original.file_name, "01-question.eml");
    assert_eq!(original.sha256, sha256_hex(&raw), "kept byte for byte");
    assert_eq!(
        std::fs::read(store.blob_path(&original.sha256)).unwrap(),
        raw
    );
    assert_eq!(original.links, std::slice::from_ref(&contact.id));
    let pdf = data.attachments.get(1).unwrap();
    assert_eq!(pdf.file_name, "facture-A-10442.pdf");
    assert_eq!(pdf.media_type, "application/pdf");
    let expected = std::fs::read(fixture("facture-A-10442.pdf")).unwrap();
    assert_eq!(
        std::fs::read(store.blob_path(&pdf.sha256)).unwrap(),
        expected,
        "decoded"
    );
    assert_eq!(pdf.links, std::slice::from_ref(&contact.id));
}

#[test]
fn replies_are_threaded_and_auto_replies_recognised() {
    let (_dir, mut store) = temp_store();
    let id = case(&mut store);
    // Given out of order: the import sorts by date so the reply still finds its question.
    let files = [
        fixture("02-reply.eml"),
        fixture("03-auto-reply.eml"),
        fixture("01-question.eml"),
    ];
    let report = import_files(&mut store, id, &files).unwrap();
    assert_eq!(report.added.len(), 3);
    let data = store.load_case(id).unwrap();
    let by_reference = |reference: &str| {
        data.contacts
            .iter()
            .find(|c| c.reference.as_deref() == Some(reference))
            .unwrap()
    };
    let question = by_reference("q1.anne@example.org");
    let reply = by_reference("r1.service@shop.example");
    let auto = by_reference("auto1@shop.example");
    assert_eq!(reply.in_reply_to.as_ref(), Some(&question.id));
    assert_eq!(reply.direction, Direction::Incoming);
    assert_eq!(reply.outcome, Outcome::Answered);
    assert_eq!(
        reply.counterpart.as_deref(),
        Some("Service client Meubles Exemple <service@shop.example>"),
        "ISO-8859-1 encoded word decoded"
    );
    assert!(
        reply
            .summary
            .starts_with("RE: Commande A-10442 : où est mon lit ?\n")
    );
    assert!(
        reply.summary.contains("entrepôt de Laval"),
        "base64 body decoded"
    );
    assert!(
        !reply.summary.contains("Pouvez-vous"),
        "quoted text left out"
    );
    assert_eq!(auto.outcome, Outcome::AutoReplyOnly);
    assert_eq!(auto.direction, Direction::Incoming);
    assert_eq!(auto.in_reply_to.as_ref(), Some(&question.id));
    assert!(
        auto.summary.contains("Nous avons bien reçu votre message."),
        "HTML-only latin-1 body as text: {}",
        auto.summary
    );
    assert!(!auto.summary.contains('<'), "{}", auto.summary);

    // The analysis sees the question answered by the reply, not by the auto-reply.
    let findings = papertrail::analysis::analyze(&data, util::at("2026-09-30T00:00:00Z").utc());
    let answered = findings
        .answered
        .iter()
        .find(|a| a.contact == question.id)
        .unwrap();
    assert_eq!(answered.answered_by, reply.id);
}

#[test]
fn the_same_message_twice_adds_nothing() {
    let (dir, mut store) = temp_store();
    let id = case(&mut store);
    import_files(&mut store, id, &[fixture("01-question.eml")]).unwrap();
    let before = (store.load_case(id).unwrap(), table_counts(dir.path()));
    let again = import_files(
        &mut store,
        id,
        &[fixture("01-question.eml"), fixture("01-question.eml")],
    )
    .unwrap();
    assert!(again.added.is_empty());
    assert_eq!(
        again.skipped,
        ["q1.anne@example.org", "q1.anne@example.org"]
    );
    assert_eq!(
        (store.load_case(id).unwrap(), table_counts(dir.path())),
        before
    );
    // Another case may hold the same message.
    let other = case(&mut store);
    assert_eq!(
        import_files(&mut store, other, &[fixture("01-question.eml")])
            .unwrap()
            .added
            .len(),
        1
    );
}

#[test]
fn an_mbox_gives_one_contact_per_message() {
    let (_dir, mut store) = temp_store();
    let id = case(&mut store);
    let report = import_files(&mut store, id, &[fixture("relances.mbox")]).unwrap();
    assert_eq!(report.added.len(), 3);
    let data = store.load_case(id).unwrap();
    let directions: Vec<Direction> = data.contacts.iter().map(|c| c.direction).collect();
    assert_eq!(
        directions,
        [
            Direction::Outgoing,
            Direction::Incoming,
            Direction::Outgoing
        ]
    );
    let first = data.contacts.first().unwrap();
    let second = data.contacts.get(1).unwrap();
    assert_eq!(second.in_reply_to.as_ref(), Some(&first.id));
    assert!(
        first.summary.contains("From the warehouse"),
        "mbox quoting undone: {}",
        first.summary
    );
    let names: Vec<&str> = data
        .attachments
        .iter()
        .map(|a| a.file_name.as_str())
        .collect();
    assert_eq!(
        names,
        ["relances-1.eml", "relances-2.eml", "relances-3.eml"]
    );
}

#[test]
fn a_malformed_message_is_refused_and_changes_nothing() {
    let (dir, mut store) = temp_store();
    let id = case(&mut store);
    import_files(&mut store, id, &[fixture("01-question.eml")]).unwrap();
    let before = (
        store.load_case(id).unwrap(),
        table_counts(dir.path()),
        files_under(&dir.path().join("attachments")),
    );
    for (files, needle) in [
        (vec![fixture("malformed.eml")], "malformed.eml"),
        (
            vec![fixture("02-reply.eml"), fixture("half-broken.mbox")],
            "half-broken.mbox",
        ),
    ] {
        let error = import_files(&mut store, id, &files).unwrap_err();
        assert!(matches!(error, EmailError::Malformed { .. }), "{error:?}");
        let text = error.to_string();
        assert!(text.contains("not a well-formed email"), "{text}");
        assert!(text.contains(needle), "{text}");
        let after = (
            store.load_case(id).unwrap(),
            table_counts(dir.path()),
            files_under(&dir.path().join("attachments")),
        );
        assert_eq!(after, before, "nothing changed after {needle}");
    }
    let missing = import_files(&mut store, id, &[dir.path().join("nope.eml")]).unwrap_err();
    assert!(matches!(missing, EmailError::Read { .. }), "{missing:?}");
}

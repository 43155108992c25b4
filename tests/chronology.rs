//! The demo dossiers' chronology (issue 13): one row per contact makes each dossier shorter
//! than before, and identifiers, addresses and reference numbers print whole.

use papertrail::analysis::analyze;
use papertrail::demo::import_demo_cases;
use papertrail::domain::{CaseData, Instant, Language};
use papertrail::dossier::model::{ModelOptions, build};
use papertrail::dossier::{AttachmentSource, DossierOptions, Paper, render_pdf};
use papertrail::store::Store;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

struct Blobs<'a>(&'a Store);

impl AttachmentSource for Blobs<'_> {
    fn path_of(&self, sha256: &str) -> PathBuf {
        self.0.blob_path(sha256)
    }
}

/// The preparation instant the page counts below were measured at.
const AS_OF: &str = "2026-11-28T12:00:00Z";

/// Pages of each demo dossier (bed, laptop, refund) in French and English before issue 13
/// (28 Nov 2026, `papertrail dossier ID --lang fr|en --as-of 2026-11-28T12:00:00Z`, on the
/// demo data of that day): the chronology had a row for every promise made, falling due and
/// settled, and for every statement.
const PAGES_BEFORE: [[usize; 2]; 3] = [[11, 11], [13, 13], [12, 12]];

fn pages_and_text(store: &Store, case: &CaseData, language: Language) -> Vec<String> {
    let options = DossierOptions {
        language: Some(language),
        paper: Paper::for_jurisdiction(case.case.jurisdiction),
        prepared_at: Instant::parse(AS_OF).unwrap().utc(),
        redact: false,
        embed_originals: true,
        for_email: None,
    };
    let bytes = render_pdf(
        case,
        &Blobs(store),
        &options,
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    doc.get_pages()
        .keys()
        .map(|&n| doc.extract_text(&[n]).unwrap_or_default())
        .collect()
}

#[test]
fn the_demo_dossiers_are_shorter_and_print_identifiers_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let ids = import_demo_cases(&mut store).unwrap();
    for (id, before) in ids.into_iter().zip(PAGES_BEFORE) {
        let case = store.load_case(id).unwrap();
        for (language, before) in [Language::Fr, Language::En].into_iter().zip(before) {
            // Issue 13: fewer pages than before it, though the demo cases gained four exhibits
            // printed whole (the formal notices, their receipts, the complaint email).
            let pages = pages_and_text(&store, &case, language);
            assert!(
                pages.len() < before,
                "{} ({language}): {} pages, {before} before issue 13",
                case.case.title,
                pages.len()
            );
            // The page that opens the chronology and the next one: the people list (which may
            // start at the foot of a page) and the first rows.
            let people = match language {
                Language::Fr => "Interlocuteurs",
                Language::En => "People",
            };
            let first = pages
                .iter()
                .position(|p| p.lines().any(|l| l.trim() == people))
                .unwrap_or_else(|| panic!("no people list in {}", case.case.title));
            let page = pages[first..(first + 2).min(pages.len())].concat();
            let whole: &[&str] = match case.case.merchant.name.as_str() {
                "TechnoCité SAS" => &[
                    "TC-2026-884517",
                    "service-client@technocite.example",
                    "ne-pas-repondre@technocite.example",
                ],
                "Meubles Boréal inc." => &["service@meublesboreal.example", "100-48213"],
                _ => &["returns@northwayhome.example", "RMA-77120"],
            };
            for token in whole {
                assert!(
                    page.contains(token),
                    "{token} broken or missing ({language}): {page}"
                );
            }
        }
    }
}

#[test]
fn the_demo_chronologies_have_one_row_per_contact_plus_entries_tied_to_none() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    for id in import_demo_cases(&mut store).unwrap() {
        let case = store.load_case(id).unwrap();
        let findings = analyze(&case, Instant::parse(AS_OF).unwrap().utc());
        let options = ModelOptions {
            language: Language::En,
            redact: false,
            prepared_at: findings.as_of,
        };
        let dossier = build(&case, &findings, &options);
        let contacts = dossier
            .chronology
            .iter()
            .filter(|r| {
                r.entry
                    .as_ref()
                    .is_some_and(|e| case.contacts.iter().any(|c| &c.id == e))
            })
            .count();
        assert_eq!(contacts, case.contacts.len(), "{}", case.case.title);
        // Every promise and statement appears exactly once: as a row of its own or a sub-line.
        let lines: usize = dossier.chronology.iter().map(|r| r.lines.len()).sum();
        let alone = dossier
            .chronology
            .iter()
            .filter(|r| {
                r.entry.as_ref().is_some_and(|e| {
                    case.promises.iter().any(|p| &p.id == e)
                        || case.statements.iter().any(|s| &s.id == e)
                })
            })
            .count();
        assert_eq!(
            lines + alone,
            case.promises.len() + case.statements.len(),
            "{}",
            case.case.title
        );
        let others = case.attachments.len() + case.notes.len() + 1;
        assert_eq!(
            dossier.chronology.len(),
            contacts + alone + others,
            "{}: contacts, entries alone, attachments, notes and the order",
            case.case.title
        );
    }
}

#[test]
fn the_list_of_exhibits_gives_the_page_each_exhibit_is_printed_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    for id in import_demo_cases(&mut store).unwrap() {
        let case = store.load_case(id).unwrap();
        for language in [Language::Fr, Language::En] {
            let findings = analyze(&case, Instant::parse(AS_OF).unwrap().utc());
            let options = ModelOptions {
                language,
                redact: false,
                prepared_at: findings.as_of,
            };
            let exhibits = build(&case, &findings, &options).exhibits;
            let pages = pages_and_text(&store, &case, language);
            let list_title = match language {
                Language::Fr => "Bordereau des pièces",
                Language::En => "List of exhibits",
            };
            let list = pages
                .iter()
                .position(|p| p.lines().any(|l| l.trim() == list_title))
                .unwrap_or_else(|| panic!("no list of exhibits in {}", case.case.title));
            // The list may run over two pages.
            let listed = pages[list..(list + 2).min(pages.len())].concat();
            for exhibit in &exhibits {
                // A row reads "P-1", "p. 7", then the file (text extraction joins them).
                let page: usize = listed
                    .lines()
                    .find_map(|l| {
                        l.trim()
                            .strip_prefix(exhibit.label.as_str())?
                            .strip_prefix("p. ")
                    })
                    .and_then(|rest| {
                        let digits: String =
                            rest.chars().take_while(char::is_ascii_digit).collect();
                        digits.parse().ok()
                    })
                    .unwrap_or_else(|| panic!("no page for {}:\n{listed}", exhibit.label));
                let title = format!("{} — ", exhibit.label);
                assert!(
                    pages[page - 1].contains(&title),
                    "{} ({language}): {} is not on page {page}:\n{}",
                    case.case.title,
                    exhibit.label,
                    pages[page - 1]
                );
            }
        }
    }
}

//! The app's state apart from the case data: preferences that eframe persists, and the
//! transient state of forms, dialogs and notices.

use super::draft::{FieldErrors, Leave};
use crate::domain::{
    Attachment, CaseDetails, CaseId, Channel, Contact, Direction, EntryId, Language, Note, Outcome,
    Promise, PromiseKind, Statement,
};
use crate::dossier::Paper;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Light, dark, or whatever the system uses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// What the app remembers between runs (eframe storage; the window size is kept by eframe).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// The UI language; `None` follows the system locale.
    pub language: Option<Language>,
    /// The case open when the app was last closed.
    pub last_case: Option<CaseId>,
    /// Zoom factor, 1.0 to 2.0 (100–200 %).
    pub zoom: f32,
    /// Light or dark.
    pub theme: ThemeChoice,
    /// The promises whose question "was it kept?" was put off ("Ask me later"), and until when.
    pub asked_later: Vec<super::ask_later::AskLater>,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            language: None,
            last_case: None,
            zoom: 1.0,
            theme: ThemeChoice::System,
            asked_later: Vec::new(),
        }
    }
}

/// The section shown under the dashboard.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Tab {
    /// Every dated item, flagged.
    #[default]
    Timeline,
    /// Contact attempts.
    Contacts,
    /// Promises.
    Promises,
    /// Statements by topic.
    Statements,
    /// Files.
    Attachments,
    /// Notes.
    Notes,
    /// The case's details.
    Details,
}

impl Tab {
    /// Every tab in display order.
    pub const ALL: [Self; 7] = [
        Self::Timeline,
        Self::Contacts,
        Self::Promises,
        Self::Statements,
        Self::Attachments,
        Self::Notes,
        Self::Details,
    ];

    /// The i18n key of the tab's title.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Timeline => "ui-tab-timeline",
            Self::Contacts => "ui-tab-contacts",
            Self::Promises => "ui-tab-promises",
            Self::Statements => "ui-tab-statements",
            Self::Attachments => "ui-tab-attachments",
            Self::Notes => "ui-tab-notes",
            Self::Details => "ui-tab-details",
        }
    }
}

/// Any entry of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A contact attempt.
    Contact(Contact),
    /// A promise.
    Promise(Promise),
    /// A statement.
    Statement(Statement),
    /// A file's metadata.
    Attachment(Attachment),
    /// A note.
    Note(Note),
}

impl Entry {
    /// The entry's id.
    pub fn id(&self) -> &EntryId {
        match self {
            Self::Contact(e) => &e.id,
            Self::Promise(e) => &e.id,
            Self::Statement(e) => &e.id,
            Self::Attachment(e) => &e.id,
            Self::Note(e) => &e.id,
        }
    }
}

/// An entry being edited in the side panel, with the text of its typed fields.
#[derive(Debug, Clone, PartialEq)]
pub struct EntryDraft {
    /// The working copy the fields edit.
    pub entry: Entry,
    /// The entry as last saved; `None` while a new entry has not been saved yet.
    pub saved: Option<Entry>,
    /// The entry as it was when the panel opened (a new entry is saved only once it differs).
    pub initial: Entry,
    /// First date field (contact/statement/note time, promise made, attachment received).
    pub date_a: String,
    /// Second date field (promise due).
    pub date_b: String,
    /// Third date field (promise settled).
    pub date_c: String,
    /// Minutes on hold (contacts).
    pub wait: String,
    /// Minutes in the call (contacts).
    pub duration: String,
    /// Party, purpose, deadline and receipt (contacts).
    pub law: super::panels::law_fields::ContactLawForm,
    /// The fields at fault at the last validation, shown beside each field.
    pub errors: FieldErrors,
}

/// The quick log form (Ctrl+L).
#[derive(Debug, Clone, PartialEq)]
pub struct QuickLogForm {
    /// When, `YYYY-MM-DD HH:MM` in the case's zone.
    pub at: String,
    /// Channel.
    pub channel: Channel,
    /// Direction.
    pub direction: Direction,
    /// Outcome.
    pub outcome: Outcome,
    /// Who answered.
    pub counterpart: String,
    /// What was said.
    pub summary: String,
    /// Minutes on hold.
    pub wait: String,
    /// "They promised something".
    pub promised: bool,
    /// Promise kind.
    pub promise_kind: PromiseKind,
    /// The promise's words.
    pub promise_text: String,
    /// When it falls due.
    pub promise_due: String,
    /// "They stated something".
    pub stated: bool,
    /// Statement topic.
    pub topic: String,
    /// Statement value.
    pub value: String,
    /// Party, purpose, deadline and receipt of the contact.
    pub law: super::panels::law_fields::ContactLawForm,
    /// The fields at fault at the last attempt to save, shown beside each field.
    pub errors: FieldErrors,
    /// Whether the summary field still has to take the focus.
    pub focus_pending: bool,
}

/// What one quick log saves, all of it or nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct QuickLogEntries {
    /// The contact attempt.
    pub contact: Contact,
    /// What they promised, if anything.
    pub promise: Option<Promise>,
    /// What they stated, if anything.
    pub statement: Option<Statement>,
}

impl QuickLogForm {
    /// Whether the user typed anything worth keeping (the prefilled fields do not count).
    pub fn typed(&self) -> bool {
        [&self.summary, &self.promise_text, &self.topic, &self.value]
            .iter()
            .any(|t| !t.trim().is_empty())
    }
}

/// Where an export stands.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportPhase {
    /// Choosing options.
    Options,
    /// Rendering on a background thread.
    Running,
    /// Written here.
    Done(PathBuf),
    /// Failed or cancelled, with a message.
    Failed(String),
}

/// The PDF export dialog.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportForm {
    /// Dossier language.
    pub language: Language,
    /// Paper size.
    pub paper: Paper,
    /// Hide personal details.
    pub redact: bool,
    /// Embed the original files.
    pub originals: bool,
    /// The copy to email instead of the full-evidence dossier.
    pub for_email: bool,
    /// Where to write it.
    pub path: String,
    /// Progress of the export.
    pub phase: ExportPhase,
}

/// What a typed path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathPurpose {
    /// Files to attach to the open case.
    Attach,
    /// A case file to import.
    Import,
    /// Where to write the open case's bundle.
    ExportBundle,
    /// Email files (.eml, .mbox) to import into the open case.
    ImportEmails,
    /// Where to write the calendar of open deadlines.
    ExportCalendar,
}

/// A small dialog asking for a path, for when the native dialog cannot open (or by choice).
#[derive(Debug, Clone, PartialEq)]
pub struct PathPrompt {
    /// What the path is for.
    pub purpose: PathPurpose,
    /// The typed path.
    pub path: String,
    /// Whether the native dialog is known to be unavailable.
    pub dialog_unavailable: bool,
    /// Whether the path field still has to take the focus.
    pub focus_pending: bool,
}

/// The case details being edited, with the text of typed fields.
#[derive(Debug, Clone, PartialEq)]
pub struct DetailsDraft {
    /// The case these details belong to.
    pub case: CaseId,
    /// The details.
    pub details: CaseDetails,
    /// Price amount text.
    pub price: String,
    /// Price currency text.
    pub currency: String,
    /// Order date text.
    pub ordered: String,
    /// Time zone text.
    pub zone: String,
    /// The typed fields of rights and deadlines (delivery, payment, refunds).
    pub law: super::panels::law_fields::DetailsLawForm,
    /// The fields at fault at the last validation, shown beside each field.
    pub errors: FieldErrors,
}

/// A question asked because a move would leave drafts that do not validate.
#[derive(Debug, Clone, PartialEq)]
pub struct LeavePrompt {
    /// What the user asked for, done once they discard.
    pub leave: Leave,
    /// The fields at fault, in the drafts left behind.
    pub errors: FieldErrors,
}

/// The last deleted entry, kept so it can be put back.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    /// The case it belonged to.
    pub case: CaseId,
    /// The entry.
    pub entry: Entry,
}

/// Everything transient the panels read and write.
#[derive(Debug, Default)]
pub struct UiState {
    /// Case list search text.
    pub search: String,
    /// Whether the search field should take the focus.
    pub focus_search: bool,
    /// The section shown.
    pub tab: Tab,
    /// The entry open in the side panel.
    pub editor: Option<EntryDraft>,
    /// The case details form.
    pub details: Option<DetailsDraft>,
    /// The quick log form, when open.
    pub quick_log: Option<QuickLogForm>,
    /// The export dialog, when open.
    pub export: Option<ExportForm>,
    /// The typed-path dialog, when open.
    pub path_prompt: Option<PathPrompt>,
    /// A case waiting for delete confirmation.
    pub confirm_delete_case: Option<CaseId>,
    /// Settings window open.
    pub show_settings: bool,
    /// Help window open.
    pub show_help: bool,
    /// The deadlines view (all cases) open.
    pub show_deadlines: bool,
    /// Status bar message, worded when drawn.
    pub notice: Option<super::notice::Notice>,
    /// The last deleted entry.
    pub undo: Option<Deleted>,
    /// Whether files are being dragged over the window.
    pub files_hovered: bool,
    /// The text size slider's value while it is dragged.
    pub zoom_percent: Option<f32>,
    /// The case list's filters and order.
    pub case_filter: super::case_filter::CaseFilter,
    /// Hits of the search across cases for the search text they were found for.
    pub search_hits: Option<(String, Vec<crate::store::SearchHit>)>,
    /// "Keep editing / discard", when a move would leave drafts that do not validate.
    pub leave_prompt: Option<LeavePrompt>,
    /// The letter dialog, when open (issue 10).
    pub letter: Option<super::panels::letter_dialog::LetterForm>,
    /// In a narrow window, whether the folded case list is shown (issue 11: a window that fits).
    pub show_case_list: bool,
    /// The *Due soon* window (all cases) open.
    pub show_due_soon: bool,
    /// The question about a promise whose day has come, as answered so far.
    pub promise_question: PromiseQuestion,
    /// An image pasted on the open case, waiting for its caption.
    pub pasted_image: Option<super::clipboard::PastedImage>,
    /// Whether the PDF being rendered is to be opened in the system viewer to print.
    pub print_pending: bool,
}

/// The question "was this promise kept?" asked once a promise's day has come.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PromiseQuestion {
    /// The promises answered in this session, not asked about again while the answer is saved
    /// and the list computed anew ("Ask me later" is kept in [`Prefs::asked_later`]).
    pub asked: std::collections::HashSet<(CaseId, String)>,
    /// The new date being typed, once "they gave a new date" was chosen.
    pub new_date: Option<String>,
    /// Why the typed date was refused: its message key, worded when drawn.
    pub error: Option<&'static str>,
}

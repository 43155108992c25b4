//! What the user asked for, queued by the panels and applied after the frame: store writes
//! (short transactions), view model refreshes, and the start of background jobs.

use super::PaperTrailApp;
use super::draft::Leave;
use super::jobs::{JobKind, JobOutput};
use super::notice::{Message, Notice, Value};
use super::state::{Deleted, Entry, ExportPhase, QuickLogEntries};
use super::view_model::{Badges, CaseView};
use crate::analysis;
use crate::domain::{CaseData, CaseDetails, CaseId, EntryId, Language, TimeZone};
use crate::dossier::{self, AttachmentSource, DossierOptions, Paper};
use crate::i18n::tr;
use crate::store::Store;
use std::collections::HashMap;
use std::path::PathBuf;

/// One thing to do after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Open a case.
    OpenCase(CaseId),
    /// Create an empty case and open it.
    NewCase,
    /// Delete a case (after confirmation).
    DeleteCase(CaseId),
    /// Save the open case's details.
    SaveDetails(Box<CaseDetails>),
    /// Insert or replace an entry of the open case.
    SaveEntry(Entry),
    /// Save what the quick log describes (contact, promise, statement) in one transaction.
    SaveQuickLog(Box<QuickLogEntries>),
    /// Delete an entry of the open case (undo offered).
    DeleteEntry(EntryId),
    /// Put back the last deleted entry.
    Undo,
    /// Import the demo cases.
    OpenDemo,
    /// Attach files to the open case.
    Attach(Vec<PathBuf>),
    /// Import a case file.
    ImportCaseFile(PathBuf),
    /// Export the open case as a bundle.
    ExportCaseFile(PathBuf),
    /// Render the open case's dossier.
    ExportPdf {
        /// Language.
        language: Language,
        /// Paper.
        paper: Paper,
        /// Redact personal details.
        redact: bool,
        /// Embed originals.
        originals: bool,
        /// The copy to email (pictures reduced, originals not embedded, under 10 MB).
        for_email: bool,
        /// Output path.
        out: PathBuf,
    },
    /// Stop a job.
    Cancel(JobKind),
    /// Change the UI language (`None`: follow the system).
    SetLanguage(Option<Language>),
    /// Import email files into the open case.
    ImportEmails(Vec<PathBuf>),
    /// Write the open deadlines of every open case to an iCalendar file.
    ExportCalendar(PathBuf),
    /// Open a case and show one of its entries (a search hit).
    OpenEntry(CaseId, EntryId),
    /// Leave the open drafts (saved if they validate, else the user is asked first).
    Leave(Leave),
    /// Answer "keep editing" to the question about drafts that do not validate.
    KeepEditing,
    /// Answer "discard" to it: drop those drafts and make the move.
    DiscardAndLeave,
    /// Record how a promise whose day has come ended (any case, open or not).
    AnswerPromise {
        /// The case.
        case: CaseId,
        /// The promise.
        promise: EntryId,
        /// Kept, broken, or a new date.
        answer: super::due_soon::PromiseAnswer,
    },
    /// Store a pasted image on the open case as a PNG attachment with this caption.
    AttachPastedImage {
        /// The pixels.
        image: std::sync::Arc<eframe::egui::ColorImage>,
        /// What it shows (empty: none).
        caption: String,
    },
    /// Render the open case's dossier to a file and open it in the system viewer, to print.
    PrintPdf {
        /// Language.
        language: Language,
        /// Paper.
        paper: Paper,
        /// Redact personal details.
        redact: bool,
        /// Output path.
        out: PathBuf,
    },
}

/// Reads attachment bytes from the store's blob paths, resolved on the UI thread.
struct Blobs(HashMap<String, PathBuf>);

impl AttachmentSource for Blobs {
    fn path_of(&self, sha256: &str) -> PathBuf {
        self.0.get(sha256).cloned().unwrap_or_default()
    }
}

impl PaperTrailApp {
    /// Applies the queued commands.
    pub(crate) fn apply_commands(&mut self) {
        // A command may queue others (a move saving a draft); apply those too, in order.
        for _ in 0..8 {
            if self.commands.is_empty() {
                break;
            }
            let commands = std::mem::take(&mut self.commands);
            for command in commands {
                self.apply(command);
            }
        }
    }

    /// Applies one command right away (before the rest of the queue).
    pub(crate) fn apply_now(&mut self, command: Command) {
        self.apply(command);
    }

    /// Shows "`key` `error`" in red: what could not be done (worded when drawn), then the
    /// error's own words.
    pub(crate) fn fail(&mut self, key: &'static str, error: &dyn std::fmt::Display) {
        self.notify(Notice::error(Message::new(key), format!("{error:#}")));
    }

    /// Shows `message` in the status bar.
    pub(crate) fn tell(&mut self, message: Message) {
        self.notify(Notice::info(message));
    }

    /// Shows `notice` in the status bar, in place of the one shown.
    pub(crate) fn notify(&mut self, notice: Notice) {
        self.ui.notice = Some(notice);
    }

    /// Reloads the case list (and starts a badge job).
    pub(crate) fn reload_cases(&mut self) {
        match self.store.list_cases() {
            Ok(cases) => self.cases = cases,
            Err(e) => self.fail("ui-error-list", &e),
        }
        self.start_badges();
    }

    /// Reloads the open case from the store and rebuilds its view.
    pub(crate) fn reload_case(&mut self, id: CaseId) {
        // The data may have changed: search again when the list is next drawn.
        self.ui.search_hits = None;
        match self.store.load_case(id) {
            Ok(data) => {
                let view = CaseView::build(id, data, self.now(), self.language());
                let badges =
                    Badges::of_case(id, &view.data, &view.findings, self.language(), self.now());
                self.badges.insert(id, badges);
                if self.ui.details.as_ref().is_none_or(|d| d.case != id) {
                    self.ui.details = None;
                }
                self.case = Some(view);
                self.prefs.last_case = Some(id);
            }
            Err(e) => {
                self.case = None;
                self.prefs.last_case = None;
                self.fail("ui-error-load", &e);
            }
        }
    }

    pub(crate) fn open_case_id(&self) -> Option<CaseId> {
        self.case.as_ref().map(|c| c.id)
    }

    fn save_entry(&mut self, case: CaseId, entry: &Entry) -> Result<(), crate::store::StoreError> {
        match entry {
            Entry::Contact(e) => self.store.save_contact(case, e),
            Entry::Promise(e) => self.store.save_promise(case, e),
            Entry::Statement(e) => self.store.save_statement(case, e),
            Entry::Note(e) => self.store.save_note(case, e),
            Entry::Attachment(e) => self.store.save_attachment_metadata(case, e),
        }
    }

    fn apply(&mut self, command: Command) {
        let language = self.language();
        match command {
            Command::OpenCase(id) => {
                self.ui.notice = None;
                self.ui.editor = None;
                self.ui.details = None;
                self.reload_case(id);
            }
            Command::NewCase => {
                let title = tr(language, "ui-new-case-title");
                // The system's zone; the language's usual one only if it cannot be read.
                let zone = super::system::system_time_zone(if language == Language::Fr {
                    TimeZone::default()
                } else {
                    TimeZone::parse("America/Montreal").unwrap_or_default()
                });
                let details = CaseDetails::new(title, language, zone);
                match self.store.create_case(&details) {
                    Ok(id) => {
                        self.reload_cases();
                        self.reload_case(id);
                        self.ui.tab = super::state::Tab::Details;
                        self.ui.editor = None;
                    }
                    Err(e) => self.fail("ui-error-save", &e),
                }
            }
            Command::DeleteCase(id) => match self.store.delete_case(id) {
                Ok(()) => {
                    if self.open_case_id() == Some(id) {
                        self.case = None;
                        self.prefs.last_case = None;
                        self.ui.editor = None;
                        self.ui.details = None;
                    }
                    self.reload_cases();
                    self.tell(Message::new("ui-case-deleted"));
                }
                Err(e) => self.fail("ui-error-delete", &e),
            },
            Command::SaveDetails(details) => {
                let Some(id) = self.open_case_id() else {
                    return;
                };
                match self.store.update_case(id, &details) {
                    Ok(()) => {
                        self.reload_case(id);
                        self.reload_cases();
                    }
                    Err(e) => self.fail("ui-error-save", &e),
                }
            }
            Command::SaveEntry(entry) => {
                let Some(id) = self.open_case_id() else {
                    return;
                };
                if let Err(e) = self.save_entry(id, &entry) {
                    self.fail("ui-error-save", &e);
                }
                self.reload_case(id);
            }
            Command::SaveQuickLog(log) => {
                let Some(id) = self.open_case_id() else {
                    return;
                };
                let QuickLogEntries {
                    contact,
                    promise,
                    statement,
                } = *log;
                match self
                    .store
                    .save_quick_log(id, &contact, promise.as_ref(), statement.as_ref())
                {
                    Ok(()) => self.tell(Message::new("ui-logged")),
                    Err(e) => self.fail("ui-error-save", &e),
                }
                self.reload_case(id);
            }
            Command::DeleteEntry(entry_id) => {
                let Some(view) = &self.case else { return };
                let (id, entry) = (view.id, view.entry(&entry_id));
                match self.store.delete_entry(id, &entry_id) {
                    Ok(()) => {
                        if self
                            .ui
                            .editor
                            .as_ref()
                            .is_some_and(|d| d.entry.id() == &entry_id)
                        {
                            self.ui.editor = None;
                        }
                        self.ui.undo = entry.map(|entry| Deleted { case: id, entry });
                        self.notify(Notice {
                            undo: self.ui.undo.is_some(),
                            ..Notice::info(Message::new("ui-entry-deleted"))
                        });
                        self.reload_case(id);
                    }
                    Err(e) => self.fail("ui-error-delete", &e),
                }
            }
            Command::Undo => {
                let Some(deleted) = self.ui.undo.take() else {
                    return;
                };
                self.ui.notice = None;
                if let Entry::Attachment(attachment) = deleted.entry {
                    // The file is still in the store; add it again under a new id.
                    let path = self.store.blob_path(&attachment.sha256);
                    self.start_attach(deleted.case, vec![path], Some(attachment));
                    return;
                }
                match self.save_entry(deleted.case, &deleted.entry) {
                    Ok(()) => {
                        if self.open_case_id() == Some(deleted.case) {
                            self.reload_case(deleted.case);
                        }
                    }
                    Err(e) => self.fail("ui-error-save", &e),
                }
            }
            Command::OpenDemo => {
                let data_dir = self.store.data_dir().to_path_buf();
                self.spawn(JobKind::Import, move |_| {
                    let mut store = Store::open(&data_dir).map_err(|e| e.to_string())?;
                    crate::demo::import_demo_cases(&mut store)
                        .map(JobOutput::Imported)
                        .map_err(|e| e.to_string())
                });
            }
            Command::Attach(paths) => {
                let Some(id) = self.open_case_id() else {
                    self.tell(Message::new("ui-attach-no-case"));
                    return;
                };
                self.start_attach(id, paths, None);
            }
            Command::ImportCaseFile(path) => {
                let data_dir = self.store.data_dir().to_path_buf();
                self.spawn(JobKind::Import, move |_| {
                    let mut store = Store::open(&data_dir).map_err(|e| e.to_string())?;
                    crate::format::import_path(&mut store, &path)
                        .map(|id| JobOutput::Imported(vec![id]))
                        .map_err(|e| format!("{e}: {}", path.display()))
                });
            }
            Command::ExportCaseFile(out) => {
                let Some(id) = self.open_case_id() else {
                    return;
                };
                let data_dir = self.store.data_dir().to_path_buf();
                self.spawn(JobKind::ExportBundle, move |_| {
                    let store = Store::open(&data_dir).map_err(|e| e.to_string())?;
                    crate::format::export_bundle(&store, id, &out)
                        .map(|()| JobOutput::BundleWritten(out.clone()))
                        .map_err(|e| format!("{e}: {}", out.display()))
                });
            }
            Command::ExportPdf {
                language: dossier_language,
                paper,
                redact,
                originals,
                for_email,
                out,
            } => {
                self.start_pdf(dossier_language, paper, redact, originals, for_email, out);
            }
            Command::Cancel(kind) => self.jobs.cancel(kind),
            Command::Leave(leave) => self.leave(leave),
            Command::KeepEditing => self.keep_editing(),
            Command::DiscardAndLeave => self.discard_and_leave(),
            Command::SetLanguage(choice) => {
                self.prefs.language = choice;
                if let Some(id) = self.open_case_id() {
                    self.reload_case(id);
                }
                // The deadlines of the other cases are worded again in the new language.
                self.start_badges();
            }
            Command::ImportEmails(paths) => {
                let Some(id) = self.open_case_id() else {
                    self.tell(Message::new("ui-attach-no-case"));
                    return;
                };
                self.start_email_import(id, paths);
            }
            Command::ExportCalendar(out) => self.start_calendar(out),
            Command::AnswerPromise {
                case,
                promise,
                answer,
            } => self.answer_promise(case, &promise, answer),
            Command::AttachPastedImage { image, caption } => {
                let Some(id) = self.open_case_id() else {
                    self.tell(Message::new("ui-attach-no-case"));
                    return;
                };
                self.start_paste(id, image, caption);
            }
            Command::PrintPdf {
                language: dossier_language,
                paper,
                redact,
                out,
            } => {
                // Without the originals: paper cannot carry them.
                let started = self.start_pdf(dossier_language, paper, redact, false, false, out);
                self.ui.print_pending = started;
            }
            Command::OpenEntry(case, entry) => {
                if self.open_case_id() != Some(case) {
                    self.apply(Command::OpenCase(case));
                }
                if self
                    .case
                    .as_ref()
                    .is_some_and(|v| v.entry(&entry).is_some())
                {
                    self.ui.tab = super::state::Tab::Timeline;
                    super::panels::editor::open(self, &entry);
                }
            }
        }
    }

    pub(crate) fn spawn(
        &mut self,
        kind: JobKind,
        work: impl FnOnce(&super::jobs::Reporter) -> Result<JobOutput, String> + Send + 'static,
    ) -> bool {
        match self.jobs.spawn(&self.ctx, kind, work) {
            Ok(()) => true,
            Err(super::jobs::JobError::Busy) => {
                self.tell(Message::new("ui-job-busy"));
                false
            }
            Err(e) => {
                self.fail("ui-error-job", &e);
                false
            }
        }
    }

    fn start_attach(
        &mut self,
        case: CaseId,
        paths: Vec<PathBuf>,
        restore: Option<crate::domain::Attachment>,
    ) {
        let data_dir = self.store.data_dir().to_path_buf();
        self.spawn(JobKind::Attach, move |reporter| {
            let mut store = Store::open(&data_dir).map_err(|e| e.to_string())?;
            let total = paths.len() as u64;
            let mut count = 0;
            for (done, path) in paths.iter().enumerate() {
                if reporter.cancelled() {
                    return Ok(JobOutput::Cancelled);
                }
                reporter.progress(done as u64, total);
                if path.is_dir() {
                    return Err(format!("not a file: {}", path.display()));
                }
                let (caption, received, links) = match &restore {
                    Some(a) => (a.caption.clone(), a.received_at, a.links.clone()),
                    None => (None, None, Vec::new()),
                };
                store
                    .add_attachment_from_path(case, path, caption, received, links)
                    .map_err(|e| format!("{e}: {}", path.display()))?;
                count += 1;
            }
            reporter.progress(total, total);
            Ok(JobOutput::Attached { case, count })
        });
    }

    fn start_email_import(&mut self, case: CaseId, paths: Vec<PathBuf>) {
        let data_dir = self.store.data_dir().to_path_buf();
        self.spawn(JobKind::Email, move |_| {
            let mut store = Store::open(&data_dir).map_err(|e| e.to_string())?;
            crate::email::import_files(&mut store, case, &paths)
                .map(|report| JobOutput::EmailsImported {
                    case,
                    added: report.added.len(),
                    skipped: report.skipped.len(),
                })
                .map_err(|e| e.to_string())
        });
    }

    fn start_calendar(&mut self, out: PathBuf) {
        let data_dir = self.store.data_dir().to_path_buf();
        let now = self.now();
        let language = self.language();
        self.spawn(JobKind::Calendar, move |_| {
            let store = Store::open(&data_dir).map_err(|e| e.to_string())?;
            let (text, count) =
                crate::calendar::open_deadlines_ics(&store, None, None, now, Some(language))
                    .map_err(|e| e.to_string())?;
            crate::output_file::write_atomically(&out, text.as_bytes())
                .map_err(|e| format!("{e}: {}", out.display()))?;
            Ok(JobOutput::CalendarWritten { path: out, count })
        });
    }

    fn start_pdf(
        &mut self,
        language: Language,
        paper: Paper,
        redact: bool,
        embed_originals: bool,
        for_email: bool,
        out: PathBuf,
    ) -> bool {
        let Some(view) = &self.case else {
            return false;
        };
        let case: CaseData = view.data.clone();
        let blobs = Blobs(
            case.attachments
                .iter()
                .map(|a| (a.sha256.clone(), self.store.blob_path(&a.sha256)))
                .collect(),
        );
        let options = DossierOptions {
            language: Some(language),
            paper,
            prepared_at: self.now(),
            redact,
            embed_originals,
            for_email: None,
        };
        let started = self.spawn(JobKind::Pdf, move |reporter| {
            let mut progress = |p: dossier::Progress| {
                reporter.progress(u64::from(p.done), u64::from(p.total.max(p.done)));
            };
            if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| format!("{e}: {}", dir.display()))?;
            }
            // Streamed into the temp file: the originals never sit in memory.
            let mut pending = crate::output_file::PendingFile::beside(&out)
                .map_err(|e| format!("{e}: {}", out.display()))?;
            let mut sink = std::io::BufWriter::new(pending.file_mut());
            let rendered = if for_email {
                // Small by design: made in memory at decreasing resolutions until it fits.
                let max = (dossier::EMAIL_DEFAULT_MAX_MB * 1.0e6) as u64;
                dossier::render_for_email(
                    &case,
                    &blobs,
                    &options,
                    max,
                    &mut progress,
                    reporter.cancel_flag(),
                )
                .and_then(|made| {
                    std::io::Write::write_all(&mut sink, &made.bytes)
                        .map_err(|e| dossier::DossierError::Io(e.to_string()))
                })
                .map(|()| Vec::new())
            } else {
                dossier::render_pdf_to(
                    &case,
                    &blobs,
                    &options,
                    &mut progress,
                    reporter.cancel_flag(),
                    &mut sink,
                )
                // Damaged originals, said on their exhibit pages and in the list of exhibits,
                // are told to the user too.
                .map(|rendered| {
                    rendered
                        .damaged
                        .iter()
                        .map(|d| format!("{} ({})", d.label, d.file_name))
                        .collect()
                })
            }
            .and_then(|damaged| {
                std::io::Write::flush(&mut sink)
                    .map(|()| damaged)
                    .map_err(|e| dossier::DossierError::Io(e.to_string()))
            });
            drop(sink);
            match rendered {
                Ok(damaged) => {
                    if reporter.cancelled() {
                        return Ok(JobOutput::Cancelled);
                    }
                    pending
                        .commit()
                        .map_err(|e| format!("{e}: {}", out.display()))?;
                    Ok(JobOutput::PdfWritten(out, damaged))
                }
                Err(dossier::DossierError::Cancelled) => Ok(JobOutput::Cancelled),
                Err(e) => Err(e.to_string()),
            }
        });
        if started && let Some(form) = &mut self.ui.export {
            form.phase = ExportPhase::Running;
        }
        started
    }

    /// Starts computing every case's badges in the background.
    pub(crate) fn start_badges(&mut self) {
        if self.jobs.is_running(JobKind::Badges) || self.cases.is_empty() {
            return;
        }
        let data_dir = self.store.data_dir().to_path_buf();
        let ids: Vec<CaseId> = self.cases.iter().map(|c| c.id).collect();
        let now = self.now();
        let language = self.language();
        self.jobs
            .spawn(&self.ctx, JobKind::Badges, move |reporter| {
                let store = Store::open(&data_dir).map_err(|e| e.to_string())?;
                let mut badges = Vec::with_capacity(ids.len());
                for id in ids {
                    if reporter.cancelled() {
                        break;
                    }
                    if let Ok(data) = store.load_case(id) {
                        let findings = analysis::analyze(&data, now);
                        badges.push((id, Badges::of_case(id, &data, &findings, language, now)));
                    }
                }
                Ok(JobOutput::Badges(badges))
            })
            .ok();
    }

    /// Starts decoding a thumbnail for an image attachment.
    pub(crate) fn start_thumbnail(&mut self, sha256: &str) {
        let path = self.store.blob_path(sha256);
        let sha = sha256.to_owned();
        let started = self
            .jobs
            .spawn(&self.ctx, JobKind::Thumbnail, move |_| {
                let image = image::ImageReader::open(&path)
                    .and_then(image::ImageReader::with_guessed_format)
                    .map_err(|e| e.to_string())?
                    .decode()
                    .map_err(|e| e.to_string())?
                    .thumbnail(160, 160)
                    .to_rgba8();
                let size = [image.width() as usize, image.height() as usize];
                let image = eframe::egui::ColorImage::from_rgba_unmultiplied(size, image.as_raw());
                Ok(JobOutput::Thumbnail { sha256: sha, image })
            })
            .is_ok();
        if started {
            self.thumbnails
                .insert(sha256.to_owned(), super::app::Thumbnail::Loading);
        }
    }

    /// Handles finished jobs.
    pub(crate) fn poll_jobs(&mut self) {
        let language = self.language();
        for (kind, result) in self.jobs.poll() {
            match result {
                Ok(JobOutput::Attached { case, count }) => {
                    if self.open_case_id() == Some(case) {
                        self.reload_case(case);
                    }
                    self.reload_cases();
                    self.tell(Message::new("ui-attached").with("count", count));
                }
                Ok(JobOutput::Imported(ids)) => {
                    self.reload_cases();
                    if let Some(first) = ids.first() {
                        self.leave(Leave::Case(*first));
                    }
                    self.tell(Message::new("ui-imported").with("count", ids.len()));
                }
                Ok(JobOutput::BundleWritten(path)) => {
                    self.tell(
                        Message::new("ui-bundle-written").with("path", path.display().to_string()),
                    );
                }
                Ok(JobOutput::PdfWritten(path, damaged)) => {
                    if !damaged.is_empty() {
                        self.notify(Notice::error(
                            Message::new("ui-export-damaged")
                                .with("count", i64::try_from(damaged.len()).unwrap_or(i64::MAX)),
                            damaged.join(", "),
                        ));
                    }
                    if std::mem::take(&mut self.ui.print_pending) {
                        self.opened_to_print(&path);
                        continue;
                    }
                    if let Some(form) = &mut self.ui.export {
                        form.phase = ExportPhase::Done(path.clone());
                    }
                    self.last_pdf = Some(path);
                }
                Ok(JobOutput::Badges(badges)) => self.badges.extend(badges),
                Ok(JobOutput::Thumbnail { sha256, image }) => {
                    let texture = self.ctx.load_texture(
                        format!("thumb-{sha256}"),
                        image,
                        eframe::egui::TextureOptions::LINEAR,
                    );
                    self.thumbnails
                        .insert(sha256, super::app::Thumbnail::Ready(texture));
                }
                Ok(JobOutput::EmailsImported {
                    case,
                    added,
                    skipped,
                }) => {
                    if self.open_case_id() == Some(case) {
                        self.reload_case(case);
                    }
                    self.reload_cases();
                    self.ui.search_hits = None;
                    self.tell(
                        Message::new("ui-emails-imported")
                            .with("count", added)
                            .with("skipped", skipped),
                    );
                }
                Ok(JobOutput::CalendarWritten { path, count }) => {
                    self.tell(
                        Message::new("ui-calendar-written")
                            .with("count", count)
                            .with("path", path.display().to_string()),
                    );
                }
                Ok(JobOutput::Cancelled) => {
                    if kind == JobKind::Pdf {
                        self.ui.print_pending = false;
                    }
                    if let Some(form) = &mut self.ui.export
                        && kind == JobKind::Pdf
                    {
                        form.phase = ExportPhase::Failed(tr(language, "ui-export-cancelled"));
                    }
                    self.tell(Message::new("ui-job-cancelled"));
                }
                Err(message) => {
                    if kind == JobKind::Thumbnail {
                        // A file that is not a decodable image: show no thumbnail, say nothing.
                        continue;
                    }
                    if kind == JobKind::Pdf {
                        self.ui.print_pending = false;
                    }
                    if kind == JobKind::Pdf
                        && let Some(form) = &mut self.ui.export
                    {
                        form.phase = ExportPhase::Failed(message.clone());
                    }
                    self.notify(Notice::error(
                        Message::new("ui-error-job-failed")
                            .with("job", Message::new(kind.label_key())),
                        Value::Text(message),
                    ));
                }
            }
        }
    }
}

//! Commands of everyday use, applied after the frame: recording how a promise whose day has
//! come ended (in any case, open or not), and opening a dossier rendered to print.

use super::PaperTrailApp;
use super::due_soon::{PromiseAnswer, answer_promise};
use super::notice::{Message, Notice};
use super::view_model::Badges;
use crate::domain::{CaseId, EntryId};
use std::path::Path;

impl PaperTrailApp {
    /// Saves the answer about `promise` of `case`: the promise settled, or its restatement.
    pub(crate) fn answer_promise(
        &mut self,
        case: CaseId,
        promise: &EntryId,
        answer: PromiseAnswer,
    ) {
        let language = self.language();
        let data = match self.store.load_case(case) {
            Ok(data) => data,
            Err(e) => {
                self.fail("ui-error-load", &e);
                return;
            }
        };
        let Some(original) = data.promises.iter().find(|p| &p.id == promise) else {
            self.notify(Notice::error(
                Message::new("ui-error-save"),
                Message::new("ui-promise-gone"),
            ));
            return;
        };
        let saved = answer_promise(&data, original, answer, self.now());
        if let Err(e) = self.store.save_promise(case, &saved) {
            self.fail("ui-error-save", &e);
            return;
        }
        super::ask_later::forget(&mut self.prefs.asked_later, case, promise.as_str());
        let key = match answer {
            PromiseAnswer::Kept => "ui-promise-recorded-kept",
            PromiseAnswer::Broken => "ui-promise-recorded-broken",
            PromiseAnswer::NewDate(_) => "ui-promise-recorded-new-date",
        };
        let message = match answer {
            PromiseAnswer::NewDate(date) => Message::new(key).with("date", date),
            PromiseAnswer::Kept | PromiseAnswer::Broken => Message::new(key),
        };
        self.tell(message);
        if self.open_case_id() == Some(case) {
            self.reload_case(case);
        } else {
            // The list and the questions follow at once, without waiting for every case.
            match self.store.load_case(case) {
                Ok(data) => {
                    let now = self.now();
                    let findings = crate::analysis::analyze(&data, now);
                    let badges = Badges::of_case(case, &data, &findings, language, now);
                    self.badges.insert(case, badges);
                }
                Err(e) => self.fail("ui-error-load", &e),
            }
        }
        self.reload_cases();
    }

    /// Opens a dossier rendered for printing in the system's PDF viewer and closes the export
    /// dialog; says where the file is, or why it could not be opened.
    pub(crate) fn opened_to_print(&mut self, path: &Path) {
        self.ui.export = None;
        let shown = path.display().to_string();
        match (self.opener)(&path.to_string_lossy()) {
            Ok(()) => self.tell(Message::new("ui-print-opened").with("path", shown)),
            Err(e) => {
                let reason = match e {
                    super::system::SystemError::NoOpener(program) => {
                        Message::new("ui-no-opener").with("program", program).into()
                    }
                    other => super::notice::Value::Text(other.to_string()),
                };
                self.notify(Notice::error_only(
                    Message::new("ui-print-not-opened")
                        .with("path", shown)
                        .with("reason", reason),
                ));
            }
        }
    }
}

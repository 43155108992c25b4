//! Leaving drafts behind without losing them (see [`super::draft`]): a move first saves every
//! draft it leaves that validates, then happens; when a draft does not validate, the move waits
//! for the user's answer to "keep editing / discard". Closing the window does the same and is
//! cancelled until answered.

use super::PaperTrailApp;
use super::command::Command;
use super::draft::{FieldErrors, Leave};
use super::state::{EntryDraft, LeavePrompt, Tab};
use eframe::egui;

impl PaperTrailApp {
    /// Does `leave` once the drafts it leaves are saved; asks first when one does not validate.
    pub(crate) fn leave(&mut self, leave: Leave) {
        let errors = self.settle_drafts(&leave);
        if errors.is_empty() {
            self.ui.leave_prompt = None;
            self.go(leave);
        } else {
            self.ui.leave_prompt = Some(LeavePrompt { leave, errors });
        }
    }

    /// The answer "discard": drops the drafts the waiting move leaves, then makes the move.
    pub(crate) fn discard_and_leave(&mut self) {
        let Some(prompt) = self.ui.leave_prompt.take() else {
            return;
        };
        let open_entry = self.ui.editor.as_ref().map(|d| d.entry.id().clone());
        if prompt.leave.leaves_editor(open_entry.as_ref()) {
            self.ui.editor = None;
        }
        if prompt.leave.leaves_details(self.ui.tab) {
            self.ui.details = None;
        }
        if prompt.leave == Leave::CloseWindow {
            self.ui.quick_log = None;
        }
        self.go(prompt.leave);
    }

    /// The answer "keep editing": forgets the move and shows the form at fault.
    pub(crate) fn keep_editing(&mut self) {
        let Some(prompt) = self.ui.leave_prompt.take() else {
            return;
        };
        let details_at_fault = self
            .ui
            .details
            .as_ref()
            .is_some_and(|d| !d.errors.is_empty());
        if details_at_fault && prompt.leave.leaves_details(self.ui.tab) {
            self.ui.tab = Tab::Details;
        }
    }

    /// Handles a request to close the window: saves the drafts that validate and, when one
    /// does not, cancels the close and asks. Called at the start of every frame.
    pub(crate) fn on_close_request(&mut self, ctx: &egui::Context) {
        if self.close_confirmed || !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        let errors = self.settle_drafts(&Leave::CloseWindow);
        if !errors.is_empty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.ui.leave_prompt = Some(LeavePrompt {
                leave: Leave::CloseWindow,
                errors,
            });
        }
    }

    /// Saves, right away, each draft `leave` leaves that validates (and closes it); keeps the
    /// others open and returns their errors.
    fn settle_drafts(&mut self, leave: &Leave) -> FieldErrors {
        let mut errors = FieldErrors::new();
        let zone = self
            .case
            .as_ref()
            .map(|c| c.data.case.time_zone)
            .unwrap_or_default();
        let open_entry = self.ui.editor.as_ref().map(|d| d.entry.id().clone());
        if leave.leaves_editor(open_entry.as_ref())
            && let Some(mut draft) = self.ui.editor.take()
        {
            let today = self.now().with_timezone(&zone.0).date_naive();
            match draft.validate(zone, today) {
                Ok(()) => {
                    if draft.unsaved() {
                        self.apply_now(Command::SaveEntry(draft.entry));
                    }
                }
                Err(e) => {
                    errors.extend(&e);
                    self.ui.editor = Some(draft);
                }
            }
        }
        if leave.leaves_details(self.ui.tab)
            && let Some(mut form) = self.ui.details.take()
        {
            let open = self.case.as_ref().filter(|c| c.id == form.case);
            if let Some(view) = open {
                match form.validate() {
                    Ok(()) => {
                        if view.data.case != form.details {
                            self.apply_now(Command::SaveDetails(Box::new(form.details)));
                        }
                    }
                    Err(e) => {
                        errors.extend(&e);
                        self.ui.details = Some(form);
                    }
                }
            }
        }
        if *leave == Leave::CloseWindow
            && let Some(mut form) = self.ui.quick_log.take()
            && form.typed()
            && let Some(view) = &self.case
        {
            let today = self
                .now()
                .with_timezone(&view.data.case.time_zone.0)
                .date_naive();
            match super::panels::quick_log::entries(&mut form, &view.data, today) {
                Ok(entries) => self.apply_now(Command::SaveQuickLog(Box::new(entries))),
                Err(e) => {
                    errors.extend(&e);
                    self.ui.quick_log = Some(form);
                }
            }
        }
        errors
    }

    /// Makes the move (the drafts it leaves are saved or discarded).
    fn go(&mut self, leave: Leave) {
        match leave {
            Leave::Tab(tab) => self.ui.tab = tab,
            Leave::Entry(id) => {
                if self.ui.editor.as_ref().is_some_and(|d| d.entry.id() == &id) {
                    return;
                }
                let Some(view) = &self.case else { return };
                let Some(entry) = view.entry(&id) else { return };
                let zone = view.data.case.time_zone;
                self.ui.editor = Some(EntryDraft::of(entry.clone(), Some(entry), zone));
            }
            Leave::NewEntry(entry) => {
                let zone = self
                    .case
                    .as_ref()
                    .map(|c| c.data.case.time_zone)
                    .unwrap_or_default();
                self.ui.editor = Some(EntryDraft::of(*entry, None, zone));
            }
            Leave::CloseEditor => self.ui.editor = None,
            Leave::Case(id) => self.apply_now(Command::OpenCase(id)),
            Leave::CaseEntry(case, entry) => self.apply_now(Command::OpenEntry(case, entry)),
            Leave::NewCase => self.apply_now(Command::NewCase),
            Leave::CloseWindow => {
                self.close_confirmed = true;
                self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}

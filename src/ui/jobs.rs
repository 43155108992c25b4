//! Background jobs: attaching files, importing and exporting case files, rendering the PDF,
//! computing the case list's badges and decoding thumbnails.
//!
//! Each job runs on a named thread (`std::thread::Builder`) with an owned input, reports
//! progress over `std::sync::mpsc`, wakes the UI with `request_repaint` after each message, and
//! can be cancelled through a shared flag. The UI polls with `try_recv` once per frame.

use super::view_model::Badges;
use crate::domain::CaseId;
use eframe::egui;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};

/// What a job does; at most one job of each kind runs at a time (thumbnails excepted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JobKind {
    /// Copy and hash files into the store.
    Attach,
    /// Import case files (or the demo cases).
    Import,
    /// Write a case bundle.
    ExportBundle,
    /// Render the PDF dossier.
    Pdf,
    /// Analyse every case for the case list's badges.
    Badges,
    /// Decode an image into a thumbnail.
    Thumbnail,
    /// Write the calendar of open deadlines.
    Calendar,
    /// Import emails into a case (apart from attaching, so both can follow one drop).
    Email,
}

impl JobKind {
    /// The i18n key describing the job in the status bar.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Attach => "ui-job-attach",
            Self::Import => "ui-job-import",
            Self::ExportBundle => "ui-job-export-bundle",
            Self::Pdf => "ui-job-pdf",
            Self::Badges => "ui-job-badges",
            Self::Thumbnail => "ui-job-thumbnail",
            Self::Calendar => "ui-job-calendar",
            Self::Email => "ui-job-email",
        }
    }

    fn thread_name(self) -> &'static str {
        match self {
            Self::Attach => "papertrail-attach",
            Self::Import => "papertrail-import",
            Self::ExportBundle => "papertrail-export-bundle",
            Self::Pdf => "papertrail-pdf",
            Self::Badges => "papertrail-badges",
            Self::Thumbnail => "papertrail-thumbnail",
            Self::Calendar => "papertrail-calendar",
            Self::Email => "papertrail-email",
        }
    }
}

/// What a finished job produced.
#[derive(Debug)]
pub enum JobOutput {
    /// Files attached to a case.
    Attached {
        /// The case.
        case: CaseId,
        /// How many files.
        count: usize,
    },
    /// Cases imported.
    Imported(Vec<CaseId>),
    /// A bundle written here.
    BundleWritten(PathBuf),
    /// A PDF written here, and the exhibits whose originals were missing or altered
    /// (`label (file name)`).
    PdfWritten(PathBuf, Vec<String>),
    /// Badges per case.
    Badges(Vec<(CaseId, Badges)>),
    /// A decoded thumbnail.
    Thumbnail {
        /// The file's hash.
        sha256: String,
        /// The pixels.
        image: egui::ColorImage,
    },
    /// Emails imported into a case.
    EmailsImported {
        /// The case.
        case: CaseId,
        /// How many contacts were added.
        added: usize,
        /// How many messages were already there.
        skipped: usize,
    },
    /// The calendar of open deadlines written here.
    CalendarWritten {
        /// The file.
        path: PathBuf,
        /// How many deadlines it holds.
        count: usize,
    },
    /// The user cancelled.
    Cancelled,
}

/// A job's message to the UI.
#[derive(Debug)]
enum JobEvent {
    Progress { done: u64, total: u64 },
    Finished(Result<JobOutput, String>),
}

/// The job's side of the channel: report progress, check for cancellation.
#[derive(Debug)]
pub struct Reporter {
    tx: Sender<JobEvent>,
    ctx: egui::Context,
    cancel: Arc<AtomicBool>,
}

impl Reporter {
    /// Reports `done` out of `total` and wakes the UI.
    pub fn progress(&self, done: u64, total: u64) {
        self.tx.send(JobEvent::Progress { done, total }).ok();
        self.ctx.request_repaint();
    }

    /// Whether the user asked to stop.
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// The shared cancel flag (for APIs that take one).
    pub fn cancel_flag(&self) -> &AtomicBool {
        &self.cancel
    }
}

/// A running job as the UI sees it.
#[derive(Debug)]
pub struct Job {
    /// What it does.
    pub kind: JobKind,
    /// Last reported progress.
    pub progress: Option<(u64, u64)>,
    rx: Receiver<JobEvent>,
    cancel: Arc<AtomicBool>,
}

impl Job {
    /// Progress as a fraction, if known.
    pub fn fraction(&self) -> Option<f32> {
        let (done, total) = self.progress?;
        (total > 0).then(|| (done as f32 / total as f32).clamp(0.0, 1.0))
    }
}

/// Why a job could not start.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    /// One of this kind is already running.
    #[error("a job of this kind is already running")]
    Busy,
    /// The thread could not be created.
    #[error("could not start a background thread: {0}")]
    Thread(#[from] std::io::Error),
}

/// The running jobs.
#[derive(Debug, Default)]
pub struct Jobs {
    running: Vec<Job>,
}

impl Jobs {
    /// Starts `work` on a named thread. Refuses a second job of the same kind (thumbnails
    /// excepted, up to two at once).
    pub fn spawn(
        &mut self,
        ctx: &egui::Context,
        kind: JobKind,
        work: impl FnOnce(&Reporter) -> Result<JobOutput, String> + Send + 'static,
    ) -> Result<(), JobError> {
        let same = self.running.iter().filter(|j| j.kind == kind).count();
        let limit = if kind == JobKind::Thumbnail { 2 } else { 1 };
        if same >= limit {
            return Err(JobError::Busy);
        }
        let (tx, rx) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let reporter = Reporter {
            tx,
            ctx: ctx.clone(),
            cancel: Arc::clone(&cancel),
        };
        std::thread::Builder::new()
            .name(kind.thread_name().to_owned())
            .spawn(move || {
                let result = work(&reporter);
                reporter.tx.send(JobEvent::Finished(result)).ok();
                reporter.ctx.request_repaint();
            })?;
        self.running.push(Job {
            kind,
            progress: None,
            rx,
            cancel,
        });
        Ok(())
    }

    /// Collects progress and results; returns the jobs that finished this frame.
    pub fn poll(&mut self) -> Vec<(JobKind, Result<JobOutput, String>)> {
        let mut finished = Vec::new();
        self.running.retain_mut(|job| {
            loop {
                match job.rx.try_recv() {
                    Ok(JobEvent::Progress { done, total }) => job.progress = Some((done, total)),
                    Ok(JobEvent::Finished(result)) => {
                        finished.push((job.kind, result));
                        return false;
                    }
                    Err(TryRecvError::Empty) => return true,
                    Err(TryRecvError::Disconnected) => {
                        finished.push((job.kind, Err("the background job stopped".to_owned())));
                        return false;
                    }
                }
            }
        });
        finished
    }

    /// Asks every job of this kind to stop.
    pub fn cancel(&self, kind: JobKind) {
        for job in self.running.iter().filter(|j| j.kind == kind) {
            job.cancel.store(true, Ordering::Relaxed);
        }
    }

    /// Whether a job of this kind is running.
    pub fn is_running(&self, kind: JobKind) -> bool {
        self.running.iter().any(|j| j.kind == kind)
    }

    /// Whether nothing is running.
    pub fn is_idle(&self) -> bool {
        self.running.is_empty()
    }

    /// The running jobs, for the status bar.
    pub fn running(&self) -> &[Job] {
        &self.running
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait(jobs: &mut Jobs) -> Vec<(JobKind, Result<JobOutput, String>)> {
        for _ in 0..500 {
            let done = jobs.poll();
            if !done.is_empty() {
                return done;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        panic!("job did not finish");
    }

    #[test]
    fn a_job_reports_progress_then_its_result_and_one_kind_runs_at_a_time() {
        let ctx = egui::Context::default();
        let mut jobs = Jobs::default();
        let (go_tx, go_rx) = mpsc::channel::<()>();
        jobs.spawn(&ctx, JobKind::Pdf, move |reporter| {
            reporter.progress(1, 2);
            go_rx.recv().ok();
            Ok(JobOutput::PdfWritten(PathBuf::from("x.pdf"), Vec::new()))
        })
        .unwrap();
        assert!(matches!(
            jobs.spawn(&ctx, JobKind::Pdf, |_| Ok(JobOutput::Cancelled)),
            Err(JobError::Busy)
        ));
        go_tx.send(()).unwrap();
        let done = wait(&mut jobs);
        assert!(matches!(
            done.first(),
            Some((JobKind::Pdf, Ok(JobOutput::PdfWritten(..))))
        ));
        assert!(jobs.is_idle());
    }

    #[test]
    fn cancel_sets_the_flag_the_job_reads() {
        let ctx = egui::Context::default();
        let mut jobs = Jobs::default();
        jobs.spawn(&ctx, JobKind::Attach, |reporter| {
            while !reporter.cancelled() {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            Ok(JobOutput::Cancelled)
        })
        .unwrap();
        jobs.cancel(JobKind::Attach);
        let done = wait(&mut jobs);
        assert!(matches!(
            done.first(),
            Some((JobKind::Attach, Ok(JobOutput::Cancelled)))
        ));
    }
}

//! The case analysis engine: from the facts the user logged, what the merchant's service really
//! looked like. Pure: a case and an `as_of` instant in, [`Findings`] out; never reads the clock,
//! never touches the disk.
//!
//! One module per rule: `view` (the case as it stood at `as_of`, in time order), `calendar`
//! (days in the case's zone), `elapsed`, [`replies`], `promises`, `contradictions` (with
//! [`values`] for what a value means), `effort`, `timeline`, `headline` and `report`. The rules
//! are documented for users in `docs/analysis.md`.

mod calendar;
pub mod clocks;
#[cfg(test)]
mod clocks_tests;
mod contradictions;
mod effort;
mod elapsed;
mod findings;
mod headline;
mod promises;
pub mod replies;
mod report;
#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;
mod timeline;
pub mod values;
mod view;

pub use findings::*;

use crate::domain::{CaseData, Direction};
use chrono::{DateTime, Utc};

/// Analyses a case at `as_of`.
///
/// Only what had happened by `as_of` counts: entries dated later are left out, and a promise the
/// user settled after `as_of` is judged as unsettled. Due dates still ahead stay on the timeline.
pub fn analyze(case: &CaseData, as_of: DateTime<Utc>) -> Findings {
    let view = view::CaseView::new(case, as_of);
    let elapsed = elapsed::elapsed(&view);
    let replies = replies::replies(&view);
    let (promises, promise_totals) = promises::promises(&view);
    let contradictions = contradictions::contradictions(&view, &promises);
    let effort = effort::effort(&view, &replies.answered, &replies.unanswered);
    let timeline = timeline::timeline(&view, &replies.unanswered, &promises, &contradictions);
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let outgoing = view
        .contacts
        .iter()
        .filter(|c| c.item.direction == Direction::Outgoing)
        .count();
    let contacts = ContactCounts {
        total: count(view.contacts.len()),
        outgoing: count(outgoing),
        incoming: count(view.contacts.len() - outgoing),
    };
    let law = clocks::clocks(case, as_of);
    let mut findings = Findings {
        as_of,
        days_since_order: elapsed.since_order,
        days_since_first_complaint: elapsed.since_first_complaint,
        days_since_last_answer: elapsed.since_last_answer,
        longest_silence: elapsed.longest_silence,
        minutes_on_hold: effort.minutes_on_hold,
        contacts,
        unanswered: replies.unanswered,
        answered: replies.answered,
        promises,
        promise_totals,
        contradictions,
        effort,
        timeline,
        headline: String::new(),
        clocks: law.clocks,
        next_steps: law.next_steps,
        unlock: law.unlock,
        rules_as_of: crate::law::rules_as_of(),
    };
    findings.headline = headline::headline(case.case.language, &findings);
    findings
}

/// The findings as readable text in the case's language (`papertrail report`).
pub fn render_text(case: &CaseData, findings: &Findings) -> String {
    let mut text = report::render(case, findings);
    text.push_str(&crate::i18n::law::report_section(
        case.case.language,
        findings,
        findings
            .as_of
            .with_timezone(&case.case.time_zone.0)
            .date_naive(),
    ));
    text
}

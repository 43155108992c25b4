//! The case analysis engine: from the facts the user logged, what the merchant's service really
//! looked like. Pure: a case and an `as_of` instant in, [`Findings`] out; never reads the clock,
//! never touches the disk.
//!
//! One module per rule: `view` (the case as it stood at `as_of`, in time order), `calendar`
//! (days in the case's zone), `elapsed`, [`replies`], `promises`, `contradictions` (with
//! [`values`] for what a value means), `effort`, `timeline`, `figures` (the named counts every view reads) and
//! `headline` (its facts). The rules are documented for users in `docs/analysis.md`. Words
//! are made in the presentation layer (`i18n`), never here.

mod calendar;
pub mod clocks;
#[cfg(test)]
mod clocks_tests;
mod contradictions;
mod effort;
mod elapsed;
mod figures;
mod findings;
mod headline;
mod obligations;
pub mod positions;
mod promises;
pub mod replies;
pub mod returned;
#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;
mod timeline;
pub mod values;
mod view;

pub use contradictions::statement_value;
pub use figures::Figure;
pub use findings::*;
pub use obligations::obligations;
pub use view::is_live_conversation;

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
    let (promises, promise_totals, undertakings) = promises::promises_and_undertakings(&view);
    let (contradictions, topics, contradicted) =
        contradictions::contradictions_marked(&view, &promises, &undertakings);
    let effort = effort::effort(
        &view,
        &replies.answered,
        &[&replies.unanswered, &replies.awaiting],
    );
    let timeline = timeline::timeline(&view, &replies.unanswered, &promises, &contradicted);
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
    let answered_live = replies.answered_live;
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
        awaiting_reply: replies.awaiting,
        answered: replies.answered,
        promises,
        promise_totals,
        contradictions,
        effort,
        timeline,
        headline: Headline::default(),
        topics,
        figures: Figures::default(),
        clocks: law.clocks,
        next_steps: law.next_steps,
        unlock: law.unlock,
        rules_as_of: crate::law::rules_as_of(),
    };
    findings.figures = figures::figures(&view, &findings, answered_live);
    findings.effort.answer_rate = findings
        .figures
        .answer_rate_percent
        .map(|p| f64::from(p) / 100.0);
    findings.headline = headline::headline(&findings);
    findings
}

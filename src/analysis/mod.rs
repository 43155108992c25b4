//! The case analysis engine: from the facts the user logged, what the merchant's service really
//! looked like. Pure: a case and an `as_of` instant in, [`Findings`] out; never reads the clock,
//! never touches the disk.

mod findings;

pub use findings::*;

use crate::domain::CaseData;
use chrono::{DateTime, Utc};

/// Analyses a case at `as_of`.
///
/// CONTRACT STUB: the analysis implementation replaces this body and keeps the signature.
pub fn analyze(case: &CaseData, as_of: DateTime<Utc>) -> Findings {
    let _ = case;
    Findings {
        as_of,
        days_since_order: None,
        days_since_first_complaint: None,
        days_since_last_answer: None,
        longest_silence: None,
        minutes_on_hold: 0,
        contacts: ContactCounts::default(),
        unanswered: Vec::new(),
        answered: Vec::new(),
        promises: Vec::new(),
        promise_totals: PromiseTotals::default(),
        contradictions: Vec::new(),
        effort: Effort {
            by_channel: Vec::new(),
            minutes_on_hold: 0,
            minutes_in_calls: 0,
            transfers: 0,
            agents: 0,
            answer_rate: None,
            median_minutes_to_answer: None,
            worst_minutes_to_answer: None,
        },
        timeline: Vec::new(),
        headline: String::new(),
    }
}

/// The findings as readable text in the case's language (`papertrail report`).
///
/// CONTRACT STUB: the analysis implementation replaces this body and keeps the signature.
pub fn render_text(case: &CaseData, findings: &Findings) -> String {
    let _ = case;
    findings.headline.clone()
}

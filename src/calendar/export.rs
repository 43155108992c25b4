//! The calendar file of the cases in the store, for both front ends: the one place the
//! calendar reads the store (the deadlines themselves are computed from data handed in).

use super::{CaseDeadlines, deadlines, to_ics};
use crate::domain::{CaseId, CaseStatus, DateOrInstant, Language, TimeZone};
use crate::store::{Store, StoreError};
use chrono::{DateTime, Utc};

/// The iCalendar text of the open deadlines of one case, or of every case still open or
/// escalated, and how many deadlines it holds.
///
/// `as_of` is the instant the deadlines are computed at (a date: the end of that day in each
/// case's zone), `now` when absent; the file's stamp is that instant, so the same `as_of`
/// gives the same bytes. The calendar's name is in `language`, else the first case's.
pub fn open_deadlines_ics(
    store: &Store,
    case: Option<CaseId>,
    as_of: Option<DateOrInstant>,
    now: DateTime<Utc>,
    language: Option<Language>,
) -> Result<(String, usize), StoreError> {
    let ids: Vec<CaseId> = match case {
        Some(id) => vec![id],
        None => store
            .list_cases()?
            .into_iter()
            .filter(|c| matches!(c.status, CaseStatus::Open | CaseStatus::Escalated))
            .map(|c| c.id)
            .collect(),
    };
    let utc = TimeZone::parse("UTC").unwrap_or_default();
    let stamp = as_of.map_or(now, |value| value.deadline_in(utc));
    let mut loaded = Vec::with_capacity(ids.len());
    for id in ids {
        let data = store.load_case(id)?;
        let at = as_of.map_or(now, |value| value.deadline_in(data.case.time_zone));
        let findings = crate::analysis::analyze(&data, at);
        loaded.push((id, data, findings));
    }
    let cases: Vec<CaseDeadlines<'_>> = loaded
        .iter()
        .map(|(id, data, findings)| CaseDeadlines {
            id: *id,
            data,
            findings,
            language: data.case.language,
        })
        .collect();
    let found = deadlines(&cases);
    let language = language
        .or_else(|| cases.first().map(|c| c.data.case.language))
        .unwrap_or(Language::En);
    Ok((to_ics(&found, stamp, language), found.len()))
}

//! The case list's filters and order, for advocates with many files: by client (the
//! consumer), status and jurisdiction; most recently changed first, by next deadline, by title,
//! or oldest order first.

use crate::domain::{CaseId, CaseStatus, Jurisdiction};
use crate::store::CaseSummary;
use chrono::NaiveDate;

/// How the case list is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CaseSort {
    /// Last activity first (anything logged or changed).
    #[default]
    LastActivity,
    /// By title, A to Z (accents and case ignored).
    Title,
    /// The longest-running first (earliest order date; cases without one last).
    OldestOrder,
    /// The soonest open deadline first (an overdue one before a coming one; cases without an
    /// open deadline last, most recently changed first among them).
    NextDeadline,
}

impl CaseSort {
    /// Every order, as offered.
    pub const ALL: [Self; 4] = [
        Self::LastActivity,
        Self::NextDeadline,
        Self::Title,
        Self::OldestOrder,
    ];

    /// The i18n key of its label.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::LastActivity => "ui-sort-last-activity",
            Self::Title => "ui-sort-title",
            Self::OldestOrder => "ui-sort-oldest-order",
            Self::NextDeadline => "ui-sort-next-deadline",
        }
    }
}

/// What the case list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFilter {
    /// Only this client's cases.
    pub consumer: Option<String>,
    /// Only cases with this status.
    pub status: Option<CaseStatus>,
    /// Only cases under this law.
    pub jurisdiction: Option<Jurisdiction>,
    /// The order.
    pub sort: CaseSort,
}

impl CaseFilter {
    /// Whether any filter narrows the list.
    pub fn is_active(&self) -> bool {
        self.consumer.is_some() || self.status.is_some() || self.jurisdiction.is_some()
    }

    /// Whether the case passes every filter.
    pub fn matches(&self, case: &CaseSummary) -> bool {
        self.consumer
            .as_ref()
            .is_none_or(|name| case.consumer.trim() == name.trim())
            && self.status.is_none_or(|status| case.status == status)
            && self
                .jurisdiction
                .is_none_or(|jurisdiction| case.jurisdiction == jurisdiction)
    }

    /// The positions in `cases` of the cases shown, in the chosen order; `next_deadline` gives
    /// a case's soonest open deadline (from the background analysis), for that order.
    pub fn apply(
        &self,
        cases: &[CaseSummary],
        also: impl Fn(&CaseSummary) -> bool,
        next_deadline: impl Fn(CaseId) -> Option<NaiveDate>,
    ) -> Vec<usize> {
        let mut shown: Vec<usize> = cases
            .iter()
            .enumerate()
            .filter(|(_, case)| self.matches(case) && also(case))
            .map(|(index, _)| index)
            .collect();
        // Last activity first is the base order, and the tie-break of the others (stable sorts).
        shown.sort_by(|&a, &b| {
            let updated = |i: usize| cases.get(i).map(|c| c.updated_at.as_str());
            updated(b).cmp(&updated(a))
        });
        match self.sort {
            CaseSort::LastActivity => {}
            CaseSort::NextDeadline => shown.sort_by_cached_key(|&i| {
                let next = cases.get(i).and_then(|c| next_deadline(c.id));
                (next.is_none(), next)
            }),
            CaseSort::Title => shown
                .sort_by_cached_key(|&i| cases.get(i).map(|c| fold(&c.title)).unwrap_or_default()),
            CaseSort::OldestOrder => shown.sort_by_key(|&i| {
                let start = cases
                    .get(i)
                    .and_then(|c| c.ordered_at)
                    .map(|at| at.start_in(crate::domain::TimeZone::default()));
                (start.is_none(), start)
            }),
        }
        shown
    }
}

/// The distinct client names, sorted, for the client filter.
pub fn consumers(cases: &[CaseSummary]) -> Vec<String> {
    let mut names: Vec<String> = cases
        .iter()
        .map(|c| c.consumer.trim().to_owned())
        .filter(|name| !name.is_empty())
        .collect();
    names.sort_by_cached_key(|name| fold(name));
    names.dedup();
    names
}

/// Lower case without accents, for sorting.
fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CaseId, DateOrInstant};

    fn case(
        id: i64,
        title: &str,
        consumer: &str,
        status: CaseStatus,
        law: Jurisdiction,
    ) -> CaseSummary {
        CaseSummary {
            id: CaseId(id),
            title: title.to_owned(),
            merchant: String::new(),
            status,
            ordered_at: DateOrInstant::parse(&format!("2026-0{id}-01")),
            contacts: 0,
            promises: 0,
            statements: 0,
            attachments: 0,
            notes: 0,
            consumer: consumer.to_owned(),
            jurisdiction: law,
            // In the order `cases()` lists them: the first was changed last.
            updated_at: format!("2026-10-0{}T10:00:00Z", [0, 8, 7, 9][id as usize]),
        }
    }

    fn cases() -> Vec<CaseSummary> {
        vec![
            case(3, "Zèbre", "Anne", CaseStatus::Open, Jurisdiction::Fr),
            case(
                1,
                "éléphant",
                "Bob",
                CaseStatus::Resolved,
                Jurisdiction::CaQc,
            ),
            case(2, "Lit", "Anne", CaseStatus::Escalated, Jurisdiction::CaQc),
        ]
    }

    #[test]
    fn filters_combine() {
        let all = cases();
        let anne = CaseFilter {
            consumer: Some("Anne".to_owned()),
            ..CaseFilter::default()
        };
        assert_eq!(anne.apply(&all, |_| true, |_| None), [0, 2]);
        let quebec_anne = CaseFilter {
            jurisdiction: Some(Jurisdiction::CaQc),
            ..anne.clone()
        };
        assert_eq!(quebec_anne.apply(&all, |_| true, |_| None), [2]);
        let resolved = CaseFilter {
            status: Some(CaseStatus::Resolved),
            ..CaseFilter::default()
        };
        assert_eq!(resolved.apply(&all, |_| true, |_| None), [1]);
        assert_eq!(
            CaseFilter::default().apply(&all, |c| c.id.0 != 3, |_| None),
            [1, 2]
        );
        assert!(!CaseFilter::default().is_active());
        assert!(anne.is_active());
    }

    #[test]
    fn orders() {
        let all = cases();
        let by = |sort| {
            CaseFilter {
                sort,
                ..CaseFilter::default()
            }
            .apply(&all, |_| true, |_| None)
        };
        assert_eq!(by(CaseSort::LastActivity), [0, 1, 2]);
        assert_eq!(by(CaseSort::Title), [1, 2, 0], "accents ignored");
        assert_eq!(by(CaseSort::OldestOrder), [1, 2, 0]);
        assert_eq!(consumers(&all), ["Anne", "Bob"]);
    }

    #[test]
    fn last_activity_reads_the_change_time_not_the_given_order() {
        let mut all = cases();
        all.reverse();
        let shown = CaseFilter::default().apply(&all, |_| true, |_| None);
        let ids: Vec<i64> = shown.iter().map(|&i| all[i].id.0).collect();
        assert_eq!(ids, [3, 1, 2], "most recently changed first");
    }

    #[test]
    fn next_deadline_puts_the_soonest_first_and_cases_without_one_last() {
        let all = cases();
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let filter = CaseFilter {
            sort: CaseSort::NextDeadline,
            ..CaseFilter::default()
        };
        // Case 2 is overdue since the 3rd, case 1 is due on the 20th, case 3 has none.
        let next = |id: CaseId| match id.0 {
            1 => Some(day(20)),
            2 => Some(day(3)),
            _ => None,
        };
        let shown = filter.apply(&all, |_| true, next);
        let ids: Vec<i64> = shown.iter().map(|&i| all[i].id.0).collect();
        assert_eq!(ids, [2, 1, 3]);
        // Without any deadline, the last activity decides.
        let shown = filter.apply(&all, |_| true, |_| None);
        assert_eq!(shown, [0, 1, 2]);
        // Filters still apply.
        let anne = CaseFilter {
            consumer: Some("Anne".to_owned()),
            ..filter
        };
        let shown = anne.apply(&all, |_| true, next);
        let ids: Vec<i64> = shown.iter().map(|&i| all[i].id.0).collect();
        assert_eq!(ids, [2, 3]);
    }
}

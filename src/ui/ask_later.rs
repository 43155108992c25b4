//! "Ask me later" on the question about a promise whose day has come, remembered between runs:
//! a promise put off is not asked about again before the next day of its case's calendar.
//!
//! Why the next day: a promise is due on a day, not at an hour — a refund "today" may still
//! arrive this evening, so asking again within the same day would nag, while asking the next
//! morning keeps the promise from being forgotten. The day is the case's (its time zone), the
//! same calendar in which the promise "falls due today", so the question never comes back on
//! the day it was put off, whatever the hour.
//!
//! Where it lives: in the preferences eframe saves ([`super::Prefs`]), not in the store. It is
//! a reminder about when to ask, not evidence: it is not exported with a case, has no place in
//! a dossier and needs no migration. Each entry names its case and promise and the day from
//! which to ask again.
//!
//! Bounded: an entry is dropped when its promise is answered, and as soon as its day has come
//! in every time zone (so within about two days), which also clears entries of promises or
//! cases deleted since. The list holds at most the promises put off in the last two days.

use crate::domain::CaseId;
use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

/// A promise the user asked to be asked about later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AskLater {
    /// The case.
    pub case: CaseId,
    /// The promise's entry id.
    pub promise: String,
    /// The first day (in the case's calendar) on which to ask again.
    pub until: NaiveDate,
}

/// Records that the promise `promise` of `case` was put off on `today` (the case's day): it is
/// asked about again from the next day. Putting it off again moves that day.
pub fn put_off(list: &mut Vec<AskLater>, case: CaseId, promise: &str, today: NaiveDate) {
    forget(list, case, promise);
    list.push(AskLater {
        case,
        promise: promise.to_owned(),
        until: today.succ_opt().unwrap_or(today),
    });
}

/// Whether the promise `promise` of `case` is put off on `today` (the case's day).
pub fn is_put_off(list: &[AskLater], case: CaseId, promise: &str, today: NaiveDate) -> bool {
    list.iter()
        .any(|a| a.case == case && a.promise == promise && a.until > today)
}

/// Drops what is remembered about the promise `promise` of `case` (it was answered).
pub fn forget(list: &mut Vec<AskLater>, case: CaseId, promise: &str) {
    list.retain(|a| !(a.case == case && a.promise == promise));
}

/// Drops the entries whose day has come in every time zone at `now`. No time zone runs more
/// than 12 hours behind UTC, so no case's day is earlier than the date 12 hours ago in UTC; an
/// entry whose day is no later than that puts nothing off any more.
pub fn prune(list: &mut Vec<AskLater>, now: DateTime<Utc>) {
    let Some(earliest) = now.checked_sub_signed(TimeDelta::hours(12)) else {
        return;
    };
    let earliest_today = earliest.date_naive();
    if list.iter().any(|a| a.until <= earliest_today) {
        list.retain(|a| a.until > earliest_today);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn a_promise_put_off_is_not_asked_again_before_the_next_day() {
        let (case, other) = (CaseId(1), CaseId(2));
        let mut list = Vec::new();
        put_off(&mut list, case, "p1", day("2026-09-20"));
        assert!(is_put_off(&list, case, "p1", day("2026-09-20")));
        assert!(
            !is_put_off(&list, case, "p1", day("2026-09-21")),
            "next day"
        );
        assert!(
            !is_put_off(&list, case, "p2", day("2026-09-20")),
            "other promise"
        );
        assert!(
            !is_put_off(&list, other, "p1", day("2026-09-20")),
            "other case"
        );
        // Put off again the next day: one entry, moved.
        put_off(&mut list, case, "p1", day("2026-09-21"));
        assert_eq!(list.len(), 1);
        assert!(is_put_off(&list, case, "p1", day("2026-09-21")));
        forget(&mut list, case, "p1");
        assert!(list.is_empty(), "answered: forgotten");
    }

    #[test]
    fn entries_are_dropped_once_their_day_has_come_everywhere() {
        let mut list = Vec::new();
        put_off(&mut list, CaseId(1), "p1", day("2026-09-20"));
        put_off(&mut list, CaseId(1), "p2", day("2026-09-22"));
        // 21 Sep at 11:00 UTC: 12 hours behind, a case's day is still the 20th; keep p1.
        prune(&mut list, at("2026-09-21T11:00:00Z"));
        assert_eq!(list.len(), 2, "{list:?}");
        // 21 Sep at 12:00 UTC: the 21st has begun in every zone; p1 puts nothing off any more.
        prune(&mut list, at("2026-09-21T12:00:00Z"));
        assert_eq!(list.len(), 1, "{list:?}");
        assert_eq!(list.first().map(|a| a.promise.as_str()), Some("p2"));
        prune(&mut list, at("2026-09-30T00:00:00Z"));
        assert!(list.is_empty());
    }

    /// eframe's storage, in memory.
    #[derive(Default)]
    struct Memory(std::collections::HashMap<String, String>);

    impl eframe::Storage for Memory {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }

        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }

        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }

        fn flush(&mut self) {}
    }

    #[test]
    fn the_list_survives_a_restart_and_older_preferences_still_load() {
        use super::super::{PREFS_KEY, Prefs};
        use eframe::Storage as _;
        let mut prefs = Prefs::default();
        put_off(&mut prefs.asked_later, CaseId(7), "p3", day("2026-09-20"));
        let mut storage = Memory::default();
        eframe::set_value(&mut storage, PREFS_KEY, &prefs);
        let loaded: Option<Prefs> = eframe::get_value(&storage, PREFS_KEY);
        assert_eq!(loaded, Some(prefs));
        // Preferences saved before the list existed keep the language and start with none.
        let french = Prefs {
            language: Some(crate::domain::Language::Fr),
            ..Prefs::default()
        };
        eframe::set_value(&mut storage, PREFS_KEY, &french);
        let new = storage.get_string(PREFS_KEY).unwrap();
        let old = new.replace(",asked_later:[]", "");
        assert_ne!(old, new, "{new}");
        storage.set_string(PREFS_KEY, old);
        let old: Prefs = eframe::get_value(&storage, PREFS_KEY).unwrap();
        assert_eq!(old.language, Some(crate::domain::Language::Fr));
        assert!(old.asked_later.is_empty());
    }
}

//! Promises: kept or broken when the user said so, otherwise pending until due and overdue after;
//! a `reply` or `callback` promise is kept by the merchant's first real answer after it was made.
//!
//! A broken promise is late from its due date until what was promised came after all (see
//! [`fulfilled_at`]), or until `as_of`: the day the user found it broken is not the day the delay
//! ended (a pickup refused on the 24th and never handed over is 35 days late on 28 November).

use super::calendar::days_late;
use super::contradictions::undertakings;
use super::view::{CaseView, Dated};
use super::{PromiseFinding, PromiseState, PromiseTotals};
use crate::domain::{Promise, PromiseKind, PromiseStatus};
use chrono::{DateTime, Utc};

/// Every promise made up to `as_of`, in the order they were made, with totals.
#[cfg(test)]
pub(crate) fn promises(view: &CaseView<'_>) -> (Vec<PromiseFinding>, PromiseTotals) {
    let (findings, totals, _) = promises_and_undertakings(view);
    (findings, totals)
}

/// Every promise made up to `as_of`, in the order they were made, with totals, and each one's
/// undertaking (see `contradictions::undertakings`), which the contradictions read again.
pub(crate) fn promises_and_undertakings(
    view: &CaseView<'_>,
) -> (Vec<PromiseFinding>, PromiseTotals, Vec<Option<usize>>) {
    let mut findings: Vec<PromiseFinding> =
        view.promises.iter().map(|p| evaluate(view, *p)).collect();
    let undertakings = undertakings(view, &findings);
    restatements(view, &mut findings, &undertakings);
    let totals = totals(&findings);
    (findings, totals, undertakings)
}

/// Links each promise restated by a later one of the same undertaking (same skeleton, see
/// `contradictions::promise_skeleton`) while it was not kept: one obligation with a history. The
/// latest promise of the chain carries the obligation: its status and days late run from the
/// chain's first due date to its fulfilment or to `as_of`.
fn restatements(
    view: &CaseView<'_>,
    findings: &mut [PromiseFinding],
    undertakings: &[Option<usize>],
) {
    let zone = view.zone;
    // Per undertaking: (first due of the open chain, index of its latest promise, whether a
    // promise of the chain was broken).
    let count = undertakings
        .iter()
        .flatten()
        .max()
        .map_or(0, |last| last + 1);
    let mut open: Vec<Option<(DateTime<Utc>, usize, bool)>> = vec![None; count];
    for (i, dated) in view.promises.iter().enumerate() {
        let Some(due) = findings.get(i).and_then(|f| f.due) else {
            continue;
        };
        let Some(Some(key)) = undertakings.get(i).copied() else {
            continue;
        };
        let Some(chain) = open.get_mut(key) else {
            continue;
        };
        let Some((first_due, previous, broken)) = *chain else {
            let status = findings.get(i).map(|f| f.status);
            if status != Some(PromiseState::Kept) {
                *chain = Some((due, i, status == Some(PromiseState::Broken)));
            }
            continue;
        };
        let id = dated.item.id.clone();
        if let Some(earlier) = findings.get_mut(previous) {
            earlier.restated_by = Some(id);
        }
        let Some(finding) = findings.get_mut(i) else {
            continue;
        };
        finding.first_due = Some(first_due);
        match finding.status {
            PromiseState::Kept => {
                let until = finding.settled_at.unwrap_or(view.as_of);
                finding.days_late = days_late(zone, first_due, until);
            }
            // A promise restating one the merchant already broke, not kept since, carries the
            // broken obligation: restating a broken promise does not mend it (QA2 item 10: the
            // refund promised for 29 Sep, found broken, promised again twice, was counted
            // "0 broken, 2 overdue" while its first promise read "broken").
            PromiseState::Pending | PromiseState::Overdue if broken => {
                finding.status = PromiseState::Broken;
                let until = fulfilled_at(view, *dated).unwrap_or(view.as_of);
                finding.days_late = days_late(zone, first_due, until);
            }
            PromiseState::Broken => {
                let until = fulfilled_at(view, *dated).unwrap_or(view.as_of);
                finding.days_late = days_late(zone, first_due, until);
            }
            PromiseState::Pending | PromiseState::Overdue => {
                finding.days_late = days_late(zone, first_due, view.as_of);
                finding.status = if finding.days_late.is_some() {
                    PromiseState::Overdue
                } else {
                    PromiseState::Pending
                };
            }
        }
        let broken = broken || finding.status == PromiseState::Broken;
        *chain = (finding.status != PromiseState::Kept).then_some((first_due, i, broken));
    }
}

/// When what a broken promise undertook came after all, by `as_of`: a delivery or pickup when the
/// case records the goods delivered (`delivered_at`), a reply or callback at the merchant's first
/// real answer after the promise (other than its own source); `None` otherwise (still not done,
/// or nothing records it).
fn fulfilled_at(view: &CaseView<'_>, dated: Dated<'_, Promise>) -> Option<DateTime<Utc>> {
    let promise = dated.item;
    match promise.kind {
        PromiseKind::Delivery | PromiseKind::Pickup => view
            .case
            .case
            .delivered_at
            .map(|d| d.start_in(view.zone))
            .filter(|at| *at <= view.as_of),
        PromiseKind::Reply | PromiseKind::Callback => view
            .first_answer_after(dated.at, promise.source.as_ref())
            .map(|answer| answer.at),
        PromiseKind::Refund
        | PromiseKind::Replacement
        | PromiseKind::Repair
        | PromiseKind::Credit
        | PromiseKind::Other => None,
    }
}

fn evaluate(view: &CaseView<'_>, dated: Dated<'_, Promise>) -> PromiseFinding {
    let promise = dated.item;
    let zone = view.zone;
    let due = promise.due.map(|d| d.deadline_in(zone));
    let recorded = promise.settled_at.map(|s| s.start_in(zone));
    let mut finding = PromiseFinding {
        promise: promise.id.clone(),
        kind: promise.kind,
        status: PromiseState::Pending,
        due,
        days_late: None,
        kept_by: None,
        made_at: dated.at,
        settled_at: None,
        first_due: None,
        restated_by: None,
    };
    // What the user recorded counts once its settlement date (if any) has come.
    let settled_by_user = recorded.is_none_or(|at| at <= view.as_of);
    match promise.status {
        PromiseStatus::Kept if settled_by_user => {
            finding.status = PromiseState::Kept;
            finding.settled_at = recorded;
            finding.days_late = due.zip(recorded).and_then(|(d, s)| days_late(zone, d, s));
            return finding;
        }
        PromiseStatus::Broken if settled_by_user => {
            finding.status = PromiseState::Broken;
            finding.settled_at = recorded;
            let until = fulfilled_at(view, dated).unwrap_or(view.as_of);
            finding.days_late = due.and_then(|d| days_late(zone, d, until));
            return finding;
        }
        _ => {}
    }
    if matches!(promise.kind, PromiseKind::Reply | PromiseKind::Callback)
        && let Some(answer) = view.first_answer_after(dated.at, promise.source.as_ref())
    {
        finding.status = PromiseState::Kept;
        finding.kept_by = Some(answer.item.id.clone());
        finding.settled_at = Some(answer.at);
        finding.days_late = due.and_then(|d| days_late(zone, d, answer.at));
        return finding;
    }
    if let Some(late) = due.and_then(|deadline| days_late(zone, deadline, view.as_of)) {
        finding.status = PromiseState::Overdue;
        finding.days_late = Some(late);
    }
    finding
}

fn totals(findings: &[PromiseFinding]) -> PromiseTotals {
    let mut totals = PromiseTotals::default();
    for finding in findings {
        if finding.restated_by.is_some() {
            totals.restated += 1;
            continue;
        }
        totals.made += 1;
        match finding.status {
            PromiseState::Pending => totals.pending += 1,
            PromiseState::Kept => totals.kept += 1,
            PromiseState::Broken => totals.broken += 1,
            PromiseState::Overdue => totals.overdue += 1,
        }
        if matches!(finding.status, PromiseState::Broken | PromiseState::Overdue) {
            totals.worst_days_late = totals.worst_days_late.max(finding.days_late);
        }
    }
    totals
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testing::*;
    use crate::domain::{Channel, DateOrInstant, EntryId, Outcome};

    fn run(case: &crate::domain::CaseData, as_of: &str) -> (Vec<PromiseFinding>, PromiseTotals) {
        promises(&CaseView::new(case, at(as_of)))
    }

    #[test]
    fn pending_before_the_due_day_ends_and_overdue_after() {
        let mut case = case_fr();
        case.promises = vec![promise(
            "p1",
            "2026-08-15",
            PromiseKind::Delivery,
            Some("2026-08-22"),
        )];
        let (found, _) = run(&case, "2026-08-22T23:59:00+02:00");
        assert_eq!(found[0].status, PromiseState::Pending);
        assert_eq!(found[0].days_late, None);
        let (found, _) = run(&case, "2026-08-23T00:00:00+02:00");
        assert_eq!(found[0].status, PromiseState::Overdue);
        assert_eq!(found[0].days_late, Some(1));
        let (found, totals) = run(&case, "2026-08-24T10:00:00+02:00");
        assert_eq!(found[0].status, PromiseState::Overdue);
        assert_eq!(found[0].days_late, Some(2));
        assert_eq!(totals.overdue, 1);
        assert_eq!(totals.worst_days_late, Some(2));
    }

    #[test]
    fn no_due_date_stays_pending() {
        let mut case = case_fr();
        case.promises = vec![promise("p1", "2026-08-15", PromiseKind::Refund, None)];
        let (found, totals) = run(&case, "2027-08-15T10:00:00+02:00");
        assert_eq!(found[0].status, PromiseState::Pending);
        assert_eq!(totals.pending, 1);
        assert_eq!(totals.made, 1);
    }

    #[test]
    fn what_the_user_recorded_wins_once_settled() {
        let mut case = case_fr();
        let mut broken = promise(
            "p1",
            "2026-08-15",
            PromiseKind::Delivery,
            Some("2026-08-22"),
        );
        broken.status = PromiseStatus::Broken;
        broken.settled_at = DateOrInstant::parse("2026-08-24");
        let mut kept = promise("p2", "2026-08-15", PromiseKind::Refund, Some("2026-08-30"));
        kept.status = PromiseStatus::Kept;
        kept.settled_at = DateOrInstant::parse("2026-08-30");
        case.promises = vec![broken, kept];
        let (found, totals) = run(&case, "2026-09-10T10:00:00+02:00");
        assert_eq!(found[0].status, PromiseState::Broken);
        // Found broken on the 24th, still not delivered: late from the 23rd to the 10th.
        assert_eq!(found[0].days_late, Some(19));
        assert_eq!(found[1].status, PromiseState::Kept);
        assert_eq!(found[1].days_late, None);
        assert_eq!(
            (totals.kept, totals.broken, totals.worst_days_late),
            (1, 1, Some(19))
        );
        // Before the settlement date, the promise is judged on its due date alone.
        let (found, _) = run(&case, "2026-08-23T10:00:00+02:00");
        assert_eq!(found[0].status, PromiseState::Overdue);
        assert_eq!(found[0].days_late, Some(1));
    }

    #[test]
    fn a_broken_promise_without_a_date_is_late_until_as_of() {
        let mut case = case_fr();
        let mut broken = promise(
            "p1",
            "2026-08-15",
            PromiseKind::Delivery,
            Some("2026-08-22"),
        );
        broken.status = PromiseStatus::Broken;
        case.promises = vec![broken];
        let (found, _) = run(&case, "2026-08-27T10:00:00+02:00");
        assert_eq!(found[0].status, PromiseState::Broken);
        assert_eq!(found[0].days_late, Some(5));
    }

    #[test]
    fn a_broken_promise_is_late_until_what_was_promised_came_not_until_it_was_found_broken() {
        let mut case = case_fr();
        // Refused at the counter on the due day itself: broken, and the delay only starts.
        let mut pickup = promise("p1", "2026-10-20", PromiseKind::Pickup, Some("2026-10-24"));
        pickup.status = PromiseStatus::Broken;
        pickup.settled_at = DateOrInstant::parse("2026-10-24T11:25:00+02:00");
        let mut callback = promise(
            "p2",
            "2026-10-27T14:19:00+01:00",
            PromiseKind::Callback,
            Some("2026-10-29T14:19:00+01:00"),
        );
        callback.status = PromiseStatus::Broken;
        callback.settled_at = DateOrInstant::parse("2026-10-30");
        case.promises = vec![pickup, callback];
        let (found, totals) = run(&case, "2026-11-28T13:00:00+01:00");
        assert_eq!(found[0].status, PromiseState::Broken);
        assert_eq!(found[0].days_late, Some(35));
        assert_eq!(found[1].days_late, Some(30));
        assert_eq!(totals.worst_days_late, Some(35));
        // Handed over on 2 November: 9 days late, whatever day it was found broken.
        case.case.delivered_at = DateOrInstant::parse("2026-11-02");
        // The merchant called on 3 November: the callback was 5 days late.
        case.contacts = vec![incoming(
            "c9",
            "2026-11-03T10:00:00+01:00",
            Channel::Phone,
            Outcome::Answered,
        )];
        let (found, _) = run(&case, "2026-11-28T13:00:00+01:00");
        assert_eq!(found[0].days_late, Some(9));
        assert_eq!(found[1].days_late, Some(5));
    }

    #[test]
    fn a_callback_one_minute_before_the_due_instant_keeps_the_promise() {
        let mut case = case_fr();
        let mut callback = promise(
            "p1",
            "2026-08-17T09:00:00+02:00",
            PromiseKind::Callback,
            Some("2026-08-17T15:00:00+02:00"),
        );
        callback.source = Some(EntryId::new("c1"));
        case.promises = vec![callback];
        case.contacts = vec![
            incoming(
                "c1",
                "2026-08-17T09:00:00+02:00",
                Channel::Phone,
                Outcome::CallbackPromised,
            ),
            incoming(
                "c2",
                "2026-08-17T14:59:00+02:00",
                Channel::Phone,
                Outcome::Answered,
            ),
        ];
        let (found, totals) = run(&case, "2026-08-20T10:00:00+02:00");
        assert_eq!(found[0].status, PromiseState::Kept);
        assert_eq!(found[0].kept_by, Some(EntryId::new("c2")));
        assert_eq!(found[0].days_late, None);
        assert_eq!(totals.kept, 1);

        // At the due instant itself it is late: kept, but late by zero days.
        case.contacts[1].at = crate::domain::Instant::parse("2026-08-17T15:00:00+02:00").unwrap();
        let (found, _) = run(&case, "2026-08-20T10:00:00+02:00");
        assert_eq!(found[0].status, PromiseState::Kept);
        assert_eq!(found[0].days_late, Some(0));
    }

    #[test]
    fn an_auto_reply_or_the_source_itself_does_not_keep_a_reply_promise() {
        let mut case = case_fr();
        let mut reply = promise(
            "p1",
            "2026-08-17T09:00:00+02:00",
            PromiseKind::Reply,
            Some("2026-08-19"),
        );
        reply.source = Some(EntryId::new("c2"));
        case.promises = vec![reply];
        case.contacts = vec![
            incoming(
                "c1",
                "2026-08-17T10:00:00+02:00",
                Channel::Email,
                Outcome::AutoReplyOnly,
            ),
            incoming(
                "c2",
                "2026-08-17T10:05:00+02:00",
                Channel::Email,
                Outcome::Answered,
            ),
        ];
        let (found, _) = run(&case, "2026-08-21T10:00:00+02:00");
        assert_eq!(found[0].status, PromiseState::Overdue);
        assert_eq!(found[0].days_late, Some(2));
    }

    #[test]
    fn a_delivery_promise_is_not_kept_by_a_message() {
        let mut case = case_fr();
        case.promises = vec![promise(
            "p1",
            "2026-08-15",
            PromiseKind::Delivery,
            Some("2026-08-22"),
        )];
        case.contacts = vec![incoming(
            "c1",
            "2026-08-18T10:00:00+02:00",
            Channel::Email,
            Outcome::Answered,
        )];
        let (found, _) = run(&case, "2026-08-20T10:00:00+02:00");
        assert_eq!(found[0].status, PromiseState::Pending);
    }

    #[test]
    fn promises_made_after_as_of_are_not_counted() {
        let mut case = case_fr();
        case.promises = vec![
            promise("p2", "2026-08-20", PromiseKind::Refund, None),
            promise("p1", "2026-08-15", PromiseKind::Delivery, None),
        ];
        let (found, totals) = run(&case, "2026-08-18T10:00:00+02:00");
        assert_eq!(totals.made, 1);
        assert_eq!(found[0].promise.as_str(), "p1");
        let (found, _) = run(&case, "2026-08-28T10:00:00+02:00");
        assert_eq!(found[0].promise.as_str(), "p1");
        assert_eq!(found[1].promise.as_str(), "p2");
    }

    #[test]
    fn a_restated_promise_is_one_obligation_late_from_its_first_date() {
        let mut case = case_fr();
        let first = promise("p1", "2026-06-01", PromiseKind::Refund, Some("2026-06-15"));
        let mut again = promise("p2", "2026-08-10", PromiseKind::Refund, Some("2026-08-20"));
        again.text = "Remboursement sous 10 jours".into();
        case.promises = vec![first, again];
        // On 21 August: the refund first due on 15 June is 67 days late, not 1.
        let (found, totals) = run(&case, "2026-08-21T10:00:00+02:00");
        assert_eq!(found[0].restated_by, Some(EntryId::new("p2")));
        assert_eq!(found[1].status, PromiseState::Overdue);
        assert_eq!(found[1].days_late, Some(67));
        assert_eq!(found[1].first_due, found[0].due);
        assert_eq!((totals.made, totals.restated, totals.overdue), (1, 1, 1));
        assert_eq!(totals.worst_days_late, Some(67));
        // Still late before the new date falls due: the first date is what was promised.
        let (found, _) = run(&case, "2026-08-12T10:00:00+02:00");
        assert_eq!(found[1].status, PromiseState::Overdue);
        assert_eq!(found[1].days_late, Some(58));
        // Kept on 25 August: kept, 71 days late; the obligation is closed.
        case.promises[1].status = PromiseStatus::Kept;
        case.promises[1].settled_at = DateOrInstant::parse("2026-08-25");
        let (found, totals) = run(&case, "2026-09-01T10:00:00+02:00");
        assert_eq!(found[1].status, PromiseState::Kept);
        assert_eq!(found[1].days_late, Some(71));
        assert_eq!((totals.made, totals.kept, totals.overdue), (1, 1, 0));
    }

    #[test]
    fn a_broken_promise_restated_stays_one_broken_obligation_in_the_totals_and_each_status() {
        let mut case = case_fr();
        let mut first = promise("p1", "2026-09-15", PromiseKind::Refund, Some("2026-09-29"));
        first.status = PromiseStatus::Broken;
        first.settled_at = DateOrInstant::parse("2026-09-30");
        let again = promise("p2", "2026-10-20", PromiseKind::Refund, Some("2026-10-29"));
        let third = promise("p3", "2026-11-10", PromiseKind::Refund, Some("2026-11-27"));
        let callback = promise(
            "p4",
            "2026-11-10",
            PromiseKind::Callback,
            Some("2026-11-11"),
        );
        case.promises = vec![first, again, third, callback];
        let (found, totals) = run(&case, "2026-11-28T13:00:00+01:00");
        let statuses: Vec<PromiseState> = found.iter().map(|f| f.status).collect();
        assert_eq!(
            statuses,
            [
                PromiseState::Broken,
                PromiseState::Broken,
                PromiseState::Broken,
                PromiseState::Overdue
            ]
        );
        assert_eq!(found[2].days_late, Some(60));
        assert_eq!(
            (totals.made, totals.broken, totals.overdue, totals.restated),
            (2, 1, 1, 2)
        );
        // One truth: the totals are the statuses of the promises that carry an obligation.
        let carried: Vec<_> = found.iter().filter(|f| f.restated_by.is_none()).collect();
        let count = |s: PromiseState| carried.iter().filter(|f| f.status == s).count() as u32;
        assert_eq!(count(PromiseState::Broken), totals.broken);
        assert_eq!(count(PromiseState::Overdue), totals.overdue);
        // Kept in the end: the obligation is kept, late from the first date.
        case.promises[2].status = PromiseStatus::Kept;
        case.promises[2].settled_at = DateOrInstant::parse("2026-11-26");
        let (found, totals) = run(&case, "2026-11-28T13:00:00+01:00");
        assert_eq!(found[2].status, PromiseState::Kept);
        assert_eq!((totals.kept, totals.broken), (1, 0));
    }
}

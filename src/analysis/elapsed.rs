//! Elapsed time: days since the order, since the first complaint, since the last answer, and the
//! longest silence while the consumer was waiting. Calendar days in the case's time zone.

use super::Silence;
use super::calendar::calendar_days;
use super::replies::reply_window;
use super::view::{CaseView, is_merchants_word};
use crate::domain::Direction;
use chrono::{DateTime, Utc};

/// The elapsed-time figures.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Elapsed {
    /// Days since the order (`None` without an order date, or with one after `as_of`).
    pub since_order: Option<i64>,
    /// Days since the first outgoing contact.
    pub since_first_complaint: Option<i64>,
    /// Days since the merchant's last word (a real answer or a live conversation).
    pub since_last_answer: Option<i64>,
    /// The longest wait for a word from the merchant.
    pub longest_silence: Option<Silence>,
}

/// Computes the elapsed-time figures.
pub(crate) fn elapsed(view: &CaseView<'_>) -> Elapsed {
    let zone = view.zone;
    let days_to_now = |at| calendar_days(zone, at, view.as_of);
    let since_order = view
        .case
        .case
        .ordered_at
        .map(|ordered| ordered.start_in(zone))
        .filter(|at| *at <= view.as_of)
        .map(days_to_now);
    let since_first_complaint = view
        .contacts
        .iter()
        .find(|c| c.item.direction == Direction::Outgoing)
        .map(|c| days_to_now(c.at));
    let since_last_answer = view
        .contacts
        .iter()
        .rev()
        .find(|c| is_merchants_word(c.item))
        .map(|c| days_to_now(c.at));
    Elapsed {
        since_order,
        since_first_complaint,
        since_last_answer,
        longest_silence: longest_silence(view),
    }
}

/// The longest stretch from an outgoing contact that expected a reply to the merchant's next real
/// word (or to `as_of`, still going on); the earliest of equally long ones.
fn longest_silence(view: &CaseView<'_>) -> Option<Silence> {
    // (from, to, ongoing) of the longest stretch so far; its days are counted once at the end.
    let mut longest: Option<(DateTime<Utc>, DateTime<Utc>, bool)> = None;
    let mut waiting_since = None;
    let mut consider = |from: DateTime<Utc>, to: DateTime<Utc>, ongoing: bool| {
        if longest.is_none_or(|(best_from, best_to, _)| to - from > best_to - best_from) {
            longest = Some((from, to, ongoing));
        }
    };
    for contact in &view.contacts {
        if is_merchants_word(contact.item)
            && let Some(from) = waiting_since.take()
        {
            consider(from, contact.at, false);
        }
        if waiting_since.is_none() && reply_window(contact.item).is_some() {
            waiting_since = Some(contact.at);
        }
    }
    if let Some(from) = waiting_since {
        consider(from, view.as_of, true);
    }
    longest.map(|(from, to, ongoing)| Silence {
        from,
        to,
        days: calendar_days(view.zone, from, to),
        ongoing,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testing::*;
    use crate::domain::{Channel, DateOrInstant, Outcome};

    #[test]
    fn no_order_date_and_no_contacts_give_nothing() {
        let case = case_fr();
        let found = elapsed(&CaseView::new(&case, at(T0)));
        assert_eq!(found, Elapsed::default());
    }

    #[test]
    fn days_since_each_milestone_in_the_case_zone() {
        let mut case = case_en();
        // Ordered late on the 15th in Montreal (already the 16th in UTC).
        case.case.ordered_at = DateOrInstant::parse("2026-08-15T22:30:00-04:00");
        case.contacts = vec![
            incoming(
                "c3",
                "2026-08-20T10:00:00-04:00",
                Channel::Email,
                Outcome::Answered,
            ),
            outgoing(
                "c1",
                "2026-08-17T09:00:00-04:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
            incoming(
                "c4",
                "2026-08-22T10:00:00-04:00",
                Channel::Email,
                Outcome::AutoReplyOnly,
            ),
        ];
        let found = elapsed(&CaseView::new(&case, at("2026-08-24T08:00:00-04:00")));
        assert_eq!(found.since_order, Some(9));
        assert_eq!(found.since_first_complaint, Some(7));
        assert_eq!(found.since_last_answer, Some(4));

        // A plain order date counts from that day.
        case.case.ordered_at = DateOrInstant::parse("2026-08-15");
        let found = elapsed(&CaseView::new(&case, at("2026-08-24T00:30:00-04:00")));
        assert_eq!(found.since_order, Some(9));
        // An order after as_of has not happened yet.
        let found = elapsed(&CaseView::new(&case, at("2026-08-14T12:00:00-04:00")));
        assert_eq!(found.since_order, None);
    }

    #[test]
    fn the_longest_silence_runs_from_the_first_waiting_contact_to_the_next_answer() {
        let mut case = case_fr();
        case.contacts = vec![
            outgoing(
                "c1",
                "2026-08-01T09:00:00+02:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
            outgoing(
                "c2",
                "2026-08-03T09:00:00+02:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
            incoming(
                "c3",
                "2026-08-04T09:00:00+02:00",
                Channel::Email,
                Outcome::AutoReplyOnly,
            ),
            incoming(
                "c4",
                "2026-08-06T09:00:00+02:00",
                Channel::Email,
                Outcome::Answered,
            ),
            outgoing(
                "c5",
                "2026-08-10T09:00:00+02:00",
                Channel::Phone,
                Outcome::NoAnswer,
            ),
            outgoing(
                "c6",
                "2026-08-11T09:00:00+02:00",
                Channel::Letter,
                Outcome::Other,
            ),
        ];
        let found = elapsed(&CaseView::new(&case, at("2026-08-14T09:00:00+02:00")));
        let silence = found.longest_silence.unwrap();
        assert_eq!(silence.from, at("2026-08-01T09:00:00+02:00"));
        assert_eq!(silence.to, at("2026-08-06T09:00:00+02:00"));
        assert_eq!(silence.days, 5);
        assert!(!silence.ongoing);

        let found = elapsed(&CaseView::new(&case, at("2026-08-20T09:00:00+02:00")));
        let silence = found.longest_silence.unwrap();
        assert_eq!(silence.from, at("2026-08-11T09:00:00+02:00"));
        assert_eq!(silence.days, 9);
        assert!(silence.ongoing);
    }

    #[test]
    fn a_chat_answered_ends_a_silence_a_call_dead_after_hold_does_not() {
        let mut case = case_en();
        let mut chat = outgoing(
            "c2",
            "2026-10-20T13:12:00-04:00",
            Channel::Chat,
            Outcome::Answered,
        );
        chat.counterpart = Some("Marcus".into());
        let mut dead = outgoing(
            "c3",
            "2026-11-05T16:00:00-05:00",
            Channel::Phone,
            Outcome::Disconnected,
        );
        dead.wait_minutes = Some(41);
        dead.duration_minutes = Some(41);
        case.contacts = vec![
            outgoing(
                "c1",
                "2026-10-14T20:45:00-04:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
            chat,
            outgoing(
                "c4",
                "2026-11-02T08:30:00-05:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
            dead.clone(),
        ];
        let as_of = at("2026-11-10T12:00:00-05:00");
        let found = elapsed(&CaseView::new(&case, as_of));
        // 14 Oct → 20 Oct (6 days) ends at the chat; 2 Nov → 10 Nov runs through the dead line.
        let silence = found.longest_silence.unwrap();
        assert_eq!(silence.from, at("2026-11-02T08:30:00-05:00"));
        assert!(silence.ongoing, "{silence:?}");
        assert_eq!(silence.days, 8);
        assert_eq!(
            found.since_last_answer,
            Some(21),
            "the chat was the last word"
        );
        // Had someone picked up after the hold, the call would have ended it.
        dead.duration_minutes = Some(50);
        if let Some(last) = case.contacts.last_mut() {
            *last = dead;
        }
        let found = elapsed(&CaseView::new(&case, as_of));
        let silence = found.longest_silence.unwrap();
        assert_eq!(silence.from, at("2026-10-14T20:45:00-04:00"));
        assert_eq!(silence.days, 6);
    }
}

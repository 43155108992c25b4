//! Unanswered contacts: which outgoing contacts expected a reply, by when, and whether one came.
//!
//! An outgoing contact expects a reply by the `deadline` it gave (a formal notice's date), else
//! within `reply_expected_within_days` calendar days, else within its channel's default (see
//! [`reply_window`]). It is answered by the first later
//! incoming contact that names it (`in_reply_to`) or, failing that, by the first later incoming
//! contact on any channel that is not an auto-reply. Only contacts up to `as_of` count.

use super::calendar::{LocalDates, add_business_days, add_days, days_late, end_of_day, local_date};
use super::view::{CaseView, Dated, is_live_conversation};
use super::{Answered, Unanswered};
use crate::domain::{Channel, Contact, DateOrInstant, Direction, EntryId, Outcome, TimeZone};
use chrono::{DateTime, Utc};
use rustc_hash::FxHashMap as HashMap;

/// How long a reply may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReplyWindow {
    /// Until the end of the n-th calendar day after the contact's day.
    CalendarDays(u32),
    /// Until the end of the n-th business day (Monday–Friday) after the contact's day.
    BusinessDays(u32),
    /// Until the deadline the contact itself gave (the end of that day, or that instant).
    Until(DateOrInstant),
}

/// The reply an outgoing contact expects, or `None` if it expects none.
///
/// The `deadline` the contact gave wins (the merchant was told in writing when to answer by);
/// then `reply_expected_within_days` (calendar days). Otherwise: `answered`, `resolved`
/// and `refused` outcomes and live conversations expect none (the merchant already spoke; a
/// callback it promised is a promise); email, web form, text message and social media 2 business
/// days; letter 15 calendar days; phone 1 business day but only after a voicemail or a promised
/// callback; chat 1 business day; in person and other channels none.
pub fn reply_window(contact: &Contact) -> Option<ReplyWindow> {
    if contact.direction != Direction::Outgoing {
        return None;
    }
    if let Some(deadline) = contact.deadline {
        return Some(ReplyWindow::Until(deadline));
    }
    if let Some(days) = contact.reply_expected_within_days {
        return Some(ReplyWindow::CalendarDays(days));
    }
    if contact.outcome.closes_exchange() || is_live_conversation(contact) {
        return None;
    }
    match contact.channel {
        Channel::Email | Channel::WebForm | Channel::Sms | Channel::SocialMedia => {
            Some(ReplyWindow::BusinessDays(2))
        }
        Channel::Letter => Some(ReplyWindow::CalendarDays(15)),
        Channel::Phone => matches!(
            contact.outcome,
            Outcome::VoicemailLeft | Outcome::CallbackPromised
        )
        .then_some(ReplyWindow::BusinessDays(1)),
        Channel::Chat => Some(ReplyWindow::BusinessDays(1)),
        Channel::InPerson | Channel::Other => None,
    }
}

/// The first instant at which a reply to a contact made at `at` is late.
pub fn reply_due(zone: TimeZone, at: DateTime<Utc>, window: ReplyWindow) -> DateTime<Utc> {
    match last_day(local_date(zone, at), window) {
        Ok(last) => end_of_day(zone, last),
        Err(due) => due.deadline_in(zone),
    }
}

/// The last day a reply to a contact made on `day` is on time, for a window counted in days; for
/// a deadline the contact gave, that deadline (`Err`), whose end is its own.
fn last_day(
    day: chrono::NaiveDate,
    window: ReplyWindow,
) -> Result<chrono::NaiveDate, DateOrInstant> {
    match window {
        ReplyWindow::CalendarDays(days) => Ok(add_days(day, days)),
        ReplyWindow::BusinessDays(days) => Ok(add_business_days(day, days)),
        ReplyWindow::Until(deadline) => Err(deadline),
    }
}

/// The replies owed and received.
#[derive(Debug, Default)]
pub(crate) struct Replies {
    /// Reply due by `as_of` and none came, oldest first.
    pub unanswered: Vec<Unanswered>,
    /// Reply not yet due at `as_of` and none yet, oldest first.
    pub awaiting: Vec<Unanswered>,
    /// Outgoing live conversations that owed no further reply: answered on the spot.
    pub answered_live: u32,
    /// Answered, in the order the contacts were made.
    pub answered: Vec<Answered>,
}

/// Contacts that name another (`in_reply_to`), per contact named, in time order: one list per
/// contact named, chained through indices so that no list needs an allocation of its own.
struct Naming<'a> {
    /// Contact named → (first, last) index into `links`.
    ends: HashMap<&'a EntryId, (usize, usize)>,
    /// A naming contact and the index of the next one naming the same contact.
    links: Vec<(Dated<'a, Contact>, Option<usize>)>,
}

impl<'a> Naming<'a> {
    fn new() -> Self {
        Self {
            ends: HashMap::default(),
            links: Vec::new(),
        }
    }

    fn push(&mut self, target: &'a EntryId, dated: Dated<'a, Contact>) {
        let index = self.links.len();
        self.links.push((dated, None));
        match self.ends.get_mut(target) {
            Some((_, last)) => {
                if let Some(link) = self.links.get_mut(*last) {
                    link.1 = Some(index);
                }
                *last = index;
            }
            None => {
                self.ends.insert(target, (index, index));
            }
        }
    }

    /// The contacts naming `id`, in time order.
    fn naming(&self, id: &EntryId) -> impl Iterator<Item = Dated<'a, Contact>> + '_ {
        let mut next = if self.ends.is_empty() {
            None
        } else {
            self.ends.get(id).map(|(first, _)| *first)
        };
        std::iter::from_fn(move || {
            let (dated, following) = self.links.get(next?)?;
            next = *following;
            Some(*dated)
        })
    }
}

/// Matches every outgoing contact that expects a reply with its answer.
pub(crate) fn replies(view: &CaseView<'_>) -> Replies {
    let mut named = Naming::new();
    let mut chasers = Naming::new();
    for dated in &view.contacts {
        let Some(target) = dated.item.in_reply_to.as_ref() else {
            continue;
        };
        match dated.item.direction {
            Direction::Incoming if super::view::is_answer(dated.item) => {
                named.push(target, *dated);
            }
            Direction::Outgoing => chasers.push(target, *dated),
            Direction::Incoming => {}
        }
    }
    let mut out = Replies::default();
    let dates = LocalDates::new(view.zone);
    let today = local_date(view.zone, view.as_of);
    // Contacts come in time order, many on the same day with the same window: each (day, window)
    // gives one last day, and each last day one due instant and one count of days overdue,
    // computed once.
    let mut dues: HashMap<(chrono::NaiveDate, ReplyWindow), (DateTime<Utc>, i64)> =
        HashMap::default();
    let mut ends: HashMap<chrono::NaiveDate, (DateTime<Utc>, i64)> = HashMap::default();
    // Contacts come in time order: the first answer after each one only moves forward.
    let mut next_answer = 0;
    for dated in &view.contacts {
        let contact = dated.item;
        let Some(window) = reply_window(contact) else {
            if contact.direction == Direction::Outgoing && is_live_conversation(contact) {
                out.answered_live += 1;
            }
            continue;
        };
        let day = dates.date(dated.at);
        let (due, days_overdue) = *dues.entry((day, window)).or_insert_with(|| {
            let last = match last_day(day, window) {
                Ok(last) => last,
                Err(deadline) => {
                    let due = deadline.deadline_in(view.zone);
                    return (due, days_late(view.zone, due, view.as_of).unwrap_or(0));
                }
            };
            *ends.entry(last).or_insert_with_key(|last| {
                let due = end_of_day(view.zone, *last);
                (due, days_late(view.zone, due, view.as_of).unwrap_or(0))
            })
        });
        let named_answer = named.naming(&contact.id).find(|a| a.at >= dated.at);
        let answer = named_answer.or_else(|| {
            next_answer += view
                .answers
                .get(next_answer..)
                .unwrap_or_default()
                .partition_point(|d| d.at <= dated.at);
            view.answers.get(next_answer).copied()
        });
        match answer {
            Some(answer) => out.answered.push(Answered {
                contact: contact.id.clone(),
                answered_by: answer.item.id.clone(),
                minutes_to_answer: (answer.at - dated.at).num_minutes(),
                late: answer.at >= due,
            }),
            None => {
                let waiting = Unanswered {
                    contact: contact.id.clone(),
                    channel: contact.channel,
                    at: dated.at,
                    reply_due: due,
                    days_waiting: (today - day).num_days().max(0),
                    days_overdue,
                    chasers: chasers
                        .naming(&contact.id)
                        .filter(|c| c.at > dated.at)
                        .map(|c| c.item.id.clone())
                        .collect(),
                };
                if view.as_of >= due {
                    out.unanswered.push(waiting);
                } else {
                    out.awaiting.push(waiting);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testing::*;
    use crate::domain::Outcome;

    #[test]
    fn per_channel_defaults() {
        let window = |channel, outcome| reply_window(&outgoing("c", T0, channel, outcome));
        use ReplyWindow::*;
        assert_eq!(
            window(Channel::Email, Outcome::NoAnswer),
            Some(BusinessDays(2))
        );
        assert_eq!(
            window(Channel::WebForm, Outcome::AutoReplyOnly),
            Some(BusinessDays(2))
        );
        assert_eq!(
            window(Channel::Letter, Outcome::Other),
            Some(CalendarDays(15))
        );
        assert_eq!(
            window(Channel::Phone, Outcome::VoicemailLeft),
            Some(BusinessDays(1))
        );
        assert_eq!(window(Channel::Phone, Outcome::CallbackPromised), None);
        assert_eq!(window(Channel::Phone, Outcome::NoAnswer), None);
        assert_eq!(window(Channel::Phone, Outcome::Transferred), None);
        assert_eq!(
            window(Channel::Chat, Outcome::Disconnected),
            Some(BusinessDays(1))
        );
        assert_eq!(window(Channel::InPerson, Outcome::Other), None);
        for closing in [Outcome::Answered, Outcome::Resolved, Outcome::Refused] {
            assert_eq!(window(Channel::Email, closing), None);
            assert_eq!(window(Channel::Letter, closing), None);
        }
        let mut explicit = outgoing("c", T0, Channel::Phone, Outcome::Answered);
        explicit.reply_expected_within_days = Some(3);
        assert_eq!(reply_window(&explicit), Some(CalendarDays(3)));
        let incoming = incoming("c", T0, Channel::Email, Outcome::NoAnswer);
        assert_eq!(reply_window(&incoming), None);
    }

    #[test]
    fn an_email_on_friday_is_due_by_the_end_of_tuesday() {
        // 2026-08-14 is a Friday; 16:00 in Paris.
        let zone = paris();
        let at = at("2026-08-14T16:00:00+02:00");
        let due = reply_due(zone, at, ReplyWindow::BusinessDays(2));
        assert_eq!(due, at_("2026-08-19T00:00:00+02:00"));
    }

    #[test]
    fn a_later_incoming_answers_but_an_auto_reply_does_not() {
        let mut case = case_fr();
        case.contacts = vec![
            outgoing(
                "c1",
                "2026-08-17T09:00:00+02:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
            incoming(
                "c2",
                "2026-08-17T09:01:00+02:00",
                Channel::Email,
                Outcome::AutoReplyOnly,
            ),
        ];
        let view = CaseView::new(&case, at("2026-08-25T12:00:00+02:00"));
        let found = replies(&view);
        assert!(found.answered.is_empty());
        let [waiting] = found.unanswered.as_slice() else {
            panic!("{found:?}")
        };
        assert_eq!(waiting.contact.as_str(), "c1");
        assert_eq!(waiting.days_waiting, 8);
        // Due end of Wednesday the 19th: Thursday is one day late, Tuesday the 25th six.
        assert_eq!(waiting.days_overdue, 6);

        case.contacts.push(incoming(
            "c3",
            "2026-08-20T10:00:00+02:00",
            Channel::Phone,
            Outcome::Answered,
        ));
        let found = replies(&CaseView::new(&case, at("2026-08-25T12:00:00+02:00")));
        assert!(found.unanswered.is_empty());
        let [answered] = found.answered.as_slice() else {
            panic!("{found:?}")
        };
        assert_eq!(answered.answered_by.as_str(), "c3");
        assert_eq!(answered.minutes_to_answer, 3 * 24 * 60 + 60);
        assert!(answered.late);
    }

    #[test]
    fn a_named_reply_wins_over_an_earlier_unrelated_one() {
        let mut case = case_fr();
        case.contacts = vec![
            outgoing(
                "c1",
                "2026-08-17T09:00:00+02:00",
                Channel::Letter,
                Outcome::Other,
            ),
            incoming(
                "c2",
                "2026-08-18T09:00:00+02:00",
                Channel::Email,
                Outcome::Answered,
            ),
            named_reply("c3", "2026-08-19T09:00:00+02:00", "c1"),
        ];
        let found = replies(&CaseView::new(&case, at("2026-08-25T12:00:00+02:00")));
        assert_eq!(found.answered[0].answered_by.as_str(), "c3");
        assert!(!found.answered[0].late);
    }

    #[test]
    fn contacts_logged_out_of_order_are_matched_in_time_order() {
        let mut case = case_fr();
        case.contacts = vec![
            incoming(
                "c3",
                "2026-08-20T10:00:00+02:00",
                Channel::Email,
                Outcome::Answered,
            ),
            outgoing(
                "c2",
                "2026-08-21T09:00:00+02:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
            outgoing(
                "c1",
                "2026-08-17T09:00:00+02:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
        ];
        let found = replies(&CaseView::new(&case, at("2026-08-26T12:00:00+02:00")));
        assert_eq!(found.answered.len(), 1);
        assert_eq!(found.answered[0].contact.as_str(), "c1");
        assert_eq!(found.unanswered.len(), 1);
        assert_eq!(found.unanswered[0].contact.as_str(), "c2");
    }

    #[test]
    fn follow_ups_are_counted_as_chasers_and_answers_after_as_of_ignored() {
        let mut case = case_fr();
        let mut chase = outgoing(
            "c2",
            "2026-08-20T09:00:00+02:00",
            Channel::Email,
            Outcome::NoAnswer,
        );
        chase.in_reply_to = Some(EntryId::new("c1"));
        case.contacts = vec![
            outgoing(
                "c1",
                "2026-08-17T09:00:00+02:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
            chase,
            named_reply("c3", "2026-09-01T09:00:00+02:00", "c1"),
        ];
        let found = replies(&CaseView::new(&case, at("2026-08-25T12:00:00+02:00")));
        assert_eq!(found.unanswered.len(), 2);
        assert_eq!(found.unanswered[0].chasers, vec![EntryId::new("c2")]);
        assert!(found.unanswered[1].chasers.is_empty());
    }

    #[test]
    fn an_answer_at_the_due_instant_is_late_one_minute_before_is_not() {
        let mut case = case_fr();
        let mut letter = outgoing(
            "c1",
            "2026-08-17T09:00:00+02:00",
            Channel::Letter,
            Outcome::Other,
        );
        letter.reply_expected_within_days = Some(1);
        case.contacts = vec![letter, named_reply("c2", "2026-08-18T23:59:00+02:00", "c1")];
        let as_of = at("2026-08-25T12:00:00+02:00");
        let found = replies(&CaseView::new(&case, as_of));
        assert!(!found.answered[0].late);
        case.contacts[1].at = crate::domain::Instant::parse("2026-08-19T00:00:00+02:00").unwrap();
        let found = replies(&CaseView::new(&case, as_of));
        assert!(found.answered[0].late);
    }

    #[test]
    fn not_yet_due_is_awaiting_a_reply_not_unanswered() {
        let mut case = case_fr();
        case.contacts = vec![outgoing(
            "c1",
            "2026-08-17T09:00:00+02:00",
            Channel::Letter,
            Outcome::Other,
        )];
        let found = replies(&CaseView::new(&case, at("2026-08-20T12:00:00+02:00")));
        assert!(found.unanswered.is_empty(), "{found:?}");
        assert_eq!(found.awaiting[0].days_waiting, 3);
        assert_eq!(found.awaiting[0].days_overdue, 0);
        // The end of the 15th day after: unanswered from midnight on.
        let found = replies(&CaseView::new(&case, at("2026-09-02T00:00:00+02:00")));
        assert!(found.awaiting.is_empty(), "{found:?}");
        assert_eq!(found.unanswered[0].days_overdue, 1);
    }

    #[test]
    fn a_live_conversation_is_answered_on_the_spot_but_answers_no_earlier_message() {
        let mut case = case_fr();
        case.contacts = vec![
            outgoing(
                "c1",
                "2026-08-17T09:00:00+02:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
            outgoing(
                "c2",
                "2026-08-18T09:00:00+02:00",
                Channel::Phone,
                Outcome::Transferred,
            ),
            outgoing(
                "c3",
                "2026-08-19T09:00:00+02:00",
                Channel::Phone,
                Outcome::NoAnswer,
            ),
        ];
        let found = replies(&CaseView::new(&case, at("2026-08-25T12:00:00+02:00")));
        assert_eq!(
            found.answered_live, 1,
            "the transferred call: someone spoke"
        );
        assert_eq!(found.unanswered.len(), 1, "the email stays unanswered");
        assert_eq!(found.unanswered[0].contact.as_str(), "c1");
    }

    #[test]
    fn days_waiting_cross_a_dst_change_in_calendar_days() {
        // Montreal falls back on 2026-11-01: 23:30 on Oct 31 to 00:30 on Nov 2 is two days.
        let mut case = case_fr();
        case.case.time_zone = TimeZone::parse("America/Montreal").unwrap();
        case.contacts = vec![outgoing(
            "c1",
            "2026-10-31T23:30:00-04:00",
            Channel::Email,
            Outcome::NoAnswer,
        )];
        let found = replies(&CaseView::new(&case, at("2026-11-02T00:30:00-05:00")));
        assert_eq!(found.awaiting[0].days_waiting, 2);
        // Saturday → 2 business days → end of Tuesday Nov 3, in Montreal time (EST).
        assert_eq!(
            found.awaiting[0].reply_due,
            at_("2026-11-04T00:00:00-05:00")
        );
    }

    #[test]
    fn the_deadline_a_letter_gave_wins_over_its_days() {
        let zone = paris();
        let mut notice = outgoing(
            "c1",
            "2026-11-03T10:00:00+01:00",
            Channel::Letter,
            Outcome::NoAnswer,
        );
        notice.reply_expected_within_days = Some(8);
        assert_eq!(reply_window(&notice), Some(ReplyWindow::CalendarDays(8)));
        notice.deadline = DateOrInstant::parse("2026-11-13");
        let window = reply_window(&notice);
        assert_eq!(
            window,
            Some(ReplyWindow::Until(
                DateOrInstant::parse("2026-11-13").unwrap()
            ))
        );
        // The end of the 13th, not of the 11th (3 Nov + 8 days).
        let due = reply_due(zone, at("2026-11-03T10:00:00+01:00"), window.unwrap());
        assert_eq!(due, at_("2026-11-14T00:00:00+01:00"));
        // A deadline given as an instant is that instant.
        notice.deadline = DateOrInstant::parse("2026-11-13T12:00:00+01:00");
        let due = reply_due(zone, at(T0), reply_window(&notice).unwrap());
        assert_eq!(due, at_("2026-11-13T12:00:00+01:00"));

        notice.deadline = DateOrInstant::parse("2026-11-13");
        let mut case = case_fr();
        case.contacts = vec![notice];
        let found = replies(&CaseView::new(&case, at("2026-11-13T23:00:00+01:00")));
        assert!(found.unanswered.is_empty(), "{found:?}");
        assert_eq!(
            found.awaiting[0].reply_due,
            at_("2026-11-14T00:00:00+01:00")
        );
        let found = replies(&CaseView::new(&case, at("2026-11-28T13:00:00+01:00")));
        assert_eq!(found.unanswered[0].days_overdue, 15);
    }

    #[test]
    fn an_answered_chat_owes_no_reply_and_is_answered_live() {
        let mut case = case_fr();
        let mut chat = outgoing(
            "c1",
            "2026-10-20T13:12:00+02:00",
            Channel::Chat,
            Outcome::Answered,
        );
        chat.counterpart = Some("Marcus".into());
        let mut dead = outgoing(
            "c2",
            "2026-11-05T16:00:00+01:00",
            Channel::Phone,
            Outcome::Disconnected,
        );
        dead.wait_minutes = Some(41);
        dead.duration_minutes = Some(41);
        case.contacts = vec![chat, dead];
        let found = replies(&CaseView::new(&case, at("2026-11-28T12:00:00+01:00")));
        assert_eq!(
            found.answered_live, 1,
            "the chat, not the dead line: {found:?}"
        );
        assert!(found.unanswered.is_empty() && found.awaiting.is_empty());
    }
}

//! Effort and service figures: contacts per channel and direction, time on hold and in calls,
//! transfers, agents spoken to, answer rate, median and worst time to answer.

use super::values::fold;
use super::view::CaseView;
use super::{Answered, ChannelCount, Effort, Unanswered};
use crate::domain::{Channel, Direction, Outcome};
use rustc_hash::FxHashSet as HashSet;

/// Computes the effort figures from the contacts and the reply matching.
pub(crate) fn effort(
    view: &CaseView<'_>,
    answered: &[Answered],
    waiting: &[&[Unanswered]],
) -> Effort {
    let mut outgoing = [0u32; Channel::ALL.len()];
    let mut incoming = [0u32; Channel::ALL.len()];
    let mut minutes_on_hold = 0u32;
    let mut minutes_in_calls = 0u32;
    let mut transfers = 0u32;
    // Named counterparts as written, folded once each below.
    let mut counterparts: HashSet<&str> = HashSet::default();
    for dated in &view.contacts {
        let contact = dated.item;
        let slot = Channel::ALL.iter().position(|c| *c == contact.channel);
        let counts = match contact.direction {
            Direction::Outgoing => &mut outgoing,
            Direction::Incoming => &mut incoming,
        };
        if let Some(count) = slot.and_then(|i| counts.get_mut(i)) {
            *count = count.saturating_add(1);
        }
        minutes_on_hold = minutes_on_hold.saturating_add(contact.wait_minutes.unwrap_or(0));
        minutes_in_calls = minutes_in_calls.saturating_add(contact.duration_minutes.unwrap_or(0));
        if contact.outcome == Outcome::Transferred {
            transfers = transfers.saturating_add(1);
        }
        let spoke = !matches!(contact.outcome, Outcome::NoAnswer | Outcome::AutoReplyOnly);
        if spoke && let Some(name) = contact.counterpart.as_deref() {
            counterparts.insert(name);
        }
    }
    let agents: HashSet<String> = counterparts
        .into_iter()
        .map(fold)
        .filter(|name| !name.is_empty())
        .collect();
    let by_channel = Channel::ALL
        .iter()
        .zip(outgoing.iter().zip(incoming.iter()))
        .filter(|(_, (out, inc))| **out + **inc > 0)
        .map(|(channel, (out, inc))| ChannelCount {
            channel: *channel,
            outgoing: *out,
            incoming: *inc,
        })
        .collect();

    let mut minutes: Vec<i64> = answered.iter().map(|a| a.minutes_to_answer).collect();
    let longest_answer = minutes.iter().copied().max();
    let median_minutes_to_answer = median_unsorted(&mut minutes);
    let longest_wait = waiting
        .iter()
        .flat_map(|list| list.iter())
        .map(|u| (view.as_of - u.at).num_minutes())
        .max();
    let worst_minutes_to_answer = longest_answer.max(longest_wait);
    Effort {
        by_channel,
        minutes_on_hold,
        minutes_in_calls,
        transfers,
        agents: u32::try_from(agents.len()).unwrap_or(u32::MAX),
        // Set by `analyze` from the figures (live conversations count as answered).
        answer_rate: None,
        median_minutes_to_answer,
        worst_minutes_to_answer,
    }
}

/// The median of values in any order (the mean of the two middle ones, rounded down, for an even
/// count), without sorting them all: the middle one is selected, and
/// for an even count the one before it is the largest of those below. Reorders `values`.
fn median_unsorted(values: &mut [i64]) -> Option<i64> {
    let middle = values.len() / 2;
    let odd = values.len() % 2 == 1;
    if values.is_empty() {
        return None;
    }
    let (below, at, _) = values.select_nth_unstable(middle);
    let at = *at;
    if odd {
        Some(at)
    } else {
        below
            .iter()
            .copied()
            .max()
            .map(|before| before.midpoint(at))
    }
}

/// The median of sorted values (the mean of the two middle ones, rounded down, for an even count).
#[cfg(test)]
fn median(sorted: &[i64]) -> Option<i64> {
    let middle = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted.get(middle).copied()
    } else {
        let (a, b) = (sorted.get(middle.checked_sub(1)?)?, sorted.get(middle)?);
        Some(a.midpoint(*b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::replies::replies;
    use crate::analysis::testing::*;

    #[test]
    fn the_median_without_sorting_is_the_median() {
        let mut seed = 17u64;
        for len in 0..40 {
            let values: Vec<i64> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    i64::try_from(seed >> 40).unwrap() - 4_000_000
                })
                .collect();
            let mut sorted = values.clone();
            sorted.sort_unstable();
            let mut shuffled = values;
            assert_eq!(
                median_unsorted(&mut shuffled),
                median(&sorted),
                "{sorted:?}"
            );
        }
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[5]), Some(5));
        assert_eq!(median(&[1, 2, 10]), Some(2));
        assert_eq!(median(&[1, 2, 10, 20]), Some(6));
    }

    #[test]
    fn effort_figures() {
        let mut case = case_fr();
        let mut call = outgoing(
            "c1",
            "2026-08-17T09:00:00+02:00",
            Channel::Phone,
            Outcome::Transferred,
        );
        call.wait_minutes = Some(25);
        call.duration_minutes = Some(10);
        call.counterpart = Some("Julie".into());
        let mut second = outgoing(
            "c2",
            "2026-08-17T10:00:00+02:00",
            Channel::Phone,
            Outcome::CallbackPromised,
        );
        second.wait_minutes = Some(40);
        second.duration_minutes = Some(5);
        second.counterpart = Some(" JULIE ".into());
        let mut third = outgoing(
            "c3",
            "2026-08-17T11:00:00+02:00",
            Channel::Phone,
            Outcome::NoAnswer,
        );
        third.counterpart = Some("Marc".into());
        let mut mail = outgoing(
            "c4",
            "2026-08-18T09:00:00+02:00",
            Channel::Email,
            Outcome::NoAnswer,
        );
        mail.counterpart = Some("Service client".into());
        let mut reply = incoming(
            "c5",
            "2026-08-18T10:00:00+02:00",
            Channel::Email,
            Outcome::Answered,
        );
        reply.counterpart = Some("Karim".into());
        case.contacts = vec![
            call,
            second,
            third,
            mail,
            reply,
            outgoing(
                "c6",
                "2026-08-19T09:00:00+02:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
        ];
        let view = CaseView::new(&case, at("2026-08-20T09:00:00+02:00"));
        let matched = replies(&view);
        let found = effort(
            &view,
            &matched.answered,
            &[&matched.unanswered, &matched.awaiting],
        );
        assert_eq!(
            found.by_channel,
            [
                ChannelCount {
                    channel: Channel::Email,
                    outgoing: 2,
                    incoming: 1
                },
                ChannelCount {
                    channel: Channel::Phone,
                    outgoing: 3,
                    incoming: 0
                },
            ]
        );
        assert_eq!((found.minutes_on_hold, found.minutes_in_calls), (65, 15));
        assert_eq!(found.transfers, 1);
        // Julie (twice) and Karim; nobody answered Marc's line, nor the email to "Service client".
        assert_eq!(found.agents, 2);
        // c4 answered by c5 within the hour (c1 and c2 were live: answered on the spot); c6 is
        // still waiting.
        assert_eq!(found.median_minutes_to_answer, Some(60));
        assert_eq!(found.worst_minutes_to_answer, Some(24 * 60));
    }
}

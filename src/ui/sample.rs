//! Synthetic cases of any size, deterministic, for the UI benchmark, the screenshots and the
//! time-to-first-frame measurement. Not demo content: the demo cases live in `assets/demo/`.

use crate::domain::{
    CaseData, CaseDetails, Channel, Contact, DateOrInstant, Direction, EntryId, Instant, Language,
    Money, Note, Outcome, Promise, PromiseKind, PromiseStatus, Statement, TimeZone,
};
use chrono::Duration;

/// A case with about `items` entries (contacts, with a promise every 10th, a statement every
/// 7th and a note every 25th), one every few hours from `start`.
pub fn sample_case(title: &str, merchant: &str, items: usize, start: Instant) -> CaseData {
    let zone = TimeZone::parse("America/Montreal").unwrap_or_default();
    let mut details = CaseDetails::new(title, Language::En, zone);
    details.merchant.name = merchant.to_owned();
    details.product = Some("Queen bed frame".to_owned());
    details.order_reference = Some("A-10442".to_owned());
    details.price = Money::parse("899.00", "CAD");
    details.ordered_at = Some(DateOrInstant::Instant(start));
    let mut data = CaseData::new(details);
    let channels = [
        Channel::Phone,
        Channel::Email,
        Channel::Chat,
        Channel::WebForm,
    ];
    let mut n = 0usize;
    let mut step = 0i64;
    while n < items {
        step += 1;
        let at = Instant(start.0 + Duration::hours(5 * step));
        let outgoing = step % 3 != 0;
        let id = |prefix: &str| EntryId::new(format!("{prefix}{step}"));
        data.contacts.push(Contact {
            id: id("c"),
            at,
            channel: channels
                .get(usize::try_from(step).unwrap_or(0) % channels.len())
                .copied()
                .unwrap_or(Channel::Phone),
            direction: if outgoing {
                Direction::Outgoing
            } else {
                Direction::Incoming
            },
            counterpart: Some(format!("Agent {}", step % 7)),
            reference: None,
            summary: format!("Contact number {step} about the missing delivery"),
            outcome: if outgoing {
                Outcome::NoAnswer
            } else {
                Outcome::Answered
            },
            wait_minutes: outgoing.then_some(u32::try_from(step % 40).unwrap_or(0)),
            duration_minutes: None,
            reply_expected_within_days: None,
            in_reply_to: None,
            party: crate::domain::ContactParty::Merchant,
            purpose: None,
            deadline: None,
            received_at: None,
            not_collected_on: None,
        });
        n += 1;
        if step % 10 == 0 && n < items {
            data.promises.push(Promise {
                id: id("p"),
                made_at: DateOrInstant::Instant(at),
                source: Some(id("c")),
                kind: PromiseKind::Delivery,
                text: format!("Delivery within a week (promise {step})"),
                due: Some(DateOrInstant::Instant(Instant(at.0 + Duration::days(7)))),
                status: PromiseStatus::Pending,
                settled_at: None,
            });
            n += 1;
        }
        if step % 7 == 0 && n < items {
            data.statements.push(Statement {
                id: id("s"),
                at,
                source: Some(id("c")),
                topic: if step % 14 == 0 {
                    "Delivery date"
                } else {
                    "Order status"
                }
                .to_owned(),
                value: format!("value {}", step % 3),
                text: None,
            });
            n += 1;
        }
        if step % 25 == 0 && n < items {
            data.notes.push(Note {
                id: id("n"),
                at,
                text: format!("Note {step}"),
            });
            n += 1;
        }
    }
    data
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sample_case_has_the_requested_size_and_unique_ids() {
        let start = Instant::parse("2026-01-01T10:00:00Z").unwrap();
        let data = sample_case("t", "m", 1000, start);
        let ids: Vec<_> = data.entry_ids().collect();
        assert_eq!(ids.len(), 1000);
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), 1000, "ids are unique");
        assert!(!data.statements.is_empty() && !data.promises.is_empty());
    }
}

//! The timeline: every dated item of the case in time order (the order, contacts, promises made,
//! falling due and settled, statements, attachments received, notes), each flagged.
//!
//! Items up to `as_of`, plus the due dates still ahead of promises already made. A plain-date due
//! is placed at the last second of its day; a plain date elsewhere at the start of its day. Items
//! at the same instant keep the order above.

use super::contradictions::Contradicted;
use super::view::CaseView;
use super::{Flags, PromiseFinding, PromiseState, TimelineItem, TimelineKind, Unanswered};
use crate::domain::{DateOrInstant, Direction, EntryId};
use chrono::{DateTime, TimeDelta, Utc};

/// A timeline item before it is sorted: borrowing its entry's id, cloned once in place.
#[derive(Clone, Copy)]
struct Item<'a> {
    at: DateTime<Utc>,
    kind: TimelineKind,
    entry: Option<&'a EntryId>,
    direction: Option<Direction>,
    flags: Flags,
}

/// Builds the flagged timeline. `contradicted` says, for each statement and each promise of the
/// view (by index), whether it is part of a contradiction.
pub(crate) fn timeline(
    view: &CaseView<'_>,
    unanswered: &[Unanswered],
    promises: &[PromiseFinding],
    contradicted: &Contradicted,
) -> Vec<TimelineItem> {
    let mut items: Vec<Item<'_>> = Vec::with_capacity(
        1 + view.contacts.len()
            + 3 * view.promises.len()
            + view.statements.len()
            + view.case.attachments.len()
            + view.case.notes.len(),
    );
    let item = |at, kind, entry, flags| Item {
        at,
        kind,
        entry,
        direction: None,
        flags,
    };

    if let Some(ordered) = view.case.case.ordered_at {
        let at = ordered.start_in(view.zone);
        if at <= view.as_of {
            items.push(item(at, TimelineKind::Order, None, Flags::default()));
        }
    }
    // Unanswered contacts come in the view's order: walk both together.
    let mut waiting = unanswered.iter().peekable();
    for dated in &view.contacts {
        let contact = dated.item;
        let still_waiting = waiting.next_if(|u| u.at == dated.at && u.contact == contact.id);
        let flags = Flags {
            unanswered: still_waiting.is_some(),
            overdue: still_waiting.is_some_and(|u| view.as_of >= u.reply_due),
            ..Flags::default()
        };
        items.push(Item {
            direction: Some(contact.direction),
            ..item(dated.at, TimelineKind::Contact, Some(&contact.id), flags)
        });
    }
    // The order and the contacts (most of the items, already in time order) are sorted apart
    // from the rest, and the two merged.
    let contacts_end = items.len();
    for (i, (dated, finding)) in view.promises.iter().zip(promises).enumerate() {
        let flags = Flags {
            overdue: finding.status == PromiseState::Overdue,
            broken: finding.status == PromiseState::Broken,
            contradicted: contradicted.promises.get(i).copied().unwrap_or(false),
            unanswered: false,
        };
        items.push(item(
            dated.at,
            TimelineKind::PromiseMade,
            Some(&finding.promise),
            flags,
        ));
    }
    for (i, dated) in view.statements.iter().enumerate() {
        let flags = Flags {
            contradicted: contradicted.statements.get(i).copied().unwrap_or(false),
            ..Flags::default()
        };
        items.push(item(
            dated.at,
            TimelineKind::Statement,
            Some(&dated.item.id),
            flags,
        ));
    }
    for attachment in &view.case.attachments {
        let Some(received) = attachment.received_at else {
            continue;
        };
        let at = received.start_in(view.zone);
        if at <= view.as_of {
            let kind = TimelineKind::Attachment;
            items.push(item(at, kind, Some(&attachment.id), Flags::default()));
        }
    }
    for note in &view.case.notes {
        let at = note.at.utc();
        if at <= view.as_of {
            items.push(item(
                at,
                TimelineKind::Note,
                Some(&note.id),
                Flags::default(),
            ));
        }
    }
    for (dated, finding) in view.promises.iter().zip(promises) {
        if let (Some(due), Some(deadline)) = (dated.item.due, finding.due) {
            let at = match due {
                DateOrInstant::Date(_) => deadline - TimeDelta::seconds(1),
                DateOrInstant::Instant(_) => deadline,
            };
            let flags = Flags {
                overdue: finding.status == PromiseState::Overdue,
                ..Flags::default()
            };
            items.push(item(
                at,
                TimelineKind::PromiseDue,
                Some(&finding.promise),
                flags,
            ));
        }
        let settled = matches!(finding.status, PromiseState::Kept | PromiseState::Broken);
        if let (true, Some(at)) = (settled, finding.settled_at) {
            let flags = Flags {
                broken: finding.status == PromiseState::Broken,
                ..Flags::default()
            };
            items.push(item(
                at,
                TimelineKind::PromiseSettled,
                Some(&finding.promise),
                flags,
            ));
        }
    }
    // Stable throughout: items at the same instant keep the order above.
    let mut timeline = Vec::with_capacity(items.len());
    let (first, rest) = items.split_at_mut(contacts_end);
    sort_by_time(first);
    sort_by_time(rest);
    let (mut first, mut rest) = (first.iter().peekable(), rest.iter().peekable());
    loop {
        let next = match (first.peek(), rest.peek()) {
            (Some(a), Some(b)) if b.at < a.at => rest.next(),
            (Some(_), _) => first.next(),
            (None, _) => rest.next(),
        };
        let Some(i) = next else {
            break;
        };
        timeline.push(TimelineItem {
            at: i.at,
            kind: i.kind,
            entry: i.entry.cloned(),
            direction: i.direction,
            flags: i.flags,
        });
    }
    timeline
}

/// Sorts items by time, ties in their order (a stable sort); items already in order are only
/// checked.
fn sort_by_time(items: &mut [Item<'_>]) {
    if !items.is_sorted_by_key(|i| i.at) {
        items.sort_by_key(|i| i.at);
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::testing::*;
    use crate::analysis::{TimelineKind, analyze};
    use crate::domain::{
        Attachment, Channel, DateOrInstant, Direction, EntryId, Instant, Note, Outcome,
        PromiseKind, PromiseStatus,
    };

    #[test]
    fn items_merge_in_time_order_with_flags() {
        let mut case = case_fr();
        case.case.ordered_at = DateOrInstant::parse("2026-08-15T10:12:00+02:00");
        let mut broken = promise(
            "p1",
            "2026-08-15T10:12:00+02:00",
            PromiseKind::Delivery,
            Some("2026-08-22"),
        );
        broken.status = PromiseStatus::Broken;
        broken.settled_at = DateOrInstant::parse("2026-08-24T11:00:00+02:00");
        case.promises = vec![broken];
        case.contacts = vec![
            outgoing(
                "c2",
                "2026-08-25T09:00:00+02:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
            outgoing(
                "c1",
                "2026-08-17T09:30:00+02:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
            incoming(
                "c3",
                "2026-08-20T09:30:00+02:00",
                Channel::Email,
                Outcome::Answered,
            ),
        ];
        case.statements = vec![
            statement("s1", "2026-08-20T09:30:00+02:00", "commande", "reçue"),
            statement(
                "s2",
                "2026-08-24T11:00:00+02:00",
                "commande",
                "aucune trace",
            ),
        ];
        case.attachments = vec![Attachment {
            id: EntryId::new("a1"),
            file_name: "confirmation.pdf".into(),
            sha256: "0".repeat(64),
            size: 1,
            media_type: "application/pdf".into(),
            received_at: DateOrInstant::parse("2026-08-15"),
            caption: None,
            links: vec![],
        }];
        case.notes = vec![Note {
            id: EntryId::new("n1"),
            at: Instant::parse("2026-09-30T12:00:00+02:00").unwrap(),
            text: "after as_of".into(),
        }];
        let findings = analyze(&case, at("2026-08-29T12:00:00+02:00"));
        let order: Vec<(TimelineKind, Option<&str>)> = findings
            .timeline
            .iter()
            .map(|i| (i.kind, i.entry.as_ref().map(EntryId::as_str)))
            .collect();
        use TimelineKind as K;
        assert_eq!(
            order,
            [
                (K::Attachment, Some("a1")),
                (K::Order, None),
                (K::PromiseMade, Some("p1")),
                (K::Contact, Some("c1")),
                (K::Contact, Some("c3")),
                (K::Statement, Some("s1")),
                (K::PromiseDue, Some("p1")),
                (K::Statement, Some("s2")),
                (K::PromiseSettled, Some("p1")),
                (K::Contact, Some("c2")),
            ]
        );
        let flags = |n: usize| findings.timeline[n].flags;
        assert!(flags(2).broken && !flags(2).overdue);
        assert!(flags(5).contradicted && flags(7).contradicted);
        assert!(flags(8).broken);
        assert!(flags(9).unanswered && flags(9).overdue);
        assert!(!flags(3).unanswered);
        assert_eq!(findings.timeline[4].direction, Some(Direction::Incoming));
        // The due item sits at the last second of the due day, in the case's zone.
        assert_eq!(findings.timeline[6].at, at("2026-08-22T23:59:59+02:00"));
    }
}

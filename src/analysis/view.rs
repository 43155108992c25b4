//! The case as it stood at `as_of`: entries dated after `as_of` are left out, the rest put in time
//! order with their instants converted to UTC once.
//!
//! Entries logged out of order are sorted here (ties keep the order they were logged in), so every
//! rule downstream can assume time order.

use crate::domain::{
    CaseData, Channel, Contact, ContactParty, Direction, Outcome, Promise, Statement, TimeZone,
};
use chrono::{DateTime, Utc};

/// An entry with its instant in UTC.
#[derive(Debug)]
pub(crate) struct Dated<'a, T> {
    /// When (a contact's or statement's `at`, a promise's `made_at` start).
    pub at: DateTime<Utc>,
    /// The entry.
    pub item: &'a T,
}

// Copy whatever `T` is: only a reference to it is held (a derive would require `T: Copy`).
impl<T> Clone for Dated<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Dated<'_, T> {}

/// The case at `as_of`, sorted.
#[derive(Debug)]
pub(crate) struct CaseView<'a> {
    /// The whole case, for the parts that need no filtering.
    pub case: &'a CaseData,
    /// The case's zone.
    pub zone: TimeZone,
    /// The instant of the analysis.
    pub as_of: DateTime<Utc>,
    /// Contacts with the merchant up to `as_of`, in time order (contacts with a card issuer,
    /// mediator, agency or court are not attempts to reach the merchant).
    pub contacts: Vec<Dated<'a, Contact>>,
    /// Incoming contacts that are real answers (not auto-replies), up to `as_of`, in time order.
    pub answers: Vec<Dated<'a, Contact>>,
    /// Promises made up to `as_of`, in the order they were made.
    pub promises: Vec<Dated<'a, Promise>>,
    /// Statements up to `as_of`, in time order.
    pub statements: Vec<Dated<'a, Statement>>,
}

/// Whether an incoming contact is a real answer from the merchant (not an automatic one).
pub(crate) fn is_answer(contact: &Contact) -> bool {
    contact.direction == Direction::Incoming && contact.outcome != Outcome::AutoReplyOnly
}

/// Whether a contact is a live conversation: a call, a visit or a chat (either direction) where
/// someone from the merchant answered, whatever came of it. A cut call or an `other` outcome counts
/// only when a counterpart is named or the call went on past the hold (`duration_minutes` longer
/// than `wait_minutes`): a line that went dead after hold music is nobody's answer.
pub fn is_live_conversation(contact: &Contact) -> bool {
    matches!(
        contact.channel,
        Channel::Phone | Channel::InPerson | Channel::Chat
    ) && match contact.outcome {
        Outcome::Answered
        | Outcome::Transferred
        | Outcome::CallbackPromised
        | Outcome::Refused
        | Outcome::Resolved => true,
        Outcome::Disconnected | Outcome::Other => {
            contact.counterpart.is_some()
                || contact
                    .duration_minutes
                    .is_some_and(|m| m > contact.wait_minutes.unwrap_or(0))
        }
        Outcome::NoAnswer | Outcome::VoicemailLeft | Outcome::AutoReplyOnly => false,
    }
}

/// Whether a contact is the merchant's word: a real answer, or a live conversation. It ends a
/// silence (it does not by itself answer earlier written messages).
pub(crate) fn is_merchants_word(contact: &Contact) -> bool {
    is_answer(contact) || is_live_conversation(contact)
}

/// Sorts entries by time, ties in the order they were logged; entries logged in time order, the
/// usual case, are only checked.
///
/// The entries all borrow from one slice of the case, so their addresses are in the order they
/// were logged: sorting on (time, address) is a stable sort by time, done by the faster unstable
/// sort.
fn sort_by_time<T>(entries: &mut [Dated<'_, T>]) {
    if !entries.is_sorted_by_key(|d| d.at) {
        entries.sort_unstable_by_key(|d| (d.at, std::ptr::from_ref(d.item)));
    }
}

impl<'a> CaseView<'a> {
    /// Builds the view of `case` at `as_of`.
    pub(crate) fn new(case: &'a CaseData, as_of: DateTime<Utc>) -> Self {
        let zone = case.case.time_zone;
        // Sized for the whole case up front: a filtered iterator gives no size hint.
        let mut contacts: Vec<Dated<'a, Contact>> = Vec::with_capacity(case.contacts.len());
        contacts.extend(
            case.contacts
                .iter()
                .map(|c| Dated {
                    at: c.at.utc(),
                    item: c,
                })
                .filter(|d| d.at <= as_of && d.item.party == ContactParty::Merchant),
        );
        sort_by_time(&mut contacts);
        let mut answers = Vec::with_capacity(contacts.len());
        answers.extend(contacts.iter().copied().filter(|d| is_answer(d.item)));
        let mut promises: Vec<Dated<'a, Promise>> = Vec::with_capacity(case.promises.len());
        promises.extend(
            case.promises
                .iter()
                .map(|p| Dated {
                    at: p.made_at.start_in(zone),
                    item: p,
                })
                .filter(|d| d.at <= as_of),
        );
        sort_by_time(&mut promises);
        let mut statements: Vec<Dated<'a, Statement>> = Vec::with_capacity(case.statements.len());
        statements.extend(
            case.statements
                .iter()
                .map(|s| Dated {
                    at: s.at.utc(),
                    item: s,
                })
                .filter(|d| d.at <= as_of),
        );
        sort_by_time(&mut statements);
        Self {
            case,
            zone,
            as_of,
            contacts,
            answers,
            promises,
            statements,
        }
    }

    /// The first real answer strictly after `after`, skipping the contact `except` (if any).
    pub(crate) fn first_answer_after(
        &self,
        after: DateTime<Utc>,
        except: Option<&crate::domain::EntryId>,
    ) -> Option<Dated<'a, Contact>> {
        let start = self.answers.partition_point(|d| d.at <= after);
        self.answers
            .get(start..)
            .unwrap_or_default()
            .iter()
            .find(|d| Some(&d.item.id) != except)
            .copied()
    }
}

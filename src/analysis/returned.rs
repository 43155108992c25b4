//! The return of the goods, as the case's entries record it: the proof of dispatch (an
//! attachment whose caption or name is a receipt, drop-off or tracking slip for the return), the
//! merchant's acknowledgement that it received them (a statement of the merchant's whose topic
//! is the return's arrival) and the return's reference (the one on the contact that
//! acknowledgement came from). The case format has no key for a return yet; these entries are how
//! a consumer records one (statutory-clocks.md, "Goods returned": dispatch date, receipt by the
//! trader).
//!
//! One truth for every reader: the clocks (Visa 13.7, CN-2, counts from the return) and the
//! letters (which state the return) both read [`returned`].

use crate::domain::{Attachment, CaseData, Contact, ContactParty, EntryId, Statement};
use chrono::{DateTime, NaiveDate, Utc};

/// Whether one of the words of `text` starts with one of `stems` (lower case).
fn has_word(text: &str, stems: &[&str]) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .any(|word| stems.iter().any(|stem| word.starts_with(stem)))
}

/// Whether a caption, file name or topic speaks of the return ("return", "returned parcel",
/// « retour », « renvoi »): one of its words starts so.
pub fn about_return(text: &str) -> bool {
    has_word(text, &["return", "retour", "renvoi", "renvoy"])
}

/// Whether an attachment's caption or file name is a proof that the return was sent (a receipt,
/// a drop-off, a tracking slip), not, say, the return label or the return policy.
pub fn proof_of_dispatch(text: &str) -> bool {
    about_return(text)
        && has_word(
            text,
            &[
                "receipt",
                "drop",
                "sent",
                "ship",
                "post",
                "tracking",
                "proof",
                "récépissé",
                "recepisse",
                "reçu",
                "recu",
                "dépôt",
                "depot",
                "envoi",
                "envoy",
                "expédi",
                "expedi",
                "suivi",
                "preuve",
                "bordereau",
            ],
        )
}

/// Whether a statement's topic is the return's arrival ("return received", « retour reçu »,
/// « réception du retour »), not the return policy or a return label.
pub fn return_received(topic: &str) -> bool {
    about_return(topic)
        && has_word(
            topic,
            &["receiv", "arriv", "reçu", "recu", "récept", "recept"],
        )
}

/// What the entries say of the return, by `as_of`.
#[derive(Debug, Clone)]
pub struct Returned<'c> {
    /// The proof of dispatch: its day and the attachment.
    pub dispatched: Option<(NaiveDate, &'c Attachment)>,
    /// The merchant's acknowledgement: its day, the statement and the contact it came from.
    pub acknowledged: Option<(NaiveDate, &'c Statement, &'c Contact)>,
    /// The return's reference, from the acknowledging contact (or the one it answered).
    pub reference: Option<String>,
}

impl Returned<'_> {
    /// Whether the case records a return at all.
    pub fn any(&self) -> bool {
        self.dispatched.is_some() || self.acknowledged.is_some()
    }

    /// The day the goods count as returned, and whether that is only the day they were sent
    /// (their receipt by the merchant is not recorded): the merchant's acknowledgement when
    /// there is one, else the proof of dispatch.
    pub fn day(&self) -> Option<(NaiveDate, bool)> {
        match (self.acknowledged, self.dispatched) {
            (Some((day, _, _)), _) => Some((day, false)),
            (None, Some((day, _))) => Some((day, true)),
            (None, None) => None,
        }
    }
}

/// The return, from the entries known at `as_of`: only for goods delivered by then.
pub fn returned(case: &CaseData, as_of: DateTime<Utc>) -> Returned<'_> {
    let zone = case.case.time_zone;
    let none = Returned {
        dispatched: None,
        acknowledged: None,
        reference: None,
    };
    let Some(delivered) = case
        .case
        .delivered_at
        .filter(|at| at.start_in(zone) <= as_of)
        .map(|at| at.date_in(zone))
    else {
        return none;
    };
    let dispatched = case
        .attachments
        .iter()
        .filter_map(|a| {
            let at = a.received_at?;
            let day = at.date_in(zone);
            (at.start_in(zone) <= as_of
                && day >= delivered
                && (a.caption.as_deref().is_some_and(proof_of_dispatch)
                    || proof_of_dispatch(&a.file_name)))
            .then_some((day, a))
        })
        .min_by_key(|(day, _)| *day);
    let contact = |id: &EntryId| case.contacts.iter().find(|c| &c.id == id);
    let acknowledged = case
        .statements
        .iter()
        .filter(|s| s.at.utc() <= as_of && return_received(&s.topic))
        .filter_map(|s| {
            let from = contact(s.source.as_ref()?)?;
            (from.party == ContactParty::Merchant).then_some((s.at.date_in(zone), s, from))
        })
        .min_by_key(|(day, s, _)| (*day, s.at));
    let reference = acknowledged.as_ref().and_then(|(_, _, from)| {
        let answered = from.in_reply_to.as_ref().and_then(contact);
        [Some(*from), answered]
            .into_iter()
            .flatten()
            .find_map(|c| c.reference.clone().filter(|r| !r.trim().is_empty()))
    });
    Returned {
        dispatched,
        acknowledged,
        reference,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_return_is_told_by_its_words_in_either_language() {
        for yes in [
            "return received",
            "Photo of the receipt for the return parcel",
            "return-drop-off-receipt.jpg",
            "Retour reçu",
            "Bordereau de renvoi du colis",
            "Goods returned",
        ] {
            assert!(about_return(yes), "{yes}");
        }
        for no in [
            "refund amount",
            "pickup date",
            "Livraison",
            "Visa statement",
        ] {
            assert!(!about_return(no), "{no}");
        }
    }

    #[test]
    fn a_proof_of_dispatch_and_an_acknowledgement_are_told_from_a_label_or_a_policy() {
        for yes in [
            "Photo of the Canada Post receipt for the return parcel",
            "return-drop-off-receipt.jpg",
            "Bordereau de dépôt du colis retourné",
        ] {
            assert!(proof_of_dispatch(yes), "{yes}");
        }
        for no in [
            "Prepaid return label",
            "Return policy (screenshot)",
            "Delivery receipt",
        ] {
            assert!(!proof_of_dispatch(no), "{no}");
        }
        for yes in [
            "return received",
            "Retour reçu",
            "Réception du retour",
            "Return arrived",
        ] {
            assert!(return_received(yes), "{yes}");
        }
        for no in ["return policy", "return label", "refund received"] {
            assert!(!return_received(no), "{no}");
        }
    }
}

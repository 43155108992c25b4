//! The return of the goods, as the case's entries record it: the proof of dispatch (an
//! attachment whose caption or name is a receipt, drop-off or tracking slip for the return), the
//! merchant's acknowledgement that it received them (a statement of the merchant's whose topic
//! is the return's arrival) and the return's reference (the one on the
//! contact that acknowledgement came from). The case format has no key for a return yet; these
//! entries are how a consumer records one (statutory-clocks.md, "Goods returned": dispatch
//! date, receipt by the trader).

#[allow(clippy::wildcard_imports)]
use super::*;
use crate::domain::{Attachment, Statement};

/// Whether one of the words of `text` starts with one of `stems` (lower case).
fn has_word(text: &str, stems: &[&str]) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .any(|word| stems.iter().any(|stem| word.starts_with(stem)))
}

/// Whether a caption, file name or topic speaks of the return ("return", "returned parcel",
/// « retour », « renvoi »): one of its words starts so.
pub(super) fn about_return(text: &str) -> bool {
    has_word(text, &["return", "retour", "renvoi", "renvoy"])
}

/// Whether an attachment's caption or file name is a proof that the return was sent (a receipt,
/// a drop-off, a tracking slip), not, say, the return label or the return policy.
pub(super) fn proof_of_dispatch(text: &str) -> bool {
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
pub(super) fn return_received(topic: &str) -> bool {
    about_return(topic)
        && has_word(
            topic,
            &["receiv", "arriv", "reçu", "recu", "récept", "recept"],
        )
}

/// What the entries say of the return, by the letter's date.
pub(super) struct Returned<'c> {
    /// The proof of dispatch: its day and the attachment.
    pub dispatched: Option<(NaiveDate, &'c Attachment)>,
    /// The merchant's acknowledgement: its day, the statement and the contact it came from.
    pub acknowledged: Option<(NaiveDate, &'c Statement, &'c crate::domain::Contact)>,
    /// The return's reference, from the acknowledging contact (or the one it answered).
    pub reference: Option<String>,
}

impl Returned<'_> {
    /// Whether the case records a return at all.
    pub fn any(&self) -> bool {
        self.dispatched.is_some() || self.acknowledged.is_some()
    }
}

impl<'a> Writer<'a> {
    /// The return, from the entries: only for goods delivered.
    pub(super) fn returned(&self) -> Returned<'a> {
        let case = self.case;
        let zone = case.case.time_zone;
        let as_of = self.options.as_of;
        let none = Returned {
            dispatched: None,
            acknowledged: None,
            reference: None,
        };
        let Some(delivered) = self.delivered() else {
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
        let contact = |id: &crate::domain::EntryId| case.contacts.iter().find(|c| &c.id == id);
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

    /// The facts of the return: sent back (with its reference and proof), acknowledged.
    pub(super) fn return_facts(&self) -> Vec<(NaiveDate, Block)> {
        let r = self.returned();
        let mut facts = Vec::new();
        let reference = r.reference.clone();
        let mut reference_told = false;
        if let Some((day, attachment)) = r.dispatched {
            let mut details = Vec::new();
            if let Some(reference) = &reference {
                details.push(self.ta(
                    "letter-return-reference",
                    &[("reference", reference.clone().into())],
                ));
                reference_told = true;
            }
            let order = crate::dossier::model::exhibit_order(self.case);
            if let Some(n) = (1..)
                .zip(order)
                .find(|(_, a)| a.id == attachment.id)
                .map(|(n, _)| n)
            {
                let label = crate::dossier::model::exhibit_label(self.jurisdiction(), self.lang, n);
                details.push(self.ta("letter-return-proof", &[("exhibit", label.into())]));
            }
            let mut sources = vec![Source::Entry(attachment.id.clone())];
            sources.extend(attachment.links.iter().cloned().map(Source::Entry));
            facts.push((
                day,
                item(
                    self.ta(
                        "letter-fact-returned",
                        &[
                            self.to(),
                            ("date", self.date(day)),
                            ("details", details.join("; ").into()),
                        ],
                    ),
                    sources,
                ),
            ));
        }
        if let Some((day, statement, from)) = r.acknowledged {
            let said = match statement.text.as_deref().filter(|t| !t.trim().is_empty()) {
                Some(text) => format!("{}.", super::facts::reported(text)),
                None => format!("{}.", super::facts::reported(&statement.value)),
            };
            let key = match (&reference, reference_told) {
                (Some(_), false) => "letter-fact-return-acknowledged-ref",
                _ => "letter-fact-return-acknowledged",
            };
            facts.push((
                day,
                item(
                    self.ta(
                        key,
                        &[
                            self.to(),
                            ("date", self.date(day)),
                            ("channel", self.channel(from)),
                            ("text", said.into()),
                            ("reference", reference.clone().unwrap_or_default().into()),
                        ],
                    ),
                    vec![
                        Source::Entry(statement.id.clone()),
                        Source::Entry(from.id.clone()),
                    ],
                ),
            ));
        }
        facts
    }
}

#[cfg(test)]
mod tests {
    use super::about_return;

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
        use super::{proof_of_dispatch, return_received};
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

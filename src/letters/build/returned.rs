//! The return of the goods in a letter: sent back (with its reference and proof), acknowledged.
//! What the entries say of the return is read in `analysis::returned`, the one truth the clocks
//! (Visa 13.7, CN-2) read too.

#[allow(clippy::wildcard_imports)]
use super::*;
use crate::analysis::returned::Returned;

impl<'a> Writer<'a> {
    /// The return, from the entries (one truth with the clocks: `analysis::returned`).
    pub(super) fn returned(&self) -> Returned<'a> {
        crate::analysis::returned::returned(self.case, self.options.as_of)
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

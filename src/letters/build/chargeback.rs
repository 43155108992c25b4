//! The chargeback request's own parts: the payment in dispute and the annex of attempts to
//! resolve with the merchant.

#[allow(clippy::wildcard_imports)]
use super::*;

impl Writer<'_> {
    /// LPC 54.15's contents, the FCBA notice's, or the network dispute's.
    pub(super) fn chargeback_details(&self, demand: Option<&Demand>) -> Vec<Block> {
        let d = &self.case.case;
        let zone = d.time_zone;
        let Some(p) = &d.payment else {
            return Vec::new();
        };
        let payment = || vec![Source::Case("case.payment".into())];
        let mut blocks = vec![item(
            self.ta(
                "letter-cb-cardholder",
                &[("name", d.consumer.name.clone().into())],
            ),
            vec![Source::Case("case.consumer.name".into())],
        )];
        if let Some(last4) = p.card_last4 {
            let network = p
                .network
                .map(|n| tr(self.lang, &n.label_key()))
                .unwrap_or_else(|| self.t(&format!("letter-card-{}", p.method.as_str())));
            blocks.push(item(
                self.ta(
                    "letter-cb-card",
                    &[
                        ("network", network.into()),
                        ("last4", last4.to_string().into()),
                    ],
                ),
                payment(),
            ));
        }
        let merchant = match p.descriptor.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(descriptor) => self.ta(
                "letter-cb-merchant-descriptor",
                &[
                    ("name", d.merchant.name.clone().into()),
                    ("descriptor", descriptor.to_owned().into()),
                ],
            ),
            None => self.ta(
                "letter-cb-merchant",
                &[("name", d.merchant.name.clone().into())],
            ),
        };
        blocks.push(item(merchant, vec![Source::Case("case.merchant".into())]));
        if let Some(ordered) = d.ordered_at {
            blocks.push(item(
                self.ta(
                    "letter-cb-contract-date",
                    &[("date", self.date(ordered.date_in(zone)))],
                ),
                vec![Source::Case("case.ordered_at".into())],
            ));
        }
        if let Some(demand) = demand {
            blocks.push(item(
                self.ta("letter-cb-charged", &[("amount", self.money(&demand.paid))]),
                payment(),
            ));
            blocks.push(item(
                self.ta(
                    "letter-cb-to-refund",
                    &[("amount", self.money(&demand.total))],
                ),
                vec![Source::Case("case.refunds".into())],
            ));
        }
        blocks.push(item(
            self.ta(
                "letter-cb-description",
                &[("product", self.product().into())],
            ),
            vec![Source::Case("case.product".into())],
        ));
        let reason = if self.delivered().is_none()
            && self.sent(ContactPurpose::Withdrawal).next().is_none()
        {
            "letter-cb-reason-not-delivered"
        } else if self.returned().any() {
            "letter-cb-reason-returned"
        } else {
            "letter-cb-reason-not-refunded"
        };
        blocks.push(item(
            self.t(reason),
            vec![Source::Case("case.delivered_at".into())],
        ));
        if let Some(notice) = self.sent(ContactPurpose::Cancellation).min_by_key(|c| c.at) {
            blocks.push(item(
                self.ta(
                    "letter-cb-cancelled",
                    &[
                        ("date", self.date(notice.at.date_in(zone))),
                        ("channel", self.channel(notice)),
                    ],
                ),
                vec![Source::Entry(notice.id.clone())],
            ));
        }
        blocks
    }

    /// What came of a contact, for the annex. A message from the merchant was not "answered":
    /// the outcome *answered* (the exchange happened) or *other* of an incoming contact says it
    /// was received (a reply when it answers one of the consumer's); a promise, refusal or
    /// resolution it carried is said as such.
    fn annex_outcome(&self, c: &crate::domain::Contact) -> String {
        use crate::domain::Outcome;
        match (c.direction, c.outcome) {
            (Direction::Incoming, Outcome::Answered | Outcome::Other) => {
                self.t(if c.in_reply_to.is_some() {
                    "letter-annex-reply-received"
                } else {
                    "letter-annex-message-received"
                })
            }
            _ => tr(self.lang, &c.outcome.label_key()),
        }
    }

    /// Every merchant contact by the letter's date, with date, person, channel and outcome.
    pub(super) fn annex(&self) -> Annex {
        let zone = self.case.case.time_zone;
        let mut contacts: Vec<_> = self
            .case
            .contacts
            .iter()
            .filter(|c| c.party == ContactParty::Merchant && c.at.utc() <= self.options.as_of)
            .collect();
        contacts.sort_by_key(|c| c.at);
        let rows = contacts
            .into_iter()
            .map(|c| AnnexRow {
                date: f::date(self.lang, c.at.date_in(zone)),
                person: c
                    .counterpart
                    .clone()
                    .filter(|p| !p.trim().is_empty())
                    .unwrap_or_else(|| "—".to_owned()),
                channel: format!(
                    "{} ({})",
                    tr(self.lang, &c.channel.label_key()),
                    tr(self.lang, &c.direction.label_key()).to_lowercase()
                ),
                outcome: self.annex_outcome(c),
                source: c.id.clone(),
            })
            .collect();
        Annex {
            title: self.t("letter-annex-title"),
            header: [
                self.t("letter-annex-date"),
                self.t("letter-annex-person"),
                self.t("letter-annex-channel"),
                self.t("letter-annex-outcome"),
            ],
            rows,
        }
    }
}

//! The facts of a letter, each with the case field or entry it came from.

#[allow(clippy::wildcard_imports)]
use super::*;

/// The consumer's note of what was said, to be reported rather than quoted: trimmed of the
/// quotation marks and the final full stop it may carry (the sentence adds its own).
pub(super) fn reported(note: &str) -> String {
    note.trim()
        .trim_matches(|c| matches!(c, '"' | '“' | '”' | '«' | '»'))
        .trim()
        .trim_end_matches('.')
        .trim_end()
        .to_owned()
}

impl Writer<'_> {
    /// The facts, in date order (each at the day it happened; a fact of the same day keeps the
    /// order order, payment, agreed date, delivery, return, broken promises, notices sent,
    /// unanswered messages, refunds).
    pub(super) fn facts(&self) -> Vec<Block> {
        let mut dated = self.dated_facts();
        dated.sort_by_key(|(day, _)| *day);
        dated.into_iter().map(|(_, block)| block).collect()
    }

    /// The facts with the day each happened (the agreed date at that date, "not delivered" at
    /// the letter's date, the unanswered messages at the last of them).
    fn dated_facts(&self) -> Vec<(NaiveDate, Block)> {
        let d = &self.case.case;
        let zone = d.time_zone;
        let as_of = self.options.as_of;
        let mut facts = Vec::new();
        if let (Some(ordered), Some(paid)) = (d.ordered_at, self.paid()) {
            let mut args = vec![
                self.to(),
                ("date", self.date(ordered.date_in(zone))),
                ("product", self.product_phrase().into()),
                ("price", self.money(&paid)),
            ];
            let mut sources = vec![
                Source::Case("case.ordered_at".into()),
                Source::Case("case.product".into()),
                Source::Case("case.price".into()),
            ];
            let key = match d
                .order_reference
                .as_deref()
                .filter(|r| !r.trim().is_empty())
            {
                Some(r) => {
                    args.push(("reference", r.to_owned().into()));
                    sources.push(Source::Case("case.order_reference".into()));
                    "letter-fact-order-ref"
                }
                None => "letter-fact-order",
            };
            facts.push((ordered.date_in(zone), item(self.ta(key, &args), sources)));
        }
        if let Some(p) = &d.payment {
            let when = p.paid_at.filter(|at| at.utc() <= as_of);
            if let (Some(at), Some(paid)) = (when, self.paid()) {
                facts.push((
                    at.date_in(zone),
                    item(
                        self.ta(
                            "letter-fact-paid",
                            &[
                                ("amount", self.money(&paid)),
                                (
                                    "method",
                                    self.t(&format!("letter-by-{}", p.method.as_str())).into(),
                                ),
                                ("date", self.date(at.date_in(zone))),
                            ],
                        ),
                        vec![Source::Case("case.payment".into())],
                    ),
                ));
            }
        }
        if let Some(agreed) = d.delivery_agreed {
            facts.push((
                agreed.date_in(zone),
                item(
                    self.ta(
                        "letter-fact-agreed",
                        &[("date", self.date(agreed.date_in(zone)))],
                    ),
                    vec![Source::Case("case.delivery_agreed".into())],
                ),
            ));
        }
        match self.delivered() {
            Some(day) => facts.push((
                day,
                item(
                    self.ta("letter-fact-delivered", &[("date", self.date(day))]),
                    vec![Source::Case("case.delivered_at".into())],
                ),
            )),
            None if self.sent(ContactPurpose::Withdrawal).next().is_none() => facts.push((
                self.today,
                item(
                    self.ta(
                        "letter-fact-not-delivered",
                        &[("date", self.date(self.today))],
                    ),
                    vec![Source::Case("case.delivered_at".into())],
                ),
            )),
            None => {}
        }
        facts.extend(self.return_facts());
        for finding in &self.findings.promises {
            if !matches!(finding.status, PromiseState::Broken | PromiseState::Overdue) {
                continue;
            }
            let Some(promise) = self.case.promises.iter().find(|p| p.id == finding.promise) else {
                continue;
            };
            let made_day = finding.made_at.with_timezone(&zone.0).date_naive();
            let made = self.date(made_day);
            // The promise's text is the consumer's note of what was said (the case records no
            // exact words): reported, never quoted as the merchant's.
            let what = self
                .t(&format!("letter-promised-{}", promise.kind.as_str()))
                .into();
            let text = reported(&promise.text).into();
            // The day the promise named (a deadline instant is the next midnight).
            let due_day = promise.due.map(|d| d.date_in(zone)).or_else(|| {
                finding.due.map(|due| {
                    (due - chrono::Duration::seconds(1))
                        .with_timezone(&zone.0)
                        .date_naive()
                })
            });
            let text = match due_day {
                Some(due) => self.ta(
                    "letter-fact-promise",
                    &[
                        self.to(),
                        ("made", made),
                        ("what", what),
                        ("text", text),
                        ("due", self.date(due)),
                    ],
                ),
                None => self.ta(
                    "letter-fact-promise-nodue",
                    &[self.to(), ("made", made), ("what", what), ("text", text)],
                ),
            };
            facts.push((
                made_day,
                item(text, vec![Source::Entry(promise.id.clone())]),
            ));
        }
        for purpose in [
            ContactPurpose::Complaint,
            ContactPurpose::FormalNotice,
            ContactPurpose::Cancellation,
            ContactPurpose::Withdrawal,
        ] {
            for contact in self.sent(purpose) {
                facts.push((
                    contact.at.date_in(zone),
                    item(
                        self.ta(
                            &format!("letter-fact-sent-{}", purpose.as_str()),
                            &[
                                self.to(),
                                ("date", self.date(contact.at.date_in(zone))),
                                ("channel", self.channel(contact)),
                            ],
                        ),
                        vec![Source::Entry(contact.id.clone())],
                    ),
                ));
            }
        }
        let unanswered = &self.findings.unanswered;
        if !unanswered.is_empty() {
            let mut items: Vec<String> = Vec::new();
            for u in unanswered {
                let channel = tr(self.lang, &u.channel.label_key()).to_lowercase();
                items.push(format!(
                    "{} ({channel})",
                    f::date(self.lang, u.at.with_timezone(&zone.0).date_naive())
                ));
            }
            let last = unanswered
                .iter()
                .map(|u| u.at.with_timezone(&zone.0).date_naive())
                .max()
                .unwrap_or(self.today);
            facts.push((
                last,
                item(
                    self.ta(
                        "letter-fact-unanswered",
                        &[
                            ("count", f::number(unanswered.len())),
                            ("list", f::list(self.lang, &items, None).into()),
                        ],
                    ),
                    unanswered
                        .iter()
                        .map(|u| Source::Entry(u.contact.clone()))
                        .collect(),
                ),
            ));
        }
        for (i, refund) in d.refunds.iter().enumerate() {
            if refund.at.start_in(zone) > as_of {
                continue;
            }
            facts.push((
                refund.at.date_in(zone),
                item(
                    self.ta(
                        "letter-fact-refund",
                        &[
                            ("amount", self.money(&refund.amount)),
                            ("date", self.date(refund.at.date_in(zone))),
                        ],
                    ),
                    vec![Source::Case(format!("case.refunds[{i}]"))],
                ),
            ));
        }
        facts
    }

    pub(super) fn channel(&self, contact: &crate::domain::Contact) -> FluentValue<'static> {
        tr(self.lang, &contact.channel.label_key())
            .to_lowercase()
            .into()
    }
}

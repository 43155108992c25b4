//! The headline: the facts of a short summary for the app's dashboard and the dossier's cover
//! ("9 days since the order. 6 contact attempts, 4 unanswered. 1 promise broken (delivery, 2 days
//! late). 1 contradiction: order received."), worded per language by
//! the presentation layer (`i18n::findings::headline`). It repeats the named figures, never counts anew.

use super::figures::since;
use super::{Findings, Headline, PromiseMention, PromiseState};

/// Gathers the headline's facts from everything else in the findings.
pub(crate) fn headline(findings: &Findings) -> Headline {
    let figures = &findings.figures;
    let mention = |state: PromiseState| -> Vec<PromiseMention> {
        findings
            .promises
            .iter()
            .filter(|p| p.restated_by.is_none() && p.status == state)
            .map(|p| PromiseMention {
                kind: p.kind,
                days_late: p.days_late.filter(|d| *d > 0),
            })
            .collect()
    };
    Headline {
        since: since(figures),
        contact_attempts: figures.contact_attempts,
        unanswered: figures.unanswered,
        awaiting_reply: figures.awaiting_reply,
        broken: mention(PromiseState::Broken),
        overdue: mention(PromiseState::Overdue),
        contradictions: findings
            .contradictions
            .iter()
            .map(|c| c.topic.clone())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::testing::*;
    use crate::analysis::{Since, Topic, analyze};
    use crate::domain::{Channel, DateOrInstant, Outcome, PromiseKind, PromiseStatus};

    #[test]
    fn the_headline_repeats_the_named_figures() {
        let mut case = case_en();
        case.case.ordered_at = DateOrInstant::parse("2026-08-15");
        case.contacts = vec![
            outgoing(
                "c1",
                "2026-08-17T09:00:00-04:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
            outgoing(
                "c2",
                "2026-08-18T09:00:00-04:00",
                Channel::Phone,
                Outcome::Answered,
            ),
            outgoing(
                "c3",
                "2026-08-24T09:00:00-04:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
        ];
        let mut delivery = promise(
            "p1",
            "2026-08-15",
            PromiseKind::Delivery,
            Some("2026-08-20"),
        );
        delivery.status = PromiseStatus::Broken;
        delivery.settled_at = DateOrInstant::parse("2026-08-22");
        case.promises = vec![delivery];
        case.statements = vec![
            statement("s1", "2026-08-18T09:00:00-04:00", "Order received", "yes"),
            statement(
                "s2",
                "2026-08-21T09:00:00-04:00",
                "order received",
                "no trace",
            ),
        ];
        let findings = analyze(&case, at("2026-08-24T12:00:00-04:00"));
        let headline = &findings.headline;
        assert_eq!(headline.since, Some(Since::Order(9)));
        assert_eq!(headline.contact_attempts, findings.figures.contact_attempts);
        assert_eq!(headline.contact_attempts, 3);
        assert_eq!(headline.unanswered, 1, "c1 is overdue");
        assert_eq!(headline.awaiting_reply, 1, "c3 is not yet due");
        assert_eq!(headline.broken.len(), 1);
        // Broken on the 22nd and still not delivered: late from the 21st to the 24th.
        assert_eq!(headline.broken[0].days_late, Some(4));
        assert_eq!(
            headline.contradictions,
            vec![Topic::Stated("Order received".into())]
        );
    }
}

//! The headline: a short summary in the case's language, for the app's dashboard and the
//! dossier's cover. "9 days since the order. 4 of 5 contact attempts unanswered. 1 promise broken
//! (delivery, 2 days late). 1 contradiction: order received."

use super::{Findings, PromiseFinding, PromiseState};
use crate::domain::{Language, PromiseKind};
use crate::i18n::{FluentValue, label, tr, tr_args, tr_count};

/// How many promise details or topics a headline names before it stops with "…".
const MAX_NAMED: usize = 3;

/// Writes the headline from everything else in the findings.
pub(crate) fn headline(language: Language, findings: &Findings) -> String {
    let mut sentences = Vec::new();
    if let Some(days) = findings.days_since_order {
        sentences.push(tr_count(language, "headline-days-since-order", days));
    } else if let Some(days) = findings.days_since_first_complaint {
        sentences.push(tr_count(
            language,
            "headline-days-since-first-complaint",
            days,
        ));
    }
    let expected = findings.unanswered.len() + findings.answered.len();
    if expected > 0 {
        sentences.push(tr_args(
            language,
            "headline-unanswered",
            &[
                ("unanswered", count(findings.unanswered.len())),
                ("expected", count(expected)),
            ],
        ));
    }
    for (state, key) in [
        (PromiseState::Broken, "headline-promises-broken"),
        (PromiseState::Overdue, "headline-promises-overdue"),
    ] {
        let matching: Vec<&PromiseFinding> = findings
            .promises
            .iter()
            .filter(|p| p.status == state)
            .collect();
        if !matching.is_empty() {
            let details = named_list(matching.iter().map(|p| promise_detail(language, p)));
            sentences.push(tr_args(
                language,
                key,
                &[
                    ("count", count(matching.len())),
                    ("details", FluentValue::from(details)),
                ],
            ));
        }
    }
    if !findings.contradictions.is_empty() {
        let topics = named_list(findings.contradictions.iter().map(|c| {
            c.topic
                .trim_end_matches(['.', ',', ';', ':', '!', '?', ' '])
                .to_owned()
        }));
        sentences.push(tr_args(
            language,
            "headline-contradictions",
            &[
                ("count", count(findings.contradictions.len())),
                ("topics", FluentValue::from(topics)),
            ],
        ));
    }
    if sentences.is_empty() {
        sentences.push(tr(language, "headline-nothing-yet"));
    }
    sentences.join(" ")
}

fn count(n: usize) -> FluentValue<'static> {
    FluentValue::from(i64::try_from(n).unwrap_or(i64::MAX))
}

/// "delivery, 2 days late" or just "delivery".
fn promise_detail(language: Language, promise: &PromiseFinding) -> String {
    let kind = kind_name(language, promise.kind);
    match promise.days_late {
        Some(days) if days > 0 => tr_args(
            language,
            "headline-promise-late",
            &[
                ("kind", FluentValue::from(kind)),
                ("days", FluentValue::from(days)),
            ],
        ),
        _ => kind,
    }
}

/// The kind's label as it reads inside a sentence ("delivery", "livraison", but "SMS").
pub(crate) fn kind_name(language: Language, kind: PromiseKind) -> String {
    lower_first(&label(language, &kind.label_key()))
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(_), Some(second)) if second.is_uppercase() => text.to_owned(),
        (Some(first), _) => first.to_lowercase().chain(text.chars().skip(1)).collect(),
        (None, _) => String::new(),
    }
}

/// The first few items joined with ", ", then "…" if there were more.
fn named_list(items: impl Iterator<Item = String>) -> String {
    let mut named: Vec<String> = Vec::new();
    let mut more = false;
    for item in items {
        if named.len() == MAX_NAMED {
            more = true;
            break;
        }
        named.push(item);
    }
    let mut list = named.join(", ");
    if more {
        list.push_str(", …");
    }
    list
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze;
    use crate::analysis::testing::*;
    use crate::domain::{
        Channel, DateOrInstant, EntryId, Language, Outcome, PromiseKind, PromiseStatus,
    };

    /// The issue's example story: ordered on the 15th, five attempts, one answer, a broken
    /// delivery promise, and the merchant's word on whether the order was received changing.
    fn story(language: Language) -> crate::domain::CaseData {
        let mut case = if language == Language::Fr {
            case_fr()
        } else {
            case_en()
        };
        case.case.ordered_at = DateOrInstant::parse("2026-08-15");
        case.contacts = vec![
            outgoing(
                "c1",
                "2026-08-17T09:00:00+02:00",
                Channel::Email,
                Outcome::NoAnswer,
            ),
            incoming(
                "c2",
                "2026-08-18T09:00:00+02:00",
                Channel::Email,
                Outcome::Answered,
            ),
            outgoing(
                "c3",
                "2026-08-19T09:00:00+02:00",
                Channel::Email,
                Outcome::AutoReplyOnly,
            ),
            outgoing(
                "c4",
                "2026-08-20T09:00:00+02:00",
                Channel::Phone,
                Outcome::VoicemailLeft,
            ),
            outgoing(
                "c5",
                "2026-08-20T10:00:00+02:00",
                Channel::Letter,
                Outcome::Other,
            ),
            outgoing(
                "c6",
                "2026-08-21T09:00:00+02:00",
                Channel::WebForm,
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
        let topic = if language == Language::Fr {
            "commande reçue"
        } else {
            "order received"
        };
        case.statements = vec![
            statement("s1", "2026-08-18T09:00:00+02:00", topic, "yes"),
            statement("s2", "2026-08-21T09:00:00+02:00", topic, "no trace"),
        ];
        case
    }

    #[test]
    fn the_english_headline_reads_like_the_issue_example() {
        let case = story(Language::En);
        let findings = analyze(&case, at("2026-08-24T12:00:00-04:00"));
        assert_eq!(
            findings.headline,
            "9 days since the order. 4 of 5 contact attempts unanswered. \
             1 promise broken (delivery, 2 days late). 1 contradiction: order received."
        );
    }

    #[test]
    fn the_french_headline_reads_naturally() {
        let case = story(Language::Fr);
        let findings = analyze(&case, at("2026-08-24T12:00:00+02:00"));
        assert_eq!(
            findings.headline,
            "9 jours depuis la commande. 4 sur 5 tentatives de contact sans réponse. \
             1 promesse non tenue (livraison, 2 jours de retard). \
             1 contradiction\u{A0}: commande reçue."
        );
    }

    #[test]
    fn plurals_singulars_and_an_empty_case() {
        let mut case = case_en();
        assert_eq!(analyze(&case, at(T0)).headline, "Nothing logged yet.");
        let mut fr = case_fr();
        fr.case.ordered_at = DateOrInstant::parse("2026-08-16");
        assert_eq!(analyze(&fr, at(T0)).headline, "1 jour depuis la commande.");
        case.contacts = vec![outgoing(
            "c1",
            "2026-08-10T09:00:00-04:00",
            Channel::Email,
            Outcome::NoAnswer,
        )];
        let mut refund = promise("p1", "2026-08-10", PromiseKind::Refund, Some("2026-08-16"));
        refund.source = Some(EntryId::new("c1"));
        let mut sms = promise(
            "p2",
            "2026-08-10",
            PromiseKind::Other,
            Some("2026-08-17T09:00:00-04:00"),
        );
        sms.text = "other".into();
        case.promises = vec![refund, sms];
        assert_eq!(
            analyze(&case, at("2026-08-17T12:00:00-04:00")).headline,
            "7 days since the first complaint. 1 of 1 contact attempt unanswered. \
             2 promises overdue (refund, 1 day late, other)."
        );
    }

    #[test]
    fn kind_names_read_inside_a_sentence() {
        assert_eq!(super::lower_first("Livraison"), "livraison");
        assert_eq!(super::lower_first("SMS"), "SMS");
        assert_eq!(super::lower_first(""), "");
        let many = super::named_list((1..=5).map(|n| n.to_string()));
        assert_eq!(many, "1, 2, 3, …");
    }
}

//! The analysis's facts in words: the headline, a contradiction's topic, a promise kind inside a
//! sentence, a figure's label and definition. The analysis returns numbers, dates and kinds;
//! this module (with [`super::format`]) is the only place they become sentences.

use super::format::{count, list, number};
use super::{label, tr, tr_args};
use crate::analysis::{Figure, Figures, Headline, PromiseMention, Since, Topic};
use crate::domain::{Language, PromiseKind};

/// How many promises or topics the headline names before it says "and 2 more".
const MAX_NAMED: usize = 3;

/// The headline in `language`: "9 days since the order. 6 contact attempts, 4 unanswered.
/// 1 promise broken (delivery, 2 days late). 1 contradiction: order received."
pub fn headline(language: Language, headline: &Headline) -> String {
    let mut sentences = Vec::new();
    match headline.since {
        Some(Since::Order(days)) => {
            sentences.push(count(language, "headline-days-since-order", days));
        }
        Some(Since::FirstComplaint(days)) => {
            sentences.push(count(language, "headline-days-since-first-complaint", days));
        }
        None => {}
    }
    if headline.contact_attempts > 0 {
        let key = if headline.awaiting_reply > 0 {
            "headline-contacts-awaiting"
        } else {
            "headline-contacts"
        };
        sentences.push(tr_args(
            language,
            key,
            &[
                ("attempts", number(headline.contact_attempts)),
                ("unanswered", number(headline.unanswered)),
                ("awaiting", number(headline.awaiting_reply)),
            ],
        ));
    }
    for (mentions, key) in [
        (&headline.broken, "headline-promises-broken"),
        (&headline.overdue, "headline-promises-overdue"),
    ] {
        if !mentions.is_empty() {
            let details: Vec<String> = mentions
                .iter()
                .map(|m| promise_detail(language, m))
                .collect();
            sentences.push(tr_args(
                language,
                key,
                &[
                    ("count", number(mentions.len())),
                    ("details", list(language, &details, Some(MAX_NAMED)).into()),
                ],
            ));
        }
    }
    if !headline.contradictions.is_empty() {
        let topics: Vec<String> = headline
            .contradictions
            .iter()
            .map(|t| {
                topic(language, t)
                    .trim_end_matches(['.', ',', ';', ':', '!', '?', ' '])
                    .to_owned()
            })
            .collect();
        sentences.push(tr_args(
            language,
            "headline-contradictions",
            &[
                ("count", number(headline.contradictions.len())),
                ("topics", list(language, &topics, Some(MAX_NAMED)).into()),
            ],
        ));
    }
    if sentences.is_empty() {
        sentences.push(tr(language, "headline-nothing-yet"));
    }
    sentences.join(" ")
}

/// "delivery, 2 days late" or just "delivery".
fn promise_detail(language: Language, mention: &PromiseMention) -> String {
    let kind = kind_name(language, mention.kind);
    match mention.days_late {
        Some(days) if days > 0 => tr_args(
            language,
            "headline-promise-late",
            &[("kind", kind.into()), ("days", days.into())],
        ),
        _ => kind,
    }
}

/// What a contradiction is about: the topic as the user wrote it, or "promised date (refund)".
pub fn topic(language: Language, topic: &Topic) -> String {
    match topic {
        Topic::Stated(text) => text.clone(),
        Topic::PromisedDate(kind) => tr_args(
            language,
            "analysis-restated-topic",
            &[("kind", kind_name(language, *kind).into())],
        ),
    }
}

/// A promise kind as it reads inside a sentence ("delivery", "livraison", but "SMS").
pub fn kind_name(language: Language, kind: PromiseKind) -> String {
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

/// A figure's label after its number, plural chosen by the value: "contact attempts".
pub fn figure_label(language: Language, figure: Figure, value: i64) -> String {
    count(language, &figure.label_key(), value)
}

/// A figure's value as printed: a count, a percentage for the answer rate, "—" when it does not
/// apply.
pub fn figure_value(language: Language, figure: Figure, figures: &Figures) -> String {
    match (figure, figure.value(figures)) {
        (_, None) => "—".to_owned(),
        (Figure::AnswerRate, Some(percent)) => {
            super::format::percent(language, u32::try_from(percent).unwrap_or(0))
        }
        (_, Some(value)) => value.to_string(),
    }
}

/// "How is this counted?": the figure's definition.
pub fn figure_help(language: Language, figure: Figure) -> String {
    tr(language, &figure.help_key())
}

#[cfg(test)]
mod tests {
    use super::*;
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
        // Delivered at last on the 22nd: the broken promise was 2 days late.
        case.case.delivered_at = DateOrInstant::parse("2026-08-22");
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
            headline(Language::En, &findings.headline),
            "9 days since the order. 5 contact attempts, 2 unanswered, 2 awaiting a reply. \
             1 promise broken (delivery, 2 days late). 1 contradiction: order received."
        );
    }

    #[test]
    fn the_french_headline_reads_naturally() {
        let case = story(Language::Fr);
        let findings = analyze(&case, at("2026-08-24T12:00:00+02:00"));
        assert_eq!(
            headline(Language::Fr, &findings.headline),
            "9 jours depuis la commande. 5 tentatives de contact, 2 sans réponse, \
             2 en attente de réponse. 1 promesse non tenue (livraison, 2 jours de retard). \
             1 contradiction\u{A0}: commande reçue."
        );
    }

    #[test]
    fn a_headline_reads_in_the_language_asked_not_the_case_language() {
        let case = story(Language::Fr);
        let findings = analyze(&case, at("2026-08-24T12:00:00+02:00"));
        let english = headline(Language::En, &findings.headline);
        assert!(english.starts_with("9 days since the order."), "{english}");
        assert!(!english.contains("jours"), "{english}");
    }

    #[test]
    fn plurals_singulars_and_an_empty_case() {
        let mut case = case_en();
        let empty = analyze(&case, at(T0));
        assert_eq!(
            headline(Language::En, &empty.headline),
            "Nothing logged yet."
        );
        let mut fr = case_fr();
        fr.case.ordered_at = DateOrInstant::parse("2026-08-16");
        let one_day = analyze(&fr, at(T0));
        assert_eq!(
            headline(Language::Fr, &one_day.headline),
            "1 jour depuis la commande."
        );
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
        let findings = analyze(&case, at("2026-08-17T12:00:00-04:00"));
        assert_eq!(
            headline(Language::En, &findings.headline),
            "7 days since the first complaint. 1 contact attempt, 1 unanswered. \
             2 promises overdue (refund, 1 day late; other)."
        );
        assert_eq!(
            headline(Language::Fr, &findings.headline),
            "7 jours depuis la première réclamation. 1 tentative de contact, 1 sans réponse. \
             2 promesses en retard (remboursement, 1 jour de retard\u{A0}; autre)."
        );
    }

    #[test]
    fn kind_names_read_inside_a_sentence() {
        assert_eq!(lower_first("Livraison"), "livraison");
        assert_eq!(lower_first("SMS"), "SMS");
        assert_eq!(lower_first(""), "");
        assert_eq!(
            topic(Language::Fr, &Topic::PromisedDate(PromiseKind::Refund)),
            "date promise (remboursement)"
        );
    }

    #[test]
    fn every_figure_has_a_label_and_a_definition_in_both_languages() {
        for figure in Figure::ALL {
            for language in Language::ALL {
                let label = figure_label(*language, *figure, 2);
                assert_ne!(
                    label,
                    figure.label_key(),
                    "{figure:?}: no label in {language}"
                );
                let help = figure_help(*language, *figure);
                assert_ne!(
                    help,
                    figure.help_key(),
                    "{figure:?}: no definition in {language}"
                );
            }
        }
    }
}

//! Rights and deadlines in words: a clock's title, status, dates and countdown, a next step with
//! its countdown, the computation of an amount owed (« 1 199,00 € × 10 % = 119,90 € »), the
//! facts that would unlock more clocks, and the "not legal advice, rules as of" note. Used by the
//! dashboard, the deadlines view, `papertrail report` and the dossier alike.

use super::format::date as format_date;
use super::{FluentValue, label, tr, tr_args};
use crate::analysis::clocks::{AmountPart, Clock, ClockStatus, MissingFact, NextStep};
use crate::domain::Language;
use chrono::NaiveDate;

/// The rule's title (`Refund within 14 days of the resolution`).
pub fn clock_title(language: Language, clock: &Clock) -> String {
    tr(language, &clock.title)
}

/// The status label (`open`, `missed`…).
pub fn clock_status(language: Language, clock: &Clock) -> String {
    tr(language, &format!("clock-status-{}", clock.status.as_str()))
}

/// Whose move it is (`Merchant's duty`, `Your right`).
pub fn clock_kind(language: Language, clock: &Clock) -> String {
    let kind = match clock.kind {
        crate::law::ClockKind::MerchantDuty => "merchant_duty",
        crate::law::ClockKind::ConsumerWindow => "consumer_window",
    };
    tr(language, &format!("clock-kind-{kind}"))
}

/// Whose move it is, for a third party reading the dossier (`Merchant's duty`, `Consumer's
/// right`): never "your".
pub fn clock_kind_for_recipient(language: Language, clock: &Clock) -> String {
    let kind = match clock.kind {
        crate::law::ClockKind::MerchantDuty => "merchant_duty",
        crate::law::ClockKind::ConsumerWindow => "consumer_window",
    };
    tr(language, &format!("dossier-clock-kind-{kind}"))
}

/// The confidence label (`statutory text seen`, `to verify`).
pub fn confidence(language: Language, clock: &Clock) -> String {
    let key = match clock.confidence {
        crate::law::Confidence::Sure => "confidence-sure",
        crate::law::Confidence::Verify => "confidence-verify",
    };
    tr(language, key)
}

/// The dates and notes of a clock on one line: `opens 2 Mar 2026 · last day 1 Apr 2026 ·
/// 3 days left · moved past a weekend`, `today` being `as_of`'s day in the case's zone.
///
/// A window's first day reads by its tense: `opens 21 Dec 2026` ahead, `open since 14 Nov 2026`
/// while open, `opened 28 Sep 2026` once closed or used; a duty's reads `from 20 Oct 2026`.
pub fn clock_dates(language: Language, clock: &Clock, today: NaiveDate) -> String {
    // A window that never opened has no dates to read: its status says it does not apply.
    if clock.status == ClockStatus::NeverOpened {
        return String::new();
    }
    let mut parts = Vec::new();
    if let Some(opens) = clock.opens {
        let key = match (clock.kind, clock.status) {
            (crate::law::ClockKind::MerchantDuty, _) => "clock-duty-from",
            (crate::law::ClockKind::ConsumerWindow, _) if opens > today => "clock-opens",
            (crate::law::ClockKind::ConsumerWindow, ClockStatus::Open) => "clock-open-since",
            (crate::law::ClockKind::ConsumerWindow, _) => "clock-opened",
        };
        parts.push(date_arg(language, key, opens));
    }
    if let Some(due) = clock.due {
        parts.push(date_arg(language, "clock-due", due));
    }
    if let Some(left) = clock.days_left.filter(|n| *n >= 0) {
        parts.push(tr_args(
            language,
            "clock-days-left",
            &[("count", FluentValue::from(left))],
        ));
    }
    if clock.weekend_extended {
        parts.push(tr(language, "clock-weekend-extended"));
    }
    if clock.counted_from_sending {
        parts.push(tr(language, "clock-from-sending"));
    }
    parts.join(" · ")
}

/// What the law or practice asks before using the window, one line each: `Advisable first: a
/// written formal notice … (C.c.Q. art. 1594-1596) · done on 23 Nov 2026`; practice is labelled
/// as such, never presented as the law.
pub fn clock_before(language: Language, clock: &Clock) -> Vec<String> {
    clock
        .before
        .iter()
        .map(|note| {
            let label = if note.required {
                "clock-before-required"
            } else {
                "clock-before-advisable"
            };
            let mut line = tr_args(
                language,
                "clock-before",
                &[
                    ("label", tr(language, label).into()),
                    ("text", tr(language, &note.text).into()),
                    ("citation", note.citation.into()),
                ],
            );
            if note.basis == crate::law::Basis::Practice {
                line = format!("{line} · {}", tr(language, "clock-before-practice"));
            }
            if let Some(day) = note.done_on {
                line = format!("{line} · {}", date_arg(language, "clock-before-done", day));
            }
            if note.confidence == crate::law::Confidence::Verify {
                line = format!("{line} · {}", tr(language, "confidence-verify"));
            }
            line
        })
        .collect()
}

/// What the merchant owes so far with its computation, or `None`:
/// `owed so far: €119.90 (€1,199.00 × 10 % = €119.90)`.
pub fn clock_amount(language: Language, clock: &Clock) -> Option<String> {
    let amount = clock.amount?;
    let owed = tr_args(
        language,
        "clock-amount",
        &[("amount", super::format::money(language, &amount).into())],
    );
    let parts: Vec<String> = clock
        .amount_parts
        .iter()
        .map(|p| computation(language, p))
        .collect();
    Some(if parts.is_empty() {
        owed
    } else {
        format!("{owed} ({})", parts.join(" + "))
    })
}

/// `1 199,00 € × 10 % = 119,90 €`.
pub fn computation(language: Language, part: &AmountPart) -> String {
    tr_args(
        language,
        "clock-computation",
        &[
            ("base", super::format::money(language, &part.base).into()),
            ("rate", part.rate_percent.to_string().into()),
            (
                "amount",
                super::format::money(language, &part.amount).into(),
            ),
        ],
    )
}

/// The step's action (`Ask your card issuer for a chargeback`).
pub fn step_action(language: Language, step: &NextStep) -> String {
    tr(language, &format!("step-action-{}", step.action.as_str()))
}

/// The step's action for a third party reading the dossier, in the third person (`The consumer
/// may ask the card issuer for a chargeback`).
pub fn step_action_for_recipient(language: Language, step: &NextStep) -> String {
    tr(
        language,
        &format!("dossier-step-action-{}", step.action.as_str()),
    )
}

/// The articles behind a step (`Visa Core Rules, dispute condition 13.1`), read from the clocks
/// that name them, each once, joined with ", " (empty when none is known): what a reader can
/// look up, where the rule ids are the app's own.
pub fn step_articles(clocks: &[Clock], step: &NextStep) -> String {
    let mut articles: Vec<&str> = Vec::new();
    for rule in &step.rules {
        if let Some(clock) = clocks.iter().find(|c| c.rule == *rule)
            && !articles.contains(&clock.citation)
        {
            articles.push(clock.citation);
        }
    }
    articles.join(", ")
}

/// The step with its countdown from `today`: `13 days left: Ask your card issuer for a
/// chargeback`, or `Send a formal notice (no legal deadline)`.
pub fn step_countdown(language: Language, step: &NextStep, today: NaiveDate) -> String {
    let action = step_action(language, step);
    match step.by {
        Some(by) => tr_args(
            language,
            "step-countdown",
            &[
                ("count", FluentValue::from((by - today).num_days().max(0))),
                ("action", action.into()),
            ],
        ),
        None => tr_args(language, "step-no-deadline", &[("action", action.into())]),
    }
}

/// `by 16 Jun 2026`.
pub fn step_by(language: Language, step: &NextStep) -> Option<String> {
    step.by.map(|by| date_arg(language, "step-by", by))
}

/// The facts that would unlock more clocks, as one sentence, or `None` when nothing is missing.
pub fn unlock(language: Language, missing: &[MissingFact]) -> Option<String> {
    if missing.is_empty() {
        return None;
    }
    let facts: Vec<String> = missing
        .iter()
        .map(|m| {
            let key = format!("unlock-{}", m.fact.replace("[]", "").replace('.', "-"));
            label(language, &key)
        })
        .collect();
    Some(tr_args(
        language,
        "law-unlock",
        &[("facts", facts.join(", ").into())],
    ))
}

/// The practice note on a formal notice's period (practice, not law), when one is a next step.
pub fn practice_note(language: Language, steps: &[NextStep]) -> Option<String> {
    steps
        .iter()
        .any(|s| s.action == crate::law::Action::FormalNotice)
        .then(|| tr(language, "law-practice-notice"))
}

/// `Not legal advice. Rules as of 28 Nov 2026; …`.
pub fn disclaimer(language: Language, rules_as_of: NaiveDate) -> String {
    date_arg(language, "law-disclaimer", rules_as_of)
}

fn date_arg(language: Language, key: &str, date: NaiveDate) -> String {
    tr_args(
        language,
        key,
        &[("date", format_date(language, date).into())],
    )
}

/// The rights-and-deadlines section of `papertrail report`.
/// `today` is `as_of`'s day in the case's zone.
pub fn report_section(
    language: Language,
    findings: &crate::analysis::Findings,
    today: NaiveDate,
) -> String {
    let mut out = String::new();
    out.push('\n');
    out.push_str(&tr(language, "report-law-title"));
    out.push('\n');
    if !findings.next_steps.is_empty() {
        out.push_str(&format!("  {}\n", tr(language, "report-law-next-steps")));
        for step in &findings.next_steps {
            let countdown = step_countdown(language, step, today);
            let articles = step_articles(&findings.clocks, step);
            if articles.is_empty() {
                out.push_str(&format!("    - {countdown}\n"));
            } else {
                out.push_str(&format!("    - {countdown} ({articles})\n"));
            }
        }
    }
    if let Some(note) = practice_note(language, &findings.next_steps) {
        out.push_str(&format!("    {note}\n"));
    }
    if findings.clocks.is_empty() {
        out.push_str(&format!("  {}\n", tr(language, "law-no-clock")));
    }
    for clock in &findings.clocks {
        let line = tr_args(
            language,
            "report-law-clock",
            &[
                ("title", clock_title(language, clock).into()),
                ("citation", clock.citation.into()),
                ("status", clock_status(language, clock).into()),
            ],
        );
        out.push_str(&format!("  - {line}\n"));
        let dates = clock_dates(language, clock, today);
        if !dates.is_empty() {
            out.push_str(&format!("      {dates}\n"));
        }
        for line in clock_before(language, clock) {
            out.push_str(&format!("      {line}\n"));
        }
        if let Some(amount) = clock_amount(language, clock) {
            out.push_str(&format!("      {amount}\n"));
        }
        out.push_str(&format!(
            "      {} · {}\n",
            clock.source,
            confidence(language, clock)
        ));
    }
    if let Some(text) = unlock(language, &findings.unlock) {
        out.push_str(&format!("  {text}\n"));
    }
    out.push_str(&format!(
        "  {}\n",
        disclaimer(language, findings.rules_as_of)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::clocks::ClockStatus;
    use crate::domain::{
        CardNetwork, ContactParty, ContactPurpose, ContractKind, Money, PaymentMethod,
    };
    use crate::i18n::has_key;

    #[test]
    fn every_rule_status_action_and_value_has_words_in_both_languages() {
        let mut keys: Vec<String> = crate::law::RULES.iter().map(|r| r.message_id()).collect();
        keys.extend(
            crate::law::RULES
                .iter()
                .flat_map(|r| r.before)
                .map(|b| b.message_id()),
        );
        for status in [
            ClockStatus::Pending,
            ClockStatus::Met,
            ClockStatus::Missed,
            ClockStatus::NotYet,
            ClockStatus::Open,
            ClockStatus::Used,
            ClockStatus::Closed,
            ClockStatus::NeverOpened,
        ] {
            keys.push(format!("clock-status-{}", status.as_str()));
        }
        for action in [
            crate::law::Action::FormalNotice,
            crate::law::Action::Cancel,
            crate::law::Action::LetterBeforeClaim,
            crate::law::Action::Chargeback,
            crate::law::Action::Mediation,
            crate::law::Action::Ombudsman,
            crate::law::Action::AgencyComplaint,
            crate::law::Action::SmallClaims,
        ] {
            keys.push(format!("step-action-{}", action.as_str()));
            keys.push(format!("dossier-step-action-{}", action.as_str()));
        }
        for key in [
            "dossier-clock-kind-merchant_duty",
            "dossier-clock-kind-consumer_window",
        ] {
            keys.push(key.to_owned());
        }
        keys.extend(ContractKind::ALL.iter().map(|v| v.label_key()));
        keys.extend(PaymentMethod::ALL.iter().map(|v| v.label_key()));
        keys.extend(CardNetwork::ALL.iter().map(|v| v.label_key()));
        keys.extend(ContactParty::ALL.iter().map(|v| v.label_key()));
        keys.extend(ContactPurpose::ALL.iter().map(|v| v.label_key()));
        for fact in [
            "case.ordered_at",
            "case.contract_kind",
            "case.payment",
            "case.payment.network",
            "case.payment.statement_date",
            "case.price",
            "case.jurisdiction",
            "contacts[].deadline",
        ] {
            keys.push(format!(
                "unlock-{}",
                fact.replace("[]", "").replace('.', "-")
            ));
        }
        for key in keys {
            for language in Language::ALL {
                assert!(has_key(*language, &key), "{key} missing in {language}");
            }
        }
    }

    #[test]
    fn the_computation_reads_like_the_issue_says() {
        let part = AmountPart {
            base: Money::parse("1199.00", "EUR").unwrap(),
            days_late: 3,
            rate_percent: 10,
            amount: Money::parse("119.90", "EUR").unwrap(),
        };
        assert_eq!(
            computation(Language::Fr, &part),
            "1\u{202F}199,00\u{A0}€ × 10 % = 119,90\u{A0}€"
        );
        assert_eq!(
            computation(Language::En, &part),
            "€1,199.00 × 10 % = €119.90"
        );
    }

    #[test]
    fn countdowns_use_plurals() {
        let step = NextStep {
            action: crate::law::Action::Chargeback,
            target: crate::law::Target::CardIssuer,
            by: NaiveDate::from_ymd_opt(2026, 6, 16),
            why: "law-qc-lpc-54-14".to_owned(),
            rules: vec!["qc.lpc-54.14"],
        };
        let day = |d| NaiveDate::from_ymd_opt(2026, 6, d).unwrap();
        assert_eq!(
            step_countdown(Language::En, &step, day(3)),
            "13 days left: Ask your card issuer for a chargeback"
        );
        assert_eq!(
            step_countdown(Language::En, &step, day(15)),
            "1 day left: Ask your card issuer for a chargeback"
        );
        assert!(step_countdown(Language::Fr, &step, day(3)).starts_with("Plus que 13 jours"));
    }

    fn clock(kind: crate::law::ClockKind, status: ClockStatus, opens: &str) -> Clock {
        Clock {
            rule: "qc.lpc-54-9",
            kind,
            title: "law-qc-lpc-54-9".into(),
            opens: NaiveDate::parse_from_str(opens, "%Y-%m-%d").ok(),
            due: None,
            status,
            days_left: None,
            amount: None,
            rate_percent: None,
            amount_parts: Vec::new(),
            weekend_extended: false,
            counted_from_sending: false,
            citation: "LPC art. 54.9",
            source: "https://example.org",
            confidence: crate::law::Confidence::Verify,
            before: Vec::new(),
        }
    }

    #[test]
    fn a_right_that_never_opened_says_it_does_not_apply_and_reads_no_opening_day() {
        use crate::law::ClockKind::ConsumerWindow;
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let never = clock(ConsumerWindow, ClockStatus::NeverOpened, "2026-09-28");
        // QA2 item 16: « fermé · s'est ouvert le 28 septembre » for a right that never opened.
        assert_eq!(clock_dates(Language::En, &never, today), "");
        assert_eq!(clock_dates(Language::Fr, &never, today), "");
        assert_eq!(
            clock_status(Language::En, &never),
            "does not apply (never opened)"
        );
        assert_eq!(
            clock_status(Language::Fr, &never),
            "sans objet (jamais ouvert)"
        );
    }

    #[test]
    fn what_comes_first_is_labelled_required_or_advisable_and_practice_as_practice() {
        use crate::analysis::clocks::BeforeNote;
        let mut c = clock(
            crate::law::ClockKind::ConsumerWindow,
            ClockStatus::Open,
            "2026-11-14",
        );
        c.before = vec![
            BeforeNote {
                id: "qc.ccq-1596",
                text: "law-before-qc-ccq-1596".into(),
                basis: crate::law::Basis::Law,
                required: false,
                done_on: NaiveDate::from_ymd_opt(2026, 11, 23),
                citation: "C.c.Q. art. 1594-1596",
                source: "https://example.org",
                confidence: crate::law::Confidence::Sure,
            },
            BeforeNote {
                id: "qc.small-claims-mediation",
                text: "law-before-qc-small-claims-mediation".into(),
                basis: crate::law::Basis::Practice,
                required: true,
                done_on: None,
                citation: "C-25.01, r. 0.6.1, s. 21",
                source: "https://example.org",
                confidence: crate::law::Confidence::Sure,
            },
        ];
        let en = clock_before(Language::En, &c);
        assert!(
            en[0].starts_with("Advisable first: a written formal notice"),
            "{}",
            en[0]
        );
        assert!(
            en[0].ends_with("(C.c.Q. art. 1594-1596) · done on 23 Nov 2026"),
            "{}",
            en[0]
        );
        assert!(
            en[1].starts_with("Required first: for claims up to $5,000"),
            "{}",
            en[1]
        );
        assert!(en[1].ends_with("· practice, not law"), "{}", en[1]);
        let fr = clock_before(Language::Fr, &c);
        assert!(
            fr[0].starts_with("Préalable conseillé : une mise en demeure"),
            "{}",
            fr[0]
        );
        assert!(fr[0].ends_with("fait le 23 novembre 2026"), "{}", fr[0]);
        assert!(fr[1].ends_with("usage, pas la loi"), "{}", fr[1]);
    }

    #[test]
    fn a_first_day_reads_by_its_tense_and_whose_clock_it_is() {
        use crate::law::ClockKind::{ConsumerWindow, MerchantDuty};
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let dates = |language, kind, status, opens| {
            clock_dates(language, &clock(kind, status, opens), today)
        };
        let fr = Language::Fr;
        let en = Language::En;
        // QA issue 17: « pas encore ouvert · ouvert le 21 décembre » read as already open.
        assert_eq!(
            dates(fr, ConsumerWindow, ClockStatus::NotYet, "2026-12-21"),
            "s\u{2019}ouvre le 21 décembre 2026"
        );
        assert_eq!(
            dates(en, ConsumerWindow, ClockStatus::NotYet, "2026-12-21"),
            "opens 21 Dec 2026"
        );
        assert_eq!(
            dates(fr, ConsumerWindow, ClockStatus::Closed, "2026-09-28"),
            "s\u{2019}est ouvert le 28 septembre 2026"
        );
        assert_eq!(
            dates(en, ConsumerWindow, ClockStatus::Closed, "2026-09-28"),
            "opened 28 Sep 2026"
        );
        assert_eq!(
            dates(fr, ConsumerWindow, ClockStatus::Open, "2026-11-14"),
            "ouvert depuis le 14 novembre 2026"
        );
        assert_eq!(
            dates(en, ConsumerWindow, ClockStatus::Open, "2026-11-14"),
            "open since 14 Nov 2026"
        );
        assert_eq!(
            dates(fr, MerchantDuty, ClockStatus::Missed, "2026-10-20"),
            "à compter du 20 octobre 2026"
        );
        assert_eq!(
            dates(en, MerchantDuty, ClockStatus::Pending, "2026-10-20"),
            "from 20 Oct 2026"
        );
    }

    #[test]
    fn the_dossier_words_steps_for_the_recipient_with_articles_not_rule_ids() {
        let step = NextStep {
            action: crate::law::Action::Chargeback,
            target: crate::law::Target::CardIssuer,
            by: None,
            why: "law-qc-lpc-54-9".into(),
            rules: vec!["qc.lpc-54-9", "unknown.rule"],
        };
        let clocks = [clock(
            crate::law::ClockKind::ConsumerWindow,
            ClockStatus::Open,
            "2026-11-14",
        )];
        assert_eq!(step_articles(&clocks, &step), "LPC art. 54.9");
        let fr = step_action_for_recipient(Language::Fr, &step);
        let en = step_action_for_recipient(Language::En, &step);
        assert!(fr.starts_with("Le consommateur peut"), "{fr}");
        assert!(en.starts_with("The consumer may"), "{en}");
        for text in [fr, en] {
            let lower = text.to_lowercase();
            for word in ["votre", "vous", "your", "you "] {
                assert!(!lower.contains(word), "{text}");
            }
        }
    }
}

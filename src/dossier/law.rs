//! The dossier's "Legal basis and deadlines" section, printed after the summary: each statutory
//! clock with its article, dates, status and the amount owed so far with its computation
//! (« 1 199,00 € × 10 % = 119,90 € »), what comes first (an advisable formal notice, a mandatory
//! mediation), its source, the next steps, and the note that this is not legal advice; and the
//! next deadline for the cover. A right that never opened does not apply and is left out.

use crate::analysis::Findings;
use crate::analysis::clocks::ClockStatus;
use crate::domain::{CaseData, Language};
use crate::i18n::format::date as format_date;
use crate::i18n::law as words;
use crate::i18n::{tr, tr_args};
use crate::layout::{Flow, LinkTarget, Rgb, Style, TextStyle};

/// The anchor of the section.
pub const ANCHOR: &str = "sec-law";

/// One clock as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LawRow {
    /// Title and article: `Refund within 14 days of the resolution — C. consom. art. L216-7`.
    pub title: String,
    /// Status, whose move, confidence.
    pub status: String,
    /// Dates and countdown.
    pub dates: String,
    /// Amount owed so far with its computation.
    pub amount: Option<String>,
    /// What the law or practice asks before using the window, one line each.
    pub before: Vec<String>,
    /// The source's address.
    pub source: String,
}

/// The section's text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LawSection {
    /// One row per clock, but the rights that never opened (delivery or a full refund came
    /// first): they do not apply, and the recipient decides from the rights that do (the report
    /// and the app still list them as "does not apply").
    pub rows: Vec<LawRow>,
    /// The next steps with their deadlines.
    pub steps: Vec<String>,
    /// Facts that would unlock more clocks.
    pub unlock: Option<String>,
    /// Not legal advice, rules as of…
    pub note: String,
    /// The next deadline, for the cover.
    pub cover_next: Option<String>,
}

/// Builds the section's text from the findings.
pub fn build(case: &CaseData, findings: &Findings, lang: Language) -> LawSection {
    let zone = case.case.time_zone;
    let today = findings.as_of.with_timezone(&zone.0).date_naive();
    let rows = findings
        .clocks
        .iter()
        .filter(|c| c.status != ClockStatus::NeverOpened)
        .map(|clock| LawRow {
            title: format!("{} — {}", words::clock_title(lang, clock), clock.citation),
            status: format!(
                "{} · {} · {}",
                words::clock_kind_for_recipient(lang, clock),
                words::clock_status(lang, clock),
                words::confidence(lang, clock)
            ),
            dates: words::clock_dates(lang, clock, today),
            amount: words::clock_amount(lang, clock),
            before: words::clock_before(lang, clock),
            source: clock.source.to_owned(),
        })
        .collect();
    // Worded for the recipient (« Le consommateur peut… »), with the articles behind each step
    // rather than the app's rule ids.
    let mut steps: Vec<String> = findings
        .next_steps
        .iter()
        .map(|step| {
            let action = words::step_action_for_recipient(lang, step);
            let line = match words::step_by(lang, step) {
                Some(by) => format!("{action}, {by}"),
                None => tr_args(lang, "step-no-deadline", &[("action", action.into())]),
            };
            let articles = words::step_articles(&findings.clocks, step);
            if articles.is_empty() {
                line
            } else {
                format!("{line} ({articles})")
            }
        })
        .collect();
    steps.extend(words::practice_note(lang, &findings.next_steps));
    let cover_next = findings
        .next_steps
        .iter()
        .find_map(|step| Some((step, step.by?)))
        .map(|(step, by)| {
            tr_args(
                lang,
                "dossier-law-cover-next",
                &[
                    (
                        "action",
                        words::step_action_for_recipient(lang, step).into(),
                    ),
                    ("date", format_date(lang, by).into()),
                ],
            )
        });
    LawSection {
        rows,
        steps,
        unlock: words::unlock(lang, &findings.unlock),
        note: words::disclaimer(lang, findings.rules_as_of),
        cover_next,
    }
}

/// Lays the section out (a heading with its anchor, then the clocks).
pub fn lay_out(flow: &mut Flow<'_>, law: &LawSection, lang: Language, accent: Rgb, grey: Rgb) {
    let h1 = TextStyle::new(Style::Bold, 15.0).color(accent);
    let h2 = TextStyle::new(Style::Bold, 11.0).color(accent);
    let bold = TextStyle::new(Style::Bold, 10.0);
    let text = TextStyle::new(Style::Regular, 10.0);
    let small = TextStyle::new(Style::Regular, 8.0).color(grey);
    flow.space(14.0);
    flow.heading(&h1, &tr(lang, "dossier-law-title"), Some(ANCHOR), 40.0);
    flow.rule(accent, 0.8);
    flow.space(6.0);
    if !law.steps.is_empty() {
        flow.heading(&h2, &tr(lang, "report-law-next-steps"), None, 30.0);
        for step in &law.steps {
            flow.paragraph(&text, &format!("• {step}"), 0.0);
        }
        flow.space(6.0);
    }
    if law.rows.is_empty() {
        flow.paragraph(&text, &tr(lang, "law-no-clock"), 0.0);
    }
    for row in &law.rows {
        flow.ensure(4.0 * text.line_height());
        flow.paragraph(&bold, &row.title, 0.0);
        flow.paragraph(&text, &row.status, 10.0);
        if !row.dates.is_empty() {
            flow.paragraph(&text, &row.dates, 10.0);
        }
        if let Some(amount) = &row.amount {
            flow.paragraph(&bold, amount, 10.0);
        }
        for line in &row.before {
            flow.paragraph(&text, line, 10.0);
        }
        let top = flow.y();
        flow.paragraph(&small, &row.source, 10.0);
        let width = flow.frame().content_width() - 10.0;
        let left = flow.frame().left + 10.0;
        flow.link(
            left,
            flow.y(),
            width,
            top - flow.y(),
            LinkTarget::Uri(row.source.clone()),
        );
        flow.space(4.0);
    }
    if let Some(unlock) = &law.unlock {
        flow.paragraph(&small, unlock, 0.0);
    }
    flow.space(4.0);
    flow.paragraph(&small, &law.note, 0.0);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        CaseDetails, Channel, Contact, ContactParty, ContactPurpose, ContractKind, DateOrInstant,
        Direction, EntryId, Instant, Jurisdiction, Money, Outcome, TimeZone,
    };

    #[test]
    fn the_section_shows_the_computation_and_the_cover_the_next_deadline() {
        let zone = TimeZone::parse("Europe/Paris").unwrap();
        let mut details = CaseDetails::new("Canapé", Language::Fr, zone);
        details.jurisdiction = Jurisdiction::Fr;
        details.contract_kind = Some(ContractKind::Distance);
        details.ordered_at = DateOrInstant::parse("2026-02-01");
        details.price = Money::parse("1199.00", "EUR");
        let mut case = CaseData::new(details);
        case.contacts.push(Contact {
            id: EntryId::new("c1"),
            at: Instant::parse("2026-03-30T10:00:00+02:00").unwrap(),
            channel: Channel::Letter,
            direction: Direction::Outgoing,
            counterpart: None,
            reference: None,
            summary: String::new(),
            outcome: Outcome::Other,
            wait_minutes: None,
            duration_minutes: None,
            reply_expected_within_days: None,
            in_reply_to: None,
            party: ContactParty::Merchant,
            purpose: Some(ContactPurpose::Cancellation),
            deadline: None,
            received_at: DateOrInstant::parse("2026-04-01"),
            not_collected_on: None,
        });
        let as_of = Instant::parse("2026-04-16T12:00:00+02:00").unwrap().utc();
        let findings = crate::analysis::analyze(&case, as_of);
        let law = build(&case, &findings, Language::Fr);
        let amounts: Vec<&String> = law.rows.iter().filter_map(|r| r.amount.as_ref()).collect();
        assert_eq!(amounts.len(), 1, "{:?}", law.rows);
        assert!(
            amounts[0].contains("1\u{202F}199,00\u{A0}€ × 10 % = 119,90\u{A0}€"),
            "{}",
            amounts[0]
        );
        assert!(law.rows.iter().any(|r| r.title.contains("L241-4")));
        assert!(law.note.contains("conseil juridique"));
        // No dated step here (a formal notice has no legal deadline): nothing on the cover.
        assert_eq!(law.cover_next, None);
        assert!(law.steps.iter().any(|s| s.contains("mise en demeure")));
    }

    #[test]
    fn a_right_that_never_opened_is_left_out_and_what_comes_first_is_printed() {
        let zone = TimeZone::parse("America/Montreal").unwrap();
        let mut details = CaseDetails::new("Lit", Language::Fr, zone);
        details.jurisdiction = Jurisdiction::CaQc;
        details.contract_kind = Some(ContractKind::Distance);
        details.ordered_at = DateOrInstant::parse("2026-11-14");
        details.price = Money::parse("899.00", "CAD");
        // Delivered the next day: the right to resolve for non-delivery never opened.
        details.delivered_at = DateOrInstant::parse("2026-11-15");
        let case = CaseData::new(details);
        let as_of = Instant::parse("2026-12-28T12:00:00-05:00").unwrap().utc();
        let findings = crate::analysis::analyze(&case, as_of);
        assert!(findings.clocks.iter().any(|c| c.rule == "qc.lpc-54.9"
            && c.status == crate::analysis::clocks::ClockStatus::NeverOpened));
        let law = build(&case, &findings, Language::Fr);
        assert!(
            !law.rows.iter().any(|r| r.title.contains("54.9")),
            "{:?}",
            law.rows
        );
        let court = law
            .rows
            .iter()
            .find(|r| r.title.contains("536"))
            .expect("small claims");
        assert_eq!(court.before.len(), 2, "{:?}", court.before);
        assert!(court.before[1].starts_with("Préalable obligatoire"));
    }
}

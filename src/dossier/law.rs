//! The dossier's "Legal basis and deadlines" section, printed after the summary: each statutory
//! clock with its article, dates, status and the amount owed so far with its computation
//! (« 1 199,00 € × 10 % = 119,90 € »), its source, the next steps, and the note that this is not
//! legal advice; and the next deadline for the cover.

use crate::analysis::Findings;
use crate::domain::{CaseData, Language};
use crate::i18n::law as words;
use crate::i18n::{format_date, tr, tr_args};
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
    /// The source's address.
    pub source: String,
}

/// The section's text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LawSection {
    /// One row per clock.
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
        .map(|clock| LawRow {
            title: format!("{} — {}", words::clock_title(lang, clock), clock.citation),
            status: format!(
                "{} · {} · {}",
                words::clock_kind(lang, clock),
                words::clock_status(lang, clock),
                words::confidence(lang, clock)
            ),
            dates: words::clock_dates(lang, clock),
            amount: words::clock_amount(lang, clock),
            source: clock.source.to_owned(),
        })
        .collect();
    let mut steps: Vec<String> = findings
        .next_steps
        .iter()
        .map(|step| {
            let action = words::step_action(lang, step);
            match words::step_by(lang, step) {
                Some(by) => format!("{action}, {by} ({})", step.rules.join(", ")),
                None => format!(
                    "{} ({})",
                    words::step_countdown(lang, step, today),
                    step.rules.join(", ")
                ),
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
                    ("action", words::step_action(lang, step).into()),
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

//! The dossier's content as text ready to print, computed from the case and its findings.
//!
//! Pure: no I/O, no clock, no fonts. Everything a reader sees is decided here (wording, order,
//! exhibit numbers, marks, redaction); the layout only places it.

use super::chronology::People;
pub use super::chronology::{ChronoRow, PersonRow};
use crate::analysis::{ContradictionKind, Figure, Findings, PromiseState};
use crate::domain::{
    Attachment, CaseData, Contact, DateOrInstant, EntryId, EntryRef as Entry, Jurisdiction,
    Language, Statement, TimeZone,
};
use crate::i18n::findings::{figure_label, figure_value, headline, topic};
use crate::i18n::format::{self, colon, duration, quote};
use crate::i18n::{FluentValue, label, tr, tr_args};
use chrono::{DateTime, Utc};
use std::collections::{BTreeMap, HashMap};

/// What the model needs besides the case and findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModelOptions {
    /// The dossier's language.
    pub language: Language,
    /// Replace the consumer's contact details and agents' names with neutral labels.
    pub redact: bool,
    /// The preparation instant.
    pub prepared_at: DateTime<Utc>,
}

/// A label and its value.
pub type Field = (String, String);

/// The whole dossier as text.
#[derive(Debug, Clone, PartialEq)]
pub struct Dossier {
    /// Its language.
    pub language: Language,
    /// The case title.
    pub title: String,
    /// The consumer's name (the PDF's author).
    pub consumer: String,
    /// The merchant's name.
    pub merchant: String,
    /// Cover fields (consumer, merchant, order…), only those known.
    pub cover: Vec<Field>,
    /// "Prepared on …" with the time zone.
    pub prepared_on: String,
    /// The preparation date alone, for the footer.
    pub prepared_date: String,
    /// Key figures: (value, label).
    pub figures: Vec<Field>,
    /// The analysis's headline.
    pub headline: String,
    /// The consumer's narrative.
    pub narrative: Option<String>,
    /// Generated summary sentences.
    pub summary: Vec<String>,
    /// The chronology's legend (marks, time zone).
    pub chronology_legend: String,
    /// Chronology rows in time order: one per contact, and one per entry tied to no contact.
    pub chronology: Vec<ChronoRow>,
    /// Each counterpart once, before the chronology.
    pub people: Vec<PersonRow>,
    /// One row per obligation (a promise and its restatements), in the order first made.
    pub promises: Vec<PromiseRow>,
    /// Contradictions, one block per topic.
    pub contradictions: Vec<ContradictionBlock>,
    /// Contacts per channel: (channel, outgoing, incoming).
    pub effort_channels: Vec<[String; 3]>,
    /// Effort figures: (label, value).
    pub effort: Vec<Field>,
    /// Exhibits in date order, numbered from 1.
    pub exhibits: Vec<Exhibit>,
    /// Legal basis and deadlines (statutory clocks), after the summary.
    pub law: super::law::LawSection,
    /// The claim sheet on page 1.
    pub claim: super::claim::ClaimSheet,
    /// The consumer's declaration, after the body and before the annexes.
    pub declaration: super::claim::Declaration,
}

/// One promise row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PromiseRow {
    /// Kind and the promise's words.
    pub text: String,
    /// When it was made.
    pub made: String,
    /// Who or what carries it.
    pub source: String,
    /// The first due date (the one days late run from).
    pub due: String,
    /// Each restatement with a new date: when, by whom, the new date, its words.
    pub history: Vec<String>,
    /// Status in words (with the settlement date when known).
    pub status: String,
    /// Days late, counted from the first due date; empty when none.
    pub days_late: String,
    /// Broken or overdue.
    pub flagged: bool,
}

/// One contradiction: a topic and its conflicting versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContradictionBlock {
    /// The topic.
    pub topic: String,
    /// What kind of contradiction, in words.
    pub kind: String,
    /// The versions, side by side.
    pub versions: Vec<Version>,
}

/// One version of the facts in a contradiction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// "Version 1".
    pub label: String,
    /// The value asserted.
    pub value: String,
    /// Each statement carrying it: date, source and words.
    pub carriers: Vec<String>,
}

/// One exhibit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exhibit {
    /// Its number, from 1.
    pub number: u32,
    /// "Pièce 3" / "Exhibit 3".
    pub label: String,
    /// The attachment's id.
    pub id: EntryId,
    /// Its caption.
    pub caption: Option<String>,
    /// Original file name.
    pub file_name: String,
    /// Media type.
    pub media_type: String,
    /// Date received, or "—".
    pub date: String,
    /// Size in words.
    pub size: String,
    /// Size in bytes.
    pub bytes: u64,
    /// SHA-256 (lower-case hex).
    pub sha256: String,
    /// The entries it relates to, in words (kept for callers; the exhibit pages print
    /// [`Self::proves`] instead).
    pub relates: Vec<String>,
    /// What it proves, derived from its links and from the entries recorded from it (a
    /// promise or statement whose source it is): one phrase each ("the promise made on …").
    pub proves: Vec<String>,
}

/// The attachments in exhibit order, exhibit 1 first: by date received (undated last), ties in
/// the order they were logged. Every document that cites exhibits numbers them this way.
pub fn exhibit_order(case: &CaseData) -> Vec<&Attachment> {
    let zone = case.case.time_zone;
    let mut order: Vec<(usize, &Attachment)> = case.attachments.iter().enumerate().collect();
    order.sort_by_key(|(index, a)| {
        (
            a.received_at
                .map_or(DateTime::<Utc>::MAX_UTC, |d| d.start_in(zone)),
            *index,
        )
    });
    order.into_iter().map(|(_, a)| a).collect()
}

/// How exhibit `number` is cited where the case's law applies: « Pièce n° 3 » in France,
/// « P-3 » in Québec (in either language, as its courts do), "Exhibit 3" / « Pièce 3 »
/// elsewhere. The one label used wherever an exhibit is cited (chronology, summary, claim
/// sheet, exhibit pages, list of exhibits, attachment names).
pub fn exhibit_label(jurisdiction: Jurisdiction, language: Language, number: u32) -> String {
    let style = match jurisdiction {
        Jurisdiction::Fr => "fr",
        Jurisdiction::CaQc => "qc",
        _ => "other",
    };
    tr_args(
        language,
        "dossier-exhibit-label",
        &[
            ("style", style.into()),
            ("number", i64::from(number).into()),
        ],
    )
}

/// Every entry of the case by id, so that a look-up costs the same whatever the case's size
/// (ids are unique within a case; the first wins).
fn entry_index(case: &CaseData) -> HashMap<&str, Entry<'_>> {
    let mut index = HashMap::new();
    for entry in case.entries() {
        index.entry(entry.id().as_str()).or_insert(entry);
    }
    index
}

/// Text helpers bound to one case and language.
pub(super) struct Ctx<'a> {
    pub(super) case: &'a CaseData,
    pub(super) lang: Language,
    pub(super) zone: TimeZone,
    pub(super) redact: bool,
    /// Every counterpart once (names, roles, details), numbered by first appearance.
    pub(super) people: People,
    exhibit_of: BTreeMap<&'a EntryId, u32>,
    /// Every entry by id, so looking one up does not scan the case (which made the dossier
    /// quadratic in the number of entries).
    entries: HashMap<&'a str, Entry<'a>>,
}

impl<'a> Ctx<'a> {
    pub(super) fn tr(&self, key: &str) -> String {
        tr(self.lang, key)
    }

    fn tr1(&self, key: &str, name: &'static str, value: impl Into<FluentValue<'static>>) -> String {
        tr_args(self.lang, key, &[(name, value.into())])
    }

    pub(super) fn when(&self, at: DateTime<Utc>) -> String {
        format::instant(self.lang, self.zone, at)
    }

    fn date(&self, at: DateTime<Utc>) -> String {
        format::day_of(self.lang, self.zone, at)
    }

    pub(super) fn date_or_instant(&self, value: &DateOrInstant) -> String {
        format::date_or_instant(self.lang, self.zone, value)
    }

    /// A statement's value as a reader reads it (dates, instants, amounts formatted).
    pub(super) fn statement_value(&self, statement: &Statement) -> String {
        let meaning = crate::analysis::statement_value(self.case, statement);
        format::value(self.lang, self.zone, &meaning, &statement.value)
    }

    pub(super) fn entry(&self, id: &EntryId) -> Option<Entry<'a>> {
        self.entries.get(id.as_str()).copied()
    }

    /// The labels of the exhibits documenting an entry (see [`Self::exhibits_for`]), its
    /// source looked up.
    fn exhibit_labels(&self, id: &EntryId) -> Vec<String> {
        let source = match self.entry(id) {
            Some(Entry::Promise(p)) => p.source.as_ref(),
            Some(Entry::Statement(s)) => s.source.as_ref(),
            _ => None,
        };
        self.exhibits_for(id, source)
            .into_iter()
            .map(|n| self.exhibit_label(n))
            .collect()
    }

    pub(super) fn exhibit_label(&self, number: u32) -> String {
        exhibit_label(self.case.case.jurisdiction, self.lang, number)
    }

    /// The counterpart's name, or a neutral label when redacting.
    pub(super) fn who(&self, counterpart: Option<&String>) -> String {
        match counterpart {
            None => String::new(),
            Some(name) => match self.people.get(name) {
                Some((number, _)) if self.redact => self.agent(number),
                Some((_, person)) => person.short(),
                None if self.redact => String::new(),
                None => name.clone(),
            },
        }
    }

    /// "Agent 3": a counterpart's neutral label when redacting.
    pub(super) fn agent(&self, number: usize) -> String {
        self.tr1(
            "dossier-agent",
            "number",
            i64::try_from(number).unwrap_or(0),
        )
    }

    /// A message with text arguments.
    pub(super) fn tr_n(&self, key: &str, args: &[(&'static str, String)]) -> String {
        let args: Vec<(&str, FluentValue<'static>)> = args
            .iter()
            .map(|(name, value)| (*name, FluentValue::from(value.clone())))
            .collect();
        tr_args(self.lang, key, &args)
    }

    /// A source in short: "Courriel — Karim (vendeur)" for a contact (its date is beside it),
    /// "Pièce 3" for an attachment.
    pub(super) fn short_source(&self, source: Option<&EntryId>) -> String {
        let Some(id) = source else {
            return String::new();
        };
        match self.entry(id) {
            Some(Entry::Contact(c)) => {
                let channel = label(self.lang, &c.channel.label_key());
                let who = self.who(c.counterpart.as_ref());
                if who.is_empty() {
                    channel
                } else {
                    format!("{channel} — {who}")
                }
            }
            _ => self.source(source),
        }
    }

    /// "Courriel, 12 août 2026" for a contact, "Pièce 3" for an attachment.
    fn source(&self, source: Option<&EntryId>) -> String {
        let Some(id) = source else {
            return String::new();
        };
        match self.entry(id) {
            Some(Entry::Contact(c)) => {
                let mut text = format!(
                    "{}, {}",
                    label(self.lang, &c.channel.label_key()),
                    self.date(c.at.utc())
                );
                let who = self.who(c.counterpart.as_ref());
                if !who.is_empty() {
                    text.push_str(" — ");
                    text.push_str(&who);
                }
                text
            }
            Some(Entry::Attachment(a)) => self
                .exhibit_of
                .get(&a.id)
                .map_or_else(|| a.file_name.clone(), |n| self.exhibit_label(*n)),
            _ => id.to_string(),
        }
    }

    /// Exhibit numbers that document an entry: the attachment itself, attachments linking to
    /// it, and the attachment its source names.
    pub(super) fn exhibits_for(&self, id: &EntryId, source: Option<&EntryId>) -> Vec<u32> {
        let mut numbers: Vec<u32> = self
            .case
            .attachments
            .iter()
            .filter(|a| &a.id == id || a.links.contains(id) || source == Some(&a.id))
            .filter_map(|a| self.exhibit_of.get(&a.id).copied())
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        numbers
    }
}

/// Builds the dossier's content.
pub fn build(case: &CaseData, findings: &Findings, options: &ModelOptions) -> Dossier {
    let lang = options.language;
    let zone = case.case.time_zone;

    let order: Vec<(usize, &Attachment)> = exhibit_order(case).into_iter().enumerate().collect();
    let exhibit_of: BTreeMap<&EntryId, u32> = order
        .iter()
        .zip(1u32..)
        .map(|((_, a), n)| (&a.id, n))
        .collect();

    // People (and agents, when redacting) are numbered by first appearance in time.
    let mut contacts: Vec<&Contact> = case.contacts.iter().collect();
    contacts.sort_by_key(|c| c.at);

    let ctx = Ctx {
        case,
        lang,
        zone,
        redact: options.redact,
        people: People::of(&contacts),
        exhibit_of,
        entries: entry_index(case),
    };
    let details = &case.case;

    let exhibits: Vec<Exhibit> = order
        .iter()
        .zip(1u32..)
        .map(|((_, a), number)| exhibit(&ctx, a, number))
        .collect();

    let exhibit_labels = |id: &EntryId| ctx.exhibit_labels(id);
    let source = |id: Option<&EntryId>| ctx.source(id);
    let claim = super::claim::build(
        case,
        findings,
        super::claim::ClaimOptions {
            language: lang,
            redact: options.redact,
        },
        &super::claim::Refs {
            exhibits: &exhibit_labels,
            source: &source,
        },
    );

    Dossier {
        claim,
        declaration: super::claim::declaration(case, lang, options.prepared_at),
        law: super::law::build(case, findings, lang),
        language: lang,
        title: details.title.clone(),
        consumer: details.consumer.name.clone(),
        merchant: details.merchant.name.clone(),
        cover: cover(&ctx),
        prepared_on: tr_args(
            lang,
            "dossier-prepared-on",
            &[
                ("date", ctx.when(options.prepared_at).into()),
                ("zone", zone.name().into()),
            ],
        ),
        prepared_date: ctx.date(options.prepared_at),
        figures: figures(&ctx, findings),
        headline: headline(lang, &findings.headline),
        narrative: details.narrative.clone().filter(|n| !n.trim().is_empty()),
        summary: summary(&ctx, findings),
        chronology_legend: ctx.tr1("dossier-chronology-legend", "zone", zone.name()),
        chronology: super::chronology::rows(&ctx, findings),
        people: super::chronology::people_rows(&ctx),
        promises: promises(&ctx, findings),
        contradictions: contradictions(&ctx, findings),
        effort_channels: findings
            .effort
            .by_channel
            .iter()
            .map(|c| {
                [
                    label(lang, &c.channel.label_key()),
                    c.outgoing.to_string(),
                    c.incoming.to_string(),
                ]
            })
            .collect(),
        effort: effort(&ctx, findings),
        exhibits,
    }
}

fn cover(ctx: &Ctx<'_>) -> Vec<Field> {
    let d = &ctx.case.case;
    let mut fields = Vec::new();
    let mut consumer = vec![d.consumer.name.clone()];
    let details = [&d.consumer.email, &d.consumer.phone, &d.consumer.address];
    if ctx.redact {
        if details.iter().any(|v| v.is_some()) {
            consumer.push(ctx.tr("dossier-redacted"));
        }
    } else {
        consumer.extend(details.iter().filter_map(|v| (*v).clone()));
    }
    fields.push((ctx.tr("dossier-cover-consumer"), consumer.join("\n")));
    let m = &d.merchant;
    let merchant: Vec<String> = std::iter::once(m.name.clone())
        .chain(
            [&m.website, &m.email, &m.phone, &m.address]
                .iter()
                .filter_map(|v| (*v).clone()),
        )
        .collect();
    fields.push((ctx.tr("dossier-cover-merchant"), merchant.join("\n")));
    if let Some(r) = &d.order_reference {
        fields.push((ctx.tr("dossier-cover-order-reference"), r.clone()));
    }
    if let Some(p) = &d.product {
        fields.push((ctx.tr("dossier-cover-product"), p.clone()));
    }
    if let Some(p) = &d.price {
        fields.push((ctx.tr("dossier-cover-price"), format::money(ctx.lang, p)));
    }
    if let Some(o) = &d.ordered_at {
        fields.push((ctx.tr("dossier-cover-ordered-at"), ctx.date_or_instant(o)));
    }
    if let Some(r) = &d.desired_resolution {
        fields.push((ctx.tr("dossier-cover-request"), r.clone()));
    }
    fields.push((
        ctx.tr("dossier-cover-status"),
        label(ctx.lang, &d.status.label_key()),
    ));
    fields
}

/// The cover's key figures: each a named figure of the analysis, its label in the plural its
/// value asks for.
fn figures(ctx: &Ctx<'_>, f: &Findings) -> Vec<Field> {
    let figures = &f.figures;
    let mut shown = vec![
        Figure::DaysSinceOrder,
        Figure::ContactAttempts,
        Figure::Unanswered,
    ];
    if figures.awaiting_reply > 0 {
        shown.push(Figure::AwaitingReply);
    }
    shown.extend([
        Figure::PromisesLate,
        Figure::Contradictions,
        Figure::MinutesOnHold,
    ]);
    shown
        .into_iter()
        .map(|figure| {
            let value = figure.value(figures);
            let label = figure_label(ctx.lang, figure, value.unwrap_or(2));
            // A part is shown with its whole: unanswered out of those expecting a reply, late
            // promises out of those made.
            let whole = match figure {
                Figure::Unanswered | Figure::AwaitingReply => {
                    Some(("dossier-figure-out-of-expecting", figures.expecting_reply))
                }
                Figure::PromisesLate => Some(("dossier-figure-out-of-made", figures.promises_made)),
                _ => None,
            };
            let label = match whole {
                Some((key, total)) => tr_args(
                    ctx.lang,
                    key,
                    &[("label", label.into()), ("total", format::number(total))],
                ),
                None => label,
            };
            (figure_value(ctx.lang, figure, figures), label)
        })
        .collect()
}

/// The generated summary: the named figures in sentences, each with its N.
fn summary(ctx: &Ctx<'_>, f: &Findings) -> Vec<String> {
    let lang = ctx.lang;
    let figures = &f.figures;
    let n = format::number;
    let mut lines = Vec::new();
    if figures.contact_attempts + figures.merchant_contacts > 0 {
        lines.push(tr_args(
            lang,
            "dossier-summary-contacts",
            &[
                ("attempts", n(figures.contact_attempts)),
                ("incoming", n(figures.merchant_contacts)),
                ("answers", n(figures.real_answers)),
                ("auto", n(figures.auto_replies)),
            ],
        ));
    }
    if figures.expecting_reply > 0 {
        lines.push(tr_args(
            lang,
            "dossier-summary-unanswered",
            &[
                ("expected", n(figures.expecting_reply)),
                ("answered", n(figures.answered)),
                ("unanswered", n(figures.unanswered)),
                ("awaiting", n(figures.awaiting_reply)),
            ],
        ));
    }
    if figures.promises_made > 0 {
        lines.push(tr_args(
            lang,
            "dossier-summary-promises",
            &[
                ("made", n(figures.promises_made)),
                ("kept", n(figures.promises_kept)),
                ("broken", n(figures.promises_broken)),
                ("overdue", n(figures.promises_overdue)),
                ("pending", n(figures.promises_pending)),
            ],
        ));
    }
    if figures.contradictions > 0 {
        lines.push(tr_args(
            lang,
            "dossier-summary-contradictions",
            &[("count", n(figures.contradictions))],
        ));
    }
    if let Some(days) = figures.longest_silence_days {
        lines.push(tr_args(
            lang,
            "dossier-summary-silence",
            &[("days", format::days(lang, days).into())],
        ));
    }
    lines
}

/// One row per obligation: a promise and its restatements with new dates, shown once with its
/// history; its status and days late are the obligation's (on its last restatement, counted
/// from the first due date).
fn promises(ctx: &Ctx<'_>, f: &Findings) -> Vec<PromiseRow> {
    crate::analysis::obligations(&f.promises)
        .iter()
        .filter_map(|chain| {
            let steps: Vec<(&crate::analysis::PromiseFinding, &crate::domain::Promise)> = chain
                .iter()
                .filter_map(|&i| {
                    let finding = f.promises.get(i)?;
                    match ctx.entry(&finding.promise)? {
                        Entry::Promise(p) => Some((finding, p)),
                        _ => None,
                    }
                })
                .collect();
            let &(_, p) = steps.first()?;
            let &(finding, _) = steps.last()?;
            let status_key = match finding.status {
                PromiseState::Pending => "dossier-state-pending",
                PromiseState::Kept => "dossier-state-kept",
                PromiseState::Broken => "dossier-state-broken",
                PromiseState::Overdue => "dossier-state-overdue",
            };
            let flagged = matches!(finding.status, PromiseState::Broken | PromiseState::Overdue);
            let mut status = ctx.tr(status_key);
            if let (PromiseState::Kept | PromiseState::Broken, Some(settled)) =
                (finding.status, finding.settled_at)
            {
                status.push('\n');
                status.push_str(&ctx.date(settled));
            }
            let mut days_late = finding
                .days_late
                .filter(|d| *d > 0)
                .map(|d| format::days(ctx.lang, d))
                .unwrap_or_default();
            if let (false, Some(first)) = (days_late.is_empty(), finding.first_due) {
                days_late.push('\n');
                days_late.push_str(&ctx.tr1(
                    "dossier-days-late-since",
                    "date",
                    format::deadline(ctx.lang, ctx.zone, first),
                ));
            }
            let history = steps
                .iter()
                .skip(1)
                .map(|(step, again)| {
                    let due = again.due.map_or_else(
                        || ctx.tr("dossier-no-due-date"),
                        |d| ctx.date_or_instant(&d),
                    );
                    let mut line = ctx.tr_n(
                        "dossier-promise-restated",
                        &[
                            ("date", ctx.date(step.made_at)),
                            ("source", ctx.short_source(again.source.as_ref())),
                            ("due", due),
                        ],
                    );
                    line.push('\n');
                    line.push_str(&quote(ctx.lang, &again.text));
                    line
                })
                .collect();
            Some(PromiseRow {
                text: format!("{}\n{}", label(ctx.lang, &p.kind.label_key()), p.text),
                made: steps
                    .first()
                    .map(|(first, _)| ctx.date(first.made_at))
                    .unwrap_or_default(),
                source: promise_source(ctx, p),
                due: p.due.map_or_else(
                    || ctx.tr("dossier-no-due-date"),
                    |d| ctx.date_or_instant(&d),
                ),
                history,
                status,
                days_late,
                flagged,
            })
        })
        .collect()
}

/// Who made a promise, in short, with the exhibits that document it (unless its source is one).
fn promise_source(ctx: &Ctx<'_>, p: &crate::domain::Promise) -> String {
    let mut source = ctx.short_source(p.source.as_ref());
    let numbers = ctx.exhibits_for(&p.id, p.source.as_ref());
    if !numbers.is_empty()
        && p.source
            .as_ref()
            .and_then(|s| ctx.exhibit_of.get(s))
            .is_none()
    {
        let list: Vec<String> = numbers.iter().map(|n| ctx.exhibit_label(*n)).collect();
        if !source.is_empty() {
            source.push('\n');
        }
        source.push_str(&list.join(", "));
    }
    source
}

fn contradictions(ctx: &Ctx<'_>, f: &Findings) -> Vec<ContradictionBlock> {
    f.contradictions
        .iter()
        .map(|c| ContradictionBlock {
            topic: topic(ctx.lang, &c.topic),
            kind: ctx.tr(match c.kind {
                ContradictionKind::Statements => "dossier-contradiction-statements",
                ContradictionKind::RestatedPromise => "dossier-contradiction-restated",
            }),
            versions: c
                .values
                .iter()
                .zip(1i64..)
                .map(|(v, n)| Version {
                    label: ctx.tr1("dossier-contradiction-value", "number", n),
                    value: format::value(ctx.lang, ctx.zone, &v.meaning, &v.value),
                    carriers: v
                        .statements
                        .iter()
                        .enumerate()
                        .map(|(i, id)| {
                            let at = v.stated_at.get(i).map(|t| ctx.when(*t)).unwrap_or_default();
                            let source = ctx.source(v.sources.get(i).and_then(Option::as_ref));
                            let words = match ctx.entry(id) {
                                Some(Entry::Statement(s)) => s.text.clone(),
                                Some(Entry::Promise(p)) => Some(p.text.clone()),
                                _ => None,
                            };
                            let mut text = at;
                            if !source.is_empty() {
                                text.push('\n');
                                text.push_str(&source);
                            }
                            if let Some(words) = words.filter(|w| !w.trim().is_empty()) {
                                text.push('\n');
                                text.push_str(&quote(ctx.lang, &words));
                            }
                            text
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect()
}

fn effort(ctx: &Ctx<'_>, f: &Findings) -> Vec<Field> {
    let lang = ctx.lang;
    let e = &f.effort;
    let figures = &f.figures;
    let mut fields = Vec::new();
    if let Some(rate) = figures.answer_rate_percent {
        let text = tr_args(
            lang,
            "dossier-answer-rate",
            &[
                ("percent", format::percent(lang, rate).into()),
                ("answered", format::number(figures.answered)),
                ("expected", format::number(figures.expecting_reply)),
            ],
        );
        fields.push((ctx.tr("dossier-effort-answer-rate"), text));
    }
    if figures.live_conversations > 0 {
        fields.push((
            ctx.tr("dossier-effort-live"),
            figures.live_conversations.to_string(),
        ));
    }
    fields.push((
        ctx.tr("dossier-effort-on-hold"),
        duration(lang, i64::from(figures.minutes_on_hold)),
    ));
    fields.push((
        ctx.tr("dossier-effort-in-calls"),
        duration(lang, i64::from(figures.minutes_in_calls)),
    ));
    fields.push((ctx.tr("dossier-effort-transfers"), e.transfers.to_string()));
    fields.push((ctx.tr("dossier-effort-agents"), e.agents.to_string()));
    if let Some(m) = e.median_minutes_to_answer {
        fields.push((ctx.tr("dossier-effort-median"), duration(lang, m)));
    }
    if let Some(m) = e.worst_minutes_to_answer {
        fields.push((ctx.tr("dossier-effort-worst"), duration(lang, m)));
    }
    if let Some(s) = &f.longest_silence {
        let days = format::days(lang, s.days);
        let text = if s.ongoing {
            tr_args(
                lang,
                "dossier-silence-ongoing",
                &[("days", days.into()), ("from", ctx.date(s.from).into())],
            )
        } else {
            tr_args(
                lang,
                "dossier-silence-range",
                &[
                    ("days", days.into()),
                    ("from", ctx.date(s.from).into()),
                    ("to", ctx.date(s.to).into()),
                ],
            )
        };
        fields.push((ctx.tr("dossier-effort-silence"), text));
    }
    fields
}

fn exhibit(ctx: &Ctx<'_>, a: &Attachment, number: u32) -> Exhibit {
    let relates = a
        .links
        .iter()
        .filter_map(|id| match ctx.entry(id)? {
            Entry::Contact(c) => Some(format!(
                "{}, {}",
                label(ctx.lang, &c.channel.label_key()),
                ctx.when(c.at.utc())
            )),
            Entry::Promise(p) => Some(format!(
                "{} — {}",
                label(ctx.lang, &p.kind.label_key()),
                ctx.date_or_instant(&p.made_at)
            )),
            Entry::Statement(s) => Some(format!(
                "{}{}{}",
                s.topic,
                colon(ctx.lang),
                ctx.statement_value(s)
            )),
            Entry::Attachment(other) => {
                ctx.exhibit_of.get(&other.id).map(|n| ctx.exhibit_label(*n))
            }
            Entry::Note(n) => Some(ctx.when(n.at.utc())),
        })
        .collect();
    Exhibit {
        proves: proves(ctx, a),
        number,
        label: ctx.exhibit_label(number),
        id: a.id.clone(),
        caption: a.caption.clone().filter(|c| !c.trim().is_empty()),
        file_name: a.file_name.clone(),
        media_type: a.media_type.clone(),
        date: a
            .received_at
            .map_or_else(|| ctx.tr("dossier-unknown"), |d| ctx.date_or_instant(&d)),
        size: format::size_exact(ctx.lang, a.size),
        bytes: a.size,
        sha256: a.sha256.clone(),
        relates,
    }
}

/// What an exhibit proves: a phrase for each entry it is linked to, then for each promise or
/// statement recorded from it, in that order, without repeats.
fn proves(ctx: &Ctx<'_>, a: &Attachment) -> Vec<String> {
    let from_it = ctx
        .case
        .promises
        .iter()
        .filter(|p| p.source.as_ref() == Some(&a.id))
        .map(|p| &p.id)
        .chain(
            ctx.case
                .statements
                .iter()
                .filter(|s| s.source.as_ref() == Some(&a.id))
                .map(|s| &s.id),
        );
    let mut phrases: Vec<String> = Vec::new();
    for id in a.links.iter().chain(from_it) {
        let Some(phrase) = ctx.entry(id).and_then(|entry| proof(ctx, entry)) else {
            continue;
        };
        if !phrases.contains(&phrase) {
            phrases.push(phrase);
        }
    }
    phrases
}

/// What an entry linked to an exhibit is, as the object of "proves": "the promise made on
/// 15 Aug 2026 (Delivery), due 10 Sept 2026: “…”".
fn proof(ctx: &Ctx<'_>, entry: Entry<'_>) -> Option<String> {
    let lang = ctx.lang;
    let day = |d: &DateOrInstant| ctx.date(d.start_in(ctx.zone));
    Some(match entry {
        Entry::Contact(c) => {
            let mut details = vec![label(lang, &c.channel.label_key())];
            let who = ctx.who(c.counterpart.as_ref());
            if !who.is_empty() {
                details.push(who);
            }
            tr_args(
                lang,
                "dossier-proves-contact",
                &[
                    ("date", ctx.date(c.at.utc()).into()),
                    ("details", details.join(", ").into()),
                ],
            )
        }
        Entry::Promise(p) => {
            let mut args: Vec<(&str, FluentValue<'static>)> = vec![
                ("made", day(&p.made_at).into()),
                ("kind", label(lang, &p.kind.label_key()).into()),
                ("text", quote(lang, &p.text).into()),
            ];
            match &p.due {
                Some(due) => {
                    args.push(("due", ctx.date_or_instant(due).into()));
                    tr_args(lang, "dossier-proves-promise-due", &args)
                }
                None => tr_args(lang, "dossier-proves-promise", &args),
            }
        }
        Entry::Statement(s) => tr_args(
            lang,
            "dossier-proves-statement",
            &[
                ("date", ctx.date(s.at.utc()).into()),
                ("topic", s.topic.clone().into()),
                ("value", ctx.statement_value(s).into()),
            ],
        ),
        Entry::Attachment(other) => {
            let number = ctx.exhibit_of.get(&other.id)?;
            ctx.tr1("dossier-proves-with", "label", ctx.exhibit_label(*number))
        }
        // A note is the consumer's own words: it proves nothing by itself.
        Entry::Note(_) => return None,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
pub(super) mod tests {
    use super::*;
    use crate::analysis::values::Value;
    use crate::analysis::{
        ContactCounts, Contradiction, ContradictionValue, Effort, Flags, PromiseFinding,
        PromiseTotals,
    };
    use crate::analysis::{Figures, Headline, Topic};
    use crate::analysis::{TimelineItem, TimelineKind};
    use crate::domain::{
        CaseDetails, Channel, Direction, Instant, Outcome, Promise, PromiseKind, PromiseStatus,
    };

    pub(in crate::dossier) fn at(text: &str) -> Instant {
        Instant::parse(text).unwrap()
    }

    /// A French case: one call (c1) with a promise (p1) and a statement (s1) made in it, a
    /// statement from an attachment (s2), two attachments.
    pub(in crate::dossier) fn case() -> CaseData {
        let zone = TimeZone::parse("Europe/Paris").unwrap();
        let mut details = CaseDetails::new("Lave-linge jamais livré", Language::Fr, zone);
        details.consumer.name = "Françoise Lefèvre-Dubœuf".into();
        details.consumer.email = Some("francoise@example.fr".into());
        details.merchant.name = "ÉlectroMénager SA".into();
        let mut case = CaseData::new(details);
        case.contacts.push(Contact {
            id: "c1".into(),
            at: at("2026-08-15T15:41:00+02:00"),
            channel: Channel::Phone,
            direction: Direction::Outgoing,
            counterpart: Some("Kevin Martin".into()),
            reference: Some("T-42".into()),
            summary: "Appel au service client".into(),
            outcome: Outcome::CallbackPromised,
            wait_minutes: Some(25),
            duration_minutes: Some(10),
            reply_expected_within_days: None,
            in_reply_to: None,
            party: crate::domain::ContactParty::Merchant,
            purpose: None,
            deadline: None,
            received_at: None,
            not_collected_on: None,
        });
        case.promises.push(Promise {
            id: "p1".into(),
            made_at: DateOrInstant::Instant(at("2026-08-15T15:50:00+02:00")),
            source: Some("c1".into()),
            kind: PromiseKind::Callback,
            text: "On vous rappelle demain".into(),
            due: DateOrInstant::parse("2026-08-16"),
            status: PromiseStatus::Pending,
            settled_at: None,
        });
        case.statements.push(Statement {
            id: "s1".into(),
            at: at("2026-08-15T15:45:00+02:00"),
            source: Some("c1".into()),
            topic: "date de livraison".into(),
            value: "22 août".into(),
            text: None,
        });
        case.statements.push(Statement {
            id: "s2".into(),
            at: at("2026-08-20T10:00:00+02:00"),
            source: Some("a2".into()),
            topic: "date de livraison".into(),
            value: "5 septembre".into(),
            text: Some("Votre commande sera livrée le 5 septembre".into()),
        });
        for (id, name, date) in [
            ("a1", "facture.pdf", "2026-08-20"),
            ("a2", "courriel.png", "2026-08-01"),
        ] {
            case.attachments.push(Attachment {
                id: id.into(),
                file_name: name.into(),
                sha256: format!("{:0>64}", id),
                size: 1_234_567,
                media_type: "image/png".into(),
                received_at: DateOrInstant::parse(date),
                caption: Some(format!("Capture {id}")),
                links: vec!["c1".into()],
            });
        }
        case
    }

    /// Hand-built findings for [`case`].
    pub(in crate::dossier) fn findings() -> Findings {
        let t = |s: &str| at(s).utc();
        Findings {
            as_of: t("2026-09-01T12:00:00Z"),
            days_since_order: Some(30),
            days_since_first_complaint: Some(17),
            days_since_last_answer: None,
            longest_silence: None,
            minutes_on_hold: 25,
            contacts: ContactCounts {
                total: 1,
                outgoing: 1,
                incoming: 0,
            },
            unanswered: Vec::new(),
            awaiting_reply: Vec::new(),
            answered: Vec::new(),
            promises: vec![PromiseFinding {
                promise: "p1".into(),
                kind: PromiseKind::Callback,
                status: PromiseState::Overdue,
                due: Some(t("2026-08-16T22:00:00Z")),
                days_late: Some(16),
                kept_by: None,
                made_at: t("2026-08-14T22:00:00Z"),
                settled_at: None,
                first_due: None,
                restated_by: None,
            }],
            promise_totals: PromiseTotals {
                made: 1,
                overdue: 1,
                worst_days_late: Some(16),
                ..Default::default()
            },
            contradictions: vec![Contradiction {
                topic: Topic::Stated("date de livraison".into()),
                kind: ContradictionKind::Statements,
                values: vec![
                    ContradictionValue {
                        value: "22 août".into(),
                        meaning: Value::Text(String::new()),
                        statements: vec!["s1".into()],
                        stated_at: vec![t("2026-08-15T13:45:00Z")],
                        sources: vec![Some("c1".into())],
                    },
                    ContradictionValue {
                        value: "5 septembre".into(),
                        meaning: Value::Text(String::new()),
                        statements: vec!["s2".into()],
                        stated_at: vec![t("2026-08-20T08:00:00Z")],
                        sources: vec![Some("a2".into())],
                    },
                ],
            }],
            effort: Effort {
                by_channel: Vec::new(),
                minutes_on_hold: 25,
                minutes_in_calls: 10,
                transfers: 0,
                agents: 1,
                answer_rate: Some(0.5),
                median_minutes_to_answer: Some(3 * 24 * 60),
                worst_minutes_to_answer: None,
            },
            timeline: vec![
                TimelineItem {
                    at: t("2026-08-15T13:41:00Z"),
                    kind: TimelineKind::Contact,
                    entry: Some("c1".into()),
                    direction: Some(Direction::Outgoing),
                    flags: Flags {
                        unanswered: true,
                        ..Default::default()
                    },
                },
                TimelineItem {
                    at: t("2026-08-20T08:00:00Z"),
                    kind: TimelineKind::Statement,
                    entry: Some("s2".into()),
                    direction: None,
                    flags: Flags {
                        contradicted: true,
                        ..Default::default()
                    },
                },
            ],
            headline: Headline::default(),
            topics: Vec::new(),
            figures: Figures {
                days_since_order: Some(30),
                contact_attempts: 1,
                promises_made: 1,
                promises_overdue: 1,
                promises_late: 1,
                worst_days_late: Some(16),
                contradictions: 1,
                minutes_on_hold: 25,
                minutes_in_calls: 10,
                answered: 1,
                expecting_reply: 2,
                answer_rate_percent: Some(50),
                ..Figures::default()
            },
            clocks: Vec::new(),
            next_steps: Vec::new(),
            unlock: Vec::new(),
            rules_as_of: crate::law::rules_as_of(),
        }
    }

    pub(in crate::dossier) fn options(redact: bool) -> ModelOptions {
        ModelOptions {
            language: Language::Fr,
            redact,
            prepared_at: at("2026-09-01T12:00:00Z").utc(),
        }
    }

    #[test]
    fn exhibits_are_numbered_by_date_and_referenced_from_the_chronology() {
        let d = build(&case(), &findings(), &options(false));
        let names: Vec<&str> = d.exhibits.iter().map(|e| e.file_name.as_str()).collect();
        assert_eq!(names, vec!["courriel.png", "facture.pdf"]);
        // A case under French law cites « Pièce n° 1 », the number never alone on a line.
        assert_eq!(d.exhibits[0].label, "Pièce\u{a0}n°\u{a0}1");
        // Both attachments link to the call; the statement's source is a2 = Pièce 1.
        assert!(d.chronology[0].reference.contains("T-42"));
        assert!(
            d.chronology[0]
                .reference
                .contains("Pièce\u{a0}n°\u{a0}1, Pièce\u{a0}n°\u{a0}2"),
            "{:?}",
            d.chronology[0]
        );
        assert_eq!(d.chronology[1].reference, "Pièce\u{a0}n°\u{a0}1");
        assert!(
            d.exhibits[0].size.contains("1\u{202F}234\u{202F}567"),
            "{}",
            d.exhibits[0].size
        );
    }

    #[test]
    fn marks_are_words_not_only_colour() {
        let d = build(&case(), &findings(), &options(false));
        assert!(d.chronology[0].marks.contains("SANS RÉPONSE"));
        assert!(d.chronology[0].flagged);
        assert!(d.chronology[1].marks.contains("CONTRADICTION"));
        assert_eq!(d.promises.len(), 1);
        assert!(d.promises[0].status.contains("En retard"));
        assert_eq!(d.promises[0].days_late, "16 jours");
        assert!(d.promises[0].flagged);
    }

    #[test]
    fn contradictions_show_each_value_with_its_source() {
        let d = build(&case(), &findings(), &options(false));
        let block = &d.contradictions[0];
        assert_eq!(block.versions.len(), 2);
        assert_eq!(block.versions[0].value, "22 août");
        assert!(
            block.versions[0].carriers[0].contains("Téléphone"),
            "{:?}",
            block.versions[0]
        );
        assert!(block.versions[1].carriers[0].contains("Pièce\u{a0}n°\u{a0}1"));
        assert!(block.versions[1].carriers[0].contains("«\u{A0}Votre commande"));
    }

    #[test]
    fn redaction_hides_contact_details_and_agent_names() {
        let plain = build(&case(), &findings(), &options(false));
        assert!(plain.cover[0].1.contains("francoise@example.fr"));
        assert_eq!(plain.chronology[0].who, "Kevin Martin");
        let red = build(&case(), &findings(), &options(true));
        assert!(!red.cover[0].1.contains("francoise@example.fr"));
        assert!(red.cover[0].1.contains("[masqué]"));
        assert_eq!(red.chronology[0].who, "Interlocuteur 1");
        assert!(!format!("{red:?}").contains("Kevin"));
    }

    #[test]
    fn figures_and_effort_read_naturally() {
        let d = build(&case(), &findings(), &options(false));
        assert_eq!(d.figures[0].0, "30");
        assert_eq!(d.figures[3].0, "1");
        let rate = d.effort.iter().find(|(l, _)| l.contains("Taux")).unwrap();
        assert_eq!(
            rate.1,
            "50\u{A0}% (1 sur 2 tentatives appelant une réponse)"
        );
        assert_eq!(d.figures[1].1, "tentative de contact");
        let median = d.effort.iter().find(|(l, _)| l.contains("médian")).unwrap();
        assert_eq!(median.1, "3 jours");
        assert!(
            d.prepared_on
                .contains("1er septembre 2026, 14\u{A0}h\u{A0}00"),
            "{}",
            d.prepared_on
        );
        let en = build(
            &case(),
            &findings(),
            &ModelOptions {
                language: Language::En,
                ..options(false)
            },
        );
        assert_eq!(en.exhibits[0].label, "Exhibit\u{a0}1");
        assert!(
            en.exhibits[0].size.starts_with("1.2 MB"),
            "{}",
            en.exhibits[0].size
        );
    }

    #[test]
    fn exhibit_labels_follow_the_jurisdiction() {
        let label = |j, l| exhibit_label(j, l, 7);
        assert_eq!(
            label(Jurisdiction::Fr, Language::Fr),
            "Pièce\u{a0}n°\u{a0}7"
        );
        assert_eq!(label(Jurisdiction::CaQc, Language::Fr), "P-7");
        assert_eq!(label(Jurisdiction::CaQc, Language::En), "P-7");
        assert_eq!(label(Jurisdiction::CaOn, Language::En), "Exhibit\u{a0}7");
        assert_eq!(label(Jurisdiction::Fr, Language::En), "Exhibit\u{a0}7");
        assert_eq!(label(Jurisdiction::Eu, Language::Fr), "Pièce\u{a0}7");
        // The chronology cites the same label as the exhibit itself.
        let mut quebec = case();
        quebec.case.jurisdiction = Jurisdiction::CaQc;
        let d = build(&quebec, &findings(), &options(false));
        assert_eq!(d.exhibits[1].label, "P-2");
        assert!(
            d.chronology[0].reference.contains("P-1, P-2"),
            "{:?}",
            d.chronology[0]
        );
    }

    #[test]
    fn captions_say_what_each_exhibit_proves_from_its_links() {
        let mut case = case();
        // a1 also proves the callback promise; a2 is where statement s2 was read.
        case.attachments[0].links.push("p1".into());
        let d = build(&case, &findings(), &options(false));
        let a2 = d.exhibits.iter().find(|e| e.id.as_str() == "a2").unwrap();
        assert_eq!(
            a2.proves,
            vec![
                "le contact du 15 août 2026 (Téléphone, Kevin Martin)".to_owned(),
                "ce qui a été affirmé le 20 août 2026 sur «\u{a0}date de livraison\u{a0}»\u{a0}: \
                 5 septembre 2026 («\u{a0}5 septembre\u{a0}»)"
                    .to_owned(),
            ]
        );
        let a1 = d.exhibits.iter().find(|e| e.id.as_str() == "a1").unwrap();
        assert_eq!(a1.proves.len(), 2, "{:?}", a1.proves);
        assert!(
            a1.proves[1].starts_with(
                "la promesse faite le 15 août 2026 (Rappel), pour le 16 août 2026\u{a0}: "
            ),
            "{}",
            a1.proves[1]
        );
        assert!(a1.proves[1].contains("On vous rappelle demain"));
        let en = build(
            &case,
            &findings(),
            &ModelOptions {
                language: Language::En,
                ..options(false)
            },
        );
        let a1 = en.exhibits.iter().find(|e| e.id.as_str() == "a1").unwrap();
        assert!(
            a1.proves[1]
                .starts_with("the promise made on 15 Aug 2026 (Callback), due 16 Aug 2026: "),
            "{}",
            a1.proves[1]
        );
        // Unlinked, recorded from nothing: it proves nothing said in words.
        case.attachments[0].links.clear();
        let d = build(&case, &findings(), &options(false));
        let a1 = d.exhibits.iter().find(|e| e.id.as_str() == "a1").unwrap();
        assert!(a1.proves.is_empty());
    }
}

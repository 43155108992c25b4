//! The dossier's chronology: one row per contact, with the promises and statements made in it
//! as sub-lines, and the people list that names each counterpart once.
//!
//! Due dates and settlements are not rows: they live in the promises table and the legal
//! deadlines. An entry tied to no contact (the order, a promise or statement recorded on its
//! own, an attachment received, a note) is a row of its own, once, at its time; a promise or
//! statement whose source is an attachment with a row of its own is a sub-line of that row.
//! Pure: the case and its findings in, text out.

use super::model::Ctx;
use crate::analysis::{Findings, PromiseFinding, TimelineItem, TimelineKind};
use crate::domain::{
    Channel, Contact, DateOrInstant, Direction, EntryId, EntryRef as Entry, LetterReceipt,
};
use crate::i18n::format::{self, quote};
use crate::i18n::label;
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::{HashMap, HashSet};

/// One chronology row: a contact, or an entry tied to no contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChronoRow {
    /// Date and time in the case's zone.
    pub when: String,
    /// What happened: the contact's summary (or the entry in words).
    pub what: String,
    /// The promises and statements made in it, one line each.
    pub lines: Vec<String>,
    /// Channel and direction.
    pub channel: String,
    /// Who was on the other side, briefly (the people list has the details).
    pub who: String,
    /// Outcome.
    pub outcome: String,
    /// Reference and exhibit numbers.
    pub reference: String,
    /// Marks in words with a symbol (empty when none), its sub-lines' included.
    pub marks: String,
    /// Whether any mark is set (the row is highlighted too).
    pub flagged: bool,
    /// The entry the row is about (`None` for the order).
    pub entry: Option<EntryId>,
}

/// One counterpart in the people list, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRow {
    /// How the chronology names them.
    pub name: String,
    /// Role or department, as recorded.
    pub role: String,
    /// Email addresses and phone numbers found in the contacts.
    pub details: String,
    /// Contacts with them per channel.
    pub contacts: String,
}

/// A counterpart as recorded: `Name (role, details)`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Person {
    /// The name before the parentheses (or the whole text).
    pub name: String,
    /// What the parentheses say that is not a contact detail (role, department, place).
    pub roles: Vec<String>,
    /// Email addresses, web addresses and phone numbers.
    pub details: Vec<String>,
    /// Contacts per channel, in the order first seen.
    pub channels: Vec<(Channel, u32)>,
}

impl Person {
    /// The short label rows use: the name and its first role ("Karim (vendeur)").
    pub fn short(&self) -> String {
        match self.roles.first() {
            Some(role) => format!("{} ({role})", self.name),
            None => self.name.clone(),
        }
    }
}

/// Every counterpart once, numbered by first appearance in time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct People {
    /// The people, in order of first contact.
    pub people: Vec<Person>,
    /// The counterpart text as recorded → its index in `people`.
    pub index: HashMap<String, usize>,
}

impl People {
    /// The people of `contacts` (given in time order): one per short label, so the same
    /// department recorded with and without its address is one person.
    pub fn of(contacts: &[&Contact]) -> Self {
        let mut people = Self::default();
        let mut by_short: HashMap<String, usize> = HashMap::new();
        for contact in contacts {
            let Some(raw) = contact.counterpart.as_deref().map(str::trim) else {
                continue;
            };
            if raw.is_empty() {
                continue;
            }
            let parsed = parse_counterpart(raw);
            let short = parsed.short();
            let at = *by_short.entry(short).or_insert_with(|| {
                people.people.push(Person {
                    name: parsed.name.clone(),
                    ..Person::default()
                });
                people.people.len() - 1
            });
            people.index.insert(raw.to_owned(), at);
            let Some(person) = people.people.get_mut(at) else {
                continue;
            };
            for role in parsed.roles {
                if !person.roles.contains(&role) {
                    person.roles.push(role);
                }
            }
            let mut details = parsed.details;
            if contact.channel == Channel::Phone
                && let Some(number) = first_phone_number(&contact.summary)
            {
                details.push(number);
            }
            for detail in details {
                if !person.details.contains(&detail) {
                    person.details.push(detail);
                }
            }
            match person
                .channels
                .iter_mut()
                .find(|(c, _)| *c == contact.channel)
            {
                Some((_, n)) => *n += 1,
                None => person.channels.push((contact.channel, 1)),
            }
        }
        people
    }

    /// The person a recorded counterpart is, with their number from 1.
    pub fn get(&self, raw: &str) -> Option<(usize, &Person)> {
        let at = *self.index.get(raw.trim())?;
        self.people.get(at).map(|p| (at + 1, p))
    }
}

/// Splits `Name (role, detail)` into the name, the roles and the contact details.
fn parse_counterpart(raw: &str) -> Person {
    let raw = raw.trim();
    let (name, inner) = match (raw.find(" ("), raw.strip_suffix(')')) {
        (Some(open), Some(body)) => (
            raw.get(..open).unwrap_or(raw).trim(),
            body.get(open + 2..).unwrap_or(""),
        ),
        _ => (raw, ""),
    };
    let mut person = Person {
        name: name.to_owned(),
        ..Person::default()
    };
    for part in inner
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        if is_contact_detail(part) {
            person.details.push(part.to_owned());
        } else {
            person.roles.push(part.to_owned());
        }
    }
    if person.name.is_empty() {
        person.name = raw.to_owned();
    }
    person
}

/// An email address, a web address or a phone number (a handle such as `@shop` is a name).
fn is_contact_detail(text: &str) -> bool {
    let email = text
        .split_once('@')
        .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'));
    let web =
        text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.");
    email || web || first_phone_number(text).is_some_and(|n| n.len() * 3 >= text.len() * 2)
}

/// The first phone number in a text ("Appel au 514 555-0100 : …", "Called 416-555-0142"):
/// a run of 9 to 15 digits with spaces, dots, dashes or brackets between them, not glued to a
/// word (`TK-558120`) and not a date (`2026-10-20`).
pub(super) fn first_phone_number(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let Some(&ch) = chars.get(i) else { break };
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let starts = (ch.is_ascii_digit() || ch == '+')
            && !prev.is_some_and(|p| p.is_alphanumeric() || p == '-' || p == '_');
        if !starts {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while let Some(&c) = chars.get(end) {
            let inside = c.is_ascii_digit()
                || matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{A0}' | '\u{202F}');
            if !inside {
                break;
            }
            end += 1;
        }
        let run: String = chars.get(i..end).unwrap_or(&[]).iter().collect();
        let run = run.trim_end_matches(|c: char| !c.is_ascii_digit());
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let glued = chars
            .get(i + run.chars().count())
            .is_some_and(|c| c.is_alphanumeric());
        let date = run.len() >= 5
            && run.chars().take(4).all(|c| c.is_ascii_digit())
            && run.chars().nth(4) == Some('-');
        if (9..=15).contains(&digits) && !glued && !date {
            return Some(run.to_owned());
        }
        i = end.max(i + 1);
    }
    None
}

/// The people list in words: each counterpart once, with role, details and contacts. When
/// redacting, names become "Agent 1"… and contact details are hidden.
pub(super) fn people_rows(ctx: &Ctx<'_>) -> Vec<PersonRow> {
    ctx.people
        .people
        .iter()
        .zip(1usize..)
        .map(|(person, number)| {
            let details = if person.details.is_empty() {
                String::new()
            } else if ctx.redact {
                ctx.tr("dossier-redacted")
            } else {
                person.details.join("\n")
            };
            let contacts: Vec<String> = person
                .channels
                .iter()
                .map(|(channel, count)| {
                    crate::i18n::tr_args(
                        ctx.lang,
                        "dossier-people-channel",
                        &[
                            ("channel", label(ctx.lang, &channel.label_key()).into()),
                            ("count", i64::from(*count).into()),
                        ],
                    )
                })
                .collect();
            PersonRow {
                name: if ctx.redact {
                    ctx.agent(number)
                } else {
                    person.name.clone()
                },
                role: person.roles.join(", "),
                details,
                contacts: contacts.join("\n"),
            }
        })
        .collect()
}

/// The rows: every timeline item but promises falling due or settled; the promises made and
/// statements whose source has a row of its own (a contact, an attachment received) are
/// sub-lines of that row.
pub(super) fn rows(ctx: &Ctx<'_>, findings: &Findings) -> Vec<ChronoRow> {
    let finding_of: HashMap<&EntryId, &PromiseFinding> =
        findings.promises.iter().map(|f| (&f.promise, f)).collect();
    let hosts: HashSet<&EntryId> = findings
        .timeline
        .iter()
        .filter(|i| matches!(i.kind, TimelineKind::Contact | TimelineKind::Attachment))
        .filter_map(|i| i.entry.as_ref())
        .collect();
    let host_of = |item: &TimelineItem| -> Option<&EntryId> {
        if !matches!(
            item.kind,
            TimelineKind::PromiseMade | TimelineKind::Statement
        ) {
            return None;
        }
        let source = match ctx.entry(item.entry.as_ref()?)? {
            Entry::Promise(p) => p.source.as_ref()?,
            Entry::Statement(s) => s.source.as_ref()?,
            _ => return None,
        };
        hosts.get(source).copied()
    };
    let mut rows: Vec<(ChronoRow, Marks, Vec<EntryId>)> = Vec::new();
    let mut row_of: HashMap<&EntryId, usize> = HashMap::new();
    for item in &findings.timeline {
        if matches!(
            item.kind,
            TimelineKind::PromiseDue | TimelineKind::PromiseSettled
        ) || host_of(item).is_some()
        {
            continue;
        }
        if let Some(id) = &item.entry {
            row_of.insert(id, rows.len());
        }
        let finding = item.entry.as_ref().and_then(|id| finding_of.get(id));
        let marks = Marks::of(item, finding);
        let row = row(ctx, item, &finding_of, findings.as_of);
        rows.push((row, marks, item.entry.iter().cloned().collect()));
    }
    for item in &findings.timeline {
        let (Some(host), Some(id)) = (host_of(item), item.entry.as_ref()) else {
            continue;
        };
        let Some((row, marks, entries)) = row_of.get(host).and_then(|&r| rows.get_mut(r)) else {
            continue;
        };
        let own = Marks::of(item, finding_of.get(id));
        marks.add(own);
        if let Some(line) = entry_line(ctx, id, &finding_of) {
            row.lines.push(format!("{} {line}", own.symbol()));
        }
        entries.push(id.clone());
    }
    rows.into_iter()
        .map(|(mut row, marks, entries)| {
            row.marks = marks.words(ctx);
            row.flagged = marks.any();
            let source = match row.entry.as_ref().and_then(|id| ctx.entry(id)) {
                Some(Entry::Promise(p)) => p.source.clone(),
                Some(Entry::Statement(s)) => s.source.clone(),
                _ => None,
            };
            let mut numbers: Vec<u32> = entries
                .iter()
                .flat_map(|id| ctx.exhibits_for(id, source.as_ref()))
                .collect();
            numbers.sort_unstable();
            numbers.dedup();
            if !numbers.is_empty() {
                let list: Vec<String> = numbers.iter().map(|n| ctx.exhibit_label(*n)).collect();
                if !row.reference.is_empty() {
                    row.reference.push('\n');
                }
                row.reference.push_str(&list.join(", "));
            }
            row
        })
        .collect()
}

/// The marks of a row or a sub-line. A promise restated later carries none of its own: its
/// obligation's marks are on the last restatement.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Marks {
    unanswered: bool,
    overdue: bool,
    broken: bool,
    contradicted: bool,
}

impl Marks {
    fn of(item: &TimelineItem, finding: Option<&&PromiseFinding>) -> Self {
        let restated = finding.is_some_and(|f| f.restated_by.is_some());
        let flags = item.flags;
        Self {
            unanswered: flags.unanswered,
            overdue: flags.overdue && !restated,
            broken: flags.broken && !restated,
            contradicted: flags.contradicted,
        }
    }

    fn add(&mut self, other: Self) {
        self.unanswered |= other.unanswered;
        self.overdue |= other.overdue;
        self.broken |= other.broken;
        self.contradicted |= other.contradicted;
    }

    fn any(self) -> bool {
        self.unanswered || self.overdue || self.broken || self.contradicted
    }

    fn keys(self) -> Vec<&'static str> {
        [
            (self.unanswered, "dossier-mark-unanswered"),
            (self.overdue, "dossier-mark-overdue"),
            (self.broken, "dossier-mark-broken"),
            (self.contradicted, "dossier-mark-contradicted"),
        ]
        .into_iter()
        .filter_map(|(on, key)| on.then_some(key))
        .collect()
    }

    fn words(self, ctx: &Ctx<'_>) -> String {
        self.keys()
            .into_iter()
            .map(|k| ctx.tr(k))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The sub-line's lead: its marks' symbols, or a bullet.
    fn symbol(self) -> &'static str {
        match (self.broken, self.overdue, self.contradicted) {
            (true, _, true) => "✗≠",
            (true, _, false) => "✗",
            (false, true, true) => "◷≠",
            (false, true, false) => "◷",
            (false, false, true) => "≠",
            (false, false, false) => "•",
        }
    }
}

/// A promise or statement in one line: what it says and, for a promise, by when.
fn entry_line(
    ctx: &Ctx<'_>,
    id: &EntryId,
    finding_of: &HashMap<&EntryId, &PromiseFinding>,
) -> Option<String> {
    let lang = ctx.lang;
    match ctx.entry(id)? {
        Entry::Promise(p) => {
            let kind = label(lang, &p.kind.label_key());
            let words = quote(lang, &p.text);
            let finding = finding_of.get(&p.id);
            let first = finding.and_then(|f| f.first_due);
            Some(match (p.due, first) {
                (None, _) => ctx.tr_n("dossier-line-promise", &[("kind", kind), ("words", words)]),
                (Some(due), None) => ctx.tr_n(
                    "dossier-line-promise-due",
                    &[
                        ("kind", kind),
                        ("words", words),
                        ("due", ctx.date_or_instant(&due)),
                    ],
                ),
                (Some(due), Some(first)) => ctx.tr_n(
                    "dossier-line-promise-again",
                    &[
                        ("kind", kind),
                        ("words", words),
                        ("due", ctx.date_or_instant(&due)),
                        ("first", format::deadline(lang, ctx.zone, first)),
                    ],
                ),
            })
        }
        Entry::Statement(s) => Some(ctx.tr_n(
            "dossier-line-statement",
            &[
                ("topic", s.topic.clone()),
                ("value", ctx.statement_value(s)),
            ],
        )),
        _ => None,
    }
}

/// One row for a timeline item that is not a sub-line.
fn row(
    ctx: &Ctx<'_>,
    item: &TimelineItem,
    finding_of: &HashMap<&EntryId, &PromiseFinding>,
    as_of: DateTime<Utc>,
) -> ChronoRow {
    let lang = ctx.lang;
    let mut row = ChronoRow {
        when: ctx.when(item.at),
        what: String::new(),
        lines: Vec::new(),
        channel: String::new(),
        who: String::new(),
        outcome: String::new(),
        reference: String::new(),
        marks: String::new(),
        flagged: false,
        entry: item.entry.clone(),
    };
    let heading = |key: &str| ctx.tr(key);
    let entry = item.entry.as_ref().and_then(|id| ctx.entry(id));
    row.what = match entry {
        None => {
            let d = &ctx.case.case;
            let body = [d.product.clone(), d.price.map(|p| format::money(lang, &p))]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" — ");
            join(heading("dossier-kind-order"), body)
        }
        Some(Entry::Contact(c)) => {
            row.channel = format!(
                "{}\n{}",
                label(lang, &c.channel.label_key()),
                label(lang, &c.direction.label_key())
            );
            row.who = ctx.who(c.counterpart.as_ref());
            row.outcome = label(lang, &c.outcome.label_key());
            if let Some(receipt) = letter_receipt(ctx, c, as_of) {
                row.outcome = format!("{}\n{receipt}", row.outcome);
            }
            row.reference = c.reference.clone().unwrap_or_default();
            c.summary.clone()
        }
        Some(Entry::Promise(p)) => {
            row.who = ctx.short_source(p.source.as_ref());
            entry_line(ctx, &p.id, finding_of).unwrap_or_default()
        }
        Some(Entry::Statement(s)) => {
            row.who = ctx.short_source(s.source.as_ref());
            let line = entry_line(ctx, &s.id, finding_of).unwrap_or_default();
            // Recorded on its own, the statement keeps its words.
            match &s.text {
                Some(text) if !text.trim().is_empty() => format!("{line}\n{}", quote(lang, text)),
                _ => line,
            }
        }
        Some(Entry::Attachment(a)) => {
            let caption = a
                .caption
                .clone()
                .filter(|c| !c.trim().is_empty())
                .unwrap_or_else(|| a.file_name.clone());
            join(heading("dossier-kind-attachment"), caption)
        }
        Some(Entry::Note(n)) => join(heading("dossier-kind-note"), n.text.clone()),
    };
    // An entry dated by a day alone prints that day, not its first minute.
    let day = match entry {
        Some(Entry::Promise(p)) => Some(p.made_at),
        Some(Entry::Attachment(a)) => a.received_at,
        _ => None,
    };
    if let Some(day @ DateOrInstant::Date(_)) = day {
        row.when = ctx.date_or_instant(&day);
    }
    row
}

/// What became of a letter sent by post, for its row's outcome: "Received on 5 Nov 2026" or
/// "Not collected — returned on …", once known by the dossier's date; `None` for any other
/// contact or while nothing is recorded.
fn letter_receipt(ctx: &Ctx<'_>, c: &Contact, as_of: DateTime<Utc>) -> Option<String> {
    if c.channel != Channel::Letter || c.direction != Direction::Outgoing {
        return None;
    }
    let known = |day: NaiveDate| ctx.zone.start_of_day(day) <= as_of;
    let (key, day) = match c.letter_receipt(ctx.zone)? {
        LetterReceipt::Received(day) => ("dossier-letter-received", day),
        LetterReceipt::NotCollected(day) => ("dossier-letter-not-collected", day),
    };
    known(day).then(|| ctx.tr_n(key, &[("date", format::date(ctx.lang, day))]))
}

fn join(heading: String, body: String) -> String {
    if body.is_empty() {
        heading
    } else {
        format!("{heading}\n{body}")
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::analysis::{Flags, PromiseState};
    use crate::domain::{Note, Promise, PromiseKind, PromiseStatus};
    use crate::dossier::model::build;
    use crate::dossier::model::tests::{at, case, findings, options};

    fn item(when: &str, kind: TimelineKind, entry: &str, flags: Flags) -> TimelineItem {
        TimelineItem {
            at: at(when).utc(),
            kind,
            entry: Some(entry.into()),
            direction: None,
            flags,
        }
    }

    /// The case with, besides its call (c1, where p1 and s1 were made), a promise recorded
    /// on its own (p2), a note, and the timeline as the analysis gives it: each promise made,
    /// falling due and settled, each statement, each attachment received.
    fn busy() -> (crate::domain::CaseData, Findings) {
        let mut case = case();
        case.promises.push(Promise {
            id: "p2".into(),
            made_at: DateOrInstant::parse("2026-08-18").unwrap(),
            source: None,
            kind: PromiseKind::Refund,
            text: "Remboursement sous 8 jours".into(),
            due: DateOrInstant::parse("2026-08-26"),
            status: PromiseStatus::Broken,
            settled_at: DateOrInstant::parse("2026-08-27"),
        });
        case.notes.push(Note {
            id: "n1".into(),
            at: at("2026-08-21T09:00:00+02:00"),
            text: "Toujours rien".into(),
        });
        let mut f = findings();
        let mut p2 = f.promises[0].clone();
        p2.promise = "p2".into();
        p2.kind = PromiseKind::Refund;
        p2.status = PromiseState::Broken;
        f.promises.push(p2);
        let broken = Flags {
            broken: true,
            ..Flags::default()
        };
        let overdue = Flags {
            overdue: true,
            ..Flags::default()
        };
        let none = Flags::default();
        let contact = f.timeline[0].clone();
        let statement = f.timeline[1].clone();
        f.timeline = vec![
            item(
                "2026-08-01T00:00:00+02:00",
                TimelineKind::Attachment,
                "a2",
                none,
            ),
            contact,
            item(
                "2026-08-15T15:45:00+02:00",
                TimelineKind::Statement,
                "s1",
                none,
            ),
            item(
                "2026-08-15T15:50:00+02:00",
                TimelineKind::PromiseMade,
                "p1",
                overdue,
            ),
            item(
                "2026-08-16T23:59:59+02:00",
                TimelineKind::PromiseDue,
                "p1",
                overdue,
            ),
            item(
                "2026-08-18T00:00:00+02:00",
                TimelineKind::PromiseMade,
                "p2",
                broken,
            ),
            statement,
            item(
                "2026-08-20T00:00:00+02:00",
                TimelineKind::Attachment,
                "a1",
                none,
            ),
            item("2026-08-21T09:00:00+02:00", TimelineKind::Note, "n1", none),
            item(
                "2026-08-26T23:59:59+02:00",
                TimelineKind::PromiseDue,
                "p2",
                broken,
            ),
            item(
                "2026-08-27T00:00:00+02:00",
                TimelineKind::PromiseSettled,
                "p2",
                broken,
            ),
        ];
        (case, f)
    }

    #[test]
    fn one_row_per_contact_and_per_entry_tied_to_no_contact() {
        let (case, f) = busy();
        let d = build(&case, &f, &options(false));
        let entries: Vec<&str> = d
            .chronology
            .iter()
            .map(|r| r.entry.as_ref().map_or("order", EntryId::as_str))
            .collect();
        // One contact (c1, with p1 and s1 made in it); standing alone: the promise p2, the
        // note, and the two attachments received — s2, from attachment a2, is a sub-line of
        // a2's row. No row for a promise falling due or settled.
        assert_eq!(entries, vec!["a2", "c1", "p2", "a1", "n1"]);
        assert_eq!(d.chronology.len(), case.contacts.len() + 4);
        let call = &d.chronology[1];
        assert_eq!(call.lines.len(), 2, "{call:?}");
        assert!(
            call.lines[0].starts_with("• Déclaration — date de livraison"),
            "{call:?}"
        );
        assert!(call.lines[1].starts_with("◷ Promesse — Rappel"), "{call:?}");
        assert!(
            call.lines[1].contains("On vous rappelle demain"),
            "{call:?}"
        );
        assert!(call.lines[1].contains("16 août 2026"), "{call:?}");
        // The call is flagged for its own mark and its overdue promise.
        assert!(call.marks.contains("SANS RÉPONSE") && call.marks.contains("EN RETARD"));
        assert!(call.flagged);
        let email = &d.chronology[0];
        assert_eq!(email.lines.len(), 1, "{email:?}");
        assert!(email.lines[0].starts_with("≠ Déclaration"), "{email:?}");
        assert!(email.marks.contains("CONTRADICTION"));
        assert_eq!(
            email.when, "1er août 2026",
            "a day alone prints as that day"
        );
        let alone = &d.chronology[2];
        assert!(
            alone.what.starts_with("Promesse — Remboursement"),
            "{alone:?}"
        );
        assert!(alone.marks.contains("NON TENUE"));
        // The attachment's row is its caption, not its file name again.
        assert_eq!(d.chronology[3].what, "Document reçu\nCapture a1");
    }

    #[test]
    fn a_letters_row_and_the_claim_sheet_say_what_became_of_it_in_both_languages() {
        let mut case = case();
        let letter = &mut case.contacts[0];
        letter.channel = Channel::Letter;
        letter.purpose = Some(crate::domain::ContactPurpose::FormalNotice);
        let f = findings();
        let day = |d: &str| d.parse::<NaiveDate>().unwrap();
        let in_lang = |case: &crate::domain::CaseData, language| {
            let options = crate::dossier::model::ModelOptions {
                language,
                ..options(false)
            };
            let d = build(case, &f, &options);
            let row = d.chronology.iter().find(|r| r.entry == Some("c1".into()));
            (row.unwrap().outcome.clone(), d.claim.text())
        };
        use crate::domain::Language::{En, Fr};
        // Nothing recorded: the outcome alone, and the claim sheet says so.
        let (outcome, claim) = in_lang(&case, Fr);
        assert_eq!(outcome, "Rappel promis", "{outcome}");
        assert!(claim.contains("réception non enregistrée"), "{claim}");

        case.contacts[0].set_letter_receipt(Some(LetterReceipt::Received(day("2026-08-18"))));
        let (outcome, claim) = in_lang(&case, Fr);
        assert_eq!(outcome, "Rappel promis\nReçue le 18 août 2026");
        assert!(claim.contains("reçue le 18 août 2026"), "{claim}");
        let (outcome, claim) = in_lang(&case, En);
        assert_eq!(outcome, "Callback promised\nReceived on 18 Aug 2026");
        assert!(claim.contains("received on 18 Aug 2026"), "{claim}");

        case.contacts[0].set_letter_receipt(Some(LetterReceipt::NotCollected(day("2026-08-25"))));
        let (outcome, claim) = in_lang(&case, Fr);
        assert_eq!(
            outcome,
            "Rappel promis\nNon réclamée — retournée le 25 août 2026"
        );
        assert!(
            claim.contains("non réclamée — retournée le 25 août 2026"),
            "{claim}"
        );
        assert!(!claim.contains("réception non enregistrée"), "{claim}");
        let (outcome, claim) = in_lang(&case, En);
        assert_eq!(
            outcome,
            "Callback promised\nNot collected — returned on 25 Aug 2026"
        );
        assert!(
            claim.contains("not collected — returned on 25 Aug 2026"),
            "{claim}"
        );

        // Returned after the dossier's date: not known yet.
        case.contacts[0].set_letter_receipt(Some(LetterReceipt::NotCollected(day("2026-09-05"))));
        let (outcome, claim) = in_lang(&case, En);
        assert_eq!(outcome, "Callback promised");
        assert!(claim.contains("receipt not recorded"), "{claim}");

        // A phone call never says it.
        case.contacts[0].channel = Channel::Phone;
        case.contacts[0].set_letter_receipt(Some(LetterReceipt::Received(day("2026-08-18"))));
        assert_eq!(in_lang(&case, En).0, "Callback promised");
    }

    #[test]
    fn people_are_listed_once_and_rows_name_them_briefly() {
        let mut case = case();
        let first = case.contacts[0].clone();
        for (id, who, summary) in [
            ("c2", "Kevin Martin", "Rappel au 01 23 45 67 89 : personne"),
            ("c3", "Service client (sc@shop.example)", "Courriel"),
            ("c4", "Service client", "Appel au 09 87 65 43 21"),
        ] {
            let mut contact = first.clone();
            contact.id = id.into();
            contact.counterpart = Some(who.into());
            contact.summary = summary.into();
            case.contacts.push(contact);
        }
        let mut f = findings();
        f.timeline.truncate(1);
        for id in ["c2", "c3", "c4"] {
            let mut item = f.timeline[0].clone();
            item.entry = Some(id.into());
            f.timeline.push(item);
        }
        let d = build(&case, &f, &options(false));
        let names: Vec<&str> = d.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Kevin Martin", "Service client"]);
        assert_eq!(d.people[0].details, "01 23 45 67 89");
        assert_eq!(d.people[0].contacts, "Téléphone : 2 contacts");
        assert_eq!(d.people[1].details, "sc@shop.example\n09 87 65 43 21");
        assert_eq!(d.chronology[2].who, "Service client");
        assert!(!d.chronology[2].who.contains('@'));
        let red = build(&case, &f, &options(true));
        assert_eq!(red.people[1].name, "Interlocuteur 2");
        assert_eq!(red.people[1].details, "[masqué]");
        assert_eq!(red.chronology[3].who, "Interlocuteur 2");
        assert!(!format!("{:?}", red.people).contains("Kevin"));
    }

    #[test]
    fn a_counterpart_splits_into_name_roles_and_details() {
        let karim = parse_counterpart("Karim (vendeur, magasin Lyon Part-Dieu)");
        assert_eq!(karim.name, "Karim");
        assert_eq!(karim.roles, vec!["vendeur", "magasin Lyon Part-Dieu"]);
        assert!(karim.details.is_empty());
        assert_eq!(karim.short(), "Karim (vendeur)");
        let desk = parse_counterpart("Service client (service-client@technocite.example)");
        assert_eq!(desk.short(), "Service client");
        assert_eq!(desk.details, vec!["service-client@technocite.example"]);
        let handle = parse_counterpart("@TechnoCite_SAV");
        assert_eq!(handle.short(), "@TechnoCite_SAV");
        assert!(handle.details.is_empty());
        let phone = parse_counterpart("Entrepôt (514 555-0188)");
        assert_eq!(phone.details, vec!["514 555-0188"]);
    }

    #[test]
    fn the_number_dialled_is_found_not_references_or_dates() {
        let found = |t: &str| first_phone_number(t);
        assert_eq!(
            found("Appel au 514 555-0100 : 25 minutes").as_deref(),
            Some("514 555-0100")
        );
        assert_eq!(
            found("Called 416-555-0142, 38 minutes on hold.").as_deref(),
            Some("416-555-0142")
        );
        assert_eq!(
            found("Appel au 08 99 65 12 34. Après 11 minutes").as_deref(),
            Some("08 99 65 12 34")
        );
        assert_eq!(
            found("l’entrepôt de Laval (514 555-0188). Sylvain cherche 100-48213").as_deref(),
            Some("514 555-0188")
        );
        assert_eq!(found("Ticket TK-558120, commande 100-48213"), None);
        assert_eq!(found("Le 2026-10-20 à 14 h 10"), None);
        assert_eq!(found("Dossier 58817, 17 minutes"), None);
    }
}

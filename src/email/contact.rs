//! The contact an email becomes: pure, from the message and the case's details.

use super::parse::{MailAddress, ParsedEmail};
use crate::domain::{CaseDetails, Channel, Contact, ContactParty, Direction, EntryId, Outcome};

/// The most lines of the body the summary keeps after the subject.
const SUMMARY_LINES: usize = 4;

/// The most characters of the body the summary keeps after the subject.
const SUMMARY_CHARS: usize = 400;

/// Whether the email went out from the consumer (one of the case's consumer addresses is the
/// sender), else in from the merchant's side. With no consumer address on the case, a message
/// addressed to the merchant's address counts as outgoing.
pub fn direction_of(email: &ParsedEmail, case: &CaseDetails) -> Direction {
    let consumer = addresses(case.consumer.email.as_deref());
    if !consumer.is_empty() {
        return if consumer.iter().any(|a| email.from.is(a)) {
            Direction::Outgoing
        } else {
            Direction::Incoming
        };
    }
    let merchant = addresses(case.merchant.email.as_deref());
    let from_merchant = merchant.iter().any(|a| email.from.is(a));
    let to_merchant = email.to.iter().any(|to| merchant.iter().any(|a| to.is(a)));
    if !from_merchant && to_merchant {
        Direction::Outgoing
    } else {
        Direction::Incoming
    }
}

/// The subject, then the first lines of the text (quoted lines and signatures left out).
pub fn summary_of(email: &ParsedEmail) -> String {
    let mut lines: Vec<&str> = Vec::new();
    let mut chars = 0;
    for line in email.text.lines().map(str::trim) {
        if line == "--" || is_quote_header(line) {
            break;
        }
        if line.is_empty() || line.starts_with('>') {
            continue;
        }
        chars += line.chars().count();
        lines.push(line);
        if lines.len() >= SUMMARY_LINES || chars >= SUMMARY_CHARS {
            break;
        }
    }
    let mut body = lines.join(" ");
    if body.chars().count() > SUMMARY_CHARS {
        body = body.chars().take(SUMMARY_CHARS).collect::<String>();
        body.push('…');
    }
    match (email.subject.is_empty(), body.is_empty()) {
        (true, _) => body,
        (false, true) => email.subject.clone(),
        (false, false) => format!("{}\n{body}", email.subject),
    }
}

/// The contact this email becomes (its id and `in_reply_to` are left for the store to set).
pub fn to_contact(email: &ParsedEmail, case: &CaseDetails) -> Contact {
    let direction = direction_of(email, case);
    let counterpart = match direction {
        Direction::Incoming => Some(email.from.display()),
        Direction::Outgoing => email.to.first().map(MailAddress::display),
    }
    .filter(|text| !text.is_empty());
    let outcome = if email.auto_reply {
        Outcome::AutoReplyOnly
    } else {
        match direction {
            // Sent by the consumer: a reply is awaited until a later incoming message.
            Direction::Outgoing => Outcome::NoAnswer,
            Direction::Incoming => Outcome::Answered,
        }
    };
    Contact {
        id: EntryId::new("c"),
        at: email.date,
        channel: Channel::Email,
        direction,
        counterpart,
        reference: Some(email.message_id.clone()),
        summary: summary_of(email),
        outcome,
        wait_minutes: None,
        duration_minutes: None,
        reply_expected_within_days: None,
        in_reply_to: None,
        // An imported email is taken as an exchange with the merchant; the user can change it.
        party: ContactParty::Merchant,
        purpose: None,
        deadline: None,
        received_at: None,
        not_collected_on: None,
    }
}

/// The addresses in a case's email field (several may be separated by commas, semicolons or
/// spaces).
fn addresses(field: Option<&str>) -> Vec<&str> {
    field
        .unwrap_or_default()
        .split([',', ';', ' '])
        .map(|a| a.trim().trim_start_matches('<').trim_end_matches('>'))
        .filter(|a| a.contains('@'))
        .collect()
}

/// `On Tue, 3 Mar 2026, X wrote:` / `Le mar. 3 mars 2026, X a écrit :` and the like.
fn is_quote_header(line: &str) -> bool {
    let lower = line.to_lowercase();
    (lower.starts_with("on ") && lower.ends_with("wrote:"))
        || (lower.starts_with("le ")
            && (lower.ends_with("a écrit :") || lower.ends_with("a écrit:")))
        || lower.starts_with("-----original message")
        || lower.starts_with("-----message d'origine")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Instant, Language, TimeZone};

    fn email(from: &str, to: &str, text: &str, auto_reply: bool) -> ParsedEmail {
        ParsedEmail {
            message_id: "m@x".to_owned(),
            replies_to: Vec::new(),
            from: MailAddress {
                name: Some("Sender".to_owned()),
                address: from.to_owned(),
            },
            to: vec![MailAddress {
                name: None,
                address: to.to_owned(),
            }],
            date: Instant::parse("2026-03-03T10:00:00+01:00").unwrap(),
            subject: "Order 42".to_owned(),
            text: text.to_owned(),
            auto_reply,
            attachments: Vec::new(),
            raw: Vec::new(),
        }
    }

    fn case(consumer: Option<&str>, merchant: Option<&str>) -> CaseDetails {
        let mut case = CaseDetails::new("t", Language::En, TimeZone::default());
        case.consumer.email = consumer.map(str::to_owned);
        case.merchant.email = merchant.map(str::to_owned);
        case
    }

    #[test]
    fn direction_follows_the_consumer_address() {
        let mine = case(Some("Jeanne@Example.fr"), None);
        let out = email("jeanne@example.fr", "sav@shop.example", "", false);
        let incoming = email("sav@shop.example", "jeanne@example.fr", "", false);
        assert_eq!(direction_of(&out, &mine), Direction::Outgoing);
        assert_eq!(direction_of(&incoming, &mine), Direction::Incoming);
        let only_merchant = case(None, Some("sav@shop.example"));
        assert_eq!(direction_of(&out, &only_merchant), Direction::Outgoing);
        assert_eq!(direction_of(&incoming, &only_merchant), Direction::Incoming);
    }

    #[test]
    fn contact_fields() {
        let mine = case(Some("jeanne@example.fr"), None);
        let out = to_contact(
            &email("jeanne@example.fr", "sav@shop.example", "Hello", false),
            &mine,
        );
        assert_eq!(
            (out.direction, out.outcome, out.counterpart.as_deref()),
            (
                Direction::Outgoing,
                Outcome::NoAnswer,
                Some("sav@shop.example")
            )
        );
        let auto = to_contact(
            &email("sav@shop.example", "jeanne@example.fr", "", true),
            &mine,
        );
        assert_eq!(auto.outcome, Outcome::AutoReplyOnly);
        assert_eq!(
            auto.counterpart.as_deref(),
            Some("Sender <sav@shop.example>")
        );
        assert_eq!(auto.reference.as_deref(), Some("m@x"));
        assert_eq!(auto.channel, Channel::Email);
    }

    #[test]
    fn summary_keeps_the_subject_and_first_lines_only() {
        let text = "Hello,\n\nThe parcel is lost.\n> quoted\nWe will refund.\n\nOn Tue, 3 Mar 2026, J wrote:\nold text\n";
        let summary = summary_of(&email("a@b", "c@d", text, false));
        assert_eq!(
            summary,
            "Order 42\nHello, The parcel is lost. We will refund."
        );
        let long = "x".repeat(1000);
        let summary = summary_of(&email("a@b", "c@d", &long, false));
        assert!(summary.ends_with('…'));
        assert!(summary.chars().count() < 420);
    }
}

//! Reading emails: one message from its bytes, and the messages of an mbox mailbox.
//!
//! `mail-parser` decodes encoded words, quoted-printable, base64 and charsets, and turns an
//! HTML-only body into text. A message without headers, a From address or a valid Date is
//! refused: it could not become a dated contact.

use super::Malformed;
use crate::domain::Instant;
use chrono::{FixedOffset, NaiveDate, TimeZone as _};
use mail_parser::{Address, HeaderValue, MessageParser, MimeHeaders as _};
use sha2::{Digest as _, Sha256};

/// A name and an address, as in `Jeanne Dupont <jeanne@example.fr>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailAddress {
    /// The display name, if any.
    pub name: Option<String>,
    /// The address (`jeanne@example.fr`), possibly empty for a bare name.
    pub address: String,
}

impl MailAddress {
    /// `Name <address>`, or whichever of the two exists.
    pub fn display(&self) -> String {
        match (self.name.as_deref().map(str::trim), self.address.trim()) {
            (Some(name), "") if !name.is_empty() => name.to_owned(),
            (Some(name), address) if !name.is_empty() => format!("{name} <{address}>"),
            (_, address) => address.to_owned(),
        }
    }

    /// Whether this is `address` (compared without case).
    pub fn is(&self, address: &str) -> bool {
        !address.trim().is_empty() && self.address.trim().eq_ignore_ascii_case(address.trim())
    }
}

/// A MIME attachment, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailPart {
    /// Its file name (from the message, or made up from its position).
    pub file_name: String,
    /// Its decoded bytes.
    pub bytes: Vec<u8>,
}

/// One email, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedEmail {
    /// The Message-ID without angle brackets; a made-up `sha256-…@papertrail` id derived from
    /// the bytes when the message has none, so importing it again is still recognised.
    pub message_id: String,
    /// The ids of the messages it answers, most direct first (In-Reply-To, then References
    /// from the last).
    pub replies_to: Vec<String>,
    /// The sender.
    pub from: MailAddress,
    /// The recipients (To, then Cc).
    pub to: Vec<MailAddress>,
    /// The Date header.
    pub date: Instant,
    /// The subject, decoded (empty if none).
    pub subject: String,
    /// The body as text (an HTML-only body converted).
    pub text: String,
    /// Whether it is an automatic reply (Auto-Submitted, X-Autoreply, Precedence,
    /// X-Autorespond).
    pub auto_reply: bool,
    /// The MIME attachments.
    pub attachments: Vec<MailPart>,
    /// The message exactly as read.
    pub raw: Vec<u8>,
}

/// Reads one message.
pub fn parse_message(raw: &[u8]) -> Result<ParsedEmail, Malformed> {
    let message = MessageParser::default()
        .parse(raw)
        .ok_or(Malformed::NoHeaders)?;
    if message.headers().is_empty() {
        return Err(Malformed::NoHeaders);
    }
    let from = message
        .from()
        .and_then(|from| addresses(from).into_iter().next())
        .filter(|from| !from.address.trim().is_empty() || from.name.is_some())
        .ok_or(Malformed::NoFrom)?;
    let date = message.date().and_then(instant).ok_or(Malformed::NoDate)?;
    let message_id = message
        .message_id()
        .map(clean_id)
        .filter(|id| !id.is_empty())
        .unwrap_or_else(|| synthetic_id(raw));
    let mut replies_to = ids(message.in_reply_to());
    let mut references = ids(message.references());
    references.reverse();
    for reference in references {
        if !replies_to.contains(&reference) {
            replies_to.push(reference);
        }
    }
    let to = message
        .to()
        .into_iter()
        .chain(message.cc())
        .flat_map(addresses)
        .collect();
    let text = message
        .body_text(0)
        .map(|text| text.replace("\r\n", "\n"))
        .unwrap_or_default();
    let attachments = message
        .attachments()
        .enumerate()
        .map(|(index, part)| MailPart {
            file_name: part
                .attachment_name()
                .map(safe_file_name)
                .filter(|name| !name.is_empty())
                .unwrap_or_else(|| format!("attachment-{}", index + 1)),
            bytes: part.contents().to_vec(),
        })
        .collect();
    Ok(ParsedEmail {
        message_id,
        replies_to,
        from,
        to,
        date,
        subject: message.subject().unwrap_or_default().trim().to_owned(),
        text,
        auto_reply: is_auto_reply(|name| header_text(&message, name)),
        attachments,
        raw: raw.to_vec(),
    })
}

/// Splits an mbox mailbox into its messages' bytes (`>From ` quoting undone).
pub fn split_mbox(bytes: &[u8]) -> std::io::Result<Vec<Vec<u8>>> {
    mail_parser::mailbox::mbox::MessageIterator::new(bytes)
        .map(|message| message.map(|m| m.contents().to_vec()))
        .collect()
}

/// Whether the bytes look like an mbox mailbox rather than one message.
pub fn is_mbox(bytes: &[u8]) -> bool {
    bytes.starts_with(b"From ")
}

/// Whether the headers mark an automatic reply (RFC 3834 `Auto-Submitted`, and the common
/// `X-Autoreply`, `X-Autorespond` and `Precedence: auto_reply / bulk / junk`).
pub fn is_auto_reply(header: impl Fn(&str) -> Option<String>) -> bool {
    let value = |name: &str| header(name).map(|v| v.trim().to_ascii_lowercase());
    let auto_submitted = value("Auto-Submitted").is_some_and(|v| !v.is_empty() && v != "no");
    let x_autoreply = value("X-Autoreply").is_some_and(|v| v != "no" && v != "false")
        || value("X-Autorespond").is_some();
    let precedence = value("Precedence")
        .is_some_and(|v| matches!(v.as_str(), "auto_reply" | "auto-reply" | "bulk" | "junk"));
    auto_submitted || x_autoreply || precedence
}

/// The text of the last header with this name (compared without case).
fn header_text(message: &mail_parser::Message<'_>, name: &str) -> Option<String> {
    message
        .headers()
        .iter()
        .rev()
        .find(|header| header.name().eq_ignore_ascii_case(name))
        .map(|header| match header.value() {
            HeaderValue::Text(text) => text.to_string(),
            HeaderValue::TextList(list) => list.join(", "),
            _ => String::new(),
        })
}

fn addresses(address: &Address<'_>) -> Vec<MailAddress> {
    address
        .iter()
        .map(|addr| MailAddress {
            name: addr
                .name()
                .map(|n| n.trim().to_owned())
                .filter(|n| !n.is_empty()),
            address: addr.address().unwrap_or_default().trim().to_owned(),
        })
        .collect()
}

fn instant(date: &mail_parser::DateTime) -> Option<Instant> {
    let day = NaiveDate::from_ymd_opt(
        i32::from(date.year),
        u32::from(date.month),
        u32::from(date.day),
    )?;
    let time = day.and_hms_opt(
        u32::from(date.hour),
        u32::from(date.minute),
        u32::from(date.second),
    )?;
    let seconds = i32::from(date.tz_hour) * 3600 + i32::from(date.tz_minute) * 60;
    let offset = FixedOffset::east_opt(if date.tz_before_gmt {
        -seconds
    } else {
        seconds
    })?;
    offset.from_local_datetime(&time).single().map(Instant)
}

fn ids(value: &HeaderValue<'_>) -> Vec<String> {
    let list: Vec<String> = match value {
        HeaderValue::Text(text) => vec![clean_id(text)],
        HeaderValue::TextList(list) => list.iter().map(|id| clean_id(id)).collect(),
        _ => Vec::new(),
    };
    list.into_iter().filter(|id| !id.is_empty()).collect()
}

fn clean_id(id: &str) -> String {
    id.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim()
        .to_owned()
}

fn synthetic_id(raw: &[u8]) -> String {
    let digest = Sha256::digest(raw);
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256-{hex}@papertrail")
}

/// Keeps only the last path component and drops control characters.
fn safe_file_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
    last.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_words_and_quoted_printable_are_decoded() {
        let raw = b"From: =?UTF-8?Q?Service_client_M=C3=A9ga?= <sav@mega.example>\r\n\
To: jeanne@example.fr\r\n\
Subject: =?ISO-8859-1?Q?Votre_r=E9clamation?=\r\n\
Date: Tue, 3 Mar 2026 10:15:00 +0100\r\n\
Message-ID: <abc@mega.example>\r\n\
In-Reply-To: <q1@example.fr>\r\n\
References: <q0@example.fr> <q1@example.fr>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
Le colis est =C3=A0 l'entrep=C3=B4t.\r\n";
        let email = parse_message(raw).unwrap();
        assert_eq!(
            email.from.display(),
            "Service client Méga <sav@mega.example>"
        );
        assert_eq!(email.subject, "Votre réclamation");
        assert_eq!(email.text.trim(), "Le colis est à l'entrepôt.");
        assert_eq!(email.message_id, "abc@mega.example");
        assert_eq!(email.replies_to, ["q1@example.fr", "q0@example.fr"]);
        assert_eq!(email.date.to_rfc3339(), "2026-03-03T10:15:00+01:00");
        assert!(!email.auto_reply);
    }

    #[test]
    fn html_only_bodies_become_text_and_missing_ids_are_derived() {
        let raw = b"From: a@b.example\r\nDate: Tue, 3 Mar 2026 10:15:00 +0000\r\n\
Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Bonjour <b>Jeanne</b></p></body></html>\r\n";
        let email = parse_message(raw).unwrap();
        assert!(email.text.contains("Bonjour Jeanne"), "{:?}", email.text);
        assert!(!email.text.contains('<'), "{:?}", email.text);
        assert!(email.message_id.starts_with("sha256-"));
        assert_eq!(parse_message(raw).unwrap().message_id, email.message_id);
    }

    #[test]
    fn malformed_messages_are_refused() {
        assert_eq!(parse_message(b"").unwrap_err(), Malformed::NoHeaders);
        assert_eq!(
            parse_message(b"just some words\nand more\n").unwrap_err(),
            Malformed::NoHeaders
        );
        assert_eq!(
            parse_message(b"Subject: hello\r\nDate: Tue, 3 Mar 2026 10:15:00 +0000\r\n\r\nx")
                .unwrap_err(),
            Malformed::NoFrom
        );
        assert_eq!(
            parse_message(b"From: a@b.example\r\nSubject: x\r\n\r\nbody").unwrap_err(),
            Malformed::NoDate
        );
        assert_eq!(
            parse_message(b"From: a@b.example\r\nDate: yesterday\r\n\r\nbody").unwrap_err(),
            Malformed::NoDate
        );
    }

    #[test]
    fn auto_replies_are_recognised() {
        let headers = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| n.eq_ignore_ascii_case(name))
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert!(is_auto_reply(headers(&[(
            "Auto-Submitted",
            "auto-replied"
        )])));
        assert!(!is_auto_reply(headers(&[("Auto-Submitted", "no")])));
        assert!(is_auto_reply(headers(&[("X-Autoreply", "yes")])));
        assert!(is_auto_reply(headers(&[("Precedence", "auto_reply")])));
        assert!(!is_auto_reply(headers(&[("Precedence", "list")])));
        assert!(!is_auto_reply(headers(&[])));
    }

    #[test]
    fn file_names_lose_their_directories() {
        assert_eq!(safe_file_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_file_name("C:\\x\\facture.pdf"), "facture.pdf");
    }
}

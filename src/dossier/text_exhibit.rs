//! Text and email exhibits, printed in the dossier: a chat transcript or any plain text file
//! (UTF-8, UTF-16 with a byte-order mark, else Windows-1252, the Latin-1 superset old
//! Windows tools write), and an email (`.eml`, read with the email import's `mail-parser`
//! code) as its From, To, Date and Subject headers and its text body. At most
//! [`MAX_TEXT_BYTES`] of a text are read; the layout prints at most a few pages of it and
//! says when it is cut (the original stays attached).

use crate::domain::{Language, TimeZone};
use crate::i18n::{format, tr};
use std::io::Read as _;
use std::path::Path;

/// At most this much of a text file is read (a few dozen printed pages).
pub const MAX_TEXT_BYTES: usize = 256 * 1024;

/// An email larger than this is not read (attachments make large emails; the original stays
/// attached).
pub const MAX_EMAIL_BYTES: u64 = 16 * 1024 * 1024;

/// What kind of printable document a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    /// Plain text (`.txt`, `text/plain`, Markdown, CSV).
    Text,
    /// An email (`.eml`, `message/rfc822`).
    Email,
}

/// A text exhibit ready to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printable {
    /// Headers to print above the text (an email's From, To, Date, Subject): label, value.
    pub headers: Vec<(String, String)>,
    /// The text, lines separated by `\n`.
    pub body: String,
    /// Whether the file holds more than was read.
    pub cut: bool,
}

/// Whether a file is printed as text, by its media type or its name's extension.
pub fn kind(media_type: &str, file_name: &str) -> Option<TextKind> {
    let media = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let extension = Path::new(file_name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if media == "message/rfc822" || extension == "eml" {
        Some(TextKind::Email)
    } else if matches!(media.as_str(), "text/plain" | "text/markdown" | "text/csv")
        || matches!(extension.as_str(), "txt" | "log" | "md" | "csv")
    {
        Some(TextKind::Text)
    } else {
        None
    }
}

/// Reads a text or email exhibit; `Err` holds the i18n key of the note printed instead.
pub fn read(
    path: &Path,
    size: u64,
    kind: TextKind,
    language: Language,
    zone: TimeZone,
) -> Result<Printable, &'static str> {
    match kind {
        TextKind::Text => {
            let file = std::fs::File::open(path).map_err(|_| "dossier-note-missing")?;
            let mut bytes = Vec::new();
            file.take(MAX_TEXT_BYTES as u64)
                .read_to_end(&mut bytes)
                .map_err(|_| "dossier-note-missing")?;
            Ok(Printable {
                headers: Vec::new(),
                body: decode(&bytes),
                cut: size > bytes.len() as u64,
            })
        }
        TextKind::Email => {
            if size > MAX_EMAIL_BYTES {
                return Err("dossier-note-email-too-large");
            }
            let bytes = std::fs::read(path).map_err(|_| "dossier-note-missing")?;
            email(&bytes, language, zone).ok_or("dossier-note-email-unreadable")
        }
    }
}

/// An email's headers and text, worded in `language`, its date in `zone`.
pub fn email(bytes: &[u8], language: Language, zone: TimeZone) -> Option<Printable> {
    let mail = crate::email::parse_message(bytes).ok()?;
    let mut headers = vec![(tr(language, "dossier-email-from"), mail.from.display())];
    if !mail.to.is_empty() {
        let to: Vec<String> = mail
            .to
            .iter()
            .map(crate::email::MailAddress::display)
            .collect();
        headers.push((tr(language, "dossier-email-to"), to.join(", ")));
    }
    headers.push((
        tr(language, "dossier-email-date"),
        format::instant(language, zone, mail.date.utc()),
    ));
    headers.push((tr(language, "dossier-email-subject"), mail.subject.clone()));
    let (body, cut) = shorten(&clean(&mail.text));
    Some(Printable { headers, body, cut })
}

/// The first [`MAX_TEXT_BYTES`] of a text, cut at a character boundary; whether it was cut.
fn shorten(text: &str) -> (String, bool) {
    if text.len() <= MAX_TEXT_BYTES {
        return (text.to_owned(), false);
    }
    let mut end = MAX_TEXT_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    (text.get(..end).unwrap_or_default().to_owned(), true)
}

/// Text from bytes: UTF-8 (a character cut at the end of what was read is dropped), UTF-16
/// with a byte-order mark, else Windows-1252.
pub fn decode(bytes: &[u8]) -> String {
    let text = if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let rest = bytes.get(bom..).unwrap_or_default();
        encoding.decode_without_bom_handling(rest).0.into_owned()
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            // Only the last character is incomplete (the read stopped inside it).
            Err(e) if e.error_len().is_none() => bytes
                .get(..e.valid_up_to())
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default()
                .to_owned(),
            Err(_) => encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
        }
    };
    clean(&text)
}

/// Line ends made `\n`, tabs made spaces, other control characters dropped, trailing blank
/// lines removed.
fn clean(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push_str("    "),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn text_is_read_as_utf8_utf16_or_windows_1252() {
        assert_eq!(
            decode("Livré à l’été\r\nOK".as_bytes()),
            "Livré à l’été\nOK"
        );
        // Windows-1252: é is 0xE9, ’ is 0x92, € is 0x80.
        assert_eq!(
            decode(b"Livr\xE9 l\x92\xE9t\xE9 80 \x80"),
            "Livré l’été 80 €"
        );
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("Reçu".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16), "Reçu");
        // A read that stopped inside a character keeps what comes before it.
        let cut = "Noël".as_bytes();
        assert_eq!(decode(&cut[..cut.len() - 2]), "No");
        assert_eq!(decode(b"a\tb\x07c\n\n"), "a    bc");
    }

    #[test]
    fn kinds_come_from_the_media_type_or_the_extension() {
        assert_eq!(
            kind("text/plain; charset=utf-8", "chat"),
            Some(TextKind::Text)
        );
        assert_eq!(
            kind("application/octet-stream", "chat.TXT"),
            Some(TextKind::Text)
        );
        assert_eq!(kind("message/rfc822", "x"), Some(TextKind::Email));
        assert_eq!(
            kind("application/octet-stream", "m.eml"),
            Some(TextKind::Email)
        );
        assert_eq!(kind("application/pdf", "f.pdf"), None);
        assert_eq!(kind("text/html", "page.html"), None);
    }

    #[test]
    fn an_email_prints_its_headers_and_text() {
        let raw = b"From: Service client <service@meubles.example>\r\n\
To: Genevieve <g@example.ca>\r\n\
Subject: =?utf-8?q?Votre_livraison_pr=C3=A9vue?=\r\n\
Date: Tue, 8 Sep 2026 14:05:00 -0400\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
\r\n\
Bonjour,\r\nLivraison le 10 septembre.\r\n";
        let zone = TimeZone::parse("America/Toronto").unwrap();
        let p = email(raw, Language::Fr, zone).unwrap();
        let labels: Vec<&str> = p.headers.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, vec!["De", "À", "Date", "Objet"]);
        assert_eq!(p.headers[0].1, "Service client <service@meubles.example>");
        assert_eq!(p.headers[3].1, "Votre livraison prévue");
        assert!(
            p.headers[2].1.contains("8 septembre 2026"),
            "{}",
            p.headers[2].1
        );
        assert_eq!(p.body, "Bonjour,\nLivraison le 10 septembre.");
        assert!(!p.cut);
        assert!(email(b"not an email", Language::En, zone).is_none());
    }
}

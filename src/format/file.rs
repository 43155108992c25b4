//! The JSON document of the case file v1: its serde shape, parsing with JSON-path errors, and the
//! checks that need the whole document (unique ids, cross-references, file references).

use super::FormatError;
use crate::domain::{CaseDetails, Contact, DateOrInstant, EntryId, Note, Promise, Statement};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// The value of `"format"`.
pub const FORMAT_NAME: &str = "papertrail-case";

/// The version this app reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// The whole `case.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct CaseFile {
    /// Always `papertrail-case`.
    pub format: String,
    /// Always 1.
    pub version: u32,
    /// The dispute's details.
    pub case: CaseDetails,
    /// Contact attempts.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Promises.
    #[serde(default)]
    pub promises: Vec<Promise>,
    /// Statements.
    #[serde(default)]
    pub statements: Vec<Statement>,
    /// Attachments, with file references.
    #[serde(default)]
    pub attachments: Vec<AttachmentRecord>,
    /// Notes.
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// An attachment as the case file writes it: a file reference instead of stored-file facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct AttachmentRecord {
    /// Unique within the case.
    pub id: EntryId,
    /// Path relative to the bundle root (or to the directory of a lone `case.json`).
    pub file: String,
    /// SHA-256 of the file, 64 hex digits.
    pub sha256: String,
    /// When the consumer received or captured it.
    #[serde(default)]
    pub received_at: Option<DateOrInstant>,
    /// What it shows.
    #[serde(default)]
    pub caption: Option<String>,
    /// The entries it proves.
    #[serde(default)]
    pub links: Vec<EntryId>,
}

/// Just the envelope, read first so a wrong format or version is named before anything else.
#[derive(Deserialize)]
struct Envelope {
    #[serde(default)]
    format: Option<serde_json::Value>,
    #[serde(default)]
    version: Option<serde_json::Value>,
}

/// Parses and checks a `case.json`.
pub(crate) fn parse(bytes: &[u8]) -> Result<CaseFile, FormatError> {
    // A UTF-8 byte-order mark, as some editors write, is not part of the JSON.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let envelope: Envelope =
        serde_json::from_slice(bytes).map_err(|e| json_error("case.json", &e))?;
    if envelope.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT_NAME) {
        return Err(FormatError::NotACaseFile);
    }
    match envelope.version {
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(FORMAT_VERSION)) => {}
        Some(other) => return Err(FormatError::UnsupportedVersion(other.to_string())),
        None => {
            return Err(FormatError::invalid(
                "version",
                "this required key is missing",
            ));
        }
    }
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let file: CaseFile = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        json_error(&path, e.inner())
    })?;
    deserializer
        .end()
        .map_err(|e| json_error("case.json", &e))?;
    check(&file)?;
    Ok(file)
}

/// A serde error at a path, as one sentence: `contacts[3].at: expected an RFC 3339 date-time`.
fn json_error(path: &str, error: &serde_json::Error) -> FormatError {
    let full = error.to_string();
    let location = format!(" at line {} column {}", error.line(), error.column());
    let message = full.strip_suffix(&location).unwrap_or(&full);
    // serde names a missing key at its parent; name the key itself.
    if let Some(key) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        let path = if path == "." || path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        };
        return FormatError::invalid(path, "this required key is missing");
    }
    let path = if path == "." || path.is_empty() {
        "case.json"
    } else {
        path
    };
    FormatError::invalid(
        path,
        format!(
            "{message} (line {}, column {})",
            error.line(),
            error.column()
        ),
    )
}

// What kind of entry an id names, for cross-reference checks: the domain's one vocabulary.
use crate::domain::EntryKind as Kind;

/// The checks that need the whole document.
fn check(file: &CaseFile) -> Result<(), FormatError> {
    let mut kinds: HashMap<&str, (Kind, String)> = HashMap::new();
    let ids = file
        .contacts
        .iter()
        .enumerate()
        .map(|(i, c)| (&c.id, Kind::Contact, format!("contacts[{i}]")))
        .chain(
            file.promises
                .iter()
                .enumerate()
                .map(|(i, p)| (&p.id, Kind::Promise, format!("promises[{i}]"))),
        )
        .chain(
            file.statements
                .iter()
                .enumerate()
                .map(|(i, s)| (&s.id, Kind::Statement, format!("statements[{i}]"))),
        )
        .chain(
            file.attachments
                .iter()
                .enumerate()
                .map(|(i, a)| (&a.id, Kind::Attachment, format!("attachments[{i}]"))),
        )
        .chain(
            file.notes
                .iter()
                .enumerate()
                .map(|(i, n)| (&n.id, Kind::Note, format!("notes[{i}]"))),
        );
    for (id, kind, path) in ids {
        if id.as_str().trim().is_empty() {
            return Err(FormatError::invalid(
                format!("{path}.id"),
                "an id must not be empty",
            ));
        }
        if let Some((_, first)) = kinds.get(id.as_str()) {
            return Err(FormatError::invalid(
                format!("{path}.id"),
                format!("the id {:?} is already used by {first}", id.as_str()),
            ));
        }
        kinds.insert(id.as_str(), (kind, path));
    }
    let refers = |path: String, target: &EntryId, allowed: &[Kind], what: &str| match kinds
        .get(target.as_str())
    {
        Some((kind, _)) if allowed.contains(kind) => Ok(()),
        _ => Err(FormatError::invalid(
            path,
            format!("{:?} is not {what} of this case", target.as_str()),
        )),
    };
    for (i, c) in file.contacts.iter().enumerate() {
        if let Some(target) = &c.in_reply_to {
            refers(
                format!("contacts[{i}].in_reply_to"),
                target,
                &[Kind::Contact],
                "a contact",
            )?;
        }
    }
    let sources = [Kind::Contact, Kind::Attachment];
    for (i, p) in file.promises.iter().enumerate() {
        if let Some(target) = &p.source {
            refers(
                format!("promises[{i}].source"),
                target,
                &sources,
                "a contact or attachment",
            )?;
        }
    }
    for (i, s) in file.statements.iter().enumerate() {
        if let Some(target) = &s.source {
            refers(
                format!("statements[{i}].source"),
                target,
                &sources,
                "a contact or attachment",
            )?;
        }
    }
    let all = [
        Kind::Contact,
        Kind::Promise,
        Kind::Statement,
        Kind::Attachment,
        Kind::Note,
    ];
    for (i, a) in file.attachments.iter().enumerate() {
        let mut seen = HashSet::new();
        for (j, link) in a.links.iter().enumerate() {
            let path = format!("attachments[{i}].links[{j}]");
            refers(path.clone(), link, &all, "an entry")?;
            if !seen.insert(link) {
                return Err(FormatError::invalid(
                    path,
                    format!("{:?} is listed twice", link.as_str()),
                ));
            }
        }
        if !crate::store::is_sha256(&a.sha256.to_ascii_lowercase()) {
            return Err(FormatError::invalid(
                format!("attachments[{i}].sha256"),
                "expected 64 hexadecimal digits",
            ));
        }
        if safe_relative_path(&a.file).is_none() {
            return Err(FormatError::invalid(
                format!("attachments[{i}].file"),
                format!(
                    "{:?} must be a relative path inside the bundle, without \"..\"",
                    a.file
                ),
            ));
        }
    }
    check_amounts(&file.case)
}

/// Sums of money are never negative: a price, the amount charged, a refund or a cost below zero
/// is a typing mistake that would turn the claim around.
fn check_amounts(case: &CaseDetails) -> Result<(), FormatError> {
    let amounts = case
        .price
        .iter()
        .map(|m| ("case.price".to_owned(), m))
        .chain(
            case.payment
                .iter()
                .filter_map(|p| p.amount.as_ref())
                .map(|m| ("case.payment.amount".to_owned(), m)),
        )
        .chain(
            case.refunds
                .iter()
                .enumerate()
                .map(|(i, r)| (format!("case.refunds[{i}].amount"), &r.amount)),
        )
        .chain(
            case.costs
                .iter()
                .enumerate()
                .map(|(i, c)| (format!("case.costs[{i}].amount"), &c.amount)),
        );
    for (path, money) in amounts {
        if money.amount.is_sign_negative() {
            return Err(FormatError::invalid(
                format!("{path}.amount"),
                "an amount must not be negative",
            ));
        }
    }
    Ok(())
}

/// The components of a relative path that stays inside its root (`/`-separated; `\` is refused
/// too), or `None` for an absolute path, `..`, a drive letter or an empty path.
pub(crate) fn safe_relative_path(path: &str) -> Option<Vec<&str>> {
    if path.starts_with('/') || path.contains('\\') || path.contains(':') || path.contains('\0') {
        return None;
    }
    let parts: Vec<&str> = path
        .split('/')
        .filter(|part| !part.is_empty() && *part != ".")
        .collect();
    if parts.is_empty() || parts.contains(&"..") {
        return None;
    }
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_escape_are_refused() {
        assert_eq!(
            safe_relative_path("attachments/a.png"),
            Some(vec!["attachments", "a.png"])
        );
        assert_eq!(safe_relative_path("./a//b.png"), Some(vec!["a", "b.png"]));
        for bad in [
            "../evil",
            "a/../../b",
            "/etc/passwd",
            "C:/x",
            "a\\..\\b",
            "",
            ".",
        ] {
            assert_eq!(safe_relative_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_envelope_is_checked_first() {
        let err = parse(br#"{"format": "other", "version": 1}"#).unwrap_err();
        assert!(matches!(err, FormatError::NotACaseFile), "{err}");
        let err = parse(br#"{"format": "papertrail-case", "version": 2}"#).unwrap_err();
        assert!(matches!(err, FormatError::UnsupportedVersion(_)), "{err}");
        let err = parse(b"{not json").unwrap_err();
        assert!(err.to_string().starts_with("case.json: "), "{err}");
    }

    #[test]
    fn a_missing_key_is_named_at_its_own_path() {
        let err = parse(br#"{"format": "papertrail-case", "version": 1, "case": {}}"#).unwrap_err();
        assert_eq!(err.to_string(), "case.title: this required key is missing");
    }
}

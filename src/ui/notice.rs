//! The status bar's message, kept as what it says — a message key and its values — and worded
//! in the interface's language each time it is drawn, so that switching the language in
//! Settings rewords a message already shown (issue 8: status-bar messages follow the language).
//!
//! Values that have no translation (a path, an error from the store or the system) are kept as
//! text and placed as they are; counts keep their plural; dates are formatted in the language
//! the message is drawn in; a value may itself be a message (the name of a job).

use crate::domain::Language;
use crate::i18n::{FluentValue, format_date, tr_args};
use chrono::NaiveDate;

/// One value placed in a message, worded when the message is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text placed as it is: a path, a file name, an error from the store or the system.
    Text(String),
    /// A number, which chooses the message's plural.
    Count(i64),
    /// A day, formatted in the language drawn in.
    Date(NaiveDate),
    /// Another message, worded in the same language.
    Message(Message),
}

impl Value {
    /// The value as words in `language`.
    pub fn text(&self, language: Language) -> String {
        match self {
            Self::Text(text) => text.clone(),
            Self::Count(count) => count.to_string(),
            Self::Date(date) => format_date(language, *date),
            Self::Message(message) => message.text(language),
        }
    }

    fn fluent(&self, language: Language) -> FluentValue<'static> {
        match self {
            Self::Count(count) => FluentValue::from(*count),
            other => FluentValue::from(other.text(language)),
        }
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<i64> for Value {
    fn from(count: i64) -> Self {
        Self::Count(count)
    }
}

impl From<usize> for Value {
    fn from(count: usize) -> Self {
        Self::Count(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

impl From<NaiveDate> for Value {
    fn from(date: NaiveDate) -> Self {
        Self::Date(date)
    }
}

impl From<Message> for Value {
    fn from(message: Message) -> Self {
        Self::Message(message)
    }
}

/// A Fluent message and its named arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The Fluent key (`ui-attached`).
    pub key: &'static str,
    /// The named arguments (`count`, `path`), in the order given.
    pub args: Vec<(&'static str, Value)>,
}

impl Message {
    /// The message `key`, without arguments so far.
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    /// The message with one more argument `name`.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Value>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message in `language`.
    pub fn text(&self, language: Language) -> String {
        let args: Vec<(&'static str, FluentValue<'static>)> = self
            .args
            .iter()
            .map(|(name, value)| (*name, value.fluent(language)))
            .collect();
        tr_args(language, self.key, &args)
    }
}

/// A message in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// What happened.
    pub message: Message,
    /// What follows it, after a space: the error's own words (kept as they came).
    pub detail: Option<Value>,
    /// Whether it reports a failure (drawn in red).
    pub error: bool,
    /// Whether it offers to undo the last delete.
    pub undo: bool,
}

impl Notice {
    /// A plain message.
    pub fn info(message: Message) -> Self {
        Self {
            message,
            detail: None,
            error: false,
            undo: false,
        }
    }

    /// A failure: what could not be done, then why.
    pub fn error(message: Message, detail: impl Into<Value>) -> Self {
        Self {
            message,
            detail: Some(detail.into()),
            error: true,
            undo: false,
        }
    }

    /// A failure said in one message, with no detail after it.
    pub fn error_only(message: Message) -> Self {
        Self {
            error: true,
            ..Self::info(message)
        }
    }

    /// The whole text in `language`.
    pub fn text(&self, language: Language) -> String {
        let message = self.message.text(language);
        match &self.detail {
            Some(detail) => format!("{message} {}", detail.text(language)),
            None => message,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_is_worded_in_the_language_it_is_drawn_in() {
        let notice = Notice::info(Message::new("ui-attached").with("count", 1_usize));
        assert_eq!(notice.text(Language::En), "File attached.");
        assert_eq!(notice.text(Language::Fr), "Fichier joint.");
        let notice = Notice::info(Message::new("ui-attached").with("count", 3_usize));
        assert_eq!(notice.text(Language::En), "3 files attached.");
        assert_eq!(notice.text(Language::Fr), "3 fichiers joints.");
    }

    #[test]
    fn dates_follow_the_language_and_text_stays_as_it_came() {
        let day = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
        let notice = Notice::info(Message::new("ui-promise-recorded-new-date").with("date", day));
        let (en, fr) = (notice.text(Language::En), notice.text(Language::Fr));
        assert!(en.contains("1 Oct 2026"), "{en}");
        assert!(fr.contains("1er octobre 2026"), "{fr}");
        let notice = Notice::error(
            Message::new("ui-error-save"),
            "disk I/O error: /tmp/x".to_owned(),
        );
        assert_eq!(
            notice.text(Language::En),
            "Could not save: disk I/O error: /tmp/x"
        );
        assert_eq!(
            notice.text(Language::Fr),
            "Impossible d'enregistrer : disk I/O error: /tmp/x"
        );
        assert!(notice.error && !notice.undo);
    }

    #[test]
    fn a_message_inside_a_message_is_worded_in_the_same_language() {
        let notice = Notice::error(
            Message::new("ui-error-job-failed").with("job", Message::new("ui-job-pdf")),
            "no space left".to_owned(),
        );
        assert_eq!(
            notice.text(Language::En),
            "Failed: Preparing the PDF: no space left"
        );
        assert_eq!(
            notice.text(Language::Fr),
            "Échec : Préparation du PDF : no space left"
        );
        let gone = Notice::error(
            Message::new("ui-error-save"),
            Message::new("ui-promise-gone"),
        );
        assert_eq!(
            gone.text(Language::Fr),
            "Impossible d'enregistrer : Cette promesse n'est plus dans le dossier."
        );
    }

    /// The keys written after `Message::new(` or `fail(` in the UI's sources.
    fn keys_in(dir: &std::path::Path, keys: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                keys_in(&path, keys);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for opener in ["Message::new(", "fail("] {
                    for (at, _) in text.match_indices(opener) {
                        let rest = text[at + opener.len()..].trim_start();
                        if let Some(quoted) = rest.strip_prefix('"')
                            && let Some(end) = quoted.find('"')
                        {
                            let key = &quoted[..end];
                            if key.starts_with("ui-")
                                && key.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                            {
                                keys.push(key.to_owned());
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn every_notice_key_exists_in_both_languages() {
        let mut keys = Vec::new();
        keys_in(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"),
            &mut keys,
        );
        assert!(keys.len() > 25, "too few keys found: {keys:?}");
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/locales");
        for language in ["en-US", "fr-FR"] {
            let mut defined = String::new();
            for file in std::fs::read_dir(root.join(language)).unwrap() {
                defined.push_str(&std::fs::read_to_string(file.unwrap().path()).unwrap());
            }
            for key in &keys {
                assert!(
                    defined.lines().any(|line| line
                        .strip_prefix(key.as_str())
                        .is_some_and(|rest| rest.trim_start().starts_with('='))),
                    "{key} missing in {language}"
                );
            }
        }
    }
}

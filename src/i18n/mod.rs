//! French and English text for everything a person reads: UI, CLI reports, generated headlines,
//! the PDF dossier.
//!
//! Messages live in Fluent files, one per area, under `assets/locales/<locale>/*.ftl`, compiled
//! into the binary by `fluent-templates`. Fluent gives us CLDR plural rules ("1 tentative",
//! "3 tentatives"). Keys are namespaced by area (`ui-…`, `report-…`, `dossier-…`); enumeration
//! labels are `<kind>-<value>` (`channel-in_person`), see [`crate::domain`].
//!
//! This is the one presentation layer: the analysis returns facts (numbers, dates, kinds) and
//! this module turns them into words in the language asked for. [`format`](mod@format) holds
//! the one formatter for each kind of value (instant, date, deadline, duration, money, size,
//! count, list, quotation, statement value); [`findings`] words the headline, topics and
//! figures; [`report`] writes `papertrail report`.

mod dates;
pub mod findings;
pub mod format;
pub mod law;
pub mod report;

pub use dates::{format_date, format_date_time, format_day_month};
pub use fluent_templates::fluent_bundle::FluentValue;

use crate::domain::Language;
use fluent_templates::{LanguageIdentifier, Loader as _, langid};
use std::borrow::Cow;
use std::collections::HashMap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./assets/locales",
        fallback_language: "en-US",
        // No Unicode isolation marks around arguments: the text goes to PDFs and terminals.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static EN_US: LanguageIdentifier = langid!("en-US");
static FR_FR: LanguageIdentifier = langid!("fr-FR");

fn locale(language: Language) -> &'static LanguageIdentifier {
    match language {
        Language::En => &EN_US,
        Language::Fr => &FR_FR,
    }
}

/// The message `key` in `language`; the key itself if no such message exists (never panics).
pub fn tr(language: Language, key: &str) -> String {
    LOCALES
        .try_lookup(locale(language), key)
        .unwrap_or_else(|| key.to_owned())
}

/// The message `key` in `language` with named arguments (`{ $count }`), plurals applied.
pub fn tr_args(
    language: Language,
    key: &str,
    args: &[(&'static str, FluentValue<'static>)],
) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
        .collect();
    LOCALES
        .try_lookup_with_args(locale(language), key, &map)
        .unwrap_or_else(|| key.to_owned())
}

/// Shorthand for a message with one numeric `$count` argument.
pub fn tr_count(language: Language, key: &str, count: i64) -> String {
    tr_args(language, key, &[("count", FluentValue::from(count))])
}

/// Whether `key` exists in `language` (without falling back to English).
pub fn has_key(language: Language, key: &str) -> bool {
    LOCALES.try_lookup(locale(language), key).is_some()
}

/// The label of an enumeration value (`Channel::Email` → "E-mail" / "Courriel").
pub fn label(language: Language, label_key: &str) -> String {
    tr(language, label_key)
}

/// The language the operating system prefers, French if its locale starts with `fr`, else English.
pub fn system_language() -> Language {
    match sys_locale::get_locale() {
        Some(tag) if tag.to_ascii_lowercase().starts_with("fr") => Language::Fr,
        _ => Language::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        CaseStatus, Channel, Direction, Jurisdiction, Outcome, PromiseKind, PromiseStatus,
    };
    use std::collections::BTreeSet;

    fn keys_of(locale_dir: &str) -> BTreeSet<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/locales")
            .join(locale_dir);
        let mut keys = BTreeSet::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let file = path.file_name().unwrap().to_string_lossy().into_owned();
                for line in std::fs::read_to_string(&path).unwrap().lines() {
                    let Some((name, _)) = line.split_once('=') else {
                        continue;
                    };
                    let name = name.trim_end();
                    if !name.is_empty()
                        && !line.starts_with([' ', '#', '.', '*', '[', '}'])
                        && name
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    {
                        keys.insert(format!("{file}: {name}"));
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn every_key_exists_in_both_languages_in_the_same_file() {
        let en = keys_of("en-US");
        let fr = keys_of("fr-FR");
        let only_en: Vec<_> = en.difference(&fr).collect();
        let only_fr: Vec<_> = fr.difference(&en).collect();
        assert!(only_en.is_empty(), "keys missing in fr-FR: {only_en:?}");
        assert!(only_fr.is_empty(), "keys missing in en-US: {only_fr:?}");
        assert!(en.len() > 40, "too few keys found: {}", en.len());
    }

    #[test]
    fn every_enumeration_value_has_a_label_in_both_languages() {
        let mut keys: Vec<String> = Vec::new();
        keys.extend(Channel::ALL.iter().map(|v| v.label_key()));
        keys.extend(Direction::ALL.iter().map(|v| v.label_key()));
        keys.extend(Outcome::ALL.iter().map(|v| v.label_key()));
        keys.extend(PromiseKind::ALL.iter().map(|v| v.label_key()));
        keys.extend(PromiseStatus::ALL.iter().map(|v| v.label_key()));
        keys.extend(CaseStatus::ALL.iter().map(|v| v.label_key()));
        keys.extend(Jurisdiction::ALL.iter().map(|v| v.label_key()));
        keys.extend(Language::ALL.iter().map(|v| v.label_key()));
        for key in keys {
            for language in Language::ALL {
                assert!(has_key(*language, &key), "{key} missing in {language}");
            }
        }
    }

    #[test]
    fn plurals_follow_each_language() {
        assert_eq!(tr_count(Language::En, "test-attempts", 1), "1 attempt");
        assert_eq!(tr_count(Language::En, "test-attempts", 3), "3 attempts");
        assert_eq!(tr_count(Language::Fr, "test-attempts", 1), "1 tentative");
        assert_eq!(tr_count(Language::Fr, "test-attempts", 0), "0 tentative");
        assert_eq!(tr_count(Language::Fr, "test-attempts", 2), "2 tentatives");
        assert_eq!(tr(Language::Fr, "no-such-key"), "no-such-key");
    }
}

//! Where a word may be hyphenated, from the TeX patterns of its language (the `hyphenation`
//! crate, dictionaries embedded in the binary and loaded once on first use).

use hyphenation::{Hyphenator as _, Language, Load as _, Standard};
use std::sync::OnceLock;

/// How text is set on the pages: the language's hyphenation and spacing rules.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Typography {
    /// No hyphenation dictionary: long words are only broken when nothing else fits.
    #[default]
    Plain,
    /// American English patterns.
    English,
    /// French patterns and French spacing (no-break space before `: ; ! ?`, inside `« »`).
    French,
}

fn dictionary(language: Language) -> Option<&'static Standard> {
    static ENGLISH: OnceLock<Option<Standard>> = OnceLock::new();
    static FRENCH: OnceLock<Option<Standard>> = OnceLock::new();
    let cell = match language {
        Language::French => &FRENCH,
        _ => &ENGLISH,
    };
    cell.get_or_init(|| Standard::from_embedded(language).ok())
        .as_ref()
}

impl Typography {
    /// The byte offsets inside `word` (letters only) where it may be hyphenated.
    pub fn breaks(self, word: &str) -> Vec<usize> {
        let language = match self {
            Self::Plain => return Vec::new(),
            Self::English => Language::EnglishUS,
            Self::French => Language::French,
        };
        dictionary(language).map_or_else(Vec::new, |d| d.hyphenate(word).breaks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_their_patterns() {
        let fr = Typography::French.breaks("automatiquement");
        assert!(!fr.is_empty(), "French patterns loaded");
        assert!(fr.iter().all(|&b| "automatiquement".is_char_boundary(b)));
        assert!(!Typography::English.breaks("hyphenation").is_empty());
        assert!(Typography::Plain.breaks("hyphenation").is_empty());
    }
}

//! Languages named as their own speakers name them ("español", "Deutsch", "हिन्दी"): the name from
//! the GNU C library's locale data, the locale each language is most used in from CLDR's likely
//! subtags. A mail names a language this way in every language it is written in.

use pure_rust_locales::{Locale as Glibc, locale_match};
use unic_langid::LanguageIdentifier;

/// The name of the language with ISO 639-1 `code` in that language, if the locale data has one.
pub fn endonym(code: &str) -> Option<&'static str> {
    let mut language: LanguageIdentifier = code.parse().ok()?;
    if !language.maximize() {
        return None;
    }
    let region = language.region?;
    let locale = Glibc::try_from(format!("{}_{}", language.language, region).as_str()).ok()?;
    locale_match!(locale => LC_ADDRESS::LANG_NAME).filter(|name| !name.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_named_in_themselves() {
        assert_eq!(endonym("es"), Some("español"));
        assert_eq!(endonym("de"), Some("Deutsch"));
        assert_eq!(endonym("pt"), Some("português"));
        assert_eq!(endonym("hi"), Some("हिन्दी"));
        assert_eq!(endonym("ar"), Some("العربية"));
        assert_eq!(endonym("xx"), None);
        assert_eq!(endonym("not a code"), None);
        // Most of the codes a profile accepts have a name.
        let codes: Vec<&str> = domain::profile::LANGUAGE_CODES.split_whitespace().collect();
        let named = codes.iter().filter(|code| endonym(code).is_some()).count();
        assert!(named * 2 > codes.len(), "{named} of {}", codes.len());
    }
}

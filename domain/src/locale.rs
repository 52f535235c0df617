//! The languages Quarterhour speaks, and which one a person reads: their profile's choice, else
//! the first of their browser's languages (or `Accept-Language`) that Quarterhour speaks, else
//! English. Tags are BCP 47; a request for a regional variant ("es-MX", "ar-EG") gets the
//! language, and Portuguese is Brazilian Portuguese, the one variant offered.

use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// A language of the app, its mails, invites and errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Locale {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "pt-BR")]
    PtBr,
    #[serde(rename = "ar")]
    Ar,
}

impl Locale {
    /// Every language, English (the source) first.
    pub const ALL: [Locale; 6] = [Locale::En, Locale::Es, Locale::Fr, Locale::De, Locale::PtBr, Locale::Ar];

    /// The BCP 47 tag, as `lang` attributes and the API write it.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Fr => "fr",
            Locale::De => "de",
            Locale::PtBr => "pt-BR",
            Locale::Ar => "ar",
        }
    }

    /// The language's name in itself, for a menu of languages.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::Fr => "Français",
            Locale::De => "Deutsch",
            Locale::PtBr => "Português (Brasil)",
            Locale::Ar => "العربية",
        }
    }

    /// Whether the language is written right to left (`dir="rtl"`).
    pub fn is_rtl(self) -> bool {
        self == Locale::Ar
    }

    /// A supported tag exactly, in any case ("pt-br" is "pt-BR"); nothing else.
    pub fn from_tag(tag: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|locale| locale.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// The language Quarterhour speaks for a language range a person asked for: the exact tag,
    /// else its language without region or script ("es-MX" is "es", "pt-PT" is "pt-BR").
    pub fn for_range(range: &str) -> Option<Self> {
        let range = range.trim();
        Self::from_tag(range).or_else(|| {
            let language = range.split(['-', '_']).next()?;
            Self::ALL.into_iter().find(|locale| {
                let own = locale.tag().split('-').next().unwrap_or_default();
                own.eq_ignore_ascii_case(language)
            })
        })
    }

    /// The first language of a list in preference order (a browser's `navigator.languages`) that
    /// Quarterhour speaks.
    pub fn first_spoken<'a>(ranges: impl IntoIterator<Item = &'a str>) -> Option<Self> {
        ranges.into_iter().find_map(Self::for_range)
    }

    /// The language to answer an `Accept-Language` header in: its ranges by quality (ties keep
    /// their order), the first one spoken; `*` and an unreadable header give none. At most
    /// `MAX_RANGES` ranges are read, whatever the header's length.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        const MAX_RANGES: usize = 32;
        // The best quality spoken, the earlier on a tie: no sort needed.
        let mut best: Option<(u16, Self)> = None;
        for item in header.split(',').take(MAX_RANGES) {
            let mut parts = item.split(';');
            let range = parts.next().unwrap_or_default().trim();
            let quality = parts
                .find_map(|param| param.trim().strip_prefix("q=").or_else(|| param.trim().strip_prefix("Q=")))
                .map_or(Some(1000), quality_thousandths);
            let Some(quality) = quality.filter(|q| *q > 0 && !range.is_empty() && range != "*") else {
                continue;
            };
            if best.is_none_or(|(better, _)| quality > better)
                && let Some(locale) = Self::for_range(range)
            {
                best = Some((quality, locale));
            }
        }
        best.map(|(_, locale)| locale)
    }
}

/// A quality value ("0.8", "1", "0.125") in thousandths; None when it is not one.
fn quality_thousandths(raw: &str) -> Option<u16> {
    let raw = raw.trim();
    let (whole, fraction) = raw.split_once('.').unwrap_or((raw, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole = match whole {
        "0" => 0,
        "1" if fraction.bytes().all(|b| b == b'0') => 1000,
        _ => return None,
    };
    let places = [100, 10, 1];
    Some(
        whole
            + fraction.bytes().zip(places).map(|(digit, place)| u16::from(digit - b'0') * place).sum::<u16>(),
    )
}

/// The tags of [`Locale::ALL`] as a sentence lists them (a test keeps the two equal).
const SUPPORTED: &str = "en, es, fr, de, pt-BR, ar";

/// The profile's `locale` as sent: a supported tag, or an error that lists them.
pub fn parse_locale(raw: &str) -> Result<Locale, ApiError> {
    Locale::from_tag(raw).ok_or_else(|| {
        ApiError::validation(
            "locale",
            format!("Choose one of {SUPPORTED}: the languages Quarterhour speaks."),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_in_any_case() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
            assert_eq!(Locale::from_tag(&locale.tag().to_ascii_uppercase()), Some(locale));
            let json = serde_json::to_string(&locale).unwrap();
            assert_eq!(json, format!("\"{}\"", locale.tag()));
        }
        assert_eq!(Locale::from_tag("pt"), None, "the profile names a supported tag exactly");
        assert_eq!(Locale::from_tag("xx"), None);
    }

    #[test]
    fn a_regional_range_gets_its_language() {
        assert_eq!(Locale::for_range("es-MX"), Some(Locale::Es));
        assert_eq!(Locale::for_range("pt-PT"), Some(Locale::PtBr));
        assert_eq!(Locale::for_range("pt"), Some(Locale::PtBr));
        assert_eq!(Locale::for_range("ar-EG"), Some(Locale::Ar));
        assert_eq!(Locale::for_range("en_GB"), Some(Locale::En));
        assert_eq!(Locale::for_range("zh-Hant-TW"), None);
        assert_eq!(Locale::first_spoken(["ja", "de-AT", "en"]), Some(Locale::De));
        assert_eq!(Locale::first_spoken(["ja", "ko"]), None);
    }

    #[test]
    fn accept_language_is_read_by_quality_then_order() {
        assert_eq!(Locale::from_accept_language("es-ES,es;q=0.9,en;q=0.8"), Some(Locale::Es));
        assert_eq!(Locale::from_accept_language("en;q=0.5, fr;q=0.9"), Some(Locale::Fr));
        assert_eq!(Locale::from_accept_language("ja, de;q=0.3, ar;q=0.3"), Some(Locale::De));
        assert_eq!(Locale::from_accept_language("pt-BR;q=1.0"), Some(Locale::PtBr));
        assert_eq!(Locale::from_accept_language("de;q=0, fr;q=0.001"), Some(Locale::Fr));
        assert_eq!(Locale::from_accept_language("*"), None);
        assert_eq!(Locale::from_accept_language(""), None);
        assert_eq!(
            Locale::from_accept_language("fr;q=2, es;q=abc, de;q=0.1234"),
            None,
            "bad qualities are dropped"
        );
        let long = format!("{}de", "ja,".repeat(10_000));
        assert_eq!(Locale::from_accept_language(&long), None, "only the first ranges are read");
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        assert_eq!(Locale::ALL.into_iter().filter(|l| l.is_rtl()).collect::<Vec<_>>(), [Locale::Ar]);
    }

    #[test]
    fn an_unsupported_locale_is_refused_on_its_field() {
        assert_eq!(parse_locale(" pt-br ").unwrap(), Locale::PtBr);
        let error = parse_locale("klingon").unwrap_err();
        assert_eq!(error.field.as_deref(), Some("locale"));
        assert!(error.message.contains(SUPPORTED), "{}", error.message);
        assert_eq!(SUPPORTED, Locale::ALL.map(Locale::tag).join(", "));
    }
}

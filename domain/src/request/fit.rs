//! Why a request fits a mentor, as the feed, the digest and the app say it.

use serde::{Deserialize, Serialize};

use crate::profile::language_name;

/// Why a request fits a mentor. The feed shows it in English ([`Display`](std::fmt::Display));
/// a digest puts it into its reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FitReason {
    /// The question was addressed to this mentor alone.
    AskedDirectly,
    /// Skills of the request the mentor lists.
    Matches {
        skills: Vec<String>,
    },
    /// The mentor's skills related to the request's.
    CloseTo {
        skills: Vec<String>,
    },
    /// Languages both speak other than English, as ISO 639-1 codes.
    BothSpeak {
        languages: Vec<String>,
    },
    SameTimeZone,
    WorkingHoursInCommon {
        hours: i64,
    },
    NoOffersYet,
}

impl std::fmt::Display for FitReason {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::AskedDirectly => out.write_str("asked you directly"),
            Self::Matches { skills } => write!(out, "matches {}", skills.join(", ")),
            Self::CloseTo { skills } => write!(out, "close to it: {}", skills.join(", ")),
            Self::BothSpeak { languages } => {
                let names: Vec<&str> = languages.iter().map(|code| language_name(code)).collect();
                write!(out, "both speak {}", join_words(&names))
            }
            Self::SameTimeZone => out.write_str("same time zone"),
            Self::WorkingHoursInCommon { hours } => write!(out, "{hours} working hours in common"),
            Self::NoOffersYet => out.write_str("no offers yet"),
        }
    }
}

/// "Spanish", "Spanish and Hindi", "Spanish, Hindi and Tamil".
fn join_words(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_joined_as_english_writes_them() {
        assert_eq!(join_words(&["Spanish", "Hindi", "Tamil"]), "Spanish, Hindi and Tamil");
    }
}

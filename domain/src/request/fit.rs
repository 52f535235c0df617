//! Why a request fits a mentor, as the feed, the digest and the app say it.

use serde::{Deserialize, Serialize};

use crate::profile::language_name;

/// Why a request fits a mentor. The feed shows it in English ([`Display`](std::fmt::Display));
/// a digest puts it into its reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "FitFields")]
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

/// A [`FitReason`] as it is read: one flat object, which takes the app far less code to decode
/// than a tagged enum.
#[derive(Deserialize)]
struct FitFields {
    kind: String,
    #[serde(default)]
    skills: Vec<String>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    hours: i64,
}

impl TryFrom<FitFields> for FitReason {
    type Error = String;

    fn try_from(fields: FitFields) -> Result<Self, String> {
        let FitFields { kind, skills, languages, hours } = fields;
        Ok(match kind.as_str() {
            "asked_directly" => Self::AskedDirectly,
            "matches" => Self::Matches { skills },
            "close_to" => Self::CloseTo { skills },
            "both_speak" => Self::BothSpeak { languages },
            "same_time_zone" => Self::SameTimeZone,
            "working_hours_in_common" => Self::WorkingHoursInCommon { hours },
            "no_offers_yet" => Self::NoOffersYet,
            _ => return Err(format!("no reason of kind {kind}")),
        })
    }
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
    fn every_reason_reads_back_as_it_was_written() {
        let all = [
            FitReason::AskedDirectly,
            FitReason::Matches { skills: vec!["rust".into(), "go".into()] },
            FitReason::CloseTo { skills: vec!["sre".into()] },
            FitReason::BothSpeak { languages: vec!["es".into()] },
            FitReason::SameTimeZone,
            FitReason::WorkingHoursInCommon { hours: 3 },
            FitReason::NoOffersYet,
        ];
        let json = serde_json::to_string(&all).unwrap();
        assert!(json.contains(r#"{"kind":"matches","skills":["rust","go"]}"#), "{json}");
        assert_eq!(serde_json::from_str::<Vec<FitReason>>(&json).unwrap(), all);
        assert!(serde_json::from_str::<FitReason>(r#"{"kind":"other"}"#).is_err());
    }

    #[test]
    fn words_are_joined_as_english_writes_them() {
        assert_eq!(join_words(&["Spanish", "Hindi", "Tamil"]), "Spanish, Hindi and Tamil");
    }
}

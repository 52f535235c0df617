//! Matching: "what do you want help with?" → the mentors who fit, each with the reasons why.
//! `knowledge` reads words, `understand` reads a goal, `rank` orders mentors; the worker only
//! fetches candidates from its indexes and renders the answer.

pub mod knowledge;
pub mod learn;
pub mod rank;
pub mod understand;

use serde::{Deserialize, Serialize};

use crate::booking::SlotView;
use crate::directory::MentorCard;
use crate::error::ApiError;
use crate::profile::{CareerStage, parse_expertise, parse_languages};
use crate::request::Format;

pub use rank::{Candidate, Scored, Seeker, rank};
pub use understand::{Learned, Understanding, understand};

pub const GOAL_MIN_CHARS: usize = 10;
pub const GOAL_MAX_CHARS: usize = 1_000;
pub const MAX_WITHIN_DAYS: u32 = 21;
pub const DEFAULT_WITHIN_DAYS: u32 = 7;
pub const MAX_LIMIT: u32 = 10;
pub const DEFAULT_LIMIT: u32 = 5;

/// `POST /api/matches`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MatchInput {
    /// What the person wants help with, in their own words (10–1,000 characters).
    pub goal: String,
    /// Skills they picked themselves.
    #[serde(default)]
    pub expertise: Vec<String>,
    /// Skills the person removed from what was understood.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// ISO 639-1 codes: a mentor must speak one of them.
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub format: Format,
    /// A free slot within this many days counts (1–21, default 7).
    #[serde(default)]
    pub within_days: Option<u32>,
    /// Mentors from outside the viewer's organization first.
    #[serde(default)]
    pub outside_my_organization: bool,
    /// 1–10, default 5.
    #[serde(default)]
    pub limit: Option<u32>,
}

/// A checked `MatchInput`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchRequest {
    pub goal: String,
    pub expertise: Vec<String>,
    pub exclude: Vec<String>,
    pub languages: Vec<String>,
    pub format: Format,
    pub within_days: u32,
    pub outside_my_organization: bool,
    pub limit: u32,
}

impl MatchInput {
    pub fn parse(self) -> Result<MatchRequest, ApiError> {
        let goal = self.goal.trim().to_string();
        let length = goal.chars().count();
        if length == 0 {
            return Err(ApiError::validation("goal", "Say what you want help with."));
        }
        if length < GOAL_MIN_CHARS {
            return Err(ApiError::validation(
                "goal",
                format!("Say a little more: at least {GOAL_MIN_CHARS} characters."),
            ));
        }
        if length > GOAL_MAX_CHARS {
            return Err(ApiError::validation(
                "goal",
                format!("Keep it to {GOAL_MAX_CHARS} characters or fewer."),
            ));
        }
        if goal.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
            return Err(ApiError::validation("goal", "The text contains characters that cannot be shown."));
        }
        let expertise = parse_expertise(&self.expertise)?;
        let exclude =
            parse_expertise(&self.exclude).map_err(|e| ApiError::validation("exclude", e.message))?;
        let languages =
            parse_languages(&self.languages).map_err(|e| ApiError::validation("languages", e.message))?;
        let within_days = self.within_days.unwrap_or(DEFAULT_WITHIN_DAYS);
        if !(1..=MAX_WITHIN_DAYS).contains(&within_days) {
            return Err(ApiError::validation("within_days", format!("Use 1 to {MAX_WITHIN_DAYS} days.")));
        }
        let limit = self.limit.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(ApiError::validation("limit", format!("Ask for 1 to {MAX_LIMIT} mentors.")));
        }
        Ok(MatchRequest {
            goal,
            expertise,
            exclude,
            languages,
            format: self.format,
            within_days,
            outside_my_organization: self.outside_my_organization,
            limit,
        })
    }
}

/// Why a mentor is suggested. `value` is the exact tag, language code, zone, stage, slot,
/// organization or count the reason is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    Skill,
    RelatedSkill,
    Language,
    Timezone,
    Availability,
    CareerStage,
    OutsideOrganization,
    Responsiveness,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MatchReason {
    pub kind: ReasonKind,
    pub value: String,
    /// The reason in English.
    pub text: String,
    /// The reason as data, for saying it in the reader's language.
    pub words: ReasonWords,
}

/// What a reason says. `text` is this in English ([`Display`](std::fmt::Display)); the app says it
/// in its reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "says", rename_all = "snake_case", try_from = "WordsFields")]
pub enum ReasonWords {
    /// Knows a skill asked for; `written` is how the goal put it, when otherwise.
    Knows {
        skill: String,
        written: Option<String>,
    },
    /// Knows a skill close to the first one asked for (None: none was asked for by name).
    KnowsClose {
        skill: String,
        close_to: Option<String>,
    },
    /// At the career stage the goal points to.
    StageAimed {
        stage: CareerStage,
    },
    /// A step or two ahead of the seeker's career stage.
    StageAhead {
        stage: CareerStage,
    },
    /// Speaks a language (ISO 639-1) of the goal or the seeker.
    Speaks {
        language: String,
    },
    /// Working hours that overlap the seeker's, in the mentor's zone.
    HoursOverlap {
        hours: i64,
        timezone: String,
    },
    FreeWithinHour,
    FreeWithinDays {
        days: u32,
    },
    /// Questions answered in the last 90 days.
    Answered {
        questions: u32,
    },
    OutsideOrganization,
}

/// [`ReasonWords`] as they are read: one flat object, which takes the app far less code to decode
/// than a tagged enum.
#[derive(Deserialize)]
struct WordsFields {
    says: String,
    #[serde(default)]
    skill: String,
    #[serde(default)]
    written: Option<String>,
    #[serde(default)]
    close_to: Option<String>,
    #[serde(default)]
    stage: Option<CareerStage>,
    #[serde(default)]
    language: String,
    #[serde(default)]
    hours: i64,
    #[serde(default)]
    timezone: String,
    #[serde(default)]
    days: u32,
    #[serde(default)]
    questions: u32,
}

impl TryFrom<WordsFields> for ReasonWords {
    type Error = String;

    fn try_from(fields: WordsFields) -> Result<Self, String> {
        let WordsFields { says, skill, written, close_to, stage, language, hours, timezone, days, questions } =
            fields;
        let stage = || stage.ok_or_else(|| format!("{says} without a stage"));
        Ok(match says.as_str() {
            "knows" => Self::Knows { skill, written },
            "knows_close" => Self::KnowsClose { skill, close_to },
            "stage_aimed" => Self::StageAimed { stage: stage()? },
            "stage_ahead" => Self::StageAhead { stage: stage()? },
            "speaks" => Self::Speaks { language },
            "hours_overlap" => Self::HoursOverlap { hours, timezone },
            "free_within_hour" => Self::FreeWithinHour,
            "free_within_days" => Self::FreeWithinDays { days },
            "answered" => Self::Answered { questions },
            "outside_organization" => Self::OutsideOrganization,
            _ => return Err(format!("no reason that says {says}")),
        })
    }
}

impl std::fmt::Display for ReasonWords {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Knows { skill, written: Some(written) } => {
                write!(out, "Knows {skill} (you wrote {written})")
            }
            Self::Knows { skill, written: None } => write!(out, "Knows {skill}"),
            Self::KnowsClose { skill, close_to } => {
                write!(out, "Knows {skill}, close to {}", close_to.as_deref().unwrap_or("what you asked"))
            }
            Self::StageAimed { stage } => write!(out, "{}: where your goal points", stage.label()),
            Self::StageAhead { stage } => write!(out, "{}: a step or two ahead of you", stage.label()),
            Self::Speaks { language } => write!(out, "Speaks {}", crate::profile::language_name(language)),
            Self::HoursOverlap { hours, timezone } => {
                write!(out, "Working hours overlap yours by {hours} hours ({timezone})")
            }
            Self::FreeWithinHour => out.write_str("Free in the next hour"),
            Self::FreeWithinDays { days: 1 } => out.write_str("Free within a day"),
            Self::FreeWithinDays { days } => write!(out, "Free within {days} days"),
            Self::Answered { questions } => write!(out, "Answered {questions} questions in the last 90 days"),
            Self::OutsideOrganization => out.write_str("From outside your organization"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Match {
    pub mentor: MentorCard,
    /// 0.0–1.0.
    pub score: f64,
    pub reasons: Vec<MatchReason>,
    /// Up to three free slots within the days asked, as in `GET /api/mentors/{id}/slots`.
    pub next_free_slots: Vec<SlotView>,
}

/// What the goal was understood to ask for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Understood {
    pub skills: Vec<String>,
    pub related: Vec<String>,
    pub languages: Vec<String>,
    pub career_stages: Vec<CareerStage>,
}

/// The goal as an open question, to post when no suggestion fits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestDraft {
    pub title: String,
    pub body: String,
    pub expertise: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MatchesEnvelope {
    pub matches: Vec<Match>,
    pub understood: Understood,
    pub request_draft: RequestDraft,
}

impl Understood {
    pub fn of(understanding: &Understanding) -> Self {
        Self {
            skills: understanding.skills.iter().map(|asked| asked.tag.clone()).collect(),
            related: understanding.related.iter().map(|(tag, _)| tag.clone()).collect(),
            languages: understanding.languages.clone(),
            career_stages: understanding.stages.clone(),
        }
    }
}

/// Titles of open questions are at most this long (`request::TITLE_MAX_CHARS`).
const DRAFT_TITLE_CHARS: usize = 120;

/// The goal as an open question: its first sentence as the title, the goal as the body, the
/// understood skills as tags (at most five).
pub fn request_draft(goal: &str, understanding: &Understanding) -> RequestDraft {
    let first = goal.split_inclusive(['.', '?', '!', '\n']).next().unwrap_or(goal).trim();
    let mut title: String = first.chars().take(DRAFT_TITLE_CHARS).collect();
    if first.chars().count() > DRAFT_TITLE_CHARS {
        let cut = title.rfind(' ').unwrap_or(title.len());
        title.truncate(cut);
        title.push('…');
    }
    RequestDraft {
        title,
        body: goal.trim().to_string(),
        expertise: understanding.skills.iter().take(5).map(|asked| asked.tag.clone()).collect(),
    }
}

/// nDCG@k of a ranking, given each ranked item's graded relevance and the relevance of every
/// item there is (for the ideal order).
pub fn ndcg_at(k: usize, ranked: &[u32], all: &[u32]) -> f64 {
    let dcg = |grades: &[u32]| {
        grades
            .iter()
            .take(k)
            .enumerate()
            .map(|(i, g)| (2f64.powi(*g as i32) - 1.0) / ((i + 2) as f64).log2())
            .sum::<f64>()
    };
    let mut ideal = all.to_vec();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let best = dcg(&ideal);
    if best == 0.0 { 0.0 } else { dcg(ranked) / best }
}

/// The Gini coefficient of how often each item was shown: 0 when all equally, towards 1 when
/// one got everything.
pub fn gini(counts: &[u32]) -> f64 {
    let n = counts.len() as f64;
    let total: f64 = counts.iter().map(|c| f64::from(*c)).sum();
    if counts.is_empty() || total == 0.0 {
        return 0.0;
    }
    let differences: f64 =
        counts.iter().flat_map(|a| counts.iter().map(move |b| (f64::from(*a) - f64::from(*b)).abs())).sum();
    differences / (2.0 * n * total)
}

#[cfg(test)]
mod tests;

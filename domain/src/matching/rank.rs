//! Ranking mentors for an understood goal: one weighted sum over factors in [0, 1], each factor
//! that contributes giving its reason, then load sharing and at most two people from one
//! organization near the top.

use std::collections::HashMap;

use jiff::Timestamp;

use super::knowledge;
use super::understand::Understanding;
use super::{MatchReason, ReasonKind, ReasonWords};
use crate::directory::{WORKING_HOURS, shared_working_minutes};
use crate::profile::CareerStage;

/// The weights of the ranking, in one place; they sum to 1, so a score is in [0, 1].
/// - `skill`: share of the asked skills the mentor lists.
/// - `related`: the strongest related skill they list (knowledge base or learned).
/// - `text`: BM25 of the goal's words over headline, bio and tags, relative to the best candidate.
/// - `stage`: their career stage fits the cues of the goal (or is a step or two ahead of the viewer).
/// - `language`: they speak a language the goal is written in or the viewer speaks.
/// - `timezone`: share of working hours that overlap the viewer's (or the place named).
/// - `availability`: a free slot within the days asked.
/// - `responsiveness`: questions answered lately.
pub struct Weights {
    pub skill: f64,
    pub related: f64,
    pub text: f64,
    pub stage: f64,
    pub language: f64,
    pub timezone: f64,
    pub availability: f64,
    pub responsiveness: f64,
}

pub const WEIGHTS: Weights = Weights {
    skill: 0.40,
    related: 0.12,
    text: 0.12,
    stage: 0.08,
    language: 0.08,
    timezone: 0.06,
    availability: 0.10,
    responsiveness: 0.04,
};

/// How strongly this week's load lowers a score: bookings count fully, suggestions half.
const LOAD_PENALTY: f64 = 0.8;
const SUGGESTION_SHARE: f64 = 0.5;
/// At most this many mentors from one organization among the first `TOP`.
const PER_ORGANIZATION: usize = 2;
const TOP: usize = 5;
/// What remains of the score of a mentor who speaks none of the languages the goal is written
/// in: a question asked in Spanish is best answered in Spanish.
const GOAL_LANGUAGE_MISSED: f64 = 0.7;
/// Working-hours overlap that earns a reason.
const OVERLAP_REASON_MINUTES: i64 = 4 * 60;
/// Questions answered in the last 90 days that earn a reason, and that count fully.
const ANSWERED_REASON: u32 = 3;
const ANSWERED_FULL: u32 = 10;

/// What ranking needs to know about one mentor the viewer may see.
#[derive(Debug, Clone, Default)]
pub struct Candidate {
    pub expertise: Vec<String>,
    pub headline: String,
    pub bio: String,
    pub languages: Vec<String>,
    pub timezone: String,
    pub utc_offset_minutes: i64,
    pub career_stage: Option<CareerStage>,
    pub organization: Option<String>,
    /// Their earliest free slot, if any.
    pub next_free_slot: Option<Timestamp>,
    pub weekly_capacity: u32,
    pub booked_this_week: u32,
    pub suggested_this_week: u32,
    /// Questions they answered (offers made) in the last 90 days.
    pub answered_recently: u32,
}

/// Who is asking, and for what.
#[derive(Debug, Clone)]
pub struct Seeker<'a> {
    pub understanding: &'a Understanding,
    /// Languages asked for explicitly: a mentor must speak one of them.
    pub required_languages: &'a [String],
    /// Languages the goal is written in and the viewer speaks: preferred.
    pub preferred_languages: Vec<String>,
    pub utc_offset_minutes: Option<i64>,
    pub stage: Option<CareerStage>,
    pub organization: Option<&'a str>,
    pub outside_my_organization: bool,
    /// The end of "within N days".
    pub available_until: Timestamp,
    pub within_days: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// Index into the candidates.
    pub index: usize,
    pub score: f64,
    pub reasons: Vec<MatchReason>,
}

fn reason(kind: ReasonKind, value: impl Into<String>, words: ReasonWords) -> MatchReason {
    MatchReason { kind, value: value.into(), text: words.to_string(), words }
}

/// BM25 over each candidate's headline, bio and tags, for the goal's words. Each document is
/// read once, counting only the goal's words.
pub fn text_scores(query: &[String], candidates: &[Candidate]) -> Vec<f64> {
    const K1: f64 = 1.2;
    const B: f64 = 0.75;
    let mut unique: Vec<&str> =
        query.iter().map(String::as_str).filter(|term| term.chars().count() > 2).collect();
    crate::order::sort_dedup(&mut unique);
    let position: HashMap<&str, usize> = unique.iter().enumerate().map(|(i, term)| (*term, i)).collect();
    // Per document: its length in words, and how often each goal word occurs in it.
    let documents: Vec<(usize, Vec<u32>)> = candidates
        .iter()
        .map(|c| {
            let words = knowledge::terms(&format!("{} {} {}", c.headline, c.bio, c.expertise.join(" ")));
            let mut counts = vec![0u32; unique.len()];
            for word in &words {
                if let Some(&i) = position.get(word.as_str()) {
                    counts[i] += 1;
                }
            }
            (words.len(), counts)
        })
        .collect();
    let count = documents.len().max(1) as f64;
    let average = documents.iter().map(|(length, _)| *length).sum::<usize>() as f64 / count;
    let frequency: Vec<f64> = (0..unique.len())
        .map(|i| documents.iter().filter(|(_, counts)| counts[i] > 0).count() as f64)
        .collect();
    documents
        .iter()
        .map(|(length, counts)| {
            let length = *length as f64;
            counts
                .iter()
                .zip(&frequency)
                .filter(|(tf, _)| **tf > 0)
                .map(|(tf, df)| {
                    let tf = f64::from(*tf);
                    let idf = ((count - df + 0.5) / (df + 0.5) + 1.0).ln();
                    idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * length / average.max(1.0)))
                })
                .sum()
        })
        .collect()
}

/// Ranks `candidates` for `seeker`: the best `limit`, each with its reasons (at least one).
/// Mentors at their weekly capacity, and mentors without a language asked for, are left out.
pub fn rank(seeker: &Seeker<'_>, candidates: &[Candidate], limit: usize) -> Vec<Scored> {
    let understanding = seeker.understanding;
    let text = text_scores(&understanding.terms, candidates);
    let best_text = text.iter().copied().fold(0.0, f64::max);
    let mut scored: Vec<Scored> = candidates
        .iter()
        .enumerate()
        .filter_map(|(index, candidate)| {
            let text = if best_text > 0.0 { text[index] / best_text } else { 0.0 };
            score(seeker, candidate, text).map(|(score, reasons)| Scored { index, score, reasons })
        })
        .collect();
    crate::order::sort_by(&mut scored, |a, b| b.score.total_cmp(&a.score).then(a.index.cmp(&b.index)));
    if seeker.outside_my_organization {
        let inside = |s: &Scored| {
            seeker.organization.is_some()
                && candidates[s.index].organization.as_deref() == seeker.organization
        };
        crate::order::sort_by_key(&mut scored, |s| inside(s));
    }
    diversify(scored, candidates, limit)
}

fn score(seeker: &Seeker<'_>, candidate: &Candidate, text: f64) -> Option<(f64, Vec<MatchReason>)> {
    if candidate.weekly_capacity == 0 || candidate.booked_this_week >= candidate.weekly_capacity {
        return None;
    }
    if !seeker.required_languages.is_empty()
        && !seeker.required_languages.iter().any(|l| candidate.languages.contains(l))
    {
        return None;
    }
    let understanding = seeker.understanding;
    let has = |tag: &str| candidate.expertise.iter().any(|t| t == tag);
    let mut reasons = Vec::new();

    let asked: Vec<_> = understanding.skills.iter().filter(|asked| has(&asked.tag)).collect();
    let skill = if understanding.skills.is_empty() {
        0.0
    } else {
        asked.len() as f64 / understanding.skills.len() as f64
    };
    for asked in &asked {
        let words = ReasonWords::Knows { skill: asked.tag.clone(), written: asked.written.clone() };
        reasons.push(reason(ReasonKind::Skill, asked.tag.clone(), words));
    }

    let related_hit = understanding.related.iter().find(|(tag, _)| has(tag));
    let related = related_hit.map_or(0.0, |(_, weight)| f64::from(*weight));
    if let Some((tag, _)) = related_hit {
        let close_to = understanding.skills.first().map(|asked| asked.tag.clone());
        reasons.push(reason(
            ReasonKind::RelatedSkill,
            tag.clone(),
            ReasonWords::KnowsClose { skill: tag.clone(), close_to },
        ));
    }
    if skill == 0.0 && related == 0.0 && text < 0.2 {
        return None;
    }

    let stage = match (candidate.career_stage, understanding.stages.is_empty(), seeker.stage) {
        (Some(stage), false, _) if understanding.stages.contains(&stage) => {
            reasons.push(reason(ReasonKind::CareerStage, stage.as_str(), ReasonWords::StageAimed { stage }));
            1.0
        }
        (Some(stage), true, Some(viewer)) => {
            let position = |s: CareerStage| CareerStage::ALL.iter().position(|x| *x == s).unwrap_or(0);
            let ahead = position(stage) as i64 - position(viewer) as i64;
            if (1..=2).contains(&ahead) {
                reasons.push(reason(
                    ReasonKind::CareerStage,
                    stage.as_str(),
                    ReasonWords::StageAhead { stage },
                ));
                1.0
            } else {
                0.0
            }
        }
        _ => 0.0,
    };

    // The goal's own language first: it is the reason worth giving.
    let spoken = understanding
        .languages
        .iter()
        .chain(seeker.required_languages)
        .chain(&seeker.preferred_languages)
        .find(|language| candidate.languages.contains(language));
    let language = match spoken {
        Some(code) => {
            // English is assumed of nearly everyone: it earns the score, not a reason.
            if code != "en" || !seeker.required_languages.is_empty() {
                reasons.push(reason(
                    ReasonKind::Language,
                    code.clone(),
                    ReasonWords::Speaks { language: code.clone() },
                ));
            }
            1.0
        }
        None => 0.0,
    };

    let timezone = match seeker.utc_offset_minutes {
        Some(offset) => {
            let shared = shared_working_minutes(offset, candidate.utc_offset_minutes);
            if shared >= OVERLAP_REASON_MINUTES {
                let words =
                    ReasonWords::HoursOverlap { hours: shared / 60, timezone: candidate.timezone.clone() };
                reasons.push(reason(ReasonKind::Timezone, candidate.timezone.clone(), words));
            }
            shared as f64 / (f64::from(WORKING_HOURS) * 60.0)
        }
        None => 0.0,
    };

    let availability = match candidate.next_free_slot {
        Some(slot) if slot <= seeker.available_until => {
            let days = seeker.within_days;
            let now = seeker.available_until - jiff::SignedDuration::from_hours(24 * i64::from(days));
            let words = if slot <= now + jiff::SignedDuration::from_hours(1) {
                // A mentor who is free right now, or whose next slot is that close.
                ReasonWords::FreeWithinHour
            } else {
                ReasonWords::FreeWithinDays { days }
            };
            reasons.push(reason(ReasonKind::Availability, slot.to_string(), words));
            1.0
        }
        _ => 0.0,
    };

    let answered = candidate.answered_recently;
    let responsiveness = f64::from(answered.min(ANSWERED_FULL)) / f64::from(ANSWERED_FULL);
    if answered >= ANSWERED_REASON {
        let words = ReasonWords::Answered { questions: answered };
        reasons.push(reason(ReasonKind::Responsiveness, answered.to_string(), words));
    }

    if let Some(mine) = seeker.organization
        && candidate.organization.as_deref() != Some(mine)
    {
        let value = candidate.organization.clone().unwrap_or_default();
        reasons.push(reason(ReasonKind::OutsideOrganization, value, ReasonWords::OutsideOrganization));
    }

    let w = &WEIGHTS;
    let raw = w.skill * skill
        + w.related * related
        + w.text * text
        + w.stage * stage
        + w.language * language
        + w.timezone * timezone
        + w.availability * availability
        + w.responsiveness * responsiveness;
    let capacity = f64::from(candidate.weekly_capacity);
    let load = (f64::from(candidate.booked_this_week)
        + SUGGESTION_SHARE * f64::from(candidate.suggested_this_week))
        / capacity;
    let goal_languages = &understanding.languages;
    let misses_goal_language =
        !goal_languages.is_empty() && !goal_languages.iter().any(|l| candidate.languages.contains(l));
    let in_language = if misses_goal_language { GOAL_LANGUAGE_MISSED } else { 1.0 };
    let score = in_language * raw / (1.0 + LOAD_PENALTY * load);
    (!reasons.is_empty()).then_some((score.clamp(0.0, 1.0), reasons))
}

/// Keeps the order but lets at most `PER_ORGANIZATION` mentors of one organization into the
/// first `TOP`; the others follow.
fn diversify(scored: Vec<Scored>, candidates: &[Candidate], limit: usize) -> Vec<Scored> {
    let mut top = Vec::new();
    let mut later = Vec::new();
    let mut per_organization: HashMap<&str, usize> = HashMap::new();
    for entry in scored {
        let organization = candidates[entry.index].organization.as_deref();
        let count = organization.map(|o| per_organization.entry(o).or_default());
        let allowed = count.as_ref().is_none_or(|count| **count < PER_ORGANIZATION);
        if top.len() < TOP && allowed {
            if let Some(count) = count {
                *count += 1;
            }
            top.push(entry);
        } else {
            later.push(entry);
        }
    }
    top.extend(later);
    top.truncate(limit);
    top
}

//! Reading a goal: the skills it names (by tag, alias, misspelling or translation), the skills
//! close to them, the career stages that fit the writer, the languages it is written in and the
//! place it mentions.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use super::knowledge::{self, Meaning, lexicon, plain, raw_words, skills, stage_cues};
use crate::profile::CareerStage;

/// Related skills shown and used per goal.
const MAX_RELATED: usize = 6;

/// A skill the goal asks for, and the words the writer used when they were not the tag.
#[derive(Debug, Clone, PartialEq)]
pub struct Asked {
    pub tag: String,
    pub written: Option<String>,
}

/// Skill relations learned from the network (the scheduled job's co-occurrence), by tag: these
/// cover tags people invented that the knowledge base does not know.
#[derive(Debug, Clone, Default)]
pub struct Learned {
    pub related: HashMap<String, Vec<(String, f32)>>,
}

#[derive(Debug, Clone, Default)]
pub struct Understanding {
    pub skills: Vec<Asked>,
    /// (tag, weight in (0, 1]), strongest first, none of them asked for.
    pub related: Vec<(String, f32)>,
    pub stages: Vec<CareerStage>,
    /// Languages the goal is written in, as far as its words say (ISO 639-1).
    pub languages: Vec<String>,
    /// An IANA zone for a place the goal names ("I'm in São Paulo").
    pub zone: Option<String>,
    /// The goal's stemmed words, for text evidence.
    pub terms: Vec<String>,
}

/// Reads `goal`, with the tags the person picked themselves (`expertise`) and those they removed
/// from what was understood (`exclude`), both canonical.
pub fn understand(goal: &str, expertise: &[String], exclude: &[String], learned: &Learned) -> Understanding {
    let mut understanding = Understanding { terms: knowledge::terms(goal), ..Understanding::default() };
    let mut ask = |tag: &str, written: Option<String>| {
        if !exclude.iter().any(|removed| removed == tag)
            && !understanding.skills.iter().any(|asked| asked.tag == tag)
        {
            understanding.skills.push(Asked { tag: tag.to_string(), written });
        }
    };
    for tag in expertise {
        ask(tag, None);
    }
    let mut languages: Vec<&'static str> = Vec::new();
    let mut stages: Vec<&'static str> = Vec::new();
    for (meaning, words) in lexicon().read(goal) {
        match meaning {
            Meaning::Skill { skill, language, is_tag } => {
                let tag = skills()[skill].tag;
                let written = (!is_tag && plain(&words) != tag).then_some(words);
                ask(tag, written);
                if let Some(language) = language
                    && !languages.contains(&language)
                {
                    languages.push(language);
                }
            }
            Meaning::Stage(cue) => stages.extend(stage_cues()[cue].stages.iter().copied()),
        }
    }
    // Tags the network invented, named as written.
    let plain_goal = format!(" {} ", raw_words(goal).iter().map(|w| plain(w)).collect::<Vec<_>>().join(" "));
    for tag in learned.related.keys() {
        if knowledge::skill_index(tag).is_none() && plain_goal.contains(&format!(" {} ", plain(tag))) {
            ask(tag, None);
        }
    }

    let mut related: BTreeMap<String, f32> = BTreeMap::new();
    for asked in &understanding.skills {
        let known = knowledge::skill_index(&asked.tag).map(|i| skills()[i].related).unwrap_or_default();
        let learned_here = learned.related.get(&asked.tag).map(Vec::as_slice).unwrap_or_default();
        let pairs =
            known.iter().map(|(tag, weight)| (tag.to_string(), *weight)).chain(learned_here.iter().cloned());
        for (tag, weight) in pairs {
            if understanding.skills.iter().all(|asked| asked.tag != tag) && !exclude.contains(&tag) {
                let entry = related.entry(tag).or_insert(0.0);
                *entry = entry.max(weight);
            }
        }
    }
    let mut related: Vec<(String, f32)> = related.into_iter().collect();
    crate::order::sort_by(&mut related, |a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    related.truncate(MAX_RELATED);
    understanding.related = related;

    understanding.stages =
        CareerStage::ALL.into_iter().filter(|stage| stages.contains(&stage.as_str())).collect();
    understanding.languages = languages.into_iter().map(str::to_string).collect();
    understanding.zone = place_zone(goal);
    understanding
}

/// The IANA zone of a city the goal names, from the time-zone database's own place names
/// (`America/Sao_Paulo` is São Paulo): one to three words, accents and case ignored.
fn place_zone(goal: &str) -> Option<String> {
    static PLACES: OnceLock<HashMap<String, String>> = OnceLock::new();
    let places = PLACES.get_or_init(|| {
        crate::zones::names()
            .into_iter()
            .filter_map(|name| {
                let (area, city) = name.rsplit_once('/')?;
                let canonical_area =
                    ["Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"]
                        .iter()
                        .any(|known| area.starts_with(known));
                canonical_area.then(|| {
                    (
                        raw_words(&city.replace('_', " "))
                            .iter()
                            .map(|w| plain(w))
                            .collect::<Vec<_>>()
                            .join(" "),
                        name.clone(),
                    )
                })
            })
            .filter(|(city, _)| city.len() >= 4)
            .collect()
    });
    let words: Vec<String> = raw_words(goal).iter().map(|w| plain(w)).collect();
    (0..words.len()).find_map(|i| {
        (1..=3.min(words.len() - i)).rev().find_map(|len| places.get(&words[i..i + len].join(" ")).cloned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(understanding: &Understanding) -> Vec<&str> {
        understanding.skills.iter().map(|asked| asked.tag.as_str()).collect()
    }

    #[test]
    fn a_goal_in_plain_words_names_skills_and_says_how() {
        let understood = understand("our k8s cluster keeps OOM-killing pods", &[], &[], &Learned::default());
        assert_eq!(tags(&understood), ["kubernetes", "site reliability"]);
        assert_eq!(understood.skills[0].written.as_deref(), Some("k8s"));
        assert!(!understood.related.is_empty());
        assert!(understood.related.iter().all(|(tag, _)| tag != "kubernetes"));
        assert!(understood.related.windows(2).all(|pair| pair[0].1 >= pair[1].1));
    }

    #[test]
    fn stage_cues_languages_and_places_are_understood() {
        let staff = understand("I want a promotion to staff next cycle", &[], &[], &Learned::default());
        assert!(staff.stages.contains(&CareerStage::Lead), "{:?}", staff.stages);
        let junior =
            understand("junior dev, how do I get better at code review?", &[], &[], &Learned::default());
        assert!(junior.stages.contains(&CareerStage::Senior));
        let spanish = understand("quiero preparar una entrevista técnica", &[], &[], &Learned::default());
        assert_eq!(spanish.languages, ["es"]);
        let place =
            understand("I'm in São Paulo and need help negotiating salary", &[], &[], &Learned::default());
        assert_eq!(place.zone.as_deref(), Some("America/Sao_Paulo"));
        assert_eq!(
            understand("based in Berlin", &[], &[], &Learned::default()).zone.as_deref(),
            Some("Europe/Berlin")
        );
    }

    #[test]
    fn picked_tags_count_and_invented_tags_get_learned_relations() {
        let learned =
            Learned { related: HashMap::from([("htmx".to_string(), vec![("react".to_string(), 0.5)])]) };
        let understood = understand("moving our app to htmx", &["testing".to_string()], &[], &learned);
        assert_eq!(tags(&understood), ["testing", "htmx"]);
        assert!(understood.related.iter().any(|(tag, weight)| tag == "react" && *weight == 0.5));
        let removed =
            understand("moving our app to htmx", &[], &["htmx".to_string(), "react".to_string()], &learned);
        assert!(removed.skills.is_empty() && removed.related.is_empty(), "{removed:?}");
    }
}

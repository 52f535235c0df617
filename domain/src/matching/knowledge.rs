//! The skill knowledge base (`data/skills.toml`, compiled in by `build.rs`) and the word handling
//! that reads goals with it: lower case, accents stripped, light stemming, longest phrase first.

use std::collections::HashMap;
use std::sync::OnceLock;

/// One directory tag and the words people use for it.
pub struct SkillEntry {
    pub tag: &'static str,
    pub aliases: &'static [&'static str],
    /// Only in capitals, as whole words: `PM`, `ML`, `CI`.
    pub acronyms: &'static [&'static str],
    /// (ISO 639-1 language, aliases in it).
    pub translations: &'static [(&'static str, &'static [&'static str])],
    /// (directory tag, how much a mentor with it can help with this one, in (0, 1]).
    pub related: &'static [(&'static str, f32)],
}

/// Phrases that place the writer in their career, and the mentor stages that fit them.
pub struct StageCueEntry {
    pub phrases: &'static [&'static str],
    pub stages: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/skills.rs"));

pub fn skills() -> &'static [SkillEntry] {
    SKILLS
}

pub fn stage_cues() -> &'static [StageCueEntry] {
    STAGE_CUES
}

/// Strips the accents of Latin letters (`é` → `e`, `ß` → `ss` is left alone): people type
/// "negociacion" as often as "negociación".
fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' | 'ń' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        other => other,
    }
}

/// The words of a text as written (case kept): letters, digits, `+` and `#` (`c++`, `c#`), and
/// `.` or `/` between two of them (`node.js`, `ci/cd`). Everything else separates words.
pub fn raw_words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut words = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let joins = (c == '.' || c == '/')
            && i > 0
            && chars[i - 1].is_alphanumeric()
            && chars.get(i + 1).is_some_and(|next| next.is_alphanumeric());
        if c.is_alphanumeric() || c == '+' || c == '#' || joins {
            current.push(c);
        } else if !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// A word lower-cased with accents stripped.
pub fn plain(word: &str) -> String {
    word.chars().flat_map(char::to_lowercase).map(fold).collect()
}

/// Light stemming, the same for goals and aliases: plurals and the common English verb endings
/// (`pods` → `pod`, `interviewing` → `interview`, `entrevistas` → `entrevista`).
pub fn stem(word: &str) -> String {
    let len = word.chars().count();
    if len <= 3 || !word.chars().all(char::is_alphabetic) {
        return word.to_string();
    }
    for (suffix, replacement, min_len) in [
        ("ies", "y", 5),
        ("ing", "", 6),
        ("ed", "", 5),
        ("ches", "ch", 5),
        ("shes", "sh", 5),
        ("ses", "s", 5),
        ("s", "", 4),
    ] {
        if len >= min_len && word.ends_with(suffix) && !(suffix == "s" && word.ends_with("ss")) {
            return format!("{}{replacement}", &word[..word.len() - suffix.len()]);
        }
    }
    word.to_string()
}

/// The stemmed, plain words of a text.
pub fn terms(text: &str) -> Vec<String> {
    raw_words(text).iter().map(|word| stem(&plain(word))).collect()
}

/// What a phrase of a goal refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// A skill (index into `skills()`), named as the tag, an alias, or an alias in a language.
    Skill { skill: usize, language: Option<&'static str>, is_tag: bool },
    /// A career-stage cue (index into `stage_cues()`).
    Stage(usize),
}

/// Every phrase the knowledge base knows, by its stemmed words.
pub struct Lexicon {
    /// A phrase may mean a skill and a career stage at once ("promotion to staff").
    phrases: HashMap<String, Vec<Meaning>>,
    acronyms: HashMap<&'static str, usize>,
    longest: usize,
}

impl Lexicon {
    fn build() -> Self {
        let mut phrases = HashMap::new();
        let mut longest = 1;
        let mut add = |phrase: &str, meaning: Meaning| {
            let words = terms(phrase);
            // A tag that is an everyday word ("go") only counts through its aliases.
            if words.is_empty() || (words.len() == 1 && words[0].chars().count() < 3) {
                return;
            }
            longest = longest.max(words.len());
            let meanings: &mut Vec<Meaning> = phrases.entry(words.join(" ")).or_default();
            if !meanings
                .iter()
                .any(|known| matches!((known, &meaning), (Meaning::Skill { .. }, Meaning::Skill { .. })))
            {
                meanings.push(meaning);
            }
        };
        for (skill, entry) in SKILLS.iter().enumerate() {
            add(entry.tag, Meaning::Skill { skill, language: None, is_tag: true });
            for alias in entry.aliases {
                add(alias, Meaning::Skill { skill, language: None, is_tag: false });
            }
            for (language, aliases) in entry.translations {
                for alias in *aliases {
                    add(alias, Meaning::Skill { skill, language: Some(language), is_tag: false });
                }
            }
        }
        for (cue, entry) in STAGE_CUES.iter().enumerate() {
            for phrase in entry.phrases {
                add(phrase, Meaning::Stage(cue));
            }
        }
        let acronyms = SKILLS
            .iter()
            .enumerate()
            .flat_map(|(skill, entry)| entry.acronyms.iter().map(move |acronym| (*acronym, skill)))
            .collect();
        Self { phrases, acronyms, longest }
    }

    /// The phrases of `text` the knowledge base knows, longest first, each with the words the
    /// writer used for it.
    pub fn read(&self, text: &str) -> Vec<(Meaning, String)> {
        let raw = raw_words(text);
        let stemmed: Vec<String> = raw.iter().map(|word| stem(&plain(word))).collect();
        let mut found = Vec::new();
        let mut i = 0;
        while i < raw.len() {
            if let Some(&skill) = self.acronyms.get(raw[i].as_str()) {
                found.push((Meaning::Skill { skill, language: None, is_tag: false }, raw[i].clone()));
                i += 1;
                continue;
            }
            let hit = (1..=self.longest.min(raw.len() - i)).rev().find_map(|len| {
                self.phrases.get(&stemmed[i..i + len].join(" ")).map(|meanings| (meanings, len))
            });
            match hit {
                Some((meanings, len)) => {
                    let written = raw[i..i + len].join(" ");
                    found.extend(meanings.iter().map(|meaning| (*meaning, written.clone())));
                    i += len;
                }
                None => i += 1,
            }
        }
        found
    }
}

pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

/// The index of a directory tag in the knowledge base.
pub fn skill_index(tag: &str) -> Option<usize> {
    SKILLS.iter().position(|entry| entry.tag == tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_the_punctuation_of_skill_names() {
        assert_eq!(raw_words("C++, node.js and CI/CD."), ["C++", "node.js", "and", "CI/CD"]);
        assert_eq!(raw_words("OOM-killing pods... why?"), ["OOM", "killing", "pods", "why"]);
        assert_eq!(terms("Entrevistas técnicas"), ["entrevista", "tecnica"]);
        assert_eq!(stem("interviewing"), "interview");
        assert_eq!(stem("class"), "class");
        assert_eq!(stem("aws"), "aws");
    }

    #[test]
    fn the_knowledge_base_covers_every_demo_tag_with_aliases_and_translations() {
        assert!(SKILLS.len() >= 59);
        assert!(SKILLS.iter().all(|entry| !entry.aliases.is_empty() && !entry.related.is_empty()));
        let translated = SKILLS
            .iter()
            .filter(|entry| {
                ["es", "fr", "de", "pt"].iter().all(|l| entry.translations.iter().any(|(t, _)| t == l))
            })
            .count();
        assert!(translated >= 40, "{translated}");
        for tag in crate::demo::tags() {
            assert!(skill_index(tag).is_some(), "{tag} has no entry");
        }
    }

    fn tags_in(text: &str) -> Vec<&'static str> {
        lexicon()
            .read(text)
            .into_iter()
            .filter_map(|(meaning, _)| match meaning {
                Meaning::Skill { skill, .. } => Some(SKILLS[skill].tag),
                Meaning::Stage(_) => None,
            })
            .collect()
    }

    #[test]
    fn aliases_misspellings_phrases_and_acronyms_name_tags() {
        assert_eq!(
            tags_in("our k8s cluster keeps OOM-killing pods"),
            ["kubernetes", "site reliability", "kubernetes"]
        );
        assert_eq!(tags_in("a11y of our screen reader flow"), ["accessibility", "accessibility"]);
        assert_eq!(tags_in("I'm a new PM"), ["product management"]);
        assert_eq!(tags_in("3 pm works"), Vec::<&str>::new(), "only PM in capitals");
        assert_eq!(tags_in("EXPLAIN ANALYZE on postgres"), ["postgresql", "postgresql"]);
        assert_eq!(tags_in("my promotion packet"), ["leadership"]);
        assert_eq!(tags_in("a pitch deck for investors"), ["fundraising", "fundraising"]);
        assert_eq!(tags_in("quiero preparar una entrevista técnica"), ["interviewing"]);
        assert_eq!(tags_in("négocier mon salaire"), ["negotiation", "negotiation"]);
        assert_eq!(tags_in("Where do I go from here?"), Vec::<&str>::new(), "go is a word first");
        assert_eq!(tags_in("golang or rust"), ["go", "rust"]);
    }
}

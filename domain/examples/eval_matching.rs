//! `make eval-matching`: nDCG@5 of the matching engine and of a plain BM25 baseline over the same
//! profiles (the public demo mentors), for the labelled goals in `tests/matching/goals.toml`.

use std::collections::BTreeMap;

use domain::matching::{self, Candidate, Learned, Seeker, knowledge};
use jiff::{SignedDuration, Timestamp};

#[derive(serde::Deserialize)]
struct Goals {
    goal: Vec<Goal>,
}

#[derive(serde::Deserialize)]
struct Goal {
    text: String,
    language: String,
    relevance: BTreeMap<String, u32>,
}

fn main() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/matching/goals.toml");
    let goals: Goals =
        toml::from_str(&std::fs::read_to_string(path).expect("the labelled set")).expect("valid TOML");
    let now: Timestamp = "2026-11-24T10:00:00Z".parse().expect("a fixed instant");
    let candidates: Vec<Candidate> = domain::demo::eval::demo_candidates(now);
    let grade = |goal: &Goal, candidate: &Candidate| {
        candidate.expertise.iter().filter_map(|tag| goal.relevance.get(tag)).copied().max().unwrap_or(0)
    };

    let mut engine_total = 0.0;
    let mut baseline_total = 0.0;
    let mut by_language: BTreeMap<&str, (f64, f64, u32)> = BTreeMap::new();
    for goal in &goals.goal {
        let all: Vec<u32> = candidates.iter().map(|c| grade(goal, c)).collect();
        let understanding = matching::understand(&goal.text, &[], &[], &Learned::default());
        let seeker = Seeker {
            understanding: &understanding,
            required_languages: &[],
            preferred_languages: vec![goal.language.clone()],
            utc_offset_minutes: None,
            stage: None,
            organization: None,
            outside_my_organization: false,
            available_until: now + SignedDuration::from_hours(24 * 7),
            within_days: 7,
        };
        let engine: Vec<u32> = matching::rank(&seeker, &candidates, 5).iter().map(|s| all[s.index]).collect();
        let baseline: Vec<u32> =
            bm25_top(&knowledge::terms(&goal.text), &candidates, 5).iter().map(|&i| all[i]).collect();
        let (e, b) = (matching::ndcg_at(5, &engine, &all), matching::ndcg_at(5, &baseline, &all));
        engine_total += e;
        baseline_total += b;
        let entry = by_language.entry(goal.language.as_str()).or_default();
        entry.0 += e;
        entry.1 += b;
        entry.2 += 1;
        if std::env::var_os("VERBOSE").is_some() {
            println!("{e:.2} {b:.2}  {}", goal.text);
        }
    }
    let n = goals.goal.len() as f64;
    println!(
        "Matching quality: {} labelled goals, {} public demo mentors",
        goals.goal.len(),
        candidates.len()
    );
    for (language, (e, b, count)) in &by_language {
        println!(
            "  {language}: engine nDCG@5 {:.3}   BM25 baseline {:.3}   ({count} goals)",
            e / f64::from(*count),
            b / f64::from(*count)
        );
    }
    let (engine, baseline) = (engine_total / n, baseline_total / n);
    println!(
        "  all: engine nDCG@5 {engine:.3}   BM25 baseline {baseline:.3}   ratio {:.2}x",
        engine / baseline.max(1e-9)
    );
    println!("  targets: nDCG@5 >= 0.80 and >= 1.25x the baseline");
}

/// Plain BM25 over headline, bio and tags: the baseline.
fn bm25_top(query: &[String], candidates: &[Candidate], k: usize) -> Vec<usize> {
    let scores = matching::rank::text_scores(query, candidates);
    let mut order: Vec<usize> = (0..candidates.len()).filter(|&i| scores[i] > 0.0).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    order.truncate(k);
    order
}

//! Skill relations learned from the network: tags that occur together on mentors' profiles and
//! on answered questions more often than chance, by normalised pointwise mutual information.

/// How often two tags occur together, and each on its own, over `documents` profiles and
/// answered questions.
#[derive(Debug, Clone, PartialEq)]
pub struct PairCount {
    pub tag: String,
    pub related: String,
    pub together: u32,
    pub tag_count: u32,
    pub related_count: u32,
}

/// Pairs seen together fewer times than this say nothing.
pub const MIN_TOGETHER: u32 = 3;
/// Relations kept per tag.
pub const PER_TAG: usize = 8;
/// Weaker than the knowledge base's own weights, which people chose.
const LEARNED_SCALE: f32 = 0.8;
/// NPMI below this is chance.
const MIN_NPMI: f64 = 0.1;

/// (tag, related tag, weight in (0, 1]): the strongest `PER_TAG` positive associations per tag.
pub fn relations(pairs: &[PairCount], documents: u32) -> Vec<(String, String, f32)> {
    let n = f64::from(documents.max(1));
    let mut scored: Vec<(String, String, f32)> = pairs
        .iter()
        .filter(|pair| pair.together >= MIN_TOGETHER && pair.tag != pair.related)
        .filter_map(|pair| {
            let p_ab = f64::from(pair.together) / n;
            let p_a = f64::from(pair.tag_count) / n;
            let p_b = f64::from(pair.related_count) / n;
            if p_ab >= 1.0 || p_a == 0.0 || p_b == 0.0 {
                return None;
            }
            let npmi = (p_ab / (p_a * p_b)).ln() / -p_ab.ln();
            (npmi >= MIN_NPMI).then(|| {
                let weight = (npmi.min(1.0) as f32 * LEARNED_SCALE).max(f32::EPSILON);
                (pair.tag.clone(), pair.related.clone(), weight)
            })
        })
        .collect();
    crate::order::sort_by(&mut scored, |a, b| a.0.cmp(&b.0).then(b.2.total_cmp(&a.2)).then(a.1.cmp(&b.1)));
    let mut kept: Vec<(String, String, f32)> = Vec::new();
    for relation in scored {
        if kept.iter().filter(|k| k.0 == relation.0).count() < PER_TAG {
            kept.push(relation);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(tag: &str, related: &str, together: u32, a: u32, b: u32) -> PairCount {
        PairCount { tag: tag.into(), related: related.into(), together, tag_count: a, related_count: b }
    }

    #[test]
    fn tags_seen_together_more_than_chance_become_related() {
        let learned = relations(
            &[
                pair("htmx", "react", 8, 10, 40),
                pair("htmx", "hiring", 3, 10, 300),
                pair("htmx", "go", 2, 10, 20),
            ],
            1000,
        );
        assert_eq!(learned.len(), 1, "{learned:?}");
        let (tag, related, weight) = &learned[0];
        assert_eq!((tag.as_str(), related.as_str()), ("htmx", "react"));
        assert!(*weight > 0.0 && *weight <= 1.0);
    }

    #[test]
    fn at_most_eight_per_tag_strongest_first() {
        let pairs: Vec<PairCount> = (0..12).map(|i| pair("a", &format!("t{i:02}"), 5 + i, 20, 20)).collect();
        let learned = relations(&pairs, 1000);
        assert_eq!(learned.len(), PER_TAG);
        assert!(learned.windows(2).all(|w| w[0].2 >= w[1].2));
        assert_eq!(learned[0].1, "t11");
    }
}

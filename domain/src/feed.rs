//! How well an open request fits a mentor, and the orders built on it: the mentor's feed and
//! their daily digest.

use jiff::Timestamp;

use crate::matching::{Learned, understand};
use crate::request::FitReason;

/// What ranking needs to know about a mentor.
pub struct MentorFit<'a> {
    pub expertise: &'a [String],
    pub languages: &'a [String],
    /// The mentor's UTC offset now, in minutes.
    pub utc_offset_minutes: i64,
}

/// What ranking needs to know about a request.
#[derive(Clone, Copy)]
pub struct RequestFit<'a> {
    pub expertise: &'a [String],
    /// The mentee's languages.
    pub languages: &'a [String],
    pub utc_offset_minutes: i64,
    pub offer_count: u32,
    /// The viewer may know who asked. When they may not (an anonymous request, before the
    /// viewer's offer is accepted), the author's languages and zone take no part in the score:
    /// a mentor could otherwise learn who asked by changing their own and watching the order.
    pub reveals_author: bool,
}

/// How well a request fits a mentor, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fit {
    pub score: u32,
    pub reasons: Vec<FitReason>,
    /// The mentor lists one of the request's skills (as matching reads them).
    pub shares_a_skill: bool,
}

/// Scores a request for a mentor. Shared expertise counts most; a shared language other than
/// English, overlapping working hours, and having no offer yet (so that help spreads across
/// requests instead of piling onto a few) count too.
pub fn fit(mentor: &MentorFit<'_>, request: &RequestFit<'_>) -> Fit {
    let mut score = 0;
    let mut reasons = Vec::new();

    // The request's tags as matching reads them: `k8s` is kubernetes, and related skills count.
    let understood = understand(&request.expertise.join(" · "), request.expertise, &[], &Learned::default());
    let shared: Vec<&str> = understood
        .skills
        .iter()
        .map(|asked| asked.tag.as_str())
        .filter(|tag| mentor.expertise.iter().any(|t| t == tag))
        .collect();
    if !shared.is_empty() {
        score += 10 * shared.len() as u32;
        reasons.push(FitReason::Matches { skills: shared.iter().map(|tag| (*tag).to_owned()).collect() });
    }
    let close: Vec<(&str, f32)> = understood
        .related
        .iter()
        .filter(|(tag, _)| mentor.expertise.contains(tag))
        .map(|(tag, weight)| (tag.as_str(), *weight))
        .take(2)
        .collect();
    if let Some((_, strongest)) = close.first() {
        score += (6.0 * strongest).round().max(1.0) as u32;
        reasons.push(FitReason::CloseTo { skills: close.iter().map(|(tag, _)| (*tag).to_owned()).collect() });
    }

    if request.reveals_author {
        score += author_terms(mentor, request, &mut reasons);
    }
    if request.offer_count == 0 {
        score += 2;
        reasons.push(FitReason::NoOffersYet);
    }
    Fit { score, reasons, shares_a_skill: !shared.is_empty() }
}

/// What the author's own profile adds: a shared language other than English, overlapping
/// working hours.
fn author_terms(mentor: &MentorFit<'_>, request: &RequestFit<'_>, reasons: &mut Vec<FitReason>) -> u32 {
    let mut score = 0;
    let languages: Vec<&String> =
        request.languages.iter().filter(|code| mentor.languages.contains(code)).collect();
    let notable: Vec<String> =
        languages.iter().filter(|code| **code != "en").map(|code| (*code).clone()).collect();
    if !notable.is_empty() {
        score += 4;
        reasons.push(FitReason::BothSpeak { languages: notable });
    } else if !languages.is_empty() {
        score += 1;
    }

    let shared_minutes =
        crate::directory::shared_working_minutes(mentor.utc_offset_minutes, request.utc_offset_minutes);
    if mentor.utc_offset_minutes == request.utc_offset_minutes {
        score += 3;
        reasons.push(FitReason::SameTimeZone);
    } else if shared_minutes >= 4 * 60 {
        score += 2;
        reasons.push(FitReason::WorkingHoursInCommon { hours: shared_minutes / 60 });
    }

    score
}

/// How many requests the feed shows, and how many a digest lists.
pub const FEED_SIZE: usize = 50;
pub const DIGEST_ITEMS: usize = 10;

/// An open request the mentor may be shown in their feed.
#[derive(Clone, Copy)]
pub struct FeedCandidate<'a> {
    pub fit: RequestFit<'a>,
    pub created_at: Timestamp,
    /// The mentor has already made an offer on it.
    pub answered: bool,
    /// The question was addressed to this mentor alone.
    pub addressed: bool,
}

/// The mentor's feed: requests they have not answered first, among them questions asked of them
/// directly, then the best fit, then the newest; at most [`FEED_SIZE`]. Returns each shown
/// candidate's index with its fit.
pub fn feed(mentor: &MentorFit<'_>, candidates: &[FeedCandidate<'_>]) -> Vec<(usize, Fit)> {
    let mut ranked: Vec<(usize, Fit)> = candidates
        .iter()
        .enumerate()
        .map(|(index, c)| {
            let mut fit = fit(mentor, &c.fit);
            if c.addressed {
                fit.reasons.insert(0, FitReason::AskedDirectly);
            }
            (index, fit)
        })
        .collect();
    crate::order::sort_by(&mut ranked, |(a, fa), (b, fb)| {
        let (a, b) = (&candidates[*a], &candidates[*b]);
        a.answered
            .cmp(&b.answered)
            .then(b.addressed.cmp(&a.addressed))
            .then(fb.score.cmp(&fa.score))
            .then(b.created_at.cmp(&a.created_at))
    });
    ranked.truncate(FEED_SIZE);
    ranked
}

/// An open request that might go into a mentor's digest.
pub struct DigestCandidate<'a> {
    pub fit: RequestFit<'a>,
    /// Increases with every new request, never reused.
    pub seq: i64,
    pub created_at: Timestamp,
    /// The mentor is in its audience and has not offered on it.
    pub open_to_mentor: bool,
}

/// Which requests a digest covers: those after the last one the mentor was told about (for a
/// first digest, those of the last day), up to the newest known when the run began.
#[derive(Debug, Clone, Copy)]
pub struct DigestWindow {
    pub seen_up_to: Option<i64>,
    pub newest: i64,
    pub day_ago: Timestamp,
}

/// A mentor's digest: new requests in the window that are open to them and share one of their
/// skills, best fit first, then newest; at most [`DIGEST_ITEMS`]. Indices with their fits.
pub fn digest(
    mentor: &MentorFit<'_>,
    window: DigestWindow,
    candidates: &[DigestCandidate<'_>],
) -> Vec<(usize, Fit)> {
    let mut chosen: Vec<(usize, Fit)> = candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.seq <= window.newest)
        .filter(|(_, c)| match window.seen_up_to {
            Some(seen) => c.seq > seen,
            None => c.created_at > window.day_ago,
        })
        .filter(|(_, c)| c.open_to_mentor)
        .map(|(index, c)| (index, fit(mentor, &c.fit)))
        .filter(|(_, fit)| fit.shares_a_skill)
        .collect();
    crate::order::sort_by(&mut chosen, |(a, fa), (b, fb)| {
        fb.score.cmp(&fa.score).then(candidates[*b].created_at.cmp(&candidates[*a].created_at))
    });
    chosen.truncate(DIGEST_ITEMS);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    impl PartialEq<&str> for FitReason {
        fn eq(&self, english: &&str) -> bool {
            let words = self.to_string();
            words == *english
        }
    }

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn requests_are_read_like_goals_aliases_and_related_skills_count() {
        let (kubernetes, sre, none) = (tags(&["kubernetes"]), tags(&["site reliability"]), Vec::new());
        let mentor = |expertise| MentorFit { expertise, languages: &none, utc_offset_minutes: 600 };
        let k8s = tags(&["k8s"]);
        let request = RequestFit {
            expertise: &k8s,
            languages: &none,
            utc_offset_minutes: 0,
            offer_count: 1,
            reveals_author: true,
        };
        let direct = fit(&mentor(&kubernetes), &request);
        assert_eq!(direct.reasons, ["matches kubernetes"]);
        assert!(direct.shares_a_skill);
        let close = fit(&mentor(&sre), &request);
        assert_eq!(close.reasons, ["close to it: site reliability"]);
        assert!(!close.shares_a_skill, "a digest still needs a skill in common");
        assert!(direct.score > close.score && close.score > 0);
    }

    #[test]
    fn fit_explains_itself() {
        let mentor_tags = tags(&["rust", "kubernetes", "go"]);
        let mentor_langs = tags(&["en", "es"]);
        let mentor = MentorFit { expertise: &mentor_tags, languages: &mentor_langs, utc_offset_minutes: 60 };
        let request_tags = tags(&["rust", "kubernetes", "sql"]);
        let request_langs = tags(&["es", "en"]);
        let request = RequestFit {
            expertise: &request_tags,
            languages: &request_langs,
            utc_offset_minutes: 0,
            offer_count: 0,
            reveals_author: true,
        };
        let fit = fit(&mentor, &request);
        assert_eq!(
            fit.reasons,
            ["matches rust, kubernetes", "both speak Spanish", "8 working hours in common", "no offers yet"]
        );
        assert_eq!(fit.score, 20 + 4 + 2 + 2);
    }

    #[test]
    fn expertise_outweighs_everything_else_and_offers_lower_the_rank() {
        let (rust, langs) = (tags(&["rust"]), tags(&["en", "hi"]));
        let mentor = MentorFit { expertise: &rust, languages: &langs, utc_offset_minutes: 330 };
        let other = tags(&["design"]);
        let near_but_off_topic = RequestFit {
            expertise: &other,
            languages: &langs,
            utc_offset_minutes: 330,
            offer_count: 0,
            reveals_author: true,
        };
        let on_topic_far = RequestFit {
            expertise: &rust,
            languages: &[],
            utc_offset_minutes: -480,
            offer_count: 3,
            reveals_author: true,
        };
        assert!(fit(&mentor, &on_topic_far).score > fit(&mentor, &near_but_off_topic).score);
        let fresh = RequestFit { offer_count: 0, ..on_topic_far };
        let crowded = RequestFit { offer_count: 2, ..fresh };
        assert!(fit(&mentor, &fresh).score > fit(&mentor, &crowded).score);
        assert_eq!(fit(&mentor, &crowded).reasons, ["matches rust"]);
    }

    #[test]
    fn english_alone_is_not_a_reason_and_languages_are_named() {
        let (tags_, en) = (tags(&["x"]), tags(&["en"]));
        let mentor = MentorFit { expertise: &tags_, languages: &en, utc_offset_minutes: 0 };
        let request = RequestFit {
            expertise: &[],
            languages: &en,
            utc_offset_minutes: 720,
            offer_count: 1,
            reveals_author: true,
        };
        let fit = fit(&mentor, &request);
        assert!(fit.reasons.is_empty());
        assert_eq!(fit.score, 1);
    }

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    /// The API test's scenario: a Spanish speaker in Madrid asking about both of the mentor's
    /// skills ranks above a Tokyo mentee asking about one; answered requests sink to the end.
    #[test]
    fn the_feed_ranks_unanswered_then_by_fit_then_newest() {
        let (skills, langs) = (tags(&["rust", "wasm"]), tags(&["en", "es"]));
        let mentor = MentorFit { expertise: &skills, languages: &langs, utc_offset_minutes: 60 };
        let (both, one, es, ja) =
            (tags(&["rust", "wasm"]), tags(&["rust"]), tags(&["es", "en"]), tags(&["ja"]));
        let request = |expertise, languages, offset| RequestFit {
            expertise,
            languages,
            utc_offset_minutes: offset,
            offer_count: 0,
            reveals_author: true,
        };
        let candidates = [
            FeedCandidate {
                fit: request(&one, &ja, 540),
                created_at: at("2026-11-24T10:05:00Z"),
                answered: false,
                addressed: false,
            },
            FeedCandidate {
                fit: request(&both, &es, 60),
                created_at: at("2026-11-24T10:00:00Z"),
                answered: false,
                addressed: false,
            },
            FeedCandidate {
                fit: request(&both, &es, 60),
                created_at: at("2026-11-24T09:00:00Z"),
                answered: true,
                addressed: false,
            },
            FeedCandidate {
                fit: request(&one, &ja, 540),
                created_at: at("2026-11-24T10:06:00Z"),
                answered: false,
                addressed: false,
            },
        ];
        let shown = feed(&mentor, &candidates);
        let order: Vec<usize> = shown.iter().map(|(index, _)| *index).collect();
        assert_eq!(order, [1, 3, 0, 2], "best fit, then newest among equals, answered last");
        assert_eq!(
            shown[0].1.reasons,
            ["matches rust, wasm", "both speak Spanish", "same time zone", "no offers yet"]
        );
        assert_eq!(shown[1].1.reasons[0], "matches rust");
    }

    #[test]
    fn a_question_asked_directly_comes_first_and_says_so() {
        let (skills, other, none) = (tags(&["rust"]), tags(&["design"]), Vec::new());
        let mentor = MentorFit { expertise: &skills, languages: &none, utc_offset_minutes: 0 };
        let request = |expertise| RequestFit {
            expertise,
            languages: &none,
            utc_offset_minutes: 0,
            offer_count: 0,
            reveals_author: true,
        };
        let candidate = |fit, addressed, answered| FeedCandidate {
            fit,
            created_at: at("2026-11-24T10:00:00Z"),
            answered,
            addressed,
        };
        let candidates = [
            candidate(request(&skills), false, false),
            candidate(request(&other), true, false),
            candidate(request(&skills), true, true),
        ];
        let shown = feed(&mentor, &candidates);
        let order: Vec<usize> = shown.iter().map(|(index, _)| *index).collect();
        assert_eq!(order, [1, 0, 2], "asked directly first, though a worse fit; answered still last");
        assert_eq!(shown[0].1.reasons, ["asked you directly", "same time zone", "no offers yet"]);
        assert_eq!(shown[1].1.reasons[0], "matches rust");
    }

    #[test]
    fn the_feed_shows_at_most_fifty() {
        let (skills, none) = (tags(&["rust"]), Vec::new());
        let mentor = MentorFit { expertise: &skills, languages: &none, utc_offset_minutes: 0 };
        let candidates: Vec<FeedCandidate<'_>> = (0..60)
            .map(|_| FeedCandidate {
                fit: RequestFit {
                    expertise: &skills,
                    languages: &none,
                    utc_offset_minutes: 0,
                    offer_count: 0,
                    reveals_author: true,
                },
                created_at: at("2026-11-24T10:00:00Z"),
                answered: false,
                addressed: false,
            })
            .collect();
        assert_eq!(feed(&mentor, &candidates).len(), FEED_SIZE);
    }

    #[test]
    fn a_digest_holds_only_new_requests_open_to_the_mentor_that_share_a_skill() {
        let (skills, none, other) = (tags(&["rust"]), Vec::new(), tags(&["design"]));
        let mentor = MentorFit { expertise: &skills, languages: &none, utc_offset_minutes: 0 };
        let candidate = |seq, expertise, created_at: &str, open_to_mentor| DigestCandidate {
            fit: RequestFit {
                expertise,
                languages: &none,
                utc_offset_minutes: 0,
                offer_count: 0,
                reveals_author: true,
            },
            seq,
            created_at: at(created_at),
            open_to_mentor,
        };
        let candidates = [
            candidate(1, &skills, "2026-11-22T10:00:00Z", true), // older than a day: not in a first digest
            candidate(2, &skills, "2026-11-24T08:00:00Z", true),
            candidate(3, &other, "2026-11-24T08:30:00Z", true), // no shared skill
            candidate(4, &skills, "2026-11-24T09:00:00Z", false), // not in its audience
            candidate(5, &skills, "2026-11-24T09:30:00Z", true),
            candidate(6, &skills, "2026-11-24T09:45:00Z", true), // newer than the run's start
        ];
        let first = DigestWindow { seen_up_to: None, newest: 5, day_ago: at("2026-11-23T10:00:00Z") };
        let order: Vec<usize> = digest(&mentor, first, &candidates).iter().map(|(i, _)| *i).collect();
        assert_eq!(order, [4, 1], "newest first among equal fits");
        let next = DigestWindow { seen_up_to: Some(5), newest: 6, ..first };
        let order: Vec<usize> = digest(&mentor, next, &candidates).iter().map(|(i, _)| *i).collect();
        assert_eq!(order, [5], "only what came after the last digest");
        let fits = digest(&mentor, next, &candidates);
        assert_eq!(fits[0].1.reasons, ["matches rust", "same time zone", "no offers yet"]);
    }

    #[test]
    fn an_anonymous_request_tells_nothing_of_its_author_in_its_reasons_or_its_rank() {
        let (skills, langs) = (tags(&["rust"]), tags(&["en", "es"]));
        let mentor = MentorFit { expertise: &skills, languages: &langs, utc_offset_minutes: 60 };
        let request = RequestFit {
            expertise: &skills,
            languages: &langs,
            utc_offset_minutes: 60,
            offer_count: 0,
            reveals_author: true,
        };
        let all = fit(&mentor, &request);
        assert_eq!(all.reasons, ["matches rust", "both speak Spanish", "same time zone", "no offers yet"]);
        let hidden = RequestFit { reveals_author: false, ..request };
        assert_eq!(fit(&mentor, &hidden).reasons, ["matches rust", "no offers yet"]);

        // A feed of an anonymous request among others by known authors: whatever languages and
        // zone the mentor gives themselves, the anonymous request keeps its score and its place.
        let (es, ja, none) = (tags(&["es"]), tags(&["ja"]), Vec::new());
        let known = |languages, offset| RequestFit {
            expertise: &skills,
            languages,
            utc_offset_minutes: offset,
            offer_count: 0,
            reveals_author: true,
        };
        let candidates = [
            FeedCandidate {
                fit: known(&ja, 540),
                created_at: at("2026-11-24T10:00:00Z"),
                answered: false,
                addressed: false,
            },
            FeedCandidate {
                fit: hidden,
                created_at: at("2026-11-24T10:01:00Z"),
                answered: false,
                addressed: false,
            },
            FeedCandidate {
                fit: known(&none, -300),
                created_at: at("2026-11-24T10:02:00Z"),
                answered: false,
                addressed: false,
            },
        ];
        let anonymous_place = |languages: &[String], offset| {
            let probe = MentorFit { expertise: &skills, languages, utc_offset_minutes: offset };
            let shown = feed(&probe, &candidates);
            let place = shown.iter().position(|(index, _)| *index == 1).unwrap();
            (place, shown[place].1.score, shown[place].1.reasons.clone())
        };
        let reference = anonymous_place(&none, 0);
        for (langs, offset) in
            [(tags(&["ja"]), 540), (es.clone(), 60), (tags(&["en", "es"]), 60), (none.clone(), -300)]
        {
            let seen = anonymous_place(&langs, offset);
            assert_eq!(seen.1, reference.1, "score with {langs:?} at {offset}");
            assert_eq!(seen.2, reference.2, "reasons with {langs:?} at {offset}");
        }
        // Its place among the others moves only with what the others' authors share with the
        // mentor, never with the anonymous author's own languages or zone: the same feed with
        // the anonymous author speaking Japanese in Tokyo is ordered the same way.
        let elsewhere = RequestFit { languages: &ja, utc_offset_minutes: 540, ..hidden };
        let mut moved = candidates;
        moved[1].fit = elsewhere;
        for (langs, offset) in [(tags(&["ja"]), 540), (es, 60), (Vec::new(), 0)] {
            let probe = MentorFit { expertise: &skills, languages: &langs, utc_offset_minutes: offset };
            let order = |c: &[FeedCandidate<'_>]| feed(&probe, c).iter().map(|(i, _)| *i).collect::<Vec<_>>();
            assert_eq!(order(&candidates), order(&moved), "with {langs:?} at {offset}");
        }
    }
}

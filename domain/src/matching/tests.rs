use jiff::{SignedDuration, Timestamp};

use super::*;

fn input(goal: &str) -> MatchInput {
    MatchInput {
        goal: goal.to_string(),
        expertise: Vec::new(),
        exclude: Vec::new(),
        languages: Vec::new(),
        format: Format::Either,
        within_days: None,
        outside_my_organization: false,
        limit: None,
    }
}

#[test]
fn bad_input_names_its_field() {
    let field = |input: MatchInput| input.parse().unwrap_err().field;
    assert_eq!(field(input("   ")).as_deref(), Some("goal"));
    assert_eq!(field(input("too short")).as_deref(), Some("goal"));
    assert_eq!(field(input(&"x".repeat(1001))).as_deref(), Some("goal"));
    assert_eq!(
        field(MatchInput { limit: Some(0), ..input("help with kubernetes") }).as_deref(),
        Some("limit")
    );
    assert_eq!(
        field(MatchInput { limit: Some(11), ..input("help with kubernetes") }).as_deref(),
        Some("limit")
    );
    assert_eq!(
        field(MatchInput { within_days: Some(22), ..input("help with kubernetes") }).as_deref(),
        Some("within_days")
    );
    let unknown = MatchInput { languages: vec!["xx".into()], ..input("help with kubernetes") };
    assert_eq!(field(unknown).as_deref(), Some("languages"));
    let fine = input("  help with kubernetes  ").parse().unwrap();
    assert_eq!((fine.goal.as_str(), fine.limit, fine.within_days), ("help with kubernetes", 5, 7));
}

fn now() -> Timestamp {
    "2026-11-24T10:00:00Z".parse().unwrap()
}

fn demo_candidates() -> Vec<((), Candidate)> {
    crate::demo::eval::demo_candidates(now()).into_iter().map(|c| ((), c)).collect()
}

fn seeker<'a>(understanding: &'a Understanding) -> Seeker<'a> {
    Seeker {
        understanding,
        required_languages: &[],
        preferred_languages: vec!["en".into()],
        utc_offset_minutes: Some(60),
        stage: Some(CareerStage::Early),
        organization: Some("northwind.example"),
        outside_my_organization: false,
        available_until: now() + SignedDuration::from_hours(24 * 7),
        within_days: 7,
    }
}

#[test]
fn every_reason_is_true_of_its_mentor_and_every_match_has_one() {
    let people = demo_candidates();
    let candidates: Vec<Candidate> = people.iter().map(|(_, c)| c.clone()).collect();
    for goal in [
        "our k8s cluster keeps OOM-killing pods",
        "preparing a pitch deck for our seed round",
        "quiero preparar una entrevista técnica",
        "a11y review of our design system",
        "first-time manager, my 1:1s feel awkward",
    ] {
        let understanding = understand(goal, &[], &[], &Learned::default());
        let who = seeker(&understanding);
        let ranked = rank(&who, &candidates, 10);
        assert!(!ranked.is_empty(), "{goal}");
        let mut per_organization = std::collections::HashMap::new();
        for (position, scored) in ranked.iter().enumerate() {
            let mentor = &candidates[scored.index];
            assert!(!scored.reasons.is_empty(), "{goal}");
            assert!((0.0..=1.0).contains(&scored.score));
            if position < 5
                && let Some(org) = &mentor.organization
            {
                *per_organization.entry(org.clone()).or_insert(0) += 1;
            }
            for reason in &scored.reasons {
                match reason.kind {
                    ReasonKind::Skill | ReasonKind::RelatedSkill => {
                        assert!(mentor.expertise.contains(&reason.value), "{goal}: {reason:?}")
                    }
                    ReasonKind::Language => assert!(mentor.languages.contains(&reason.value)),
                    ReasonKind::Timezone => assert_eq!(reason.value, mentor.timezone),
                    ReasonKind::CareerStage => {
                        assert_eq!(Some(reason.value.as_str()), mentor.career_stage.map(CareerStage::as_str))
                    }
                    ReasonKind::Availability => {
                        let slot: Timestamp = reason.value.parse().unwrap();
                        assert_eq!(Some(slot), mentor.next_free_slot);
                        assert!(slot <= who.available_until);
                    }
                    ReasonKind::OutsideOrganization => {
                        assert_ne!(mentor.organization.as_deref(), Some("northwind.example"))
                    }
                    ReasonKind::Responsiveness => {
                        assert_eq!(reason.value, mentor.answered_recently.to_string())
                    }
                }
            }
        }
        assert!(per_organization.values().all(|count| *count <= 2), "{goal}: {per_organization:?}");
        let scores: Vec<f64> = ranked.iter().map(|s| s.score).collect();
        assert!(scores[..5.min(scores.len())].windows(2).all(|w| w[0] >= w[1] - 0.3), "{goal}: {scores:?}");
    }
}

#[test]
fn the_skill_asked_comes_first_and_says_what_was_written() {
    let people = demo_candidates();
    let candidates: Vec<Candidate> = people.iter().map(|(_, c)| c.clone()).collect();
    let understanding = understand("our k8s cluster keeps OOM-killing pods", &[], &[], &Learned::default());
    let ranked = rank(&seeker(&understanding), &candidates, 5);
    let top = &candidates[ranked[0].index];
    assert!(top.expertise.iter().any(|t| t == "kubernetes"), "{top:?}");
    assert!(
        ranked[0].reasons.iter().any(|r| r.text == "Knows kubernetes (you wrote k8s)"),
        "{:?}",
        ranked[0].reasons
    );
}

#[test]
fn full_mentors_are_left_out_and_asked_languages_are_required() {
    let people = demo_candidates();
    let mut candidates: Vec<Candidate> = people.iter().map(|(_, c)| c.clone()).collect();
    let understanding = understand("help with kubernetes upgrades", &[], &[], &Learned::default());
    let first = rank(&seeker(&understanding), &candidates, 1)[0].index;
    candidates[first].booked_this_week = candidates[first].weekly_capacity;
    assert!(rank(&seeker(&understanding), &candidates, 10).iter().all(|s| s.index != first));

    let spanish = ["es".to_string()];
    let mut who = seeker(&understanding);
    who.required_languages = &spanish;
    let ranked = rank(&who, &candidates, 10);
    assert!(!ranked.is_empty());
    for scored in ranked {
        assert!(candidates[scored.index].languages.contains(&"es".to_string()));
        assert!(scored.reasons.iter().any(|r| r.kind == ReasonKind::Language && r.value == "es"));
    }
}

#[test]
fn outside_my_organization_puts_other_organizations_first() {
    let people = demo_candidates();
    let candidates: Vec<Candidate> = people.iter().map(|(_, c)| c.clone()).collect();
    let understanding = understand("help with hiring and interviewing", &[], &[], &Learned::default());
    let mut who = seeker(&understanding);
    let mine = candidates[rank(&who, &candidates, 1)[0].index].organization.clone();
    who.organization = mine.as_deref();
    who.outside_my_organization = true;
    let ranked = rank(&who, &candidates, 5);
    assert!(ranked.iter().all(|s| candidates[s.index].organization != mine));
}

/// Sixty mentees with one goal each book the first free slot of their top suggestion.
#[test]
fn load_is_shared_when_many_people_ask_the_same() {
    let people = demo_candidates();
    let mut candidates: Vec<Candidate> = people.iter().map(|(_, c)| c.clone()).collect();
    let understanding = understand("our k8s cluster keeps OOM-killing pods", &[], &[], &Learned::default());
    let qualifying: Vec<usize> = (0..candidates.len())
        .filter(|&i| {
            candidates[i].expertise.iter().any(|t| t == "kubernetes")
                && candidates[i].next_free_slot.is_some()
        })
        .collect();
    assert!(qualifying.len() >= 5, "{}", qualifying.len());
    let mut exposure = vec![0u32; candidates.len()];
    let mut tops = std::collections::HashSet::new();
    for _ in 0..60 {
        let ranked = rank(&seeker(&understanding), &candidates, 5);
        let Some(top) = ranked.first() else { break };
        tops.insert(top.index);
        for shown in &ranked {
            exposure[shown.index] += 1;
            candidates[shown.index].suggested_this_week += 1;
        }
        candidates[top.index].booked_this_week += 1;
    }
    for candidate in &candidates {
        assert!(candidate.booked_this_week <= candidate.weekly_capacity, "{candidate:?}");
    }
    assert!(tops.len() > 5, "the top suggestion changes as mentors fill up: {}", tops.len());
    let shown: Vec<u32> = qualifying.iter().map(|&i| exposure[i]).collect();
    let gini = gini(&shown);
    assert!(gini <= 0.4, "exposure Gini {gini:.2} over {shown:?}");
}

#[test]
fn ndcg_and_gini_behave() {
    assert!((ndcg_at(5, &[3, 2, 1], &[3, 2, 1, 0]) - 1.0).abs() < 1e-9);
    assert!(ndcg_at(5, &[0, 1, 2], &[2, 1, 0]) < 0.7);
    assert_eq!(ndcg_at(5, &[0, 0], &[0, 0]), 0.0);
    assert_eq!(gini(&[5, 5, 5, 5]), 0.0);
    assert!(gini(&[0, 0, 0, 20]) > 0.7);
}

#[test]
fn a_draft_question_comes_from_the_goal() {
    let goal = "Our k8s cluster keeps OOM-killing pods. We tried raising limits.";
    let understanding = understand(goal, &[], &[], &Learned::default());
    let draft = request_draft(goal, &understanding);
    assert_eq!(draft.title, "Our k8s cluster keeps OOM-killing pods.");
    assert_eq!(draft.body, goal);
    assert_eq!(draft.expertise, ["kubernetes", "site reliability"]);
}

#[test]
fn a_goal_written_in_spanish_prefers_mentors_who_speak_it_and_says_so() {
    let people = demo_candidates();
    let candidates: Vec<Candidate> = people.iter().map(|(_, c)| c.clone()).collect();
    let understanding =
        understand("Me ascendieron a líder técnico y no sé cómo delegar", &[], &[], &Learned::default());
    assert_eq!(understanding.languages, ["es"]);
    // A viewer who speaks English too: English alone no longer equals the goal's own language.
    let ranked = rank(&seeker(&understanding), &candidates, 5);
    assert_eq!(ranked.len(), 5);
    let speaks = |s: &&Scored| candidates[s.index].languages.contains(&"es".to_string());
    let speaking: Vec<&Scored> = ranked.iter().filter(speaks).collect();
    // The same goal, its language unread: fewer of the few Spanish speakers make the top five.
    let unread = Understanding { languages: Vec::new(), ..understanding.clone() };
    let before = rank(&seeker(&unread), &candidates, 5).iter().filter(speaks).count();
    assert!(speaking.len() > before, "{} of 5 speak Spanish, {before} without", speaking.len());
    for scored in speaking {
        assert!(
            scored.reasons.iter().any(|r| r.kind == ReasonKind::Language && r.text == "Speaks Spanish"),
            "{:?}",
            scored.reasons
        );
    }
}

#[test]
fn every_reason_reads_back_as_it_was_written() {
    let all = [
        ReasonWords::Knows { skill: "kubernetes".into(), written: Some("k8s".into()) },
        ReasonWords::Knows { skill: "rust".into(), written: None },
        ReasonWords::KnowsClose { skill: "sre".into(), close_to: None },
        ReasonWords::StageAimed { stage: CareerStage::ALL[0] },
        ReasonWords::StageAhead { stage: CareerStage::ALL[1] },
        ReasonWords::Speaks { language: "es".into() },
        ReasonWords::HoursOverlap { hours: 4, timezone: "Europe/Madrid".into() },
        ReasonWords::FreeWithinHour,
        ReasonWords::FreeWithinDays { days: 1 },
        ReasonWords::Answered { questions: 7 },
        ReasonWords::OutsideOrganization,
    ];
    let json = serde_json::to_string(&all).unwrap();
    assert!(json.contains(r#"{"says":"knows","skill":"kubernetes","written":"k8s"}"#), "{json}");
    assert_eq!(serde_json::from_str::<Vec<ReasonWords>>(&json).unwrap(), all);
    assert!(serde_json::from_str::<ReasonWords>(r#"{"says":"stage_aimed"}"#).is_err());
    assert_eq!(all[8].to_string(), "Free within a day");
    assert_eq!(all[2].to_string(), "Knows sre, close to what you asked");
}

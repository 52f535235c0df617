//! A day of heavy use for the insights benchmark, generated from its index: `sessions` held
//! sessions between `members` members of `scope` and people at 50 other organizations (members
//! mentor two in three, are mentored the rest), a question for every ten sessions and feedback on
//! every third. Only its tallies are stored; no session is made.

use crate::insights::tally::{DayFacts, Help, Question, Rating, Side};

const TAGS: [&str; 8] =
    ["rust", "kubernetes", "go", "product-management", "sql", "react", "leadership", "career"];

pub fn day(scope: &str, day: u32, sessions: u32, members: u32) -> DayFacts {
    let members = members.max(1);
    let member = |i: u32| Side {
        id: format!("{scope}:{}", (i.wrapping_mul(7919).wrapping_add(day.wrapping_mul(104_729))) % members),
        organization: Some(scope.to_string()),
        counted: true,
    };
    let other = |i: u32| Side {
        id: format!("other:{}:{i}", day % 97),
        organization: Some(format!("other{}.example", i % 50)),
        counted: true,
    };
    let sessions: Vec<Help> = (0..sessions)
        .map(|i| {
            if i % 3 == 2 {
                Help { mentor: other(i), mentee: member(i) }
            } else {
                Help { mentor: member(i), mentee: other(i) }
            }
        })
        .collect();
    let questions = (0..sessions.len() as u32 / 10)
        .map(|i| Question {
            asker: member(i * 13 + 1),
            tags: vec![TAGS[(i % 8) as usize].to_string()],
            hours_to_first_offer: (i % 4 != 0).then(|| f64::from(i % 30) / 2.0),
        })
        .collect();
    let ratings = sessions
        .iter()
        .step_by(3)
        .enumerate()
        .map(|(i, session)| Rating {
            rater: session.mentee.id.clone(),
            mentor: session.mentor.clone(),
            helpful: Some(i % 5 != 0),
            kudos: vec!["clear".to_string()],
        })
        .collect();
    DayFacts { answers: Vec::new(), sessions, questions, ratings }
}

//! What the scheduled job keeps per scope (an organization, or the network) and day: a count
//! and a distinct-people sketch per metric. A period's figures merge its days; nothing here
//! names anyone, and a sketch cannot be turned back into ids.

use std::collections::BTreeMap;

use super::people::People;

/// The scope of the whole network, beside organizations' domains.
pub const NETWORK: &str = "*";

/// One thing counted per day.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Metric {
    /// Held sessions with a member on either side; people: the members in them.
    Sessions,
    SessionsAsMentor,
    SessionsAsMentee,
    /// Sessions members gave to, and received from, people at other organizations.
    SessionsGiven,
    SessionsReceived,
    /// Accepted answers to members' questions; people: the askers.
    AnswersAsMentee,
    AnswersGiven,
    AnswersReceived,
    /// People: the other organizations members helped, and were helped by.
    OrganizationsHelped,
    OrganizationsHelpedBy,
    /// Questions members asked; people: the askers.
    Questions,
    /// Questions that had an offer; people: their askers.
    FirstOffer,
    /// How many first offers came after this many tenths of an hour (see [`hours_bucket`]).
    Hours(u32),
    /// Questions about a skill; people: the askers.
    Asked(String),
    /// Questions about a skill, in the network's scope only; people: the askers' organizations.
    AskedFrom(String),
    /// Feedback on sessions with member mentors; people: the mentees who gave it.
    Feedback,
    Rated,
    RatedHelpful,
    Kudos(String),
}

impl Metric {
    /// The metrics whose number of distinct people is itself shown (active mentees, organizations
    /// helped). For every other metric the people only decide whether a figure is shown, so a
    /// reader may take [`People::many`](super::people::People::many) for a large sketch.
    pub const PEOPLE_SHOWN: [Self; 4] = [
        Self::SessionsAsMentee,
        Self::AnswersAsMentee,
        Self::OrganizationsHelped,
        Self::OrganizationsHelpedBy,
    ];

    /// The metric's sketch as stored: whole where its number of people is shown, otherwise only
    /// as much as the five-people rule reads.
    pub fn stored_people(&self, people: &People) -> String {
        if Self::PEOPLE_SHOWN.contains(self) { people.encode() } else { people.encode_for_threshold() }
    }

    /// The metric's name in the database.
    pub fn key(&self) -> String {
        match self {
            Self::Sessions => "sessions".into(),
            Self::SessionsAsMentor => "sessions.as_mentor".into(),
            Self::SessionsAsMentee => "sessions.as_mentee".into(),
            Self::SessionsGiven => "sessions.given".into(),
            Self::SessionsReceived => "sessions.received".into(),
            Self::AnswersAsMentee => "answers.as_mentee".into(),
            Self::AnswersGiven => "answers.given".into(),
            Self::AnswersReceived => "answers.received".into(),
            Self::OrganizationsHelped => "organizations.helped".into(),
            Self::OrganizationsHelpedBy => "organizations.helped_by".into(),
            Self::Questions => "questions".into(),
            Self::FirstOffer => "first_offer".into(),
            Self::Hours(tenths) => format!("hours:{tenths}"),
            Self::Asked(tag) => format!("asked:{tag}"),
            Self::AskedFrom(tag) => format!("asked_from:{tag}"),
            Self::Feedback => "feedback".into(),
            Self::Rated => "rated".into(),
            Self::RatedHelpful => "rated.helpful".into(),
            Self::Kudos(tag) => format!("kudos:{tag}"),
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Some(match key {
            "sessions" => Self::Sessions,
            "sessions.as_mentor" => Self::SessionsAsMentor,
            "sessions.as_mentee" => Self::SessionsAsMentee,
            "sessions.given" => Self::SessionsGiven,
            "sessions.received" => Self::SessionsReceived,
            "answers.as_mentee" => Self::AnswersAsMentee,
            "answers.given" => Self::AnswersGiven,
            "answers.received" => Self::AnswersReceived,
            "organizations.helped" => Self::OrganizationsHelped,
            "organizations.helped_by" => Self::OrganizationsHelpedBy,
            "questions" => Self::Questions,
            "first_offer" => Self::FirstOffer,
            "feedback" => Self::Feedback,
            "rated" => Self::Rated,
            "rated.helpful" => Self::RatedHelpful,
            _ => match key.split_once(':')? {
                ("hours", tenths) => Self::Hours(tenths.parse().ok()?),
                ("asked", tag) if !tag.is_empty() => Self::Asked(tag.into()),
                ("asked_from", tag) if !tag.is_empty() => Self::AskedFrom(tag.into()),
                ("kudos", tag) if !tag.is_empty() => Self::Kudos(tag.into()),
                _ => return None,
            },
        })
    }
}

/// Hours to a first offer as a bucket in tenths of an hour: exact to the tenth within a day,
/// to the hour within ten days, to ten hours beyond, so that a year holds a few hundred buckets.
pub fn hours_bucket(hours: f64) -> u32 {
    let hours = hours.max(0.0);
    let tenths = if hours < 24.0 {
        (hours * 10.0).round()
    } else if hours < 240.0 {
        hours.round() * 10.0
    } else {
        (hours / 10.0).round() * 100.0
    };
    tenths.min(f64::from(u32::MAX)) as u32
}

/// A count, and the distinct people (or organizations) behind it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub count: u32,
    pub people: People,
}

impl Tally {
    pub fn merge(&mut self, other: &Self) {
        self.count = self.count.saturating_add(other.count);
        self.people.merge(&other.people);
    }
}

/// One scope's tallies for a day or, merged, for a period.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tallies(pub BTreeMap<Metric, Tally>);

impl Tallies {
    pub fn get(&self, metric: &Metric) -> Option<&Tally> {
        self.0.get(metric)
    }

    fn entry(&mut self, metric: Metric) -> &mut Tally {
        self.0.entry(metric).or_default()
    }

    /// One more of `metric`, by `person`.
    fn add(&mut self, metric: Metric, person: &str) {
        let tally = self.entry(metric);
        tally.count += 1;
        tally.people.insert(person);
    }

    pub fn merge(&mut self, other: &Self) {
        for (metric, tally) in &other.0 {
            self.entry(metric.clone()).merge(tally);
        }
    }
}

/// One side of a session or an answer: who, at which organization, and whether they count in
/// their organization's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub id: String,
    pub organization: Option<String>,
    pub counted: bool,
}

impl Side {
    /// Whether this person counts in `scope`: everyone in the network's, members who have not
    /// left their organization's figures in its own.
    fn member_of(&self, scope: &str) -> bool {
        scope == NETWORK || (self.counted && self.organization.as_deref() == Some(scope))
    }
}

/// A held session or an accepted answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Help {
    pub mentor: Side,
    pub mentee: Side,
}

impl Help {
    fn across(&self) -> bool {
        self.mentor.organization != self.mentee.organization
    }

    fn scopes(&self) -> impl Iterator<Item = &str> {
        [&self.mentor, &self.mentee].into_iter().filter_map(|side| side.organization.as_deref())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub asker: Side,
    pub tags: Vec<String>,
    pub hours_to_first_offer: Option<f64>,
}

/// A mentee's feedback on a session, which counts for the mentor's scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rating {
    pub rater: String,
    pub mentor: Side,
    pub helpful: Option<bool>,
    pub kudos: Vec<String>,
}

/// What happened on one day: sessions held (by start), answers accepted, questions asked (with
/// how long their first offer took), and feedback on that day's sessions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DayFacts {
    pub sessions: Vec<Help>,
    pub answers: Vec<Help>,
    pub questions: Vec<Question>,
    pub ratings: Vec<Rating>,
}

impl DayFacts {
    /// Puts `pseudonym(id)` where the facts name a person, before anything about them is
    /// sketched: given a keyed hash, the stored sketches cannot be tested against a guessed id
    /// by whoever reads the database alone. Each id is asked for once.
    pub fn pseudonymize(&mut self, known: &mut BTreeMap<String, String>, pseudonym: &dyn Fn(&str) -> String) {
        let mut swap = |id: &mut String| {
            let named = known.entry(std::mem::take(id)).or_insert_with_key(|id| pseudonym(id));
            id.clone_from(named);
        };
        for help in self.sessions.iter_mut().chain(self.answers.iter_mut()) {
            swap(&mut help.mentor.id);
            swap(&mut help.mentee.id);
        }
        for question in &mut self.questions {
            swap(&mut question.asker.id);
        }
        for rating in &mut self.ratings {
            swap(&mut rating.rater);
            swap(&mut rating.mentor.id);
        }
    }
}

/// The day's tallies of every scope the facts touch (the network and each organization), or of
/// `only` that scope.
pub fn tally(facts: &DayFacts, only: Option<&str>) -> BTreeMap<String, Tallies> {
    let mut scopes: BTreeMap<String, Tallies> = BTreeMap::new();
    let wanted = |scope: &str| only.is_none_or(|only| only == scope);
    let mut each = |scope: &str, record: &mut dyn FnMut(&str, &mut Tallies)| {
        if wanted(scope) {
            record(scope, scopes.entry(scope.to_string()).or_default());
        }
    };

    for (help, is_session) in
        facts.sessions.iter().map(|s| (s, true)).chain(facts.answers.iter().map(|a| (a, false)))
    {
        let involved: std::collections::BTreeSet<&str> =
            std::iter::once(NETWORK).chain(help.scopes()).collect();
        for scope in involved {
            each(scope, &mut |scope, tallies| record_help(tallies, help, scope, is_session));
        }
    }
    for question in &facts.questions {
        for scope in std::iter::once(NETWORK).chain(question.asker.organization.as_deref()) {
            each(scope, &mut |scope, tallies| {
                if question.asker.member_of(scope) {
                    record_question(tallies, question, scope);
                }
            });
        }
    }
    for rating in &facts.ratings {
        for scope in std::iter::once(NETWORK).chain(rating.mentor.organization.as_deref()) {
            each(scope, &mut |scope, tallies| {
                if rating.mentor.member_of(scope) {
                    record_rating(tallies, rating);
                }
            });
        }
    }
    scopes.retain(|_, tallies| !tallies.0.is_empty());
    scopes
}

fn record_help(tallies: &mut Tallies, help: &Help, scope: &str, is_session: bool) {
    let (mentor, mentee) = (help.mentor.member_of(scope), help.mentee.member_of(scope));
    if !mentor && !mentee {
        return;
    }
    let across = help.across();
    if is_session {
        let sessions = tallies.entry(Metric::Sessions);
        sessions.count += 1;
        for side in [(mentor, &help.mentor), (mentee, &help.mentee)].iter().filter(|(m, _)| *m) {
            sessions.people.insert(&side.1.id);
        }
        if mentor {
            tallies.add(Metric::SessionsAsMentor, &help.mentor.id);
        }
        if mentee {
            tallies.add(Metric::SessionsAsMentee, &help.mentee.id);
        }
    } else if mentee {
        tallies.add(Metric::AnswersAsMentee, &help.mentee.id);
    }
    if across && mentor {
        let metric = if is_session { Metric::SessionsGiven } else { Metric::AnswersGiven };
        tallies.add(metric, &help.mentor.id);
        if let Some(organization) = &help.mentee.organization {
            tallies.entry(Metric::OrganizationsHelped).people.insert(organization);
        }
    }
    if across && mentee {
        let metric = if is_session { Metric::SessionsReceived } else { Metric::AnswersReceived };
        tallies.add(metric, &help.mentee.id);
        if let Some(organization) = &help.mentor.organization {
            tallies.entry(Metric::OrganizationsHelpedBy).people.insert(organization);
        }
    }
}

fn record_question(tallies: &mut Tallies, question: &Question, scope: &str) {
    let asker = &question.asker.id;
    tallies.add(Metric::Questions, asker);
    for tag in &question.tags {
        tallies.add(Metric::Asked(tag.clone()), asker);
        // How widely a skill is asked about, so that a tag a few people invent is not
        // advertised to the whole network as wanted.
        if let (NETWORK, Some(organization)) = (scope, &question.asker.organization) {
            tallies.add(Metric::AskedFrom(tag.clone()), organization);
        }
    }
    if let Some(hours) = question.hours_to_first_offer {
        tallies.add(Metric::FirstOffer, asker);
        tallies.entry(Metric::Hours(hours_bucket(hours))).count += 1;
    }
}

fn record_rating(tallies: &mut Tallies, rating: &Rating) {
    tallies.add(Metric::Feedback, &rating.rater);
    if let Some(helpful) = rating.helpful {
        tallies.add(Metric::Rated, &rating.rater);
        if helpful {
            tallies.add(Metric::RatedHelpful, &rating.rater);
        }
    }
    for kudos in &rating.kudos {
        tallies.add(Metric::Kudos(kudos.clone()), &rating.rater);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(id: &str, organization: &str, counted: bool) -> Side {
        Side { id: id.into(), organization: Some(organization.into()), counted }
    }

    #[test]
    fn pseudonyms_count_the_same_people_and_name_none_of_them() {
        let help = |mentor: &str, mentee: &str| Help {
            mentor: side(mentor, "acme.com", true),
            mentee: side(mentee, "globex.com", true),
        };
        let mut facts = DayFacts {
            sessions: vec![help("ann", "bob"), help("ann", "cy"), help("dee", "bob")],
            questions: vec![Question {
                asker: side("bob", "globex.com", true),
                tags: vec!["rust".into()],
                hours_to_first_offer: None,
            }],
            ..DayFacts::default()
        };
        let before = tally(&facts, None);
        let mut known = BTreeMap::new();
        facts.pseudonymize(&mut known, &|id| format!("keyed-{}", id.len() * 7 + id.as_bytes()[0] as usize));
        assert_eq!(known.len(), 4, "each id asked for once");
        let text = format!("{facts:?}");
        assert!(!["\"ann\"", "\"bob\"", "\"cy\"", "\"dee\""].iter().any(|id| text.contains(id)), "{text}");
        let after = tally(&facts, None);
        let people = |tallies: &BTreeMap<String, Tallies>| -> Vec<(Metric, u32)> {
            tallies["*"].0.iter().map(|(metric, tally)| (metric.clone(), tally.people.count())).collect()
        };
        assert_eq!(people(&before), people(&after), "the same distinct people per figure");
    }

    #[test]
    fn metric_keys_read_back() {
        for metric in [
            Metric::Sessions,
            Metric::SessionsAsMentor,
            Metric::SessionsAsMentee,
            Metric::SessionsGiven,
            Metric::SessionsReceived,
            Metric::AnswersAsMentee,
            Metric::AnswersGiven,
            Metric::AnswersReceived,
            Metric::OrganizationsHelped,
            Metric::OrganizationsHelpedBy,
            Metric::Questions,
            Metric::FirstOffer,
            Metric::Hours(35),
            Metric::Asked("rust".into()),
            Metric::Feedback,
            Metric::Rated,
            Metric::RatedHelpful,
            Metric::Kudos("clear".into()),
        ] {
            assert_eq!(Metric::parse(&metric.key()), Some(metric));
        }
        for bad in ["", "asked:", "hours:x", "nothing"] {
            assert_eq!(Metric::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn large_sketches_are_stored_whole_only_where_their_people_are_shown() {
        let mut many = People::new();
        for i in 0..500 {
            many.insert(&format!("p{i}"));
        }
        assert_eq!(Metric::Sessions.stored_people(&many), "d");
        assert_eq!(People::decode(&Metric::SessionsAsMentee.stored_people(&many)), Some(many.clone()));
        let few = People::new();
        assert_eq!(Metric::Sessions.stored_people(&few), few.encode());
    }

    #[test]
    fn hours_are_kept_to_the_tenth_within_a_day_and_coarser_after() {
        assert_eq!(hours_bucket(1.26), 13);
        assert_eq!(hours_bucket(30.4), 300);
        assert_eq!(hours_bucket(512.0), 5100);
        assert_eq!(hours_bucket(-1.0), 0);
    }

    #[test]
    fn a_session_counts_for_the_network_and_for_each_side_that_counts_itself_in() {
        let facts = DayFacts {
            sessions: vec![Help {
                mentor: side("m", "acme.com", true),
                mentee: side("e", "globex.com", false),
            }],
            ..DayFacts::default()
        };
        let scopes = tally(&facts, None);
        assert_eq!(scopes.keys().collect::<Vec<_>>(), [NETWORK, "acme.com"], "globex's member left");
        let acme = &scopes["acme.com"];
        assert_eq!(acme.get(&Metric::SessionsGiven).map(|t| t.count), Some(1));
        assert_eq!(acme.get(&Metric::SessionsReceived), None);
        assert_eq!(acme.get(&Metric::OrganizationsHelped).map(|t| t.people.count()), Some(1));
        let network = &scopes[NETWORK];
        assert_eq!(network.get(&Metric::Sessions).map(|t| (t.count, t.people.count())), Some((1, 2)));
        assert_eq!(tally(&facts, Some("acme.com")).len(), 1);
    }

    #[test]
    fn questions_and_feedback_count_for_the_asker_and_the_mentor() {
        let facts = DayFacts {
            questions: vec![Question {
                asker: side("a", "acme.com", true),
                tags: vec!["rust".into()],
                hours_to_first_offer: Some(2.0),
            }],
            ratings: vec![Rating {
                rater: "e".into(),
                mentor: side("m", "acme.com", true),
                helpful: Some(true),
                kudos: vec!["clear".into()],
            }],
            ..DayFacts::default()
        };
        let acme = &tally(&facts, None)["acme.com"];
        for metric in [
            Metric::Questions,
            Metric::Asked("rust".into()),
            Metric::FirstOffer,
            Metric::Hours(20),
            Metric::Feedback,
            Metric::Rated,
            Metric::RatedHelpful,
            Metric::Kudos("clear".into()),
        ] {
            assert_eq!(acme.get(&metric).map(|t| t.count), Some(1), "{metric:?}");
        }
    }
}

//! Demo and benchmark people, generated deterministically from an index: the same index always
//! gives the same person, so loading twice changes nothing.

use crate::profile::{CareerStage, ProfileFields, Visibility};
use crate::request::{Audience, Format, NewRequest};

/// One generated person: a sign-in address and a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPerson {
    pub email: String,
    pub profile: ProfileFields,
}

const FIRST_NAMES: &[&str] = &[
    "Aiko",
    "Amara",
    "Ana",
    "Arjun",
    "Beatriz",
    "Chen",
    "Chioma",
    "Dmitri",
    "Elif",
    "Emeka",
    "Farah",
    "Hana",
    "Ingrid",
    "Isabel",
    "Jamal",
    "Jia",
    "Kavya",
    "Kofi",
    "Lars",
    "Leila",
    "Lucas",
    "Mai",
    "Mateo",
    "Mei",
    "Nadia",
    "Nikhil",
    "Noa",
    "Oluwaseun",
    "Omar",
    "Priya",
    "Rafael",
    "Rin",
    "Rosa",
    "Sagal",
    "Sami",
    "Santiago",
    "Sofia",
    "Tamar",
    "Tendai",
    "Thabo",
    "Valentina",
    "Wei",
    "Yara",
    "Yusuf",
    "Zanele",
    "Zoe",
];

const LAST_NAMES: &[&str] = &[
    "Abebe",
    "Adeyemi",
    "Andersen",
    "Bakr",
    "Banerjee",
    "Castillo",
    "Chen",
    "Costa",
    "Dlamini",
    "Eriksen",
    "Fernandes",
    "Garcia",
    "Gupta",
    "Haddad",
    "Ivanova",
    "Kim",
    "Kowalski",
    "Kuznetsov",
    "Lee",
    "Mensah",
    "Moreau",
    "Murphy",
    "Nakamura",
    "Nguyen",
    "Novak",
    "Okafor",
    "Oliveira",
    "Park",
    "Patel",
    "Rahman",
    "Rossi",
    "Sato",
    "Schmidt",
    "Shrestha",
    "Silva",
    "Singh",
    "Tanaka",
    "Torres",
    "Wang",
    "Yilmaz",
];

/// (domain, time zones its people work in). About 30 organizations.
const ORGANIZATIONS: &[(&str, &[&str])] = &[
    ("northwind.example", &["America/New_York", "America/Chicago"]),
    ("contoso.example", &["America/Los_Angeles", "America/Denver"]),
    ("fabrikam.example", &["Europe/London", "Europe/Dublin"]),
    ("globex.example", &["America/Sao_Paulo", "America/Argentina/Buenos_Aires"]),
    ("initech.example", &["America/Chicago", "America/Toronto"]),
    ("umbrella-labs.example", &["Europe/Berlin", "Europe/Zurich"]),
    ("tyrell-systems.example", &["Asia/Tokyo", "Asia/Seoul"]),
    ("wayne-finance.example", &["America/New_York", "Europe/London"]),
    ("stark-robotics.example", &["America/Los_Angeles", "Asia/Taipei"]),
    ("acme-cloud.example", &["Europe/Amsterdam", "Europe/Paris"]),
    ("bluth-health.example", &["America/Phoenix", "America/Mexico_City"]),
    ("soylent-foods.example", &["Europe/Madrid", "Europe/Lisbon"]),
    ("cyberdyne.example", &["Asia/Kolkata", "Asia/Dubai"]),
    ("hooli.example", &["America/Los_Angeles", "Asia/Kolkata"]),
    ("pied-piper.example", &["America/Los_Angeles"]),
    ("vandelay.example", &["America/New_York"]),
    ("massive-dynamic.example", &["Europe/Stockholm", "Europe/Helsinki"]),
    ("oscorp.example", &["America/New_York", "America/Bogota"]),
    ("gringotts-bank.example", &["Europe/London", "Africa/Lagos"]),
    ("monsters-inc.example", &["Australia/Sydney", "Australia/Lord_Howe"]),
    ("wonka-works.example", &["Europe/Warsaw", "Europe/Prague"]),
    ("dunder-paper.example", &["America/New_York", "America/Halifax"]),
    ("kathmandu-code.example", &["Asia/Kathmandu", "Asia/Kolkata"]),
    ("savanna-pay.example", &["Africa/Nairobi", "Africa/Johannesburg"]),
    ("kiwi-logistics.example", &["Pacific/Auckland", "Pacific/Chatham"]),
    ("lagos-fintech.example", &["Africa/Lagos", "Africa/Accra"]),
    ("seoul-games.example", &["Asia/Seoul", "Asia/Tokyo"]),
    ("jakarta-ride.example", &["Asia/Jakarta", "Asia/Singapore"]),
    ("cairo-data.example", &["Africa/Cairo", "Asia/Riyadh"]),
    ("andes-energy.example", &["America/Lima", "America/Santiago"]),
];

/// Free-mail and independent people: no organization.
const INDEPENDENT_ZONES: &[&str] = &[
    "Asia/Manila",
    "Europe/Istanbul",
    "America/Anchorage",
    "Pacific/Honolulu",
    "Asia/Karachi",
    "Asia/Dhaka",
];

const EXPERTISE: &[&str] = &[
    "rust",
    "go",
    "python",
    "typescript",
    "java",
    "kotlin",
    "swift",
    "c++",
    "react",
    "vue",
    "node.js",
    "kubernetes",
    "terraform",
    "aws",
    "gcp",
    "azure",
    "postgresql",
    "distributed systems",
    "databases",
    "security",
    "cryptography",
    "machine learning",
    "data engineering",
    "mlops",
    "site reliability",
    "observability",
    "ci/cd",
    "mobile",
    "ios",
    "android",
    "accessibility",
    "design systems",
    "ux research",
    "product management",
    "engineering management",
    "career change",
    "interviewing",
    "public speaking",
    "open source",
    "technical writing",
    "system design",
    "performance",
    "compilers",
    "embedded",
    "gamedev",
    "fintech",
    "healthtech",
    "startups",
    "fundraising",
    "negotiation",
    "leadership",
    "hiring",
    "remote work",
    "graphql",
    "api design",
    "testing",
    "webassembly",
    "networking",
    "linux",
];

const LANGUAGES: &[&str] = &[
    "en", "es", "pt", "fr", "de", "hi", "zh", "ja", "ko", "ar", "sw", "ne", "id", "tr", "ru", "it", "pl",
    "nl",
];

const ROLES: &[&str] = &[
    "Software engineer",
    "Backend engineer",
    "Frontend engineer",
    "Platform engineer",
    "Data scientist",
    "Security engineer",
    "Engineering manager",
    "Product manager",
    "Designer",
    "SRE",
    "Mobile engineer",
    "Data engineer",
    "Developer advocate",
    "Staff engineer",
    "CTO",
];

/// A small, fast, well-mixed generator (SplitMix64); enough for made-up people.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn percent(&mut self) -> u64 {
        self.next() % 100
    }
}

/// A question a demo mentee asked.
struct DemoQuestion {
    title: &'static str,
    body: &'static str,
    tags: &'static [&'static str],
    format: Format,
    audience: Audience,
    anonymous: bool,
}

const QUESTIONS: &[DemoQuestion] = &[
    DemoQuestion {
        title: "How do I get a 4,000-line pull request reviewed?",
        body: "My refactor touches **every module**. Reviewers keep postponing it.\n\n- Should I split it after the fact?\n- How do I keep `main` releasable meanwhile?",
        tags: &["open source", "ci/cd"],
        format: Format::Written,
        audience: Audience::Everyone,
        anonymous: false,
    },
    DemoQuestion {
        title: "Moving a Python service to Rust: where to start?",
        body: "We run a small **Python** API on Kubernetes. I'd like to port the hot path to Rust without a big-bang rewrite.",
        tags: &["rust", "python", "kubernetes"],
        format: Format::Either,
        audience: Audience::Everyone,
        anonymous: false,
    },
    DemoQuestion {
        title: "Asking for a raise after a reorg",
        body: "My scope doubled after a reorg but my title did not change. How do I bring it up with a new manager?",
        tags: &["engineering management", "career change"],
        format: Format::Call,
        audience: Audience::OutsideMyOrganization,
        anonymous: true,
    },
    DemoQuestion {
        title: "Preparing for a system design interview in two weeks",
        body: "I have two weeks. What would you practise first, and how do you structure the 45 minutes?",
        tags: &["interviewing", "distributed systems"],
        format: Format::Call,
        audience: Audience::Everyone,
        anonymous: false,
    },
    DemoQuestion {
        title: "Making our design system accessible",
        body: "Our components fail keyboard navigation in modals. Where do we start, and what do we test?",
        tags: &["accessibility", "design systems", "react"],
        format: Format::Written,
        audience: Audience::Everyone,
        anonymous: false,
    },
    DemoQuestion {
        title: "First conference talk: how do I pick a topic?",
        body: "I've never given a talk. Everything I know feels too obvious to present.",
        tags: &["public speaking", "technical writing"],
        format: Format::Either,
        audience: Audience::Everyone,
        anonymous: true,
    },
];

/// The question demo mentee number `index` asks, if any: about half of them ask one.
pub fn question(index: u64) -> Option<NewRequest> {
    let question = QUESTIONS.get((index % 12) as usize)?;
    Some(NewRequest {
        title: question.title.to_string(),
        body: question.body.to_string(),
        expertise: question.tags.iter().map(|tag| tag.to_string()).collect(),
        format: question.format,
        audience: question.audience,
        anonymous: question.anonymous,
        expires_in_days: Some(7 + (index % 7) as u32),
    })
}

/// Person number `index` of a set named `prefix` ("demo", "bench"…). Mentors unless `mentor`
/// is false. Addresses are at `.example` domains, which can never receive mail.
pub fn person(prefix: &str, index: u64, mentor: bool) -> DemoPerson {
    let mut rng = Rng::new(index.wrapping_mul(31).wrapping_add(u64::from(mentor)));
    let first = rng.pick(FIRST_NAMES);
    let last = rng.pick(LAST_NAMES);
    let independent = rng.percent() < 10;
    let (domain, timezone) = if independent {
        ("mail.example.net", rng.pick(INDEPENDENT_ZONES))
    } else {
        let (domain, zones) = ORGANIZATIONS[rng.below(ORGANIZATIONS.len())];
        (domain, rng.pick(zones))
    };
    let email = format!("{}.{}.{prefix}{index}@{domain}", first.to_lowercase(), last.to_lowercase());

    let stage = CareerStage::ALL[rng.below(CareerStage::ALL.len())];
    let role = rng.pick(ROLES);
    let mut expertise: Vec<String> = Vec::new();
    for _ in 0..3 + rng.below(5) {
        let tag = rng.pick(EXPERTISE).to_string();
        if !expertise.contains(&tag) {
            expertise.push(tag);
        }
    }
    let mut languages = vec!["en".to_string()];
    if rng.percent() < 55 {
        let other = rng.pick(LANGUAGES).to_string();
        if !languages.contains(&other) {
            languages.push(other);
        }
    }
    if rng.percent() < 15 {
        languages.retain(|l| l != "en");
        languages.push(rng.pick(LANGUAGES).to_string());
        languages.dedup();
    }
    let visibility = match rng.percent() {
        0..85 => Visibility::Public,
        85..95 => Visibility::Organization,
        _ => Visibility::Hidden,
    };
    let headline = format!("{} {}", stage.label(), role.to_lowercase());
    let bio = format!(
        "I'm a {} with a soft spot for **{}** and **{}**.\n\nHappy to help with:\n\n- {}\n- {}\n- career questions\n\n\
         I answer quickest when you tell me what you've tried already.",
        role.to_lowercase(),
        expertise[0],
        expertise.get(1).map_or("mentoring", String::as_str),
        expertise[0],
        expertise.last().map_or("code review", String::as_str),
    );
    DemoPerson {
        email,
        profile: ProfileFields {
            display_name: format!("{first} {last}"),
            headline,
            bio,
            expertise,
            languages,
            timezone: timezone.to_string(),
            career_stage: Some(stage),
            is_mentor: mentor,
            visibility,
            accepting_requests: rng.percent() < 80,
            weekly_capacity: 1 + rng.below(5) as u32,
            meeting_link: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{Email, organization_for};
    use crate::profile::{ProfileUpdate, parse_timezone};

    #[test]
    fn the_same_index_gives_the_same_person() {
        assert_eq!(person("demo", 7, true), person("demo", 7, true));
        assert_ne!(person("demo", 7, true).email, person("demo", 8, true).email);
    }

    #[test]
    fn generated_people_pass_every_profile_rule() {
        for index in 0..500 {
            let demo = person("demo", index, index % 10 != 0);
            let email = Email::parse(&demo.email).unwrap();
            let p = &demo.profile;
            let update = ProfileUpdate {
                display_name: Some(p.display_name.clone()),
                headline: Some(p.headline.clone()),
                bio: Some(p.bio.clone()),
                expertise: Some(p.expertise.clone()),
                languages: Some(p.languages.clone()),
                timezone: Some(p.timezone.clone()),
                ..ProfileUpdate::default()
            };
            let applied = ProfileFields::new_account().apply(update).unwrap();
            assert_eq!(applied.expertise, p.expertise, "{}", demo.email);
            assert_eq!(parse_timezone(&p.timezone).unwrap(), p.timezone);
            if !demo.email.ends_with("@mail.example.net") {
                assert!(organization_for(&email).is_some(), "{}", demo.email);
            }
        }
    }

    #[test]
    fn demo_people_span_organizations_zones_and_stages() {
        let people: Vec<_> = (0..300).map(|i| person("demo", i, true)).collect();
        let domains: std::collections::HashSet<_> =
            people.iter().map(|p| p.email.rsplit('@').next().unwrap().to_string()).collect();
        let zones: std::collections::HashSet<_> = people.iter().map(|p| p.profile.timezone.clone()).collect();
        let public = people.iter().filter(|p| p.profile.visibility == Visibility::Public).count();
        assert!(domains.len() >= 25, "{}", domains.len());
        assert!(zones.len() >= 30, "{}", zones.len());
        assert!(public > 200 && public < 300, "{public}");
    }

    #[test]
    fn demo_questions_are_valid_and_only_for_some() {
        let asked: Vec<_> = (0..12).filter_map(super::question).collect();
        assert_eq!(asked.len(), 6);
        let now = "2026-11-24T10:00:00Z".parse().unwrap();
        for question in asked {
            assert!(question.parse(Some("acme.example"), now).is_ok());
        }
    }
}

//! Demo and benchmark people, generated deterministically from an index: the same index always
//! gives the same person, so loading twice changes nothing.

mod questions;

// Native only: it reads the free-mail list compiled in.
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
pub mod insights;

use crate::booking::{AvailabilityInput, WeeklyWindowInput};
use crate::locale::Locale;
use crate::profile::{CareerStage, ProfileFields, Visibility};
use crate::request::{Audience, NewRequest};
use questions::QUESTIONS;

/// One generated person: a sign-in address and a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPerson {
    pub email: String,
    pub profile: ProfileFields,
    /// Mentors' weekly slots, so that a new user can book demo mentors.
    pub availability: Option<AvailabilityInput>,
    /// One mentor in ten is booked up for the coming week by demo mentees, so that the
    /// directory and matching show what a full mentor looks like.
    pub booked_up: bool,
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

const LANGUAGES: &[&str] = &[
    "en", "es", "pt", "fr", "de", "hi", "zh", "ja", "ko", "ar", "sw", "ne", "id", "tr", "ru", "it", "pl",
    "nl",
];

/// Roles and the skills people in them mentor in: a person's tags come from their role's list,
/// so a product manager is not a cryptographer by accident. Together they cover every tag.
const ROLES: &[(&str, &[&str])] = &[
    (
        "Software engineer",
        &["rust", "go", "python", "typescript", "java", "testing", "api design", "open source", "linux"],
    ),
    (
        "Backend engineer",
        &[
            "go",
            "java",
            "kotlin",
            "python",
            "node.js",
            "postgresql",
            "databases",
            "api design",
            "graphql",
            "distributed systems",
        ],
    ),
    (
        "Frontend engineer",
        &[
            "typescript",
            "react",
            "vue",
            "node.js",
            "accessibility",
            "design systems",
            "performance",
            "testing",
            "graphql",
            "webassembly",
        ],
    ),
    (
        "Platform engineer",
        &["kubernetes", "terraform", "aws", "gcp", "azure", "ci/cd", "linux", "networking"],
    ),
    ("Data scientist", &["python", "machine learning", "mlops", "data engineering", "databases"]),
    ("Security engineer", &["security", "cryptography", "networking", "linux", "rust", "fintech"]),
    (
        "Engineering manager",
        &["engineering management", "leadership", "hiring", "remote work", "interviewing", "negotiation"],
    ),
    (
        "Product manager",
        &["product management", "ux research", "startups", "fintech", "healthtech", "public speaking"],
    ),
    ("Product designer", &["ux research", "design systems", "accessibility", "product management", "mobile"]),
    (
        "Site reliability engineer",
        &["site reliability", "observability", "kubernetes", "linux", "performance", "aws", "ci/cd"],
    ),
    ("Mobile engineer", &["mobile", "ios", "android", "swift", "kotlin", "react", "testing"]),
    ("Android engineer", &["android", "kotlin", "mobile", "java", "testing"]),
    ("iOS engineer", &["ios", "swift", "mobile", "accessibility", "performance"]),
    ("Data engineer", &["data engineering", "postgresql", "databases", "python", "gcp", "aws", "mlops"]),
    (
        "Developer advocate",
        &["public speaking", "technical writing", "open source", "api design", "webassembly"],
    ),
    (
        "Staff engineer",
        &["system design", "distributed systems", "leadership", "performance", "technical writing", "go"],
    ),
    ("CTO", &["startups", "fundraising", "leadership", "hiring", "engineering management", "healthtech"]),
    ("Embedded engineer", &["embedded", "c++", "rust", "linux", "networking", "performance"]),
    ("Game developer", &["gamedev", "c++", "performance", "webassembly", "mobile"]),
    ("Compiler engineer", &["compilers", "rust", "c++", "webassembly", "performance"]),
    ("Founder", &["startups", "fundraising", "negotiation", "product management", "fintech", "hiring"]),
    ("Technical recruiter", &["hiring", "interviewing", "negotiation", "career change", "remote work"]),
    ("Career coach", &["career change", "interviewing", "negotiation", "public speaking", "leadership"]),
    (
        "Observability engineer",
        &["observability", "site reliability", "performance", "go", "distributed systems"],
    ),
    ("QA lead", &["testing", "ci/cd", "accessibility", "mobile", "leadership"]),
    ("Solutions architect", &["system design", "aws", "azure", "gcp", "api design", "security"]),
];

/// Every tag demo mentors may have.
pub fn tags() -> std::collections::BTreeSet<&'static str> {
    ROLES.iter().flat_map(|(_, skills)| skills.iter().copied()).chain(ANY_ROLE.iter().copied()).collect()
}

/// Skills anyone may add beside their role's: what people ask about whatever they do.
const ANY_ROLE: &[&str] =
    &["career change", "interviewing", "public speaking", "remote work", "open source", "leadership"];

/// Bio sentences; `{role}`, `{s1}`, `{s2}`, `{years}`, `{place}` are filled in per person.
const OPENERS: &[&str] = &[
    "I've been a {role} for {years} years, most of them deep in {s1}.",
    "{Role} by day. I picked up {s1} {years} years ago and never put it down.",
    "I work as a {role} and spend most weeks on {s1} and {s2}.",
    "After {years} years as a {role}, {s1} is the thing people still ask me about.",
    "I'm a {role} in {place}; {s1} and {s2} are my daily bread.",
    "{years} years of {s1}, the last few as a {role}.",
    "I lead {s1} work as a {role}, and I remember how confusing it was at the start.",
    "I came to {s1} sideways and have been a {role} for {years} years since.",
];

const MIDDLES: &[&str] = &[
    "Ask me about {s2}: I've made most of the mistakes already.",
    "Lately I've been helping people with {s2}, and I enjoy it more than I expected.",
    "I'm happiest untangling a concrete {s2} problem in fifteen minutes.",
    "I review a lot of {s2} work and can point out what usually goes wrong.",
    "I can help you decide what to learn next in {s2} and what to skip.",
    "People often bring me {s2} questions they were afraid were too basic. They never are.",
];

const CLOSERS: &[&str] = &[
    "Bring one concrete question and we'll make the fifteen minutes count.",
    "I answer quickest when you tell me what you've tried already.",
    "Happy to look at a draft, a diagram or a stack trace before we talk.",
    "Written questions are welcome too; I reply within a couple of days.",
    "If my slots don't fit, post an open question and I'll likely see it.",
    "I mentor because someone once did it for me.",
];

const HEADLINES: &[&str] =
    &["{stage} {role}", "{Role} · {s1} and {s2}", "{stage} {role}, {s1}", "{Role} helping with {s1}"];

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

/// The question demo mentee number `index` asks, if any. Someone with no organization asks
/// everyone what others ask their own organization.
pub fn question(index: u64, has_organization: bool) -> Option<NewRequest> {
    // Four in five ask one; the first 60 mentees ask 48 different questions.
    if index % 5 == 4 {
        return None;
    }
    let question = &QUESTIONS[((index - index / 5) % QUESTIONS.len() as u64) as usize];
    Some(NewRequest {
        title: question.title.to_string(),
        body: question.body.to_string(),
        expertise: question.tags.iter().map(|tag| tag.to_string()).collect(),
        format: question.format,
        audience: match question.audience {
            Audience::MyOrganization if !has_organization => Audience::Everyone,
            audience => audience,
        },
        anonymous: question.anonymous,
        expires_in_days: Some(7 + (index % 7) as u32),
        mentor_id: None,
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
    // Roles in turn, so that every role, and so every tag, has people.
    let (role, skills) = ROLES[(index % ROLES.len() as u64) as usize];
    // Successive people in a role start further along its list, so each of its tags has people.
    let start = (index / ROLES.len() as u64) as usize * 3;
    let mut expertise: Vec<String> =
        (0..3 + rng.below(3)).map(|i| skills[(start + i) % skills.len()].to_string()).collect();
    expertise.dedup();
    if rng.percent() < 50 {
        expertise.rotate_left(1);
    }
    if rng.percent() < 30 {
        let tag = rng.pick(ANY_ROLE).to_string();
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
    let years = (2 + rng.below(20)).to_string();
    let place = timezone.rsplit('/').next().unwrap_or(timezone).replace('_', " ");
    let fill = |template: &str| {
        template
            .replace("{Role}", role)
            .replace("{role}", &role.to_lowercase())
            .replace("{stage}", stage.label())
            .replace("{s1}", &expertise[0])
            .replace("{s2}", expertise.get(1).map_or("career questions", String::as_str))
            .replace("{years}", &years)
            .replace("{place}", &place)
    };
    let headline = fill(rng.pick(HEADLINES));
    let helps: Vec<String> = expertise.iter().map(|tag| format!("- {tag}")).collect();
    let bio = format!(
        "{} {}\n\nHappy to help with:\n\n{}\n\n{}",
        fill(rng.pick(OPENERS)),
        fill(rng.pick(MIDDLES)),
        helps.join("\n"),
        fill(rng.pick(CLOSERS)),
    );
    let weekly_capacity = 1 + rng.below(5) as u32;
    let availability = mentor.then(|| availability(&mut rng, weekly_capacity));
    DemoPerson {
        email,
        profile: ProfileFields {
            display_name: format!("{first} {last}"),
            headline,
            bio,
            expertise,
            timezone: timezone.to_string(),
            career_stage: Some(stage),
            is_mentor: mentor,
            visibility,
            accepting_requests: rng.percent() < 80,
            weekly_capacity,
            meeting_link: None,
            // The last language they list that Quarterhour speaks: the demo has readers of each.
            locale: languages.iter().rev().find_map(|code| Locale::for_range(code)),
            languages,
        },
        availability,
        booked_up: mentor && index % 10 == BOOKED_UP_REMAINDER,
    }
}

/// Mentors whose index leaves this remainder by 10 are booked up.
const BOOKED_UP_REMAINDER: u64 = 7;

/// Weekly windows within the person's working hours (a few also in the evening), in their own
/// zone, capped at their weekly capacity.
fn availability(rng: &mut Rng, weekly_capacity: u32) -> AvailabilityInput {
    const WEEKDAYS: [&str; 5] = ["mon", "tue", "wed", "thu", "fri"];
    const WINDOWS: [(&str, &str); 6] = [
        ("09:00", "10:00"),
        ("10:30", "11:30"),
        ("12:00", "13:00"),
        ("14:00", "15:00"),
        ("15:30", "16:30"),
        ("16:30", "17:30"),
    ];
    let mut weekly = Vec::new();
    let first_day = rng.below(WEEKDAYS.len());
    for offset in 0..2 + rng.below(3) {
        let (start, end) = WINDOWS[rng.below(WINDOWS.len())];
        weekly.push(WeeklyWindowInput {
            weekday: WEEKDAYS[(first_day + offset * 2) % WEEKDAYS.len()].to_string(),
            start: start.to_string(),
            end: end.to_string(),
        });
    }
    if rng.percent() < 20 {
        weekly.push(WeeklyWindowInput {
            weekday: WEEKDAYS[rng.below(WEEKDAYS.len())].to_string(),
            start: "19:00".to_string(),
            end: "20:30".to_string(),
        });
    }
    AvailabilityInput {
        timezone: None,
        weekly,
        one_off: Vec::new(),
        blocked_dates: Vec::new(),
        min_notice_minutes: 120,
        horizon_days: 21,
        buffer_minutes: if rng.percent() < 30 { 15 } else { 0 },
        max_per_day: (rng.percent() < 25).then_some(1),
        max_per_week: Some(weekly_capacity),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{Email, MailDomains, organization_for};
    use crate::profile::{ProfileUpdate, parse_timezone};

    #[test]
    fn the_same_index_gives_the_same_person() {
        assert_eq!(person("demo", 7, true), person("demo", 7, true));
        assert_ne!(person("demo", 7, true).email, person("demo", 8, true).email);
    }

    #[test]
    fn the_demo_has_readers_of_every_language() {
        let chosen: std::collections::BTreeSet<_> =
            (0..300).filter_map(|index| person("demo", index, true).profile.locale).collect();
        assert_eq!(chosen, Locale::ALL.into_iter().collect());
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
            if let Some(locale) = p.locale {
                assert!(
                    p.languages.iter().any(|code| Locale::for_range(code) == Some(locale)),
                    "{}",
                    demo.email
                );
            }
            if !demo.email.ends_with("@mail.example.net") {
                assert!(organization_for(&email, MailDomains::bundled()).is_some(), "{}", demo.email);
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
    fn demo_questions_are_valid_varied_and_only_for_some() {
        let now = "2026-11-24T10:00:00Z".parse().unwrap();
        let mut titles = std::collections::HashSet::new();
        let mut asked = 0;
        for index in 0..60 {
            // As the seed asks them: each mentee from their own address's organization, or none.
            let mentee = person("demo", index, false);
            let organization =
                organization_for(&Email::parse(&mentee.email).unwrap(), MailDomains::bundled())
                    .map(|o| o.domain);
            let Some(question) = super::question(index, organization.is_some()) else { continue };
            asked += 1;
            titles.insert(question.title.clone());
            let title = question.title.clone();
            assert!(question.parse(organization.as_deref(), now).is_ok(), "{title}");
        }
        assert_eq!(asked, 48);
        assert!(titles.len() >= 40, "{}", titles.len());
    }

    fn demo_mentors() -> Vec<DemoPerson> {
        (0..300).map(|i| person("demo", i, true)).collect()
    }

    #[test]
    fn every_tag_has_at_least_five_demo_mentors_whose_role_fits_it() {
        let mentors = demo_mentors();
        let tags: std::collections::BTreeSet<&str> = ROLES
            .iter()
            .flat_map(|(_, skills)| skills.iter().copied())
            .chain(ANY_ROLE.iter().copied())
            .collect();
        for tag in tags {
            let count = mentors.iter().filter(|m| m.profile.expertise.iter().any(|t| t == tag)).count();
            assert!(count >= 5, "{tag}: {count}");
        }
        for mentor in &mentors {
            let (_, skills) = ROLES
                .iter()
                .find(|(role, _)| mentor.profile.bio.to_lowercase().contains(&role.to_lowercase()))
                .expect("the role is named");
            let fitting = mentor.profile.expertise.iter().filter(|t| skills.contains(&t.as_str())).count();
            assert!(fitting + 1 >= mentor.profile.expertise.len(), "{:?}", mentor.profile);
        }
    }

    #[test]
    fn demo_bios_and_headlines_are_not_one_template() {
        let mentors = demo_mentors();
        let bios: std::collections::HashSet<_> = mentors.iter().map(|m| m.profile.bio.as_str()).collect();
        assert_eq!(bios.len(), mentors.len(), "no two bios are identical");
        let openings: std::collections::HashSet<_> = mentors
            .iter()
            .map(|m| m.profile.bio.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
            .collect();
        assert!(openings.len() >= 50, "{}", openings.len());
        let headlines: std::collections::HashSet<_> =
            mentors.iter().map(|m| m.profile.headline.as_str()).collect();
        assert!(headlines.len() >= 150, "{}", headlines.len());
    }

    #[test]
    fn demo_mentors_have_bookable_slots_in_their_own_working_hours() {
        let now: jiff::Timestamp = "2026-11-24T10:00:00Z".parse().unwrap();
        let week = now + jiff::SignedDuration::from_hours(7 * 24);
        let mut with_slots = 0;
        for mentor in demo_mentors() {
            let input = mentor.availability.clone().expect("mentors offer slots");
            let (_, rules) = input.parse(&mentor.profile.timezone, mentor.profile.weekly_capacity).unwrap();
            let slots = crate::slots::free_slots(&rules, &[], now, now, week);
            if !slots.is_empty() {
                with_slots += 1;
            }
            let zone = jiff::tz::TimeZone::get(&mentor.profile.timezone).unwrap();
            for slot in slots {
                let local = slot.start.to_zoned(zone.clone());
                assert!((9..21).contains(&local.hour()), "{} at {local}", mentor.email);
            }
        }
        assert!(with_slots >= 285, "{with_slots} of 300");
        assert!(person("demo", 1, false).availability.is_none(), "mentees offer none");
    }
}

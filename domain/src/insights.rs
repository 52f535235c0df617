//! Insights an organization can trust and no individual has to fear: the privacy rules every
//! figure passes (at least 5 distinct people, counts rounded down to a multiple of 5, one more
//! part suppressed where a total and all but one part would show), and the wire shape.

pub mod people;
pub mod tally;

use serde::{Deserialize, Serialize};

use crate::error::ApiError;
use people::People;
use tally::{Metric, Tallies};

/// No figure is shown that fewer distinct people than this make.
pub const MIN_PEOPLE: u32 = 5;

/// Counts are shown as multiples of this.
pub const ROUND_TO: u32 = 5;

/// `GET`/`PUT /api/me/insights-preference`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct InsightsPreference {
    /// "Count my activity in my organization's insights"; on by default.
    pub count_in_organization_insights: bool,
}

/// The periods an insights answer covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Period {
    #[serde(rename = "30d")]
    Days30,
    #[serde(rename = "90d")]
    Days90,
    #[serde(rename = "365d")]
    Days365,
}

impl Period {
    pub fn parse(raw: Option<&str>) -> Result<Self, ApiError> {
        match raw.unwrap_or("90d") {
            "30d" => Ok(Self::Days30),
            "90d" => Ok(Self::Days90),
            "365d" => Ok(Self::Days365),
            _ => Err(ApiError::invalid_parameter("period", "Use 30d, 90d or 365d.")),
        }
    }

    pub const fn days(self) -> i64 {
        match self {
            Self::Days30 => 30,
            Self::Days90 => 90,
            Self::Days365 => 365,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Days30 => "30d",
            Self::Days90 => "90d",
            Self::Days365 => "365d",
        }
    }
}

/// One figure as shown: a value, or null and suppressed (never saying whether it was 0 or 4).
/// Times (medians) under the threshold are suppressed the same way: "not enough sessions yet".
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Figure {
    pub value: Option<f64>,
    pub suppressed: bool,
}

impl Figure {
    pub const SUPPRESSED: Self = Self { value: None, suppressed: true };

    fn shown(value: f64) -> Self {
        Self { value: Some(value), suppressed: false }
    }

    pub fn is_shown(self) -> bool {
        !self.suppressed
    }
}

/// A count rounded down to a multiple of [`ROUND_TO`].
pub const fn rounded(count: u32) -> u32 {
    count - count % ROUND_TO
}

/// A count made by `people` distinct people: suppressed below [`MIN_PEOPLE`], rounded otherwise.
pub fn count(count: u32, people: u32) -> Figure {
    if people < MIN_PEOPLE { Figure::SUPPRESSED } else { Figure::shown(f64::from(rounded(count))) }
}

/// A count of people themselves.
pub fn people(people: u32) -> Figure {
    count(people, people)
}

/// A share (0–1, two decimals) over `people` distinct people.
pub fn share(part: u32, whole: u32, people: u32) -> Figure {
    if people < MIN_PEOPLE || whole == 0 {
        return Figure::SUPPRESSED;
    }
    Figure::shown((f64::from(part) / f64::from(whole) * 100.0).round() / 100.0)
}

/// The median of values given as (value, how many times) in increasing order, each from one
/// of `people` distinct people, to one decimal.
pub fn median(buckets: &[(f64, u32)], people: u32) -> Figure {
    let n: u32 = buckets.iter().map(|(_, times)| times).sum();
    if people < MIN_PEOPLE || n == 0 {
        return Figure::SUPPRESSED;
    }
    let nth = |k: u32| {
        let mut seen = 0;
        buckets
            .iter()
            .find(|(_, times)| {
                seen += times;
                seen > k
            })
            .map_or(0.0, |(value, _)| *value)
    };
    let median = if n.is_multiple_of(2) { (nth(n / 2 - 1) + nth(n / 2)) / 2.0 } else { nth(n / 2) };
    Figure::shown((median * 10.0).round() / 10.0)
}

/// Where a total is shown and exactly one of its parts is suppressed, the part could be worked
/// out from the others: the smallest part still shown is suppressed too.
pub fn protect_parts(total: Figure, parts: &mut [Figure]) {
    let suppressed = parts.iter().filter(|part| part.suppressed).count();
    if !total.is_shown() || suppressed != 1 {
        return;
    }
    let smallest = parts
        .iter_mut()
        .filter(|part| part.is_shown())
        .min_by(|a, b| a.value.unwrap_or(0.0).total_cmp(&b.value.unwrap_or(0.0)));
    if let Some(part) = smallest {
        *part = Figure::SUPPRESSED;
    }
}

/// What one scope's figures for a period are made of: its days' tallies merged, each month's,
/// and its mentors now (mentoring is a standing choice, not an event of the period).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Totals {
    pub period: Tallies,
    /// The months of the period, oldest first, with their tallies.
    pub months: Vec<(String, Tallies)>,
    /// Member mentors, and how many of them mentor in each skill.
    pub mentors: u32,
    pub supply: Vec<(String, u32)>,
}

impl Totals {
    /// Adds one stored row: a metric's tally on a day (`2026-12-03`).
    pub fn add(&mut self, day: &str, metric: Metric, tally: &tally::Tally) {
        let mut tallies = Tallies::default();
        tallies.0.insert(metric, tally.clone());
        self.add_day(day, &tallies);
    }

    /// Adds one day's tallies (`2026-12-03`) to the period and to its month, which must be one
    /// of [`Totals::months`].
    pub fn add_day(&mut self, day: &str, tallies: &Tallies) {
        self.period.merge(tallies);
        let month = day.get(..7).unwrap_or(day);
        if let Some((_, of_month)) = self.months.iter_mut().find(|(m, _)| m == month) {
            of_month.merge(tallies);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Participation {
    pub mentors: Figure,
    pub active_mentees: Figure,
    pub sessions_held: Figure,
    pub sessions_as_mentor: Figure,
    pub sessions_as_mentee: Figure,
    pub questions_asked: Figure,
    pub questions_answered: Figure,
    pub median_hours_to_first_offer: Figure,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AcrossCompanies {
    /// Sessions and answers members gave to people at other organizations.
    pub sessions_given: Figure,
    pub answers_given: Figure,
    /// Sessions and answers members received from people at other organizations.
    pub sessions_received: Figure,
    pub answers_received: Figure,
    /// Distinct other organizations members helped, and were helped by.
    pub organizations_helped: Figure,
    pub organizations_helped_by: Figure,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SkillFigure {
    pub tag: String,
    pub figure: Figure,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Skills {
    /// Skills members asked about (questions from at least 5 people), most asked first.
    pub demand: Vec<SkillFigure>,
    /// Skills members mentor in (at least 5 mentors), most mentors first.
    pub supply: Vec<SkillFigure>,
    /// Skills in demand that no member mentors.
    pub gaps: Vec<String>,
    /// The most requested skills with the fewest mentors.
    pub mentors_wanted: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Quality {
    /// Share of rated sessions with member mentors that were rated helpful.
    pub helpful_share: Figure,
    pub kudos: Vec<SkillFigure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthFigures {
    pub month: String,
    pub sessions_held: Figure,
    pub questions_answered: Figure,
}

/// `GET /api/organizations/{domain}/insights`, `GET /api/insights`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Insights {
    /// The organization's domain, or `network`.
    pub scope: String,
    /// The organization's name, as its members call it (null for the network).
    #[serde(default)]
    pub organization_name: Option<String>,
    pub period: Period,
    pub since: String,
    pub until: String,
    /// Figures from fewer distinct people than this are suppressed.
    pub min_people: u32,
    /// Counts are rounded down to a multiple of this.
    pub rounded_to: u32,
    pub participation: Participation,
    pub across_companies: AcrossCompanies,
    pub skills: Skills,
    /// Absent until sessions have feedback.
    pub quality: Option<Quality>,
    pub trend: Vec<MonthFigures>,
}

fn figure(tallies: &Tallies, metric: &Metric) -> Figure {
    tallies.get(metric).map_or(Figure::SUPPRESSED, |tally| count(tally.count, tally.people.count()))
}

/// The distinct people behind several metrics together.
fn people_of(tallies: &Tallies, metrics: &[Metric]) -> u32 {
    let mut union = People::new();
    for tally in metrics.iter().filter_map(|metric| tallies.get(metric)) {
        union.merge(&tally.people);
    }
    union.count()
}

/// Counts per tag (`Asked` or `Kudos`), each with the distinct people behind it, most first,
/// then by name.
fn per_tag(tallies: &Tallies, tag_of: fn(&Metric) -> Option<&str>) -> Vec<(String, u32, u32)> {
    let mut counted: Vec<(String, u32, u32)> = tallies
        .0
        .iter()
        .filter_map(|(metric, tally)| Some((tag_of(metric)?.to_string(), tally.count, tally.people.count())))
        .collect();
    crate::order::sort_by(&mut counted, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counted
}

/// The median hours to a first offer, from the period's buckets.
fn median_hours(tallies: &Tallies) -> Figure {
    let buckets: Vec<(f64, u32)> = tallies
        .0
        .iter()
        .filter_map(|(metric, tally)| match metric {
            Metric::Hours(tenths) => Some((f64::from(*tenths) / 10.0, tally.count)),
            _ => None,
        })
        .collect();
    let people = tallies.get(&Metric::FirstOffer).map_or(0, |tally| tally.people.count());
    median(&buckets, people)
}

/// Puts the published helpful share in `insights`: computed from the counts last published
/// (`crate::wrapup::published_counts`), so that one more rating in the scope never moves it.
/// Returns the counts to publish from now on.
pub fn publish_helpful_share(
    insights: &mut Insights,
    totals: &Totals,
    published: Option<(u32, u32)>,
) -> Option<(u32, u32)> {
    let t = &totals.period;
    let rated = t.get(&Metric::Rated)?;
    let helpful = t.get(&Metric::RatedHelpful).map_or(0, |tally| tally.count);
    let counts = crate::wrapup::published_counts(published, helpful, rated.count)?;
    if let Some(quality) = insights.quality.as_mut()
        && quality.helpful_share.is_shown()
    {
        let shown = share(counts.0, counts.1, rated.people.count());
        quality.helpful_share = Figure { value: shown.value.map(|v| (v * 10.0).round() / 10.0), ..shown };
    }
    Some(counts)
}

/// The scope name of the network's figures.
pub const NETWORK_NAME: &str = "network";

/// Organizations whose people must have asked about a tag outside the knowledge base before the
/// network shows it as wanted.
pub const WANTED_FROM_ORGANIZATIONS: u32 = 3;

/// Skills shown per list.
const SKILLS_SHOWN: usize = 12;

/// The figures for one scope and period, every one through the privacy rules above.
pub fn compute(scope: &str, period: Period, since: &str, until: &str, totals: &Totals) -> Insights {
    let t = &totals.period;
    let sessions_held = figure(t, &Metric::Sessions);
    let mut parts = [figure(t, &Metric::SessionsAsMentor), figure(t, &Metric::SessionsAsMentee)];
    protect_parts(sessions_held, &mut parts);
    let participation = Participation {
        mentors: people(totals.mentors),
        active_mentees: people(people_of(t, &[Metric::SessionsAsMentee, Metric::AnswersAsMentee])),
        sessions_held,
        sessions_as_mentor: parts[0],
        sessions_as_mentee: parts[1],
        questions_asked: figure(t, &Metric::Questions),
        questions_answered: figure(t, &Metric::AnswersAsMentee),
        median_hours_to_first_offer: median_hours(t),
    };

    // A number of organizations is a count of what distinct members did.
    let organizations = |organizations: Metric, members: [Metric; 2]| {
        let distinct = t.get(&organizations).map_or(0, |tally| tally.people.count());
        count(distinct, people_of(t, &members))
    };
    let across_companies = AcrossCompanies {
        sessions_given: figure(t, &Metric::SessionsGiven),
        answers_given: figure(t, &Metric::AnswersGiven),
        sessions_received: figure(t, &Metric::SessionsReceived),
        answers_received: figure(t, &Metric::AnswersReceived),
        organizations_helped: organizations(
            Metric::OrganizationsHelped,
            [Metric::SessionsGiven, Metric::AnswersGiven],
        ),
        organizations_helped_by: organizations(
            Metric::OrganizationsHelpedBy,
            [Metric::SessionsReceived, Metric::AnswersReceived],
        ),
    };

    let demand = per_tag(t, |metric| match metric {
        Metric::Asked(tag) => Some(tag),
        _ => None,
    });
    let mut supply = totals.supply.clone();
    crate::order::sort_by(&mut supply, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mentors_of = |tag: &str| supply.iter().find(|(t, _)| t == tag).map_or(0, |(_, mentors)| *mentors);
    let asked: Vec<&(String, u32, u32)> =
        demand.iter().filter(|(_, _, people)| *people >= MIN_PEOPLE).collect();
    let organizations_asking = per_tag(t, |metric| match metric {
        Metric::AskedFrom(tag) => Some(tag),
        _ => None,
    });
    // Wanted skills are shown as an invitation to mentor them: the knowledge base's skills, and
    // tags that many people ask about, not ones a handful of people made up. In the network's
    // scope "many" means from several organizations.
    let worth_asking_for = |tag: &str| {
        crate::matching::knowledge::skill_index(tag).is_some()
            || scope != NETWORK_NAME
            || organizations_asking
                .iter()
                .any(|(t, _, organizations)| t == tag && *organizations >= WANTED_FROM_ORGANIZATIONS)
    };
    let mut wanted: Vec<(&str, u32, u32)> = asked
        .iter()
        .filter(|(tag, _, _)| worth_asking_for(tag))
        .map(|(tag, n, _)| (tag.as_str(), *n, mentors_of(tag)))
        .collect();
    crate::order::sort_by(&mut wanted, |a, b| {
        a.2.cmp(&b.2).then_with(|| b.1.cmp(&a.1)).then_with(|| a.0.cmp(b.0))
    });
    let skills = Skills {
        demand: asked
            .iter()
            .take(SKILLS_SHOWN)
            .map(|(tag, n, people)| SkillFigure { tag: tag.clone(), figure: count(*n, *people) })
            .collect(),
        supply: supply
            .iter()
            .filter(|(_, mentors)| *mentors >= MIN_PEOPLE)
            .take(SKILLS_SHOWN)
            .map(|(tag, mentors)| SkillFigure { tag: tag.clone(), figure: people(*mentors) })
            .collect(),
        gaps: wanted
            .iter()
            .filter(|(_, _, mentors)| *mentors == 0)
            .map(|(tag, _, _)| tag.to_string())
            .collect(),
        mentors_wanted: wanted.iter().take(5).map(|(tag, _, _)| tag.to_string()).collect(),
    };

    let quality = t.get(&Metric::Feedback).filter(|feedback| feedback.count > 0).map(|_| {
        let rated = t.get(&Metric::Rated);
        let helpful = t.get(&Metric::RatedHelpful).map_or(0, |tally| tally.count);
        let kudos = per_tag(t, |metric| match metric {
            Metric::Kudos(tag) => Some(tag),
            _ => None,
        });
        Quality {
            helpful_share: rated
                .map_or(Figure::SUPPRESSED, |rated| share(helpful, rated.count, rated.people.count())),
            kudos: kudos
                .into_iter()
                .filter(|(_, _, people)| *people >= MIN_PEOPLE)
                .map(|(tag, n, people)| SkillFigure { tag, figure: count(n, people) })
                .collect(),
        }
    });

    let trend = totals
        .months
        .iter()
        .map(|(month, tallies)| MonthFigures {
            month: month.clone(),
            sessions_held: figure(tallies, &Metric::Sessions),
            questions_answered: figure(tallies, &Metric::AnswersAsMentee),
        })
        .collect();

    Insights {
        scope: scope.to_string(),
        organization_name: None,
        period,
        since: since.to_string(),
        until: until.to_string(),
        min_people: MIN_PEOPLE,
        rounded_to: ROUND_TO,
        participation,
        across_companies,
        skills,
        quality,
        trend,
    }
}

/// The months (`2026-12`, UTC) from `since` up to `until`, oldest first.
pub fn months(since: jiff::Timestamp, until: jiff::Timestamp) -> Vec<String> {
    let utc = jiff::tz::TimeZone::UTC;
    let last = until.to_zoned(utc.clone()).date().first_of_month();
    let mut month = since.to_zoned(utc).date().first_of_month();
    let mut months = Vec::new();
    while month <= last {
        months.push(month.strftime("%Y-%m").to_string());
        month = match month.checked_add(jiff::Span::new().months(1)) {
            Ok(next) => next,
            Err(_) => break,
        };
    }
    months
}

/// A text cell of a CSV file. Text a spreadsheet would run as a formula (starting with `=`,
/// `+`, `-` or `@`, or a tab or carriage return before one) gets a leading `'`, so that it
/// stays text; a cell holding a comma, quote or line break is quoted.
pub fn csv_text_cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
}

/// The same figures as CSV (`section,figure,value`), suppressed cells empty. Figures are
/// numbers, written as they are; names (skills people typed) are text cells.
pub fn to_csv(insights: &Insights) -> String {
    let mut csv = String::from("section,figure,value\n");
    let mut row = |section: &str, name: &str, figure: Figure| {
        let value = figure.value.map(|v| v.to_string()).unwrap_or_default();
        csv.push_str(&format!("{section},{},{value}\n", csv_text_cell(name)));
    };
    let p = &insights.participation;
    for (name, figure) in [
        ("mentors", p.mentors),
        ("active_mentees", p.active_mentees),
        ("sessions_held", p.sessions_held),
        ("sessions_as_mentor", p.sessions_as_mentor),
        ("sessions_as_mentee", p.sessions_as_mentee),
        ("questions_asked", p.questions_asked),
        ("questions_answered", p.questions_answered),
        ("median_hours_to_first_offer", p.median_hours_to_first_offer),
    ] {
        row("participation", name, figure);
    }
    let a = &insights.across_companies;
    for (name, figure) in [
        ("sessions_given", a.sessions_given),
        ("answers_given", a.answers_given),
        ("sessions_received", a.sessions_received),
        ("answers_received", a.answers_received),
        ("organizations_helped", a.organizations_helped),
        ("organizations_helped_by", a.organizations_helped_by),
    ] {
        row("across_companies", name, figure);
    }
    for skill in &insights.skills.demand {
        row("skills_demand", &skill.tag, skill.figure);
    }
    for skill in &insights.skills.supply {
        row("skills_supply", &skill.tag, skill.figure);
    }
    if let Some(quality) = &insights.quality {
        row("quality", "helpful_share", quality.helpful_share);
        for kudos in &quality.kudos {
            row("quality_kudos", &kudos.tag, kudos.figure);
        }
    }
    for month in &insights.trend {
        row("trend_sessions_held", &month.month, month.sessions_held);
        row("trend_questions_answered", &month.month, month.questions_answered);
    }
    csv
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fewer_than_five_people_suppress_and_never_say_zero_or_four() {
        for people in 0..5 {
            assert_eq!(count(17, people), Figure::SUPPRESSED);
        }
        assert_eq!(people(4), people(0), "4 and 0 look the same");
        assert_eq!(count(7, 5).value, Some(5.0));
        assert_eq!(count(8, 7).value, Some(5.0), "one more session by one person changes nothing here");
        assert_eq!(count(10, 7).value, Some(10.0));
        assert_eq!(people(7).value, Some(5.0));
    }

    #[test]
    fn shares_and_medians_need_five_people() {
        assert_eq!(share(3, 4, 4), Figure::SUPPRESSED);
        assert_eq!(share(4, 6, 6).value, Some(0.67));
        let buckets = [(1.0, 1), (2.0, 1), (3.0, 1), (10.0, 1)];
        assert_eq!(median(&buckets, 4), Figure::SUPPRESSED);
        assert_eq!(median(&[(1.0, 1), (2.0, 1), (3.0, 1), (5.0, 1), (10.0, 1)], 5).value, Some(3.0));
        assert_eq!(median(&[(1.0, 1), (2.0, 1), (4.0, 1), (10.0, 1)], 5).value, Some(3.0));
        assert_eq!(median(&[(1.0, 3), (8.0, 1)], 5).value, Some(1.0), "a bucket counts as often as it holds");
    }

    #[test]
    fn a_lone_suppressed_part_takes_the_smallest_shown_one_with_it() {
        let total = count(30, 12);
        let mut parts = [count(20, 8), count(10, 2), count(10, 6)];
        protect_parts(total, &mut parts);
        assert_eq!(parts.iter().filter(|p| p.suppressed).count(), 2);
        assert!(parts[0].is_shown(), "the larger part stays");
        let mut two = [count(20, 8), Figure::SUPPRESSED, Figure::SUPPRESSED];
        protect_parts(total, &mut two);
        assert!(two[0].is_shown(), "two suppressed parts already hide each other");
        let mut hidden_total = [count(20, 8), Figure::SUPPRESSED];
        protect_parts(Figure::SUPPRESSED, &mut hidden_total);
        assert!(hidden_total[0].is_shown());
    }

    #[test]
    fn periods_default_to_90_days_and_refuse_others() {
        assert_eq!(Period::parse(None).unwrap(), Period::Days90);
        assert_eq!(Period::parse(Some("30d")).unwrap().days(), 30);
        assert_eq!(Period::parse(Some("7d")).unwrap_err().field.as_deref(), Some("period"));
    }

    use tally::{DayFacts, Help, Question, Side, tally};

    fn side(id: &str, organization: &str, counted: bool) -> Side {
        Side { id: id.into(), organization: Some(organization.into()), counted }
    }

    /// A session an acme.com member gave someone at globex.com.
    fn session(mentor: &str, mentee: &str) -> Help {
        Help { mentor: side(mentor, "acme.com", true), mentee: side(mentee, "globex.com", true) }
    }

    /// The period October to November, with these facts on one November day.
    fn totals(scope: &str, november: &DayFacts, mentors: u32) -> Totals {
        let mut totals = Totals {
            months: vec![("2026-10".into(), Tallies::default()), ("2026-11".into(), Tallies::default())],
            mentors,
            supply: vec![("rust".to_string(), mentors)],
            ..Totals::default()
        };
        if let Some(day) = tally(november, Some(scope)).get(scope) {
            totals.add_day("2026-11-12", day);
        }
        totals
    }

    fn members(n: usize) -> DayFacts {
        DayFacts {
            sessions: (0..n).map(|i| session(&format!("m{i}"), &format!("x{i}"))).collect(),
            ..DayFacts::default()
        }
    }

    fn acme(facts: &DayFacts, mentors: u32) -> Insights {
        compute("acme.com", Period::Days90, "a", "b", &totals("acme.com", facts, mentors))
    }

    #[test]
    fn four_members_show_nothing_and_seven_show_rounded_counts() {
        let four = acme(&members(4), 4);
        let p = &four.participation;
        for figure in [
            p.mentors,
            p.active_mentees,
            p.sessions_held,
            p.sessions_as_mentor,
            p.sessions_as_mentee,
            p.questions_asked,
            p.questions_answered,
            p.median_hours_to_first_offer,
        ] {
            assert_eq!(figure, Figure::SUPPRESSED);
        }
        assert_eq!(four.across_companies.sessions_given, Figure::SUPPRESSED);

        let seven = acme(&members(7), 7);
        assert_eq!(seven.participation.sessions_held.value, Some(5.0));
        assert_eq!(seven.participation.mentors.value, Some(5.0));
        assert_eq!(seven.across_companies.sessions_given.value, Some(5.0));
        assert_eq!(seven.across_companies.organizations_helped.value, Some(0.0), "1, rounded down");
        assert_eq!(seven.participation.sessions_as_mentee, Figure::SUPPRESSED, "no member was a mentee");
        assert_eq!(seven.participation.sessions_as_mentor, Figure::SUPPRESSED, "total minus the other part");
        assert_eq!(seven.skills.supply, vec![SkillFigure { tag: "rust".into(), figure: people(7) }]);
        assert_eq!(seven.trend[0].sessions_held, Figure::SUPPRESSED, "no one in October");
        assert_eq!(seven.trend[1].sessions_held.value, Some(5.0));
    }

    #[test]
    fn one_more_session_by_one_person_changes_no_figure() {
        let before = acme(&members(7), 7);
        let mut more = members(7);
        more.sessions.push(session("m0", "x9"));
        let after = acme(&more, 7);
        assert_eq!(before.participation, after.participation);
        assert_eq!(before.across_companies, after.across_companies);
        assert_eq!(before.trend, after.trend);
    }

    #[test]
    fn members_who_left_the_figures_are_not_counted() {
        let mut facts = members(5);
        facts.sessions[0].mentor.counted = false;
        let insights = acme(&facts, 5);
        assert_eq!(insights.participation.sessions_held, Figure::SUPPRESSED, "four members left");
        let network = compute("network", Period::Days90, "a", "b", &totals(tally::NETWORK, &facts, 5));
        assert_eq!(network.participation.sessions_held.value, Some(5.0), "the network counts everyone");
    }

    #[test]
    fn days_merge_into_a_period_counting_people_once() {
        // The same five members, one session each on two days: 10 sessions by 5 people.
        let day = members(5);
        let mut totals = totals("acme.com", &day, 5);
        totals.add_day("2026-11-13", &tally(&day, Some("acme.com"))["acme.com"]);
        let insights = compute("acme.com", Period::Days90, "a", "b", &totals);
        assert_eq!(insights.participation.sessions_held.value, Some(10.0));
        assert_eq!(insights.trend[1].sessions_held.value, Some(10.0));
        let as_mentor = totals.period.get(&Metric::SessionsAsMentor).unwrap();
        assert_eq!((as_mentor.count, as_mentor.people.count()), (10, 5));
    }

    #[test]
    fn mentors_wanted_are_asked_most_and_mentored_least() {
        let question = |asker: &str, tag: &str, hours: Option<f64>| Question {
            asker: side(asker, "acme.com", true),
            tags: vec![tag.into()],
            hours_to_first_offer: hours,
        };
        let mut facts = members(5);
        for i in 0..6 {
            facts.questions.push(question(&format!("a{i}"), "rust", Some(f64::from(i))));
            facts.questions.push(question(&format!("a{i}"), "kubernetes", None));
        }
        facts.questions.push(question("a0", "cobol", None));
        let insights = compute("network", Period::Days30, "a", "b", &totals(tally::NETWORK, &facts, 5));
        assert_eq!(insights.skills.gaps, vec!["kubernetes".to_string()], "cobol: fewer than 5 askers");
        assert_eq!(insights.skills.mentors_wanted, vec!["kubernetes".to_string(), "rust".to_string()]);
        assert_eq!(insights.participation.questions_asked.value, Some(10.0));
        assert_eq!(insights.participation.median_hours_to_first_offer.value, Some(2.5), "0..5 hours");
    }

    #[test]
    fn the_network_wants_mentors_only_for_known_skills_or_tags_asked_across_organizations() {
        let question = |asker: &str, organization: &str, tag: &str| Question {
            asker: side(asker, organization, true),
            tags: vec![tag.into()],
            hours_to_first_offer: None,
        };
        let mut facts = members(5);
        for i in 0..6 {
            // Six people of one organization make a tag up; six of two others another one.
            facts.questions.push(question(&format!("a{i}"), "acme.com", "dur408630243"));
            let organization = if i % 2 == 0 { "globex.com" } else { "initech.com" };
            facts.questions.push(question(&format!("b{i}"), organization, "zz-two-places"));
            facts.questions.push(question(&format!("c{i}"), "acme.com", "kubernetes"));
        }
        let wanted = |facts: &DayFacts| {
            compute(NETWORK_NAME, Period::Days30, "a", "b", &totals(tally::NETWORK, facts, 5))
                .skills
                .mentors_wanted
        };
        assert_eq!(wanted(&facts), ["kubernetes"], "a known skill needs no spread");
        for i in 0..5 {
            facts.questions.push(question(&format!("d{i}"), &format!("org{i}.com"), "zz-two-places"));
        }
        assert_eq!(
            wanted(&facts),
            ["zz-two-places", "kubernetes"],
            "asked from three organizations and more"
        );
    }

    #[test]
    fn months_cover_the_period_and_csv_leaves_suppressed_cells_empty() {
        let since: jiff::Timestamp = "2026-10-20T00:00:00Z".parse().unwrap();
        let until: jiff::Timestamp = "2026-12-02T00:00:00Z".parse().unwrap();
        assert_eq!(months(since, until), ["2026-10", "2026-11", "2026-12"]);
        let csv = to_csv(&acme(&members(4), 4));
        assert!(csv.starts_with("section,figure,value\n"), "{csv}");
        assert!(csv.contains("participation,sessions_held,\n"), "{csv}");
        let csv = to_csv(&acme(&members(7), 7));
        assert!(csv.contains("participation,sessions_held,5\n"), "{csv}");
    }

    #[test]
    fn csv_text_that_a_spreadsheet_would_run_stays_text() {
        for (text, cell) in [
            ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("=1,2", "\"'=1,2\""),
            ("rust", "rust"),
            ("c++", "c++"),
            ("a,b", "\"a,b\""),
            ("", ""),
        ] {
            assert_eq!(csv_text_cell(text), cell, "{text:?}");
        }
    }

    #[test]
    fn csv_numbers_keep_their_sign_and_skill_names_are_neutralised() {
        let mut insights = acme(&members(7), 7);
        insights.participation.mentors.value = Some(-1.5);
        let tag = |tag: &str| SkillFigure { tag: tag.into(), figure: insights.participation.sessions_held };
        insights.skills.demand = vec![tag("=cmd|' /C calc'!A0"), tag("-rust")];
        let csv = to_csv(&insights);
        assert!(csv.contains("participation,mentors,-1.5\n"), "{csv}");
        assert!(csv.contains("skills_demand,'=cmd|' /C calc'!A0,5\n"), "{csv}");
        assert!(csv.contains("skills_demand,'-rust,5\n"), "{csv}");
    }
}

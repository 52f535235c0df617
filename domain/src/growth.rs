//! A person's growth record: the sessions and answers they gave and received, their own notes
//! and next steps, what came of them and the kudos they earned, by month, and the same as a
//! Markdown document for a career review. Other people appear by display name only.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::booking::Side;
use crate::outcome::OutcomeStatus;
use crate::time::rfc3339;
use crate::wrapup::{KudosCount, SubjectKind};

/// One session or answer, as gathered for the viewer.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthItem {
    pub kind: SubjectKind,
    pub subject_id: String,
    /// The viewer's side: a mentor gave, a mentee received.
    pub role: Side,
    /// The session's start, or when the answer was accepted.
    pub at: Timestamp,
    /// The other person's display name (for an anonymous asker, "Anonymous").
    pub with: String,
    pub title: String,
    pub skills: Vec<String>,
    /// The viewer's own private note.
    pub private_note: String,
    /// The viewer's own next steps.
    pub next_steps: Vec<String>,
    pub kudos_received: Vec<String>,
    /// What the other wrote to the viewer.
    pub note_received: String,
    /// The mentee's outcome: the viewer's own, or one a mentee shared with the viewer.
    pub outcome: Option<(OutcomeStatus, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GrowthOutcome {
    pub status: OutcomeStatus,
    /// The status in words.
    pub label: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GrowthEntry {
    pub kind: SubjectKind,
    pub subject_id: String,
    /// `mentor` (given) or `mentee` (received).
    pub role: Side,
    pub at: String,
    pub with: String,
    pub title: String,
    pub skills: Vec<String>,
    pub private_note: String,
    pub next_steps: Vec<String>,
    pub kudos_received: Vec<String>,
    pub note_received: String,
    pub outcome: Option<GrowthOutcome>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GrowthMonth {
    /// `2026-12`, in the viewer's zone.
    pub month: String,
    /// `December 2026`.
    pub label: String,
    pub entries: Vec<GrowthEntry>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GrowthTotals {
    pub sessions_given: u32,
    pub sessions_received: u32,
    pub answers_given: u32,
    pub answers_received: u32,
    pub outcomes_done: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SkillCount {
    pub tag: String,
    pub count: u32,
}

/// `GET /api/me/growth`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Growth {
    /// The zone months and days are in: the viewer's.
    pub timezone: String,
    pub totals: GrowthTotals,
    pub kudos_received: Vec<KudosCount>,
    pub skills: Vec<SkillCount>,
    /// Newest month first, each newest first.
    pub months: Vec<GrowthMonth>,
}

fn counted(tags: impl Iterator<Item = String>) -> Vec<(String, u32)> {
    let mut counts: Vec<(String, u32)> = Vec::new();
    for tag in tags {
        match counts.iter_mut().find(|(seen, _)| *seen == tag) {
            Some((_, n)) => *n += 1,
            None => counts.push((tag, 1)),
        }
    }
    crate::order::sort_by(&mut counts, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}

/// Builds the record from what was gathered, months and days in `zone`.
pub fn build(mut items: Vec<GrowthItem>, zone: &str) -> Growth {
    let tz = crate::zones::get_or_utc(zone);
    crate::order::sort_by(&mut items, |a, b| b.at.cmp(&a.at).then_with(|| a.subject_id.cmp(&b.subject_id)));
    let mut totals = GrowthTotals::default();
    for item in &items {
        let count = match (item.kind, item.role) {
            (SubjectKind::Booking, Side::Mentor) => &mut totals.sessions_given,
            (SubjectKind::Booking, Side::Mentee) => &mut totals.sessions_received,
            (SubjectKind::Request, Side::Mentor) => &mut totals.answers_given,
            (SubjectKind::Request, Side::Mentee) => &mut totals.answers_received,
        };
        *count += 1;
        if item.role == Side::Mentee && item.outcome.as_ref().is_some_and(|(s, _)| *s == OutcomeStatus::Done)
        {
            totals.outcomes_done += 1;
        }
    }
    let kudos_received = counted(items.iter().flat_map(|item| item.kudos_received.clone()))
        .into_iter()
        .map(|(tag, count)| KudosCount { tag, count })
        .collect();
    let skills = counted(items.iter().flat_map(|item| item.skills.clone()))
        .into_iter()
        .map(|(tag, count)| SkillCount { tag, count })
        .collect();
    let mut months: Vec<GrowthMonth> = Vec::new();
    for item in items {
        let local = item.at.to_zoned(tz.clone());
        let month = local.strftime("%Y-%m").to_string();
        let entry = GrowthEntry {
            kind: item.kind,
            subject_id: item.subject_id,
            role: item.role,
            at: rfc3339(item.at),
            with: item.with,
            title: item.title,
            skills: item.skills,
            private_note: item.private_note,
            next_steps: item.next_steps,
            kudos_received: item.kudos_received,
            note_received: item.note_received,
            outcome: item.outcome.map(|(status, note)| GrowthOutcome {
                status,
                label: status.label().to_string(),
                note,
            }),
        };
        match months.last_mut().filter(|last| last.month == month) {
            Some(last) => last.entries.push(entry),
            None => months.push(GrowthMonth {
                month,
                label: local.strftime("%B %Y").to_string(),
                entries: vec![entry],
            }),
        }
    }
    Growth { timezone: zone.to_string(), totals, kudos_received, skills, months }
}

/// Text written by people, made safe to put inside a line of Markdown: one line, no markup.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.split_whitespace().collect::<Vec<_>>().join(" ").chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Several lines of someone's text, quoted so that none of it becomes a heading or a list.
fn quoted(text: &str) -> String {
    text.lines().map(|line| format!("> {}\n", inline(line))).collect()
}

/// The growth record's document in one language: its sentences, and how it writes a date and a
/// list. [`English`] is the API's; the app has one for each language it speaks.
pub trait RecordWords {
    /// "Growth record: A new user".
    fn title(&self, name: &str) -> String;
    /// "From Quarterhour, 20 December 2026. Days are in Europe/Berlin."
    fn made(&self, date: &str, zone: &str) -> String;
    /// The day the document is made (RFC 3339 in, as every instant on the wire): "20 December 2026".
    fn date(&self, at: &str, zone: &str) -> String;
    /// An entry's day: "Tue 1 Dec 2026".
    fn day(&self, at: &str, zone: &str) -> String;
    fn summary(&self) -> String;
    /// The summary's lines: "Mentoring given: 2 sessions and 1 written answer", ….
    fn totals(&self, totals: &GrowthTotals) -> Vec<String>;
    /// A kudos' name: "well prepared".
    fn kudos_name(&self, tag: &str) -> String;
    fn kudos_received(&self, list: &str) -> String;
    fn skills_involved(&self, list: &str) -> String;
    fn nothing_yet(&self) -> String;
    /// A month's heading: "December 2026".
    fn month(&self, month: &GrowthMonth) -> String;
    /// "Session I gave: …", "Answer I received: …".
    fn entry(&self, kind: SubjectKind, role: Side, title: &str) -> String;
    /// "Tue 1 Dec 2026, for A new user" (a mentor's side) or ", from …" (a mentee's).
    fn when(&self, role: Side, day: &str, with: &str) -> String;
    fn skills(&self, list: &str) -> String;
    /// "Outcome: Acted on it: Sent it", the note left out when empty.
    fn outcome(&self, status: OutcomeStatus, note: &str) -> String;
    fn kudos(&self, list: &str) -> String;
    fn next_steps(&self) -> String;
    fn my_notes(&self) -> String;
    /// "A new user wrote:".
    fn wrote(&self, who: &str) -> String;
    /// Items joined: "rust, go".
    fn list(&self, items: &[String]) -> String;
}

/// The document in English, as `GET /api/me/growth.md` sends it.
pub struct English;

/// An instant in `zone`, written with `format`; nothing for an instant that does not parse.
fn local(at: &str, zone: &str, format: &str) -> String {
    at.parse::<Timestamp>()
        .map(|at| at.to_zoned(crate::zones::get_or_utc(zone)).strftime(format).to_string())
        .unwrap_or_default()
}

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl RecordWords for English {
    fn title(&self, name: &str) -> String {
        format!("Growth record: {name}")
    }
    fn made(&self, date: &str, zone: &str) -> String {
        format!("From Quarterhour, {date}. Days are in {zone}.")
    }
    fn date(&self, at: &str, zone: &str) -> String {
        local(at, zone, "%-d %B %Y")
    }
    fn day(&self, at: &str, zone: &str) -> String {
        local(at, zone, "%a %-d %b %Y")
    }
    fn summary(&self) -> String {
        "Summary".into()
    }
    fn totals(&self, t: &GrowthTotals) -> Vec<String> {
        vec![
            format!(
                "Mentoring given: {} and {}",
                plural(t.sessions_given, "session", "sessions"),
                plural(t.answers_given, "written answer", "written answers")
            ),
            format!(
                "Mentoring received: {} and {}",
                plural(t.sessions_received, "session", "sessions"),
                plural(t.answers_received, "answer", "answers")
            ),
            format!("Acted on: {}", plural(t.outcomes_done, "piece of advice", "pieces of advice")),
        ]
    }
    fn kudos_name(&self, tag: &str) -> String {
        tag.replace('_', " ")
    }
    fn kudos_received(&self, list: &str) -> String {
        format!("Kudos received: {list}")
    }
    fn skills_involved(&self, list: &str) -> String {
        format!("Skills involved: {list}")
    }
    fn nothing_yet(&self) -> String {
        "Nothing here yet: sessions and answers appear once they have taken place.".into()
    }
    fn month(&self, month: &GrowthMonth) -> String {
        month.label.clone()
    }
    fn entry(&self, kind: SubjectKind, role: Side, title: &str) -> String {
        let what = match (kind, role) {
            (SubjectKind::Booking, Side::Mentor) => "Session I gave",
            (SubjectKind::Booking, Side::Mentee) => "Session I had",
            (SubjectKind::Request, Side::Mentor) => "Question I answered",
            (SubjectKind::Request, Side::Mentee) => "Answer I received",
        };
        format!("{what}: {title}")
    }
    fn when(&self, role: Side, day: &str, with: &str) -> String {
        match role {
            Side::Mentor => format!("{day}, for {with}"),
            Side::Mentee => format!("{day}, from {with}"),
        }
    }
    fn skills(&self, list: &str) -> String {
        format!("Skills: {list}")
    }
    fn outcome(&self, status: OutcomeStatus, note: &str) -> String {
        match note {
            "" => format!("Outcome: {}", status.label()),
            note => format!("Outcome: {}: {note}", status.label()),
        }
    }
    fn kudos(&self, list: &str) -> String {
        format!("Kudos: {list}")
    }
    fn next_steps(&self) -> String {
        "Next steps:".into()
    }
    fn my_notes(&self) -> String {
        "My notes:".into()
    }
    fn wrote(&self, who: &str) -> String {
        format!("{who} wrote:")
    }
    fn list(&self, items: &[String]) -> String {
        items.join(", ")
    }
}

/// The record as a Markdown document for a performance review or development plan, in `words`'
/// language. What people wrote is put in as text ([`inline`], [`quoted`]), never as markup.
pub fn to_markdown(growth: &Growth, name: &str, generated_at: &str, words: &impl RecordWords) -> String {
    let zone = growth.timezone.as_str();
    let mut md = format!(
        "# {}\n\n{}\n\n## {}\n\n",
        words.title(&inline(name)),
        words.made(&words.date(generated_at, zone), zone),
        words.summary(),
    );
    for line in words.totals(&growth.totals) {
        md.push_str(&format!("- {line}\n"));
    }
    if !growth.kudos_received.is_empty() {
        let kudos: Vec<String> = growth
            .kudos_received
            .iter()
            .map(|k| format!("{} ×{}", words.kudos_name(&k.tag), k.count))
            .collect();
        md.push_str(&format!("- {}\n", words.kudos_received(&words.list(&kudos))));
    }
    if !growth.skills.is_empty() {
        let skills: Vec<String> =
            growth.skills.iter().map(|s| format!("{} ({})", inline(&s.tag), s.count)).collect();
        md.push_str(&format!("- {}\n", words.skills_involved(&words.list(&skills))));
    }
    if growth.months.is_empty() {
        md.push_str(&format!("\n{}\n", words.nothing_yet()));
    }
    for month in &growth.months {
        md.push_str(&format!("\n## {}\n", words.month(month)));
        for entry in &month.entries {
            let day = words.day(&entry.at, zone);
            md.push_str(&format!(
                "\n### {}\n\n- {}\n",
                words.entry(entry.kind, entry.role, &inline(&entry.title)),
                words.when(entry.role, &day, &inline(&entry.with)),
            ));
            if !entry.skills.is_empty() {
                let skills: Vec<String> = entry.skills.iter().map(|s| inline(s)).collect();
                md.push_str(&format!("- {}\n", words.skills(&words.list(&skills))));
            }
            if let Some(outcome) = &entry.outcome {
                md.push_str(&format!("- {}\n", words.outcome(outcome.status, &inline(&outcome.note))));
            }
            if !entry.kudos_received.is_empty() {
                let kudos: Vec<String> = entry.kudos_received.iter().map(|k| words.kudos_name(k)).collect();
                md.push_str(&format!("- {}\n", words.kudos(&words.list(&kudos))));
            }
            if !entry.next_steps.is_empty() {
                md.push_str(&format!("- {}\n", words.next_steps()));
                for step in &entry.next_steps {
                    md.push_str(&format!("  - {}\n", inline(step)));
                }
            }
            if !entry.private_note.is_empty() {
                md.push_str(&format!("\n{}\n\n{}", words.my_notes(), quoted(&entry.private_note)));
            }
            if !entry.note_received.is_empty() {
                md.push_str(&format!(
                    "\n{}\n\n{}",
                    words.wrote(&inline(&entry.with)),
                    quoted(&entry.note_received)
                ));
            }
        }
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: SubjectKind, role: Side, at: &str, title: &str) -> GrowthItem {
        GrowthItem {
            kind,
            subject_id: format!("{title}-id"),
            role,
            at: at.parse().unwrap(),
            with: "A new user".into(),
            title: title.into(),
            skills: vec!["kubernetes".into()],
            private_note: String::new(),
            next_steps: Vec::new(),
            kudos_received: Vec::new(),
            note_received: String::new(),
            outcome: None,
        }
    }

    #[test]
    fn months_follow_the_viewers_zone_newest_first() {
        let items = vec![
            item(SubjectKind::Booking, Side::Mentee, "2026-11-30T23:30:00Z", "late in November UTC"),
            item(SubjectKind::Request, Side::Mentor, "2026-10-02T10:00:00Z", "October"),
        ];
        let utc = build(items.clone(), "UTC");
        assert_eq!(utc.months.iter().map(|m| m.month.as_str()).collect::<Vec<_>>(), ["2026-11", "2026-10"]);
        let tokyo = build(items, "Asia/Tokyo");
        assert_eq!(tokyo.months[0].month, "2026-12");
        assert_eq!(tokyo.months[0].label, "December 2026");
        assert_eq!(
            tokyo.totals,
            GrowthTotals { sessions_received: 1, answers_given: 1, ..GrowthTotals::default() }
        );
        assert_eq!(tokyo.skills, vec![SkillCount { tag: "kubernetes".into(), count: 2 }]);
    }

    #[test]
    fn kudos_are_counted_most_first() {
        let mut a = item(SubjectKind::Booking, Side::Mentor, "2026-11-01T10:00:00Z", "a");
        a.kudos_received = vec!["kind".into(), "clear".into()];
        let mut b = item(SubjectKind::Booking, Side::Mentor, "2026-11-02T10:00:00Z", "b");
        b.kudos_received = vec!["clear".into()];
        let growth = build(vec![a, b], "UTC");
        assert_eq!(
            growth.kudos_received,
            vec![KudosCount { tag: "clear".into(), count: 2 }, KudosCount { tag: "kind".into(), count: 1 }]
        );
        assert_eq!(growth.months[0].entries[0].title, "b");
    }

    #[test]
    fn the_document_has_notes_steps_and_outcomes_and_no_markup_from_people() {
        let mut session =
            item(SubjectKind::Booking, Side::Mentee, "2026-12-01T10:00:00Z", "# Promotion *packet*");
        session.with = "A [new](http://x) user".into();
        session.private_note = "Lead with impact\n# not a heading".into();
        session.next_steps = vec!["Draft the packet".into()];
        session.outcome = Some((OutcomeStatus::Done, "Sent it to my manager".into()));
        session.kudos_received = vec!["well_prepared".into()];
        session.note_received = "Great questions".into();
        let growth = build(vec![session], "Europe/Berlin");
        let md = to_markdown(&growth, "A new user", "2026-12-20T09:00:00Z", &English);
        assert!(md.starts_with("# Growth record: A new user\n\nFrom Quarterhour, 20 December 2026."), "{md}");
        assert!(md.contains("## December 2026"), "{md}");
        assert!(md.contains("### Session I had: \\# Promotion \\*packet\\*"), "{md}");
        assert!(md.contains("- Tue 1 Dec 2026, from A \\[new\\](http://x) user"), "{md}");
        assert!(md.contains("- Outcome: Acted on it: Sent it to my manager"), "{md}");
        assert!(md.contains("  - Draft the packet"), "{md}");
        assert!(md.contains("> \\# not a heading"), "{md}");
        assert!(md.contains("- Kudos: well prepared"), "{md}");
        assert!(md.contains("- Acted on: 1 piece of advice"), "{md}");
        assert!(!md.contains('@'), "no addresses: {md}");
    }

    #[test]
    fn an_empty_record_says_so() {
        let md = to_markdown(&build(Vec::new(), "UTC"), "A new user", "2026-12-20T09:00:00Z", &English);
        assert!(md.contains("Nothing here yet"), "{md}");
    }
}

//! Profiles: what a person shows others, who may see it, and the rules each field obeys.

use serde::{Deserialize, Serialize};

use crate::account::{Organization, collapse_whitespace};
use crate::error::ApiError;
use crate::locale::{Locale, parse_locale};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CareerStage {
    Student,
    Early,
    Mid,
    Senior,
    Lead,
    Executive,
}

impl CareerStage {
    pub const ALL: [Self; 6] =
        [Self::Student, Self::Early, Self::Mid, Self::Senior, Self::Lead, Self::Executive];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Student => "student",
            Self::Early => "early",
            Self::Mid => "mid",
            Self::Senior => "senior",
            Self::Lead => "lead",
            Self::Executive => "executive",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|stage| stage.as_str() == raw)
    }

    pub const fn label(self) -> &'static str {
        match self {
            Self::Student => "Student",
            Self::Early => "Early career",
            Self::Mid => "Mid-career",
            Self::Senior => "Senior",
            Self::Lead => "Lead",
            Self::Executive => "Executive",
        }
    }
}

/// Who may see a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Everyone, signed in or not.
    #[default]
    Public,
    /// Only members of the owner's organization.
    Organization,
    /// Only the owner.
    Hidden,
}

impl Visibility {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Public => "public",
            Self::Organization => "organization",
            Self::Hidden => "hidden",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Public, Self::Organization, Self::Hidden].into_iter().find(|v| v.as_str() == raw)
    }
}

/// Who is looking, as far as visibility rules care.
#[derive(Debug, Clone, Copy)]
pub struct Viewer<'a> {
    pub user_id: &'a str,
    pub organization: Option<&'a str>,
}

/// Whether `viewer` (None when signed out) may see a profile owned by `owner_id`.
pub fn can_view(
    visibility: Visibility,
    owner_id: &str,
    owner_organization: Option<&str>,
    viewer: Option<Viewer<'_>>,
) -> bool {
    if viewer.is_some_and(|v| v.user_id == owner_id) {
        return true;
    }
    match visibility {
        Visibility::Public => true,
        Visibility::Organization => match (owner_organization, viewer.and_then(|v| v.organization)) {
            (Some(owner), Some(viewer)) => owner == viewer,
            _ => false,
        },
        Visibility::Hidden => false,
    }
}

/// Whether a profile is shown to `viewer` at all: an unfinished one (no name yet) to nobody,
/// otherwise as its visibility allows.
pub fn shown_to(
    visibility: Visibility,
    display_name: &str,
    owner_id: &str,
    owner_organization: Option<&str>,
    viewer: Option<Viewer<'_>>,
) -> bool {
    !display_name.is_empty() && can_view(visibility, owner_id, owner_organization, viewer)
}

pub const MAX_EXPERTISE: usize = 15;
pub const MAX_LANGUAGES: usize = 10;
pub const MAX_WEEKLY_CAPACITY: u32 = 40;
pub const DEFAULT_WEEKLY_CAPACITY: u32 = 2;

/// A profile's own fields, valid by construction when they come out of [`ProfileFields::apply`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileFields {
    pub display_name: String,
    pub headline: String,
    pub bio: String,
    pub expertise: Vec<String>,
    pub languages: Vec<String>,
    pub timezone: String,
    pub career_stage: Option<CareerStage>,
    pub is_mentor: bool,
    pub visibility: Visibility,
    pub accepting_requests: bool,
    pub weekly_capacity: u32,
    pub meeting_link: Option<String>,
    /// The language chosen for the app and mails; none follows the browser's languages.
    pub locale: Option<Locale>,
}

impl ProfileFields {
    /// A new account's profile: nothing said yet, visible only once a name is given.
    pub fn new_account() -> Self {
        Self {
            display_name: String::new(),
            headline: String::new(),
            bio: String::new(),
            expertise: Vec::new(),
            languages: Vec::new(),
            timezone: "UTC".into(),
            career_stage: None,
            is_mentor: false,
            visibility: Visibility::Public,
            accepting_requests: true,
            weekly_capacity: DEFAULT_WEEKLY_CAPACITY,
            meeting_link: None,
            locale: None,
        }
    }

    /// Applies an update: fields it leaves out keep their values; every field it sets is checked.
    pub fn apply(&self, update: ProfileUpdate) -> Result<Self, ApiError> {
        // A language is a preference, not something others see: a new account chooses one
        // before it has a name.
        let language_only = update.locale.is_some()
            && update == ProfileUpdate { locale: update.locale.clone(), ..Default::default() };
        let mut next = self.clone();
        if let Some(v) = update.display_name {
            next.display_name = parse_display_name(&v)?;
        }
        if let Some(v) = update.headline {
            next.headline = bounded_line("headline", &v, 120)?;
        }
        if let Some(v) = update.bio {
            next.bio = parse_bio(&v)?;
        }
        if let Some(v) = update.expertise {
            next.expertise = parse_expertise(&v)?;
        }
        if let Some(v) = update.languages {
            next.languages = parse_languages(&v)?;
        }
        if let Some(v) = update.timezone {
            next.timezone = parse_timezone(&v)?;
        }
        if let Some(v) = update.career_stage {
            next.career_stage = v;
        }
        if let Some(v) = update.is_mentor {
            next.is_mentor = v;
        }
        if let Some(v) = update.visibility {
            next.visibility = v;
        }
        if let Some(v) = update.accepting_requests {
            next.accepting_requests = v;
        }
        if let Some(v) = update.weekly_capacity {
            if v > MAX_WEEKLY_CAPACITY {
                return Err(ApiError::validation(
                    "weekly_capacity",
                    format!("Offer at most {MAX_WEEKLY_CAPACITY} sessions a week."),
                ));
            }
            next.weekly_capacity = v;
        }
        if let Some(v) = update.meeting_link {
            next.meeting_link = v.as_deref().map(parse_meeting_link).transpose()?.flatten();
        }
        if let Some(v) = update.locale {
            next.locale = v.as_deref().filter(|tag| !tag.trim().is_empty()).map(parse_locale).transpose()?;
        }
        if next.display_name.is_empty() && !language_only {
            return Err(ApiError::validation("display_name", "Enter the name others will see."));
        }
        Ok(next)
    }
}

// Serialized without the fields left out: `null` clears some fields.
/// `PUT /api/me/profile`: any subset of the fields; those left out keep their values.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ProfileUpdate {
    /// 1–80 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// One line, up to 120 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    /// Markdown, up to 5,000 characters; raw HTML is shown as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    /// Up to 15 tags; case and spacing do not make a tag different.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expertise: Option<Vec<String>>,
    /// ISO 639-1 codes, e.g. `en`, `es`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// An IANA time zone, e.g. `Europe/Lisbon`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// `null` clears it.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(nullable))]
    pub career_stage: Option<Option<CareerStage>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_mentor: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<Visibility>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepting_requests: Option<bool>,
    /// Sessions a week, 0–40.
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 40))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekly_capacity: Option<u32>,
    /// An https:// address for calls; `null` or `""` clears it.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(nullable))]
    pub meeting_link: Option<Option<String>>,
    /// The language of the app, mails and errors: one of `en`, `es`, `fr`, `de`, `pt-BR`, `ar`;
    /// `null` or `""` follows the browser's languages again.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(nullable, value_type = Option<String>, example = "pt-BR"))]
    pub locale: Option<Option<String>>,
}

/// Tells a field sent as `null` (Some(None)) from one left out (None).
fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

pub fn parse_display_name(raw: &str) -> Result<String, ApiError> {
    let name = bounded_line("display_name", raw, 80)?;
    if name.is_empty() {
        return Err(ApiError::validation("display_name", "Enter the name others will see."));
    }
    Ok(name)
}

fn bounded_line(field: &str, raw: &str, max: usize) -> Result<String, ApiError> {
    if raw.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        return Err(ApiError::validation(field, "This contains characters that cannot be shown."));
    }
    let line = collapse_whitespace(raw);
    if line.chars().count() > max {
        return Err(ApiError::validation(field, format!("Keep this to {max} characters or fewer.")));
    }
    Ok(line)
}

pub const MAX_BIO_CHARS: usize = 5000;

fn parse_bio(raw: &str) -> Result<String, ApiError> {
    let bio = raw.trim();
    if bio.chars().count() > MAX_BIO_CHARS {
        return Err(ApiError::validation(
            "bio",
            format!("Keep the bio to {MAX_BIO_CHARS} characters or fewer."),
        ));
    }
    if bio.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(ApiError::validation("bio", "The bio contains characters that cannot be shown."));
    }
    Ok(bio.replace("\r\n", "\n"))
}

/// One expertise tag in its canonical form: trimmed, single-spaced, lower-case.
pub fn normalize_tag(raw: &str) -> Result<String, ApiError> {
    let tag = collapse_whitespace(raw).to_lowercase();
    if tag.is_empty() {
        return Err(ApiError::validation("expertise", "Remove the empty skill."));
    }
    if tag.chars().count() > 40 {
        return Err(ApiError::validation("expertise", "Keep each skill to 40 characters or fewer."));
    }
    if !tag.chars().all(|c| c.is_alphanumeric() || " +#.-/&'".contains(c)) {
        return Err(ApiError::validation(
            "expertise",
            format!("\"{tag}\" has characters a skill cannot have; use letters, digits and + # . - / & '."),
        ));
    }
    Ok(tag)
}

/// Expertise tags, canonical and without duplicates, in the order given.
pub fn parse_expertise(raw: &[String]) -> Result<Vec<String>, ApiError> {
    let mut tags: Vec<String> = Vec::new();
    for tag in raw {
        let tag = normalize_tag(tag)?;
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    if tags.len() > MAX_EXPERTISE {
        return Err(ApiError::validation("expertise", format!("List at most {MAX_EXPERTISE} skills.")));
    }
    Ok(tags)
}

/// ISO 639-1 language codes.
pub const LANGUAGE_CODES: &str = "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs \
    ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn \
    gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn \
    ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng \
    nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm \
    sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa \
    wo xh yi yo za zh zu";

pub fn is_language_code(code: &str) -> bool {
    code.len() == 2 && LANGUAGE_CODES.split_whitespace().any(|known| known == code)
}

/// English names of the languages people list most; other codes are shown as they are.
pub fn language_name(code: &str) -> &str {
    match code {
        "ar" => "Arabic",
        "bn" => "Bengali",
        "de" => "German",
        "en" => "English",
        "es" => "Spanish",
        "fa" => "Persian",
        "fr" => "French",
        "he" => "Hebrew",
        "hi" => "Hindi",
        "id" => "Indonesian",
        "it" => "Italian",
        "ja" => "Japanese",
        "ko" => "Korean",
        "ne" => "Nepali",
        "nl" => "Dutch",
        "pl" => "Polish",
        "pt" => "Portuguese",
        "ru" => "Russian",
        "sv" => "Swedish",
        "sw" => "Swahili",
        "ta" => "Tamil",
        "th" => "Thai",
        "tr" => "Turkish",
        "uk" => "Ukrainian",
        "ur" => "Urdu",
        "vi" => "Vietnamese",
        "zh" => "Chinese",
        other => other,
    }
}

pub fn parse_languages(raw: &[String]) -> Result<Vec<String>, ApiError> {
    let mut codes: Vec<String> = Vec::new();
    for code in raw {
        let code = code.trim().to_ascii_lowercase();
        if !is_language_code(&code) {
            return Err(ApiError::validation(
                "languages",
                format!("\"{code}\" is not an ISO 639-1 language code (such as en, es, hi)."),
            ));
        }
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    if codes.len() > MAX_LANGUAGES {
        return Err(ApiError::validation("languages", format!("List at most {MAX_LANGUAGES} languages.")));
    }
    Ok(codes)
}

/// An IANA time zone name in its canonical spelling.
pub fn parse_timezone(raw: &str) -> Result<String, ApiError> {
    let name = raw.trim();
    let invalid = || {
        ApiError::validation(
            "timezone",
            format!("\"{name}\" is not a time zone; pick one such as Europe/Lisbon."),
        )
    };
    if name.is_empty() || name.len() > 64 {
        return Err(invalid());
    }
    let zone = crate::zones::get(name).map_err(|_| invalid())?;
    Ok(zone.iana_name().unwrap_or(name).to_string())
}

/// A meeting link: https only. An empty string means none.
fn parse_meeting_link(raw: &str) -> Result<Option<String>, ApiError> {
    let link = raw.trim();
    if link.is_empty() {
        return Ok(None);
    }
    let invalid = |why: &str| ApiError::validation("meeting_link", why.to_string());
    let rest = link
        .strip_prefix("https://")
        .ok_or_else(|| invalid("Use an https:// address for your meeting link."))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if link.len() > 300
        || host.is_empty()
        || host.contains('@')
        || !host.contains('.')
        || link.chars().any(|c| c.is_whitespace() || c.is_control() || "\"<>\\^`{|}".contains(c))
    {
        return Err(invalid("That is not a valid https:// address."));
    }
    Ok(Some(link.to_string()))
}

/// Someone named on a request, an offer or a thread. Never carries an e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Person {
    pub id: String,
    pub display_name: String,
    pub headline: String,
    pub organization: Option<Organization>,
    pub timezone: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(update: ProfileUpdate) -> Result<ProfileFields, ApiError> {
        let base = ProfileFields { display_name: "A new user".into(), ..ProfileFields::new_account() };
        base.apply(update)
    }

    fn field_of(result: Result<ProfileFields, ApiError>) -> String {
        result.unwrap_err().field.unwrap_or_default()
    }

    #[test]
    fn expertise_tags_are_one_tag_whatever_the_case_or_spacing() {
        let tags =
            parse_expertise(&["Rust".into(), "rust ".into(), "RUST".into(), " Site  Reliability ".into()])
                .unwrap();
        assert_eq!(tags, vec!["rust", "site reliability"]);
        assert_eq!(
            parse_expertise(&["C++".into(), "C#".into(), ".NET".into(), "CI/CD".into()]).unwrap().len(),
            4
        );
    }

    #[test]
    fn expertise_is_limited_to_fifteen_distinct_tags() {
        let fifteen: Vec<String> = (0..15).map(|i| format!("skill {i}")).collect();
        assert!(parse_expertise(&fifteen).is_ok());
        let sixteen: Vec<String> = (0..16).map(|i| format!("skill {i}")).collect();
        assert_eq!(parse_expertise(&sixteen).unwrap_err().field.as_deref(), Some("expertise"));
        let repeated: Vec<String> = (0..20).map(|_| "Rust".to_string()).collect();
        assert_eq!(parse_expertise(&repeated).unwrap(), vec!["rust"]);
    }

    #[test]
    fn bad_tags_are_refused() {
        for bad in ["", "   ", "<script>", &"x".repeat(41)] {
            assert!(normalize_tag(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn languages_must_be_iso_639_1() {
        assert_eq!(parse_languages(&["EN".into(), "es".into(), "en".into()]).unwrap(), vec!["en", "es"]);
        for bad in ["eng", "xx", "", "english"] {
            assert_eq!(parse_languages(&[bad.into()]).unwrap_err().field.as_deref(), Some("languages"));
        }
    }

    #[test]
    fn time_zones_must_be_iana_names() {
        assert_eq!(parse_timezone("Asia/Kathmandu").unwrap(), "Asia/Kathmandu");
        assert_eq!(parse_timezone("asia/kolkata").unwrap(), "Asia/Kolkata");
        assert_eq!(parse_timezone("UTC").unwrap(), "UTC");
        for bad in ["", "Mars/Olympus_Mons", "+05:30", "Europe/"] {
            assert_eq!(parse_timezone(bad).unwrap_err().field.as_deref(), Some("timezone"), "{bad:?}");
        }
    }

    #[test]
    fn meeting_links_must_be_https() {
        let link = |s: &str| with(ProfileUpdate { meeting_link: Some(Some(s.into())), ..Default::default() });
        assert_eq!(
            link("https://meet.example.org/abc").unwrap().meeting_link.as_deref(),
            Some("https://meet.example.org/abc")
        );
        assert_eq!(link("").unwrap().meeting_link, None);
        for bad in [
            "http://meet.example.org/abc",
            "javascript:alert(1)",
            "https://",
            "https://user@evil.example",
            "https://a b.com",
        ] {
            assert_eq!(field_of(link(bad)), "meeting_link", "{bad:?}");
        }
        let cleared = with(ProfileUpdate { meeting_link: Some(None), ..Default::default() }).unwrap();
        assert_eq!(cleared.meeting_link, None);
    }

    #[test]
    fn display_name_is_required_and_bounded() {
        assert_eq!(
            field_of(with(ProfileUpdate { display_name: Some("  ".into()), ..Default::default() })),
            "display_name"
        );
        assert_eq!(
            field_of(with(ProfileUpdate { display_name: Some("x".repeat(81)), ..Default::default() })),
            "display_name"
        );
        assert_eq!(field_of(ProfileFields::new_account().apply(ProfileUpdate::default())), "display_name");
        let named =
            with(ProfileUpdate { display_name: Some("  Ana   María ".into()), ..Default::default() })
                .unwrap();
        assert_eq!(named.display_name, "Ana María");
    }

    #[test]
    fn a_new_account_chooses_its_language_before_its_name() {
        let english = Some(Some("en".to_owned()));
        let chosen = ProfileFields::new_account()
            .apply(ProfileUpdate { locale: english.clone(), ..Default::default() });
        assert_eq!(chosen.unwrap().locale, Some(Locale::En));
        let more = ProfileUpdate { locale: english, is_mentor: Some(true), ..Default::default() };
        assert_eq!(field_of(ProfileFields::new_account().apply(more)), "display_name");
    }

    #[test]
    fn other_fields_are_bounded() {
        assert_eq!(
            field_of(with(ProfileUpdate { headline: Some("x".repeat(121)), ..Default::default() })),
            "headline"
        );
        assert_eq!(
            field_of(with(ProfileUpdate { bio: Some("x".repeat(5001)), ..Default::default() })),
            "bio"
        );
        assert_eq!(
            field_of(with(ProfileUpdate { weekly_capacity: Some(41), ..Default::default() })),
            "weekly_capacity"
        );
    }

    #[test]
    fn fields_left_out_keep_their_values() {
        let first =
            with(ProfileUpdate { headline: Some("Staff engineer".into()), ..Default::default() }).unwrap();
        let second = first.apply(ProfileUpdate { is_mentor: Some(true), ..Default::default() }).unwrap();
        assert_eq!(second.headline, "Staff engineer");
        assert!(second.is_mentor);
    }

    #[test]
    fn null_and_absent_differ_for_clearable_fields() {
        let update: ProfileUpdate = serde_json::from_str(r#"{"career_stage": null}"#).unwrap();
        assert_eq!(update.career_stage, Some(None));
        let update: ProfileUpdate = serde_json::from_str("{}").unwrap();
        assert_eq!(update.career_stage, None);
        assert!(serde_json::from_str::<ProfileUpdate>(r#"{"nickname": "x"}"#).is_err());
    }

    #[test]
    fn visibility_rules() {
        let acme = Some("acme.com");
        let same = Viewer { user_id: "v1", organization: acme };
        let other = Viewer { user_id: "v2", organization: Some("globex.com") };
        let owner = Viewer { user_id: "owner", organization: acme };
        let no_org = Viewer { user_id: "v3", organization: None };
        use Visibility::*;
        assert!(can_view(Public, "owner", acme, None));
        assert!(can_view(Public, "owner", acme, Some(other)));
        assert!(!can_view(Organization, "owner", acme, None));
        assert!(can_view(Organization, "owner", acme, Some(same)));
        assert!(!can_view(Organization, "owner", acme, Some(other)));
        assert!(!can_view(Organization, "owner", None, Some(no_org)), "no organization matches nobody");
        assert!(!can_view(Hidden, "owner", acme, Some(same)));
        assert!(can_view(Hidden, "owner", acme, Some(owner)));
        assert!(shown_to(Public, "A new user", "owner", acme, None));
        assert!(!shown_to(Public, "", "owner", acme, Some(same)), "unfinished profiles are shown to no one");
        assert!(!shown_to(Organization, "A new user", "owner", acme, Some(other)));
    }
}

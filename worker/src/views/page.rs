//! The app's HTML as the worker sends it for a page: for a public mentor, with what link
//! previews (Open Graph, Twitter cards) and search engines (a description, a canonical address,
//! schema.org JSON-LD) read.

use domain::wire::Profile;

use super::escape_markup;

/// How much of the headline or bio a description carries: what previews show.
const DESCRIPTION_CHARS: usize = 200;

/// `shell` (the app's `index.html`) with its title and description replaced by the mentor's and
/// the rest of their card added, for the page at `url`.
pub fn mentor(shell: &str, mentor: &Profile, url: &str) -> String {
    let title = format!("{} · Quarterhour mentor", mentor.display_name);
    let summary =
        if mentor.headline.trim().is_empty() { mentor.bio.as_str() } else { mentor.headline.as_str() };
    let description = shorten(summary.split_whitespace().collect::<Vec<_>>().join(" "), DESCRIPTION_CHARS);
    let description = if description.is_empty() {
        format!("Book 15 minutes with {} on Quarterhour.", mentor.display_name)
    } else {
        description
    };
    let mut person = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Person",
        "name": mentor.display_name,
        "description": description,
        "url": url,
        "knowsAbout": mentor.expertise,
        "knowsLanguage": mentor.languages,
    });
    if let Some(organization) = &mentor.organization {
        person["worksFor"] = serde_json::json!({"@type": "Organization", "name": organization.name});
    }
    // `</script>` cannot end the block early: `<` is written as its JSON escape.
    let json_ld = person.to_string().replace('<', "\\u003c");
    let (title, description, url) = (escape_markup(&title), escape_markup(&description), escape_markup(url));
    let head = format!(
        "<title>{title}</title>\n  \
         <meta name=\"description\" content=\"{description}\">\n  \
         <link rel=\"canonical\" href=\"{url}\">\n  \
         <meta property=\"og:type\" content=\"profile\">\n  \
         <meta property=\"og:site_name\" content=\"Quarterhour\">\n  \
         <meta property=\"og:title\" content=\"{title}\">\n  \
         <meta property=\"og:description\" content=\"{description}\">\n  \
         <meta property=\"og:url\" content=\"{url}\">\n  \
         <meta name=\"twitter:card\" content=\"summary\">\n  \
         <meta name=\"twitter:title\" content=\"{title}\">\n  \
         <meta name=\"twitter:description\" content=\"{description}\">\n  \
         <script type=\"application/ld+json\">{json_ld}</script>"
    );
    with_head(shell, &head)
}

/// `shell` with a `<title>` that names the page by its heading.
pub fn titled(shell: &str, heading: &str) -> String {
    let title = format!("  <title>{} · Quarterhour</title>", escape_markup(heading));
    let lines: Vec<&str> = shell
        .lines()
        .map(|line| if line.trim_start().starts_with("<title>") { title.as_str() } else { line })
        .collect();
    lines.join("\n") + "\n"
}

/// The shell with its `<title>` and description meta replaced by `head`.
fn with_head(shell: &str, head: &str) -> String {
    let mut lines: Vec<&str> = shell
        .lines()
        .filter(|line| {
            let line = line.trim_start();
            !line.starts_with("<title>") && !line.starts_with("<meta name=\"description\"")
        })
        .collect();
    let at = lines
        .iter()
        .position(|line| line.trim_start().starts_with("<meta name=\"viewport\""))
        .map_or(0, |i| i + 1);
    let indented = format!("  {head}");
    lines.insert(at, &indented);
    lines.join("\n") + "\n"
}

fn shorten(text: String, at_most: usize) -> String {
    if text.chars().count() <= at_most {
        return text;
    }
    let cut: String = text.chars().take(at_most - 1).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(words, _)| words).trim_end().to_string();
    format!("{cut}…")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use domain::profile::Visibility;
    use domain::wire::Organization;

    const SHELL: &str = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  \
        <meta name=\"viewport\" content=\"width=device-width\">\n  <title>Quarterhour</title>\n  \
        <meta name=\"description\" content=\"The network.\">\n  <script type=\"module\" src=\"/boot.js\"></script>\n\
        </head>\n<body></body>\n</html>\n";

    /// A public mentor whose name and headline hold markup.
    pub(crate) fn profile() -> Profile {
        Profile {
            id: "u1".into(),
            display_name: "A new user <script>".into(),
            headline: "Staff engineer \"platform\"".into(),
            bio: "Long bio".into(),
            bio_html: String::new(),
            expertise: vec!["kubernetes".into(), "rust".into()],
            languages: vec!["en".into()],
            timezone: "UTC".into(),
            career_stage: None,
            is_mentor: true,
            visibility: Visibility::Public,
            accepting_requests: true,
            weekly_capacity: 3,
            meeting_link: None,
            locale: None,
            organization: None,
            updated_at: "2026-12-01T00:00:00Z".into(),
        }
    }

    #[test]
    fn a_page_is_titled_by_its_heading_once() {
        let html = titled(SHELL, "Open requests & more");
        assert_eq!(html.matches("<title>").count(), 1);
        assert!(html.contains("<title>Open requests &amp; more · Quarterhour</title>"), "{html}");
        assert!(html.contains("name=\"description\""), "the rest of the head is kept");
    }

    #[test]
    fn a_mentor_page_carries_one_title_a_description_and_a_card() {
        let html = mentor(SHELL, &profile(), "https://q.example/mentors/u1");
        assert_eq!(html.matches("<title>").count(), 1);
        assert_eq!(html.matches("name=\"description\"").count(), 1);
        assert!(html.contains("<title>A new user &lt;script&gt; · Quarterhour mentor</title>"), "{html}");
        assert!(html.contains("content=\"Staff engineer &quot;platform&quot;\""));
        assert!(html.contains("<link rel=\"canonical\" href=\"https://q.example/mentors/u1\">"));
        for property in ["og:title", "og:description", "og:url", "og:type", "twitter:card"] {
            assert!(html.contains(property), "{property}");
        }
        assert!(html.contains("<script type=\"module\" src=\"/boot.js\"></script>"), "the app still loads");
        assert!(!html.contains("<script>"), "nothing a mentor writes becomes markup");
    }

    #[test]
    fn the_json_ld_is_a_person_who_works_for_an_organization_only_when_shown() {
        let json_ld = |profile: &Profile| {
            let html = mentor(SHELL, profile, "https://q.example/mentors/u1");
            let start = html.find("application/ld+json\">").unwrap() + "application/ld+json\">".len();
            let end = start + html[start..].find("</script>").unwrap();
            serde_json::from_str::<serde_json::Value>(&html[start..end]).unwrap()
        };
        let person = json_ld(&profile());
        assert_eq!(person["@type"], "Person");
        assert_eq!(person["name"], "A new user <script>");
        assert_eq!(person["knowsAbout"], serde_json::json!(["kubernetes", "rust"]));
        assert!(person.get("worksFor").is_none());
        let employed = Profile {
            organization: Some(Organization {
                domain: "acme.com".into(),
                name: "Acme".into(),
                verified: true,
            }),
            ..profile()
        };
        assert_eq!(json_ld(&employed)["worksFor"]["name"], "Acme");
    }

    #[test]
    fn long_descriptions_end_at_a_word() {
        let long = "word ".repeat(100);
        let short = shorten(long.trim().to_string(), 20);
        assert!(short.chars().count() <= 20 && short.ends_with("word…"), "{short}");
    }
}

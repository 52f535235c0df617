//! Markdown to HTML that is safe to put into a page: raw HTML is shown as text, links may only
//! point to http(s), mailto or relative addresses, and images become links (no tracking pixels).

use crate::error::ApiError;
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, html};

pub fn to_safe_html(markdown: &str) -> String {
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS;
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
            Event::Start(Tag::Link { link_type, dest_url: safe_url(dest_url), title, id })
        }
        Event::Start(Tag::Image { dest_url, title, id, .. }) => {
            Event::Start(Tag::Link { link_type: LinkType::Inline, dest_url: safe_url(dest_url), title, id })
        }
        Event::End(TagEnd::Image) => Event::End(TagEnd::Link),
        other => other,
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let lower = url.trim().to_ascii_lowercase();
    let scheme_end = lower.find([':', '/', '?', '#']);
    let allowed = match scheme_end {
        Some(i) if lower.as_bytes()[i] == b':' => {
            matches!(&lower[..i], "http" | "https" | "mailto")
        }
        _ => true, // relative: no scheme at all
    };
    if allowed { url } else { CowStr::Borrowed("#") }
}

/// The first line of a text (a title, an agenda), cut to `max` characters with an ellipsis.
pub fn first_line(text: &str, max: usize) -> String {
    let line = text.lines().map(str::trim).find(|line| !line.is_empty()).unwrap_or("");
    let mut short: String = line.chars().take(max).collect();
    if short.chars().count() < line.chars().count() {
        short.push('…');
    }
    short
}

/// Markdown text: trimmed, with Windows line ends made Unix, within `max` characters.
pub fn parse_text(field: &str, raw: &str, max: usize, empty: &str) -> Result<String, ApiError> {
    let text = raw.trim().replace("\r\n", "\n");
    if text.is_empty() {
        return Err(ApiError::validation(field, empty));
    }
    if text.chars().count() > max {
        return Err(ApiError::validation(field, format!("Keep this to {max} characters or fewer.")));
    }
    if text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
        return Err(ApiError::validation(field, "The text contains characters that cannot be shown."));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_lines_skip_blank_ones_and_are_cut() {
        assert_eq!(first_line("\n  Review my CV  \nmore", 80), "Review my CV");
        assert_eq!(first_line("abcdef", 3), "abc…");
        assert_eq!(first_line("", 3), "");
    }

    #[test]
    fn named_entities_become_their_characters_and_unknown_ones_stay_text() {
        assert_eq!(
            to_safe_html("caf&eacute; &AElig; &zwnj;| &ThickSpace;|"),
            "<p>café Æ \u{200c}| \u{205f}\u{200a}|</p>\n"
        );
        assert_eq!(to_safe_html("&notanentity; &amp;"), "<p>&amp;notanentity; &amp;</p>\n");
    }

    #[test]
    fn renders_ordinary_markdown() {
        let html = to_safe_html("**Rust** and [docs](https://doc.rust-lang.org)");
        assert!(html.contains("<strong>Rust</strong>"));
        assert!(html.contains(r#"<a href="https://doc.rust-lang.org">docs</a>"#));
    }

    #[test]
    fn reference_links_match_their_definition_whatever_the_case() {
        let html = to_safe_html(
            "See [the book][RUST] and [Ärger][ÄRGER].\n\n[rust]: https://doc.rust-lang.org\n[ärger]: https://example.org/a",
        );
        assert!(html.contains("<a href=\"https://doc.rust-lang.org\""), "{html}");
        assert!(html.contains("<a href=\"https://example.org/a\""), "{html}");
        let html = to_safe_html("[missing][nowhere]\n\n[elsewhere]: https://example.org");
        assert!(!html.contains("<a "), "an undefined label stays text: {html}");
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = to_safe_html("<script>alert(1)</script>\n\nhi <img src=x onerror=alert(1)>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn dangerous_link_schemes_are_neutralised() {
        for url in
            ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "data:text/html,x", "vbscript:x"]
        {
            let html = to_safe_html(&format!("[click]({url})"));
            assert!(html.contains(r##"href="#""##), "{url}: {html}");
        }
        assert!(to_safe_html("[a](/mentors?q=x)").contains(r#"href="/mentors?q=x""#));
        assert!(to_safe_html("[a](mailto:x@acme.com)").contains("mailto:"));
    }

    #[test]
    fn images_become_links() {
        let html = to_safe_html("![pixel](https://tracker.example/p.gif)");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains(r#"<a href="https://tracker.example/p.gif">pixel</a>"#), "{html}");
    }
}

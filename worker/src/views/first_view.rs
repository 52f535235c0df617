//! What a page paints before the app runs: the header, the page's heading and lead (or for a
//! mentor, their name, headline and bio) and room for what the app will fill in, then the footer.
//! The app draws the same text from `domain::pages` and takes the page over once its own heading
//! is in (`public/boot.js`), so nothing moves when it does.

use domain::pages::{FOOTER, GOAL_BOX, HOME, HOME_ACTIONS, Intro, NAVIGATION, SIGNED_IN_NAVIGATION, Words};
use domain::wire::Profile;

use super::escape_markup;

/// Where `app/index.html` takes the first view.
const MARKER: &str = "<!-- first view -->";

/// What the page's main part shows before the app runs.
pub enum Main<'a> {
    /// The home page as a visitor sees it: its hero and the goal box.
    Home,
    /// A page whose heading and lead are the same for everyone.
    Intro(&'static Intro),
    /// A public mentor's page.
    Mentor(&'a Profile),
    /// A page whose heading names something of its own: only reserved room.
    Pending,
}

/// `shell` with its first view. `signed_in` says only that the request carries a session cookie:
/// the header then shows a person's own pages instead of "Sign in", and the app says who it is.
pub fn render(shell: &str, path: &str, main: Main<'_>, signed_in: bool) -> String {
    let view = format!(
        "<div id=\"first-view\">{header}<main id=\"main\" class=\"page\" tabindex=\"-1\" aria-busy=\"true\">{main}</main>{footer}</div>",
        header = header(signed_in),
        main = main_part(&main, path, signed_in),
        footer = footer(),
    );
    shell.replacen(MARKER, &view, 1)
}

/// A page for a reader of another language than English: `<html>` in their language and the
/// English first view hidden, so that nothing shows in English before the app paints in theirs.
pub fn in_language(page: String, language: Option<&str>) -> String {
    match language {
        None => page,
        Some(tag) => {
            let dir = if tag == "ar" { "rtl" } else { "ltr" };
            page.replacen("<html lang=\"en\"", &format!("<html lang=\"{tag}\" dir=\"{dir}\""), 1).replacen(
                "<div id=\"first-view\">",
                "<div id=\"first-view\" hidden>",
                1,
            )
        }
    }
}

fn header(signed_in: bool) -> String {
    let own: &[(&str, &str)] = if signed_in { &SIGNED_IN_NAVIGATION } else { &[] };
    let mut items: String = NAVIGATION
        .iter()
        .chain(own)
        .map(|(href, label)| format!("<li><a href=\"{href}\">{}</a></li>", escape_markup(label)))
        .collect();
    if !signed_in {
        items.push_str("<li><a href=\"/sign-in\" class=\"button button--small\">Sign in</a></li>");
    }
    format!(
        "<header class=\"site-header\"><div class=\"site-header__inner\">\
         <a href=\"/\" class=\"brand\"><span class=\"brand__mark\" aria-hidden=\"true\">¼</span>\
         <span class=\"brand__name\">Quarterhour</span></a>\
         <nav aria-label=\"Main\" class=\"main-nav\"><ul>{items}</ul></nav></div></header>"
    )
}

fn main_part(main: &Main<'_>, path: &str, signed_in: bool) -> String {
    let room =
        "<div class=\"first-view__room\" aria-hidden=\"true\"><span></span><span></span><span></span></div>";
    match main {
        Main::Home => format!(
            "<section class=\"hero\"><h1>{heading}</h1><p class=\"hero__lead\">{lead}</p>\
             <form class=\"goal-box\" method=\"get\" action=\"/match\">\
             <label for=\"home-goal\" class=\"goal-box__label\">{label}</label>\
             <div class=\"goal-box__row\"><input id=\"home-goal\" name=\"goal\" type=\"text\" maxlength=\"1000\" \
             placeholder=\"{placeholder}\"><button type=\"submit\" class=\"button\">{submit}</button></div></form>\
             <p class=\"hero__actions\">{actions}</p></section>{room}",
            heading = escape_markup(HOME.heading),
            lead = words(HOME.lead),
            label = escape_markup(GOAL_BOX.label),
            placeholder = escape_markup(GOAL_BOX.placeholder),
            submit = escape_markup(GOAL_BOX.submit),
            actions = words(HOME_ACTIONS),
        ),
        Main::Intro(intro) => {
            let lead = if intro.lead.is_empty() {
                String::new()
            } else {
                format!("<p class=\"lead\">{}</p>", words(intro.lead))
            };
            // A visitor's page of their own says why to sign in, as the app does, and comes back
            // here after.
            let prompt = if signed_in || intro.visitor.is_empty() {
                String::new()
            } else {
                format!(
                    "<p>{}</p><p><a href=\"/sign-in?next={}\" class=\"button\">Sign in</a></p>",
                    escape_markup(intro.visitor),
                    escape_markup(&path.replace('%', "%25").replace('/', "%2F").replace('?', "%3F"))
                )
            };
            // A visitor's prompt is all the page will show: no room for more.
            let room = if prompt.is_empty() { room } else { "" };
            format!("<h1>{}</h1>{lead}{prompt}{room}", escape_markup(intro.heading))
        }
        Main::Mentor(profile) => {
            let headline = if profile.headline.is_empty() {
                String::new()
            } else {
                format!("<p class=\"lead\">{}</p>", escape_markup(&profile.headline))
            };
            // The bio as the API renders it for the app: Markdown with raw HTML escaped.
            let bio = if profile.bio_html.is_empty() {
                String::new()
            } else {
                format!("<div class=\"prose\">{}</div>", profile.bio_html)
            };
            format!(
                "<article class=\"profile\"><header class=\"profile__header\"><h1>{}</h1>{headline}</header>{bio}</article>{room}",
                escape_markup(&profile.display_name)
            )
        }
        Main::Pending => room.to_string(),
    }
}

fn words(lead: &[Words]) -> String {
    lead.iter()
        .map(|words| match words {
            Words::Text(text) => escape_markup(text),
            Words::Link { href, text } => format!("<a href=\"{href}\">{}</a>", escape_markup(text)),
        })
        .collect()
}

fn footer() -> String {
    format!(
        "<footer class=\"site-footer\"><p>{}</p><p class=\"site-footer__links\">\
         <a href=\"/api/openapi.json\">API (OpenAPI)</a></p></footer>",
        escape_markup(FOOTER)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::pages::{DIRECTORY, SESSIONS};

    const SHELL: &str = "<body>\n  <!-- first view -->\n  <div id=\"app\" hidden></div>\n</body>\n";

    fn mentor() -> Profile {
        Profile {
            display_name: "A new user <b>".into(),
            headline: "Staff engineer".into(),
            bio_html: "<p>Hello</p>".into(),
            ..crate::views::page::tests::profile()
        }
    }

    #[test]
    fn a_page_paints_its_heading_and_lead_with_the_header_and_footer() {
        let html = render(SHELL, "/mentors", Main::Intro(&DIRECTORY), false);
        assert!(html.contains("<h1>Mentor directory</h1>"), "{html}");
        assert!(html.contains("<a href=\"/match\">Describe your goal</a>"));
        assert!(html.contains("<a href=\"/sign-in\""));
        assert!(html.contains("class=\"site-footer\""));
        assert!(html.contains("<div id=\"app\" hidden></div>"), "the app's place is kept");
        assert!(!html.contains("<!-- first view -->"));
    }

    #[test]
    fn someone_with_a_session_sees_their_own_pages_instead_of_sign_in() {
        let html = render(SHELL, "/threads/t1", Main::Pending, true);
        assert!(!html.contains("/sign-in"));
        assert!(html.contains("<li><a href=\"/messages\">Messages</a></li>"), "{html}");
        assert!(!render(SHELL, "/threads/t1", Main::Pending, false).contains("/messages"));
        assert!(!html.contains("<h1>"), "a page of its own waits for the app's heading");
    }

    #[test]
    fn a_visitors_page_of_their_own_says_why_to_sign_in_and_comes_back() {
        let html = render(SHELL, "/sessions", Main::Intro(&SESSIONS), false);
        assert!(html.contains(SESSIONS.visitor), "{html}");
        assert!(
            html.contains("<a href=\"/sign-in?next=%2Fsessions\" class=\"button\">Sign in</a>"),
            "{html}"
        );
        let signed_in = render(SHELL, "/sessions", Main::Intro(&SESSIONS), true);
        assert!(!signed_in.contains(SESSIONS.visitor));
        assert!(!html.contains("first-view__room"), "nothing more is coming for a visitor");
        assert!(signed_in.contains("first-view__room"), "the sessions are");
    }

    #[test]
    fn the_home_page_paints_its_goal_box_as_a_plain_form() {
        let html = render(SHELL, "/", Main::Home, false);
        assert!(html.contains("class=\"hero\""));
        assert!(html.contains("<form class=\"goal-box\" method=\"get\" action=\"/match\">"));
        assert!(html.contains("name=\"goal\""));
    }

    #[test]
    fn a_mentor_page_paints_their_name_escaped_and_the_rendered_bio() {
        let html = render(SHELL, "/mentors/u1", Main::Mentor(&mentor()), false);
        assert!(html.contains("<h1>A new user &lt;b&gt;</h1>"), "{html}");
        assert!(html.contains("<p class=\"lead\">Staff engineer</p>"));
        assert!(html.contains("<div class=\"prose\"><p>Hello</p></div>"));
    }
}

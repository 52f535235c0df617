//! The app's pages as the worker sees them: which paths are pages (answered with the app's HTML,
//! 200) and which are not (the same HTML, 404). The app's router (`app/src/app.rs`) routes
//! exactly these; a unit test there keeps the two lists equal.

use crate::routes::match_path;

/// Every page of the app, as router patterns.
pub const PAGES: &[&str] = &[
    "/",
    "/mentors",
    "/match",
    "/requests",
    "/requests/new",
    "/requests/{id}",
    "/messages",
    "/threads/{id}",
    "/sessions",
    "/sessions/{id}",
    "/growth",
    "/guides",
    "/sign-in",
    "/profile",
    "/give",
    "/mentors/{id}",
    "/dev/mailbox",
    "/organizations/{domain}/insights",
];

/// What the worker answers a page's address with.
#[derive(Debug, PartialEq, Eq)]
pub enum Page<'a> {
    /// The app's HTML as it is.
    App,
    /// A mentor's profile: with what a link preview and a search engine read, when public.
    Mentor(&'a str),
    /// No such page: the app's HTML, which shows its own "not found", with status 404.
    NotFound,
}

/// The page at `path`. The development mailbox is a page only in development.
pub fn page_for(path: &str, development: bool) -> Page<'_> {
    let Some(pattern) = PAGES.iter().find(|pattern| match_path(pattern, path).is_some()) else {
        return Page::NotFound;
    };
    match *pattern {
        "/mentors/{id}" => {
            match_path(pattern, path).and_then(|params| params.get("id")).map_or(Page::NotFound, Page::Mentor)
        }
        "/dev/mailbox" if !development => Page::NotFound,
        _ => Page::App,
    }
}

/// Whether the worker answers `path` as a page rather than as the API, the calendar feed or a
/// file for crawlers.
pub fn is_page_path(path: &str) -> bool {
    !["/api/", "/cal/", "/sitemap/"].iter().any(|prefix| path.starts_with(prefix))
        && !["/api", "/cal", "/robots.txt", "/sitemap.xml"].contains(&path)
}

/// A run of a page's text: words, or a link to another page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Words {
    Text(&'static str),
    Link { href: &'static str, text: &'static str },
}

/// A page's heading and lead: what the app shows at the top of the page, and what the HTML the
/// worker sends paints before the app runs, from the same text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Intro {
    pub heading: &'static str,
    pub lead: &'static [Words],
    /// For a page that is someone's own: why a visitor who is signed out should sign in.
    pub visitor: &'static str,
}

pub const HOME: Intro = Intro {
    heading: "Fifteen minutes of help from someone who has done it before.",
    lead: &[Words::Text(
        "Quarterhour is an open mentoring network across companies. Mentors give spare 15-minute \
         slots; you book one, or post a question and let mentors come to you. Free, short, and focused.",
    )],
    visitor: "",
};
/// Below the home page's goal box: the other two ways to start.
pub const HOME_ACTIONS: &[Words] = &[
    Words::Text("Or "),
    Words::Link { href: "/mentors", text: "browse the directory" },
    Words::Text(" or "),
    Words::Link { href: "/requests/new", text: "ask a question" },
    Words::Text("."),
];
pub const DIRECTORY: Intro = Intro {
    heading: "Mentor directory",
    lead: &[
        Words::Text(
            "Mentors from every company. Filter by skill, language and working hours you share. \
             Not sure whom to ask? ",
        ),
        Words::Link { href: "/match", text: "Describe your goal" },
        Words::Text(" and get suggestions."),
    ],
    visitor: "",
};
pub const MATCH: Intro = Intro {
    heading: "What do you want help with?",
    lead: &[Words::Text(
        "Say it in your own words, in any language. We suggest mentors from any company who know it, \
         say why, and show when they are free.",
    )],
    visitor: "",
};
pub const REQUESTS: Intro = Intro {
    heading: "Open requests",
    lead: &[Words::Text("One-off questions that mentors answer in writing or on a short call.")],
    visitor: "Sign in to ask a question. If you mentor, you will also see the questions that fit what you know.",
};
pub const SESSIONS: Intro = Intro {
    heading: "My sessions",
    lead: &[
        Words::Text("What you booked and what was booked with you. Your "),
        Words::Link { href: "/growth", text: "growth record" },
        Words::Text(" keeps what came of them; the "),
        Words::Link { href: "/guides", text: "guides" },
        Words::Text(" say how to make 15 minutes count."),
    ],
    visitor: "Sign in to see the sessions you booked and the ones booked with you.",
};
pub const GUIDES: Intro = Intro {
    heading: "Guides",
    lead: &[Words::Text("Fifteen minutes are enough when both sides come prepared. Here is how.")],
    visitor: "",
};
pub const MESSAGES: Intro = Intro {
    heading: "Messages",
    lead: &[],
    visitor: "Sign in to read your conversations about sessions and questions.",
};
pub const SIGN_IN: Intro = Intro { heading: "Sign in", lead: &[], visitor: "" };
pub const GIVE: Intro = Intro {
    heading: "Give 15 minutes",
    lead: &[],
    visitor: "Sign in to become a mentor: we send a code to your e-mail address, no password.",
};
pub const PROFILE: Intro = Intro {
    heading: "Your profile",
    lead: &[Words::Text("What others see when they find you. Your e-mail address is never shown.")],
    visitor: "Sign in to create or edit your profile.",
};
pub const NOT_FOUND: Intro = Intro {
    heading: "Page not found",
    lead: &[Words::Text("There is no page at this address. It may have moved, or the link may be mistyped.")],
    visitor: "",
};

/// The intro of the page at `path` when it is the same for everyone; the home page has its hero,
/// and pages whose heading names something of their own (a mentor, a question) have none.
pub fn intro_for(path: &str) -> Option<&'static Intro> {
    match path {
        "/mentors" => Some(&DIRECTORY),
        "/match" => Some(&MATCH),
        "/requests" => Some(&REQUESTS),
        "/sessions" => Some(&SESSIONS),
        "/guides" => Some(&GUIDES),
        "/messages" => Some(&MESSAGES),
        "/sign-in" => Some(&SIGN_IN),
        "/give" => Some(&GIVE),
        "/profile" => Some(&PROFILE),
        _ => None,
    }
}

/// The texts of the goal box, the first step on the home page.
pub struct GoalBoxText {
    pub label: &'static str,
    pub placeholder: &'static str,
    pub submit: &'static str,
}

pub const GOAL_BOX: GoalBoxText = GoalBoxText {
    label: "What do you want help with?",
    placeholder: "e.g. our k8s cluster keeps OOM-killing pods",
    submit: "Suggest mentors",
};

/// The main navigation as a visitor sees it (signed in, the app adds a person's own pages).
pub const NAVIGATION: [(&str, &str); 4] = [
    ("/mentors", "Directory"),
    ("/requests", "Requests"),
    ("/sessions", "My sessions"),
    ("/guides", "Guides"),
];

/// The pages the navigation adds for someone signed in, before the app's own controls (a
/// mentor's "I'm free now", "Sign out"), so the page that arrives already shows them.
pub const SIGNED_IN_NAVIGATION: [(&str, &str); 3] =
    [("/growth", "Growth"), ("/messages", "Messages"), ("/profile", "Profile")];

/// The footer's sentence.
pub const FOOTER: &str = "Quarterhour — fifteen minutes of help, from anyone, anywhere. \
    E-mail addresses stay private; organizations see only totals.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_found_by_their_patterns() {
        assert_eq!(page_for("/mentors", false), Page::App);
        assert_eq!(page_for("/requests/new", false), Page::App);
        assert_eq!(page_for("/requests/r1", false), Page::App);
        assert_eq!(page_for("/organizations/acme.com/insights", false), Page::App);
        assert_eq!(page_for("/mentors/u1", false), Page::Mentor("u1"));
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in ["/no-such-page", "/mentors/", "/mentors/u1/x", "/requests/", "/profile/", "/pkg/x.js"] {
            assert_eq!(page_for(path, false), Page::NotFound, "{path}");
        }
    }

    #[test]
    fn every_intro_is_of_a_page() {
        for path in
            ["/mentors", "/match", "/requests", "/sessions", "/guides", "/messages", "/sign-in", "/give"]
        {
            assert!(intro_for(path).is_some(), "{path}");
            assert_eq!(page_for(path, false), Page::App, "{path}");
        }
        assert_eq!(intro_for("/mentors/u1"), None, "a mentor's page is headed by their name");
    }

    #[test]
    fn the_mailbox_is_a_page_in_development_only() {
        assert_eq!(page_for("/dev/mailbox", true), Page::App);
        assert_eq!(page_for("/dev/mailbox", false), Page::NotFound);
    }

    #[test]
    fn the_api_the_feed_and_crawlers_files_are_not_pages() {
        for path in ["/api/health", "/api", "/cal/x.ics", "/robots.txt", "/sitemap.xml", "/sitemap/1.xml"] {
            assert!(!is_page_path(path), "{path}");
        }
        for path in ["/mentors", "/apis", "/no-such-page"] {
            assert!(is_page_path(path), "{path}");
        }
    }
}

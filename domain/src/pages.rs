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
    fn the_mailbox_is_a_page_in_development_only() {
        assert_eq!(page_for("/dev/mailbox", true), Page::App);
        assert_eq!(page_for("/dev/mailbox", false), Page::NotFound);
    }

    #[test]
    fn the_api_the_feed_and_crawlers_files_are_not_pages() {
        for path in ["/api/health", "/api", "/cal/x.ics", "/robots.txt", "/sitemap.xml", "/sitemap/1.xml"] {
            assert!(!is_page_path(path), "{path}");
        }
        for path in ["/", "/mentors", "/apis", "/no-such-page"] {
            assert!(is_page_path(path), "{path}");
        }
    }
}

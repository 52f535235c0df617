//! What crawlers read: `robots.txt` and the sitemaps of public mentors' pages
//! (<https://www.sitemaps.org/protocol.html>).

use super::escape_markup;

/// At most this many addresses in one sitemap, as the protocol allows.
pub const SITEMAP_URLS: u64 = 50_000;

/// The app's pages anyone may open, listed in the first sitemap.
const OPEN_PAGES: &[&str] = &["/", "/mentors", "/match", "/requests"];

pub fn robots(origin: &str) -> String {
    format!(
        "User-agent: *\nDisallow: /api/\nDisallow: /cal/\nDisallow: /dev/\n\nSitemap: {origin}/sitemap.xml\n"
    )
}

/// The index of sitemaps: one per [`SITEMAP_URLS`] public mentors, at least one.
pub fn sitemap_index(origin: &str, pages: u64) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in 1..=pages.max(1) {
        xml.push_str(&format!(
            "  <sitemap><loc>{}</loc></sitemap>\n",
            escape_markup(&format!("{origin}/sitemap/{page}.xml"))
        ));
    }
    xml.push_str("</sitemapindex>\n");
    xml
}

/// Sitemap `page` (from 1): the open pages on the first, then public mentors' pages.
pub fn sitemap(origin: &str, page: u64, mentor_ids: &[&str]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let open = if page == 1 { OPEN_PAGES } else { &[] };
    let paths =
        open.iter().map(|path| path.to_string()).chain(mentor_ids.iter().map(|id| format!("/mentors/{id}")));
    for path in paths {
        xml.push_str(&format!("  <url><loc>{}</loc></url>\n", escape_markup(&format!("{origin}{path}"))));
    }
    xml.push_str("</urlset>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn robots_keeps_crawlers_out_of_the_api_feeds_and_tools() {
        let text = robots("https://quarterhour.app");
        for line in [
            "Disallow: /api/",
            "Disallow: /cal/",
            "Disallow: /dev/",
            "Sitemap: https://quarterhour.app/sitemap.xml",
        ] {
            assert!(text.lines().any(|l| l == line), "{line}");
        }
    }

    #[test]
    fn sitemaps_list_the_open_pages_then_mentors() {
        let first = sitemap("https://q.example", 1, &["u1", "u&2"]);
        assert!(first.contains("<loc>https://q.example/mentors</loc>"));
        assert!(first.contains("<loc>https://q.example/mentors/u1</loc>"));
        assert!(first.contains("<loc>https://q.example/mentors/u&amp;2</loc>"));
        assert!(!sitemap("https://q.example", 2, &["u3"]).contains("<loc>https://q.example/</loc>"));
        let index = sitemap_index("https://q.example", 0);
        assert_eq!(index.matches("<sitemap>").count(), 1, "one even when no one is listed");
        assert!(sitemap_index("https://q.example", 3).contains("<loc>https://q.example/sitemap/3.xml</loc>"));
    }
}

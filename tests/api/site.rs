//! What crawlers read: robots.txt and the sitemaps of public mentors' pages.

use serde_json::json;

use crate::client::{Client, base_url, unique_email};

fn mentor(visibility: &str) -> String {
    let mentor = Client::signed_in(&unique_email("sitemap", "acme.com"));
    let profile = json!({"display_name": "A new user", "is_mentor": true, "visibility": visibility});
    let reply = mentor.send("PUT", "/api/me/profile", &profile);
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.json()["profile"]["id"].as_str().unwrap().to_string()
}

#[test]
fn robots_txt_keeps_crawlers_out_of_the_api_and_names_the_sitemap() {
    let reply = Client::new().get("/robots.txt");
    assert_eq!(reply.status, 200);
    assert!(reply.header("content-type").unwrap().starts_with("text/plain"));
    let lines: Vec<&str> = reply.body.lines().collect();
    for line in ["User-agent: *", "Disallow: /api/", "Disallow: /cal/", "Disallow: /dev/"] {
        assert!(lines.contains(&line), "{line}: {}", reply.body);
    }
    assert!(lines.contains(&format!("Sitemap: {}/sitemap.xml", base_url()).as_str()), "{}", reply.body);
}

#[test]
fn the_sitemap_lists_public_mentors_only() {
    let (public, organization, hidden) = (mentor("public"), mentor("organization"), mentor("hidden"));
    let index = Client::new().get("/sitemap.xml");
    assert_eq!(index.status, 200);
    assert!(index.header("content-type").unwrap().starts_with("application/xml"));
    assert!(index.header("cache-control").unwrap().contains("max-age=3600"));
    let first = format!("{}/sitemap/1.xml", base_url());
    assert!(index.body.contains("<sitemapindex") && index.body.contains(&format!("<loc>{first}</loc>")));

    let page = Client::new().get("/sitemap/1.xml");
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("<urlset") && page.body.contains(&format!("<loc>{}/mentors</loc>", base_url()))
    );
    assert!(page.body.contains(&format!("/mentors/{public}</loc>")), "a public mentor is listed");
    assert!(!page.body.contains(&organization), "an organization-only mentor is not");
    assert!(!page.body.contains(&hidden), "a hidden mentor is not");

    for past in ["/sitemap/0.xml", "/sitemap/99.xml", "/sitemap/x.xml", "/sitemap/99999999999999999999.xml"] {
        let reply = Client::new().get(past);
        assert_eq!((reply.status, reply.error_code().as_str()), (404, "not_found"), "{past}");
    }
}

#[test]
fn a_public_mentors_page_previews_them_and_others_are_not_found() {
    let public = Client::signed_in(&unique_email("previewed", "acme.com"));
    let profile = json!({
        "display_name": "A new user",
        "is_mentor": true,
        "visibility": "public",
        "headline": "Platform engineer <b>helping</b> with Kubernetes",
        "expertise": ["kubernetes"],
    });
    let reply = public.send("PUT", "/api/me/profile", &profile);
    assert_eq!(reply.status, 200, "{}", reply.body);
    let id = reply.json()["profile"]["id"].as_str().unwrap().to_string();

    let page = Client::new().get(&format!("/mentors/{id}"));
    assert_eq!(page.status, 200);
    assert!(page.header("content-type").unwrap().starts_with("text/html"));
    let html = &page.body;
    assert_eq!(html.matches("<title>").count(), 1, "{html}");
    assert!(html.contains("<title>A new user · Quarterhour mentor</title>"), "{html}");
    assert!(
        html.contains("content=\"Platform engineer &lt;b&gt;helping&lt;/b&gt; with Kubernetes\""),
        "{html}"
    );
    assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{}/mentors/{id}\">", base_url())));
    assert!(html.contains("property=\"og:title\"") && html.contains("name=\"twitter:card\""));
    assert!(html.contains("\"@type\":\"Person\"") && html.contains("\"knowsAbout\":[\"kubernetes\"]"));
    assert!(html.contains("/boot.js"), "the app still runs");

    let hidden_id = mentor("hidden");
    let organization_id = mentor("organization");
    for other in [hidden_id.as_str(), organization_id.as_str(), "u000000000000000000000000", "%00"] {
        let page = Client::new().get(&format!("/mentors/{other}"));
        assert_eq!(page.status, 404, "{other}");
        assert!(page.body.contains("/boot.js"), "the app shows its not-found page");
        assert!(
            !page.body.contains("og:title") && !page.body.contains("ld+json"),
            "{other}: nothing about them"
        );
        assert!(!page.body.contains("A new user"), "{other}: not even the name");
    }
}

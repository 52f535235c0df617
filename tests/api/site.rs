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

#[test]
fn every_page_arrives_with_its_first_view_before_the_app_runs() {
    let visitor = Client::new();
    let home = visitor.get("/");
    assert_eq!(home.status, 200);
    assert!(home.header("content-type").unwrap().starts_with("text/html"));
    let html = &home.body;
    assert!(html.contains("<h1>Fifteen minutes of help from someone who has done it before.</h1>"), "{html}");
    assert!(html.contains("<form class=\"goal-box\" method=\"get\" action=\"/match\">"));
    assert!(html.contains("<nav aria-label=\"Main\""), "the header is painted");
    assert!(html.contains("href=\"/sign-in\""), "a visitor is offered to sign in");
    assert!(html.contains("class=\"site-footer\""), "the footer too");
    assert!(
        html.contains("<div id=\"app\" hidden></div>") && html.contains("/boot.js"),
        "the app takes over"
    );
    assert_eq!(html.matches("<main").count(), 1);

    let directory = visitor.get("/mentors");
    assert_eq!(directory.status, 200);
    assert!(directory.body.contains("<h1>Mentor directory</h1>"), "{}", directory.body);
    assert!(
        directory.body.contains("<title>Mentor directory · Quarterhour</title>"),
        "the tab names the page"
    );
    assert!(directory.body.contains("<a href=\"/match\">Describe your goal</a>"));
    assert!(directory.body.contains("class=\"first-view__room\""), "room is kept for the results");

    let missing = visitor.get("/no-such-page");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("<h1>Page not found</h1>"));

    // Someone with a session sees neither "Sign in" nor a visitor's home before the app says who
    // they are.
    let person = Client::signed_in(&unique_email("first-view", "acme.com"));
    let own_home = person.get("/");
    assert_eq!(own_home.status, 200);
    assert!(!own_home.body.contains("href=\"/sign-in\""), "{}", own_home.body);
    assert!(!own_home.body.contains("class=\"hero\""));
}

#[test]
fn a_public_mentors_page_paints_their_name_headline_and_bio_escaped() {
    let public = Client::signed_in(&unique_email("painted", "acme.com"));
    let profile = json!({
        "display_name": "A new user <i>",
        "is_mentor": true,
        "visibility": "public",
        "headline": "Helps with <script>alert(1)</script>",
        "bio": "I run **clusters**. <img src=x onerror=alert(1)>",
    });
    let reply = public.send("PUT", "/api/me/profile", &profile);
    assert_eq!(reply.status, 200, "{}", reply.body);
    let id = reply.json()["profile"]["id"].as_str().unwrap().to_string();
    let page = Client::new().get(&format!("/mentors/{id}"));
    assert_eq!(page.status, 200);
    let html = &page.body;
    assert!(html.contains("<h1>A new user &lt;i&gt;</h1>"), "{html}");
    assert!(
        html.contains("<p class=\"lead\">Helps with &lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        "{html}"
    );
    assert!(html.contains("<strong>clusters</strong>"), "the bio as Markdown: {html}");
    assert!(!html.contains("<img") && !html.contains("<script>alert"), "nothing written becomes markup");
}

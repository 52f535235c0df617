//! `GET /api/openapi.json`: the API described from the Rust types that implement it.

use worker::{Env, Response};

use crate::http::{self, AppError};

pub async fn serve(env: &Env) -> Result<Response, AppError> {
    Ok(http::json_text(200, &crate::app_ctx::asset_text(env, "/openapi.json").await?))
}

// The document is generated from the code above and kept beside it, in `worker/openapi.json`;
// the build copies it among the app's static files, so that neither the schema builder (about
// 85 KB gzipped) nor the text (15 KB) is in the worker. A unit test keeps the file equal to the
// code; `UPDATE_OPENAPI=1 cargo test -p quarterhour-worker openapi` rewrites it.

#[cfg(test)]
const DOCUMENT: &str = include_str!("../openapi.json");

/// The description itself, built from the handlers' annotations; only the test above needs it.
#[cfg(test)]
mod document {
    use domain::error::{ApiError, ErrorBody, ErrorCode};
    use utoipa::openapi::path::Operation;
    use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityRequirement, SecurityScheme};
    use utoipa::openapi::server::ServerBuilder;
    use utoipa::openapi::tag::TagBuilder;
    use utoipa::openapi::{Content, Ref, RefOr, ResponseBuilder};
    use utoipa::{Modify, OpenApi};

    use super::DOCUMENT;
    use domain::routes::operations;

    #[derive(OpenApi)]
    #[openapi(
        info(
            title = "Quarterhour API",
            description = "An open, cross-company micro-mentoring network. Every error is sent as \
                           `{\"error\":{\"code\",\"message\",\"field\"}}`.",
        ),
        paths(
            operations::meta::health,
            operations::meta::openapi,
            operations::auth::request_code,
            operations::auth::verify,
            operations::auth::sign_out,
            operations::auth::sign_out_everywhere,
            operations::me::session,
            operations::me::get,
            operations::me::delete,
            operations::me::export,
            operations::me::update_profile,
            operations::me::rename_organization,
            operations::mentors::search,
            operations::mentors::get,
            operations::dev::outbox,
            operations::dev::seed,
            operations::dev::run_scheduled,
            operations::dev::mail_delivery,
            operations::dev::route_mail_api,
            operations::dev::mail_api_post,
            operations::dev::mail_api_sent,
            operations::dev::cache_writes,
            operations::dev::seed_insights,
            operations::availability::get_availability,
            operations::availability::put_availability,
            operations::availability::slots,
            operations::bookings::create,
            operations::bookings::mine,
            operations::bookings::cancel,
            operations::bookings::reschedule,
            operations::bookings::invite,
            operations::requests::create,
            operations::requests::for_me,
            operations::requests::get,
            operations::requests::edit,
            operations::requests::mine,
            operations::offers::offer,
            operations::offers::accept,
            operations::requests::close,
            operations::threads::mine,
            operations::threads::messages,
            operations::threads::post,
            operations::matches::find,
            operations::wrapup::report_attendance,
            operations::wrapup::booking_feedback,
            operations::wrapup::give_booking_feedback,
            operations::wrapup::request_feedback,
            operations::wrapup::give_request_feedback,
            operations::wrapup::resume,
            operations::outcomes::get,
            operations::outcomes::put,
            operations::outcomes::my_impact,
            operations::outcomes::growth,
            operations::outcomes::growth_markdown,
            operations::insights::organization,
            operations::insights::organization_csv,
            operations::insights::network,
            operations::insights::preference,
            operations::insights::set_preference,
            operations::calendars::feed,
            operations::calendars::rotate_feed,
            operations::calendars::delete_feed,
            operations::calendars::feed_ics,
            operations::calendars::busy_calendars,
            operations::calendars::put_busy_calendars,
            operations::calendars::explain,
            operations::calendars::start_free_now,
            operations::calendars::end_free_now,
        ),
        components(schemas(ErrorBody, ApiError, ErrorCode)),
        modifiers(&CommonErrors, &Session, &Described),
    )]
    pub struct ApiDoc;

    /// Adds the errors any operation can answer with, so each handler lists only its own:
    /// 500 everywhere; for state-changing ones 400 (malformed JSON), 403 (foreign Origin) and 413.
    struct CommonErrors;

    impl Modify for CommonErrors {
        fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
            const INTERNAL: &str = "Unexpected failure (`internal`); nothing internal is revealed.";
            for item in openapi.paths.paths.values_mut() {
                if let Some(operation) = &mut item.get {
                    add_error(operation, "500", INTERNAL);
                }
                for operation in
                    [&mut item.post, &mut item.put, &mut item.patch, &mut item.delete].into_iter().flatten()
                {
                    add_error(operation, "400", "Malformed JSON body (`invalid_json`).");
                    add_error(operation, "403", "Sent from another site's page (`forbidden_origin`).");
                    add_error(operation, "413", "Body larger than 64 KiB (`payload_too_large`).");
                    add_error(operation, "500", INTERNAL);
                }
            }
        }
    }

    /// The session cookie as a security scheme: operations that answer 401 need it; the others
    /// take it if sent (what a signed-in person sees may differ) and work without.
    struct Session;

    impl Modify for Session {
        fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
            let scheme = SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                "qh_session",
                "Set by `POST /api/auth/verify`; HttpOnly, SameSite=Lax.",
            )));
            openapi.components.get_or_insert_with(Default::default).add_security_scheme("session", scheme);
            let signed_in = || SecurityRequirement::new("session", Vec::<String>::new());
            for item in openapi.paths.paths.values_mut() {
                for operation in
                    [&mut item.get, &mut item.post, &mut item.put, &mut item.patch, &mut item.delete]
                        .into_iter()
                        .flatten()
                {
                    let required = operation.responses.responses.contains_key("401");
                    operation.security = Some(if required {
                        vec![signed_in()]
                    } else {
                        vec![SecurityRequirement::default(), signed_in()]
                    });
                }
            }
        }
    }

    /// What each tag groups, and where the API is served.
    const TAGS: &[(&str, &str)] = &[
        ("meta", "The API itself: health and this document."),
        ("auth", "Signing in with a code sent by e-mail, and out."),
        ("me", "The signed-in person: profile, organization, export and deletion."),
        ("mentors", "The open mentor directory and matching."),
        ("bookings", "Mentors' 15-minute slots, booked, moved and cancelled, with invites."),
        ("requests", "Open requests: one-off questions, mentors' offers and their answers."),
        ("threads", "Written conversations that follow a booking or an answered request."),
        ("after the session", "Attendance, feedback, follow-ups and outcomes."),
        ("insights", "Aggregates for organizations and the network; never individuals."),
        ("calendars", "The calendar feed, mentors' busy calendars and free-now windows."),
        ("development", "Local development only: a plain deploy answers these 404."),
    ];

    struct Described;

    impl Modify for Described {
        fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
            openapi.servers = Some(vec![
                ServerBuilder::new()
                    .url("/")
                    .description(Some("The deployment serving this document"))
                    .build(),
            ]);
            openapi.tags = Some(
                TAGS.iter()
                    .map(|(name, description)| {
                        TagBuilder::new().name(*name).description(Some(*description)).build()
                    })
                    .collect(),
            );
        }
    }

    fn add_error(operation: &mut Operation, status: &str, description: &str) {
        operation.responses.responses.entry(status.to_string()).or_insert_with(|| {
            RefOr::T(
                ResponseBuilder::new()
                    .description(description)
                    .content("application/json", Content::new(Some(Ref::from_schema_name("ErrorBody"))))
                    .build(),
            )
        });
    }

    #[test]
    fn the_served_document_is_the_one_the_code_describes() {
        let generated = serde_json::to_string_pretty(&ApiDoc::openapi()).expect("serialisable") + "\n";
        if std::env::var_os("UPDATE_OPENAPI").is_some() {
            std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json"), &generated)
                .expect("writable");
            return;
        }
        assert!(
            generated == DOCUMENT,
            "worker/openapi.json is stale: run `UPDATE_OPENAPI=1 cargo test -p quarterhour-worker openapi`"
        );
    }

    #[test]
    fn every_tag_an_operation_uses_is_described() {
        let document = ApiDoc::openapi();
        let described: Vec<&str> = TAGS.iter().map(|(name, _)| *name).collect();
        for (path, item) in &document.paths.paths {
            for operation in
                [&item.get, &item.post, &item.put, &item.patch, &item.delete].into_iter().flatten()
            {
                for tag in operation.tags.iter().flatten() {
                    assert!(described.contains(&tag.as_str()), "{path}: the tag {tag:?} is not in TAGS");
                }
                assert!(operation.security.is_some(), "{path}: no security requirement");
            }
        }
    }
}

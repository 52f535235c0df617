//! How the one error type is answered: client errors as the `domain` envelope, internal ones
//! logged here and sent only as a bare `internal` error. A client that asks in another language
//! (`Accept-Language`) gets the message in it.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use domain::error::ApiError;
use domain::locale::Locale;
use worker::{Env, Request, Response, console_error};

use crate::app_ctx;
use crate::error::AppError;
use crate::http;

/// The API's error messages in every language but English, by language tag and error code:
/// `locales/<language>/errors.ftl` as the build writes it among the static files.
const MESSAGES_FILE: &str = "/data/errors.json";

type Messages = BTreeMap<String, BTreeMap<String, String>>;

thread_local! {
    // Read once per isolate, on the first error answered in another language.
    static MESSAGES: RefCell<Option<Rc<Messages>>> = const { RefCell::new(None) };
}

/// A language other than English that a request asks for, and every language's messages.
pub type Language = (Locale, Rc<Messages>);

/// The language `req` asks for, when it is one the API speaks other than English and its
/// messages are there. Without the messages file the answer stays English.
pub async fn language_of(req: &Request, env: &Env) -> Option<Language> {
    let header = req.headers().get("accept-language").ok().flatten()?;
    let locale = Locale::from_accept_language(&header).filter(|locale| *locale != Locale::En)?;
    let messages = match MESSAGES.with(|cell| cell.borrow().clone()) {
        Some(messages) => messages,
        None => {
            let read = app_ctx::asset_text(env, MESSAGES_FILE).await.ok().and_then(|text| {
                serde_json::from_str::<Messages>(&text)
                    .inspect_err(|error| console_error!("{MESSAGES_FILE}: {error}"))
                    .ok()
            })?;
            let read = Rc::new(read);
            MESSAGES.with(|cell| *cell.borrow_mut() = Some(Rc::clone(&read)));
            read
        }
    };
    messages.contains_key(locale.tag()).then_some((locale, messages))
}

/// The answer to `error`, in `language` if one is given.
pub fn error_of(error: AppError, language: Option<&Language>) -> Response {
    let (error, headers): (ApiError, Vec<(&str, String)>) = match error {
        AppError::Api(error) => (error, Vec::new()),
        AppError::MethodNotAllowed(allowed) => {
            (ApiError::method_not_allowed(&allowed), vec![("allow", allowed.join(", "))])
        }
        AppError::RateLimited { retry_after } => {
            (ApiError::rate_limited(), vec![("retry-after", retry_after.to_string())])
        }
        AppError::Internal(detail) => {
            console_error!("internal error: {detail}");
            (ApiError::internal(), Vec::new())
        }
    };
    let words = language.and_then(|(locale, messages)| messages.get(locale.tag()));
    let error = match words {
        Some(words) => error.in_words(words),
        None => error,
    };
    let response = http::error_response(error);
    // The message depends on the language asked for.
    let _ = response.headers().set("vary", "accept-language");
    let content_language = language.map_or(Locale::En, |(locale, _)| *locale).tag();
    let _ = response.headers().set("content-language", content_language);
    for (name, value) in headers {
        let _ = response.headers().set(name, &value);
    }
    response
}

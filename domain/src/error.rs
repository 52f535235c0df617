//! The one error envelope every failing API response carries:
//! `{"error":{"code":"<snake_case>","message":"<sentence>","field":"<name>"}}`.
//!
//! `code` is a closed set a client can match on; `message` is for people; `field` names the
//! request field at fault when there is exactly one.

use serde::{Deserialize, Serialize};

/// Machine-readable error codes. Clients match on these; never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The path names nothing, or nothing the caller may see.
    NotFound,
    /// The path exists but not with this method.
    MethodNotAllowed,
    /// The body is not well-formed JSON, or not the JSON shape the endpoint expects.
    InvalidJson,
    /// The body is larger than [`MAX_BODY_BYTES`].
    PayloadTooLarge,
    /// A field is present and well-formed JSON but its value breaks a rule.
    ValidationFailed,
    /// A query parameter is malformed or out of range.
    InvalidParameter,
    /// The request needs a signed-in user.
    Unauthenticated,
    /// The sign-in code is wrong, expired or used up.
    InvalidCode,
    /// A state-changing request came from another site's page (CSRF).
    ForbiddenOrigin,
    /// Signed in, but not allowed to do this to something one can see.
    Forbidden,
    /// Only mentors do this (e.g. read busy times from their calendars); mentoring is off.
    NotAMentor,
    /// Too many requests; `Retry-After` says when to try again.
    RateLimited,
    /// The slot was booked by someone else.
    SlotTaken,
    /// The mentor does not offer this time.
    OutsideAvailability,
    /// The mentor's caps for that day or week are reached.
    OverCapacity,
    /// The mentee already has a session then.
    MenteeBusy,
    /// A mentor tried to book themself.
    CannotBookSelf,
    /// The booking is cancelled and cannot change.
    BookingCancelled,
    /// The session has started; it can no longer be cancelled or moved.
    SessionStarted,
    /// The mentee holds as many upcoming sessions as allowed (in all, or with this mentor).
    TooManyBookings,
    /// The session has not ended yet (attendance, feedback), or nothing has been answered yet.
    TooEarly,
    /// The time to report attendance (48 hours) or give feedback (14 days) is over.
    WrapUpClosed,
    /// After two missed sessions in 30 days the mentee may hold one upcoming session at a time.
    BookingLimited,
    /// The request is closed or expired, or has moved past the step asked for.
    RequestClosed,
    /// This mentor has already made an offer on the request.
    AlreadyOffered,
    /// The author of a request tried to answer it.
    CannotAnswerOwnRequest,
    /// A question was addressed to a mentor who does not take questions now.
    NotAcceptingRequests,
    /// A deployment lacks a setting this needs (e.g. the sign-in secret); logged on our side.
    NotConfigured,
    /// Something failed on our side; details are logged, never sent.
    Internal,
}

impl ErrorCode {
    /// Every code, for the catalogues of their messages in other languages.
    pub const ALL: [ErrorCode; 29] = [
        Self::NotFound,
        Self::MethodNotAllowed,
        Self::InvalidJson,
        Self::PayloadTooLarge,
        Self::ValidationFailed,
        Self::InvalidParameter,
        Self::Unauthenticated,
        Self::InvalidCode,
        Self::ForbiddenOrigin,
        Self::Forbidden,
        Self::NotAMentor,
        Self::RateLimited,
        Self::SlotTaken,
        Self::OutsideAvailability,
        Self::OverCapacity,
        Self::MenteeBusy,
        Self::CannotBookSelf,
        Self::BookingCancelled,
        Self::SessionStarted,
        Self::TooManyBookings,
        Self::TooEarly,
        Self::WrapUpClosed,
        Self::BookingLimited,
        Self::RequestClosed,
        Self::AlreadyOffered,
        Self::CannotAnswerOwnRequest,
        Self::NotAcceptingRequests,
        Self::NotConfigured,
        Self::Internal,
    ];

    /// The HTTP status this code is sent with.
    pub const fn status(self) -> u16 {
        match self {
            Self::NotFound => 404,
            Self::MethodNotAllowed => 405,
            Self::InvalidJson | Self::InvalidParameter => 400,
            Self::PayloadTooLarge => 413,
            Self::ValidationFailed
            | Self::OutsideAvailability
            | Self::OverCapacity
            | Self::MenteeBusy
            | Self::CannotBookSelf
            | Self::CannotAnswerOwnRequest
            | Self::NotAcceptingRequests
            | Self::TooManyBookings
            | Self::TooEarly
            | Self::WrapUpClosed
            | Self::BookingLimited => 422,
            Self::SlotTaken
            | Self::BookingCancelled
            | Self::SessionStarted
            | Self::RequestClosed
            | Self::AlreadyOffered => 409,
            Self::Unauthenticated | Self::InvalidCode => 401,
            Self::ForbiddenOrigin | Self::Forbidden | Self::NotAMentor => 403,
            Self::RateLimited => 429,
            Self::NotConfigured => 503,
            Self::Internal => 500,
        }
    }
}

/// Request bodies above this size are refused with 413 before they are parsed.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// One API error: what went wrong, in words and as a code, and which field it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// The wire envelope: `{"error": {...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: ApiError,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self { code, message: message.into(), field: None }
    }

    /// The same error, attributed to one request field.
    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    pub fn status(&self) -> u16 {
        self.code.status()
    }

    pub fn not_found() -> Self {
        Self::new(ErrorCode::NotFound, "There is nothing here.")
    }

    pub fn method_not_allowed(allowed: &[&str]) -> Self {
        Self::new(ErrorCode::MethodNotAllowed, format!("This address accepts only {}.", allowed.join(", ")))
    }

    pub fn payload_too_large() -> Self {
        Self::new(
            ErrorCode::PayloadTooLarge,
            format!("The request body is larger than {} KiB.", MAX_BODY_BYTES / 1024),
        )
    }

    pub fn unauthenticated() -> Self {
        Self::new(ErrorCode::Unauthenticated, "Sign in to do this.")
    }

    pub fn rate_limited() -> Self {
        Self::new(ErrorCode::RateLimited, "Too many attempts. Please wait a little and try again.")
    }

    pub fn internal() -> Self {
        Self::new(ErrorCode::Internal, "Something went wrong on our side. Please try again.")
    }

    /// A body that failed to parse. `serde_json`'s message names the position and the expected
    /// type, which helps a client author and reveals nothing internal.
    pub fn invalid_json(detail: &serde_json::Error) -> Self {
        let message = match detail.classify() {
            serde_json::error::Category::Data => {
                format!("The request body has the wrong shape: {detail}.")
            }
            _ => format!("The request body is not valid JSON: {detail}."),
        };
        Self::new(ErrorCode::InvalidJson, message)
    }

    /// Decodes a JSON request body. Syntax errors are 400 `invalid_json`; a value of the wrong
    /// type, a missing or an unknown field is 422 `validation_failed` naming the field.
    pub fn decode_json<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(Self::new(ErrorCode::InvalidJson, "The request needs a JSON body."));
        }
        // Every body is an object: serde would otherwise read `[]` as a struct of no fields.
        if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
            return Err(Self::new(ErrorCode::InvalidJson, "The request body must be a JSON object."));
        }
        serde_json::from_slice(bytes).map_err(|inner| {
            if inner.classify() != serde_json::error::Category::Data {
                return Self::invalid_json(&inner);
            }
            let text = inner.to_string();
            let text = text.split(" at line ").next().unwrap_or_default();
            let named = |prefix: &str| {
                text.strip_prefix(prefix).and_then(|rest| rest.split('`').next()).map(str::to_string)
            };
            if let Some(missing) = named("missing field `") {
                return Self::validation(&missing, "This field is required.");
            }
            if let Some(unknown) = named("unknown field `") {
                return Self::validation(&unknown, "This field is not part of the request.");
            }
            match field_at(bytes, inner.line(), inner.column()) {
                Some(field) => {
                    Self::validation(&field, format!("This field has the wrong type or value ({text})."))
                }
                None => Self::invalid_json(&inner),
            }
        })
    }

    pub fn validation(field: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorCode::ValidationFailed, message).with_field(field)
    }

    pub fn invalid_parameter(field: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorCode::InvalidParameter, message).with_field(field)
    }

    /// The error with its message in another language: `messages` (one language's, by error code,
    /// `<code>-field` for an error that names a field, `{field}` standing for its name) replace
    /// the English detail. An error with no message there keeps its own.
    pub fn in_words(mut self, messages: &std::collections::BTreeMap<String, String>) -> Self {
        let code = serde_json::to_value(self.code).ok();
        let Some(code) = code.as_ref().and_then(serde_json::Value::as_str) else { return self };
        let named =
            self.field.as_deref().and_then(|field| Some((field, messages.get(&format!("{code}-field"))?)));
        if let Some((field, message)) = named {
            self.message = message.replace("{field}", field);
        } else if let Some(message) = messages.get(code) {
            self.message.clone_from(message);
        }
        self
    }

    pub fn into_body(self) -> ErrorBody {
        ErrorBody { error: self }
    }
}

/// The field of a JSON object whose value holds the position (1-based `line` and byte `column`,
/// as serde_json reports an error): read only when a body is refused, so that decoding each
/// request type needs no wrapper of its own.
fn field_at(bytes: &[u8], line: usize, column: usize) -> Option<String> {
    let line_start = if line <= 1 {
        0
    } else {
        bytes.iter().enumerate().filter(|(_, b)| **b == b'\n').nth(line - 2).map(|(at, _)| at + 1)?
    };
    // The last byte read, and the next one that is not white space: serde_json stops before a
    // value it refuses by its first byte (`{` for a string), after one it refuses whole.
    let last = line_start + column.saturating_sub(1);
    let next = (last + 1..bytes.len()).find(|at| !bytes[*at].is_ascii_whitespace()).unwrap_or(last);
    let fields =
        serde_json::from_slice::<std::collections::BTreeMap<String, &serde_json::value::RawValue>>(bytes)
            .ok()?;
    let base = bytes.as_ptr() as usize;
    fields.into_iter().find_map(|(field, value)| {
        let start = (value.get().as_ptr() as usize).checked_sub(base)?;
        let value = start..start + value.get().len();
        (value.contains(&last) || value.contains(&next)).then_some(field)
    })
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_has_code_message_and_field() {
        let body = ApiError::validation("email", "Enter an e-mail address.").into_body();
        let json = serde_json::to_value(&body).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"error": {
                "code": "validation_failed",
                "message": "Enter an e-mail address.",
                "field": "email"
            }})
        );
    }

    #[test]
    fn field_is_omitted_when_no_single_field_is_at_fault() {
        let json = serde_json::to_value(ApiError::not_found().into_body()).unwrap();
        assert_eq!(json["error"]["code"], "not_found");
        assert!(json["error"].get("field").is_none());
    }

    #[test]
    fn codes_map_to_their_statuses() {
        assert_eq!(ApiError::not_found().status(), 404);
        assert_eq!(ApiError::method_not_allowed(&["GET"]).status(), 405);
        assert_eq!(ApiError::payload_too_large().status(), 413);
        assert_eq!(ApiError::internal().status(), 500);
        assert_eq!(ApiError::validation("x", "bad").status(), 422);
        assert_eq!(ApiError::invalid_parameter("x", "bad").status(), 400);
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        email: String,
        tags: Option<Vec<String>>,
    }

    fn decode_error(body: &str) -> ApiError {
        ApiError::decode_json::<Sample>(body.as_bytes()).unwrap_err()
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct AllOptional {
        name: Option<String>,
    }

    #[test]
    fn a_body_that_is_not_an_object_is_refused_even_when_every_field_is_optional() {
        for body in ["[]", " [\"x\"]", "null", "5", "\"text\""] {
            let error = ApiError::decode_json::<AllOptional>(body.as_bytes()).unwrap_err();
            assert_eq!(error.code, ErrorCode::InvalidJson, "{body}");
        }
        assert!(ApiError::decode_json::<AllOptional>(b" {}").is_ok());
    }

    #[test]
    fn decoding_names_the_field_at_fault() {
        assert!(ApiError::decode_json::<Sample>(br#"{"email":"a@b.co"}"#).is_ok());
        let missing = decode_error("{}");
        assert_eq!((missing.code, missing.field.as_deref()), (ErrorCode::ValidationFailed, Some("email")));
        let wrong_type = decode_error(r#"{"email": 5}"#);
        assert_eq!(
            (wrong_type.code, wrong_type.field.as_deref()),
            (ErrorCode::ValidationFailed, Some("email"))
        );
        let nested = decode_error(r#"{"email": "a@b.co", "tags": ["x", 3]}"#);
        assert_eq!(nested.field.as_deref(), Some("tags"));
        let unknown = decode_error(r#"{"email": "a@b.co", "nickname": "x"}"#);
        assert_eq!(unknown.field.as_deref(), Some("nickname"));
        // Over several lines, with the wrong value last or first.
        let lines = decode_error("{\n  \"email\": \"a@b.co\",\n  \"tags\": [\"x\",\n 3]\n}");
        assert_eq!(lines.field.as_deref(), Some("tags"), "{lines:?}");
        let first = decode_error("{\r\n\"email\": {\"deep\": true},\r\n\"tags\": []}");
        assert_eq!(first.field.as_deref(), Some("email"), "{first:?}");
        assert!(first.message.contains("wrong type"), "{first:?}");
    }

    #[test]
    fn decoding_refuses_malformed_or_empty_bodies_as_invalid_json() {
        for body in ["", "  ", "{", r#"{"email": "a@b.co"} trailing"#, "[1, 2]", "null"] {
            assert_eq!(decode_error(body).code, ErrorCode::InvalidJson, "{body:?}");
        }
    }

    #[test]
    fn all_lists_every_code_once() {
        // Each code names the next as declared: a new code does not compile here until it is
        // placed, and then fails this test until `ALL` has it too.
        fn after(code: ErrorCode) -> Option<ErrorCode> {
            use ErrorCode::*;
            Some(match code {
                NotFound => MethodNotAllowed,
                MethodNotAllowed => InvalidJson,
                InvalidJson => PayloadTooLarge,
                PayloadTooLarge => ValidationFailed,
                ValidationFailed => InvalidParameter,
                InvalidParameter => Unauthenticated,
                Unauthenticated => InvalidCode,
                InvalidCode => ForbiddenOrigin,
                ForbiddenOrigin => Forbidden,
                Forbidden => NotAMentor,
                NotAMentor => RateLimited,
                RateLimited => SlotTaken,
                SlotTaken => OutsideAvailability,
                OutsideAvailability => OverCapacity,
                OverCapacity => MenteeBusy,
                MenteeBusy => CannotBookSelf,
                CannotBookSelf => BookingCancelled,
                BookingCancelled => SessionStarted,
                SessionStarted => TooManyBookings,
                TooManyBookings => TooEarly,
                TooEarly => WrapUpClosed,
                WrapUpClosed => BookingLimited,
                BookingLimited => RequestClosed,
                RequestClosed => AlreadyOffered,
                AlreadyOffered => CannotAnswerOwnRequest,
                CannotAnswerOwnRequest => NotAcceptingRequests,
                NotAcceptingRequests => NotConfigured,
                NotConfigured => Internal,
                Internal => return None,
            })
        }
        let every: Vec<ErrorCode> =
            std::iter::successors(Some(ErrorCode::NotFound), |code| after(*code)).collect();
        assert_eq!(every, ErrorCode::ALL);
    }

    #[test]
    fn an_error_is_put_in_other_words_by_its_code_and_field() {
        let messages: std::collections::BTreeMap<String, String> = [
            ("not_found", "No hay nada aquí."),
            ("validation_failed", "Un valor no es válido."),
            ("validation_failed-field", "El valor de «{field}» no es válido."),
        ]
        .into_iter()
        .map(|(id, text)| (id.to_owned(), text.to_owned()))
        .collect();
        let named = ApiError::validation("start", "Choose a later time.").in_words(&messages);
        assert_eq!(named.message, "El valor de «start» no es válido.");
        assert_eq!((named.code, named.field.as_deref()), (ErrorCode::ValidationFailed, Some("start")));
        let unnamed = ApiError::new(ErrorCode::ValidationFailed, "No.").in_words(&messages);
        assert_eq!(unnamed.message, "Un valor no es válido.");
        assert_eq!(ApiError::not_found().in_words(&messages).message, "No hay nada aquí.");
        let absent = ApiError::new(ErrorCode::SlotTaken, "Taken.").in_words(&messages);
        assert_eq!(absent.message, "Taken.", "an error with no message there keeps its own");
    }

    #[test]
    fn invalid_json_distinguishes_syntax_from_shape() {
        let syntax = serde_json::from_str::<serde_json::Value>("{nope").unwrap_err();
        assert!(ApiError::invalid_json(&syntax).message.contains("not valid JSON"));
        let shape = serde_json::from_str::<u8>("\"text\"").unwrap_err();
        assert!(ApiError::invalid_json(&shape).message.contains("wrong shape"));
        assert_eq!(ApiError::invalid_json(&shape).code, ErrorCode::InvalidJson);
    }
}

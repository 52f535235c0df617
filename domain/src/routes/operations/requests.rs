use crate::error::ErrorBody;
use crate::request::{CloseRequest, NewRequest, RequestEdit, RequestEnvelope, RequestList};

/// Posts a question.
#[utoipa::path(
    post,
    operation_id = "create_request",
    path = "/api/requests",
    tag = "requests",
    request_body = NewRequest,
    responses(
        (status = 201, description = "Posted and open to offers; `reach` says whom it reached.", body = RequestEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "`mentor_id` names no mentor this user may see.", body = ErrorBody),
        (status = 422, description = "A field breaks a rule (`field` names it), the profile has no name yet, or the mentor asked is not taking questions (`not_accepting_requests`).", body = ErrorBody),
        (status = 429, description = "Too many questions today; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn create() {}

/// Edits a question until a mentor offers on it. Fields left out keep their values.
#[utoipa::path(
    patch,
    operation_id = "edit_request",
    path = "/api/requests/{id}",
    tag = "requests",
    params(("id" = String, Path, description = "The request's id")),
    request_body = RequestEdit,
    responses(
        (status = 200, description = "The request as edited, with its new `reach`.", body = RequestEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such request, or not the user's own.", body = ErrorBody),
        (status = 409, description = "A mentor has offered already (`already_offered`), or it is closed or expired (`request_closed`).", body = ErrorBody),
        (status = 422, description = "A field breaks a rule; `field` names it.", body = ErrorBody),
        (status = 429, description = "More than 30 edits an hour; see `Retry-After`.", body = ErrorBody),
    )
)]
pub fn edit() {}

/// Open requests the signed-in mentor may answer, best fit first, each with its reasons.
#[utoipa::path(
    get,
    operation_id = "requests_for_me",
    path = "/api/requests/for-me",
    tag = "requests",
    params(
        ("expertise" = Option<String>, Query, description = "Only requests naming this skill"),
        ("format" = Option<String>, Query, description = "`call` or `written`: only requests that take that kind of answer"),
    ),
    responses(
        (status = 200, description = "At most 50 requests; empty for people who do not mentor.", body = RequestList),
        (status = 400, description = "A filter is malformed.", body = ErrorBody),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn for_me() {}

/// One request, as the viewer may see it.
#[utoipa::path(
    get,
    operation_id = "get_request",
    path = "/api/requests/{id}",
    tag = "requests",
    params(("id" = String, Path, description = "The request's id")),
    responses(
        (status = 200, description = "The request; offers and the author as the viewer may see them.", body = RequestEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such request, or not one this viewer may see.", body = ErrorBody),
    )
)]
pub fn get() {}

/// The signed-in mentee's own requests, newest first, with every offer.
#[utoipa::path(
    get,
    operation_id = "my_requests",
    path = "/api/me/requests",
    tag = "requests",
    responses(
        (status = 200, description = "The user's requests.", body = RequestList),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    )
)]
pub fn mine() {}

/// Closes a request, saying whether it was resolved.
#[utoipa::path(
    post,
    operation_id = "close_request",
    path = "/api/requests/{id}/close",
    tag = "requests",
    params(("id" = String, Path, description = "The request's id")),
    request_body = CloseRequest,
    responses(
        (status = 200, description = "Closed; threads stay open.", body = RequestEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 403, description = "A mentor who may see the request, but only its author may close it.", body = ErrorBody),
        (status = 404, description = "No such request, or not one this viewer may see.", body = ErrorBody),
        (status = 409, description = "Already closed or expired (`request_closed`).", body = ErrorBody),
    )
)]
pub fn close() {}

//! Open requests: posting a question, the mentors' feed, reading one, and closing it. Offers on
//! them are in `offers`.

use domain::error::{ApiError, ErrorBody};
use domain::ids::RequestId;
use domain::profile as profile_rules;
use domain::request::{
    CloseRequest, Format, NewRequest, RequestEdit, RequestEnvelope, RequestList, RequestRole,
};
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::services::requests;
use crate::store::requests::FeedFilter;
use crate::views;

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
pub async fn create(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let input: NewRequest = ctx.decode()?;
    let row = requests::post(ctx, &user, input).await?;
    http::created(&RequestEnvelope {
        request: views::request::request(&row, RequestRole::Author, &[], Vec::new(), ctx.now),
    })
}

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
pub async fn edit(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let id = ctx.id::<RequestId>("id")?;
    let input: RequestEdit = ctx.decode()?;
    let visible = requests::edit(ctx, &user, &id, input).await?;
    http::ok(&RequestEnvelope { request: views::request::visible(&visible, ctx.now) })
}

/// The feed's filters, from the query string.
struct FeedQuery {
    expertise: Option<String>,
    format: Option<Format>,
}

impl FeedQuery {
    fn parse(ctx: &Ctx<'_>) -> Result<Self, ApiError> {
        let expertise = match ctx.query("expertise").filter(|raw| !raw.trim().is_empty()) {
            Some(raw) => Some(
                profile_rules::normalize_tag(&raw)
                    .map_err(|error| ApiError::invalid_parameter("expertise", error.message))?,
            ),
            None => None,
        };
        let format = match ctx.query("format").as_deref().map(str::trim) {
            None | Some("") | Some("either") => None,
            Some(raw) => Some(
                Format::parse(raw)
                    .ok_or_else(|| ApiError::invalid_parameter("format", "Use call, written or either."))?,
            ),
        };
        Ok(Self { expertise, format })
    }
}

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
pub async fn for_me(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let query = FeedQuery::parse(ctx)?;
    let filter = FeedFilter { expertise: query.expertise.as_deref(), format: query.format };
    let items = requests::feed(ctx, &user, &filter).await?;
    let requests = items
        .into_iter()
        .map(|item| {
            let offers: Vec<_> = item.offer.iter().collect();
            views::request::request(&item.row, item.role, &offers, item.reasons, ctx.now)
        })
        .collect();
    http::ok(&RequestList { requests })
}

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
pub async fn get(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let visible = requests::visible(ctx, &user, &ctx.id::<RequestId>("id")?).await?;
    http::ok(&RequestEnvelope { request: views::request::visible(&visible, ctx.now) })
}

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
pub async fn mine(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let requests = views::request::authored(&requests::authored_by(ctx, &user.id).await?, ctx.now);
    http::ok(&RequestList { requests })
}

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
pub async fn close(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let row = requests::authored(ctx, &user, &ctx.id::<RequestId>("id")?).await?;
    let input: CloseRequest = ctx.decode()?;
    let visible = requests::close(ctx, &user, row, input.resolved).await?;
    http::ok(&RequestEnvelope { request: views::request::visible(&visible, ctx.now) })
}

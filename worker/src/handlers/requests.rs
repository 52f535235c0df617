//! Open requests: posting a question, the mentors' feed, reading one, and closing it. Offers on
//! them are in `offers`.

use domain::error::ApiError;
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

pub async fn create(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let input: NewRequest = ctx.decode()?;
    let row = requests::post(ctx, &user, input).await?;
    http::created(&RequestEnvelope {
        request: views::request::request(&row, RequestRole::Author, &[], &[], ctx.now),
    })
}

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

pub async fn for_me(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let query = FeedQuery::parse(ctx)?;
    let filter = FeedFilter { expertise: query.expertise.as_deref(), format: query.format };
    let items = requests::feed(ctx, &user, &filter).await?;
    let requests = items
        .into_iter()
        .map(|item| {
            let offers: Vec<_> = item.offer.iter().collect();
            views::request::request(&item.row, item.role, &offers, &item.reasons, ctx.now)
        })
        .collect();
    http::ok(&RequestList { requests })
}

pub async fn get(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let visible = requests::visible(ctx, &user, &ctx.id::<RequestId>("id")?).await?;
    http::ok(&RequestEnvelope { request: views::request::visible(&visible, ctx.now) })
}

pub async fn mine(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let requests = views::request::authored(&requests::authored_by(ctx, &user.id).await?, ctx.now);
    http::ok(&RequestList { requests })
}

pub async fn close(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let row = requests::authored(ctx, &user, &ctx.id::<RequestId>("id")?).await?;
    let input: CloseRequest = ctx.decode()?;
    let visible = requests::close(ctx, &user, row, input.resolved).await?;
    http::ok(&RequestEnvelope { request: views::request::visible(&visible, ctx.now) })
}

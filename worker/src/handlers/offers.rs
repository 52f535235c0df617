//! Offers on open requests: a mentor makes one, the mentee accepts it.

use domain::ids::{OfferId, RequestId};
use domain::request::{NewOffer, OfferEnvelope};
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::services::requests;
use crate::views;

pub async fn offer(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let visible = requests::visible(ctx, &user, &ctx.id::<RequestId>("id")?).await?;
    let input: NewOffer = ctx.decode()?;
    let offer = requests::offer(ctx, &user, visible, input).await?;
    http::created(&OfferEnvelope { offer: views::request::offer(&offer) })
}

pub async fn accept(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let user = ctx.user().await?;
    let accepted =
        requests::accept(ctx, &user, &ctx.id::<RequestId>("id")?, &ctx.id::<OfferId>("offer_id")?).await?;
    http::ok(&views::request::acceptance(&accepted, user.id.as_str(), &ctx.origin(), ctx.now))
}

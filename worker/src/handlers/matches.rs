//! "What do you want help with?": mentors who fit a goal, each with the reasons why.

use domain::matching::MatchInput;
use worker::Response;

use crate::http::{self, AppError, Ctx};
use crate::services::matching;
use crate::views;

pub async fn find(ctx: &Ctx<'_>) -> Result<Response, AppError> {
    let request = ctx.decode::<MatchInput>()?.parse()?;
    let viewer = ctx.viewer().await?;
    http::ok(&views::matching::matches(&matching::find(ctx, viewer.as_ref(), request).await?))
}

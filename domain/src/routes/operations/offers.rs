use crate::error::ErrorBody;
use crate::request::{Acceptance, NewOffer, OfferEnvelope};

/// Makes an offer: a written answer, or one of the mentor's free slots.
#[utoipa::path(
    post,
    operation_id = "create_offer",
    path = "/api/requests/{id}/offers",
    tag = "requests",
    params(("id" = String, Path, description = "The request's id")),
    request_body = NewOffer,
    responses(
        (status = 201, description = "Offered; the mentee is mailed.", body = OfferEnvelope),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such request, or not one this viewer may see.", body = ErrorBody),
        (status = 409, description = "This mentor already offered (`already_offered`), or the request no longer takes offers (`request_closed`); a slot just taken is `slot_taken`.", body = ErrorBody),
        (status = 422, description = "A field breaks a rule; the author answering (`cannot_answer_own_request`); a slot outside the mentor's availability or caps, or when the mentee is busy.", body = ErrorBody),
    )
)]
pub fn offer() {}

/// Accepts an offer: books a slot offer, reveals an anonymous mentee to this mentor, and opens
/// their thread. Accepting an accepted offer again answers the same.
#[utoipa::path(
    post,
    operation_id = "accept_offer",
    path = "/api/requests/{id}/offers/{offer_id}/accept",
    tag = "requests",
    params(
        ("id" = String, Path, description = "The request's id"),
        ("offer_id" = String, Path, description = "The offer's id"),
    ),
    responses(
        (status = 200, description = "Accepted: the thread, and for a slot the booking.", body = Acceptance),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 403, description = "A mentor who may see the request, but only its author may accept.", body = ErrorBody),
        (status = 404, description = "No such request of this user, or no such offer on it.", body = ErrorBody),
        (status = 409, description = "The request is closed or expired (`request_closed`), or the slot was taken (`slot_taken`).", body = ErrorBody),
        (status = 422, description = "The slot can no longer be booked: outside the mentor's availability or caps, or the mentee is busy then.", body = ErrorBody),
    )
)]
pub fn accept() {}

//! One request. Its author reads the offers, accepts them and closes it (`author`); a mentor
//! makes an offer (a written answer or one of their free slots) and follows it to the
//! conversation (`mentor`). What either may do follows the request's lifecycle in the domain.

mod author;
mod mentor;

use domain::request::{
    Acceptance, Offer, OfferKind, OfferStatus, Person, Request, RequestEvent, RequestSide,
};
use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::api;
use crate::components::book_slots::BookedLinks;
use crate::components::loaded::Loaded;
use crate::components::profile_bits::{OrganizationBadge, TagList};
use crate::components::request_bits::{StatusPill, audience_label, format_label, timing};
use crate::components::signed_in::SignedIn;
use crate::time;

use author::{AuthorOffers, CloseControls, EditControls, ReachLine};
use mentor::MentorSide;

/// What just happened on this page, announced where the person is.
#[derive(Clone)]
enum Notice {
    Accepted(Box<Acceptance>),
    Offered(OfferKind),
    Closed { resolved: bool },
    Edited,
}

/// The page's state: the request as last answered by the API, and the latest notice.
#[derive(Clone, Copy)]
struct RequestState {
    request: RwSignal<Request>,
    /// Whom it reached, for its author (from the API's `reach`).
    reach: RwSignal<Option<api::Reach>>,
    notice: RwSignal<Option<Notice>>,
    notice_ref: NodeRef<Div>,
}

impl RequestState {
    fn new(view: api::OwnView) -> Self {
        Self {
            request: RwSignal::new(view.request),
            reach: RwSignal::new(view.reach),
            notice: RwSignal::new(None),
            notice_ref: NodeRef::new(),
        }
    }

    /// Shows `notice` and moves focus to it, since the control that led to it is gone.
    fn announce(self, notice: Notice) {
        self.notice.set(Some(notice));
        if let Some(region) = self.notice_ref.get_untracked() {
            let _ = region.focus();
        }
    }

    /// Adds the viewer's new offer, moving the request on as the API just did.
    fn offered(self, offer: Offer) {
        let kind = offer.kind;
        self.request.update(|request| {
            request.offers = vec![offer];
            request.offer_count += 1;
            if let Ok(next) = request.status.after(RequestEvent::Offer) {
                request.status = next;
            }
        });
        self.announce(Notice::Offered(kind));
    }

    /// Whether `event` may happen to the request now: the domain's lifecycle decides what this
    /// page offers, so it cannot drift from what the API accepts.
    fn allows(self, event: RequestEvent) -> bool {
        self.request.with(|request| request.status.after(event).is_ok())
    }
}

/// "Tuesday 1 December, 14:00 your time · 19:30 for Asha (Asia/Kolkata)".
fn slot_line(start: &str, other: Option<&Person>) -> String {
    let mine = format!("{}, {} your time", time::day(start), time::time(start));
    match other {
        Some(person) => format!(
            "{mine} · {} for {} ({})",
            time::time_in(start, &person.timezone),
            person.display_name,
            person.timezone
        ),
        None => mine,
    }
}

#[component]
pub fn RequestPage() -> impl IntoView {
    view! {
        <SignedIn
            title="Request"
            reason="Sign in to read this question. Questions are shown to their author and to the mentors they are meant for."
        >
            <RequestLoader/>
        </SignedIn>
    }
}

#[component]
fn RequestLoader() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let loaded = LocalResource::new(move || api::request(id()));
    let not_found = || {
        view! {
            <section class="narrow" aria-labelledby="page-title">
                <h1 id="page-title">"Request not found"</h1>
                <p>
                    "This question does not exist, or it is not one you can see: questions are shown "
                    "to their author, and to the mentors they are meant for while they are open."
                </p>
                <p><A href="/requests">"See open requests"</A></p>
            </section>
        }
    };
    view! {
        <Loaded resource=loaded loading="Loading the request…" title="Request" not_found let(view)>
            <RequestView view/>
        </Loaded>
    }
}

#[component]
fn RequestView(view: api::OwnView) -> impl IntoView {
    let request = view.request.clone();
    let is_author = request.role == RequestSide::Author;
    let state = RequestState::new(view);
    let current = state.request;
    view! {
        <article class="request" aria-labelledby="page-title">
            <header class="request__header">
                <p class="request__back"><A href="/requests">"Back to requests"</A></p>
                <h1 id="page-title">{move || current.with(|r| r.title.clone())}</h1>
                <p class="request__meta">
                    {move || current.with(|r| view! { <StatusPill status=r.status resolved=r.resolved/> })}
                    <span>{move || current.with(timing)}</span>
                </p>
                {move || current.with(|r| view! { <AuthorLine request=r.clone() is_author/> })}
                {is_author.then(|| view! { <ReachLine state/> })}
            </header>
            // Rendered by the API from Markdown with raw HTML escaped and links checked.
            <div class="prose request__body" inner_html=move || current.with(|r| r.body_html.clone())></div>
            <dl class="facts">
                <div>
                    <dt>"Skills"</dt>
                    <dd>{move || current.with(|r| view! { <TagList tags=r.expertise.clone() empty="None"/> })}</dd>
                </div>
                <div>
                    <dt>"Help wanted"</dt>
                    <dd>{move || current.with(|r| format_label(r.format))}</dd>
                </div>
                <div>
                    <dt>"Who may see it"</dt>
                    <dd>{audience_label(request.audience, is_author)}</dd>
                </div>
                <div>
                    <dt>"Asked"</dt>
                    <dd>{time::date_time(&request.created_at)}</dd>
                </div>
            </dl>
            <div class="notice" role="status" tabindex="-1" node_ref=state.notice_ref>
                {move || state.notice.get().map(|notice| view! { <NoticeView notice/> })}
            </div>
            {if is_author {
                view! { <EditControls state/> <AuthorOffers state/> <CloseControls state/> }.into_any()
            } else {
                view! { <MentorSide state/> }.into_any()
            }}
        </article>
    }
}

#[component]
fn AuthorLine(request: Request, is_author: bool) -> impl IntoView {
    if is_author {
        let accepted = request.offers.iter().any(|offer| offer.status == OfferStatus::Accepted);
        return if request.anonymous {
            view! {
                <p class="request__author">
                    <strong>"You asked anonymously."</strong>
                    {if accepted {
                        " The mentor whose offer you accepted sees your name and organization; other mentors do not."
                    } else {
                        " Mentors see neither your name nor your organization until you accept their offer."
                    }}
                </p>
            }
            .into_any()
        } else {
            view! { <p class="request__author">"Asked by you."</p> }.into_any()
        };
    }
    match request.author {
        Some(author) => view! {
            <p class="request__author">
                "Asked by " <strong>{author.display_name.clone()}</strong>
                {(!author.headline.is_empty()).then(|| format!(", {}", author.headline))}
                " " <OrganizationBadge organization=author.organization.clone()/>
                {request.anonymous.then_some(" (asked anonymously; you see who they are because they accepted your offer)")}
            </p>
        }
        .into_any(),
        None => view! {
            <p class="request__author">
                <strong>"Anonymous mentee."</strong>
                " They chose not to show their name or organization; you will see who they are if they accept your offer."
            </p>
        }
        .into_any(),
    }
}

#[component]
fn NoticeView(notice: Notice) -> impl IntoView {
    match notice {
        Notice::Accepted(acceptance) => {
            let mentor = acceptance.offer.mentor.clone();
            view! {
                <div class="banner banner--success notice__body">
                    <p>
                        <strong>{format!("You accepted {}'s offer.", mentor.display_name)}</strong>
                        " " <A href=format!("/threads/{}", acceptance.thread_id)>"Open the conversation"</A>
                    </p>
                    {acceptance.booking.clone().map(|booking| view! {
                        <p>
                            {format!("Booked: {}. ", slot_line(&booking.start, Some(&mentor)))}
                            "Both of you have an e-mail with the invite."
                        </p>
                        <BookedLinks booking=booking.clone()/>
                    })}
                </div>
            }
            .into_any()
        }
        Notice::Offered(kind) => view! {
            <p class="banner banner--success notice__body">
                {match kind {
                    OfferKind::Written => "Your answer was sent. ",
                    OfferKind::Slot => "Your slot was offered. ",
                }}
                "The mentee gets an e-mail and can accept your offer."
            </p>
        }
        .into_any(),
        Notice::Edited => view! {
            <p class="banner banner--success notice__body">"Saved. Mentors see your question as it is now."</p>
        }
        .into_any(),
        Notice::Closed { resolved } => view! {
            <p class="banner banner--success notice__body">
                {if resolved {
                    "Closed. Glad it is resolved; thank you for saying so."
                } else {
                    "Closed. It takes no more offers; your conversations stay open."
                }}
            </p>
        }
        .into_any(),
    }
}

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
use crate::{t, time};

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
    let (day, time) = (time::day(start), time::time(start));
    match other {
        Some(person) => t::request::slot_both(
            day,
            time,
            time::time_in(start, &person.timezone),
            &person.display_name,
            &person.timezone,
        ),
        None => t::request::slot_mine(day, time),
    }
}

/// Stands for a person's name while a message is split around it, so that nothing in the name is
/// read as markup.
const NAME: &str = "\u{E000}";

/// `message` (written with `NAME` for the name) split at the name: the text before and after it.
fn around_name(message: &str) -> (String, String) {
    let (before, after) = message.split_once(NAME).unwrap_or((message, ""));
    (before.to_owned(), after.to_owned())
}

/// `message` (written with `NAME` for `name`) split at its `<span>…</span>`, the words only screen
/// readers hear: the visible words before, the hidden ones, the visible ones after.
fn with_hidden(message: &str, name: &str) -> (String, String, String) {
    let (before, hidden, after) = match message.split_once("<span>") {
        Some((before, rest)) => {
            let (hidden, after) = rest.split_once("</span>").unwrap_or((rest, ""));
            (before, hidden, after)
        }
        None => (message, "", ""),
    };
    let named = |text: &str| text.replace(NAME, name);
    (named(before), named(hidden), named(after))
}

/// `message` split at its one `<a>…</a>`: the text before, the link's words, the text after.
fn around_link(message: &str) -> (String, String, String) {
    match message.split_once("<a>") {
        Some((before, rest)) => {
            let (link, after) = rest.split_once("</a>").unwrap_or((rest, ""));
            (before.to_owned(), link.to_owned(), after.to_owned())
        }
        None => (message.to_owned(), String::new(), String::new()),
    }
}

#[component]
pub fn RequestPage() -> impl IntoView {
    view! {
        <SignedIn title=t::request::request_title() reason=t::request::request_sign_in_reason()>
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
                <h1 id="page-title">{t::request::request_not_found_title()}</h1>
                <p>{t::request::request_not_found()}</p>
                <p><A href="/requests">{t::request::request_see_open()}</A></p>
            </section>
        }
    };
    view! {
        <Loaded
            resource=loaded
            loading=t::request::request_loading()
            title=t::request::request_title()
            not_found
            let(view)
        >
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
                <p class="request__back"><A href="/requests">{t::request::request_back()}</A></p>
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
                    <dt>{t::request::facts_skills()}</dt>
                    <dd>
                        {move || {
                            current.with(|r| view! { <TagList tags=r.expertise.clone() empty=t::request::facts_skills_none()/> })
                        }}
                    </dd>
                </div>
                <div>
                    <dt>{t::request::facts_format()}</dt>
                    <dd>{move || current.with(|r| format_label(r.format))}</dd>
                </div>
                <div>
                    <dt>{t::request::facts_audience()}</dt>
                    <dd>{audience_label(request.audience, is_author)}</dd>
                </div>
                <div>
                    <dt>{t::request::facts_asked()}</dt>
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
                    <strong>{t::request::author_anonymous()}</strong>
                    " "
                    {if accepted {
                        t::request::author_anonymous_accepted()
                    } else {
                        t::request::author_anonymous_hidden()
                    }}
                </p>
            }
            .into_any()
        } else {
            view! { <p class="request__author">{t::request::author_you()}</p> }.into_any()
        };
    }
    match request.author {
        Some(author) => {
            let message = if author.headline.is_empty() {
                t::request::author_by(NAME)
            } else {
                t::request::author_by_headline(NAME, &author.headline)
            };
            let (before, after) = around_name(&message);
            view! {
                <p class="request__author">
                    {before} <strong>{author.display_name.clone()}</strong> {after}
                    " " <OrganizationBadge organization=author.organization.clone()/>
                    {request.anonymous.then(|| format!(" {}", t::request::author_by_anonymously()))}
                </p>
            }
            .into_any()
        }
        None => view! {
            <p class="request__author">
                <strong>{t::request::author_unknown()}</strong>
                " "
                {t::request::author_unknown_detail()}
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
                        <strong>{t::request::notice_accepted(&mentor.display_name)}</strong>
                        " "
                        <A href=format!("/threads/{}", acceptance.thread_id)>{t::request::notice_open_conversation()}</A>
                    </p>
                    {acceptance.booking.clone().map(|booking| view! {
                        <p>{t::request::notice_booked(slot_line(&booking.start, Some(&mentor)))}</p>
                        <BookedLinks booking=booking.clone()/>
                    })}
                </div>
            }
            .into_any()
        }
        Notice::Offered(kind) => view! {
            <p class="banner banner--success notice__body">
                {match kind {
                    OfferKind::Written => t::request::notice_answer_sent(),
                    OfferKind::Slot => t::request::notice_slot_offered(),
                }}
            </p>
        }
        .into_any(),
        Notice::Edited => view! {
            <p class="banner banner--success notice__body">{t::request::notice_edited()}</p>
        }
        .into_any(),
        Notice::Closed { resolved } => view! {
            <p class="banner banner--success notice__body">
                {if resolved { t::request::notice_closed_resolved() } else { t::request::notice_closed() }}
            </p>
        }
        .into_any(),
    }
}

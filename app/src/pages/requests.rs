//! Open requests: the signed-in person's own questions and, for mentors, the questions that fit
//! them, with filters the URL keeps.

use domain::request::{Format, OfferKind, OfferStatus, Request};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::params::ParamsMap;

use crate::api::{self, ApiFailure};
use crate::browser::minutes_until;
use crate::components::intro::linked;
use crate::components::loaded::Loaded;
use crate::components::profile_bits::TagList;
use crate::components::request_bits::{StatusPill, fit_line, format_label, offers_label, timing};
use crate::components::signed_in::SignInPrompt;
use crate::pages::ask::AskPage;
use crate::session::Session;
use crate::{t, time};

/// The feed's filters, as the URL holds them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedQuery {
    pub expertise: Option<String>,
    /// `call` or `written`: requests that take that kind of answer.
    pub format: Option<Format>,
}

impl FeedQuery {
    pub fn from_params(params: &ParamsMap) -> Self {
        Self {
            expertise: params.get("expertise").filter(|tag| !tag.trim().is_empty()),
            format: params.get("format").as_deref().and_then(Format::parse).filter(|f| *f != Format::Either),
        }
    }

    pub fn to_url(&self) -> String {
        let mut pairs = Vec::new();
        if let Some(tag) = &self.expertise {
            pairs.push(format!("expertise={}", String::from(js_sys::encode_uri_component(tag))));
        }
        if let Some(format) = self.format {
            pairs.push(format!("format={}", format.as_str()));
        }
        if pairs.is_empty() { "/requests".to_string() } else { format!("/requests?{}", pairs.join("&")) }
    }
}

#[component]
pub fn RequestsPage() -> impl IntoView {
    let location = use_location();
    move || match location.pathname.read().as_str() {
        "/requests/new" => view! { <AskPage/> }.into_any(),
        "/requests" => view! { <RequestLists/> }.into_any(),
        // `/requests/:id`: one request, in the same chunk as the list it is opened from.
        _ => view! { <crate::pages::request::RequestPage/> }.into_any(),
    }
}

/// `/requests`; the same chunk holds the form to ask one (`/requests/new`), linked from it.
#[component]
fn RequestLists() -> impl IntoView {
    let session = Session::get();
    // Only what this page depends on, so that a session refresh does not reload the lists.
    let viewer =
        Memo::new(move |_| session.me().map(|me| (me.user.id, me.profile.is_mentor, me.profile.expertise)));
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{t::requests::requests_heading()}</h1>
            <p class="lead">{linked(t::requests::requests_lead(), &[])}</p>
            <Show when=move || session.is_loaded() fallback=|| view! { <p>{t::shell::loading()}</p> }>
                {move || match viewer.get() {
                    None => view! {
                        <SignInPrompt reason=t::requests::requests_visitor()/>
                    }.into_any(),
                    Some((_, is_mentor, expertise)) => view! {
                        <p class="request-actions"><A href="/requests/new" attr:class="button">{t::requests::requests_ask()}</A></p>
                        <MyRequests/>
                        {if is_mentor {
                            view! { <RequestsForYou expertise/> }.into_any()
                        } else {
                            view! {
                                <section class="request-section" aria-labelledby="for-you-title">
                                    <h2 id="for-you-title">{t::requests::requests_answer_heading()}</h2>
                                    <p>{linked(t::requests::requests_become_mentor(), &["/profile"])}</p>
                                </section>
                            }.into_any()
                        }}
                    }.into_any(),
                }}
            </Show>
        </section>
    }
}

#[component]
fn MyRequests() -> impl IntoView {
    let mine = LocalResource::new(api::my_requests);
    view! {
        <section class="request-section" aria-labelledby="mine-title">
            <h2 id="mine-title">{t::requests::requests_mine_heading()}</h2>
            <Loaded resource=mine loading=t::requests::requests_mine_loading() let(list)>
                {if list.requests.is_empty() {
                    view! { <p class="muted">{t::requests::requests_mine_empty()}</p> }.into_any()
                } else {
                    view! {
                        <ul class="request-list">
                            {list.requests.into_iter().map(|request| view! { <OwnRequestCard request/> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </Loaded>
        </section>
    }
}

#[component]
fn OwnRequestCard(request: Request) -> impl IntoView {
    let when = timing(&request);
    view! {
        <li class="card request-card">
            <h3 class="request-card__title">
                <A href=format!("/requests/{}", request.id)>{request.title.clone()}</A>
            </h3>
            <p class="request-card__meta">
                <StatusPill status=request.status resolved=request.resolved/>
                <span>{offers_label(request.offer_count)}</span>
                <span>{when}</span>
            </p>
        </li>
    }
}

#[component]
fn RequestsForYou(expertise: Vec<String>) -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| FeedQuery::from_params(&params.read()));
    let navigate = use_navigate();
    let go = move |next: FeedQuery| {
        navigate(&next.to_url(), NavigateOptions { scroll: false, ..Default::default() });
    };
    let feed = LocalResource::new(move || {
        let FeedQuery { expertise, format } = query.get();
        api::requests_for_me(expertise, format)
    });

    // Options carry the initial choice: the select's value alone is lost before they exist.
    let initial = query.get_untracked();
    // A skill in the URL that is no longer on the profile still shows as chosen.
    let mut skills = expertise;
    if let Some(tag) = initial.expertise.clone().filter(|tag| !skills.contains(tag)) {
        skills.push(tag);
    }
    let go_skill = go.clone();
    let on_skill = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        go_skill(FeedQuery { expertise: (!value.is_empty()).then_some(value), ..query.get_untracked() });
    };
    let on_format = move |ev: leptos::ev::Event| {
        let format = Format::parse(&event_target_value(&ev));
        go(FeedQuery { format, ..query.get_untracked() });
    };

    view! {
        <section class="request-section" aria-labelledby="for-you-title">
            <h2 id="for-you-title">{t::requests::requests_for_you_heading()}</h2>
            <p class="muted">{t::requests::requests_for_you_lead()}</p>
            <div class="filters">
                <div class="field">
                    <label for="feed-skill">{t::requests::requests_filter_skill()}</label>
                    <select id="feed-skill" on:change=on_skill prop:value=move || query.get().expertise.unwrap_or_default()>
                        <option value="">{t::requests::requests_filter_any_skill()}</option>
                        {skills.into_iter().map(|tag| {
                            let selected = initial.expertise.as_deref() == Some(tag.as_str());
                            view! { <option value=tag.clone() selected=selected>{tag.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="feed-format">{t::requests::requests_filter_answer_by()}</label>
                    <select id="feed-format" on:change=on_format
                        prop:value=move || query.get().format.map(|f| f.as_str()).unwrap_or_default()>
                        <option value="">{t::requests::requests_filter_call_or_writing()}</option>
                        <option value="call" selected=initial.format == Some(Format::Call)>{t::requests::format_call()}</option>
                        <option value="written" selected=initial.format == Some(Format::Written)>{t::requests::requests_filter_writing()}</option>
                    </select>
                </div>
            </div>
            <Loaded resource=feed loading=t::requests::requests_feed_loading() let(list)>
                <p class="results__count" role="status">
                    {t::requests::requests_feed_count(list.requests.len())}
                </p>
                {if list.requests.is_empty() {
                    let filtered = query.get_untracked() != FeedQuery::default();
                    view! {
                        <p class="empty">
                            {if filtered {
                                t::requests::requests_feed_empty_filtered()
                            } else {
                                t::requests::requests_feed_empty()
                            }}
                        </p>
                    }.into_any()
                } else {
                    view! {
                        <ul class="request-list">
                            {list.requests.into_iter().map(|request| view! { <FeedCard request/> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </Loaded>
        </section>
    }
}

#[component]
fn FeedCard(request: Request) -> impl IntoView {
    let when = timing(&request);
    let asked_by = request.author.as_ref().map_or_else(t::requests::requests_asked_anonymously, |a| {
        t::requests::requests_asked_by(&a.display_name)
    });
    let own_offer = request.offers.first().map(|offer| match offer.status {
        OfferStatus::Pending => t::requests::requests_you_offered(),
        OfferStatus::Accepted => t::requests::requests_your_offer_accepted(),
    });
    let can_offer_now = own_offer.is_none() && request.format.accepts(OfferKind::Slot);
    view! {
        <li class="card request-card">
            <h3 class="request-card__title">
                <A href=format!("/requests/{}", request.id)>{request.title.clone()}</A>
            </h3>
            {(!request.fit.is_empty()).then(|| view! {
                <p class="reasons"><strong>{t::requests::requests_why_fits()}" "</strong>{fit_line(&request.fit)}</p>
            })}
            <div class="request-card__skills">
                <span class="visually-hidden">{t::requests::requests_card_skills()}" "</span>
                <TagList tags=request.expertise.clone() empty=""/>
            </div>
            <p class="request-card__meta">
                {own_offer.map(|label| view! { <span class="pill pill--accent">{label}</span> })}
                <span>{format_label(request.format)}</span>
                <span>{asked_by}</span>
                <span>{offers_label(request.offer_count)}</span>
                <span>{when}</span>
            </p>
            {can_offer_now.then(|| view! { <OfferFreeNow request_id=request.id.clone()/> })}
        </li>
    }
}

/// For a mentor who is free right now: offers the first slot of the window in one click.
#[component]
fn OfferFreeNow(request_id: String) -> impl IntoView {
    let session = Session::get();
    let failure = RwSignal::new(None::<ApiFailure>);
    let offered = RwSignal::new(None::<String>);
    let free_until =
        move || session.me().and_then(|me| me.free_now_until).filter(|until| minutes_until(until).is_some());
    let offer = Action::new_local(move |_: &()| {
        let request_id = request_id.clone();
        let me = session.me_untracked();
        async move {
            let Some((mentor_id, until)) = me.and_then(|me| Some((me.user.id, me.free_now_until?))) else {
                return;
            };
            match api::offer_free_now_slot(request_id, mentor_id, until).await {
                Ok(start) => {
                    failure.set(None);
                    offered.set(Some(start));
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    view! {
        {move || match offered.get() {
            Some(start) => Some(view! {
                <p class="banner banner--success" role="status">
                    {t::requests::requests_offered_call(time::time(&start))}
                </p>
            }.into_any()),
            None => free_until().map(|_| view! {
                <p class="actions">
                    <button type="button" class="button button--small" disabled=move || offer.pending().get()
                        on:click=move |_| { offer.dispatch(()); }>
                        {t::requests::requests_offer_now()}
                    </button>
                </p>
            }.into_any()),
        }}
        {move || failure.get().map(|f| view! { <p class="field-error" role="alert">{f.message()}</p> })}
    }
}

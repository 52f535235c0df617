//! The mentor directory: search, filters with counts, result cards and "load more". The URL
//! holds the whole query, so a search can be shared and survives a reload.

use domain::profile::CareerStage;
use domain::wire::{MentorCard, MentorList};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;

use crate::api::{self, ApiFailure};
use crate::browser::minutes_until;
use crate::components::intro::linked;
use crate::components::later::Later;
use crate::components::loaded::Loaded;
use crate::components::profile_bits::{OrganizationBadge, language_label};
use crate::i18n::{self, Language};
use crate::session::Session;
use crate::{t, time};

/// The directory's query, as the URL holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryQuery {
    pub q: String,
    pub expertise: Vec<String>,
    pub organization: Option<String>,
    pub exclude_organization: Option<String>,
    pub language: Option<String>,
    pub career_stage: Option<String>,
    pub tz_overlap_hours: Option<String>,
    pub sort: Option<String>,
    /// Only mentors who are free right now.
    pub available_now: bool,
    /// Only mentors with a free slot in the next seven days ("Available this week").
    pub this_week: bool,
}

impl DirectoryQuery {
    pub fn from_params(params: &ParamsMap) -> Self {
        let one = |key: &str| params.get(key).filter(|value| !value.is_empty());
        Self {
            q: params.get("q").unwrap_or_default(),
            expertise: params.get_all("expertise").unwrap_or_default(),
            organization: one("organization"),
            exclude_organization: one("exclude_organization"),
            language: one("language"),
            career_stage: one("career_stage"),
            tz_overlap_hours: one("tz_overlap_hours"),
            sort: one("sort"),
            available_now: params.get("available_now").as_deref() == Some("true"),
            this_week: params.get("available_within_days").as_deref() == Some("7"),
        }
    }

    /// The query string, for the page URL and the API alike.
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        if !self.q.trim().is_empty() {
            pairs.push(("q", self.q.trim()));
        }
        for tag in &self.expertise {
            pairs.push(("expertise", tag));
        }
        for (key, value) in [
            ("organization", &self.organization),
            ("exclude_organization", &self.exclude_organization),
            ("language", &self.language),
            ("career_stage", &self.career_stage),
            ("tz_overlap_hours", &self.tz_overlap_hours),
            ("sort", &self.sort),
        ] {
            if let Some(value) = value {
                pairs.push((key, value));
            }
        }
        if self.available_now {
            pairs.push(("available_now", "true"));
        }
        if self.this_week {
            pairs.push(("available_within_days", "7"));
        }
        pairs
            .into_iter()
            .map(|(key, value)| format!("{key}={}", String::from(js_sys::encode_uri_component(value))))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The query for the API: the page's, plus the browser's zone when working hours must overlap.
    pub fn to_api_query(&self) -> String {
        let query = self.to_query_string();
        match (&self.tz_overlap_hours, time::device_zone()) {
            (Some(_), Some(zone)) => {
                let zone = String::from(js_sys::encode_uri_component(&zone));
                if query.is_empty() {
                    format!("viewer_timezone={zone}")
                } else {
                    format!("{query}&viewer_timezone={zone}")
                }
            }
            _ => query,
        }
    }

    pub fn has_filters(&self) -> bool {
        *self != Self { sort: self.sort.clone(), ..Self::default() }
    }

    pub fn toggle_expertise(mut self, tag: &str) -> Self {
        if self.expertise.iter().any(|t| t == tag) {
            self.expertise.retain(|t| t != tag);
        } else {
            self.expertise.push(tag.to_string());
        }
        self
    }

    /// The active filters as (label, query without that filter), for removable chips.
    pub fn chips(&self) -> Vec<(String, DirectoryQuery)> {
        let mut chips = Vec::new();
        if !self.q.trim().is_empty() {
            chips.push((t::finding::chip_search(self.q.trim()), Self { q: String::new(), ..self.clone() }));
        }
        for tag in &self.expertise {
            chips.push((tag.clone(), self.clone().toggle_expertise(tag)));
        }
        if let Some(org) = &self.organization {
            chips.push((t::finding::chip_organization(org), Self { organization: None, ..self.clone() }));
        }
        if let Some(org) = &self.exclude_organization {
            chips.push((
                t::finding::chip_not_organization(org),
                Self { exclude_organization: None, ..self.clone() },
            ));
        }
        if let Some(code) = &self.language {
            chips.push((
                t::finding::chip_language(language_label(code)),
                Self { language: None, ..self.clone() },
            ));
        }
        if let Some(stage) = self.career_stage.as_deref().and_then(CareerStage::parse) {
            chips.push((
                t::finding::career_stage(stage.as_str()),
                Self { career_stage: None, ..self.clone() },
            ));
        }
        if let Some(hours) = &self.tz_overlap_hours {
            let label = match hours.parse::<u32>() {
                Ok(n) => t::finding::chip_overlap(n),
                Err(_) => t::finding::chip_overlap(hours),
            };
            chips.push((label, Self { tz_overlap_hours: None, ..self.clone() }));
        }
        if self.available_now {
            chips.push((t::finding::chip_free_now(), Self { available_now: false, ..self.clone() }));
        }
        if self.this_week {
            chips.push((t::finding::chip_this_week(), Self { this_week: false, ..self.clone() }));
        }
        chips
    }
}

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| DirectoryQuery::from_params(&params.read()));
    let navigate = use_navigate();
    let go = move |next: DirectoryQuery| {
        let search = next.to_query_string();
        let url = if search.is_empty() { "/mentors".to_string() } else { format!("/mentors?{search}") };
        navigate(&url, NavigateOptions { scroll: false, ..Default::default() });
    };

    let first_page = LocalResource::new(move || api::search_mentors(query.get().to_api_query()));
    // Pages fetched with "load more" after the first; cleared whenever the query changes.
    let more = RwSignal::new(Vec::<MentorCard>::new());
    let next_cursor = RwSignal::new(None::<String>);
    let more_failure = RwSignal::new(None::<ApiFailure>);
    Effect::new(move |_| {
        if let Some(Ok(list)) = first_page.get() {
            more.set(Vec::new());
            next_cursor.set(list.meta.next_cursor.clone());
        }
    });
    let load_more = Action::new_local(move |cursor: &String| {
        let query = format!("{}&cursor={cursor}", query.get_untracked().to_query_string());
        async move {
            match api::search_mentors(query).await {
                Ok(list) => {
                    more.update(|cards| cards.extend(list.mentors));
                    next_cursor.set(list.meta.next_cursor);
                    more_failure.set(None);
                }
                Err(failure) => more_failure.set(Some(failure)),
            }
        }
    });

    let text = RwSignal::new(query.get_untracked().q);
    let on_search = {
        let go = go.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            go(DirectoryQuery { q: text.get_untracked(), ..query.get_untracked() });
        }
    };

    // On a narrow screen the filters stay folded under one button above the results.
    let filters_open = RwSignal::new(false);
    view! {
        <section aria-labelledby="page-title" class="directory-page" class:directory-page--filters-open=move || filters_open.get()>
            <h1 id="page-title">{t::finding::directory_heading()}</h1>
            <p class="lead">{linked(t::finding::directory_lead(), &["/match"])}</p>
            <form class="search" role="search" on:submit=on_search>
                <label for="directory-q" class="visually-hidden">{t::finding::directory_search_label()}</label>
                <input id="directory-q" type="search" placeholder=t::finding::directory_search_placeholder() bind:value=text/>
                <button type="submit" class="button">{t::finding::directory_search_submit()}</button>
            </form>
            <button type="button" class="button button--secondary filters-toggle"
                aria-expanded=move || filters_open.get().to_string()
                aria-controls="directory-filters directory-facets"
                on:click=move |_| filters_open.update(|open| *open = !*open)>
                {move || {
                    let active = query.with(|q| q.chips().len());
                    match (filters_open.get(), active) {
                        (true, 0) => t::finding::filters_hide(),
                        (true, n) => t::finding::filters_hide_active(n),
                        (false, 0) => t::finding::filters_show(),
                        (false, n) => t::finding::filters_show_active(n),
                    }
                }}
            </button>
            <Filters query=query go=go.clone()/>
            <Loaded resource=first_page loading=t::finding::directory_searching() let(list)>
                <Results list query go=go.clone() more next_cursor load_more more_failure/>
            </Loaded>
        </section>
    }
}

/// Select filters, and "outside my organization" for people who have one.
#[component]
fn Filters(
    query: Memo<DirectoryQuery>,
    go: impl Fn(DirectoryQuery) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let session = Session::get();
    let my_domain = move || session.me().and_then(|me| me.user.organization).map(|org| org.domain);
    let select = |key: &'static str| {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            let value = (!value.is_empty()).then_some(value);
            let mut next = query.get_untracked();
            match key {
                "career_stage" => next.career_stage = value,
                "tz_overlap_hours" => next.tz_overlap_hours = value,
                _ => next.sort = value,
            }
            go(next);
        }
    };
    let go_outside = go.clone();
    let go_now = go.clone();
    let go_week = go.clone();
    view! {
        <div class="filters" id="directory-filters">
            <div class="field">
                <label for="filter-stage">{t::finding::filter_stage()}</label>
                <select id="filter-stage" on:change=select("career_stage")
                    prop:value=move || query.get().career_stage.unwrap_or_default()>
                    <option value="">{t::finding::filter_stage_any()}</option>
                    {CareerStage::ALL.into_iter().map(|stage| view! { <option value=stage.as_str()>{t::finding::career_stage(stage.as_str())}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-overlap">{t::finding::filter_overlap()}</label>
                <select id="filter-overlap" on:change=select("tz_overlap_hours")
                    prop:value=move || query.get().tz_overlap_hours.unwrap_or_default()>
                    <option value="">{t::finding::filter_overlap_any()}</option>
                    {[2, 4, 6, 8].into_iter().map(|h| view! { <option value=h.to_string()>{t::finding::filter_overlap_at_least(h)}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-sort">{t::finding::filter_sort()}</label>
                <select id="filter-sort" on:change=select("sort") prop:value=move || query.get().sort.unwrap_or_default()>
                    <option value="">{t::finding::sort_best_match()}</option>
                    <option value="newest">{t::finding::sort_newest()}</option>
                    <option value="soonest">{t::finding::sort_soonest()}</option>
                </select>
            </div>
            <div class="check filters__check">
                <input id="filter-free-now" type="checkbox" prop:checked=move || query.get().available_now
                    on:change=move |_| {
                        let next = query.get_untracked();
                        go_now(DirectoryQuery { available_now: !next.available_now, ..next });
                    }/>
                <label for="filter-free-now">{t::finding::filter_free_now()}</label>
            </div>
            <div class="check filters__check">
                <input id="filter-this-week" type="checkbox" prop:checked=move || query.get().this_week
                    on:change=move |_| {
                        let next = query.get_untracked();
                        go_week(DirectoryQuery { this_week: !next.this_week, ..next });
                    }/>
                <label for="filter-this-week">{t::finding::filter_this_week()}</label>
            </div>
            {move || my_domain().map(|domain| {
                let go = go_outside.clone();
                let outside = query.get().exclude_organization.as_deref() == Some(domain.as_str());
                view! {
                    <div class="check filters__check">
                        <input id="filter-outside" type="checkbox" prop:checked=outside on:change=move |_| {
                            let next = query.get_untracked();
                            let exclude = (!outside).then(|| domain.clone());
                            go(DirectoryQuery { exclude_organization: exclude, ..next });
                        }/>
                        <label for="filter-outside">{t::finding::filter_outside()}</label>
                    </div>
                }
            })}
        </div>
    }
}

/// Cards drawn in one task: the first few with the page, each few more in a task of its own, so
/// no task holds the page for long.
const CARDS_PER_TASK: usize = 4;

#[component]
fn Results(
    list: MentorList,
    query: Memo<DirectoryQuery>,
    go: impl Fn(DirectoryQuery) + Clone + Send + Sync + 'static,
    more: RwSignal<Vec<MentorCard>>,
    next_cursor: RwSignal<Option<String>>,
    load_more: Action<String, ()>,
    more_failure: RwSignal<Option<ApiFailure>>,
) -> impl IntoView {
    let current = query.get_untracked();
    let total = list.meta.total;
    let chips = current.chips();
    let go_chip = go.clone();
    let go_facet = go.clone();
    let go_clear = go.clone();
    let go_lang = go.clone();
    let go_org = go.clone();
    let suggestion = current.expertise.first().cloned().or_else(|| current.language.clone());
    let (facets, picked) = (list.facets.clone(), current.clone());
    // The first cards paint first; the rest of the page follows in tasks of its own.
    let mut cards = list.mentors.into_iter();
    let mut next_cards = move || cards.by_ref().take(CARDS_PER_TASK).collect::<Vec<_>>();
    let first_cards = next_cards();
    let later_tasks: Vec<_> =
        std::iter::from_fn(|| Some(next_cards()).filter(|cards| !cards.is_empty())).collect();
    view! {
        <div class="directory">
            <aside class="facets" id="directory-facets" aria-label=t::finding::facets_label()>
                <Later>
                    <h2 class="facets__title">{t::finding::facets_skills()}</h2>
                    <ul class="facet-list">
                        {facets.expertise.into_iter().map(|facet| {
                            let go = go_facet.clone();
                            let pressed = picked.expertise.contains(&facet.tag);
                            let tag = facet.tag.clone();
                            view! {
                                <li>
                                    <button type="button" class="facet" aria-pressed=pressed.to_string()
                                        on:click=move |_| go(query.get_untracked().toggle_expertise(&tag))>
                                        {facet.tag.clone()} <span class="facet__count">{i18n::format_number(facet.count as f64)}</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <h2 class="facets__title">{t::finding::facets_languages()}</h2>
                    <ul class="facet-list">
                        {facets.language.into_iter().map(|facet| {
                            let go = go_lang.clone();
                            let pressed = picked.language.as_deref() == Some(facet.code.as_str());
                            let code = facet.code.clone();
                            view! {
                                <li>
                                    <button type="button" class="facet" aria-pressed=pressed.to_string() on:click=move |_| {
                                        let language = (!pressed).then(|| code.clone());
                                        go(DirectoryQuery { language, ..query.get_untracked() });
                                    }>
                                        {language_label(&facet.code)} <span class="facet__count">{i18n::format_number(facet.count as f64)}</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <h2 class="facets__title">{t::finding::facets_organizations()}</h2>
                    <ul class="facet-list">
                        {facets.organization.into_iter().map(|facet| {
                            let go = go_org.clone();
                            let pressed = picked.organization.as_deref() == Some(facet.domain.as_str());
                            let domain = facet.domain.clone();
                            view! {
                                <li>
                                    <button type="button" class="facet" aria-pressed=pressed.to_string() on:click=move |_| {
                                        let organization = (!pressed).then(|| domain.clone());
                                        go(DirectoryQuery { organization, ..query.get_untracked() });
                                    }>
                                        {facet.name.clone()} <span class="facet__count">{i18n::format_number(facet.count as f64)}</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </Later>
            </aside>
            <div class="results">
                <p class="results__count" role="status">
                    {t::finding::results_count(total)}
                </p>
                {(!chips.is_empty()).then(|| view! {
                    <ul class="chips" aria-label=t::finding::chips_label()>
                        {chips.into_iter().map(|(label, without)| {
                            let go = go_chip.clone();
                            view! {
                                <li>
                                    <button type="button" class="chip" on:click=move |_| go(without.clone())
                                        aria-label=t::finding::chip_remove(&label)>
                                        {label.clone()} <span aria-hidden="true">" ×"</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })}
                {if first_cards.is_empty() {
                    let go = go_clear.clone();
                    let has_filters = current.has_filters();
                    view! {
                        <div class="empty">
                            <h2>{t::finding::empty_heading()}</h2>
                            <p>{match suggestion {
                                Some(term) => t::finding::empty_try_removing(term),
                                None if has_filters => t::finding::empty_fewer_filters(),
                                None => t::finding::empty_nobody(),
                            }}</p>
                            {has_filters.then(|| view! {
                                <button type="button" class="button button--secondary" on:click=move |_| go(DirectoryQuery::default())>
                                    {t::finding::empty_clear_filters()}
                                </button>
                            })}
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <ul class="mentor-cards">
                            {first_cards.into_iter().map(|mentor| view! { <MentorCardView mentor/> }).collect_view()}
                            {later_tasks.into_iter().map(|cards| view! {
                                <Later>
                                    {cards.into_iter().map(|mentor| view! { <MentorCardView mentor/> }).collect_view()}
                                </Later>
                            }).collect_view()}
                            <For each=move || more.get() key=|mentor| mentor.id.clone() let(mentor)>
                                <MentorCardView mentor/>
                            </For>
                        </ul>
                    }.into_any()
                }}
                <p class="banner banner--error" role="alert" hidden=move || more_failure.with(Option::is_none)>
                    {move || more_failure.get().map(|f| f.message())}
                </p>
                {move || next_cursor.get().map(|cursor| view! {
                    <button type="button" class="button button--secondary load-more" disabled=move || load_more.pending().get()
                        on:click=move |_| { load_more.dispatch(cursor.clone()); }>
                        {move || if load_more.pending().get() { t::finding::load_more_loading() } else { t::finding::load_more() }}
                    </button>
                })}
            </div>
        </div>
    }
}

#[component]
fn MentorCardView(mentor: MentorCard) -> impl IntoView {
    let local_time = Some(time::now_in(&mentor.timezone));
    let free_until =
        mentor.free_now_until.as_deref().filter(|until| minutes_until(until).is_some()).map(time::time);
    // A slot that has passed since the search is left out rather than offered.
    let next_slot =
        mentor.next_free_slot.clone().filter(|start| minutes_until(start).is_some()).map(|start| {
            let label = t::finding::card_next_free(time::short_day_time(&start));
            let href = format!("/mentors/{}?slot={}", mentor.id, api::encode(&start));
            (label, href, t::finding::card_next_free_whom(&mentor.display_name))
        });
    let languages = mentor.languages.iter().map(|code| language_label(code)).collect::<Vec<_>>();
    // English keeps its plain commas; other languages list in their own way.
    let languages = if i18n::language() == Language::ENGLISH {
        languages.join(", ")
    } else {
        i18n::format_list(&languages)
    };
    let impact = &mentor.impact;
    let impact = [
        (impact.sessions_held > 0).then(|| t::finding::impact_sessions(impact.sessions_held)),
        (impact.people_helped > 0).then(|| t::finding::impact_people(impact.people_helped)),
        (impact.answers_accepted > 0).then(|| t::finding::impact_answers(impact.answers_accepted)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>();
    let impact = (!impact.is_empty()).then(|| impact.join(" · "));
    view! {
        <li class="card mentor-card">
            <h2 class="mentor-card__name"><A href=format!("/mentors/{}", mentor.id)>{mentor.display_name.clone()}</A></h2>
            {(!mentor.headline.is_empty()).then(|| view! { <p class="mentor-card__headline">{mentor.headline.clone()}</p> })}
            <p class="mentor-card__meta">
                <OrganizationBadge organization=mentor.organization.clone()/>
                {free_until.map(|until| view! {
                    <span class="badge badge--free">{t::finding::card_free_now()}<span class="badge__detail">" · "{t::finding::card_free_until(until)}</span></span>
                })}
            </p>
            <ul class="tags" aria-label=t::finding::card_expertise()>
                {mentor.expertise.iter().take(6).map(|tag| view! { <li class="tag">{tag.clone()}</li> }).collect_view()}
            </ul>
            {impact.map(|line| view! { <p class="mentor-card__impact">{line}</p> })}
            {next_slot.map(|(label, href, whom)| view! {
                <p class="mentor-card__next">
                    <A href=href attr:class="slot">{label}<span class="visually-hidden">{whom}</span></A>
                </p>
            })}
            <p class="mentor-card__facts">
                {(!languages.is_empty()).then(|| t::finding::card_speaks(languages))}
                <br/>
                {local_time.map(|time| t::finding::card_local_time(time, &mentor.timezone))}
            </p>
        </li>
    }
}

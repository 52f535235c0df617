//! An organization's insights (`/organizations/:domain/insights`), for its members: totals from
//! at least 5 people, rounded; charts drawn as SVG with a text alternative and a table of the
//! same numbers.

use domain::insights::{Figure, Insights, MonthFigures, SkillFigure};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api;
use crate::components::intro::linked;
use crate::components::loaded::Loaded;
use crate::i18n::format_number;
use crate::session::Session;
use crate::t;

/// The periods, by their value in the API, with their names.
fn periods() -> [(&'static str, String); 3] {
    [
        ("30d", t::profile::insights_period_days(30)),
        ("90d", t::profile::insights_period_days(90)),
        ("365d", t::profile::insights_period_months(12)),
    ]
}

/// `message` with its `<em>…</em>` emphasised.
fn emphasised(message: String) -> impl IntoView {
    let (before, rest) = message.split_once("<em>").unwrap_or((message.as_str(), ""));
    let (em, after) = rest.split_once("</em>").unwrap_or((rest, ""));
    let (before, em, after) = (before.to_owned(), em.to_owned(), after.to_owned());
    view! { {before} <em>{em}</em> {after} }
}

/// `value` rounded to a whole number as `{:.0}` rounds it.
fn whole(value: f64) -> f64 {
    format!("{value:.0}").parse().unwrap_or(value)
}

#[component]
pub fn InsightsPage() -> impl IntoView {
    let params = use_params_map();
    let domain = move || params.read().get("domain").unwrap_or_default();
    let period = RwSignal::new("90d".to_string());
    let insights = LocalResource::new(move || api::organization_insights(domain(), period.get()));
    let session = Session::get();
    // The organization's name: from the API when it says, else the member's own organization,
    // else its domain.
    let title = move || {
        let domain = domain();
        let from_api = insights.get().and_then(|answer| answer.ok()).and_then(|(_, name)| name);
        let own = session.me().and_then(|me| me.user.organization).filter(|org| org.domain == domain);
        let name = from_api.or(own.map(|org| org.name)).unwrap_or(domain);
        t::profile::insights_heading(name)
    };
    view! {
        <section aria-labelledby="page-title" class="insights">
            <h1 id="page-title">{title}</h1>
            <p class="lead">{emphasised(t::profile::insights_lead())}</p>
            <fieldset class="period-picker">
                <legend>{t::profile::insights_period()}</legend>
                {periods().into_iter().map(|(value, label)| view! {
                    <label class="choice">
                        <input type="radio" name="period" value=value
                            prop:checked=move || period.get() == value
                            on:change=move |_| period.set(value.to_string())/>
                        {label}
                    </label>
                }).collect_view()}
            </fieldset>
            <Loaded resource=insights loading=t::profile::insights_loading() not_found=|| view! {
                <p>{linked(t::profile::insights_not_found(), &["/"])}</p>
            } let(answer)>
                <Figures figures=answer.0/>
            </Loaded>
        </section>
    }
}

fn shown(figure: Figure) -> String {
    match figure.value {
        Some(value) => format_number(value),
        None => t::profile::insights_fewer_than_five(),
    }
}

#[component]
fn Row(label: String, figure: Figure) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{label}</th>
            <td class:suppressed=figure.suppressed>{shown(figure)}</td>
        </tr>
    }
}

#[component]
fn Figures(figures: Insights) -> impl IntoView {
    let p = figures.participation.clone();
    let a = figures.across_companies.clone();
    let hours = match p.median_hours_to_first_offer.value {
        Some(hours) => t::profile::insights_hours(hours),
        None => t::profile::insights_too_few_sessions(),
    };
    view! {
        <section class="panel" aria-labelledby="participation-title">
            <h2 id="participation-title">{t::profile::insights_participation()}</h2>
            <table class="figures">
                <tbody>
                    <Row label=t::profile::insights_mentors() figure=p.mentors/>
                    <Row label=t::profile::insights_active_mentees() figure=p.active_mentees/>
                    <Row label=t::profile::insights_sessions_held() figure=p.sessions_held/>
                    <Row label=t::profile::insights_sessions_as_mentor() figure=p.sessions_as_mentor/>
                    <Row label=t::profile::insights_sessions_as_mentee() figure=p.sessions_as_mentee/>
                    <Row label=t::profile::insights_questions_asked() figure=p.questions_asked/>
                    <Row label=t::profile::insights_questions_answered() figure=p.questions_answered/>
                    <tr><th scope="row">{t::profile::insights_median_first_offer()}</th><td>{hours}</td></tr>
                </tbody>
            </table>
        </section>
        <section class="panel" aria-labelledby="across-title">
            <h2 id="across-title">{t::profile::insights_across()}</h2>
            <table class="figures">
                <tbody>
                    <Row label=t::profile::insights_sessions_given() figure=a.sessions_given/>
                    <Row label=t::profile::insights_answers_given() figure=a.answers_given/>
                    <Row label=t::profile::insights_sessions_received() figure=a.sessions_received/>
                    <Row label=t::profile::insights_answers_received() figure=a.answers_received/>
                    <Row label=t::profile::insights_organizations_helped() figure=a.organizations_helped/>
                    <Row label=t::profile::insights_organizations_helped_by() figure=a.organizations_helped_by/>
                </tbody>
            </table>
        </section>
        <SkillsChart demand=figures.skills.demand.clone() supply=figures.skills.supply.clone() gaps=figures.skills.gaps.clone()/>
        {figures.quality.clone().map(|quality| view! {
            <section class="panel" aria-labelledby="quality-title">
                <h2 id="quality-title">{t::profile::insights_quality()}</h2>
                <table class="figures">
                    <tbody>
                        <tr>
                            <th scope="row">{t::profile::insights_rated_helpful()}</th>
                            <td>{quality.helpful_share.value.map_or_else(t::profile::insights_too_few_ratings, |share| t::profile::insights_percent(whole(share * 100.0)))}</td>
                        </tr>
                        {quality.kudos.into_iter().map(|k| view! {
                            <tr><th scope="row">{t::profile::insights_kudos(&k.tag, k.tag.replace('_', " "))}</th><td>{shown(k.figure)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        })}
        <TrendChart trend=figures.trend.clone()/>
    }
}

/// Bars for how many questions asked about a skill and how many mentors give it.
#[component]
fn SkillsChart(demand: Vec<SkillFigure>, supply: Vec<SkillFigure>, gaps: Vec<String>) -> impl IntoView {
    let mut tags: Vec<String> = demand.iter().chain(&supply).map(|s| s.tag.clone()).collect();
    tags.sort();
    tags.dedup();
    let value =
        |list: &[SkillFigure], tag: &str| list.iter().find(|s| s.tag == tag).and_then(|s| s.figure.value);
    let rows: Vec<(String, Option<f64>, Option<f64>)> =
        tags.iter().map(|tag| (tag.clone(), value(&demand, tag), value(&supply, tag))).collect();
    let max = rows.iter().flat_map(|(_, d, s)| [*d, *s]).flatten().fold(1.0_f64, f64::max);
    let height = 28 * rows.len().max(1) + 10;
    if rows.iter().all(|(_, d, s)| d.is_none() && s.is_none()) {
        return view! {
            <section class="panel" aria-labelledby="skills-title">
                <h2 id="skills-title">{t::profile::insights_skills()}</h2>
                <p>{t::profile::insights_skills_none()}</p>
                {(!gaps.is_empty()).then(|| view! {
                    <p><strong>{t::profile::insights_gaps()}" "</strong>{gaps.join(", ")}</p>
                })}
            </section>
        }
        .into_any();
    }
    let summary = rows
        .iter()
        .map(|(tag, d, s)| t::profile::insights_skill_summary(tag, shown_opt(*d), shown_opt(*s)))
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <section class="panel" aria-labelledby="skills-title">
            <h2 id="skills-title">{t::profile::insights_skills()}</h2>
            <svg class="chart" role="img" aria-labelledby="skills-chart-desc" viewBox=format!("0 0 320 {height}") preserveAspectRatio="xMinYMin meet">
                <desc id="skills-chart-desc">{summary.clone()}</desc>
                {rows.iter().enumerate().map(|(i, (tag, d, s))| {
                    let y = 28 * i + 4;
                    let width = |v: Option<f64>| (v.unwrap_or(0.0) / max * 200.0).max(0.0);
                    view! {
                        <g>
                            <text x="0" y=y + 14 class="chart__label">{tag.clone()}</text>
                            <rect x="110" y=y width=width(*d) height="10" class="chart__bar chart__bar--demand"/>
                            <rect x="110" y=y + 12 width=width(*s) height="10" class="chart__bar chart__bar--supply"/>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <p class="legend">
                <span class="swatch swatch--demand"></span>" "{t::profile::insights_legend_asked()}" · "
                <span class="swatch swatch--supply"></span>" "{t::profile::insights_legend_mentors()}
            </p>
            <table class="figures">
                <thead><tr>
                    <th scope="col">{t::profile::insights_skill()}</th>
                    <th scope="col">{t::profile::insights_questions()}</th>
                    <th scope="col">{t::profile::insights_mentors()}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|(tag, d, s)| view! {
                        <tr><th scope="row">{tag}</th><td>{shown_opt(d)}</td><td>{shown_opt(s)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            {(!gaps.is_empty()).then(|| view! {
                <p><strong>{t::profile::insights_gaps()}" "</strong>{gaps.join(", ")}</p>
            })}
        </section>
    }
    .into_any()
}

fn shown_opt(value: Option<f64>) -> String {
    value.map_or_else(t::profile::insights_fewer_than_five, |v| format_number(whole(v)))
}

/// A line of sessions held per month; suppressed months break the line.
#[component]
fn TrendChart(trend: Vec<MonthFigures>) -> impl IntoView {
    if trend.iter().all(|m| m.sessions_held.value.is_none() && m.questions_answered.value.is_none()) {
        return view! {
            <section class="panel" aria-labelledby="trend-title">
                <h2 id="trend-title">{t::profile::insights_trend()}</h2>
                <p>{t::profile::insights_trend_none()}</p>
            </section>
        }
        .into_any();
    }
    let max = trend.iter().filter_map(|m| m.sessions_held.value).fold(1.0_f64, f64::max);
    let step = 300.0 / (trend.len().max(2) - 1) as f64;
    let point = |i: usize, v: f64| format!("{:.1},{:.1}", 10.0 + step * i as f64, 110.0 - v / max * 100.0);
    let mut segments: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, month) in trend.iter().enumerate() {
        match month.sessions_held.value {
            Some(v) => {
                current.push_str(&point(i, v));
                current.push(' ');
            }
            None if !current.is_empty() => segments.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        segments.push(current);
    }
    let summary = trend
        .iter()
        .map(|m| format!("{}: {}", m.month, shown(m.sessions_held)))
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <section class="panel" aria-labelledby="trend-title">
            <h2 id="trend-title">{t::profile::insights_trend()}</h2>
            <svg class="chart" role="img" aria-labelledby="trend-chart-desc" viewBox="0 0 320 120" preserveAspectRatio="xMinYMin meet">
                <desc id="trend-chart-desc">{t::profile::insights_trend_summary(summary)}</desc>
                <line x1="10" y1="110" x2="310" y2="110" class="chart__axis"/>
                {segments.into_iter().map(|points| view! {
                    <polyline points=points class="chart__line"/>
                }).collect_view()}
            </svg>
            <table class="figures">
                <thead><tr>
                    <th scope="col">{t::profile::insights_month()}</th>
                    <th scope="col">{t::profile::insights_sessions_held()}</th>
                    <th scope="col">{t::profile::insights_questions_answered()}</th>
                </tr></thead>
                <tbody>
                    {trend.into_iter().map(|m| view! {
                        <tr><th scope="row">{m.month.clone()}</th><td>{shown(m.sessions_held)}</td><td>{shown(m.questions_answered)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
    .into_any()
}

//! Development seeding: generated people (see `domain::demo`) loaded as real sign-ups would
//! be, and the booked-up mentors booked as real mentees would book them.

use domain::account::{self, Email};
use domain::demo::{self, DemoPerson};
use domain::ids::{RequestId, UserId};
use domain::request::NewRequest;
use domain::time::utc_offset_minutes;
use domain::wire::{SeedRequest, SeedResult};

use crate::app_ctx::AppCtx;
use crate::crypto;
use crate::error::AppError;
use crate::services::{accounts, availability, booking};
use crate::store::directory::{self, Listing};
use crate::store::requests::{self, NewRequestRow};
use crate::store::users::{self, UserRow};

/// Loads the people `request` names, skipping those already there; how many were created and
/// how many sessions booked.
pub async fn seed(ctx: &AppCtx<'_>, request: &SeedRequest) -> Result<SeedResult, AppError> {
    let domains = accounts::mail_domains(ctx).await?;
    // Mentees come with the question some of them asked.
    let people: Vec<(DemoPerson, Option<NewRequest>)> = (request.start..request.start + request.mentors)
        .map(|i| (demo::person(&request.prefix, i, true), None))
        .chain((request.start..request.start + request.mentees).map(|i| {
            let mentee = demo::person(&request.prefix, i, false);
            let has_organization = Email::parse(&mentee.email)
                .ok()
                .is_some_and(|email| account::organization_for(&email, domains).is_some());
            (mentee, demo::question(i, has_organization))
        }))
        .collect();

    let db = ctx.db()?;
    let mut created = 0;
    let mut booked_up = Vec::new();
    for chunk in people.chunks(90) {
        let existing = users::existing_emails(&db, chunk.iter().map(|(p, _)| p.email.as_str())).await?;
        let mut statements = Vec::new();
        for (person, question) in chunk.iter().filter(|(p, _)| !existing.contains(&p.email)) {
            let email = Email::parse(&person.email)?;
            let organization = account::organization_for(&email, domains);
            let user = UserRow {
                id: demo_id(person),
                email: person.email.clone(),
                organization_domain: organization.map(|org| org.domain),
                created_at: ctx.now,
            };
            statements.extend(accounts::create_with_profile(ctx, &user, &person.profile, domains)?);
            statements.extend(directory::sync_statements(
                &db,
                &Listing {
                    user_id: &user.id,
                    fields: &person.profile,
                    organization_domain: user.organization_domain.as_deref(),
                    utc_offset_minutes: utc_offset_minutes(&person.profile.timezone, ctx.now),
                    now: ctx.now,
                },
            )?);
            // After the listing: the next free slot is kept on it.
            if let Some(input) = &person.availability {
                let (stored, rules) =
                    input.clone().parse(&person.profile.timezone, person.profile.weekly_capacity)?;
                statements.extend(availability::rules_statements(
                    &db,
                    &user.id,
                    &stored,
                    &rules,
                    &[],
                    ctx.now,
                )?);
            }
            if let Some(question) = question {
                let valid = question.clone().parse(user.organization_domain.as_deref(), ctx.now)?;
                statements.push(requests::insert_statement(
                    &db,
                    &NewRequestRow {
                        id: &RequestId::new(&crypto::sha256_hex(&["demo-request", &person.email])[..32]),
                        author_id: &user.id,
                        author_organization: user.organization_domain.as_deref(),
                        request: &valid,
                        // Seeded questions are read by mentors; nobody asks whom they reached.
                        reach: &requests::ReachRow::default(),
                        now: ctx.now,
                    },
                )?);
            }
            if person.booked_up {
                booked_up.push(user.id.clone());
            }
            created += 1;
        }
        if !statements.is_empty() {
            db.batch(statements).await?;
        }
    }
    let mentees: Vec<UserId> = (request.start..request.start + request.mentees)
        .map(|i| demo_id(&demo::person(&request.prefix, i, false)))
        .collect();
    let booked = book_up(ctx, &booked_up, &mentees).await?;
    Ok(SeedResult { created, booked })
}

fn demo_id(person: &DemoPerson) -> UserId {
    UserId::new(&crypto::sha256_hex(&["demo", &person.email])[..32])
}

/// Agendas demo mentees bring.
const DEMO_AGENDAS: [&str; 4] = [
    "A second opinion on my plan for the quarter",
    "How to prepare for my first on-call week",
    "Feedback on a design document draft",
    "Questions about moving into this field",
];

/// Books each of `mentors` with demo `mentees` until they have no free slot in the coming week
/// (their weekly cap reached, or every slot taken), as real mentees would. A mentee the rules
/// refuse (at most two upcoming sessions with one mentor, ten in all) gives way to the next.
async fn book_up(ctx: &AppCtx<'_>, mentors: &[UserId], mentees: &[UserId]) -> Result<u64, AppError> {
    let db = ctx.db()?;
    let mut people = Vec::new();
    for id in mentees {
        people.extend(users::find(&db, id).await?);
    }
    if people.is_empty() {
        return Ok(0);
    }
    // A week and an hour: a look at "this week" a little later still finds them booked up.
    let week = ctx.now + jiff::SignedDuration::from_hours(24 * 7 + 1);
    let (mut booked, mut turn) = (0, 0);
    for mentor in mentors {
        // A week holds at most a few sessions per mentor; the bound keeps a surprise finite.
        for _ in 0..12 {
            let Some(slot) = availability::free_slots(ctx, mentor, ctx.now, week).await?.into_iter().next()
            else {
                break;
            };
            let mut made = false;
            for _ in 0..people.len() {
                let mentee = &people[turn % people.len()];
                turn += 1;
                let agenda = DEMO_AGENDAS[turn % DEMO_AGENDAS.len()];
                match booking::book_for_demo(ctx, mentor, mentee, slot.start, agenda).await {
                    Ok(()) => {
                        made = true;
                        break;
                    }
                    // Refused by a rule (this mentee's limits): the next mentee may.
                    Err(AppError::Api(_)) => continue,
                    Err(error) => return Err(error),
                }
            }
            if !made {
                break;
            }
            booked += 1;
        }
    }
    Ok(booked)
}

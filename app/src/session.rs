//! Who is signed in, shared by every page through context.
//!
//! The shell reads a few facts of the signed-in person ([`Brief`]); the first page that reads more
//! decodes the whole [`Me`] from the answer kept as text, once, so the first load carries no
//! decoder for it.

use std::sync::{Arc, OnceLock};

use domain::locale::Locale;
use domain::thread::UnreadCounts;
use domain::wire::Me;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;

use crate::api::{self, ApiFailure};

thread_local! {
    /// The one session, for code that runs outside the component tree (formatting a time).
    static CURRENT: std::cell::Cell<Option<Session>> = const { std::cell::Cell::new(None) };
}

/// The signed-in person's profile zone; None when signed out or not yet known.
pub fn profile_zone() -> Option<String> {
    let session = CURRENT.with(std::cell::Cell::get)?;
    session
        .state
        .with_untracked(|state| state.as_ref()?.as_ref().map(|known| known.brief.profile.timezone.clone()))
}

/// What the header, the language and the times need of the signed-in person.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Brief {
    pub profile: BriefProfile,
    pub unread: UnreadCounts,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BriefProfile {
    pub is_mentor: bool,
    pub timezone: String,
    #[serde(default)]
    pub locale: Option<Locale>,
}

impl Brief {
    fn of(me: &Me) -> Self {
        Self {
            profile: BriefProfile {
                is_mentor: me.profile.is_mentor,
                timezone: me.profile.timezone.clone(),
                locale: me.profile.locale,
            },
            unread: me.unread,
        }
    }
}

/// A signed-in person: what the shell reads of them, and the whole of them, decoded from
/// `/api/session`'s answer on first use.
#[derive(Debug, Clone, PartialEq)]
struct Known {
    brief: Brief,
    /// `/api/session`'s answer (a `domain::wire::Session` in JSON) that `me` is decoded from;
    /// empty when the person was given whole (`Session::set`).
    text: Arc<str>,
    me: Arc<OnceLock<Option<Me>>>,
}

impl Known {
    /// The person `/api/session` answered with, if anyone.
    fn from_answer(text: String) -> Result<Option<Self>, ApiFailure> {
        #[derive(Deserialize)]
        struct Answer {
            user: Option<Brief>,
        }
        let answer: Answer = api::decoded(&text)?;
        Ok(answer.user.map(|brief| Self { brief, text: text.into(), me: Arc::default() }))
    }
}

#[derive(Clone, Copy)]
pub struct Session {
    /// None while the first `/api/session` is in flight.
    state: RwSignal<Option<Option<Known>>>,
    /// Why the last `/api/session` failed, if it did.
    failure: RwSignal<Option<ApiFailure>>,
}

impl Session {
    /// Creates the session, provides it to the tree, and loads it.
    pub fn provide() -> Self {
        let session = Self { state: RwSignal::new(None), failure: RwSignal::new(None) };
        provide_context(session);
        CURRENT.with(|current| current.set(Some(session)));
        session.refresh();
        session
    }

    pub fn get() -> Self {
        expect_context()
    }

    pub fn refresh(self) {
        spawn_local(async move {
            // Unreachable: treat as signed out; the status banner explains the outage.
            let known = api::session().await.and_then(Known::from_answer);
            self.failure.set(known.as_ref().err().cloned());
            self.state.set(Some(known.unwrap_or(None)));
        });
    }

    /// Why the API did not answer when the session was last loaded.
    pub fn failure(self) -> Option<ApiFailure> {
        self.failure.get()
    }

    pub fn is_loaded(self) -> bool {
        self.state.with(Option::is_some)
    }

    /// What the shell reads of the signed-in person.
    pub fn brief(self) -> Option<Brief> {
        self.state.with(|state| state.as_ref()?.as_ref().map(|known| known.brief.clone()))
    }

    pub fn me(self) -> Option<Me> {
        self.state.with(|state| parse(state.as_ref()?.as_ref()?))
    }

    pub fn me_untracked(self) -> Option<Me> {
        self.state.with_untracked(|state| parse(state.as_ref()?.as_ref()?))
    }

    pub fn is_signed_in(self) -> bool {
        self.state.with(|state| matches!(state, Some(Some(_))))
    }

    pub fn is_signed_in_untracked(self) -> bool {
        self.state.with_untracked(|state| matches!(state, Some(Some(_))))
    }

    pub fn set(self, me: Option<Me>) {
        let known =
            me.map(|me| Known { brief: Brief::of(&me), text: Arc::from(""), me: Arc::new(Some(me).into()) });
        self.state.set(Some(known));
    }

    /// Signed out.
    pub fn clear(self) {
        self.state.set(Some(None));
    }
}

fn parse(known: &Known) -> Option<Me> {
    let decode =
        || serde_json::from_str::<domain::wire::Session>(&known.text).ok().and_then(|answer| answer.user);
    known.me.get_or_init(decode).clone()
}

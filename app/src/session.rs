//! Who is signed in, shared by every page through context.

use domain::wire::Me;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiFailure};

thread_local! {
    /// The one session, for code that runs outside the component tree (formatting a time).
    static CURRENT: std::cell::Cell<Option<Session>> = const { std::cell::Cell::new(None) };
}

/// The signed-in person's profile zone; None when signed out or not yet known.
pub fn profile_zone() -> Option<String> {
    let session = CURRENT.with(std::cell::Cell::get)?;
    session.state.with_untracked(|state| state.as_ref()?.as_ref().map(|me| me.profile.timezone.clone()))
}

#[derive(Clone, Copy)]
pub struct Session {
    /// None while the first `/api/session` is in flight.
    state: RwSignal<Option<Option<Me>>>,
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
            let me = api::session().await;
            self.failure.set(me.as_ref().err().cloned());
            self.state.set(Some(me.unwrap_or(None)));
        });
    }

    /// Why the API did not answer when the session was last loaded.
    pub fn failure(self) -> Option<ApiFailure> {
        self.failure.get()
    }

    pub fn is_loaded(self) -> bool {
        self.state.with(Option::is_some)
    }

    pub fn me(self) -> Option<Me> {
        self.state.get().flatten()
    }

    pub fn me_untracked(self) -> Option<Me> {
        self.state.get_untracked().flatten()
    }

    pub fn is_signed_in(self) -> bool {
        self.state.with(|state| matches!(state, Some(Some(_))))
    }

    pub fn is_signed_in_untracked(self) -> bool {
        self.state.with_untracked(|state| matches!(state, Some(Some(_))))
    }

    pub fn set(self, me: Option<Me>) {
        self.state.set(Some(me));
    }
}

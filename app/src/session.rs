//! Who is signed in, shared by every page through context.

use domain::wire::Me;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;

#[derive(Clone, Copy)]
pub struct Session {
    /// None while the first `/api/me` is in flight.
    state: RwSignal<Option<Option<Me>>>,
}

impl Session {
    /// Creates the session, provides it to the tree, and loads it.
    pub fn provide() -> Self {
        let session = Self { state: RwSignal::new(None) };
        provide_context(session);
        session.refresh();
        session
    }

    pub fn get() -> Self {
        expect_context()
    }

    pub fn refresh(self) {
        spawn_local(async move {
            // Unreachable: treat as signed out; the status banner explains the outage.
            let me = api::me().await.unwrap_or(None);
            self.state.set(Some(me));
        });
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

    pub fn set(self, me: Option<Me>) {
        self.state.set(Some(me));
    }
}

use leptos::prelude::*;

#[component]
pub fn SignInPage() -> impl IntoView {
    view! {
        <section class="narrow" aria-labelledby="page-title">
            <h1 id="page-title">"Sign in"</h1>
            <p class="lead">"Sign in with a code sent to your e-mail address. No password needed."</p>
        </section>
    }
}

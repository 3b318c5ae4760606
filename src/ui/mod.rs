//! The Yew shell: renders the core and the wording, and dispatches actions to one reducer ([`state`]).
//! It holds no rule of its own.

mod app;
mod browser;
pub mod case_file;
pub mod case_store;
pub mod date_input;
pub mod documents_state;
mod edition_card;
mod error_summary;
mod grade_badge;
mod lang_switch;
mod layout;
mod pages;
#[cfg(all(feature = "prerender", not(target_arch = "wasm32")))]
pub mod prerender;
mod provisions;
pub mod questions;
mod start_page;
pub mod state;
pub mod url;

pub use app::App;

/// Mounts the app on the page's `<div id="app">` (see `index.html`), or on `<body>` if there is none.
pub fn start() {
    // A panic anywhere leaves the app unable to go on: the page says so and offers the case (`show_panic_page`).
    // Yew installs its own hook at the first render unless one is given to it.
    yew::set_custom_panic_hook(Box::new(|_| browser::show_panic_page()));
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => {
            // Mounting clears the root: keep the start page rendered ahead of time first, if the page has one.
            browser::adopt_prerendered(&root);
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

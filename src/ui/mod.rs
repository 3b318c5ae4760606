//! The Yew shell: renders the core and the wording, and dispatches actions to one reducer ([`state`]).
//! It holds no rule of its own.

mod app;
mod browser;
pub mod case_file;
pub mod case_store;
mod cases_page;
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
pub use cases_page::CasesPage;

/// Mounts the app on the page's `<div id="app">` (see `index.html`), or on `<body>` if there is none.
pub fn start() {
    // A panic anywhere leaves the app unable to go on: the page says so and offers the case (`show_panic_page`).
    // Yew installs its own hook at the first render unless one is given to it.
    yew::set_custom_panic_hook(Box::new(|_| browser::show_panic_page()));
    // The development build (all three languages, `make serve`) serves every address with the one page: it renders
    // the cases page itself at `…/cases/`. A release build has a bundle for it (`start_cases`).
    if ruqsat_core::lang::ONLY_LANG.is_none() && browser::is_cases_address() {
        return start_cases();
    }
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

/// Mounts the "Your cases" page (its own bundle in the release build: `src/bin/cases.rs`) on `<div id="app">`.
pub fn start_cases() {
    yew::set_custom_panic_hook(Box::new(|_| browser::show_panic_page()));
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => {
            let _ = root.remove_attribute("hidden");
            yew::Renderer::<CasesPage>::with_root(root).render();
        }
        None => {
            yew::Renderer::<CasesPage>::new().render();
        }
    }
}

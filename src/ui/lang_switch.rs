use yew::prelude::*;

use ruqsat_core::lang::Lang;
use ruqsat_wording::{t, Msg};

/// Three links, one per language, each named in its own language; the current one is marked as such.
///
/// Each links to that language's page of the release build (`../ru/?page=…`), so the switch works before the app
/// has loaded, and in a new tab. Once the app runs, it takes the click (`on_change`).
/// `query` is the current page's query string (`?page=…`, or empty), carried over to the other language's page; `up`
/// is the way up to the language's folder from the page's own (`../` from the cases page, `/kk/cases/`).
pub fn lang_switch(current: Lang, up: &str, query: &str, on_change: &Callback<Lang>) -> Html {
    html! {
        <nav class="lang-switch" aria-label={ t(current, Msg::LanguageSwitchLabel) }>
            <ul>
                { for Lang::ALL.into_iter().map(|l| {
                    let on_change = on_change.clone();
                    let on_click = crate::ui::browser::on_plain_click(move |_| on_change.emit(l));
                    let current = (l == current).then_some("true");
                    html! {
                        <li>
                            <a href={ format!("{up}../{}/{}", l.code(), query) } lang={l.code()} hreflang={l.code()}
                                data-lang={l.code()} aria-current={current} onclick={on_click}>
                                { l.endonym() }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}

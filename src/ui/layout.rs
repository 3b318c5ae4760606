use yew::prelude::*;

use super::lang_switch::lang_switch;
use ruqsat_core::lang::Lang;
use ruqsat_wording::{t, Msg};

/// The key of the "Your cases" page (`<main data-page="cases">`).
pub const CASES: &str = "cases";

/// What every page shares: the skip link, the header with the language switch, `<main>` and the footer. The app
/// renders it around the current page; the release build renders it around the start page ahead of time
/// (`ui::prerender`), so the two are the same markup. `page` is the page's key (`url::Page::key`), kept on
/// `<main data-page>` for styles and tests; `query` is the page's query string, for the language links. The cases page
/// ([`CASES`], its own bundle) sits one folder down (`/kk/cases/`): its links go up one more.
pub fn layout(
    lang: Lang,
    page: &'static str,
    query: &str,
    on_lang: &Callback<Lang>,
    children: Html,
) -> Html {
    let cases = page == CASES;
    let (up, home, cases_href) = if cases {
        ("../", "../", "")
    } else {
        ("", "?", "cases/")
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ t(lang, Msg::SkipToContent) }</a>
            <header class="site-header">
                <div class="wrap site-header__inner">
                    <a class="brand" lang="kk" href={home}>{ "Ruqsat" }<span class="brand__sub">{ " · рұқсат" }</span></a>
                    <a class="site-header__cases" href={cases_href} aria-current={cases.then_some("page")}>{ t(lang, Msg::CasesLink) }</a>
                    { lang_switch(lang, up, query, on_lang) }
                </div>
            </header>
            <main id="main" class="wrap" tabindex="-1" data-page={page}>
                { children }
            </main>
            <footer class="site-footer">
                <div class="wrap">
                    <p>{ t(lang, Msg::FooterNotAdvice) }</p>
                </div>
            </footer>
        </>
    }
}

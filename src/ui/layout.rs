use yew::prelude::*;

use super::lang_switch::LangSwitch;
use ruqsat_core::lang::Lang;
use ruqsat_wording::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub lang: Lang,
    /// The page's key (`url::Page::key`), kept on `<main data-page>` for styles and tests.
    pub page: &'static str,
    /// The page's query string, for the language links (`LangSwitch`).
    pub query: AttrValue,
    pub on_lang: Callback<Lang>,
    pub children: Html,
}

/// What every page shares: the skip link, the header with the language switch, `<main>` and the footer. The app
/// renders it around the current page; the release build renders it around the start page ahead of time
/// (`ui::prerender`), so the two are the same markup.
#[function_component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let lang = props.lang;
    html! {
        <>
            <a class="skip-link" href="#main">{ t(lang, Msg::SkipToContent) }</a>
            <header class="site-header">
                <div class="wrap site-header__inner">
                    <a class="brand" lang="kk" href="?">{ "Ruqsat" }<span class="brand__sub">{ " · рұқсат" }</span></a>
                    <LangSwitch current={lang} query={props.query.clone()} on_change={props.on_lang.clone()} />
                </div>
            </header>
            <main id="main" class="wrap" tabindex="-1" data-page={props.page}>
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <div class="wrap">
                    <p>{ t(lang, Msg::FooterNotAdvice) }</p>
                </div>
            </footer>
        </>
    }
}

use yew::prelude::*;

use super::browser;
use super::lang_switch::LangSwitch;
use super::start_page::StartPage;
use super::state::{Action, AppState};
use crate::core::lang::Lang;
use crate::i18n::{t, Msg};

/// The whole app: the header with the language switch, the current page, the footer.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::new(browser::initial_lang()));
    let lang = state.lang;

    use_effect_with(lang, |&lang| {
        browser::remember_lang(lang);
        browser::set_document_language(lang, t(lang, Msg::DocumentTitle));
    });

    let on_lang = {
        let state = state.clone();
        Callback::from(move |l: Lang| state.dispatch(Action::SetLang(l)))
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ t(lang, Msg::SkipToContent) }</a>
            <header class="site-header">
                <div class="wrap site-header__inner">
                    <span class="brand" lang="kk">{ "Ruqsat" }<span class="brand__sub">{ " · рұқсат" }</span></span>
                    <LangSwitch current={lang} on_change={on_lang} />
                </div>
            </header>
            <main id="main" class="wrap" tabindex="-1">
                <StartPage {lang} />
            </main>
            <footer class="site-footer">
                <div class="wrap">
                    <p>{ t(lang, Msg::FooterNotAdvice) }</p>
                </div>
            </footer>
        </>
    }
}

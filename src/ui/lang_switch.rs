use yew::prelude::*;

use crate::core::lang::Lang;
use crate::i18n::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub current: Lang,
    pub on_change: Callback<Lang>,
}

/// Three buttons, one per language, each named in its own language; the current one is pressed.
#[function_component(LangSwitch)]
pub fn lang_switch(props: &LangSwitchProps) -> Html {
    html! {
        <nav class="lang-switch" aria-label={ t(props.current, Msg::LanguageSwitchLabel) }>
            <ul>
                { for Lang::ALL.into_iter().map(|l| {
                    let on_click = props.on_change.reform(move |_: MouseEvent| l);
                    let pressed = l == props.current;
                    html! {
                        <li>
                            <button type="button" lang={l.code()} data-lang={l.code()}
                                aria-pressed={ if pressed { "true" } else { "false" } }
                                onclick={on_click}>
                                { l.endonym() }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}

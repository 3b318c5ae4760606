use yew::prelude::*;

use ruqsat_core::lang::Lang;
use ruqsat_wording::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub lang: Lang,
    /// (field id to link to, message)
    pub errors: Vec<(String, String)>,
    /// When given, focus moves to the summary only when this changes (a page where the errors follow every edit
    /// focuses on each check, not on each keystroke); when not, whenever the errors change.
    #[prop_or_default]
    pub attempt: Option<u32>,
}

/// The GOV.UK error summary: at the top of the page, focused when it appears, each error a link that focuses its
/// field.
#[function_component(ErrorSummary)]
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        let count = props.errors.len();
        let trigger = match props.attempt {
            Some(n) => (Vec::new(), n),
            None => (props.errors.clone(), 0),
        };
        use_effect_with(trigger, move |_| {
            if count > 0 {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
        // The page's title says "Error: " while the summary shows (GOV.UK): it is what a screen reader reads first.
        let lang = props.lang;
        use_effect_with(count > 0, move |_| {
            crate::ui::browser::set_title(lang, false)
        });
    }
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" ref={node} tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            <h2 class="error-summary__title" id="error-summary-title">{ t(props.lang, Msg::ErrorSummaryTitle) }</h2>
            <ul class="error-summary__list">
                { for props.errors.iter().map(|(field, message)| {
                    // The link focuses its field itself (GOV.UK's error summary does too): following the fragment
                    // alone does not always move focus when the page re-renders at the same moment.
                    let target = field.clone();
                    let onclick = crate::ui::browser::on_plain_click(move |_| {
                        crate::ui::browser::focus_by_id(&target)
                    });
                    html! { <li><a href={format!("#{field}")} {onclick}>{ message.clone() }</a></li> }
                }) }
            </ul>
        </div>
    }
}

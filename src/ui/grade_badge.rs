use yew::prelude::*;

use ruqsat_core::evidence::Grade;
use ruqsat_core::lang::Lang;
use ruqsat_wording::rules::evidence::grade_meaning;

#[derive(Properties, PartialEq)]
pub struct GradeBadgeProps {
    pub grade: Grade,
    pub lang: Lang,
    /// The period the fact's source describes, shown beside a C grade (`ui::provisions::c_period`).
    #[prop_or_default]
    pub period: Option<AttrValue>,
}

/// The grade of a fact: its letter, and its meaning in words for everyone (screen readers read the words).
#[function_component(GradeBadge)]
pub fn grade_badge(props: &GradeBadgeProps) -> Html {
    let g = props.grade;
    let meaning = grade_meaning(g).get(props.lang);
    html! {
        <span class="grade-badge">
            <span class={classes!("grade", format!("grade--{}", g.letter().to_ascii_lowercase()))} aria-hidden="true">
                { g.letter() }
            </span>
            <span class="grade-badge__text">{ meaning }</span>
            if let Some(p) = props.period.clone() {
                <span class="grade-badge__period">{ ", " }{ ruqsat_wording::t(props.lang, ruqsat_wording::Msg::PeriodLabel) }{ ": " }{ p }</span>
            }
        </span>
    }
}

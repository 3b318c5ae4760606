use yew::prelude::*;

use ruqsat_core::evidence::Grade;
use ruqsat_core::lang::Lang;
use ruqsat_wording::rules::evidence::grade_meaning;

#[derive(Properties, PartialEq)]
pub struct GradeBadgeProps {
    pub grade: Grade,
    pub lang: Lang,
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
        </span>
    }
}

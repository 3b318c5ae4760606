use yew::prelude::*;

use ruqsat_core::evidence::{Citation, Grade};
use ruqsat_core::lang::Lang;
use ruqsat_wording::rules::evidence::{grade_meaning, reference};

/// The badge's classes: one style per grade.
const fn grade_class(grade: Grade) -> &'static str {
    match grade {
        Grade::S => "grade grade--s",
        Grade::O => "grade grade--o",
        Grade::C => "grade grade--c",
        Grade::U => "grade grade--u",
    }
}

/// The grade of a fact: its letter, and its meaning in words for everyone (screen readers read the words); with the
/// period the fact's source describes beside a C grade (`ui::provisions::c_period`). A plain function, not a
/// component: it is on every cited line, and a component costs its own lifecycle code in the bundle.
pub fn grade_badge(grade: Grade, lang: Lang, period: Option<AttrValue>) -> Html {
    html! {
        <span class="grade-badge">
            <span class={grade_class(grade)} aria-hidden="true">
                { grade.letter() }
            </span>
            <span class="grade-badge__text">{ grade_meaning(grade).get(lang) }</span>
            if let Some(p) = period {
                <span class="grade-badge__period">{ ", " }{ ruqsat_wording::t(lang, ruqsat_wording::Msg::PeriodLabel) }{ ": " }{ p }</span>
            }
        </span>
    }
}

/// A fact's source as every cited line shows it: the reference, then its grade (with the period beside a C grade).
pub fn reference_with_grade(citation: &Citation, lang: Lang, period: Option<AttrValue>) -> Html {
    html! { <>{ reference(citation, lang) }{ " " }{ grade_badge(citation.grade, lang, period) }</> }
}

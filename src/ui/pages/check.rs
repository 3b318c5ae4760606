use ruqsat_core::codes::Code;
use yew::prelude::*;

use crate::ui::questions::{choices, service_label, title};
use crate::ui::url::{self, Page};
use ruqsat_core::case::{Case, Track};
use ruqsat_core::flow::{Answers, QuestionId};
use ruqsat_core::lang::Lang;
use ruqsat_wording::{format_date_weekday, t, Msg};

pub struct CheckPageProps {
    pub lang: Lang,
    pub answers: Answers,
    pub case: Case,
    pub on_change: Callback<QuestionId>,
    pub on_go: Callback<Page>,
    /// Where "Back" goes (`AppState::back_from_check`), as a link and as the action the app takes.
    pub back_href: AttrValue,
    pub on_back: Callback<MouseEvent>,
}

/// The service in words, e.g. "Extension of a permit (within an intra-corporate transfer)": the track in brackets
/// reads right in each language's word order (Kazakh puts such a phrase before the noun, not after it).
pub fn service_words(case: &Case, lang: Lang) -> String {
    let base = t(lang, service_label(case.service));
    // Edition A gives two permits: name which (clause 5).
    let permit = match (case.edition, case.applicant) {
        (
            ruqsat_core::editions::EditionId::WestKazakhstan2014,
            ruqsat_core::case::Applicant::Employer,
        ) => Some(Msg::PermitAEmployer),
        (
            ruqsat_core::editions::EditionId::WestKazakhstan2014,
            ruqsat_core::case::Applicant::Worker,
        ) => Some(Msg::PermitAWorker),
        _ => None,
    };
    if let Some(p) = permit {
        return format!("{base}: {}", t(lang, p));
    }
    match case.track {
        Track::General => base.to_string(),
        Track::IntraCorporateTransfer => format!("{base} ({})", t(lang, Msg::ServiceIct)),
    }
}

pub fn why_words(case: &Case, lang: Lang) -> &'static str {
    match (case.track, case.service) {
        (Track::IntraCorporateTransfer, _) => t(lang, Msg::WhyIct),
        (_, ruqsat_core::case::ServiceKind::Issue) => t(lang, Msg::WhyIssue),
        (_, ruqsat_core::case::ServiceKind::Extension) => t(lang, Msg::WhyExtension),
        // A foreign worker's own permit does not pass to another worker: only its details change.
        (_, ruqsat_core::case::ServiceKind::Reissue)
            if case.applicant == ruqsat_core::case::Applicant::Worker =>
        {
            t(lang, Msg::WhyReissueDetails)
        }
        (_, ruqsat_core::case::ServiceKind::Reissue) => t(lang, Msg::WhyReissue),
    }
}

/// The answer to a question in words.
pub fn answer_words(q: QuestionId, a: &Answers, lang: Lang) -> String {
    if q == QuestionId::Submitted {
        return a
            .submitted
            .map(|s| {
                format!(
                    "{}, {}",
                    format_date_weekday(s.date(), lang),
                    ruqsat_core::iso::time(s.time())
                )
            })
            .unwrap_or_default();
    }
    let value = q.question().chosen(a);
    choices(q, a, lang)
        .into_iter()
        .find(|c| Some(c.value) == value)
        .map(|c| c.label)
        .unwrap_or_default()
}

/// "Check your answers": a summary list with a "Change" link per answer, and the service Ruqsat chose and why.
pub fn check_page(props: &CheckPageProps) -> Html {
    let (lang, a) = (props.lang, &props.answers);
    let path: Vec<QuestionId> = a.path();
    html! {
        <>
            { super::back_link(lang, &props.back_href, props.on_back.clone()) }
            <h1 id="page-heading" tabindex="-1">{ t(lang, Msg::CheckTitle) }</h1>
            <div class="panel panel--service" data-service={props.case.service.code()}>
                <p class="panel__label">{ t(lang, Msg::CheckService) }</p>
                <p class="panel__value">{ service_words(&props.case, lang) }</p>
                <p>{ t(lang, Msg::CheckWhy) }{ " " }{ why_words(&props.case, lang) }</p>
            </div>
            <dl class="summary-list">
                { for path.into_iter().map(|q| {
                    let on_change = props.on_change.clone();
                    let on_click = crate::ui::browser::on_plain_click(move |_| on_change.emit(q));
                    html! {
                        <div class="summary-list__row" data-answer={q.key()}>
                            <dt class="summary-list__key">{ t(lang, title(q)) }</dt>
                            <dd class="summary-list__value">{ answer_words(q, a, lang) }</dd>
                            <dd class="summary-list__actions">
                                <a href={url::to_query(Page::Question(q), a, true)} onclick={on_click}>
                                    { t(lang, Msg::Change) }
                                    <span class="visually-hidden">{ " — " }{ t(lang, title(q)) }</span>
                                </a>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <div class="button-group">
                <button class="button" onclick={props.on_go.reform(|_| Page::Documents)}>{ t(lang, Msg::SeeDocuments) }</button>
                <button class="button button--secondary" onclick={props.on_go.reform(|_| Page::Timeline)}>{ t(lang, Msg::SeeTimeline) }</button>
                <button class="button button--secondary" onclick={props.on_go.reform(|_| Page::Summary)}>{ t(lang, Msg::SeeSummary) }</button>
            </div>
        </>
    }
}

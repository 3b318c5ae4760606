use yew::prelude::*;

use crate::ui::documents_state::DocumentsState;
use crate::ui::edition_card::known_date;
use crate::ui::grade_badge::reference_with_grade;
use crate::ui::pages::check::service_words;
use crate::ui::questions::{choose, title};
use crate::ui::url::Page;
use ruqsat_core::checklist::{checklist, FindingKind};
use ruqsat_core::flow::Answers;
use ruqsat_core::flow::{self, Next, NotEligible, QuestionId};
use ruqsat_core::lang::Lang;
use ruqsat_core::permits::{eligibility, Effect};
use ruqsat_core::remedies::{Action, Remedy};
use ruqsat_core::timeline::estimate_with;
use ruqsat_wording::rules::procedures::not_offered;
use ruqsat_wording::rules::{checklist as checklist_words, documents as words};
use ruqsat_wording::{says, t, Msg};

pub struct SummaryPageProps {
    pub lang: Lang,
    pub answers: Answers,
    /// What was said about the documents: the summary says what is still missing.
    pub documents: DocumentsState,
    pub on_go: Callback<Page>,
    /// New answers chosen on this page ("apply for a new permit instead").
    pub on_answer: Callback<Answers>,
    pub on_restart: Callback<MouseEvent>,
    /// Where "Back" goes from a journey that ends here: the question whose answer ended it.
    pub back_href: AttrValue,
    pub on_back: Callback<MouseEvent>,
}

/// Why the journey ends here, with the rule's citation and grade and what to do instead.
fn not_eligible(
    lang: Lang,
    why: NotEligible,
    answers: &Answers,
    on_go: &Callback<Page>,
    on_answer: &Callback<Answers>,
    on_restart: &Callback<MouseEvent>,
    back: Html,
) -> Html {
    let (text, citation) = match why {
        NotEligible::NotOffered(n) => (html! { not_offered(n).get(lang) }, Some(n.citation())),
        NotEligible::Rule(ref note) => (html! { says(&note.says, lang) }, Some(note.citation)),
        // When the edition came into force, at the earliest, as its card on the start page says, and on what ground.
        NotEligible::BeforeInForce { in_force_from, .. } => (
            html! {
                <>
                    { t(lang, Msg::NotEligibleBeforeInForce) }{ " " }{ t(lang, Msg::EditionInForce) }{ ": " }
                    { known_date(in_force_from, lang) }{ "." }
                </>
            },
            answers
                .edition
                .map(|e| e.edition().validity.in_force_citation()),
        ),
        NotEligible::DateNotCovered(_) => (html! { t(lang, Msg::NotEligibleDate) }, None),
    };
    let remedy = Remedy::for_answers(&why, answers);
    let advice = ruqsat_wording::remedy(remedy);
    let heading = match why {
        NotEligible::DateNotCovered(_) | NotEligible::BeforeInForce { .. } => Msg::NotEligibleTitle,
        // A rule below S does not refuse: the person chose to look at what to do instead.
        NotEligible::Rule(ref n) if n.grade() != ruqsat_core::evidence::Grade::S => {
            Msg::InsteadTitle
        }
        _ => Msg::NotEligibleNotAvailable,
    };
    // "Apply for a new permit instead" answers the need question for the person; other advice opens the question.
    let button = match remedy.action() {
        Action::Answer(q @ (QuestionId::Need | QuestionId::TransferNeed), value) => {
            let answers = choose(q, answers, value);
            let words = if q == QuestionId::TransferNeed {
                Msg::InsteadApplyTransfer
            } else {
                Msg::InsteadApplyFirst
            };
            let on_answer = on_answer.clone();
            html! {
                <button class="button" onclick={Callback::from(move |_: MouseEvent| on_answer.emit(answers))}>
                    { t(lang, words) }
                </button>
            }
        }
        Action::Reopen(q) | Action::Answer(q, _) => html! {
            <button class="button" onclick={on_go.reform(move |_| Page::Question(q))}>{ t(lang, Msg::Change) }{ ": " }{ t(lang, title(q)) }</button>
        },
    };
    html! {
        <div data-result="not-eligible">
            { back }
            <h1 id="page-heading" tabindex="-1">{ t(lang, heading) }</h1>
            <p class="lead">{ text }</p>
            if let Some(c) = citation {
                <p class="source">{ t(lang, Msg::SourceLabel) }{ ": " }{ reference_with_grade(&c, lang, rule_period(&why, lang)) }</p>
            }
            <h2>{ t(lang, Msg::NotEligibleWhatToDo) }</h2>
            if advice != Msg::NotEligibleDate {
                <p>{ t(lang, advice) }</p>
            }
            <p>{ t(lang, Msg::NotEligibleChangeAnswers) }</p>
            <div class="button-group">
                { button }
                <button class="button button--secondary" onclick={on_restart.clone()}>{ t(lang, Msg::StartAgain) }</button>
            </div>
        </div>
    }
}

/// The period of a rule's source, beside its C grade.
fn rule_period(why: &NotEligible, lang: Lang) -> Option<AttrValue> {
    match why {
        NotEligible::Rule(n) => crate::ui::provisions::c_period(
            &n.citation,
            n.period.map(ruqsat_wording::rules::permits::period),
            lang,
        ),
        _ => None,
    }
}

/// The outcome a person prints or sends: the service, when it should be finished, what to prepare, what to note.
pub fn summary_page(props: &SummaryPageProps) -> Html {
    let lang = props.lang;
    let case = match flow::next(&props.answers) {
        Next::Done(case) => case,
        Next::NotEligible(why) => {
            return not_eligible(
                lang,
                why,
                &props.answers,
                &props.on_go,
                &props.on_answer,
                &props.on_restart,
                super::back_link(lang, &props.back_href, props.on_back.clone()),
            )
        }
        Next::Ask(_) => return html! {},
    };
    let timeline = estimate_with(&case, &props.answers.office_hours.unwrap_or_default()).ok();
    let list = checklist(&case);
    let findings = props.documents.findings(&case);
    let (missing, problems): (Vec<_>, Vec<_>) = findings
        .iter()
        .partition(|f| matches!(f.kind, FindingKind::Missing | FindingKind::MissingIfApplies));
    // A blocking rule here is below S (the person was warned and went on): it stays in view as a warning.
    let (warnings, notes): (Vec<_>, Vec<_>) = eligibility(&case)
        .into_iter()
        .filter(|n| n.effect != Effect::Info)
        .partition(|n| n.effect == Effect::Blocking);
    html! {
        <div data-result="ready">
            <h1 id="page-heading" tabindex="-1">{ t(lang, Msg::SummaryTitle) }</h1>
            { for warnings.iter().map(|n| crate::ui::provisions::rule_warning(n, lang)) }
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{ t(lang, Msg::SummaryService) }</dt>
                    <dd class="summary-list__value">{ service_words(&case, lang) }</dd>
                </div>
                if let Some(timeline) = timeline.as_ref().filter(|tl| !tl.expected_ends().is_empty()) {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{ t(lang, Msg::SummaryExpectedBy) }</dt>
                        <dd class="summary-list__value">{ super::timeline::expected_ends(timeline, lang, false) }</dd>
                    </div>
                }
            </dl>
            if let Some(tl) = &timeline {
                { super::applicant_dates::your_actions(&case, tl, props.answers.permit_expires, lang) }
            }
            <div class={if findings.is_empty() { "panel" } else { "panel panel--warn" }}
                data-readiness={ if findings.is_empty() { "ready" } else { "not-ready" } }>
                <h2>{ t(lang, if findings.is_empty() { Msg::DocReadyTitle } else { Msg::SummaryNotReady }) }</h2>
                if !missing.is_empty() {
                    <h3>{ t(lang, Msg::DocMissingTitle) }</h3>
                    <ul class="list" data-list="missing">
                        { for missing.iter().map(|f| html! { <li>{ super::finding_words(f, lang) }{ super::finding_source(f, lang) }</li> }) }
                    </ul>
                }
                if !problems.is_empty() {
                    <h3>{ t(lang, Msg::DocProblemsTitle) }</h3>
                    <ul class="list" data-list="problems">
                        { for problems.iter().map(|f| html! { <li>{ super::finding_words(f, lang) }{ super::finding_source(f, lang) }</li> }) }
                    </ul>
                }
                <button class="button button--secondary" onclick={props.on_go.reform(|_| Page::Documents)}>{ t(lang, Msg::SeeDocuments) }</button>
            </div>
            <h2>{ t(lang, Msg::SummaryDocuments) }</h2>
            <ol class="task-list">
                { for list.items.iter().map(|item| {
                    let r = item.requirement;
                    html! {
                        <li class="task-list__item" data-requirement={r.id}>
                            <strong>{ words::title(r.title).get(lang) }</strong>
                            <span class="task-list__due">
                                { " — " }{ checklist_words::applies(item.applies, lang) }{ ", " }
                                { super::due_words(r.due, lang) }
                            </span>
                            <p class="source">{ reference_with_grade(&r.citation, lang, crate::ui::provisions::c_period(&r.citation, r.period.map(words::period), lang)) }</p>
                            if r.citation.grade == ruqsat_core::evidence::Grade::U {
                                { crate::ui::provisions::ask_provider(case.edition, lang) }
                            }
                        </li>
                    }
                }) }
            </ol>
            if !notes.is_empty() {
                <h2>{ t(lang, Msg::SummaryNotes) }</h2>
                <ul class="list" data-list="notes">
                    { for notes.iter().map(|n| crate::ui::provisions::note_line(n, lang)) }
                </ul>
            }
            { crate::ui::provisions::provisions_sections(&crate::ui::provisions::ProvisionsProps {
                lang,
                case: case.clone(),
                representative: props.answers.who == Some(ruqsat_core::flow::Who::Consultant),
            }) }
            <div class="button-group">
                <button class="button" onclick={props.on_go.reform(|_| Page::Timeline)}>{ t(lang, Msg::SeeTimeline) }</button>
                <button class="button button--secondary" onclick={props.on_go.reform(|_| Page::Check)}>{ t(lang, Msg::CheckTitle) }</button>
            </div>
        </div>
    }
}

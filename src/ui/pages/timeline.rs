use chrono::{NaiveDate, NaiveDateTime};
use yew::prelude::*;

use crate::ui::date_input::{parse_date, DateError, DateInput, DateText};
use crate::ui::grade_badge::GradeBadge;
use crate::ui::pages::check::service_words;
use crate::ui::url::Page;
use ruqsat_core::calendar;
use ruqsat_core::case::Case;
use ruqsat_core::counting::{days_off_within, CountingRule, OfficeHours, COUNTING_CITATION, RULES};
use ruqsat_core::iso;
use ruqsat_core::lang::Lang;
use ruqsat_core::procedures::Actor;
use ruqsat_core::timeline::{estimate_with, EndBasis, EstimateError, Milestone, Timeline, Warning};
use ruqsat_wording::rules::calendar::holiday_name;
use ruqsat_wording::rules::evidence::reference;
use ruqsat_wording::rules::{counting, procedures};
use ruqsat_wording::{format_date, format_date_weekday, plural_days, t, Msg};

#[derive(Properties, PartialEq)]
pub struct TimelinePageProps {
    pub lang: Lang,
    pub case: Case,
    /// The office hours the dates assume (the default, or the user's).
    pub hours: OfficeHours,
    pub on_hours: Callback<Option<OfficeHours>>,
    pub on_applicant_done: Callback<Option<NaiveDate>>,
    pub on_go: Callback<Page>,
}

fn when(at: NaiveDateTime, lang: Lang) -> Html {
    html! {
        <time datetime={iso::instant(at)}>
            { format_date_weekday(at.date(), lang) }{ ", " }{ iso::time(at.time()) }
        </time>
    }
}

/// Every expected end of the case, each with its basis, source and grade: Edition A's clause 4 total beside the
/// steps' end, Edition B's portal after-hours reading beside the regulation's (`Timeline::expected_ends`).
pub fn expected_ends(timeline: &Timeline, lang: Lang, with_time: bool) -> Html {
    html! {
        <ul class="list expected-ends" data-expected-ends="">
            { for timeline.expected_ends().iter().map(|e| html! {
                <li data-basis={ruqsat_core::codes::Code::code(e.basis)}>
                    <strong>{ counting::end_basis(e.basis).get(lang) }{ ": " }</strong>
                    if let Some(n) = e.working_days {
                        { plural_days(n.into(), lang) }{ " → " }
                    }
                    if with_time { { when(e.ends, lang) } } else {
                        <time datetime={iso::date(e.ends.date())}>{ format_date_weekday(e.ends.date(), lang) }</time>
                    }
                    <span class="source">
                        { " (" }{ reference(&e.citation, lang) }{ " " }<GradeBadge grade={e.citation.grade} {lang} />{ ")" }
                    </span>
                </li>
            }) }
        </ul>
    }
}

/// The days off that stretch a step, each with its name where it has one.
fn days_off(m: &Milestone, lang: Lang) -> Html {
    let Some(end) = m.ends else { return html! {} };
    let days = days_off_within(m.starts, end);
    if days.is_empty() {
        return html! {};
    }
    html! {
        <p class="timeline__days-off">
            { t(lang, Msg::TimelineDaysOff) }{ " (" }{ plural_days(days.len() as u64, lang) }{ "): " }
            { for days.iter().enumerate().map(|(i, d)| {
                let name = calendar::day(*d).ok().and_then(|day| day.name).map(|n| format!(" — {}", holiday_name(n).get(lang)));
                html! { <>{ if i > 0 { "; " } else { "" } }{ format_date(*d, lang) }{ name.unwrap_or_default() }</> }
            }) }
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct ApplicantDateProps {
    lang: Lang,
    given: Option<NaiveDate>,
    /// The first day the step can be done: the day it starts (the notice).
    earliest: NaiveDate,
    on_set: Callback<Option<NaiveDate>>,
}

/// The id prefix of the applicant's date input: its fields are `done-day`, `done-month` and `done-year`.
const APPLICANT_DATE: &str = "done";

/// "I will do it on…": the applicant's own step given an actual date; every later step follows from it.
#[function_component(ApplicantDate)]
fn applicant_date(props: &ApplicantDateProps) -> Html {
    let lang = props.lang;
    let text = use_state(|| {
        props
            .given
            .map(|d| DateText::from_date(d, None))
            .unwrap_or_default()
    });
    let error = use_state(|| None::<DateError>);
    let on_submit = {
        let (text, error, on_set) = (text.clone(), error.clone(), props.on_set.clone());
        let earliest = props.earliest;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let date = parse_date(&text.day, &text.month, &text.year).and_then(|d| {
                if d < earliest {
                    Err(DateError::TooEarly)
                } else {
                    Ok(d)
                }
            });
            match date {
                Ok(d) => {
                    error.set(None);
                    on_set.emit(Some(d));
                }
                Err(err) => {
                    error.set(Some(err));
                    crate::ui::browser::focus_by_id(&err.field_id(APPLICANT_DATE));
                }
            }
        })
    };
    let on_remove = {
        let (text, error, on_set) = (text.clone(), error.clone(), props.on_set.clone());
        Callback::from(move |_: MouseEvent| {
            text.set(DateText::default());
            error.set(None);
            // The button goes with the date: focus goes to the first field, not to the page's top.
            crate::ui::browser::focus_by_id(&DateError::Missing.field_id(APPLICANT_DATE));
            on_set.emit(None);
        })
    };
    let on_change = {
        let text = text.clone();
        Callback::from(move |v: DateText| text.set(v))
    };
    html! {
        <form class="applicant-date" novalidate=true onsubmit={on_submit}>
            <DateInput id={APPLICANT_DATE} legend={t(lang, Msg::TimelineIWillDoIt)} {lang} value={(*text).clone()}
                error={*error} {on_change} />
            <button type="submit" class="button button--secondary">{ t(lang, Msg::TimelineApply) }</button>
            if props.given.is_some() {
                { " " }
                <button type="button" class="button button--secondary" onclick={on_remove}>
                    { t(lang, Msg::TimelineClearDate) }
                </button>
            }
            // Said in a live region that is always there: the dates below change out of the reader's sight.
            <div role="status">
                if props.given.is_some() {
                    <p class="hint hint--ok">{ t(lang, Msg::TimelineDateApplied) }</p>
                }
            </div>
        </form>
    }
}

fn warnings(t_: &Timeline, lang: Lang) -> Html {
    html! {
        { for t_.warnings.iter().map(|w| {
            let text = match w {
                Warning::EstimatedCalendar => t(lang, Msg::TimelineEstimateNote),
                Warning::EditionNotYetInForce { .. } | Warning::EditionNoLongerInForce { .. } => t(lang, Msg::TimelineNotInForce),
                Warning::ApplicantStepLate { .. } => t(lang, Msg::TimelineLate),
            };
            html! {
                <div class="warning-text" role="note">
                    <span class="warning-text__icon" aria-hidden="true">{ "!" }</span>
                    <strong>{ text }</strong>
                </div>
            }
        }) }
    }
}

/// Every step in order, with its actor, date and weekday, clause and grade.
#[function_component(TimelinePage)]
pub fn timeline_page(props: &TimelinePageProps) -> Html {
    let lang = props.lang;
    let timeline = match estimate_with(&props.case, &props.hours) {
        Ok(tl) => tl,
        // Only a date the page itself did not check can get here (a link with `done=` before the notice, say): say so
        // in the reader's language and offer the way out.
        Err(e) => {
            let why = match e {
                EstimateError::NotOffered(why) => procedures::not_offered(why).get(lang),
                _ => t(lang, Msg::TimelineCannotCount),
            };
            return html! {
                <>
                    <h1 id="page-heading" tabindex="-1">{ t(lang, Msg::TimelineTitle) }</h1>
                    <p class="error-message">{ why }</p>
                    <div class="button-group">
                        if props.case.applicant_done.is_some() {
                            <button class="button" onclick={props.on_applicant_done.reform(|_| None)}>{ t(lang, Msg::TimelineClearDate) }</button>
                        }
                        <button class="button button--secondary" onclick={props.on_go.reform(|_| Page::Check)}>{ t(lang, Msg::CheckTitle) }</button>
                    </div>
                </>
            };
        }
    };
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ t(lang, Msg::TimelineTitle) }</h1>
            <p class="lead">{ service_words(&props.case, lang) }</p>
            { warnings(&timeline, lang) }
            <p>{ t(lang, Msg::TimelineIntro) }</p>
            <p class="timeline__registered">{ t(lang, Msg::TimelineRegistered) }{ ": " }{ when(timeline.registered, lang) }</p>
            <div class="panel" data-statutory="">
                <h2>{ t(lang, Msg::SummaryExpectedBy) }</h2>
                { expected_ends(&timeline, lang, true) }
                if let Some(d) = timeline.statutory_deadline {
                    <p>{ procedures::note(d.note).get(lang) }</p>
                }
            </div>
            <ol class="timeline">
                { for timeline.milestones.iter().enumerate().map(|(i, m)| {
                    let actor = if m.step.actor == Actor::Applicant { t(lang, Msg::ActorYou) } else { procedures::actor(m.step.actor).get(lang) };
                    html! {
                        <li class={classes!("timeline__step", m.by_applicant().then_some("timeline__step--applicant"))}
                            data-step={(i + 1).to_string()}>
                            <p class="timeline__who">
                                <span class="timeline__actor">{ actor }</span>
                                if m.by_applicant() {
                                    <strong class="tag">{ t(lang, Msg::TimelineYourStep) }</strong>
                                }
                            </p>
                            <p class="timeline__what">{ procedures::step(m.step.kind).get(lang) }</p>
                            <p class="timeline__ends">
                                { t(lang, Msg::TimelineEnds) }{ ": " }
                                <strong>
                                    { match m.ends { Some(e) => when(e, lang), None => html! { t(lang, Msg::TimelineOnRequest) } } }
                                </strong>
                                if m.estimated {
                                    { " " }<span class="tag tag--estimate">{ t(lang, Msg::TimelineEstimate) }</span>
                                }
                            </p>
                            if let (0, Some(p)) = (i, timeline.portal_next_working_day) {
                                <p class="timeline__ends timeline__ends--second" data-second-reading="">
                                    { counting::end_basis(EndBasis::PortalNextWorkingDay).get(lang) }{ ": " }
                                    <strong>{ when(p.result_ends, lang) }</strong>{ " " }
                                    <span class="source">{ reference(&p.citation, lang) }{ " " }<GradeBadge grade={p.citation.grade} {lang} /></span>
                                </p>
                            }
                            { days_off(m, lang) }
                            <p class="timeline__basis">
                                { t(lang, Msg::TimelineBasis) }{ ": " }{ reference(&m.clause(), lang) }{ " " }
                                <GradeBadge grade={m.clause().grade} {lang} />
                                if let Some(rule) = CountingRule::numbered(m.rule) {
                                    { " · " }{ t(lang, Msg::TimelineCounted) }{ ": " }{ counting::rule_short(rule).get(lang) }
                                }
                            </p>
                            if m.by_applicant() {
                                <ApplicantDate {lang} given={props.case.applicant_done} earliest={m.starts.date()} on_set={props.on_applicant_done.clone()} />
                            }
                        </li>
                    }
                }) }
            </ol>
            <super::office_hours::OfficeHoursForm {lang} hours={props.hours} on_set={props.on_hours.clone()} />
            <details class="details">
                <summary>{ t(lang, Msg::TimelineRules) }</summary>
                <ol>{ for RULES.iter().map(|&r| html! {
                    <li>
                        { counting::rule(r).get(lang) }{ " " }
                        <span class="source">{ t(lang, Msg::SourceLabel) }{ ": " }{ reference(&r.citation(), lang) }{ " " }<GradeBadge grade={r.citation().grade} {lang} /></span>
                    </li>
                }) }</ol>
                <p class="source">{ t(lang, Msg::TimelineCountingBasis) }{ ": " }{ reference(&COUNTING_CITATION, lang) }{ " " }<GradeBadge grade={COUNTING_CITATION.grade} {lang} /></p>
                if !timeline.procedure.notes.is_empty() {
                    <h2>{ t(lang, Msg::TimelineNotes) }</h2>
                    <ul>{ for timeline.procedure.notes.iter().map(|&n| html! { <li>{ procedures::note(n).get(lang) }</li> }) }</ul>
                }
            </details>
            <div class="button-group">
                <button class="button" onclick={props.on_go.reform(|_| Page::Summary)}>{ t(lang, Msg::SeeSummary) }</button>
                <button class="button button--secondary" onclick={props.on_go.reform(|_| Page::Documents)}>{ t(lang, Msg::SeeDocuments) }</button>
                <button class="button button--secondary" onclick={props.on_go.reform(|_| Page::Check)}>{ t(lang, Msg::CheckTitle) }</button>
            </div>
        </>
    }
}

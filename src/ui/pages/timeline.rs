use chrono::{NaiveDate, NaiveDateTime};
use yew::prelude::*;

use super::applicant_dates::{self, DateForm};
use crate::ui::date_input::DateError;
use crate::ui::grade_badge::reference_with_grade;
use crate::ui::pages::check::service_words;
use crate::ui::url::Page;
use ruqsat_core::calendar;
use ruqsat_core::case::{Case, ServiceKind};
use ruqsat_core::counting::{
    days_off_stretching, CountingRule, Moved, OfficeHours, COUNTING_CITATION, RULES,
};
use ruqsat_core::iso;
use ruqsat_core::lang::Lang;
use ruqsat_core::procedures::Actor;
use ruqsat_core::timeline::{estimate_with, EndBasis, EstimateError, Milestone, Timeline, Warning};
use ruqsat_wording::rules::calendar::holiday_name;
use ruqsat_wording::rules::{counting, procedures};
use ruqsat_wording::{format_date_weekday, plural_days, t, Msg};

pub struct TimelinePageProps {
    pub lang: Lang,
    pub case: Case,
    /// The office hours the dates assume (the default, or the user's).
    pub hours: OfficeHours,
    pub on_hours: Callback<Option<OfficeHours>>,
    pub on_applicant_done: Callback<Option<NaiveDate>>,
    /// An extension: the date the current permit expires, if given (not part of the case: it changes no step).
    pub permit_expires: Option<NaiveDate>,
    pub on_notice_received: Callback<Option<NaiveDate>>,
    pub on_permit_expires: Callback<Option<NaiveDate>>,
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
                        { " (" }{ reference_with_grade(&e.citation, lang, None) }{ ")" }
                    </span>
                </li>
            }) }
        </ul>
    }
}

/// Why the package counts from later than it was handed in, in words.
const fn moved_words(why: Moved) -> Msg {
    match why {
        Moved::DayOff => Msg::MovedDayOff,
        Moved::BeforeOpening => Msg::MovedBeforeOpening,
        Moved::InTheBreak => Msg::MovedInTheBreak,
        Moved::AfterClosing => Msg::MovedAfterClosing,
        Moved::AfterReception => Msg::MovedAfterReception,
    }
}

/// The reason's key, for the page's tests.
const fn moved_key(why: Moved) -> &'static str {
    match why {
        Moved::DayOff => "day-off",
        Moved::BeforeOpening => "before-opening",
        Moved::InTheBreak => "in-the-break",
        Moved::AfterClosing => "after-closing",
        Moved::AfterReception => "after-reception",
    }
}

/// The days off that stretch a step, each with its name where it has one.
fn days_off(m: &Milestone, lang: Lang) -> Html {
    let Some(end) = m.ends else { return html! {} };
    let days = days_off_stretching(m.step.limit, m.starts, end);
    if days.is_empty() {
        return html! {};
    }
    html! {
        <p class="timeline__days-off">
            { t(lang, Msg::TimelineDaysOff) }{ " (" }{ plural_days(days.len() as u64, lang) }{ "): " }
            { for days.iter().enumerate().map(|(i, d)| {
                // A holiday, or a day off moved from one, by its name; a weekday a decree made a day off, as such: the
                // one day off with a source and no name (`calendar::tests`; reading the day's kind here costs 270 B).
                let name = calendar::day(*d).ok().and_then(|day| match day.name {
                    Some(n) => Some(holiday_name(n).get(lang)),
                    None => day.citation.map(|_| t(lang, Msg::TimelineDecreeDayOff)),
                }).map(|n| format!(" — {n}"));
                html! { <>{ if i > 0 { "; " } else { "" } }{ format_date_weekday(*d, lang) }{ name.unwrap_or_default() }</> }
            }) }
        </p>
    }
}

/// The id prefix of the applicant's date input: its fields are `done-day`, `done-month` and `done-year`.
const APPLICANT_DATE: &str = "done";

/// Removes the dates the page gave (the notice's, the applicant's), the way out of a date that cannot be counted.
fn clear_dates(props: &TimelinePageProps) -> Callback<MouseEvent> {
    let (done, notice) = (
        props.on_applicant_done.clone(),
        props.on_notice_received.clone(),
    );
    Callback::from(move |_: MouseEvent| {
        done.emit(None);
        notice.emit(None);
    })
}

/// A warning's key, for the page's tests.
const fn warning_key(w: &Warning) -> &'static str {
    match w {
        Warning::ProviderLate { .. } => "provider-late",
        Warning::ApplicantStepLate { .. } => "applicant-late",
        _ => "",
    }
}

fn warnings(t_: &Timeline, lang: Lang) -> Html {
    html! {
        { for t_.warnings.iter().map(|w| {
            let text = match w {
                Warning::EstimatedCalendar => t(lang, Msg::TimelineEstimateNote),
                Warning::EditionNotYetInForce { .. } | Warning::EditionNoLongerInForce { .. } => t(lang, Msg::TimelineNotInForce),
                Warning::ApplicantStepLate { .. } => t(lang, Msg::TimelineLate),
                Warning::ProviderLate { .. } => t(lang, Msg::ProviderLate),
            };
            html! {
                <div class="warning-text" role="note" data-warning={warning_key(w)}>
                    <span class="warning-text__icon" aria-hidden="true">{ "!" }</span>
                    <strong>{ text }</strong>
                    if let Warning::ProviderLate { appeal, .. } = w {
                        { super::applicant_dates::appeal(*appeal, lang) }
                    }
                </div>
            }
        }) }
    }
}

/// Every step in order, with its actor, date and weekday, clause and grade.
pub fn timeline_page(props: &TimelinePageProps) -> Html {
    let lang = props.lang;
    // The core refuses the dates whose later steps it cannot count (past the calendar) with the page's office hours,
    // at their fields.
    let refuse_done = {
        let (case, hours) = (props.case.clone(), props.hours);
        Callback::from(move |d: NaiveDate| {
            ruqsat_core::flow::refuse_applicant_done(&case, &hours, d).map(DateError::from)
        })
    };
    let refuse_notice = {
        let (case, hours) = (props.case.clone(), props.hours);
        Callback::from(move |d: NaiveDate| {
            ruqsat_core::flow::refuse_notice_received(&case, &hours, d).map(DateError::from)
        })
    };
    let refuse_hours = {
        let case = props.case.clone();
        Callback::from(move |h| ruqsat_core::flow::refuse_hours(&case, &h).is_some())
    };
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
                        if props.case.applicant_done.is_some() || props.case.notice_received.is_some() {
                            <button class="button" onclick={clear_dates(props)}>{ t(lang, Msg::TimelineClearDate) }</button>
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
            if timeline.registered != props.case.submitted {
                if let Ok(Some(why)) = props.hours.why_moved(props.case.submitted) {
                    <p class="timeline__moved" data-moved={moved_key(why)}>
                        { t(lang, Msg::TimelineHandedIn) }{ ": " }{ when(props.case.submitted, lang) }{ " — " }
                        { t(lang, moved_words(why)) }{ ". " }{ t(lang, Msg::MovedAssumption) }
                    </p>
                }
            }
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
                        <li class={if m.by_applicant() { "timeline__step timeline__step--applicant" } else { "timeline__step" }}
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
                                    <span class="source">{ reference_with_grade(&p.citation, lang, None) }</span>
                                </p>
                            }
                            { days_off(m, lang) }
                            <p class="timeline__basis">
                                { t(lang, Msg::TimelineBasis) }{ ": " }{ reference_with_grade(&m.clause(), lang, None) }
                                if let Some(rule) = CountingRule::numbered(m.rule) {
                                    { " · " }{ t(lang, Msg::TimelineCounted) }{ ": " }{ counting::rule_short(rule).get(lang) }
                                }
                            </p>
                            if m.by_applicant() {
                                <DateForm id="notice" legend={Msg::NoticeQuestion} hint={Msg::NoticeHint} {lang}
                                    given={props.case.notice_received}
                                    earliest={(timeline.registered.date(), DateError::BeforeRegistration)}
                                    refuse={refuse_notice.clone()}
                                    applied={Msg::NoticeApplied} on_set={props.on_notice_received.clone()} />
                                if let Some(d) = timeline.applicant_deadline.filter(|d| d.milestone == i) {
                                    { applicant_dates::deadline(&d, lang) }
                                }
                                <DateForm id={APPLICANT_DATE} legend={Msg::TimelineIWillDoIt} {lang}
                                    given={props.case.applicant_done}
                                    earliest={(m.starts.date(), DateError::TooEarly)}
                                    refuse={refuse_done.clone()}
                                    deadline={timeline.applicant_deadline.filter(|d| d.milestone == i).map(|d| d.ends.date())}
                                    applied={Msg::TimelineDateApplied} on_set={props.on_applicant_done.clone()} />
                            }
                        </li>
                    }
                }) }
            </ol>
            if props.case.service == ServiceKind::Extension {
                <DateForm id="expires" legend={Msg::PermitExpiresQuestion} hint={Msg::PermitExpiresHint} {lang}
                    given={props.permit_expires} applied={Msg::PermitExpiresApplied}
                    on_set={props.on_permit_expires.clone()} />
                if let Some(expires) = props.permit_expires {
                    { applicant_dates::filing_window(&props.case, expires, timeline.last_end(), lang) }
                }
            }
            <super::office_hours::OfficeHoursForm {lang} hours={props.hours} on_set={props.on_hours.clone()} refuse={refuse_hours} />
            <details class="details">
                <summary>{ t(lang, Msg::TimelineRules) }</summary>
                <ol>{ for RULES.iter().map(|&r| html! {
                    <li>
                        { counting::rule(r).get(lang) }{ " " }
                        <span class="source">{ t(lang, Msg::SourceLabel) }{ ": " }{ reference_with_grade(&r.citation(), lang, None) }</span>
                    </li>
                }) }</ol>
                <p class="source">{ t(lang, Msg::TimelineCountingBasis) }{ ": " }{ reference_with_grade(&COUNTING_CITATION, lang, None) }</p>
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

//! The applicant's real dates on the timeline (issue 12, section 3): the notice received, the applicant's deadline
//! apart from the planned date, the provider late and the appeal, and an extension's filing window.

use chrono::{NaiveDate, NaiveDateTime};
use yew::prelude::*;

use crate::ui::date_input::{parse_date, DateError, DateInput, DateText};
use crate::ui::grade_badge::reference_with_grade;
use ruqsat_core::case::Case;
use ruqsat_core::evidence::Citation;
use ruqsat_core::iso;
use ruqsat_core::lang::Lang;
use ruqsat_core::permits::filing::{ends_before_expiry, filing, Filing};
use ruqsat_core::procedures::Limit;
use ruqsat_core::timeline::{ApplicantDeadline, CountedFrom, Timeline, Warning};
use ruqsat_wording::rules::deadlines;
use ruqsat_wording::rules::procedures;
use ruqsat_wording::{format_date_weekday, t, Msg};

/// A citation and its grade: "Source: clause 13 S".
fn source(c: &Citation, lang: Lang) -> Html {
    html! {
        <span class="source">
            { t(lang, Msg::SourceLabel) }{ ": " }{ reference_with_grade(c, lang, None) }
        </span>
    }
}

/// What the applicant can do when the provider was late: the appeal, with its clause, where the regulation has one.
pub fn appeal(appeal: Option<Citation>, lang: Lang) -> Html {
    match appeal {
        Some(c) => {
            html! { <p>{ t(lang, Msg::ProviderLateAppeal) }{ ". " }{ source(&c, lang) }</p> }
        }
        None => html! { <p>{ t(lang, Msg::ProviderLateNoAppealClause) }</p> },
    }
}

/// The applicant's deadline, as a deadline: "Deadline: by Tuesday 16 January 2018, within 10 working days of the
/// notice", what it counts from, why, and its clause.
pub fn deadline(d: &ApplicantDeadline, lang: Lang) -> Html {
    let from = match d.counted_from {
        CountedFrom::NoticeReceived(_) => Msg::DeadlineFromNoticeReceived,
        CountedFrom::LatestNotice(_) => Msg::DeadlineFromLatestNotice,
    };
    html! {
        <div class="timeline__deadline" data-deadline={iso::date(d.ends.date())}>
            <p>
                <strong>{ t(lang, Msg::DeadlineLabel) }{ ": " }</strong>
                <time datetime={iso::instant(d.ends)}>{ deadlines::deadline(d.ends.date(), d.working_days, lang) }</time>
            </p>
            <p class="hint">
                { t(lang, from) }{ ": " }{ format_date_weekday(d.counted_from.date(), lang) }{ ". " }
                { deadlines::basis(d.basis).get(lang) }{ " " }{ source(&d.citation, lang) }
            </p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DateFormProps {
    /// The id prefix of the date's fields (`notice`: `notice-day`, `notice-month`, `notice-year`).
    pub id: &'static str,
    pub legend: Msg,
    #[prop_or_default]
    pub hint: Option<Msg>,
    pub lang: Lang,
    pub given: Option<NaiveDate>,
    /// The first day accepted, and the error for a day before it.
    #[prop_or_default]
    pub earliest: Option<(NaiveDate, DateError)>,
    /// The core's refusal of a date the first day allows (later steps past the calendar, `flow::refuse_*`).
    #[prop_or_default]
    pub refuse: Option<Callback<NaiveDate, Option<DateError>>>,
    /// A deadline: a date after it is kept, and shown as an error beside the field.
    #[prop_or_default]
    pub deadline: Option<NaiveDate>,
    /// Said when the date is applied.
    pub applied: Msg,
    pub on_set: Callback<Option<NaiveDate>>,
}

/// One optional date on the timeline, applied with a button; every date that follows from it moves.
#[function_component(DateForm)]
pub fn date_form(props: &DateFormProps) -> Html {
    let lang = props.lang;
    let id = props.id;
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
        let refuse = props.refuse.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let date =
                parse_date(&text.day, &text.month, &text.year).and_then(|d| match earliest {
                    Some((first, why)) if d < first => Err(why),
                    _ => match refuse.as_ref().and_then(|r| r.emit(d)) {
                        Some(why) => Err(why),
                        None => Ok(d),
                    },
                });
            match date {
                Ok(d) => {
                    error.set(None);
                    on_set.emit(Some(d));
                }
                Err(err) => {
                    error.set(Some(err));
                    crate::ui::browser::focus_by_id(&err.field_id(id));
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
            crate::ui::browser::focus_by_id(&DateError::Missing.field_id(id));
            on_set.emit(None);
        })
    };
    let on_change = {
        let text = text.clone();
        Callback::from(move |v: DateText| text.set(v))
    };
    // A date applied after the deadline stays applied (the later steps follow it) and is an error at its field.
    let late = matches!((props.given, props.deadline), (Some(g), Some(d)) if g > d);
    let shown_error = (*error).or(late.then_some(DateError::AfterDeadline));
    html! {
        <form class="applicant-date" novalidate=true onsubmit={on_submit} data-date-form={id}>
            <DateInput {id} legend={t(lang, props.legend)} hint={props.hint.map(|h| AttrValue::from(t(lang, h)))}
                {lang} value={(*text).clone()} error={shown_error} {on_change} />
            <button type="submit" class="button button--secondary">{ t(lang, Msg::TimelineApply) }</button>
            if props.given.is_some() {
                { " " }
                <button type="button" class="button button--secondary" onclick={on_remove}>
                    { t(lang, Msg::TimelineClearDate) }
                </button>
            }
            // Said in a live region that is always there: the dates below change out of the reader's sight.
            <div role="status">
                // Not beside the error of a date after the deadline: the date is kept, but it is not "done".
                if props.given.is_some() && !late {
                    <p class="hint hint--ok">{ t(lang, props.applied) }</p>
                }
            </div>
        </form>
    }
}

/// An extension: when to file, given the date the current permit expires, and whether the expected end comes in
/// time.
pub fn filing_window(
    case: &Case,
    expires: NaiveDate,
    end: Option<NaiveDateTime>,
    lang: Lang,
) -> Html {
    let Some(f) = filing(case, expires) else {
        return html! {};
    };
    let window = match f {
        Filing::Window(w) => html! {
            <>
                if let Some(first) = w.earliest {
                    <p>
                        <strong>{ t(lang, Msg::FileNoEarlierThan) }{ ": " }</strong>
                        <time datetime={iso::date(first)}>{ format_date_weekday(first, lang) }</time>
                    </p>
                }
                <p data-file-by={iso::date(w.latest)}>
                    <strong>{ t(lang, Msg::FileNoLaterThan) }{ ": " }</strong>
                    <time datetime={iso::date(w.latest)}>{ format_date_weekday(w.latest, lang) }</time>
                    { " " }{ source(&w.citation, lang) }
                </p>
                if let Some(last) = w.last_working_day {
                    <p data-file-by-working-day={iso::date(last)}>
                        { t(lang, Msg::FileLastWorkingDayAtOffice) }{ ": " }
                        <time datetime={iso::date(last)}>{ format_date_weekday(last, lang) }</time>
                    </p>
                }
                if !w.contains(case.submitted.date()) {
                    <p class="error-message">{ t(lang, Msg::SubmittedOutsideFilingWindow) }</p>
                }
            </>
        },
        Filing::NotKnown(c) => html! {
            <p>{ t(lang, Msg::FilingWindowUnknown) }{ " " }{ source(&c, lang) }</p>
        },
    };
    html! {
        <div class="panel" data-filing="">
            { window }
            if let Some(end) = end {
                if ends_before_expiry(end, expires) {
                    <p data-in-time="yes">{ t(lang, Msg::EndBeforeExpiry) }</p>
                } else {
                    <p class="error-message" data-in-time="no">{ t(lang, Msg::EndAfterExpiry) }</p>
                }
            }
        </div>
    }
}

/// The summary's "your actions and their deadlines": handing in the package, the applicant's own step with its
/// deadline (and the date planned, if given), and for an extension when to file.
pub fn your_actions(
    case: &Case,
    tl: &Timeline,
    permit_expires: Option<NaiveDate>,
    lang: Lang,
) -> Html {
    let late = tl
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::ApplicantStepLate { .. }));
    html! {
        <section data-actions="">
            <h2>{ t(lang, Msg::SummaryYourActions) }</h2>
            <ol class="list">
                <li data-action="hand-in">
                    <strong>{ t(lang, Msg::SummaryHandIn) }</strong>{ ": " }
                    <time datetime={iso::instant(tl.handed_in)}>
                        { format_date_weekday(tl.handed_in.date(), lang) }{ ", " }{ iso::time(tl.handed_in.time()) }
                    </time>
                </li>
                { for tl.milestones.iter().enumerate().filter(|(_, m)| m.by_applicant()).map(|(i, m)| {
                    let deadline = tl.applicant_deadline.filter(|d| d.milestone == i);
                    html! {
                        <li data-action="applicant-step">
                            <strong>{ procedures::step(m.step.kind).get(lang) }</strong>
                            if let Some(d) = deadline {
                                { self::deadline(&d, lang) }
                            } else if m.step.limit == Limit::OnRequest {
                                { " — " }{ t(lang, Msg::TimelineOnRequest) }{ " " }{ source(&m.step.citation, lang) }
                            }
                            if let (true, Some(planned)) = (m.actual, m.ends) {
                                <p>
                                    { t(lang, Msg::SummaryYourPlan) }{ ": " }
                                    <time datetime={iso::date(planned.date())}>{ format_date_weekday(planned.date(), lang) }</time>
                                </p>
                                if late {
                                    <p class="error-message">{ t(lang, Msg::ErrorPlanAfterDeadline) }</p>
                                }
                            }
                        </li>
                    }
                }) }
            </ol>
            if let Some(expires) = permit_expires {
                { filing_window(case, expires, tl.last_end(), lang) }
            }
        </section>
    }
}

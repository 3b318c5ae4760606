//! The office hours on the timeline: an assumption (neither regulation states them), shown with its source and grade
//! and changeable; the hours are kept with the answers in the URL (`url::to_query`: `opens`, `closes`, `break`,
//! `reception`).

use chrono::NaiveTime;
use yew::prelude::*;

use crate::ui::error_summary::ErrorSummary;
use crate::ui::grade_badge::reference_with_grade;
use ruqsat_core::counting::{OfficeHours, OfficeHoursError, OFFICE_HOURS_CITATION};
use ruqsat_core::iso;
use ruqsat_core::lang::Lang;
use ruqsat_wording::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct OfficeHoursFormProps {
    pub lang: Lang,
    pub hours: OfficeHours,
    /// New hours, or `None` for the usual ones.
    pub on_set: Callback<Option<OfficeHours>>,
    /// Whether the case cannot be counted with these hours (a step past the calendar: `flow::refuse_hours`).
    pub refuse: Callback<OfficeHours, bool>,
}

/// The fields, in order: id suffix, label.
const FIELDS: [(&str, Msg); 5] = [
    ("opens", Msg::HoursOpens),
    ("closes", Msg::HoursCloses),
    ("break-from", Msg::HoursBreakFrom),
    ("break-to", Msg::HoursBreakTo),
    ("reception", Msg::HoursReception),
];

/// Hours the case cannot be counted with: said at the reception cut-off, which decides whether a package counts at
/// once or from the next opening.
const NOT_COVERED: [(usize, Msg); 1] = [(4, Msg::HoursErrorNotCovered)];

fn texts(h: &OfficeHours) -> [String; 5] {
    let (from, to) = h
        .break_time
        .map_or((String::new(), String::new()), |(a, b)| {
            (iso::time(a), iso::time(b))
        });
    [
        iso::time(h.opens),
        iso::time(h.closes),
        from,
        to,
        iso::time(h.reception_until),
    ]
}

/// The hours the texts give, or each field's error.
fn hours_of(texts: &[String; 5]) -> Result<OfficeHours, Vec<(usize, Msg)>> {
    let mut errors = Vec::new();
    let mut time = |i: usize, required: bool| -> Option<NaiveTime> {
        let v = texts[i].trim();
        if v.is_empty() && !required {
            return None;
        }
        let t = iso::parse_time(v);
        if t.is_none() {
            errors.push((i, Msg::HoursErrorTime));
        }
        t
    };
    let (opens, closes) = (time(0, true), time(1, true));
    let both_empty = texts[2].trim().is_empty() && texts[3].trim().is_empty();
    let (from, to) = (time(2, !both_empty), time(3, !both_empty));
    let reception = time(4, true);
    let (Some(opens), Some(closes), Some(reception)) = (opens, closes, reception) else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    OfficeHours::new(opens, closes, from.zip(to), reception).map_err(|e| match e {
        OfficeHoursError::ClosesBeforeOpening => vec![(1, Msg::HoursErrorCloses)],
        OfficeHoursError::BreakOutsideHours => vec![(2, Msg::HoursErrorBreak)],
        OfficeHoursError::ReceptionOutsideHours => vec![(4, Msg::HoursErrorReception)],
    })
}

/// "The office's hours (an assumption)": what they rest on, and the five times, changeable. The fields are the
/// browser's own (read on "Apply"), which keeps the component small in the wasm.
#[function_component(OfficeHoursForm)]
pub fn office_hours_form(props: &OfficeHoursFormProps) -> Html {
    let lang = props.lang;
    let errors = use_state(Vec::<(usize, Msg)>::new);
    let attempt = use_state(|| 0u32);
    let on_submit = {
        let (errors, attempt, on_set, refuse) = (
            errors.clone(),
            attempt.clone(),
            props.on_set.clone(),
            props.refuse.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            attempt.set(*attempt + 1);
            let texts =
                FIELDS.map(|(name, _)| crate::ui::browser::input_value(&format!("hours-{name}")));
            match hours_of(&texts) {
                Ok(h) if refuse.emit(h) => errors.set(NOT_COVERED.to_vec()),
                Ok(h) => {
                    errors.set(Vec::new());
                    on_set.emit(Some(h));
                }
                Err(errs) => errors.set(errs),
            }
        })
    };
    let on_reset = {
        let (errors, attempt, on_set, refuse) = (
            errors.clone(),
            attempt.clone(),
            props.on_set.clone(),
            props.refuse.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if refuse.emit(OfficeHours::default()) {
                attempt.set(*attempt + 1);
                errors.set(NOT_COVERED.to_vec());
            } else {
                errors.set(Vec::new());
                on_set.emit(None);
            }
        })
    };
    let values = texts(&props.hours);
    let summary: Vec<(String, String)> = errors
        .iter()
        .map(|&(i, m)| (format!("hours-{}", FIELDS[i].0), t(lang, m).to_string()))
        .collect();
    let changed = props.hours != OfficeHours::default();
    html! {
        <section class="panel office-hours" aria-labelledby="hours-title" data-office-hours="">
            <h2 id="hours-title">{ t(lang, Msg::HoursTitle) }</h2>
            <p>{ t(lang, Msg::HoursWhy) }</p>
            <p class="source">
                { t(lang, Msg::SourceLabel) }{ ": " }{ reference_with_grade(&OFFICE_HOURS_CITATION, lang, None) }
            </p>
            <ErrorSummary {lang} errors={summary} attempt={Some(*attempt)} />
            <form novalidate=true onsubmit={on_submit}>
                <div class="hint" id="hours-hint">{ t(lang, Msg::HoursHint) }</div>
                { for FIELDS.iter().zip(values).enumerate().map(|(i, (&(name, label), value))| {
                    let id = format!("hours-{name}");
                    let error = errors.iter().find(|(j, _)| *j == i).map(|&(_, m)| m);
                    html! {
                        <div class={if error.is_some() { "form-group form-group--error" } else { "form-group" }}>
                            <label class="label" for={id.clone()}>{ t(lang, label) }</label>
                            if let Some(m) = error {
                                <p class="error-message" id={format!("{id}-error")}>
                                    <span class="visually-hidden">{ t(lang, Msg::ErrorPrefix) }{ ": " }</span>{ t(lang, m) }
                                </p>
                            }
                            <input class={if error.is_some() { "input input--w4 input--error" } else { "input input--w4" }}
                                id={id.clone()} name={id.clone()} type="text" inputmode="numeric" maxlength="5" {value}
                                aria-describedby={ if error.is_some() { format!("hours-hint {id}-error") } else { "hours-hint".into() } }
                                aria-invalid={ if error.is_some() { "true" } else { "false" } } />
                        </div>
                    }
                }) }
                <div class="button-group">
                    <button type="submit" class="button button--secondary">{ t(lang, Msg::TimelineApply) }</button>
                    <button type="button" class="button button--secondary" onclick={on_reset}>{ t(lang, Msg::HoursReset) }</button>
                </div>
                <div role="status">
                    if changed && errors.is_empty() {
                        <p class="hint hint--ok">{ t(lang, Msg::HoursApplied) }</p>
                    }
                </div>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(v: [&str; 5]) -> Result<OfficeHours, Vec<(usize, Msg)>> {
        hours_of(&v.map(String::from))
    }

    #[test]
    fn the_fields_give_the_hours_or_each_fields_error() {
        let usual = OfficeHours::default();
        assert_eq!(hours_of(&texts(&usual)), Ok(usual));
        let no_break = of(["10:00", "18:00", "", "", "17:00"]).unwrap();
        assert_eq!(no_break.break_time, None);
        assert_eq!(
            of(["9", "18:00", "13:00", "", "17:00"]),
            Err(vec![(0, Msg::HoursErrorTime), (3, Msg::HoursErrorTime)])
        );
        assert_eq!(
            of(["18:00", "09:00", "", "", "17:00"]),
            Err(vec![(1, Msg::HoursErrorCloses)])
        );
        assert_eq!(
            of(["09:00", "18:00", "", "", "18:30"]),
            Err(vec![(4, Msg::HoursErrorReception)])
        );
        assert_eq!(
            of(["09:00", "18:00", "14:00", "13:00", "17:00"]),
            Err(vec![(2, Msg::HoursErrorBreak)])
        );
    }
}

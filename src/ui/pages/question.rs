use yew::prelude::*;

use crate::ui::date_input::{parse_date, parse_time, DateError, DateInput, DateText};
use crate::ui::error_summary::ErrorSummary;
use crate::ui::questions::{choices, choose, submitted_hint, wording};
use ruqsat_core::editions::EditionId;
use ruqsat_core::flow::{self, Answers, QuestionId};
use ruqsat_core::lang::Lang;
use ruqsat_wording::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    pub lang: Lang,
    pub question: QuestionId,
    pub answers: Answers,
    pub on_answer: Callback<Answers>,
    /// Where "Back" goes, as a URL (its query), and the action that takes the reader there.
    pub back_href: AttrValue,
    pub on_back: Callback<MouseEvent>,
}

/// One question per page: the question is the heading, a back link, "Continue"; an error summary when the answer is
/// missing or not a real date.
#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionPageProps) -> Html {
    let (lang, q) = (props.lang, props.question);
    let words = wording(q);
    let selected = use_state(|| q.question().chosen(&props.answers));
    let date_text = use_state(|| {
        props
            .answers
            .submitted
            .map(|s| DateText::from_date(s.date(), Some(s.time())))
            .unwrap_or_default()
    });
    let error = use_state(|| None::<(String, String)>);
    let date_error = use_state(|| None::<DateError>);

    let on_submit = {
        let (selected, date_text, error, date_error) = (
            selected.clone(),
            date_text.clone(),
            error.clone(),
            date_error.clone(),
        );
        let (answers, on_answer) = (props.answers, props.on_answer.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if q == QuestionId::Submitted {
                let dt = (*date_text).clone();
                // A date that does not exist, one before the chosen edition came into force and one whose steps fall
                // past the calendar are all refused here, at the field (the core says which: `flow::refuse_submitted`).
                let parsed = parse_date(&dt.day, &dt.month, &dt.year)
                    .and_then(|d| parse_time(&dt.time).map(|t| d.and_time(t)))
                    .and_then(|at| match flow::refuse_submitted(&answers, at) {
                        Some(refused) => Err(DateError::from(refused)),
                        None => Ok(at),
                    });
                match parsed {
                    Ok(at) => {
                        date_error.set(None);
                        error.set(None);
                        on_answer.emit(Answers {
                            submitted: Some(at),
                            ..answers
                        });
                    }
                    Err(err) => {
                        date_error.set(Some(err));
                        error.set(Some((err.field_id("submitted"), err.text(lang))));
                    }
                }
                return;
            }
            match *selected {
                Some(value) => on_answer.emit(choose(q, &answers, value)),
                None => error.set(Some((
                    format!("{}-0", q.key()),
                    t(lang, words.error).to_string(),
                ))),
            }
        })
    };

    let errors: Vec<(String, String)> = error.iter().cloned().collect();
    let body = if q == QuestionId::Submitted {
        let on_change = {
            let date_text = date_text.clone();
            Callback::from(move |v: DateText| date_text.set(v))
        };
        html! {
            // The example day lies in the chosen edition's years (the edition is always chosen before the date).
            <DateInput id="submitted" legend={t(lang, words.title)}
                hint={AttrValue::from(submitted_hint(props.answers.edition.unwrap_or(EditionId::Zhambyl2017), lang))}
                {lang} value={(*date_text).clone()} with_time=true error={*date_error} {on_change}
                legend_is_heading=true />
        }
    } else {
        let options = choices(q, &props.answers, lang);
        let has_error = error.is_some();
        // The group is described by its hint and, when there is one, its error: read out on entering it.
        let mut described = words
            .hint
            .map(|_| format!("{}-hint ", q.key()))
            .unwrap_or_default();
        if has_error {
            described += q.key();
            described += "-error";
        }
        html! {
            <div class={if has_error { "form-group form-group--error" } else { "form-group" }}>
                <fieldset class="fieldset" aria-describedby={described}>
                    <legend class="legend">
                        <h1 class="legend__heading" id="page-heading" tabindex="-1">{ t(lang, words.title) }</h1>
                    </legend>
                    if let Some(h) = words.hint {
                        <div class="hint" id={format!("{}-hint", q.key())}>{ t(lang, h) }</div>
                    }
                    // The caution question shows the rule it warns of, with its grade, period and source.
                    if let Some(rule) = (q == QuestionId::Caution).then(|| ruqsat_core::flow::caution(&props.answers)).flatten() {
                        { crate::ui::provisions::rule_warning(&rule, lang) }
                    }
                    if has_error {
                        <p class="error-message" id={format!("{}-error", q.key())}>
                            <span class="visually-hidden">{ t(lang, Msg::ErrorPrefix) }{ ": " }</span>
                            { t(lang, words.error) }
                        </p>
                    }
                    <div class="radios">
                        { for options.into_iter().enumerate().map(|(i, c)| {
                            let id = format!("{}-{i}", q.key());
                            let checked = *selected == Some(c.value);
                            let onchange = {
                                let selected = selected.clone();
                                let value = c.value;
                                Callback::from(move |_: Event| selected.set(Some(value)))
                            };
                            html! {
                                <div class="radios__item">
                                    // An option's hint is read with it (GOV.UK radios: the input is described by it).
                                    <input class="radios__input" type="radio" id={id.clone()} name={q.key()}
                                        value={c.value} {checked} {onchange}
                                        aria-describedby={ c.hint.is_some().then(|| format!("{id}-hint")) } />
                                    <label class="radios__label" for={id.clone()}>{ c.label.clone() }</label>
                                    if let Some(h) = c.hint.clone() {
                                        <div class="hint radios__hint" id={format!("{id}-hint")}>{ h }</div>
                                    }
                                </div>
                            }
                        }) }
                    </div>
                </fieldset>
            </div>
        }
    };

    html! {
        <>
            { super::back_link(lang, &props.back_href, props.on_back.clone()) }
            <ErrorSummary {lang} {errors} />
            <form class="question" novalidate=true onsubmit={on_submit} data-question={q.key()}>
                { body }
                <button type="submit" class="button">{ t(lang, Msg::Continue) }</button>
            </form>
        </>
    }
}

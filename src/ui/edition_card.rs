use ruqsat_core::codes::Code;
use yew::prelude::*;

use super::grade_badge::reference_with_grade;
use chrono::Datelike;

use ruqsat_core::editions::{DateKnown, Edition};
use ruqsat_core::iso;
use ruqsat_core::lang::Lang;
use ruqsat_wording::rules::editions;
use ruqsat_wording::{act_title, format_date, repealed_by, t, Msg};

#[derive(Properties, PartialEq)]
pub struct EditionCardProps {
    pub edition: &'static Edition,
    pub lang: Lang,
}

/// A date as the sources know it: exactly, or only "not before" a day.
pub fn known_date(d: DateKnown, lang: Lang) -> Html {
    match d {
        DateKnown::Exact(date) => {
            html! { <time datetime={iso::date(date)}>{ format_date(date, lang) }</time> }
        }
        DateKnown::NotBefore(date) => html! {
            <>
                { t(lang, Msg::NotBefore) }{ " " }
                <time datetime={iso::date(date)}>{ format_date(date, lang) }</time>
                { " " }<span class="approx">{ "(" }{ t(lang, Msg::ApproximateMark) }{ ")" }</span>
            </>
        },
    }
}

/// One edition: its act, dates (exact or only bounded), the standard, the provider and its source.
#[function_component(EditionCard)]
pub fn edition_card(props: &EditionCardProps) -> Html {
    let (e, lang) = (props.edition, props.lang);
    let v = &e.validity;
    let heading_id = format!("edition-{}", e.id.code());
    let act = act_title(&e.act.issuer, e.act.number, e.act.adopted, lang);
    let repeal = repealed_by(v.repealed_by_number, v.repealed_by_date, lang);
    html! {
        <article class="edition" aria-labelledby={heading_id.clone()} data-edition={e.id.code()}>
            <h3 id={heading_id}>
                { t(lang, Msg::EditionLabel) }{ " " }{ e.letter }{ ": " }{ e.region.get(lang) }{ ", " }
                { e.act.adopted.year().to_string() }
            </h3>
            <p class="edition__title">{ "«" }{ e.service_title.get(lang) }{ "»" }</p>
            <dl class="facts">
                <dt>{ t(lang, Msg::EditionAct) }</dt>
                <dd>{ act }</dd>
                <dt>{ t(lang, Msg::EditionRegistered) }</dt>
                <dd>
                    <time datetime={iso::date(e.act.registered)}>{ format_date(e.act.registered, lang) }</time>
                    { ", " }{ t(lang, Msg::NumberSign) }{ " " }{ e.act.registration_number }
                </dd>
                <dt>{ t(lang, Msg::EditionInForce) }</dt>
                <dd>{ known_date(v.in_force_from, lang) }</dd>
                <dt>{ t(lang, Msg::EditionLostForce) }</dt>
                <dd class="lost-force">{ known_date(v.lost_force, lang) }{ "; " }{ repeal }</dd>
                <dt>{ t(lang, Msg::EditionStandard) }</dt>
                <dd>{ e.standard.get(lang) }</dd>
                <dt>{ t(lang, Msg::EditionProvider) }</dt>
                <dd>{ e.provider.get(lang) }</dd>
                <dt>{ t(lang, Msg::EditionTextLanguage) }</dt>
                <dd>{ e.text_language.endonym() }</dd>
            </dl>
            <p class="note">{ editions::validity_rule(v.rule).get(lang) }</p>
            if let Some(note) = e.note {
                <p class="note">{ editions::note(note).get(lang) }</p>
            }
            <p class="source">
                { t(lang, Msg::SourceLabel) }{ ": " }{ reference_with_grade(&e.citation, lang, None) }
            </p>
        </article>
    }
}

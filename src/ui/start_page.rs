use yew::prelude::*;

use super::edition_card::EditionCard;
use super::grade_badge::grade_badge;
use crate::ui::state::AppState;
use ruqsat_core::editions::Edition;
use ruqsat_core::evidence::Grade;
use ruqsat_core::flow::Answers;
use ruqsat_core::lang::Lang;
use ruqsat_wording::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct StartPageProps {
    pub lang: Lang,
    pub on_start: Callback<MouseEvent>,
}

/// What Ruqsat does, for whom, which regulations it encodes, and that nothing leaves the browser. The release build
/// renders it ahead of time into each language's page (`ui::prerender`), so it is painted before the wasm arrives;
/// the app then adopts that markup instead of carrying this component (`App`, `browser::adopt_prerendered`).
#[function_component(StartPage)]
pub fn start_page(props: &StartPageProps) -> Html {
    let lang = props.lang;
    let item = |m: Msg| html! { <li>{ t(lang, m) }</li> };
    html! {
        <div class="start-page">
            <h1 id="page-heading" tabindex="-1">{ t(lang, Msg::StartHeading) }</h1>
            <p class="lead">{ t(lang, Msg::StartLead) }</p>
            <p>{ t(lang, Msg::StartSources) }</p>
            <p>{ t(lang, Msg::StartWhatYouNeed) }</p>
            // A form, so the button works before the app has loaded (the page is rendered ahead of time): it asks
            // for the first question's address. Once the app runs, it takes the click instead (`App`).
            <form method="get" class="start-form">
                <input type="hidden" name="page" value={AppState::page_after(&Answers::default()).key()} />
                <button type="submit" class="button button--start" onclick={props.on_start.clone()} data-action="start">
                    { t(lang, Msg::StartButton) }<span aria-hidden="true">{ " →" }</span>
                </button>
            </form>

            <div class="columns">
                <section aria-labelledby="for-whom">
                    <h2 id="for-whom">{ t(lang, Msg::ForWhomHeading) }</h2>
                    <ul class="list">
                        { item(Msg::ForEmployers) }{ item(Msg::ForWorkers) }{ item(Msg::ForConsultants) }
                    </ul>
                </section>
                <section aria-labelledby="what-you-get">
                    <h2 id="what-you-get">{ t(lang, Msg::WhatYouGetHeading) }</h2>
                    <ul class="list">
                        { item(Msg::GetService) }{ item(Msg::GetDocuments) }{ item(Msg::GetCheck) }{ item(Msg::GetTimeline) }
                    </ul>
                </section>
            </div>

            <section aria-labelledby="regulations">
                <h2 id="regulations">{ t(lang, Msg::RegulationsHeading) }</h2>
                <div class="warning-text" role="note">
                    <span class="warning-text__icon" aria-hidden="true">{ "!" }</span>
                    <strong>{ t(lang, Msg::RegulationsLostForce) }</strong>
                </div>
                { for Edition::all().into_iter().map(|e| html! { <EditionCard edition={e} {lang} /> }) }
            </section>

            <section aria-labelledby="grades">
                <h2 id="grades">{ t(lang, Msg::GradesHeading) }</h2>
                <p>{ t(lang, Msg::GradesIntro) }</p>
                <ul class="grades">
                    { for Grade::ALL.into_iter().map(|g| html! { <li>{ grade_badge(g, lang, None) }</li> }) }
                </ul>
            </section>

            <section aria-labelledby="privacy" class="panel">
                <h2 id="privacy">{ t(lang, Msg::PrivacyHeading) }</h2>
                <p>{ t(lang, Msg::PrivacyText) }</p>
            </section>
        </div>
    }
}

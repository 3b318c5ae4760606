use yew::prelude::*;

use super::browser;
use super::case_file;
use super::case_store;
use super::layout::layout;
use super::pages::{
    check_page, documents_page, summary_page, timeline_page, CheckPageProps, DocumentsPageProps,
    QuestionPage, SummaryPageProps, TimelinePageProps,
};
use super::start_page::StartPage;
use super::state::{Action, AppState};
use super::url::{self, Page};
use ruqsat_core::flow::{self, Next};
use ruqsat_core::lang::Lang;
use ruqsat_wording::{t, Msg};

/// The whole app: the header with the language switch, the current page, the footer. State lives in one reducer;
/// the URL mirrors it (pushed on every change, read back on back/forward).
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let loc = url::parse(&browser::current_query());
        // The URL's case, when this device keeps it; else a new case (a shared link, or a first visit), which takes
        // what this tab kept before cases were kept on the device.
        let stored = loc.case.as_deref().and_then(browser::stored_case);
        let fresh = stored.is_none();
        let mut s = AppState::new(browser::initial_lang()).apply(Action::Load(
            loc,
            stored,
            browser::new_case(),
        ));
        if fresh {
            s.documents = browser::migrated_documents();
        }
        s
    });
    let lang = state.lang;
    let page = state.effective_page();

    use_effect_with(lang, |&lang| {
        let _ = browser::remember_lang(lang);
        browser::set_document_language(lang);
    });
    // Each page's title names the page (its heading), so a tab, the history and a screen reader tell them apart.
    use_effect_with((lang, page, state.visit), |&(lang, page, _)| {
        browser::set_title(lang, page == Page::Start)
    });

    // The case is kept on this device as it changes (not while it is blank). The case last seen is remembered, so
    // opening a case does not count as a change. One text per change: kept for the note shown after a panic, and
    // stored.
    {
        let kept = use_mut_ref(|| None::<(String, case_file::CaseFile)>);
        let state2 = state.clone();
        use_effect_with(
            (state.case.clone(), state.answers, state.documents.clone()),
            move |(case, _, _)| {
                let mut file = state2.case_file();
                let seen = Some((case.id.clone(), file.clone()));
                let before = kept.replace(seen.clone());
                let same = before == seen;
                let opened = before.is_none() && browser::stored_case(&case.id).is_some();
                file.changed = browser::now_ms();
                browser::keep_for_rescue(&case_file::encode(&file));
                // The case was kept at the last change (opened, or written then) unless it was blank: if it is gone
                // from storage now, it was deleted in another tab, and is not made again.
                let seen_kept =
                    matches!(&before, Some((id, f)) if *id == case.id && !case_store::is_blank(f));
                if !same
                    && !opened
                    && !case_store::is_blank(&file)
                    && !browser::store_case(
                        &case.id,
                        file,
                        case_store::Writer::Journey { seen_kept },
                    )
                    && !state2.storage_failed
                {
                    state2.dispatch(Action::StorageFailed);
                }
            },
        );
    }

    // With storage off, what was said about the documents lives in this page only: leaving it (a language switch, a
    // link, a reload, closing the tab) asks first, in the browser's own words.
    let losing = state.storage_failed && state.documents != Default::default();
    use_effect_with(losing, |&losing| {
        let guard = losing.then(browser::guard_leaving);
        move || drop(guard)
    });

    // The URL follows the state.
    // The case's id is in the URL once the case holds something (a blank case is not kept).
    let id = (!case_store::is_blank(&state.case_file())).then_some(state.case.id.as_str());
    let query = url::case_query(page, &state.answers, state.from_check, id);
    use_effect_with(query.clone(), |q| browser::push_query(q));
    // Back and forward buttons: read the URL again.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    let loc = url::parse(&browser::current_query());
                    let stored = loc.case.as_deref().and_then(browser::stored_case);
                    state.dispatch(Action::Load(loc, stored, browser::new_case()));
                });
            move || drop(listener)
        });
    }
    // "Start" pressed while the app was loading: taken now, without loading the page again.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if browser::start_pressed_early() {
                state.dispatch(Action::Start);
            }
        });
    }
    // Focus the new page's heading after a page change. On the first load, focus stays at the top, unless a
    // language switch (a page load in the release build) brought the reader here: then it goes back to the switch.
    use_effect_with(state.visit, |&visit| {
        if visit > 1 {
            browser::focus_heading();
        } else {
            browser::focus_after_switch();
        }
    });

    let dispatch = |make: fn(Lang) -> Action| {
        let state = state.clone();
        Callback::from(move |l: Lang| state.dispatch(make(l)))
    };
    // One bundle per language in the release build: switching loads the other bundle; with all three in, it is
    // a state change.
    let on_lang = if ruqsat_core::lang::ONLY_LANG.is_some() {
        Callback::from(browser::load_bundle)
    } else {
        dispatch(Action::SetLang)
    };
    let go = {
        let state = state.clone();
        Callback::from(move |p: Page| state.dispatch(Action::Go(p)))
    };
    // A back link to `back`: its address, and the action the app takes on a click.
    let back_link = |back: Page| {
        let href = match url::case_query(back, &state.answers, false, id) {
            query if query.is_empty() => "?".to_string(),
            query => query,
        };
        (AttrValue::from(href), go.reform(move |_: MouseEvent| back))
    };
    let on_start = {
        let state = state.clone();
        Callback::from(move |e: MouseEvent| {
            // The start button submits a form (for when the app has not loaded yet); the app goes on itself.
            e.prevent_default();
            state.dispatch(Action::Start)
        })
    };

    let body = match page {
        // A one-language (release) build carries no start page of its own: its page holds the start page rendered
        // ahead of time from the same components (`ui::prerender`; scripts/assemble-dist.mjs checks every language's
        // page has it), adopted here as markup; a click on its start button bubbles up to here.
        Page::Start if ruqsat_core::lang::ONLY_LANG.is_some() => {
            let on_click = {
                let on_start = on_start.clone();
                Callback::from(move |e: MouseEvent| {
                    if browser::is_start_button(&e) {
                        on_start.emit(e);
                    }
                })
            };
            let markup = browser::prerendered_start().map(Html::from_html_unchecked);
            html! { <div class="start-page" onclick={on_click}>{ for markup }</div> }
        }
        Page::Start => html! { <StartPage {lang} {on_start} /> },
        Page::Question(q) => {
            let state2 = state.clone();
            let on_answer = Callback::from(move |a| {
                // The question's own history entry keeps its answer, so "back" shows it chosen.
                browser::replace_query(&url::case_query(
                    Page::Question(q),
                    &a,
                    state2.from_check,
                    Some(&state2.case.id),
                ));
                state2.dispatch(Action::Answer(a));
            });
            // "Back" goes to the page before on the journey (state::back_from), a link like any other.
            let (back_href, on_back) = back_link(state.back_from(q));
            html! { <QuestionPage key={q.key()} {lang} question={q} answers={state.answers} {on_answer} {back_href} {on_back} /> }
        }
        Page::Check | Page::Timeline | Page::Documents => match flow::next(&state.answers) {
            Next::Done(case) => {
                if page == Page::Documents {
                    let state2 = state.clone();
                    let on_action = Callback::from(move |a| state2.dispatch(a));
                    documents_page(&DocumentsPageProps {
                        lang,
                        case,
                        documents: state.documents.clone(),
                        on_action,
                        on_go: go.clone(),
                    })
                } else if page == Page::Timeline {
                    let state2 = state.clone();
                    let on_applicant_done =
                        Callback::from(move |d| state2.dispatch(Action::SetApplicantDone(d)));
                    let state3 = state.clone();
                    let on_notice_received =
                        Callback::from(move |d| state3.dispatch(Action::SetNoticeReceived(d)));
                    let state4 = state.clone();
                    let on_permit_expires =
                        Callback::from(move |d| state4.dispatch(Action::SetPermitExpires(d)));
                    let permit_expires = state.answers.permit_expires;
                    let state5 = state.clone();
                    let on_hours =
                        Callback::from(move |h| state5.dispatch(Action::SetOfficeHours(h)));
                    let hours = state.answers.office_hours.unwrap_or_default();
                    timeline_page(&TimelinePageProps {
                        lang,
                        case,
                        hours,
                        on_hours,
                        permit_expires,
                        on_applicant_done,
                        on_notice_received,
                        on_permit_expires,
                        on_go: go.clone(),
                    })
                } else {
                    let state2 = state.clone();
                    let on_change =
                        Callback::from(move |q| state2.dispatch(Action::ChangeFromCheck(q)));
                    let (back_href, on_back) = back_link(state.back_from_check());
                    check_page(&CheckPageProps {
                        lang,
                        answers: state.answers,
                        case,
                        on_change,
                        on_go: go.clone(),
                        back_href,
                        on_back,
                    })
                }
            }
            _ => html! {},
        },
        Page::Summary => {
            let state2 = state.clone();
            let on_restart = Callback::from(move |_: MouseEvent| {
                state2.dispatch(Action::NewCase(browser::new_case()));
            });
            let state3 = state.clone();
            let on_answer = Callback::from(move |a| state3.dispatch(Action::Answer(a)));
            let (back_href, on_back) = back_link(state.back_from_check());
            summary_page(&SummaryPageProps {
                lang,
                answers: state.answers,
                documents: state.documents.clone(),
                on_go: go.clone(),
                on_answer,
                on_restart,
                back_href,
                on_back,
            })
        }
    };
    // Opening Ruqsat with a case kept on this device offers to go on with the last one changed.
    let offer = (page == Page::Start)
        .then(browser::stored_cases)
        .and_then(|kept| case_store::last_changed(kept, &state.case.id))
        .map(|(id, f)| {
            let about = match (f.name.is_empty(), flow::next(&f.answers)) {
                (false, _) => f.name.clone(),
                (true, Next::Done(case)) => super::pages::service_words(&case, lang),
                _ => t(lang, Msg::CaseNotFinished).to_string(),
            };
            let changed = case_store::almaty(f.changed).map(|t| t.date()).map(|d| ruqsat_wording::format_date_weekday(d, lang));
            let state = state.clone();
            let on_open = Callback::from(move |_: MouseEvent| {
                state.dispatch(Action::OpenCase(id.clone(), f.clone()))
            });
            html! {
                <div class="panel" data-continue="">
                    <h2>{ t(lang, Msg::CaseContinueTitle) }</h2>
                    <p><strong>{ about }</strong>{ " · " }{ t(lang, Msg::CaseLastChanged) }{ ": " }{ changed }</p>
                    <button class="button" onclick={on_open}>{ t(lang, Msg::CaseContinue) }</button>
                </div>
            }
        });
    let on_dismiss = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DismissNotice))
    };

    // The page's own key: a page change replaces the page's elements instead of patching one page into another.
    let content = html! {
        <div key={page.key()}>
            if !state.dropped.is_empty() {
                <div class="notice" role="status">
                    <p>{ t(lang, Msg::NoticeDropped) }{ " " }<code>{ state.dropped.join(", ") }</code></p>
                    <button type="button" class="button button--secondary" onclick={on_dismiss}>{ t(lang, Msg::Dismiss) }</button>
                </div>
            }
            if state.storage_failed {
                <div class="notice" role="status" data-storage="off"><p>{ t(lang, Msg::StorageOff) }</p></div>
            }
            { for offer }
            { body }
        </div>
    };
    layout(lang, page.key(), &query, &on_lang, content)
}

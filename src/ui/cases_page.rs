//! "Your cases" (issue 13, parts 1, 3 and 5): every case kept on this device, led by what is due next across them
//! all, with each case's service, regulation, stage, next deadline and last change; open, rename, duplicate and
//! delete (with undo); the entries that cannot be read, reported and offered for download exactly as they are; and
//! "Delete all my data on this device". It is a page of its own with its own bundle (`src/bin/cases.rs`,
//! `/kk/cases/`), so none of it weighs on the journey's first load. A case is opened by a link to the journey's
//! page that names it (`?case=…`), which reads it from storage.
//!
//! Today's date is the device's clock in Asia/Almaty time (`case_store::almaty`): the one place where "today"
//! matters. The browser tests set the clock (`e2e/cases-page.spec.js`).

use yew::prelude::*;

use super::browser;
use super::case_file::{self, CaseFile, Unreadable};
use super::case_store::{self, Kept};
use super::layout::{layout, CASES};
use super::state::AppState;
use super::url::{self, Page};
use ruqsat_core::agenda::{self, Due};
use ruqsat_core::flow::{self, Answers, Next, QuestionId};
use ruqsat_core::lang::Lang;
use ruqsat_wording::cases as w;
use ruqsat_wording::{format_date_weekday, t, Msg};

/// A case just deleted, for its undo: its stored text exactly as it was.
#[derive(Clone, Debug, PartialEq)]
struct Deleted {
    id: String,
    text: String,
    label: String,
}

#[derive(Clone, Debug, PartialEq)]
struct CasesState {
    lang: Lang,
    /// What storage holds, read again after every change; `None` when storage cannot be reached at all.
    kept: Option<Vec<Kept>>,
    /// The case whose name is being changed.
    renaming: Option<String>,
    deleted: Option<Deleted>,
    /// "Delete all my data" pressed once: asking to be sure.
    asking: bool,
    /// Everything was deleted.
    cleared: bool,
    /// The browser did not keep a change.
    failed: bool,
}

enum CasesAction {
    SetLang(Lang),
    /// Storage read again after a change that worked (or not: `false`).
    Stored(bool),
    Rename(Option<String>),
    Deleted(Deleted),
    Undone,
    Ask(bool),
    Cleared,
}

impl Reducible for CasesState {
    type Action = CasesAction;

    fn reduce(self: std::rc::Rc<Self>, action: CasesAction) -> std::rc::Rc<Self> {
        let mut s = (*self).clone();
        // Every change but a language switch or a question is made to storage first: read it back.
        match action {
            CasesAction::SetLang(l) => s.lang = l,
            CasesAction::Rename(id) => s.renaming = id,
            CasesAction::Ask(asking) => s.asking = asking,
            CasesAction::Stored(ok) => {
                s.failed = !ok;
                s.renaming = None;
                s.kept = browser::stored_cases_if_any();
            }
            CasesAction::Deleted(d) => {
                s.deleted = Some(d);
                s.kept = browser::stored_cases_if_any();
            }
            CasesAction::Undone => {
                s.deleted = None;
                s.kept = browser::stored_cases_if_any();
            }
            CasesAction::Cleared => {
                s = CasesState {
                    cleared: true,
                    kept: browser::stored_cases_if_any(),
                    ..CasesState::new(s.lang)
                };
            }
        }
        s.into()
    }
}

impl CasesState {
    fn new(lang: Lang) -> CasesState {
        CasesState {
            lang,
            kept: None,
            renaming: None,
            deleted: None,
            asking: false,
            cleared: false,
            failed: false,
        }
    }
}

/// What a case is called in lists: its name; else its service (or that it has no name yet) and the day it was made,
/// which tells apart two cases of the same service.
fn label(f: &CaseFile, lang: Lang) -> String {
    if !f.name.trim().is_empty() {
        return f.name.trim().to_string();
    }
    let what = match flow::next(&f.answers) {
        Next::Done(case) => super::pages::service_words(&case, lang),
        _ => w::UNNAMED.get(lang).to_string(),
    };
    match case_store::almaty(f.created) {
        Some(t) => format!("{what} · {}", format_date_weekday(t.date(), lang)),
        None => what,
    }
}

/// The journey's page of a case: where its answers lead (or `page`), naming the case so that it opens from storage.
fn open_href(id: &str, answers: &Answers, page: Option<Page>) -> String {
    let page = page.unwrap_or_else(|| AppState::page_after(answers));
    format!("../{}", url::case_query(page, answers, false, Some(id)))
}

fn why_words(why: Unreadable, lang: Lang) -> String {
    match why {
        Unreadable::Empty => w::WHY_EMPTY.get(lang).into(),
        Unreadable::Version(_) => w::WHY_VERSION.get(lang).into(),
        Unreadable::Line(n) => format!("{}: {n}.", w::WHY_LINE.get(lang)),
    }
}

/// The page.
#[function_component(CasesPage)]
pub fn cases_page() -> Html {
    let state = use_reducer(|| CasesState {
        kept: browser::stored_cases_if_any(),
        ..CasesState::new(browser::initial_lang())
    });
    let lang = state.lang;
    use_effect_with(lang, |&lang| {
        browser::set_document_language(lang);
        gloo::utils::document().set_title(w::TITLE.get(lang));
    });
    // The page's early script learns that the app runs (its note that the app did not start stays hidden).
    use_effect_with((), |_| {
        browser::start_pressed_early();
    });
    // "Rename" opens the case's name field: the cursor goes into it.
    use_effect_with(state.renaming.clone(), |renaming| {
        if let Some(id) = renaming {
            browser::focus_by_id(&format!("name-{id}"));
        }
    });
    let now = case_store::almaty(browser::now_ms());
    let (readable, unreadable) = case_store::listing(state.kept.clone().unwrap_or_default());

    let on_lang = if ruqsat_core::lang::ONLY_LANG.is_some() {
        Callback::from(browser::load_cases_page)
    } else {
        let state = state.clone();
        Callback::from(move |l| state.dispatch(CasesAction::SetLang(l)))
    };

    // The agenda: every case's next due date, the overdue first, then by date.
    let items = now
        .map(|now| agenda::agenda(readable.iter().map(|(_, f)| &f.answers), now))
        .unwrap_or_default();
    let agenda_html = html! {
        <section aria-labelledby="agenda" data-agenda="">
            <h2 id="agenda">{ w::AGENDA_HEADING.get(lang) }</h2>
            if let Some(now) = now {
                <p>{ w::TODAY.get(lang) }{ ": " }<strong data-today="">{ format_date_weekday(now.date(), lang) }</strong></p>
            }
            if items.is_empty() {
                <p>{ w::AGENDA_EMPTY.get(lang) }</p>
            } else {
                <ol class="agenda">
                    { for items.iter().map(|item| {
                        let (id, f) = &readable[item.case];
                        let page = (item.due != Due::HandIn).then_some(Page::Timeline);
                        html! {
                            <li class={if item.overdue { "agenda__item agenda__item--overdue" } else { "agenda__item" }}
                                data-case={id.clone()}>
                                <p class="agenda__when">
                                    <strong>{ format_date_weekday(item.by.date(), lang) }</strong>
                                    if item.overdue {
                                        <strong class="tag tag--overdue">{ w::OVERDUE.get(lang) }</strong>
                                    }
                                </p>
                                <p>
                                    <a href={open_href(id, &f.answers, page)}>{ label(f, lang) }</a>
                                    { " — " }{ w::due(item.due, lang) }
                                </p>
                                if item.overdue && item.due.by_provider() {
                                    <p>{ w::PROVIDER_LATE.get(lang) }</p>
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
        </section>
    };

    let store = {
        let state = state.clone();
        move |id: &str, f: &CaseFile| {
            let ok = browser::store_case(id, &case_file::encode(f));
            state.dispatch(CasesAction::Stored(ok));
        }
    };
    let delete = {
        let state = state.clone();
        move |id: String, label: String| {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(text) = browser::remove_case(&id) {
                    state.dispatch(CasesAction::Deleted(Deleted {
                        id: id.clone(),
                        text,
                        label: label.clone(),
                    }));
                }
            })
        }
    };

    let case_item = |(id, f): &(String, CaseFile)| {
        let name = label(f, lang);
        let or_dash = |s: String| if s.is_empty() { "—".to_string() } else { s };
        let service = match flow::next(&f.answers) {
            Next::Done(case) => super::pages::service_words(&case, lang),
            _ => "—".into(),
        };
        let edition = or_dash(super::pages::answer_words(
            QuestionId::Edition,
            &f.answers,
            lang,
        ));
        let due = now.and_then(|now| agenda::next_due(&f.answers, now));
        let stage = match (due, flow::next(&f.answers)) {
            (Some((d, _)), _) => w::stage(d.stage()).get(lang).to_string(),
            (None, Next::Done(_)) => w::NOT_COUNTED.get(lang).to_string(),
            (None, _) => t(lang, Msg::CaseNotFinished).to_string(),
        };
        let next = due.map(|(d, by)| {
            format!(
                "{} — {}",
                format_date_weekday(by.date(), lang),
                w::due(d, lang)
            )
        });
        let changed = case_store::almaty(f.changed).map(|t| format_date_weekday(t.date(), lang));
        let renaming = state.renaming.as_deref() == Some(id.as_str());
        let input_id = format!("name-{id}");
        let on_rename = {
            let state = state.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| {
                state.dispatch(CasesAction::Rename(Some(id.clone())))
            })
        };
        let on_save = {
            let (store, id, f, input_id) = (store.clone(), id.clone(), f.clone(), input_id.clone());
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let mut f = f.clone();
                f.name = browser::input_value(&input_id).trim().to_string();
                f.changed = browser::now_ms();
                store(&id, &f);
            })
        };
        let on_cancel = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(CasesAction::Rename(None)))
        };
        let on_duplicate = {
            let (store, f) = (store.clone(), f.clone());
            Callback::from(move |_: MouseEvent| {
                let copy = case_store::duplicate(&f, w::COPY_SUFFIX.get(lang), browser::now_ms());
                store(&browser::new_case().id, &copy);
            })
        };
        let hidden = html! { <span class="visually-hidden">{ " — " }{ name.clone() }</span> };
        html! {
            <li class="case-card" data-case={id.clone()} key={id.clone()}>
                <h3>{ name.clone() }</h3>
                if renaming {
                    <form class="rename" onsubmit={on_save}>
                        <div class="form-group">
                            <label class="label" for={input_id.clone()}>{ w::NAME_LABEL.get(lang) }</label>
                            <input class="input" id={input_id.clone()} type="text" maxlength="100" value={f.name.clone()} />
                        </div>
                        <div class="button-group">
                            <button type="submit" class="button">{ w::SAVE.get(lang) }</button>
                            <button type="button" class="button button--secondary" onclick={on_cancel}>{ w::CANCEL.get(lang) }</button>
                        </div>
                    </form>
                }
                <dl class="facts">
                    <dt>{ w::SERVICE.get(lang) }</dt><dd>{ service }</dd>
                    <dt>{ w::EDITION.get(lang) }</dt><dd>{ edition }</dd>
                    <dt>{ w::STAGE.get(lang) }</dt><dd data-stage="">{ stage }</dd>
                    <dt>{ w::NEXT.get(lang) }</dt><dd data-next="">{ next.unwrap_or_else(|| "—".into()) }</dd>
                    <dt>{ t(lang, Msg::CaseLastChanged) }</dt><dd>{ changed }</dd>
                </dl>
                <div class="button-group">
                    <a class="button" href={open_href(id, &f.answers, None)}>{ w::OPEN.get(lang) }{ hidden.clone() }</a>
                    if !renaming {
                        <button type="button" class="button button--secondary" onclick={on_rename}>{ w::RENAME.get(lang) }{ hidden.clone() }</button>
                    }
                    <button type="button" class="button button--secondary" onclick={on_duplicate}>{ w::DUPLICATE.get(lang) }{ hidden.clone() }</button>
                    <button type="button" class="button button--warning" onclick={delete(id.clone(), name.clone())}>{ w::DELETE.get(lang) }{ hidden }</button>
                </div>
            </li>
        }
    };

    let first_question = url::to_query(
        AppState::page_after(&Answers::default()),
        &Answers::default(),
        false,
    );
    let list_html = html! {
        <section aria-labelledby="list">
            <h2 id="list">{ w::LIST_HEADING.get(lang) }{ format!(" ({})", readable.len()) }</h2>
            if readable.is_empty() {
                <p>{ w::LIST_EMPTY.get(lang) }</p>
            } else {
                <ul class="case-list">{ for readable.iter().map(case_item) }</ul>
            }
            <p><a class="button" href={format!("../{first_question}")}>{ w::START_NEW.get(lang) }</a></p>
        </section>
    };

    let unreadable_html = (!unreadable.is_empty()).then(|| html! {
        <section aria-labelledby="unreadable" data-unreadable-list="">
            <h2 id="unreadable">{ w::UNREADABLE_HEADING.get(lang) }</h2>
            <p>{ w::UNREADABLE_TEXT.get(lang) }</p>
            <ul class="case-list">
                { for unreadable.iter().map(|(id, set)| html! {
                    <li class="case-card" data-unreadable={id.clone()} key={id.clone()}>
                        <p><code>{ id.clone() }</code>{ " — " }{ why_words(set.why, lang) }</p>
                        <div class="button-group">
                            <a class="button button--secondary" download={format!("ruqsat-case-{id}.txt")}
                                href={browser::text_data_url(&set.text)}>{ w::DOWNLOAD.get(lang) }</a>
                            <button type="button" class="button button--warning" onclick={delete(id.clone(), id.clone())}>
                                { w::DELETE.get(lang) }<span class="visually-hidden">{ " — " }{ id.clone() }</span>
                            </button>
                        </div>
                    </li>
                }) }
            </ul>
        </section>
    });

    let on_undo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = &state.deleted {
                let ok = browser::restore_case_text(&d.id, &d.text);
                state.dispatch(if ok {
                    CasesAction::Undone
                } else {
                    CasesAction::Stored(false)
                });
            }
        })
    };
    let ask = |asking: bool| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(CasesAction::Ask(asking)))
    };
    let on_delete_all = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            browser::delete_all_data();
            state.dispatch(CasesAction::Cleared);
        })
    };
    let delete_all_html = html! {
        <section aria-labelledby="delete-all" class="panel" data-delete-all="">
            <h2 id="delete-all">{ w::DELETE_ALL_HEADING.get(lang) }</h2>
            <p>{ w::DELETE_ALL_TEXT.get(lang) }</p>
            if state.asking {
                <p role="alert"><strong>{ w::DELETE_ALL_SURE.get(lang) }</strong></p>
                <div class="button-group">
                    <button type="button" class="button button--warning" onclick={on_delete_all}>{ w::DELETE_ALL_YES.get(lang) }</button>
                    <button type="button" class="button button--secondary" onclick={ask(false)}>{ w::CANCEL.get(lang) }</button>
                </div>
            } else {
                <button type="button" class="button button--warning" onclick={ask(true)}>{ w::DELETE_ALL_BUTTON.get(lang) }</button>
            }
        </section>
    };

    let content = html! {
        <div>
            <h1 id="page-heading" tabindex="-1">{ t(lang, Msg::CasesLink) }</h1>
            <p class="lead">{ w::INTRO.get(lang) }</p>
            <div role="status">
                if state.kept.is_none() {
                    <div class="notice" data-storage="off"><p>{ w::STORAGE_OFF.get(lang) }</p></div>
                }
                if state.failed {
                    <div class="notice" data-storage="failed"><p>{ w::WRITE_FAILED.get(lang) }</p></div>
                }
                if state.cleared {
                    <div class="notice" data-cleared=""><p>{ w::DELETED_ALL.get(lang) }</p></div>
                }
                if let Some(d) = &state.deleted {
                    <div class="notice" data-deleted="">
                        <p>{ w::DELETED.get(lang) }{ ": " }<strong>{ d.label.clone() }</strong></p>
                        <button type="button" class="button button--secondary" onclick={on_undo}>{ w::UNDO.get(lang) }</button>
                    </div>
                }
            </div>
            { agenda_html }
            { list_html }
            { for unreadable_html }
            { delete_all_html }
        </div>
    };
    layout(lang, CASES, "cases/", &on_lang, content)
}

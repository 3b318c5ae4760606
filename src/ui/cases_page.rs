//! "Your cases" (issue 13): every case kept on this device, led by what is due next across them all, with each
//! case's service, regulation, stage, next deadline and last change; open, rename, duplicate and delete (with undo);
//! recording how a case ended (the permit received or refused, part 2); a link to share it, with the personal data
//! only when the user ticks it (part 4); the entries that cannot be read, reported and offered for download exactly
//! as they are; and "Delete all my data on this device". It is a page of its own with its own bundle (`src/bin/cases.rs`,
//! `/kk/cases/`), so none of it weighs on the journey's first load. A case is opened by a link to the journey's
//! page that names it (`?case=…`), which reads it from storage.
//!
//! Today's date is the device's clock in Asia/Almaty time (`case_store::almaty`): the one place where "today"
//! matters. The browser tests set the clock (`e2e/cases-page.spec.js`).

use yew::prelude::*;

use super::browser;
use super::case_file::{self, CaseFile, Unreadable};
use super::case_store::{self, Kept, Writer};
use super::date_input::{parse_date, DateError, DateInput, DateText};
use super::documents_state::DocumentsState;
use super::grade_badge::{grade_badge, reference_with_grade};
use super::layout::{layout, CASES};
use super::provisions::c_period;
use super::state::AppState;
use super::url::{self, Page};
use chrono::{NaiveDate, NaiveDateTime};
use ruqsat_core::agenda::{self, Deadline, Due, OutcomeRefused, Recorded, Stage};
use ruqsat_core::case::{Case, Outcome};
use ruqsat_core::codes::Code;
use ruqsat_core::evidence::{Citation, Grade};
use ruqsat_core::flow::{self, Answers, Next, QuestionId};
use ruqsat_core::lang::Lang;
use ruqsat_core::provisions::Section;
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
    /// What came of a link shared with its personal data that opened this page.
    shared: Option<Shared>,
}

/// A link shared with its personal data, opened here (issue 13, part 4).
#[derive(Clone, Debug, PartialEq)]
enum Shared {
    /// Kept as a new case under this id; `false` when the link's personal data could not be read.
    Kept(String, bool),
    /// The same case is kept already, under this id: nothing was added.
    Already(String),
    /// This browser keeps nothing: the journey's page for the link's answers alone.
    NotKept(String),
}

/// What storage holds, as read back by the callback that changed it (the reducer itself reads nothing).
type Read = Option<Vec<Kept>>;

enum CasesAction {
    SetLang(Lang),
    /// A change was written (or not: `false`), and storage read again.
    Stored(bool, Read),
    Rename(Option<String>),
    Deleted(Deleted, Read),
    Undone(Read),
    Ask(bool),
    Cleared(Read),
}

impl Reducible for CasesState {
    type Action = CasesAction;

    fn reduce(self: std::rc::Rc<Self>, action: CasesAction) -> std::rc::Rc<Self> {
        let mut s = (*self).clone();
        match action {
            CasesAction::SetLang(l) => s.lang = l,
            CasesAction::Rename(id) => s.renaming = id,
            CasesAction::Ask(asking) => s.asking = asking,
            CasesAction::Stored(ok, kept) => {
                s.failed = !ok;
                s.renaming = None;
                s.kept = kept;
            }
            CasesAction::Deleted(d, kept) => {
                s.deleted = Some(d);
                s.kept = kept;
            }
            CasesAction::Undone(kept) => {
                s.deleted = None;
                s.kept = kept;
            }
            CasesAction::Cleared(kept) => {
                s = CasesState {
                    cleared: true,
                    kept,
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
            shared: None,
        }
    }
}

/// A link shared with its personal data (`share_link`) opens this page: it becomes a new case on this device, never
/// written over one kept, and the page says so. Where the browser keeps nothing, the personal data cannot be held, and
/// the page offers the answers alone.
fn receive_shared() -> Option<Shared> {
    let (answers, personal) = browser::shared_case()?;
    let read = personal.is_some();
    let personal = personal.unwrap_or_default();
    let now = browser::now_ms();
    let f = CaseFile {
        name: personal.name,
        created: now,
        changed: now,
        answers,
        documents: personal.documents,
    };
    // The same link opened again (or by the one who made it): the case already kept, not a second copy.
    let stored = browser::stored_cases_if_any();
    let (readable, _) = case_store::listing(stored.clone().unwrap_or_default());
    let same =
        |k: &CaseFile| k.answers == f.answers && k.name == f.name && k.documents == f.documents;
    if let Some((id, _)) = readable.iter().find(|(_, k)| same(k)) {
        return Some(Shared::Already(id.clone()));
    }
    let id = browser::new_case().id;
    let kept = stored.is_some() && browser::store_case(&id, f.clone(), Writer::New);
    Some(if kept {
        Shared::Kept(id, read)
    } else {
        Shared::NotKept(format!(
            "../{}",
            url::to_query(AppState::page_after(&f.answers), &f.answers, false)
        ))
    })
}

/// The clause that sets a deadline's day, with its grade, on a line of its own as the timeline cites its steps;
/// nothing for handing in (the day is the user's own answer).
fn basis(basis: Option<Citation>, lang: Lang) -> Html {
    match basis {
        Some(c) => html! {
            <span class="source basis" data-basis="">
                { t(lang, Msg::SourceLabel) }{ ": " }{ reference_with_grade(&c, lang, c_period(&c, None, lang)) }
            </span>
        },
        None => Html::default(),
    }
}

/// One case as the page shows it, worked out once per render and shared by the agenda and the list.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    id: String,
    file: CaseFile,
    /// The case its answers describe, once they are complete.
    case: Option<Case>,
    label: String,
    /// What is due next, by when (under today's date), and the clause that sets the day.
    due: Option<Deadline>,
    stage: Option<Stage>,
}

impl Row {
    fn new(id: &str, file: &CaseFile, now: Option<NaiveDateTime>, lang: Lang) -> Row {
        let case = match flow::next(&file.answers) {
            Next::Done(case) => Some(case),
            _ => None,
        };
        let what = match &case {
            Some(case) => super::pages::service_words(case, lang),
            None => w::UNNAMED.get(lang).to_string(),
        };
        let due = now.and_then(|now| agenda::next_due(&file.answers, now));
        Row {
            id: id.to_string(),
            label: label(file, what, lang),
            due,
            stage: now.and_then(|now| agenda::stage_of(&file.answers, due, now)),
            file: file.clone(),
            case,
        }
    }
}

/// What a case is called in lists: its name; else `what` (its service, or that it has no name yet) and the day it was
/// made, which tells apart two cases of the same service.
fn label(f: &CaseFile, what: String, lang: Lang) -> String {
    if !f.name.trim().is_empty() {
        return f.name.trim().to_string();
    }
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

/// A link to share a case (issue 13, part 4): the journey's page its answers lead to, with the answers and dates only
/// (no case id: whoever opens it gets a new case); with `personal`, the cases page instead, with the answers and, in
/// the fragment, which browsers send to no server, the case's name and what was said about the documents (the BIN,
/// the IIN, the birth date, the ticks): the cases page keeps it as a new case (`receive_shared`) and says so. (The
/// journey does not read fragments: its bundle has no bytes to spare.)
pub fn share_link(journey: &str, f: &CaseFile, personal: bool) -> String {
    let query = url::to_query(AppState::page_after(&f.answers), &f.answers, false);
    if !personal {
        return format!("{journey}{query}");
    }
    let private = case_file::encode(&CaseFile {
        name: f.name.clone(),
        documents: f.documents.clone(),
        ..CaseFile::default()
    });
    format!(
        "{journey}cases/{query}{}{}",
        browser::SHARED_MARK,
        String::from(js_sys::encode_uri_component(&private))
    )
}

/// Escape closes a case's panel, as it would a dialog.
fn on_escape(on_close: &Callback<()>) -> Callback<KeyboardEvent> {
    let on_close = on_close.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            on_close.emit(());
        }
    })
}

/// Where a refusal can be appealed, as the case's regulation sets it (Edition A, clause 13), or that it sets none
/// and Ruqsat's sources name no other route (grade U: not known).
fn appeal_words(case: &Case, lang: Lang) -> Html {
    match ruqsat_core::timeline::appeal(case.edition) {
        Some(c) => html! {
            <>{ t(lang, Msg::ProviderLateAppeal) }{ ": " }{ reference_with_grade(&c, lang, None) }</>
        },
        None => html! {
            <>
                { t(lang, Msg::ProviderLateNoAppealClause) }{ " " }{ w::APPEAL_NOT_KNOWN.get(lang) }{ " " }
                { grade_badge(Grade::U, lang, None) }
            </>
        },
    }
}

fn why_words(why: Unreadable, lang: Lang) -> String {
    match why {
        Unreadable::Empty => w::WHY_EMPTY.get(lang).into(),
        Unreadable::Version(_) => w::WHY_VERSION.get(lang).into(),
        Unreadable::Line(n) => format!("{}: {n}.", w::WHY_LINE.get(lang)),
    }
}

/// What a case card has open below its facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Panel {
    Closed,
    Outcome,
    Share,
}

#[derive(Properties, PartialEq)]
struct CaseCardProps {
    lang: Lang,
    row: Row,
    today: Option<NaiveDate>,
    renaming: bool,
    on_rename: Callback<Option<String>>,
    /// Writes a changed case (or a new one: a copy) under its id.
    on_store: Callback<(String, CaseFile, Writer)>,
    /// Deletes the case of this id, which the list calls by this label.
    on_delete: Callback<(String, String)>,
}

/// One case in the list: its facts, its actions, and the panel one of them opened (the outcome, the shared link).
#[function_component(CaseCard)]
fn case_card(props: &CaseCardProps) -> Html {
    let lang = props.lang;
    let row = &props.row;
    let (id, f) = (&row.id, &row.file);
    let panel = use_state(|| Panel::Closed);
    let open = |p: Panel| {
        let panel = panel.clone();
        Callback::from(move |_: MouseEvent| panel.set(p))
    };
    let or_dash = |s: String| if s.is_empty() { "—".to_string() } else { s };
    let service = row
        .case
        .as_ref()
        .map_or_else(|| "—".into(), |c| super::pages::service_words(c, lang));
    let edition = or_dash(super::pages::answer_words(
        QuestionId::Edition,
        &f.answers,
        lang,
    ));
    let stage = match (row.stage, &row.case) {
        (Some(stage), _) => {
            let mut words = w::stage(stage).get(lang).to_string();
            if let Some((_, day)) = f.answers.outcome.filter(|_| stage >= Stage::PermitReceived) {
                words = format!("{words} — {}", format_date_weekday(day, lang));
            }
            words
        }
        (None, Some(_)) => w::NOT_COUNTED.get(lang).to_string(),
        (None, None) => t(lang, Msg::CaseNotFinished).to_string(),
    };
    let next = row.due.map(|d| {
        html! {
            <>
                { format_date_weekday(d.by.date(), lang) }{ " — " }{ w::due(d.due, lang) }
                { basis(d.basis, lang) }
            </>
        }
    });
    let changed = case_store::almaty(f.changed).map(|t| format_date_weekday(t.date(), lang));
    // The result can be recorded once the package is handed in (or changed, once recorded).
    let may_record = f.answers.outcome.is_some() || row.stage.is_some_and(|s| s > Stage::Preparing);
    let input_id = format!("name-{id}");
    let on_save = {
        let (on_store, id, f, input_id) = (
            props.on_store.clone(),
            id.clone(),
            f.clone(),
            input_id.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut f = f.clone();
            f.name = browser::input_value(&input_id).trim().to_string();
            f.changed = browser::now_ms();
            on_store.emit((id.clone(), f, Writer::CasesPage));
        })
    };
    let on_duplicate = {
        let (on_store, f) = (props.on_store.clone(), f.clone());
        Callback::from(move |_: MouseEvent| {
            let copy = case_store::duplicate(&f, w::COPY_SUFFIX.get(lang), browser::now_ms());
            on_store.emit((browser::new_case().id, copy, Writer::New));
        })
    };
    let on_rename = {
        let (on_rename, id) = (props.on_rename.clone(), id.clone());
        Callback::from(move |_: MouseEvent| on_rename.emit(Some(id.clone())))
    };
    let on_cancel = props.on_rename.reform(|_: MouseEvent| None);
    let on_delete = {
        let (on_delete, id, label) = (props.on_delete.clone(), id.clone(), row.label.clone());
        Callback::from(move |_: MouseEvent| on_delete.emit((id.clone(), label.clone())))
    };
    // Closing a panel (saved, removed, cancelled, Escape) puts the cursor back on the button that opened it.
    let toggle_id = |p: Panel| match p {
        Panel::Share => format!("share-{id}-toggle"),
        _ => format!("outcome-{id}-toggle"),
    };
    let on_close = {
        let (panel, outcome_toggle, share_toggle) = (
            panel.clone(),
            toggle_id(Panel::Outcome),
            toggle_id(Panel::Share),
        );
        Callback::from(move |()| {
            let was = *panel;
            panel.set(Panel::Closed);
            browser::focus_by_id(if was == Panel::Share {
                &share_toggle
            } else {
                &outcome_toggle
            });
        })
    };
    let hidden = html! { <span class="visually-hidden">{ " — " }{ row.label.clone() }</span> };
    let shown = *panel;
    let expanded = |p: Panel| if shown == p { "true" } else { "false" };
    html! {
        <li class="case-card" data-case={id.clone()}>
            <h3>{ row.label.clone() }</h3>
            if props.renaming {
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
                <dt>{ w::STAGE.get(lang) }</dt><dd data-stage="" aria-live="polite">{ stage }</dd>
                <dt>{ w::NEXT.get(lang) }</dt><dd data-next="">{ next.unwrap_or_else(|| "—".into()) }</dd>
                <dt>{ t(lang, Msg::CaseLastChanged) }</dt><dd>{ changed }</dd>
            </dl>
            if let (Some(Stage::Refused), Some(case)) = (row.stage, &row.case) {
                <p data-refused="">{ appeal_words(case, lang) }</p>
            }
            <div class="button-group">
                <a class="button" href={open_href(id, &f.answers, None)}>{ w::OPEN.get(lang) }{ hidden.clone() }</a>
                if !props.renaming {
                    <button type="button" class="button button--secondary" onclick={on_rename}>{ w::RENAME.get(lang) }{ hidden.clone() }</button>
                }
                <button type="button" class="button button--secondary" onclick={on_duplicate}>{ w::DUPLICATE.get(lang) }{ hidden.clone() }</button>
                if may_record {
                    <button type="button" class="button button--secondary" data-action="outcome" id={toggle_id(Panel::Outcome)}
                        aria-expanded={expanded(Panel::Outcome)} onclick={open(Panel::Outcome)}>
                        { w::RECORD_OUTCOME.get(lang) }{ hidden.clone() }
                    </button>
                }
                <button type="button" class="button button--secondary" data-action="share" id={toggle_id(Panel::Share)}
                    aria-expanded={expanded(Panel::Share)} onclick={open(Panel::Share)}>
                    { w::SHARE.get(lang) }{ hidden.clone() }
                </button>
                <button type="button" class="button button--warning" onclick={on_delete}>{ w::DELETE.get(lang) }{ hidden }</button>
            </div>
            if let (Panel::Outcome, Some(today), Some(case)) = (shown, props.today, &row.case) {
                <OutcomeForm {lang} id={id.clone()} file={f.clone()} case={case.clone()} {today}
                    on_store={props.on_store.clone()} on_close={on_close.clone()} />
            }
            if shown == Panel::Share {
                <SharePanel {lang} id={id.clone()} file={f.clone()} {on_close} />
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct OutcomeFormProps {
    lang: Lang,
    id: String,
    file: CaseFile,
    case: Case,
    today: NaiveDate,
    on_store: Callback<(String, CaseFile, Writer)>,
    on_close: Callback<()>,
}

/// Records how a case ended (issue 13, part 2): the permit received or refused, and the day; the GOV.UK radios and
/// three-field date, each error at its field, which gets the cursor.
#[function_component(OutcomeForm)]
fn outcome_form(props: &OutcomeFormProps) -> Html {
    let lang = props.lang;
    let given = props.file.answers.outcome;
    let choice = use_state(|| given.map(|(o, _)| o));
    let text = use_state(|| {
        given
            .map(|(_, d)| DateText::from_date(d, None))
            .unwrap_or_default()
    });
    let choice_error = use_state(|| false);
    let date_error = use_state(|| None::<(DateError, Option<String>)>);
    let prefix = format!("result-{}", props.id);
    let radio_id = |o: Outcome| format!("outcome-{}-{}", props.id, o.code());
    let first_radio = radio_id(Outcome::Received);
    // Opened: the cursor goes to the choice (the one made before, if any).
    {
        let at = radio_id(given.map_or(Outcome::Received, |(o, _)| o));
        use_effect_with((), move |_| browser::focus_by_id(&at));
    }
    let on_submit = {
        let (choice, text, choice_error, date_error) = (
            choice.clone(),
            text.clone(),
            choice_error.clone(),
            date_error.clone(),
        );
        let (on_store, on_close, id, file, today, prefix, first_radio) = (
            props.on_store.clone(),
            props.on_close.clone(),
            props.id.clone(),
            props.file.clone(),
            props.today,
            prefix.clone(),
            first_radio.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let day = parse_date(&text.day, &text.month, &text.year).map_err(|e| (e, None));
            let day = day.and_then(|d| match agenda::refuse_outcome(&file.answers, d, today) {
                Some(OutcomeRefused::BeforeRecorded(what, h)) => Err((
                    DateError::Other,
                    Some(format!(
                        "{} {}.",
                        match what {
                            Recorded::HandedIn => w::OUTCOME_BEFORE_HANDED_IN,
                            Recorded::NoticeReceived => w::OUTCOME_BEFORE_NOTICE,
                            Recorded::ApplicantStepDone => w::OUTCOME_BEFORE_STEP,
                        }
                        .get(lang),
                        format_date_weekday(h, lang)
                    )),
                )),
                Some(OutcomeRefused::AfterToday) => Err((
                    DateError::Other,
                    Some(w::OUTCOME_AFTER_TODAY.get(lang).to_string()),
                )),
                Some(OutcomeRefused::NotHandedIn) => Err((DateError::Other, None)),
                None => Ok(d),
            });
            choice_error.set(choice.is_none());
            date_error.set(day.clone().err());
            match (*choice, day) {
                (Some(outcome), Ok(day)) => {
                    let mut f = file.clone();
                    f.answers.outcome = Some((outcome, day));
                    f.changed = browser::now_ms();
                    on_store.emit((id.clone(), f, Writer::CasesPage));
                    on_close.emit(());
                }
                (None, _) => browser::focus_by_id(&first_radio),
                (_, Err((e, _))) => browser::focus_by_id(&e.field_id(&prefix)),
            }
        })
    };
    let on_remove = {
        let (on_store, on_close, id, file) = (
            props.on_store.clone(),
            props.on_close.clone(),
            props.id.clone(),
            props.file.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let mut f = file.clone();
            f.answers.outcome = None;
            f.changed = browser::now_ms();
            on_store.emit((id.clone(), f, Writer::CasesPage));
            on_close.emit(());
        })
    };
    let on_change = {
        let text = text.clone();
        Callback::from(move |v: DateText| text.set(v))
    };
    // The result the case's regulation sets, with its clause and grade.
    let basis = ruqsat_core::provisions::provisions(&props.case, false)
        .into_iter()
        .find(|p| p.section == Section::Result);
    let legend_id = format!("outcome-{}-legend", props.id);
    let choice_error_id = format!("outcome-{}-error", props.id);
    let radios = Outcome::ALL.map(|o| {
        let id = radio_id(o);
        let words = match o {
            Outcome::Received => w::OUTCOME_RECEIVED,
            Outcome::Refused => w::OUTCOME_REFUSED,
        };
        let onchange = {
            let choice = choice.clone();
            Callback::from(move |_: Event| choice.set(Some(o)))
        };
        html! {
            <div class="radios__item">
                <input class="radios__input" type="radio" id={id.clone()} name={format!("outcome-{}", props.id)}
                    value={o.code()} checked={*choice == Some(o)} {onchange} />
                <label class="radios__label" for={id}>{ words.get(lang) }</label>
            </div>
        }
    });
    let (date_error_kind, message) = match &*date_error {
        Some((e, m)) => (Some(*e), m.clone().map(AttrValue::from)),
        None => (None, None),
    };
    html! {
        <form class="outcome panel" novalidate=true onsubmit={on_submit} onkeydown={on_escape(&props.on_close)}
            data-outcome-form={props.id.clone()}>
            <div class={if *choice_error { "form-group form-group--error" } else { "form-group" }}>
                <fieldset class="fieldset" aria-describedby={(*choice_error).then(|| choice_error_id.clone())}>
                    <legend class="legend" id={legend_id}>{ w::OUTCOME_LEGEND.get(lang) }</legend>
                    if let Some(p) = basis {
                        <p class="hint">{ w::OUTCOME_BASIS.get(lang) }{ ": " }{ reference_with_grade(&p.citation, lang, None) }</p>
                    }
                    if *choice_error {
                        <p class="error-message" id={choice_error_id.clone()}>
                            <span class="visually-hidden">{ t(lang, Msg::ErrorPrefix) }{ ": " }</span>{ w::OUTCOME_CHOOSE.get(lang) }
                        </p>
                    }
                    <div class="radios">{ for radios }</div>
                </fieldset>
            </div>
            <DateInput id={prefix.clone()} legend={w::OUTCOME_DAY.get(lang)} {lang} value={(*text).clone()}
                error={date_error_kind} {message} {on_change} />
            <div class="button-group">
                <button type="submit" class="button">{ w::SAVE.get(lang) }</button>
                if given.is_some() {
                    <button type="button" class="button button--secondary" onclick={on_remove}>{ w::OUTCOME_REMOVE.get(lang) }</button>
                }
                <button type="button" class="button button--secondary" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ w::CANCEL.get(lang) }</button>
            </div>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct SharePanelProps {
    lang: Lang,
    id: String,
    file: CaseFile,
    on_close: Callback<()>,
}

/// "Share a link" (issue 13, part 4): the answers only, unless the user ticks that the personal data go in too; the
/// panel says which the link holds, shows it, and copies it.
#[function_component(SharePanel)]
fn share_panel(props: &SharePanelProps) -> Html {
    let lang = props.lang;
    let personal = use_state(|| false);
    let copied = use_state(|| None::<bool>);
    // Ticked on a case that holds no personal data yet, the link is the answers-only one, and says so.
    let f = &props.file;
    let carries =
        *personal && (!f.name.trim().is_empty() || f.documents != DocumentsState::default());
    let link = share_link(&browser::journey_address(), f, carries);
    let id = &props.id;
    let (tick_id, link_id) = (format!("personal-{id}"), format!("link-{id}"));
    {
        let tick_id = tick_id.clone();
        use_effect_with((), move |_| browser::focus_by_id(&tick_id));
    }
    let on_tick = {
        let (personal, copied) = (personal.clone(), copied.clone());
        Callback::from(move |e: Event| {
            personal.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            );
            copied.set(None);
        })
    };
    let on_copy = {
        let (copied, link) = (copied.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            browser::copy_text(&link, move |ok| copied.set(Some(ok)));
        })
    };
    let says = if carries {
        w::SHARE_HAS_PERSONAL
    } else {
        w::SHARE_NO_PERSONAL
    };
    html! {
        <section class="share panel" aria-labelledby={format!("share-{id}")} data-share={id.clone()}
            onkeydown={on_escape(&props.on_close)}>
            <h4 id={format!("share-{id}")}>{ w::SHARE_HEADING.get(lang) }</h4>
            <p>{ w::SHARE_ANSWERS_ONLY.get(lang) }</p>
            <div class="checkbox">
                <input type="checkbox" id={tick_id.clone()} checked={*personal} onchange={on_tick}
                    aria-describedby={format!("{tick_id}-hint")} />
                <label for={tick_id.clone()}>{ w::SHARE_PERSONAL_LABEL.get(lang) }</label>
            </div>
            <p class="hint" id={format!("{tick_id}-hint")}>{ w::SHARE_PERSONAL_HINT.get(lang) }</p>
            <div class="form-group">
                <label class="label" for={link_id.clone()}>{ w::SHARE_LINK_LABEL.get(lang) }</label>
                <p class="hint" id={format!("{link_id}-says")} data-link-says={if carries { "personal" } else { "answers" }}>
                    <strong>{ says.get(lang) }</strong>
                </p>
                <input class="input share__link" id={link_id.clone()} type="text" readonly=true value={link}
                    aria-describedby={format!("{link_id}-says")} />
            </div>
            <div class="button-group">
                <button type="button" class="button" onclick={on_copy}>{ w::SHARE_COPY.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ w::CLOSE.get(lang) }</button>
            </div>
            <div role="status">
                if let Some(ok) = *copied {
                    <p class={if ok { "hint hint--ok" } else { "hint" }} data-copied={ok.to_string()}>
                        { if ok { w::SHARE_COPIED.get(lang) } else { w::SHARE_NOT_COPIED.get(lang) } }
                    </p>
                }
            </div>
        </section>
    }
}

/// The page.
#[function_component(CasesPage)]
pub fn cases_page() -> Html {
    let state = use_reducer(|| {
        let shared = receive_shared();
        CasesState {
            kept: browser::stored_cases_if_any(),
            shared,
            ..CasesState::new(browser::initial_lang())
        }
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
    let rows: Vec<Row> = readable
        .iter()
        .map(|(id, f)| Row::new(id, f, now, lang))
        .collect();

    let on_lang = if ruqsat_core::lang::ONLY_LANG.is_some() {
        Callback::from(browser::load_cases_page)
    } else {
        let state = state.clone();
        Callback::from(move |l| state.dispatch(CasesAction::SetLang(l)))
    };

    // The agenda: every case's next due date, the overdue first, then by date.
    let items = now
        .map(|now| agenda::order(rows.iter().map(|r| r.due), now))
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
                        let row = &rows[item.case];
                        let page = (item.deadline.due != Due::HandIn).then_some(Page::Timeline);
                        html! {
                            <li class={if item.overdue { "agenda__item agenda__item--overdue" } else { "agenda__item" }}
                                data-case={row.id.clone()}>
                                <p class="agenda__when">
                                    <strong>{ format_date_weekday(item.deadline.by.date(), lang) }</strong>
                                    if item.overdue {
                                        <strong class="tag tag--overdue">{ w::OVERDUE.get(lang) }</strong>
                                    }
                                </p>
                                <p>
                                    <a href={open_href(&row.id, &row.file.answers, page)}>{ row.label.clone() }</a>
                                    { " — " }{ w::due(item.deadline.due, lang) }
                                </p>
                                { basis(item.deadline.basis, lang) }
                                if item.overdue && item.deadline.due.by_provider() {
                                    <p>{ w::PROVIDER_LATE.get(lang) }</p>
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
        </section>
    };

    let on_store = {
        let state = state.clone();
        Callback::from(move |(id, f, writer): (String, CaseFile, Writer)| {
            let ok = browser::store_case(&id, f, writer);
            state.dispatch(CasesAction::Stored(ok, browser::stored_cases_if_any()));
        })
    };
    let on_delete = {
        let state = state.clone();
        Callback::from(move |(id, label): (String, String)| {
            if let Some(text) = browser::remove_case(&id) {
                let deleted = Deleted { id, text, label };
                state.dispatch(CasesAction::Deleted(
                    deleted,
                    browser::stored_cases_if_any(),
                ));
            }
        })
    };
    let on_rename = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(CasesAction::Rename(id)))
    };

    let first_question = url::to_query(
        AppState::page_after(&Answers::default()),
        &Answers::default(),
        false,
    );
    let today = now.map(|n| n.date());
    let list_html = html! {
        <section aria-labelledby="list">
            <h2 id="list">{ w::LIST_HEADING.get(lang) }{ format!(" ({})", rows.len()) }</h2>
            if rows.is_empty() {
                <p>{ w::LIST_EMPTY.get(lang) }</p>
            } else {
                <ul class="case-list">
                    { for rows.iter().map(|row| html! {
                        <CaseCard key={row.id.clone()} {lang} row={row.clone()} {today}
                            renaming={state.renaming.as_deref() == Some(row.id.as_str())}
                            on_rename={on_rename.clone()} on_store={on_store.clone()} on_delete={on_delete.clone()} />
                    }) }
                </ul>
            }
            <p><a class="button" href={format!("../{first_question}")}>{ w::START_NEW.get(lang) }</a></p>
        </section>
    };

    let unreadable_html = (!unreadable.is_empty()).then(|| html! {
        <section aria-labelledby="unreadable" data-unreadable-list="">
            <h2 id="unreadable">{ w::UNREADABLE_HEADING.get(lang) }</h2>
            <p>{ w::UNREADABLE_TEXT.get(lang) }</p>
            <ul class="case-list">
                { for unreadable.iter().map(|(id, set)| {
                    let on_delete = {
                        let id = id.clone();
                        on_delete.reform(move |_: MouseEvent| (id.clone(), id.clone()))
                    };
                    html! {
                        <li class="case-card" data-unreadable={id.clone()} key={id.clone()}>
                            <p><code>{ id.clone() }</code>{ " — " }{ why_words(set.why, lang) }</p>
                            <div class="button-group">
                                <a class="button button--secondary" download={format!("ruqsat-case-{id}.txt")}
                                    href={browser::text_data_url(&set.text)}>{ w::DOWNLOAD.get(lang) }</a>
                                <button type="button" class="button button--warning" onclick={on_delete}>
                                    { w::DELETE.get(lang) }<span class="visually-hidden">{ " — " }{ id.clone() }</span>
                                </button>
                            </div>
                        </li>
                    }
                }) }
            </ul>
        </section>
    });

    let on_undo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = &state.deleted {
                let ok = browser::restore_case_text(&d.id, &d.text);
                let kept = browser::stored_cases_if_any();
                state.dispatch(if ok {
                    CasesAction::Undone(kept)
                } else {
                    CasesAction::Stored(false, kept)
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
            state.dispatch(CasesAction::Cleared(browser::stored_cases_if_any()));
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
                if let Some((id, read, already)) = match &state.shared {
                    Some(Shared::Kept(id, read)) => Some((id, *read, false)),
                    Some(Shared::Already(id)) => Some((id, true, true)),
                    _ => None,
                } {
                    if let Some(row) = rows.iter().find(|r| &r.id == id) {
                        <div class="notice" data-shared={if already { "already" } else { "kept" }}>
                            <p>
                                { if already { w::SHARED_ALREADY } else { w::SHARED_KEPT }.get(lang) }
                                { ": " }<strong>{ row.label.clone() }</strong>{ "." }
                            </p>
                            if !read {
                                <p>{ w::SHARED_DAMAGED.get(lang) }</p>
                            }
                            <p><a class="button" href={open_href(id, &row.file.answers, None)}>
                                { w::OPEN.get(lang) }<span class="visually-hidden">{ " — " }{ row.label.clone() }</span>
                            </a></p>
                        </div>
                    }
                }
                if let Some(Shared::NotKept(href)) = &state.shared {
                    <div class="notice" data-shared="not-kept">
                        <p>{ w::SHARED_NOT_KEPT.get(lang) }</p>
                        <p><a class="button" href={href.clone()}>{ w::OPEN_ANSWERS.get(lang) }</a></p>
                    </div>
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
            // With storage off there is nothing kept to delete.
            if state.kept.is_some() {
                { delete_all_html }
            }
        </div>
    };
    layout(lang, CASES, "cases/", &on_lang, content)
}

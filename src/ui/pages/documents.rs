//! The clause 9 checklist as a task list. Each document shows its legal basis and grade; the user ticks "I have it",
//! types its dates and properties and chooses its scan, which is examined here and never sent anywhere. What is wrong
//! is the core's word (`DocumentsState::findings` → `ruqsat_core::checklist::validate`): shown after "Check my documents",
//! in the error summary and beside each document. The IIN and BIN are checked as typed, quietly until complete.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::date_input::{DateInput, DateText};
use crate::ui::documents_state::{DocChange, DocumentsState, IdField};
use crate::ui::error_summary::ErrorSummary;
use crate::ui::grade_badge::reference_with_grade;
use crate::ui::state::Action;
use crate::ui::url::Page;
use ruqsat_core::case::{Applicant, Case};
use ruqsat_core::checklist::{checklist, Applies, Assumption, Finding, FindingKind};
use ruqsat_core::documents::Legalisation;
use ruqsat_core::file_check::{examine, examine_ends, FileFacts, FileKind, SIZE_LIMIT, TAIL_LEN};
use ruqsat_core::identifiers::{bin_input_state, iin_input_state, IdError, InputState};
use ruqsat_core::lang::Lang;
use ruqsat_wording::rules::{checklist as checklist_words, documents as words};
use ruqsat_wording::{t, Msg};

pub struct DocumentsPageProps {
    pub lang: Lang,
    pub case: Case,
    pub documents: DocumentsState,
    pub on_action: Callback<Action>,
    pub on_go: Callback<Page>,
}

/// Where the error summary links a finding to: the number's field, or the document's "I have it".
pub fn finding_anchor(f: &Finding) -> String {
    match f.kind {
        FindingKind::IinInvalid => "id-iin".into(),
        FindingKind::BinInvalid => "id-bin".into(),
        FindingKind::IinBirthDateMismatch => "id-born-day".into(),
        FindingKind::ValidUntilNotADate => format!("doc-{}-until-day", f.requirement),
        _ => format!("doc-{}", f.requirement),
    }
}

fn file_words(f: &FileFacts, lang: Lang) -> String {
    let kind = match f.kind {
        FileKind::Pdf => "PDF",
        FileKind::Jpeg => "JPEG",
        FileKind::Png => "PNG",
        // Not a kind it can read: the check says so; here only the size.
        FileKind::Other => "",
    };
    let size = if f.size < 1024 {
        format!("{} {}", f.size, t(lang, Msg::UnitBytes))
    } else {
        format!("{} {}", f.size.div_ceil(1024), t(lang, Msg::UnitKilobytes))
    };
    if kind.is_empty() {
        size
    } else {
        format!("{kind}, {size}")
    }
}

/// Reads a chosen file in the browser and examines it; nothing leaves the machine. The facts of the file chosen
/// before are dropped at once (a cleared input keeps none), and a read that ends after another file was chosen is
/// ignored. A file over the size limit is not read whole: its first kilobyte tells its kind, its last
/// [`TAIL_LEN`] bytes hold a PDF's trailer (where encryption is named), and its size is the browser's.
fn on_file(requirement: &'static str, on_action: Callback<Action>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        on_action.emit(Action::Document(
            requirement.to_string(),
            DocChange::File(None),
        ));
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        let on_action = on_action.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let size = file.size() as u64;
            let read = |blob: web_sys::Blob| async move {
                let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
                    .await
                    .ok()?;
                let buffer = buffer.dyn_into::<js_sys::ArrayBuffer>().ok()?;
                Some(js_sys::Uint8Array::new(&buffer).to_vec())
            };
            let facts = if size > SIZE_LIMIT {
                let whole = size as f64;
                let (Ok(head), Ok(tail)) = (
                    file.slice_with_f64_and_f64(0.0, 1024.0),
                    file.slice_with_f64_and_f64(whole - TAIL_LEN as f64, whole),
                ) else {
                    return;
                };
                let (Some(head), Some(tail)) = (read(head).await, read(tail).await) else {
                    return;
                };
                examine_ends(&head, &tail, size)
            } else {
                let Some(bytes) = read(file.clone().into()).await else {
                    return;
                };
                let mut facts = examine(&bytes);
                facts.size = size;
                facts.empty = size == 0;
                facts
            };
            // Still the file in the input (not replaced or cleared while it was read).
            let current = input.files().and_then(|list| list.get(0));
            if !current.is_some_and(|f| f.name() == file.name() && f.size() as u64 == size) {
                return;
            }
            on_action.emit(Action::Document(
                requirement.to_string(),
                DocChange::File(Some(facts)),
            ));
        });
    })
}

/// Why legalisation may not be needed, as the evidence says it depends: a treaty (Edition B), a CIS document whose
/// notarised copy stands instead (Edition A).
fn legalisation_not_needed(rule: Legalisation) -> Msg {
    match rule {
        Legalisation::ApostilleOrLegalisationCisNotarised => Msg::DocLegalisationNotNeededCis,
        _ => Msg::DocLegalisationNotNeededTreaty,
    }
}

fn checkbox(id: String, label: &'static str, checked: bool, on: Callback<bool>) -> Html {
    let onchange = on.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    });
    html! {
        <div class="checkbox">
            <input type="checkbox" id={id.clone()} {checked} {onchange} />
            <label for={id}>{ label }</label>
        </div>
    }
}

/// A 12-digit number field: an error as soon as it cannot become valid (a letter, a wrong check digit, too long),
/// silence while it is still being typed, and "incomplete" only once the user asked for a check.
fn id_field(
    lang: Lang,
    field: IdField,
    docs: &DocumentsState,
    on_action: &Callback<Action>,
) -> Html {
    let (id, label, text, state) = match field {
        IdField::EmployerBin => (
            "id-bin",
            Msg::DocBinLabel,
            &docs.bin,
            bin_input_state(&docs.bin),
        ),
        IdField::WorkerIin => (
            "id-iin",
            Msg::DocIinLabel,
            &docs.iin,
            iin_input_state(&docs.iin),
        ),
    };
    let error = match state {
        InputState::Invalid(e) => Some(e),
        InputState::Incomplete if docs.checked() && !text.trim().is_empty() => {
            Some(IdError::WrongLength)
        }
        _ => None,
    };
    let oninput = on_action.reform(move |e: InputEvent| {
        Action::SetId(
            field,
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .value(),
        )
    });
    html! {
        <div class={if error.is_some() { "form-group form-group--error" } else { "form-group" }}>
            <label class="label" for={id}>{ t(lang, label) }</label>
            <p class="hint" id={format!("{id}-hint")}>{ t(lang, Msg::DocIdHint) }</p>
            if let Some(e) = error {
                <p class="error-message" id={format!("{id}-error")}>{ checklist_words::id_error(e).get(lang) }</p>
            } else if state == InputState::Valid {
                <p class="hint hint--ok" id={format!("{id}-error")}>{ t(lang, Msg::DocIdValid) }</p>
            }
            <input class={if error.is_some() { "input input--12 input--error" } else { "input input--12" }} type="text" {id} value={text.clone()} {oninput} inputmode="numeric"
                autocomplete="off" spellcheck="false"
                aria-invalid={ if error.is_some() { "true" } else { "false" } }
                aria-describedby={format!("{id}-hint {id}-error")} />
        </div>
    }
}

pub fn documents_page(props: &DocumentsPageProps) -> Html {
    let lang = props.lang;
    let docs = &props.documents;
    let list = checklist(&props.case);
    // The core's findings are shown once the reader asks for a check; before that they only keep a document that
    // still lacks something (a date, a legalisation, a translation) from being called ready.
    let all = docs.findings(&props.case);
    let findings: &[Finding] = if docs.checked() { &all } else { &[] };
    let born_error = docs.date_error(&docs.born);
    let errors: Vec<(String, String)> = born_error
        .filter(|_| docs.checked())
        .map(|e| (e.field_id("id-born"), e.text(lang)))
        .into_iter()
        .chain(
            findings
                .iter()
                .map(|f| (finding_anchor(f), super::finding_words(f, lang))),
        )
        .collect();
    let on_action = &props.on_action;
    let on_check = on_action.reform(|_: MouseEvent| Action::CheckDocuments);

    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ t(lang, Msg::DocTitle) }</h1>
            <ErrorSummary {lang} {errors} attempt={docs.checks} />
            <p>{ t(lang, Msg::DocIntro) }</p>
            // A live region that is always there (one added with its message is often not read out).
            <div role="status">
                if docs.checked() && findings.is_empty() {
                    <p class="panel"><strong>{ t(lang, Msg::DocAllGood) }</strong></p>
                }
            </div>
            <section class="ids" aria-labelledby="ids-heading">
                <h2 id="ids-heading">{ t(lang, Msg::DocIdsHeading) }</h2>
                if props.case.applicant == Applicant::Employer {
                    { id_field(lang, IdField::EmployerBin, docs, on_action) }
                }
                { id_field(lang, IdField::WorkerIin, docs, on_action) }
                // The IIN encodes the birth date: the passport's is asked so that the two can be compared.
                <DateInput id="id-born" legend={t(lang, Msg::DocBornLabel)} hint={AttrValue::from(t(lang, Msg::DocBornHint))}
                    {lang} value={docs.born.clone()} error={born_error} on_change={on_action.reform(Action::SetBorn)} />
            </section>
            <ol class="task-list task-list--documents">
                { for list.items.iter().map(|item| {
                    let r = item.requirement;
                    let entry = docs.entry(r.id).cloned().unwrap_or_default();
                    let doc = &entry.provided;
                    let mine: Vec<&Finding> = findings.iter().filter(|f| f.requirement == r.id).collect();
                    let (status, class) = if !mine.is_empty() {
                        (Msg::DocStatusProblem, "tag tag--problem")
                    } else if entry.not_needed && !doc.have {
                        (Msg::DocStatusNotNeeded, "tag tag--ready")
                    } else if doc.have && all.iter().any(|f| f.requirement == r.id) {
                        (Msg::DocStatusInProgress, "tag tag--todo")
                    } else if doc.have {
                        (Msg::DocStatusReady, "tag tag--ready")
                    } else {
                        (Msg::DocStatusNotStarted, "tag tag--todo")
                    };
                    let id = format!("doc-{}", r.id);
                    let change = |make: fn(bool) -> DocChange| {
                        on_action.reform(move |v| Action::Document(r.id.to_string(), make(v)))
                    };
                    let on_until = on_action.reform(move |text: DateText| {
                        Action::Document(r.id.to_string(), DocChange::Until(text))
                    });
                    let due = super::due_words(r.due, lang);
                    html! {
                        <li class={if mine.is_empty() { "task-list__item" } else { "task-list__item task-list__item--error" }}
                            data-requirement={r.id}>
                            <h2 class="task-list__title" id={format!("{id}-title")}>
                                { words::title(r.title).get(lang) }
                                <strong {class}>{ t(lang, status) }</strong>
                            </h2>
                            <p class="task-list__due">{ checklist_words::applies(item.applies, lang) }{ ", " }{ due }</p>
                            <p class="source">{ reference_with_grade(&r.citation, lang, crate::ui::provisions::c_period(&r.citation, r.period.map(words::period), lang)) }</p>
                            if r.citation.grade == ruqsat_core::evidence::Grade::U {
                                { crate::ui::provisions::ask_provider(r.edition, lang) }
                            }
                            <details class="details">
                                // Five of these on the page: each is named after its document for a screen reader.
                                <summary>
                                    { t(lang, Msg::DocDetails) }
                                    <span class="visually-hidden">{ ": " }{ words::title(r.title).get(lang) }</span>
                                </summary>
                                <p>{ words::description(r.description).get(lang) }</p>
                                if let Some(from) = r.obtain_from { <p>{ words::obtain_from(from).get(lang) }</p> }
                            </details>
                            { for mine.iter().map(|f| html! {
                                <p class="error-message">
                                    { super::finding_words(f, lang) }{ super::finding_source(f, lang) }
                                </p>
                            }) }
                            // The controls are a group named by the document's title, so "I have it", "Valid until"
                            // and "Scan" are announced with the document they are about.
                            <fieldset class="fieldset" aria-labelledby={format!("{id}-title")}>
                            { checkbox(id.clone(), t(lang, Msg::DocHaveIt), doc.have, change(DocChange::Have)) }
                            // Required only if a condition holds that Ruqsat does not know: the reader can say it
                            // does not hold for them, and it is no longer reported missing.
                            if matches!(item.applies, Applies::RequiredIf(_)) && !doc.have {
                                { checkbox(format!("{id}-not-needed"), t(lang, Msg::DocNotNeeded),
                                    entry.not_needed, change(DocChange::NotNeeded)) }
                            }
                            if doc.have {
                                <div class="task-list__details">
                                    if r.copy.validity_matters {
                                        <DateInput id={format!("{id}-until")} legend={t(lang, Msg::DocValidUntil)} {lang}
                                            value={entry.until.clone()} error={docs.date_error(&entry.until)} on_change={on_until} />
                                    }
                                    // Each condition of the copy, and where the evidence says it depends, "not needed
                                    // in my case" (a treaty, a CIS document; a document in Kazakh or Russian).
                                    if r.copy.needs_legalisation() {
                                        if !doc.legalisation_not_needed {
                                            { checkbox(format!("{id}-legalised"), t(lang, Msg::DocLegalised),
                                                doc.legalised == Some(true), change(DocChange::Legalised)) }
                                        }
                                        { checkbox(format!("{id}-legalisation-not-needed"), t(lang, legalisation_not_needed(r.copy.legalisation)),
                                            doc.legalisation_not_needed, change(DocChange::LegalisationNotNeeded)) }
                                    }
                                    if r.copy.needs_translation() {
                                        if doc.in_kazakh_or_russian != Some(true) {
                                            { checkbox(format!("{id}-translated"), t(lang, Msg::DocTranslated),
                                                doc.translated == Some(true), change(DocChange::Translated)) }
                                        }
                                        { checkbox(format!("{id}-translation-not-needed"), t(lang, Msg::DocTranslationNotNeeded),
                                            doc.in_kazakh_or_russian == Some(true), change(DocChange::TranslationNotNeeded)) }
                                    }
                                    <label class="label" for={format!("{id}-file")}>{ t(lang, Msg::DocFile) }</label>
                                    <input type="file" id={format!("{id}-file")}
                                        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                                        onchange={on_file(r.id, on_action.clone())} />
                                    // What was read of the file chosen now, in words that approve nothing before the
                                    // check; after it, "no problem found" only where no file finding is shown.
                                    if let Some(f) = doc.file {
                                        <p class="hint" data-file="">
                                            { t(lang, Msg::DocFileChosen) }{ ": " }{ file_words(&f, lang) }
                                            if !docs.checked() {
                                                { " — " }{ t(lang, Msg::DocFileNotChecked) }
                                            } else if !mine.iter().any(|f| f.assumption == Some(Assumption::FileTypesAndSize)) {
                                                { " — " }{ t(lang, Msg::DocFileNoProblem) }
                                            }
                                        </p>
                                    }
                                </div>
                            }
                            </fieldset>
                        </li>
                    }
                }) }
            </ol>
            <div class="button-group">
                <button class="button" onclick={on_check}>{ t(lang, Msg::DocCheck) }</button>
                <button class="button button--secondary" onclick={props.on_go.reform(|_| Page::Timeline)}>{ t(lang, Msg::SeeTimeline) }</button>
                <button class="button button--secondary" onclick={props.on_go.reform(|_| Page::Summary)}>{ t(lang, Msg::SeeSummary) }</button>
            </div>
        </>
    }
}

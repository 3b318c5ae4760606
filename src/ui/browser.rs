//! The few things the shell asks of the browser: the stored language, the browser's preferred languages, and the
//! document's `lang` and title. Failures (storage disabled, private mode) are not errors: the app goes on without.

use crate::ui::case_file::{self, CaseFile};
use crate::ui::case_store;
use crate::ui::documents_state::DocumentsState;
use crate::ui::state::CaseMeta;
use ruqsat_core::flow::Answers;
use ruqsat_core::lang::Lang;

/// The key under which the chosen language is kept in `localStorage`.
pub const LANG_KEY: &str = "ruqsat.lang";

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The language to start in. A one-language bundle speaks its own (its page's address chose it); a bundle with all
/// three takes the one chosen before, else the browser's first supported preference, else Kazakh.
pub fn initial_lang() -> Lang {
    if let Some(only) = ruqsat_core::lang::ONLY_LANG {
        return only;
    }
    let stored = storage()
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
        .and_then(|code| Lang::from_code(&code));
    stored.unwrap_or_else(|| {
        let prefs: Vec<String> = gloo::utils::window()
            .navigator()
            .languages()
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        Lang::negotiate(prefs.iter().map(String::as_str))
    })
}

/// Keeps the chosen language for the next visit; `false` when storage is full or disabled (private mode), which
/// only means the choice is not remembered.
pub fn remember_lang(lang: Lang) -> bool {
    storage().is_some_and(|s| s.set_item(LANG_KEY, lang.code()).is_ok())
}

/// Switches a one-language bundle to another language: each language has its own page (`/kk/`, `/ru/`, `/en/`; see
/// `src/ui/prerender.rs`), so this goes to the other's with the same query. The answers are in the URL, so
/// nothing is lost; the choice is also remembered for the top page, which sends the reader to their language's page.
pub fn load_bundle(lang: Lang) {
    let _ = remember_lang(lang);
    // The new page starts with focus on the language switch, where the reader left it (`focus_after_switch`).
    if let Some(s) = session_storage() {
        let _ = s.set_item(FOCUS_KEY, "lang-switch");
    }
    let target = format!("../{}/{}", lang.code(), current_query());
    let _ = gloo::utils::window().location().assign(&target);
}

/// Set in `sessionStorage` just before a language switch loads the other language's page.
const FOCUS_KEY: &str = "ruqsat.focus";

/// After a language switch loaded this page, puts focus back on the language switch (on the language now chosen),
/// so a keyboard or screen-reader user goes on from where they were rather than from the top of the page.
pub fn focus_after_switch() {
    use wasm_bindgen::JsCast;
    let Some(s) = session_storage() else { return };
    if s.get_item(FOCUS_KEY).ok().flatten().is_none() {
        return;
    }
    let _ = s.remove_item(FOCUS_KEY);
    if let Some(link) = gloo::utils::document()
        .query_selector(".lang-switch [aria-current=true]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = link.focus();
    }
}

/// The key under which Ruqsat up to issue 12 kept what was said about the documents, in the tab's `sessionStorage`
/// (version 1 of `case_file`): read once into the case the page opens, then removed.
pub const DOCUMENTS_KEY: &str = "ruqsat.documents";

fn session_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().session_storage().ok().flatten()
}

/// What this tab kept of its documents before cases were kept on the device (version 1), taken out of the tab.
pub fn migrated_documents() -> DocumentsState {
    let Some(s) = session_storage() else {
        return DocumentsState::default();
    };
    let text = s.get_item(DOCUMENTS_KEY).ok().flatten();
    let _ = s.remove_item(DOCUMENTS_KEY);
    text.and_then(|t| case_file::decode(&t).ok())
        .map(|f| f.documents)
        .unwrap_or_default()
}

/// Every case kept on this device (`case_store::read_all`): the last changed first, unreadable ones after.
pub fn stored_cases() -> Vec<case_store::Kept> {
    let Some(s) = storage() else {
        return Vec::new();
    };
    let n = s.length().unwrap_or(0);
    case_store::read_all((0..n).filter_map(|i| {
        let key = s.key(i).ok().flatten()?;
        let text = s.get_item(&key).ok().flatten()?;
        Some((key, text))
    }))
}

/// Whether the page's address is the cases page's (`…/cases/`).
pub fn is_cases_address() -> bool {
    gloo::utils::window()
        .location()
        .pathname()
        .is_ok_and(|p| p.trim_end_matches('/').ends_with("/cases"))
}

/// Every case kept on this device, or `None` when storage cannot be reached at all (disabled).
pub fn stored_cases_if_any() -> Option<Vec<case_store::Kept>> {
    storage().map(|_| stored_cases())
}

/// Takes a case out of storage, returning its text exactly as it was (for an undo); `None` if nothing was removed.
pub fn remove_case(id: &str) -> Option<String> {
    let s = storage()?;
    let key = case_store::key(id);
    let text = s.get_item(&key).ok().flatten()?;
    s.remove_item(&key).ok()?;
    Some(text)
}

/// Puts a text taken out by [`remove_case`] back, as it was; never over a case kept since under the same id.
pub fn restore_case_text(id: &str, text: &str) -> bool {
    let Some(s) = storage() else { return false };
    let key = case_store::key(id);
    matches!(s.get_item(&key), Ok(None)) && s.set_item(&key, text).is_ok()
}

/// Deletes everything Ruqsat keeps in this browser: every key of its own (`ruqsat.…`) in `localStorage` and in the
/// tab's `sessionStorage`.
pub fn delete_all_data() {
    for s in [storage(), session_storage()].into_iter().flatten() {
        let n = s.length().unwrap_or(0);
        let keys: Vec<String> = (0..n)
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with("ruqsat."))
            .collect();
        for k in keys {
            let _ = s.remove_item(&k);
        }
    }
}

/// A `data:` address of a text, for a link that downloads it exactly as it is.
pub fn text_data_url(text: &str) -> String {
    format!(
        "data:text/plain;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(text))
    )
}

/// Switches the cases page (`/kk/cases/`) to another language's.
pub fn load_cases_page(lang: Lang) {
    let _ = remember_lang(lang);
    let target = format!("../../{}/cases/", lang.code());
    let _ = gloo::utils::window().location().assign(&target);
}

/// The journey's address, from the cases page's (`https://host/ru/cases/` → `https://host/ru/`): where a shared link
/// leads.
pub fn journey_address() -> String {
    let location = gloo::utils::window().location();
    let path = location.pathname().unwrap_or_default();
    let journey = path
        .trim_end_matches('/')
        .strip_suffix("cases")
        .unwrap_or(&path);
    format!("{}{journey}", location.origin().unwrap_or_default())
}

/// Puts text on the clipboard, then says whether the browser took it (`false` where the page may not write there:
/// no clipboard outside a secure context, or permission refused).
pub fn copy_text(text: &str, on_done: impl FnOnce(bool) + 'static) {
    use wasm_bindgen::JsCast;
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    let Some(clipboard) = clipboard else {
        return on_done(false);
    };
    let promise = clipboard.write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        on_done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok())
    });
}

/// The case kept under an id, when it can be read.
pub fn stored_case(id: &str) -> Option<CaseFile> {
    let text = storage()?.get_item(&case_store::key(id)).ok().flatten()?;
    case_file::decode(&text).ok()
}

/// Keeps a case on this device as `writer` changed it, keeping the rest as stored (`case_store::to_store`); `false`
/// when storage is disabled or full. A stored text that cannot be read is never written over (it is set aside, for
/// the user to download), and a case deleted since the page saw it is not made again.
#[inline(always)]
pub fn store_case(id: &str, file: CaseFile, writer: case_store::Writer) -> bool {
    let Some(s) = storage() else { return false };
    let key = case_store::key(id);
    let old = s.get_item(&key).ok().flatten();
    case_store::to_store(old.as_deref(), file, writer)
        .is_none_or(|text| s.set_item(&key, &text).is_ok())
}

/// While the returned listener lives, leaving the page (a link, a reload, closing the tab) asks the reader first,
/// with the browser's own dialog and words.
pub fn guard_leaving() -> gloo::events::EventListener {
    gloo::events::EventListener::new_with_options(
        &gloo::utils::window(),
        "beforeunload",
        gloo::events::EventListenerOptions::enable_prevent_default(),
        |e| {
            e.prevent_default();
            // Browsers that predate `preventDefault` here ask when the event has a return value.
            let _ = js_sys::Reflect::set(e, &"returnValue".into(), &"x".into());
        },
    )
}

/// The device's clock, in milliseconds since 1970 (UTC).
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A new case, named by the clock and a random number.
pub fn new_case() -> CaseMeta {
    let now = now_ms();
    CaseMeta {
        id: case_store::new_id(now, (js_sys::Math::random() * f64::from(u32::MAX)) as u32),
        name: String::new(),
        created: now,
    }
}

/// Sets `<html lang>` (screen readers pick their voice from it).
pub fn set_document_language(lang: Lang) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
}

/// Titles the document: the product's title on the start page, else the page's heading ("Who are you? — Ruqsat"),
/// after "Error: " while the page shows an error summary.
pub fn set_title(lang: Lang, start: bool) {
    use ruqsat_wording::{t, Msg};
    let document = gloo::utils::document();
    let heading = document
        .get_element_by_id("page-heading")
        .and_then(|h| h.text_content())
        .filter(|_| !start);
    let error = matches!(document.query_selector(".error-summary"), Ok(Some(_)));
    match heading {
        Some(h) if error => document.set_title(&format!(
            "{}: {} — Ruqsat",
            t(lang, Msg::ErrorPrefix),
            h.trim()
        )),
        Some(h) => document.set_title(&format!("{} — Ruqsat", h.trim())),
        None => document.set_title(t(lang, Msg::DocumentTitle)),
    }
}

/// The page's query string, with its `?` (empty when there is none).
pub fn current_query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// The mark before a shared case's personal data in a link's fragment (`#case=…`, the percent-encoded text of a
/// `case_file` that holds only the name and the documents): browsers send no fragment to any server.
pub const SHARED_MARK: &str = "#case=";

/// A case shared by a link with its personal data (made by the cases page's "Share a link": the cases page's address,
/// the answers in the query, the name and documents after [`SHARED_MARK`]), if the address is one: its answers, and
/// its personal data (`None` when the fragment cannot be read: a link cut short). The address is then left bare, so
/// that a reload or a copied address carries neither on.
pub fn shared_case() -> Option<(Answers, Option<CaseFile>)> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let text = hash.strip_prefix(SHARED_MARK)?;
    let personal = js_sys::decode_uri_component(text)
        .ok()
        .and_then(|t| t.as_string())
        .and_then(|t| case_file::decode(&t).ok());
    let answers = super::url::parse(&current_query()).answers;
    replace_query("");
    Some((answers, personal))
}

/// A query string's parameters, split and percent-decoded by the browser (`URLSearchParams`: `+` is a space, a broken
/// escape is kept as it is, bytes that are not UTF-8 become U+FFFD), in their order.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    use wasm_bindgen::JsCast;
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(query) else {
        return Vec::new();
    };
    params
        .entries()
        .into_iter()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.ok()?.unchecked_into();
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// The URL for a query string: the query itself, or the bare path when it is empty.
fn url_for(query: &str) -> String {
    if query.is_empty() {
        gloo::utils::window()
            .location()
            .pathname()
            .unwrap_or_else(|_| "/".into())
    } else {
        query.to_string()
    }
}

/// Puts a query string in the address bar as a new history entry, unless it is already there.
pub fn push_query(query: &str) {
    if current_query() == query {
        return;
    }
    if let Ok(history) = gloo::utils::window().history() {
        let _ =
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url_for(query)));
    }
}

/// Replaces the current history entry's query string (no new entry).
pub fn replace_query(query: &str) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url_for(query)));
    }
}

/// Moves focus to the new page's heading (`#page-heading`), so screen readers announce it.
pub fn focus_heading() {
    focus_by_id("page-heading");
}

/// Moves focus to the element with this id (the browser scrolls it into view).
/// The text of the input of this id, or empty if there is none.
pub fn input_value(id: &str) -> String {
    use wasm_bindgen::JsCast;
    gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

thread_local! {
    /// The start page's markup rendered ahead of time into the release build's page (`ui::prerender`).
    static PRERENDERED_START: std::cell::OnceCell<yew::AttrValue> = const { std::cell::OnceCell::new() };
}

/// Keeps the markup of the start page rendered ahead of time inside `root` (its `.start-page`), before the app
/// mounts and clears it, and shows `root` again if the page hid it (a link to a later page: see
/// `static/before-app.js`). A page without one (`make serve`, the tests) has nothing to keep.
pub fn adopt_prerendered(root: &web_sys::Element) {
    if let Ok(Some(start)) = root.query_selector(".start-page") {
        PRERENDERED_START.with(|cell| {
            let _ = cell.set(start.inner_html().into());
        });
    }
    let _ = root.remove_attribute("hidden");
}

/// The start page's markup rendered ahead of time, if the page had one.
pub fn prerendered_start() -> Option<yew::AttrValue> {
    PRERENDERED_START.with(|cell| cell.get().cloned())
}

/// Tells the page's early script that the app runs (and takes down its note that the app did not start), and whether "Start" was pressed before it did
/// (`static/before-app.js` kept the press instead of sending the form).
pub fn start_pressed_early() -> bool {
    let window = wasm_bindgen::JsValue::from(gloo::utils::window());
    let _ = js_sys::Reflect::set(&window, &"ruqsatRunning".into(), &true.into());
    // Started after all (on a very slow network, after the script said it had not): the note goes.
    if let Some(note) = gloo::utils::document().get_element_by_id("app-failed") {
        let _ = note.set_attribute("hidden", "");
    }
    js_sys::Reflect::get(&window, &"ruqsatStartPressed".into()).is_ok_and(|v| v.is_truthy())
}

/// Keeps the case's text (`case_file`, as it would be saved) where the page's early script can reach it after a panic
/// (`window.ruqsatCase`, in this page's memory only), so the note shown then can offer it even with storage off.
pub fn keep_for_rescue(text: &str) {
    let window = wasm_bindgen::JsValue::from(gloo::utils::window());
    let _ = js_sys::Reflect::set(&window, &"ruqsatCase".into(), &text.into());
}

/// After a panic the app can do nothing more: the page's early script (`static/before-app.js`, `ruqsatStopped`)
/// shows its note rendered ahead of time in the reader's language, with the case kept by [`keep_for_rescue`] to save
/// as a file and a link to load the page again. Called by the panic hook (`ui::start`), so it must not panic itself.
pub fn show_panic_page() {
    use wasm_bindgen::JsCast;
    let window = wasm_bindgen::JsValue::from(gloo::utils::window());
    if let Ok(f) = js_sys::Reflect::get(&window, &"ruqsatStopped".into()) {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let _ = f.call0(&window);
        }
    }
}

/// A plain click (main button, no modifier key): the app follows the link itself. Any other click is left to the
/// browser, which opens the link's address in a new tab or window as the reader asked.
fn is_plain_click(e: &web_sys::MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}

/// The click handler of a link the app follows itself: on a plain click, the browser's own navigation is stopped and
/// `then` runs; any other click is left to the browser (`is_plain_click`).
pub fn on_plain_click(
    then: impl Fn(web_sys::MouseEvent) + 'static,
) -> yew::Callback<web_sys::MouseEvent> {
    yew::Callback::from(move |e: web_sys::MouseEvent| {
        if is_plain_click(&e) {
            e.prevent_default();
            then(e);
        }
    })
}

/// Whether a click was on (or inside) the start button.
pub fn is_start_button(event: &web_sys::MouseEvent) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("[data-action=start]").ok().flatten())
        .is_some()
}

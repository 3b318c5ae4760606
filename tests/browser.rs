//! Browser tests: the app mounted in headless Chromium by wasm-bindgen-test-runner.
//! Run with `cargo test --target wasm32-unknown-unknown --test browser` (the Makefile does).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Yew renders asynchronously; give it a few ticks.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// Waits until `cond` holds, up to 2 s: for what effects do after a render (focus, the title). Not a timing
/// assertion: usually the first look.
async fn eventually(cond: impl Fn() -> bool) {
    for _ in 0..70 {
        if cond() {
            return;
        }
        settle().await;
    }
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

thread_local! {
    /// The apps mounted so far: each is destroyed before the next test mounts its own, so no earlier app still
    /// listens to the page's events (a `popstate` from a link would otherwise reach them all).
    static APPS: std::cell::RefCell<Vec<yew::AppHandle<ruqsat::ui::App>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Mounts a fresh app into a fresh element at the given URL query, after removing the apps of earlier tests (the URL
/// and the storage are shared by the whole page).
async fn mount_at(query: &str) -> Element {
    APPS.with(|apps| {
        apps.borrow_mut()
            .drain(..)
            .for_each(yew::AppHandle::destroy)
    });
    let body = document().body().unwrap();
    while let Some(child) = body.query_selector("div[data-test-root]").unwrap() {
        body.remove_child(&child).unwrap();
    }
    set_query(query);
    let root = document().create_element("div").unwrap();
    root.set_attribute("data-test-root", "").unwrap();
    body.append_child(&root).unwrap();
    let app = yew::Renderer::<ruqsat::ui::App>::with_root(root.clone()).render();
    APPS.with(|apps| apps.borrow_mut().push(app));
    settle().await;
    root
}

/// The start page, with nothing remembered from an earlier test.
async fn mount() -> Element {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    mount_at("?").await
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
async fn start_page_shows_both_editions_and_that_they_lost_force() {
    let root = mount().await;
    click(&root, "a[data-lang=en]");
    settle().await;
    assert_eq!(
        text_of(&root, "h1"),
        "A permit to attract foreign labour: which service, which documents, when"
    );
    let a = text_of(&root, "[data-edition=west-kazakhstan-2014]");
    assert!(a.contains("No. 176"), "{a}");
    assert!(a.contains("1 July 2014"), "{a}");
    assert!(a.contains("18 August 2015"), "{a}");
    let b = text_of(&root, "[data-edition=zhambyl-2017]");
    assert!(b.contains("13 March 2017"), "{b}");
    assert!(b.contains("No. 73"), "{b}");
    assert!(text_of(&root, "main").contains("Both regulations have since lost force."));
}

#[wasm_bindgen_test]
async fn switching_language_rerenders_marks_the_document_and_is_remembered() {
    let root = mount().await;
    click(&root, "a[data-lang=ru]");
    settle().await;
    assert_eq!(
        text_of(&root, "h1"),
        "Разрешение на привлечение иностранной рабочей силы: какая услуга, какие документы, когда"
    );
    let ru = root.query_selector("a[data-lang=ru]").unwrap().unwrap();
    assert_eq!(ru.get_attribute("aria-current").as_deref(), Some("true"));
    let en = root.query_selector("a[data-lang=en]").unwrap().unwrap();
    assert_eq!(en.get_attribute("aria-current"), None);
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("ru")
    );
    eventually(|| document().title().starts_with("Ruqsat — разрешение")).await;
    assert!(document().title().starts_with("Ruqsat — разрешение"));
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("ruqsat.lang")
        .unwrap();
    assert_eq!(stored.as_deref(), Some("ru"));

    click(&root, "a[data-lang=kk]");
    settle().await;
    assert!(text_of(&root, "h1").starts_with("Шетелдік жұмыс күшін тартуға рұқсат"));
    assert!(text_of(&root, "[data-edition=zhambyl-2017]").contains("2017 жылғы 13 наурыз"));
}

#[wasm_bindgen_test]
async fn a_remembered_language_is_used_on_the_next_mount() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("ruqsat.lang", "ru").unwrap();
    let root = mount_at("?").await;
    assert!(text_of(&root, "h1").starts_with("Разрешение"));
}

#[wasm_bindgen_test]
async fn a_stored_value_that_is_not_a_language_is_ignored() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("ruqsat.lang", "xx<script>").unwrap();
    let root = mount_at("?").await;
    // Falls back to the browser's preference (headless Chromium: en-US) or Kazakh; never crashes.
    let h1 = text_of(&root, "h1");
    assert!(
        h1.starts_with("A permit") || h1.starts_with("Шетелдік"),
        "{h1}"
    );
    // The app's effect writes the language it chose; effects run after the render, so wait for it (not a timing
    // assertion: up to 2 s, usually the first look).
    let stored = || storage.get_item("ruqsat.lang").unwrap();
    for _ in 0..200 {
        if stored().as_deref() != Some("xx<script>") {
            break;
        }
        settle().await;
    }
    assert_ne!(stored().as_deref(), Some("xx<script>"));
}

fn set_query(q: &str) {
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(q))
        .unwrap();
}

fn type_into(root: &Element, selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap();
    input.set_value(value);
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
}

fn active_class() -> String {
    document()
        .active_element()
        .map(|e| e.class_name())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn continuing_without_an_answer_focuses_the_error_summary() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("ruqsat.lang", "en").unwrap();
    let root = mount_at("?page=who").await;
    assert_eq!(text_of(&root, "h1"), "Who are you?");
    click(&root, "button[type=submit]");
    settle().await;
    assert_eq!(active_class(), "error-summary");
    let link = root.query_selector(".error-summary a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("#who-0"));
    assert_eq!(
        link.text_content().unwrap(),
        "Select whether you are an employer, a foreign worker or a consultant"
    );
}

#[wasm_bindgen_test]
async fn the_date_input_reads_three_fields_and_names_the_wrong_one() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("ruqsat.lang", "en").unwrap();
    let root = mount_at("?page=submitted&who=worker&edition=west-kazakhstan-2014&need=first").await;
    assert_eq!(
        text_of(&root, "h1"),
        "When do you plan to hand in the documents?"
    );
    // Nothing typed: the date as a whole is missing, so its three fields are marked, and the group is described by
    // its error as well as its hint.
    click(&root, "button[type=submit]");
    settle().await;
    let invalid = |id: &str| {
        root.query_selector(id)
            .unwrap()
            .unwrap()
            .get_attribute("aria-invalid")
    };
    for field in ["#submitted-day", "#submitted-month", "#submitted-year"] {
        assert_eq!(invalid(field).as_deref(), Some("true"), "{field}");
    }
    assert_eq!(invalid("#submitted-time").as_deref(), Some("false"));
    let group = root.query_selector("fieldset").unwrap().unwrap();
    assert_eq!(
        group.get_attribute("aria-describedby").as_deref(),
        Some("submitted-hint submitted-error")
    );

    type_into(&root, "#submitted-day", "4");
    type_into(&root, "#submitted-month", "13");
    type_into(&root, "#submitted-year", "2014");
    type_into(&root, "#submitted-time", "10:00");
    settle().await;
    click(&root, "button[type=submit]");
    settle().await;
    assert_eq!(active_class(), "error-summary");
    assert_eq!(
        text_of(&root, ".error-summary a"),
        "The month must be a number from 1 to 12"
    );
    let month = root.query_selector("#submitted-month").unwrap().unwrap();
    assert_eq!(month.get_attribute("aria-invalid").as_deref(), Some("true"));

    type_into(&root, "#submitted-month", "9");
    settle().await;
    click(&root, "button[type=submit]");
    settle().await;
    // A real date: on to "Check your answers", and the address bar holds the answer.
    assert_eq!(text_of(&root, "h1"), "Check your answers");
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("submitted=2014-09-04T10:00"), "{search}");
}

/// On the documents page the findings follow every edit once a check was asked for; the error summary takes focus
/// on each check, never on an edit (focus would be torn from the box just ticked).
#[wasm_bindgen_test]
async fn the_documents_error_summary_takes_focus_on_a_check_not_on_an_edit() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("ruqsat.lang", "en").unwrap();
    web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let root = mount_at(
        "?page=documents&who=employer&edition=zhambyl-2017&need=first&channel=office&category=3\
         &submitted=2017-08-28T17:50",
    )
    .await;
    assert!(root.query_selector(".error-summary").unwrap().is_none());
    click(&root, ".button-group .button");
    settle().await;
    let active = || {
        document()
            .active_element()
            .map(|e| (e.class_name(), e.id()))
    };
    eventually(|| active().is_some_and(|a| a.0 == "error-summary")).await;
    assert_eq!(active().map(|a| a.0), Some("error-summary".to_string()));
    assert!(text_of(&root, ".error-summary").contains("education documents"));

    let education: HtmlElement = root
        .query_selector("#doc-b-general-issue-education")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    education.focus().unwrap();
    education.click();
    settle().await;
    assert!(!text_of(&root, ".error-summary").contains("education documents"));
    assert_eq!(
        active().map(|a| a.1),
        Some("doc-b-general-issue-education".to_string())
    );
}

/// The browser build's allocator (`lol_alloc`'s free list, src/lib.rs), under the kind of churn a long session
/// makes: 20 000 allocations, frees and reallocations of mixed sizes and alignments, every block checked for its
/// own bytes before it is freed or grown, so an overlap or a lost block fails here.
#[wasm_bindgen_test]
fn the_allocator_keeps_every_block_intact_under_churn() {
    use std::alloc::{alloc, dealloc, Layout};
    let mut seed: u32 = 0x2545_f491;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    let fill = |slot: usize, generation: u32, i: usize| (slot as u32 ^ generation ^ i as u32) as u8;
    let mut slots: Vec<Option<(Vec<u8>, u32)>> = (0..512).map(|_| None).collect();
    let mut aligned: Vec<(*mut u8, Layout)> = Vec::new();
    for generation in 0..20_000u32 {
        let r = next();
        let slot = (r % 512) as usize;
        match slots[slot].take() {
            Some((mut bytes, made)) => {
                assert!(
                    bytes
                        .iter()
                        .enumerate()
                        .all(|(i, &b)| b == fill(slot, made, i)),
                    "block {slot} changed"
                );
                if r & 0x100 != 0 {
                    // Grow it (a reallocation) and keep it.
                    let more = (next() % 512) as usize;
                    let len = bytes.len();
                    bytes.extend((len..len + more).map(|i| fill(slot, made, i)));
                    slots[slot] = Some((bytes, made));
                }
            }
            None => {
                let size = if r & 0x3ff == 0 {
                    65_536 + (next() % 65_536) as usize
                } else {
                    1 + (next() % 1024) as usize
                };
                let bytes: Vec<u8> = (0..size).map(|i| fill(slot, generation, i)).collect();
                slots[slot] = Some((bytes, generation));
            }
        }
        if r & 0x3ff == 7 {
            let align = 1 << (3 + next() % 10);
            let layout = Layout::from_size_align(1 + (next() % 512) as usize, align).unwrap();
            let p = unsafe { alloc(layout) };
            assert!(
                !p.is_null() && (p as usize).is_multiple_of(align),
                "alignment {align}"
            );
            aligned.push((p, layout));
            if aligned.len() > 16 {
                let (p, layout) = aligned.remove(0);
                unsafe { dealloc(p, layout) };
            }
        }
    }
    for (p, layout) in aligned {
        unsafe { dealloc(p, layout) };
    }
}

/// The browser decodes the query (`URLSearchParams`), as the URL codec's native tests read it: escapes, `+`, broken
/// escapes and bytes that are not UTF-8.
#[wasm_bindgen_test]
fn the_query_is_decoded_by_the_browser() {
    use ruqsat::ui::url::{parse, parse_instant};
    let loc = parse(
        "?who=employer&colour=red&submitted=2017-09-04T10%3A00&%ZZ=1&need=first+&channel=%FF",
    );
    assert_eq!(loc.answers.who, Some(ruqsat_core::flow::Who::Employer));
    assert_eq!(loc.answers.submitted, parse_instant("2017-09-04T10:00"));
    assert_eq!(
        loc.dropped,
        ["colour=red", "%ZZ=1", "need=first ", "channel=\u{FFFD}"]
    );
}

//! The pages of the release build, written ahead of time by a native step (`src/bin/prerender.rs`, yew's
//! server-side renderer) as the sources Trunk builds (`scripts/build-release.sh`):
//!
//! - one page per language ([`language_page_html`]): its `lang`, its description and title from the wording, its
//!   Content-Security-Policy, the style and the script that runs before the app (`static/style.css`,
//!   `static/before-app.js`, inlined by Trunk), the app's bundle, and inside `<div id="app">` the start page, the
//!   same components the app renders ([`start_page_html`]), so the start page is painted as soon as the HTML
//!   arrives, before the wasm. The app then adopts that markup (`browser::adopt_prerendered`);
//! - the top page and the not-found page ([`top_page_html`]): the same small document, which sends the reader to
//!   their language's page from `/`, and anywhere else says, in the language of the address, that there is no such
//!   page (`static/top.js`).
//!
//! Only with the feature `prerender` (native): it never reaches the wasm bundle.

use yew::prelude::*;

use super::layout::{layout, CASES};
use super::start_page::StartPage;
use ruqsat_core::lang::Lang;
use ruqsat_wording::{cases, pages, t, Msg};

/// Stands, in a page's Content-Security-Policy, for the hashes of the page's inline scripts: Trunk writes those
/// scripts (the ones inlined from `static/` and its own loader of the bundle), then `scripts/assemble-dist.mjs`
/// puts their hashes here. Until it does, no inline script is allowed.
pub const INLINE_SCRIPTS: &str = "'inline-scripts'";
/// Stands for the hashes of the page's inline styles, as [`INLINE_SCRIPTS`] does for its scripts.
pub const INLINE_STYLES: &str = "'inline-styles'";

/// The Content-Security-Policy of a language page. Scripts: the page's own files and its inline scripts by hash,
/// never any other inline script (no `'unsafe-inline'`); `'wasm-unsafe-eval'` lets the wasm-bindgen glue compile the
/// WebAssembly and allows no `eval` of JavaScript. Styles: the inline style by its hash.
pub fn language_page_policy() -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {INLINE_SCRIPTS}; style-src {INLINE_STYLES}; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
    )
}

/// The Content-Security-Policy of the top page and the not-found page: their one inline script and style by hash;
/// nothing else runs, and nothing is fetched but the icon and, from the top page, the not-found page (whose style it
/// then shows: `scripts/assemble-dist.mjs` gives it that style's hash).
pub fn top_page_policy(page: TopPage) -> String {
    let fetch = if page == TopPage::Top {
        " connect-src 'self';"
    } else {
        ""
    };
    format!(
        "default-src 'none'; script-src {INLINE_SCRIPTS}; style-src {INLINE_STYLES}; img-src 'self';{fetch} \
         base-uri 'none'; form-action 'none'"
    )
}

#[derive(Properties, PartialEq)]
struct StartDocumentProps {
    lang: Lang,
}

/// What `App` renders on the start page with nothing dropped from the URL: the layout around the start page.
#[function_component(StartDocument)]
fn start_document(props: &StartDocumentProps) -> Html {
    let lang = props.lang;
    let start = html! { <div key="start"><StartPage {lang} on_start={Callback::noop()} /></div> };
    layout(lang, "start", "", &Callback::noop(), start)
}

#[derive(Properties, PartialEq)]
struct CasesDocumentProps {
    lang: Lang,
}

/// The cases page until its bundle has read what storage holds: its layout, its heading, and a line saying so.
#[function_component(CasesDocument)]
fn cases_document(props: &CasesDocumentProps) -> Html {
    let lang = props.lang;
    let content = html! {
        <div>
            <h1 id="page-heading" tabindex="-1">{ t(lang, Msg::CasesLink) }</h1>
            <p class="lead" data-while-loading="">{ cases::READING.get(lang) }</p>
        </div>
    };
    layout(lang, CASES, "cases/", &Callback::noop(), content)
}

/// Which of a language's pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LanguagePageKind {
    /// `/kk/`: the journey, its start page rendered in it (bundle `ruqsat-web`).
    Journey,
    /// `/kk/cases/`: "Your cases" (bundle `ruqsat-cases`).
    Cases,
}

#[derive(Properties, PartialEq)]
struct LanguagePageProps {
    lang: Lang,
    kind: LanguagePageKind,
    /// The repository's root, where Trunk finds `static/` and `Cargo.toml`.
    root: AttrValue,
}

/// A language's page, as Trunk's source: the `data-trunk` links are Trunk's to replace.
#[function_component(LanguagePage)]
fn language_page(props: &LanguagePageProps) -> Html {
    let lang = props.lang;
    let cases = props.kind == LanguagePageKind::Cases;
    let at = |file: &str| format!("{}/{file}", props.root);
    let (title, bin) = if cases {
        (cases::TITLE.get(lang), "ruqsat-cases")
    } else {
        (t(lang, Msg::DocumentTitle), "ruqsat-web")
    };
    html! {
        <html lang={lang.code()}>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="description" content={pages::DESCRIPTION.get(lang)} />
                <meta http-equiv="Content-Security-Policy" content={language_page_policy()} />
                <title>{ title }</title>
                <link data-trunk="" rel="inline" href={at("static/style.css")} />
                if cases {
                    <link data-trunk="" rel="inline" href={at("static/cases.css")} />
                }
                <link data-trunk="" rel="copy-file" href={at("static/favicon.svg")} />
                <link rel="icon" href="favicon.svg" type="image/svg+xml" />
                // `--low-memory-unused`: the linker puts the 1 MB stack first, growing down towards address 0, so the
                // low 1 KB of memory is reached only by a stack about to overflow; knowing it lets wasm-opt fold
                // address offsets (−0.6 KB gzip, BENCHMARKS.md "Session 8").
                <link data-trunk="" rel="rust" href={at("Cargo.toml")} data-bin={bin} data-type="main"
                    data-wasm-opt="z" data-wasm-opt-params="--converge --low-memory-unused --strip-debug --strip-producers" />
            </head>
            <body>
                // Shown by `static/before-app.js` if the app does not start.
                <div id="app-failed" class="failure-note" role="alert" hidden=true>
                    <p>{ pages::COULD_NOT_START.get(lang) }</p>
                </div>
                <div id="app">
                    <noscript><p>{ pages::NEEDS_SCRIPT.get(lang) }</p></noscript>
                    if cases {
                        <CasesDocument {lang} />
                    } else {
                        <StartDocument {lang} />
                    }
                </div>
                // Shown by `ui::browser::show_panic_page` if the app stops on an error of its own. After the app in the
                // page, so the skip link stays the page's first link (screen readers, axe's landmark rule); #app is
                // hidden when it shows.
                <div id="app-stopped" class="failure-note" role="alert" hidden=true>
                    <p>{ pages::STOPPED.get(lang) }</p>
                    <p>
                        <a id="app-stopped-save" class="button" download="ruqsat-case.txt" href="#">{ pages::SAVE_CASE.get(lang) }</a>
                        { " " }
                        <a class="button button--secondary" href="">{ pages::RELOAD.get(lang) }</a>
                    </p>
                </div>
                <link data-trunk="" rel="inline" href={at("static/before-app.js")} />
            </body>
        </html>
    }
}

/// What the top page is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TopPage {
    /// `index.html`, part of every first load: sends the reader to their language's page. From a host that sends it
    /// for an unknown address, it shows the not-found page's content instead, fetched (`static/top.js`).
    Top,
    /// `404.html`: the not-found text, in all three languages until its script has chosen one (all three stay for a
    /// browser that runs no script), each with a link to its start page.
    NotFound,
}

#[derive(Properties, PartialEq)]
struct TopDocumentProps {
    page: TopPage,
    root: AttrValue,
}

/// The top page and the not-found page: one document, addressed from the site's root (`/kk/`), since a host sends
/// the not-found page for an address at any depth.
#[function_component(TopDocument)]
fn top_document(props: &TopDocumentProps) -> Html {
    let at = |file: &str| format!("{}/{file}", props.root);
    let start = |l: Lang| format!("/{}/", l.code());
    html! {
        <html lang="kk">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta http-equiv="Content-Security-Policy" content={top_page_policy(props.page)} />
                <title>{ "Ruqsat" }</title>
                <link rel="icon" href="/kk/favicon.svg" type="image/svg+xml" />
                if props.page == TopPage::NotFound {
                    <link data-trunk="" rel="inline" href={at("static/not-found.css")} />
                }
            </head>
            <body>
                if props.page == TopPage::Top {
                    <noscript>
                        <p>
                            { for Lang::ALL.into_iter().map(|l| html! {
                                <span lang={l.code()}>{ pages::NEEDS_SCRIPT.get(l) }{ " " }</span>
                            }) }
                        </p>
                        <p>
                            { for Lang::ALL.into_iter().map(|l| html! {
                                <>{ " " }<a href={start(l)} lang={l.code()}>{ l.endonym() }</a></>
                            }) }
                        </p>
                    </noscript>
                } else {
                    { for Lang::ALL.into_iter().map(|l| html! {
                        <section lang={l.code()} data-not-found="">
                            <h1>{ pages::NOT_FOUND_HEADING.get(l) }</h1>
                            <p>{ pages::NOT_FOUND_TEXT.get(l) }</p>
                            <p><a href={start(l)}>{ pages::NOT_FOUND_LINK.get(l) }</a></p>
                        </section>
                    }) }
                }
                <link data-trunk="" rel="inline" href={at("static/top.js")} />
            </body>
        </html>
    }
}

/// Renders a component to HTML with yew's server-side renderer.
fn render<C: BaseComponent>(props: C::Properties) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime starts");
    let renderer = yew::LocalServerRenderer::<C>::with_props(props).hydratable(false);
    tokio::task::LocalSet::new().block_on(&runtime, renderer.render())
}

/// The start page in `lang`, as the HTML inside `<div id="app">`.
pub fn start_page_html(lang: Lang) -> String {
    render::<StartDocument>(StartDocumentProps { lang })
}

/// The source of `lang`'s page for Trunk, its files found under `root` (the repository).
pub fn language_page_html(lang: Lang, root: &str) -> String {
    page_html(lang, LanguagePageKind::Journey, root)
}

/// The source of `lang`'s page of a kind for Trunk, its files found under `root` (the repository).
pub fn page_html(lang: Lang, kind: LanguagePageKind, root: &str) -> String {
    let root = root.to_string().into();
    format!(
        "<!doctype html>\n{}\n",
        render::<LanguagePage>(LanguagePageProps { lang, kind, root })
    )
}

/// The source of the top page or the not-found page for Trunk, its files found under `root` (the repository).
pub fn top_page_html(page: TopPage, root: &str) -> String {
    let root = root.to_string().into();
    format!(
        "<!doctype html>\n{}\n",
        render::<TopDocument>(TopDocumentProps { page, root })
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_page_is_rendered_with_its_layout_in_each_language() {
        let kk = start_page_html(Lang::Kk);
        assert!(
            kk.starts_with(r##"<a href="#main" class="skip-link">"##),
            "{kk}"
        );
        assert!(kk.contains(r#"<main id="main" tabindex="-1" data-page="start" class="wrap"><div><div class="start-page"><h1 id="page-heading""#));
        assert!(kk.contains(r#"data-action="start""#));
        // The language links work before the app has loaded: each goes to its language's page.
        assert!(
            kk.contains(r#"<a href="../ru/" lang="ru" hreflang="ru" data-lang="ru">"#),
            "{kk}"
        );
        assert!(kk.contains(r#"data-lang="kk" aria-current="true""#));
        let ru = start_page_html(Lang::Ru);
        assert!(ru.contains(r#"data-lang="ru" aria-current="true""#));
        // Only one language is marked current, whatever the order of the attributes.
        assert_eq!(ru.matches("aria-current").count(), 1, "{ru}");
        assert_eq!(kk.matches("aria-current").count(), 1, "{kk}");
        assert!(start_page_html(Lang::En).contains("West Kazakhstan"));
    }

    #[test]
    fn each_language_page_speaks_its_language_and_holds_its_start_page() {
        let ru = language_page_html(Lang::Ru, "/repo");
        assert!(
            ru.starts_with("<!doctype html>\n<html lang=\"ru\"><head>"),
            "{ru}"
        );
        assert!(
            ru.contains(r#"<meta name="description" content="Ruqsat: какая услуга по разрешению"#),
            "{ru}"
        );
        assert!(ru.contains(
            "<title>Ruqsat — разрешение на привлечение иностранной рабочей силы</title>"
        ));
        assert!(
            ru.contains("<noscript><p>Для Ruqsat нужны JavaScript и WebAssembly.</p></noscript>")
        );
        // The start page inside #app is exactly what the app's components render.
        assert!(ru.contains(r#"<div id="app"><noscript>"#));
        assert!(
            ru.contains(&format!("</noscript>{}</div>", start_page_html(Lang::Ru))),
            "{ru}"
        );
        // Trunk finds everything under the root it was given, and the script runs after #app.
        for link in [
            r#"<link data-trunk="" rel="inline" href="/repo/static/style.css">"#,
            r#"<link data-trunk="" rel="copy-file" href="/repo/static/favicon.svg">"#,
            r#"href="/repo/Cargo.toml" data-bin="ruqsat-web""#,
        ] {
            assert!(ru.contains(link), "{link} in {ru}");
        }
        assert!(ru.contains(
            r#"</div><link data-trunk="" rel="inline" href="/repo/static/before-app.js"></body>"#
        ));
        let en = language_page_html(Lang::En, "/repo");
        assert!(en.contains(r#"<html lang="en">"#));
        assert!(en.contains(r#"content="Ruqsat: which permit service you need"#));
    }

    #[test]
    fn each_language_has_a_cases_page_with_its_own_bundle() {
        let ru = page_html(Lang::Ru, LanguagePageKind::Cases, "/repo");
        assert!(ru.contains("<title>Ваши дела — Ruqsat</title>"), "{ru}");
        assert!(ru.contains(r#"href="/repo/Cargo.toml" data-bin="ruqsat-cases""#));
        assert!(!ru.contains("ruqsat-web"));
        // Its own style, after the shared one; the journey's page does not carry it.
        assert!(ru.contains(r#"href="/repo/static/style.css"><link data-trunk="" rel="inline" href="/repo/static/cases.css">"#));
        assert!(!language_page_html(Lang::Ru, "/repo").contains("cases.css"));
        // Until the bundle has read storage, the page says it is reading; its links go up from /ru/cases/.
        assert!(ru.contains("Читаем дела, сохранённые на этом устройстве…"));
        assert!(
            ru.contains(r#"<a href="../../kk/cases/" lang="kk""#),
            "{ru}"
        );
        assert!(
            ru.contains(r#"<a lang="kk" href="../" class="brand">"#),
            "{ru}"
        );
        assert!(ru.contains(r#"aria-current="page""#));
        // The notes of the early script are there: the app did not start, or stopped.
        assert!(ru.contains(r#"id="app-failed""#) && ru.contains(r#"id="app-stopped-save""#));
        // The journey's page links to it.
        let start = start_page_html(Lang::Ru);
        assert!(
            start.contains(r#"<a href="cases/" class="site-header__cases">Ваши дела</a>"#),
            "{start}"
        );
    }

    #[test]
    fn every_page_allows_inline_scripts_by_hash_only() {
        let language = language_page_policy();
        let (top, not_found) = (
            top_page_policy(TopPage::Top),
            top_page_policy(TopPage::NotFound),
        );
        for (page, policy) in [
            (language_page_html(Lang::Kk, "/r"), &language),
            (top_page_html(TopPage::Top, "/r"), &top),
            (top_page_html(TopPage::NotFound, "/r"), &not_found),
        ] {
            assert!(page.contains(&format!(
                r#"<meta http-equiv="Content-Security-Policy" content="{policy}">"#
            )));
        }
        for policy in [&language, &top, &not_found] {
            let scripts = policy
                .split("; ")
                .find(|d| d.starts_with("script-src "))
                .unwrap();
            assert!(!scripts.contains("unsafe-inline"), "{scripts}");
            assert!(scripts.ends_with(INLINE_SCRIPTS), "{scripts}");
            assert!(
                policy.contains(&format!("style-src {INLINE_STYLES};")),
                "{policy}"
            );
            assert!(
                policy.contains("base-uri") && policy.contains("form-action"),
                "{policy}"
            );
        }
        assert_eq!(
            language.split("; ").nth(1),
            Some("script-src 'self' 'wasm-unsafe-eval' 'inline-scripts'")
        );
        // The top page and the not-found page run no wasm and load no script file; only the top page fetches.
        for policy in [&top, &not_found] {
            assert!(
                policy.starts_with("default-src 'none'; script-src 'inline-scripts'; "),
                "{policy}"
            );
        }
        assert!(top.contains(" connect-src 'self';") && !not_found.contains("connect-src"));
    }

    #[test]
    fn the_not_found_page_says_so_in_each_language_with_a_link_to_its_start() {
        let top = top_page_html(TopPage::Top, "/r");
        let not_found = top_page_html(TopPage::NotFound, "/r");
        for lang in Lang::ALL {
            let code = lang.code();
            assert!(not_found.contains(&format!(
                "<section lang=\"{code}\" data-not-found=\"\"><h1>{}</h1><p>{}</p><p><a href=\"/{code}/\">{}</a></p></section>",
                pages::NOT_FOUND_HEADING.get(lang),
                pages::NOT_FOUND_TEXT.get(lang),
                pages::NOT_FOUND_LINK.get(lang)
            )));
            // The top page, part of every first load, carries none of it: it fetches it when it needs it.
            assert!(!top.contains(pages::NOT_FOUND_HEADING.get(lang)));
            assert!(top.contains(&format!(
                r#"<a href="/{code}/" lang="{code}">{}</a>"#,
                lang.endonym()
            )));
        }
        assert!(top.contains("<noscript>") && !not_found.contains("<noscript>"));
        assert!(not_found.contains(
            r#"<link data-trunk="" rel="inline" href="/r/static/not-found.css"></head>"#
        ));
        assert!(!top.contains("not-found.css"));
        for page in [&top, &not_found] {
            assert!(page
                .contains(r#"<link data-trunk="" rel="inline" href="/r/static/top.js"></body>"#));
        }
    }
}

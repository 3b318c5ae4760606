//! The start page rendered ahead of time (yew's server-side renderer, in a native build step), one page per language:
//! `scripts/build-release.sh` puts it into each language's `index.html`, so the start page is painted as soon as the
//! HTML and the style arrive, before the wasm. The app then adopts that markup (`browser::adopt_prerendered`).
//! Only with the feature `prerender` (native): it never reaches the wasm bundle.

use yew::prelude::*;

use super::layout::Layout;
use super::start_page::StartPage;
use ruqsat_core::lang::Lang;

#[derive(Properties, PartialEq)]
struct StartDocumentProps {
    lang: Lang,
}

/// What `App` renders on the start page with nothing dropped from the URL: the layout around the start page.
#[function_component(StartDocument)]
fn start_document(props: &StartDocumentProps) -> Html {
    let lang = props.lang;
    html! {
        <Layout {lang} page="start" query="" on_lang={Callback::noop()}>
            <StartPage {lang} on_start={Callback::noop()} />
        </Layout>
    }
}

/// The start page in `lang`, as the HTML inside `<div id="app">`.
pub fn start_page_html(lang: Lang) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime starts");
    let renderer =
        yew::LocalServerRenderer::<StartDocument>::with_props(StartDocumentProps { lang })
            .hydratable(false);
    tokio::task::LocalSet::new().block_on(&runtime, renderer.render())
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
        assert!(kk.contains(r#"<main id="main" tabindex="-1" data-page="start" class="wrap"><div class="start-page"><h1 id="page-heading""#));
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
}

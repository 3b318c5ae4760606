//! Writes the pages of the release build ahead of time, as the sources Trunk builds (`ui::prerender`), into the
//! folder given, one `index.html` in a folder per page: `kk`, `ru` and `en` (each language's page, its start page
//! rendered in it), `kk-cases`, `ru-cases` and `en-cases` (each language's "Your cases" page), `top` (the top page) and `not-found` (the not-found page).
//! Usage: cargo run --release --features prerender --bin ruqsat-prerender -- DIR

use std::path::{Component, Path, PathBuf};

use ruqsat::ui::prerender::{page_html, top_page_html, LanguagePageKind, TopPage};
use ruqsat_core::lang::Lang;

fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: ruqsat-prerender DIR");
        std::process::exit(2);
    };
    let dir = PathBuf::from(dir);
    let fail = |what: &Path, e: std::io::Error| -> ! {
        eprintln!("error: cannot write {}: {e}", what.display());
        std::process::exit(1);
    };
    // Trunk reads each page's files relative to the page (an absolute href does not work): from DIR/xx/ back up
    // to the repository, where `static/` and `Cargo.toml` are.
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let page_dir = std::fs::create_dir_all(&dir)
        .and_then(|()| dir.canonicalize())
        .unwrap_or_else(|e| fail(&dir, e))
        .join("page");
    let root = relative(
        &page_dir,
        &repo.canonicalize().unwrap_or_else(|e| fail(repo, e)),
    );
    let pages = Lang::ALL
        .into_iter()
        .map(|lang| {
            let name = lang.code().to_string();
            (name, page_html(lang, LanguagePageKind::Journey, &root))
        })
        .chain(Lang::ALL.into_iter().map(|lang| {
            let name = format!("{}-cases", lang.code());
            (name, page_html(lang, LanguagePageKind::Cases, &root))
        }))
        .chain([
            ("top".into(), top_page_html(TopPage::Top, &root)),
            ("not-found".into(), top_page_html(TopPage::NotFound, &root)),
        ]);
    for (name, html) in pages {
        let path = dir.join(&name).join("index.html");
        std::fs::create_dir_all(dir.join(&name))
            .and_then(|()| std::fs::write(&path, html))
            .unwrap_or_else(|e| fail(&path, e));
        println!("{}", path.display());
    }
}

/// The path of `to` seen from the folder `from` (both absolute), in `/`-separated form: `../../..` or `../x`.
fn relative(from: &Path, to: &Path) -> String {
    let (from, to): (Vec<Component>, Vec<Component>) =
        (from.components().collect(), to.components().collect());
    let shared = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let up = std::iter::repeat_n("..".to_string(), from.len() - shared);
    let down = to[shared..]
        .iter()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    let parts: Vec<String> = up.chain(down).collect();
    if parts.is_empty() {
        ".".into()
    } else {
        parts.join("/")
    }
}

//! Writes the start page rendered ahead of time, one file per language (`kk.html`, `ru.html`, `en.html`), into the
//! folder given: the markup `scripts/assemble-dist.mjs` puts inside each language's `<div id="app">`.
//! Usage: cargo run --release --features prerender --bin ruqsat-prerender -- DIR

use ruqsat_core::lang::Lang;

fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: ruqsat-prerender DIR");
        std::process::exit(2);
    };
    let dir = std::path::PathBuf::from(dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: cannot create {}: {e}", dir.display());
        std::process::exit(1);
    }
    for lang in Lang::ALL {
        let path = dir.join(format!("{}.html", lang.code()));
        if let Err(e) = std::fs::write(&path, ruqsat::ui::prerender::start_page_html(lang)) {
            eprintln!("error: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
        println!("{}", path.display());
    }
}

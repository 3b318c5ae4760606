//! The web entry point Trunk builds (`index.html`: `data-bin="ruqsat-web"`).

#[cfg(target_arch = "wasm32")]
fn main() {
    ruqsat::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ruqsat-web is the browser app: build it with `trunk build` or run `make serve`.");
    std::process::exit(2);
}

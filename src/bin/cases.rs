//! The "Your cases" page's entry point (`/kk/cases/`, its own bundle: `ui::prerender`, `scripts/build-release.sh`).

#[cfg(target_arch = "wasm32")]
fn main() {
    ruqsat::ui::start_cases();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ruqsat-cases is the browser's cases page: build it with scripts/build-release.sh (make build).");
    std::process::exit(2);
}

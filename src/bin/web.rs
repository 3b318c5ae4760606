//! The web entry point Trunk builds (`index.html`: `data-bin="ruqsat-web"`).

#[cfg(target_arch = "wasm32")]
fn main() {
    ruqsat::ui::start();
}

/// The browser tests' way to force a panic (`e2e/start.spec.js` calls `wasmBindings.ruqsatTestPanic()`): nothing in
/// the app calls it. An export costs less than a listener for a test event (370 B gzip less, measured).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = ruqsatTestPanic)]
pub fn test_panic() {
    panic!("forced by a browser test")
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ruqsat-web is the browser app: build it with `trunk build` or run `make serve`.");
    std::process::exit(2);
}

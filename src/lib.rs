//! Ruqsat: permits to attract foreign labour in Kazakhstan.
//!
//! This package is the web app; the workspace around it shows the layers:
//!
//! - `ruqsat-core` (`crates/core`) is the pure core: the regulations as cited data and the logic over them. Its
//!   dependencies cannot reach yew, web-sys, gloo, js-sys or wasm-bindgen; it is tested natively with `cargo test`.
//! - `ruqsat-wording` (`crates/wording`) says the core's facts and the interface in Kazakh, Russian and English;
//!   the web app and the command-line program both use it.
//! - `ruqsat-cli` (`crates/cli`) is the `ruqsat` command-line program over the core (native only).
//! - [`ui`], here, is the thin Yew shell that renders the core and dispatches actions to a reducer.

/// The allocator of the browser build: a small free-list allocator instead of dlmalloc (3.9 KB gzip less). The
/// bundle runs on the page's one thread, which is what `AssumeSingleThreaded` requires.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the wasm bundle is single-threaded (no threads, no shared memory are enabled), so no two allocations run
// at once.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

pub mod ui;

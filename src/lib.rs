//! Ruqsat: permits to attract foreign labour in Kazakhstan.
//!
//! - [`core`] is the pure core: the regulations as cited data and the logic over them. It imports no yew,
//!   web-sys or gloo and is tested natively with `cargo test`.
//! - [`i18n`] holds the interface's wording in Kazakh, Russian and English (also pure).
//! - `cli` (native only) is the `ruqsat` command-line program over the core.
//! - [`ui`] is the thin Yew shell that renders the core and dispatches actions to a reducer.

/// Text in Kazakh, Russian and English: `localized! { kk: "…", ru: "…", en: "…" }` builds a
/// [`core::lang::Localized`]. Every language is required. In a one-language bundle (feature `lang-kk`, `lang-ru` or
/// `lang-en`) the other two are dropped at compile time, so their bytes never reach the wasm.
#[macro_export]
macro_rules! localized {
    { kk: $kk:expr, ru: $ru:expr, en: $en:expr $(,)? } => {
        $crate::core::lang::Localized::new($kk, $ru, $en)
    };
}

/// The allocator of the browser build: a small free-list allocator instead of dlmalloc (3.9 KB gzip less). The
/// bundle runs on the page's one thread, which is what `AssumeSingleThreaded` requires.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the wasm bundle is single-threaded (no threads, no shared memory are enabled), so no two allocations run
// at once.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod core;
pub mod i18n;
pub mod ui;

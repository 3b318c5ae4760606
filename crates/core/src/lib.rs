//! Ruqsat's pure core: the two regulations as cited data (editions, procedures, documents, permits), the calendar,
//! term counting, the timeline, the checklist and its validation, and the question flow.
//!
//! This crate's dependencies cannot reach yew, web-sys, gloo, js-sys or wasm-bindgen (its `Cargo.toml` has none of
//! them, and `tests/core_is_pure.rs` greps its sources as a second guard). It is tested natively with `cargo test`.

/// Text in Kazakh, Russian and English: `localized! { kk: "…", ru: "…", en: "…" }` builds a
/// [`lang::Localized`]. Every language is required. In a one-language bundle (feature `lang-kk`, `lang-ru` or
/// `lang-en`) the other two are dropped at compile time, so their bytes never reach the wasm.
#[macro_export]
macro_rules! localized {
    { kk: $kk:expr, ru: $ru:expr, en: $en:expr $(,)? } => {
        $crate::lang::Localized::new($kk, $ru, $en)
    };
}

pub mod agenda;
pub mod calendar;
pub mod case;
pub mod checklist;
pub mod codes;
pub mod counting;
pub mod documents;
pub mod editions;
pub mod evidence;
pub mod file_check;
pub mod flow;
pub mod identifiers;
pub mod iso;
pub mod lang;
pub mod permits;
pub mod procedures;
pub mod provisions;
pub mod remedies;
pub mod sources;
pub mod timeline;

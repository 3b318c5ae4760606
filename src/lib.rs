//! Ruqsat: permits to attract foreign labour in Kazakhstan.
//!
//! - [`core`] is the pure core: the regulations as cited data and the logic over them. It imports no yew,
//!   web-sys or gloo and is tested natively with `cargo test`.
//! - [`i18n`] holds the interface's wording in Kazakh, Russian and English (also pure).
//! - [`ui`] is the thin Yew shell that renders the core and dispatches actions to a reducer.

pub mod core;
pub mod i18n;
pub mod ui;

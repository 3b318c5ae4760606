//! The pure core. Nothing in here may import yew, web-sys, gloo or anything else that needs a browser:
//! `tests/core_is_pure.rs` fails if it does.

pub mod calendar;
pub mod case;
pub mod checklist;
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
pub mod timeline;

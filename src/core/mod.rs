//! The pure core. Nothing in here may import yew, web-sys, gloo or anything else that needs a browser:
//! `tests/core_is_pure.rs` fails if it does.

pub mod editions;
pub mod evidence;
pub mod lang;

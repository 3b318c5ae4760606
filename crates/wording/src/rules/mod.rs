//! The words of the core's rule files: one module per concern, each an exhaustive match from the core's typed keys
//! to their texts, so that a new key without words does not compile.

pub mod counting;
pub mod procedures;

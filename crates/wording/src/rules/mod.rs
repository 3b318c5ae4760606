//! The words of the core's rule files, one module per concern: a typed key in, its sentence in kk/ru/en out. Every
//! function matches its key exhaustively, so a key without words does not compile.

pub mod counting;
pub mod permits;
pub mod procedures;

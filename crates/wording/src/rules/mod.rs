//! The words of the core's rule files, one module per core concern: each turns the core's typed keys into
//! kk/ru/en texts with an exhaustive match, so a key without words does not compile.

pub mod calendar;
pub mod checklist;
pub mod counting;
pub mod deadlines;
pub mod documents;
pub mod editions;
pub mod evidence;
pub mod permits;
pub mod procedures;
pub mod provisions;

//! Huitan (会谈): find who met whom in Chinese political news.
//!
//! `core` is the pure extraction library (no web dependency), shared by the `extract`
//! command-line tool and the browser app in `web`, which only exists on wasm32.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod web;

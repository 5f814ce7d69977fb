//! Huitan (会谈): find who met whom in Chinese political news.
//!
//! `core` is the pure extraction library (no web dependency), shared by the `extract`
//! command-line tool and the browser app in `web`, which only exists on wasm32.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(not(target_arch = "wasm32"))]
#[path = "web/archive/layout.rs"]
pub mod archive_layout;
#[cfg(not(target_arch = "wasm32"))]
#[path = "web/archive/picks.rs"]
pub mod archive_picks;
#[cfg(not(target_arch = "wasm32"))]
#[path = "web/archive/sort.rs"]
pub mod archive_sort;
/// The pure parts of the web app, also built natively so that their unit tests run under
/// `cargo test` (on wasm32 they are `web::corrections`, `web::party_search`, `web::said`,
/// `web::archive::picks` and `web::archive::sort`).
#[cfg(not(target_arch = "wasm32"))]
#[path = "web/corrections.rs"]
pub mod corrections;
#[cfg(not(target_arch = "wasm32"))]
#[path = "web/party_search.rs"]
pub mod party_search;
#[cfg(not(target_arch = "wasm32"))]
#[path = "web/said.rs"]
pub mod said;

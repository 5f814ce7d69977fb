//! The archive view: thousands of articles read from a JSONL, CSV or folder, shown as one
//! meetings table, a timeline and a network. It is a wasm binary of its own (`src/bin/archive.rs`),
//! loaded only when an archive is opened, so that none of it weighs on the page's first load.

pub mod components;
pub mod exports;
pub mod handoff;
pub mod job;
pub mod layout;
pub mod panels;
pub mod picks;
pub mod sort;
pub mod state;
pub mod table;
pub mod view;
pub mod worker;

pub use view::start;

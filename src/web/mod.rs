//! The browser app (wasm32 only): Yew components over [`crate::core::analyze`].
//!
//! `state` holds the one reducer; `components/` has one small component per file, each taking
//! data and callbacks as props. Nothing here sends the text anywhere.

pub mod archive;
pub mod components;
pub mod corrections;
pub mod decoder;
pub mod export;
pub mod export_job;
pub mod exporter;
pub mod filters;
pub mod i18n;
pub mod job;
pub mod names;
pub mod party_search;
pub mod said;
pub mod sample;
pub mod scroll;
pub mod segments;
pub mod share;
pub mod shared;
pub mod state;
pub mod storage;
pub mod wire;
pub mod worker;

pub use components::app::App;

/// Mounts the app into `<main id="app">` (or the body) and reports panics on the page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = format!("huitan: {info}");
        gloo::console::error!(message);
        storage::show_fatal();
    }));
    let document = gloo::utils::document();
    if let Some(boot) = document.get_element_by_id("boot-message") {
        boot.remove();
    }
    match document.get_element_by_id("app") {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

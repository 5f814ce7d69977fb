//! Scrolling the page to a part of it, and whether the screen is a phone's. On a phone the
//! input, the cards and the text are one column thousands of pixels long: a paste scrolls to
//! the results, and a tapped card stays in view (it shows its own sentence).

use web_sys::ScrollLogicalPosition;

/// The selected meeting's sentence in the marked-up text.
pub const ACTIVE_TEXT: &str = "[data-testid=\"text-view\"] [data-active=\"true\"]";

/// Whether the window is as narrow as a phone's (the stylesheet's one-column layout).
pub fn narrow() -> bool {
    gloo::utils::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w <= 480.0)
}

/// Scrolls the first element that `selector` finds into view, placed at `block`.
pub fn to(selector: &str, block: ScrollLogicalPosition) {
    if let Ok(Some(el)) = gloo::utils::document().query_selector(selector) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(block);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

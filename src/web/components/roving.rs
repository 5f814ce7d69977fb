//! Roving focus: one tab stop for a group of items (the marks of the text view, the divisions
//! of the map), the arrow keys, Home and End moving between them, so that the keyboard does not
//! have to Tab through hundreds of marks.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// On an arrow key, Home or End pressed inside the element matching `within`, focuses the next
/// (previous, first, last) element matching `items` in it and returns it; `None` for other
/// keys (the browser's handling is stopped only when an item was focused).
pub fn rove(e: &KeyboardEvent, within: &str, items: &str) -> Option<web_sys::Element> {
    let step: i64 = match e.key().as_str() {
        "ArrowRight" | "ArrowDown" => 1,
        "ArrowLeft" | "ArrowUp" => -1,
        "Home" => i64::MIN,
        "End" => i64::MAX,
        _ => return None,
    };
    let target: web_sys::Element = e.target_dyn_into()?;
    // A field inside the group (an article's date in the text view) keeps its arrow keys.
    if matches!(target.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA") {
        return None;
    }
    let root = target.closest(within).ok()??;
    let list = root.query_selector_all(items).ok()?;
    let n = i64::from(list.length());
    if n == 0 {
        return None;
    }
    let at = (0..n).find(|&i| {
        list.item(i as u32)
            .is_some_and(|node| node == *target.unchecked_ref::<web_sys::Node>())
    });
    let next = match (step, at) {
        (i64::MIN, _) => 0,
        (i64::MAX, _) => n - 1,
        (s, Some(i)) => (i + s).clamp(0, n - 1),
        // From the group itself: into its first item, or its last one going back.
        (s, None) if s > 0 => 0,
        _ => n - 1,
    };
    let el: web_sys::Element = list.item(next as u32)?.dyn_into().ok()?;
    e.prevent_default();
    // SVG elements have focus() too; the binding calls it on the object itself.
    el.unchecked_ref::<web_sys::HtmlElement>().focus().ok()?;
    Some(el)
}

/// Focuses the element of this id (a skip link's target) (focus brings it into view).
pub fn focus_id(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        let _ = el.unchecked_ref::<web_sys::HtmlElement>().focus();
    }
}

/// A skip link's click: focuses its target without writing `#id` into the address, whose hash
/// holds the filters and share links.
pub fn skip_to(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        focus_id(id);
    })
}

//! Small inline SVG icons for the event kinds (no icon font, nothing fetched).

use yew::prelude::*;

use crate::core::EventKind;

#[derive(Properties, PartialEq)]
pub struct KindIconProps {
    pub kind: EventKind,
}

/// The icon of an event kind; decorative (the kind's word stands beside it).
#[function_component(KindIcon)]
pub fn kind_icon(props: &KindIconProps) -> Html {
    let path = match props.kind {
        // Two speech bubbles.
        EventKind::Talks => "M3 4h11v8H7l-4 3zM10 14h4l3-2h0V8h4v8h-3v3l-4-3h-4z",
        // Three heads around a table.
        EventKind::Symposium => {
            "M12 3a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5zM5 7a2 2 0 1 1 0 4a2 2 0 1 1 0-4zM19 7a2 2 0 1 1 0 4a2 2 0 1 1 0-4zM3 14h18v3H3zM6 17h2v4H6zM16 17h2v4h-2z"
        }
        // A pen over a line.
        EventKind::Signing => "M15 3l6 6L9 21H3v-6zM3 22h18v1H3z",
        // A door with an arrow.
        EventKind::Visit => "M4 3h10v18H4zM11 11h2v2h-2zM16 11h5l-2-2h2l3 3-3 3h-2l2-2h-5z",
        // A magnifying glass.
        EventKind::Inspection => {
            "M10 3a7 7 0 1 1 0 14a7 7 0 1 1 0-14zm0 3a4 4 0 1 0 0 8a4 4 0 1 0 0-8zM15 15l2-2 5 5-2 2z"
        }
        // A lectern.
        EventKind::Conference => "M4 4h16v3H4zM9 7h6v11H9zM6 18h12v3H6z",
        EventKind::Other => "M12 7a5 5 0 1 1 0 10a5 5 0 1 1 0-10z",
    };
    html! {
        <svg class="kind-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path d={path} fill="currentColor" fill-rule="evenodd" />
        </svg>
    }
}

//! The zh/en switch.

use yew::prelude::*;

use crate::web::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct LangToggleProps {
    pub lang: Lang,
    pub on_change: Callback<Lang>,
}

#[function_component(LangToggle)]
pub fn lang_toggle(props: &LangToggleProps) -> Html {
    let next = props.lang.other();
    let onclick = {
        let on_change = props.on_change.clone();
        Callback::from(move |_| on_change.emit(next))
    };
    let (label, title) = match props.lang {
        Lang::Zh => ("English", "Switch to English"),
        Lang::En => ("中文", "切换到中文"),
    };
    html! {
        <button type="button" class="lang-toggle" data-testid="lang-toggle"
            data-lang={props.lang.as_str()} lang={next.html_lang()}
            aria-label={title} title={title} {onclick}>
            { label }
        </button>
    }
}

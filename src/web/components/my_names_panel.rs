//! "My names": the user's own organisations and people, which every analysis reads (the lexicons
//! lack most provincial firms, associations and private companies), with their export and import.
//!
//! The dictionary lives in the state; this panel only edits a copy and hands it back.

use crate::web::i18n::{names_problem, unreadable, Said};
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use gloo::file::File;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::core::names::{split_aliases, OrgKind, UserNames, UserOrg, UserPerson};
use crate::web::components::province_map::map_data;
use crate::web::export;
use crate::web::i18n::{province_name, Lang};

#[derive(Properties, PartialEq)]
pub struct MyNamesProps {
    pub names: Rc<UserNames>,
    pub lang: Lang,
    /// The edited dictionary.
    pub on_change: Callback<UserNames>,
}

/// How a kind of organisation reads in the form.
fn kind_label(kind: OrgKind, lang: Lang) -> &'static str {
    match kind {
        OrgKind::Province => lang.tr("省级行政区", "Province"),
        OrgKind::City => lang.tr("城市", "City"),
        OrgKind::Central => lang.tr("中央机关", "Central body"),
        OrgKind::CentralSoe => lang.tr("中央企业", "Central SOE"),
        OrgKind::Firm => lang.tr("其他企业", "Other firm"),
        OrgKind::University => lang.tr("高校", "University"),
        OrgKind::Association => lang.tr("协会、商会", "Association"),
        OrgKind::Other => lang.tr("其他", "Other"),
    }
}

fn value(node: &NodeRef) -> String {
    node.cast::<HtmlInputElement>()
        .map(|i| i.value().trim().to_string())
        .unwrap_or_default()
}

fn select_value(node: &NodeRef) -> String {
    node.cast::<HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

fn clear(nodes: &[&NodeRef]) {
    for n in nodes {
        if let Some(i) = n.cast::<HtmlInputElement>() {
            i.set_value("");
        }
    }
}

/// The refs of the organisation form's fields.
#[derive(Clone, Default, PartialEq)]
struct OrgFields {
    name: NodeRef,
    aliases: NodeRef,
    kind: NodeRef,
    province: NodeRef,
    english: NodeRef,
}

impl OrgFields {
    fn read(&self) -> UserOrg {
        let province = select_value(&self.province);
        let english = value(&self.english);
        UserOrg {
            name: value(&self.name),
            aliases: split_aliases(&value(&self.aliases)),
            kind: OrgKind::parse(&select_value(&self.kind)).unwrap_or_default(),
            province: (!province.is_empty()).then_some(province),
            english: (!english.is_empty()).then_some(english),
        }
    }
}

/// The refs of the person form's fields.
#[derive(Clone, Default, PartialEq)]
struct PersonFields {
    name: NodeRef,
    title: NodeRef,
    org: NodeRef,
}

impl PersonFields {
    fn read(&self) -> UserPerson {
        UserPerson {
            name: value(&self.name),
            title: value(&self.title),
            org: value(&self.org),
        }
    }
}

/// A form's submit: `add` gives the dictionary with the form's entry, or `None` when its name is
/// under two characters, which is refused with a sentence.
fn submit(
    names: &Rc<UserNames>,
    on_change: &Callback<UserNames>,
    problem: &UseStateHandle<Option<Said>>,
    add: impl Fn(&UserNames) -> Option<UserNames> + 'static,
) -> Callback<SubmitEvent> {
    let (names, on_change, problem) = (names.clone(), on_change.clone(), problem.clone());
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        match add(&names) {
            Some(next) => {
                problem.set(None);
                on_change.emit(next);
            }
            None => problem.set(Some(Said::new(
                "名称至少要两个字。",
                "A name needs two characters or more.",
            ))),
        }
    })
}

#[function_component(MyNamesPanel)]
pub fn my_names_panel(props: &MyNamesProps) -> Html {
    let lang = props.lang;
    let problem = use_state(|| None::<Said>);
    let reader = use_mut_ref(|| None::<FileReader>);
    let org = use_memo((), |_| OrgFields::default());
    let person = use_memo((), |_| PersonFields::default());

    let on_org = {
        let org = org.clone();
        submit(&props.names, &props.on_change, &problem, move |names| {
            let entry = org.read();
            (entry.name.chars().count() >= 2).then(|| {
                clear(&[&org.name, &org.aliases, &org.english]);
                names.with_org(entry)
            })
        })
    };
    let on_person = {
        let person = person.clone();
        submit(&props.names, &props.on_change, &problem, move |names| {
            let entry = person.read();
            (entry.name.chars().count() >= 2).then(|| {
                clear(&[&person.name, &person.title, &person.org]);
                names.with_person(entry)
            })
        })
    };
    let on_export = {
        let (names, problem) = (props.names.clone(), problem.clone());
        Callback::from(move |_| {
            if let Err(msg) = export::download(
                "huitan-my-names.json",
                "application/json",
                &export::pretty(&names.to_json()),
            ) {
                problem.set(Some(msg));
            }
        })
    };
    let on_import = {
        let (names, cb, problem) = (
            props.names.clone(),
            props.on_change.clone(),
            problem.clone(),
        );
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                let (names, cb, problem) = (names.clone(), cb.clone(), problem.clone());
                let task = gloo::file::callbacks::read_as_text(&File::from(file), move |res| {
                    match res
                        .map_err(|_| unreadable())
                        .and_then(|json| UserNames::from_json(&json).map_err(|p| names_problem(&p)))
                    {
                        Ok(theirs) => {
                            problem.set(None);
                            cb.emit(names.merged(&theirs));
                        }
                        Err(msg) => problem.set(Some(msg)),
                    }
                });
                *reader.borrow_mut() = Some(task);
            }
            input.set_value("");
        })
    };
    let remove = |name: String| {
        let (names, cb) = (props.names.clone(), props.on_change.clone());
        Callback::from(move |_| cb.emit(names.without(&name)))
    };
    let count = props.names.organisations.len() + props.names.people.len();

    html! {
        <details class="my-names" data-testid="my-names" data-count={count.to_string()} open=true>
            <summary>{ lang.tr("我的名称", "My names") }{ format!(" ({count})") }</summary>
            <p class="hint">{ lang.tr(
                "词典里没有的机构和人物：每次分析都会用到，只保存在本浏览器中。",
                "Organisations and people the lexicons lack: every analysis uses them. They stay in this browser.") }</p>
            { org_form(&org, lang, on_org) }
            { person_form(&person, &props.names, lang, on_person) }
            { entry_list(&props.names, lang, remove) }
            <div class="share-controls">
                <button type="button" class="button button-quiet" data-testid="my-names-export"
                    disabled={count == 0} onclick={on_export}>
                    { lang.tr("导出我的名称", "Export my names") }
                </button>
                <label class="button button-quiet file-button">
                    { lang.tr("导入我的名称", "Import my names") }
                    <input type="file" class="visually-hidden" data-testid="my-names-import"
                        accept=".json,application/json" onchange={on_import} />
                </label>
            </div>
            if let Some(msg) = (*problem).clone() {
                <p class="status status-error" data-testid="my-names-error" role="alert">{ msg.get(props.lang).to_string() }</p>
            }
        </details>
    }
}

fn org_form(f: &OrgFields, lang: Lang, onsubmit: Callback<SubmitEvent>) -> Html {
    let provinces = map_data().divisions.iter().map(|d| {
        let name = province_name(d.iso, lang).unwrap_or_else(|| d.iso.to_string());
        html! { <option value={d.iso}>{ name }</option> }
    });
    html! {
        <form class="my-names-form" data-testid="my-names-org-form" {onsubmit}
            aria-label={lang.tr("添加机构", "Add an organisation")}>
            <label>{ lang.tr("机构名称", "Organisation name") }
                <input type="text" ref={f.name.clone()} data-testid="my-org-name" required=true /></label>
            <label>{ lang.tr("其他名称（逗号分隔）", "Other names (comma-separated)") }
                <input type="text" ref={f.aliases.clone()} data-testid="my-org-aliases" /></label>
            <label>{ lang.tr("类型", "Kind") }
                <select ref={f.kind.clone()} data-testid="my-org-kind">
                    { for OrgKind::ALL.iter().map(|k| html! {
                        <option value={k.as_str()} selected={*k == OrgKind::Firm}>{ kind_label(*k, lang) }</option>
                    }) }
                </select></label>
            <label>{ lang.tr("所在省份", "Province") }
                <select ref={f.province.clone()} data-testid="my-org-province">
                    <option value="">{ "—" }</option>
                    { for provinces }
                </select></label>
            <label>{ lang.tr("英文名（可选）", "English name (optional)") }
                <input type="text" ref={f.english.clone()} data-testid="my-org-english" /></label>
            <button type="submit" class="button" data-testid="my-org-add">{ lang.tr("添加机构", "Add organisation") }</button>
        </form>
    }
}

fn person_form(
    f: &PersonFields,
    names: &UserNames,
    lang: Lang,
    onsubmit: Callback<SubmitEvent>,
) -> Html {
    html! {
        <form class="my-names-form" data-testid="my-names-person-form" {onsubmit}
            aria-label={lang.tr("添加人物", "Add a person")}>
            <label>{ lang.tr("人物姓名", "Person's name") }
                <input type="text" ref={f.name.clone()} data-testid="my-person-name" required=true /></label>
            <label>{ lang.tr("职务", "Title") }
                <input type="text" ref={f.title.clone()} data-testid="my-person-title" /></label>
            <label>{ lang.tr("所在机构", "Organisation") }
                <input type="text" ref={f.org.clone()} data-testid="my-person-org" list="my-names-orgs" /></label>
            <datalist id="my-names-orgs">
                { for names.organisations.iter().map(|o| html! { <option value={o.name.clone()} /> }) }
            </datalist>
            <button type="submit" class="button" data-testid="my-person-add">{ lang.tr("添加人物", "Add person") }</button>
        </form>
    }
}

fn entry_list(
    names: &UserNames,
    lang: Lang,
    remove: impl Fn(String) -> Callback<MouseEvent>,
) -> Html {
    let remove_label = |name: &str| match lang {
        Lang::Zh => format!("删除“{name}”"),
        Lang::En => format!("Remove “{name}”"),
    };
    let orgs = names.organisations.iter().map(|o| {
        let place = o.province.as_deref().and_then(|p| province_name(p, lang)).unwrap_or_default();
        html! {
            <li data-testid="my-names-entry" data-name={o.name.clone()} data-kind={o.kind.as_str()}>
                <span>{ &o.name }</span>
                <span class="hint">{ format!(" {} {}", kind_label(o.kind, lang), place) }</span>
                <button type="button" class="button button-quiet" data-testid="my-names-remove"
                    aria-label={remove_label(&o.name)} onclick={remove(o.name.clone())}>{ "×" }</button>
            </li>
        }
    });
    let people = names.people.iter().map(|p| html! {
        <li data-testid="my-names-entry" data-name={p.name.clone()} data-kind="person">
            <span>{ &p.name }</span>
            <span class="hint">{ format!(" {} {}", p.org, p.title) }</span>
            <button type="button" class="button button-quiet" data-testid="my-names-remove"
                aria-label={remove_label(&p.name)} onclick={remove(p.name.clone())}>{ "×" }</button>
        </li>
    });
    html! {
        <ul class="my-names-list" data-testid="my-names-list">
            { for orgs }
            { for people }
        </ul>
    }
}

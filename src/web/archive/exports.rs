//! The archive view's exports: the network of the meetings shown as GraphML or GEXF, the
//! meetings shown as CSV with their articles' URLs (all written here, by the core's writers that
//! the CLI uses), and one JSON document per article, which the worker writes by reading the
//! archive again, so that the page never holds thousands of documents.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::job::{ArchiveJob, Loaded, Reply, Source};
use crate::core::archive::{meetings_csv, Graph, Meeting};
use crate::web::export::{download, download_blob};
use crate::web::said::{Lang, Said};
use crate::web::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    pub loaded: Shared<Loaded>,
    /// The meetings shown (filtered): what the network and CSV exports hold.
    pub rows: Shared<Vec<usize>>,
    pub source: Option<Rc<Source>>,
    pub lang: Lang,
}

fn shown<'a>(loaded: &'a Loaded, rows: &'a [usize]) -> impl Iterator<Item = &'a Meeting> + Clone {
    rows.iter().filter_map(|&i| loaded.meetings.get(i))
}

/// The JSONL export's button: a worker reads the archive again and hands back a Blob.
fn documents_export(
    source: Option<Rc<Source>>,
    problem: &UseStateHandle<Option<Said>>,
    writing: &UseStateHandle<bool>,
    job: &Rc<RefCell<Option<ArchiveJob>>>,
) -> Callback<MouseEvent> {
    let (problem, writing, job) = (problem.clone(), writing.clone(), job.clone());
    Callback::from(move |_| {
        let Some(source) = source.as_ref() else {
            return;
        };
        let (said, done, holder) = (problem.clone(), writing.clone(), job.clone());
        let on = Callback::from(move |reply: Reply| match reply {
            Reply::Documents(blob) => {
                said.set(download_blob("huitan-articles.jsonl", &blob).err());
                done.set(false);
                // The worker is done: stopped once this message's handler has returned.
                let holder = holder.clone();
                gloo::timers::callback::Timeout::new(0, move || drop(holder.borrow_mut().take()))
                    .forget();
            }
            Reply::Failed(why) => {
                said.set(Some(Said::new(
                    format!("导出失败：{why}"),
                    format!("The export failed: {why}"),
                )));
                done.set(false);
            }
            _ => {}
        });
        match ArchiveJob::start("documents", source, on) {
            Ok(started) => {
                *job.borrow_mut() = Some(started);
                writing.set(true);
            }
            Err(why) => problem.set(Some(Said::new(format!("导出失败：{why}"), why))),
        }
    })
}

#[function_component(Exports)]
pub fn exports(props: &ExportsProps) -> Html {
    let lang = props.lang;
    let problem = use_state(|| None::<Said>);
    let writing = use_state(|| false);
    let job: Rc<RefCell<Option<ArchiveJob>>> = use_mut_ref(|| None);
    let write = |format: &'static str| {
        let (loaded, rows, problem) = (props.loaded.clone(), props.rows.clone(), problem.clone());
        Callback::from(move |_| {
            let meetings = shown(&loaded, &rows);
            let (name, mime, content) = match format {
                "graphml" => (
                    "huitan-network.graphml",
                    "application/graphml+xml",
                    Graph::of(meetings).graphml(&loaded.articles),
                ),
                "gexf" => (
                    "huitan-network.gexf",
                    "application/gexf+xml",
                    Graph::of(meetings).gexf(&loaded.articles),
                ),
                _ => (
                    "huitan-meetings.csv",
                    "text/csv;charset=utf-8",
                    meetings_csv(meetings, &loaded.articles),
                ),
            };
            problem.set(download(name, mime, &content).err());
        })
    };
    let documents = documents_export(props.source.clone(), &problem, &writing, &job);
    html! {
        <div class="archive-exports" role="group" aria-label={lang.tr("导出", "Export")}>
            <button type="button" class="button" data-testid="export-graphml" onclick={write("graphml")}>
                { lang.tr("导出网络（GraphML）", "Network (GraphML)") }
            </button>
            <button type="button" class="button" data-testid="export-gexf" onclick={write("gexf")}>
                { lang.tr("导出网络（GEXF）", "Network (GEXF)") }
            </button>
            <button type="button" class="button" data-testid="archive-export-csv" onclick={write("csv")}>
                { lang.tr("导出会见表（CSV）", "Meetings (CSV)") }
            </button>
            <button type="button" class="button" data-testid="archive-export-jsonl" onclick={documents}
                disabled={*writing} aria-busy={writing.to_string()}>
                { if *writing { lang.tr("正在写出每篇文章……", "Writing every article…") } else { lang.tr("导出每篇文章（JSONL）", "Every article (JSONL)") } }
            </button>
            if let Some(p) = (*problem).clone() {
                <p class="status status-error" role="alert" data-testid="archive-export-error">{ p.get(lang).to_string() }</p>
            }
        </div>
    }
}

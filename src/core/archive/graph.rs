//! The archive as a network: parties as nodes, meetings as edges weighted by count.
//!
//! [`Graph::of`] builds it from any selection of the meetings table; [`Graph::graphml`] and
//! [`Graph::gexf`] write it for Gephi, networkx and igraph.

use std::collections::HashMap;
use std::fmt::Write;

use quick_xml::escape::escape;
use serde::Serialize;

use super::{ArticleMeta, Meeting};
use crate::core::lexicon::party_info;
use crate::core::{EventKind, PartyKind, PartyRef};

/// A party of the network.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Node {
    pub id: String,
    /// The lexicon's name for it, else the name the text first wrote.
    pub name: String,
    pub english: Option<String>,
    pub kind: PartyKind,
    pub province: Option<String>,
    /// How many meetings it took part in.
    pub meetings: usize,
}

/// The meetings between two parties, `source` < `target` by id.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edge {
    pub source: String,
    pub target: String,
    /// The number of meetings.
    pub weight: usize,
    /// Their kinds, each once, in the order first met.
    pub kinds: Vec<EventKind>,
    /// Their start dates (ISO), each once, sorted.
    pub dates: Vec<String>,
    /// The articles that report them (indices into the archive's articles), each once, sorted.
    pub articles: Vec<usize>,
}

impl Edge {
    /// `data-edge`: the two ids with a space.
    pub fn key(&self) -> String {
        format!("{} {}", self.source, self.target)
    }
}

/// Parties and the meetings between them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

impl Graph {
    /// The network of `meetings`: a meeting of three parties is an edge between each two.
    /// Nodes and edges come sorted by id, so the same meetings give the same file.
    pub fn of<'a>(meetings: impl IntoIterator<Item = &'a Meeting>) -> Graph {
        let mut nodes: HashMap<&str, Node> = HashMap::new();
        let mut edges: HashMap<(&str, &str), Edge> = HashMap::new();
        for m in meetings {
            for p in &m.parties {
                nodes.entry(&p.id).or_insert_with(|| node(p)).meetings += 1;
            }
            for (i, a) in m.parties.iter().enumerate() {
                for b in &m.parties[i + 1..] {
                    if a.id != b.id {
                        add_meeting(&mut edges, a, b, m);
                    }
                }
            }
        }
        let mut nodes: Vec<Node> = nodes.into_values().collect();
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        let mut edges: Vec<Edge> = edges.into_values().collect();
        for e in &mut edges {
            e.dates.sort();
            e.dates.dedup();
            e.articles.sort_unstable();
            e.articles.dedup();
        }
        edges.sort_by(|a, b| (&a.source, &a.target).cmp(&(&b.source, &b.target)));
        Graph { nodes, edges }
    }

    /// GraphML (graphml.graphdrawing.org), with the attributes declared as keys.
    pub fn graphml(&self, articles: &[ArticleMeta]) -> String {
        let mut out = String::from(concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ",
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
            "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns ",
            "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        ));
        for (id, domain, name, kind) in GRAPHML_KEYS {
            let _ = writeln!(
                out,
                "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>"
            );
        }
        out.push_str("  <graph id=\"huitan\" edgedefault=\"undirected\">\n");
        for n in &self.nodes {
            let _ = writeln!(out, "    <node id=\"{}\">", escape(&n.id));
            for (key, value) in node_values(n) {
                let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", escape(&value));
            }
            out.push_str("    </node>\n");
        }
        for (i, e) in self.edges.iter().enumerate() {
            let _ = writeln!(
                out,
                "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
                escape(&e.source),
                escape(&e.target)
            );
            for (key, value) in edge_values(e, articles) {
                let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", escape(&value));
            }
            out.push_str("    </edge>\n");
        }
        out.push_str("  </graph>\n</graphml>\n");
        out
    }

    /// GEXF 1.3 (gexf.net), Gephi's own format, with the same attributes.
    pub fn gexf(&self, articles: &[ArticleMeta]) -> String {
        let mut out = String::from(concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n",
            "  <meta><creator>Huitan</creator><description>Meetings between parties</description></meta>\n",
            "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n"
        ));
        for domain in ["node", "edge"] {
            let _ = writeln!(out, "    <attributes class=\"{domain}\">");
            // GEXF has the label and the weight built in: they are no attributes there.
            let keys = GRAPHML_KEYS
                .iter()
                .filter(|k| k.1 == domain && k.0 != "n_name" && k.0 != "e_weight");
            for (id, _, name, kind) in keys {
                let kind = if *kind == "int" { "integer" } else { kind };
                let _ = writeln!(
                    out,
                    "      <attribute id=\"{}\" title=\"{name}\" type=\"{kind}\"/>",
                    &id[2..]
                );
            }
            out.push_str("    </attributes>\n");
        }
        out.push_str("    <nodes>\n");
        for n in &self.nodes {
            let _ = writeln!(
                out,
                "      <node id=\"{}\" label=\"{}\"><attvalues>",
                escape(&n.id),
                escape(&n.name)
            );
            for (key, value) in node_values(n).into_iter().filter(|(k, _)| *k != "n_name") {
                let _ = writeln!(
                    out,
                    "        <attvalue for=\"{}\" value=\"{}\"/>",
                    &key[2..],
                    escape(&value)
                );
            }
            out.push_str("      </attvalues></node>\n");
        }
        out.push_str("    </nodes>\n    <edges>\n");
        for (i, e) in self.edges.iter().enumerate() {
            let _ = writeln!(
                out,
                "      <edge id=\"e{i}\" source=\"{}\" target=\"{}\" weight=\"{}\"><attvalues>",
                escape(&e.source),
                escape(&e.target),
                e.weight
            );
            for (key, value) in edge_values(e, articles)
                .into_iter()
                .filter(|(k, _)| *k != "e_weight")
            {
                let _ = writeln!(
                    out,
                    "        <attvalue for=\"{}\" value=\"{}\"/>",
                    &key[2..],
                    escape(&value)
                );
            }
            out.push_str("      </attvalues></edge>\n");
        }
        out.push_str("    </edges>\n  </graph>\n</gexf>\n");
        out
    }
}

/// The attributes of both formats: key id, what it is for, name and type.
const GRAPHML_KEYS: [(&str, &str, &str, &str); 10] = [
    ("n_name", "node", "name", "string"),
    ("n_english", "node", "english", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_province", "node", "province", "string"),
    ("n_meetings", "node", "meetings", "int"),
    ("e_weight", "edge", "weight", "int"),
    ("e_date", "edge", "date", "string"),
    ("e_kind", "edge", "kind", "string"),
    ("e_dates", "edge", "dates", "string"),
    ("e_articles", "edge", "articles", "string"),
];

fn node_values(n: &Node) -> Vec<(&'static str, String)> {
    vec![
        ("n_name", n.name.clone()),
        ("n_english", n.english.clone().unwrap_or_default()),
        ("n_kind", kind_name(n.kind)),
        ("n_province", n.province.clone().unwrap_or_default()),
        ("n_meetings", n.meetings.to_string()),
    ]
}

/// An edge's values; `articles` lists each article's URL, else its title, joined by ` | `.
fn edge_values(e: &Edge, articles: &[ArticleMeta]) -> Vec<(&'static str, String)> {
    let kinds: Vec<&str> = e.kinds.iter().map(|k| k.as_str()).collect();
    let named: Vec<String> = e
        .articles
        .iter()
        .filter_map(|&i| articles.get(i))
        .map(|a| a.url.clone().unwrap_or_else(|| a.title.clone()))
        .collect();
    vec![
        ("e_weight", e.weight.to_string()),
        ("e_date", e.dates.first().cloned().unwrap_or_default()),
        ("e_kind", kinds.join(";")),
        ("e_dates", e.dates.join(";")),
        ("e_articles", named.join(" | ")),
    ]
}

/// The snake_case name of a kind, as the JSON writes it.
pub fn kind_name(kind: PartyKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn node(p: &PartyRef) -> Node {
    let info = party_info(&p.id);
    Node {
        id: p.id.clone(),
        name: info
            .as_ref()
            .map_or_else(|| p.name.clone(), |i| i.name.to_string()),
        english: p
            .english
            .clone()
            .or_else(|| info.as_ref().map(|i| i.english.to_string()))
            .filter(|e| !e.is_empty()),
        kind: p.kind,
        province: p.province.clone(),
        meetings: 0,
    }
}

fn add_meeting<'a>(
    edges: &mut HashMap<(&'a str, &'a str), Edge>,
    a: &'a PartyRef,
    b: &'a PartyRef,
    m: &Meeting,
) {
    let (s, t) = if a.id <= b.id { (a, b) } else { (b, a) };
    let edge = edges.entry((&s.id, &t.id)).or_insert_with(|| Edge {
        source: s.id.clone(),
        target: t.id.clone(),
        weight: 0,
        kinds: Vec::new(),
        dates: Vec::new(),
        articles: Vec::new(),
    });
    edge.weight += 1;
    if !edge.kinds.contains(&m.kind) {
        edge.kinds.push(m.kind);
    }
    if !m.start().is_empty() {
        edge.dates.push(m.start().to_string());
    }
    edge.articles.extend(&m.articles);
}

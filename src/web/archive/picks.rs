//! What the archive's charts let the user pick: a period on the timeline, a node or an edge of
//! the network. The table, the timeline and the network all filter by the same picks.

use crate::core::archive::Meeting;

/// A node (a party id) or an edge (two party ids, the smaller first, as `core::archive::Edge`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Pick {
    Node(String),
    Edge(String, String),
}

impl Pick {
    /// An edge pick with its ids in the network's order.
    pub fn edge(a: &str, b: &str) -> Pick {
        if a <= b {
            Pick::Edge(a.to_string(), b.to_string())
        } else {
            Pick::Edge(b.to_string(), a.to_string())
        }
    }

    /// Whether a meeting is on this node or edge.
    pub fn matches(&self, m: &Meeting) -> bool {
        let has = |id: &str| m.parties.iter().any(|p| p.id == id);
        match self {
            Pick::Node(id) => has(id),
            Pick::Edge(a, b) => a != b && has(a) && has(b),
        }
    }
}

/// Days from `from` to `to`, both ISO (`2024-03-01`) and inclusive.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Period {
    pub from: String,
    pub to: String,
}

impl Period {
    /// Whether a meeting starts in the period; a meeting without a full date is in none.
    pub fn contains(&self, m: &Meeting) -> bool {
        let day = m.start();
        day.len() >= 10
            && !day.starts_with('-')
            && self.from.as_str() <= day
            && day <= self.to.as_str()
    }
}

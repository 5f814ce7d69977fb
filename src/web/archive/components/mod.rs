//! The archive view's charts: a timeline of the meetings by week or month, and the network of
//! the parties that met. Each takes its data and the shared picks as props and reports a new
//! pick through a callback.

pub mod charts;
pub mod network;
pub mod timeline;

//! Benchmark of `extract --jsonl` on 10,000 generated articles: articles per second on one core
//! (`RAYON_NUM_THREADS=1`) and on all cores. Run with `cargo bench --bench archive`.
//!
//! The articles are the test fixtures two by two, each pair with its own date and URL, so that
//! the run merges meetings across articles as a real archive does.

use std::process::{Command, Stdio};
use std::time::Instant;

include!("../tests/fixtures/list.rs");

const ARTICLES: usize = 10_000;

/// The generated archive, one JSON record per line.
fn archive() -> String {
    let n = FIXTURES.len();
    let mut out = String::new();
    for i in 0..ARTICLES {
        let text = format!("{}\n{}", FIXTURES[i % n].1, FIXTURES[(i / n + 1) % n].1);
        let record = serde_json::json!({
            "text": text,
            "date": format!("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
            "url": format!("https://example.org/archive/{i}"),
        });
        out.push_str(&record.to_string());
        out.push('\n');
    }
    out
}

/// Median seconds of `runs` runs of `extract --jsonl` (with `--merged` when asked) on `path`.
fn median_run(path: &std::path::Path, threads: Option<usize>, merged: bool, runs: usize) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_extract"));
            cmd.arg("--jsonl").arg(path).stdout(Stdio::null());
            if merged {
                cmd.arg("--merged");
            }
            if let Some(t) = threads {
                cmd.env("RAYON_NUM_THREADS", t.to_string());
            }
            let t = Instant::now();
            let status = cmd.status().expect("extract runs");
            assert!(status.success(), "extract --jsonl failed");
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

fn main() {
    let text = archive();
    let path = std::env::temp_dir().join("huitan-bench-archive.jsonl");
    std::fs::write(&path, &text).expect("the temporary directory is writable");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "{ARTICLES} articles, {:.1} MB of JSONL; {cores} cores",
        text.len() as f64 / 1e6
    );
    for (label, threads, merged) in [
        ("1 core, a document per line", Some(1), false),
        ("all cores, a document per line", None, false),
        ("all cores, --merged", None, true),
    ] {
        let secs = median_run(&path, threads, merged, 3);
        println!(
            "{label:>32}: median {secs:.2} s, {:.0} articles/s",
            ARTICLES as f64 / secs
        );
    }
}

//! Benchmark of the whole extraction (release build): one 3,000-character article, then
//! 50 KB, 500 KB and 5 MB of concatenated fixture articles, with jieba-rs `cut` on the same
//! text as the reference. Run with `cargo bench --bench extract` (or `make bench`).

use std::hint::black_box;
use std::time::Instant;

use huitan::core::{analyze, Options};
use jieba_rs::Jieba;

include!("../tests/fixtures/list.rs");

/// Median seconds of `runs` calls of `f`.
fn median_secs(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

/// Concatenated fixture articles, cut at a character boundary near `bytes`; with `separator`,
/// they are separate articles (each with its own dateline, merged events), else one long text.
fn corpus_with(bytes: usize, separator: &str) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    for (_, text, _) in FIXTURES.iter().cycle() {
        if out.len() >= bytes {
            break;
        }
        out.push_str(text);
        out.push_str(separator);
    }
    let mut end = bytes.min(out.len());
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    out.truncate(end);
    out
}

fn corpus(bytes: usize) -> String {
    corpus_with(bytes, "\n")
}

fn main() {
    let options = Options::default();
    let jieba = Jieba::new();
    // Build the lexicon before timing.
    black_box(analyze(
        "陕西省委书记赵一德会见教育部部长怀进鹏。",
        &options,
    ));

    let article: String = corpus(20_000).chars().take(3000).collect();
    let one = median_secs(201, || {
        black_box(analyze(black_box(&article), &options));
    });
    let one_jieba = median_secs(201, || {
        black_box(jieba.cut(black_box(&article), false));
    });
    println!(
        "3,000-character article ({} bytes): extract median {:.3} ms, jieba cut median {:.3} ms",
        article.len(),
        one * 1e3,
        one_jieba * 1e3
    );

    println!(
        "{:>10} {:>14} {:>14} {:>8} {:>18}",
        "input", "extract MB/s", "jieba MB/s", "ratio", "jieba+HMM MB/s"
    );
    for (label, bytes, runs) in [
        ("50 KB", 50_000, 41),
        ("500 KB", 500_000, 11),
        ("5 MB", 5_000_000, 5),
    ] {
        let text = corpus(bytes);
        let mb = text.len() as f64 / 1e6;
        let ours = median_secs(runs, || {
            black_box(analyze(black_box(&text), &options));
        });
        let theirs = median_secs(runs, || {
            black_box(jieba.cut(black_box(&text), false));
        });
        let theirs_hmm = median_secs(runs, || {
            black_box(jieba.cut(black_box(&text), true));
        });
        println!(
            "{:>10} {:>14.2} {:>14.2} {:>7.2}x {:>18.2}",
            label,
            mb / ours,
            mb / theirs,
            theirs / ours,
            mb / theirs_hmm
        );
    }

    // The browser's big pastes: many articles separated by `---`, each read on its own and the
    // events merged across them.
    let text = corpus_with(5_000_000, "\n---\n");
    let ours = median_secs(5, || {
        black_box(analyze(black_box(&text), &options));
    });
    println!(
        "5 MB as {} articles separated by ---: extract median {:.0} ms, {:.2} MB/s",
        text.matches("\n---\n").count() + 1,
        ours * 1e3,
        text.len() as f64 / 1e6 / ours
    );
}

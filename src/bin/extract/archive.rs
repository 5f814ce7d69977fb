//! `extract --jsonl`: an archive of articles, one JSON record per line, read on all cores.
//!
//! Output keeps input order whatever the threads do; a bad line is reported (stderr and an error
//! record) and the run goes on, ending with a non-zero exit.

use std::io::{IsTerminal, Write};

use huitan::core::archive::{
    analyze_record, meetings_csv, parse_jsonl_line, Archive, ArticleMeta, ArticleOut, ErrorOut,
    Graph, Record, RecordError,
};
use huitan::core::{Document, Options};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;

use crate::Format;

/// What to print: a document per article, or the merged meetings (table or network).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    Documents,
    Merged(Format),
}

/// Records analysed together: enough to keep the cores busy, few enough to keep memory bounded.
const BATCH: usize = 256;

/// One line of the archive, read.
type Read = Result<(usize, Record, Document), RecordError>;

/// Reads the archive in `bytes` and writes `output` to `out`. Returns how many lines were bad.
pub fn run(
    bytes: &[u8],
    options: &Options,
    output: Output,
    out: &mut dyn Write,
) -> Result<usize, String> {
    let lines: Vec<(usize, &[u8])> = bytes
        .split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix(b"\r").unwrap_or(l)))
        .filter(|(_, l)| !l.iter().all(u8::is_ascii_whitespace))
        .collect();
    if lines.is_empty() {
        return Err(
            "the archive is empty: give one JSON record per line, such as {\"text\": \"…\"}."
                .into(),
        );
    }
    let bar = progress_bar(lines.len());
    let mut archive = Archive::default();
    let mut errors = Vec::new();
    for batch in lines.chunks(BATCH) {
        let read: Vec<Read> = batch
            .par_iter()
            .filter_map(|&(line, bytes)| read_line(line, bytes, options))
            .collect();
        for r in read {
            match r {
                Ok((line, record, doc)) => match output {
                    Output::Documents => write_line(out, &ArticleOut::new(line, &record, &doc))?,
                    _ => {
                        archive.add(ArticleMeta::new(line, &record, &doc), doc);
                    }
                },
                Err(e) => {
                    bar.suspend(|| eprintln!("extract: {}", e.message));
                    if output == Output::Documents {
                        write_line(
                            out,
                            &ErrorOut {
                                line: e.line,
                                error: &e.message,
                            },
                        )?;
                    }
                    errors.push(e);
                }
            }
        }
        bar.inc(batch.len() as u64);
    }
    bar.finish_and_clear();
    write_merged(out, output, &archive, &errors)?;
    Ok(errors.len())
}

fn read_line(line: usize, bytes: &[u8], options: &Options) -> Option<Read> {
    match parse_jsonl_line(line, bytes) {
        Ok(None) => None,
        Ok(Some(record)) => {
            let doc = analyze_record(&record, options);
            Some(Ok((line, record, doc)))
        }
        Err(e) => Some(Err(e)),
    }
}

/// The merged table, for `--merged`; nothing for per-article output.
fn write_merged(
    out: &mut dyn Write,
    output: Output,
    archive: &Archive,
    errors: &[RecordError],
) -> Result<(), String> {
    let text = match output {
        Output::Documents => return Ok(()),
        Output::Merged(Format::Csv) => meetings_csv(&archive.meetings, &archive.articles),
        Output::Merged(Format::Graphml) => Graph::of(&archive.meetings).graphml(&archive.articles),
        Output::Merged(Format::Gexf) => Graph::of(&archive.meetings).gexf(&archive.articles),
        Output::Merged(Format::Json) => {
            let merged = Merged {
                articles: &archive.articles,
                meetings: &archive.meetings,
                errors,
            };
            serde_json::to_string_pretty(&merged)
                .map_err(|e| format!("could not write JSON: {e}."))?
                + "\n"
        }
    };
    out.write_all(text.as_bytes()).map_err(write_error)
}

/// `--merged`'s JSON: the articles read, the meetings table, and the bad lines.
#[derive(Serialize)]
struct Merged<'a> {
    articles: &'a [ArticleMeta],
    meetings: &'a [huitan::core::archive::Meeting],
    errors: &'a [RecordError],
}

fn write_line(out: &mut dyn Write, value: &impl Serialize) -> Result<(), String> {
    let json = serde_json::to_string(value).map_err(|e| format!("could not write JSON: {e}."))?;
    writeln!(out, "{json}").map_err(write_error)
}

fn write_error(e: std::io::Error) -> String {
    format!("could not write the output: {e}.")
}

/// A bar on stderr when a person is watching it; hidden when stderr is a file or a pipe.
fn progress_bar(len: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} articles · {per_sec} · {eta} left")
    {
        bar.set_style(style);
    }
    bar
}

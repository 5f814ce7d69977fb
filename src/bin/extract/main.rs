//! `extract [--date YYYY-MM-DD] [--names MY-NAMES.json] [FILE]`: prints the JSON of GUIDE
//! section 5 for one article (or several separated by `---` lines), read from a file in UTF-8,
//! UTF-16, GBK, GB18030 or Big5.
//!
//! `extract --jsonl [--merged [--format json|csv|graphml|gexf]] [FILE]` reads an archive instead, one JSON
//! record per line (`archive.rs`).

#[cfg(not(target_arch = "wasm32"))]
mod archive;

use std::io::{Read, Write};
use std::process::ExitCode;

use huitan::core::names::UserNames;
use huitan::core::textfile::decode;
use huitan::core::{analyze, parse_iso_date, Options};

const USAGE: &str = "usage: extract [--date YYYY-MM-DD] [--names MY-NAMES.json] [--jsonl [--merged [--format json|csv|graphml|gexf]]] [FILE]   (reads standard input without FILE)";

/// The user's dictionary file, as the app's "My names" panel exports it.
fn read_names(path: &str) -> Result<std::sync::Arc<UserNames>, String> {
    let json = std::fs::read_to_string(path).map_err(|e| format!("could not read {path}: {e}."))?;
    let names = UserNames::from_json(&json).map_err(|e| format!("{path}: {e}"))?;
    Ok(std::sync::Arc::new(names))
}

/// What `--merged` prints: the table (JSON or CSV) or the network (GraphML or GEXF).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    #[default]
    Json,
    Csv,
    Graphml,
    Gexf,
}

/// The command line, read.
#[derive(Default)]
struct Args {
    options: Options,
    file: Option<String>,
    jsonl: bool,
    merged: bool,
    format: Format,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut a = Args::default();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or(format!("{flag} needs {what}."))
        };
        match flag.as_str() {
            "-h" | "--help" => return Err(USAGE.to_string()),
            "--date" => {
                a.options.reference_date =
                    Some(parse_iso_date(&value("a date such as 2023-12-14")?)?)
            }
            "--names" => {
                a.options.names = Some(read_names(&value("the path of a names file (JSON)")?)?)
            }
            "--jsonl" => a.jsonl = true,
            "--merged" => a.merged = true,
            "--format" => {
                a.format = match value("json, csv, graphml or gexf")?.as_str() {
                    "json" => Format::Json,
                    "csv" => Format::Csv,
                    "graphml" => Format::Graphml,
                    "gexf" => Format::Gexf,
                    other => {
                        return Err(format!(
                            "--format is json, csv, graphml or gexf, not {other}."
                        ))
                    }
                }
            }
            _ if arg.starts_with('-') && arg != "-" => {
                return Err(format!("unknown option {arg}; {USAGE}"))
            }
            _ if a.file.is_some() => return Err(format!("only one FILE can be read; {USAGE}")),
            _ => a.file = Some(arg),
        }
    }
    if (a.merged || a.format != Format::Json) && !a.jsonl {
        return Err(format!("--merged and --format go with --jsonl; {USAGE}"));
    }
    if a.format != Format::Json && !a.merged {
        return Err("--format needs --merged: the documents of --jsonl are JSON lines.".into());
    }
    Ok(a)
}

fn read_input(file: Option<&str>) -> Result<Vec<u8>, String> {
    match file {
        None | Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("could not read standard input: {e}."))?;
            Ok(buf)
        }
        Some(path) => std::fs::read(path).map_err(|e| format!("could not read {path}: {e}.")),
    }
}

/// One article (or several split by `---` lines): its document as pretty JSON.
fn one_document(bytes: &[u8], options: &Options) -> Result<String, String> {
    // GBK, Big5 and UTF-16 files are read as the app reads them (src/core/textfile.rs).
    let decoded = decode(bytes).map_err(|e| match e.as_str() {
        "The file is empty." | "The file holds no text." => {
            "the input is empty: give the text of an article.".to_string()
        }
        _ => format!("the input looks like binary data, not article text ({e})"),
    })?;
    if decoded.encoding != "UTF-8" {
        eprintln!("extract: read the input as {}.", decoded.encoding);
    }
    let doc = analyze(&decoded.text, options);
    serde_json::to_string_pretty(&doc).map_err(|e| format!("could not write JSON: {e}."))
}

/// Runs the command; `Ok(false)` when an archive had bad lines (reported as it went).
fn run() -> Result<bool, String> {
    let args = parse_args(std::env::args().skip(1))?;
    let bytes = read_input(args.file.as_deref())?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = if args.jsonl {
        run_archive(&args, &bytes, &mut out)
    } else {
        let json = one_document(&bytes, &args.options)?;
        writeln!(out, "{json}")
            .map(|_| true)
            .map_err(|e| format!("could not write the output: {e}."))
    };
    let flushed = out
        .flush()
        .map_err(|e| format!("could not write the output: {e}."));
    let ok = written?;
    flushed?;
    Ok(ok)
}

/// `--jsonl`: `Ok(false)` when some lines were bad.
#[cfg(not(target_arch = "wasm32"))]
fn run_archive(args: &Args, bytes: &[u8], out: &mut dyn Write) -> Result<bool, String> {
    let output = match (args.merged, args.format) {
        (false, _) => archive::Output::Documents,
        (true, format) => archive::Output::Merged(format),
    };
    let bad = archive::run(bytes, &args.options, output, out)?;
    if bad > 0 {
        eprintln!("extract: {bad} line(s) of the archive could not be read; the others were.");
    }
    Ok(bad == 0)
}

/// The tool is built for wasm32 only to be linted with the rest; archives need threads.
#[cfg(target_arch = "wasm32")]
fn run_archive(_: &Args, _: &[u8], _: &mut dyn Write) -> Result<bool, String> {
    Err("--jsonl needs the native build of extract (it reads on all cores).".into())
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        // A reader that stops early (extract … | head) is not an error worth a message.
        Err(message) if message.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("extract: {message}");
            ExitCode::from(2)
        }
    }
}

//! `extract [--date YYYY-MM-DD] [--names MY-NAMES.json] [FILE]`: prints the JSON of GUIDE
//! section 5 for one article (or several separated by `---` lines), read from a file in UTF-8,
//! UTF-16, GBK, GB18030 or Big5.

use std::io::Read;
use std::process::ExitCode;

use huitan::core::names::UserNames;
use huitan::core::textfile::decode;
use huitan::core::{analyze, parse_iso_date, Options};

const USAGE: &str = "usage: extract [--date YYYY-MM-DD] [--names MY-NAMES.json] [FILE]   (reads standard input without FILE)";

/// The user's dictionary file, as the app's "My names" panel exports it.
fn read_names(path: &str) -> Result<std::sync::Arc<UserNames>, String> {
    let json = std::fs::read_to_string(path).map_err(|e| format!("could not read {path}: {e}."))?;
    let names = UserNames::from_json(&json).map_err(|e| format!("{path}: {e}"))?;
    Ok(std::sync::Arc::new(names))
}

fn run() -> Result<String, String> {
    let mut args = std::env::args().skip(1);
    let mut options = Options::default();
    let mut file: Option<String> = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Err(USAGE.to_string()),
            "--date" => {
                let value = args
                    .next()
                    .ok_or("--date needs a date such as 2023-12-14.")?;
                options.reference_date = Some(parse_iso_date(&value)?);
            }
            "--names" => {
                let path = args
                    .next()
                    .ok_or("--names needs the path of a names file (JSON).")?;
                options.names = Some(read_names(&path)?);
            }
            _ if arg.starts_with("--names=") => {
                options.names = Some(read_names(&arg["--names=".len()..])?)
            }
            _ if arg.starts_with("--date=") => {
                options.reference_date = Some(parse_iso_date(&arg["--date=".len()..])?)
            }
            _ if arg.starts_with('-') && arg != "-" => {
                return Err(format!("unknown option {arg}; {USAGE}"))
            }
            _ if file.is_some() => return Err(format!("only one FILE can be read; {USAGE}")),
            _ => file = Some(arg),
        }
    }
    let bytes = match file.as_deref() {
        None | Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("could not read standard input: {e}."))?;
            buf
        }
        Some(path) => std::fs::read(path).map_err(|e| format!("could not read {path}: {e}."))?,
    };
    // GBK, Big5 and UTF-16 files are read as the app reads them (src/core/textfile.rs).
    let decoded = decode(&bytes).map_err(|e| match e.as_str() {
        "The file is empty." | "The file holds no text." => {
            "the input is empty: give the text of an article.".to_string()
        }
        _ => format!("the input looks like binary data, not article text ({e})"),
    })?;
    if decoded.encoding != "UTF-8" {
        eprintln!("extract: read the input as {}.", decoded.encoding);
    }
    let text = decoded.text;
    let doc = analyze(&text, &options);
    serde_json::to_string_pretty(&doc).map_err(|e| format!("could not write JSON: {e}."))
}

fn main() -> ExitCode {
    match run() {
        Ok(json) => {
            use std::io::Write;
            // A reader that stops early (extract … | head) is not an error worth a panic.
            let mut out = std::io::stdout().lock();
            match writeln!(out, "{json}") {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    eprintln!("extract: could not write the output: {e}.");
                    ExitCode::from(2)
                }
                _ => ExitCode::SUCCESS,
            }
        }
        Err(message) => {
            eprintln!("extract: {message}");
            ExitCode::from(2)
        }
    }
}

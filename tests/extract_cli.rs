//! The `extract` command: files in other encodings (a GBK, a Big5 and a UTF-16 file give the same
//! meetings as their UTF-8 text) and archives (`--jsonl`: order, bad lines, the merged table).
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn extract(file: &str) -> (String, String) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/fixtures/").to_string() + file;
    let out = Command::new(env!("CARGO_BIN_EXE_extract"))
        .arg(&path)
        .output()
        .expect("extract runs");
    assert!(
        out.status.success(),
        "{file}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn reads_gbk_big5_and_utf16_files() {
    for (file, encoding) in [
        ("gbk.txt", "GBK"),
        ("big5.txt", "Big5"),
        ("utf16.txt", "UTF-16LE"),
    ] {
        let (json, said) = extract(file);
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        let parties: Vec<&str> = doc["events"][0]["parties"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p["id"].as_str())
            .collect();
        assert!(parties.contains(&"教育部"), "{file}: {parties:?}");
        assert_eq!(
            said.trim(),
            format!("extract: read the input as {encoding}.")
        );
    }
}

#[test]
fn refuses_binary_input_in_a_sentence() {
    let dir = std::env::temp_dir().join("huitan-extract-binary.txt");
    std::fs::write(&dir, [0x89, b'P', b'N', b'G', 0, 0, 0, 0x0d, 1, 2]).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_extract"))
        .arg(&dir)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("binary data"), "{said}");
}

/// An archive of `lines` in a temporary file; returns its path.
fn archive_file(name: &str, lines: &[String]) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(name);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

fn record(text: &str, url: &str) -> String {
    serde_json::json!({ "text": text, "url": url }).to_string()
}

const TALKS: &str = "2024年3月14日，湖南省委书记沈晓明在长沙会见交通运输部部长李小鹏一行。";
const VISIT: &str = "2024年3月15日，陕西省委书记赵一德在京拜会教育部部长怀进鹏。";

#[test]
fn jsonl_gives_a_document_per_line_in_order_and_an_error_record_per_bad_line() {
    let mut lines: Vec<String> = (0..40)
        .map(|i| record(if i % 2 == 0 { TALKS } else { VISIT }, &format!("u{i}")))
        .collect();
    lines.insert(5, "{not json".to_string());
    lines.insert(9, r#"{"title": "no text"}"#.to_string());
    let path = archive_file("huitan-archive-order.jsonl", &lines);
    let out = Command::new(env!("CARGO_BIN_EXE_extract"))
        .args(["--jsonl", path.to_str().unwrap()])
        .output()
        .unwrap();
    // Bad lines make the run fail at the end, not stop it.
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("Line 6 is not valid JSON"), "{said}");
    assert!(said.contains("Line 10 has no \"text\" field"), "{said}");
    let docs: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 42);
    let lines_out: Vec<u64> = docs.iter().map(|d| d["line"].as_u64().unwrap()).collect();
    assert_eq!(lines_out, (1..=42).collect::<Vec<_>>());
    assert_eq!(
        docs[5]["error"]
            .as_str()
            .map(|e| e.contains("not valid JSON")),
        Some(true)
    );
    assert_eq!(docs[0]["url"], "u0");
    assert_eq!(docs[0]["events"][0]["parties"][1]["id"], "交通运输部");
    assert_eq!(docs[1]["events"][0]["parties"][1]["id"], "教育部");
}

#[test]
fn jsonl_merged_gives_one_row_per_meeting_as_json_or_csv() {
    let lines: Vec<String> = (0..6)
        .map(|i| record(if i < 4 { TALKS } else { VISIT }, &format!("u{i}")))
        .collect();
    let path = archive_file("huitan-archive-merged.jsonl", &lines);
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_extract"))
            .args(args)
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let merged: serde_json::Value = serde_json::from_str(&run(&["--jsonl", "--merged"])).unwrap();
    let articles: Vec<usize> = merged["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["articles"].as_array().unwrap().len())
        .collect();
    assert_eq!(articles, [4, 2]);
    assert_eq!(merged["articles"].as_array().unwrap().len(), 6);
    let csv = run(&["--jsonl", "--merged", "--format", "csv"]);
    let rows: Vec<&str> = csv.lines().collect();
    assert!(
        rows[0].starts_with("date,end_date,kind,party_a_id"),
        "{csv}"
    );
    assert_eq!(rows.len(), 3, "{csv}");
    assert!(rows[1].contains("u0; u1; u2; u3"), "{csv}");
    // The network: four parties, and an edge per meeting (one meeting, however many articles).
    let graphml = run(&["--jsonl", "--merged", "--format", "graphml"]);
    assert_eq!(graphml.matches("<node id=").count(), 4, "{graphml}");
    assert_eq!(graphml.matches("<edge id=").count(), 2, "{graphml}");
    let gexf = run(&["--jsonl", "--merged", "--format", "gexf"]);
    assert!(
        gexf.contains("<gexf xmlns=\"http://gexf.net/1.3\""),
        "{gexf}"
    );
    assert_eq!(gexf.matches("<edge id=").count(), 2, "{gexf}");
}

#[test]
fn archive_options_are_checked_in_sentences() {
    for (args, words) in [
        (&["--merged"][..], "go with --jsonl"),
        (&["--jsonl", "--format", "csv"][..], "needs --merged"),
        (
            &["--jsonl", "--merged", "--format", "xml"][..],
            "json, csv, graphml or gexf",
        ),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_extract"))
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let said = String::from_utf8(out.stderr).unwrap();
        assert!(said.contains(words), "{args:?}: {said}");
    }
    let empty = archive_file("huitan-archive-empty.jsonl", &[]);
    let out = Command::new(env!("CARGO_BIN_EXE_extract"))
        .args(["--jsonl", empty.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("the archive is empty"));
}

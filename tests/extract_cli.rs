//! The `extract` command on files in other encodings: a GBK, a Big5 and a UTF-16 file give the
//! same meetings as their UTF-8 text, and say on standard error how they were read.
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

//! Splits the province map's data (`src/web/map_data.tsv`, one file written by tools/map) in two
//! at build time: the divisions' names and label points, which the page needs at once, and the
//! shapes, which only the map draws and which the analysis worker hands the page (so that they
//! stay out of the page's first download).

use std::path::Path;

fn main() {
    let source = "src/web/map_data.tsv";
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(source).expect("src/web/map_data.tsv is readable");
    let mut divisions = String::new();
    let mut shapes = String::new();
    for line in text.lines() {
        let cells: Vec<&str> = line.split('\t').collect();
        if line.starts_with('#') || cells.len() != 5 {
            divisions.push_str(line);
            divisions.push('\n');
            continue;
        }
        divisions.push_str(&cells[..4].join("\t"));
        divisions.push_str("\t\n");
        shapes.push_str(&format!("{}\t{}\n", cells[0], cells[4]));
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    std::fs::write(out.join("map_divisions.tsv"), divisions).expect("OUT_DIR is writable");
    std::fs::write(out.join("map_shapes.tsv"), shapes).expect("OUT_DIR is writable");
}

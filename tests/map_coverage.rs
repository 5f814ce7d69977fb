//! The province map's data (`src/web/map_data.tsv`, made by `tools/map/build.mjs`) covers exactly
//! the 34 provincial-level divisions of GUIDE section 1, with well-formed paths and label points.

use std::collections::HashSet;

const MAP_TSV: &str = include_str!("../src/web/map_data.tsv");

/// GUIDE section 1's ISO codes.
const GUIDE_ISO: [&str; 34] = [
    "CN-BJ", "CN-TJ", "CN-HE", "CN-SX", "CN-NM", "CN-LN", "CN-JL", "CN-HL", "CN-SH", "CN-JS",
    "CN-ZJ", "CN-AH", "CN-FJ", "CN-JX", "CN-SD", "CN-HA", "CN-HB", "CN-HN", "CN-GD", "CN-GX",
    "CN-HI", "CN-CQ", "CN-SC", "CN-GZ", "CN-YN", "CN-XZ", "CN-SN", "CN-GS", "CN-QH", "CN-NX",
    "CN-XJ", "CN-TW", "CN-HK", "CN-MO",
];

struct Row {
    iso: &'static str,
    name_zh: &'static str,
    x: f64,
    y: f64,
    d: &'static str,
}

/// The viewBox (min x, min y, width, height) and the rows.
fn parse() -> ((f64, f64, f64, f64), Vec<Row>) {
    let mut lines = MAP_TSV.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next().expect("map_data.tsv is empty");
    let vb = first
        .strip_prefix("# viewBox\t")
        .unwrap_or_else(|| panic!("first line is not '# viewBox\\t…': {first:?}"));
    let v: Vec<f64> = vb
        .split(' ')
        .map(|s| s.parse().expect("viewBox number"))
        .collect();
    assert_eq!(v.len(), 4, "viewBox has four numbers: {vb:?}");
    assert!(v[2] > 0.0 && v[3] > 0.0, "viewBox has a size: {vb:?}");
    let rows = lines
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let c: Vec<&'static str> = l.split('\t').collect();
            assert_eq!(c.len(), 5, "5 cells in {:?}", &l[..l.len().min(60)]);
            let num = |s: &str| {
                s.parse::<f64>()
                    .unwrap_or_else(|e| panic!("{}: {s:?} is not a number: {e}", c[0]))
            };
            Row {
                iso: c[0],
                name_zh: c[1],
                x: num(c[2]),
                y: num(c[3]),
                d: c[4],
            }
        })
        .collect();
    ((v[0], v[1], v[2], v[3]), rows)
}

fn is_iso(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 5 && s.starts_with("CN-") && b[3].is_ascii_uppercase() && b[4].is_ascii_uppercase()
}

/// The rings of a path made of M (absolute), l / L (relative / absolute lines) and z: enough for
/// what the generator writes. Panics on anything else, so a malformed path fails the test.
fn rings(d: &str) -> Vec<Vec<(f64, f64)>> {
    // Tokens: command letters and numbers ("-" and a second "." start a new number).
    let mut tokens: Vec<String> = Vec::new();
    let mut num = String::new();
    let flush = |num: &mut String, tokens: &mut Vec<String>| {
        if !num.is_empty() {
            tokens.push(std::mem::take(num));
        }
    };
    for ch in d.chars() {
        match ch {
            'M' | 'm' | 'L' | 'l' | 'Z' | 'z' => {
                flush(&mut num, &mut tokens);
                tokens.push(ch.to_string());
            }
            ' ' | ',' => flush(&mut num, &mut tokens),
            '-' => {
                flush(&mut num, &mut tokens);
                num.push(ch);
            }
            '.' if num.contains('.') => {
                flush(&mut num, &mut tokens);
                num.push(ch);
            }
            '0'..='9' | '.' => num.push(ch),
            _ => panic!("unexpected character {ch:?} in path"),
        }
    }
    flush(&mut num, &mut tokens);

    let mut out = Vec::new();
    let mut ring: Vec<(f64, f64)> = Vec::new();
    let mut cmd = ' ';
    let mut pos = (0.0, 0.0);
    let mut i = 0;
    let number = |t: &str| {
        t.parse::<f64>()
            .unwrap_or_else(|e| panic!("bad number {t:?}: {e}"))
    };
    while i < tokens.len() {
        let t = &tokens[i];
        if let Some(c) = t.chars().next().filter(|c| c.is_ascii_alphabetic()) {
            cmd = c;
            i += 1;
            if c == 'z' || c == 'Z' {
                assert!(ring.len() >= 3, "a ring has at least 3 points");
                out.push(std::mem::take(&mut ring));
            }
            continue;
        }
        let (a, b) = (
            number(t),
            number(tokens.get(i + 1).expect("coordinates come in pairs")),
        );
        i += 2;
        pos = match cmd {
            'M' => {
                assert!(ring.is_empty(), "M inside an open ring");
                cmd = 'L';
                (a, b)
            }
            'L' => (a, b),
            'l' => (pos.0 + a, pos.1 + b),
            _ => panic!("coordinates after {cmd:?}"),
        };
        ring.push(pos);
    }
    assert!(ring.is_empty(), "every ring is closed with z");
    out
}

/// Even-odd point in polygon over all rings (holes are rings too).
fn inside(p: (f64, f64), rings: &[Vec<(f64, f64)>]) -> bool {
    let mut c = false;
    for r in rings {
        let mut j = r.len() - 1;
        for i in 0..r.len() {
            let (a, b) = (r[i], r[j]);
            if (a.1 > p.1) != (b.1 > p.1) && p.0 < (b.0 - a.0) * (p.1 - a.1) / (b.1 - a.1) + a.0 {
                c = !c;
            }
            j = i;
        }
    }
    c
}

#[test]
fn map_has_the_34_divisions_once_each() {
    let (_, rows) = parse();
    assert_eq!(rows.len(), 34, "exactly 34 rows");
    let mut seen = HashSet::new();
    for r in &rows {
        assert!(is_iso(r.iso), "{:?} is not CN-XX", r.iso);
        assert!(seen.insert(r.iso), "{} appears twice", r.iso);
        assert!(!r.name_zh.trim().is_empty(), "{} has a Chinese name", r.iso);
    }
    let guide: HashSet<&str> = GUIDE_ISO.iter().copied().collect();
    assert_eq!(guide.len(), 34);
    let missing: Vec<_> = guide.difference(&seen).collect();
    let extra: Vec<_> = seen.difference(&guide).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}, not in GUIDE {extra:?}"
    );
}

#[test]
fn paths_are_well_formed_and_label_points_inside() {
    let ((x0, y0, w, h), rows) = parse();
    for r in &rows {
        assert!(!r.d.is_empty(), "{} has a path", r.iso);
        assert!(r.d.starts_with('M'), "{}'s path starts with M", r.iso);
        assert!(
            r.x >= x0 && r.x <= x0 + w && r.y >= y0 && r.y <= y0 + h,
            "{}'s label point is in the viewBox",
            r.iso
        );
        let rings = rings(r.d);
        assert!(!rings.is_empty(), "{} has a ring", r.iso);
        for ring in &rings {
            for &(x, y) in ring {
                assert!(
                    x >= x0 - 0.05 && x <= x0 + w + 0.05 && y >= y0 - 0.05 && y <= y0 + h + 0.05,
                    "{}: point ({x}, {y}) is in the viewBox",
                    r.iso
                );
            }
        }
        assert!(
            inside((r.x, r.y), &rings),
            "{}'s label point ({}, {}) is inside its shape",
            r.iso,
            r.x,
            r.y
        );
    }
}

#[test]
fn beijing_is_north_of_guangdong_and_west_of_shanghai() {
    // A check that the projection is not mirrored: y grows southwards, x eastwards.
    let (_, rows) = parse();
    let at = |iso: &str| {
        rows.iter()
            .find(|r| r.iso == iso)
            .map(|r| (r.x, r.y))
            .unwrap()
    };
    assert!(at("CN-BJ").1 < at("CN-GD").1);
    assert!(at("CN-BJ").0 < at("CN-SH").0);
    assert!(at("CN-XJ").0 < at("CN-SC").0);
}

#[test]
fn map_codes_are_the_lexicon_provinces() {
    let (_, rows) = parse();
    let map: HashSet<&str> = rows.iter().map(|r| r.iso).collect();
    let lexicon: HashSet<&str> = huitan::core::lexicon::provinces()
        .iter()
        .map(|p| p.iso)
        .collect();
    assert_eq!(lexicon.len(), 34, "the lexicon has 34 provinces");
    assert_eq!(
        map, lexicon,
        "the map's codes are the lexicon's provincial ids"
    );
}

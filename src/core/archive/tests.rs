//! Table tests of archives: records read or refused, columns found, meetings merged, networks
//! written. One line per case; the sentences are ours.

use super::*;
use crate::core::EventKind;

/// A JSONL line and what it must give: the text read, or words of the error's sentence.
const JSONL_LINES: &[(&str, Result<&str, &str>)] = &[
    (r#"{"text": "正文"}"#, Ok("正文")),
    (r#"  {"text": "正文", "extra": [1, 2]}  "#, Ok("正文")),
    ("\u{feff}{\"text\": \"带字节序标记\"}", Ok("带字节序标记")),
    (r#"{"title": "无正文"}"#, Err("has no \"text\" field")),
    (r#"{"text": null}"#, Err("has no \"text\" field")),
    (r#"{"text": "   "}"#, Err("\"text\" is empty")),
    (r#"{"text": 42}"#, Err("is not a string of text")),
    (r#"{"text": "未完"#, Err("is not valid JSON")),
    (r#"["text", "数组"]"#, Err("is not a JSON object")),
    ("just words", Err("is not a JSON object")),
];

#[test]
fn jsonl_lines() {
    for (line, want) in JSONL_LINES {
        let got = parse_jsonl_line(7, line.as_bytes());
        match (got, want) {
            (Ok(Some(r)), Ok(text)) => assert_eq!(r.text, *text, "{line}"),
            (Err(e), Err(words)) => {
                assert_eq!(e.line, 7, "{line}");
                assert!(e.message.starts_with("Line 7"), "{line}: {}", e.message);
                assert!(e.message.contains(words), "{line}: {}", e.message);
            }
            (got, want) => panic!("{line}: got {got:?}, want {want:?}"),
        }
    }
}

#[test]
fn jsonl_blank_lines_and_bad_bytes() {
    assert_eq!(parse_jsonl_line(1, b"   "), Ok(None));
    let e = parse_jsonl_line(3, b"{\"text\": \"\xff\xfe\"}").unwrap_err();
    assert_eq!(
        (e.line, e.message.contains("not UTF-8")),
        (3, true),
        "{e:?}"
    );
}

#[test]
fn jsonl_fields() {
    let line = r#"{"text": "正文", "date": "2024-06-18", "url": "https://example.org/a", "title": "标题", "source": 12}"#;
    let r = parse_jsonl_line(1, line.as_bytes()).unwrap().unwrap();
    assert_eq!(r.date.as_deref(), Some("2024-06-18"));
    assert_eq!(r.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(r.title.as_deref(), Some("标题"));
    // A number where text was expected is kept as written rather than dropped.
    assert_eq!(r.source.as_deref(), Some("12"));
}

/// A record's date as the archive wrote it, and the day it means.
type Day = Option<(i32, u32, u32)>;
const RECORD_DATES: &[(&str, Day)] = &[
    ("2024-06-18", Some((2024, 6, 18))),
    ("2024-06-18T09:30:00+08:00", Some((2024, 6, 18))),
    ("2024/6/18", Some((2024, 6, 18))),
    ("2024-06-18 09:30", Some((2024, 6, 18))),
    ("2024年6月18日", Some((2024, 6, 18))),
    ("昨天", None),
    ("2024-13-01", None),
];

#[test]
fn record_dates() {
    for (date, want) in RECORD_DATES {
        let r = Record {
            date: Some(date.to_string()),
            ..Default::default()
        };
        assert_eq!(r.reference_date(), *want, "{date}");
    }
}

/// A CSV header row and the columns (text, date, url, title, source) it names.
type Cols = [Option<usize>; 5];
const CSV_HEADERS: &[(&[&str], Cols)] = &[
    (
        &["text", "date", "url"],
        [Some(0), Some(1), Some(2), None, None],
    ),
    (
        &["Title", "Content", "Published", "Link", "Source"],
        [Some(1), Some(2), Some(3), Some(0), Some(4)],
    ),
    (
        &["标题", "正文", "发布时间", "来源", "链接"],
        [Some(1), Some(2), Some(4), Some(0), Some(3)],
    ),
    (
        &["\u{feff}id", " body ", "pubdate"],
        [Some(1), Some(2), None, None, None],
    ),
    (&["a", "b"], [None, None, None, None, None]),
];

#[test]
fn csv_headers() {
    for (headers, [text, date, url, title, source]) in CSV_HEADERS {
        let c = CsvColumns::from_headers(headers);
        assert_eq!(
            (c.text, c.date, c.url, c.title, c.source),
            (*text, *date, *url, *title, *source),
            "{headers:?}"
        );
    }
}

#[test]
fn csv_rows_with_bad_ones_listed_by_line() {
    let csv = "\u{feff}title,text,date\n甲,\"第一篇，有逗号\n和换行\",2024-06-18\n乙,,2024-06-19\n丙,第三篇\n";
    let read = read_csv(csv.as_bytes(), None).unwrap();
    assert_eq!(read.headers, ["title", "text", "date"]);
    let ok: Vec<&str> = read
        .rows
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(ok, ["第一篇，有逗号\n和换行", "第三篇"]);
    let bad: Vec<usize> = read
        .rows
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(|e| e.line)
        .collect();
    // The quoted line break makes the second record start on line 4.
    assert_eq!(bad, [4]);
    // Every row, good or bad, knows its line (the browser's table names good ones by it).
    assert_eq!(read.lines, [2, 4, 5]);
    // Columns the user picked win over the header names.
    let picked = CsvColumns {
        text: Some(0),
        ..Default::default()
    };
    let read = read_csv(csv.as_bytes(), Some(picked)).unwrap();
    assert_eq!(read.rows[0].as_ref().unwrap().text, "甲");
    // Without a text column every row says so.
    let none = read_csv("a,b\n1,2\n".as_bytes(), None).unwrap();
    assert!(none.rows[0]
        .as_ref()
        .unwrap_err()
        .message
        .contains("no column is chosen"));
    assert!(read_csv(b"", None).is_err());
}

const TALKS: &str = "2024年3月14日，湖南省委书记沈晓明在长沙会见交通运输部部长李小鹏一行。";
const OTHER_DAY: &str = "2024年3月15日，湖南省委书记沈晓明在长沙会见交通运输部部长李小鹏一行。";
const UNDATED: &str = "湖南省委书记沈晓明在长沙会见交通运输部部长李小鹏一行。";

fn archive_of(texts: &[&str]) -> Archive {
    let mut archive = Archive::default();
    for (i, text) in texts.iter().enumerate() {
        let record = Record {
            text: text.to_string(),
            url: Some(format!("https://example.org/{i}")),
            ..Default::default()
        };
        let doc = analyze_record(&record, &Options::default());
        archive.add(ArticleMeta::new(i + 1, &record, &doc), doc);
    }
    archive
}

/// Articles, and the meetings table they make: each row's articles.
const MERGES: &[(&[&str], &[&[usize]])] = &[
    (&[TALKS], &[&[0]]),
    (&[TALKS, TALKS], &[&[0, 1]]),
    (&[TALKS, OTHER_DAY, TALKS], &[&[0, 2], &[1]]),
    // Without a day, two reports may be two meetings: they stay apart.
    (&[UNDATED, UNDATED], &[&[0], &[1]]),
];

#[test]
fn meetings_merge_across_articles() {
    for (texts, want) in MERGES {
        let archive = archive_of(texts);
        let got: Vec<&[usize]> = archive
            .meetings
            .iter()
            .map(|m| m.articles.as_slice())
            .collect();
        assert_eq!(got, *want, "{texts:?}");
        assert_eq!(archive.articles.len(), texts.len());
    }
}

#[test]
fn a_records_date_completes_the_year() {
    let record = Record {
        text: "3月14日，湖南省委书记沈晓明在长沙会见交通运输部部长李小鹏一行。".into(),
        date: Some("2024-03-20".into()),
        ..Default::default()
    };
    let doc = analyze_record(&record, &Options::default());
    let meta = ArticleMeta::new(1, &record, &doc);
    assert_eq!(meta.date.as_deref(), Some("2024-03-20"));
    let mut archive = Archive::default();
    archive.add(meta, doc);
    assert_eq!(archive.meetings[0].start(), "2024-03-14");
    assert_eq!(archive.meetings[0].kind, EventKind::Talks);
}

#[test]
fn the_network_counts_meetings_per_pair() {
    let archive = archive_of(&[TALKS, OTHER_DAY, TALKS]);
    let graph = Graph::of(&archive.meetings);
    let ids: Vec<&str> = graph.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["CN-HN", "交通运输部"]);
    assert_eq!(graph.nodes[0].name, "湖南省");
    assert_eq!(graph.nodes[0].meetings, 2);
    assert_eq!(graph.edges.len(), 1);
    let e = &graph.edges[0];
    assert_eq!((e.weight, e.key().as_str()), (2, "CN-HN 交通运输部"));
    assert_eq!(e.dates, ["2024-03-14", "2024-03-15"]);
    assert_eq!(e.articles, [0, 1, 2]);
}

/// Counts the elements named `tag` in an XML text, failing on XML that is not well formed.
fn count_elements(xml: &str, tag: &str) -> usize {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut n = 0;
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)
                if e.name().as_ref() == tag.as_bytes() =>
            {
                n += 1
            }
            quick_xml::events::Event::Eof => return n,
            _ => {}
        }
    }
}

#[test]
fn graphml_and_gexf_are_well_formed_and_complete() {
    let mut archive = archive_of(&[TALKS, OTHER_DAY]);
    // Names that need escaping stay readable.
    archive.articles[0].url = Some("https://example.org/?a=1&b=<2>".into());
    let graph = Graph::of(&archive.meetings);
    let graphml = graph.graphml(&archive.articles);
    assert_eq!(count_elements(&graphml, "node"), 2);
    assert_eq!(count_elements(&graphml, "edge"), 1);
    assert!(graphml.contains("a=1&amp;b=&lt;2&gt;"), "{graphml}");
    let gexf = graph.gexf(&archive.articles);
    assert_eq!(count_elements(&gexf, "node"), 2);
    assert_eq!(count_elements(&gexf, "edge"), 1);
    assert!(gexf.contains("weight=\"2\""), "{gexf}");
}

#[test]
fn the_meetings_csv_names_the_articles() {
    let archive = archive_of(&[TALKS, TALKS]);
    let csv = meetings_csv(&archive.meetings, &archive.articles);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let field = |name: &str| &row[headers.iter().position(|h| h == name).unwrap()];
    assert_eq!(field("date"), "2024-03-14");
    assert_eq!(field("party_a_id"), "CN-HN");
    assert_eq!(field("articles"), "2");
    assert_eq!(
        field("article_urls"),
        "https://example.org/0; https://example.org/1"
    );
}

/// Lines cut from slices of every size are the CLI's lines, with the same numbers.
#[test]
fn lines_across_slices() {
    let text = b"{\"text\": \"a\"}\r\n\n  \n{\"text\": \"\xe4\xbc\x9a\xe8\xb0\x88\"}\n{\"text\": \"last\"}";
    let want: Vec<(usize, Vec<u8>)> = text
        .split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix(b"\r").unwrap_or(l).to_vec()))
        .collect();
    for size in 1..=text.len() {
        let mut got = Vec::new();
        let mut lines = Lines::default();
        for chunk in text.chunks(size) {
            lines.feed(chunk, |n, l| got.push((n, l.to_vec())));
        }
        lines.finish(|n, l| got.push((n, l.to_vec())));
        assert_eq!(got, want, "slices of {size} bytes");
    }
    let blank: Vec<bool> = want.iter().map(|(_, l)| is_blank(l)).collect();
    assert_eq!(blank, [false, true, true, false, false]);
}

/// A folder's files: articles read, other files skipped, bad ones named.
#[test]
fn folder_files() {
    let html = "<html><head><title>会见 &amp; 会谈</title><style>p{}</style></head><body><p>第一段</p><script>var x = '<p>';</script><div>第二&nbsp;段&#x4E00;</div></body></html>";
    let r = file_record(1, "a/page.HTML", html.as_bytes())
        .unwrap()
        .unwrap();
    assert_eq!(r.text, "第一段\n第二 段一");
    assert_eq!(r.title.as_deref(), Some("会见 & 会谈"));
    assert_eq!(r.source.as_deref(), Some("a/page.HTML"));
    let r = file_record(2, "b.txt", "\u{feff}正文 &amp; 原样".as_bytes())
        .unwrap()
        .unwrap();
    assert_eq!((r.text.as_str(), r.title), ("正文 &amp; 原样", None));
    assert_eq!(file_record(3, ".DS_Store", b"\x00\x01"), Ok(None));
    let e = file_record(4, "c.md", b"\xff\xfe").unwrap_err();
    assert_eq!(
        (e.line, e.message.contains("c.md is not UTF-8")),
        (4, true),
        "{e:?}"
    );
    let e = file_record(5, "d.html", b"<script>only</script>").unwrap_err();
    assert!(e.message.contains("holds no text"), "{e:?}");
    // Markup cut off at the end loses no text before it.
    assert_eq!(html_text("正文<p"), "正文");
}

//! Reading a text file's bytes whatever its encoding (UTF-8, UTF-16, GBK, GB18030, Big5), and
//! telling HTML source from article text. Pure, so that the `extract` command and the analysis
//! worker read a file the same way (the page itself never links the decoders' large tables).

use encoding_rs::{Encoding, BIG5, GBK, UTF_16BE, UTF_16LE, UTF_8};

/// A file's text and the name of the encoding it was read in (`"GBK"`, `"UTF-16LE"`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// The file's text. UTF-8 and UTF-16 byte-order marks decide first, then valid UTF-8; other
/// bytes are guessed by chardetng, kept to the Chinese encodings when they decode cleanly. The
/// error is a sentence for the user (empty or binary data).
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if bytes.is_empty() {
        return Err("The file is empty.".to_string());
    }
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((encoding, bom)) => (encoding, &bytes[bom..]),
        None => (guess(bytes)?, bytes),
    };
    let (text, _) = encoding.decode_without_bom_handling(body);
    if text.trim().is_empty() {
        return Err("The file holds no text.".to_string());
    }
    if text.contains('\0') {
        return Err(BINARY.to_string());
    }
    Ok(Decoded {
        text: text.into_owned(),
        encoding: name(encoding, body),
    })
}

const BINARY: &str = "The file holds binary data, not text.";

/// The encoding of bytes without a byte-order mark.
fn guess(bytes: &[u8]) -> Result<&'static Encoding, String> {
    if let Some(utf16) = utf16_without_bom(bytes) {
        return Ok(utf16);
    }
    // Control bytes other than tabs, line and page breaks and ESC never occur in text, in any
    // of these encodings (their multi-byte sequences use bytes from 0x30 up).
    let controls = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    if controls > 0 && (bytes.contains(&0) || controls * 100 > bytes.len()) {
        return Err(BINARY.to_string());
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Ok(UTF_8);
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let guessed = detector.guess(None, false);
    if guessed == GBK || guessed == BIG5 {
        return Ok(guessed);
    }
    // A short Chinese text can look like Japanese or Korean to the detector: an article here
    // is Chinese, so a clean decoding as GBK, then as Big5, wins over its guess.
    for chinese in [GBK, BIG5] {
        if chinese
            .decode_without_bom_handling_and_without_replacement(bytes)
            .is_some()
        {
            return Ok(chinese);
        }
    }
    Ok(guessed)
}

/// UTF-16 without a byte-order mark, recognised by its zero bytes (Latin letters, digits and
/// punctuation have one), when a third of the code units have one on the same side.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.len().min(8192) / 2;
    let (mut high, mut low) = (0, 0);
    for pair in bytes[..units * 2].chunks_exact(2) {
        high += usize::from(pair[0] == 0 && pair[1] != 0);
        low += usize::from(pair[1] == 0 && pair[0] != 0);
    }
    if low * 3 >= units && high * 20 < units {
        Some(UTF_16LE)
    } else if high * 3 >= units && low * 20 < units {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The name to tell the user: GBK is called GB18030 when the file uses its four-byte codes
/// (encoding_rs's GBK decoder reads both).
fn name(encoding: &'static Encoding, body: &[u8]) -> &'static str {
    if encoding == GBK && has_four_byte_codes(body) {
        return "GB18030";
    }
    match encoding.name() {
        "gb18030" => "GB18030",
        other => other,
    }
}

fn has_four_byte_codes(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] < 0x80 {
            i += 1;
        } else if bytes[i + 1].is_ascii_digit() {
            return true;
        } else {
            i += 2;
        }
    }
    false
}

/// Whether pasted text is HTML source rather than an article: it starts as a document does, or
/// holds several of the tags that mark up a page (a quoted `<p>` in an article is one).
pub fn looks_like_html(text: &str) -> bool {
    // The start of a big paste decides: scanning megabytes for tags would be wasted. Bytes, not
    // string searches: this runs on the page, whose download is budgeted.
    let head = &text.as_bytes()[..text.len().min(64 * 1024)];
    let start = head.trim_ascii_start();
    if starts_with_ci(start, b"<!doctype html") || starts_with_ci(start, b"<html") {
        return true;
    }
    const TAGS: [&[u8]; 14] = [
        b"<p>",
        b"<p ",
        b"</p>",
        b"<div",
        b"</div>",
        b"<br",
        b"</title>",
        b"<span",
        b"</span>",
        b"<a href",
        b"<meta",
        b"<body",
        b"</li>",
        b"</td>",
    ];
    let tags = (0..head.len())
        .filter(|&i| head[i] == b'<' && TAGS.iter().any(|t| starts_with_ci(&head[i..], t)))
        .take(3)
        .count();
    tags == 3
}

fn starts_with_ci(s: &[u8], prefix: &[u8]) -> bool {
    s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "12月12日，陕西省委书记赵一德在北京与教育部部长怀进鹏举行工作会谈。";

    #[test]
    fn reads_each_encoding() {
        for (encoding, named) in [(GBK, "GBK"), (BIG5, "Big5"), (UTF_8, "UTF-8")] {
            let text = if encoding == BIG5 {
                "12月12日，陝西省委書記趙一德在北京與教育部部長懷進鵬舉行工作會談。"
            } else {
                ARTICLE
            };
            let (bytes, _, lossy) = encoding.encode(text);
            assert!(!lossy, "{named}");
            let decoded = decode(&bytes).unwrap();
            assert_eq!(decoded.text, text, "{named}");
            assert_eq!(decoded.encoding, named);
        }
    }

    #[test]
    fn reads_utf16_and_boms() {
        let le: Vec<u8> = ARTICLE.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = ARTICLE.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let with = |bom: &[u8], body: &[u8]| [bom, body].concat();
        for (bytes, named) in [
            (with(&[0xFF, 0xFE], &le), "UTF-16LE"),
            (with(&[0xFE, 0xFF], &be), "UTF-16BE"),
            (with(&[0xEF, 0xBB, 0xBF], ARTICLE.as_bytes()), "UTF-8"),
        ] {
            let decoded = decode(&bytes).unwrap();
            assert_eq!(decoded.text, ARTICLE, "{named}");
            assert_eq!(decoded.encoding, named);
        }
        // Without a mark, mostly Latin UTF-16 is still recognised by its zero bytes.
        let latin: Vec<u8> = "Xi'an, 12 Dec: talks."
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode(&latin).unwrap().encoding, "UTF-16LE");
    }

    #[test]
    fn names_gb18030_by_its_four_byte_codes() {
        // U+20000 has no GBK code: GB18030 writes it in four bytes.
        let (bytes, _, _) = encoding_rs::GB18030.encode("陕西省𠀀会谈");
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, "陕西省𠀀会谈");
        assert_eq!(decoded.encoding, "GB18030");
    }

    #[test]
    fn refuses_empty_and_binary_files() {
        assert_eq!(decode(b"").unwrap_err(), "The file is empty.");
        assert_eq!(decode(b"  \n ").unwrap_err(), "The file holds no text.");
        let png = [
            0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3,
        ];
        assert_eq!(decode(&png).unwrap_err(), BINARY);
        let noise: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert!(decode(&noise).is_err());
    }

    #[test]
    fn reads_the_browser_tests_files() {
        // The fixtures of tests/e2e/pages.test.mjs (made by its make-encodings.py).
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/fixtures/");
        for (file, named, says) in [
            ("gbk.txt", "GBK", "赵一德"),
            ("big5.txt", "Big5", "趙一德"),
            ("utf16.txt", "UTF-16LE", "赵一德"),
        ] {
            let decoded = decode(&std::fs::read(format!("{dir}{file}")).unwrap()).unwrap();
            assert_eq!(decoded.encoding, named, "{file}");
            assert!(decoded.text.contains(says), "{file}: {}", decoded.text);
        }
    }

    #[test]
    fn tells_html_from_articles() {
        assert!(looks_like_html("<!DOCTYPE html><html><title>x</title>"));
        assert!(looks_like_html("  <html lang=zh>"));
        assert!(looks_like_html("<div><p>会谈</p><p>签约</p></div>"));
        assert!(!looks_like_html(ARTICLE));
        assert!(!looks_like_html("文中写道“<p>”标签。"));
        assert!(!looks_like_html(""));
    }
}

//! A JSONL archive read in slices: bytes arrive a few megabytes at a time (the browser's worker
//! reads a 50 MB file by `Blob.slice`), and come out as whole numbered lines.
//!
//! Lines are numbered and cut as `extract --jsonl` cuts them (`\n`, a final `\r` dropped), so
//! that the browser's error list and the CLI's name the same line numbers.

/// Cuts slices of bytes into lines, keeping the unfinished end of each slice for the next.
#[derive(Debug, Default)]
pub struct Lines {
    carry: Vec<u8>,
    /// The number of the last line handed out (1-based).
    line: usize,
}

impl Lines {
    /// Hands each whole line of `chunk` (with what the last slice left) to `each`, with its number.
    pub fn feed(&mut self, chunk: &[u8], mut each: impl FnMut(usize, &[u8])) {
        let mut rest = chunk;
        while let Some(at) = rest.iter().position(|&b| b == b'\n') {
            let (head, tail) = rest.split_at(at);
            self.line += 1;
            if self.carry.is_empty() {
                each(self.line, strip_cr(head));
            } else {
                self.carry.extend_from_slice(head);
                let whole = std::mem::take(&mut self.carry);
                each(self.line, strip_cr(&whole));
            }
            rest = &tail[1..];
        }
        self.carry.extend_from_slice(rest);
    }

    /// Hands on the last line when the file does not end with a line break.
    pub fn finish(&mut self, mut each: impl FnMut(usize, &[u8])) {
        if !self.carry.is_empty() {
            self.line += 1;
            let whole = std::mem::take(&mut self.carry);
            each(self.line, strip_cr(&whole));
        }
    }
}

fn strip_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Whether a line holds no record (blank lines are skipped, as the CLI skips them).
pub fn is_blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
}

//! The bytes of one exchange taken apart into the parts a learner can name: the request line,
//! each header line, the empty line that ends a head, a chunk-size line, the body ...
//!
//! The request and the response are laid end to end in one "virtual" stream (request bytes
//! first, then every received byte), so one sorted list of parts and one list of row starts
//! cover both. Built once per exchange off the UI thread; a frame only looks up the rows on
//! screen. Nothing here draws.

use std::ops::Range;

use crate::wire::{Exchange, ResponseHead};

/// The longest row shown; a longer line continues on the next row.
pub const MAX_ROW_BYTES: usize = 256;

/// What a stretch of bytes is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// `GET /path HTTP/1.1`.
    RequestLine,
    /// One header line of the request.
    RequestHeader,
    /// The empty line that ends the request head.
    RequestEnd,
    /// The request body.
    RequestBody,
    /// Empty lines a server sent before a status line (allowed, and skipped).
    EmptyLineBeforeHead,
    /// The status line of an interim (1xx) response.
    InterimStatusLine,
    /// The status line of the final response.
    StatusLine,
    /// One header line of a response head (a folded continuation line too).
    Header,
    /// The empty line that ends a response head.
    HeadEnd,
    /// A chunk-size line (`1a` or `1a;name=value`, then CR LF).
    ChunkSize,
    /// The data of one chunk.
    ChunkData,
    /// The CR LF after a chunk's data.
    ChunkEnd,
    /// The `0` line that ends a chunked body.
    LastChunk,
    /// Trailer lines after the last chunk, and the empty line that ends them.
    Trailer,
    /// The body as it came (for a chunked body: the chunks that are not listed one by one).
    Body,
    /// Bytes after the end of the body.
    ExtraBytes,
    /// Bytes that arrived but could not be read as an HTTP response.
    Unreadable,
}

impl Part {
    /// The catalog key of the part's name.
    pub fn key(self) -> &'static str {
        match self {
            Part::RequestLine => "wire-part-request-line",
            Part::RequestHeader => "wire-part-request-header",
            Part::RequestEnd | Part::HeadEnd => "wire-part-head-end",
            Part::RequestBody => "wire-part-request-body",
            Part::EmptyLineBeforeHead => "wire-part-empty-line-before-head",
            Part::InterimStatusLine => "wire-part-interim-status-line",
            Part::StatusLine => "wire-part-status-line",
            Part::Header => "wire-part-header",
            Part::ChunkSize => "wire-part-chunk-size",
            Part::ChunkData => "wire-part-chunk-data",
            Part::ChunkEnd => "wire-part-chunk-end",
            Part::LastChunk => "wire-part-last-chunk",
            Part::Trailer => "wire-part-trailer",
            Part::Body => "wire-part-body",
            Part::ExtraBytes => "wire-part-extra-bytes",
            Part::Unreadable => "wire-part-unreadable",
        }
    }

    /// The catalog key of one sentence saying what this kind of part is (for hovering a row).
    pub fn meaning_key(self) -> &'static str {
        match self {
            Part::RequestLine => "wire-means-request-line",
            Part::RequestHeader => "wire-means-request-header",
            Part::RequestEnd | Part::HeadEnd => "wire-means-head-end",
            Part::RequestBody => "wire-means-request-body",
            Part::EmptyLineBeforeHead => "wire-means-empty-line-before-head",
            Part::InterimStatusLine => "wire-means-interim-status-line",
            Part::StatusLine => "wire-means-status-line",
            Part::Header => "wire-means-header",
            Part::ChunkSize => "wire-means-chunk-size",
            Part::ChunkData => "wire-means-chunk-data",
            Part::ChunkEnd => "wire-means-chunk-end",
            Part::LastChunk => "wire-means-last-chunk",
            Part::Trailer => "wire-means-trailer",
            Part::Body => "wire-means-body",
            Part::ExtraBytes => "wire-means-extra-bytes",
            Part::Unreadable => "wire-means-unreadable",
        }
    }

    /// Whether the part is framing or head (drawn set apart from the data).
    pub fn is_data(self) -> bool {
        matches!(
            self,
            Part::RequestBody | Part::ChunkData | Part::Body | Part::ExtraBytes | Part::Unreadable
        )
    }

    /// Whether the part was sent by the client.
    pub fn is_request(self) -> bool {
        matches!(
            self,
            Part::RequestLine | Part::RequestHeader | Part::RequestEnd | Part::RequestBody
        )
    }
}

/// One named stretch of the virtual stream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// What it is.
    pub part: Part,
    /// Where it is in the virtual stream (request bytes first, then the received bytes).
    pub range: Range<usize>,
}

/// The parts of an exchange and where each shown row starts.
#[derive(Clone, Debug, Default)]
pub struct WireMap {
    /// How many request bytes come first in the virtual stream.
    request_len: usize,
    /// Every part, in stream order, covering the whole stream without gaps.
    segments: Vec<Segment>,
    /// Where each row starts in the virtual stream (a row never spans two parts).
    rows: Vec<usize>,
    /// The length of the virtual stream.
    len: usize,
}

impl WireMap {
    /// Take `exchange`'s request and received bytes apart (linear in their size).
    pub fn build(exchange: &Exchange) -> Self {
        let request_len = exchange.request_bytes.len();
        let mut segments = Vec::new();
        request_parts(&exchange.request_bytes, &mut segments);
        let mut response = Vec::new();
        response_parts(exchange, &mut response);
        segments.extend(response.into_iter().map(|mut segment| {
            segment.range = segment.range.start + request_len..segment.range.end + request_len;
            segment
        }));
        let len = request_len + exchange.received.len();
        let mut rows = Vec::new();
        for segment in &segments {
            let bytes = stream_bytes(exchange, request_len, segment.range.clone());
            split_rows(bytes, segment.range.start, &mut rows);
        }
        Self {
            request_len,
            segments,
            rows,
            len,
        }
    }

    /// Number of rows.
    pub fn row_count(&self) -> usize {
        self.rows.len()
    }

    /// How many bytes of the virtual stream are the request.
    pub fn request_len(&self) -> usize {
        self.request_len
    }

    /// Every part, in stream order.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// Row `index`: where it is in the virtual stream, its part, and whether it is the first
    /// row of that part.
    pub fn row(&self, index: usize) -> Option<(Range<usize>, &Segment, bool)> {
        let start = *self.rows.get(index)?;
        let end = self.rows.get(index + 1).copied().unwrap_or(self.len);
        let at = self
            .segments
            .partition_point(|s| s.range.start <= start)
            .checked_sub(1)?;
        let segment = self.segments.get(at)?;
        Some((start..end, segment, segment.range.start == start))
    }

    /// The row holding byte `offset` of the received bytes (after the request in the stream).
    pub fn row_of_received(&self, offset: usize) -> usize {
        let at = self.request_len + offset;
        self.rows.partition_point(|&r| r <= at).saturating_sub(1)
    }

    /// The row where the first part of kind `part` starts (to jump there).
    pub fn first_row_of(&self, part: Part) -> Option<usize> {
        let segment = self.segments.iter().find(|s| s.part == part)?;
        Some(self.rows.partition_point(|&r| r < segment.range.start))
    }
}

/// The bytes at `range` of the virtual stream (request bytes, then received bytes).
pub fn stream_bytes(exchange: &Exchange, request_len: usize, range: Range<usize>) -> &[u8] {
    if range.start < request_len {
        exchange
            .request_bytes
            .get(range.start..range.end.min(request_len))
            .unwrap_or_default()
    } else {
        exchange
            .received
            .get(range.start - request_len..range.end - request_len)
            .unwrap_or_default()
    }
}

/// The lines of `bytes` (each with its LF), from `offset` on.
fn lines(bytes: &[u8], offset: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= bytes.len() {
            return None;
        }
        let end = bytes
            .get(at..)
            .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
            .map_or(bytes.len(), |i| at + i + 1);
        let line = offset + at..offset + end;
        at = end;
        Some(line)
    })
}

fn is_empty_line(bytes: &[u8]) -> bool {
    matches!(bytes, b"\r\n" | b"\n")
}

/// Request line, header lines, the empty line, the body (a raw request may be any bytes: the
/// first line is the request line, lines up to the first empty one are headers).
fn request_parts(bytes: &[u8], out: &mut Vec<Segment>) {
    let mut in_head = true;
    for line in lines(bytes, 0) {
        if !in_head {
            out.push(Segment {
                part: Part::RequestBody,
                range: line.start..bytes.len(),
            });
            return;
        }
        let text = bytes.get(line.clone()).unwrap_or_default();
        let part = if line.start == 0 {
            Part::RequestLine
        } else if is_empty_line(text) {
            in_head = false;
            Part::RequestEnd
        } else {
            Part::RequestHeader
        };
        out.push(Segment { part, range: line });
    }
}

/// Every response head (interim ones first), the body's framing and data, what came after.
/// Ranges are offsets in `exchange.received`.
fn response_parts(exchange: &Exchange, out: &mut Vec<Segment>) {
    let received = &exchange.received;
    let mut cursor = 0;
    for head in &exchange.interim {
        head_parts(received, head, Part::InterimStatusLine, &mut cursor, out);
    }
    let Some(head) = &exchange.head else {
        push(out, Part::Unreadable, cursor..received.len());
        return;
    };
    head_parts(received, head, Part::StatusLine, &mut cursor, out);
    if let Some(body) = &exchange.body {
        let wire = body.wire.start.max(cursor)..body.wire.end.min(received.len());
        if body.chunks.is_empty() {
            push(out, Part::Body, wire.clone());
        } else {
            let mut at = wire.start;
            for chunk in &body.chunks {
                let size_part = if chunk.size == 0 {
                    Part::LastChunk
                } else {
                    Part::ChunkSize
                };
                push(out, Part::ChunkEnd, at..chunk.size_line.start);
                push(out, size_part, chunk.size_line.clone());
                push(out, Part::ChunkData, chunk.data.clone());
                at = chunk.data.end.max(chunk.size_line.end);
            }
            let ended = body.chunks.last().is_some_and(|c| c.size == 0);
            // After the `0` line: trailers and the final empty line. Without one, the chunks
            // past the listed ones (or a body cut short).
            let rest = if ended { Part::Trailer } else { Part::Body };
            push(out, rest, at..wire.end);
        }
        cursor = wire.end.max(cursor);
    }
    push(out, Part::ExtraBytes, cursor..received.len());
}

/// The parts of one head: any empty lines before it, its status line, header lines, end.
fn head_parts(
    received: &[u8],
    head: &ResponseHead,
    status: Part,
    cursor: &mut usize,
    out: &mut Vec<Segment>,
) {
    push(out, Part::EmptyLineBeforeHead, *cursor..head.range.start);
    let bytes = received.get(head.range.clone()).unwrap_or_default();
    for line in lines(bytes, head.range.start) {
        let text = received.get(line.clone()).unwrap_or_default();
        let part = if line.start == head.range.start {
            status
        } else if is_empty_line(text) {
            Part::HeadEnd
        } else {
            Part::Header
        };
        out.push(Segment { part, range: line });
    }
    *cursor = head.range.end.max(*cursor);
}

/// Add a part unless it is empty (ranges that do not move forward are dropped).
fn push(out: &mut Vec<Segment>, part: Part, range: Range<usize>) {
    if range.start < range.end {
        out.push(Segment { part, range });
    }
}

/// Row starts for `bytes` (which start at `offset`): after every LF, and every
/// [`MAX_ROW_BYTES`] on a longer line (moved back to a character boundary when it is UTF-8).
fn split_rows(bytes: &[u8], offset: usize, rows: &mut Vec<usize>) {
    let mut at = 0;
    while at < bytes.len() {
        rows.push(offset + at);
        let line_end = bytes
            .get(at..)
            .and_then(|rest| rest.iter().take(MAX_ROW_BYTES).position(|&b| b == b'\n'))
            .map(|i| at + i + 1);
        at = match line_end {
            Some(end) => end,
            None => {
                let mut cut = (at + MAX_ROW_BYTES).min(bytes.len());
                // Up to three continuation bytes back: do not cut a character in two.
                let mut back = 0;
                while back < 3
                    && cut > at + 1
                    && cut < bytes.len()
                    && bytes.get(cut).is_some_and(|b| b & 0xC0 == 0x80)
                {
                    cut -= 1;
                    back += 1;
                }
                cut
            }
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{Limits, read_recorded};

    fn parts_and_texts(map: &WireMap, exchange: &Exchange) -> Vec<(Part, String)> {
        map.segments()
            .iter()
            .map(|s| {
                let bytes = stream_bytes(exchange, map.request_len(), s.range.clone());
                (s.part, String::from_utf8_lossy(bytes).into_owned())
            })
            .collect()
    }

    /// Every kind of part, for the test below (a new one must be added here and to the catalog).
    const EVERY_PART: [Part; 17] = [
        Part::RequestLine,
        Part::RequestHeader,
        Part::RequestEnd,
        Part::RequestBody,
        Part::EmptyLineBeforeHead,
        Part::InterimStatusLine,
        Part::StatusLine,
        Part::Header,
        Part::HeadEnd,
        Part::ChunkSize,
        Part::ChunkData,
        Part::ChunkEnd,
        Part::LastChunk,
        Part::Trailer,
        Part::Body,
        Part::ExtraBytes,
        Part::Unreadable,
    ];

    #[test]
    fn every_part_says_what_it_is_in_one_sentence_in_every_language() {
        for language in crate::i18n::LANGUAGES {
            let i18n = crate::i18n::I18n::new(language.code).expect("language");
            for part in EVERY_PART {
                let meaning = i18n.t(part.meaning_key());
                assert!(!meaning.starts_with("wire-means"), "{part:?}");
                assert!(meaning.ends_with('.'), "a sentence: {meaning}");
                assert_ne!(meaning, i18n.t(part.key()), "more than its name");
                if language.code == "ko" {
                    assert!(
                        meaning
                            .chars()
                            .any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
                        "{meaning}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_chunked_reply_after_an_interim_one_is_taken_apart() {
        let mut exchange = read_recorded(
            b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n\
HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\
5;x=y\r\nhello\r\n0\r\nX-T: 1\r\n\r\n"
                .to_vec(),
            false,
            &Limits::default(),
        );
        exchange.request_bytes = b"GET / HTTP/1.1\r\nHost: a\r\n\r\n".to_vec();
        let map = WireMap::build(&exchange);
        let parts = parts_and_texts(&map, &exchange);
        let expected: Vec<(Part, &str)> = vec![
            (Part::RequestLine, "GET / HTTP/1.1\r\n"),
            (Part::RequestHeader, "Host: a\r\n"),
            (Part::RequestEnd, "\r\n"),
            (Part::InterimStatusLine, "HTTP/1.1 103 Early Hints\r\n"),
            (Part::Header, "Link: </a.css>\r\n"),
            (Part::HeadEnd, "\r\n"),
            (Part::StatusLine, "HTTP/1.1 200 OK\r\n"),
            (Part::Header, "Transfer-Encoding: chunked\r\n"),
            (Part::HeadEnd, "\r\n"),
            (Part::ChunkSize, "5;x=y\r\n"),
            (Part::ChunkData, "hello"),
            (Part::ChunkEnd, "\r\n"),
            (Part::LastChunk, "0\r\n"),
            (Part::Trailer, "X-T: 1\r\n\r\n"),
        ];
        let got: Vec<(Part, &str)> = parts.iter().map(|(p, t)| (*p, t.as_str())).collect();
        assert_eq!(got, expected);
        // Every byte is in exactly one part, in order.
        let mut at = 0;
        for segment in map.segments() {
            assert_eq!(segment.range.start, at);
            at = segment.range.end;
        }
        assert_eq!(at, exchange.request_bytes.len() + exchange.received.len());
        // One row per line here; the trailer part is two lines.
        assert_eq!(map.row_count(), expected.len() + 1);
        let (range, segment, first) = map.row(3).unwrap();
        assert_eq!(segment.part, Part::InterimStatusLine);
        assert!(first);
        assert_eq!(range.len(), "HTTP/1.1 103 Early Hints\r\n".len());
        assert_eq!(map.first_row_of(Part::StatusLine), Some(6));
    }

    #[test]
    fn bytes_that_are_not_http_are_all_kept_as_one_part() {
        let exchange = read_recorded(
            b"220 mail.example ESMTP ready\r\n".to_vec(),
            false,
            &Limits::default(),
        );
        let map = WireMap::build(&exchange);
        assert_eq!(map.segments().len(), 1);
        assert_eq!(map.segments()[0].part, Part::Unreadable);
        assert_eq!(map.segments()[0].range, 0..exchange.received.len());
    }

    #[test]
    fn long_lines_become_rows_that_keep_characters_whole_and_extra_bytes_are_named() {
        let body = "가".repeat(200); // 600 bytes, no line break
        let reply = format!(
            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{body}EXTRA",
            body.len()
        );
        let exchange = read_recorded(reply.into_bytes(), false, &Limits::default());
        let map = WireMap::build(&exchange);
        let body_rows: Vec<Range<usize>> = (0..map.row_count())
            .filter_map(|i| map.row(i))
            .filter(|(_, s, _)| s.part == Part::Body)
            .map(|(r, _, _)| r)
            .collect();
        assert_eq!(body_rows.len(), 3);
        for range in &body_rows {
            assert!(range.len() <= MAX_ROW_BYTES);
            let bytes = stream_bytes(&exchange, 0, range.clone());
            assert!(std::str::from_utf8(bytes).is_ok(), "a character was cut");
        }
        assert_eq!(
            map.segments().last().map(|s| s.part),
            Some(Part::ExtraBytes)
        );
    }
}

//! Reading a chunked body as it arrives: size lines, data, the last chunk, trailers.

use std::ops::Range;

use super::error::{FetchError, LimitKind, LineFault, MalformedProblem, escape_bytes};
use super::head::Header;
use super::limits::Limits;
use super::received::Received;
use super::request::is_token_byte;
use super::warning::Warning;

/// Fields that must come before the body because reading the message depends on them: how it
/// is framed, where it goes, what it is (RFC 9110, 6.5.1). Sent as trailers they change
/// nothing: the body has already been read by then.
const FRAMING_AND_ROUTING: [&str; 8] = [
    "Content-Length",
    "Transfer-Encoding",
    "Host",
    "Content-Encoding",
    "Content-Type",
    "Content-Range",
    "Trailer",
    "Connection",
];

/// One chunk of a chunked body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk {
    /// The chunk size as announced.
    pub size: u64,
    /// Extensions after the size (`;name=value`), as text.
    pub extensions: String,
    /// The size line in [`crate::wire::Exchange::received`].
    pub size_line: Range<usize>,
    /// The chunk data in [`crate::wire::Exchange::received`].
    pub data: Range<usize>,
}

/// Chunks listed one by one. A record is several times larger than a 1-byte chunk on the wire,
/// so a server sending tiny chunks must not be able to grow the list without end.
const MAX_RECORDED_CHUNKS: usize = 100_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    SizeLine,
    Data { remaining: u64 },
    DataEnd,
    Trailers,
    Done,
}

/// An incremental chunked decoder over the stream of received bytes.
///
/// It never copies the stream: it keeps positions into it, and the unframed content (unless the
/// body is passed on as it arrives, when it only counts the content).
#[derive(Debug)]
pub(crate) struct ChunkedDecoder {
    step: Step,
    /// The next byte of the stream not yet looked at.
    pos: usize,
    trailer_start: usize,
    extension_bytes: usize,
    keep_content: bool,
    /// Content bytes seen so far (also when they are not kept).
    content_len: usize,
    pub chunks: Vec<Chunk>,
    pub trailers: Vec<Header>,
    pub content: Vec<u8>,
    pub warnings: Vec<Warning>,
}

impl ChunkedDecoder {
    /// A decoder whose body starts at `start` in the stream; it copies the content out of the
    /// framing when `keep_content` is set, and only counts it otherwise.
    pub fn new(start: usize, keep_content: bool) -> Self {
        Self {
            step: Step::SizeLine,
            pos: start,
            trailer_start: start,
            extension_bytes: 0,
            keep_content,
            content_len: 0,
            chunks: Vec::new(),
            trailers: Vec::new(),
            content: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// Where the body's bytes end in the stream so far.
    pub fn end(&self) -> usize {
        self.pos
    }

    /// How many content bytes (without framing) have arrived.
    pub fn content_len(&self) -> usize {
        self.content_len
    }

    /// Consume what is new in `stream`. Returns `true` once the body is complete.
    pub fn advance(&mut self, stream: Received<'_>, limits: &Limits) -> Result<bool, FetchError> {
        loop {
            let progressed = match self.step {
                Step::SizeLine => self.size_line(stream, limits)?,
                Step::Data { remaining } => self.data(stream, remaining, limits)?,
                Step::DataEnd => self.data_end(stream)?,
                Step::Trailers => self.trailer_line(stream, limits)?,
                Step::Done => return Ok(true),
            };
            if !progressed {
                return Ok(false);
            }
        }
    }

    fn size_line(&mut self, stream: Received<'_>, limits: &Limits) -> Result<bool, FetchError> {
        let Some(line_end) = find_newline(stream, self.pos) else {
            if stream.len() - self.pos > limits.max_chunk_line_bytes {
                return Err(FetchError::LimitExceeded {
                    limit: LimitKind::ChunkLine,
                    max: limits.max_chunk_line_bytes,
                });
            }
            return Ok(false);
        };
        let raw = stream.range(self.pos..line_end);
        if raw.len() > limits.max_chunk_line_bytes {
            return Err(FetchError::LimitExceeded {
                limit: LimitKind::ChunkLine,
                max: limits.max_chunk_line_bytes,
            });
        }
        let line = raw.strip_suffix(b"\r").unwrap_or(raw);
        let digits = line.iter().take_while(|b| b.is_ascii_hexdigit()).count();
        if digits == 0 {
            return Err(FetchError::Malformed(MalformedProblem::ChunkSizeNotHex {
                line: escape_bytes(line, 40),
            }));
        }
        // Leading zeros are allowed and say nothing; 16 hex digits fill a u64.
        let zeros = line[..digits].iter().take_while(|&&b| b == b'0').count();
        let significant = &line[zeros..digits];
        if significant.len() > 16 {
            return Err(FetchError::Malformed(MalformedProblem::ChunkSizeTooLarge {
                line: escape_bytes(line, 40),
            }));
        }
        let size = significant.iter().fold(0u64, |size, &b| {
            let digit = char::from(b).to_digit(16).unwrap_or_default();
            (size << 4) | u64::from(digit)
        });
        let rest = &line[digits..];
        let blanks = rest
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        let rest_trimmed = &rest[blanks..];
        if blanks > 0 {
            self.warn_kind_once(Warning::ChunkSizeWhitespace { offset: self.pos });
        }
        let extensions = if rest_trimmed.is_empty() {
            String::new()
        } else if rest_trimmed.starts_with(b";") {
            if !extensions_are_well_formed(rest_trimmed) {
                self.warn_kind_once(Warning::OddChunkExtension {
                    line: escape_bytes(line, 40),
                    offset: self.pos,
                });
            }
            String::from_utf8_lossy(rest_trimmed).into_owned()
        } else {
            return Err(FetchError::Malformed(
                MalformedProblem::ChunkSizeTrailingText {
                    line: escape_bytes(line, 40),
                },
            ));
        };
        self.extension_bytes += extensions.len();
        if self.extension_bytes > limits.max_chunk_extension_bytes {
            return Err(FetchError::LimitExceeded {
                limit: LimitKind::ChunkExtensions,
                max: limits.max_chunk_extension_bytes,
            });
        }
        let data_start = line_end + 1;
        let data_end = usize::try_from(size)
            .ok()
            .and_then(|s| data_start.checked_add(s))
            .unwrap_or(usize::MAX);
        if self.chunks.len() < MAX_RECORDED_CHUNKS {
            self.chunks.push(Chunk {
                size,
                extensions,
                size_line: self.pos..line_end + 1,
                data: data_start..data_end,
            });
        } else {
            self.warn_once(Warning::ManyChunks {
                listed: MAX_RECORDED_CHUNKS,
            });
        }
        self.pos = data_start;
        if size == 0 {
            self.step = Step::Trailers;
            self.trailer_start = self.pos;
        } else {
            self.step = Step::Data { remaining: size };
        }
        Ok(true)
    }

    fn data(
        &mut self,
        stream: Received<'_>,
        remaining: u64,
        limits: &Limits,
    ) -> Result<bool, FetchError> {
        let available = stream.len() - self.pos;
        if available == 0 {
            return Ok(false);
        }
        let take = usize::try_from(remaining)
            .unwrap_or(usize::MAX)
            .min(available);
        let room = limits.max_body_bytes.saturating_sub(self.content_len);
        if take > room {
            self.take_content(stream, room);
            return Err(FetchError::LimitExceeded {
                limit: LimitKind::BodyBytes,
                max: limits.max_body_bytes,
            });
        }
        self.take_content(stream, take);
        let left = remaining - take as u64;
        self.step = if left == 0 {
            Step::DataEnd
        } else {
            Step::Data { remaining: left }
        };
        Ok(true)
    }

    fn data_end(&mut self, stream: Received<'_>) -> Result<bool, FetchError> {
        let next = stream.tail(self.pos);
        if next.starts_with(b"\r\n") {
            self.pos += 2;
        } else if next.starts_with(b"\n") {
            self.pos += 1;
            self.warn_once(Warning::BareLineFeedInChunk);
        } else if next.is_empty() || next == b"\r" {
            return Ok(false);
        } else {
            return Err(FetchError::Malformed(MalformedProblem::ChunkTooLong {
                chunk: self.chunks.len(),
                next: escape_bytes(next, 20),
            }));
        }
        self.step = Step::SizeLine;
        Ok(true)
    }

    fn trailer_line(&mut self, stream: Received<'_>, limits: &Limits) -> Result<bool, FetchError> {
        let Some(line_end) = find_newline(stream, self.pos) else {
            if stream.len() - self.trailer_start > limits.max_trailer_bytes {
                return Err(FetchError::LimitExceeded {
                    limit: LimitKind::TrailerBytes,
                    max: limits.max_trailer_bytes,
                });
            }
            return Ok(false);
        };
        if line_end + 1 - self.trailer_start > limits.max_trailer_bytes {
            return Err(FetchError::LimitExceeded {
                limit: LimitKind::TrailerBytes,
                max: limits.max_trailer_bytes,
            });
        }
        let raw = stream.range(self.pos..line_end);
        let line = raw.strip_suffix(b"\r").unwrap_or(raw);
        if line.len() == raw.len() {
            self.warn_once(Warning::BareLineFeedInChunk);
        }
        self.pos = line_end + 1;
        if line.is_empty() {
            self.step = Step::Done;
            return Ok(true);
        }
        // The body is whole by now: a trailer that breaks the header syntax is left out with a
        // note (a recipient may discard trailers, RFC 9112, 7.1.2), not the whole response.
        match super::head::field_line_fault(line) {
            Some(LineFault::NoColon) => self.warnings.push(Warning::TrailerWithoutColon {
                line: escape_bytes(line, 40),
            }),
            Some(fault) => self.warnings.push(Warning::BadTrailerLine {
                line: escape_bytes(line, 40),
                fault,
            }),
            None => {
                let colon = line.iter().position(|&b| b == b':').unwrap_or(line.len());
                let name = String::from_utf8_lossy(&line[..colon]).trim().to_owned();
                let value = trim_bytes(line.get(colon + 1..).unwrap_or_default()).to_vec();
                if FRAMING_AND_ROUTING
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case(&name))
                {
                    self.warnings
                        .push(Warning::ForbiddenTrailer { name: name.clone() });
                }
                self.trailers.push(Header { name, value });
            }
        }
        Ok(true)
    }

    /// Move `len` content bytes at the current position into the content (or just count them).
    fn take_content(&mut self, stream: Received<'_>, len: usize) {
        if self.keep_content {
            self.content
                .extend_from_slice(stream.range(self.pos..self.pos + len));
        }
        self.content_len += len;
        self.pos += len;
    }

    /// Note one departure of a kind once, at its first place: a server that does it once does
    /// it in every chunk.
    fn warn_kind_once(&mut self, warning: Warning) {
        if !self.warnings.iter().any(|w| w.kind() == warning.kind()) {
            self.warnings.push(warning);
        }
    }

    /// Whether the stream ended right after the last chunk (and any whole trailer lines), with
    /// only the final empty line missing: the content is all there.
    pub fn ended_after_last_chunk(&self, stream_len: usize) -> bool {
        self.step == Step::Trailers && self.pos == stream_len
    }

    fn warn_once(&mut self, warning: Warning) {
        if !self.warnings.contains(&warning) {
            self.warnings.push(warning);
        }
    }
}

/// Whether `text` (starting with `;`) is `*( BWS ";" BWS name [ BWS "=" BWS value ] )`, where
/// a value is a token or a quoted string (RFC 9112 section 7.1.1).
fn extensions_are_well_formed(text: &[u8]) -> bool {
    let mut rest = text;
    let skip_blanks = |bytes: &[u8]| -> usize {
        bytes
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count()
    };
    let token_len =
        |bytes: &[u8]| -> usize { bytes.iter().take_while(|&&b| is_token_byte(b)).count() };
    while !rest.is_empty() {
        rest = &rest[skip_blanks(rest)..];
        let Some(after) = rest.strip_prefix(b";") else {
            return false;
        };
        rest = &after[skip_blanks(after)..];
        let name = token_len(rest);
        if name == 0 {
            return false;
        }
        rest = &rest[name..];
        let blanks = skip_blanks(rest);
        let Some(after) = rest[blanks..].strip_prefix(b"=") else {
            rest = &rest[blanks..];
            continue;
        };
        rest = &after[skip_blanks(after)..];
        if let Some(quoted) = rest.strip_prefix(b"\"") {
            let Some(len) = quoted_string_len(quoted) else {
                return false;
            };
            rest = &quoted[len..];
        } else {
            let value = token_len(rest);
            if value == 0 {
                return false;
            }
            rest = &rest[value..];
        }
    }
    true
}

/// The length of a quoted string's rest after its opening quote, closing quote included.
fn quoted_string_len(bytes: &[u8]) -> Option<usize> {
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => return Some(at + 1),
            b'\\' => at += 2,
            _ => at += 1,
        }
    }
    None
}

fn find_newline(stream: Received<'_>, from: usize) -> Option<usize> {
    stream
        .tail(from)
        .iter()
        .position(|&b| b == b'\n')
        .map(|i| from + i)
}

fn trim_bytes(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let end = bytes.len()
        - bytes[start..]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
    &bytes[start..end]
}

//! Finding and parsing one response head (status line + header fields) with `httparse`.

use std::ops::Range;

use super::error::{FetchError, HeadFault, LimitKind, MalformedProblem, escape_bytes};
use super::head_text::{count_non_ascii, head_text};
use super::limits::Limits;
use super::status_line;
use super::warning::Warning;

/// A parsed response head: status line and header fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseHead {
    /// `HTTP/1.1` or `HTTP/1.0`, as the server wrote it.
    pub version: String,
    /// The status code, e.g. `200`.
    pub code: u16,
    /// The reason phrase for display, e.g. `OK` (may be empty): [`head_text`] of
    /// `reason_bytes` without the blanks around it.
    pub reason: String,
    /// The reason phrase's exact bytes as sent (any bytes but controls; not always UTF-8).
    pub reason_bytes: Vec<u8>,
    /// Header fields in wire order, original case, duplicates kept.
    pub headers: Vec<Header>,
    /// Where this head's bytes are in [`crate::wire::Exchange::received`] (blank line included).
    pub range: Range<usize>,
}

/// One header field as received.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// The name, in the case the server used.
    pub name: String,
    /// The value bytes (folded lines joined with one space); not always valid UTF-8.
    pub value: Vec<u8>,
}

impl Header {
    /// The value as text, the same way on every surface: see [`head_text`].
    pub fn value_text(&self) -> String {
        head_text(&self.value)
    }
}

impl ResponseHead {
    /// Values of every header with this name (case-insensitive), in order.
    pub fn values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a [u8]> + 'a {
        self.headers
            .iter()
            .filter(move |h| h.name.eq_ignore_ascii_case(name))
            .map(|h| h.value.as_slice())
    }

    /// The items of a comma-separated list header (`Transfer-Encoding`, `Content-Encoding`),
    /// over all its lines, trimmed and lowercased, empty items left out.
    pub fn list_items(&self, name: &str) -> Vec<String> {
        self.values(name)
            .flat_map(|value| {
                String::from_utf8_lossy(value)
                    .split(',')
                    .map(|item| item.trim().to_ascii_lowercase())
                    .collect::<Vec<_>>()
            })
            .filter(|item| !item.is_empty())
            .collect()
    }

    /// The first value of a header as text, if present.
    pub fn first(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(Header::value_text)
    }
}

/// Where the blank line ending a head is, searching `bytes` from `from`.
///
/// Returns the index just past the blank line. Accepts CRLF and bare LF line ends.
pub(crate) fn find_end(bytes: &[u8], from: usize) -> Option<usize> {
    let start = from.max(1);
    (start..bytes.len()).find_map(|i| {
        if bytes[i] != b'\n' {
            return None;
        }
        let prev = bytes[i - 1];
        let blank = prev == b'\n' || (prev == b'\r' && i >= 2 && bytes[i - 2] == b'\n');
        blank.then_some(i + 1)
    })
}

/// Check early that the bytes can be the start of an HTTP response (blanks before `HTTP/` and
/// a lowercase `http/` are read, with a note, by the status line reader).
pub(crate) fn check_looks_like_http(start: &[u8]) -> Result<(), FetchError> {
    let expected = b"HTTP/";
    let blanks = start
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    let name = &start[blanks..];
    let n = name.len().min(expected.len());
    if name[..n].eq_ignore_ascii_case(&expected[..n]) && blanks <= MAX_LEADING_BLANKS {
        return Ok(());
    }
    Err(FetchError::NotHttp {
        first_bytes: escape_bytes(start, 80),
    })
}

/// Blanks read before `HTTP/`: a few are a sloppy server, a screenful is something else.
const MAX_LEADING_BLANKS: usize = 16;

/// How many bytes at the start of `bytes` are whole empty lines (CR LF or LF), and whether the
/// bytes end in a lone CR that may turn out to be the start of one more.
pub(crate) fn leading_empty_lines(bytes: &[u8]) -> (usize, bool) {
    let mut at = 0;
    loop {
        match &bytes[at..] {
            [b'\n', ..] => at += 1,
            [b'\r', b'\n', ..] => at += 2,
            [b'\r'] => return (at, true),
            _ => return (at, false),
        }
    }
}

/// A parsed head plus what the learner should know about how it was written.
pub(crate) struct ParsedHead {
    pub head: ResponseHead,
    pub warnings: Vec<Warning>,
}

/// Parse the complete head `bytes` (ending with the blank line) found at `offset` in the stream.
pub(crate) fn parse(
    bytes: &[u8],
    offset: usize,
    limits: &Limits,
) -> Result<ParsedHead, FetchError> {
    let mut warnings = Vec::new();
    if bytes.windows(2).any(|w| w[1] == b'\n' && w[0] != b'\r') || bytes.first() == Some(&b'\n') {
        warnings.push(Warning::BareLineFeedsInHead);
    }
    let line_end = bytes
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(bytes.len());
    let first = &bytes[..line_end];
    let status = status_line::parse(first.strip_suffix(b"\r").unwrap_or(first), offset)
        .map_err(FetchError::Malformed)?;
    warnings.extend(status.notes);
    if status.code < 100 {
        return Err(FetchError::Malformed(MalformedProblem::StatusBelow100 {
            code: status.code,
        }));
    }
    if status.code > 599 {
        warnings.push(Warning::StatusOutOfRange { code: status.code });
    }
    // The status line is read above; httparse reads the header fields after a stand-in line
    // it knows, so versions it does not know and odd spacing do not stop it.
    let mut to_parse = b"HTTP/1.1 200 X\r\n".to_vec();
    to_parse.extend_from_slice(bytes.get(line_end + 1..).unwrap_or_default());
    let mut slots = vec![httparse::EMPTY_HEADER; limits.max_headers];
    let mut response = httparse::Response::new(&mut slots);
    let mut config = httparse::ParserConfig::default();
    config
        .allow_obsolete_multiline_headers_in_responses(true)
        .allow_spaces_after_header_name_in_responses(true);
    match config.parse_response(&mut response, &to_parse) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) => {
            return Err(FetchError::Malformed(MalformedProblem::HeadUnfinished));
        }
        Err(httparse::Error::TooManyHeaders) => {
            return Err(FetchError::LimitExceeded {
                limit: LimitKind::HeaderCount,
                max: limits.max_headers,
            });
        }
        Err(error) => return Err(describe_parse_error(error, bytes)),
    }
    note_space_before_colon(bytes, offset, &mut warnings);
    let non_ascii = count_non_ascii(bytes);
    if let Some(first) = bytes.iter().position(|b| !b.is_ascii()) {
        warnings.push(Warning::NonAsciiInHead {
            count: non_ascii,
            offset: offset + first,
        });
    }
    let mut headers = Vec::with_capacity(response.headers.len());
    for header in response.headers.iter() {
        let mut value = header.value.to_vec();
        if value.contains(&b'\n') {
            warnings.push(Warning::FoldedHeader {
                name: header.name.to_owned(),
            });
            value = unfold(&value);
        }
        headers.push(Header {
            name: header.name.to_owned(),
            value,
        });
    }
    Ok(ParsedHead {
        head: ResponseHead {
            version: status.version,
            code: status.code,
            reason: head_text(status.reason.trim_ascii()),
            reason_bytes: status.reason,
            headers,
            range: offset..offset + bytes.len(),
        },
        warnings,
    })
}

/// Note every header line written `Name : value` (httparse reads it, dropping the blanks).
fn note_space_before_colon(head: &[u8], offset: usize, warnings: &mut Vec<Warning>) {
    let mut line_start = 0;
    for line in head.split_inclusive(|&b| b == b'\n') {
        let at = line_start;
        line_start += line.len();
        if at == 0 || line.first().is_some_and(|&b| b == b' ' || b == b'\t') {
            continue;
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        let name = &line[..colon];
        let trimmed = name.trim_ascii_end();
        if trimmed.len() < name.len() {
            warnings.push(Warning::SpaceBeforeColon {
                name: head_text(trimmed),
                offset: offset + at,
            });
        }
    }
}

/// Join obsolete folded lines: every line break and the whitespace around it become one space.
fn unfold(value: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(value.len());
    let mut in_break = false;
    for &b in value {
        match b {
            b'\r' | b'\n' => in_break = true,
            b' ' | b'\t' if in_break => {}
            _ => {
                if in_break {
                    while out.last().is_some_and(|&c| c == b' ' || c == b'\t') {
                        out.pop();
                    }
                    out.push(b' ');
                    in_break = false;
                }
                out.push(b);
            }
        }
    }
    out
}

/// Turn an httparse error into a problem that names the line that broke the rules.
fn describe_parse_error(error: httparse::Error, head: &[u8]) -> FetchError {
    let problem = match error {
        httparse::Error::Version => MalformedProblem::BadVersion {
            line: escape_bytes(first_line(head), 60),
        },
        httparse::Error::Status => MalformedProblem::BadStatusCode {
            line: escape_bytes(first_line(head), 60),
        },
        _ => match bad_line(head) {
            Some((number, line, fault)) => MalformedProblem::BadHeadLine {
                number,
                line: escape_bytes(line, 60),
                fault,
            },
            None => MalformedProblem::Unparsable {
                fault: head_fault(error),
            },
        },
    };
    FetchError::Malformed(problem)
}

/// Where httparse found the head broken.
fn head_fault(error: httparse::Error) -> HeadFault {
    match error {
        httparse::Error::Version => HeadFault::Version,
        httparse::Error::Status => HeadFault::Status,
        httparse::Error::HeaderName => HeadFault::HeaderName,
        httparse::Error::HeaderValue => HeadFault::HeaderValue,
        httparse::Error::NewLine => HeadFault::NewLine,
        httparse::Error::Token => HeadFault::Token,
        httparse::Error::TooManyHeaders => HeadFault::TooManyHeaders,
    }
}

fn first_line(head: &[u8]) -> &[u8] {
    let end = head
        .iter()
        .position(|&b| b == b'\r' || b == b'\n')
        .unwrap_or(head.len());
    &head[..end]
}

/// The first line holding a byte a head may not have, with its 1-based number and what is wrong.
fn bad_line(head: &[u8]) -> Option<(usize, &[u8], super::error::LineFault)> {
    for (index, line) in head.split(|&b| b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.contains(&0) {
            return Some((index + 1, line, super::error::LineFault::Nul));
        }
        if line.contains(&b'\r') {
            return Some((index + 1, line, super::error::LineFault::LoneCr));
        }
        let blank_led = line.starts_with(b" ") || line.starts_with(b"\t");
        if index == 1 && blank_led {
            return Some((index + 1, line, super::error::LineFault::BlankFirstHeader));
        }
        if index > 0
            && !line.is_empty()
            && !blank_led
            && let Some(fault) = field_line_fault(line)
        {
            return Some((index + 1, line, fault));
        }
    }
    None
}

/// What breaks the `Name: value` syntax of one field line (line end taken off), if anything:
/// the rule for header lines, and for trailer lines after a chunked body (RFC 9112, 5 and
/// 7.1.2).
pub(super) fn field_line_fault(line: &[u8]) -> Option<super::error::LineFault> {
    use super::error::LineFault;
    if line.contains(&0) {
        return Some(LineFault::Nul);
    }
    if line.contains(&b'\r') {
        return Some(LineFault::LoneCr);
    }
    match line.iter().position(|&b| b == b':') {
        None => return Some(LineFault::NoColon),
        Some(0) => return Some(LineFault::EmptyName),
        Some(at) if !super::request::is_token(&String::from_utf8_lossy(&line[..at])) => {
            return Some(LineFault::BadName);
        }
        Some(_) => {}
    }
    line.iter()
        .any(|&b| b < 0x20 && b != b'\t' || b == 0x7f)
        .then_some(LineFault::ControlInValue)
}

//! A request typed as raw text (the editor's Raw mode, `--raw FILE`): read back as far as it
//! can be, and checked for what a learner most often gets wrong. It is always sent as typed;
//! the checks only become notes ([`Warning`]) next to the answer.

use super::warning::Warning;

/// What could be read from raw request text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawRead<'a> {
    /// The first line (the request line), without its line end.
    pub request_line: &'a [u8],
    /// The header lines that have a colon, as `(name, value)` trimmed, in order.
    pub headers: Vec<(String, String)>,
    /// How many lines of the head end with LF alone instead of CR LF.
    pub bare_line_feeds: usize,
    /// Whether an empty line ends the head.
    pub head_ended: bool,
    /// What follows the empty line (empty when there is none).
    pub body: &'a [u8],
}

/// Read raw request text line by line. The head ends at the first empty line, whether it ends
/// with CR LF or LF alone, as a lenient server reads it.
pub fn read(raw: &[u8]) -> RawRead<'_> {
    let mut read = RawRead::default();
    let mut rest = raw;
    let mut first = true;
    while !rest.is_empty() {
        let Some(newline) = rest.iter().position(|&b| b == b'\n') else {
            // A last line with no end: the head never ended.
            if first {
                read.request_line = rest;
            } else if let Some(header) = header_of(rest) {
                read.headers.push(header);
            }
            return read;
        };
        let (line, after) = rest.split_at(newline + 1);
        rest = after;
        let content = &line[..newline];
        let content = match content {
            [before @ .., b'\r'] => before,
            _ => {
                read.bare_line_feeds += 1;
                content
            }
        };
        if first {
            read.request_line = content;
            first = false;
        } else if content.is_empty() {
            read.head_ended = true;
            read.body = rest;
            return read;
        } else if let Some(header) = header_of(content) {
            read.headers.push(header);
        }
    }
    read
}

fn header_of(line: &[u8]) -> Option<(String, String)> {
    let text = String::from_utf8_lossy(line);
    let (name, value) = text.split_once(':')?;
    Some((name.trim().to_owned(), value.trim().to_owned()))
}

/// The notes about raw request text: no `Host` header, lines ending in LF alone, a
/// `Content-Length` that does not match the bytes after the empty line (or none for a body),
/// no empty line at the end of the head. Nothing here stops the request from being sent.
pub fn raw_request_warnings(raw: &[u8]) -> Vec<Warning> {
    let read = read(raw);
    let mut warnings = Vec::new();
    let header = |name: &str| {
        read.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    };
    if header("Host").is_none() {
        // HTTP/1.1 requires Host (RFC 9112 section 3.2); HTTP/1.0 and older allow its absence.
        let required = read.request_line.ends_with(b"HTTP/1.1");
        warnings.push(Warning::RawWithoutHost { required });
    }
    if read.bare_line_feeds > 0 {
        warnings.push(Warning::RawBareLineFeeds {
            count: read.bare_line_feeds,
        });
    }
    if !read.head_ended {
        warnings.push(Warning::RawHeadNotEnded);
    }
    let chunked = header("Transfer-Encoding").is_some();
    let declared = header("Content-Length");
    let actual = read.body.len();
    let matches = match &declared {
        Some(value) => value.parse::<usize>().ok() == Some(actual),
        None => actual == 0 || chunked,
    };
    if read.head_ended && !matches {
        warnings.push(Warning::RawLengthMismatch { declared, actual });
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_textbook_request_is_read_with_only_a_note_about_host() {
        let raw = b"GET http://data.pr4e.org/romeo.txt HTTP/1.0\r\n\r\n";
        let read = read(raw);
        assert_eq!(
            read.request_line,
            b"GET http://data.pr4e.org/romeo.txt HTTP/1.0"
        );
        assert!(read.head_ended);
        assert!(read.headers.is_empty());
        assert_eq!(
            raw_request_warnings(raw),
            [Warning::RawWithoutHost { required: false }]
        );
    }

    #[test]
    fn a_well_formed_request_has_no_notes() {
        let raw = b"POST /form HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc";
        assert_eq!(raw_request_warnings(raw), []);
        let read = read(raw);
        assert_eq!(read.body, b"abc");
        assert_eq!(
            read.headers,
            [
                ("Host".to_owned(), "x".to_owned()),
                ("Content-Length".to_owned(), "3".to_owned())
            ]
        );
    }

    #[test]
    fn each_mistake_gets_its_note() {
        let bare = b"GET / HTTP/1.1\nHost: x\n\n";
        assert_eq!(
            raw_request_warnings(bare),
            [Warning::RawBareLineFeeds { count: 3 }]
        );
        let mixed = b"GET / HTTP/1.1\r\nHost: x\r\n\n";
        assert_eq!(read(mixed).bare_line_feeds, 1);
        assert!(read(mixed).head_ended);
        let unended = b"GET / HTTP/1.1\r\nHost: x\r\n";
        assert_eq!(raw_request_warnings(unended), [Warning::RawHeadNotEnded]);
        let short = b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc";
        assert_eq!(
            raw_request_warnings(short),
            [Warning::RawLengthMismatch {
                declared: Some("10".into()),
                actual: 3
            }]
        );
        let unlabelled = b"POST / HTTP/1.1\r\nHost: x\r\n\r\nabc";
        assert_eq!(
            raw_request_warnings(unlabelled),
            [Warning::RawLengthMismatch {
                declared: None,
                actual: 3
            }]
        );
        let chunked = b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n";
        assert_eq!(raw_request_warnings(chunked), []);
        assert_eq!(
            raw_request_warnings(b"GET / HTTP/1.1\r\n\r\n"),
            [Warning::RawWithoutHost { required: true }]
        );
    }
}

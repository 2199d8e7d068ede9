//! The recorded request bytes taken apart again, for the programs that write the head
//! themselves (curl, urllib): request line, header lines, body.

/// The parts of a request, read back from its bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestParts<'a> {
    /// The method, e.g. `POST`.
    pub method: String,
    /// The request target, e.g. `/search?q=1`.
    pub target: String,
    /// The version as written, e.g. `HTTP/1.1`.
    pub version: String,
    /// The header lines as `(name, value)`, in order.
    pub headers: Vec<(String, String)>,
    /// Everything after the blank line.
    pub body: &'a [u8],
    /// Whether writing these parts back the usual way (`METHOD TARGET VERSION`, `Name: value`,
    /// CR LF after every line) gives the very same bytes. When it does not (a bare LF, a
    /// header without a colon, extra spaces, bytes that are not UTF-8), a program that writes
    /// the head itself cannot copy the request exactly.
    pub exact: bool,
}

impl<'a> RequestParts<'a> {
    /// Read `bytes` line by line, as leniently as a server would (LF alone also ends a line).
    pub fn read(bytes: &'a [u8]) -> Self {
        let mut parts = RequestParts::default();
        let mut rest = bytes;
        let mut first = true;
        let mut head_ended = false;
        while let Some(newline) = rest.iter().position(|&b| b == b'\n') {
            let line = &rest[..newline];
            rest = &rest[newline + 1..];
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            let text = String::from_utf8_lossy(line);
            if first {
                first = false;
                let mut words = text.split(' ').filter(|w| !w.is_empty());
                parts.method = words.next().unwrap_or_default().to_owned();
                parts.target = words.next().unwrap_or_default().to_owned();
                parts.version = words.next().unwrap_or_default().to_owned();
            } else if line.is_empty() {
                head_ended = true;
                break;
            } else if let Some((name, value)) = text.split_once(':') {
                parts
                    .headers
                    .push((name.trim().to_owned(), value.trim().to_owned()));
            }
        }
        if head_ended {
            parts.body = rest;
        }
        parts.exact = head_ended && parts.written() == bytes;
        parts
    }

    /// The parts written back the usual way.
    fn written(&self) -> Vec<u8> {
        let mut out = format!("{} {} {}\r\n", self.method, self.target, self.version);
        for (name, value) in &self.headers {
            out.push_str(&format!("{name}: {value}\r\n"));
        }
        out.push_str("\r\n");
        let mut out = out.into_bytes();
        out.extend_from_slice(self.body);
        out
    }

    /// The first header called `name` (any letter case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Whether the request was HTTP/1.0.
    pub fn is_http10(&self) -> bool {
        self.version.eq_ignore_ascii_case("HTTP/1.0")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_built_request_reads_back_exactly() {
        let bytes = b"POST /f?x=1 HTTP/1.1\r\nHost: a\r\nX-Odd: \"q\" \r\n\r\nbody\r\nmore";
        let parts = RequestParts::read(bytes);
        assert_eq!(parts.method, "POST");
        assert_eq!(parts.target, "/f?x=1");
        assert_eq!(parts.version, "HTTP/1.1");
        assert_eq!(parts.header("x-odd"), Some("\"q\""));
        assert_eq!(parts.body, b"body\r\nmore");
        // The value's trailing space is lost when written back.
        assert!(!parts.exact);
        assert!(RequestParts::read(b"GET / HTTP/1.1\r\nHost: a\r\n\r\n").exact);
    }

    #[test]
    fn odd_requests_are_read_leniently_and_said_not_to_be_exact() {
        for odd in [
            &b"GET / HTTP/1.0\n\n"[..],
            b"GET  /  HTTP/1.1\r\n\r\n",
            b"GET / HTTP/1.1\r\nno colon\r\n\r\n",
            b"GET / HTTP/1.1\r\nHost: a\r\n",
        ] {
            let parts = RequestParts::read(odd);
            assert_eq!(parts.method, "GET");
            assert_eq!(parts.target, "/");
            assert!(!parts.exact, "{odd:?}");
        }
        assert!(RequestParts::read(b"GET / HTTP/1.0\n\n").is_http10());
    }
}

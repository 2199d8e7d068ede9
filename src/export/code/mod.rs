//! The request of an exchange written as code a learner can run or read: the textbook's Python
//! socket program, Python `urllib.request`, a `curl` command, the raw text with its line ends
//! shown, and a Rust program with `std::net::TcpStream`.
//!
//! Every generator starts from the bytes the exchange recorded as sent ([`CodeRequest`]), never
//! from the form the learner filled in, so the code shows what really went out. The socket, raw
//! and Rust forms carry those bytes exactly; curl and urllib write the head themselves, so they
//! get the same parts and say in comments where they must differ.

mod curl;
mod escape;
mod parts;
mod python_socket;
mod python_urllib;
mod raw;
mod rust;

use crate::wire::{self, Exchange, FetchError, Request};

pub use escape::{python_bytes_literal, rust_bytes_literal, shell_quote};
pub use parts::RequestParts;
pub use raw::marked as raw_marked;

/// The kinds of code the request can be written as.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CodeKind {
    /// The textbook's Python program: a socket, the exact bytes, a `recv(512)` loop.
    #[default]
    PythonSocket,
    /// Python's `urllib.request`, which writes the head itself.
    PythonUrllib,
    /// A `curl` command for a POSIX shell.
    Curl,
    /// The exact bytes as text, every line end shown as `\r\n`.
    Raw,
    /// A Rust program with `std::net::TcpStream`, the exact bytes and a read loop.
    Rust,
}

impl CodeKind {
    /// Every kind, in the order the Code tab offers them.
    pub const ALL: [CodeKind; 5] = [
        CodeKind::PythonSocket,
        CodeKind::PythonUrllib,
        CodeKind::Curl,
        CodeKind::Raw,
        CodeKind::Rust,
    ];

    /// The name `--export` takes.
    pub fn name(self) -> &'static str {
        match self {
            CodeKind::PythonSocket => "python-socket",
            CodeKind::PythonUrllib => "python-urllib",
            CodeKind::Curl => "curl",
            CodeKind::Raw => "raw",
            CodeKind::Rust => "rust",
        }
    }

    /// The kind `--export NAME` names (any letter case).
    pub fn named(name: &str) -> Option<CodeKind> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.name().eq_ignore_ascii_case(name.trim()))
    }

    /// Every name `--export` takes.
    pub fn names() -> Vec<&'static str> {
        Self::ALL.into_iter().map(Self::name).collect()
    }

    /// The file name a save dialog suggests.
    pub fn file_name(self) -> &'static str {
        match self {
            CodeKind::PythonSocket => "request_socket.py",
            CodeKind::PythonUrllib => "request_urllib.py",
            CodeKind::Curl => "request.sh",
            CodeKind::Raw => "request.http",
            CodeKind::Rust => "request.rs",
        }
    }
}

/// What the generators need: where the request went and its exact bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeRequest {
    /// `http` or `https`.
    pub scheme: String,
    /// The host to connect to as DNS knows it (punycode; an IPv6 address without brackets).
    pub host: String,
    /// The port to connect to.
    pub port: u16,
    /// Whether `port` is the scheme's own (80 or 443), so a URL leaves it out.
    pub port_is_default: bool,
    /// The request exactly as written to the socket.
    pub bytes: Vec<u8>,
}

impl CodeRequest {
    /// The request an exchange recorded, or `None` when it never got as far as bytes (a URL
    /// that could not be understood).
    pub fn from_exchange(exchange: &Exchange) -> Option<Self> {
        let target = exchange.target.as_ref()?;
        if exchange.request_bytes.is_empty() {
            return None;
        }
        Some(Self {
            scheme: target.scheme.clone(),
            host: target.host_ascii.clone(),
            port: target.port,
            port_is_default: target.port_is_default,
            bytes: exchange.request_bytes.clone(),
        })
    }

    /// The request `request` would send, built as a fetch builds it but without sending it
    /// (for `wirepeek --export`), or why it cannot be sent.
    pub fn from_request(request: &Request) -> Result<Self, FetchError> {
        let target = wire::parse_url(&request.url)?.target;
        let bytes = wire::request_bytes(request)?;
        Ok(Self {
            scheme: target.scheme,
            host: target.host_ascii,
            port: target.port,
            port_is_default: target.port_is_default,
            bytes,
        })
    }

    /// Whether the request goes over TLS.
    pub fn is_https(&self) -> bool {
        self.scheme.eq_ignore_ascii_case("https")
    }

    /// `host[:port]` as a URL writes it (IPv6 in brackets).
    pub fn authority(&self) -> String {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        if self.port_is_default {
            host
        } else {
            format!("{host}:{}", self.port)
        }
    }

    /// The URL of the request: scheme, authority and the target of its request line (a target
    /// that is not a path, such as `*` or a whole URL, is left as `/`).
    pub fn url(&self) -> String {
        let parts = RequestParts::read(&self.bytes);
        let path = if parts.target.starts_with('/') {
            parts.target.as_str()
        } else {
            "/"
        };
        format!("{}://{}{path}", self.scheme, self.authority())
    }
}

/// The request written as `kind`.
pub fn generate(kind: CodeKind, request: &CodeRequest) -> String {
    match kind {
        CodeKind::PythonSocket => python_socket::program(request),
        CodeKind::PythonUrllib => python_urllib::program(request),
        CodeKind::Curl => curl::command(request),
        CodeKind::Raw => raw::marked(&request.bytes),
        CodeKind::Rust => rust::program(request),
    }
}

/// A line of text made safe to put after a comment sign: control characters become `?`, so a
/// strange target cannot end the comment and start code.
fn comment_safe(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

/// A plain-http request to 127.0.0.1:8080 with these bytes, for the generators' tests.
#[cfg(test)]
pub(crate) fn test_request(bytes: &[u8]) -> CodeRequest {
    CodeRequest {
        scheme: "http".into(),
        host: "127.0.0.1".into(),
        port: 8080,
        port_is_default: false,
        bytes: bytes.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_name_export_takes() {
        for kind in CodeKind::ALL {
            assert_eq!(CodeKind::named(kind.name()), Some(kind));
        }
        assert_eq!(CodeKind::named("CURL"), Some(CodeKind::Curl));
        assert_eq!(CodeKind::named("java"), None);
    }

    #[test]
    fn a_request_built_from_the_command_line_has_its_target() {
        let request = Request::get("http://[::1]:8080/a?b=1");
        let code = CodeRequest::from_request(&request).expect("valid");
        assert_eq!(code.authority(), "[::1]:8080");
        assert_eq!(code.url(), "http://[::1]:8080/a?b=1");
        assert!(
            code.bytes
                .starts_with(b"GET /a?b=1 HTTP/1.1\r\nHost: [::1]:8080\r\n")
        );
        let https = CodeRequest::from_request(&Request::get("https://example.com/")).expect("ok");
        assert!(https.is_https());
        assert_eq!(https.url(), "https://example.com/");
        assert!(CodeRequest::from_request(&Request::get("ftp://x/")).is_err());
    }

    #[test]
    fn comments_cannot_be_ended_by_the_request() {
        assert_eq!(comment_safe("/a\nimport os"), "/a?import os");
    }
}

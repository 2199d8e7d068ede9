//! The request a learner describes, checked and turned into the exact bytes to send.
//!
//! A [`Request`] is the message only (what goes on the wire), so it can be kept in every record
//! and sent again later. How to fetch it (follow redirects? trust an extra CA?) is
//! [`FetchOptions`], which is not part of the message and is not kept in the record.

use super::error::{FetchError, RequestProblem};
use super::target::Target;

/// The HTTP version written in the request line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum HttpVersion {
    /// `HTTP/1.0`: the textbook form, the server closes after the response.
    Http10,
    /// `HTTP/1.1` with `Connection: close`.
    #[default]
    Http11,
}

impl HttpVersion {
    /// As written in the request line.
    pub fn as_str(self) -> &'static str {
        match self {
            HttpVersion::Http10 => "HTTP/1.0",
            HttpVersion::Http11 => "HTTP/1.1",
        }
    }
}

/// The request to send: method, URL, version, headers, body, or the raw text typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Request {
    /// The method, e.g. `GET`. Any token is allowed.
    pub method: String,
    /// The URL as typed.
    pub url: String,
    /// HTTP/1.0 or HTTP/1.1.
    pub version: HttpVersion,
    /// Extra headers, sent after the default ones in this order. A header with the name of a
    /// default one (`Host`, `User-Agent`, `Accept`, `Connection`) replaces it.
    pub headers: Vec<(String, String)>,
    /// A body to send, with `Content-Length`.
    pub body: Option<Vec<u8>>,
    /// Send these bytes verbatim instead of building a request (the URL still says where).
    pub raw: Option<Vec<u8>>,
    /// Add no default header: `headers` is the whole list, in the order to send. The request
    /// editor lists the defaults itself (see [`default_headers`]), so a learner can edit them,
    /// switch them off and move them. A body still gets its `Content-Length` when none is listed.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub no_default_headers: bool,
}

/// How to fetch, apart from what is sent. Not part of the message, so not kept in the record
/// (a CA file is not copied into every exchange).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FetchOptions {
    /// Follow redirects (3xx with `Location`).
    pub follow_redirects: bool,
    /// Extra certificate authorities (PEM text) to trust for https.
    pub extra_ca_pem: Option<Vec<u8>>,
    /// The HTTP proxies to go through; the default goes direct.
    pub proxy: super::proxy::ProxySettings,
    /// Whether https also trusts the operating system's certificate store, beside the bundled
    /// Mozilla roots.
    pub system_roots: super::trust::SystemRoots,
}

impl Request {
    /// A GET request for `url` with the defaults.
    pub fn get(url: impl Into<String>) -> Self {
        Self {
            method: "GET".into(),
            url: url.into(),
            ..Self::default()
        }
    }

    /// The method in upper case as it will be sent (empty means GET).
    pub fn effective_method(&self) -> String {
        if let Some(raw) = &self.raw {
            let first = raw.split(|&b| b == b' ').next().unwrap_or_default();
            return String::from_utf8_lossy(first).into_owned();
        }
        if self.method.trim().is_empty() {
            "GET".into()
        } else {
            self.method.trim().to_owned()
        }
    }
}

/// The value of our `User-Agent` header.
pub fn user_agent() -> String {
    format!("wirepeek/{}", env!("CARGO_PKG_VERSION"))
}

/// Whether `s` is an HTTP token (RFC 9110 section 5.6.2): what methods and header names are made of.
pub fn is_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(is_token_byte)
}

/// Whether `b` may be part of a token: a letter, a digit or one of ``!#$%&'*+-.^_`|~``.
pub(crate) fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'!' | b'#'
                | b'$'
                | b'%'
                | b'&'
                | b'\''
                | b'*'
                | b'+'
                | b'-'
                | b'.'
                | b'^'
                | b'_'
                | b'`'
                | b'|'
                | b'~'
        )
}

/// Parse a `Name: value` line as typed on the command line or in the editor.
pub fn parse_header_line(line: &str) -> Result<(String, String), FetchError> {
    let Some((name, value)) = line.split_once(':') else {
        return Err(FetchError::InvalidRequest(RequestProblem::MissingColon {
            line: line.to_owned(),
        }));
    };
    Ok((name.trim().to_owned(), value.trim().to_owned()))
}

/// Check the method and headers; nothing is sent when this fails.
pub fn validate(request: &Request) -> Result<(), FetchError> {
    let method = request.effective_method();
    if request.raw.is_none() && !is_token(&method) {
        return Err(FetchError::InvalidRequest(RequestProblem::BadMethod {
            method: super::error::escape_bytes(method.as_bytes(), 60),
        }));
    }
    for (name, value) in &request.headers {
        check_header(name, value)?;
    }
    Ok(())
}

/// Check one header line before it is sent: the name must be a token, the value may not hold
/// CR, LF or NUL (they would end the line early and let text pass as another header).
pub fn check_header(name: &str, value: &str) -> Result<(), FetchError> {
    if !is_token(name) {
        return Err(FetchError::InvalidRequest(RequestProblem::BadHeaderName {
            name: super::error::escape_bytes(name.as_bytes(), 60),
        }));
    }
    if let Some(character) = value.chars().find(|c| matches!(c, '\r' | '\n' | '\0')) {
        return Err(FetchError::InvalidRequest(RequestProblem::BadHeaderValue {
            name: name.to_owned(),
            character,
        }));
    }
    Ok(())
}

/// The names of the headers wirepeek sends on its own, in their order.
pub const DEFAULT_HEADER_NAMES: [&str; 4] = ["Host", "User-Agent", "Accept", "Connection"];

/// The headers wirepeek adds on its own for `version`, in order: HTTP/1.1 sends `Host`,
/// `User-Agent`, `Accept` and `Connection: close`; HTTP/1.0 the textbook form with `Host` only.
/// `host` is the `Host` value for the URL ([`Target::host_header`]).
pub fn default_headers(version: HttpVersion, host: &str) -> Vec<(&'static str, String)> {
    let mut defaults = vec![("Host", host.to_owned())];
    if version == HttpVersion::Http11 {
        defaults.push(("User-Agent", user_agent()));
        defaults.push(("Accept", "*/*".into()));
        defaults.push(("Connection", "close".into()));
    }
    defaults
}

/// The exact bytes `request` would write, or why it cannot be sent (its URL or a header): what
/// the editor's Raw mode starts from.
pub fn request_bytes(request: &Request) -> Result<Vec<u8>, FetchError> {
    let parsed = super::target::parse(&request.url)?;
    validate(request)?;
    Ok(build(request, &parsed.target, false).bytes)
}

/// A request turned into bytes, with the parts a learner looks at.
pub(crate) struct Built {
    /// The bytes to write, exactly.
    pub bytes: Vec<u8>,
    /// The header lines in the bytes, in order.
    pub headers: Vec<(String, String)>,
    /// How many bytes follow the head (the body).
    pub body_len: usize,
}

/// The exact bytes to write for `request` to `target`.
///
/// First the [`default_headers`] (unless the request has `no_default_headers`), then the user's
/// headers in their order; a body gets
/// `Content-Length`, and so does a POST, PUT or PATCH without one (`0`). Raw text goes out as typed. Call [`validate`] first.
/// `absolute_form` writes the whole URL as the request target (`GET http://host/path`), the
/// form a proxy needs to know where to send the request; `Host` is sent as always.
pub(crate) fn build(request: &Request, target: &Target, absolute_form: bool) -> Built {
    if let Some(raw) = &request.raw {
        let read = super::raw_request::read(raw);
        return Built {
            bytes: raw.clone(),
            headers: read.headers,
            body_len: read.body.len(),
        };
    }
    let mut headers: Vec<(String, String)> = Vec::new();
    let defaults = if request.no_default_headers {
        Vec::new()
    } else {
        default_headers(request.version, &target.host_header)
    };
    // A default keeps its place; the learner's header of the same name gives its value.
    for (name, value) in &defaults {
        let own = request
            .headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name));
        headers.push(own.cloned().unwrap_or(((*name).to_owned(), value.clone())));
    }
    // Only the defaults sent for this version took the learner's header in their place; any
    // other header (a `User-Agent` with HTTP/1.0) goes out below, in its order.
    let is_default = |n: &str| defaults.iter().any(|(d, _)| d.eq_ignore_ascii_case(n));
    headers.extend(
        request
            .headers
            .iter()
            .filter(|(n, _)| !is_default(n))
            .cloned(),
    );
    let user_has_length = request
        .headers
        .iter()
        .any(|(n, _)| n.eq_ignore_ascii_case("Content-Length"));
    let user_has_framing = user_has_length
        || request
            .headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("Transfer-Encoding"));
    match &request.body {
        Some(body) if !user_has_length => {
            headers.push(("Content-Length".into(), body.len().to_string()));
        }
        // A method that carries content says, even when it has none, that it has none: some
        // servers wait for a body or answer 411 Length Required (RFC 9110 section 8.6).
        None if !user_has_framing && method_expects_content(&request.effective_method()) => {
            headers.push(("Content-Length".into(), "0".into()));
        }
        _ => {}
    }
    let request_target = if absolute_form {
        format!(
            "{}://{}{}",
            target.scheme, target.host_header, target.path_and_query
        )
    } else {
        target.path_and_query.clone()
    };
    let mut head = format!(
        "{} {} {}\r\n",
        request.effective_method(),
        request_target,
        request.version.as_str()
    );
    for (name, value) in &headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    let body = request.body.as_deref().unwrap_or_default();
    bytes.extend_from_slice(body);
    Built {
        bytes,
        headers,
        body_len: body.len(),
    }
}

/// Whether requests with this method normally carry content (POST, PUT, PATCH).
fn method_expects_content(method: &str) -> bool {
    ["POST", "PUT", "PATCH"]
        .iter()
        .any(|m| m.eq_ignore_ascii_case(method))
}

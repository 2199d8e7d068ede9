//! The request a learner describes, checked and turned into the exact bytes to send.

use super::error::{FetchError, RequestProblem};
use super::exchange::Target;

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

/// Everything needed to make one request.
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
    /// Follow redirects (3xx with `Location`).
    pub follow_redirects: bool,
    /// Extra certificate authorities (PEM text) to trust for https.
    pub extra_ca_pem: Option<Vec<u8>>,
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
    !s.is_empty()
        && s.bytes().all(|b| {
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
        })
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
        if !is_token(name) {
            return Err(FetchError::InvalidRequest(RequestProblem::BadHeaderName {
                name: super::error::escape_bytes(name.as_bytes(), 60),
            }));
        }
        let forbidden = value.chars().find_map(|c| match c {
            '\r' => Some("CR (\\r, carriage return)"),
            '\n' => Some("LF (\\n, line feed)"),
            '\0' => Some("NUL (\\0)"),
            _ => None,
        });
        if let Some(character) = forbidden {
            return Err(FetchError::InvalidRequest(RequestProblem::BadHeaderValue {
                name: name.clone(),
                character: character.into(),
            }));
        }
    }
    Ok(())
}

/// The exact bytes to write for `request` to `target`.
///
/// HTTP/1.1 sends `Host`, `User-Agent`, `Accept` and `Connection: close`; HTTP/1.0 sends the
/// textbook form with `Host` only. User headers follow in their order; a body gets
/// `Content-Length`. Call [`validate`] first.
pub fn build(request: &Request, target: &Target) -> Vec<u8> {
    if let Some(raw) = &request.raw {
        return raw.clone();
    }
    let user_has = |name: &str| {
        request
            .headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case(name))
    };
    let mut out = format!(
        "{} {} {}\r\n",
        request.effective_method(),
        target.path_and_query,
        request.version.as_str()
    );
    let mut defaults = vec![("Host", target.host_header.clone())];
    if request.version == HttpVersion::Http11 {
        defaults.push(("User-Agent", user_agent()));
        defaults.push(("Accept", "*/*".into()));
        defaults.push(("Connection", "close".into()));
    }
    for (name, value) in defaults {
        match request
            .headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            Some((n, v)) => out.push_str(&format!("{n}: {v}\r\n")),
            None => out.push_str(&format!("{name}: {value}\r\n")),
        }
    }
    let is_default = |n: &str| {
        ["Host", "User-Agent", "Accept", "Connection"]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(n))
    };
    for (name, value) in request.headers.iter().filter(|(n, _)| !is_default(n)) {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(body) = &request.body
        && !user_has("Content-Length")
    {
        out.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    out.push_str("\r\n");
    let mut bytes = out.into_bytes();
    if let Some(body) = &request.body {
        bytes.extend_from_slice(body);
    }
    bytes
}

//! What can go wrong in a fetch, in words a learner understands.

use std::fmt;
use std::time::Duration;

use super::progress::Phase;

/// Why a fetch stopped before a complete response arrived.
///
/// Every variant has a plain-English message ([`fmt::Display`]) and a hint on what to try
/// ([`FetchError::hint`]); [`FetchError::kind`] is a stable name for JSON and translations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The URL could not be understood.
    InvalidUrl(UrlProblem),
    /// The URL's scheme is not `http` or `https`.
    UnsupportedScheme {
        /// The scheme as typed, e.g. `ftp`.
        scheme: String,
    },
    /// The request itself was refused before anything was sent.
    InvalidRequest(RequestProblem),
    /// DNS found no address for the host.
    NoSuchHost {
        /// The host name looked up (as sent, punycode).
        host: String,
        /// What the system resolver said.
        detail: String,
    },
    /// Every address refused the connection (nothing listens on that port).
    ConnectionRefused {
        /// The last address tried, `ip:port`.
        address: String,
    },
    /// No route to the address, or the network is down.
    Unreachable {
        /// The last address tried, `ip:port`.
        address: String,
        /// What the operating system said.
        detail: String,
    },
    /// A step took longer than its limit.
    Timeout {
        /// The step that ran out of time.
        phase: Phase,
        /// The limit that was reached.
        limit: Duration,
    },
    /// The TLS handshake or certificate check failed.
    Tls(TlsProblem),
    /// The server reset the connection.
    ConnectionReset {
        /// The step the reset happened in.
        phase: Phase,
    },
    /// The server closed the connection without sending a single byte.
    ClosedBeforeResponse,
    /// The server answered, but not in HTTP.
    NotHttp {
        /// The first bytes received, escaped so they are safe to print.
        first_bytes: String,
    },
    /// The response broke the HTTP rules in a way that stops reading it.
    Malformed {
        /// What was wrong, in plain words.
        what: String,
    },
    /// The server sent more than a limit allows.
    LimitExceeded {
        /// Which limit.
        limit: LimitKind,
        /// The limit's value.
        max: usize,
    },
    /// The body ended before it was complete.
    BodyIncomplete {
        /// Body bytes received (after removing chunk framing).
        received: u64,
        /// Bytes announced by `Content-Length`; `None` for a chunked body that lost its last chunk.
        expected: Option<u64>,
    },
    /// The body could not be decompressed.
    Decode {
        /// The content coding, e.g. `gzip`.
        encoding: String,
        /// What the decoder said.
        detail: String,
    },
    /// Following redirects went round more often than allowed.
    TooManyRedirects {
        /// The limit.
        max: usize,
    },
    /// The learner pressed Cancel.
    Cancelled {
        /// The step that was running.
        phase: Phase,
    },
    /// The bytes could not be passed on where they were going (standard output, for `--dump`).
    OutputFailed {
        /// What kind of failure (a closed pipe is a normal way for a reader to stop).
        kind: std::io::ErrorKind,
        /// What the operating system said.
        detail: String,
    },
    /// Any other input/output error from the operating system.
    Io {
        /// The step it happened in.
        phase: Phase,
        /// What the operating system said.
        detail: String,
    },
}

/// What is wrong with a URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    /// Nothing was typed.
    Empty,
    /// A control character (tab, line break, ...) is inside the URL.
    ControlCharacter {
        /// 1-based character position in the URL as typed.
        position: usize,
        /// The character's name, e.g. `TAB (U+0009)`.
        name: String,
    },
    /// The URL parser refused it.
    Unparsable {
        /// What the parser said.
        detail: String,
    },
    /// The URL has no host name.
    MissingHost,
}

/// What is wrong with the request the learner built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RequestProblem {
    /// The method is empty or has characters a method may not have.
    BadMethod {
        /// The method as given.
        method: String,
    },
    /// A header name is empty or has characters a name may not have.
    BadHeaderName {
        /// The name as given (escaped).
        name: String,
    },
    /// A header value holds CR, LF or NUL, which would split or end the request.
    BadHeaderValue {
        /// The header's name.
        name: String,
        /// The forbidden character, e.g. `CR (\r)`.
        character: String,
    },
    /// A header was not written as `Name: value`.
    MissingColon {
        /// The line as given.
        line: String,
    },
}

/// Why TLS failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TlsProblem {
    /// The certificate was signed by nobody we trust.
    UnknownIssuer,
    /// The certificate's validity ended.
    Expired {
        /// The certificate's `notAfter`, as text (UTC).
        not_after: String,
    },
    /// The certificate is not valid yet.
    NotYetValid {
        /// The certificate's `notBefore`, as text (UTC).
        not_before: String,
    },
    /// The certificate is for other names.
    NameMismatch {
        /// The name we connected to.
        expected: String,
        /// The names the certificate lists.
        presented: Vec<String>,
    },
    /// The certificate was revoked, or is not allowed for websites.
    BadCertificate {
        /// What the check said.
        detail: String,
    },
    /// The other side does not speak TLS (e.g. `https://` to a plain HTTP port).
    NotTls {
        /// The first bytes it sent, escaped.
        first_bytes: String,
    },
    /// The server refused the handshake (an alert).
    Refused {
        /// The alert.
        detail: String,
    },
    /// The `--cacert` file could not be used.
    BadCaFile {
        /// What went wrong.
        detail: String,
    },
    /// Anything else rustls reported.
    Other {
        /// What rustls said.
        detail: String,
    },
}

/// Which limit of [`crate::wire::Limits`] was reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitKind {
    /// Response head bytes.
    HeadBytes,
    /// Number of header lines.
    HeaderCount,
    /// Interim 1xx responses.
    InterimResponses,
    /// One chunk-size line.
    ChunkLine,
    /// Chunk extensions in total.
    ChunkExtensions,
    /// Trailer fields.
    TrailerBytes,
    /// Body bytes (decoded).
    BodyBytes,
}

impl LimitKind {
    /// A short name for JSON and translation keys.
    pub fn key(self) -> &'static str {
        match self {
            LimitKind::HeadBytes => "head_bytes",
            LimitKind::HeaderCount => "header_count",
            LimitKind::InterimResponses => "interim_responses",
            LimitKind::ChunkLine => "chunk_line",
            LimitKind::ChunkExtensions => "chunk_extensions",
            LimitKind::TrailerBytes => "trailer_bytes",
            LimitKind::BodyBytes => "body_bytes",
        }
    }

    fn describe(self, max: usize) -> String {
        match self {
            LimitKind::HeadBytes => format!("the response head is larger than {}", bytes(max)),
            LimitKind::HeaderCount => format!("the response has more than {max} header lines"),
            LimitKind::InterimResponses => {
                format!("the server sent more than {max} interim (1xx) responses")
            }
            LimitKind::ChunkLine => format!("a chunk-size line is longer than {}", bytes(max)),
            LimitKind::ChunkExtensions => {
                format!("the chunk extensions add up to more than {}", bytes(max))
            }
            LimitKind::TrailerBytes => format!("the trailer fields are larger than {}", bytes(max)),
            LimitKind::BodyBytes => format!("the body is larger than {}", bytes(max)),
        }
    }
}

fn bytes(n: usize) -> String {
    if n >= 1024 * 1024 && n.is_multiple_of(1024 * 1024) {
        format!("{} MiB", n / (1024 * 1024))
    } else if n >= 1024 && n.is_multiple_of(1024) {
        format!("{} KiB", n / 1024)
    } else {
        format!("{n} bytes")
    }
}

fn phase_words(phase: Phase) -> &'static str {
    match phase {
        Phase::Idle => "before starting",
        Phase::Resolving => "looking up the host name (DNS)",
        Phase::Connecting => "connecting",
        Phase::TlsHandshake => "the TLS handshake",
        Phase::Sending => "sending the request",
        Phase::Waiting => "waiting for the response head",
        Phase::Downloading => "reading the body",
        Phase::Decoding => "decoding the body",
        Phase::Done => "finishing",
    }
}

impl FetchError {
    /// A stable snake_case name of the variant, for JSON and translation keys.
    pub fn kind(&self) -> &'static str {
        match self {
            FetchError::InvalidUrl(_) => "invalid_url",
            FetchError::UnsupportedScheme { .. } => "unsupported_scheme",
            FetchError::InvalidRequest(_) => "invalid_request",
            FetchError::NoSuchHost { .. } => "no_such_host",
            FetchError::ConnectionRefused { .. } => "connection_refused",
            FetchError::Unreachable { .. } => "unreachable",
            FetchError::Timeout { .. } => "timeout",
            FetchError::Tls(_) => "tls",
            FetchError::ConnectionReset { .. } => "connection_reset",
            FetchError::ClosedBeforeResponse => "closed_before_response",
            FetchError::NotHttp { .. } => "not_http",
            FetchError::Malformed { .. } => "malformed_response",
            FetchError::LimitExceeded { .. } => "limit_exceeded",
            FetchError::BodyIncomplete { .. } => "body_incomplete",
            FetchError::Decode { .. } => "decode",
            FetchError::TooManyRedirects { .. } => "too_many_redirects",
            FetchError::Cancelled { .. } => "cancelled",
            FetchError::OutputFailed { .. } => "output_failed",
            FetchError::Io { .. } => "io",
        }
    }

    /// What the learner can try next, in plain English.
    pub fn hint(&self) -> String {
        match self {
            FetchError::InvalidUrl(_) => {
                "Check the address: it should look like http://example.com/page.".into()
            }
            FetchError::UnsupportedScheme { .. } => {
                "wirepeek speaks HTTP only: start the address with http:// or https://.".into()
            }
            FetchError::InvalidRequest(_) => {
                "Fix the header or method named above; nothing was sent.".into()
            }
            FetchError::NoSuchHost { .. } => {
                "Check the spelling of the host name, and that this computer is online.".into()
            }
            FetchError::ConnectionRefused { .. } => {
                "Nothing is listening on that port. Check the port number, or start the server."
                    .into()
            }
            FetchError::Unreachable { .. } => {
                "Check the network connection (Wi-Fi, cable, VPN) and the address.".into()
            }
            FetchError::Timeout { .. } => {
                "The server may be slow or busy: try again, or raise the time limit in Settings."
                    .into()
            }
            FetchError::Tls(problem) => problem.hint(),
            FetchError::ConnectionReset { .. } => {
                "The server hung up. Try again; if it keeps happening the server may refuse this kind of request.".into()
            }
            FetchError::ClosedBeforeResponse => {
                "The server hung up without answering. Check the request and the port.".into()
            }
            FetchError::NotHttp { .. } => {
                "This port runs some other protocol. Check the port number in the address.".into()
            }
            FetchError::Malformed { .. } => {
                "The server is not following HTTP. What did arrive is shown below.".into()
            }
            FetchError::LimitExceeded { .. } => {
                "What arrived up to the limit is kept. Raise the limit in Settings to get more."
                    .into()
            }
            FetchError::BodyIncomplete { .. } => {
                "The connection ended early. Try again; what arrived is kept below.".into()
            }
            FetchError::Decode { .. } => {
                "The compressed body is damaged. The raw bytes are kept in the Wire view.".into()
            }
            FetchError::TooManyRedirects { .. } => {
                "The redirects may go round in a circle. Look at the chain below.".into()
            }
            FetchError::Cancelled { .. } => "Press Fetch to try again.".into(),
            FetchError::OutputFailed { .. } => {
                "Check that the disk has room, or that the program reading the output still runs."
                    .into()
            }
            FetchError::Io { .. } => "Try again; check the network connection.".into(),
        }
    }
}

impl TlsProblem {
    /// A stable snake_case name, for JSON and translation keys.
    pub fn kind(&self) -> &'static str {
        match self {
            TlsProblem::UnknownIssuer => "unknown_issuer",
            TlsProblem::Expired { .. } => "expired",
            TlsProblem::NotYetValid { .. } => "not_yet_valid",
            TlsProblem::NameMismatch { .. } => "name_mismatch",
            TlsProblem::BadCertificate { .. } => "bad_certificate",
            TlsProblem::NotTls { .. } => "not_tls",
            TlsProblem::Refused { .. } => "refused",
            TlsProblem::BadCaFile { .. } => "bad_ca_file",
            TlsProblem::Other { .. } => "other",
        }
    }

    fn hint(&self) -> String {
        match self {
            TlsProblem::UnknownIssuer => "If this is your own test server, add its certificate authority with --cacert (or in Settings).".into(),
            TlsProblem::Expired { .. } | TlsProblem::NotYetValid { .. } => {
                "Check this computer's date and time; otherwise the site must renew its certificate.".into()
            }
            TlsProblem::NameMismatch { .. } => {
                "Use one of the names the certificate lists, or check for a typing mistake.".into()
            }
            TlsProblem::NotTls { .. } => {
                "This port speaks plain HTTP: try http:// instead of https://.".into()
            }
            TlsProblem::BadCaFile { .. } => "Give a PEM file that holds a CERTIFICATE block.".into(),
            TlsProblem::BadCertificate { .. } | TlsProblem::Refused { .. } | TlsProblem::Other { .. } => {
                "The secure connection could not be set up; the details are shown above.".into()
            }
        }
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::InvalidUrl(problem) => write!(f, "The address is not valid: {problem}."),
            FetchError::UnsupportedScheme { scheme } => write!(
                f,
                "The address starts with \"{scheme}:\", but only http and https are supported."
            ),
            FetchError::InvalidRequest(problem) => {
                write!(f, "The request was not sent: {problem}.")
            }
            FetchError::NoSuchHost { host, detail } => {
                write!(
                    f,
                    "No computer called \"{host}\" was found (DNS: {detail})."
                )
            }
            FetchError::ConnectionRefused { address } => {
                write!(f, "{address} refused the connection.")
            }
            FetchError::Unreachable { address, detail } => {
                write!(f, "{address} cannot be reached: {detail}.")
            }
            FetchError::Timeout { phase, limit } => write!(
                f,
                "Gave up after {:.1} s while {}.",
                limit.as_secs_f64(),
                phase_words(*phase)
            ),
            FetchError::Tls(problem) => write!(f, "The secure (TLS) connection failed: {problem}."),
            FetchError::ConnectionReset { phase } => write!(
                f,
                "The server reset the connection while {}.",
                phase_words(*phase)
            ),
            FetchError::ClosedBeforeResponse => write!(
                f,
                "The server closed the connection without sending a response."
            ),
            FetchError::NotHttp { first_bytes } => write!(
                f,
                "The server did not answer in HTTP. It sent: {first_bytes}"
            ),
            FetchError::Malformed { what } => write!(f, "The response is malformed: {what}."),
            FetchError::LimitExceeded { limit, max } => {
                write!(f, "Stopped reading: {}.", limit.describe(*max))
            }
            FetchError::BodyIncomplete {
                received,
                expected: Some(expected),
            } => write!(
                f,
                "The body is incomplete: {received} of {expected} bytes arrived before the connection closed."
            ),
            FetchError::BodyIncomplete {
                received,
                expected: None,
            } => write!(
                f,
                "The body is incomplete: the connection closed after {received} bytes, before the last chunk."
            ),
            FetchError::Decode { encoding, detail } => {
                write!(
                    f,
                    "The body says it is {encoding}-compressed but could not be decompressed: {detail}."
                )
            }
            FetchError::TooManyRedirects { max } => {
                write!(f, "Stopped after following {max} redirects.")
            }
            FetchError::Cancelled { phase } => {
                write!(f, "Cancelled while {}.", phase_words(*phase))
            }
            FetchError::OutputFailed { detail, .. } => {
                write!(f, "The response could not be written out: {detail}.")
            }
            FetchError::Io { phase, detail } => {
                write!(
                    f,
                    "Input/output error while {}: {detail}.",
                    phase_words(*phase)
                )
            }
        }
    }
}

impl fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlProblem::Empty => write!(f, "nothing was typed"),
            UrlProblem::ControlCharacter { position, name } => write!(
                f,
                "character {position} is a control character, {name}, which cannot be part of an address"
            ),
            UrlProblem::Unparsable { detail } => write!(f, "{detail}"),
            UrlProblem::MissingHost => write!(f, "it has no host name"),
        }
    }
}

impl fmt::Display for RequestProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RequestProblem::BadMethod { method } => write!(
                f,
                "the method \"{method}\" must be one word of letters, digits or !#$%&'*+-.^_`|~"
            ),
            RequestProblem::BadHeaderName { name } => write!(
                f,
                "the header name \"{name}\" must be one word of letters, digits or !#$%&'*+-.^_`|~ (no spaces or colons)"
            ),
            RequestProblem::BadHeaderValue { name, character } => write!(
                f,
                "the value of header \"{name}\" contains {character}, which would break the request apart"
            ),
            RequestProblem::MissingColon { line } => {
                write!(
                    f,
                    "the header \"{line}\" needs a colon, as in \"Name: value\""
                )
            }
        }
    }
}

impl fmt::Display for TlsProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TlsProblem::UnknownIssuer => write!(
                f,
                "the certificate was issued by an authority this computer does not trust (unknown issuer)"
            ),
            TlsProblem::Expired { not_after } => {
                write!(f, "the certificate expired on {not_after}")
            }
            TlsProblem::NotYetValid { not_before } => {
                write!(f, "the certificate is not valid until {not_before}")
            }
            TlsProblem::NameMismatch {
                expected,
                presented,
            } => {
                if presented.is_empty() {
                    write!(
                        f,
                        "name mismatch: expected {expected}, but the certificate lists no names"
                    )
                } else {
                    write!(
                        f,
                        "name mismatch: expected {expected}, but the certificate is for {}",
                        presented.join(", ")
                    )
                }
            }
            TlsProblem::BadCertificate { detail } => {
                write!(f, "the certificate is not acceptable: {detail}")
            }
            TlsProblem::NotTls { first_bytes } => write!(
                f,
                "the server does not speak TLS on this port; it answered: {first_bytes}"
            ),
            TlsProblem::Refused { detail } => {
                write!(f, "the server refused the handshake: {detail}")
            }
            TlsProblem::BadCaFile { detail } => {
                write!(f, "the CA certificate file cannot be used: {detail}")
            }
            TlsProblem::Other { detail } => write!(f, "{detail}"),
        }
    }
}

impl std::error::Error for FetchError {}

/// Bytes as printable text: ASCII as is, CR/LF/TAB as `\r` `\n` `\t`, everything else `\xNN`.
pub fn escape_bytes(bytes: &[u8], max: usize) -> String {
    let mut out = String::new();
    for &b in bytes.iter().take(max) {
        match b {
            b'\r' => out.push_str("\\r"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    if bytes.len() > max {
        out.push('…');
    }
    out
}

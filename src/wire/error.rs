//! What can go wrong in a fetch, as data: a kind plus the facts a message needs.
//!
//! The words live in the catalog (`crate::learn` picks the message, `crate::i18n` renders it in
//! the reader's language). There is deliberately no `Display` and no `std::error::Error` here:
//! `wire` cannot reach the catalog, and a terse stand-in would let prose-free text slip onto a
//! screen unnoticed; without them the compiler points at every place that must ask the catalog.

use std::time::Duration;

use super::progress::Phase;

/// Why a fetch stopped before a complete response arrived.
///
/// [`FetchError::kind`] is a stable name for JSON and message ids; `crate::learn::errors` turns
/// an error into its message and hint.
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
        /// The system resolver's own words, quoted after the catalog's sentence; `None` when the
        /// lookup succeeded but gave no address.
        os_said: Option<String>,
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
        /// Which way it could not be reached (`HostUnreachable`, `NetworkUnreachable`,
        /// `NetworkDown`, `AddrNotAvailable`): the catalog words each.
        kind: std::io::ErrorKind,
        /// The operating system's own words, quoted after the catalog's sentence.
        os_said: String,
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
    Malformed(MalformedProblem),
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
        /// What is wrong with the compressed data.
        problem: DecodeProblem,
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
        /// The operating system's own words, quoted after the catalog's sentence.
        os_said: String,
    },
    /// Any other input/output error.
    Io {
        /// The step it happened in.
        phase: Phase,
        /// What went wrong.
        problem: IoProblem,
    },
    /// The proxy setting is not an address wirepeek can use.
    BadProxy {
        /// The setting as given.
        text: String,
        /// Why it cannot be used.
        reason: ProxyProblem,
    },
    /// The proxy refused the connection (nothing listens at its address and port).
    ProxyRefused {
        /// The proxy setting.
        proxy: String,
        /// The address tried, `ip:port`.
        address: String,
    },
    /// The proxy answered `407 Proxy Authentication Required` to `CONNECT`.
    ProxyAuthenticationRequired {
        /// The proxy setting.
        proxy: String,
    },
    /// The proxy answered `CONNECT` with a status other than 2xx (or 407).
    ProxyRefusedTunnel {
        /// The proxy setting.
        proxy: String,
        /// The status code it answered (0 when its answer was not an HTTP status line).
        code: u16,
        /// Its reason phrase, escaped.
        reason: String,
    },
    /// The proxy closed the connection instead of opening the tunnel, or closed the tunnel
    /// before the server answered through it.
    ProxyClosedTunnel {
        /// The proxy setting.
        proxy: String,
    },
    /// Plain http through a proxy: the proxy closed (or reset) the connection without sending a
    /// byte of response, so no answer from the server came back through it.
    ProxyClosed {
        /// The proxy setting.
        proxy: String,
    },
    /// The proxy answered, but not in HTTP: the proxy setting names a port where some other
    /// service runs (the bytes come from the proxy, not from the server).
    ProxyNotHttp {
        /// The proxy setting.
        proxy: String,
        /// The first bytes received from it, escaped so they are safe to print.
        first_bytes: String,
    },
}

/// What is wrong with a compressed body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeProblem {
    /// The compressed data stops before its end (the stream was cut off).
    EndsEarly,
    /// The compressed data is damaged.
    Corrupt {
        /// The decompressor's own words, quoted after the catalog's sentence.
        decoder_said: String,
    },
}

impl DecodeProblem {
    /// A stable snake_case name, for message ids.
    pub fn key(&self) -> &'static str {
        match self {
            DecodeProblem::EndsEarly => "ends_early",
            DecodeProblem::Corrupt { .. } => "corrupt",
        }
    }
}

/// An input/output error that is not one of the named network failures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IoProblem {
    /// There was no address to connect to.
    NoAddress,
    /// A helper thread (the name lookup, a connect) stopped without an answer.
    HelperStopped,
    /// The operating system reported an error.
    Os {
        /// Its category, which the catalog words (`PermissionDenied`, `AddrInUse` ...).
        kind: std::io::ErrorKind,
        /// The operating system's own words, quoted after the catalog's sentence.
        os_said: String,
    },
}

impl IoProblem {
    /// The operating system's error, by its category and its own words.
    pub fn os(error: &std::io::Error) -> Self {
        IoProblem::Os {
            kind: error.kind(),
            os_said: error.to_string(),
        }
    }

    /// A stable snake_case name, for message ids.
    pub fn key(&self) -> &'static str {
        match self {
            IoProblem::NoAddress => "no_address",
            IoProblem::HelperStopped => "helper_stopped",
            IoProblem::Os { .. } => "os",
        }
    }
}

/// Why a proxy setting cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProxyProblem {
    /// It is not an `http://` proxy (`https://`, `socks5://` ...).
    Scheme,
    /// It holds a user name or password, which wirepeek does not send to proxies.
    Password,
    /// It is not an address of the form `host:port`.
    Unreadable,
}

impl ProxyProblem {
    /// A stable snake_case name, for JSON and translation keys.
    pub fn key(self) -> &'static str {
        match self {
            ProxyProblem::Scheme => "scheme",
            ProxyProblem::Password => "password",
            ProxyProblem::Unreadable => "unreadable",
        }
    }
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
        /// The character itself (the catalog names it).
        character: char,
    },
    /// The URL parser refused it for a reason wirepeek has no words of its own for.
    Unparsable {
        /// The URL parser's own words, quoted after the catalog's sentence.
        parser_said: String,
    },
    /// The URL has no host name.
    MissingHost,
    /// The port is not a whole number from 1 to 65535.
    BadPort {
        /// The port as typed.
        port: String,
        /// 1-based character position of the port in the URL as typed.
        position: usize,
    },
    /// The host holds a character no host name may hold (a space, `<`, `|` ...).
    BadHostCharacter {
        /// The character, as typed.
        character: String,
        /// 1-based character position in the URL as typed.
        position: usize,
    },
    /// The host is not a valid domain name (an empty part between dots, a part too long, or
    /// letters the international-name rules refuse).
    BadHostName {
        /// The host as typed.
        host: String,
    },
    /// The host looks like an IP address but is not one (an IPv6 address needs brackets).
    BadIpAddress {
        /// The host as typed.
        host: String,
    },
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
        /// The forbidden character itself: `\r`, `\n` or `\0` (the catalog names it).
        character: char,
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
    /// The certificate was revoked, is broken, or is not allowed for websites.
    BadCertificate {
        /// What is wrong with it.
        fault: CertificateFault,
    },
    /// The other side does not speak TLS (e.g. `https://` to a plain HTTP port).
    NotTls {
        /// The first bytes it sent, escaped.
        first_bytes: String,
    },
    /// The server refused the handshake (an alert).
    Refused {
        /// The alert it sent.
        alert: TlsAlert,
    },
    /// The `--cacert` file (or the one chosen in Settings) could not be used.
    BadCaFile(CaFileProblem),
    /// The handshake failed another way.
    Other(OtherTlsProblem),
}

/// A TLS alert, by its number in the protocol (RFC 8446 section 6; the IANA "TLS Alerts" list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TlsAlert(pub u8);

impl TlsAlert {
    /// The alert's name in the protocol (`handshake_failure`), or `None` for a number the
    /// IANA list does not name.
    pub fn name(self) -> Option<&'static str> {
        Some(match self.0 {
            0 => "close_notify",
            10 => "unexpected_message",
            20 => "bad_record_mac",
            21 => "decryption_failed",
            22 => "record_overflow",
            30 => "decompression_failure",
            40 => "handshake_failure",
            41 => "no_certificate",
            42 => "bad_certificate",
            43 => "unsupported_certificate",
            44 => "certificate_revoked",
            45 => "certificate_expired",
            46 => "certificate_unknown",
            47 => "illegal_parameter",
            48 => "unknown_ca",
            49 => "access_denied",
            50 => "decode_error",
            51 => "decrypt_error",
            60 => "export_restriction",
            70 => "protocol_version",
            71 => "insufficient_security",
            80 => "internal_error",
            86 => "inappropriate_fallback",
            90 => "user_canceled",
            100 => "no_renegotiation",
            109 => "missing_extension",
            110 => "unsupported_extension",
            111 => "certificate_unobtainable",
            112 => "unrecognized_name",
            113 => "bad_certificate_status_response",
            114 => "bad_certificate_hash_value",
            115 => "unknown_psk_identity",
            116 => "certificate_required",
            120 => "no_application_protocol",
            121 => "ech_required",
            _ => return None,
        })
    }
}

/// What is wrong with a certificate the server showed, beyond its issuer, dates and names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CertificateFault {
    /// It is not a well-formed certificate.
    BadEncoding,
    /// Its signature does not check out.
    BadSignature,
    /// It is signed with an algorithm wirepeek does not accept.
    UnsupportedSignature,
    /// Its authority revoked it.
    Revoked,
    /// Whether it was revoked cannot be known (no usable revocation list).
    RevocationUnknown,
    /// It is not meant for websites (its "extended key usage" does not allow a TLS server).
    NotForServers,
    /// It holds a part marked critical that the checker does not understand.
    UnhandledCriticalExtension,
    /// Another reason.
    Other {
        /// rustls' own words, quoted after the catalog's sentence.
        rustls_said: String,
    },
}

impl CertificateFault {
    /// A stable snake_case name, for message ids.
    pub fn key(&self) -> &'static str {
        match self {
            CertificateFault::BadEncoding => "bad_encoding",
            CertificateFault::BadSignature => "bad_signature",
            CertificateFault::UnsupportedSignature => "unsupported_signature",
            CertificateFault::Revoked => "revoked",
            CertificateFault::RevocationUnknown => "revocation_unknown",
            CertificateFault::NotForServers => "not_for_servers",
            CertificateFault::UnhandledCriticalExtension => "unhandled_critical_extension",
            CertificateFault::Other { .. } => "other",
        }
    }
}

/// Why an extra certificate authority file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaFileProblem {
    /// It holds no PEM `CERTIFICATE` block.
    NoCertificate,
    /// A PEM block has no `-----END ...-----` line.
    UnfinishedBlock,
    /// A line that starts a PEM block is not of the form `-----BEGIN ...-----`.
    BadBlockStart,
    /// The text between a block's lines is not valid base64.
    BadBase64,
    /// The PEM text cannot be read for another reason.
    BadPem {
        /// The PEM reader's own words, quoted after the catalog's sentence.
        reader_said: String,
    },
    /// A certificate in it cannot serve as a certificate authority.
    Unusable {
        /// Which certificate, counting from 1 in the file.
        number: usize,
        /// rustls' own words, quoted after the catalog's sentence.
        rustls_said: String,
    },
    /// The file could not be read at all (the window reads the file named in Settings).
    CannotRead {
        /// The file's path as given.
        path: String,
        /// The category of the operating system's error (not found, no permission ...).
        kind: std::io::ErrorKind,
        /// The operating system's own words, quoted after the catalog's sentence.
        os_said: String,
    },
}

impl CaFileProblem {
    /// A stable snake_case name, for message ids.
    pub fn key(&self) -> &'static str {
        match self {
            CaFileProblem::NoCertificate => "no_certificate",
            CaFileProblem::UnfinishedBlock => "unfinished_block",
            CaFileProblem::BadBlockStart => "bad_block_start",
            CaFileProblem::BadBase64 => "bad_base64",
            CaFileProblem::BadPem { .. } => "bad_pem",
            CaFileProblem::Unusable { .. } => "unusable",
            CaFileProblem::CannotRead { .. } => "cannot_read",
        }
    }
}

/// A TLS failure that is not about the certificate or an alert.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OtherTlsProblem {
    /// The server closed the connection before sending a single byte of the handshake.
    ClosedBeforeAnswer,
    /// The server closed the connection in the middle of the handshake.
    ClosedDuringHandshake,
    /// The host cannot be used as a TLS server name.
    BadServerName {
        /// The name as it would have been sent.
        name: String,
    },
    /// The server sent TLS messages that break the protocol's rules.
    BadMessage {
        /// rustls' own words, quoted after the catalog's sentence.
        rustls_said: String,
    },
    /// The two sides have no protocol version, cipher suite or key exchange in common.
    Incompatible {
        /// rustls' own words, quoted after the catalog's sentence.
        rustls_said: String,
    },
    /// The server broke the protocol's rules in the middle of the handshake.
    Misbehaved {
        /// rustls' own words, quoted after the catalog's sentence.
        rustls_said: String,
    },
    /// Anything else rustls reported.
    Library {
        /// rustls' own words, quoted after the catalog's sentence.
        rustls_said: String,
    },
}

impl OtherTlsProblem {
    /// A stable snake_case name, for message ids.
    pub fn key(&self) -> &'static str {
        match self {
            OtherTlsProblem::ClosedBeforeAnswer => "closed_before_answer",
            OtherTlsProblem::ClosedDuringHandshake => "closed_during_handshake",
            OtherTlsProblem::BadServerName { .. } => "bad_server_name",
            OtherTlsProblem::BadMessage { .. } => "bad_message",
            OtherTlsProblem::Incompatible { .. } => "incompatible",
            OtherTlsProblem::Misbehaved { .. } => "misbehaved",
            OtherTlsProblem::Library { .. } => "library",
        }
    }
}

/// How a reply broke the HTTP rules in a way that stops reading it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MalformedProblem {
    /// The connection closed after an interim (1xx) response, before the final one.
    ClosedAfterInterim,
    /// The connection closed in the middle of the response head.
    ClosedInHead {
        /// Head bytes that had arrived.
        received: u64,
    },
    /// The head could not be read to its end.
    HeadUnfinished,
    /// The status line does not start with an HTTP version of the form `HTTP/x.y`.
    BadVersion {
        /// The status line, escaped.
        line: String,
    },
    /// The status code is not three digits.
    BadStatusCode {
        /// The status line, escaped.
        line: String,
    },
    /// The status code is below 100.
    StatusBelow100 {
        /// The code.
        code: u16,
    },
    /// One line of the head breaks the rules.
    BadHeadLine {
        /// The line's 1-based number in the head.
        number: usize,
        /// The line, escaped.
        line: String,
        /// What is wrong with it.
        fault: LineFault,
    },
    /// The head is not valid HTTP for a reason the parser names.
    Unparsable {
        /// Where the parser found the head broken.
        fault: HeadFault,
    },
    /// `Content-Length` is not a number.
    ContentLengthNotNumber {
        /// The value as sent.
        value: String,
    },
    /// `Content-Length` is too large to count.
    ContentLengthTooLarge {
        /// The value as sent.
        value: String,
    },
    /// Two different `Content-Length` values.
    ContentLengthConflict {
        /// The first value.
        first: u64,
        /// The other value.
        second: u64,
    },
    /// A chunk-size line does not start with a hexadecimal size.
    ChunkSizeNotHex {
        /// The line, escaped.
        line: String,
    },
    /// A chunk size too large to count (more than 16 hexadecimal digits after leading zeros).
    ChunkSizeTooLarge {
        /// The line, escaped.
        line: String,
    },
    /// A chunk-size line has text after the size that is not an extension.
    ChunkSizeTrailingText {
        /// The line, escaped.
        line: String,
    },
    /// A chunk is longer than its announced size.
    ChunkTooLong {
        /// The chunk's number, as the list of chunks counts it.
        chunk: usize,
        /// The bytes where its end should be, escaped.
        next: String,
    },
}

/// Where the head parser (httparse) found a response head broken, when no single line could be
/// blamed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadFault {
    /// The HTTP version.
    Version,
    /// The status code.
    Status,
    /// A header name.
    HeaderName,
    /// A header value.
    HeaderValue,
    /// A line ending.
    NewLine,
    /// A word where a token was needed.
    Token,
    /// More header lines than the parser can hold.
    TooManyHeaders,
}

impl HeadFault {
    /// A stable snake_case name, for message ids.
    pub fn key(self) -> &'static str {
        match self {
            HeadFault::Version => "version",
            HeadFault::Status => "status",
            HeadFault::HeaderName => "header_name",
            HeadFault::HeaderValue => "header_value",
            HeadFault::NewLine => "new_line",
            HeadFault::Token => "token",
            HeadFault::TooManyHeaders => "too_many_headers",
        }
    }
}

/// What is wrong with one line of a response head.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineFault {
    /// It holds a NUL byte.
    Nul,
    /// It holds a CR that does not end it.
    LoneCr,
    /// It is not a `Name: value` header.
    NoColon,
    /// Its header name is empty.
    EmptyName,
    /// Its header name has characters a name may not have.
    BadName,
    /// Its value has a control character.
    ControlInValue,
    /// The status line's reason phrase has a control character.
    ControlInReason,
    /// It starts with a space or tab right after the status line, where it cannot continue a
    /// header (RFC 9112 section 2.2).
    BlankFirstHeader,
}

impl LineFault {
    /// A short name for message ids.
    pub fn key(self) -> &'static str {
        match self {
            LineFault::Nul => "nul",
            LineFault::LoneCr => "lone_cr",
            LineFault::NoColon => "no_colon",
            LineFault::EmptyName => "empty_name",
            LineFault::BadName => "bad_name",
            LineFault::ControlInValue => "control_in_value",
            LineFault::ControlInReason => "control_in_reason",
            LineFault::BlankFirstHeader => "blank_first_header",
        }
    }
}

impl MalformedProblem {
    /// A stable snake_case name, for message ids.
    pub fn kind(&self) -> &'static str {
        match self {
            MalformedProblem::ClosedAfterInterim => "closed_after_interim",
            MalformedProblem::ClosedInHead { .. } => "closed_in_head",
            MalformedProblem::HeadUnfinished => "head_unfinished",
            MalformedProblem::BadVersion { .. } => "bad_version",
            MalformedProblem::BadStatusCode { .. } => "bad_status_code",
            MalformedProblem::StatusBelow100 { .. } => "status_below_100",
            MalformedProblem::BadHeadLine { .. } => "bad_head_line",
            MalformedProblem::Unparsable { .. } => "unparsable",
            MalformedProblem::ContentLengthNotNumber { .. } => "content_length_not_number",
            MalformedProblem::ContentLengthTooLarge { .. } => "content_length_too_large",
            MalformedProblem::ContentLengthConflict { .. } => "content_length_conflict",
            MalformedProblem::ChunkSizeNotHex { .. } => "chunk_size_not_hex",
            MalformedProblem::ChunkSizeTrailingText { .. } => "chunk_size_trailing_text",
            MalformedProblem::ChunkSizeTooLarge { .. } => "chunk_size_too_large",
            MalformedProblem::ChunkTooLong { .. } => "chunk_too_long",
        }
    }
}

/// The result of checking the server's certificate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Verification {
    /// The handshake did not get as far as a result (it stopped for another reason).
    #[default]
    NotFinished,
    /// The certificate chain is trusted and names the host.
    Verified,
    /// The check failed, and why.
    Failed(TlsProblem),
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
            FetchError::Malformed(_) => "malformed_response",
            FetchError::LimitExceeded { .. } => "limit_exceeded",
            FetchError::BodyIncomplete { .. } => "body_incomplete",
            FetchError::Decode { .. } => "decode",
            FetchError::TooManyRedirects { .. } => "too_many_redirects",
            FetchError::Cancelled { .. } => "cancelled",
            FetchError::OutputFailed { .. } => "output_failed",
            FetchError::Io { .. } => "io",
            FetchError::BadProxy { .. } => "bad_proxy",
            FetchError::ProxyRefused { .. } => "proxy_refused",
            FetchError::ProxyAuthenticationRequired { .. } => "proxy_authentication_required",
            FetchError::ProxyRefusedTunnel { .. } => "proxy_refused_tunnel",
            FetchError::ProxyClosedTunnel { .. } => "proxy_closed_tunnel",
            FetchError::ProxyClosed { .. } => "proxy_closed",
            FetchError::ProxyNotHttp { .. } => "proxy_not_http",
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
            TlsProblem::BadCaFile(_) => "bad_ca_file",
            TlsProblem::Other(_) => "other",
        }
    }
}

/// Bytes as printable text: ASCII as is, CR/LF/TAB as `\r` `\n` `\t`, everything else `\xNN`.
pub fn escape_bytes(bytes: &[u8], max: usize) -> String {
    let mut out = String::new();
    for &b in bytes.iter().take(max) {
        push_escaped_byte(&mut out, b, None);
    }
    if bytes.len() > max {
        out.push('…');
    }
    out
}

/// Write byte `b` to `out` the way C, Python and Rust literals escape it: printable ASCII as
/// itself, CR/LF/TAB as `\r` `\n` `\t`, a backslash doubled, every other byte as `\xNN`; the
/// literal's own `quote` (if any) gets a backslash too.
pub fn push_escaped_byte(out: &mut String, b: u8, quote: Option<u8>) {
    match b {
        b'\r' => out.push_str("\\r"),
        b'\n' => out.push_str("\\n"),
        b'\t' => out.push_str("\\t"),
        b'\\' => out.push_str("\\\\"),
        _ if Some(b) == quote => {
            out.push('\\');
            out.push(char::from(b));
        }
        0x20..=0x7e => out.push(char::from(b)),
        _ => out.push_str(&format!("\\x{b:02x}")),
    }
}

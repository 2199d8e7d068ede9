//! Things that are allowed, or were worked around, but that a learner should know about.

use std::fmt;

/// One note about an exchange. [`fmt::Display`] gives it in plain English; [`Warning::kind`] is
/// a stable name that the window uses to show it in the learner's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The URL had no scheme, so `http://` was put in front.
    SchemeAdded,
    /// The URL had a user name or password; they were not sent.
    UserinfoNotSent,
    /// Lines of the head end with LF alone instead of CR LF.
    BareLineFeedsInHead,
    /// `HTTP/1.x` with x > 1 (does not exist) was read as HTTP/1.1.
    UnknownMinorVersion {
        /// The minor version digit the server wrote.
        minor: char,
    },
    /// The status code is above 599.
    StatusOutOfRange {
        /// The code.
        code: u16,
    },
    /// A header was folded over several lines (obsolete) and was joined.
    FoldedHeader {
        /// The header's name.
        name: String,
    },
    /// Both `Transfer-Encoding` and `Content-Length` were sent; the first one wins.
    LengthAndTransferEncoding,
    /// `Transfer-Encoding` does not end with `chunked`, so the body runs until close.
    TransferEncodingNotChunked {
        /// The codings as sent.
        codings: String,
    },
    /// `Content-Length` came more than once with one value.
    RepeatedContentLength {
        /// How many times.
        count: usize,
    },
    /// A chunk ends with LF alone instead of CR LF.
    BareLineFeedInChunk,
    /// More chunks than are listed one by one.
    ManyChunks {
        /// How many are listed.
        listed: usize,
    },
    /// A trailer line without a colon was ignored.
    TrailerWithoutColon {
        /// The line, escaped.
        line: String,
    },
    /// TLS ended without `close_notify` on a body that runs until close.
    TlsClosedWithoutNotify,
    /// A `deflate` body without the zlib header, decoded as raw deflate.
    RawDeflate,
    /// A content coding we cannot undo; the body is shown as received.
    UnknownContentCoding {
        /// The coding's name.
        coding: String,
    },
    /// Bytes after the end of the body.
    ExtraBytes {
        /// How many.
        count: usize,
    },
    /// More reads than are listed one by one; the later ones were merged.
    ReadsMerged {
        /// How many are listed.
        listed: usize,
    },
    /// The server hung up before the whole request was written; its answer was read anyway.
    ClosedWhileSending,
    /// This exchange was reached through a redirect.
    RedirectedFrom {
        /// The redirect's status code.
        code: u16,
        /// Its reason phrase.
        reason: String,
        /// The URL that redirected.
        url: String,
    },
    /// A redirect went from https to plain http.
    HttpsToHttp,
    /// `Authorization`/`Cookie` were dropped on a redirect to another server.
    CredentialsDropped,
}

impl Warning {
    /// A stable snake_case name, for translation keys.
    pub fn kind(&self) -> &'static str {
        match self {
            Warning::SchemeAdded => "scheme_added",
            Warning::UserinfoNotSent => "userinfo_not_sent",
            Warning::BareLineFeedsInHead => "bare_lf_head",
            Warning::UnknownMinorVersion { .. } => "unknown_minor_version",
            Warning::StatusOutOfRange { .. } => "status_out_of_range",
            Warning::FoldedHeader { .. } => "folded_header",
            Warning::LengthAndTransferEncoding => "length_and_transfer_encoding",
            Warning::TransferEncodingNotChunked { .. } => "transfer_encoding_not_chunked",
            Warning::RepeatedContentLength { .. } => "repeated_content_length",
            Warning::BareLineFeedInChunk => "bare_lf_chunk",
            Warning::ManyChunks { .. } => "many_chunks",
            Warning::TrailerWithoutColon { .. } => "trailer_without_colon",
            Warning::TlsClosedWithoutNotify => "tls_closed_without_notify",
            Warning::RawDeflate => "raw_deflate",
            Warning::UnknownContentCoding { .. } => "unknown_content_coding",
            Warning::ExtraBytes { .. } => "extra_bytes",
            Warning::ReadsMerged { .. } => "reads_merged",
            Warning::ClosedWhileSending => "closed_while_sending",
            Warning::RedirectedFrom { .. } => "redirected_from",
            Warning::HttpsToHttp => "https_to_http",
            Warning::CredentialsDropped => "credentials_dropped",
        }
    }

    /// The data the message is built from, by name (for translations).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Warning::UnknownMinorVersion { minor } => vec![("minor", minor.to_string())],
            Warning::StatusOutOfRange { code } => vec![("code", code.to_string())],
            Warning::FoldedHeader { name } => vec![("name", name.clone())],
            Warning::TransferEncodingNotChunked { codings } => vec![("codings", codings.clone())],
            Warning::RepeatedContentLength { count } => vec![("count", count.to_string())],
            Warning::ManyChunks { listed } | Warning::ReadsMerged { listed } => {
                vec![("listed", listed.to_string())]
            }
            Warning::TrailerWithoutColon { line } => vec![("line", line.clone())],
            Warning::UnknownContentCoding { coding } => vec![("coding", coding.clone())],
            Warning::ExtraBytes { count } => vec![("count", count.to_string())],
            Warning::RedirectedFrom { code, reason, url } => vec![
                ("code", code.to_string()),
                ("reason", reason.clone()),
                ("url", url.clone()),
            ],
            _ => Vec::new(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::SchemeAdded => write!(f, "No scheme was typed, so http:// was added."),
            Warning::UserinfoNotSent => write!(
                f,
                "The user name and password in the URL were not sent (wirepeek never sends them on its own)."
            ),
            Warning::BareLineFeedsInHead => write!(
                f,
                "Some lines of the response head end with LF alone instead of CR LF."
            ),
            Warning::UnknownMinorVersion { minor } => write!(
                f,
                "The server answered with HTTP/1.{minor}, which does not exist; read as HTTP/1.1."
            ),
            Warning::StatusOutOfRange { code } => write!(
                f,
                "The status code {code} is outside the range 100-599 that HTTP defines."
            ),
            Warning::FoldedHeader { name } => write!(
                f,
                "The header \"{name}\" was folded over several lines (an obsolete form); the lines were joined with a space."
            ),
            Warning::LengthAndTransferEncoding => write!(
                f,
                "The response has both Transfer-Encoding and Content-Length; Transfer-Encoding wins and Content-Length is ignored."
            ),
            Warning::TransferEncodingNotChunked { codings } => write!(
                f,
                "Transfer-Encoding \"{codings}\" does not end with chunked, so the body runs until the connection closes."
            ),
            Warning::RepeatedContentLength { count } => write!(
                f,
                "Content-Length was given {count} times with the same value; it is used once."
            ),
            Warning::BareLineFeedInChunk => {
                write!(f, "A chunk ends with LF alone instead of CR LF.")
            }
            Warning::ManyChunks { listed } => write!(
                f,
                "More than {listed} chunks: only the first ones are listed; all are in the body."
            ),
            Warning::TrailerWithoutColon { line } => {
                write!(f, "A trailer line without a colon was ignored: \"{line}\".")
            }
            Warning::TlsClosedWithoutNotify => write!(
                f,
                "The TLS connection closed without close_notify; the body ends at the close, so it may be truncated."
            ),
            Warning::RawDeflate => write!(
                f,
                "The deflate body has no zlib header (raw deflate); decoded anyway."
            ),
            Warning::UnknownContentCoding { coding } => write!(
                f,
                "The content coding \"{coding}\" is not supported; the body is shown as received."
            ),
            Warning::ExtraBytes { count } => write!(
                f,
                "{count} bytes arrived after the end of the body and were not used."
            ),
            Warning::ReadsMerged { listed } => write!(
                f,
                "More than {listed} reads: the later ones are merged into the last entry of the read list."
            ),
            Warning::ClosedWhileSending => write!(
                f,
                "The server closed the connection before the whole request was sent; its answer is read anyway."
            ),
            Warning::RedirectedFrom { code, reason, url } => {
                write!(f, "Redirected here by {code} {reason} from {url}.")
            }
            Warning::HttpsToHttp => write!(
                f,
                "This redirect goes from https to plain http: what follows is not encrypted."
            ),
            Warning::CredentialsDropped => write!(
                f,
                "Authorization and Cookie headers were dropped because the redirect goes to another server (host, port or scheme)."
            ),
        }
    }
}

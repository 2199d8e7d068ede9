//! Things that are allowed, or were worked around, but that a learner should know about.

/// One note about an exchange: a kind plus its data. [`Warning::kind`] is a stable name;
/// `crate::learn::notes` turns a note into its message, rendered in the reader's language.
/// No `Display`: the words live in the catalog, which `wire` cannot reach.
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
}

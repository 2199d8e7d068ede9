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
    /// A trailer line that breaks the header syntax otherwise was left out.
    BadTrailerLine {
        /// The line, escaped.
        line: String,
        /// What is wrong with it.
        fault: super::error::LineFault,
    },
    /// A trailer names a field that only means something before the body (framing, routing,
    /// content type); it is listed but changes nothing.
    ForbiddenTrailer {
        /// The field's name as sent.
        name: String,
    },
    /// `Transfer-Encoding` names codings besides `chunked` (such as gzip); they were undone
    /// like a content coding.
    TransferCodingUndone {
        /// Those codings, in the order the server applied them.
        codings: String,
    },
    /// `Transfer-Encoding` names `chunked` more than once, which a sender must not do; one
    /// layer of chunks was read.
    ChunkedTwice,
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
        /// Where they start in [`crate::wire::Exchange::received`].
        offset: usize,
    },
    /// The operating system's certificate store was asked for but gave nothing, or not all of
    /// it could be read; https went on with what there was (and the bundled roots).
    SystemStoreUnreadable {
        /// How many certificates were read from it.
        found: usize,
        /// What went wrong, in the certificate loader's own words (empty when it said nothing),
        /// quoted after the catalog's sentence.
        loader_said: String,
    },
    /// More reads than are listed one by one; the later ones were merged.
    ReadsMerged {
        /// How many are listed.
        listed: usize,
    },
    /// The server hung up before the whole request was written; its answer was read anyway.
    ClosedWhileSending,
    /// Plain http through a proxy: the proxy (the other end of the socket) hung up before the
    /// whole request was written; what it sent back was read anyway.
    ProxyClosedWhileSending {
        /// The proxy setting.
        proxy: String,
    },
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
    CredentialsDropped {
        /// The names of the headers left out, as they were written, joined by ", ".
        headers: String,
    },
    /// Following a 301 or 302 after a POST, or a 303, the next request is a GET: the method
    /// changed and the body (if any) was left out, as browsers do.
    BecameGet {
        /// The redirect's status code.
        code: u16,
        /// The method of the request before.
        method: String,
        /// Whether a body was left out.
        body_dropped: bool,
    },
    /// Empty lines (CR LF or LF) came before a status line and were skipped (RFC 9112 section
    /// 2.2 asks a reader to do so).
    EmptyLinesBeforeStatus {
        /// How many bytes were skipped.
        count: usize,
        /// Where they start in [`crate::wire::Exchange::received`].
        offset: usize,
    },
    /// The status line has an unusual shape, but its version and code are clear.
    OddStatusLine {
        /// What is unusual.
        shape: StatusLineShape,
        /// Where the status line starts in [`crate::wire::Exchange::received`].
        offset: usize,
    },
    /// A version other than HTTP/1.x (`HTTP/0.9`, `HTTP/2.0`, ...) in a status line, read as
    /// HTTP/1.1: no such version ever sends a text status line.
    OtherHttpVersion {
        /// The version as written.
        version: String,
        /// Its major number (0 for HTTP/0.9, 2, 3, ...).
        major: u8,
    },
    /// The head holds bytes outside ASCII (obs-text): allowed, but read differently by
    /// different programs.
    NonAsciiInHead {
        /// How many such bytes.
        count: usize,
        /// Where the first one is in [`crate::wire::Exchange::received`].
        offset: usize,
    },
    /// Whitespace between a chunk size and the end of its line or its extension.
    ChunkSizeWhitespace {
        /// Where the size line starts in [`crate::wire::Exchange::received`].
        offset: usize,
    },
    /// A chunk extension that is not `;name` or `;name=value` (e.g. a `;` with no name);
    /// the size was clear, so the chunk was read.
    OddChunkExtension {
        /// The size line, escaped.
        line: String,
        /// Where the size line starts in [`crate::wire::Exchange::received`].
        offset: usize,
    },
    /// The connection closed after the last (zero-size) chunk without the empty line that
    /// ends a chunked body; every chunk had arrived, so the body is complete.
    NoBlankLineAfterLastChunk {
        /// Where the empty line should be in [`crate::wire::Exchange::received`].
        offset: usize,
    },
    /// Blanks between a header's name and its colon (`Name : value`): a request with them must
    /// be refused, a proxy must remove them from a response (RFC 9112 section 5.1). Read with
    /// the name without them.
    SpaceBeforeColon {
        /// The header's name (without the blanks).
        name: String,
        /// Where its line starts in [`crate::wire::Exchange::received`].
        offset: usize,
    },
    /// An HTTP/1.0 response with `Transfer-Encoding`, which HTTP/1.0 does not have: its framing
    /// cannot be trusted (RFC 9112 section 6.1). Read as the header says.
    TransferEncodingInHttp10,
    /// The final response is `101 Switching Protocols`: wirepeek does not switch, so it stops
    /// reading after the head.
    SwitchingProtocols {
        /// Whether the request asked for it (sent `Upgrade`).
        asked: bool,
        /// Bytes that came after its head: the other protocol's, not HTTP's.
        following: usize,
    },
    /// The response has no body by rule although it announces a length.
    NoBodyDespiteLength {
        /// The rule that says there is no body.
        rule: NoBodyRule,
        /// The `Content-Length` the head announced.
        length: u64,
    },
    /// Raw request text without a `Host` header (sent as typed).
    RawWithoutHost {
        /// Whether the request line says HTTP/1.1, which requires `Host`.
        required: bool,
    },
    /// Lines of raw request text end with LF alone instead of CR LF (sent as typed).
    RawBareLineFeeds {
        /// How many lines of the head.
        count: usize,
    },
    /// Raw request text has no empty line after its head, so the server waits for more.
    RawHeadNotEnded,
    /// The bytes after the head of raw request text are not as many as its `Content-Length`
    /// says (or there is none for them), so the server reads too few or waits for more.
    RawLengthMismatch {
        /// The `Content-Length` value as typed, if there is one.
        declared: Option<String>,
        /// How many bytes follow the empty line.
        actual: usize,
    },
}

/// How a status line departs from `HTTP/1.1 200 OK` (one space, one space, a reason).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusLineShape {
    /// Spaces or tabs before `HTTP/`.
    LeadingWhitespace,
    /// `http/1.1`: the protocol name is case-sensitive.
    LowercaseName,
    /// Two or more spaces between the parts.
    ExtraSpaces,
    /// A tab between the parts.
    Tab,
    /// Nothing after the code, not even the space before an empty reason phrase.
    NoSpaceAfterCode,
}

impl StatusLineShape {
    /// A short name for message selectors.
    pub fn key(self) -> &'static str {
        match self {
            StatusLineShape::LeadingWhitespace => "leading_whitespace",
            StatusLineShape::LowercaseName => "lowercase_name",
            StatusLineShape::ExtraSpaces => "extra_spaces",
            StatusLineShape::Tab => "tab",
            StatusLineShape::NoSpaceAfterCode => "no_space_after_code",
        }
    }
}

/// Why a response has no body whatever its headers say (RFC 9112 section 6.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoBodyRule {
    /// It answers a `HEAD` request: the head only, telling what a `GET` would get.
    HeadRequest,
    /// `204 No Content`.
    NoContent,
    /// `304 Not Modified`: the length is that of the copy the client already has.
    NotModified,
}

impl NoBodyRule {
    /// A short name for message selectors.
    pub fn key(self) -> &'static str {
        match self {
            NoBodyRule::HeadRequest => "head_request",
            NoBodyRule::NoContent => "no_content",
            NoBodyRule::NotModified => "not_modified",
        }
    }
}

impl Warning {
    /// Where the bytes the note is about start in [`crate::wire::Exchange::received`], for
    /// notes that point at a place in the reply (a view can show the learner those bytes).
    pub fn offset(&self) -> Option<usize> {
        match self {
            Warning::ExtraBytes { offset, .. }
            | Warning::EmptyLinesBeforeStatus { offset, .. }
            | Warning::OddStatusLine { offset, .. }
            | Warning::NonAsciiInHead { offset, .. }
            | Warning::ChunkSizeWhitespace { offset }
            | Warning::OddChunkExtension { offset, .. }
            | Warning::NoBlankLineAfterLastChunk { offset }
            | Warning::SpaceBeforeColon { offset, .. } => Some(*offset),
            _ => None,
        }
    }

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
            Warning::BadTrailerLine { .. } => "bad_trailer_line",
            Warning::ForbiddenTrailer { .. } => "forbidden_trailer",
            Warning::TransferCodingUndone { .. } => "transfer_coding_undone",
            Warning::ChunkedTwice => "chunked_twice",
            Warning::TlsClosedWithoutNotify => "tls_closed_without_notify",
            Warning::RawDeflate => "raw_deflate",
            Warning::UnknownContentCoding { .. } => "unknown_content_coding",
            Warning::ExtraBytes { .. } => "extra_bytes",
            Warning::ReadsMerged { .. } => "reads_merged",
            Warning::SystemStoreUnreadable { .. } => "system_store_unreadable",
            Warning::ClosedWhileSending => "closed_while_sending",
            Warning::ProxyClosedWhileSending { .. } => "proxy_closed_while_sending",
            Warning::RedirectedFrom { .. } => "redirected_from",
            Warning::HttpsToHttp => "https_to_http",
            Warning::CredentialsDropped { .. } => "credentials_dropped",
            Warning::BecameGet { .. } => "became_get",
            Warning::EmptyLinesBeforeStatus { .. } => "empty_lines_before_status",
            Warning::OddStatusLine { .. } => "odd_status_line",
            Warning::OtherHttpVersion { .. } => "other_http_version",
            Warning::NonAsciiInHead { .. } => "non_ascii_in_head",
            Warning::ChunkSizeWhitespace { .. } => "chunk_size_whitespace",
            Warning::OddChunkExtension { .. } => "odd_chunk_extension",
            Warning::NoBlankLineAfterLastChunk { .. } => "no_blank_line_after_last_chunk",
            Warning::NoBodyDespiteLength { .. } => "no_body_despite_length",
            Warning::SpaceBeforeColon { .. } => "space_before_colon",
            Warning::TransferEncodingInHttp10 => "transfer_encoding_in_http10",
            Warning::SwitchingProtocols { .. } => "switching_protocols",
            Warning::RawWithoutHost { .. } => "raw_without_host",
            Warning::RawBareLineFeeds { .. } => "raw_bare_lf",
            Warning::RawHeadNotEnded => "raw_head_not_ended",
            Warning::RawLengthMismatch { .. } => "raw_length_mismatch",
        }
    }
}

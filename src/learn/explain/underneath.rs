//! What happened underneath each error and each engine note: the layer (DNS, TCP, TLS, HTTP)
//! where it happened and why. Entries are keyed by the engine's own kind names
//! (`FetchError::kind`, `TlsProblem::kind`, `Warning::kind`).

use super::Explanation;
use crate::wire::{FetchError, Warning};

/// What happened underneath one kind of error or note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Underneath {
    /// The engine's kind name (`connection_refused`).
    pub kind: &'static str,
    /// The standard that describes what happened; empty when it is wirepeek's own rule.
    pub standard: &'static str,
}

const fn u(kind: &'static str, standard: &'static str) -> Underneath {
    Underneath { kind, standard }
}

/// Every error kind (`FetchError::kind`).
pub const ERROR_KINDS: &[Underneath] = &[
    u("invalid_url", "RFC 3986, 3"),
    u("unsupported_scheme", "RFC 3986, 3.1"),
    u("invalid_request", "RFC 9110, 5.1"),
    u("no_such_host", "RFC 1035, 4"),
    u("connection_refused", "RFC 9293, 3.5.2"),
    u("unreachable", "RFC 792"),
    u("timeout", "RFC 9112, 9.5"),
    u("tls", "RFC 8446, 2"),
    u("connection_reset", "RFC 9293, 3.5.2"),
    u("closed_before_response", "RFC 9112, 9.6"),
    u("not_http", "RFC 9112, 4"),
    u("malformed_response", "RFC 9112, 2"),
    u("limit_exceeded", "RFC 9110, 2.3"),
    u("body_incomplete", "RFC 9112, 8"),
    u("decode", "RFC 9110, 8.4.1"),
    u("too_many_redirects", "RFC 9110, 15.4"),
    u("cancelled", ""),
    u("output_failed", ""),
    u("io", ""),
    u("bad_proxy", "RFC 9110, 4.2.1"),
    u("proxy_refused", "RFC 9293, 3.5.2"),
    u("proxy_authentication_required", "RFC 9110, 15.5.8"),
    u("proxy_refused_tunnel", "RFC 9110, 9.3.6"),
    u("proxy_closed_tunnel", "RFC 9110, 9.3.6"),
    u("proxy_closed", "RFC 9110, 3.7"),
    u("proxy_not_http", "RFC 9110, 3.7"),
];

/// Every TLS problem kind (`TlsProblem::kind`), asked about as errors too.
pub const TLS_KINDS: &[Underneath] = &[
    u("unknown_issuer", "RFC 5280, 6"),
    u("expired", "RFC 5280, 4.1.2.5"),
    u("not_yet_valid", "RFC 5280, 4.1.2.5"),
    u("name_mismatch", "RFC 9525, 6"),
    u("bad_certificate", "RFC 5280, 6"),
    u("not_tls", "RFC 8446, 5.1"),
    u("refused", "RFC 8446, 6.2"),
    u("bad_ca_file", "RFC 7468, 2"),
    u("other", "RFC 8446, 6"),
];

/// Every engine note kind (`Warning::kind`).
pub const NOTE_KINDS: &[Underneath] = &[
    u("scheme_added", "RFC 3986, 3.1"),
    u("userinfo_not_sent", "RFC 9110, 4.2.4"),
    u("bare_lf_head", "RFC 9112, 2.2"),
    u("unknown_minor_version", "RFC 9110, 2.5"),
    u("status_out_of_range", "RFC 9110, 15"),
    u("folded_header", "RFC 9112, 5.2"),
    u("length_and_transfer_encoding", "RFC 9112, 6.3"),
    u("transfer_encoding_not_chunked", "RFC 9112, 6.3"),
    u("repeated_content_length", "RFC 9110, 8.6"),
    u("bare_lf_chunk", "RFC 9112, 7.1"),
    u("many_chunks", "RFC 9112, 7.1"),
    u("trailer_without_colon", "RFC 9112, 7.1.2"),
    u("bad_trailer_line", "RFC 9112, 7.1.2"),
    u("forbidden_trailer", "RFC 9110, 6.5.1"),
    u("transfer_coding_undone", "RFC 9112, 7"),
    u("chunked_twice", "RFC 9112, 6.1"),
    u("tls_closed_without_notify", "RFC 8446, 6.1"),
    u("raw_deflate", "RFC 9110, 8.4.1.2"),
    u("unknown_content_coding", "RFC 9110, 8.4.1"),
    u("extra_bytes", "RFC 9112, 6.3"),
    u("reads_merged", ""),
    u("closed_while_sending", "RFC 9112, 9.6"),
    u("proxy_closed_while_sending", "RFC 9112, 9.6"),
    u("redirected_from", "RFC 9110, 15.4"),
    u("https_to_http", "RFC 9110, 4.2.2"),
    u("credentials_dropped", "RFC 9110, 15.4"),
    u("became_get", "RFC 9110, 15.4"),
    u("empty_lines_before_status", "RFC 9112, 2.2"),
    u("odd_status_line", "RFC 9112, 4"),
    u("other_http_version", "RFC 9110, 2.5"),
    u("non_ascii_in_head", "RFC 9110, 5.5"),
    u("chunk_size_whitespace", "RFC 9112, 7.1.1"),
    u("odd_chunk_extension", "RFC 9112, 7.1.1"),
    u("no_blank_line_after_last_chunk", "RFC 9112, 7.1"),
    u("no_body_despite_length", "RFC 9110, 8.6"),
    u("space_before_colon", "RFC 9112, 5.1"),
    u("transfer_encoding_in_http10", "RFC 9112, 6.1"),
    u("switching_protocols", "RFC 9110, 7.8"),
    u("raw_without_host", "RFC 9112, 3.2"),
    u("raw_bare_lf", "RFC 9112, 2.2"),
    u("raw_head_not_ended", "RFC 9112, 2.1"),
    u("raw_length_mismatch", "RFC 9112, 6.2"),
    u("system_store_unreadable", "RFC 5280, 6.1"),
];

impl Underneath {
    /// Its explanation as an error: `explain-error-KIND` (TLS problems: `explain-error-tls-KIND`).
    pub fn error_explanation(&self) -> Explanation {
        let id = if TLS_KINDS.contains(self) {
            format!("explain-error-tls-{}", self.kind)
        } else {
            format!("explain-error-{}", self.kind)
        };
        Explanation::from_id(self.kind, &id, self.standard)
    }

    /// Its explanation as a note: `explain-note-KIND`.
    pub fn note_explanation(&self) -> Explanation {
        Explanation::from_id(
            self.kind,
            &format!("explain-note-{}", self.kind),
            self.standard,
        )
    }
}

/// The kind typed by a learner, as the engine spells kinds (`connection-refused`, `Connection
/// refused` and `connection_refused` are one).
fn normalize(typed: &str) -> String {
    typed.trim().to_ascii_lowercase().replace([' ', '-'], "_")
}

/// What happened underneath the error kind `typed` (or TLS problem kind).
pub fn explain_error(typed: &str) -> Option<Explanation> {
    let typed = normalize(typed);
    ERROR_KINDS
        .iter()
        .chain(TLS_KINDS)
        .find(|e| e.kind == typed)
        .map(Underneath::error_explanation)
}

/// What happened underneath the note kind `typed`.
pub fn explain_note(typed: &str) -> Option<Explanation> {
    let typed = normalize(typed);
    NOTE_KINDS
        .iter()
        .find(|e| e.kind == typed)
        .map(Underneath::note_explanation)
}

/// What happened underneath `error`: a TLS error by its problem, others by their kind.
pub fn for_error(error: &FetchError) -> Option<Explanation> {
    match error {
        FetchError::Tls(problem) => TLS_KINDS
            .iter()
            .find(|e| e.kind == problem.kind())
            .map(Underneath::error_explanation),
        other => explain_error(other.kind()),
    }
}

/// What happened underneath `warning`.
pub fn for_note(warning: &Warning) -> Option<Explanation> {
    explain_note(warning.kind())
}

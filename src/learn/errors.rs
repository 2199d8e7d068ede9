//! The engine's errors as messages: what happened, what to try, and a short name for lists.

use super::{Arg, Message, Surface};
use crate::wire::{
    CaFileProblem, CertificateFault, DecodeProblem, FetchError, IoProblem, LimitKind,
    MalformedProblem, OtherTlsProblem, Phase, RequestProblem, TlsProblem, TrustedBy, UrlProblem,
    Verification,
};

/// What went wrong, with all the error's data: `error-KIND`.
pub fn error_message(error: &FetchError) -> Message {
    let message = Message::new(format!("error-{}", error.kind()));
    match error {
        FetchError::InvalidUrl(problem) => message.nested("problem", url_problem(problem)),
        FetchError::UnsupportedScheme { scheme } => message.text("scheme", scheme),
        FetchError::InvalidRequest(problem) => message.nested("problem", request_problem(problem)),
        FetchError::NoSuchHost { host, os_said } => {
            let message = message.text("host", host);
            match os_said {
                Some(os_said) => message.choice("said", "yes").text("os_said", os_said),
                None => message.choice("said", "no"),
            }
        }
        FetchError::ConnectionRefused { address } => message.text("address", address),
        FetchError::Unreachable {
            address,
            kind,
            os_said,
        } => message
            .text("address", address)
            .choice("reason", io_kind_key(*kind))
            .text("os_said", os_said),
        FetchError::Timeout { phase, limit } => message
            .with("phase", Arg::Phase(*phase))
            .with("seconds", Arg::Seconds(*limit)),
        FetchError::Tls(problem) => message.nested("problem", tls_problem(problem)),
        FetchError::ConnectionReset { phase } | FetchError::Cancelled { phase } => {
            message.with("phase", Arg::Phase(*phase))
        }
        FetchError::ClosedBeforeResponse => message,
        FetchError::NotHttp { first_bytes } => message.text("first_bytes", first_bytes),
        FetchError::Malformed(problem) => message.nested("problem", malformed_problem(problem)),
        FetchError::LimitExceeded { limit, max } => {
            message.nested("problem", limit_problem(*limit, *max))
        }
        FetchError::BodyIncomplete { received, expected } => {
            let message = message.with("received", Arg::Count(*received));
            match expected {
                Some(expected) => message
                    .choice("framing", "length")
                    .with("expected", Arg::Count(*expected)),
                None => message.choice("framing", "chunked"),
            }
        }
        FetchError::Decode { encoding, problem } => {
            let message = message
                .text("encoding", encoding)
                .choice("problem", problem.key());
            match problem {
                DecodeProblem::EndsEarly => message,
                DecodeProblem::Corrupt { decoder_said } => {
                    message.text("decoder_said", decoder_said)
                }
            }
        }
        FetchError::TooManyRedirects { max } => message.with("max", Arg::Count(*max as u64)),
        FetchError::OutputFailed { kind, os_said } => message
            .choice("reason", io_kind_key(*kind))
            .text("os_said", os_said),
        FetchError::Io { phase, problem } => message
            .with("phase", Arg::Phase(*phase))
            .nested("problem", io_problem(problem)),
        FetchError::BadProxy { text, reason } => {
            message.text("text", text).choice("reason", reason.key())
        }
        FetchError::ProxyRefused { proxy, address } => {
            message.text("proxy", proxy).text("address", address)
        }
        FetchError::ProxyAuthenticationRequired { proxy }
        | FetchError::ProxyClosedTunnel { proxy }
        | FetchError::ProxyClosed { proxy } => message.text("proxy", proxy),
        FetchError::ProxyNotHttp { proxy, first_bytes } => message
            .text("proxy", proxy)
            .text("first_bytes", first_bytes),
        FetchError::ProxyRefusedTunnel {
            proxy,
            code,
            reason,
        } => message
            .text("proxy", proxy)
            .text("code", code.to_string())
            .text("reason", reason),
    }
}

/// What the learner can try next, for the place they read it: `hint-KIND`, one entry per error,
/// choosing its words on `$surface` (and on `$limit` for limits). In the window a hint names the
/// Setting to change, with the value it had in the Setting's own unit; on the command line, the
/// flag.
pub fn error_hint(error: &FetchError, surface: Surface) -> Message {
    let id = match error {
        FetchError::Tls(problem) => format!("hint-tls-{}", tls_hint_group(problem)),
        other => format!("hint-{}", other.kind()),
    };
    let message = Message::new(id).choice("surface", surface.key());
    match error {
        FetchError::LimitExceeded { limit, max } => message
            .choice("limit", limit.key())
            .with("max", Arg::Bytes(*max as u64)),
        FetchError::Timeout { phase, limit } => message
            .choice("step", time_limit_of(*phase))
            .with("seconds", Arg::Seconds(*limit)),
        _ => message,
    }
}

/// The time limit (a Setting in the window) that governs a phase of the fetch.
fn time_limit_of(phase: Phase) -> &'static str {
    match phase {
        Phase::Resolving => "dns",
        Phase::Connecting | Phase::ProxyTunnel => "connect",
        Phase::TlsHandshake => "tls",
        Phase::Downloading | Phase::Decoding => "idle",
        Phase::Idle | Phase::Sending | Phase::Waiting | Phase::Done => "head",
    }
}

/// A short name of the error's kind for lists such as History: `error-kind-KIND`.
pub fn error_kind_name(error: &FetchError) -> Message {
    Message::new(format!("error-kind-{}", error.kind()))
}

/// The result of the certificate check, or `None` when the handshake never got that far.
pub fn verification(verification: &Verification) -> Option<Message> {
    match verification {
        Verification::NotFinished => None,
        Verification::Verified => Some(Message::new("tls-verified")),
        Verification::Failed(problem) => Some(tls_problem(problem)),
    }
}

/// Which trust store vouched for a verified certificate: `tls-trusted-by-SOURCE`.
pub fn trusted_by(source: TrustedBy) -> Message {
    Message::new(format!("tls-trusted-by-{}", source.key()))
}

/// The operating system's category of an error, as the catalog chooses its words on it
/// (`$reason`); each message words the categories that can reach it and says the rest plainly.
fn io_kind_key(kind: std::io::ErrorKind) -> &'static str {
    use std::io::ErrorKind as K;
    match kind {
        K::NotFound => "not_found",
        K::PermissionDenied => "permission_denied",
        K::IsADirectory => "is_a_directory",
        K::HostUnreachable => "host_unreachable",
        K::NetworkUnreachable => "network_unreachable",
        K::NetworkDown => "network_down",
        K::AddrNotAvailable => "addr_not_available",
        K::AddrInUse => "addr_in_use",
        K::BrokenPipe => "broken_pipe",
        K::StorageFull => "storage_full",
        K::OutOfMemory => "out_of_memory",
        _ => "other",
    }
}

fn io_problem(problem: &IoProblem) -> Message {
    let message = Message::new(format!("io-{}", problem.key()));
    match problem {
        IoProblem::NoAddress | IoProblem::HelperStopped => message,
        IoProblem::Os { kind, os_said } => message
            .choice("reason", io_kind_key(*kind))
            .text("os_said", os_said),
    }
}

/// A character by its name in the reader's language (`CR`, carriage return), with its code.
fn character_name(character: char) -> Message {
    let which = match character {
        '\t' => "tab",
        '\n' => "lf",
        '\r' => "cr",
        '\0' => "nul",
        '\u{7f}' => "del",
        _ => "other",
    };
    Message::new("char-name")
        .choice("which", which)
        .text("code", format!("U+{:04X}", u32::from(character)))
}

/// Several TLS problems share one piece of advice.
fn tls_hint_group(problem: &TlsProblem) -> &'static str {
    match problem {
        TlsProblem::UnknownIssuer => "unknown_issuer",
        TlsProblem::Expired { .. } | TlsProblem::NotYetValid { .. } => "dates",
        TlsProblem::NameMismatch { .. } => "name_mismatch",
        TlsProblem::NotTls { .. } => "not_tls",
        TlsProblem::BadCaFile(_) => "bad_ca_file",
        TlsProblem::BadCertificate { .. } | TlsProblem::Refused { .. } | TlsProblem::Other(_) => {
            "other"
        }
    }
}

fn url_problem(problem: &UrlProblem) -> Message {
    match problem {
        UrlProblem::Empty => Message::new("url-empty"),
        UrlProblem::ControlCharacter {
            position,
            character,
        } => Message::new("url-control_character")
            .text("position", position.to_string())
            .nested("name", character_name(*character)),
        UrlProblem::Unparsable { parser_said } => {
            Message::new("url-unparsable").text("parser_said", parser_said)
        }
        UrlProblem::MissingHost => Message::new("url-missing_host"),
        UrlProblem::BadPort { port, position } => Message::new("url-bad_port")
            .text("port", port)
            .text("position", position.to_string()),
        UrlProblem::BadHostCharacter {
            character,
            position,
        } => Message::new("url-bad_host_character")
            .text("character", character)
            .text("position", position.to_string()),
        UrlProblem::BadHostName { host } => Message::new("url-bad_host_name").text("host", host),
        UrlProblem::BadIpAddress { host } => Message::new("url-bad_ip_address").text("host", host),
    }
}

fn request_problem(problem: &RequestProblem) -> Message {
    match problem {
        RequestProblem::BadMethod { method } => {
            Message::new("request-bad_method").text("method", method)
        }
        RequestProblem::BadHeaderName { name } => {
            Message::new("request-bad_header_name").text("name", name)
        }
        RequestProblem::BadHeaderValue { name, character } => {
            Message::new("request-bad_header_value")
                .text("name", name)
                .nested("character", character_name(*character))
        }
        RequestProblem::MissingColon { line } => {
            Message::new("request-missing_colon").text("line", line)
        }
    }
}

fn tls_problem(problem: &TlsProblem) -> Message {
    let message = Message::new(format!("tls-{}", problem.kind()));
    match problem {
        TlsProblem::UnknownIssuer => message,
        TlsProblem::Expired { not_after } => message.text("date", not_after),
        TlsProblem::NotYetValid { not_before } => message.text("date", not_before),
        TlsProblem::NameMismatch {
            expected,
            presented,
        } => message
            .text("expected", expected)
            .text("presented", presented.join(", "))
            .choice("names", if presented.is_empty() { "none" } else { "some" }),
        TlsProblem::BadCertificate { fault } => {
            let message = message.choice("fault", fault.key());
            match fault {
                CertificateFault::Other { rustls_said } => message.text("rustls_said", rustls_said),
                _ => message,
            }
        }
        // The catalog explains the common alerts by name and words the rest alike.
        TlsProblem::Refused { alert } => message.text(
            "alert",
            alert
                .name()
                .map_or_else(|| alert.0.to_string(), str::to_owned),
        ),
        TlsProblem::BadCaFile(problem) => ca_file_problem(message, problem),
        TlsProblem::Other(problem) => {
            let message = message.choice("cause", problem.key());
            match problem {
                OtherTlsProblem::ClosedBeforeAnswer | OtherTlsProblem::ClosedDuringHandshake => {
                    message
                }
                OtherTlsProblem::BadServerName { name } => message.text("name", name),
                OtherTlsProblem::BadMessage { rustls_said }
                | OtherTlsProblem::Incompatible { rustls_said }
                | OtherTlsProblem::Misbehaved { rustls_said }
                | OtherTlsProblem::Library { rustls_said } => {
                    message.text("rustls_said", rustls_said)
                }
            }
        }
        TlsProblem::NotTls { first_bytes } => message.text("first_bytes", first_bytes),
    }
}

fn ca_file_problem(message: Message, problem: &CaFileProblem) -> Message {
    let message = message.choice("problem", problem.key());
    match problem {
        CaFileProblem::NoCertificate
        | CaFileProblem::UnfinishedBlock
        | CaFileProblem::BadBlockStart
        | CaFileProblem::BadBase64 => message,
        CaFileProblem::BadPem { reader_said } => message.text("reader_said", reader_said),
        CaFileProblem::Unusable {
            number,
            rustls_said,
        } => message
            .text("number", number.to_string())
            .text("rustls_said", rustls_said),
        CaFileProblem::CannotRead {
            path,
            kind,
            os_said,
        } => message
            .text("path", path)
            .choice("reason", io_kind_key(*kind))
            .text("os_said", os_said),
    }
}

fn malformed_problem(problem: &MalformedProblem) -> Message {
    let message = Message::new(format!("malformed-{}", problem.kind()));
    match problem {
        MalformedProblem::ClosedAfterInterim | MalformedProblem::HeadUnfinished => message,
        MalformedProblem::ClosedInHead { received } => {
            message.with("received", Arg::Count(*received))
        }
        MalformedProblem::BadVersion { line }
        | MalformedProblem::BadStatusCode { line }
        | MalformedProblem::ChunkSizeNotHex { line }
        | MalformedProblem::ChunkSizeTrailingText { line }
        | MalformedProblem::ChunkSizeTooLarge { line } => message.text("line", line),
        MalformedProblem::StatusBelow100 { code } => message.text("code", format!("{code:03}")),
        MalformedProblem::BadHeadLine {
            number,
            line,
            fault,
        } => message
            .text("number", number.to_string())
            .text("line", line)
            .choice("fault", fault.key()),
        MalformedProblem::Unparsable { fault } => message.choice("fault", fault.key()),
        MalformedProblem::ContentLengthNotNumber { value }
        | MalformedProblem::ContentLengthTooLarge { value } => message.text("value", value),
        MalformedProblem::ContentLengthConflict { first, second } => message
            .text("first", first.to_string())
            .text("second", second.to_string()),
        MalformedProblem::ChunkTooLong { chunk, next } => {
            message.text("chunk", chunk.to_string()).text("next", next)
        }
    }
}

fn limit_problem(limit: LimitKind, max: usize) -> Message {
    let max = max as u64;
    let arg = match limit {
        LimitKind::HeaderCount | LimitKind::InterimResponses => Arg::Count(max),
        LimitKind::HeadBytes
        | LimitKind::ChunkLine
        | LimitKind::ChunkExtensions
        | LimitKind::TrailerBytes
        | LimitKind::BodyBytes => Arg::Bytes(max),
    };
    Message::new(format!("limit-{}", limit.key())).with("max", arg)
}

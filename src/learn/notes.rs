//! The engine's notes (warnings) as messages.

use super::{Arg, Message};
use crate::wire::Warning;

/// The message that tells the learner about `warning`: `note-KIND` with the note's data.
pub fn note(warning: &Warning) -> Message {
    let message = Message::new(format!("note-{}", warning.kind()));
    match warning {
        Warning::SchemeAdded
        | Warning::UserinfoNotSent
        | Warning::BareLineFeedsInHead
        | Warning::LengthAndTransferEncoding
        | Warning::BareLineFeedInChunk
        | Warning::TlsClosedWithoutNotify
        | Warning::RawDeflate
        | Warning::ClosedWhileSending
        | Warning::HttpsToHttp
        | Warning::TransferEncodingInHttp10
        | Warning::ChunkedTwice => message,
        Warning::SpaceBeforeColon { name, .. } => message.text("name", name),
        Warning::SwitchingProtocols { asked, following } => message
            .choice("asked", if *asked { "yes" } else { "no" })
            .with("following", count_of(*following)),
        Warning::UnknownMinorVersion { minor } => message.text("minor", minor.to_string()),
        Warning::StatusOutOfRange { code } => message.text("code", code.to_string()),
        Warning::FoldedHeader { name } => message.text("name", name),
        Warning::TransferEncodingNotChunked { codings } => message.text("codings", codings),
        Warning::RepeatedContentLength { count } => message.with("count", count_of(*count)),
        Warning::ManyChunks { listed } | Warning::ReadsMerged { listed } => {
            message.with("listed", count_of(*listed))
        }
        Warning::TrailerWithoutColon { line } => message.text("line", line),
        Warning::BadTrailerLine { line, fault } => {
            message.text("line", line).choice("fault", fault.key())
        }
        Warning::ForbiddenTrailer { name } => message.text("name", name),
        Warning::ProxyClosedWhileSending { proxy } => message.text("proxy", proxy),
        Warning::CredentialsDropped { headers } => message.text("headers", headers),
        Warning::BecameGet {
            code,
            method,
            body_dropped,
        } => message
            .text("code", code.to_string())
            .text("method", method)
            .choice("body", if *body_dropped { "dropped" } else { "none" }),
        Warning::TransferCodingUndone { codings } => message.text("codings", codings),
        Warning::SystemStoreUnreadable { found, loader_said } => {
            let message = message
                .choice("store", if *found == 0 { "empty" } else { "partial" })
                .with("found", count_of(*found));
            if loader_said.is_empty() {
                message.choice("said", "no")
            } else {
                message
                    .choice("said", "yes")
                    .text("loader_said", loader_said)
            }
        }
        Warning::UnknownContentCoding { coding } => message.text("coding", coding),
        Warning::ExtraBytes { count, .. } => message.with("count", count_of(*count)),
        Warning::EmptyLinesBeforeStatus { count, .. } => {
            message.with("count", Arg::Bytes(*count as u64))
        }
        Warning::OddStatusLine { shape, .. } => message.choice("shape", shape.key()),
        Warning::OtherHttpVersion { version, major } => {
            let family = match major {
                0 => "http09",
                2 => "http2",
                3 => "http3",
                _ => "other",
            };
            message.text("version", version).choice("family", family)
        }
        Warning::NonAsciiInHead { count, .. } => message.with("count", count_of(*count)),
        Warning::ChunkSizeWhitespace { .. } | Warning::NoBlankLineAfterLastChunk { .. } => message,
        Warning::OddChunkExtension { line, .. } => message.text("line", line),
        Warning::NoBodyDespiteLength { rule, length } => message
            .choice("rule", rule.key())
            .with("length", Arg::Count(*length)),
        Warning::RawWithoutHost { required } => {
            message.choice("required", if *required { "yes" } else { "no" })
        }
        Warning::RawBareLineFeeds { count } => message.with("count", count_of(*count)),
        Warning::RawHeadNotEnded => message,
        Warning::RawLengthMismatch { declared, actual } => {
            let message = message.with("actual", Arg::Bytes(*actual as u64));
            match declared {
                Some(declared) => message.choice("declared", "given").text("length", declared),
                None => message.choice("declared", "missing"),
            }
        }
        Warning::RedirectedFrom { code, reason, url } => message
            .text("code", code.to_string())
            .text("reason", reason)
            .text("url", url),
    }
}

fn count_of(n: usize) -> Arg {
    Arg::Count(n as u64)
}

//! Every error and note renders in every language with all its data; Korean ones hold Hangul.
//!
//! The lists below are built by `cases!`, which also writes an exhaustive `match` over the same
//! patterns: a new variant (or sub-variant) without an example here fails to compile, and each
//! example is checked to match the pattern it stands for.

use std::time::Duration;

use super::{
    Arg, Message, Surface, error_hint, error_kind_name, error_message, note, verification,
};
use crate::i18n::{I18n, LANGUAGES};
use crate::wire::{
    FetchError, LimitKind, LineFault, MalformedProblem, NoBodyRule, Phase, ProxyProblem,
    RequestProblem, StatusLineShape, TlsProblem, UrlProblem, Verification, Warning,
};

/// `pattern => example` pairs: the examples, checked against an exhaustive match of the patterns.
macro_rules! cases {
    ($ty:ty; $($pattern:pat => $example:expr),+ $(,)?) => {{
        fn exhaustive(value: &$ty) {
            match value {
                $($pattern => {})+
            }
        }
        let examples: Vec<$ty> = vec![$($example),+];
        let fits = [$(matches!(&$example, $pattern)),+];
        for (example, fits) in examples.iter().zip(fits) {
            exhaustive(example);
            assert!(fits, "{example:?} does not match the pattern it is listed under");
        }
        examples
    }};
}

fn malformed(problem: MalformedProblem) -> FetchError {
    FetchError::Malformed(problem)
}

fn bad_line(fault: LineFault) -> FetchError {
    malformed(MalformedProblem::BadHeadLine {
        number: 3,
        line: "X-Bad-Line".into(),
        fault,
    })
}

fn limit(limit: LimitKind) -> FetchError {
    FetchError::LimitExceeded {
        limit,
        max: 262_144,
    }
}

fn every_error() -> Vec<FetchError> {
    use FetchError as E;
    use MalformedProblem as M;
    use TlsProblem as T;
    let phase = Phase::Waiting;
    let mut all = cases!(FetchError;
        E::InvalidUrl(UrlProblem::Empty) => E::InvalidUrl(UrlProblem::Empty),
        E::InvalidUrl(UrlProblem::ControlCharacter { .. }) => E::InvalidUrl(UrlProblem::ControlCharacter { position: 37, name: "TAB (U+0009)".into() }),
        E::InvalidUrl(UrlProblem::Unparsable { .. }) => E::InvalidUrl(UrlProblem::Unparsable { detail: "parser-said".into() }),
        E::InvalidUrl(UrlProblem::MissingHost) => E::InvalidUrl(UrlProblem::MissingHost),
        E::InvalidUrl(UrlProblem::BadPort { .. }) => E::InvalidUrl(UrlProblem::BadPort { port: "80a".into(), position: 19 }),
        E::InvalidUrl(UrlProblem::BadHostCharacter { .. }) => E::InvalidUrl(UrlProblem::BadHostCharacter { character: "<".into(), position: 12 }),
        E::InvalidUrl(UrlProblem::BadHostName { .. }) => E::InvalidUrl(UrlProblem::BadHostName { host: "a..example".into() }),
        E::InvalidUrl(UrlProblem::BadIpAddress { .. }) => E::InvalidUrl(UrlProblem::BadIpAddress { host: "::1".into() }),
        E::UnsupportedScheme { .. } => E::UnsupportedScheme { scheme: "gopher".into() },
        E::InvalidRequest(RequestProblem::BadMethod { .. }) => E::InvalidRequest(RequestProblem::BadMethod { method: "G T".into() }),
        E::InvalidRequest(RequestProblem::BadHeaderName { .. }) => E::InvalidRequest(RequestProblem::BadHeaderName { name: "X Bad".into() }),
        E::InvalidRequest(RequestProblem::BadHeaderValue { .. }) => E::InvalidRequest(RequestProblem::BadHeaderValue { name: "X-Evil".into(), character: "CR (\\r)".into() }),
        E::InvalidRequest(RequestProblem::MissingColon { .. }) => E::InvalidRequest(RequestProblem::MissingColon { line: "NoColonHere".into() }),
        E::NoSuchHost { .. } => E::NoSuchHost { host: "nowhere.invalid".into(), detail: "resolver-said".into() },
        E::ConnectionRefused { .. } => E::ConnectionRefused { address: "127.0.0.1:9".into() },
        E::Unreachable { .. } => E::Unreachable { address: "127.0.0.2:9".into(), detail: "os-said".into() },
        E::Timeout { .. } => E::Timeout { phase, limit: Duration::from_millis(2500) },
        E::Tls(T::UnknownIssuer) => E::Tls(T::UnknownIssuer),
        E::Tls(T::Expired { .. }) => E::Tls(T::Expired { not_after: "2021-01-01 00:00 UTC".into() }),
        E::Tls(T::NotYetValid { .. }) => E::Tls(T::NotYetValid { not_before: "2031-02-03 00:00 UTC".into() }),
        E::Tls(T::NameMismatch { .. }) => E::Tls(T::NameMismatch { expected: "asked.test".into(), presented: vec!["one.test".into(), "two.test".into()] }),
        E::Tls(T::BadCertificate { .. }) => E::Tls(T::BadCertificate { detail: "revoked-detail".into() }),
        E::Tls(T::NotTls { .. }) => E::Tls(T::NotTls { first_bytes: "HTTP/1.1 400".into() }),
        E::Tls(T::Refused { .. }) => E::Tls(T::Refused { detail: "alert-detail".into() }),
        E::Tls(T::BadCaFile { .. }) => E::Tls(T::BadCaFile { detail: "pem-detail".into() }),
        E::Tls(T::Other { .. }) => E::Tls(T::Other { detail: "library-said".into() }),
        E::ConnectionReset { .. } => E::ConnectionReset { phase },
        E::ClosedBeforeResponse => E::ClosedBeforeResponse,
        E::NotHttp { .. } => E::NotHttp { first_bytes: "SSH-2.0-OpenSSH".into() },
        E::Malformed(M::ClosedAfterInterim) => malformed(M::ClosedAfterInterim),
        E::Malformed(M::ClosedInHead { .. }) => malformed(M::ClosedInHead { received: 1234 }),
        E::Malformed(M::HeadUnfinished) => malformed(M::HeadUnfinished),
        E::Malformed(M::BadVersion { .. }) => malformed(M::BadVersion { line: "HTTP/2 200".into() }),
        E::Malformed(M::BadStatusCode { .. }) => malformed(M::BadStatusCode { line: "HTTP/1.1 abc".into() }),
        E::Malformed(M::StatusBelow100 { .. }) => malformed(M::StatusBelow100 { code: 99 }),
        E::Malformed(M::BadHeadLine { fault: LineFault::Nul, .. }) => bad_line(LineFault::Nul),
        E::Malformed(M::BadHeadLine { fault: LineFault::LoneCr, .. }) => bad_line(LineFault::LoneCr),
        E::Malformed(M::BadHeadLine { fault: LineFault::NoColon, .. }) => bad_line(LineFault::NoColon),
        E::Malformed(M::BadHeadLine { fault: LineFault::EmptyName, .. }) => bad_line(LineFault::EmptyName),
        E::Malformed(M::BadHeadLine { fault: LineFault::BadName, .. }) => bad_line(LineFault::BadName),
        E::Malformed(M::BadHeadLine { fault: LineFault::ControlInValue, .. }) => bad_line(LineFault::ControlInValue),
        E::Malformed(M::BadHeadLine { fault: LineFault::ControlInReason, .. }) => bad_line(LineFault::ControlInReason),
        E::Malformed(M::BadHeadLine { fault: LineFault::BlankFirstHeader, .. }) => bad_line(LineFault::BlankFirstHeader),
        E::Malformed(M::Unparsable { .. }) => malformed(M::Unparsable { detail: "httparse-said".into() }),
        E::Malformed(M::ContentLengthNotNumber { .. }) => malformed(M::ContentLengthNotNumber { value: "12abc".into() }),
        E::Malformed(M::ContentLengthTooLarge { .. }) => malformed(M::ContentLengthTooLarge { value: "99999999999999999999".into() }),
        E::Malformed(M::ContentLengthConflict { .. }) => malformed(M::ContentLengthConflict { first: 5, second: 6 }),
        E::Malformed(M::ChunkSizeNotHex { .. }) => malformed(M::ChunkSizeNotHex { line: "zz".into() }),
        E::Malformed(M::ChunkSizeTrailingText { .. }) => malformed(M::ChunkSizeTrailingText { line: "5 junk".into() }),
        E::Malformed(M::ChunkSizeTooLarge { .. }) => malformed(M::ChunkSizeTooLarge { line: "10000000000000000".into() }),
        E::Malformed(M::ChunkTooLong { .. }) => malformed(M::ChunkTooLong { chunk: 7, next: "lo\\r\\n".into() }),
        E::LimitExceeded { limit: LimitKind::HeadBytes, .. } => limit(LimitKind::HeadBytes),
        E::LimitExceeded { limit: LimitKind::HeaderCount, .. } => limit(LimitKind::HeaderCount),
        E::LimitExceeded { limit: LimitKind::InterimResponses, .. } => limit(LimitKind::InterimResponses),
        E::LimitExceeded { limit: LimitKind::ChunkLine, .. } => limit(LimitKind::ChunkLine),
        E::LimitExceeded { limit: LimitKind::ChunkExtensions, .. } => limit(LimitKind::ChunkExtensions),
        E::LimitExceeded { limit: LimitKind::TrailerBytes, .. } => limit(LimitKind::TrailerBytes),
        E::LimitExceeded { limit: LimitKind::BodyBytes, .. } => limit(LimitKind::BodyBytes),
        E::BodyIncomplete { expected: Some(_), .. } => E::BodyIncomplete { received: 5, expected: Some(100) },
        E::BodyIncomplete { expected: None, .. } => E::BodyIncomplete { received: 4321, expected: None },
        E::Decode { .. } => E::Decode { encoding: "gzip".into(), detail: "inflate-said".into() },
        E::TooManyRedirects { .. } => E::TooManyRedirects { max: 10 },
        E::Cancelled { .. } => E::Cancelled { phase },
        E::OutputFailed { .. } => E::OutputFailed { kind: std::io::ErrorKind::StorageFull, detail: "disk-said".into() },
        E::Io { .. } => E::Io { phase, detail: "io-said".into() },
        E::BadProxy { reason: ProxyProblem::Scheme, .. } => E::BadProxy { text: "socks5://p.test".into(), reason: ProxyProblem::Scheme },
        E::BadProxy { reason: ProxyProblem::Password, .. } => E::BadProxy { text: "http://p.test".into(), reason: ProxyProblem::Password },
        E::BadProxy { reason: ProxyProblem::Unreadable, .. } => E::BadProxy { text: "p test".into(), reason: ProxyProblem::Unreadable },
        E::ProxyRefused { .. } => E::ProxyRefused { proxy: "http://127.0.0.1:3128".into(), address: "127.0.0.1:3128".into() },
        E::ProxyAuthenticationRequired { .. } => E::ProxyAuthenticationRequired { proxy: "http://proxy.test:3128".into() },
        E::ProxyRefusedTunnel { .. } => E::ProxyRefusedTunnel { proxy: "http://proxy.test:3128".into(), code: 403, reason: "Forbidden".into() },
        E::ProxyClosedTunnel { .. } => E::ProxyClosedTunnel { proxy: "http://proxy.test:3128".into() },
    );

    // A certificate that lists no names has words of its own.
    all.push(E::Tls(T::NameMismatch {
        expected: "asked.test".into(),
        presented: Vec::new(),
    }));
    all
}

fn every_note() -> Vec<Warning> {
    use Warning as W;
    cases!(Warning;
        W::SchemeAdded => W::SchemeAdded,
        W::UserinfoNotSent => W::UserinfoNotSent,
        W::BareLineFeedsInHead => W::BareLineFeedsInHead,
        W::UnknownMinorVersion { .. } => W::UnknownMinorVersion { minor: '2' },
        W::StatusOutOfRange { .. } => W::StatusOutOfRange { code: 799 },
        W::FoldedHeader { .. } => W::FoldedHeader { name: "X-Fold".into() },
        W::LengthAndTransferEncoding => W::LengthAndTransferEncoding,
        W::TransferEncodingNotChunked { .. } => W::TransferEncodingNotChunked { codings: "gzip".into() },
        W::RepeatedContentLength { .. } => W::RepeatedContentLength { count: 3 },
        W::BareLineFeedInChunk => W::BareLineFeedInChunk,
        W::ManyChunks { .. } => W::ManyChunks { listed: 100_000 },
        W::TrailerWithoutColon { .. } => W::TrailerWithoutColon { line: "oops".into() },
        W::BadTrailerLine { fault: LineFault::Nul, .. } => W::BadTrailerLine { line: "X-A: \\x00".into(), fault: LineFault::Nul },
        W::BadTrailerLine { fault: LineFault::LoneCr, .. } => W::BadTrailerLine { line: "X-A: a\\rb".into(), fault: LineFault::LoneCr },
        W::BadTrailerLine { fault: LineFault::EmptyName, .. } => W::BadTrailerLine { line: ": v".into(), fault: LineFault::EmptyName },
        W::BadTrailerLine { fault: LineFault::BadName, .. } => W::BadTrailerLine { line: "X T: 1".into(), fault: LineFault::BadName },
        W::BadTrailerLine { fault: LineFault::ControlInValue, .. } => W::BadTrailerLine { line: "X-A: a\\x07".into(), fault: LineFault::ControlInValue },
        // Never made for a trailer (a line without a colon is its own note; the other two are
        // about the status line), but the message must still say something sensible.
        W::BadTrailerLine { fault: LineFault::NoColon | LineFault::BlankFirstHeader | LineFault::ControlInReason, .. } => W::BadTrailerLine { line: "odd".into(), fault: LineFault::NoColon },
        W::ForbiddenTrailer { .. } => W::ForbiddenTrailer { name: "Content-Length".into() },
        W::TransferCodingUndone { .. } => W::TransferCodingUndone { codings: "gzip".into() },
        W::ChunkedTwice => W::ChunkedTwice,
        W::TlsClosedWithoutNotify => W::TlsClosedWithoutNotify,
        W::RawDeflate => W::RawDeflate,
        W::UnknownContentCoding { .. } => W::UnknownContentCoding { coding: "zstd".into() },
        W::ExtraBytes { .. } => W::ExtraBytes { count: 7, offset: 120 },
        W::ReadsMerged { .. } => W::ReadsMerged { listed: 4096 },
        W::SystemStoreUnreadable { .. } => W::SystemStoreUnreadable { found: 0, detail: "no-such-folder".into() },
        W::ClosedWhileSending => W::ClosedWhileSending,
        W::RedirectedFrom { .. } => W::RedirectedFrom { code: 302, reason: "Found".into(), url: "http://127.0.0.1/a".into() },
        W::HttpsToHttp => W::HttpsToHttp,
        W::CredentialsDropped { .. } => W::CredentialsDropped { headers: "Authorization, Proxy-Authorization".into() },
        W::BecameGet { body_dropped: true, .. } => W::BecameGet { code: 302, method: "POST".into(), body_dropped: true },
        W::BecameGet { body_dropped: false, .. } => W::BecameGet { code: 303, method: "DELETE".into(), body_dropped: false },
        W::EmptyLinesBeforeStatus { .. } => W::EmptyLinesBeforeStatus { count: 2, offset: 25 },
        W::OddStatusLine { shape: StatusLineShape::LeadingWhitespace, .. } => W::OddStatusLine { shape: StatusLineShape::LeadingWhitespace, offset: 0 },
        W::OddStatusLine { shape: StatusLineShape::LowercaseName, .. } => W::OddStatusLine { shape: StatusLineShape::LowercaseName, offset: 0 },
        W::OddStatusLine { shape: StatusLineShape::ExtraSpaces, .. } => W::OddStatusLine { shape: StatusLineShape::ExtraSpaces, offset: 0 },
        W::OddStatusLine { shape: StatusLineShape::Tab, .. } => W::OddStatusLine { shape: StatusLineShape::Tab, offset: 0 },
        W::OddStatusLine { shape: StatusLineShape::NoSpaceAfterCode, .. } => W::OddStatusLine { shape: StatusLineShape::NoSpaceAfterCode, offset: 0 },
        W::OtherHttpVersion { major: 0, .. } => W::OtherHttpVersion { version: "HTTP/0.9".into(), major: 0 },
        W::OtherHttpVersion { major: 2, .. } => W::OtherHttpVersion { version: "HTTP/2.0".into(), major: 2 },
        W::OtherHttpVersion { major: 3, .. } => W::OtherHttpVersion { version: "HTTP/3.0".into(), major: 3 },
        W::OtherHttpVersion { .. } => W::OtherHttpVersion { version: "HTTP/7.1".into(), major: 7 },
        W::NonAsciiInHead { .. } => W::NonAsciiInHead { count: 9, offset: 13 },
        W::ChunkSizeWhitespace { .. } => W::ChunkSizeWhitespace { offset: 40 },
        W::OddChunkExtension { .. } => W::OddChunkExtension { line: "5;".into(), offset: 40 },
        W::NoBlankLineAfterLastChunk { .. } => W::NoBlankLineAfterLastChunk { offset: 60 },
        W::NoBodyDespiteLength { rule: NoBodyRule::HeadRequest, .. } => W::NoBodyDespiteLength { rule: NoBodyRule::HeadRequest, length: 167 },
        W::NoBodyDespiteLength { rule: NoBodyRule::NoContent, .. } => W::NoBodyDespiteLength { rule: NoBodyRule::NoContent, length: 12 },
        W::SpaceBeforeColon { .. } => W::SpaceBeforeColon { name: "X-Spaced".into(), offset: 17 },
        W::TransferEncodingInHttp10 => W::TransferEncodingInHttp10,
        W::SwitchingProtocols { asked: true, .. } => W::SwitchingProtocols { asked: true, following: 7 },
        W::SwitchingProtocols { asked: false, .. } => W::SwitchingProtocols { asked: false, following: 0 },
        W::NoBodyDespiteLength { rule: NoBodyRule::NotModified, .. } => W::NoBodyDespiteLength { rule: NoBodyRule::NotModified, length: 1234 },
        W::RawWithoutHost { required: true } => W::RawWithoutHost { required: true },
        W::RawWithoutHost { required: false } => W::RawWithoutHost { required: false },
        W::RawBareLineFeeds { .. } => W::RawBareLineFeeds { count: 3 },
        W::RawHeadNotEnded => W::RawHeadNotEnded,
        W::RawLengthMismatch { declared: Some(_), .. } => W::RawLengthMismatch { declared: Some("10".into()), actual: 3 },
        W::RawLengthMismatch { declared: None, .. } => W::RawLengthMismatch { declared: None, actual: 3 },
    )
}

/// Every quoted string in a value's debug text: the text data it carries.
fn quoted_strings(debug: &str) -> Vec<String> {
    debug
        .split('"')
        .skip(1)
        .step_by(2)
        .map(|s| s.replace("\\\\", "\\"))
        .collect()
}

/// How each shown argument must appear in the rendering (selectors are never shown).
fn shown_values(i18n: I18n, message: &Message, out: &mut Vec<String>) {
    for (_, arg) in &message.args {
        match arg {
            Arg::Text(text) => out.push(text.clone()),
            Arg::Count(n) => out.push(crate::i18n::group_digits(*n)),
            Arg::Bytes(n) => out.push(crate::i18n::bytes(*n)),
            Arg::Seconds(limit) => out.push(crate::i18n::seconds(*limit)),
            Arg::Phase(phase) => out.push(i18n.phase_doing(*phase)),
            Arg::Duration(elapsed) => out.push(crate::i18n::duration(*elapsed)),
            Arg::Choice(_) => {}
            Arg::Message(inner) => shown_values(i18n, inner, out),
        }
    }
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// A rendering that still shows a message id, a placeholder or nothing at all.
fn looks_unrendered(text: &str) -> bool {
    text.trim().is_empty()
        || text.contains("{")
        || [
            "error-",
            "hint-",
            "tls-",
            "url-",
            "request-",
            "limit-",
            "malformed-",
            "phase-",
            "note-",
        ]
        .iter()
        .any(|id| text.contains(id))
}

fn check(language: &str, what: &str, text: &str, wanted: &[String]) {
    assert!(!looks_unrendered(text), "{language}: {what}: {text:?}");
    for value in wanted {
        assert!(
            text.contains(value.as_str()),
            "{language}: {what} lost {value:?}: {text}"
        );
    }
    if language == "ko" {
        assert!(
            text.chars().any(is_hangul),
            "ko: {what} has no Hangul: {text}"
        );
    }
}

#[test]
fn every_error_renders_with_all_its_data_in_every_language() {
    for language in LANGUAGES {
        let i18n = I18n::new(language.code).expect("language");
        for error in every_error() {
            let message = error_message(&error);
            let text = i18n.render(&message);
            let mut wanted = quoted_strings(&format!("{error:?}"));
            shown_values(i18n, &message, &mut wanted);
            check(language.code, &format!("{error:?}"), &text, &wanted);
            for surface in [Surface::Window, Surface::Cli] {
                let hint = i18n.render(&error_hint(&error, surface));
                check(
                    language.code,
                    &format!("hint {surface:?} {error:?}"),
                    &hint,
                    &[],
                );
            }
            let name = i18n.render(&error_kind_name(&error));
            check(language.code, &format!("kind name {error:?}"), &name, &[]);
        }
    }
}

#[test]
fn every_note_renders_with_all_its_data_in_every_language() {
    for language in LANGUAGES {
        let i18n = I18n::new(language.code).expect("language");
        for warning in every_note() {
            let message = note(&warning);
            let text = i18n.render(&message);
            let mut wanted = quoted_strings(&format!("{warning:?}"));
            shown_values(i18n, &message, &mut wanted);
            check(language.code, &format!("{warning:?}"), &text, &wanted);
        }
    }
}

#[test]
fn every_verification_result_renders_in_every_language() {
    for language in LANGUAGES {
        let i18n = I18n::new(language.code).expect("language");
        assert_eq!(verification(&Verification::NotFinished), None);
        for result in [
            Verification::Verified,
            Verification::Failed(TlsProblem::UnknownIssuer),
        ] {
            let message = verification(&result).expect("a result has words");
            check(
                language.code,
                &format!("{result:?}"),
                &i18n.render(&message),
                &[],
            );
        }
    }
}

#[test]
fn hints_name_the_setting_in_the_window_and_the_flag_on_the_command_line() {
    let en = I18n::default();
    let timeout = FetchError::Timeout {
        phase: Phase::Waiting,
        limit: Duration::from_secs(30),
    };
    let unknown_issuer = FetchError::Tls(TlsProblem::UnknownIssuer);
    let body = limit(LimitKind::BodyBytes);
    let hint = |error: &FetchError, surface| en.render(&error_hint(error, surface));
    assert!(hint(&timeout, Surface::Window).contains("Settings"));
    assert!(hint(&timeout, Surface::Cli).contains("--timeout"));
    assert!(hint(&unknown_issuer, Surface::Window).contains("Settings"));
    assert!(hint(&unknown_issuer, Surface::Cli).contains("--cacert"));
    assert!(hint(&body, Surface::Window).contains("Settings"));
    assert!(hint(&body, Surface::Cli).contains("command line"));
    assert!(!hint(&limit(LimitKind::HeadBytes), Surface::Window).contains("Settings"));
}

#[test]
fn limits_read_the_same_in_every_surface() {
    let en = I18n::default();
    let text = en.render(&error_message(&limit(LimitKind::HeadBytes)));
    assert!(text.contains("256 KiB"), "{text}");
    let text = en.render(&error_message(&limit(LimitKind::HeaderCount)));
    assert!(text.contains("262,144 header lines"), "{text}");
}

#[test]
fn the_checks_notice_a_lost_argument_and_english_in_korean() {
    let text = "The address is not valid";
    let wanted = ["nowhere.invalid".to_owned()];
    let lost = std::panic::catch_unwind(|| check("en", "test", text, &wanted));
    assert!(lost.is_err());
    let english_in_korean = std::panic::catch_unwind(|| check("ko", "test", text, &[]));
    assert!(english_in_korean.is_err());
    assert!(looks_unrendered("error-timeout"));
    assert_eq!(
        quoted_strings(r#"A { x: "one", y: 2, z: "two" }"#),
        vec!["one", "two"]
    );
}

/// A number written with digit grouping and at least 7 digits ("268,435,456"): a raw byte count
/// where the window shows MiB.
fn has_raw_byte_count(text: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_digit() || c == ','))
        .any(|run| run.contains(',') && run.chars().filter(char::is_ascii_digit).count() >= 7)
}

#[test]
fn window_hints_name_settings_in_their_units_and_no_flags_in_every_language() {
    let mut errors = every_error();
    errors.push(FetchError::LimitExceeded {
        limit: LimitKind::BodyBytes,
        max: 256 << 20,
    });
    for language in LANGUAGES {
        let i18n = I18n::new(language.code).expect("language");
        for error in &errors {
            let hint = i18n.render(&error_hint(error, Surface::Window));
            let what = format!("{}: window hint of {error:?}: {hint}", language.code);
            assert!(!hint.contains("--"), "{what}");
            assert!(!has_raw_byte_count(&hint), "{what}");
        }
        let settings = |key: &str| format!("\"{}\"", i18n.t(key));
        for (phase, setting) in [
            (Phase::Resolving, "settings-dns"),
            (Phase::Connecting, "settings-connect"),
            (Phase::TlsHandshake, "settings-tls"),
            (Phase::Sending, "settings-head"),
            (Phase::Waiting, "settings-head"),
            (Phase::Downloading, "settings-idle"),
        ] {
            let timeout = FetchError::Timeout {
                phase,
                limit: Duration::from_millis(2500),
            };
            let hint = i18n.render(&error_hint(&timeout, Surface::Window));
            assert!(hint.contains(&settings(setting)), "{hint}");
            assert!(hint.contains(&settings("settings-total-name")), "{hint}");
            assert!(hint.contains("2.5"), "{hint}");
        }
        let body = FetchError::LimitExceeded {
            limit: LimitKind::BodyBytes,
            max: 256 << 20,
        };
        let hint = i18n.render(&error_hint(&body, Surface::Window));
        assert!(hint.contains(&settings("settings-max-body")), "{hint}");
        assert!(hint.contains("256 MiB"), "{hint}");
        for error in [
            FetchError::Tls(TlsProblem::UnknownIssuer),
            FetchError::Tls(TlsProblem::BadCaFile { detail: "x".into() }),
        ] {
            let hint = i18n.render(&error_hint(&error, Surface::Window));
            assert!(hint.contains(&settings("settings-ca-file")), "{hint}");
            let cli = i18n.render(&error_hint(&error, Surface::Cli));
            assert!(cli.contains("--cacert"), "{cli}");
        }
    }
    assert!(has_raw_byte_count("larger than 268,435,456 bytes"));
    assert!(!has_raw_byte_count("256 MiB, 1,024 bytes, 100,000"));
}

#[test]
fn every_error_and_note_says_what_happened_underneath() {
    use super::explain::underneath::{for_error, for_note};
    for error in every_error() {
        assert!(for_error(&error).is_some(), "{error:?}");
    }
    for warning in every_note() {
        assert!(for_note(&warning).is_some(), "{warning:?}");
    }
}

#[test]
fn every_trust_store_is_named_in_every_language() {
    use crate::wire::TrustedBy;
    let all = [
        TrustedBy::ExtraCaFile,
        TrustedBy::BundledRoots,
        TrustedBy::SystemStore,
    ];
    for source in all {
        // A new store fails to compile here until it is listed above.
        match source {
            TrustedBy::ExtraCaFile | TrustedBy::BundledRoots | TrustedBy::SystemStore => {}
        }
    }
    for language in LANGUAGES {
        let i18n = I18n::new(language.code).expect("language");
        let mut seen = Vec::new();
        for source in all {
            let text = i18n.render(&super::trusted_by(source));
            check(language.code, &format!("{source:?}"), &text, &[]);
            assert!(!seen.contains(&text), "each store its own words: {text}");
            seen.push(text);
        }
    }
}

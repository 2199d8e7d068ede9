//! Every error and note renders in every language with all its data; Korean ones hold Hangul.
//!
//! The lists below are built by `cases!`, which also writes an exhaustive `match` over the same
//! patterns: a new variant (or sub-variant) without an example here fails to compile, and each
//! example is checked to match the pattern it stands for.

use std::io::ErrorKind;
use std::time::Duration;

use super::{
    Arg, Message, Surface, error_hint, error_kind_name, error_message, note, verification,
};
use crate::i18n::{I18n, LANGUAGES};
use crate::wire::{
    CaFileProblem, CertificateFault, DecodeProblem, FetchError, HeadFault, IoProblem, LimitKind,
    LineFault, MalformedProblem, NoBodyRule, OtherTlsProblem, Phase, ProxyProblem, RequestProblem,
    StatusLineShape, TlsAlert, TlsProblem, UrlProblem, Verification, Warning,
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

fn control(character: char) -> FetchError {
    FetchError::InvalidUrl(UrlProblem::ControlCharacter {
        position: 37,
        character,
    })
}

fn header_value(character: char) -> FetchError {
    FetchError::InvalidRequest(RequestProblem::BadHeaderValue {
        name: "X-Evil".into(),
        character,
    })
}

fn unreachable(kind: ErrorKind) -> FetchError {
    FetchError::Unreachable {
        address: "127.0.0.2:9".into(),
        kind,
        os_said: "os-said".into(),
    }
}

fn certificate(fault: CertificateFault) -> FetchError {
    FetchError::Tls(TlsProblem::BadCertificate { fault })
}

fn refused(code: u8) -> FetchError {
    FetchError::Tls(TlsProblem::Refused {
        alert: TlsAlert(code),
    })
}

fn ca_file(problem: CaFileProblem) -> FetchError {
    FetchError::Tls(TlsProblem::BadCaFile(problem))
}

fn cannot_read(kind: ErrorKind) -> FetchError {
    ca_file(CaFileProblem::CannotRead {
        path: "/home/learner/ca.pem".into(),
        kind,
        os_said: "os-said".into(),
    })
}

fn other_tls(problem: OtherTlsProblem) -> FetchError {
    FetchError::Tls(TlsProblem::Other(problem))
}

fn output_failed(kind: ErrorKind) -> FetchError {
    FetchError::OutputFailed {
        kind,
        os_said: "disk-said".into(),
    }
}

fn io(problem: IoProblem) -> FetchError {
    FetchError::Io {
        phase: Phase::Connecting,
        problem,
    }
}

fn io_os(kind: ErrorKind) -> FetchError {
    io(IoProblem::Os {
        kind,
        os_said: "os-said-in-io".into(),
    })
}

fn unparsable_head(fault: HeadFault) -> FetchError {
    malformed(MalformedProblem::Unparsable { fault })
}

/// The alerts the catalog explains by name; any other alert gets the general words.
const EXPLAINED_ALERTS: [u8; 8] = [40, 70, 112, 71, 80, 49, 116, 120];

fn limit(limit: LimitKind) -> FetchError {
    FetchError::LimitExceeded {
        limit,
        max: 262_144,
    }
}

fn every_error() -> Vec<FetchError> {
    use CaFileProblem as Ca;
    use CertificateFault as Cf;
    use ErrorKind as K;
    use FetchError as E;
    use MalformedProblem as M;
    use OtherTlsProblem as O;
    use TlsProblem as T;
    let phase = Phase::Waiting;
    let mut all = cases!(FetchError;
        E::InvalidUrl(UrlProblem::Empty) => E::InvalidUrl(UrlProblem::Empty),
        E::InvalidUrl(UrlProblem::ControlCharacter { character: '\t', .. }) => control('\t'),
        E::InvalidUrl(UrlProblem::ControlCharacter { character: '\n', .. }) => control('\n'),
        E::InvalidUrl(UrlProblem::ControlCharacter { character: '\r', .. }) => control('\r'),
        E::InvalidUrl(UrlProblem::ControlCharacter { character: '\0', .. }) => control('\0'),
        E::InvalidUrl(UrlProblem::ControlCharacter { character: '\u{7f}', .. }) => control('\u{7f}'),
        E::InvalidUrl(UrlProblem::ControlCharacter { .. }) => control('\u{1b}'),
        E::InvalidUrl(UrlProblem::Unparsable { .. }) => E::InvalidUrl(UrlProblem::Unparsable { parser_said: "parser-said".into() }),
        E::InvalidUrl(UrlProblem::MissingHost) => E::InvalidUrl(UrlProblem::MissingHost),
        E::InvalidUrl(UrlProblem::BadPort { .. }) => E::InvalidUrl(UrlProblem::BadPort { port: "80a".into(), position: 19 }),
        E::InvalidUrl(UrlProblem::BadHostCharacter { .. }) => E::InvalidUrl(UrlProblem::BadHostCharacter { character: "<".into(), position: 12 }),
        E::InvalidUrl(UrlProblem::BadHostName { .. }) => E::InvalidUrl(UrlProblem::BadHostName { host: "a..example".into() }),
        E::InvalidUrl(UrlProblem::BadIpAddress { .. }) => E::InvalidUrl(UrlProblem::BadIpAddress { host: "::1".into() }),
        E::UnsupportedScheme { .. } => E::UnsupportedScheme { scheme: "gopher".into() },
        E::InvalidRequest(RequestProblem::BadMethod { .. }) => E::InvalidRequest(RequestProblem::BadMethod { method: "G T".into() }),
        E::InvalidRequest(RequestProblem::BadHeaderName { .. }) => E::InvalidRequest(RequestProblem::BadHeaderName { name: "X Bad".into() }),
        E::InvalidRequest(RequestProblem::BadHeaderValue { character: '\r', .. }) => header_value('\r'),
        E::InvalidRequest(RequestProblem::BadHeaderValue { character: '\n', .. }) => header_value('\n'),
        E::InvalidRequest(RequestProblem::BadHeaderValue { .. }) => header_value('\0'),
        E::InvalidRequest(RequestProblem::MissingColon { .. }) => E::InvalidRequest(RequestProblem::MissingColon { line: "NoColonHere".into() }),
        E::NoSuchHost { os_said: Some(_), .. } => E::NoSuchHost { host: "nowhere.invalid".into(), os_said: Some("resolver-said".into()) },
        E::NoSuchHost { os_said: None, .. } => E::NoSuchHost { host: "nowhere.invalid".into(), os_said: None },
        E::ConnectionRefused { .. } => E::ConnectionRefused { address: "127.0.0.1:9".into() },
        E::Unreachable { kind: K::HostUnreachable, .. } => unreachable(K::HostUnreachable),
        E::Unreachable { kind: K::NetworkUnreachable, .. } => unreachable(K::NetworkUnreachable),
        E::Unreachable { kind: K::NetworkDown, .. } => unreachable(K::NetworkDown),
        E::Unreachable { kind: K::AddrNotAvailable, .. } => unreachable(K::AddrNotAvailable),
        E::Unreachable { .. } => unreachable(K::Other),
        E::Timeout { .. } => E::Timeout { phase, limit: Duration::from_millis(2500) },
        E::Tls(T::UnknownIssuer) => E::Tls(T::UnknownIssuer),
        E::Tls(T::Expired { .. }) => E::Tls(T::Expired { not_after: "2021-01-01 00:00 UTC".into() }),
        E::Tls(T::NotYetValid { .. }) => E::Tls(T::NotYetValid { not_before: "2031-02-03 00:00 UTC".into() }),
        E::Tls(T::NameMismatch { .. }) => E::Tls(T::NameMismatch { expected: "asked.test".into(), presented: vec!["one.test".into(), "two.test".into()] }),
        E::Tls(T::BadCertificate { fault: Cf::BadEncoding }) => certificate(Cf::BadEncoding),
        E::Tls(T::BadCertificate { fault: Cf::BadSignature }) => certificate(Cf::BadSignature),
        E::Tls(T::BadCertificate { fault: Cf::UnsupportedSignature }) => certificate(Cf::UnsupportedSignature),
        E::Tls(T::BadCertificate { fault: Cf::Revoked }) => certificate(Cf::Revoked),
        E::Tls(T::BadCertificate { fault: Cf::RevocationUnknown }) => certificate(Cf::RevocationUnknown),
        E::Tls(T::BadCertificate { fault: Cf::NotForServers }) => certificate(Cf::NotForServers),
        E::Tls(T::BadCertificate { fault: Cf::UnhandledCriticalExtension }) => certificate(Cf::UnhandledCriticalExtension),
        E::Tls(T::BadCertificate { fault: Cf::Other { .. } }) => certificate(Cf::Other { rustls_said: "said-by-rustls".into() }),
        E::Tls(T::NotTls { .. }) => E::Tls(T::NotTls { first_bytes: "HTTP/1.1 400".into() }),
        E::Tls(T::Refused { alert: TlsAlert(40) }) => refused(40),
        E::Tls(T::Refused { alert: TlsAlert(70) }) => refused(70),
        E::Tls(T::Refused { alert: TlsAlert(112) }) => refused(112),
        E::Tls(T::Refused { alert: TlsAlert(71) }) => refused(71),
        E::Tls(T::Refused { alert: TlsAlert(80) }) => refused(80),
        E::Tls(T::Refused { alert: TlsAlert(49) }) => refused(49),
        E::Tls(T::Refused { alert: TlsAlert(116) }) => refused(116),
        E::Tls(T::Refused { alert: TlsAlert(120) }) => refused(120),
        E::Tls(T::Refused { alert: TlsAlert(50) }) => refused(50),
        E::Tls(T::Refused { .. }) => refused(200),
        E::Tls(T::BadCaFile(Ca::NoCertificate)) => ca_file(Ca::NoCertificate),
        E::Tls(T::BadCaFile(Ca::UnfinishedBlock)) => ca_file(Ca::UnfinishedBlock),
        E::Tls(T::BadCaFile(Ca::BadBlockStart)) => ca_file(Ca::BadBlockStart),
        E::Tls(T::BadCaFile(Ca::BadBase64)) => ca_file(Ca::BadBase64),
        E::Tls(T::BadCaFile(Ca::BadPem { .. })) => ca_file(Ca::BadPem { reader_said: "pem-said".into() }),
        E::Tls(T::BadCaFile(Ca::Unusable { .. })) => ca_file(Ca::Unusable { number: 2, rustls_said: "said-by-rustls".into() }),
        E::Tls(T::BadCaFile(Ca::CannotRead { kind: K::NotFound, .. })) => cannot_read(K::NotFound),
        E::Tls(T::BadCaFile(Ca::CannotRead { kind: K::PermissionDenied, .. })) => cannot_read(K::PermissionDenied),
        E::Tls(T::BadCaFile(Ca::CannotRead { kind: K::IsADirectory, .. })) => cannot_read(K::IsADirectory),
        E::Tls(T::BadCaFile(Ca::CannotRead { .. })) => cannot_read(K::InvalidData),
        E::Tls(T::Other(O::ClosedBeforeAnswer)) => other_tls(O::ClosedBeforeAnswer),
        E::Tls(T::Other(O::ClosedDuringHandshake)) => other_tls(O::ClosedDuringHandshake),
        E::Tls(T::Other(O::BadServerName { .. })) => other_tls(O::BadServerName { name: "bad..name".into() }),
        E::Tls(T::Other(O::BadMessage { .. })) => other_tls(O::BadMessage { rustls_said: "said-by-rustls".into() }),
        E::Tls(T::Other(O::Incompatible { .. })) => other_tls(O::Incompatible { rustls_said: "said-by-rustls".into() }),
        E::Tls(T::Other(O::Misbehaved { .. })) => other_tls(O::Misbehaved { rustls_said: "said-by-rustls".into() }),
        E::Tls(T::Other(O::Library { .. })) => other_tls(O::Library { rustls_said: "said-by-rustls".into() }),
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
        E::Malformed(M::Unparsable { fault: HeadFault::Version }) => unparsable_head(HeadFault::Version),
        E::Malformed(M::Unparsable { fault: HeadFault::Status }) => unparsable_head(HeadFault::Status),
        E::Malformed(M::Unparsable { fault: HeadFault::HeaderName }) => unparsable_head(HeadFault::HeaderName),
        E::Malformed(M::Unparsable { fault: HeadFault::HeaderValue }) => unparsable_head(HeadFault::HeaderValue),
        E::Malformed(M::Unparsable { fault: HeadFault::NewLine }) => unparsable_head(HeadFault::NewLine),
        E::Malformed(M::Unparsable { fault: HeadFault::Token }) => unparsable_head(HeadFault::Token),
        E::Malformed(M::Unparsable { fault: HeadFault::TooManyHeaders }) => unparsable_head(HeadFault::TooManyHeaders),
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
        E::Decode { problem: DecodeProblem::EndsEarly, .. } => E::Decode { encoding: "gzip".into(), problem: DecodeProblem::EndsEarly },
        E::Decode { problem: DecodeProblem::Corrupt { .. }, .. } => E::Decode { encoding: "br".into(), problem: DecodeProblem::Corrupt { decoder_said: "inflate-said".into() } },
        E::TooManyRedirects { .. } => E::TooManyRedirects { max: 10 },
        E::Cancelled { .. } => E::Cancelled { phase },
        E::OutputFailed { kind: K::BrokenPipe, .. } => output_failed(K::BrokenPipe),
        E::OutputFailed { kind: K::StorageFull, .. } => output_failed(K::StorageFull),
        E::OutputFailed { kind: K::PermissionDenied, .. } => output_failed(K::PermissionDenied),
        E::OutputFailed { .. } => output_failed(K::Other),
        E::Io { problem: IoProblem::NoAddress, .. } => io(IoProblem::NoAddress),
        E::Io { problem: IoProblem::HelperStopped, .. } => io(IoProblem::HelperStopped),
        E::Io { problem: IoProblem::Os { kind: K::PermissionDenied, .. }, .. } => io_os(K::PermissionDenied),
        E::Io { problem: IoProblem::Os { kind: K::AddrInUse, .. }, .. } => io_os(K::AddrInUse),
        E::Io { problem: IoProblem::Os { kind: K::AddrNotAvailable, .. }, .. } => io_os(K::AddrNotAvailable),
        E::Io { problem: IoProblem::Os { kind: K::OutOfMemory, .. }, .. } => io_os(K::OutOfMemory),
        E::Io { problem: IoProblem::Os { .. }, .. } => io_os(K::Other),
        E::BadProxy { reason: ProxyProblem::Scheme, .. } => E::BadProxy { text: "socks5://p.test".into(), reason: ProxyProblem::Scheme },
        E::BadProxy { reason: ProxyProblem::Password, .. } => E::BadProxy { text: "http://p.test".into(), reason: ProxyProblem::Password },
        E::BadProxy { reason: ProxyProblem::Unreadable, .. } => E::BadProxy { text: "p test".into(), reason: ProxyProblem::Unreadable },
        E::ProxyRefused { .. } => E::ProxyRefused { proxy: "http://127.0.0.1:3128".into(), address: "127.0.0.1:3128".into() },
        E::ProxyAuthenticationRequired { .. } => E::ProxyAuthenticationRequired { proxy: "http://proxy.test:3128".into() },
        E::ProxyRefusedTunnel { .. } => E::ProxyRefusedTunnel { proxy: "http://proxy.test:3128".into(), code: 403, reason: "Forbidden".into() },
        E::ProxyClosedTunnel { .. } => E::ProxyClosedTunnel { proxy: "http://proxy.test:3128".into() },
        E::ProxyClosed { .. } => E::ProxyClosed { proxy: "http://proxy.test:3128".into() },
        E::ProxyNotHttp { .. } => E::ProxyNotHttp { proxy: "http://proxy.test:25".into(), first_bytes: "220 mail.test ESMTP\\r\\n".into() },
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
    let mut all = cases!(Warning;
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
        W::SystemStoreUnreadable { found: 0, .. } => W::SystemStoreUnreadable { found: 0, loader_said: "no-such-folder".into() },
        W::SystemStoreUnreadable { .. } => W::SystemStoreUnreadable { found: 3, loader_said: "unreadable-store-part".into() },
        W::ClosedWhileSending => W::ClosedWhileSending,
        W::ProxyClosedWhileSending { .. } => W::ProxyClosedWhileSending { proxy: "http://proxy.test:3128".into() },
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
    );
    // A loader that said nothing has no quote.
    all.push(W::SystemStoreUnreadable {
        found: 3,
        loader_said: String::new(),
    });
    all
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
            "io-",
            "char-",
            "file-",
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
            FetchError::Tls(TlsProblem::BadCaFile(CaFileProblem::NoCertificate)),
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

#[test]
fn every_alert_renders_and_the_common_ones_are_explained_in_every_language() {
    for language in LANGUAGES {
        let i18n = I18n::new(language.code).expect("language");
        let words = |code: u8| i18n.render(&error_message(&refused(code)));
        for code in 0..=u8::MAX {
            let alert = TlsAlert(code);
            let token = alert.name().map_or_else(|| code.to_string(), str::to_owned);
            check(language.code, &format!("{alert:?}"), &words(code), &[token]);
        }
        // An explained alert reads differently from the general words given its name.
        let general = words(200);
        for code in EXPLAINED_ALERTS {
            let name = TlsAlert(code).name().expect("a named alert");
            assert_ne!(
                words(code),
                general.replace("200", name),
                "{}: {name} has no words of its own",
                language.code
            );
        }
    }
}

/// The first run of three or more English words in `text`, quotes left out: a sentence the
/// catalog did not translate. Quoted text is data (a host, a line) or an operating system's or
/// library's own words, which stay as they are.
fn english_run_outside_quotes(text: &str) -> Option<String> {
    let unquoted: String = text.split('"').step_by(2).collect::<Vec<_>>().join(" ");
    crate::i18n::english_run(&unquoted)
}

#[test]
fn korean_errors_and_notes_hold_no_english_sentence() {
    let ko = I18n::new("ko").expect("Korean");
    let mut texts: Vec<(String, String)> = Vec::new();
    for error in every_error() {
        texts.push((format!("{error:?}"), ko.render(&error_message(&error))));
        for surface in [Surface::Window, Surface::Cli] {
            let hint = ko.render(&error_hint(&error, surface));
            texts.push((format!("hint {surface:?} {error:?}"), hint));
        }
    }
    for warning in every_note() {
        texts.push((format!("{warning:?}"), ko.render(&note(&warning))));
    }
    // Words of the protocol itself, which a learner sees on the wire as they are.
    const PROTOCOL_PHRASES: [&str; 1] = ["407 Proxy Authentication Required"];
    for (what, text) in texts {
        let without = PROTOCOL_PHRASES
            .iter()
            .fold(text.clone(), |text, phrase| text.replace(phrase, ""));
        assert_eq!(
            english_run_outside_quotes(&without),
            None,
            "ko: {what}: {text}"
        );
    }
    assert_eq!(
        english_run_outside_quotes("서버가 거부했습니다: the server closed the connection"),
        Some("the server closed".into())
    );
    assert_eq!(
        english_run_outside_quotes("(운영 체제 원문: \"No such file or directory\")"),
        None
    );
    assert_eq!(
        english_run_outside_quotes("PEM 형식의 CERTIFICATE 블록"),
        None
    );
}

/// `--json` names every error kind (and TLS problem kind); README lists the values a script can
/// meet, so a new kind is listed there too.
#[test]
fn readme_lists_every_error_kind_that_json_can_give() {
    let readme = include_str!("../../README.md");
    let start = readme
        .find("`error.kind` is one of")
        .expect("the list in README");
    let list = &readme[start..];
    let list = &list[..list.find("\n\n").unwrap_or(list.len())];
    for error in every_error() {
        let mut kinds = vec![error.kind()];
        if let FetchError::Tls(problem) = &error {
            kinds.push(problem.kind());
        }
        for kind in kinds {
            assert!(list.contains(&format!("`{kind}`")), "README lacks `{kind}`");
        }
    }
}

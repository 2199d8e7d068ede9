//! The engine's errors in the learner's language: chosen by kind, filled in with the error's data.

use crate::wire::{FetchError, LimitKind, Phase, RequestProblem, TlsProblem, UrlProblem};

use super::I18n;

/// The name of a phase as shown while a fetch runs ("Connecting…").
pub fn phase_name(i18n: I18n, phase: Phase) -> &'static str {
    i18n.t(&format!("phase-{}", phase.key()))
}

/// The phase as used inside a sentence ("while { $phase }").
fn phase_doing(i18n: I18n, phase: Phase) -> &'static str {
    i18n.t(&format!("doing-{}", phase.key()))
}

fn limit_words(i18n: I18n, limit: LimitKind, max: usize) -> String {
    i18n.f(
        &format!("limit-{}", limit.key()),
        &[("max", &group_digits(max as u64))],
    )
}

/// `1234567` as `1,234,567`.
pub fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn url_problem(i18n: I18n, problem: &UrlProblem) -> String {
    match problem {
        UrlProblem::Empty => i18n.t("url-empty").to_owned(),
        UrlProblem::ControlCharacter { position, name } => i18n.f(
            "url-control_character",
            &[("position", &position.to_string()), ("name", name)],
        ),
        UrlProblem::Unparsable { detail } => i18n.f("url-unparsable", &[("detail", detail)]),
        UrlProblem::MissingHost => i18n.t("url-missing_host").to_owned(),
    }
}

fn request_problem(i18n: I18n, problem: &RequestProblem) -> String {
    match problem {
        RequestProblem::BadMethod { method } => i18n.f("request-bad_method", &[("method", method)]),
        RequestProblem::BadHeaderName { name } => {
            i18n.f("request-bad_header_name", &[("name", name)])
        }
        RequestProblem::BadHeaderValue { name, character } => i18n.f(
            "request-bad_header_value",
            &[("name", name), ("character", character)],
        ),
        RequestProblem::MissingColon { line } => i18n.f("request-missing_colon", &[("line", line)]),
    }
}

fn tls_problem(i18n: I18n, problem: &TlsProblem) -> String {
    match problem {
        TlsProblem::UnknownIssuer => i18n.t("tls-unknown_issuer").to_owned(),
        TlsProblem::Expired { not_after } => i18n.f("tls-expired", &[("date", not_after)]),
        TlsProblem::NotYetValid { not_before } => {
            i18n.f("tls-not_yet_valid", &[("date", not_before)])
        }
        TlsProblem::NameMismatch {
            expected,
            presented,
        } if presented.is_empty() => {
            i18n.f("tls-name_mismatch_no_names", &[("expected", expected)])
        }
        TlsProblem::NameMismatch {
            expected,
            presented,
        } => i18n.f(
            "tls-name_mismatch",
            &[("expected", expected), ("presented", &presented.join(", "))],
        ),
        TlsProblem::BadCertificate { detail } => {
            i18n.f("tls-bad_certificate", &[("detail", detail)])
        }
        TlsProblem::NotTls { first_bytes } => {
            i18n.f("tls-not_tls", &[("first_bytes", first_bytes)])
        }
        TlsProblem::Refused { detail } => i18n.f("tls-refused", &[("detail", detail)]),
        TlsProblem::BadCaFile { detail } => i18n.f("tls-bad_ca_file", &[("detail", detail)]),
        TlsProblem::Other { detail } => i18n.f("tls-other", &[("detail", detail)]),
    }
}

/// The error's plain message in the learner's language.
pub fn error_message(i18n: I18n, error: &FetchError) -> String {
    let key = format!("error-{}", error.kind());
    match error {
        FetchError::InvalidUrl(problem) => {
            i18n.f(&key, &[("problem", &url_problem(i18n, problem))])
        }
        FetchError::UnsupportedScheme { scheme } => i18n.f(&key, &[("scheme", scheme)]),
        FetchError::InvalidRequest(problem) => {
            i18n.f(&key, &[("problem", &request_problem(i18n, problem))])
        }
        FetchError::NoSuchHost { host, detail } => {
            i18n.f(&key, &[("host", host), ("detail", detail)])
        }
        FetchError::ConnectionRefused { address } => i18n.f(&key, &[("address", address)]),
        FetchError::Unreachable { address, detail } => {
            i18n.f(&key, &[("address", address), ("detail", detail)])
        }
        FetchError::Timeout { phase, limit } => i18n.f(
            &key,
            &[
                ("seconds", &format!("{:.1}", limit.as_secs_f64())),
                ("phase", phase_doing(i18n, *phase)),
            ],
        ),
        FetchError::Tls(problem) => i18n.f(&key, &[("problem", &tls_problem(i18n, problem))]),
        FetchError::ConnectionReset { phase } | FetchError::Cancelled { phase } => {
            i18n.f(&key, &[("phase", phase_doing(i18n, *phase))])
        }
        FetchError::ClosedBeforeResponse => i18n.t(&key).to_owned(),
        FetchError::NotHttp { first_bytes } => i18n.f(&key, &[("first_bytes", first_bytes)]),
        FetchError::Malformed { what } => i18n.f(&key, &[("what", what)]),
        FetchError::LimitExceeded { limit, max } => {
            i18n.f(&key, &[("what", &limit_words(i18n, *limit, *max))])
        }
        FetchError::BodyIncomplete {
            received,
            expected: Some(expected),
        } => i18n.f(
            &key,
            &[
                ("received", &group_digits(*received)),
                ("expected", &group_digits(*expected)),
            ],
        ),
        FetchError::BodyIncomplete {
            received,
            expected: None,
        } => i18n.f(
            "error-body_incomplete_chunked",
            &[("received", &group_digits(*received))],
        ),
        FetchError::Decode { encoding, detail } => {
            i18n.f(&key, &[("encoding", encoding), ("detail", detail)])
        }
        FetchError::TooManyRedirects { max } => i18n.f(&key, &[("max", &max.to_string())]),
        FetchError::OutputFailed { detail, .. } => i18n.f(&key, &[("detail", detail)]),
        FetchError::Io { phase, detail } => i18n.f(
            &key,
            &[("phase", phase_doing(i18n, *phase)), ("detail", detail)],
        ),
    }
}

/// What the learner can try next, in their language.
pub fn error_hint(i18n: I18n, error: &FetchError) -> &'static str {
    match error {
        FetchError::Tls(problem) => {
            let group = match problem {
                TlsProblem::UnknownIssuer => "unknown_issuer",
                TlsProblem::Expired { .. } | TlsProblem::NotYetValid { .. } => "dates",
                TlsProblem::NameMismatch { .. } => "name_mismatch",
                TlsProblem::NotTls { .. } => "not_tls",
                TlsProblem::BadCaFile { .. } => "bad_ca_file",
                TlsProblem::BadCertificate { .. }
                | TlsProblem::Refused { .. }
                | TlsProblem::Other { .. } => "other",
            };
            i18n.t(&format!("hint-tls-{group}"))
        }
        other => i18n.t(&format!("hint-{}", other.kind())),
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    /// One error of every kind, so every message key is looked up at least once.
    fn every_error() -> Vec<FetchError> {
        let phase = Phase::Connecting;
        vec![
            FetchError::InvalidUrl(UrlProblem::Empty),
            FetchError::InvalidUrl(UrlProblem::ControlCharacter {
                position: 3,
                name: "TAB (U+0009)".into(),
            }),
            FetchError::InvalidUrl(UrlProblem::Unparsable { detail: "x".into() }),
            FetchError::InvalidUrl(UrlProblem::MissingHost),
            FetchError::UnsupportedScheme {
                scheme: "ftp".into(),
            },
            FetchError::InvalidRequest(RequestProblem::BadMethod {
                method: "G T".into(),
            }),
            FetchError::InvalidRequest(RequestProblem::BadHeaderName { name: "a b".into() }),
            FetchError::InvalidRequest(RequestProblem::BadHeaderValue {
                name: "X".into(),
                character: "CR".into(),
            }),
            FetchError::InvalidRequest(RequestProblem::MissingColon { line: "X".into() }),
            FetchError::NoSuchHost {
                host: "nowhere.invalid".into(),
                detail: "d".into(),
            },
            FetchError::ConnectionRefused {
                address: "127.0.0.1:9".into(),
            },
            FetchError::Unreachable {
                address: "127.0.0.1:9".into(),
                detail: "d".into(),
            },
            FetchError::Timeout {
                phase,
                limit: Duration::from_secs(10),
            },
            FetchError::Tls(TlsProblem::UnknownIssuer),
            FetchError::Tls(TlsProblem::Expired {
                not_after: "2020".into(),
            }),
            FetchError::Tls(TlsProblem::NotYetValid {
                not_before: "2030".into(),
            }),
            FetchError::Tls(TlsProblem::NameMismatch {
                expected: "a".into(),
                presented: vec![],
            }),
            FetchError::Tls(TlsProblem::NameMismatch {
                expected: "a".into(),
                presented: vec!["b".into()],
            }),
            FetchError::Tls(TlsProblem::BadCertificate { detail: "d".into() }),
            FetchError::Tls(TlsProblem::NotTls {
                first_bytes: "HTTP".into(),
            }),
            FetchError::Tls(TlsProblem::Refused { detail: "d".into() }),
            FetchError::Tls(TlsProblem::BadCaFile { detail: "d".into() }),
            FetchError::Tls(TlsProblem::Other { detail: "d".into() }),
            FetchError::ConnectionReset { phase },
            FetchError::ClosedBeforeResponse,
            FetchError::NotHttp {
                first_bytes: "SSH".into(),
            },
            FetchError::Malformed { what: "w".into() },
            FetchError::LimitExceeded {
                limit: LimitKind::HeadBytes,
                max: 1024,
            },
            FetchError::LimitExceeded {
                limit: LimitKind::HeaderCount,
                max: 1,
            },
            FetchError::LimitExceeded {
                limit: LimitKind::InterimResponses,
                max: 1,
            },
            FetchError::LimitExceeded {
                limit: LimitKind::ChunkLine,
                max: 1,
            },
            FetchError::LimitExceeded {
                limit: LimitKind::ChunkExtensions,
                max: 1,
            },
            FetchError::LimitExceeded {
                limit: LimitKind::TrailerBytes,
                max: 1,
            },
            FetchError::LimitExceeded {
                limit: LimitKind::BodyBytes,
                max: 1,
            },
            FetchError::BodyIncomplete {
                received: 5,
                expected: Some(10),
            },
            FetchError::BodyIncomplete {
                received: 5,
                expected: None,
            },
            FetchError::Decode {
                encoding: "gzip".into(),
                detail: "d".into(),
            },
            FetchError::TooManyRedirects { max: 10 },
            FetchError::Cancelled { phase },
            FetchError::OutputFailed {
                kind: std::io::ErrorKind::StorageFull,
                detail: "d".into(),
            },
            FetchError::Io {
                phase,
                detail: "d".into(),
            },
        ]
    }

    #[test]
    fn every_error_has_a_message_and_hint_in_every_language() {
        for language in super::super::LANGUAGES {
            let i18n = I18n::new(language.code).expect("language exists");
            for error in every_error() {
                let message = error_message(i18n, &error);
                let hint = error_hint(i18n, &error);
                for text in [message.as_str(), hint] {
                    assert!(
                        !text.starts_with("error-")
                            && !text.starts_with("hint-")
                            && !text.contains("{ $")
                            && !text.contains("limit-")
                            && !text.contains("doing-")
                            && !text.contains("tls-")
                            && !text.contains("url-")
                            && !text.contains("request-"),
                        "{}: untranslated piece in {text:?} for {error:?}",
                        language.code
                    );
                }
            }
        }
    }

    #[test]
    fn korean_messages_carry_the_error_data() {
        let ko = I18n::new("ko").expect("Korean exists");
        let error = FetchError::ConnectionRefused {
            address: "127.0.0.1:9".into(),
        };
        let message = error_message(ko, &error);
        assert!(message.contains("127.0.0.1:9"), "{message}");
        assert_ne!(message, error.to_string());
    }

    #[test]
    fn digits_are_grouped() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(1000), "1,000");
        assert_eq!(group_digits(75_000_000), "75,000,000");
    }
}

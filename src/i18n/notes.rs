//! The engine's notes (warnings) in the learner's language.

use super::I18n;
use crate::wire::Warning;

/// A note in the chosen language: the `note-KIND` text filled in with the note's data.
pub fn note_message(i18n: I18n, warning: &Warning) -> String {
    let args = warning.args();
    let args: Vec<(&str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
    i18n.f(&format!("note-{}", warning.kind()), &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::LANGUAGES;

    /// One of every kind of note, with data.
    fn every_note() -> Vec<Warning> {
        vec![
            Warning::SchemeAdded,
            Warning::UserinfoNotSent,
            Warning::BareLineFeedsInHead,
            Warning::UnknownMinorVersion { minor: '2' },
            Warning::StatusOutOfRange { code: 799 },
            Warning::FoldedHeader {
                name: "X-Fold".into(),
            },
            Warning::LengthAndTransferEncoding,
            Warning::TransferEncodingNotChunked {
                codings: "gzip".into(),
            },
            Warning::RepeatedContentLength { count: 3 },
            Warning::BareLineFeedInChunk,
            Warning::ManyChunks { listed: 100 },
            Warning::TrailerWithoutColon {
                line: "oops".into(),
            },
            Warning::TlsClosedWithoutNotify,
            Warning::RawDeflate,
            Warning::UnknownContentCoding {
                coding: "zstd".into(),
            },
            Warning::ExtraBytes { count: 7 },
            Warning::ReadsMerged { listed: 100 },
            Warning::ClosedWhileSending,
            Warning::RedirectedFrom {
                code: 302,
                reason: "Found".into(),
                url: "http://127.0.0.1/a".into(),
            },
            Warning::HttpsToHttp,
            Warning::CredentialsDropped,
        ]
    }

    #[test]
    fn every_note_has_a_text_with_its_data_in_every_language() {
        for language in LANGUAGES {
            let i18n = I18n::new(language.code).expect("language");
            for warning in every_note() {
                let text = note_message(i18n, &warning);
                let key = format!("note-{}", warning.kind());
                assert_ne!(text, key, "{}: no text for {key}", language.code);
                assert!(
                    !text.contains("{$"),
                    "{}: {key} left a placeholder: {text}",
                    language.code
                );
                for (_, value) in warning.args() {
                    assert!(
                        text.contains(&value),
                        "{}: {key} lost {value:?}: {text}",
                        language.code
                    );
                }
            }
        }
    }

    #[test]
    fn english_notes_read_like_the_engines_own_words() {
        for warning in every_note() {
            assert_eq!(note_message(I18n::default(), &warning), warning.to_string());
        }
    }
}

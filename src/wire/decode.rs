//! Removing content codings (gzip, deflate, br), with the body limit counted on the output.

use std::io::Read;

use super::error::{DecodeProblem, FetchError, LimitKind};
use super::warning::Warning;

/// The result of decoding a body.
#[derive(Debug, Default)]
pub(crate) struct Decoded {
    /// The decoded bytes; `None` when nothing was decoded (identity, or an unknown coding).
    pub bytes: Option<Vec<u8>>,
    /// Why decoding stopped early, if it did. The bytes decoded so far stay in `bytes`.
    pub error: Option<FetchError>,
    /// Notes for the learner.
    pub warnings: Vec<Warning>,
}

/// Undo `codings` (in the order the server applied them) on `input`, keeping at most `max` bytes.
pub(crate) fn decode(codings: &[String], input: &[u8], max: usize) -> Decoded {
    let mut result = Decoded::default();
    let mut current: Option<Vec<u8>> = None;
    for coding in codings.iter().rev() {
        let source: &[u8] = current.as_deref().unwrap_or(input);
        let decoder: Box<dyn Read + '_> = match coding.as_str() {
            "identity" | "" => continue,
            "gzip" | "x-gzip" => Box::new(flate2::read::MultiGzDecoder::new(source)),
            "deflate" => {
                // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.
                if looks_like_zlib(source) {
                    Box::new(flate2::read::ZlibDecoder::new(source))
                } else {
                    result.warnings.push(Warning::RawDeflate);
                    Box::new(flate2::read::DeflateDecoder::new(source))
                }
            }
            "br" => Box::new(brotli::Decompressor::new(source, 64 * 1024)),
            other => {
                result.warnings.push(Warning::UnknownContentCoding {
                    coding: other.to_owned(),
                });
                return Decoded {
                    bytes: None,
                    ..result
                };
            }
        };
        let (output, failure) = read_limited(decoder, max);
        current = Some(output);
        if let Some(failure) = failure {
            result.error = Some(match failure {
                Failure::Limit => FetchError::LimitExceeded {
                    limit: LimitKind::BodyBytes,
                    max,
                },
                Failure::Broken(problem) => FetchError::Decode {
                    encoding: coding.clone(),
                    problem,
                },
            });
            break;
        }
    }
    result.bytes = current;
    result
}

fn looks_like_zlib(bytes: &[u8]) -> bool {
    match bytes {
        [cmf, flg, ..] => cmf & 0x0f == 8 && (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0,
        _ => false,
    }
}

enum Failure {
    Limit,
    Broken(DecodeProblem),
}

/// Read everything from `decoder`, stopping as soon as the output would pass `max`.
fn read_limited(mut decoder: impl Read, max: usize) -> (Vec<u8>, Option<Failure>) {
    let mut output = Vec::new();
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        match decoder.read(&mut buffer) {
            Ok(0) => return (output, None),
            Ok(n) => {
                if output.len() + n > max {
                    let room = max - output.len();
                    output.extend_from_slice(&buffer[..room]);
                    return (output, Some(Failure::Limit));
                }
                output.extend_from_slice(&buffer[..n]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => {
                let problem = match e.kind() {
                    std::io::ErrorKind::UnexpectedEof => DecodeProblem::EndsEarly,
                    _ => DecodeProblem::Corrupt {
                        decoder_said: e.to_string(),
                    },
                };
                return (output, Some(Failure::Broken(problem)));
            }
        }
    }
}

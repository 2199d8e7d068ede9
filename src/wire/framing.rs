//! Deciding how the body's end is found, per RFC 9112 section 6.3.

use super::error::FetchError;
use super::head::ResponseHead;
use super::warning::{NoBodyRule, Warning};

/// How the end of the body is found (RFC 9112 section 6.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyFraming {
    /// No body, whatever the headers say (HEAD, 1xx, 204, 304).
    None,
    /// Exactly this many bytes (`Content-Length`).
    ContentLength(u64),
    /// Chunks, each with its size in hex, ended by a zero-size chunk.
    Chunked,
    /// Everything until the server closes the connection.
    UntilClose,
}

impl BodyFraming {
    /// A short name for JSON: `none`, `content-length`, `chunked`, `until-close`.
    pub fn key(self) -> &'static str {
        match self {
            BodyFraming::None => "none",
            BodyFraming::ContentLength(_) => "content-length",
            BodyFraming::Chunked => "chunked",
            BodyFraming::UntilClose => "until-close",
        }
    }
}

/// The framing of the body that follows `head`, plus warnings for the learner.
pub(crate) fn decide(
    head: &ResponseHead,
    request_was_head: bool,
) -> Result<(BodyFraming, Vec<Warning>), FetchError> {
    let mut warnings = Vec::new();
    let code = head.code;
    let no_body_rule = if request_was_head {
        Some(NoBodyRule::HeadRequest)
    } else if code == 204 {
        Some(NoBodyRule::NoContent)
    } else if code == 304 {
        Some(NoBodyRule::NotModified)
    } else {
        None
    };
    if let Some(rule) = no_body_rule {
        // The length is not used, so a bad one does not stop the reading; a length that is
        // there says something the learner may wonder about.
        let mut ignored = Vec::new();
        if let Ok(Some(length)) = content_length(head, &mut ignored)
            && length > 0
        {
            warnings.push(Warning::NoBodyDespiteLength { rule, length });
        }
        return Ok((BodyFraming::None, warnings));
    }
    if (100..200).contains(&code) {
        return Ok((BodyFraming::None, warnings));
    }
    let content_length = content_length(head, &mut warnings)?;
    let codings = head.list_items("Transfer-Encoding");
    if !codings.is_empty() {
        if head.version.eq_ignore_ascii_case("HTTP/1.0") {
            warnings.push(Warning::TransferEncodingInHttp10);
        }
        if content_length.is_some() {
            warnings.push(Warning::LengthAndTransferEncoding);
        }
        if codings.iter().filter(|c| *c == "chunked").count() > 1 {
            warnings.push(Warning::ChunkedTwice);
        }
        if codings.last().is_some_and(|c| c == "chunked") {
            return Ok((BodyFraming::Chunked, warnings));
        }
        warnings.push(Warning::TransferEncodingNotChunked {
            codings: codings.join(", "),
        });
        return Ok((BodyFraming::UntilClose, warnings));
    }
    Ok(match content_length {
        Some(length) => (BodyFraming::ContentLength(length), warnings),
        None => (BodyFraming::UntilClose, warnings),
    })
}

/// The one `Content-Length`, if any. Every value must be digits; repeats must agree.
fn content_length(
    head: &ResponseHead,
    warnings: &mut Vec<Warning>,
) -> Result<Option<u64>, FetchError> {
    let mut found: Option<u64> = None;
    let mut count = 0;
    for value in head.values("Content-Length") {
        for part in String::from_utf8_lossy(value).split(',') {
            let part = part.trim();
            count += 1;
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(FetchError::Malformed(
                    super::error::MalformedProblem::ContentLengthNotNumber {
                        value: part.to_owned(),
                    },
                ));
            }
            let length: u64 = part.parse().map_err(|_| {
                FetchError::Malformed(super::error::MalformedProblem::ContentLengthTooLarge {
                    value: part.to_owned(),
                })
            })?;
            match found {
                Some(previous) if previous != length => {
                    return Err(FetchError::Malformed(
                        super::error::MalformedProblem::ContentLengthConflict {
                            first: previous,
                            second: length,
                        },
                    ));
                }
                _ => found = Some(length),
            }
        }
    }
    if count > 1 {
        warnings.push(Warning::RepeatedContentLength { count });
    }
    Ok(found)
}

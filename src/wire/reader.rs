//! The response reader: fed the growing stream of received bytes, it finds the heads, decides
//! the framing and follows the body until it is complete.
//!
//! It is a push parser with no I/O, so the same code reads sockets, recorded fixtures and
//! test input split at any byte. It looks at the stream through [`Received`], so a caller that
//! passes the body on as it arrives can drop every byte before [`ResponseReader::needs_from`].

use super::chunked::ChunkedDecoder;
use super::error::{FetchError, LimitKind};
use super::exchange::Body;
use super::framing;
use super::framing::BodyFraming;
use super::head;
use super::head::ResponseHead;
use super::limits::Limits;
use super::received::Received;
use super::warning::Warning;

/// What the reader needs next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadStatus {
    /// More bytes (or the end of the stream).
    NeedMore,
    /// The response is complete; stop reading.
    Done,
}

#[derive(Debug)]
enum State {
    /// Waiting for a head that starts at `start`; `blank` empty-line bytes before it were skipped.
    Head {
        start: usize,
        scanned: usize,
        blank: usize,
    },
    Body(BodyState),
    Done,
}

#[derive(Debug)]
enum BodyState {
    Length { start: usize, length: u64 },
    Chunked(Box<ChunkedDecoder>),
    UntilClose { start: usize },
}

/// Reads one response out of a stream of bytes.
#[derive(Debug)]
pub struct ResponseReader {
    limits: Limits,
    request_was_head: bool,
    keep_chunked_content: bool,
    state: State,
    /// Interim 1xx heads, in order.
    pub interim: Vec<ResponseHead>,
    /// The final head, once parsed.
    pub head: Option<ResponseHead>,
    /// The body as far as it is known.
    pub body: Option<Body>,
    /// Notes for the learner collected while reading.
    pub warnings: Vec<Warning>,
}

impl ResponseReader {
    /// A reader for the response to a request (`HEAD` responses have no body).
    pub fn new(limits: &Limits, request_was_head: bool) -> Self {
        Self {
            limits: limits.clone(),
            request_was_head,
            keep_chunked_content: true,
            state: State::Head {
                start: 0,
                scanned: 0,
                blank: 0,
            },
            interim: Vec::new(),
            head: None,
            body: None,
            warnings: Vec::new(),
        }
    }

    /// Count a chunked body's content instead of copying it out of the framing, for a caller
    /// that passes the body on and does not keep it ([`Body::unframed`] stays `None`).
    pub fn counting_chunked_content(mut self) -> Self {
        self.keep_chunked_content = false;
        self
    }

    /// Whether the final head has been read and the body is being read (or done).
    pub fn in_body(&self) -> bool {
        !matches!(self.state, State::Head { .. })
    }

    /// The first stream offset the reader will look at again; `None` when it only counts the
    /// bytes still to come. Bytes before it may be dropped by the caller.
    pub fn needs_from(&self) -> Option<usize> {
        match &self.state {
            State::Head { start, .. } => Some(*start),
            State::Body(BodyState::Chunked(decoder)) => Some(decoder.end()),
            State::Body(BodyState::Length { .. } | BodyState::UntilClose { .. }) | State::Done => {
                None
            }
        }
    }

    /// Look at the stream again after new bytes were appended to it.
    pub fn on_data(&mut self, stream: Received<'_>) -> Result<ReadStatus, FetchError> {
        loop {
            match &mut self.state {
                State::Head {
                    start,
                    scanned,
                    blank,
                } => {
                    let (mut start, mut scanned, mut blank) = (*start, *scanned, *blank);
                    // Empty lines before a status line are skipped (RFC 9112 section 2.2): some
                    // servers send one after a 1xx head. They have a head limit of their own.
                    let (skip, lone_cr) = head::leading_empty_lines(stream.tail(start));
                    start += skip;
                    blank += skip;
                    scanned = scanned.max(start);
                    self.state = State::Head {
                        start,
                        scanned,
                        blank,
                    };
                    if blank > self.limits.max_head_bytes {
                        return Err(FetchError::LimitExceeded {
                            limit: LimitKind::HeadBytes,
                            max: self.limits.max_head_bytes,
                        });
                    }
                    if lone_cr {
                        return Ok(ReadStatus::NeedMore);
                    }
                    let bytes = stream.tail(start);
                    head::check_looks_like_http(bytes)?;
                    match head::find_end(bytes, scanned.max(start) - start).map(|end| start + end) {
                        None => {
                            if stream.len() - start > self.limits.max_head_bytes {
                                return Err(FetchError::LimitExceeded {
                                    limit: LimitKind::HeadBytes,
                                    max: self.limits.max_head_bytes,
                                });
                            }
                            // Rescan the last bytes: the blank line may straddle two reads.
                            self.state = State::Head {
                                start,
                                scanned: stream.len().saturating_sub(3).max(start),
                                blank,
                            };
                            return Ok(ReadStatus::NeedMore);
                        }
                        Some(end) => {
                            if end - start > self.limits.max_head_bytes {
                                return Err(FetchError::LimitExceeded {
                                    limit: LimitKind::HeadBytes,
                                    max: self.limits.max_head_bytes,
                                });
                            }
                            self.on_head(stream, start, end, blank)?;
                        }
                    }
                }
                State::Body(body) => {
                    let done = match body {
                        BodyState::Length { start, length } => {
                            let received = (stream.len() - *start) as u64;
                            // The limit first: a body larger than the limit that arrives in one
                            // read must not pass as complete with its end cut off.
                            if received.min(*length) > self.limits.max_body_bytes as u64 {
                                self.sync_body(stream);
                                return Err(self.body_limit());
                            }
                            received >= *length
                        }
                        BodyState::Chunked(decoder) => {
                            // On a framing error, the body still records how far the decoder
                            // got (as the limit errors below do): without this, the body's wire
                            // range depended on how the bytes were cut into reads (found by
                            // fuzzing: a whole reply gave 99..99, the same cut in reads 99..115).
                            let done = match decoder.advance(stream, &self.limits) {
                                Ok(done) => done,
                                Err(error) => {
                                    self.sync_body(stream);
                                    return Err(error);
                                }
                            };
                            // The content is limited by the decoder; the framing around it too,
                            // or tiny chunks could make the wire bytes many times the content.
                            let wire =
                                decoder.end() - self.body.as_ref().map_or(0, |b| b.wire.start);
                            if wire > self.limits.max_body_bytes {
                                self.sync_body(stream);
                                return Err(self.body_limit());
                            }
                            done
                        }
                        BodyState::UntilClose { start } => {
                            if stream.len() - *start > self.limits.max_body_bytes {
                                self.sync_body(stream);
                                return Err(self.body_limit());
                            }
                            false
                        }
                    };
                    self.sync_body(stream);
                    if done {
                        self.finish_body(true);
                        return Ok(ReadStatus::Done);
                    }
                    return Ok(ReadStatus::NeedMore);
                }
                State::Done => return Ok(ReadStatus::Done),
            }
        }
    }

    /// The stream ended. `clean` is false for TLS without `close_notify`.
    pub fn on_end(&mut self, stream: Received<'_>, clean: bool) -> Result<(), FetchError> {
        match &self.state {
            State::Head { start, .. } => {
                if stream.len() == *start {
                    if self.interim.is_empty() {
                        return Err(FetchError::ClosedBeforeResponse);
                    }
                    return Err(FetchError::Malformed(
                        super::error::MalformedProblem::ClosedAfterInterim,
                    ));
                }
                Err(FetchError::Malformed(
                    super::error::MalformedProblem::ClosedInHead {
                        received: (stream.len() - start) as u64,
                    },
                ))
            }
            State::Body(BodyState::Length { start, length }) => {
                let (received, expected) = ((stream.len() - start) as u64, *length);
                self.sync_body(stream);
                self.finish_body(false);
                Err(FetchError::BodyIncomplete {
                    received,
                    expected: Some(expected),
                })
            }
            State::Body(BodyState::Chunked(decoder))
                if decoder.ended_after_last_chunk(stream.len()) =>
            {
                // Every chunk arrived, the last one too; only the final empty line is missing.
                // The content is whole, so it is read, with a note.
                let offset = decoder.end();
                self.sync_body(stream);
                self.warnings
                    .push(Warning::NoBlankLineAfterLastChunk { offset });
                self.finish_body(true);
                Ok(())
            }
            State::Body(BodyState::Chunked(decoder)) => {
                let received = decoder.content_len() as u64;
                self.sync_body(stream);
                self.finish_body(false);
                Err(FetchError::BodyIncomplete {
                    received,
                    expected: None,
                })
            }
            State::Body(BodyState::UntilClose { .. }) => {
                self.sync_body(stream);
                if !clean {
                    if let Some(body) = &mut self.body {
                        body.possibly_truncated = true;
                    }
                    self.warnings.push(Warning::TlsClosedWithoutNotify);
                }
                self.finish_body(true);
                Ok(())
            }
            State::Done => Ok(()),
        }
    }

    /// Stop reading after an error: keep the body as far as it went, marked incomplete.
    pub fn abandon(&mut self, stream: Received<'_>) {
        if matches!(self.state, State::Body(_)) {
            self.sync_body(stream);
            self.finish_body(false);
        }
    }

    fn body_limit(&self) -> FetchError {
        FetchError::LimitExceeded {
            limit: LimitKind::BodyBytes,
            max: self.limits.max_body_bytes,
        }
    }

    fn on_head(
        &mut self,
        stream: Received<'_>,
        start: usize,
        end: usize,
        blank: usize,
    ) -> Result<(), FetchError> {
        if blank > 0 {
            self.warnings.push(Warning::EmptyLinesBeforeStatus {
                count: blank,
                offset: start - blank,
            });
        }
        let parsed = head::parse(stream.range(start..end), start, &self.limits)?;
        self.warnings.extend(parsed.warnings);
        let head = parsed.head;
        // 1xx responses are interim, except 101: we never switch protocols, so it ends the exchange.
        if (100..200).contains(&head.code) && head.code != 101 {
            self.interim.push(head);
            if self.interim.len() > self.limits.max_interim_responses {
                return Err(FetchError::LimitExceeded {
                    limit: LimitKind::InterimResponses,
                    max: self.limits.max_interim_responses,
                });
            }
            self.state = State::Head {
                start: end,
                scanned: end,
                blank: 0,
            };
            return Ok(());
        }
        // A framing error (e.g. two different Content-Length values) still keeps the head:
        // its headers are what the learner needs to see to understand the error.
        let decided = framing::decide(&head, self.request_was_head);
        self.head = Some(head);
        let (framing, warnings) = decided?;
        self.warnings.extend(warnings);
        self.body = Some(Body {
            framing: Some(framing),
            wire: end..end,
            ..Body::default()
        });
        self.state = match framing {
            BodyFraming::None => {
                self.finish_body(true);
                State::Done
            }
            BodyFraming::ContentLength(0) => {
                self.finish_body(true);
                State::Done
            }
            BodyFraming::ContentLength(length) => {
                State::Body(BodyState::Length { start: end, length })
            }
            BodyFraming::Chunked => {
                let decoder = ChunkedDecoder::new(end, self.keep_chunked_content);
                State::Body(BodyState::Chunked(Box::new(decoder)))
            }
            BodyFraming::UntilClose => State::Body(BodyState::UntilClose { start: end }),
        };
        Ok(())
    }

    /// Bring `self.body` up to date with the stream.
    fn sync_body(&mut self, stream: Received<'_>) {
        let Some(body) = &mut self.body else { return };
        match &self.state {
            State::Body(BodyState::Length { start, length }) => {
                let wanted = usize::try_from(*length).unwrap_or(usize::MAX);
                let end = stream
                    .len()
                    .min(start.saturating_add(wanted))
                    .min(start.saturating_add(self.limits.max_body_bytes));
                body.wire = *start..end;
            }
            State::Body(BodyState::UntilClose { start }) => {
                let end = start.saturating_add(self.limits.max_body_bytes);
                body.wire = *start..stream.len().min(end);
            }
            State::Body(BodyState::Chunked(decoder)) => {
                body.wire = body.wire.start..decoder.end();
            }
            State::Head { .. } | State::Done => {}
        }
    }

    fn finish_body(&mut self, complete: bool) {
        let state = std::mem::replace(&mut self.state, State::Done);
        let Some(body) = &mut self.body else { return };
        body.complete = complete;
        if let State::Body(BodyState::Chunked(decoder)) = state {
            let decoder = *decoder;
            self.warnings.extend(decoder.warnings);
            body.chunks = decoder.chunks;
            body.trailers = decoder.trailers;
            if self.keep_chunked_content {
                body.unframed = Some(decoder.content);
            }
        }
    }
}

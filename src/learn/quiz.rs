//! Test yourself: questions about the learner's own exchange, as data.
//!
//! [`questions`] reads one exchange and asks only what that exchange can answer: which status
//! came back, what told the reader where the body ends, how many reads the body took, which port
//! the request went to and why, and which line ends the head. Every question has typed choices,
//! the index of the right one, the reason it is right ([`Question::why`]) and, where there is
//! one, the learn entry that says more ([`Question::explanation`]). Choices are put in a fixed
//! order (by number, or a fixed list), so the same exchange always gives the same questions and
//! the tests can name them.

use super::explain::{Explanation, headers, statuses};
use super::{Arg, Message, ports};
use std::ops::Range;

use crate::wire::{BodyFraming, Exchange, ResponseHead, Warning, head_text};

/// What a question asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// Which status came back.
    Status,
    /// What told the reader where the body ends (a header, or the connection closing).
    BodyEnd,
    /// How many `read()` calls the body took.
    BodyReads,
    /// Which port the request went to, and why that one.
    Port,
    /// Which line of the response ends its head.
    HeadEnd,
}

impl QuestionKind {
    /// A stable name, for message ids (`quiz-KIND-ask`, `quiz-KIND-why`) and tests.
    pub fn key(self) -> &'static str {
        match self {
            QuestionKind::Status => "status",
            QuestionKind::BodyEnd => "body_end",
            QuestionKind::BodyReads => "body_reads",
            QuestionKind::Port => "port",
            QuestionKind::HeadEnd => "head_end",
        }
    }
}

/// What could have told the reader where a body ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndSign {
    /// The `Content-Length` header.
    ContentLength,
    /// The `Transfer-Encoding: chunked` header.
    Chunked,
    /// No header: the server closing the connection.
    Closing,
    /// The `Content-Type` header (a wrong answer learners often give: it says what, not how long).
    ContentType,
}

impl EndSign {
    /// A stable name, for messages and tests.
    pub fn key(self) -> &'static str {
        match self {
            EndSign::ContentLength => "content_length",
            EndSign::Chunked => "chunked",
            EndSign::Closing => "closing",
            EndSign::ContentType => "content_type",
        }
    }
}

/// Why a request goes to the port it goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PortReason {
    /// The URL named no port: the scheme's usual one.
    Usual,
    /// The URL wrote the port after the host (`:8080`).
    Written,
}

/// One answer a learner may pick.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// A status code (shown with its registered reason phrase).
    Status(u16),
    /// What told where the body ends.
    End(EndSign),
    /// A number of reads.
    Reads(u64),
    /// A port and the reason it would have been used.
    Port {
        /// The port number.
        number: u16,
        /// The reason given for it.
        reason: PortReason,
        /// The scheme whose usual port it is (for [`PortReason::Usual`]).
        scheme: &'static str,
    },
    /// One line of the response, as received.
    Line {
        /// Where the line starts in the received bytes.
        offset: usize,
        /// The line's text, its line end written out (`\r\n`), so an empty line can be seen.
        shown: String,
    },
}

impl Choice {
    /// The message that shows this choice.
    pub fn message(&self) -> Message {
        match self {
            Choice::Status(code) => {
                let reason = statuses::registered(*code).map_or("", |s| s.reason);
                Message::new("quiz-choice-status")
                    .text("status", format!("{code} {reason}").trim_end().to_owned())
            }
            Choice::End(sign) => Message::new("quiz-choice-end").choice("sign", sign.key()),
            Choice::Reads(count) => {
                Message::new("quiz-choice-reads").with("count", Arg::Count(*count))
            }
            Choice::Port {
                number,
                reason,
                scheme,
            } => {
                let message = Message::new("quiz-choice-port").text("port", number.to_string());
                match reason {
                    PortReason::Usual => message.choice("reason", "usual").text("scheme", *scheme),
                    // The written port is chosen whatever the scheme: no scheme to name.
                    PortReason::Written => message.choice("reason", "written"),
                }
            }
            Choice::Line { shown, .. } => Message::new("quiz-choice-line").text("line", shown),
        }
    }
}

/// One question about the exchange.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// What it asks.
    pub kind: QuestionKind,
    /// The question itself.
    pub ask: Message,
    /// The answers to pick from, in a fixed order.
    pub choices: Vec<Choice>,
    /// Which of `choices` is right.
    pub correct: usize,
    /// Why the right answer is right, with the exchange's own numbers.
    pub why: Message,
    /// The learn entry that says more (the status, the header, the port), when there is one.
    pub explanation: Option<Explanation>,
    /// The standard that says so, when no learn entry names one.
    pub standard: &'static str,
}

/// Every question this exchange can answer, in a fixed order. A question whose answer the
/// exchange does not hold (no head yet, a read log that merged reads, a URL never parsed) is
/// left out rather than asked with a guess.
pub fn questions(exchange: &Exchange) -> Vec<Question> {
    [
        status(exchange),
        body_end(exchange),
        body_reads(exchange),
        port(exchange),
        head_end(exchange),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Statuses to pick wrong answers from: the ones a learner meets most, of every class.
const LIKELY_STATUSES: &[u16] = &[200, 404, 301, 500, 304, 302, 403, 201, 503, 400];

fn status(exchange: &Exchange) -> Option<Question> {
    let head = exchange.head.as_ref()?;
    let right = head.code;
    let mut codes: Vec<u16> = LIKELY_STATUSES
        .iter()
        .copied()
        .filter(|&c| c != right)
        .take(3)
        .collect();
    codes.push(right);
    codes.sort_unstable();
    let correct = codes.iter().position(|&c| c == right)?;
    Some(Question {
        kind: QuestionKind::Status,
        ask: Message::new("quiz-status-ask"),
        choices: codes.into_iter().map(Choice::Status).collect(),
        correct,
        why: Message::new("quiz-status-why").text(
            "status",
            format!("{} {}", head.code, head.reason).trim_end(),
        ),
        explanation: statuses::explain(right),
        standard: "RFC 9112, 4",
    })
}

fn body_end(exchange: &Exchange) -> Option<Question> {
    let head = exchange.head.as_ref()?;
    let framing = exchange.body.as_ref()?.framing?;
    let (sign, why) = match framing {
        BodyFraming::ContentLength(length) => (
            EndSign::ContentLength,
            Message::new("quiz-body_end-why")
                .choice("sign", "content_length")
                .with("length", Arg::Count(length)),
        ),
        BodyFraming::Chunked => (
            EndSign::Chunked,
            Message::new("quiz-body_end-why")
                .choice("sign", "chunked")
                .with("length", Arg::Count(0)),
        ),
        BodyFraming::UntilClose => (
            EndSign::Closing,
            Message::new("quiz-body_end-why")
                .choice("sign", "closing")
                .with("length", Arg::Count(0)),
        ),
        // Nothing to find: no body is allowed here.
        BodyFraming::None => return None,
    };
    let choices = [
        EndSign::ContentLength,
        EndSign::Chunked,
        EndSign::Closing,
        EndSign::ContentType,
    ];
    let correct = choices.iter().position(|&c| c == sign)?;
    let explanation = match sign {
        EndSign::ContentLength => Some(headers::explain("Content-Length")),
        EndSign::Chunked => Some(headers::explain("Transfer-Encoding")),
        // A body read until close is told by the absence of both headers; `Connection` is
        // the header that talks about closing.
        EndSign::Closing | EndSign::ContentType => head
            .first("connection")
            .map(|_| headers::explain("Connection")),
    };
    Some(Question {
        kind: QuestionKind::BodyEnd,
        ask: Message::new("quiz-body_end-ask"),
        choices: choices.into_iter().map(Choice::End).collect(),
        correct,
        why,
        explanation,
        standard: "RFC 9112, 6.3",
    })
}

fn body_reads(exchange: &Exchange) -> Option<Question> {
    let body = exchange.body.as_ref()?;
    let merged = exchange
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::ReadsMerged { .. }));
    // A merged read log no longer counts reads one by one; a body passed on is not in the
    // record; an empty body took no read of its own.
    if merged || exchange.bytes_not_kept > 0 || body.wire.is_empty() || exchange.reads.is_empty() {
        return None;
    }
    let wire = &body.wire;
    let reads = exchange.reads_over(wire) as u64;
    if reads == 0 {
        return None;
    }
    // The answer among its neighbours: 1 → 1, 2, 3; 5 → 4, 5, 6, 7.
    let choices: Vec<u64> = (reads.saturating_sub(1).max(1)..=reads + 2).collect();
    let correct = choices.iter().position(|&c| c == reads)?;
    let shared = exchange.reads.iter().any(|r| {
        let end = r.offset + r.len;
        (r.offset < wire.start && end > wire.start) || (r.offset < wire.end && end > wire.end)
    });
    Some(Question {
        kind: QuestionKind::BodyReads,
        ask: Message::new("quiz-body_reads-ask").with("bytes", Arg::Bytes(wire.len() as u64)),
        choices: choices.into_iter().map(Choice::Reads).collect(),
        correct,
        why: Message::new("quiz-body_reads-why")
            .with("bytes", Arg::Bytes(wire.len() as u64))
            .with("count", Arg::Count(reads))
            .choice("shared", if shared { "yes" } else { "no" }),
        explanation: None,
        standard: "",
    })
}

/// The scheme's usual port, and the scheme named the way a learner writes it.
fn usual_port(scheme: &str) -> Option<(u16, &'static str)> {
    match scheme {
        "http" => Some((80, "http")),
        "https" => Some((443, "https")),
        _ => None,
    }
}

fn port(exchange: &Exchange) -> Option<Question> {
    let target = exchange.target.as_ref()?;
    let (usual, scheme) = usual_port(&target.scheme)?;
    let (other_usual, other_scheme) = usual_port(if scheme == "http" { "https" } else { "http" })?;
    let reason = if target.port_is_default {
        PortReason::Usual
    } else {
        PortReason::Written
    };
    let choice = |number, reason, scheme| Choice::Port {
        number,
        reason,
        scheme,
    };
    let right = choice(target.port, reason, scheme);
    let mut choices = vec![
        right.clone(),
        // The same number with the other reason: knowing the port is not knowing why.
        choice(
            target.port,
            match reason {
                PortReason::Usual => PortReason::Written,
                PortReason::Written => PortReason::Usual,
            },
            scheme,
        ),
        choice(other_usual, PortReason::Usual, other_scheme),
    ];
    choices.push(match reason {
        PortReason::Usual => choice(8080, PortReason::Written, scheme),
        PortReason::Written => choice(usual, PortReason::Usual, scheme),
    });
    choices.sort_by_key(|c| match c {
        Choice::Port { number, reason, .. } => (*number, *reason),
        _ => (0, PortReason::Usual),
    });
    choices.dedup();
    let correct = choices.iter().position(|c| *c == right)?;
    Some(Question {
        kind: QuestionKind::Port,
        ask: Message::new("quiz-port-ask"),
        choices,
        correct,
        why: Message::new("quiz-port-why")
            .choice(
                "reason",
                match reason {
                    PortReason::Usual => "usual",
                    PortReason::Written => "written",
                },
            )
            .text("port", target.port.to_string())
            .text("usual", usual.to_string())
            .text("scheme", scheme),
        explanation: Some(ports::explain(target.port)),
        standard: "RFC 9110, 4.2",
    })
}

/// Header lines shown before the empty line (more would make a long list of wrong answers).
const LINES_BEFORE_END: usize = 3;

/// The longest line shown in a choice, in characters.
const LONGEST_LINE: usize = 60;

/// The lines of `head` in the received bytes, each with where it starts.
fn head_lines<'a>(received: &'a [u8], head: &ResponseHead) -> Vec<(usize, &'a [u8])> {
    let Some(bytes) = received.get(head.range.clone()) else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    let mut start = 0;
    for (index, &byte) in bytes.iter().enumerate() {
        if byte == b'\n' {
            lines.push((head.range.start + start, &bytes[start..=index]));
            start = index + 1;
        }
    }
    lines
}

/// The empty line that ends `head`: where it starts in the received bytes, and its bytes.
fn empty_line_ending<'a>(received: &'a [u8], head: &ResponseHead) -> Option<(usize, &'a [u8])> {
    let lines = head_lines(received, head);
    let &(offset, line) = lines.last()?;
    matches!(line, b"\r\n" | b"\n").then_some((offset, line))
}

/// Where a learner clicked when asked where the response head ends (the Wire tab's rows).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clicked {
    /// A row of the request the program sent.
    Request,
    /// A row of the received bytes: where it is in `Exchange::received`.
    Received(Range<usize>),
}

/// What a click says about "where does the response head end".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadEndPick {
    /// The empty line after the final response's head.
    Right,
    /// A line of the request: the response comes after it.
    InRequest,
    /// The empty line that ends an interim (1xx) head: the final head comes after it.
    InterimEnd,
    /// A line before the end: the head goes on below it.
    TooEarly,
    /// A line after the end: it is already the body (or what came after).
    TooLate,
}

impl HeadEndPick {
    /// A stable name, for the `pick` argument of `quiz-head_end-pick` and tests.
    pub fn key(self) -> &'static str {
        match self {
            HeadEndPick::Right => "right",
            HeadEndPick::InRequest => "in_request",
            HeadEndPick::InterimEnd => "interim_end",
            HeadEndPick::TooEarly => "too_early",
            HeadEndPick::TooLate => "too_late",
        }
    }

    /// Whether it is the right line.
    pub fn is_right(self) -> bool {
        self == HeadEndPick::Right
    }

    /// What to say about this pick (for a wrong one, where to look instead).
    pub fn message(self) -> Message {
        Message::new("quiz-head_end-pick").choice("pick", self.key())
    }
}

/// Check a click on one row for "where does the response head end": right when the row holds
/// the empty line after the final response head (an interim 1xx head's empty line is not it).
/// `None` when the exchange has no complete final head to ask about.
pub fn check_head_end(exchange: &Exchange, clicked: &Clicked) -> Option<HeadEndPick> {
    let head = exchange.head.as_ref()?;
    let (end, _) = empty_line_ending(&exchange.received, head)?;
    let row = match clicked {
        Clicked::Request => return Some(HeadEndPick::InRequest),
        Clicked::Received(row) => row,
    };
    if row.contains(&end) {
        return Some(HeadEndPick::Right);
    }
    let interim_end = exchange.interim.iter().any(|interim| {
        empty_line_ending(&exchange.received, interim).is_some_and(|(at, _)| row.contains(&at))
    });
    Some(if interim_end {
        HeadEndPick::InterimEnd
    } else if row.start < end {
        HeadEndPick::TooEarly
    } else {
        HeadEndPick::TooLate
    })
}

fn head_end(exchange: &Exchange) -> Option<Question> {
    let head = exchange.head.as_ref()?;
    // The head's lines with where each starts; the last one is the empty line.
    let lines = head_lines(&exchange.received, head);
    let (end_offset, end_line) = empty_line_ending(&exchange.received, head)?;
    let before = lines.len().saturating_sub(1 + LINES_BEFORE_END);
    let mut choices: Vec<Choice> = lines[before..]
        .iter()
        .map(|&(offset, line)| Choice::Line {
            offset,
            shown: shown_line(line),
        })
        .collect();
    // The body's first line, when there is one: the line right after the end, a tempting
    // wrong answer.
    if let Some(body) = &exchange.body
        && let Some(first) = exchange.received.get(body.wire.clone())
        && !first.is_empty()
    {
        let end = first
            .iter()
            .position(|&b| b == b'\n')
            .map_or(first.len(), |i| i + 1);
        let shown = shown_line(&first[..end]);
        let end_shown = shown_line(end_line);
        if shown != end_shown {
            choices.push(Choice::Line {
                offset: body.wire.start,
                shown,
            });
        }
    }
    let correct = choices
        .iter()
        .position(|c| matches!(c, Choice::Line { offset, .. } if *offset == end_offset))?;
    if choices.len() < 2 {
        return None;
    }
    Some(Question {
        kind: QuestionKind::HeadEnd,
        ask: Message::new("quiz-head_end-ask"),
        choices,
        correct,
        why: Message::new("quiz-head_end-why")
            .with("offset", Arg::Count(end_offset as u64))
            .with("end", Arg::Count(head.range.end as u64))
            .choice("ending", if end_line == b"\r\n" { "crlf" } else { "lf" }),
        explanation: None,
        standard: "RFC 9112, 2.1",
    })
}

/// A line as text with its line end written out (`\r\n`), control characters escaped, and a
/// long line cut short.
fn shown_line(line: &[u8]) -> String {
    let (content, ending) = match line {
        [rest @ .., b'\r', b'\n'] => (rest, "\\r\\n"),
        [rest @ .., b'\n'] => (rest, "\\n"),
        rest => (rest, ""),
    };
    let mut text = String::new();
    for (count, c) in head_text(content).chars().enumerate() {
        if count == LONGEST_LINE {
            text.push('…');
            break;
        }
        if c.is_control() {
            text.extend(c.escape_default());
        } else {
            text.push(c);
        }
    }
    text.push_str(ending);
    text
}

/// One example of every question kind and every choice, for the coverage tests.
#[cfg(test)]
pub(crate) fn every_kind() -> Vec<Question> {
    let mut all = Vec::new();
    for reply in [
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello".to_owned(),
        "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
            .to_owned(),
        "HTTP/1.0 200 OK\r\nConnection: close\r\n\r\nhello".to_owned(),
    ] {
        let mut exchange = recorded(&reply);
        exchange.reads = vec![
            crate::wire::ReadEvent {
                offset: 0,
                len: 20,
                at: std::time::Duration::from_millis(3),
            },
            crate::wire::ReadEvent {
                offset: 20,
                len: reply.len() - 20,
                at: std::time::Duration::from_millis(5),
            },
        ];
        for url in ["http://127.0.0.1/", "https://127.0.0.1:8443/"] {
            exchange.target = crate::wire::parse_url(url).ok().map(|p| p.target);
            all.extend(questions(&exchange));
        }
    }
    all
}

#[cfg(test)]
fn recorded(reply: &str) -> Exchange {
    crate::wire::read_recorded(
        reply.as_bytes().to_vec(),
        false,
        &crate::wire::Limits::default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{I18n, LANGUAGES};
    use crate::wire::ReadEvent;
    use std::time::Duration;

    fn is_hangul(c: char) -> bool {
        ('\u{AC00}'..='\u{D7A3}').contains(&c)
    }

    fn asked(exchange: &Exchange, kind: QuestionKind) -> Option<Question> {
        questions(exchange).into_iter().find(|q| q.kind == kind)
    }

    fn read(offset: usize, len: usize) -> ReadEvent {
        ReadEvent {
            offset,
            len,
            at: Duration::from_millis(offset as u64),
        }
    }

    #[test]
    fn the_status_question_has_the_code_that_came_back_among_likely_ones() {
        let question = asked(
            &recorded("HTTP/1.1 418 I'm a teapot\r\nContent-Length: 0\r\n\r\n"),
            QuestionKind::Status,
        )
        .expect("asked");
        assert_eq!(
            question.choices,
            [200, 301, 404, 418].map(Choice::Status).to_vec()
        );
        assert_eq!(question.correct, 3);
        let explanation = question.explanation.expect("the status is explained");
        assert_eq!(explanation.summary.id, "explain-status-418");
        let ok = asked(
            &recorded("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"),
            QuestionKind::Status,
        )
        .expect("asked");
        assert_eq!(
            ok.choices,
            [200, 301, 404, 500].map(Choice::Status).to_vec()
        );
        assert_eq!(ok.correct, 0, "each code is offered once");
    }

    #[test]
    fn a_chunked_reply_is_ended_by_transfer_encoding_and_a_bare_one_by_closing() {
        let chunked = recorded(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
        );
        let question = asked(&chunked, QuestionKind::BodyEnd).expect("asked");
        assert_eq!(
            question.choices[question.correct],
            Choice::End(EndSign::Chunked)
        );
        assert_eq!(
            question.explanation.map(|e| e.title),
            Some("Transfer-Encoding".to_owned())
        );
        let length = recorded("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
        let question = asked(&length, QuestionKind::BodyEnd).expect("asked");
        assert_eq!(
            question.choices[question.correct],
            Choice::End(EndSign::ContentLength)
        );
        let closing = recorded("HTTP/1.0 200 OK\r\n\r\nhello");
        let question = asked(&closing, QuestionKind::BodyEnd).expect("asked");
        assert_eq!(
            question.choices[question.correct],
            Choice::End(EndSign::Closing)
        );
        let no_body = recorded("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
        assert!(
            asked(&no_body, QuestionKind::BodyEnd).is_none(),
            "a 204 has no body to end"
        );
    }

    #[test]
    fn the_reads_question_counts_reads_that_carried_body_bytes_and_skips_a_merged_log() {
        let reply = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhelloworld";
        let mut exchange = recorded(reply);
        assert!(
            asked(&exchange, QuestionKind::BodyReads).is_none(),
            "no read log"
        );
        let body_start = reply.len() - 10;
        // The first read brought the head and 2 body bytes, then 3 and 5 more.
        exchange.reads = vec![
            read(0, body_start + 2),
            read(body_start + 2, 3),
            read(body_start + 5, 5),
        ];
        let question = asked(&exchange, QuestionKind::BodyReads).expect("asked");
        assert_eq!(question.choices[question.correct], Choice::Reads(3));
        assert_eq!(question.choices, [2, 3, 4, 5].map(Choice::Reads).to_vec());
        assert!(
            question.why.args.contains(&("shared", Arg::Choice("yes"))),
            "the first read brought head and body"
        );
        exchange.warnings.push(Warning::ReadsMerged { listed: 3 });
        assert!(asked(&exchange, QuestionKind::BodyReads).is_none());
    }

    #[test]
    fn the_port_question_tells_a_usual_port_from_one_written_in_the_url() {
        let mut exchange = recorded("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        assert!(asked(&exchange, QuestionKind::Port).is_none(), "no URL");
        exchange.target = crate::wire::parse_url("http://127.0.0.1:8080/")
            .ok()
            .map(|p| p.target);
        let written = asked(&exchange, QuestionKind::Port).expect("asked");
        assert_eq!(
            written.choices[written.correct],
            Choice::Port {
                number: 8080,
                reason: PortReason::Written,
                scheme: "http"
            }
        );
        assert!(written.choices.contains(&Choice::Port {
            number: 80,
            reason: PortReason::Usual,
            scheme: "http"
        }));
        exchange.target = crate::wire::parse_url("https://127.0.0.1/")
            .ok()
            .map(|p| p.target);
        let usual = asked(&exchange, QuestionKind::Port).expect("asked");
        assert_eq!(
            usual.choices[usual.correct],
            Choice::Port {
                number: 443,
                reason: PortReason::Usual,
                scheme: "https"
            }
        );
        assert_eq!(
            usual.explanation.map(|e| e.title),
            Some("443 (HTTPS)".to_owned())
        );
    }

    #[test]
    fn the_head_ends_at_the_empty_line_shown_with_its_cr_lf() {
        let reply =
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 7\r\n\r\n\r\nhello";
        let question = asked(&recorded(reply), QuestionKind::HeadEnd).expect("asked");
        let shown: Vec<String> = question
            .choices
            .iter()
            .map(|c| match c {
                Choice::Line { shown, .. } => shown.clone(),
                other => panic!("not a line: {other:?}"),
            })
            .collect();
        assert_eq!(
            shown,
            [
                "HTTP/1.1 200 OK\\r\\n",
                "Content-Type: text/plain\\r\\n",
                "Content-Length: 7\\r\\n",
                "\\r\\n"
            ],
            "a body that starts with an empty line is not offered twice"
        );
        assert_eq!(question.correct, 3);
        let end = reply.find("\r\n\r\n").expect("end") + 2;
        assert_eq!(
            question.choices[3],
            Choice::Line {
                offset: end,
                shown: "\\r\\n".into()
            }
        );
        let long =
            "HTTP/1.1 200 OK\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nContent-Length: 5\r\n\r\nhello";
        let question = asked(&recorded(long), QuestionKind::HeadEnd).expect("asked");
        assert_eq!(
            question.choices.len(),
            5,
            "three lines, the end, the body's first line"
        );
        assert_eq!(question.correct, 3);
    }

    /// The received range of the line of `reply` that starts at the `nth` match of `line`.
    fn line_at(reply: &str, line: &str, nth: usize) -> Clicked {
        let mut from = 0;
        let mut start = 0;
        for _ in 0..=nth {
            start = from + reply[from..].find(line).expect("the line is there");
            from = start + 1;
        }
        Clicked::Received(start..start + line.len())
    }

    #[test]
    fn a_click_on_the_empty_line_after_the_final_head_is_right_and_others_say_where_to_look() {
        let reply = "HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n\
HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n\r\nhello";
        let exchange = recorded(reply);
        assert_eq!(exchange.interim.len(), 1, "the 103 is an interim head");
        let check = |clicked: &Clicked| check_head_end(&exchange, clicked);
        // The empty lines, in order: the 103's end, the 200's end, the body's own first line.
        let end_of = |nth| {
            let Clicked::Received(range) = line_at(reply, "\r\n\r\n", nth) else {
                unreachable!()
            };
            Clicked::Received(range.start + 2..range.start + 4)
        };
        assert_eq!(check(&end_of(0)), Some(HeadEndPick::InterimEnd));
        assert_eq!(check(&end_of(1)), Some(HeadEndPick::Right));
        assert_eq!(
            check(&end_of(2)),
            Some(HeadEndPick::TooLate),
            "an empty line that starts the body"
        );
        assert_eq!(
            check(&line_at(reply, "HTTP/1.1 200 OK\r\n", 0)),
            Some(HeadEndPick::TooEarly)
        );
        assert_eq!(
            check(&line_at(reply, "Content-Length: 7\r\n", 0)),
            Some(HeadEndPick::TooEarly)
        );
        assert_eq!(
            check(&line_at(reply, "hello", 0)),
            Some(HeadEndPick::TooLate)
        );
        assert_eq!(check(&Clicked::Request), Some(HeadEndPick::InRequest));
        // The multiple choice agrees on where the end is.
        let question = asked(&exchange, QuestionKind::HeadEnd).expect("asked");
        let Choice::Line { offset, .. } = &question.choices[question.correct] else {
            panic!("a line")
        };
        assert_eq!(
            check(&Clicked::Received(*offset..*offset + 2)),
            Some(HeadEndPick::Right)
        );
    }

    #[test]
    fn a_bare_lf_head_end_is_found_and_a_cut_head_asks_nothing() {
        let reply = "HTTP/1.0 200 OK\nServer: x\n\nhi";
        let exchange = recorded(reply);
        let end = reply.find("\n\n").expect("end") + 1;
        assert_eq!(
            check_head_end(&exchange, &Clicked::Received(end..end + 1)),
            Some(HeadEndPick::Right)
        );
        let cut = recorded("HTTP/1.1 200 OK\r\nContent-Le");
        assert_eq!(
            check_head_end(&cut, &Clicked::Received(0..17)),
            None,
            "no end to find"
        );
    }

    #[test]
    fn every_pick_has_words_in_every_language() {
        for language in LANGUAGES {
            let i18n = I18n::new(language.code).expect("language");
            let picks = [
                HeadEndPick::Right,
                HeadEndPick::InRequest,
                HeadEndPick::InterimEnd,
                HeadEndPick::TooEarly,
                HeadEndPick::TooLate,
            ];
            let texts: std::collections::BTreeSet<String> =
                picks.iter().map(|p| i18n.render(&p.message())).collect();
            assert_eq!(texts.len(), picks.len(), "{}: one text each", language.code);
            for text in &texts {
                assert!(!text.contains("quiz-") && !text.contains('{'), "{text}");
                if language.code == "ko" {
                    assert!(text.chars().any(is_hangul), "{text}");
                }
            }
        }
    }

    #[test]
    fn the_same_exchange_always_gives_the_same_questions() {
        assert_eq!(every_kind(), every_kind());
    }

    #[test]
    fn every_question_kind_renders_in_every_language_and_korean_has_hangul() {
        let questions = every_kind();
        let kinds: std::collections::BTreeSet<&str> =
            questions.iter().map(|q| q.kind.key()).collect();
        assert_eq!(kinds.len(), 5, "every kind has an example: {kinds:?}");
        let mut faults = Vec::new();
        for language in LANGUAGES {
            let i18n = I18n::new(language.code).expect("language");
            for question in &questions {
                let mut messages = vec![(question.ask.clone(), true), (question.why.clone(), true)];
                messages.extend(question.choices.iter().map(|c| {
                    // Status codes, header names and wire lines read the same in every
                    // language.
                    let words = match c {
                        Choice::Status(_) | Choice::Line { .. } => false,
                        Choice::End(sign) => *sign == EndSign::Closing,
                        Choice::Reads(_) | Choice::Port { .. } => true,
                    };
                    (c.message(), words)
                }));
                for (message, words) in messages {
                    let text = i18n.render(&message);
                    if text.contains("quiz-") || text.contains('{') || text.trim().is_empty() {
                        faults.push(format!(
                            "{} {}: not rendered: {text}",
                            language.code, message.id
                        ));
                    }
                    if words && language.code == "ko" && !text.chars().any(is_hangul) {
                        faults.push(format!("ko {}: no Hangul: {text}", message.id));
                    }
                    let shown = message.text_args();
                    for value in shown.iter().filter(|v| !text.contains(v.as_str())) {
                        faults.push(format!(
                            "{} {}: lost {value:?}: {text}",
                            language.code, message.id
                        ));
                    }
                }
            }
            for label in [
                "tab-quiz",
                "quiz-intro",
                "quiz-empty",
                "quiz-arriving",
                "quiz-none",
                "quiz-right",
                "quiz-wrong",
            ] {
                let text = i18n.t(label);
                if text == label || (language.code == "ko" && !text.chars().any(is_hangul)) {
                    faults.push(format!("{} {label}: {text}", language.code));
                }
            }
        }
        assert!(faults.is_empty(), "{}", faults.join("\n"));
    }
}

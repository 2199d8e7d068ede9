//! Reading the status line (`HTTP/1.1 200 OK`) ourselves, byte by byte.
//!
//! httparse only knows `HTTP/1.0` and `HTTP/1.1`, drops a reason phrase that is not UTF-8 and
//! accepts odd spacing without a word. A learner should see what the server really wrote, so
//! this reader keeps every byte, reads the shapes real servers send, and names each departure
//! from RFC 9112 section 4 as a note (or a named error when the code itself is unclear).

use super::error::{LineFault, MalformedProblem, escape_bytes};
use super::warning::{StatusLineShape, Warning};

/// A status line as the server wrote it.
#[derive(Debug)]
pub(crate) struct StatusLine {
    /// The version as written (`HTTP/1.1`, `http/1.1`, `HTTP/0.9`).
    pub version: String,
    /// The status code.
    pub code: u16,
    /// The reason phrase's exact bytes (may be empty, may be any bytes but controls).
    pub reason: Vec<u8>,
    /// What was unusual about it.
    pub notes: Vec<Warning>,
}

fn is_blank(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// Read `line` (without its line end), found at `offset` in the received stream.
pub(crate) fn parse(line: &[u8], offset: usize) -> Result<StatusLine, MalformedProblem> {
    let mut notes = Vec::new();
    let mut shapes = Vec::new();
    let mut odd = |shape| {
        if !shapes.contains(&shape) {
            shapes.push(shape);
        }
    };
    let bad_version = || MalformedProblem::BadVersion {
        line: escape_bytes(line, 60),
    };
    let bad_code = || MalformedProblem::BadStatusCode {
        line: escape_bytes(line, 60),
    };

    let leading = line.iter().take_while(|&&b| is_blank(b)).count();
    if leading > 0 {
        odd(StatusLineShape::LeadingWhitespace);
    }
    let rest = &line[leading..];
    // HTTP-version = "HTTP" "/" DIGIT "." DIGIT (RFC 9112 section 2.3): exactly 8 bytes.
    let Some(version) = rest.get(..8) else {
        return Err(bad_version());
    };
    let well_formed = version[..4].eq_ignore_ascii_case(b"HTTP")
        && version[4] == b'/'
        && version[5].is_ascii_digit()
        && version[6] == b'.'
        && version[7].is_ascii_digit();
    if !well_formed {
        return Err(bad_version());
    }
    if &version[..4] != b"HTTP" {
        odd(StatusLineShape::LowercaseName);
    }
    let (major, minor) = (version[5] - b'0', version[7] - b'0');
    let version_text = String::from_utf8_lossy(version).into_owned();
    match (major, minor) {
        (1, 0 | 1) => {}
        (1, _) => notes.push(Warning::UnknownMinorVersion {
            minor: char::from(version[7]),
        }),
        _ => notes.push(Warning::OtherHttpVersion {
            version: version_text.clone(),
            major,
        }),
    }

    let rest = &rest[8..];
    let gap = rest.iter().take_while(|&&b| is_blank(b)).count();
    if gap == 0 {
        return Err(if rest.is_empty() {
            bad_code()
        } else {
            bad_version()
        });
    }
    note_gap(&rest[..gap], &mut odd);
    let rest = &rest[gap..];
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits != 3 || rest.get(3).is_some_and(|&b| !is_blank(b)) {
        return Err(bad_code());
    }
    let code = rest[..3]
        .iter()
        .fold(0u16, |code, &d| code * 10 + u16::from(d - b'0'));
    let rest = &rest[3..];
    let reason = match rest.first() {
        // `HTTP/1.1 200` with nothing after the code: the space before the (empty) reason
        // phrase is missing. Common and harmless.
        None => {
            odd(StatusLineShape::NoSpaceAfterCode);
            Vec::new()
        }
        Some(&first) => {
            // The first blank is the delimiter; the reason phrase may itself start with blanks,
            // but two in a row almost always mean a sender that padded the gap.
            if first == b'\t' {
                odd(StatusLineShape::Tab);
            } else if rest.get(1).is_some_and(|&b| is_blank(b)) {
                odd(StatusLineShape::ExtraSpaces);
            }
            rest[1..].to_vec()
        }
    };
    if let Some(&bad) = reason
        .iter()
        .find(|&&b| b < 0x20 && b != b'\t' || b == 0x7f)
    {
        let fault = match bad {
            0 => LineFault::Nul,
            b'\r' => LineFault::LoneCr,
            _ => LineFault::ControlInReason,
        };
        return Err(MalformedProblem::BadHeadLine {
            number: 1,
            line: escape_bytes(line, 60),
            fault,
        });
    }
    notes.extend(
        shapes
            .into_iter()
            .map(|shape| Warning::OddStatusLine { shape, offset }),
    );
    Ok(StatusLine {
        version: version_text,
        code,
        reason,
        notes,
    })
}

/// Name what is odd in the gap between version and code (one space is right).
fn note_gap(gap: &[u8], odd: &mut impl FnMut(StatusLineShape)) {
    if gap.contains(&b'\t') {
        odd(StatusLineShape::Tab);
    }
    if gap.iter().filter(|&&b| b == b' ').count() > 1 {
        odd(StatusLineShape::ExtraSpaces);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails loudly on purpose")]

    use super::*;

    fn shapes(line: &[u8]) -> Vec<StatusLineShape> {
        parse(line, 0)
            .unwrap()
            .notes
            .into_iter()
            .filter_map(|n| match n {
                Warning::OddStatusLine { shape, .. } => Some(shape),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_plain_line_has_no_notes() {
        let line = parse(b"HTTP/1.1 200 OK", 0).unwrap();
        assert_eq!((line.version.as_str(), line.code), ("HTTP/1.1", 200));
        assert_eq!(line.reason, b"OK");
        assert!(line.notes.is_empty());
    }

    #[test]
    fn odd_shapes_are_each_named() {
        use StatusLineShape as S;
        assert_eq!(shapes(b"HTTP/1.1  200 OK"), [S::ExtraSpaces]);
        assert_eq!(shapes(b"HTTP/1.1 200  OK"), [S::ExtraSpaces]);
        assert_eq!(shapes(b"HTTP/1.1\t200 OK"), [S::Tab]);
        assert_eq!(shapes(b"HTTP/1.1 200"), [S::NoSpaceAfterCode]);
        assert_eq!(shapes(b"HTTP/1.1 200 "), []);
        assert_eq!(shapes(b"http/1.1 200 OK"), [S::LowercaseName]);
        assert_eq!(shapes(b" HTTP/1.1 200 OK"), [S::LeadingWhitespace]);
    }

    #[test]
    fn the_reason_keeps_every_byte() {
        let line = parse("HTTP/1.1 200 좋아요 \u{ff}".as_bytes(), 0).unwrap();
        assert_eq!(line.reason, "좋아요 \u{ff}".as_bytes());
    }

    #[test]
    fn unclear_codes_and_versions_are_errors() {
        for line in [&b"HTTP/1.1 20 OK"[..], b"HTTP/1.1 2000 OK", b"HTTP/1.1 abc"] {
            assert!(matches!(
                parse(line, 0),
                Err(MalformedProblem::BadStatusCode { .. })
            ));
        }
        for line in [&b"HTTP/2 200"[..], b"HTTP/1.10 200 OK", b"HTTQ/1.1 200"] {
            assert!(matches!(
                parse(line, 0),
                Err(MalformedProblem::BadVersion { .. })
            ));
        }
    }
}

//! Where in the received bytes a note points: the line a learner should look at in the Wire
//! tab. Notes that carry their own offset say it; for the others (a version, a folded header,
//! two framings, a trailer ...) the line is found again in the head or the body it is about.

use super::exchange::Exchange;
use super::warning::Warning;

/// The offset in [`Exchange::received`] of the bytes `warning` is about, if it is about
/// particular bytes of this exchange's response.
pub fn note_place(exchange: &Exchange, warning: &Warning) -> Option<usize> {
    if let Some(offset) = warning.offset() {
        return Some(offset);
    }
    let head = exchange.head.as_ref()?;
    let head_bytes = exchange.received.get(head.range.clone())?;
    let in_head = |name: &str| field_line(head_bytes, name, 0).map(|at| head.range.start + at);
    match warning {
        Warning::UnknownMinorVersion { .. }
        | Warning::OtherHttpVersion { .. }
        | Warning::StatusOutOfRange { .. } => Some(head.range.start),
        Warning::FoldedHeader { name } => in_head(name),
        Warning::LengthAndTransferEncoding
        | Warning::TransferEncodingNotChunked { .. }
        | Warning::TransferEncodingInHttp10
        | Warning::TransferCodingUndone { .. }
        | Warning::ChunkedTwice => in_head("Transfer-Encoding"),
        Warning::NoBodyDespiteLength { .. } => in_head("Content-Length"),
        Warning::RepeatedContentLength { .. } => {
            // The second line if there are two; the one line that repeats the value if not.
            let first = field_line(head_bytes, "Content-Length", 0)?;
            let second = field_line(head_bytes, "Content-Length", first + 1);
            Some(head.range.start + second.unwrap_or(first))
        }
        Warning::BareLineFeedsInHead => bare_line_feed(head_bytes).map(|at| head.range.start + at),
        Warning::SwitchingProtocols { following, .. } if *following > 0 => Some(head.range.end),
        Warning::ForbiddenTrailer { name } => {
            // Only the trailers are searched (they follow the last chunk), not the whole body:
            // the notes are drawn every frame.
            let body = exchange.body.as_ref()?;
            let trailers = body.chunks.last()?.data.end..body.wire.end;
            let bytes = exchange.received.get(trailers.clone())?;
            last_field_line(bytes, name).map(|at| trailers.start + at)
        }
        Warning::TrailerWithoutColon { .. } | Warning::BadTrailerLine { .. } => {
            // The trailers follow the last chunk (size 0, no data): point at where they begin.
            let body = exchange.body.as_ref()?;
            Some(body.chunks.last()?.data.end)
        }
        _ => None,
    }
}

/// Where the first line at or after `from` that is the field `name` starts (`Name:`, any case,
/// blanks allowed before the colon).
fn field_line(bytes: &[u8], name: &str, from: usize) -> Option<usize> {
    line_starts(bytes)
        .filter(|&start| start >= from)
        .find(|&start| names_field(bytes.get(start..).unwrap_or_default(), name))
}

/// Where the last line that is the field `name` starts.
fn last_field_line(bytes: &[u8], name: &str) -> Option<usize> {
    line_starts(bytes)
        .filter(|&start| names_field(bytes.get(start..).unwrap_or_default(), name))
        .last()
}

fn names_field(line: &[u8], name: &str) -> bool {
    let Some(rest) = line
        .get(..name.len())
        .filter(|start| start.eq_ignore_ascii_case(name.as_bytes()))
        .and_then(|_| line.get(name.len()..))
    else {
        return false;
    };
    rest.iter()
        .find(|&&b| b != b' ' && b != b'\t')
        .is_some_and(|&b| b == b':')
}

/// The start of every line of `bytes`.
fn line_starts(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(
        bytes
            .iter()
            .enumerate()
            .filter(|&(_, &b)| b == b'\n')
            .map(|(at, _)| at + 1)
            .filter(move |&start| start < bytes.len()),
    )
}

/// Where the first line that ends in LF alone starts.
fn bare_line_feed(bytes: &[u8]) -> Option<usize> {
    let at = bytes
        .iter()
        .enumerate()
        .position(|(at, &b)| b == b'\n' && (at == 0 || bytes.get(at - 1) != Some(&b'\r')))?;
    Some(
        bytes
            .get(..at)
            .and_then(|before| before.iter().rposition(|&b| b == b'\n'))
            .map_or(0, |lf| lf + 1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_line_is_found_by_name_in_any_case() {
        let head = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\ncontent-length : 5\r\n\r\n";
        assert_eq!(field_line(head, "Content-Length", 0), Some(17));
        assert_eq!(field_line(head, "Content-Length", 18), Some(36));
        assert_eq!(field_line(head, "Content-Type", 0), None);
        assert_eq!(last_field_line(head, "content-length"), Some(36));
    }

    #[test]
    fn the_first_line_ending_in_a_bare_lf_is_found() {
        assert_eq!(
            bare_line_feed(b"HTTP/1.1 200 OK\r\nA: 1\nB: 2\r\n"),
            Some(17)
        );
        assert_eq!(bare_line_feed(b"HTTP/1.1 200 OK\n"), Some(0));
        assert_eq!(bare_line_feed(b"HTTP/1.1 200 OK\r\n\r\n"), None);
    }
}

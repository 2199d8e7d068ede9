//! Reading one request the way a simple server does: the head, then the announced body.

use std::io::Read;
use std::net::TcpStream;

/// Read one request: the head up to the blank line, then `Content-Length` bytes of body.
/// Stops early, with what it has, when the client closes or the read times out.
pub fn read_request(mut stream: &TcpStream) -> Vec<u8> {
    let mut request = Vec::new();
    let mut buffer = [0u8; 4096];
    let mut wanted: Option<usize> = None;
    loop {
        if wanted.is_none()
            && let Some(end) = head_end(&request)
        {
            wanted = Some(end + content_length(&request[..end]));
        }
        if wanted.is_some_and(|w| request.len() >= w) {
            return request;
        }
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return request,
            Ok(n) => request.extend_from_slice(&buffer[..n]),
        }
    }
}

/// Read the next request on a connection that may carry several (keep-alive, pipelining):
/// `pending` holds bytes already read past the previous request and keeps those read past
/// this one. Empty when the client closed, or went quiet, before sending anything.
pub fn read_next_request(mut stream: &TcpStream, pending: &mut Vec<u8>) -> Vec<u8> {
    let mut buffer = [0u8; 4096];
    loop {
        if let Some(end) = head_end(pending) {
            let wanted = end + content_length(&pending[..end]);
            if pending.len() >= wanted {
                let rest = pending.split_off(wanted);
                return std::mem::replace(pending, rest);
            }
        }
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return std::mem::take(pending),
            Ok(n) => pending.extend_from_slice(&buffer[..n]),
        }
    }
}

/// Where the head ends (after its blank line); a bare-LF head counts too.
fn head_end(bytes: &[u8]) -> Option<usize> {
    bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| bytes.windows(2).position(|w| w == b"\n\n").map(|i| i + 2))
}

fn content_length(head: &[u8]) -> usize {
    String::from_utf8_lossy(head)
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.trim()
                .eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())
                .flatten()
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_ends_at_its_blank_line() {
        assert_eq!(head_end(b"GET / HTTP/1.1\r\n\r\nrest"), Some(18));
        assert_eq!(head_end(b"GET / HTTP/1.0\n\n"), Some(16));
        assert_eq!(head_end(b"GET / HTTP/1.1\r\n"), None);
    }

    #[test]
    fn the_body_length_comes_from_content_length() {
        assert_eq!(
            content_length(b"POST / HTTP/1.1\r\ncontent-length: 5\r\n"),
            5
        );
        assert_eq!(content_length(b"GET / HTTP/1.1\r\n"), 0);
    }
}

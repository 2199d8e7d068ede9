//! The proxy step of a fetch: what went to the proxy and what it answered.
//!
//! Plain `http://` goes to the proxy in absolute form (`GET http://host/path HTTP/1.1`), and the
//! proxy fetches it; there is no step of its own. `https://` first asks the proxy for a tunnel,
//! `CONNECT host:443 HTTP/1.1`; after the proxy's `200` the bytes pass through untouched and TLS
//! runs inside the tunnel, end to end with the server.

use std::io::{Read, Write};
use std::net::TcpStream;

use super::clock::{Clock, Deadline};
use super::error::FetchError;
use super::head;
use super::progress::Phase;
use super::proxy::{ProxyAddress, authority};
use super::tls::{io_error, is_pending};

/// How the request went through the proxy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProxyMode {
    /// Plain http: the request itself went to the proxy, its target written as a whole URL.
    AbsoluteForm,
    /// https: a `CONNECT` tunnel, then TLS with the server inside it.
    Tunnel,
}

impl ProxyMode {
    /// A stable snake_case name, for JSON and translation keys.
    pub fn key(self) -> &'static str {
        match self {
            ProxyMode::AbsoluteForm => "absolute_form",
            ProxyMode::Tunnel => "tunnel",
        }
    }
}

/// The proxy step in the record of a fetch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProxyStep {
    /// The proxy the fetch went through.
    pub proxy: ProxyAddress,
    /// Absolute form or tunnel.
    pub mode: ProxyMode,
    /// The `CONNECT` request exactly as written to the proxy (empty for the absolute form).
    pub connect_request: Vec<u8>,
    /// The proxy's answer to `CONNECT`, exactly as received (its head; may be partial when the
    /// proxy closed early).
    pub reply: Vec<u8>,
    /// The status code of the proxy's answer, once its status line could be read.
    pub reply_code: Option<u16>,
}

impl ProxyStep {
    /// A step that has not sent anything yet.
    pub(crate) fn new(proxy: ProxyAddress, mode: ProxyMode) -> Self {
        Self {
            proxy,
            mode,
            connect_request: Vec::new(),
            reply: Vec::new(),
            reply_code: None,
        }
    }

    /// The reason phrase of the proxy's answer to `CONNECT` (`Connection established`),
    /// escaped; empty when no status line came back.
    pub fn reply_reason(&self) -> String {
        reason_phrase(&self.reply)
    }
}

/// The bytes of `CONNECT host:port`: the request line and `Host` say where the tunnel goes.
pub(crate) fn connect_request(host: &str, port: u16, user_agent: &str) -> Vec<u8> {
    let authority = authority(host, port);
    format!("CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: {user_agent}\r\n\r\n")
        .into_bytes()
}

/// Ask the proxy on `socket` for a tunnel to `host:port` and read its answer into `step`.
///
/// Only the answer's head is read (the socket is peeked first), so not one byte of what the
/// server sends through the tunnel is taken away from TLS.
pub(crate) fn open(
    socket: &mut TcpStream,
    host: &str,
    port: u16,
    step: &mut ProxyStep,
    max_head: usize,
    clock: &Clock,
    deadline: &Deadline,
) -> Result<(), FetchError> {
    step.connect_request = connect_request(host, port, &super::request::user_agent());
    let phase = Phase::ProxyTunnel;
    let mut written = 0;
    while written < step.connect_request.len() {
        match socket.write(&step.connect_request[written..]) {
            Ok(0) => return Err(closed(step)),
            Ok(n) => written += n,
            Err(e) if is_pending(&e) => clock.check(deadline, phase)?,
            Err(e) => return Err(tunnel_io_error(&e, step)),
        }
    }
    let mut peeked = vec![0u8; 4096];
    loop {
        clock.check(deadline, phase)?;
        let n = match socket.peek(&mut peeked) {
            Ok(0) => return Err(closed(step)),
            Ok(n) => n,
            Err(e) if is_pending(&e) => continue,
            Err(e) => return Err(tunnel_io_error(&e, step)),
        };
        let so_far = step.reply.len();
        let mut joined = step.reply.clone();
        joined.extend_from_slice(&peeked[..n]);
        let take = head::find_end(&joined, so_far.saturating_sub(3)).map_or(n, |end| end - so_far);
        let mut taken = vec![0u8; take];
        socket
            .read_exact(&mut taken)
            .map_err(|e| tunnel_io_error(&e, step))?;
        step.reply.extend_from_slice(&taken);
        // A port where some other service runs (mail, SSH) greets in its own words and then
        // waits: say so at once instead of waiting for an HTTP head that never comes.
        let (blank, _) = head::leading_empty_lines(&step.reply);
        if let Err(FetchError::NotHttp { first_bytes }) =
            head::check_looks_like_http(&step.reply[blank..])
        {
            return Err(FetchError::ProxyNotHttp {
                proxy: step.proxy.text.clone(),
                first_bytes,
            });
        }
        step.reply_code = reply_code(&step.reply);
        if head::find_end(&step.reply, 0).is_some() {
            return judge(step);
        }
        if step.reply.len() > max_head {
            return Err(FetchError::ProxyRefusedTunnel {
                proxy: step.proxy.text.clone(),
                code: step.reply_code.unwrap_or(0),
                reason: String::new(),
            });
        }
    }
}

/// The proxy's complete answer: a 2xx opens the tunnel; anything else is why it did not.
fn judge(step: &ProxyStep) -> Result<(), FetchError> {
    let proxy = step.proxy.text.clone();
    match step.reply_code {
        Some(200..=299) => Ok(()),
        Some(407) => Err(FetchError::ProxyAuthenticationRequired { proxy }),
        code => Err(FetchError::ProxyRefusedTunnel {
            proxy,
            code: code.unwrap_or(0),
            reason: reason_phrase(&step.reply),
        }),
    }
}

/// The code in `HTTP/1.1 200 Connection established`, once the status line is complete.
fn reply_code(reply: &[u8]) -> Option<u16> {
    let line_end = reply.iter().position(|&b| b == b'\n')?;
    let line = &reply[..line_end];
    let code = line.get(9..12)?;
    let text = std::str::from_utf8(code).ok()?;
    (line.starts_with(b"HTTP/") && code.iter().all(u8::is_ascii_digit))
        .then(|| text.parse().ok())
        .flatten()
}

fn reason_phrase(reply: &[u8]) -> String {
    let line_end = reply
        .iter()
        .position(|&b| b == b'\r' || b == b'\n')
        .unwrap_or(reply.len());
    let reason = reply.get(13..line_end).unwrap_or_default();
    super::error::escape_bytes(reason, 60)
}

fn closed(step: &ProxyStep) -> FetchError {
    FetchError::ProxyClosedTunnel {
        proxy: step.proxy.text.clone(),
    }
}

/// A reset from the proxy is the proxy closing the tunnel; other errors keep their own words.
fn tunnel_io_error(error: &std::io::Error, step: &ProxyStep) -> FetchError {
    match io_error(error, Phase::ProxyTunnel) {
        FetchError::ConnectionReset { .. } => closed(step),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_connect_request_names_host_and_port_twice() {
        let bytes = connect_request("example.com", 443, "wirepeek/0");
        assert_eq!(
            bytes,
            b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\nUser-Agent: wirepeek/0\r\n\r\n"
        );
        let v6 = connect_request("::1", 8443, "w");
        assert!(v6.starts_with(b"CONNECT [::1]:8443 HTTP/1.1\r\nHost: [::1]:8443\r\n"));
    }

    #[test]
    fn the_reply_code_and_reason_are_read_from_the_status_line() {
        assert_eq!(
            reply_code(b"HTTP/1.1 200 Connection established\r\n"),
            Some(200)
        );
        assert_eq!(
            reply_code(b"HTTP/1.0 407 Proxy"),
            None,
            "line not complete yet"
        );
        assert_eq!(reply_code(b"SSH-2.0-OpenSSH\r\n"), None);
        assert_eq!(
            reason_phrase(b"HTTP/1.1 403 Forbidden\r\n\r\n"),
            "Forbidden"
        );
    }
}

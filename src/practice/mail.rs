//! The mail port of the practice server: it answers like a mail server (SMTP) does, whatever
//! comes, so a learner sees that a port is a door to one program and not every program speaks
//! HTTP.

use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

use super::read::read_next_request;
use super::script::close_politely;

/// What the mail server says first, before the client says anything (SMTP servers speak first).
pub const MAIL_GREETING: &str = "220 localhost ESMTP wirepeek practice mail server ready\r\n";

/// Greet, answer every line of what the client sent as an unknown command, say goodbye, close.
pub fn serve_mail(mut stream: TcpStream) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
    if stream.write_all(MAIL_GREETING.as_bytes()).is_err() {
        return;
    }
    let request = read_next_request(&stream, &mut Vec::new());
    let mut answer = String::new();
    for line in String::from_utf8_lossy(&request).lines() {
        if !line.trim().is_empty() {
            answer.push_str("500 5.5.2 Error: command not recognized\r\n");
        }
    }
    answer.push_str("221 2.0.0 Bye\r\n");
    let _ = stream.write_all(answer.as_bytes());
    close_politely(&stream);
}

//! A short Rust program with `std::net::TcpStream`: connect, write the request's exact bytes,
//! read until the server closes, print what came. Rust's standard library has no TLS, so for
//! https the program says so instead of pretending.

use super::escape::{pieces, rust_bytes_escaped};
use super::{CodeRequest, RequestParts, comment_safe};

/// How many bytes of the request go on one line of the literal.
const WIDTH: usize = 64;

/// The program for `request`.
pub fn program(request: &CodeRequest) -> String {
    let parts = RequestParts::read(&request.bytes);
    let mut out = String::new();
    out.push_str(&format!(
        "// {} {}: the request wirepeek sent, byte for byte,\n",
        comment_safe(&parts.method),
        comment_safe(&request.url())
    ));
    out.push_str("// then everything the server answers, 512 bytes at a time.\n");
    if request.is_https() {
        out.push_str("// This is https: the bytes must go inside TLS, which std does not have.\n");
        out.push_str("// As written it sends them in plain text and the server will refuse\n");
        out.push_str("// them; wrap the stream with the rustls crate (rustls::StreamOwned).\n");
    }
    out.push_str("use std::io::{Read, Write};\nuse std::net::TcpStream;\n\n");
    out.push_str("fn main() -> std::io::Result<()> {\n");
    out.push_str("    let request: &[u8] = b\"");
    let lines = pieces(&request.bytes, WIDTH);
    for (index, piece) in lines.iter().enumerate() {
        if index > 0 {
            // A `\` at the end of a line continues the literal without the line break.
            out.push_str("\\\n        ");
        }
        out.push_str(&rust_bytes_escaped(piece, index > 0));
    }
    out.push_str("\";\n");
    let host = if request.host.contains(':') {
        format!("[{}]", request.host)
    } else {
        request.host.clone()
    };
    out.push_str(&format!(
        "    let mut stream = TcpStream::connect({:?})?;\n",
        format!("{host}:{}", request.port)
    ));
    out.push_str("    stream.write_all(request)?;\n");
    out.push_str("    let mut piece = [0u8; 512];\n");
    out.push_str("    loop {\n");
    out.push_str("        let n = stream.read(&mut piece)?;\n");
    out.push_str("        if n == 0 {\n");
    out.push_str("            break; // the server closed the connection\n");
    out.push_str("        }\n");
    out.push_str("        print!(\"{}\", String::from_utf8_lossy(&piece[..n]));\n");
    out.push_str("    }\n");
    out.push_str("    Ok(())\n");
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(scheme: &str, host: &str, bytes: &[u8]) -> CodeRequest {
        CodeRequest {
            scheme: scheme.into(),
            host: host.into(),
            port: 8080,
            port_is_default: false,
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn the_bytes_continue_over_lines_and_a_leading_space_survives() {
        let code = program(&request(
            "http",
            "::1",
            b"GET / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n\"\xed",
        ));
        assert!(
            code.contains("b\"GET / HTTP/1.1\\r\\n\\\n        X: a\\r\\n\\\n        \\x20folded\\r\\n\\\n        \\r\\n\\\n        \\\"\\xed\";"),
            "{code}"
        );
        assert!(
            code.contains("TcpStream::connect(\"[::1]:8080\")"),
            "{code}"
        );
        assert!(!code.contains("rustls"), "{code}");
    }

    #[test]
    fn https_says_that_std_has_no_tls() {
        let code = program(&request("https", "example.com", b"GET / HTTP/1.1\r\n\r\n"));
        assert!(code.contains("rustls"), "{code}");
    }
}

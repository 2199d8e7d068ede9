//! The textbook's Python program: open a socket, send the request's exact bytes, then `recv(512)`
//! in a loop until the server closes, printing each piece as it comes.

use super::escape::{pieces, python_bytes_literal, python_str_literal};
use super::{CodeRequest, RequestParts, comment_safe};

/// How many bytes of the request go on one line of the literal.
const WIDTH: usize = 64;

/// The program for `request`.
pub fn program(request: &CodeRequest) -> String {
    let parts = RequestParts::read(&request.bytes);
    let mut out = String::new();
    out.push_str(&format!(
        "# {} {}: the request wirepeek sent, byte for byte,\n",
        comment_safe(&parts.method),
        comment_safe(&request.url())
    ));
    out.push_str("# then everything the server answers, 512 bytes at a time.\n");
    out.push_str("import socket\n");
    if request.is_https() {
        out.push_str("import ssl\n");
    }
    out.push('\n');
    out.push_str(&format!("host = {}\n", python_str_literal(&request.host)));
    out.push_str(&format!("port = {}\n", request.port));
    out.push_str("request = (\n");
    for piece in pieces(&request.bytes, WIDTH) {
        out.push_str(&format!("    {}\n", python_bytes_literal(piece)));
    }
    out.push_str(")\n\n");
    out.push_str("sock = socket.create_connection((host, port))\n");
    if request.is_https() {
        out.push_str(
            "# https: the same bytes, inside TLS (the certificate is checked for host).\n",
        );
        out.push_str("context = ssl.create_default_context()\n");
        out.push_str("sock = context.wrap_socket(sock, server_hostname=host)\n");
    }
    out.push_str("sock.sendall(request)\n");
    out.push_str("while True:\n");
    out.push_str("    data = sock.recv(512)\n");
    out.push_str("    if len(data) < 1:  # b'': the server closed the connection\n");
    out.push_str("        break\n");
    out.push_str("    # A piece may end inside a character; it is printed as it came.\n");
    out.push_str("    print(data.decode('utf-8', 'replace'), end='')\n");
    out.push_str("sock.close()\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(scheme: &str, bytes: &[u8]) -> CodeRequest {
        CodeRequest {
            scheme: scheme.into(),
            host: "example.com".into(),
            port: if scheme == "https" { 443 } else { 80 },
            port_is_default: true,
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn the_bytes_are_one_literal_per_line_and_the_loop_reads_512() {
        let code = program(&request(
            "http",
            b"POST /x HTTP/1.1\r\nHost: example.com\r\n\r\nit's\x00",
        ));
        assert!(code.contains("    b'POST /x HTTP/1.1\\r\\n'\n    b'Host: example.com\\r\\n'\n    b'\\r\\n'\n    b'it\\'s\\x00'\n"), "{code}");
        assert!(code.contains("host = 'example.com'\nport = 80\n"), "{code}");
        assert!(code.contains("sock.recv(512)"), "{code}");
        assert!(!code.contains("ssl"), "{code}");
    }

    #[test]
    fn https_wraps_the_socket_in_tls_for_the_host() {
        let code = program(&request("https", b"GET / HTTP/1.1\r\n\r\n"));
        assert!(code.contains("import ssl\n"), "{code}");
        assert!(
            code.contains("context.wrap_socket(sock, server_hostname=host)"),
            "{code}"
        );
    }
}

//! Python's `urllib.request`: the same method, target, headers and body, but urllib writes the
//! head itself, so the comments say what it adds or changes on its own.

use super::escape::{pieces, python_bytes_literal, python_str_literal};
use super::{CodeRequest, RequestParts, comment_safe};

/// How many bytes of the body go on one line of the literal.
const WIDTH: usize = 64;

/// The program for `request`.
pub fn program(request: &CodeRequest) -> String {
    let parts = RequestParts::read(&request.bytes);
    let url = request.url();
    let mut out = String::new();
    out.push_str(&format!(
        "# {} {} with Python's urllib.request.\n",
        comment_safe(&parts.method),
        comment_safe(&url)
    ));
    out.push_str("# urllib writes the head itself, so it differs from wirepeek's here:\n");
    for difference in differences(&parts) {
        out.push_str(&format!("# - {difference}\n"));
    }
    out.push_str("import urllib.error\nimport urllib.request\n\n");
    out.push_str(&format!("url = {}\n", python_str_literal(&url)));
    out.push_str("headers = {\n");
    let mut seen: Vec<String> = Vec::new();
    for (name, value) in &parts.headers {
        let lower = name.to_ascii_lowercase();
        // urllib sends a `Connection: close` of its own whatever is given, and a dict keeps one
        // value per name.
        if lower == "connection" || seen.contains(&lower) {
            continue;
        }
        seen.push(lower);
        // urllib would encode a text value as Latin-1, which has no 한글: bytes go out as given.
        let value = if value.is_ascii() {
            python_str_literal(value)
        } else {
            python_bytes_literal(value.as_bytes())
        };
        out.push_str(&format!("    {}: {value},\n", python_str_literal(name)));
    }
    out.push_str("}\n");
    let has_body = !parts.body.is_empty() || parts.header("content-length").is_some();
    if has_body {
        out.push_str("body = (\n");
        if parts.body.is_empty() {
            out.push_str("    b''\n");
        }
        for piece in pieces(parts.body, WIDTH) {
            out.push_str(&format!("    {}\n", python_bytes_literal(piece)));
        }
        out.push_str(")\n");
    } else {
        out.push_str("body = None\n");
    }
    out.push_str(&format!(
        "request = urllib.request.Request(url, data=body, headers=headers, method={})\n",
        python_str_literal(&parts.method)
    ));
    out.push_str("try:\n");
    out.push_str("    response = urllib.request.urlopen(request)\n");
    out.push_str("except urllib.error.HTTPError as error:\n");
    out.push_str("    response = error  # a 4xx or 5xx answer is still an answer\n");
    out.push_str("print(response.status, response.reason)\n");
    out.push_str("print(response.headers)\n");
    out.push_str("print(response.read().decode('utf-8', 'replace'))\n");
    out
}

/// What urllib does differently for this request, each said in one short line.
fn differences(parts: &RequestParts<'_>) -> Vec<String> {
    let mut out = vec![
        "it always sends Connection: close of its own".to_owned(),
        "header names go out in Title-Case, in urllib's order".to_owned(),
    ];
    if parts.header("accept-encoding").is_none() {
        out.push("it adds Accept-Encoding: identity".into());
    }
    if parts.header("user-agent").is_none() {
        out.push("it adds User-Agent: Python-urllib/3.x".into());
    }
    if parts.header("host").is_none() {
        out.push("it adds Host, taken from the URL".into());
    }
    if !parts.body.is_empty() && parts.header("content-type").is_none() {
        out.push("it adds Content-Type: application/x-www-form-urlencoded for a body".into());
    }
    if parts.is_http10() {
        out.push("it always speaks HTTP/1.1 (this request was HTTP/1.0)".into());
    }
    let mut names: Vec<String> = parts
        .headers
        .iter()
        .map(|(n, _)| n.to_ascii_lowercase())
        .collect();
    names.sort();
    if names.windows(2).any(|w| w[0] == w[1]) {
        out.push("a dict keeps one value per name: repeated headers are sent once".into());
    }
    if !parts.exact {
        out.push(
            "it writes the usual form; this request's exact bytes need the socket program".into(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::export::code::test_request as request;

    #[test]
    fn method_url_headers_and_body_are_given_and_connection_is_left_to_urllib() {
        let code = program(&request(
            b"PUT /a?b=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nConnection: close\r\nX-Q: it's\r\nContent-Length: 3\r\n\r\n\xed\n'",
        ));
        assert!(
            code.contains("url = 'http://127.0.0.1:8080/a?b=1'\n"),
            "{code}"
        );
        assert!(code.contains("    'X-Q': 'it\\'s',\n"), "{code}");
        assert!(!code.contains("'Connection'"), "{code}");
        assert!(code.contains("    b'\\xed\\n'\n    b'\\''\n"), "{code}");
        assert!(code.contains("method='PUT')"), "{code}");
        assert!(
            code.contains("Content-Type: application/x-www-form-urlencoded"),
            "{code}"
        );
    }

    #[test]
    fn a_get_has_no_body_and_http10_is_said() {
        let code = program(&request(b"GET / HTTP/1.0\r\nHost: 127.0.0.1:8080\r\n\r\n"));
        assert!(code.contains("body = None\n"), "{code}");
        assert!(code.contains("this request was HTTP/1.0"), "{code}");
        assert!(code.contains("Python-urllib"), "{code}");
    }
}

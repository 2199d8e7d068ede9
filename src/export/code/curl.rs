//! A `curl` command for a POSIX shell. curl writes the request head itself, so the command
//! gives it the same request line parts and every header, and stops with `-H 'Name:'` each
//! header curl would add on its own that the request did not have.

use super::escape::{printf_format, shell_quote};
use super::{CodeRequest, RequestParts, comment_safe};

/// Headers curl sends on its own for every request.
const CURL_ALWAYS: [&str; 3] = ["Host", "User-Agent", "Accept"];

/// Headers curl adds on its own when it sends a body with `--data-binary`.
const CURL_WITH_DATA: [&str; 2] = ["Content-Type", "Expect"];

/// The command for `request`.
pub fn command(request: &CodeRequest) -> String {
    let parts = RequestParts::read(&request.bytes);
    let mut comments = vec![format!(
        "# {} {} as a curl command.",
        comment_safe(&parts.method),
        comment_safe(&request.url())
    )];
    comments.push("# curl writes the head itself: the same line and headers, in its order.".into());
    if !parts.exact {
        comments.push(
            "# curl cannot copy this request's odd bytes (line ends, spaces, lines without".into(),
        );
        comments.push("# a colon); the Python socket program sends them exactly.".into());
    }
    let usual_version = parts.is_http10() || parts.version.eq_ignore_ascii_case("HTTP/1.1");
    if !usual_version && !parts.version.is_empty() {
        comments.push(format!(
            "# curl speaks HTTP/1.1 here; this request said {}.",
            comment_safe(&parts.version)
        ));
    }
    if parts.header("transfer-encoding").is_some() {
        comments.push("# With Transfer-Encoding, curl frames the body itself.".into());
    }

    let mut options: Vec<String> = vec!["-i".into()];
    options.push(
        if parts.is_http10() {
            "--http1.0"
        } else {
            // Without it curl may choose HTTP/2 for https.
            "--http1.1"
        }
        .into(),
    );
    let sends_data = !parts.body.is_empty();
    let curl_method = if sends_data { "POST" } else { "GET" };
    if !sends_data && parts.method == "HEAD" {
        options.push("-I".into());
    } else if !parts.method.is_empty() && parts.method != curl_method {
        options.push(format!("-X {}", shell_quote(&parts.method)));
    }
    for (name, value) in &parts.headers {
        // `Name:` would remove a header; `Name;` sends it with an empty value.
        let header = if value.is_empty() {
            format!("{name};")
        } else {
            format!("{name}: {value}")
        };
        options.push(format!("-H {}", shell_quote(&header)));
    }
    let own: Vec<&str> = if sends_data {
        CURL_ALWAYS.iter().chain(&CURL_WITH_DATA).copied().collect()
    } else {
        CURL_ALWAYS.to_vec()
    };
    let mut stopped = false;
    for name in own {
        if parts.header(name).is_none() {
            options.push(format!("-H {}", shell_quote(&format!("{name}:"))));
            stopped = true;
        }
    }
    if stopped {
        comments.push("# -H 'Name:' stops a header curl would add on its own.".into());
    }
    let mut pipe = String::new();
    if sends_data {
        match shell_safe_text(parts.body) {
            Some(text) => options.push(format!("--data-binary {}", shell_quote(text))),
            None => {
                comments.push(
                    "# printf writes the body's exact bytes; curl reads them from it.".into(),
                );
                pipe = format!("printf {} | ", printf_format(parts.body));
                options.push("--data-binary @-".into());
            }
        }
    }
    let url = target_options(request, &parts, &mut options);
    options.push(shell_quote(&url));

    let mut out = comments.join("\n");
    out.push('\n');
    out.push_str(&pipe);
    out.push_str("curl ");
    out.push_str(&options.join(" \\\n  "));
    out.push('\n');
    out
}

/// The body as shell text when it can be one (UTF-8, no control bytes but LF and TAB, not
/// starting with `@`, which `--data-binary` would read as a file name).
fn shell_safe_text(body: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(body).ok()?;
    let plain = !text.starts_with('@')
        && text
            .chars()
            .all(|c| !c.is_control() || c == '\n' || c == '\t');
    plain.then_some(text)
}

/// The URL to give curl, adding what makes curl send the request target as recorded: the
/// target itself when curl could not take it from a URL, `--path-as-is` to keep `.` and `..`,
/// `--globoff` so `[ ] { }` are not patterns.
fn target_options(
    request: &CodeRequest,
    parts: &RequestParts<'_>,
    options: &mut Vec<String>,
) -> String {
    let base = format!("{}://{}", request.scheme, request.authority());
    let target = parts.target.as_str();
    // An empty target (a request line that could not be read) leaves the URL's `/`.
    let plain = target.is_empty()
        || target.starts_with('/') && target.bytes().all(|b| b.is_ascii_graphic() && b != b'#');
    let url = if plain {
        format!("{base}{target}")
    } else {
        options.push(format!("--request-target {}", shell_quote(target)));
        format!("{base}/")
    };
    let dots = target
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .split('/')
        .any(|segment| segment == "." || segment == "..");
    if plain && dots {
        options.push("--path-as-is".into());
    }
    if url.contains(['[', ']', '{', '}']) {
        options.push("--globoff".into());
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::export::code::test_request as request;

    #[test]
    fn a_get_sends_every_header_and_stops_none_it_has() {
        let code = command(&request(
            b"GET /a HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUser-Agent: w\r\nAccept: */*\r\nX-Q: it's\r\nX-Empty: \r\n\r\n",
        ));
        assert!(code.contains("-H 'X-Q: it'\\''s'"), "{code}");
        assert!(code.contains("-H 'X-Empty;'"), "{code}");
        assert!(!code.contains("-H 'Accept:'"), "{code}");
        assert!(!code.contains("-X"), "{code}");
        assert!(code.contains("--http1.1"), "{code}");
        assert!(code.ends_with("'http://127.0.0.1:8080/a'\n"), "{code}");
    }

    #[test]
    fn a_textbook_http10_request_stops_curls_own_headers() {
        let code = command(&request(b"GET / HTTP/1.0\r\nHost: 127.0.0.1:8080\r\n\r\n"));
        assert!(code.contains("--http1.0"), "{code}");
        assert!(
            code.contains("-H 'User-Agent:'") && code.contains("-H 'Accept:'"),
            "{code}"
        );
        assert!(!code.contains("-H 'Host:'"), "{code}");
    }

    #[test]
    fn a_text_body_is_quoted_and_a_binary_one_piped_through_printf() {
        let code = command(&request(
            b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 6\r\n\r\nit's\n!",
        ));
        assert!(code.contains("--data-binary 'it'\\''s\n!'"), "{code}");
        assert!(
            code.contains("-H 'Content-Type:'") && code.contains("-H 'Expect:'"),
            "{code}"
        );
        let binary = command(&request(
            b"PUT / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\n\x00\xed%",
        ));
        assert!(binary.contains("printf '\\000\\355%%' | curl"), "{binary}");
        assert!(binary.contains("--data-binary @-"), "{binary}");
        assert!(binary.contains("-X 'PUT'"), "{binary}");
    }

    #[test]
    fn odd_targets_and_odd_bytes_are_said() {
        let code = command(&request(b"OPTIONS * HTTP/1.1\nHost: h\n\n"));
        assert!(code.contains("--request-target '*'"), "{code}");
        assert!(code.contains("cannot copy"), "{code}");
        let garbage = command(&request(b"\x00\x01"));
        assert!(
            !garbage.contains("-X ''") && !garbage.contains("--request-target"),
            "{garbage}"
        );
        let version = command(&request(b"GET / HTTP/2\r\nHost: h\r\n\r\n"));
        assert!(version.contains("this request said HTTP/2."), "{version}");
        let dots = command(&request(b"GET /a/../b HTTP/1.1\r\nHost: h\r\n\r\n"));
        assert!(dots.contains("--path-as-is"), "{dots}");
        let head = command(&request(b"HEAD / HTTP/1.1\r\nHost: h\r\n\r\n"));
        assert!(head.contains(" -I") && !head.contains("-X"), "{head}");
    }
}

//! What each lesson's endpoint answers: the exact bytes, and when they go out.

use std::io::Write;
use std::time::{Duration, SystemTime};

use crate::i18n::I18n;

use super::http_date::http_date;
use super::incoming::Incoming;
use super::lessons::{LESSON_COOKIE, LESSON_ETAG};
use super::script::{Step, send};

/// What the server does with one request: the steps to play, and whether the connection stays
/// open for another request afterwards.
#[derive(Debug)]
pub struct Reply {
    /// The bytes and pauses to play.
    pub steps: Vec<Step>,
    /// Keep the connection open for the next request (HTTP/1.1 keep-alive).
    pub keep_open: bool,
}

/// The size of the big lesson's body: 100 MiB, unless the request asks for less or more with
/// `?bytes=N` (the tests do).
pub const BIG_BODY_BYTES: u64 = 100 * 1024 * 1024;
/// The pause between two writes of the drip lesson.
pub const DRIP_EVERY: Duration = Duration::from_millis(100);
/// The pause before each chunk of the chunked lesson.
pub const CHUNK_EVERY: Duration = Duration::from_millis(300);

const SERVER: &str = "wirepeek-practice";
const ROMEO: &str = include_str!("../../assets/pages/romeo.txt");
const IMAGE: &[u8] = include_bytes!("../../assets/icon-64.png");

/// What the answers need to know about the whole server: its other ports (for the home page's
/// links) and its certificate authority (for `/ca.pem`).
#[derive(Clone, Debug, Default)]
pub struct Site {
    /// Where the mail lesson listens.
    pub mail_port: Option<u16>,
    /// Where the https lesson listens.
    pub tls_port: Option<u16>,
    /// The https lesson's certificate authority, as PEM text.
    pub ca_pem: Option<String>,
}

/// The answer to `incoming`, in the language of `i18n` where the answer has words for people.
pub fn answer(incoming: &Incoming, i18n: I18n, site: &Site) -> Reply {
    let path = incoming.path();
    match path {
        "/" => super::home::page(incoming, i18n, site),
        "/ca.pem" => match &site.ca_pem {
            Some(pem) => plain(
                incoming,
                "200 OK",
                &[(
                    "Content-Disposition",
                    "attachment; filename=\"wirepeek-practice-ca.pem\"".to_owned(),
                )],
                "application/x-pem-file",
                pem.as_bytes(),
            ),
            None => status(incoming, "404 Not Found"),
        },
        "/romeo.txt" => romeo(incoming),
        "/http10" => http10(incoming),
        "/keep-alive" => keep_alive(incoming),
        "/close" => plain(incoming, "200 OK", &[], "text/plain", ROMEO.as_bytes()),
        "/chunked" => chunked(incoming),
        "/gzip" => compressed(incoming, "gzip"),
        "/br" => compressed(incoming, "br"),
        "/euc-kr" => euc_kr(incoming),
        "/json" => plain(incoming, "200 OK", &[], "application/json", JSON.as_bytes()),
        "/image.png" => plain(incoming, "200 OK", &[], "image/png", IMAGE),
        "/status/404" => status(incoming, "404 Not Found"),
        "/status/418" => status(incoming, "418 I'm a teapot"),
        "/status/500" => status(incoming, "500 Internal Server Error"),
        "/drip" => drip(incoming),
        "/big" => big(incoming),
        "/many-headers" => many_headers(incoming),
        "/cookie/set" => cookie_set(incoming, i18n),
        "/cookie/show" => cookie_show(incoming, i18n),
        "/cache" => cache(incoming),
        "/head" => plain(incoming, "200 OK", &[], "text/plain", ROMEO.as_bytes()),
        "/echo" => echo(incoming),
        _ => match path.strip_prefix("/redirect/") {
            Some(step) => redirect(incoming, step),
            None => status(incoming, "404 Not Found"),
        },
    }
}

/// A head: the status line, `Date` and `Server`, then `headers`, then the blank line.
fn head(status: &str, headers: &[(&str, String)]) -> String {
    let mut text = format!(
        "HTTP/1.1 {status}\r\nDate: {}\r\nServer: {SERVER}\r\n",
        http_date(SystemTime::now())
    );
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    text
}

/// A whole response with `Content-Length`, its body left out for HEAD, then the close.
fn plain(
    incoming: &Incoming,
    status: &str,
    extra: &[(&str, String)],
    content_type: &str,
    body: &[u8],
) -> Reply {
    let mut headers = vec![("Content-Type", content_type.to_owned())];
    headers.extend(extra.iter().cloned());
    headers.push(("Content-Length", body.len().to_string()));
    headers.push(("Connection", "close".to_owned()));
    closing(incoming, head(status, &headers), body)
}

/// `head` and, unless the request was HEAD, `body`; the connection closes after them.
fn closing(incoming: &Incoming, head: String, body: &[u8]) -> Reply {
    let mut bytes = head.into_bytes();
    if !incoming.is_head() {
        bytes.extend_from_slice(body);
    }
    Reply {
        steps: vec![Step::Send(bytes)],
        keep_open: false,
    }
}

fn romeo(incoming: &Incoming) -> Reply {
    // The headers an Apache server of the textbook's years sends with a static text file.
    let headers = [
        ("Last-Modified", "Sat, 13 May 2017 11:22:22 GMT".to_owned()),
        ("ETag", "\"a7-54f6609245537\"".to_owned()),
        ("Accept-Ranges", "bytes".to_owned()),
        ("Content-Length", ROMEO.len().to_string()),
        (
            "Cache-Control",
            "max-age=0, no-cache, no-store, must-revalidate".to_owned(),
        ),
        ("Pragma", "no-cache".to_owned()),
        ("Expires", "Wed, 11 Jan 1984 05:00:00 GMT".to_owned()),
        ("Connection", "close".to_owned()),
        ("Content-Type", "text/plain".to_owned()),
    ];
    let text = format!(
        "HTTP/1.1 200 OK\r\nDate: {}\r\nServer: Apache/2.4.18 (Ubuntu)\r\n",
        http_date(SystemTime::now())
    );
    let head = headers.iter().fold(text, |mut text, (name, value)| {
        text.push_str(&format!("{name}: {value}\r\n"));
        text
    }) + "\r\n";
    closing(incoming, head, ROMEO.as_bytes())
}

fn http10(incoming: &Incoming) -> Reply {
    // No length, no chunks: the end of the body is the server closing the connection.
    let head = format!("HTTP/1.0 200 OK\r\nServer: {SERVER}\r\nContent-Type: text/plain\r\n\r\n");
    closing(incoming, head, ROMEO.as_bytes())
}

fn keep_alive(incoming: &Incoming) -> Reply {
    let keep = !incoming.wants_close();
    let connection = if keep { "keep-alive" } else { "close" };
    let mut headers = vec![
        ("Content-Type", "text/plain".to_owned()),
        ("Content-Length", ROMEO.len().to_string()),
        ("Connection", connection.to_owned()),
    ];
    if keep {
        headers.push(("Keep-Alive", "timeout=5, max=100".to_owned()));
    }
    let Reply { steps, .. } = closing(incoming, head("200 OK", &headers), ROMEO.as_bytes());
    Reply {
        steps,
        keep_open: keep,
    }
}

fn redirect(incoming: &Incoming, step: &str) -> Reply {
    let (status, next) = match step {
        "301" => ("301 Moved Permanently", "/redirect/302"),
        "302" => ("302 Found", "/redirect/307"),
        "307" => ("307 Temporary Redirect", "/redirect/308"),
        "308" => ("308 Permanent Redirect", "/redirect/done"),
        "done" => return plain(incoming, "200 OK", &[], "text/plain", ROMEO.as_bytes()),
        _ => return status_page(incoming, "404 Not Found"),
    };
    plain(
        incoming,
        status,
        &[("Location", next.to_owned())],
        "text/plain",
        format!("{status}: see {next}\n").as_bytes(),
    )
}

fn chunked(incoming: &Incoming) -> Reply {
    let headers = [
        ("Content-Type", "text/plain".to_owned()),
        ("Transfer-Encoding", "chunked".to_owned()),
        ("Connection", "close".to_owned()),
    ];
    let mut steps = vec![send(head("200 OK", &headers))];
    if !incoming.is_head() {
        for line in ROMEO.lines() {
            let data = format!("{line}\n");
            steps.push(Step::Pause(CHUNK_EVERY));
            steps.push(send(format!("{:x}\r\n{data}\r\n", data.len())));
        }
        steps.push(Step::Pause(CHUNK_EVERY));
        steps.push(send("0\r\n\r\n"));
    }
    Reply {
        steps,
        keep_open: false,
    }
}

fn compressed(incoming: &Incoming, coding: &str) -> Reply {
    let text = ROMEO.repeat(20);
    let body = if coding == "gzip" {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        // Writing into memory cannot fail.
        let _ = encoder.write_all(text.as_bytes());
        encoder.finish().unwrap_or_default()
    } else {
        let mut out = Vec::new();
        {
            let mut encoder = brotli::CompressorWriter::new(&mut out, 4096, 9, 22);
            let _ = encoder.write_all(text.as_bytes());
        }
        out
    };
    plain(
        incoming,
        "200 OK",
        &[
            ("Content-Encoding", coding.to_owned()),
            ("Vary", "Accept-Encoding".to_owned()),
        ],
        "text/plain; charset=utf-8",
        &body,
    )
}

/// A Korean poem in the public domain (김소월, 진달래꽃, 1925), as an old Korean site would
/// have sent it: EUC-KR bytes and no word anywhere about which charset they are.
const AZALEAS: &str = "<html><head><title>진달래꽃</title></head><body>\n\
<h1>진달래꽃</h1>\n<p>김소월</p>\n\
<p>나 보기가 역겨워<br>\n가실 때에는<br>\n말없이 고이 보내 드리우리다</p>\n\
<p>영변에 약산<br>\n진달래꽃<br>\n아름 따다 가실 길에 뿌리우리다</p>\n\
<p>가시는 걸음걸음<br>\n놓인 그 꽃을<br>\n사뿐히 즈려밟고 가시옵소서</p>\n\
<p>나 보기가 역겨워<br>\n가실 때에는<br>\n죽어도 아니 눈물 흘리우리다</p>\n\
</body></html>\n";

fn euc_kr(incoming: &Incoming) -> Reply {
    let (bytes, _, _) = encoding_rs::EUC_KR.encode(AZALEAS);
    plain(incoming, "200 OK", &[], "text/html", &bytes)
}

const JSON: &str = r#"{"lesson":"json","language":"ko","greeting":"안녕하세요","numbers":[1,2,3.5],"nested":{"ok":true,"nothing":null},"lines":["But soft what light","through yonder window breaks"]}"#;

fn status(incoming: &Incoming, status: &str) -> Reply {
    status_page(incoming, status)
}

fn status_page(incoming: &Incoming, status: &str) -> Reply {
    let body = format!(
        "<!DOCTYPE html>\n<html><head><title>{status}</title></head>\n<body><h1>{status}</h1>\n<p><a href=\"/\">/</a></p></body></html>\n"
    );
    plain(
        incoming,
        status,
        &[],
        "text/html; charset=utf-8",
        body.as_bytes(),
    )
}

fn drip(incoming: &Incoming) -> Reply {
    let pieces: Vec<String> = (1..=20).map(|n| format!("drip {n:02}\n")).collect();
    let length: usize = pieces.iter().map(String::len).sum();
    let headers = [
        ("Content-Type", "text/plain".to_owned()),
        ("Content-Length", length.to_string()),
        ("Connection", "close".to_owned()),
    ];
    let mut steps = vec![send(head("200 OK", &headers))];
    if !incoming.is_head() {
        for piece in pieces {
            steps.push(Step::Pause(DRIP_EVERY));
            steps.push(send(piece));
        }
    }
    Reply {
        steps,
        keep_open: false,
    }
}

fn big(incoming: &Incoming) -> Reply {
    let total = incoming
        .query("bytes")
        .and_then(|n| n.parse().ok())
        .unwrap_or(BIG_BODY_BYTES);
    let headers = [
        ("Content-Type", "text/plain".to_owned()),
        ("Content-Length", total.to_string()),
        ("Connection", "close".to_owned()),
    ];
    let mut steps = vec![send(head("200 OK", &headers))];
    if !incoming.is_head() {
        steps.push(Step::Generate(total));
    }
    Reply {
        steps,
        keep_open: false,
    }
}

/// How many made-up headers the many-headers lesson adds.
pub const MANY_HEADERS: usize = 60;

fn many_headers(incoming: &Incoming) -> Reply {
    let names: Vec<String> = (1..=MANY_HEADERS)
        .map(|n| format!("X-Lesson-Header-{n:02}"))
        .collect();
    let extra: Vec<(&str, String)> = names
        .iter()
        .enumerate()
        .map(|(i, name)| (name.as_str(), format!("value {}", i + 1)))
        .collect();
    plain(
        incoming,
        "200 OK",
        &extra,
        "text/plain",
        b"Count the headers.\n",
    )
}

fn cookie_set(incoming: &Incoming, i18n: I18n) -> Reply {
    let (name, value) = LESSON_COOKIE;
    let body = i18n.f(
        "lesson-cookie-set-body",
        &[("cookie", &format!("{name}={value}"))],
    ) + "\n";
    plain(
        incoming,
        "200 OK",
        &[("Set-Cookie", format!("{name}={value}; Path=/; HttpOnly"))],
        "text/plain; charset=utf-8",
        body.as_bytes(),
    )
}

fn cookie_show(incoming: &Incoming, i18n: I18n) -> Reply {
    let body = match incoming.header("cookie") {
        Some(cookie) => i18n.f("lesson-cookie-show-body", &[("cookie", cookie)]),
        None => i18n.t("lesson-cookie-show-none").to_owned(),
    } + "\n";
    plain(
        incoming,
        "200 OK",
        &[],
        "text/plain; charset=utf-8",
        body.as_bytes(),
    )
}

fn cache(incoming: &Incoming) -> Reply {
    let matches = incoming.header("if-none-match").is_some_and(|tags| {
        tags.split(',')
            .any(|tag| matches!(tag.trim(), "*") || tag.trim() == LESSON_ETAG)
    });
    let validators = [
        ("ETag", LESSON_ETAG.to_owned()),
        ("Cache-Control", "no-cache".to_owned()),
    ];
    if matches {
        // 304 has no body: the client already holds it.
        let mut headers = validators.to_vec();
        headers.push(("Connection", "close".to_owned()));
        return closing(incoming, head("304 Not Modified", &headers), b"");
    }
    plain(
        incoming,
        "200 OK",
        &validators,
        "text/plain",
        ROMEO.as_bytes(),
    )
}

fn echo(incoming: &Incoming) -> Reply {
    plain(incoming, "200 OK", &[], "text/plain", &incoming.raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes_of(reply: &Reply) -> Vec<u8> {
        reply
            .steps
            .iter()
            .filter_map(|step| match step {
                Step::Send(bytes) => Some(bytes.clone()),
                _ => None,
            })
            .flatten()
            .collect()
    }

    #[test]
    fn head_requests_get_the_head_only() {
        let get = answer(
            &Incoming::parse(b"GET /head HTTP/1.1\r\n\r\n"),
            I18n::default(),
            &Site::default(),
        );
        let head = answer(
            &Incoming::parse(b"HEAD /head HTTP/1.1\r\n\r\n"),
            I18n::default(),
            &Site::default(),
        );
        let (get, head) = (bytes_of(&get), bytes_of(&head));
        assert!(get.ends_with(ROMEO.as_bytes()));
        let head = String::from_utf8(head).expect("text");
        assert!(head.ends_with("\r\n\r\n"), "{head}");
        assert!(head.contains(&format!("Content-Length: {}\r\n", ROMEO.len())));
    }

    #[test]
    fn the_echo_body_is_the_request() {
        let request = b"POST /echo HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi";
        let reply = bytes_of(&answer(
            &Incoming::parse(request),
            I18n::default(),
            &Site::default(),
        ));
        assert!(reply.ends_with(request));
    }

    #[test]
    fn unknown_paths_are_not_found() {
        let reply = bytes_of(&answer(
            &Incoming::parse(b"GET /nothing HTTP/1.1\r\n\r\n"),
            I18n::default(),
            &Site::default(),
        ));
        assert!(reply.starts_with(b"HTTP/1.1 404 Not Found\r\n"));
    }
}

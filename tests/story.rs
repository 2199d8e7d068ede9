//! The story of a fetch (`wirepeek::learn::story`) over loopback fetches: every number it tells
//! (address, port, bytes, reads, chunks) is the exchange's own, failures stop the story at the
//! step that failed, and redirects are steps too. Through a proxy (the tests' own, on 127.0.0.1)
//! the first steps are the proxy's, and what the proxy did is told as the proxy's.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

mod common;

use std::io::Write;
use std::net::TcpListener;

use common::proxy::{self, Behaviour, TestProxy};
use common::tls::{Ending, server_cert, test_ca, tls_server};
use common::{Bound, Server, exchange_for, limits, response_with, send};
use wirepeek::i18n::I18n;
use wirepeek::learn::story::{AnsweredBy, BodyEnding, StoryStep, TunnelAnswer, story};
use wirepeek::wire::{
    Cancel, Exchange, FetchError, FetchOptions, Limits, Phase, Progress, ProxyMode, ProxyOrigin,
    ReadEvent, Recording, Request, fetch_following,
};

fn kinds(steps: &[StoryStep]) -> Vec<&'static str> {
    steps.iter().map(StoryStep::kind).collect()
}

/// The one `Answered` step of `steps`.
fn answered(steps: &[StoryStep]) -> (u64, u64, BodyEnding) {
    steps
        .iter()
        .find_map(|s| match s {
            StoryStep::Answered {
                body_bytes,
                reads,
                ending,
                ..
            } => Some((*body_bytes, *reads, *ending)),
            _ => None,
        })
        .expect("an answered step")
}

#[test]
fn a_read_that_brought_only_the_head_is_not_counted_for_the_body() {
    let mut exchange = exchange_for(response_with("Content-Type: text/plain\r\n", b"0123456789"));
    let body = exchange.body.as_ref().expect("a body").wire.clone();
    let at = std::time::Duration::ZERO;
    // As a slow server's reply arrives: the head alone, then the body in two reads.
    exchange.reads = vec![
        ReadEvent {
            offset: 0,
            len: body.start,
            at,
        },
        ReadEvent {
            offset: body.start,
            len: 4,
            at,
        },
        ReadEvent {
            offset: body.start + 4,
            len: body.len() - 4,
            at,
        },
    ];
    let (_, reads, _) = answered(&story(std::slice::from_ref(&exchange)));
    assert_eq!(reads, 2);
    // A read that ends the head and begins the body counts: it brought body bytes.
    exchange.reads = vec![
        ReadEvent {
            offset: 0,
            len: body.start + 4,
            at,
        },
        ReadEvent {
            offset: body.start + 4,
            len: body.len() - 4,
            at,
        },
    ];
    let (_, reads, _) = answered(&story(std::slice::from_ref(&exchange)));
    assert_eq!(reads, 2);
}

#[test]
fn a_plain_fetch_tells_the_exchanges_own_numbers() {
    let exchange = exchange_for(response_with(
        "Content-Type: text/plain\r\n",
        b"hello, story",
    ));
    assert_eq!(exchange.error, None);
    let steps = story(std::slice::from_ref(&exchange));
    assert_eq!(
        kinds(&steps),
        ["no_lookup", "connected", "sent", "first_byte", "answered"]
    );
    let remote = exchange.connection.as_ref().expect("connected").remote;
    let StoryStep::NoLookup { host } = &steps[0] else {
        panic!("{steps:?}")
    };
    assert_eq!(host, "127.0.0.1");
    let StoryStep::Connected {
        address,
        usual,
        failed_tries,
        ..
    } = &steps[1]
    else {
        panic!("{steps:?}")
    };
    assert_eq!(*address, remote);
    assert!(!usual, "a test port is not 80");
    assert_eq!(*failed_tries, 0);
    let StoryStep::Sent {
        lines,
        bytes,
        body_bytes,
    } = &steps[2]
    else {
        panic!("{steps:?}")
    };
    assert_eq!(*bytes, exchange.request_bytes.len() as u64);
    assert_eq!(*lines, 1 + exchange.request_headers.len() as u64);
    assert_eq!(*body_bytes, 0);
    let (body, reads, ending) = answered(&steps);
    assert_eq!(body, 12);
    let body_range = exchange.body.as_ref().expect("a body").wire.clone();
    assert_eq!(reads, exchange.reads_over(&body_range) as u64);
    assert!(reads >= 1);
    assert_eq!(ending, BodyEnding::Length(12));

    // The sentences carry the same numbers, in both languages.
    for language in ["en", "ko"] {
        let i18n = I18n::new(language).expect("language");
        let told: Vec<String> = steps.iter().map(|s| i18n.render(&s.message())).collect();
        let port = remote.port().to_string();
        assert!(told[1].contains(&port), "{language}: {}", told[1]);
        assert!(told[1].contains("127.0.0.1"), "{language}: {}", told[1]);
        let sent = exchange.request_bytes.len().to_string();
        assert!(told[2].contains(&sent), "{language}: {}", told[2]);
        assert!(told[4].contains("12"), "{language}: {}", told[4]);
        assert!(told[4].contains("text/plain"), "{language}: {}", told[4]);
    }
}

#[test]
fn a_chunked_compressed_body_tells_its_chunks_and_both_sizes() {
    let text = "a story worth compressing, ".repeat(40);
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(text.as_bytes()).expect("gzip");
    let gzipped = encoder.finish().expect("gzip");
    let (first, second) = gzipped.split_at(gzipped.len() / 2);
    let mut reply =
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for part in [first, second] {
        reply.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
        reply.extend_from_slice(part);
        reply.extend_from_slice(b"\r\n");
    }
    reply.extend_from_slice(b"0\r\n\r\n");
    let exchange = exchange_for(reply);
    assert_eq!(exchange.error, None);
    let steps = story(std::slice::from_ref(&exchange));
    let (body, _, ending) = answered(&steps);
    assert_eq!(body, exchange.body_wire_bytes().len() as u64);
    assert_eq!(ending, BodyEnding::Chunked { chunks: 2 });
    let decoded = steps
        .iter()
        .find_map(|s| match s {
            StoryStep::Decoded {
                encoding,
                wire,
                decoded,
            } => Some((encoding.clone(), *wire, *decoded)),
            _ => None,
        })
        .expect("a decoded step");
    assert_eq!(
        decoded,
        ("gzip".into(), gzipped.len() as u64, text.len() as u64)
    );
}

#[test]
fn a_body_read_until_close_and_an_interim_response() {
    let exchange = exchange_for(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end",
    );
    assert_eq!(exchange.error, None);
    let steps = story(std::slice::from_ref(&exchange));
    assert_eq!(
        kinds(&steps),
        [
            "no_lookup",
            "connected",
            "sent",
            "first_byte",
            "interim",
            "answered"
        ]
    );
    assert_eq!(
        steps[4],
        StoryStep::Interim {
            by: AnsweredBy::Server,
            code: 100,
            reason: "Continue".into()
        }
    );
    let (body, _, ending) = answered(&steps);
    assert_eq!((body, ending), (13, BodyEnding::Close));
    let told = I18n::default().render(&steps[5].message());
    assert!(
        told.ends_with("then closed the connection, which ends a body without a length."),
        "{told}"
    );
}

#[test]
fn a_refused_connection_stops_the_story_at_connecting_and_explains_it() {
    // A port nothing listens on: bind one, note it, let it go.
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("address").port()
    };
    let exchange = common::get(&format!("http://127.0.0.1:{port}/"));
    let steps = story(std::slice::from_ref(&exchange));
    assert_eq!(kinds(&steps), ["no_lookup", "stopped"]);
    let StoryStep::Stopped { phase, error, .. } = &steps[1] else {
        panic!("{steps:?}")
    };
    assert_eq!(*phase, Some(Phase::Connecting));
    assert_eq!(
        *error,
        FetchError::ConnectionRefused {
            address: format!("127.0.0.1:{port}")
        }
    );
    let explanation = steps[1].explanation().expect("explained underneath");
    assert_eq!(explanation.summary.id, "explain-error-connection_refused");
    for language in ["en", "ko"] {
        let told = I18n::new(language)
            .expect("language")
            .render(&steps[1].message());
        assert!(told.contains(&format!("127.0.0.1:{port}")), "{told}");
    }
}

#[test]
fn a_https_fetch_tells_its_tls_handshake() {
    let ca = test_ca();
    let (cert, key) = server_cert(&ca, &["127.0.0.1"], 2020, 2090);
    let reply = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".to_vec();
    let (port, server) = tls_server(cert, &key, reply, Ending::CloseNotify);
    let options = FetchOptions {
        extra_ca_pem: Some(ca.pem.as_bytes().to_vec()),
        ..FetchOptions::default()
    };
    let exchange = common::fetch_with_options(
        &Request::get(format!("https://127.0.0.1:{port}/")),
        &options,
        &Limits::default(),
    );
    server.join().expect("server thread");
    assert_eq!(exchange.error, None);
    let steps = story(std::slice::from_ref(&exchange));
    assert_eq!(
        kinds(&steps),
        [
            "no_lookup",
            "connected",
            "tls",
            "sent",
            "first_byte",
            "answered"
        ]
    );
    let StoryStep::TlsHandshake { version, .. } = &steps[2] else {
        panic!("{steps:?}")
    };
    assert_eq!(
        *version,
        exchange.tls.as_ref().and_then(|t| t.protocol.clone())
    );
    let told = I18n::default().render(&steps[2].message());
    assert!(told.contains("TLS 1.3"), "{told}");
}

#[test]
fn each_redirect_is_a_step_and_each_hop_tells_its_own_numbers() {
    let bound = Bound::v4();
    let port = bound.port();
    let server = bound.serve(vec![
        vec![send(format!(
            "HTTP/1.1 301 Moved Permanently\r\nLocation: http://127.0.0.1:{port}/two\r\nContent-Length: 0\r\n\r\n"
        ))],
        vec![send("HTTP/1.1 302 Found\r\nLocation: /three\r\nContent-Length: 0\r\n\r\n")],
        vec![send("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\ndone")],
    ]);
    let hops: Vec<Exchange> = fetch_following(
        &Request::get(server.url("/one")),
        &FetchOptions {
            follow_redirects: true,
            ..FetchOptions::default()
        },
        &limits(),
        &Cancel::new(),
        &Progress::new(),
        &mut Recording::KeepAll,
    );
    assert_eq!(hops.len(), 3);
    let steps = story(&hops);
    let redirects: Vec<&str> = steps
        .iter()
        .filter_map(|s| match s {
            StoryStep::Redirected { to } => Some(to.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        redirects,
        [
            format!("http://127.0.0.1:{port}/two"),
            format!("http://127.0.0.1:{port}/three")
        ]
    );
    let statuses: Vec<(u16, u64)> = steps
        .iter()
        .filter_map(|s| match s {
            StoryStep::Answered {
                code, body_bytes, ..
            } => Some((*code, *body_bytes)),
            _ => None,
        })
        .collect();
    assert_eq!(statuses, [(301, 0), (302, 0), (200, 4)]);
    let connected = steps
        .iter()
        .filter(|s| matches!(s, StoryStep::Connected { address, .. } if address.port() == port))
        .count();
    assert_eq!(connected, 3, "one connection per hop");
    let sent: Vec<u64> = steps
        .iter()
        .filter_map(|s| match s {
            StoryStep::Sent { bytes, .. } => Some(*bytes),
            _ => None,
        })
        .collect();
    let wanted: Vec<u64> = hops.iter().map(|h| h.request_bytes.len() as u64).collect();
    assert_eq!(sent, wanted);
}

/// Run the built wirepeek with `args` under the OS locale `locale`.
fn wirepeek(locale: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_wirepeek"))
        .env("LC_ALL", locale)
        .env("LANG", locale)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run wirepeek")
}

#[test]
fn story_on_the_command_line_tells_a_real_fetch_in_the_chosen_language() {
    let address = common::serve_every(|_| {
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello".to_vec()
    });
    let url = format!("http://{address}/");
    let port = address.port().to_string();

    let english = wirepeek("C", &["--story", &url]);
    assert!(english.status.success(), "{english:?}");
    let text = String::from_utf8(english.stdout).expect("UTF-8");
    assert!(
        text.starts_with(&format!("What happened when fetching {url}:")),
        "{text}"
    );
    assert!(
        text.contains(" 1. There was no name to look up: 127.0.0.1"),
        "{text}"
    );
    assert!(
        text.contains(&format!("on port {port}, a port the URL chose")),
        "{text}"
    );
    assert!(
        text.contains("The server said 200 OK and sent 5 bytes of text/plain"),
        "{text}"
    );

    let korean = wirepeek("C", &["--story", &url, "--lang", "ko"]);
    assert!(korean.status.success(), "{korean:?}");
    let text = String::from_utf8(korean.stdout).expect("UTF-8");
    assert!(
        text.contains(&format!("{port}번 포트에 TCP 연결을 열었습니다")),
        "{text}"
    );
    assert!(text.contains("5바이트"), "{text}");

    // The OS language is used without --lang.
    let from_os = wirepeek("ko_KR.UTF-8", &["--story", &url]);
    let text = String::from_utf8(from_os.stdout).expect("UTF-8");
    assert!(text.contains("일어난 일"), "{text}");
}

#[test]
fn story_on_the_command_line_of_a_refused_connection_explains_it_and_fails() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("address").port()
    };
    let url = format!("http://127.0.0.1:{port}/");
    let output = wirepeek("C", &["--story", &url]);
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(
        text.contains(&format!(
            " 2. Stopped while connecting: 127.0.0.1:{port} refused the connection."
        )),
        "{text}"
    );
    assert!(text.contains("What happened underneath:"), "{text}");
    assert!(text.contains("(RFC 9293, 3.5.2)"), "{text}");
}

#[test]
fn a_server_that_is_not_http_stops_the_story_and_is_named() {
    let exchange = exchange_for("220 mail.example ESMTP ready\r\n");
    let steps = story(std::slice::from_ref(&exchange));
    let last = steps.last().expect("steps");
    let StoryStep::Stopped { error, port, phase } = last else {
        panic!("{steps:?}")
    };
    assert!(matches!(error, FetchError::NotHttp { .. }), "{error:?}");
    // Bytes came, but no head: the story stops before any body, waiting for the head.
    assert_eq!(*phase, Some(Phase::Waiting));
    assert_eq!(*port, exchange.target.as_ref().map(|t| t.port));
    let (line, service) = last.recognized().expect("named from its greeting");
    assert_eq!(service.title, "25 (SMTP)");
    let told = I18n::default().render(&line);
    assert!(told.contains("SMTP"), "{told}");
}

#[test]
fn a_redirect_not_followed_ends_the_story_saying_where_it_pointed() {
    let exchange =
        exchange_for("HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n");
    let steps = story(std::slice::from_ref(&exchange));
    assert_eq!(
        steps.last(),
        Some(&StoryStep::NotFollowed {
            location: "/elsewhere".into()
        })
    );
    let told = I18n::new("ko")
        .expect("Korean")
        .render(&steps[steps.len() - 1].message());
    assert!(told.contains("Location: /elsewhere"), "{told}");
}

/// Fetch `url` through the test proxy `proxy` (as `--proxy` names it): the exchange, and the
/// story it tells.
fn through(proxy: &TestProxy, url: &str, ca_pem: Option<&str>) -> (Exchange, Vec<StoryStep>) {
    let options = FetchOptions {
        proxy: proxy.settings(),
        extra_ca_pem: ca_pem.map(|p| p.as_bytes().to_vec()),
        ..FetchOptions::default()
    };
    let exchange = common::fetch_with_options(&Request::get(url), &options, &limits());
    let steps = story(std::slice::from_ref(&exchange));
    (exchange, steps)
}

/// The steps of a plain http fetch that a proxy answers, itself or with the server's answer.
const PLAIN_THROUGH_A_PROXY: [&str; 6] = [
    "through_proxy",
    "proxy_no_lookup",
    "proxy_connected",
    "sent_to_proxy",
    "first_byte",
    "answered",
];

/// Every step told in English and in Korean.
fn told(steps: &[StoryStep]) -> [(&'static str, Vec<String>); 2] {
    ["en", "ko"].map(|language| {
        let i18n = I18n::new(language).expect("language");
        (
            language,
            steps.iter().map(|s| i18n.render(&s.message())).collect(),
        )
    })
}

/// The proxy's steps name it and its port, in both languages, and no step says the URL chose
/// the port that was the proxy's.
fn assert_the_proxy_is_named(steps: &[StoryStep], proxy: &TestProxy) {
    let port = proxy.addr.port().to_string();
    let StoryStep::ThroughProxy {
        proxy: named,
        origin,
        ..
    } = &steps[0]
    else {
        panic!("{steps:?}")
    };
    assert_eq!(*named, proxy.addr.to_string());
    assert_eq!(*origin, ProxyOrigin::CommandLine);
    assert_eq!(
        steps[1],
        StoryStep::ProxyNoLookup {
            host: "127.0.0.1".into(),
            port: proxy.addr.port()
        }
    );
    for (language, told) in told(steps) {
        assert!(
            told[0].contains(&proxy.addr.to_string()),
            "{language}: {}",
            told[0]
        );
        assert!(told[0].contains("--proxy"), "{language}: {}", told[0]);
        for line in &told[1..3] {
            assert!(line.contains(&port), "{language}: {line}");
            assert!(line.contains("127.0.0.1"), "{language}: {line}");
        }
        let (proxy_word, url_chose) = match language {
            "en" => ("proxy", "a port the URL chose"),
            _ => ("프록시", "URL에서 직접 정한 포트"),
        };
        assert!(
            told[..3].iter().all(|l| l.contains(proxy_word)),
            "{language}: {told:?}"
        );
        assert!(
            !told.iter().any(|l| l.contains(url_chose)),
            "{language}: {told:?}"
        );
    }
}

#[test]
fn an_interim_response_through_a_proxy_came_from_the_server_through_it() {
    let origin = Server::start(vec![send(
        b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
    )]);
    let proxy = proxy::start(Behaviour::Forward);
    let (exchange, steps) = through(&proxy, &origin.url("/"), None);
    assert_eq!(exchange.error, None);
    let interim = steps
        .iter()
        .position(|s| s.kind() == "interim")
        .expect("an interim step");
    assert!(matches!(
        steps[interim],
        StoryStep::Interim {
            by: AnsweredBy::ThroughProxy,
            code: 103,
            ..
        }
    ));
    let [(_, english), (_, korean)] = told(&steps);
    assert!(
        english[interim].starts_with("Through the proxy, the server first sent"),
        "{}",
        english[interim]
    );
    assert!(
        korean[interim].contains("프록시를 거쳐"),
        "{}",
        korean[interim]
    );
}

#[test]
fn plain_http_through_a_proxy_tells_the_proxy_and_the_absolute_form() {
    let origin = Server::start(vec![send(
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
    )]);
    let proxy = proxy::start(Behaviour::Forward);
    let url = origin.url("/romeo.txt");
    let (exchange, steps) = through(&proxy, &url, None);
    assert_eq!(exchange.error, None);
    assert_eq!(kinds(&steps), PLAIN_THROUGH_A_PROXY);
    assert!(matches!(
        steps[0],
        StoryStep::ThroughProxy {
            mode: ProxyMode::AbsoluteForm,
            ..
        }
    ));
    let StoryStep::ProxyConnected { address, .. } = &steps[2] else {
        panic!("{steps:?}")
    };
    assert_eq!(*address, proxy.addr, "the connection went to the proxy");
    let request_line = format!("GET {url} HTTP/1.1");
    let StoryStep::SentToProxy {
        request_line: sent,
        bytes,
        ..
    } = &steps[3]
    else {
        panic!("{steps:?}")
    };
    assert_eq!(*sent, request_line);
    assert_eq!(*bytes, exchange.request_bytes.len() as u64);
    assert!(matches!(
        steps[5],
        StoryStep::Answered {
            by: AnsweredBy::ThroughProxy,
            code: 200,
            ..
        }
    ));
    assert_the_proxy_is_named(&steps, &proxy);
    for (language, told) in told(&steps) {
        assert!(told[3].contains(&request_line), "{language}: {}", told[3]);
        assert!(
            !told[5].contains("The server said"),
            "{language}: {}",
            told[5]
        );
    }
    let [(_, english), _] = told(&steps);
    assert!(
        english[5].starts_with("The answer came back through the proxy: 200 OK"),
        "{}",
        english[5]
    );
}

#[test]
fn https_through_a_proxy_tells_the_connect_tunnel_and_its_answer() {
    let ca = test_ca();
    let (cert, key) = server_cert(&ca, &["127.0.0.1"], 2020, 2090);
    let reply = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".to_vec();
    let (port, server) = tls_server(cert, &key, reply, Ending::CloseNotify);
    let proxy = proxy::start(Behaviour::Forward);
    let (exchange, steps) = through(&proxy, &format!("https://127.0.0.1:{port}/"), Some(&ca.pem));
    server.join().expect("server thread");
    assert_eq!(exchange.error, None, "{:?}", exchange.error);
    assert_eq!(
        kinds(&steps),
        [
            "through_proxy",
            "proxy_no_lookup",
            "proxy_connected",
            "tunnel",
            "tls",
            "sent",
            "first_byte",
            "answered"
        ]
    );
    assert!(matches!(
        steps[0],
        StoryStep::ThroughProxy {
            mode: ProxyMode::Tunnel,
            ..
        }
    ));
    let connect = format!("CONNECT 127.0.0.1:{port} HTTP/1.1");
    let StoryStep::Tunnel {
        request_line,
        answer,
    } = &steps[3]
    else {
        panic!("{steps:?}")
    };
    assert_eq!(*request_line, connect);
    let TunnelAnswer::Opened {
        code,
        reason,
        elapsed,
    } = answer
    else {
        panic!("{answer:?}")
    };
    assert_eq!((*code, reason.as_str()), (200, "Connection established"));
    let timing = &exchange.timing;
    assert_eq!(
        Some(*elapsed),
        timing.proxy_tunnel.zip(timing.connect).map(|(t, c)| t - c)
    );
    assert!(matches!(
        steps[7],
        StoryStep::Answered {
            by: AnsweredBy::Server,
            code: 200,
            ..
        }
    ));
    assert_the_proxy_is_named(&steps, &proxy);
    for (language, told) in told(&steps) {
        assert!(told[3].contains(&connect), "{language}: {}", told[3]);
        assert!(
            told[3].contains("200 Connection established"),
            "{language}: {}",
            told[3]
        );
        // The server's own port is the tunnel's, not a port the story connected to.
        assert!(
            !told[2].contains(&port.to_string()),
            "{language}: {}",
            told[2]
        );
    }
}

#[test]
fn a_407_from_the_proxy_is_the_proxys_answer_for_https_and_for_http() {
    let answer = b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"school\"\r\nContent-Length: 0\r\n\r\n";

    // https: the proxy refuses the tunnel, and the story stops there.
    let proxy = proxy::start(Behaviour::Answer(answer.to_vec()));
    let (_, steps) = through(&proxy, "https://127.0.0.1:9/", None);
    assert_eq!(
        kinds(&steps),
        [
            "through_proxy",
            "proxy_no_lookup",
            "proxy_connected",
            "tunnel",
            "stopped"
        ]
    );
    let StoryStep::Tunnel {
        answer: refused, ..
    } = &steps[3]
    else {
        panic!("{steps:?}")
    };
    assert_eq!(
        *refused,
        TunnelAnswer::Refused {
            code: 407,
            reason: "Proxy Authentication Required".into()
        }
    );
    let StoryStep::Stopped { phase, error, port } = &steps[4] else {
        panic!("{steps:?}")
    };
    assert_eq!(*phase, Some(Phase::ProxyTunnel));
    assert!(
        matches!(error, FetchError::ProxyAuthenticationRequired { .. }),
        "{error:?}"
    );
    assert_eq!(
        *port,
        Some(proxy.addr.port()),
        "the other end was the proxy"
    );
    assert_the_proxy_is_named(&steps, &proxy);
    for (language, told) in told(&steps) {
        assert!(
            told[3].contains("407 Proxy Authentication Required"),
            "{language}: {}",
            told[3]
        );
        let proxy_word = if language == "en" {
            "The proxy"
        } else {
            "프록시"
        };
        assert!(told[4].contains(proxy_word), "{language}: {}", told[4]);
        assert!(
            !told
                .iter()
                .any(|l| l.contains("server said") || l.contains("서버의 답")),
            "{language}: {told:?}"
        );
    }

    // Plain http: the 407 is a response, but the proxy's own, not the server's.
    let proxy = proxy::start(Behaviour::Answer(answer.to_vec()));
    let (exchange, steps) = through(&proxy, "http://127.0.0.1:9/", None);
    assert_eq!(exchange.error, None);
    assert_eq!(kinds(&steps), PLAIN_THROUGH_A_PROXY);
    assert!(matches!(
        steps[5],
        StoryStep::Answered {
            by: AnsweredBy::Proxy,
            code: 407,
            ..
        }
    ));
    assert_the_proxy_is_named(&steps, &proxy);
    let [(_, english), (_, korean)] = told(&steps);
    assert!(
        english[5].starts_with("The proxy itself answered 407 Proxy Authentication Required"),
        "{}",
        english[5]
    );
    assert!(
        english[5].contains("the server never saw the request"),
        "{}",
        english[5]
    );
    assert!(
        korean[5].starts_with("프록시가 직접 보낸 답은 407 Proxy Authentication Required"),
        "{}",
        korean[5]
    );
}

#[test]
fn a_proxy_that_hangs_up_on_plain_http_is_blamed_not_the_server() {
    let proxy = proxy::start(Behaviour::Close);
    let (exchange, steps) = through(&proxy, "http://127.0.0.1:9/", None);
    let address = format!("http://{}", proxy.addr);
    assert_eq!(
        exchange.error,
        Some(FetchError::ProxyClosed {
            proxy: address.clone()
        })
    );
    assert_eq!(
        kinds(&steps),
        [
            "through_proxy",
            "proxy_no_lookup",
            "proxy_connected",
            "sent_to_proxy",
            "stopped"
        ]
    );
    assert_eq!(
        steps[4].explanation().map(|e| e.summary.id),
        Some("explain-error-proxy_closed".into())
    );
    for (language, told) in told(&steps) {
        assert!(told[4].contains(&address), "{language}: {}", told[4]);
        assert!(
            !told[4].contains("server closed") && !told[4].contains("서버가"),
            "{language}: {}",
            told[4]
        );
    }
    let [(_, english), _] = told(&steps);
    assert!(
        english[4].starts_with(&format!(
            "Stopped while waiting for the response head: The proxy {address} closed the connection without sending a response"
        )),
        "{}",
        english[4]
    );
}

#[test]
fn story_on_the_command_line_through_a_proxy_names_the_proxy_and_its_port() {
    let address = common::serve_every(|_| {
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello".to_vec()
    });
    let url = format!("http://{address}/");
    let proxy = proxy::start(Behaviour::Forward);
    let setting = format!("http://{}", proxy.addr);
    let port = proxy.addr.port();
    let output = wirepeek("C", &["--story", "--proxy", &setting, &url, "--lang", "en"]);
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(
        text.contains(&format!(
            " 1. This fetch went through the HTTP proxy 127.0.0.1:{port}, given on the command line (--proxy)."
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            " 3. Connected to the proxy at 127.0.0.1 on port {port}, the port in the proxy setting"
        )),
        "{text}"
    );
    assert!(text.contains(&format!("\"GET {url} HTTP/1.1\"")), "{text}");
    assert!(!text.contains("a port the URL chose"), "{text}");
    assert!(!text.contains("The server said"), "{text}");
}

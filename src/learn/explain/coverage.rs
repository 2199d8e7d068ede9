//! Every entry exists in English and Korean, renders with its arguments, and the lists cover
//! what the learner meets: every IANA status code, the header fields by subject, the ports.

use super::*;
use crate::i18n::{I18n, LANGUAGES, message_ids, parse};
use crate::learn::Arg;

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// What is wrong with one rendering, if anything.
fn fault(language: &str, text: &str, message: &Message) -> Option<String> {
    if text.trim().is_empty() || text == message.id || text.contains("explain-") {
        return Some(format!("not rendered: {text:?}"));
    }
    if text.contains('{') || text.contains('}') {
        return Some(format!("a placeholder is left: {text}"));
    }
    if language == "ko" && !text.chars().any(is_hangul) {
        return Some(format!("no Hangul: {text}"));
    }
    None
}

/// The text arguments of `message` that `text` does not show.
fn lost(text: &str, message: &Message) -> Vec<String> {
    message
        .args
        .iter()
        .filter_map(|(_, arg)| match arg {
            Arg::Text(value) if !text.contains(value.as_str()) => Some(value.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_entry_renders_in_every_language_and_korean_has_hangul() {
    let all = everything();
    assert!(all.len() > 700, "{}", all.len());
    let mut faults = Vec::new();
    for language in LANGUAGES {
        let i18n = I18n::new(language.code).expect("language");
        for entry in &all {
            for message in [&entry.summary, &entry.paragraph] {
                let text = i18n.render(message);
                if let Some(fault) = fault(language.code, &text, message) {
                    faults.push(format!("{} {}: {fault}", language.code, message.id));
                }
            }
            let summary = i18n.render(&entry.summary);
            let both = format!("{summary} {}", i18n.render(&entry.paragraph));
            let lost = lost(&both, &entry.summary);
            if !lost.is_empty() {
                faults.push(format!("{}: {} lost {lost:?}", language.code, entry.title));
            }
            if summary.contains('\n') {
                faults.push(format!(
                    "{}: summary of {} is not one line",
                    language.code, entry.title
                ));
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn the_korean_text_differs_from_the_english_one() {
    let (en, ko) = (I18n::default(), I18n::new("ko").expect("Korean"));
    for entry in everything() {
        assert_ne!(
            en.render(&entry.paragraph),
            ko.render(&entry.paragraph),
            "{}",
            entry.title
        );
    }
}

/// Entries with no standard: wirepeek's own rules, and ports only custom gives.
const NO_STANDARD: &[&str] = &[
    "cancelled",
    "output_failed",
    "io",
    "reads_merged",
    "3128 (Squid)",
    "9200 (Elasticsearch)",
];

#[test]
fn every_entry_names_its_standard() {
    for entry in everything() {
        assert_eq!(
            entry.standard.is_empty(),
            NO_STANDARD.contains(&entry.title.as_str()),
            "{}: {:?}",
            entry.title,
            entry.standard
        );
    }
}

/// Values that reach every rule and every message of `values`, with a full context.
fn value_samples() -> Vec<Message> {
    let context = values::ValueContext {
        request_url: Some("http://127.0.0.1:8080/a/b".into()),
        body_received: Some(250),
        body_decoded: Some(1000),
        chunks: Some(3),
        // 2015-10-21 07:28:00 UTC, the moment the dated samples below are read against.
        moment: Some(values::Moment::Fetch(1_445_412_480)),
    };
    let asked_now = values::ValueContext {
        moment: Some(values::Moment::Now(1_445_412_480)),
        ..values::ValueContext::default()
    };
    let short = values::ValueContext {
        body_received: Some(10),
        ..values::ValueContext::default()
    };
    let cases: &[(&str, &str, &values::ValueContext)] = &[
        (
            "Cache-Control",
            "max-age=3700, s-maxage=60, stale-while-revalidate=30, stale-if-error=90000",
            &context,
        ),
        (
            "Cache-Control",
            "max-stale=200000, min-fresh=5, no-store, no-cache, private, public",
            &context,
        ),
        (
            "Cache-Control",
            "must-revalidate, proxy-revalidate, immutable, no-transform",
            &context,
        ),
        (
            "Cache-Control",
            "must-understand, only-if-cached, teapot",
            &context,
        ),
        ("Cache-Control", "no-cache", &context),
        ("Cache-Control", "public, max-age=60", &context),
        ("Cache-Control", "private, max-age=60", &context),
        ("Cache-Control", "max-age=60", &context),
        ("Cache-Control", "", &context),
        (
            "Strict-Transport-Security",
            "max-age=31536000; includeSubDomains; preload",
            &context,
        ),
        ("Strict-Transport-Security", "max-age=86400", &context),
        ("Strict-Transport-Security", "max-age=0", &context),
        ("Strict-Transport-Security", "preload", &context),
        ("Content-Length", "250", &context),
        ("Content-Length", "100", &context),
        ("Content-Length", "100", &short),
        ("Content-Length", "abc", &context),
        (
            "Content-Encoding",
            "gzip, deflate, br, zstd, compress, identity, snappy",
            &context,
        ),
        ("Transfer-Encoding", "chunked", &context),
        ("Transfer-Encoding", "gzip", &context),
        ("Content-Type", "text/html; charset=utf-8", &context),
        ("Content-Type", "text/plain", &context),
        ("Content-Type", "application/json", &context),
        ("Content-Type", "text/xml", &context),
        ("Content-Type", "application/javascript", &context),
        ("Content-Type", "image/png", &context),
        ("Content-Type", "video/mp4", &context),
        ("Content-Type", "font/woff2", &context),
        ("Content-Type", "multipart/form-data", &context),
        ("Content-Type", "application/octet-stream", &context),
        (
            "Content-Type",
            "application/x-www-form-urlencoded",
            &context,
        ),
        ("Content-Type", "application/pdf", &context),
        (
            "Set-Cookie",
            "id=1; Secure; HttpOnly; SameSite=Strict; Max-Age=60; Domain=example.com; Path=/; Partitioned",
            &context,
        ),
        (
            "Set-Cookie",
            "id=1; SameSite=Lax; Expires=Wed, 21 Oct 2037 07:28:00 GMT",
            &context,
        ),
        ("Set-Cookie", "id=1; SameSite=None; Max-Age=0", &context),
        ("Set-Cookie", "id=1; SameSite=Odd", &context),
        ("Location", "../c", &context),
        ("Location", "https://example.com/", &context),
        ("Location", "/x", &values::ValueContext::default()),
        (
            "Alt-Svc",
            "h3=\":443\"; ma=60, h3-29=\":443\", h2=\":443\", spdy=\":443\"",
            &context,
        ),
        ("Alt-Svc", "clear", &context),
        ("Retry-After", "120", &context),
        ("Retry-After", "Wed, 21 Oct 2037 07:28:00 GMT", &context),
        ("Age", "30", &context),
        ("Age", "soon", &context),
        ("Vary", "Accept-Encoding", &context),
        ("Vary", "*", &context),
        ("Connection", "close, keep-alive, Upgrade, X-Hop", &context),
        ("Keep-Alive", "timeout=5, max=100", &context),
        ("Server", "nginx/1.25.3", &context),
        ("Server", "Apache", &context),
        ("Date", "Wed, 21 Oct 2015 07:28:04 GMT", &context),
        ("Date", "Wed, 21 Oct 2015 07:27:00 GMT", &context),
        ("Date", "Wed, 21 Oct 2015 07:28:00 GMT", &context),
        ("Date", "Wed, 21 Oct 2015 07:20:00 GMT", &asked_now),
        ("Date", "Wed, 21 Oct 2015 07:28:00 GMT", &asked_now),
        ("Date", "Wed, 21 Oct 2015 09:28:00 GMT", &asked_now),
        ("Date", "yesterday", &context),
        ("Expires", "Wed, 21 Oct 2015 09:28:00 GMT", &context),
        ("Expires", "Sun, 18 Oct 2015 07:28:00 GMT", &asked_now),
        ("Expires", "Wed, 21 Oct 2015 07:28:00 GMT", &context),
        ("Expires", "0", &context),
        ("Last-Modified", "Sun, 18 Oct 2015 07:28:00 GMT", &context),
        ("Last-Modified", "Wed, 21 Oct 2015 07:28:01 GMT", &context),
        ("Last-Modified", "Thu, 22 Oct 2015 07:28:00 GMT", &asked_now),
        ("Last-Modified", "soon", &context),
        ("Retry-After", "Wed, 21 Oct 2015 07:30:00 GMT", &context),
        ("Retry-After", "Wed, 21 Oct 2015 07:00:00 GMT", &context),
    ];
    cases
        .iter()
        .flat_map(|(name, value, context)| values::explain_value(name, value, context))
        .collect()
}

/// Every message id in `message` and the messages nested in it.
fn ids_in(message: &Message, out: &mut Vec<String>) {
    out.push(message.id.clone());
    for (_, arg) in &message.args {
        if let Arg::Message(inner) = arg {
            ids_in(inner, out);
        }
    }
}

#[test]
fn every_value_rule_renders_in_every_language() {
    let samples = value_samples();
    let mut faults = Vec::new();
    for language in LANGUAGES {
        let i18n = I18n::new(language.code).expect("language");
        for message in &samples {
            let text = i18n.render(message);
            if let Some(fault) = fault(language.code, &text, message) {
                faults.push(format!("{} {}: {fault}", language.code, message.id));
            }
            let lost = lost(&text, message);
            if !lost.is_empty() {
                faults.push(format!(
                    "{} {}: lost {lost:?} in {text}",
                    language.code, message.id
                ));
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn every_explain_message_in_the_catalog_is_used() {
    let english = LANGUAGES[0];
    let index = crate::i18n::SUBJECTS
        .iter()
        .position(|s| *s == "explain")
        .expect("subject");
    let resource = parse(english.files[index]).expect("parses");
    let mut used: Vec<String> = everything()
        .into_iter()
        .flat_map(|e| [e.summary.id, e.paragraph.id])
        .collect();
    for message in value_samples() {
        ids_in(&message, &mut used);
    }
    used.extend(
        [
            "explain-unknown-topic",
            "explain-unknown-subject",
            "explain-standard",
            "explain-no-standard",
            "explain-value-heading",
            "explain-underneath",
            "explain-recognized",
            "explain-close",
        ]
        .map(String::from),
    );
    for id in message_ids(&resource) {
        assert!(
            used.contains(&id),
            "{id} is in the catalog but no entry uses it"
        );
    }
}

#[test]
fn every_iana_status_code_has_its_own_entry() {
    let mut registered: Vec<u16> = Vec::new();
    registered.extend(100..=103);
    registered.extend(200..=208);
    registered.push(226);
    registered.extend(300..=308);
    registered.extend(400..=418);
    registered.extend(421..=426);
    registered.extend([428, 429, 431, 451]);
    registered.extend(500..=508);
    registered.extend([510, 511]);
    for code in 100..=599 {
        let entry = statuses::explain(code).expect("every code from 100 to 599 is explained");
        let own = entry.summary.id == format!("explain-status-{code}");
        assert_eq!(own, registered.contains(&code), "{code}");
    }
    let en = I18n::default();
    let unused = |code| en.render(&statuses::explain(code).expect("listed").summary);
    assert!(unused(306).contains("Unused"), "{}", unused(306));
    assert!(unused(418).contains("April Fools"), "{}", unused(418));
    assert!(
        en.render(&statuses::explain(104).expect("class 1").summary)
            .contains("not assigned")
    );
    assert!(
        en.render(&statuses::explain(102).expect("listed").summary)
            .contains("obsolete")
    );
}

#[test]
fn the_header_list_covers_every_subject_and_both_sides() {
    use headers::{Group, HEADERS, Side};
    let groups = [
        Group::Framing,
        Group::Content,
        Group::Ranges,
        Group::Caching,
        Group::Conditional,
        Group::Cookies,
        Group::Authentication,
        Group::Response,
        Group::Request,
        Group::Cors,
        Group::Security,
        Group::Proxies,
        Group::Connection,
        Group::ClientHints,
        Group::NonStandard,
    ];
    for group in groups {
        assert!(HEADERS.iter().any(|h| h.group == group), "{group:?}");
    }
    for side in [Side::Request, Side::Response, Side::Both] {
        assert!(
            HEADERS.iter().filter(|h| h.side == side).count() >= 10,
            "{side:?}"
        );
    }
    for name in [
        "Content-Length",
        "Transfer-Encoding",
        "Content-Type",
        "Content-Encoding",
        "Cache-Control",
        "Expires",
        "ETag",
        "Last-Modified",
        "Age",
        "Vary",
        "If-None-Match",
        "If-Modified-Since",
        "Cookie",
        "Set-Cookie",
        "Authorization",
        "WWW-Authenticate",
        "Location",
        "Retry-After",
        "Access-Control-Allow-Origin",
        "Strict-Transport-Security",
        "Content-Security-Policy",
        "Via",
        "Forwarded",
        "X-Forwarded-For",
        "Connection",
        "Keep-Alive",
        "Upgrade",
        "Alt-Svc",
        "Accept-CH",
        "Sec-CH-UA",
        "X-Powered-By",
        "Host",
        "User-Agent",
        "Accept",
        "Server",
        "Date",
    ] {
        assert!(headers::find(name).is_some(), "{name}");
    }
}

#[test]
fn unknown_and_x_headers_are_explained_with_their_name() {
    for language in LANGUAGES {
        let i18n = I18n::new(language.code).expect("language");
        for name in ["X-Wirepeek-Test", "Wirepeek-Test"] {
            let entry = headers::explain(name);
            assert_eq!(entry.title, name);
            assert!(i18n.render(&entry.summary).contains(name));
            assert!(i18n.render(&entry.paragraph).contains(name));
        }
    }
}

#[test]
fn the_ports_a_learner_meets_first_have_their_own_entry() {
    for number in [21, 22, 23, 25, 53, 80, 110, 143, 443, 993, 995, 3306, 8080] {
        let entry = crate::learn::ports::explain(number);
        assert_eq!(entry.summary.id, format!("explain-port-{number}"));
    }
    assert!(crate::learn::ports::WELL_KNOWN.len() >= 30);
    let en = I18n::default();
    let range = |n| en.render(&crate::learn::ports::explain(n).summary);
    assert!(range(1000).contains("system port"));
    assert!(range(4000).contains("registered"));
    assert!(range(50000).contains("dynamic"));
    assert!(range(0).contains("reserved"));
}

#[test]
fn questions_find_their_topic_or_say_what_is_known() {
    let id = |topic, subject| explain(topic, subject).map(|e| e.summary.id);
    assert_eq!(id("status", "404"), Ok("explain-status-404".into()));
    assert_eq!(
        id("header", "cache-control"),
        Ok("explain-header-cache-control".into())
    );
    assert_eq!(
        id("header", "Cache-Control: max-age=3600"),
        Ok("explain-header-cache-control".into())
    );
    assert_eq!(id("port", "25"), Ok("explain-port-25".into()));
    assert_eq!(id("error", "timeout"), Ok("explain-error-timeout".into()));
    assert_eq!(
        id("error", "connection refused"),
        Ok("explain-error-connection_refused".into())
    );
    assert_eq!(
        id("error", "unknown_issuer"),
        Ok("explain-error-tls-unknown_issuer".into())
    );
    assert_eq!(id("method", "post"), Ok("explain-method-post".into()));
    assert_eq!(id("url", "query"), Ok("explain-url-query".into()));
    assert_eq!(
        id("tls", "cipher suite"),
        Ok("explain-tls-cipher_suite".into())
    );
    assert_eq!(
        id("note", "bare_lf_head"),
        Ok("explain-note-bare_lf_head".into())
    );
    assert_eq!(id("STATUS", "200"), Ok("explain-status-200".into()));
    assert!(matches!(explain("colour", "red"), Err(NotKnown::Topic(_))));
    assert!(matches!(
        explain("status", "4040"),
        Err(NotKnown::Subject(Topic::Status, _))
    ));
    assert!(matches!(
        explain("status", "700"),
        Err(NotKnown::Subject(Topic::Status, _))
    ));
    assert!(matches!(
        explain("port", "70000"),
        Err(NotKnown::Subject(Topic::Port, _))
    ));
    assert!(matches!(
        explain("method", "FETCH"),
        Err(NotKnown::Subject(Topic::Method, _))
    ));
    for language in LANGUAGES {
        let i18n = I18n::new(language.code).expect("language");
        for question in [
            ("colour", "red"),
            ("status", "abc"),
            ("port", "x"),
            ("method", "FETCH"),
        ] {
            let Err(not_known) = explain(question.0, question.1) else {
                panic!("{question:?} should not be known");
            };
            let message = not_known.message();
            let text = i18n.render(&message);
            assert_eq!(fault(language.code, &text, &message), None, "{text}");
            assert!(lost(&text, &message).is_empty(), "{text}");
            let given = match &not_known {
                NotKnown::Topic(_) => question.0,
                NotKnown::Subject(..) => question.1,
            };
            assert!(text.contains(given), "{text}");
        }
    }
}

/// The words `docs/glossary.md` marks ✗ stay out of the Korean explanations.
#[test]
fn the_korean_explanations_keep_to_the_glossary() {
    let glossary = include_str!("../../../docs/glossary.md");
    let rejected: Vec<&str> = glossary
        .split(['|', ',', '\n'])
        .filter_map(|cell| cell.trim().strip_suffix(" ✗"))
        .collect();
    assert!(
        rejected.contains(&"메소드") && rejected.contains(&"에러"),
        "{rejected:?}"
    );
    let korean = LANGUAGES.iter().find(|l| l.code == "ko").expect("Korean");
    let index = crate::i18n::SUBJECTS
        .iter()
        .position(|s| *s == "explain")
        .expect("subject");
    for line in korean.files[index].lines().filter(|l| !l.starts_with('#')) {
        for word in &rejected {
            assert!(!line.contains(word), "{word} in: {line}");
        }
    }
}

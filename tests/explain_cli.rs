//! `wirepeek --explain TOPIC SUBJECT` from the built binary: the answer on standard output in
//! the language of `--lang` or the OS, and a clear message for what it does not know.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

use std::process::{Command, Output, Stdio};

/// Run wirepeek with `args` under the OS locale `locale` (`C` for plain English).
fn run_in(locale: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wirepeek"))
        .env("LC_ALL", locale)
        .env("LANG", locale)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run wirepeek")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

#[test]
fn each_topic_is_explained_in_english_with_its_standard() {
    for (topic, subject, title, standard) in [
        ("status", "404", "404 Not Found", "RFC 9110, 15.5.5"),
        ("header", "cache-control", "Cache-Control", "RFC 9111, 5.2"),
        (
            "header",
            "Cache-Control: max-age=3600, public",
            "Cache-Control",
            "RFC 9111, 5.2",
        ),
        ("port", "25", "25 (SMTP)", "RFC 5321"),
        ("error", "timeout", "timeout", "RFC 9112, 9.5"),
        ("method", "POST", "POST", "RFC 9110, 9.3.3"),
    ] {
        let output = run_in("C", &["--explain", topic, subject]);
        let out = text(&output.stdout);
        assert!(output.status.success(), "{topic} {subject}: {output:?}");
        assert!(out.starts_with(&format!("{title}\n")), "{out}");
        assert!(out.contains(&format!("Standard: {standard}")), "{out}");
        assert!(output.stderr.is_empty(), "{}", text(&output.stderr));
    }
}

#[test]
fn a_header_with_a_value_explains_the_value_too() {
    let output = run_in(
        "C",
        &["--explain", "header", "Cache-Control: max-age=0, no-store"],
    );
    let out = text(&output.stdout);
    assert!(out.contains("This value:"), "{out}");
    assert!(out.contains("no-store: no cache may keep"), "{out}");
    assert!(out.contains("Verdict: never reused"), "{out}");
    let output = run_in(
        "C",
        &[
            "--lang",
            "ko",
            "--explain",
            "header",
            "Strict-Transport-Security: max-age=31536000; includeSubDomains",
        ],
    );
    let out = text(&output.stdout);
    assert!(
        out.contains("365일") && out.contains("하위 도메인"),
        "{out}"
    );
}

#[test]
fn the_language_comes_from_lang_or_the_os() {
    let output = run_in("C", &["--lang", "ko", "--explain", "status", "404"]);
    let out = text(&output.stdout);
    assert!(out.contains("경로의 오타를 확인하세요"), "{out}");
    let output = run_in("ko_KR.UTF-8", &["--explain", "port", "25"]);
    let out = text(&output.stdout);
    assert!(
        out.contains("메일 서버끼리") && out.contains("표준: RFC 5321"),
        "{out}"
    );
    let output = run_in("ko_KR.UTF-8", &["--lang", "en", "--explain", "port", "25"]);
    assert!(
        text(&output.stdout).contains("mail servers pass mail"),
        "{output:?}"
    );
}

#[test]
fn an_unknown_topic_or_subject_is_said_plainly() {
    let output = run_in("C", &["--explain", "colour", "red"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let err = text(&output.stderr);
    assert!(
        err.starts_with("wirepeek: ") && err.contains("\"colour\""),
        "{err}"
    );
    assert!(err.contains("status, header, method, port, error"), "{err}");
    let output = run_in("C", &["--explain", "status", "4040"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("three digits"), "{output:?}");
    let output = run_in("C", &["--lang", "ko", "--explain", "method", "FETCH"]);
    let err = text(&output.stderr);
    assert!(err.contains("FETCH") && err.contains("설명"), "{err}");
}

#[test]
fn explaining_does_not_mix_with_fetching() {
    let output = run_in("C", &["--explain", "status", "404", "--dump"]);
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
}

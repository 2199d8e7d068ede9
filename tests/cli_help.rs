//! `wirepeek --help` speaks to a learner, with examples, in English or in Korean (from `--lang`
//! or the system's locale), and still lists every option; `--version` is unchanged.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

use std::process::Command;

/// Run wirepeek with `args` under the locale `locale`; its standard output and exit status.
fn wirepeek(locale: &str, args: &[&str]) -> (String, bool) {
    let output = Command::new(env!("CARGO_BIN_EXE_wirepeek"))
        .args(args)
        .env_remove("LANGUAGE")
        .env_remove("LC_MESSAGES")
        .env("LC_ALL", locale)
        .env("LANG", locale)
        .output()
        .expect("wirepeek runs");
    (
        String::from_utf8(output.stdout).expect("UTF-8 help"),
        output.status.success(),
    )
}

const ENGLISH_MARKS: &[&str] = &[
    "Usage: wirepeek",
    "wirepeek http://data.pr4e.org/romeo.txt",
    "wirepeek --explain status 404",
    "In a terminal, without the window:",
    "follow redirects",
];

const KOREAN_MARKS: &[&str] = &[
    "사용법: wirepeek",
    "wirepeek http://data.pr4e.org/romeo.txt",
    "창 없이 터미널에서:",
    "리디렉션 따라가기",
];

#[test]
fn help_is_english_with_examples_under_an_english_locale() {
    for flag in ["--help", "-h"] {
        let (text, ok) = wirepeek("en_US.UTF-8", &[flag]);
        assert!(ok, "{flag}");
        for mark in ENGLISH_MARKS {
            assert!(
                text.contains(mark),
                "{flag}: {mark:?} missing from:\n{text}"
            );
        }
        assert!(!text.contains("사용법"), "{flag}");
    }
}

#[test]
fn help_is_korean_with_lang_ko_in_either_spelling() {
    for args in [["--lang", "ko", "--help"], ["--help", "--lang=ko", "-L"]] {
        let (text, ok) = wirepeek("en_US.UTF-8", &args);
        assert!(ok, "{args:?}");
        for mark in KOREAN_MARKS {
            assert!(
                text.contains(mark),
                "{args:?}: {mark:?} missing from:\n{text}"
            );
        }
        assert!(!text.contains("Usage:"), "{args:?}");
    }
}

#[test]
fn help_is_korean_under_a_korean_locale_unless_lang_says_otherwise() {
    let (text, ok) = wirepeek("ko_KR.UTF-8", &["--help"]);
    assert!(ok);
    for mark in KOREAN_MARKS {
        assert!(text.contains(mark), "{mark:?} missing from:\n{text}");
    }
    let (text, _) = wirepeek("ko_KR.UTF-8", &["--lang", "en", "--help"]);
    assert!(text.contains("Usage: wirepeek"), "{text}");
}

#[test]
fn version_still_answers() {
    let (text, ok) = wirepeek("en_US.UTF-8", &["--version"]);
    assert!(ok);
    assert_eq!(
        text.trim(),
        format!("wirepeek {}", env!("CARGO_PKG_VERSION"))
    );
}

//! `wirepeek --help`, written for a learner: what wirepeek is, how to start it, examples to copy,
//! and every option in plain words, in the language of `--lang` or of the operating system.
//! The text is the catalog's `cli-help`; clap still parses the options and makes `--version`.

use std::ffi::OsString;

use clap::{CommandFactory, FromArgMatches};

use crate::cli::Args;
use crate::i18n::{self, I18n};

/// The language of the help: `--lang X` or `--lang=X` among `args` when wirepeek speaks it,
/// otherwise the operating system's (the help is read before the options are checked).
pub fn help_language(args: &[OsString]) -> I18n {
    let mut wanted = None;
    let mut words = args.iter().map(|arg| arg.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--lang" {
            wanted = words.next().map(std::borrow::Cow::into_owned);
        } else if let Some(code) = word.strip_prefix("--lang=") {
            wanted = Some(code.to_owned());
        }
    }
    wanted
        .and_then(|code| I18n::new(&code))
        .unwrap_or_else(|| I18n::new(i18n::system_language()).unwrap_or_default())
}

/// The whole help text in `i18n`'s language.
pub fn help_text(i18n: I18n) -> String {
    i18n.f("cli-help", &[("version", env!("CARGO_PKG_VERSION"))])
}

/// The command line's parser, with the help in `i18n`'s language.
pub fn command(i18n: I18n) -> clap::Command {
    Args::command().override_help(help_text(i18n))
}

/// Read the program's command line. `--help` prints the learner's help; a mistake is said by
/// clap and ends the program, as does `--version`.
pub fn parse_args() -> Args {
    let args: Vec<OsString> = std::env::args_os().collect();
    let matches = command(help_language(&args)).get_matches_from(args);
    Args::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::LANGUAGES;

    fn words(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_help_names_every_option_in_every_language() {
        let mut command = Args::command();
        command.build();
        for language in LANGUAGES {
            let text = help_text(I18n::new(language.code).expect("language"));
            for arg in command.get_arguments() {
                if let Some(long) = arg.get_long() {
                    assert!(
                        text.contains(&format!("--{long}")),
                        "{}: --{long} is missing from cli-help",
                        language.code
                    );
                }
                if let Some(short) = arg.get_short() {
                    assert!(
                        text.contains(&format!("-{short},")),
                        "{}: -{short} is missing from cli-help",
                        language.code
                    );
                }
            }
        }
    }

    #[test]
    fn lang_picks_the_help_language_in_both_spellings() {
        let korean = I18n::new("ko").expect("Korean");
        assert_eq!(
            help_language(&words(&["wirepeek", "--lang", "ko", "--help"])).code(),
            "ko"
        );
        assert_eq!(
            help_language(&words(&["wirepeek", "--help", "--lang=ko"])).code(),
            "ko"
        );
        assert_eq!(
            help_language(&words(&["wirepeek", "--lang", "en"])).code(),
            "en"
        );
        assert!(help_text(korean).contains("사용법"));
    }

    #[test]
    fn options_still_parse_with_the_learners_help() {
        let matches = command(I18n::default())
            .try_get_matches_from(["wirepeek", "--dump", "-L", "http://127.0.0.1:1/"])
            .expect("parses");
        let args = Args::from_arg_matches(&matches).expect("arguments");
        assert!(args.dump && args.follow);
        assert_eq!(args.url.as_deref(), Some("http://127.0.0.1:1/"));
    }
}

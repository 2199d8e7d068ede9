//! Every word the window shows, in every language it speaks: one file per language.
//!
//! The files (`en.ftl`, `ko.ftl`) use a small subset of Fluent syntax: `key = text`, lines
//! starting with `#` are comments, an indented line continues the previous value on a new line,
//! and `{ $name }` is filled in from an argument. Adding a language is adding a file and one line
//! to [`LANGUAGES`].

mod errors;

use std::collections::HashMap;
use std::sync::OnceLock;

pub use errors::{error_hint, error_message, group_digits, phase_name};

/// One language the window speaks.
#[derive(Clone, Copy, Debug)]
pub struct Language {
    /// The language code stored in settings and given to `--lang` (`en`, `ko`).
    pub code: &'static str,
    /// The language's name in itself, for the language picker.
    pub name: &'static str,
    source: &'static str,
}

/// Every language, English first (it is the fallback for anything missing or unknown).
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        name: "English",
        source: include_str!("en.ftl"),
    },
    Language {
        code: "ko",
        name: "한국어",
        source: include_str!("ko.ftl"),
    },
];

/// A parsed language file: key -> text.
pub type Catalog = HashMap<&'static str, String>;

/// Read a language file. Returns the catalogue, or the first line that is not understood.
pub fn parse(source: &'static str) -> Result<Catalog, String> {
    let mut catalog = Catalog::new();
    let mut last_key: Option<&'static str> = None;
    for (number, line) in source.lines().enumerate() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if line.starts_with(' ') {
            let Some(key) = last_key else {
                return Err(format!("line {}: continuation without a key", number + 1));
            };
            if let Some(text) = catalog.get_mut(key) {
                if !text.is_empty() {
                    text.push('\n');
                }
                text.push_str(line.trim());
            }
            continue;
        }
        let Some((key, text)) = line.split_once('=') else {
            return Err(format!("line {}: expected `key = text`", number + 1));
        };
        let key = key.trim();
        if key.is_empty() || catalog.contains_key(key) {
            return Err(format!(
                "line {}: empty or repeated key {key:?}",
                number + 1
            ));
        }
        catalog.insert(key, text.trim().to_owned());
        last_key = Some(key);
    }
    Ok(catalog)
}

fn catalogs() -> &'static Vec<Catalog> {
    static CATALOGS: OnceLock<Vec<Catalog>> = OnceLock::new();
    // A broken file is caught by the tests; at run time it only loses its strings.
    CATALOGS.get_or_init(|| {
        LANGUAGES
            .iter()
            .map(|l| parse(l.source).unwrap_or_default())
            .collect()
    })
}

/// The language code for an OS locale such as `ko-KR` or `ko_KR.UTF-8`; unknown ones give `en`.
pub fn code_for_locale(locale: &str) -> &'static str {
    let primary = locale
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|l| l.code == primary)
        .map_or("en", |l| l.code)
}

/// The language of the operating system, or English.
pub fn system_language() -> &'static str {
    sys_locale::get_locale().map_or("en", |locale| code_for_locale(&locale))
}

/// The words of one language, with English behind it for anything missing (default: English).
#[derive(Clone, Copy, Debug, Default)]
pub struct I18n {
    index: usize,
}

impl I18n {
    /// The language with this code, if the window speaks it.
    pub fn new(code: &str) -> Option<Self> {
        LANGUAGES
            .iter()
            .position(|l| l.code == code)
            .map(|index| Self { index })
    }

    /// The code of this language (`en`, `ko`).
    pub fn code(self) -> &'static str {
        LANGUAGES.get(self.index).map_or("en", |l| l.code)
    }

    /// The text for `key`; the English text when this language lacks it; the key itself if
    /// neither has it (so a mistake shows up on screen instead of as an empty label).
    pub fn t(self, key: &str) -> &'static str {
        let catalogs = catalogs();
        catalogs
            .get(self.index)
            .and_then(|c| c.get(key))
            .or_else(|| catalogs.first().and_then(|c| c.get(key)))
            .map_or_else(|| leak_key(key), String::as_str)
    }

    /// The text for `key` with each `{ $name }` replaced by its value from `args`.
    pub fn f(self, key: &str, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }
}

fn leak_key(key: &str) -> &'static str {
    // Only reached for a key that is in no language file: a programming mistake the tests catch.
    static MISSING: OnceLock<std::sync::Mutex<HashMap<String, &'static str>>> = OnceLock::new();
    let map = MISSING.get_or_init(Default::default);
    let Ok(mut map) = map.lock() else {
        return "?";
    };
    map.entry(key.to_owned())
        .or_insert_with(|| Box::leak(key.to_owned().into_boxed_str()))
}

/// Replace `{ $name }` (spaces optional) in `text` with the values in `args`.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = after[..close].trim().trim_start_matches('$');
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The placeholder names used in a text, sorted.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut names: Vec<String> = text
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}'))
        .map(|(name, _)| name.trim().trim_start_matches('$').to_owned())
        .collect();
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_parses() {
        for language in LANGUAGES {
            if let Err(e) = parse(language.source) {
                panic!("{}.ftl: {e}", language.code);
            }
        }
    }

    #[test]
    fn every_language_has_exactly_the_keys_of_english() {
        let english = parse(LANGUAGES[0].source).expect("en.ftl parses");
        for language in &LANGUAGES[1..] {
            let other = parse(language.source).expect("language file parses");
            let mut missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
            let mut extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
            missing.sort();
            extra.sort();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}.ftl: missing {missing:?}, not in English {extra:?}",
                language.code
            );
        }
    }

    #[test]
    fn translations_use_the_same_placeholders() {
        let english = parse(LANGUAGES[0].source).expect("en.ftl parses");
        for language in &LANGUAGES[1..] {
            let other = parse(language.source).expect("language file parses");
            for (key, text) in &english {
                if let Some(translated) = other.get(key) {
                    assert_eq!(
                        placeholders(text),
                        placeholders(translated),
                        "{}.ftl, key {key}",
                        language.code
                    );
                }
            }
        }
    }

    #[test]
    fn the_key_check_notices_a_missing_key() {
        let a = parse("one = 1\ntwo = 2\n").expect("parses");
        let b = parse("one = 하나\n").expect("parses");
        assert!(a.keys().any(|k| !b.contains_key(k)));
    }

    #[test]
    fn parse_handles_comments_continuations_and_errors() {
        let c = parse("# note\nkey = first\n  second\n\nother = x = y\n").expect("parses");
        assert_eq!(c["key"], "first\nsecond");
        assert_eq!(c["other"], "x = y");
        assert!(parse("no equals sign\n").is_err());
        assert!(parse("a = 1\na = 2\n").is_err());
    }

    #[test]
    fn fill_replaces_named_arguments() {
        assert_eq!(
            fill("{ $a } and {$b}, { $c }", &[("a", "1"), ("b", "2")]),
            "1 and 2, { $c }"
        );
        assert_eq!(placeholders("{ $x } { $y } {$x}"), vec!["x", "y"]);
    }

    #[test]
    fn locales_map_to_languages() {
        assert_eq!(code_for_locale("ko-KR"), "ko");
        assert_eq!(code_for_locale("ko_KR.UTF-8"), "ko");
        assert_eq!(code_for_locale("en-US"), "en");
        assert_eq!(code_for_locale("fr-FR"), "en");
        assert_eq!(code_for_locale(""), "en");
    }

    #[test]
    fn lookup_falls_back_to_english_then_to_the_key() {
        let ko = I18n::new("ko").expect("Korean exists");
        assert_ne!(ko.t("fetch"), I18n::default().t("fetch"));
        assert_eq!(ko.t("no-such-key-anywhere"), "no-such-key-anywhere");
        assert!(I18n::new("xx").is_none());
    }
}

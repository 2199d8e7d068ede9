//! The catalog: every sentence wirepeek says, in every language it speaks, as Fluent files.
//!
//! One language is a folder of files, one per subject (`en/ui.ftl`, `en/errors.ftl`,
//! `en/notes.ftl`, `en/cli.ftl`, `en/explain.ftl`, and `terms.ftl` for the glossary), read with the Fluent crates
//! (`fluent-bundle`): `key = text`, `{ $name }` arguments, selects on an argument, `.attributes`.
//! `crate::learn` says *which* message and with what data ([`Message`]); [`I18n::render`] says it.
//! Adding a subject is a file per language plus a line in [`SUBJECTS`]; adding a language is a
//! folder plus one entry in [`LANGUAGES`].

mod errors;
mod format;
mod notes;

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::learn::{Arg, Message, phase_id};
use crate::wire::Phase;

pub use errors::{error_hint, error_kind_name, error_message, verification_text};
pub use format::{EXACT_BELOW, bytes, duration, group_digits, rate, seconds};
pub use notes::note_message;

/// The subjects every language has, in the order they are loaded.
pub const SUBJECTS: &[&str] = &[
    "terms", "ui", "errors", "notes", "cli", "explain", "story", "lessons", "quiz", "replay",
    "page",
];

/// One language wirepeek speaks.
#[derive(Clone, Copy, Debug)]
pub struct Language {
    /// The language code stored in settings and given to `--lang` (`en`, `ko`).
    pub code: &'static str,
    /// The language's name in itself, for the language picker.
    pub name: &'static str,
    /// The text of each subject file, in the order of [`SUBJECTS`].
    pub files: [&'static str; 11],
}

/// Every language, English first (it is the fallback for anything missing or unknown).
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        name: "English",
        files: [
            include_str!("en/terms.ftl"),
            include_str!("en/ui.ftl"),
            include_str!("en/errors.ftl"),
            include_str!("en/notes.ftl"),
            include_str!("en/cli.ftl"),
            include_str!("en/explain.ftl"),
            include_str!("en/story.ftl"),
            include_str!("en/lessons.ftl"),
            include_str!("en/quiz.ftl"),
            include_str!("en/replay.ftl"),
            include_str!("en/page.ftl"),
        ],
    },
    Language {
        code: "ko",
        name: "한국어",
        files: [
            include_str!("ko/terms.ftl"),
            include_str!("ko/ui.ftl"),
            include_str!("ko/errors.ftl"),
            include_str!("ko/notes.ftl"),
            include_str!("ko/cli.ftl"),
            include_str!("ko/explain.ftl"),
            include_str!("ko/story.ftl"),
            include_str!("ko/lessons.ftl"),
            include_str!("ko/quiz.ftl"),
            include_str!("ko/replay.ftl"),
            include_str!("ko/page.ftl"),
        ],
    },
];

/// One language, loaded: the Fluent bundle of all its files, and every message without arguments
/// already formatted (labels are drawn every frame, so they are looked up, not formatted, each time).
struct Catalog {
    bundle: FluentBundle<FluentResource>,
    plain: HashMap<String, String>,
}

/// Read a language file into a Fluent resource, or say which entries it could not read.
pub fn parse(source: &str) -> Result<FluentResource, String> {
    FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| format!("{e:?}"))
            .collect::<Vec<_>>()
            .join("; ")
    })
}

/// The message ids in a resource, in file order.
pub fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

impl Catalog {
    fn load(language: &Language) -> Self {
        let id: LanguageIdentifier = language.code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Fluent wraps arguments in Unicode isolation marks by default; egui's fonts have no
        // glyph for them, and our texts mix no right-to-left scripts.
        bundle.set_use_isolating(false);
        let mut ids = Vec::new();
        for source in language.files {
            // A broken file is caught by the tests; at run time it only loses its strings.
            let resource = parse(source).unwrap_or_else(|_| {
                FluentResource::try_new(String::new()).unwrap_or_else(|(resource, _)| resource)
            });
            ids.extend(message_ids(&resource));
            // Repeated ids are an error in the tests too; here the first one stays.
            let _ = bundle.add_resource(resource);
        }
        let mut catalog = Self {
            bundle,
            plain: HashMap::new(),
        };
        for id in ids {
            if let Some(text) = catalog.format(&id, None) {
                catalog.plain.insert(id, text);
            }
        }
        catalog
    }

    fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }

    fn attribute(&self, key: &str, attribute: &str) -> Option<String> {
        let message = self.bundle.get_message(key)?;
        let pattern = message.get_attribute(attribute)?.value();
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned(),
        )
    }
}

fn catalogs() -> &'static [Catalog] {
    static CATALOGS: OnceLock<Vec<Catalog>> = OnceLock::new();
    CATALOGS.get_or_init(|| LANGUAGES.iter().map(Catalog::load).collect())
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
            .and_then(|c| c.plain.get(key))
            .or_else(|| catalogs.first().and_then(|c| c.plain.get(key)))
            .map_or_else(|| leak_key(key), String::as_str)
    }

    /// The text for `key` with each `{ $name }` filled in from `args`.
    pub fn f(self, key: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, plural_ready(value));
        }
        let catalogs = catalogs();
        catalogs
            .get(self.index)
            .and_then(|c| c.format(key, Some(&fluent_args)))
            .or_else(|| {
                catalogs
                    .first()
                    .and_then(|c| c.format(key, Some(&fluent_args)))
            })
            .unwrap_or_else(|| key.to_owned())
    }

    /// A message of `crate::learn` in this language, every argument formatted the one way.
    pub fn render(self, message: &Message) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, arg) in &message.args {
            let value = match arg {
                Arg::Count(n) => count_value(*n),
                _ => FluentValue::from(self.argument(arg)),
            };
            fluent_args.set(*name, value);
        }
        let catalogs = catalogs();
        catalogs
            .get(self.index)
            .and_then(|c| c.format(&message.id, Some(&fluent_args)))
            .or_else(|| {
                catalogs
                    .first()
                    .and_then(|c| c.format(&message.id, Some(&fluent_args)))
            })
            .unwrap_or_else(|| message.id.clone())
    }

    /// The name of a phase as a label while a fetch runs ("Connecting…").
    pub fn phase_label(self, phase: Phase) -> &'static str {
        self.t(phase_id(phase))
    }

    /// The name of a phase inside a sentence ("while connecting").
    pub fn phase_doing(self, phase: Phase) -> String {
        let id = phase_id(phase);
        let catalogs = catalogs();
        catalogs
            .get(self.index)
            .and_then(|c| c.attribute(id, "doing"))
            .or_else(|| catalogs.first().and_then(|c| c.attribute(id, "doing")))
            .unwrap_or_else(|| id.to_owned())
    }

    fn argument(self, arg: &Arg) -> String {
        match arg {
            Arg::Text(text) => text.clone(),
            Arg::Choice(value) => (*value).to_owned(),
            Arg::Count(n) => group_digits(*n),
            Arg::Bytes(n) => bytes(*n),
            Arg::Seconds(limit) => seconds(*limit),
            Arg::Phase(phase) => self.phase_doing(*phase),
            Arg::Duration(elapsed) => duration(*elapsed),
            Arg::Message(inner) => self.render(inner),
        }
    }
}

/// A count as Fluent needs it to pick a plural form (`[one]`, `*[other]`): a number. Counts of
/// 1,000 and more stay text so they keep their digit grouping; they are `other` in every
/// language we have.
fn count_value(n: u64) -> FluentValue<'static> {
    if n < 1000 {
        FluentValue::from(n)
    } else {
        FluentValue::from(group_digits(n))
    }
}

/// An argument given as text: a plain whole number (no sign, no leading zero) becomes a number,
/// so `{ $count -> [one] ... }` chooses right; anything else stays text.
fn plural_ready(value: &str) -> FluentValue<'static> {
    let plain = !value.is_empty()
        && value.bytes().all(|b| b.is_ascii_digit())
        && (value == "0" || !value.starts_with('0'));
    match value.parse::<u64>() {
        Ok(n) if plain => count_value(n),
        _ => FluentValue::from(value.to_owned()),
    }
}

/// The name of a phase as shown while a fetch runs ("Connecting…").
pub fn phase_name(i18n: I18n, phase: Phase) -> &'static str {
    i18n.phase_label(phase)
}

/// A message in English: for `--json`, whose words stay English so its schema stays stable.
pub fn english(message: &Message) -> String {
    I18n::default().render(message)
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

/// The `{ $variables }` a message of a resource uses, in its value, its selects and its
/// attributes, sorted (for checking translations).
pub fn variables(resource: &FluentResource, key: &str) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let mut names = Vec::new();
    for entry in resource.entries() {
        let Entry::Message(message) = entry else {
            continue;
        };
        if message.id.name != key {
            continue;
        }
        if let Some(value) = &message.value {
            pattern_variables(value, &mut names);
        }
        for attribute in &message.attributes {
            pattern_variables(&attribute.value, &mut names);
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The first run of three or more English words in `text`: a sentence left untranslated (for
/// checking that Korean output holds none). Protocol tokens (`handshake_failure`), addresses,
/// flags and header names are not words, so they break a run.
pub fn english_run(text: &str) -> Option<String> {
    let mut run: Vec<&str> = Vec::new();
    for token in text.split_whitespace() {
        let word = token.trim_matches(|c: char| c.is_ascii_punctuation());
        if !word.is_empty() && word.chars().all(|c| c.is_ascii_alphabetic()) {
            run.push(word);
            if run.len() >= 3 {
                return Some(run.join(" "));
            }
        } else {
            run.clear();
        }
    }
    None
}

fn pattern_variables(pattern: &fluent_syntax::ast::Pattern<&str>, names: &mut Vec<String>) {
    use fluent_syntax::ast::PatternElement;
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, names);
        }
    }
}

fn expression_variables(
    expression: &fluent_syntax::ast::Expression<&str>,
    names: &mut Vec<String>,
) {
    use fluent_syntax::ast::{Expression, InlineExpression};
    let inline_variables = |inline: &InlineExpression<&str>, names: &mut Vec<String>| match inline {
        InlineExpression::VariableReference { id } => names.push(id.name.to_owned()),
        InlineExpression::Placeable { expression } => expression_variables(expression, names),
        _ => {}
    };
    match expression {
        Expression::Inline(inline) => inline_variables(inline, names),
        Expression::Select { selector, variants } => {
            inline_variables(selector, names);
            for variant in variants {
                pattern_variables(&variant.value, names);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every subject file of every language, parsed: (language, subject, resource).
    fn resources() -> Vec<(&'static str, &'static str, FluentResource)> {
        let mut all = Vec::new();
        for language in LANGUAGES {
            for (subject, source) in SUBJECTS.iter().zip(language.files) {
                match parse(source) {
                    Ok(resource) => all.push((language.code, *subject, resource)),
                    Err(e) => panic!("{}/{subject}.ftl does not parse: {e}", language.code),
                }
            }
        }
        all
    }

    /// The English file of `subject`.
    fn english(subject: &str) -> FluentResource {
        let Some(index) = SUBJECTS.iter().position(|s| *s == subject) else {
            panic!("no subject {subject}");
        };
        parse(LANGUAGES[0].files[index]).expect("English parses")
    }

    #[test]
    fn no_language_repeats_a_key_in_or_across_its_files() {
        for language in LANGUAGES {
            let mut ids: Vec<String> = resources()
                .into_iter()
                .filter(|(code, _, _)| *code == language.code)
                .flat_map(|(_, _, resource)| message_ids(&resource))
                .collect();
            let count = ids.len();
            ids.sort();
            ids.dedup();
            assert_eq!(count, ids.len(), "{} repeats a key", language.code);
        }
    }

    #[test]
    fn every_language_has_exactly_the_keys_of_english_per_subject() {
        for (code, subject, resource) in resources() {
            let english = message_ids(&english(subject));
            let other = message_ids(&resource);
            let missing: Vec<_> = english.iter().filter(|k| !other.contains(k)).collect();
            let extra: Vec<_> = other.iter().filter(|k| !english.contains(k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{code}/{subject}.ftl: missing {missing:?}, not in English {extra:?}"
            );
        }
    }

    #[test]
    fn translations_use_the_same_arguments() {
        for (code, subject, resource) in resources() {
            let english = english(subject);
            for key in message_ids(&english) {
                assert_eq!(
                    variables(&english, &key),
                    variables(&resource, &key),
                    "{code}/{subject}.ftl, key {key}"
                );
            }
        }
    }

    #[test]
    fn every_file_loads_into_one_bundle_per_language() {
        for language in LANGUAGES {
            let id: LanguageIdentifier = language.code.parse().expect("language id");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            for (subject, source) in SUBJECTS.iter().zip(language.files) {
                let resource = parse(source).expect("parses");
                assert!(
                    bundle.add_resource(resource).is_ok(),
                    "{}/{subject}.ftl repeats an entry of an earlier file",
                    language.code
                );
            }
        }
    }

    #[test]
    fn variables_are_found_inside_selects_and_attributes() {
        let resource = parse("k = { $a ->\n    [x] { $b }\n   *[y] z\n  }\n    .doing = { $c }\n")
            .expect("parses");
        assert_eq!(variables(&resource, "k"), vec!["a", "b", "c"]);
    }

    #[test]
    fn every_phase_has_a_label_and_sentence_words() {
        for language in LANGUAGES {
            let i18n = I18n::new(language.code).expect("language");
            for phase in Phase::ALL {
                let label = i18n.phase_label(phase);
                let doing = i18n.phase_doing(phase);
                assert!(!label.starts_with("phase-"), "{}: {label}", language.code);
                assert!(!doing.starts_with("phase-"), "{}: {doing}", language.code);
                assert_ne!(label, doing, "{}", language.code);
            }
        }
    }

    #[test]
    fn the_key_check_notices_a_missing_key() {
        let a = parse("one = 1\ntwo = 2\n").expect("parses");
        let b = parse("one = 하나\n").expect("parses");
        let missing: Vec<_> = message_ids(&a)
            .into_iter()
            .filter(|k| !message_ids(&b).contains(k))
            .collect();
        assert_eq!(missing, vec!["two".to_owned()]);
        assert!(parse("no equals sign\n").is_err());
    }

    #[test]
    fn counts_choose_the_plural_form() {
        let en = I18n::default();
        assert_eq!(
            en.f("status-redirects", &[("count", "1")]),
            "after one redirect"
        );
        assert_eq!(
            en.f("status-redirects", &[("count", "3")]),
            "after 3 redirects"
        );
        assert_eq!(
            en.f("settings-ca-read", &[("count", "1")]),
            "1 certificate read"
        );
        assert_eq!(
            en.f("settings-ca-read", &[("count", "0")]),
            "0 certificates read"
        );
        assert_eq!(plural_ready("0123"), FluentValue::from("0123"));
        assert_eq!(plural_ready("1,234"), FluentValue::from("1,234"));
        let ko = I18n::new("ko").unwrap();
        assert_eq!(
            ko.f("status-redirects", &[("count", "3")]),
            "리디렉션 3번 후"
        );
        for file in LANGUAGES.iter().flat_map(|language| language.files) {
            assert!(
                !file.contains("(s)"),
                "a plural written as (s) in the catalog"
            );
        }
    }

    /// Phrases a Korean reader found stiff, foreign or wrong (KOREAN.md, section 3), and the
    /// glossary's rejected words: none may come back.
    #[test]
    fn the_korean_catalog_keeps_clear_of_phrases_a_reader_rejected() {
        const REJECTED: &[&str] = &[
            "침묵",
            "주소마다",
            "듣고 있는",
            "서버를 켜",
            "wirepeek는",
            "wirepeek가",
            "wirepeek를",
            "wirepeek로",
            "와이어",
            "에러",
            "해 볼 것",
            "레슨",
            "정리",
            "(으)",
            "(이)",
            "은(는)",
            "이(가)",
            "을(를)",
            "불완전",
            "빙빙",
            "빈 자리",
            "시작 전 중에",
        ];
        let korean = LANGUAGES.iter().find(|l| l.code == "ko").unwrap();
        for file in korean.files {
            for line in file.lines().filter(|line| !line.starts_with('#')) {
                for phrase in REJECTED {
                    assert!(!line.contains(phrase), "{phrase:?} in: {line}");
                }
            }
        }
    }

    #[test]
    fn arguments_are_filled_in_without_isolation_marks() {
        let en = I18n::default();
        let text = en.f("internal-error", &[("detail", "boom")]);
        assert!(text.ends_with("boom"), "{text:?}");
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{text:?}"
        );
        assert_eq!(
            variables(&parse("k = { $a } and { $b }\n").expect("parses"), "k"),
            vec!["a", "b"]
        );
    }

    #[test]
    fn continuation_lines_stay_on_their_own_line() {
        let resource = parse("key = first\n  second\n").expect("parses");
        let id: LanguageIdentifier = "en".parse().expect("language id");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.add_resource(resource).expect("adds");
        let pattern = bundle
            .get_message("key")
            .and_then(|m| m.value())
            .expect("value");
        let text = bundle.format_pattern(pattern, None, &mut Vec::new());
        assert_eq!(text, "first\nsecond");
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
        assert_eq!(ko.f("no-such-key-anywhere", &[]), "no-such-key-anywhere");
        assert!(I18n::new("xx").is_none());
    }
}

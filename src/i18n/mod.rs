//! Every word the window shows, in every language it speaks: one Fluent file per language.
//!
//! `en.ftl` and `ko.ftl` are read with the Fluent crates (`fluent-bundle`): `key = text`,
//! `{ $name }` arguments, `#` comments, indented continuation lines. Adding a language is adding
//! a file and one line to [`LANGUAGES`].

mod errors;
mod notes;

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub use errors::{error_hint, error_message, group_digits, phase_name};
pub use notes::note_message;

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

/// One language file, loaded: the Fluent bundle, and every message without arguments already
/// formatted (labels are drawn every frame, so they are looked up, not formatted, each time).
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
        // A broken file is caught by the tests; at run time it only loses its strings.
        let resource = parse(language.source).unwrap_or_else(|_| {
            FluentResource::try_new(String::new()).unwrap_or_else(|(resource, _)| resource)
        });
        let ids = message_ids(&resource);
        // Repeated ids are an error in the tests too; here the first one stays.
        let _ = bundle.add_resource(resource);
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
            fluent_args.set(*name, *value);
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

/// The `{ $variables }` a message of a resource uses, sorted (for checking translations).
pub fn variables(resource: &FluentResource, key: &str) -> Vec<String> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
    let mut names = Vec::new();
    for entry in resource.entries() {
        let Entry::Message(message) = entry else {
            continue;
        };
        if message.id.name != key {
            continue;
        }
        for element in message.value.iter().flat_map(|p| p.elements.iter()) {
            if let PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } = element
            {
                names.push(id.name.to_owned());
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resources() -> Vec<(&'static str, FluentResource)> {
        LANGUAGES
            .iter()
            .map(|l| match parse(l.source) {
                Ok(resource) => (l.code, resource),
                Err(e) => panic!("{}.ftl does not parse: {e}", l.code),
            })
            .collect()
    }

    #[test]
    fn every_language_file_parses_without_repeated_keys() {
        for (code, resource) in resources() {
            let ids = message_ids(&resource);
            let mut unique = ids.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(ids.len(), unique.len(), "{code}.ftl repeats a key");
        }
    }

    #[test]
    fn every_language_has_exactly_the_keys_of_english() {
        let resources = resources();
        let english = message_ids(&resources[0].1);
        for (code, resource) in &resources[1..] {
            let other = message_ids(resource);
            let missing: Vec<_> = english.iter().filter(|k| !other.contains(k)).collect();
            let extra: Vec<_> = other.iter().filter(|k| !english.contains(k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{code}.ftl: missing {missing:?}, not in English {extra:?}"
            );
        }
    }

    #[test]
    fn translations_use_the_same_arguments() {
        let resources = resources();
        let english = &resources[0].1;
        for (code, resource) in &resources[1..] {
            for key in message_ids(english) {
                assert_eq!(
                    variables(english, &key),
                    variables(resource, &key),
                    "{code}.ftl, key {key}"
                );
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

//! What there is to know about HTTP, as data: statuses, header fields, methods, ports, the parts
//! of a URL, TLS words, and what happened underneath each error and engine note.
//!
//! Every entry is a title (a name, the same in every language), a one-line summary and a
//! paragraph (catalog messages in `explain.ftl`), and the standard it comes from ("RFC 9110,
//! 15.5.5"). Nothing here is a sentence: `crate::i18n` renders the messages.

pub mod headers;
pub mod http_date;
pub mod methods;
pub mod services;
pub mod statuses;
pub mod underneath;
pub mod values;
pub mod words;

#[cfg(test)]
mod coverage;

use super::Message;

/// One thing explained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// What is explained, as it is written on the wire or in a list: `404 Not Found`,
    /// `Cache-Control`, `25 (SMTP)`. The same in every language.
    pub title: String,
    /// The one-line summary (shown on hover).
    pub summary: Message,
    /// The paragraph that says more.
    pub paragraph: Message,
    /// The standard it comes from, e.g. `RFC 9110, 15.5.5`; empty when none defines it.
    pub standard: &'static str,
}

impl Explanation {
    /// The explanation whose messages are `ID` (summary) and `ID-more` (paragraph).
    pub fn from_id(title: impl Into<String>, id: &str, standard: &'static str) -> Self {
        Self {
            title: title.into(),
            summary: Message::new(id),
            paragraph: Message::new(format!("{id}-more")),
            standard,
        }
    }

    /// The same explanation with one more text argument on both of its messages.
    #[must_use]
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        let value = value.into();
        self.summary = self.summary.text(name, value.clone());
        self.paragraph = self.paragraph.text(name, value);
        self
    }

    /// The same explanation with a value both of its messages choose their words on.
    #[must_use]
    pub fn choice(mut self, name: &'static str, value: &'static str) -> Self {
        self.summary = self.summary.choice(name, value);
        self.paragraph = self.paragraph.choice(name, value);
        self
    }
}

/// What can be asked about, as typed after `--explain`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// A status code: `404`.
    Status,
    /// A header field: `cache-control`.
    Header,
    /// A method: `POST`.
    Method,
    /// A TCP port: `25`.
    Port,
    /// An error kind: `timeout`, `connection_refused`, or a TLS problem: `unknown_issuer`.
    Error,
    /// An engine note: `bare_lf_head`.
    Note,
    /// A part of a URL: `query`.
    Url,
    /// A TLS word: `cipher_suite`.
    Tls,
}

/// Every topic, in the order a help text lists them.
pub const TOPICS: &[Topic] = &[
    Topic::Status,
    Topic::Header,
    Topic::Method,
    Topic::Port,
    Topic::Error,
    Topic::Note,
    Topic::Url,
    Topic::Tls,
];

impl Topic {
    /// The word typed for this topic.
    pub fn key(self) -> &'static str {
        match self {
            Topic::Status => "status",
            Topic::Header => "header",
            Topic::Method => "method",
            Topic::Port => "port",
            Topic::Error => "error",
            Topic::Note => "note",
            Topic::Url => "url",
            Topic::Tls => "tls",
        }
    }

    /// The topic typed as `word` (any case), if there is one.
    pub fn parse(word: &str) -> Option<Topic> {
        let word = word.trim().to_ascii_lowercase();
        TOPICS.iter().copied().find(|t| t.key() == word)
    }
}

/// Why a question has no explanation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotKnown {
    /// The topic word is not one of [`TOPICS`].
    Topic(String),
    /// The topic is known, but not this subject (a method or error kind not in the list, a
    /// status that is not three digits, a port that is not a number from 0 to 65535).
    Subject(Topic, String),
}

impl NotKnown {
    /// The message that says so, listing what could be asked instead.
    pub fn message(&self) -> Message {
        match self {
            NotKnown::Topic(given) => Message::new("explain-unknown-topic")
                .text("given", given.clone())
                .text("topics", topic_list()),
            NotKnown::Subject(topic, given) => Message::new("explain-unknown-subject")
                .choice("topic", topic.key())
                .text("given", given.clone())
                .text("known", known_subjects(*topic)),
        }
    }
}

fn topic_list() -> String {
    TOPICS
        .iter()
        .map(|t| t.key())
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a learner may type after a topic, as a short list for the "not known" message.
fn known_subjects(topic: Topic) -> String {
    match topic {
        Topic::Status => "100-599".to_owned(),
        Topic::Header => "Content-Type, Cache-Control, ...".to_owned(),
        Topic::Method => methods::METHODS
            .iter()
            .map(|m| m.name)
            .collect::<Vec<_>>()
            .join(", "),
        Topic::Port => "0-65535".to_owned(),
        Topic::Error => underneath::ERROR_KINDS
            .iter()
            .chain(underneath::TLS_KINDS)
            .map(|e| e.kind)
            .collect::<Vec<_>>()
            .join(", "),
        Topic::Note => underneath::NOTE_KINDS
            .iter()
            .map(|e| e.kind)
            .collect::<Vec<_>>()
            .join(", "),
        Topic::Url => words::URL_PARTS
            .iter()
            .map(|w| w.key)
            .collect::<Vec<_>>()
            .join(", "),
        Topic::Tls => words::TLS_WORDS
            .iter()
            .map(|w| w.key)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The explanation of `subject` under `topic` (`status` `404`, `header` `cache-control`).
pub fn explain(topic: &str, subject: &str) -> Result<Explanation, NotKnown> {
    let topic = Topic::parse(topic).ok_or_else(|| NotKnown::Topic(topic.to_owned()))?;
    let subject = subject.trim();
    let not_known = || NotKnown::Subject(topic, subject.to_owned());
    match topic {
        Topic::Status => {
            let code = subject
                .split_whitespace()
                .next()
                .filter(|c| c.len() == 3)
                .and_then(|c| c.parse::<u16>().ok())
                .ok_or_else(not_known)?;
            statuses::explain(code).ok_or_else(not_known)
        }
        Topic::Header => {
            // `Name: value` explains the name here; the value rules look at the rest.
            let name = subject.split(':').next().unwrap_or_default().trim();
            if name.is_empty() {
                return Err(not_known());
            }
            Ok(headers::explain(name))
        }
        Topic::Method => methods::explain(subject).ok_or_else(not_known),
        Topic::Port => subject
            .parse::<u16>()
            .map(super::ports::explain)
            .map_err(|_| not_known()),
        Topic::Error => underneath::explain_error(subject).ok_or_else(not_known),
        Topic::Note => underneath::explain_note(subject).ok_or_else(not_known),
        Topic::Url => words::explain_url_part(subject).ok_or_else(not_known),
        Topic::Tls => words::explain_tls_word(subject).ok_or_else(not_known),
    }
}

/// Every explanation there is, for coverage tests and for listing: all statuses 100-599 (the
/// unassigned ones share a message), every header in the list, every method, every well-known
/// port, every URL part and TLS word, every error kind and note.
pub fn everything() -> Vec<Explanation> {
    let mut all: Vec<Explanation> = (100..=599).filter_map(statuses::explain).collect();
    all.extend(headers::HEADERS.iter().map(headers::Header::explanation));
    all.push(headers::explain("X-Something-Custom"));
    all.push(headers::explain("Something-Unheard-Of"));
    all.extend(methods::METHODS.iter().map(methods::Method::explanation));
    all.extend(
        super::ports::WELL_KNOWN
            .iter()
            .map(|p| super::ports::explain(p.number)),
    );
    for number in [0, 1000, 4000, 50000] {
        all.push(super::ports::explain(number));
    }
    all.extend(words::URL_PARTS.iter().map(words::Word::url_explanation));
    all.extend(words::TLS_WORDS.iter().map(words::Word::tls_explanation));
    all.extend(
        underneath::ERROR_KINDS
            .iter()
            .chain(underneath::TLS_KINDS)
            .map(underneath::Underneath::error_explanation),
    );
    all.extend(
        underneath::NOTE_KINDS
            .iter()
            .map(underneath::Underneath::note_explanation),
    );
    all
}

//! What the engine's outcomes mean, as data: message ids plus typed arguments, never sentences.
//!
//! `wire` says what happened; this layer picks the message that explains it; `crate::i18n`
//! renders the message in the reader's language. `explain` holds what there is to know about
//! statuses, headers, methods, ports, URL parts, TLS words, errors and notes.

pub mod errors;
pub mod explain;
pub mod files;
pub mod notes;
mod phases;
pub mod ports;
pub mod quiz;
pub mod story;

#[cfg(test)]
mod every_case;

use std::time::Duration;

use crate::wire::Phase;

pub use errors::{error_hint, error_kind_name, error_message, trusted_by, verification};
pub use notes::note;
pub use phases::{measures_id, phase_id};

/// Where a message is read: hints name the window's Settings or the command line's flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Surface {
    /// The desktop window.
    Window,
    /// The command line (`--dump`, `--json`).
    Cli,
}

impl Surface {
    /// The value Fluent selects on (`$surface`).
    pub fn key(self) -> &'static str {
        match self {
            Surface::Window => "window",
            Surface::Cli => "cli",
        }
    }
}

/// One message of the catalog, with the data it is filled in with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The Fluent message id, e.g. `error-connection_refused`.
    pub id: String,
    /// The arguments by name, e.g. `address`.
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument of a message, typed so that every surface formats it the same way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as it is (a host name, an escaped line).
    Text(String),
    /// A value Fluent selects on (`$surface`, `$framing`), never shown itself.
    Choice(&'static str),
    /// A count, written with digit grouping (`1,000`).
    Count(u64),
    /// A size, written by the one size formatter (`256 KiB`).
    Bytes(u64),
    /// A time limit, written in seconds (`0.5 s` is `0.5`).
    Seconds(Duration),
    /// A phase of the fetch, named as it reads inside a sentence.
    Phase(Phase),
    /// How long something took, written by the one duration formatter (`84 ms`).
    Duration(Duration),
    /// Another message, rendered first (e.g. the TLS problem inside the TLS error).
    Message(Box<Message>),
}

impl Message {
    /// Every text argument, also inside nested messages (tests check no value is lost).
    #[cfg(test)]
    pub(crate) fn text_args(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (_, arg) in &self.args {
            match arg {
                Arg::Text(text) => out.push(text.clone()),
                Arg::Message(inner) => out.extend(inner.text_args()),
                _ => {}
            }
        }
        out
    }

    /// A message with no arguments yet.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// The same message with one more argument.
    #[must_use]
    pub fn with(mut self, name: &'static str, arg: Arg) -> Self {
        self.args.push((name, arg));
        self
    }

    /// The same message with one more text argument.
    #[must_use]
    pub fn text(self, name: &'static str, text: impl Into<String>) -> Self {
        self.with(name, Arg::Text(text.into()))
    }

    /// The same message with a value its words choose on.
    #[must_use]
    pub fn choice(self, name: &'static str, value: &'static str) -> Self {
        self.with(name, Arg::Choice(value))
    }

    /// The same message with another message as an argument.
    #[must_use]
    pub fn nested(self, name: &'static str, message: Message) -> Self {
        self.with(name, Arg::Message(Box::new(message)))
    }
}

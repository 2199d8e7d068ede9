//! Errors in the reader's language: the messages `crate::learn::errors` picks, rendered.

use super::I18n;
use crate::learn::{self, Surface};
use crate::wire::{FetchError, Verification};

/// The error's plain message in the learner's language.
pub fn error_message(i18n: I18n, error: &FetchError) -> String {
    i18n.render(&learn::error_message(error))
}

/// What the learner can try next, in their language, for the place they read it.
pub fn error_hint(i18n: I18n, error: &FetchError, surface: Surface) -> String {
    i18n.render(&learn::error_hint(error, surface))
}

/// A short name of the error's kind for lists such as History ("connection refused").
pub fn error_kind_name(i18n: I18n, error: &FetchError) -> String {
    i18n.render(&learn::error_kind_name(error))
}

/// The certificate check's result in words; empty when the handshake never got that far.
pub fn verification_text(i18n: I18n, verification: &Verification) -> String {
    learn::verification(verification).map_or_else(String::new, |m| i18n.render(&m))
}

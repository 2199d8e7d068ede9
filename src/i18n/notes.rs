//! The engine's notes (warnings) in the reader's language.

use super::I18n;
use crate::learn;
use crate::wire::Warning;

/// A note in the chosen language: the `note-KIND` text filled in with the note's data.
pub fn note_message(i18n: I18n, warning: &Warning) -> String {
    i18n.render(&learn::note(warning))
}

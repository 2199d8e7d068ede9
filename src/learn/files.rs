//! Why a file could not be read, in the learner's words: the operating system's own text is
//! English whatever the language, so the common reasons get catalog messages of their own.

use std::io;

use super::Message;

/// Why a file could not be read, for `error`: not found, no permission, a folder; anything
/// rarer quotes the operating system's words.
pub fn file_problem(error: &io::Error) -> Message {
    file_problem_of(error.kind(), &error.to_string())
}

/// Why a file could not be read, from the category of the operating system's error and its own
/// words (`os_said`, quoted only when the category has no words of ours).
pub fn file_problem_of(kind: io::ErrorKind, os_said: &str) -> Message {
    let id = match kind {
        io::ErrorKind::NotFound => "file-not-found",
        io::ErrorKind::PermissionDenied => "file-no-permission",
        io::ErrorKind::IsADirectory => "file-is-folder",
        _ => "file-other",
    };
    Message::new(id).text("detail", os_said)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::I18n;

    #[test]
    fn common_reasons_are_told_in_the_learners_language() {
        let missing = std::fs::read("/no/such/file/for/wirepeek").unwrap_err();
        let message = file_problem(&missing);
        assert_eq!(message.id, "file-not-found");
        let korean = I18n::new("ko").unwrap().render(&message);
        assert!(!korean.contains("No such file"), "{korean}");
        assert!(korean.chars().any(|c| ('가'..='힣').contains(&c)));
        let folder = std::fs::read(std::env::temp_dir()).unwrap_err();
        assert_eq!(file_problem(&folder).id, "file-is-folder");
    }
}

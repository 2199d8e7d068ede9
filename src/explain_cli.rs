//! `wirepeek --explain TOPIC SUBJECT`: one explanation, on standard output, in the reader's
//! language (`--explain status 404`, `--explain header cache-control`, `--explain port 25`).

use std::io::Write;

use crate::i18n::I18n;
use crate::learn::Message;
use crate::learn::explain::values::{Moment, ValueContext, explain_value};
use crate::learn::explain::{Explanation, Topic, explain};

/// An explanation as plain text: the title, the summary, the paragraph, what the value says
/// (one line each, when a value was given), then the standard.
pub fn render(i18n: I18n, explanation: &Explanation, value_lines: &[Message]) -> String {
    let standard = if explanation.standard.is_empty() {
        i18n.t("explain-no-standard").to_owned()
    } else {
        i18n.render(&Message::new("explain-standard").text("standard", explanation.standard))
    };
    let mut text = format!(
        "{}\n{}\n\n{}\n\n",
        explanation.title,
        i18n.render(&explanation.summary),
        i18n.render(&explanation.paragraph),
    );
    if !value_lines.is_empty() {
        text.push_str(i18n.t("explain-value-heading"));
        text.push('\n');
        for line in value_lines {
            text.push_str(&format!("  - {}\n", i18n.render(line)));
        }
        text.push('\n');
    }
    text.push_str(&standard);
    text.push('\n');
    text
}

/// Answer `--explain TOPIC SUBJECT`: the text on `out` and exit code 0, or what is not known
/// on `err` (with the `wirepeek:` every message starts with) and exit code 1.
pub fn answer(question: &[String], i18n: I18n, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let (topic, subject) = match question {
        [topic, subject, ..] => (topic.as_str(), subject.as_str()),
        [topic] => (topic.as_str(), ""),
        [] => ("", ""),
    };
    match explain(topic, subject) {
        Ok(explanation) => {
            // `--explain header 'Name: value'` explains the value too.
            let value_lines = match (Topic::parse(topic), subject.split_once(':')) {
                (Some(Topic::Header), Some((name, value))) => {
                    // A date typed here is read against the time of asking.
                    let context = ValueContext {
                        moment: Moment::now(),
                        ..ValueContext::default()
                    };
                    explain_value(name, value, &context)
                }
                _ => Vec::new(),
            };
            // A reader that stops early (`| head`) is not worth a message.
            let _ = out.write_all(render(i18n, &explanation, &value_lines).as_bytes());
            0
        }
        Err(not_known) => {
            let _ = writeln!(err, "wirepeek: {}", i18n.render(&not_known.message()));
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(code: &str, topic: &str, subject: &str) -> (u8, String, String) {
        let i18n = I18n::new(code).unwrap_or_default();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let exit = answer(&[topic.into(), subject.into()], i18n, &mut out, &mut err);
        let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap_or_default();
        (exit, text(out), text(err))
    }

    #[test]
    fn an_answer_has_the_title_the_words_and_the_standard() {
        let (exit, out, err) = ask("en", "status", "404");
        assert_eq!(exit, 0);
        assert!(err.is_empty());
        assert!(out.starts_with("404 Not Found\n"), "{out}");
        assert!(out.contains("Standard: RFC 9110, 15.5.5"), "{out}");
        let (_, out, _) = ask("ko", "port", "25");
        assert!(
            out.starts_with("25 (SMTP)\n") && out.contains("메일"),
            "{out}"
        );
        assert!(out.contains("표준: RFC 5321"), "{out}");
        let (_, out, _) = ask("en", "error", "cancelled");
        assert!(out.contains("No standard"), "{out}");
        let (_, out, _) = ask("en", "header", "Cache-Control: max-age=3600, public");
        assert!(out.contains("This value:\n  - max-age=3600"), "{out}");
        assert!(out.contains("1 hour without asking"), "{out}");
        let (_, out, _) = ask("en", "header", "cache-control");
        assert!(!out.contains("This value:"), "{out}");
    }

    #[test]
    fn an_unknown_question_says_so_on_standard_error() {
        let (exit, out, err) = ask("en", "colour", "red");
        assert_eq!(exit, 1);
        assert!(out.is_empty());
        assert!(
            err.starts_with("wirepeek: ") && err.contains("status, header"),
            "{err}"
        );
    }
}

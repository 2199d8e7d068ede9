//! `wirepeek --story URL`: the story of a real fetch as numbered lines on standard output, in
//! the reader's language; the same steps the "What happened" tab shows.

use crate::i18n::I18n;
use crate::learn::Message;
use crate::learn::story::story;
use crate::wire::Exchange;

/// The story of `chain` (every hop of one fetch of `url`) as plain text: a title line, then one
/// numbered line per step; a failed step is followed by what happened underneath, indented.
pub fn render(i18n: I18n, url: &str, chain: &[Exchange]) -> String {
    let mut text = i18n.render(&Message::new("story-cli-title").text("url", url));
    text.push('\n');
    for (index, step) in story(chain).iter().enumerate() {
        text.push_str(&format!(
            "{:>2}. {}\n",
            index + 1,
            i18n.render(&step.message())
        ));
        if let Some(explanation) = step.explanation() {
            text.push_str(&format!(
                "    {} {}\n    {}\n",
                i18n.t("story-underneath"),
                i18n.render(&explanation.summary),
                i18n.render(&explanation.paragraph),
            ));
            if !explanation.standard.is_empty() {
                text.push_str(&format!("    ({})\n", explanation.standard));
            }
        }
        if let Some((line, service)) = step.recognized() {
            text.push_str(&format!(
                "    {} {}\n",
                i18n.render(&line),
                i18n.render(&service.summary)
            ));
        }
    }
    text
}
